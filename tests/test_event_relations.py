"""Relations an event states, and the event rules they rest on (no NLP model needed)."""
import pytest

from kg.extract.event_relations import relations_from_events
from kg.extract.events import extract_events
from kg.records import Document, ParsedSegment
from kg.segment import split_segments

from test_events import _mentions

ORG, PER = "ORG", "PERSON"


def _run(text, names, doc_date=None):
    segs = split_segments(Document("d", text, date=doc_date))
    parsed = [ParsedSegment(s, (), ()) for s in segs]
    events = extract_events(text, parsed, _mentions(text, names), doc_date)
    rels = relations_from_events(events, [], text)
    return events, {(r.subject.text, r.predicate, r.object.text) for r in rels}


def test_investors_are_marked_by_their_verb_and_invest_in_the_company_that_raised():
    events, rels = _run("星河完成5亿美元C轮融资，本轮由甲资本领投，乙科技、丙基金跟投，老股东丁集团追加投资。",
                        [("星河", ORG, None), ("甲资本", ORG, None), ("乙科技", ORG, None),
                         ("丙基金", ORG, None), ("丁集团", ORG, None)])
    (ev,) = [e for e in events if e.type == "Funding"]
    roles = {(p.role, p.mention.text) for p in ev.participants}
    assert ("investee", "星河") in roles
    assert {("investor", n) for n in ("甲资本", "乙科技", "丙基金", "丁集团")} <= roles
    assert rels == {(n, "investsIn", "星河") for n in ("甲资本", "乙科技", "丙基金", "丁集团")}


def test_an_investor_is_never_the_company_that_raised():
    # the company that raised is not named: no investee rather than a wrong one
    events, rels = _run("公司完成A轮融资，本轮由甲资本领投，乙创投参投。", [("甲资本", ORG, None), ("乙创投", ORG, None)])
    (ev,) = [e for e in events if e.type == "Funding"]
    assert {p.role for p in ev.participants} == {"investor"} and not rels


def test_english_lead_investor_before_the_round():
    _, rels = _run("Dutch chip equipment maker Acme led a $1.7 billion Series C funding round in Zentra.",
                   [("Acme", ORG, None), ("Zentra", ORG, None)])
    assert rels == {("Acme", "investsIn", "Zentra")}


def test_a_stake_bought_is_an_investment_and_a_majority_is_a_takeover():
    _, rels = _run("甲集团以20亿元收购乙能源部分股权。", [("甲集团", ORG, None), ("乙能源", ORG, None)])
    assert rels == {("甲集团", "investsIn", "乙能源")}
    _, rels = _run("Acme said it had acquired a 2.5% stake in Zentra.", [("Acme", ORG, None), ("Zentra", ORG, None)])
    assert ("Acme", "acquires", "Zentra") not in rels
    _, rels = _run("甲集团完成收购乙能源51%股权。", [("甲集团", ORG, None), ("乙能源", ORG, None)])
    assert rels == {("甲集团", "acquires", "乙能源")}


def test_a_described_target_and_a_bracketed_alias():
    events, rels = _run("星河集团（Xinghe Group）宣布，已完成对美国芯片设计公司Zentra Computing的收购。",
                        [("星河集团", ORG, None), ("Xinghe Group", ORG, None), ("Zentra Computing", ORG, None)])
    assert rels == {("星河集团", "acquires", "Zentra Computing")}
    _, rels = _run("甲医药与乙制药（Yi Pharma）达成授权合作协议。",
                   [("甲医药", ORG, None), ("乙制药", ORG, None), ("Yi Pharma", ORG, None)])
    assert rels == {("甲医药", "partnerOf", "乙制药")}  # no partnership of a company with its own alias


@pytest.mark.parametrize("text,names,predicate", [
    ("星河发布公告，宣布任命王明为集团高级副总裁。", [("星河", ORG, None), ("王明", PER, None)], "worksFor"),
    ("星河董事会聘任王明为新任总经理。", [("星河", ORG, None), ("王明", PER, None)], "worksFor"),
    ("星河宣布任命王明为首席执行官。", [("星河", ORG, None), ("王明", PER, None)], "ceoOf"),
    ("Zentra appointed Wen Li as its new chairman on Monday.", [("Zentra", ORG, None), ("Wen Li", PER, None)], "chairOf"),
])
def test_an_appointment_gives_the_post_named_after_the_person(text, names, predicate):
    _, rels = _run(text, names)
    assert (names[1][0], predicate, names[0][0]) in rels


@pytest.mark.parametrize("text,names", [
    ("长鑫科技12月30日向上交所科创板递交IPO申请并获受理。", [("长鑫科技", ORG, None), ("上交所科创板", ORG, "exchange")]),
    ("Zentra has begun pre-IPO tutoring with a view to listing on the STAR Market.",
     [("Zentra", ORG, None), ("STAR Market", ORG, "exchange")]),
    ("甲信息与乙曙光双双发布公告，宣布终止筹划近7个月的换股吸收合并事项。", [("甲信息", ORG, None), ("乙曙光", ORG, None)]),
    ("Acme and Zentra called off their planned merger on Friday.", [("Acme", ORG, None), ("Zentra", ORG, None)]),
])
def test_filings_and_called_off_deals_are_no_events(text, names):
    events, rels = _run(text, names, "2026-01-10")
    assert not [e for e in events if e.type in ("Listing", "Merger")] and not rels


def test_consolidated_revenue_is_no_merger_and_the_quarter_is_no_date():
    events, _ = _run("星河1月15日公布2025年第四季度财报，合并营收约1046亿元。", [("星河", ORG, None)], "2026-01-16")
    assert [e.type for e in events] == ["Earnings"]
    assert events[0].date == "2026-01-15"


