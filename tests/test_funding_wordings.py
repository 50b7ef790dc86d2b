"""Wordings of startup-funding news, company filings and press releases: names in corner
brackets, investors before the verb of a round, a company profile before its founder, rivals with
a note, products in corner brackets, a filing's generic short names (invented names throughout)."""
import pytest

from kg.extract.zh_deal_orgs import investor_orgs
from test_entities import _mentions
from test_report_wordings import _facts
from test_relations import ORG, PER, PROD, _run


def _names(text):
    _, mentions, _ = _mentions(text)
    return {(m.text, m.type) for m in mentions}


def test_a_name_in_corner_brackets_after_a_kind_of_company_or_before_an_act_is_an_organization():
    names = _names("36氪获悉，健康零食品牌「栗小獭」已于本周一完成2亿元B轮融资。")
    assert ("栗小獭", "ORG") in names
    assert ("岚迹新能", "ORG") in _names("3月23日，「岚迹新能」宣布完成5亿元C轮融资。")
    # a slogan in quotes after 公司 is none
    assert not {n for n, t in _names("厨电是公司“高端化+数字化”战略中增速最快的品类。") if "高端化" in n}


def test_investors_named_before_the_verb_of_a_round():
    text = "本轮由青梧资本领投，澜石资本、鹿鸣投资跟投，老股东木棉创投超额认购，社会资本持续加注。"
    found = {text[a:b] for a, b in investor_orgs(text)}
    assert {"青梧资本", "澜石资本", "鹿鸣投资", "木棉创投"} <= found
    assert "社会资本" not in found  # a kind of money, not a name
    assert not any(n.startswith("由") for n in found)
    facts, _ = _facts("健康零食品牌「栗小獭」完成2亿元B轮融资，由青梧资本领投，老股东木棉创投持续加码。", "2025-12-03")
    assert {("青梧资本", "investsIn", "栗小獭"), ("木棉创投", "investsIn", "栗小獭")} <= facts


@pytest.mark.parametrize("text,expected", [
    ("帆舵科技成立于2018年，总部位于深圳，创始人兼CEO程默毕业于华南理工大学。",
     {("程默", "founderOf", "帆舵科技"), ("程默", "ceoOf", "帆舵科技")}),
    ("天枢航天成立于2018年，创始人兼董事长韩立军曾任某研究院副总设计师。",
     {("韩立军", "founderOf", "天枢航天"), ("韩立军", "chairOf", "天枢航天")}),
])
def test_a_company_profile_one_or_two_clauses_before_its_founder(text, expected):
    facts, _ = _facts(text)
    assert expected <= facts


def test_a_title_or_an_adverb_ends_an_organization_name_before_its_suffix():
    names = _names("衡舟科技成立于2017年，创始人兼CEO孟凡是北京航空航天大学力学博士。")
    assert ("北京航空航天大学", "ORG") in names
    assert not any(t == "ORG" and n.startswith(("CEO", "孟凡")) for n, t in names)


@pytest.mark.parametrize("text,names,present,absent", [
    # a rival listed on an exchange: the rival is listed, not the company whose rivals they are
    ("甲乙医疗的主要竞争对手包括已在港交所上市的丙丁医疗。",
     [("甲乙医疗", ORG, None), ("港交所", ORG, "exchange"), ("丙丁医疗", ORG, None)],
     {("甲乙医疗", "competesWith", "丙丁医疗"), ("丙丁医疗", "listedOn", "港交所")}, {("甲乙医疗", "listedOn", "港交所")}),
    ("甲乙生物的竞争对手包括港交所上市公司丙丁生物。",
     [("甲乙生物", ORG, None), ("港交所", ORG, "exchange"), ("丙丁生物", ORG, None)],
     {("甲乙生物", "competesWith", "丙丁生物")}, set()),
    # ... and a company passively bought, before another: the buyer bought the one after 的
    ("甲科技直接面对的是乙系统以及已被丙科技收购的Tovix等海外巨头。",
     [("甲科技", ORG, None), ("乙系统", ORG, None), ("丙科技", ORG, None), ("Tovix", ORG, None)],
     set(), {("丙科技", "acquires", "乙系统")}),
    # ... but a company "首家在港交所上市的…公司" is listed
    ("甲芯科技是首家在港交所上市的国产GPU公司。", [("甲芯科技", ORG, None), ("港交所", ORG, "exchange")],
     {("甲芯科技", "listedOn", "港交所")}, set()),
])
def test_rivals_and_listings_with_a_note_before_the_name(text, names, present, absent):
    found = _run(text, names)
    assert present <= found
    assert not absent & found


