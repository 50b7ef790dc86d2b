"""What real news says that is no fact, or a fact of other parties (session 28): wordings read from DuIE's and
CLUENER's Chinese news sentences and from CoNLL's English wire copy, where kg had found a relation or an event
that the text does not state; and the method a research paper names."""
import pytest

from test_funding_wordings import _names
from test_relations import ORG, PER, _run
from test_report_wordings import _facts

from kg.extract.zh_orgs import org_spans


def _events(text, date="2026-01-20"):
    _, ext = _facts(text, date)
    return ext.events


def _roles(event):
    return {(p.role, p.mention.text) for p in event.participants}


def test_the_investor_is_the_one_whose_investment_a_company_got():
    events = [e for e in _events("月之暗面去年拿到了阿里巴巴的天使轮投资。") if e.type == "Funding"]
    assert events and ("investor", "阿里巴巴") in _roles(events[0]) and ("investee", "月之暗面") in _roles(events[0])
    assert ("天使轮", "ORG") not in _names("月之暗面去年拿到了阿里巴巴的天使轮投资。")


@pytest.mark.parametrize("text,name", [
    ("格隆汇1月8日丨小米集团公布，公司与京东达成战略合作。", "小米集团"),
    ("中新网4月13日电渣打银行集团宣布裁员。", "渣打银行集团"),
])
def test_a_dateline_before_a_name_is_no_part_of_it(text, name):
    assert (name, "ORG") in _names(text)


def test_a_short_name_in_brackets_is_no_second_partner():
    text = "2019年10月17日，腾讯与中国科学院上海生命科学研究院（以下简称“上海生科院”）签署合作协议。"
    events = [e for e in _events(text) if e.type == "Partnership"]
    assert events and {m for _, m in _roles(events[0])} == {"腾讯", "中国科学院上海生命科学研究院"}


@pytest.mark.parametrize("text", [
    "星河科技董事长王立收到了一份礼物，送礼的老人是当地小学的退休教师。",
    "王立退休前是市一中的数学老师。",
])
def test_retired_as_a_word_for_someone_is_no_resignation(text):
    assert not [e for e in _events(text) if e.type == "Resignation"]


@pytest.mark.parametrize("text", [
    "该公司以PPP基金、并购基金和房地产基金的发行与管理为主要业务。",
    "腾讯控股已将朱文臣列为失信被执行人，原因是收购的宋河酒业欠款未还。",
    "对于中国银行收购信托公司，坊间早有传言。",
    "兴业银行欲收购甘肃信托，目前双方正在磋商之中。",
    "另外一家商业银行也正在就收购事项同甘肃信托进行接洽。",
    "招行收购永隆失实报道已提请新闻出版总署查处。",
])
def test_no_acquisition_is_stated(text):
    facts, ext = _facts(text, "2026-01-20")
    assert not [e for e in ext.events if e.type == "Acquisition"]
    assert not {f for f in facts if f[1] == "acquires"}


def test_a_buyer_named_before_what_it_bought_stays_the_buyer():
    events = [e for e in _events("腾讯于2016年收购的Supercell表现亮眼。") if e.type == "Acquisition"]
    assert events and ("acquirer", "腾讯") in _roles(events[0])


def test_whom_a_new_chair_succeeds_is_not_appointed():
    text = "天弘基金今日发布公告，蚂蚁金服总裁胡晓明空降担任天弘基金董事长，接替原董事长井贤栋。"
    facts, ext = _facts(text)
    assert ("胡晓明", "chairOf", "天弘基金") in facts
    appointed = {m for e in ext.events if e.type == "Appointment" for r, m in _roles(e) if r == "person"}
    assert "井贤栋" not in appointed


@pytest.mark.parametrize("text", [
    "尽管今年新茶上市时间不到1个月，但星河茶业的销售额已经成倍增长。",
    "2001年，《拿什么拯救你》上市，随后被海润影视公司买断了版权。",
    "在开赛当日，彩票研究中心在湖北省社会科学院挂牌。",
])
def test_no_shares_are_listed(text):
    assert not [e for e in _events(text) if e.type == "Listing"]


def test_the_company_a_clause_calls_itself_is_no_brand_named_before():
    text = "姚奎章带领河北养元智汇饮品股份有限公司稳健发展，旗下品牌“六个核桃”家喻户晓，公司于2018年在上海证券交易所挂牌上市。"
    facts, _ = _facts(text)
    assert ("河北养元智汇饮品股份有限公司", "listedOn", "上海证券交易所") in facts
    assert ("六个核桃", "listedOn", "上海证券交易所") not in facts


def test_a_chinese_merger_names_two_parties():
    assert not [e for e in _events("莲洲镇是经广东省民政厅批准成立的镇，由原上横镇与原莲溪镇合并而成。") if e.type == "Merger"]


@pytest.mark.parametrize("text,name,not_name", [
    ("全通教育集团（广东）股份有限公司成立于2005年", None, "（广东）股份有限公司"),
    ("自然资源部第四海洋研究所所长黄海波出席", "自然资源部第四海洋研究所", "海洋研究所"),
    ("美国华盛顿市金融分析师赵广华表示", None, "美国华盛顿市金融"),
])
def test_organization_names_around_brackets_numbers_and_posts(text, name, not_name):
    found = {text[a:b] for a, b in org_spans(text)}
    assert not_name not in found and (name is None or name in found)