def test_english_investors_after_with_and_an_aside_founder_is_no_investor():
    _, rels = _run("Zentra said it had raised $100 million in a round led by Acme, with Beta and Gamma Ventures, "
                   "the venture firm founded by Wen Li, also participating.",
                   [("Zentra", ORG, None), ("Acme", ORG, None), ("Beta", ORG, None), ("Gamma Ventures", ORG, None),
                    ("Wen Li", PER, None)])
    assert rels == {(n, "investsIn", "Zentra") for n in ("Acme", "Beta", "Gamma Ventures")}


def test_a_stake_taken_in_chinese_is_funding():
    events, rels = _run("英特尔8月22日宣布，美国政府以89亿美元入股英特尔，获得约9.9%的股份。",
                        [("英特尔", ORG, None), ("美国政府", ORG, None)], "2025-08-23")
    assert [e.type for e in events] == ["Funding"] and rels == {("美国政府", "investsIn", "英特尔")}


def test_partners_listed_after_with_are_not_partners_of_each_other():
    _, rels = _run("百度旗下平台萝卜快跑先后与Uber和Lyft达成合作。",
                   [("百度", ORG, None), ("萝卜快跑", ORG, None), ("Uber", ORG, None), ("Lyft", ORG, None)])
    assert ("Uber", "partnerOf", "Lyft") not in rels and ("Lyft", "partnerOf", "Uber") not in rels
    assert {("萝卜快跑", "partnerOf", "Uber"), ("萝卜快跑", "partnerOf", "Lyft")} <= rels


@pytest.mark.parametrize("text,names", [
    ("Xiaohongshu on Thursday denied a report that it had hired banks for an initial public offering in Hong Kong.",
     [("Xiaohongshu", ORG, None)]),
    ("对于网传“监管总局已对甲电商立案调查”一事，甲电商相关负责人表示，公司未收到任何调查通知。", [("甲电商", ORG, None)]),
    ("Zentra is weighing moving its planned initial public offering to Hong Kong.", [("Zentra", ORG, None)]),
    ("Zentra said on Friday it plans to spin off its chip unit through a separate listing on the STAR Market.",
     [("Zentra", ORG, None), ("STAR Market", ORG, "exchange")]),
    ("Zentra, which is listed in Hong Kong and on the Nasdaq, reported on Friday.",
     [("Zentra", ORG, None), ("Nasdaq", ORG, "exchange")]),
    ("Zentra has launched a recall of 116,887 Orbit M9 sedans.", [("Zentra", ORG, None), ("Orbit M9", "PRODUCT", None)]),
    ("乐道正式推出第二款车型乐道L90，该车型上市72小时订单已过万。", [("乐道", ORG, None)]),
    ("其中，甲智行此次全球发售募资约67亿港元。", [("甲智行", ORG, None)]),
    ("市场普遍预计，甲汽车2025年第四季度营收有望突破300亿元。", [("甲汽车", ORG, None)]),
])
def test_denials_plans_standing_listings_and_recalls_are_no_such_events(text, names):
    events, _ = _run(text, names, "2026-01-10")
    assert not [e for e in events if e.type in ("Listing", "Lawsuit", "Funding", "Earnings", "ProductLaunch")]


def test_a_recall_names_the_makers_models_and_a_regulator_makes_none():
    _, rels = _run("Zentra is recalling 115,783 of its Orbit and Nova Pro vehicles in China.",
                   [("Zentra", ORG, "company"), ("Orbit", "PRODUCT", None), ("Nova Pro", "PRODUCT", None)])
    assert rels == {("Zentra", "develops", "Orbit"), ("Zentra", "develops", "Nova Pro")}
    _, rels = _run("市场监管总局称，将召回部分Orbit汽车。", [("市场监管总局", ORG, "government"), ("Orbit", "PRODUCT", None)])
    assert not rels


def test_the_object_of_dui_is_the_target_whatever_follows():
    _, rels = _run("甲科技（Jia Tech）7月17日宣布，已完成对仿真软件公司Zentra的收购，此前该交易已获市场监管总局批准。",
                   [("甲科技", ORG, None), ("Jia Tech", ORG, None), ("Zentra", ORG, None), ("市场监管总局", ORG, "government")])
    assert rels == {("甲科技", "acquires", "Zentra")}


def test_a_launch_names_what_its_one_maker_develops_but_not_parts_venues_or_its_alias():
    P = "PRODUCT"
    _, rels = _run("Zentra rolled out an update to its Orbit model on Monday.", [("Zentra", ORG, "company"), ("Orbit", P, None)])
    assert rels == {("Zentra", "develops", "Orbit")}
    _, rels = _run("星河云推出基于北辰芯片的Orbit384超节点。",
                   [("星河云", ORG, "company"), ("北辰", P, None), ("Orbit384", P, None)])
    assert rels == {("星河云", "develops", "Orbit384")}  # the chip it is built on is another's part
    _, rels = _run("星河科技在NOVA原动力大会上发布了北辰大模型。",
                   [("星河科技", ORG, "company"), ("NOVA", P, None), ("北辰", P, None)])
    assert ("星河科技", "develops", "NOVA") not in rels  # the venue
    _, rels = _run("星河标准局(XBS)发布了XBS标签的新规定。", [("星河标准局", ORG, None), ("XBS", P, None)])
    assert not rels  # the maker's own short name


def test_partners_listed_after_with_are_no_partners_of_each_other_however_long_the_list():
    names = [("星河科技", ORG, "company"), ("云帆汽车", ORG, "company"), ("东岳汽车", ORG, "company"), ("北辰汽车", ORG, "company")]
    _, rels = _run("星河科技已与云帆汽车、东岳汽车和北辰汽车等十余家车企达成合作。", names)
    assert not {r for r in rels if "星河科技" not in (r[0], r[2])}