def test_products_in_corner_brackets_after_their_kind():
    names = _names("睿岭医疗的血流导向装置「织云」目前正处于注册临床阶段。")
    assert ("织云", "PRODUCT") in names
    text = "帆舵科技旗下拥有跨境ERP「帆舵ERP」、广告投放工具「AdKite」和数据分析平台「帆舵洞察」，服务4万家卖家。"
    found = _run(text, [
        ("帆舵科技", ORG, None), ("帆舵ERP", PROD, None), ("AdKite", PROD, None), ("帆舵洞察", PROD, None)])
    assert {("帆舵科技", "develops", p) for p in ("帆舵ERP", "AdKite", "帆舵洞察")} <= found
    # a quote after a verb of saying is no product
    assert not {n for n, t in _names("他表示「明年会更好」。") if t == "PRODUCT"}


def test_a_filings_generic_short_name_is_no_name_and_the_next_one_is_an_alias():
    text = ("2026年2月5日，成都岩溪电力设备股份有限公司（以下简称“公司”或“岩溪电力”）与石渠能源投资集团有限公司签署了"
            "《战略合作框架协议》。")
    _, mentions, links = _mentions(text)
    assert "公司" not in {m.text for m in mentions}
    assert any("岩溪电力" in (link.a.text, link.b.text) for link in links)


@pytest.mark.parametrize("text,names,expected,absent", [
    # a chief executive officer is the CEO, not also some other officer
    ('"We are thrilled," said Marcus Pell, chief executive officer of Tovalo.',
     [("Marcus Pell", PER, None), ("Tovalo", ORG, None)], {("Marcus Pell", "ceoOf", "Tovalo")},
     {("Marcus Pell", "worksFor", "Tovalo")}),
    ("Crandwell's subsidiaries include Prescott Valve Company and Halbrook Motion GmbH.",
     [("Crandwell", ORG, None), ("Prescott Valve Company", ORG, None), ("Halbrook Motion GmbH", ORG, None)],
     {("Prescott Valve Company", "subsidiaryOf", "Crandwell"), ("Halbrook Motion GmbH", "subsidiaryOf", "Crandwell")}, set()),
    ("Ledgero's products include Ledgero Treasury, Ledgero Pay and Ledgero Forecast.",
     [("Ledgero", ORG, None), ("Ledgero Treasury", PROD, None), ("Ledgero Pay", PROD, None), ("Ledgero Forecast", PROD, None)],
     {("Ledgero", "develops", "Ledgero Treasury"), ("Ledgero", "develops", "Ledgero Forecast")}, set()),
    ("Mirea competes with Grell at home, while abroad its rivals include Samtec Electronics and Luvo Electronics.",
     [("Mirea", ORG, None), ("Grell", ORG, None), ("Samtec Electronics", ORG, None), ("Luvo Electronics", ORG, None)],
     {("Mirea", "competesWith", "Samtec Electronics"), ("Mirea", "competesWith", "Luvo Electronics")}, set()),
    ("Tripwell's main rivals are Meiwan and Flyggo.", [("Tripwell", ORG, None), ("Meiwan", ORG, None), ("Flyggo", ORG, None)],
     {("Tripwell", "competesWith", "Meiwan"), ("Tripwell", "competesWith", "Flyggo")}, set()),
    # a corporate word the lexicon's name leaves out does not end a list of rivals
    ("Mirea competes with Grell Electric Appliances and Hisono at home.",
     [("Mirea", ORG, None), ("Grell Electric", ORG, None), ("Hisono", ORG, None)],
     {("Mirea", "competesWith", "Grell Electric"), ("Mirea", "competesWith", "Hisono")}, set()),
])
def test_press_release_wordings(text, names, expected, absent):
    found = _run(text, names)
    assert expected <= found
    assert not absent & found


@pytest.mark.parametrize("text,names,expected", [
    ("Chen Yuxiao, Kuaiwei's co-founder, chairman and CEO, said results were strong.",
     [("Chen Yuxiao", PER, None), ("Kuaiwei", ORG, None)],
     {("Chen Yuxiao", "founderOf", "Kuaiwei"), ("Chen Yuxiao", "chairOf", "Kuaiwei"), ("Chen Yuxiao", "ceoOf", "Kuaiwei")}),
    ("Zhou Weiqing (周伟清), founder and Chairman of Hengrun Environmental, said the deal was important.",
     [("Zhou Weiqing", PER, None), ("Hengrun Environmental", ORG, None)],
     {("Zhou Weiqing", "founderOf", "Hengrun Environmental"), ("Zhou Weiqing", "chairOf", "Hengrun Environmental")}),
    ("Greeva, whose chairwoman Dong Minghui has long resisted big deals, is due to report.",
     [("Greeva", ORG, None), ("Dong Minghui", PER, None)], {("Dong Minghui", "chairOf", "Greeva")}),
    ("James Lian, who co-founded Tripway in 1999 and serves as its executive chairman, spoke.",
     [("James Lian", PER, None), ("Tripway", ORG, None)], {("James Lian", "chairOf", "Tripway")}),
    ("Qingmo, founded by Zhang Ruoyu, who remains its chief executive, sells online.",
     [("Qingmo", ORG, None), ("Zhang Ruoyu", PER, None)], {("Zhang Ruoyu", "ceoOf", "Qingmo")}),
    # a release's lead: two companies, each with its ticker and a description, announce a partnership
    ("Ampero Charging Holdings (NYSE: AMPO), one of the fastest-growing networks of chargers, and Kolby's Corporation "
     "(NYSE: KBY) today announced a multi-year partnership.",
     [("Ampero Charging Holdings", ORG, None), ("Kolby's Corporation", ORG, None)],
     {("Ampero Charging Holdings", "partnerOf", "Kolby's Corporation")}),
])
def test_several_posts_at_once_and_a_release_lead(text, names, expected):
    assert expected <= _run(text, names)