def test_another_company_a_person_joins_is_not_the_employer_named_with_their_post():
    text = "腾讯已与新东方共同成立北京微学明日网络科技有限公司，新东方在线副总裁潘欣出任该公司CEO。"
    facts, _ = _facts(text)
    assert ("潘欣", "ceoOf", "新东方在线") not in facts and ("潘欣", "worksFor", "新东方在线") in facts


def test_a_deputy_head_in_the_past_no_longer_works_there():
    got = _run("2月16日，甘肃省国土资源厅原副厅长张国华受审。", [("甘肃省国土资源厅", ORG, None), ("张国华", PER, None)])
    assert not {r for r in got if r[1] == "worksFor"}


@pytest.mark.parametrize("text", [
    "虽然苹果向来喜欢在周三发布新产品，但今年未必如此。",
    "预定6月16日上市的最新一期《娱乐周刊》评出25部影片。",
    "《仙剑5》的上市日期完全无法确定。",
])
def test_habits_schedules_and_dates_to_come_are_no_launch(text):
    assert not [e for e in _events(text) if e.type in ("ProductLaunch", "Listing")]


def test_a_match_between_two_teams_is_no_business_rivalry():
    got = _run("那不勒斯队vs锡耶纳队两队在意甲联赛历史上只交战过2场。", [("那不勒斯队", ORG, None), ("锡耶纳队", ORG, None)])
    assert not got
    got = _run("智谱 vs 月之暗面：谁能赢下大模型之战？", [("智谱", ORG, None), ("月之暗面", ORG, None)])
    assert ("智谱", "competesWith", "月之暗面") in got


@pytest.mark.parametrize("text", ["这意味着农村信用社改革已经进入股份制时代。", "中银投资战略投资部的高级管理人员拜访了协会。"])
def test_words_that_hold_a_funding_verb_are_no_funding(text):
    assert not [e for e in _events(text) if e.type == "Funding"]


def test_languages_school_subjects_and_kinds_of_companies_are_no_names():
    names = _names("优学教育主要培训中小学生语文、数学、英语同步辅导。")
    assert not {n for n, t in names if n in ("语文", "数学", "英语")}
    assert ("信托公司", "ORG") not in _names("继交行、民生、建行成功收购信托公司之后，银行并购又将掀起高潮。")


def test_a_japanese_name_before_a_time_word():
    facts, _ = _facts("日本央行行长植田和男本月早些时候表示，将收集薪资增长数据。")
    assert ("植田和男", "worksFor", "日本央行") in facts


def test_the_method_a_paper_names_is_its_labs_product():
    facts, _ = _facts("在2026年1月1日发布的论文《DeepSeek mHC: Manifold-Constrained Hyper-Connections》中，DeepSeek团队提出了新方法。")
    assert ("DeepSeek", "develops", "mHC") in facts
    facts, _ = _facts("月之暗面发布了论文《Kimi Linear: An Expressive, Efficient Attention Architecture》。")
    assert ("月之暗面", "develops", "Kimi Linear") in facts


@pytest.mark.parametrize("text", [
    "DETROIT 44 82.349 28 1/2\nTEXAS 73 54.575 -",
    "The CNB-120 index, a broad daily measure of Czech equities, rose 1.2 points on Thursday.",
])
def test_figures_in_a_table_or_an_index_are_no_products(text):
    assert not {n for n, t in _names(text) if t == "PRODUCT"}


@pytest.mark.parametrize("text,etype", [
    ("The Finance Ministry raised the price for tap sales of the new bond.", "Funding"),
    ("Norm Charlton retired the final three batters to seal the victory.", "Resignation"),
    ("Booth could save the South, said Tidwell, a retired CIA officer.", "Resignation"),
    ("Her brother, retired National Football League placekicker Mark Moseley, was in the courtroom.", "Resignation"),
    ("Yugoslavia recalled its ambassador to the United States.", "Recall"),
    ("Blackwell, a designer and self-appointed fashion arbiter, spoke.", "Appointment"),
])
def test_wire_copy_words_that_are_no_events(text, etype):
    assert not [e for e in _events(text, "1996-08-22") if e.type == etype]


def test_english_events_still_read():
    assert [e for e in _events("Jack Ma retired as chairman of Alibaba in 2019.") if e.type == "Resignation"]
    assert [e for e in _events("Toyota recalled 1.2 million Prius cars.") if e.type == "Recall"]
    assert [e for e in _events("Stripe raised $600 million in a Series I round.") if e.type == "Funding"]


def test_a_ministers_portfolio_is_no_organization():
    assert ("Interior", "ORG") not in _names("Interior Minister Zbigniew Siemiatkowski and Bernd Schmidbauer sealed the links.")
    assert ("Finance Ministry", "ORG") in _names("The Finance Ministry raised its forecast.")


