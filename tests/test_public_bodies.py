"""Public bodies and people in real news (session 27): ministries and central banks the lexicon
names, public bodies acting together, Japanese names after a post or at a clause's start, a
policy's or a report's title that is no product, and the English posts of real wire copy."""
import pytest

from test_funding_wordings import _names
from test_relations import ORG, PER, _run
from test_report_wordings import _facts

from kg.extract.titles import japanese_name_at
from kg.extract.zh_deal_orgs import party_orgs


@pytest.mark.parametrize("text,expected", [
    ("国家发改委与财政部联合发布新一轮实施细则。", ("国家发改委", "partnerOf", "财政部")),
    ("科技部联合教育部持续深化科研评价体系改革。", ("科技部", "partnerOf", "教育部")),
    ("根据中国科学院与国家航天局的联合部署，未来20年是关键期。", ("中国科学院", "partnerOf", "国家航天局")),
    ("财政部、税务总局联合发布公告。", ("财政部", "partnerOf", "税务总局")),
    # (session 29) a time word before the joint act, bodies working in concert, Markdown emphasis spaced off
    ("国家医疗保障局与人力资源和社会保障部近期联合公布了《目录》。", ("国家医疗保障局", "partnerOf", "人力资源和社会保障部")),
    ("国家数据局与国家卫健委协同发力，打通了数据确权。", ("国家数据局", "partnerOf", "国家卫健委")),
    ("根据**中国科学院** 与**国家航天局**的联合部署，未来20年是关键期。", ("中国科学院", "partnerOf", "国家航天局")),
])
def test_public_bodies_acting_together_are_partners_with_no_partnership_event(text, expected):
    facts, ext = _facts(text, "2026-01-20")
    assert expected in facts
    assert not [e for e in ext.events if e.type == "Partnership"]


def test_firms_publishing_together_or_a_joint_publication_are_no_partners():
    # two firms' joint report is no partnership, and neither is a publication the bodies made together
    facts, _ = _facts("星河咨询与蓝海研究院联合发布白皮书。")
    assert not {f for f in facts if f[1] == "partnerOf"}
    got = _run("甲部与乙局联合发布的数据显示增长。", [("甲部", ORG, None), ("乙局", ORG, None)])
    assert not {r for r in got if r[1] == "partnerOf"}


def test_ministries_and_central_banks_are_organizations_and_a_local_body_keeps_its_place():
    names = _names("日本央行行长植田和男表示，财政部和海关总署将配合。")
    assert {("日本央行", "ORG"), ("财政部", "ORG"), ("海关总署", "ORG")} <= names
    names = _names("2013年，他由亳州市国资委推荐出任董事长。")
    assert ("亳州市国资委", "ORG") in names and ("国资委", "ORG") not in names


@pytest.mark.parametrize("text,end", [
    ("植田和男在会上表示", 4), ("高市早苗与", 4), ("丰田章男出席", 4), ("松下幸之助曾说", 5), ("稻盛和夫创办了", 4),
    ("丰田汽车发布", -1), ("本田宣布裁员", -1), ("松下电器", -1),
])
def test_japanese_names_end_with_a_given_name(text, end):
    assert japanese_name_at(text, 0, len(text)) == end


def test_japanese_people_after_a_post_or_at_a_clause_start():
    facts, ext = _facts("日本央行行长植田和男在会后的新闻发布会上表示。")
    assert ("植田和男", "worksFor", "日本央行") in facts
    facts, ext = _facts("丰田汽车董事长丰田章男出席了发布会。")
    assert ("丰田章男", "chairOf", "丰田汽车") in facts
    assert ("高市早苗", "PERSON") in _names("日本首相高市早苗与韩国总统会面。")
    assert ("丰田", "ORG") in _names("丰田宣布召回部分车型。")


def test_a_verb_after_the_partner_is_no_part_of_its_name():
    text = "苹果与谷歌宣布达成一项多年期合作协议。"
    assert "谷歌宣布" not in {text[a:b] for a, b in party_orgs(text)}
    facts, _ = _facts(text)
    assert ("苹果", "partnerOf", "谷歌") in facts