def test_a_filings_bare_company_is_its_filer_and_a_board_appoints_to_its_posts():
    facts, _ = _facts("北京中科岚海信息技术股份有限公司（以下简称“公司”或“岚海信息”）董事会于2026年3月9日收到董事长赵启航先生的"
                      "书面辞职报告。经董事长提名，董事会同意聘任王晓磊先生为公司总经理；同意聘任周晓岚女士为公司董事会秘书。"
                      "会议选举沈雅清女士为公司第五届董事会董事长。", "2026-03-10")
    filer = "北京中科岚海信息技术股份有限公司"
    assert {("王晓磊", "worksFor", filer), ("周晓岚", "worksFor", filer), ("沈雅清", "chairOf", filer)} <= facts
    # without the filing's short name 公司 stays a word
    facts, _ = _facts("董事会同意聘任王晓磊先生为公司总经理。")
    assert not facts


@pytest.mark.parametrize("text,names,expected", [
    ("王晓磊先生现任岚海信息副总经理。", [("王晓磊", PER, None), ("岚海信息", ORG, None)], ("王晓磊", "worksFor", "岚海信息")),
    ("每经记者：赵雨桐　每经编辑：黄博远", [("每经", ORG, None), ("赵雨桐", PER, None)], ("赵雨桐", "worksFor", "每经")),
    ("证券时报e公司讯（记者 林小倩）12月16日，某公司正式上市。", [("证券时报", ORG, None), ("林小倩", PER, None)],
     ("林小倩", "worksFor", "证券时报")),
    ("涉嫌信息披露违法违规 润泽科技及董事长顾建新被证监会立案", [("润泽科技", ORG, None), ("顾建新", PER, None)],
     ("顾建新", "chairOf", "润泽科技")),
    ("皖芯材料的主要竞争对手为沪芯产业以及日本信越化学。", [("皖芯材料", ORG, None), ("沪芯产业", ORG, None), ("信越化学", ORG, None)],
     ("皖芯材料", "competesWith", "信越化学")),
])
def test_filing_wordings(text, names, expected):
    assert expected in _run(text, names)


def test_a_release_names_its_company_with_exchange_and_ticker():
    facts, ext = _facts("Kolby's Corporation (NYSE: KBY) and Novarta AG (SIX: NOVA, NYSE: NVA) today announced a deal.", "2025-11-05")
    assert ("Kolby's Corporation", "listedOn", "NYSE") in facts
    assert ("Novarta AG", "listedOn", "NYSE") in facts
    assert not {m.text for m in ext.mentions} & {"KBY", "NOVA", "NVA"}  # a ticker is no name


def test_founders_before_the_company_and_a_date_after_an_apposition():
    found = _run("Founded in 2014 by Marcus Pell and Lena Kovar, Tessaline Software is headquartered in San Francisco.",
                 [("Marcus Pell", PER, None), ("Lena Kovar", PER, None), ("Tessaline Software", ORG, None)])
    assert {("Marcus Pell", "founderOf", "Tessaline Software"), ("Lena Kovar", "founderOf", "Tessaline Software")} <= found
    from test_events import _events
    (ev,) = _events("Mirea bought Toshiro Lifestyle, the Japanese group's appliance unit, in 2016.",
                    [("Mirea", "ORG", "company"), ("Toshiro Lifestyle", "ORG", "company")], "2026-03-31")
    assert ev.type == "Acquisition" and ev.date == "2016"


def test_an_english_company_is_found_by_its_short_form_and_a_lower_case_exchange():
    facts, ext = _facts("Kirova Motors raised $85 million. Kirova competes with Electra and Alvo. "
                        "Kirova is listed on the Hong Kong stock exchange.", "2025-11-25")
    assert {m.text for m in ext.mentions if m.type == "ORG"} >= {"Kirova Motors", "Kirova", "Hong Kong stock exchange"}
    assert ("Kirova", "listedOn", "Hong Kong stock exchange") in facts
    from kg.extract.en_names import short_form
    assert short_form("Harbor & Pine Brands") == "Harbor & Pine"
    assert short_form("General Motors") is None and short_form("Shanghai Electric Group") is None