@pytest.mark.parametrize("text,founders,org", [
    ("李彦宏与徐勇共同创立了百度。", {"李彦宏", "徐勇"}, "百度"),
    ("1976年，乔布斯与沃兹尼亚克一起创立了苹果公司。", {"乔布斯", "沃兹尼亚克"}, "苹果公司"),
])
def test_founders_named_together_before_the_verb(text, founders, org):
    names = [(n, PER, None) for n in founders] + [(org, ORG, None)]
    got = _run(text, names)
    assert {(f, "founderOf", org) for f in founders} <= got


def test_a_post_before_a_parent_and_child_is_the_childs():
    text = "北京普思投资董事长、万达集团董事长王健林之子王思聪发微博。"
    got = _run(text, [("北京普思投资", ORG, None), ("万达集团", ORG, None), ("王健林", PER, None), ("王思聪", PER, None)])
    assert ("王健林", "chairOf", "万达集团") in got and ("王健林", "chairOf", "北京普思投资") not in got


def test_a_register_is_no_exchange_and_a_buyer_after_two_verbs_is_the_buyer():
    assert not [e for e in _events("It is individually listed on the National Register of Historic Places.") if e.type == "Listing"]
    assert [e for e in _events("Zhipu listed on the Hong Kong Stock Exchange on January 8.") if e.type == "Listing"]
    events = [e for e in _events("Gray created Boulder Dash, which was later acquired and published by First Star Software.")
              if e.type == "Acquisition"]
    assert not events or ("acquirer", "First Star Software") in _roles(events[0])


def test_a_reference_lists_headlines_tell_events_on_their_dates():
    text = ('References\n2. "Zhipu makes Hong Kong trading debut", Jan. 9, 2026.\n'
            '3. "Moonshot AI closes $500 million round led by IDG Capital", Dec. 31, 2025.\n'
            '4. "Oracle and OpenAI sign $300 billion compute contract", Sept. 10, 2025.')
    got = {(e.type, e.date) for e in _events(text, "2026-01-12")}
    assert {("Listing", "2026-01-09"), ("Funding", "2025-12-31"), ("Partnership", "2025-09-10")} <= got
    got = {(e.type, e.date) for e in _events("## 参考资料\n4. 界面新闻：《优必选完成约31亿港元配售》，2025年11月20日", "2026-03-12")}
    assert ("Funding", "2025-11-20") in got


@pytest.mark.parametrize("text,etype,date", [
    ("4. The Information. Anthropic names Rahul Patil chief technology officer. 2025-10-02.", "Appointment", "2025-10-02"),
    ("7. Stellantis. Antonio Filosa takes office as Stellantis CEO. 2025-06-23.", "Appointment", "2025-06-23"),
    ("9. [The Verge. GitHub CEO Thomas Dohmke is stepping down](https://www.theverge.com). 2025-08-11.", "Resignation", "2025-08-11"),
    ("7. 晚点LatePost. 《李力耘离职，刘先明接管小鹏智驾》. 2025-10-09.", "Appointment", "2025-10-09"),
    ("2026年1月20日，大疆宣布在中国大陆主动回收约2.3万块Mini 4 Pro智能飞行电池。", "Recall", "2026-01-20"),
])
def test_headline_wordings_of_events(text, etype, date):
    assert (etype, date) in {(e.type, e.date) for e in _events(text, "2026-03-18")}


@pytest.mark.parametrize("text,etype", [
    ("该业务暂由抖音电商总裁魏雯雯直接管理。", "Appointment"),
    ('"Klarna raises $1.37 billion in New York IPO", Sept. 10, 2025.', "Funding"),
])
def test_words_that_hold_a_trigger_or_an_ipo_raise_are_not_that_event(text, etype):
    assert not [e for e in _events(text) if e.type == etype]


def test_the_same_day_is_the_day_named_last_past_a_background_month():
    text = ("1月20日晚间，皖晶材料公告称，公司拟募资。去年9月，皖晶材料与华芯集成电路签署了长期供货协议。"
            "同日，皖晶材料还公告称，董事会秘书许文杰因个人原因辞去董事会秘书职务。")
    assert ("Resignation", "2026-01-20") in {(e.type, e.date) for e in _events(text, "2026-01-21")}


def test_today_in_a_digests_item_is_the_issues_day():
    text = ("证券时报网讯，宁德时代（300750）3月25日晚间公告，以自有资金12亿元认购曦能固态新增注册资本。\n"
            "证券时报网讯，中国联通（600050）与吉利汽车今日在杭州签署战略合作协议。")
    assert ("Partnership", "2026-03-26") in {(e.type, e.date) for e in _events(text, "2026-03-26")}


@pytest.mark.parametrize("text,work", [
    ("2016年7月7日，ABC电视台发布了奇幻剧集《童话镇第六季》的首播时间。", "童话镇第六季"),
    ("江苏卫视推出的音乐节目《无限歌谣季》收视领先。", "无限歌谣季"),
])
def test_a_show_a_channel_launches_is_a_work_not_a_product(text, work):
    assert (work, "PRODUCT") not in _names(text)
    assert ("王者荣耀", "PRODUCT") in _names("腾讯发布了游戏《王者荣耀》新版本。")