@pytest.mark.parametrize("text", [
    "根据国家发改委产业发展司发布的《大力推动传统产业优化提升》，整治将集中在五个维度。",
    "Gartner在2026年初发布的《医疗技术成熟度曲线》中指出一个数据。",
])
def test_a_policy_or_a_report_title_published_is_no_product(text):
    facts, ext = _facts(text, "2026-01-20")
    assert not {f for f in facts if f[1] == "develops"}
    assert not [e for e in ext.events if e.type == "ProductLaunch"]


@pytest.mark.parametrize("text,names,expected", [
    ("Anatomist Jeffrey Laitman of New York's Mount Sinai School of Medicine disputed the findings.",
     [("Jeffrey Laitman", PER, None), ("Mount Sinai School of Medicine", ORG, None)],
     ("Jeffrey Laitman", "worksFor", "Mount Sinai School of Medicine")),
    ("The debt exasperated U.N. Secretary-General Javier Perez de Cuellar.",
     [("U.N.", ORG, None), ("Javier Perez de Cuellar", PER, None)], ("Javier Perez de Cuellar", "worksFor", "U.N.")),
    ("His position is supportive, says Oded Ben-Ami, Rabin's spokesman at the Defense Ministry.",
     [("Oded Ben-Ami", PER, None), ("Rabin", PER, None), ("Defense Ministry", ORG, None)],
     ("Oded Ben-Ami", "worksFor", "Defense Ministry")),
])
def test_english_posts_of_wire_copy(text, names, expected):
    assert expected in _run(text, names)


@pytest.mark.parametrize("text,expected", [
    ("迪士尼与OpenAI达成授权合作，并向OpenAI投资10亿美元。", ("迪士尼", "investsIn", "OpenAI")),
    ("腾讯投资了月之暗面。", ("腾讯", "investsIn", "月之暗面")),
    ("月之暗面获得腾讯投资。", ("腾讯", "investsIn", "月之暗面")),
    ("由甲骨文、银湖资本和MGX组成的财团持有新公司45%的股份。", ("甲骨文", "partnerOf", "MGX")),
    ("奥尔特曼（OpenAI CEO）在X上发文称。", ("奥尔特曼", "ceoOf", "OpenAI")),
    ("Perplexity的出现直接挑战了谷歌在搜索市场的主导地位。", ("Perplexity", "competesWith", "谷歌")),
    ("OpenAI推出Sora以对抗谷歌的Veo。", ("OpenAI", "competesWith", "谷歌")),
    ("华为和苹果在高端手机市场形成双寡头格局。", ("华为", "competesWith", "苹果")),
])
def test_deals_posts_and_rivals_of_real_news(text, expected):
    facts, _ = _facts(text, "2026-01-20")
    assert expected in facts


def test_an_investment_arm_stays_itself_where_it_acts():
    assert ("腾讯投资", "ORG") in _names("本轮由腾讯投资领投，红杉中国跟投。")


@pytest.mark.parametrize("text,expected,etype", [
    ("1月12日，苹果宣布接入谷歌Gemini模型，为Siri提供支持。", ("苹果", "partnerOf", "谷歌"), "Partnership"),
    ("12月11日，迪士尼授权OpenAI在Sora中使用其200多个角色。", ("迪士尼", "partnerOf", "OpenAI"), "Partnership"),
    ("Apple and Google said on Monday they had struck a multiyear deal.", ("Apple", "partnerOf", "Google"), "Partnership"),
    ("Shares of Figma jumped 250% in their New York Stock Exchange debut on Thursday.",
     ("Figma", "listedOn", "New York Stock Exchange"), "Listing"),
])
def test_wire_copy_deals_and_debuts_with_their_events(text, expected, etype):
    facts, ext = _facts(text, "2026-01-20")
    assert expected in facts
    assert [e for e in ext.events if e.type == etype and e.date]


def test_a_deal_said_to_come_is_no_partnership():
    facts, _ = _facts("Samsung and Google said they would sign a deal.")
    assert not facts
    assert not _facts("迪士尼将授权OpenAI使用角色。")[0]