def test_a_passive_acquisition_and_what_a_relative_clause_owns():
    found, _ = _facts("Tropicala Foods recalled juice. Tropicala, which was bought by private equity firm PIA Partners in 2021, "
                      "did not admit wrongdoing.")
    assert ("PIA Partners", "acquires", "Tropicala") in found and ("Tropicala", "acquires", "PIA Partners") not in found
    found = _run("Embrace, which owns the Tomb Rover and Kingdom Gone franchises, is listed on Nasdaq Stockholm.",
                 [("Embrace", ORG, None), ("Tomb Rover", ORG, None), ("Kingdom Gone", ORG, None), ("Nasdaq Stockholm", ORG, "exchange")])
    assert not {r for r in found if r[0] in ("Tomb Rover", "Kingdom Gone")}


@pytest.mark.parametrize("text", [
    "In December 2024, Hansor licensed its oral GLP-1 drug HX-10535 to Merrow & Co.",
    "Hansor Licenses Cancer Drug to Merrow & Co. in Deal Worth Up to $2 Billion",
])
def test_a_drug_licensed_out_is_a_partnership(text):
    names = [("Hansor", ORG, None), ("Merrow & Co.", ORG, None), ("HX-10535", PROD, None)]
    assert ("Hansor", "partnerOf", "Merrow & Co.") in _run(text, names)


def test_a_board_decision_takes_the_date_of_the_meeting_before_it():
    from test_events import _events
    text = ("公司于2026年3月10日召开第三届董事会第十二次会议，审议通过了相关议案。经董事长提名，董事会同意聘任王晓磊先生为岚海信息总经理。")
    evs = [e for e in _events(text, [("王晓磊", "PERSON", None), ("岚海信息", "ORG", "company")], "2026-03-11") if e.type == "Appointment"]
    assert evs and all(e.date == "2026-03-10" for e in evs)


def test_a_rounds_investor_list_names_its_unknown_members():
    from kg.extract.brands import listed_orgs
    from kg.records import Mention
    text = "由青梧资本领投，深鸿投、元岚原点跟投。"
    out = listed_orgs([Mention("d", 8, 11, "深鸿投", "ORG", "zh", "ner", None)], text)
    assert ("元岚原点", "ORG") in {(m.text, m.type) for m in out}


@pytest.mark.parametrize("text,names,expected", [
    ("Vas Naran has served as chief executive officer of Novarta since 2018.",
     [("Vas Naran", PER, None), ("Novarta", ORG, None)], ("Vas Naran", "ceoOf", "Novarta")),
    ("Daniel Oseo now serves as vice president of governance products at Tessaline Software.",
     [("Daniel Oseo", PER, None), ("Tessaline Software", ORG, None)], ("Daniel Oseo", "worksFor", "Tessaline Software")),
    ('"We are pleased," said Elena Marchi, M.D., Ph.D., chief executive officer of Halcyon Therapeutics.',
     [("Elena Marchi", PER, None), ("Halcyon Therapeutics", ORG, None)], ("Elena Marchi", "ceoOf", "Halcyon Therapeutics")),
    ("Chen Haoyu (陈浩宇) has been appointed Chief Financial Officer of Hengrui Environmental with effect from today.",
     [("Chen Haoyu", PER, None), ("陈浩宇", PER, None), ("Hengrui Environmental", ORG, None)],
     ("Chen Haoyu", "worksFor", "Hengrui Environmental")),
])
def test_posts_a_release_words_with_serves_credentials_and_capitals(text, names, expected):
    assert expected in _run(text, names)


def test_a_title_case_headlines_verb_ends_a_name():
    facts, ext = _facts("Hengrui Environmental Completes Acquisition of Nanjing Qingyu Water and Signs Strategic Cooperation "
                        "Agreement with Shanghai Electric Environmental Protection Group", "2025-12-08")
    names = {m.text for m in ext.mentions}
    assert "Hengrui Environmental" in names and not any("Completes" in n for n in names)
    # the company after "and Signs … with" is no target of the acquisition
    assert not {f for f in facts if f[1] == "acquires" and f[2].startswith("Shanghai Electric")}


def test_a_product_in_corner_brackets_far_after_its_company():
    text = "聚岭云储的核心产品包括工商业储能一体柜「方舟」系列和能源管理平台「云枢EMS」，客户覆盖长三角。"
    found = _run(text, [("聚岭云储", ORG, None), ("方舟", PROD, None), ("云枢EMS", PROD, None)])
    assert {("聚岭云储", "develops", "方舟"), ("聚岭云储", "develops", "云枢EMS")} <= found