def test_an_office_alone_is_no_organization_and_a_display_maker_is_one():
    names = _names("司法部长、国务卿、财政部长都被指令动用一切资源，从刑事起诉到金融制裁。")
    assert not {n for n, t in names if t in ("ORG", "PERSON")}
    assert ("LG Display", "ORG") in _names("台积电、三星、LG Display、京东方都在扩产。")


def test_a_timeline_table_row_dates_and_names_what_its_company_did():
    text = ("| 时间 | 公司 | 事件 |\n|---|---|---|\n| 2026年1月12日 | 星河科技 | 宣布与蓝海集团合作 |\n"
            "| 2026年1月20日 | 星河科技 | 完成5亿元融资 |\n| 2026年1月8日 | 星河科技 | 在港交所上市 |\n"
            "| 2025年12月 | 蓝海集团 | 发布Orbit-2 |\n| 2025年11月 | 星河科技 | 科创板IPO审核中 |")
    _, ext = _facts(text, "2026-02-10")
    got = {(e.type, e.date, tuple(sorted(p.mention.text for p in e.participants))) for e in ext.events}
    assert ("Partnership", "2026-01-12", ("星河科技", "蓝海集团")) in got
    assert ("Funding", "2026-01-20", ("星河科技",)) in got
    assert ("Listing", "2026-01-08", ("星河科技", "港交所")) in got
    assert ("ProductLaunch", "2025-12", ("Orbit-2", "蓝海集团")) in got
    assert len([e for e in ext.events if e.type == "Listing"]) == 1  # an IPO under review is none


def test_people_who_leave_or_are_succeeded():
    _, ext = _facts("1月16日，OpenAI首席研究官马克·陈宣布离职。", "2026-01-20")
    assert [(p.role, p.mention.text) for e in ext.events if e.type == "Resignation" for p in e.participants
            if p.role == "person"] == [("person", "马克·陈")]
    facts, _ = _facts("星河集团宣布，卢伟冰接替雷军出任集团CEO。")
    assert ("卢伟冰", "ceoOf", "星河集团") in facts and ("雷军", "ceoOf", "星河集团") not in facts
    _, ext = _facts("Meta首席AI科学家杨立昆宣布离开Meta创业。")
    assert [e for e in ext.events if e.type == "Resignation"]
    _, ext = _facts("他决定离开家乡。")
    assert not ext.events


def test_a_chip_code_after_its_series_letters_and_each_maker_its_own():
    facts, ext = _facts("摩尔线程的MTT S4000与沐曦的曦云C500均已量产。")
    assert {("摩尔线程", "develops", "MTT S4000"), ("沐曦", "develops", "曦云C500")} <= facts
    assert ("沐曦", "develops", "MTT S4000") not in facts
    facts, _ = _facts("英伟达的RTX A6000显卡供不应求。")  # (RTX, a brand of the GPU, not the defence group here)
    assert ("英伟达", "develops", "RTX A6000") in facts


@pytest.mark.parametrize("text,expected", [
    ("Meituan is battling Alibaba and JD.com in food delivery.", ("Meituan", "competesWith", "JD.com")),
    ("The gains were broad, said Neil Shah, vice president of research at Counterpoint.",
     ("Neil Shah", "worksFor", "Counterpoint")),
])
def test_english_rivals_and_staff_of_wire_copy(text, expected):
    facts, _ = _facts(text)
    assert expected in facts


@pytest.mark.parametrize("text,date", [
    ("HONG KONG, Jan 15 (Reuters) - Shares of Zhipu jumped 30% in their Hong Kong debut on Thursday.", "2026-01-15"),
    ("财联社1月20日电，星河集团今日发布Orbit-2。", "2026-01-20"),
    ("新华社北京1月20日电 星河集团今日发布Orbit-2。", "2026-01-20"),
])
def test_a_dateline_dates_what_its_report_calls_today_or_thursday(text, date):
    _, ext = _facts(text, "2026-01-22")  # (published two days after it was filed)
    assert [e.date for e in ext.events] == [date]


def test_results_reported_or_a_profit_that_moved_are_earnings_and_a_trial_s_are_not():
    for text in ("Alibaba shares rose 5% on Friday after the company reported better-than-expected results.",
                 "BYD's profit fell 33% in the third quarter, its first decline in three years."):
        assert [e.type for e in _facts(text, "2026-01-22")[1].events] == ["Earnings"]
    _, ext = _facts("Halcyra also reported positive topline results from ELEVATE-2, its pivotal trial.", "2026-01-22")
    assert not [e for e in ext.events if e.type == "Earnings"]


def test_a_wire_story_s_backers_rivals_and_its_pronoun_after_an_unnamed_subject():
    text = ("Zhipu, which counts Alibaba and Tencent among its backers, is racing against rivals such as MiniMax.\n\n"
            "The Beijing-based company, spun out of Tsinghua University in 2019, develops the GLM models. It released "
            "GLM-4.7 in December and signed a partnership with Huawei last year.")
    facts, ext = _facts(text, "2026-01-09")
    assert {("Alibaba", "investsIn", "Zhipu"), ("Tencent", "investsIn", "Zhipu"), ("Zhipu", "competesWith", "MiniMax")} <= facts
    assert not {f for f in facts if f[0] in ("Tencent", "Tsinghua University", "Huawei") and f[1] in ("competesWith", "develops")}
    launches = [e for e in ext.events if e.type == "ProductLaunch"]
    assert launches and not [p for e in launches for p in e.participants if p.mention.text == "Huawei"]


def test_a_chinese_profile_story_officers_backers_rivals_and_dates():
    facts, ext = _facts("星河智能成立于2019年，由清华大学计算机系的技术成果转化而来，董事长刘德兵、CEO张鹏均出自清华。"
                        "公司此前已获得阿里巴巴、腾讯的投资。", "2026-01-08")
    assert {("刘德兵", "chairOf", "星河智能"), ("张鹏", "ceoOf", "星河智能"), ("腾讯", "investsIn", "星河智能")} <= facts
    assert [e.date for e in ext.events if e.type == "Funding"] == [None]  # (not the year it was founded)
    facts, _ = _facts("值得注意的是，智谱的主要竞争对手MiniMax也将于1月9日在港交所上市。", "2026-01-08")
    assert ("智谱", "competesWith", "MiniMax") in facts
    _, ext = _facts("星河智能先后推出了GLM-4.5、GLM-4.6和GLM-4.7等模型，其中GLM-4.7于去年12月发布。", "2026-01-08")
    dated = {p.mention.text: e.date for e in ext.events for p in e.participants if p.role == "product"}
    assert dated["GLM-4.7"] == "2025-12" and dated["GLM-4.5"] is None


def test_a_funding_story_s_founder_chief_and_backers_named_through_the_startup():
    facts, _ = _facts("Anthropic, founded in 2021 by former OpenAI executives including Chief Executive Dario Amodei, "
                      "makes the Claude family of AI models. Amazon.com and Alphabet's Google have invested billions "
                      "of dollars in the startup.", "2025-09-03")
    assert {("Dario Amodei", "founderOf", "Anthropic"), ("Dario Amodei", "ceoOf", "Anthropic"),
            ("Google", "investsIn", "Anthropic")} <= facts


def test_a_funding_story_s_rivals_after_mainly_and_investors_listed_without_a_verb():
    facts, _ = _facts("据来杰介绍，星尘智能的竞争对手主要包括智元机器人、宇树科技和优必选。")
    assert {("星尘智能", "competesWith", x) for x in ("智元机器人", "宇树科技", "优必选")} <= facts
    facts, _ = _facts("星尘智能此前已完成多轮融资，投资方包括经纬创投、清流资本等。")
    assert ("清流资本", "investsIn", "星尘智能") in facts


def test_a_name_after_an_aside_is_the_clause_s_subject_not_in_the_aside_s_list():
    facts, _ = _facts("Pony.ai, which is backed by Toyota, and WeRide both listed on Nasdaq in 2024.")
    assert ("Toyota", "investsIn", "Pony.ai") in facts
    assert not {f for f in facts if f in {("WeRide", "investsIn", "Pony.ai"), ("Toyota", "listedOn", "Nasdaq")}}


def test_a_quarter_s_total_revenue_is_earnings():
    _, ext = _facts("理想汽车2025年第三季度总收入为274亿元，同比下降36.2%。", "2026-01-20")
    assert [e.type for e in ext.events] == ["Earnings"]
