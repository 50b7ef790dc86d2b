"""Events from triggers and typed mentions (no NLP model needed)."""
import pytest

from kg.extract.events import extract_events
from kg.extract.temporal import find_dates
from kg.records import Mention, ParsedSegment
from kg.segment import split_segments
from kg.records import Document


def _mentions(text, names):
    """Every occurrence of each (surface, type, kind) as a mention, in text order."""
    mentions = []
    for surface, type_, kind in names:
        start = text.find(surface)
        while start >= 0:
            lang = "zh" if any("\u4e00" <= c <= "\u9fff" for c in surface) else "en"
            mentions.append(Mention("d", start, start + len(surface), surface, type_, lang, "test", kind))
            start = text.find(surface, start + 1)
    return sorted(mentions, key=lambda m: m.start)


def _events(text, names, doc_date=None):
    segs = split_segments(Document("d", text, date=doc_date))
    parsed = [ParsedSegment(s, (), ()) for s in segs]
    return extract_events(text, parsed, _mentions(text, names), doc_date)


def test_listing_with_exchange_date_and_amounts():
    (ev,) = _events("甲公司于2026年1月8日在港交所上市，发行价116.2港元，募资10亿港元。",
                    [("甲公司", "ORG", "company"), ("港交所", "ORG", "exchange")])
    assert ev.type == "Listing"
    assert {(p.role, p.mention.text) for p in ev.participants} == {("company", "甲公司"), ("exchange", "港交所")}
    assert ev.date == "2026-01-08"
    # the proceeds are money moved, the price of one share is not
    assert [(a.value, a.currency) for a in ev.amounts] == [(1000000000, "HKD")]
    assert ev.label.startswith("甲公司上市") and ev.lang == "zh"
    assert ev.evidence.sentence.startswith("甲公司")


def test_relative_date_resolves_against_document_date():
    (ev,) = _events("Acme acquired Beta on Tuesday for $2 billion.",
                    [("Acme", "ORG", "company"), ("Beta", "ORG", "company")], doc_date="2026-01-08")
    assert ev.type == "Acquisition" and ev.date == "2026-01-06"
    assert {(p.role, p.mention.text) for p in ev.participants} == {("acquirer", "Acme"), ("target", "Beta")}
    assert ev.amounts[0].value == 2e9 and ev.amounts[0].currency == "USD"


def test_undated_document_keeps_relative_dates_unresolved():
    (ev,) = _events("Acme acquired Beta on Tuesday.", [("Acme", "ORG", None), ("Beta", "ORG", None)])
    assert ev.date is None and ev.date_text == "on Tuesday"


def test_future_and_hedged_events_are_not_facts():
    names = [("甲公司", "ORG", "company"), ("X1", "PRODUCT", None), ("Acme", "ORG", None), ("Beta", "ORG", None)]
    assert not _events("甲公司宣布X1将于4月发布。", names)
    assert not _events("Acme is rumoured to have acquired Beta.", names)
    # a hedge elsewhere in the sentence does not hide the fact
    assert [e.type for e in _events("产品可能存在风险，甲公司召回了X1。", names)] == ["Recall"]


def test_date_is_taken_from_the_triggers_clause():
    evs = _events("甲公司2025年推出X1，并在2026年1月8日于港交所上市。",
                  [("甲公司", "ORG", "company"), ("X1", "PRODUCT", None), ("港交所", "ORG", "exchange")])
    dates = {e.type: e.date for e in evs}
    assert dates == {"ProductLaunch": "2025", "Listing": "2026-01-08"}


def test_an_event_needs_its_arguments():
    # earnings without an amount, a launch without a product: no event
    assert not _events("甲公司发布业绩。", [("甲公司", "ORG", "company")])
    assert not _events("分析师认为甲公司的营收将继续增长。", [("甲公司", "ORG", "company")])
    # ... unless a report is published: its date, not the quarter reported, is the event's
    (ev,) = _events("甲公司1月15日发布2025年第四季度财报。", [("甲公司", "ORG", "company")], "2026-01-20")
    assert (ev.type, ev.date) == ("Earnings", "2026-01-15")
    (ev,) = _events("Acme reported fourth-quarter earnings on Tuesday.", [("Acme", "ORG", "company")], "2026-01-16")
    assert (ev.type, ev.date) == ("Earnings", "2026-01-13")


def test_the_reporting_source_is_no_participant():
    (ev,) = _events("据路透社报道，甲公司完成了对乙公司的收购。",
                    [("路透社", "ORG", "organization"), ("甲公司", "ORG", "company"), ("乙公司", "ORG", "company")])
    assert ev.type == "Acquisition"
    assert {(p.role, p.mention.text) for p in ev.participants} == {("acquirer", "甲公司"), ("target", "乙公司")}
    (ev,) = _events("新华网报道，张三对乙公司提起诉讼。",
                    [("新华网", "ORG", "organization"), ("张三", "PERSON", None), ("乙公司", "ORG", "company")])
    assert {(p.role, p.mention.text) for p in ev.participants} == {("organization", "乙公司"), ("person", "张三")}


def test_partnership_worded_as_working_with():
    orgs = [("甲公司", "ORG", "company"), ("乙公司", "ORG", "company")]
    (ev,) = _events("2025年10月，甲公司通过与乙公司深度合作，将助手植入系统底层。", orgs)
    assert ev.type == "Partnership" and {p.mention.text for p in ev.participants} == {"甲公司", "乙公司"}
    # undated, a cooperation that goes on is a standing relation, no event
    assert not _events("甲公司通过与乙公司深度合作，将助手植入系统底层。", orgs)
    assert not _events("甲公司与乙公司的合作已延续多年。", orgs)


def test_described_listings_and_launches_are_standing_facts():
    orgs = [("甲公司", "ORG", "company"), ("港交所", "ORG", "exchange"), ("X1", "PRODUCT", None)]
    assert not [e for e in _events("在港交所上市的甲公司公布第三季度业绩。", orgs) if e.type == "Listing"]
    assert not _events("甲公司推出的X1芯片采用双芯粒封装。", orgs)
    assert not [e for e in _events("甲公司在港交所上市，并于3月19日公布业绩。", orgs, "2026-04-01") if e.type == "Listing"]
    (ev,) = _events("1月8日，甲公司在港交所上市。", orgs, "2026-04-01")
    assert (ev.type, ev.date) == ("Listing", "2026-01-08")


def test_an_undated_mention_of_an_event_takes_its_date_from_the_document():
    evs = _events("2026年1月8日，甲公司在港交所上市。甲公司上市首日大涨。乙公司去年上市。",
                  [("甲公司", "ORG", "company"), ("乙公司", "ORG", "company"), ("港交所", "ORG", "exchange")],
                  "2026-01-09")
    by_company = {next(p.mention.text for p in e.participants if p.role == "company"): e.date for e in evs}
    assert by_company["甲公司"] == "2026-01-08"
    assert by_company["乙公司"] == "2025"  # its own date, not the other company's


def test_a_product_goes_on_sale_and_regulators_investigate_companies():
    evs = _events("甲手机于3月28日正式上市，丙公司在港交所上市多年。",
                  [("甲手机", "PRODUCT", None), ("丙公司", "ORG", "company"), ("港交所", "ORG", "exchange")],
                  "2026-03-30")
    types = {e.type: e for e in evs}
    assert "ProductLaunch" in types and types["ProductLaunch"].date == "2026-03-28"
    assert {p.mention.text for p in types["Listing"].participants} == {"丙公司", "港交所"}
    (ev,) = _events("市场监管总局对乙公司立案调查。", [("市场监管总局", "ORG", "government"), ("乙公司", "ORG", "company")])
    assert ev.type == "Lawsuit" and {p.mention.text for p in ev.participants} == {"市场监管总局", "乙公司"}


def test_the_company_refers_to_the_last_company_named():
    evs = _events("Acme Corp builds language models. The company open-sourced Foo-1 in 2022.",
                  [("Acme Corp", "ORG", "company"), ("Foo-1", "PRODUCT", None)])
    (ev,) = [e for e in evs if e.type == "ProductLaunch"]
    assert {(p.role, p.mention.text) for p in ev.participants} == {("company", "Acme Corp"), ("product", "Foo-1")}
    assert ev.date == "2022" and ev.evidence.sentence.startswith("The company")
    (ev,) = _events("乙公司成立于2015年。该公司完成了B轮融资。", [("乙公司", "ORG", "company")])
    assert ev.type == "Funding" and [p.mention.text for p in ev.participants] == ["乙公司"]


def test_channels_press_conferences_filings_and_retrieval_are_no_launches_or_recalls():
    names = [("甲公司", "ORG", "company"), ("微信", "PRODUCT", None), ("X1", "PRODUCT", None)]
    (ev,) = _events("甲公司通过官方微信公众号发布X1。", names)
    assert [p.mention.text for p in ev.participants if p.role == "product"] == ["X1"]
    assert _events("甲公司在1月9日的发布会上回应质疑。", names) == []
    assert _events("甲公司已提交X1的上市申请。", names) == []
    assert _events("甲公司的检索模型实现了很高的召回率，也有完美的召回。", names) == []


def test_a_launch_naming_only_its_product_takes_the_documents_developer():
    from kg.records import Evidence, Relation

    text = "星河科技推出了X1。X1的发布引发关注。在模型发布前要审计。"
    names = [("星河科技", "ORG", "company"), ("X1", "PRODUCT", None)]
    doc = Document("d", text)
    mentions = sorted((Mention("d", i, i + len(s), s, t, "zh", "test", k) for s, t, k in names
                       for i in [j for j in range(len(text)) if text.startswith(s, j)]), key=lambda m: m.start)
    rel = Relation(mentions[0], "develops", mentions[1], Evidence("d", 0, 9, text[:9], 0, 9, "test", 1.0))
    parsed = [ParsedSegment(s, (), ()) for s in split_segments(doc)]
    events = extract_events(text, parsed, mentions, None, [rel])
    assert len(events) == 2
    second = events[1]
    assert {(p.role, p.mention.text) for p in second.participants} == {("company", "星河科技"), ("product", "X1")}
    assert second.evidence.sentence.startswith("X1的发布")


def test_listed_companies_drug_approvals_and_far_names_are_no_listings():
    assert not [e for e in _events("证监会鼓励上市公司并购重组。", [("证监会", "ORG", None)]) if e.type == "Listing"]
    assert not [e for e in _events("甲制药的新药获批上市。", [("甲制药", "ORG", None)]) if e.type == "Listing"]
    assert not [e for e in _events("用于治疗朗格汉斯细胞增生症的药物，这些药品的上市意义重大。",
                                   [("朗格汉斯", "ORG", None)]) if e.type == "Listing"]
    (ev,) = _events("甲公司于2026年1月8日成为港交所上市企业。",
                    [("甲公司", "ORG", "company"), ("港交所", "ORG", "exchange")])
    assert ev.type == "Listing" and ev.date == "2026-01-08"


def test_futures_far_from_the_trigger_publishing_to_a_channel_and_launch_partners():
    names = [("甲公司", "ORG", "company"), ("X2", "PRODUCT", None), ("Twitter", "PRODUCT", None)]
    assert _events("甲公司已暗示，下一代模型X2将于 2026 年 2 月中旬发布。", names) == []
    assert _events("甲公司的助手会自动将文章发布到Twitter。", names) == []
    assert _events("此前，甲公司是X2的首发合作伙伴。", names) == []


def test_partners_stand_around_the_conjunction_not_earlier_in_the_sentence():
    names = [("甲研究院", "ORG", None), ("东盟", "ORG", None)]
    assert _events("甲研究院院长强调，要使其成为中国与东盟经贸合作的枢纽。", names) == []


def _with_relations(text, names, doc_date=None):
    """Events with the relations the real extractor finds in the same text."""
    return _relations_and_events(text, names, doc_date)[1]


def _relations_and_events(text, names, doc_date=None):
    """The relation patterns' relations, and the events with them (the events a relation states)."""
    from kg.extract.relations import extract_relations

    segs = split_segments(Document("d", text, date=doc_date))
    mentions = _mentions(text, names)
    parsed = [ParsedSegment(s, (), tuple(m for m in mentions if s.start <= m.start < s.end)) for s in segs]
    relations = extract_relations(text, parsed, mentions)
    return relations, extract_events(text, parsed, mentions, doc_date, relations)


def test_event_roles_follow_the_sentences_relations():
    (ev,) = _with_relations("2026年1月5日，甲科技完成由乙资本领投的10亿元融资。",
                            [("甲科技", "ORG", "company"), ("乙资本", "ORG", "company")])
    assert ev.type == "Funding" and ev.date == "2026-01-05"
    assert {(p.role, p.mention.text) for p in ev.participants} == {("investee", "甲科技"), ("investor", "乙资本")}


def test_an_investment_or_joint_venture_without_a_trigger_word_is_an_event():
    (ev,) = _with_relations("甲科技获乙资本、丙资本投资。", [("甲科技", "ORG", "company"), ("乙资本", "ORG", "company"),
                                                 ("丙资本", "ORG", "company")])
    assert ev.type == "Funding"
    assert {(p.role, p.mention.text) for p in ev.participants} == {
        ("investee", "甲科技"), ("investor", "乙资本"), ("investor", "丙资本")}
    (jv,) = _with_relations("甲汽车与乙汽车成立合资公司。", [("甲汽车", "ORG", "company"), ("乙汽车", "ORG", "company")])
    assert jv.type == "Partnership" and len(jv.participants) == 2


def test_a_name_written_with_or_without_a_space_shares_its_events_date():
    events = _events("2026年2月10日，甲公司发布Orbit 2.0。Orbit2.0的发布引起关注。",
                     [("甲公司", "ORG", "company"), ("Orbit 2.0", "PRODUCT", None), ("Orbit2.0", "PRODUCT", None)])
    assert [e.date for e in events] == ["2026-02-10", "2026-02-10"]


def test_a_marketed_drug_is_no_listing():
    assert not [e for e in _events("甲药业的首款上市药物乙宁被指南推荐。", [("甲药业", "ORG", "company")])
                if e.type == "Listing"]
    assert [e.type for e in _events("甲药业于2025年6月在科创板上市。", [("甲药业", "ORG", "company"),
                                                                ("科创板", "ORG", "exchange")])] == ["Listing"]


def test_landing_on_an_exchange_is_a_listing():
    (ev,) = _events("上周五，甲科技正式登陆港交所。", [("甲科技", "ORG", "company"), ("港交所", "ORG", "exchange")],
                    doc_date="2026-01-28")
    assert ev.type == "Listing" and ev.date == "2026-01-23"


def test_a_citation_title_takes_the_date_on_the_line_below():
    text = "参考资料\n1. [《甲科技发布Orbit 2.0》](https://example.com/a).\n    2026-02-12.\n"
    (ev,) = _events(text, [("甲科技", "ORG", "company"), ("Orbit 2.0", "PRODUCT", None)])
    assert ev.type == "ProductLaunch" and ev.date == "2026-02-12"


def test_a_source_with_its_date_or_a_noun_is_no_participant():
    names = [("甲财经", "ORG", "organization"), ("乙新闻", "ORG", "organization"), ("Orbit", "PRODUCT", None),
             ("星河科技", "ORG", "company")]
    for text in ("据甲财经与乙新闻2月6日报道，星河科技推出了Orbit。", "根据乙新闻的初步调查披露，星河科技推出了Orbit。"):
        (ev,) = _events(text, names, "2026-02-07")
        assert {p.mention.text for p in ev.participants} == {"星河科技", "Orbit"}, text


def test_since_a_launch_the_sentences_date_is_not_the_launchs():
    (ev,) = _events("2026年开年，行业迎来了自Orbit发布以来最大的变化。", [("Orbit", "PRODUCT", None)], "2026-01-16")
    assert ev.type == "ProductLaunch" and ev.date is None
    (ev,) = _events("自2022年11月Orbit发布以来，行业变化巨大。", [("Orbit", "PRODUCT", None)], "2026-01-16")
    assert ev.date == "2022-11"


def test_a_lawsuit_announced_for_later_is_no_event():
    names = [("特朗普", "PERSON", None), ("BBC", "ORG", "organization"), ("FCC", "ORG", "organization")]
    for text in ("特朗普表示将起诉BBC。", "特朗普将就BBC剪辑其讲话一事起诉。", "针对BBC的诉讼即将启动。",
                 "否则运营商将面临FCC的巨额罚款。"):
        assert not _events(text, names, "2025-12-16"), text
    assert [e.type for e in _events("特朗普已起诉BBC。", names, "2025-12-16")] == ["Lawsuit"]


def test_a_less_specific_date_is_refined_by_the_documents_more_specific_one():
    text = "2026年，星河科技发布了Orbit 2.0。Orbit 2.0的发布引发震动。\n1. [《Orbit2.0上线内测》](https://example.com/a).\n    2026-02-11.\n"
    evs = _events(text, [("星河科技", "ORG", "company"), ("Orbit 2.0", "PRODUCT", None), ("Orbit2.0", "PRODUCT", None)])
    assert evs and {e.date for e in evs} == {"2026-02-11"}


@pytest.mark.parametrize("text,names,backers", [
    ("Zentra-backed Beichen hired staff.", [("Zentra", "ORG", "company"), ("Beichen", "ORG", "company")], 1),
    ("Lumora, the Zentra-backed startup, hired staff.", [("Lumora", "ORG", "company"), ("Zentra", "ORG", "company")], 1),
    ("Times sued Lumora, accusing the Zentra- and Beichen-backed startup of copying.",
     [("Times", "ORG", "company"), ("Lumora", "ORG", "company"), ("Zentra", "ORG", "company"),
      ("Beichen", "ORG", "company")], 2),
])
def test_a_standing_investment_is_no_funding_event(text, names, backers):
    from kg.extract.relations import extract_relations
    mentions = _mentions(text, names)
    segs = split_segments(Document("d", text))
    parsed = [ParsedSegment(s, (), tuple(mentions)) for s in segs]
    relations = extract_relations(text, parsed, mentions)
    assert [r.predicate for r in relations] == ["investsIn"] * backers
    assert not [e for e in extract_events(text, parsed, mentions, None, relations) if e.type == "Funding"]


def test_a_company_reporting_its_revenue_is_no_cited_source():
    (ev,) = _events("Zentra reported revenue of $39.3 billion for the quarter.", [("Zentra", "ORG", "company")])
    assert ev.type == "Earnings" and ev.participants[0].mention.text == "Zentra"
    assert [(a.value, a.currency) for a in ev.amounts] == [(39.3e9, "USD")]
    names = [("Reuters", "ORG", "organization"), ("Zentra", "ORG", "company"), ("Beichen", "ORG", "company")]
    (ev,) = _events("Reuters reported that Zentra acquired Beichen.", names)
    assert {p.mention.text for p in ev.participants} == {"Zentra", "Beichen"}


def test_the_proceeds_of_a_listing_are_no_funding_round():
    (ev,) = _events("甲科技于1月8日在港交所挂牌上市，募资43亿港元。",
                    [("甲科技", "ORG", "company"), ("港交所", "ORG", "exchange")], "2026-01-09")
    assert ev.type == "Listing" and [(a.value, a.currency) for a in ev.amounts] == [(43e8, "HKD")]


def test_a_launched_product_may_carry_its_former_name_in_brackets():
    (ev,) = _events("自2026年初Orbit（原名Astra）发布以来，行业变化很大。", [("Orbit", "PRODUCT", None),
                                                                ("Astra", "PRODUCT", None)], "2026-03-09")
    assert ev.type == "ProductLaunch" and ev.date == "2026" and ev.participants[0].mention.text == "Orbit"


def test_an_event_with_no_date_before_it_takes_the_announcements():
    (ev,) = _events("Zentra raised HK$4.3 billion in its initial public offering, the company said on Thursday.",
                    [("Zentra", "ORG", "company")], "2026-01-09")
    assert ev.type == "Listing" and ev.date == "2026-01-08"
    (ev,) = _events("Rival Beichen listed in Hong Kong a day later.", [("Beichen", "ORG", "company")])
    assert ev.type == "Listing"


def test_a_citation_year_after_the_title_dates_the_event_in_both_languages():
    text = ("苹果公司与Google的此次联手，是一个典型案例。\n"
            "4. [Bloomberg. 《Apple, Google Confirm Multiyear Deal for AI Technology》. 2026.](https://example.com/a)\n")
    names = [("苹果公司", "ORG", "company"), ("Google", "ORG", "company"), ("Apple", "ORG", "company"),
             ("Bloomberg", "ORG", "organization")]
    from kg.extract.relations import extract_relations
    mentions = _mentions(text, names)
    segs = split_segments(Document("d", text, date="2026-01-14"))
    parsed = [ParsedSegment(s, (), tuple(m for m in mentions if s.start <= m.start < s.end)) for s in segs]
    events = extract_events(text, parsed, mentions, "2026-01-14", extract_relations(text, parsed, mentions))
    partners = {frozenset(p.mention.text for p in e.participants): e.date for e in events if e.type == "Partnership"}
    assert partners == {frozenset({"苹果公司", "Google"}): "2026", frozenset({"Apple", "Google"}): "2026"}


def test_english_recalls_appointments_and_reported_revenue():
    names = [("Zentra", "ORG", "company"), ("Jane Roe", "PERSON", None)]
    assert [e.type for e in _events("Zentra is recalling about 200,000 vehicles.", names)] == ["Recall"]
    assert [e.type for e in _events("Zentra named Jane Roe as its new chief executive.", names)] == ["Appointment"]
    (ev,) = _events("Zentra reported quarterly revenue of 280 billion yuan ($38.5 billion), up 5%.", names)
    assert ev.type == "Earnings" and ev.participants[0].mention.text == "Zentra"


def test_chinese_rounds_with_an_amount_blacklists_and_successors():
    names = [("星河科技", "ORG", "company"), ("北辰部", "ORG", "organization"), ("张三", "PERSON", None),
             ("李四", "PERSON", None)]
    (ev,) = _events("星河科技融资130亿美元。", names)
    assert ev.type == "Funding" and ev.amounts[0].value == 13e9
    (ev,) = _events("星河科技被北辰部列入黑名单。", names)
    assert ev.type == "Lawsuit" and {p.mention.text for p in ev.participants} == {"星河科技", "北辰部"}
    (ev,) = _events("星河科技宣布张三接替李四担任CEO。", names)
    assert ev.type == "Appointment"


def test_mergers_and_acquisitions_as_a_policy_topic_are_no_acquisition():
    names = [("证监会", "ORG", "organization"), ("甲集团", "ORG", "company"), ("乙公司", "ORG", "company")]
    assert not _events("证监会鼓励上市公司通过并购重组向新质生产力方向转型。", names)
    assert [e.type for e in _events("甲集团并购了乙公司。", names)] == ["Acquisition"]


def test_a_launch_naming_only_its_product_may_put_its_date_between():
    (ev,) = _events("Orbit 2.0于2月12日正式上线。", [("Orbit 2.0", "PRODUCT", None)], "2026-02-13")
    assert ev.type == "ProductLaunch" and ev.date == "2026-02-12"
    (ev,) = _events("Orbit-5.4已于3月5日发布。", [("Orbit-5.4", "PRODUCT", None)], "2026-03-06")
    assert ev.date == "2026-03-05"
    assert not _events("Orbit-6将于2月中旬发布。", [("Orbit-6", "PRODUCT", None)], "2026-01-28")


def test_review_cases_for_triggers_and_sources():
    names = [("Fortune", "ORG", "organization"), ("Jensen Huang", "PERSON", None), ("Tim Cook", "PERSON", None),
             ("Google", "ORG", "company"), ("特斯拉", "ORG", "company")]
    assert not _events("Fortune named the chipmaker as its company of the year, Jensen Huang said.", names)
    assert not _events("Tim Cook departed for Beijing on Monday.", names)
    assert not _events("He left Google in 2020, recalling his time at the company fondly.", names)
    (ev,) = _events("特斯拉1月29日披露，第四季度营收为257亿美元。", names, "2026-01-30")
    assert ev.type == "Earnings" and ev.participants[0].mention.text == "特斯拉"


def test_english_debuts_retirements_and_asides():
    Z, E = ("Zentra", "ORG", "company"), ("Hong Kong Stock Exchange", "ORG", "exchange")
    (ev,) = _events("Zentra made its debut on the Hong Kong Stock Exchange on Thursday.", [Z, E], "2026-01-20")
    assert ev.type == "Listing" and ev.date == "2026-01-15"
    (ev,) = _events("Shares of Zentra jumped 13% in their Hong Kong debut.", [Z])
    assert ev.type == "Listing"
    assert not _events("Zentra made its debut in the EV market.", [Z])  # a market, not a listing
    (ev,) = _events("Zentra said that CEO Wen Li had retired.", [Z, ("Wen Li", "PERSON", None)])
    assert ev.type == "Resignation"
    # the backers in an aside are not the company that lists
    (ev,) = _events("Zentra, which is backed by Beichen and Huayu, completed its IPO.",
                    [Z, ("Beichen", "ORG", "company"), ("Huayu", "ORG", "company")])
    assert [(p.role, p.mention.text) for p in ev.participants] == [("company", "Zentra")]
    # an application is no listing yet
    assert not _events("Zentra filed for an IPO in Hong Kong.", [Z])
    assert not _events("Zentra filed confidentially for a London IPO.", [Z])


def test_a_started_investigation_is_an_event():
    (ev,) = _events("欧盟委员会正式对甲公司启动调查。", [("欧盟委员会", "ORG", "regulator"), ("甲公司", "ORG", "company")])
    assert ev.type == "Lawsuit" and {p.mention.text for p in ev.participants} == {"欧盟委员会", "甲公司"}


def test_surveys_and_whether_clauses_are_no_lawsuits():
    T = ("甲公司", "ORG", "company")
    assert not _events("甲公司在典礼后发起了观众反馈调查。", [T])
    assert not _events("乙党团将讨论是否对甲公司采取制裁措施。", [T, ("乙党团", "ORG", None)])


def test_an_asides_names_and_dates_are_not_the_events():
    (ev,) = _events("Zentra, founded in 2021 by former Beichen researchers, has raised $1 billion from Huayu.",
                    [("Zentra", "ORG", "company"), ("Beichen", "ORG", "company"), ("Huayu", "ORG", "company")],
                    "2026-01-20")
    assert ev.type == "Funding" and ev.date is None
    assert {p.mention.text for p in ev.participants} == {"Zentra", "Huayu"}


def test_products_of_different_makers_are_separate_launches():
    names = [("星河", "ORG", "company"), ("天工", "ORG", "company"), ("Orbit-2", "PRODUCT", None),
             ("Nova 3", "PRODUCT", None), ("Orbit-3", "PRODUCT", None)]
    evs = _with_relations("此次发布紧随星河 Orbit-2 和天工 Nova 3 之后。", names)
    assert sorted((e.type, tuple(p.mention.text for p in e.participants)) for e in evs) == [
        ("ProductLaunch", ("天工", "Nova 3")), ("ProductLaunch", ("星河", "Orbit-2"))]
    (ev,) = _with_relations("星河发布了Orbit-2和Orbit-3。", names)  # one maker, one announcement
    assert [p.mention.text for p in ev.participants if p.role == "product"] == ["Orbit-2", "Orbit-3"]


def test_english_dates_after_a_months_abbreviation_and_a_numbers_comma():
    (ev,) = _events("Zentra recalled 97,000 vehicles in China on Monday.", [("Zentra", "ORG", "company")], "2026-01-20")
    assert ev.type == "Recall" and ev.date == "2026-01-19"
    (ev,) = _events("Zentra closed a Series C round led by Beichen on Dec. 31. It grew.",
                    [("Zentra", "ORG", "company"), ("Beichen", "ORG", "company")], "2026-01-20")
    assert ev.type == "Funding" and ev.date == "2025-12-31"
    (ev,) = _events("Wen Li became Zentra's CEO in March.", [("Zentra", "ORG", "company"), ("Wen Li", "PERSON", None)],
                    "2026-01-20")
    assert ev.type == "Appointment" and ev.date == "2025-03"
    (ev,) = _events("Zentra agreed to merge Beichen with Huayu.",
                    [("Zentra", "ORG", "company"), ("Beichen", "ORG", "company"), ("Huayu", "ORG", "company")])
    assert ev.type == "Merger"


def test_parties_of_a_deal_stand_in_its_clause_and_a_seller_buys_nothing():
    (ev,) = _events("甲公司宣布以约15亿欧元从控股公司乙公司手中收购丙公司约29%的股份。",
                    [("甲公司", "ORG", "company"), ("乙公司", "ORG", "company"), ("丙公司", "ORG", "company")])
    assert {(p.role, p.mention.text) for p in ev.participants} == {("acquirer", "甲公司"), ("target", "丙公司")}
    # "从A收购X，到B…": the next clause names no target
    assert not _events("从甲公司收购X的开发商，到乙公司纷纷入局，赛道在重塑。",
                       [("甲公司", "ORG", "company"), ("乙公司", "ORG", "company")])
    # a listing's exchange is the one of its clause
    (ev,) = _events("甲公司于2025年5月23日在港交所挂牌，成为当年港股最大的IPO之一。",
                    [("甲公司", "ORG", "company"), ("港交所", "ORG", "exchange"), ("港股", "ORG", "exchange")])
    assert {p.mention.text for p in ev.participants if p.role == "exchange"} == {"港交所"}


def test_investors_listed_with_aliases_and_a_citations_source():
    (ev,) = _events("本轮由甲资本（Jia Capital）和乙资本联合领投。",
                    [("甲资本", "ORG", "company"), ("Jia Capital", "ORG", "company"), ("乙资本", "ORG", "company")])
    assert {(p.role, p.mention.text) for p in ev.participants} == {("investor", "甲资本"), ("investor", "乙资本")}
    (ev,) = _events("星河日报：《北辰科技完成10亿元B轮融资，甲资本、乙资本领投》，2026年1月20日",
                    [("星河日报", "ORG", "organization"), ("北辰科技", "ORG", "company"), ("甲资本", "ORG", "company"),
                     ("乙资本", "ORG", "company")], "2026-02-01")
    assert "星河日报" not in {p.mention.text for p in ev.participants}
    assert ev.date == "2026-01-20"


def test_dated_table_rows_are_events():
    text = ("| 公司 | 上市地 | 上市日期 | 募资额 |\n|---|---|---|---|\n| 甲公司 | 港交所 | 2020年12月11日 | 约50亿港元 |\n\n"
            "| 收购方 | 标的 | 时间 |\n|---|---|---|\n| 乙公司 | 丙公司 | 2025年7月完成 |\n| 丁公司 | 戊公司 | 2025年3月宣布 |\n")
    evs = _events(text, [("甲公司", "ORG", "company"), ("港交所", "ORG", "exchange"), ("乙公司", "ORG", "company"),
                         ("丙公司", "ORG", "company"), ("丁公司", "ORG", "company"), ("戊公司", "ORG", "company")])
    got = {(e.type, e.date, tuple(p.mention.text for p in e.participants)) for e in evs}
    assert got == {("Listing", "2020-12-11", ("甲公司", "港交所")), ("Acquisition", "2025-07", ("乙公司", "丙公司"))}
    (listing,) = [e for e in evs if e.type == "Listing"]
    assert [(a.value, a.currency) for a in listing.amounts] == [(5e9, "HKD")]


def test_called_off_planned_and_possible_deals_are_no_events():
    orgs = [("甲公司", "ORG", "company"), ("乙公司", "ORG", "company")]
    assert not _events("甲公司与乙公司的换股吸收合并在推进半年后，于2025年12月宣告终止。", orgs)
    assert _events("今年9月，甲公司完成对乙公司的换股吸收合并，乙公司股票随即终止上市。", orgs, "2025-10-20")
    en = [("Acme", "ORG", "company"), ("Beta", "ORG", "company")]
    assert not _events("Acme's planned share-swap merger with Beta was called off.", en)
    assert not _events("Acme's long-delayed Hong Kong IPO may finally price in 2026.", en)


def test_an_appointment_named_with_an_aside_takes_the_sentences_one_date():
    (ev,) = _events("Acme also named Jane Roe, previously a senior director at Beta, as chief operating officer in "
                    "February.", [("Acme", "ORG", "company"), ("Beta", "ORG", "company"), ("Jane Roe", "PERSON", None)],
                    "2026-03-01")
    assert (ev.type, ev.date) == ("Appointment", "2026-02")


def test_holdings_quotes_and_proceeds_to_come_are_no_events():
    orgs = [("甲公司", "ORG", "company"), ("乙公司", "ORG", "company")]
    assert not [e for e in _events("2025年10月，甲公司持有乙公司约27%的股份。", orgs) if e.type == "Funding"]
    assert not _events("分析师陈晓婷指出：“甲公司上市只是起点。", orgs)
    assert not _events("甲公司创始人表示，募资将主要用于推进临床。", orgs)


def test_last_week_and_a_period_ended_date_an_event():
    (ev,) = _events("Acme recalled more than 38,000 cars last week.", [("Acme", "ORG", "company")], "2026-04-14")
    assert (ev.type, ev.date) == ("Recall", "2026-04")
    (ev,) = _events("甲公司于2025年11月25日公布截至9月30日的季度业绩，当季收入398亿元。",
                    [("甲公司", "ORG", "company")], "2025-12-01")
    assert (ev.type, ev.date) == ("Earnings", "2025-11-25")


def test_each_clause_launches_its_own_product_and_table_rounds_are_fundings():
    evs = _events("1. **甲公司：** 2025年1月20日发布推理模型X-R1，8月推出X-V3.1，12月1日发布X-V3.2。",
                  [("甲公司", "ORG", "company"), ("X-R1", "PRODUCT", None), ("X-V3.1", "PRODUCT", None),
                   ("X-V3.2", "PRODUCT", None)], "2026-01-15")
    assert sorted((e.date, e.participants[-1].mention.text) for e in evs) == [
        ("2025-01-20", "X-R1"), ("2025-08", "X-V3.1"), ("2025-12-01", "X-V3.2")]
    text = "| 公司 | 轮次 | 领投方 | 时间 |\n|---|---|---|---|\n| 甲公司 | B轮 | 乙资本、丙基金 | 2025年12月 |\n"
    (ev,) = _events(text, [("甲公司", "ORG", "company"), ("乙资本", "ORG", "company"), ("丙基金", "ORG", "company")])
    assert (ev.type, ev.date) == ("Funding", "2025-12")
    assert {(p.role, p.mention.text) for p in ev.participants} == {("investee", "甲公司"), ("investor", "乙资本"),
                                                                   ("investor", "丙基金")}



def test_reports_and_taking_office():
    org, person = ("甲公司", "ORG", "company"), ("王立恒", "PERSON", None)
    for text, names, etype, date in (
            ("甲公司于2026年3月28日公布2025年年报，全年营业收入18.2亿元。", [org], "Earnings", "2026-03-28"),
            ("据甲公司2026年2月26日发布的财报，第四季度总营收为327亿元。", [org], "Earnings", "2026-02-26"),  # its own report
            ("甲公司CEO王立恒于2025年3月上任。", [org, person], "Appointment", "2025-03")):
        assert (etype, date) in {(e.type, e.date) for e in _events(text, names, "2026-04-01")}, text
    assert not _events("王立恒上任以来，甲公司股价上涨了一倍。", [org, person], "2026-04-01")  # in office since


@pytest.mark.parametrize("text,date", [
    ("Northwind rolled out its new Lumo 08 sedan in January.", "2026-01"),
    ("Northwind began selling the Lumo 08 in China on Friday.", "2026-03-06"),
])
def test_english_launches_rolled_out_or_first_sold(text, date):
    (ev,) = _events(text, [("Northwind", "ORG", "company"), ("Lumo 08", "PRODUCT", None)], "2026-03-10")
    assert ev.type == "ProductLaunch" and ev.date == date
    assert {(p.role, p.mention.text) for p in ev.participants} == {("company", "Northwind"), ("product", "Lumo 08")}


def test_the_product_a_launch_happens_in_is_no_product_launched():
    (ev,) = _events("星河科技在云信中上线“云宝”助手。", [("星河科技", "ORG", "company"), ("云信", "PRODUCT", None),
                                                   ("云宝", "PRODUCT", None)])
    assert {(p.role, p.mention.text) for p in ev.participants} == {("company", "星河科技"), ("product", "云宝")}


@pytest.mark.parametrize("text", ["王伟升任星河云总裁。", "3月1日，王伟正式履新星河云总裁。", "王伟晋升为星河云总裁。"])
def test_promotions_are_appointments(text):
    (ev,) = _events(text, [("王伟", "PERSON", None), ("星河云", "ORG", "company")], "2026-03-10")
    assert ev.type == "Appointment"
    assert {(p.role, p.mention.text) for p in ev.participants} == {("person", "王伟"), ("organization", "星河云")}


@pytest.mark.parametrize("text,product", [
    ("2026年1月6日，星河科技与北辰大学在CES展会上联合发布了推理服务器Orbit X2。", "Orbit X2"),
    ("星河科技与北辰大学联合展示的基于新技术的智能眼镜引起关注。", None),
    ("星河科技与北辰大学合作推出AI眼镜。", None),
])
def test_a_joint_launch_is_one_launch_by_both_partners(text, product):
    names = [("星河科技", "ORG", "company"), ("北辰大学", "ORG", "university"), ("Orbit X2", "PRODUCT", None)]
    (ev,) = _with_relations(text, names, "2026-01-10")
    assert ev.type == "ProductLaunch"
    assert {p.mention.text for p in ev.participants if p.role == "company"} == {"星河科技", "北辰大学"}
    assert [p.mention.text for p in ev.participants if p.role == "product"] == ([product] if product else [])
    assert ev.label.startswith("星河科技、北辰大学")


def test_a_joint_report_or_a_planned_cooperation_is_no_event():
    names = [("星河科技", "ORG", "company"), ("北辰大学", "ORG", "university")]
    assert not _with_relations("据星河科技与北辰大学联合发布的数据显示，用户增长明显。", names)
    assert not _with_relations("星河科技将与北辰大学在人工智能方面开展深度合作。", names)
    (lab,) = _with_relations("星河科技与北辰大学共建联合实验室。", names)
    assert lab.type == "Partnership"


def test_a_show_named_with_its_year_dates_its_launch():
    (ev,) = _events("CES 2026展会上，星河科技发布了Orbit X2。", [("星河科技", "ORG", "company"),
                                                            ("Orbit X2", "PRODUCT", None)], "2026-03-01")
    assert ev.date == "2026"


def test_an_anniversary_of_a_launch_is_no_launch_that_day():
    names = [("星河科技", "ORG", "company"), ("Orbit X2", "PRODUCT", None)]
    assert not _events("1月20日，星河科技Orbit X2发布一周年。", names, "2026-01-25")
    assert [e.type for e in _events("1月20日，星河科技发布Orbit X2。", names, "2026-01-25")] == ["ProductLaunch"]


@pytest.mark.parametrize("text", ["王伟已正式加入星河云，任首席AI科学家。", "星河云挖走了北辰科技的模型负责人王伟。"])
def test_a_hire_with_its_post_or_a_poached_leader_is_an_appointment(text):
    names = [("王伟", "PERSON", None), ("星河云", "ORG", "company"), ("北辰科技", "ORG", "company")]
    (ev,) = _events(text, names, "2026-03-10")
    assert ev.type == "Appointment"
    assert ("person", "王伟") in {(p.role, p.mention.text) for p in ev.participants}


def test_a_successor_named_for_later_is_no_appointment_yet():
    names = [("王伟", "PERSON", None), ("李强", "PERSON", None), ("星河云", "ORG", "company")]
    assert not _events("星河云宣布，王伟将接替李强出任CEO。", names, "2026-03-10")


def test_a_partnership_needs_two_different_parties():
    names = [("Zentra", "ORG", "company")]
    assert not [e for e in _events("Zentra struck a partnership with the Zentra app team.", names, "2026-03-10")
                if e.type == "Partnership"]


def test_each_clause_of_a_handover_names_its_own_person():
    names = [("星河云", "ORG", "company"), ("许嘉", "PERSON", None), ("陈立恒", "PERSON", None)]
    events = _events("12月8日，星河云宣布，联合创始人许嘉获任首席执行官，原CEO陈立恒因个人原因辞任。", names, "2025-12-20")
    got = {(e.type, p.mention.text) for e in events for p in e.participants if p.role == "person"}
    assert got == {("Appointment", "许嘉"), ("Resignation", "陈立恒")}


def test_a_second_post_announced_is_an_appointment():
    names = [("星河云", "ORG", "company"), ("王伟", "PERSON", None)]
    (ev,) = _events("星河云于2月9日宣布，集团副总裁王伟兼任云业务负责人。", names, "2026-02-20")
    assert ev.type == "Appointment" and ev.date == "2026-02-09"
    assert not _events("王伟目前兼任星河云CTO。", names, "2026-02-20")


def test_late_rounds_and_investors_listed_as_participating():
    names = [("Zentra", "ORG", "company"), ("Addition", "ORG", None), ("T. Rowe Price", "ORG", None),
             ("Square Peg", "ORG", None)]
    (ev,) = _events("Zentra closed a $330 million Series G round in December 2025 led by Addition, "
                    "with T. Rowe Price and Square Peg participating.", names, "2026-02-20")
    assert ev.type == "Funding" and ev.date == "2025-12"
    assert {p.mention.text for p in ev.participants if p.role == "investor"} == {"Addition", "T. Rowe Price", "Square Peg"}


def test_joining_an_organization_as_an_officer_is_an_appointment_there():
    names = [("Zhou Lan", "PERSON", None), ("Zentra", "ORG", "company"), ("Beichen Cloud", "ORG", "company")]
    (ev,) = _events("Zhou Lan, who headed Zentra's overseas unit, left in January to join Beichen Cloud as a vice president.",
                    names, "2026-02-20")
    assert ev.type == "Appointment" and ev.date == "2026-01"
    assert ("organization", "Beichen Cloud") in {(p.role, p.mention.text) for p in ev.participants}


@pytest.mark.parametrize("text,etype", [
    ("Vexa and Lumora debuted in Hong Kong on Thursday.", "Listing"),
    ("Jane Holt took over as chief executive of Vexa on Sunday.", "Appointment"),
    ("Vexa on Monday named Luca de Meo as its chief executive.", "Appointment"),
    ("Vexa on Monday dismissed chief executive Jane Holt with immediate effect.", "Resignation"),
    ("星河云9月1日宣布，立即解雇首席执行官王伟。", "Resignation"),
    ("星河云上周五宣布，在中国市场回收一款儿童衣柜。", "Recall"),
])
def test_debuts_takeovers_of_a_post_dismissals_and_goods_taken_back(text, etype):
    names = [("Vexa", "ORG", "company"), ("Lumora", "ORG", "company"), ("Jane Holt", "PERSON", None),
             ("Luca de Meo", "PERSON", None), ("星河云", "ORG", "company"), ("王伟", "PERSON", None)]
    assert etype in {e.type for e in _events(text, names, "2025-09-05")}


def test_an_exchange_reports_its_own_earnings_in_yen_or_dollars():
    (ev,) = _events("Vexa Exchange said on Wednesday its net profit rose to 2.5 trillion yen.",
                    [("Vexa Exchange", "ORG", "exchange")], "2025-09-05")
    assert ev.type == "Earnings" and [(a.value, a.currency) for a in ev.amounts] == [(2.5e12, "JPY")]


def test_a_clause_names_its_date_more_exactly_than_a_shows_year():
    (ev,) = _events("星河科技3月16日在GTC 2026大会上发布Orbit X2。", [("星河科技", "ORG", "company"),
                                                                ("Orbit X2", "PRODUCT", None)], "2026-03-20")
    assert ev.date == "2026-03-16"


def test_where_a_company_is_listed_said_of_it_is_no_listing_unless_dated():
    names = [("星河云", "ORG", "company"), ("港交所", "ORG", "exchange")]
    assert "Listing" not in {e.type for e in _events("在港交所上市的星河云于2026年3月25日公布财报，全年营收120亿元。", names, "2026-03-30")}
    assert ("Listing", "2026-01-09") in {(e.type, e.date) for e in _events(
        "2026年1月9日在港交所挂牌的星河云于上月发布新模型。", names, "2026-03-30")}


def test_a_summons_is_no_lawsuit():
    names = [("市场监管总局", "ORG", "government"), ("星河云", "ORG", "company")]
    assert not _events("市场监管总局约谈星河云等平台企业，要求规范竞争行为。", names, "2026-03-30")
    assert [e.type for e in _events("市场监管总局对星河云立案调查。", names, "2026-03-30")] == ["Lawsuit"]


def test_what_two_partners_made_together_described_is_no_new_deal():
    names = [("星河科技", "ORG", "company"), ("北辰眼镜", "ORG", "company")]
    assert not _with_relations("星河科技与北辰眼镜联合开发的智能眼镜累计销量已超过200万副，星河科技还在2025年扩大了产能。", names)


def test_partners_of_a_launched_product_described_are_its_makers():
    names = [("星河汽车", "ORG", "company"), ("北辰科技", "ORG", "company"), ("星河H5", "PRODUCT", None)]
    (ev,) = _with_relations("9月23日，星河汽车与北辰科技联合打造的首款车型星河H5正式上市。", names, "2025-09-30")
    assert ev.type == "ProductLaunch" and ev.date == "2025-09-23"
    assert {p.mention.text for p in ev.participants if p.role == "company"} == {"星河汽车", "北辰科技"}


def test_a_month_is_refined_by_the_same_partys_exact_date_elsewhere():
    names = [("Klarvo", "ORG", "company"), ("Lumora", "ORG", "company"), ("New York Stock Exchange", "ORG", "exchange"),
             ("港交所", "ORG", "exchange")]
    events = _events("Klarvo listed on the New York Stock Exchange in September 2025. "
                     "Klarvo shares rose on Sept. 10, 2025, its first day of trading on the New York Stock Exchange after its IPO.",
                     names, "2026-01-10")
    assert {e.date for e in events if e.type == "Listing"} == {"2025-09-10"}
    # ... not by another company's listing on the same exchange
    events = _events("Klarvo listed on the New York Stock Exchange in September 2025. "
                     "Lumora's IPO on the New York Stock Exchange came on Sept. 10, 2025.", names, "2026-01-10")
    assert {(p.mention.text, e.date) for e in events for p in e.participants if p.role == "company"} == {
        ("Klarvo", "2025-09"), ("Lumora", "2025-09-10")}


def test_a_quarterly_business_update_reports_earnings():
    (ev,) = _events("港股上市公司星河玩具10月21日发布第三季度业务更新，整体收益同比增长245%至250%。",
                    [("星河玩具", "ORG", "company")], "2025-10-25")
    assert ev.type == "Earnings" and ev.date == "2025-10-21"
    assert not _events("星河玩具的投资收益率为5%。", [("星河玩具", "ORG", "company")], "2025-10-25")


def test_companies_listed_together_each_have_their_listing():
    names = [("星河智行", "ORG", "company"), ("Xinghe", "ORG", "company"), ("北辰知行", "ORG", "company"),
             ("港交所", "ORG", "exchange")]
    events = _with_relations("11月6日，自动驾驶公司星河智行（Xinghe）和北辰知行同日在港交所挂牌上市。", names, "2025-11-10")
    got = {(p.mention.text, e.date) for e in events if e.type == "Listing" for p in e.participants if p.role == "company"}
    assert got == {("星河智行", "2025-11-06"), ("北辰知行", "2025-11-06")}


@pytest.mark.parametrize("text", ["Zentra's toolkit remains the biggest hurdle for developers raised on CUDA.",
                                  "Zentra dismissed Jane Holt after an investigation into an undisclosed relationship."])
def test_raised_on_and_an_internal_inquiry_are_no_round_or_lawsuit(text):
    names = [("Zentra", "ORG", "company"), ("Jane Holt", "PERSON", None)]
    assert not {e.type for e in _events(text, names, "2026-01-10")} & {"Funding", "Lawsuit"}


def test_a_party_named_twice_is_one_partner():
    names = [("Zentra", "ORG", "company"), ("Lumora", "ORG", "company")]
    (ev,) = _events("Zentra has struck a partnership with Lumora to put Zentra's robotaxis on the Lumora app.", names, "2025-08-05")
    assert [p.mention.text for p in ev.participants] == ["Zentra", "Lumora"]


def test_a_suit_brought_to_a_court_names_who_sued_and_a_join_with_a_charge_appoints():
    names = [("星河云", "ORG", "company"), ("北辰科技", "ORG", "company"), ("海淀区人民法院", "ORG", "government"),
             ("王伟", "PERSON", None)]
    (ev,) = _events("2月3日，星河云以不正当竞争为由将北辰科技诉至海淀区人民法院。", names, "2026-02-10")
    assert ev.type == "Lawsuit" and {p.mention.text for p in ev.participants} == {"星河云", "北辰科技", "海淀区人民法院"}
    (ev,) = _events("北辰科技创始人王伟随即加入星河云，负责新组建的实验室。", names, "2026-02-10")
    assert ev.type == "Appointment" and ("organization", "星河云") in {(p.role, p.mention.text) for p in ev.participants}


def test_an_agreement_to_merge_dated_between():
    names = [("Union Pacific", "ORG", "company"), ("Norfolk Southern", "ORG", "company")]
    (ev,) = _events("Union Pacific and Norfolk Southern agreed on Tuesday to merge in a cash-and-stock deal.", names, "2025-07-31")
    assert ev.type == "Merger" and ev.date == "2025-07-29"


@pytest.mark.parametrize("text,names", [
    ("Zentra and Vexa reached a strategic partnership.", [("Zentra", "ORG", "company"), ("Vexa", "ORG", "company")]),
    ("Zentra and Vexa extended their partnership.", [("Zentra", "ORG", "company"), ("Vexa", "ORG", "company")]),
    ("星河手机与北辰搜索正式官宣合作。", [("星河手机", "ORG", "company"), ("北辰搜索", "ORG", "company")]),
])
def test_partnerships_reached_extended_or_made_official_are_events(text, names):
    assert [e.type for e in _with_relations(text, names)] == ["Partnership"]



@pytest.mark.parametrize("text,names", [
    ("Zentra, an early backer of Vexa, owns about 27% of the company.", [("Zentra", "ORG", "company"), ("Vexa", "ORG", "company")]),
    ("Vexa's investors include Zentra and Lumora.", [("Zentra", "ORG", "company"), ("Vexa", "ORG", "company"), ("Lumora", "ORG", "company")]),
    ("北辰科技的股东包括星河资本和南山创投。", [("北辰科技", "ORG", "company"), ("星河资本", "ORG", "company"), ("南山创投", "ORG", "company")]),
])
def test_who_backs_a_company_is_no_funding_event(text, names):
    rels, events = _relations_and_events(text, names)
    assert {r.predicate for r in rels} == {"investsIn"}
    assert not events


@pytest.mark.parametrize("text", ["1月8日晚，星河科技召开新品发布会。会上，星河科技发布了Orbit 9。",
                                  "1月8日，星河科技召开年度发布会。星河科技在发布会上推出了Orbit 9。",
                                  "On January 8, Zentra held a launch event. Zentra unveiled the Orbit 9 at the event.",
                                  "1月8日晚，星河科技召开新品发布会。星河科技发布了Orbit 9。",
                                  "On January 8, Zentra held a launch event in Beijing. Zentra unveiled the Orbit 9."])
def test_a_launch_at_the_occasion_the_sentence_before_dates_takes_its_date(text):
    names = [("星河科技", "ORG", "company"), ("Zentra", "ORG", "company"), ("Orbit 9", "PRODUCT", None)]
    (ev,) = _events(text, names, "2026-01-10")
    assert (ev.type, ev.date) == ("ProductLaunch", "2026-01-08")


def test_an_undated_launch_without_the_occasion_stays_undated():
    events = _events("1月8日，星河科技发布了财报。星河科技推出了Orbit 9。",
                     [("星河科技", "ORG", "company"), ("Orbit 9", "PRODUCT", None)], "2026-01-10")
    assert [e.date for e in events if e.type == "ProductLaunch"] == [None]


def test_results_a_company_published_are_earnings_without_amounts():
    (ev,) = _events("星河控股公布的第三季度业绩显示，总收入同比增长15%。", [("星河控股", "ORG", "company")])
    assert ev.type == "Earnings" and [p.mention.text for p in ev.participants] == ["星河控股"]
    assert not _events("星河控股的业绩持续增长。", [("星河控股", "ORG", "company")])


def test_a_companys_listed_partners_make_no_partnership_event():
    names = [("星河科技", "ORG", "company"), ("云帆科技", "ORG", "company"), ("北辰银行", "ORG", "company")]
    relations, events = _relations_and_events("星河科技的合作伙伴包括云帆科技和北辰银行。", names)
    assert {(r.subject.text, r.object.text) for r in relations} == {("星河科技", "云帆科技"), ("星河科技", "北辰银行")}
    assert [e for e in events if e.type == "Partnership"] == []


@pytest.mark.parametrize("text", [
    "Zentra agreed to buy $30 billion of computing capacity from Vexaro over five years.",
    "Zentra bought 350,000 GPUs from Vexaro.",
])
def test_buying_goods_by_the_amount_is_no_acquisition(text):
    names = [("Zentra", "ORG", "company"), ("Vexaro", "ORG", "company")]
    assert [e for e in _events(text, names) if e.type == "Acquisition"] == []


def test_buying_a_share_of_a_company_is_still_an_acquisition():
    names = [("Zentra", "ORG", "company"), ("Vexaro", "ORG", "company")]
    (ev,) = _events("Zentra agreed to buy 51% of Vexaro for $2 billion.", names)
    assert ev.type == "Acquisition"


@pytest.mark.parametrize("text,investee,investors", [
    ("Lumora raised $500 million. The round was led by Vexaro, with participation from Tessaro and Quillon.",
     "Lumora", {"Vexaro", "Tessaro", "Quillon"}),
    ("Lumora closed a new funding round on Thursday. Investors include Vexaro, Tessaro and Quillon.",
     "Lumora", {"Vexaro", "Tessaro", "Quillon"}),
    ("云帆科技完成5亿美元C轮融资。本轮融资由北辰资本领投，星河创投和启明基金跟投。",
     "云帆科技", {"北辰资本", "星河创投", "启明基金"}),
    ("云帆科技完成新一轮融资。投资方包括北辰资本、星河创投和启明基金。",
     "云帆科技", {"北辰资本", "星河创投", "启明基金"}),
])
def test_a_rounds_investors_named_in_the_next_sentence_join_its_event(text, investee, investors):
    names = [(n, "ORG", "company") for n in {investee} | investors]
    relations, events = _relations_and_events(text, names)
    (ev,) = [e for e in events if e.type == "Funding"]
    assert {p.mention.text for p in ev.participants if p.role == "investee"} == {investee}
    assert {p.mention.text for p in ev.participants if p.role == "investor"} == investors
    # a relation is what one sentence states: none across the two
    assert not [r for r in relations if r.predicate == "investsIn"]


def test_other_companies_after_a_round_are_no_investors():
    names = [("Lumora", "ORG", "company"), ("Vexaro", "ORG", "company"), ("Tessaro", "ORG", "company")]
    _, events = _relations_and_events(
        "Lumora raised $500 million. The round, with participation from Vexaro, will help it compete with Tessaro.", names)
    (ev,) = [e for e in events if e.type == "Funding"]
    assert {p.mention.text for p in ev.participants if p.role == "investor"} == {"Vexaro"}
    _, events = _relations_and_events("Lumora raised $500 million.\n\nThe round was led by Vexaro.", names)
    assert all("Vexaro" not in {p.mention.text for p in e.participants} or "Lumora" not in {
        p.mention.text for p in e.participants} for e in events)


@pytest.mark.parametrize("text,names,partners", [
    ("Volkswagen's software unit Cariad partnered with Rivian.",
     [("Volkswagen", "ORG", "company"), ("Cariad", "ORG", "company"), ("Rivian", "ORG", "company")], {"Cariad", "Rivian"}),
    ("阿里巴巴旗下的阿里云与宝马达成战略合作。",
     [("阿里巴巴", "ORG", "company"), ("阿里云", "ORG", "company"), ("宝马", "ORG", "company")], {"阿里云", "宝马"}),
])
def test_a_units_parent_is_no_partner(text, names, partners):
    relations, events = _relations_and_events(text, names)
    (ev,) = [e for e in events if e.type == "Partnership"]
    assert {p.mention.text for p in ev.participants} == partners
    assert {frozenset((r.subject.text, r.object.text)) for r in relations if r.predicate == "partnerOf"} == {frozenset(partners)}
    assert not [r for r in relations if r.predicate == "subsidiaryOf" and r.subject.text in ("Rivian", "宝马")]


def test_a_successor_after_you_and_a_plain_join_are_appointments():
    names = [("星河科技", "ORG", "company"), ("王立", "PERSON", None), ("李明", "PERSON", None)]
    (ev,) = [e for e in _events("星河科技AI主管王立已于上月退休，由李明接任。", names) if e.type == "Appointment"]
    assert {p.mention.text for p in ev.participants if p.role == "person"} == {"李明"}
    (ev,) = _events("前云帆科技技术负责人李明已正式加入星河科技。", names + [("云帆科技", "ORG", "company")])
    assert ev.type == "Appointment" and {p.mention.text for p in ev.participants if p.role == "person"} == {"李明"}
    assert _events("中国已正式加入该组织。", names) == []


@pytest.mark.parametrize("text,person", [
    ("Vexaro poached Jane Holt from Lumora.", "Jane Holt"),
    ("Vexaro promoted Jane Holt to vice chair.", "Jane Holt"),
    ("Vexaro tapped Jane Holt to lead its consumer unit.", "Jane Holt"),
    ("Mark Reed recruited Jane Holt to lead Vexaro's lab.", "Jane Holt"),
    ("Jane Holt succeeded Mark Reed as Vexaro CEO in 2014.", "Jane Holt"),
    ("Jane Holt took the helm of Vexaro in 2019.", "Jane Holt"),
])
def test_english_hires_name_the_person_hired(text, person):
    names = [("Vexaro", "ORG", "company"), ("Lumora", "ORG", "company"), ("Jane Holt", "PERSON", None),
             ("Mark Reed", "PERSON", None)]
    (ev,) = [e for e in _events(text, names) if e.type == "Appointment"]
    assert {p.mention.text for p in ev.participants if p.role == "person"} == {person}
    assert "Lumora" not in {p.mention.text for p in ev.participants}


def test_promoting_a_product_is_no_appointment():
    assert _events("Vexaro promoted its new chips at the fair.", [("Vexaro", "ORG", "company")]) == []


def test_an_approved_agreement_and_a_future_stake_make_no_event():
    names = [("联邦委员会", "ORG", "government"), ("星河海军", "ORG", None), ("北辰资本", "ORG", "company"),
             ("云帆科技", "ORG", "company")]
    assert _events("联邦委员会批准星河海军合作协议。", names) == []
    assert _events("北辰资本和云帆科技将作为管理投资方入股该合资企业。", names) == []


def test_funding_by_object_bonds_and_ipo_proceeds():
    names = [("星河科技", "ORG", "company"), ("云帆科技", "ORG", "company")]
    relations, events = _relations_and_events("星河科技完成了对云帆科技的战略投资。", names)
    (ev,) = events
    assert {(p.role, p.mention.text) for p in ev.participants} == {("investor", "星河科技"), ("investee", "云帆科技")}
    assert {(r.subject.text, r.predicate, r.object.text) for r in relations} == {("星河科技", "investsIn", "云帆科技")}
    assert _events("星河科技通过发行债券融资20亿元。", names) == []
    assert _events("星河科技获得银行贷款融资5亿元。", names) == []
    assert _events("星河科技于1月8日在港交所挂牌，募资约10亿美元。", names + [("港交所", "ORG", "exchange")])[0].type == "Listing"
    assert [e.type for e in _events("星河科技于1月8日在港交所挂牌，募资约10亿美元。", names + [("港交所", "ORG", "exchange")])] == ["Listing"]


@pytest.mark.parametrize("text", [
    "Vexaro reported a 30% rise in third-quarter revenue on Tuesday.",
    "Vexaro's quarterly profit fell 50% as it spent heavily on AI.",
    "Vexaro posted net income of 63 billion yuan for the quarter.",
    "星河科技本季度经调整净利润下滑53%。",
    "星河科技2025年上半年营收同比增长43倍。",
])
def test_a_result_reported_by_its_change_is_earnings(text):
    names = [("Vexaro", "ORG", "company"), ("星河科技", "ORG", "company")]
    (ev,) = _events(text, names, "2026-01-10")
    assert ev.type == "Earnings" and [p.mention.text for p in ev.participants] in (["Vexaro"], ["星河科技"])




def test_a_person_who_left_a_company_resigned_not_one_who_left_a_place():
    names = [("Jane Holt", "PERSON", None), ("Vexaro", "ORG", "company"), ("Paris", "LOC", None)]
    (ev,) = _events("Jane Holt left Vexaro to start her own company.", names)
    assert ev.type == "Resignation" and {p.mention.text for p in ev.participants} == {"Jane Holt", "Vexaro"}
    assert _events("Jane Holt left Paris on Tuesday.", names) == []


def test_a_timeline_row_dates_its_event_and_its_company_does_it():
    text = ("| 时间 | 公司 | 事件 |\n|------|------|------|\n| 2025年12月3日 | 星河科技 | 发布星河2.6 |\n"
            "| 2025年12月18日 | 云帆科技 | 推出云帆大模型1.8 |\n")
    evs = _events(text, [("星河科技", "ORG", "company"), ("云帆科技", "ORG", "company"), ("星河2.6", "PRODUCT", None),
                         ("云帆大模型1.8", "PRODUCT", None)], "2026-01-10")
    got = {(e.type, e.date, tuple(sorted((p.role, p.mention.text) for p in e.participants))) for e in evs}
    assert got == {("ProductLaunch", "2025-12-03", (("company", "星河科技"), ("product", "星河2.6"))),
                   ("ProductLaunch", "2025-12-18", (("company", "云帆科技"), ("product", "云帆大模型1.8")))}


def test_a_launch_column_with_year_month_dates():
    text = "| 发布时间 | 产品 | 厂商 |\n|---|---|---|\n| 2025.12 | Vexa 3 Flash | Vexaro |\n| 2026.01 | GLM-9 | 星河科技 |\n"
    evs = _events(text, [("Vexa 3 Flash", "PRODUCT", None), ("Vexaro", "ORG", "company"), ("GLM-9", "PRODUCT", None),
                         ("星河科技", "ORG", "company")], "2026-02-01")
    assert {(e.date, frozenset(p.mention.text for p in e.participants)) for e in evs} == {
        ("2025-12", frozenset({"Vexaro", "Vexa 3 Flash"})), ("2026-01", frozenset({"星河科技", "GLM-9"}))}


def test_an_organization_that_opens_the_sentence_launches_though_a_lexicon_company_follows():
    text = ("Klarvo, which listed on the New York Stock Exchange in September 2025, launched KlarvoUSD "
            "on Stripe's Tempo blockchain in November 2025.")
    evs = _events(text, [("Klarvo", "ORG", None), ("New York Stock Exchange", "ORG", "exchange"),
                         ("KlarvoUSD", "PRODUCT", None), ("Stripe", "ORG", "company"), ("Tempo", "PRODUCT", None)],
                  "2025-12-01")
    (launch,) = [e for e in evs if e.type == "ProductLaunch"]
    assert ("company", "Klarvo") in {(p.role, p.mention.text) for p in launch.participants}
    assert "Stripe" not in {p.mention.text for p in launch.participants}
    # a model's organization that does not open the sentence still gives way to the company
    evs = _events("在中国通信学会学术年会上，星河科技发布了星河3。",
                  [("中国通信学会", "ORG", None), ("星河科技", "ORG", "company"), ("星河3", "PRODUCT", None)])
    assert {p.mention.text for e in evs for p in e.participants} == {"星河科技", "星河3"}


def test_an_entered_joint_venture_is_a_partnership_event():
    _, (ev,) = _relations_and_events("Vexaro entered a joint venture with Norvik to build servers in Mexico.",
                                     [("Vexaro", "ORG", "company"), ("Norvik", "ORG", "company")])
    assert ev.type == "Partnership" and {p.mention.text for p in ev.participants} == {"Vexaro", "Norvik"}


def test_a_product_that_launches_a_campaign_is_not_launched():
    names = [("星河科技", "ORG", "company"), ("星河助手", "PRODUCT", None)]
    assert _events("春节期间，星河科技星河助手推出红包活动。", names) == []
    (ev,) = _events("星河科技于1月15日为星河助手上线“任务助理”功能。", names, "2026-01-20")
    assert ev.type == "ProductLaunch" and "星河助手" in {p.mention.text for p in ev.participants}


def test_a_date_line_above_dates_the_sentence_and_a_product_named_with_its_maker_is_one():
    names = [("星河科技", "ORG", "company"), ("星河-V3", "PRODUCT", None), ("V3", "PRODUCT", None)]
    (ev,) = _events("**2025年12月1日**\n星河科技正式发布了星河-V3。", names[:2])
    assert ev.date == "2025-12-01"
    text = "### 2025年12月：Vexa发布V3\nVexa正式发布了Vexa-V3，性能大幅提升。"
    heading_v3 = text.index("V3")
    mentions = sorted(_mentions(text, [("Vexa", "ORG", "company"), ("Vexa-V3", "PRODUCT", None)])
                      + [Mention("d", heading_v3, heading_v3 + 2, "V3", "PRODUCT", "en", "test", None)],
                      key=lambda m: m.start)
    mentions = [m for m in mentions if not (m.text == "Vexa" and text[m.end:m.end + 3] == "-V3")]
    segs = split_segments(Document("d", text, date="2026-01-10"))
    evs = extract_events(text, [ParsedSegment(x, (), ()) for x in segs], mentions, "2026-01-10")
    assert [e.date for e in evs] == ["2025-12", "2025-12"]


def test_investors_a_company_has_had_make_no_round():
    relations, events = _relations_and_events("云帆科技此前获得过星河资本的投资。",
                                              [("云帆科技", "ORG", "company"), ("星河资本", "ORG", "company")])
    assert relations and not [e for e in events if e.type == "Funding"]


def test_what_a_launch_is_built_with_takes_no_part():
    names = [("星河科技", "ORG", "company"), ("星河搜索", "PRODUCT", None), ("云帆科技", "ORG", "company"),
             ("云帆大模型", "PRODUCT", None), ("星河助手", "PRODUCT", None)]
    (ev,) = _events("星河科技借助云帆科技的云帆大模型推出了星河助手。", names)
    assert {(p.role, p.mention.text) for p in ev.participants} == {("company", "星河科技"), ("product", "星河助手")}
    # what a launched product is based on or carries stays ("推出基于X的Y", "推出搭载X的Y")
    (ev,) = _events("星河科技推出了搭载云帆大模型的星河助手。", names)
    assert {"云帆大模型", "星河助手"} <= {p.mention.text for p in ev.participants}


def test_a_valuation_or_market_value_is_no_money_moved():
    names = [("云帆科技", "ORG", "company"), ("星河资本", "ORG", "company"), ("港交所", "ORG", "exchange")]
    (ev,) = _events("云帆科技于1月完成了5亿美元C轮融资，投后估值达43亿美元，星河资本领投。", names, "2026-02-01")
    assert [(a.value, a.currency) for a in ev.amounts] == [(5e8, "USD")]
    (ev,) = _events("云帆科技于1月8日在港交所上市，首日市值突破3000亿元。", names, "2026-02-01")
    assert ev.amounts == ()
    (ev,) = _events("Vexaro completed its acquisition of Norvik in a deal valued at $290 million.",
                    [("Vexaro", "ORG", "company"), ("Norvik", "ORG", "company")])
    assert [(a.value, a.currency) for a in ev.amounts] == [(2.9e8, "USD")]


@pytest.mark.parametrize("text,names,etype", [
    ("Norvik brought in Jane Roe as chief AI officer in June.", [("Norvik", "ORG", "company"), ("Jane Roe", "PERSON", None)],
     "Appointment"),
    ("Norvik rehired John Hill as chief executive in October.", [("Norvik", "ORG", "company"), ("John Hill", "PERSON", None)],
     "Appointment"),
    ("Jane Roe was elevated to chair of Norvik in October.", [("Norvik", "ORG", "company"), ("Jane Roe", "PERSON", None)],
     "Appointment"),
    ("王立正式加盟星河科技，负责大模型团队。", [("星河科技", "ORG", "company"), ("王立", "PERSON", None)], "Appointment"),
    ("1月，星河科技宣布王立不再担任总裁。", [("星河科技", "ORG", "company"), ("王立", "PERSON", None)], "Resignation"),
])
def test_more_hires_and_departures(text, names, etype):
    (ev,) = _events(text, names, "2026-01-20")
    assert ev.type == etype and {p.mention.text for p in ev.participants} == {n for n, _, _ in names}


def test_whom_a_person_joins_not_whom_they_left():
    names = [("云帆科技", "ORG", "company"), ("星河科技", "ORG", "company"), ("王立", "PERSON", None)]
    (ev,) = _events("上月，曾任云帆科技副总裁的王立正式加盟星河科技，出任眼镜业务负责人。", names, "2026-01-20")
    assert ("organization", "星河科技") in {(p.role, p.mention.text) for p in ev.participants}
    assert "云帆科技" not in {p.mention.text for p in ev.participants}


def test_an_open_source_leaderboard_is_no_launch():
    names = [("星河科技", "ORG", "company"), ("天枢2.0", "PRODUCT", None)]
    assert _events("星河科技的天枢2.0在开源榜单上名列前茅。", names) == []
    assert [e.type for e in _events("1月8日，星河科技开源了天枢2.0。", names, "2026-01-20")] == ["ProductLaunch"]


@pytest.mark.parametrize("text", ["2月12日，星河科技官宣天枢2.0。", "2月12日，天枢2.0正式开启内测。",
                                  "星河科技在2月12日的发布会上带来了天枢2.0。"])
def test_more_launch_wordings(text):
    (ev,) = _events(text, [("星河科技", "ORG", "company"), ("天枢2.0", "PRODUCT", None)], "2026-03-01")
    assert (ev.type, ev.date) == ("ProductLaunch", "2026-02-12")


def test_an_announced_partnership_is_no_launch_and_a_market_brings_none():
    names = [("星河科技", "ORG", "company"), ("云帆科技", "ORG", "company"), ("天枢2.0", "PRODUCT", None)]
    assert not [e for e in _events("星河科技官宣与云帆科技合作。", names) if e.type == "ProductLaunch"]


def test_a_launch_at_the_same_time_takes_the_date_named_last():
    names = [("星河科技", "ORG", "company"), ("天枢2.0", "PRODUCT", None), ("天枢Code", "PRODUCT", None)]
    evs = _events("2026年1月27日，星河科技发布了天枢2.0。该模型采用MoE架构。星河科技同时发布了天枢Code。", names)
    assert [e.date for e in evs] == ["2026-01-27", "2026-01-27"]
    # "同时" that is no launch's time stays no date
    assert [d.iso for d in find_dates("同时，市场也在变化。", 0, 9, "2026-02-01")] == []


def test_investors_taking_part_in_a_round_and_a_stake_raised_on_the_market():
    names = [("星河科技", "ORG", "company"), ("云帆资本", "ORG", "company"), ("北辰创投", "ORG", "company")]
    (ev,) = _events("星河科技宣布完成30亿元C轮融资，本轮由云帆资本领投，北辰创投亦参与其中。", names)
    assert {(p.role, p.mention.text) for p in ev.participants} >= {("investor", "云帆资本"), ("investor", "北辰创投")}
    assert not [e for e in _events("云帆资本于11月6日增持星河科技H股约120万股。", names) if e.type == "Funding"]


def test_a_product_unveiled_on_a_day_in_an_aside_is_launched():
    names = [("Norvik", "ORG", "company"), ("Vela 3 Pro", "PRODUCT", None)]
    evs = _events("Norvik's Vela 3 Pro, unveiled on Tuesday, jumped to the top of the leaderboard.", names, "2025-11-19")
    (ev,) = [e for e in evs if e.type == "ProductLaunch"]
    assert {(p.role, p.mention.text) for p in ev.participants} >= {("product", "Vela 3 Pro")}
    assert ev.date == "2025-11-18"


def test_a_minority_stake_bought_in_english_is_a_funding():
    (ev,) = _events("Norvik said on Thursday it had acquired a 2.5% stake in Vexaro Holdings for $1 billion.",
                    [("Norvik", "ORG", "company"), ("Vexaro Holdings", "ORG", "company")], doc_date="2026-07-25")
    assert ev.type == "Funding"
    assert {(p.role, p.mention.text) for p in ev.participants} == {("investor", "Norvik"), ("investee", "Vexaro Holdings")}
    (ev,) = _events("Norvik acquired a 60% stake in Vexaro Holdings for $1 billion.",
                    [("Norvik", "ORG", "company"), ("Vexaro Holdings", "ORG", "company")])
    assert ev.type == "Acquisition"  # control
    (ev,) = _events("星河科技以20亿元收购北辰能源18%股权。", [("星河科技", "ORG", "company"), ("北辰能源", "ORG", "company")])
    assert ev.type == "Acquisition"  # as Chinese news writes it


def test_a_suit_someone_may_file_is_no_lawsuit():
    names = [("魏长河", "PERSON", None), ("东方广播公司", "ORG", "company")]
    assert not _events("魏长河表示可能会在未来数小时内对东方广播公司提起诉讼。", names)
    assert [e.type for e in _events("魏长河已对东方广播公司提起诉讼。", names)] == ["Lawsuit"]


def test_revenue_doubled_is_earnings():
    (ev,) = _events("星联科技在2025年上半年业务收入同比翻番。", [("星联科技", "ORG", "company")])
    assert ev.type == "Earnings" and ev.date == "2025"
    assert not _events("居民人均收入同比翻番。", [])


def test_who_signed_with_the_buyer_is_no_buyer():
    names = [("甲汽车", "ORG", "company"), ("乙科技", "ORG", "company"), ("乙智能", "ORG", "company"), ("丙电子", "ORG", "company")]
    evs = _events("3月9日，甲汽车与乙科技旗下乙智能签署股权转让协议，以115亿元收购丙电子10%股权。", names, "2026-03-10")
    (acq,) = [e for e in evs if e.type == "Acquisition"]
    assert {(p.role, p.mention.text) for p in acq.participants} == {("acquirer", "甲汽车"), ("target", "丙电子")}
    assert not [e for e in evs if e.type == "Partnership"]


def test_board_elects_a_chair():
    (ev,) = _events("星河证券12月9日晚间公告，董事会选举冯远航为公司董事长。",
                    [("星河证券", "ORG", "company"), ("冯远航", "PERSON", None)], "2025-12-10")
    assert ev.type == "Appointment" and ev.date == "2025-12-09"


def test_named_right_before_the_post_is_an_appointment():
    (ev,) = _events("Corvane on Monday named Dana Reyes its chief scientific officer.",
                    [("Corvane", "ORG", "company"), ("Dana Reyes", "PERSON", None)], "2025-10-15")
    assert ev.type == "Appointment" and ev.date == "2025-10-13"
    assert "Appointment" not in {e.type for e in _events("Corvane on Monday named Dana Reyes in a lawsuit.", [("Corvane", "ORG", "company"), ("Dana Reyes", "PERSON", None)], "2025-10-15")}


def test_rumours_and_the_seller_of_a_holding():
    names = [("甲物流", "ORG", "company"), ("乙快递", "ORG", "company")]
    assert not _events("甲物流与乙快递的合并传闻近日再度发酵。", names)
    names = [("甲置地", "ORG", "company"), ("乙国际", "ORG", "company"), ("丙置业有限公司", "ORG", "company")]
    (ev,) = _events("甲置地昨日宣布，以32亿元收购乙国际所持丙置业有限公司100%股权，交易已完成。", names, "2025-10-31")
    assert {(p.role, p.mention.text) for p in ev.participants} == {("acquirer", "甲置地"), ("target", "丙置业有限公司")}


def test_its_purchase_of_and_agreed_on_a_day_to_buy():
    names = [("Blackmoor", "ORG", "company"), ("Greystone Partners", "ORG", "company")]
    (ev,) = _events("Blackmoor said on Tuesday it had closed its $12.5 billion purchase of Greystone Partners.", names, "2025-10-15")
    assert ev.type == "Acquisition" and {(p.role, p.mention.text) for p in ev.participants} == {
        ("acquirer", "Blackmoor"), ("target", "Greystone Partners")}
    (ev,) = _events("Blackmoor agreed on Monday to buy an additional 40.5% of Greystone Partners.", names, "2025-10-15")
    assert ev.type == "Acquisition" and ev.date == "2025-10-13"
    assert not _events("Blackmoor agreed to a purchase of $10 billion of chips.", names, "2025-10-15")


@pytest.mark.parametrize("text,names,expect", [
    ("1月15日，星河科技发布了新一代推理大模型。", [("星河科技", "ORG", "company")], ("星河科技", "2026-01-15")),
    ("Zentrox released a new reasoning model on Tuesday.", [("Zentrox", "ORG", "company")], ("Zentrox", "2026-01-20")),
    # no launch of an unnamed product: a report, a plan, a trend many follow, a product named after it
    ("星河科技发布了业绩指引。", [("星河科技", "ORG", "company")], None),
    ("星河科技推出了新的补贴政策。", [("星河科技", "ORG", "company")], None),
    ("星河科技、云帆等厂商纷纷推出AI眼镜。", [("星河科技", "ORG", "company"), ("云帆", "ORG", "company")], None),
    ("Zentrox unveiled its first sport-utility vehicle, the Q7, on Thursday.", [("Zentrox", "ORG", "company")], None),
])
def test_a_launch_of_a_product_described_without_a_name(text, names, expect):
    events = [e for e in _events(text, names, "2026-01-20") if e.type == "ProductLaunch"]
    assert [(e.participants[0].mention.text, e.date) for e in events] == ([expect] if expect else [])
    assert all(len(e.participants) == 1 for e in events)


def test_an_unnamed_launch_by_a_company_with_a_named_launch_is_that_launch_again():
    text = "星河科技在发布会上推出Orbit X1眼镜。星河科技发布首款AI眼镜，售价1999元。"
    events = _events(text, [("星河科技", "ORG", "company"), ("Orbit X1", "PRODUCT", None)], "2026-01-20")
    assert [[p.role for p in e.participants] for e in events if e.type == "ProductLaunch"] == [["company", "product"]]


def test_names_listed_beside_a_company_before_a_launch_are_its_peers_not_its_products():
    text = "Zorbly、Quenta与Orbit均已推出国际版。"
    events = _events(text, [("Zorbly", "ORG", None), ("Quenta", "PERSON", None), ("Orbit", "PRODUCT", None)], "2026-01-20")
    assert not any(p.role == "product" for e in events for p in e.participants)


def test_an_english_agreement_signed_with_a_partner_names_the_partners_after_with():
    names = [("Orbital Motors", "ORG", None), ("Nova Auto", "ORG", None), ("Helio", "ORG", None), ("Quanta", "ORG", None)]
    (ev,) = _events("Orbital Motors has signed a five-year battery supply agreement with Nova Auto to equip its cars, "
                    "while relying on Helio and Quanta for software.", names, "2026-03-10")
    assert ev.type == "Partnership"
    assert {p.mention.text for p in ev.participants} == {"Orbital Motors", "Nova Auto"}
    (ev,) = _events("Orbital Motors entered into an exclusive license agreement with Helio and Quanta.", names)
    assert {p.mention.text for p in ev.participants} == {"Orbital Motors", "Helio", "Quanta"}
    # a deal to buy is an acquisition's, not a partnership
    assert not [e for e in _events("Orbital Motors signed an agreement with Helio to buy its battery unit.", names)
                if e.type == "Partnership"]
    assert not [e for e in _events("Orbital Motors signed a definitive agreement with Helio.", names)
                if e.type == "Partnership"]


def test_an_alliance_formed_with_a_partner_and_an_agreement_that_ran_its_term_are_partnerships():
    names = [("星河航运", "ORG", None), ("远洋物流", "ORG", None)]
    (ev,) = _events("星河航运此前与远洋物流组建的“双星”联盟仍将继续运营。", names)
    assert ev.type == "Partnership"
    (ev,) = _events("2024年6月，星河航运与远洋物流签订《战略合作框架协议》，该协议已于2025年12月到期终止。", names)
    assert (ev.type, ev.date) == ("Partnership", "2024-06")
    # a deal called off is none
    assert not _events("2024年6月，星河航运与远洋物流签订合作协议，双方随后宣布终止合作。", names)


def test_launches_one_after_another_or_over_a_year_are_one_launch_of_each_product():
    names = [("星河", "ORG", "company"), ("Orbit", "PRODUCT", None), ("Nova", "PRODUCT", None)]
    for text in ("星河在2025年推出了Orbit和Nova。", "星河相继发布了Orbit和Nova。"):
        evs = _events(text, names, "2026-01-10")
        assert sorted(tuple(p.mention.text for p in e.participants) for e in evs) == [("星河", "Nova"), ("星河", "Orbit")]
    (ev,) = _events("星河于1月8日发布了Orbit和Nova。", names, "2026-01-10")  # one announcement
    assert {p.mention.text for p in ev.participants} == {"星河", "Orbit", "Nova"}


def test_the_year_results_cover_is_no_date_of_their_report():
    (ev,) = _events("星河医药今年1月中旬发布2025年业绩快报，全年营业收入约45亿元。", [("星河医药", "ORG", None)], "2026-02-10")
    assert (ev.type, ev.date) == ("Earnings", "2026-01")


def test_appointments_told_by_became_took_over_a_headline_or_a_dated_join():
    names = [("Steve Hale", "PERSON", None), ("Orbis Foods", "ORG", None), ("Mira Dost", "PERSON", None),
             ("Nova Pharma", "ORG", None)]
    (ev,) = _events("Steve Hale, who became Orbis Foods chief executive on January 1, said prices would rise.", names, "2026-03-10")
    assert (ev.type, ev.date) == ("Appointment", "2026-01-01")
    (ev,) = _events("Nova Pharma, whose CEO Mira Dost took over in August, said sales rose.", names, "2026-03-10")
    assert ev.type == "Appointment" and {p.mention.text for p in ev.participants} == {"Nova Pharma", "Mira Dost"}
    (ev,) = _events("Orbis Foods Names Steve Hale Chief Executive Officer", names)
    assert ev.type == "Appointment"
    assert [e.type for e in _events("Orbis Foods took over Nova Pharma in 2022.", names)] == ["Acquisition"]  # a takeover
    (ev,) = _events("首席执行官王蕾此前担任副总裁，于2022年加盟星河医疗。", [("王蕾", "PERSON", None), ("星河医疗", "ORG", None)])
    assert (ev.type, ev.date) == ("Appointment", "2022")


def test_a_case_its_ruling_and_a_regulators_finding_are_lawsuits():
    names = [("星河视频", "ORG", None), ("云帆传媒", "ORG", None), ("东城法院", "ORG", None), ("欧盟委员会", "ORG", None),
             ("European Commission", "ORG", None), ("Orbit Auto", "ORG", None)]
    (ev,) = _events("2025年12月23日，东城法院就星河视频诉云帆传媒侵权一案作出判决，判令云帆传媒赔偿星河视频860万元。", names)
    assert (ev.type, ev.date) == ("Lawsuit", "2025-12-23")
    assert {"星河视频", "云帆传媒"} <= {p.mention.text for p in ev.participants}
    (ev,) = _events("2月27日，东城法院判决云帆传媒赔偿星河视频经济损失2100万元。", names, "2026-03-01")
    assert (ev.type, ev.date) == ("Lawsuit", "2026-02-27")
    (ev,) = _events("云帆传媒于2025年7月被欧盟委员会初步认定违反《数字服务法》。", names)
    assert (ev.type, ev.date) == ("Lawsuit", "2025-07")
    (ev,) = _events("In 2025 the European Commission opened an in-depth investigation into whether Orbit Auto received "
                    "state support.", names)
    assert (ev.type, ev.date) == ("Lawsuit", "2025")
    # "告诉" tells, a referee judges a match: no case
    assert not _events("星河视频告诉记者，云帆传媒的新剧很受欢迎。", names)
    assert not _events("裁判判定云帆传媒队获胜。", names)


def test_partnerships_of_a_list_a_lab_set_up_together_a_licence_and_a_deal_told_after_the_subject():
    names = [("星河移动", "ORG", None), ("云帆通信", "ORG", None), ("北辰电子", "ORG", None), ("星河6G实验室", "ORG", None)]
    (ev,) = _events("11月17日，星河移动与云帆通信、北辰电子在北京联合成立星河6G实验室，三方将开展联合研发。", names)
    assert {p.mention.text for p in ev.participants} == {"星河移动", "云帆通信", "北辰电子"}  # not the lab they set up
    (ev,) = _events("8月25日，星河移动、云帆通信与北辰电子宣布共同启动一项多中心临床研究。", names)
    assert {p.mention.text for p in ev.participants} == {"星河移动", "云帆通信", "北辰电子"}
    names = [("星河药业", "ORG", None), ("远山制药", "ORG", None), ("XK-571", "PRODUCT", None), ("晨报", "ORG", None)]
    (ev,) = _events("晨报讯，星河药业1月27日公告，就其自主研发的药物XK-571与远山制药达成独家许可协议。", names)
    assert {p.mention.text for p in ev.participants} == {"星河药业", "远山制药"}
    names = [("Orbit Bio", "ORG", None), ("Akari", "ORG", None), ("Nova Cars", "ORG", None), ("Helio", "ORG", None)]
    (ev,) = _events("Orbit Bio, which licensed Akari's lung cancer drug in 2022, said on Friday the drug worked.", names)
    assert (ev.type, ev.date) == ("Partnership", "2022")
    (ev,) = _events("Nova Cars and Helio signed a strategic partnership on Thursday.", names)
    assert {p.mention.text for p in ev.participants} == {"Nova Cars", "Helio"}
    (ev,) = _events("Nova Cars and Helio formed a ¥100 billion joint venture on Monday.", names)
    assert {p.mention.text for p in ev.participants} == {"Nova Cars", "Helio"}
    assert not _events("Nova Cars formed a joint venture in China to sell cars.", names)  # one party


def test_a_launch_naming_its_product_after_the_kind_and_appointments_in_the_passive():
    names = [("Orbit", "ORG", None), ("Orbit-V3", "PRODUCT", None), ("Tesla", "ORG", None)]
    (ev,) = _events("Orbit rolled out an experimental model, Orbit-V3, on Monday, saying prices would fall.", names, "2025-09-30")
    assert {p.mention.text for p in ev.participants} == {"Orbit", "Orbit-V3"} and ev.date == "2025-09-29"
    names = [("Nova Bio", "ORG", None), ("Helen Osei", "PERSON", None), ("Mark Fenn", "PERSON", None)]
    for text in ("Nova Bio said on Wednesday that board chair Helen Osei has been named interim CEO.",
                 "Nova Bio said on Wednesday that Helen Osei was named chief executive.",
                 "Nova Bio said on Wednesday that Helen Osei had taken over as CEO.",
                 "Mark Fenn said Helen Osei, who joined Nova Bio in June as chief AI officer, leads the team."):
        assert "Appointment" in [e.type for e in _events(text, names, "2025-09-30")], text
    assert not [e for e in _events("Helen Osei was named after her grandmother.", names) if e.type == "Appointment"]


def test_an_acquisition_of_a_described_party_a_deal_signed_with_the_target_and_a_take_private():
    names = [("星河资本", "ORG", None), ("远山信贷", "ORG", None)]
    (ev,) = _events("星河资本8月18日宣布，已完成对私募信贷机构远山信贷的收购，交易金额约120亿美元。", names, "2025-09-01")
    assert {(p.role, p.mention.text) for p in ev.participants} == {("acquirer", "星河资本"), ("target", "远山信贷")}
    (ev,) = _events("星河资本7月30日宣布，已与德国电子产品零售商远山信贷达成收购协议。", names, "2025-09-01")
    assert {(p.role, p.mention.text) for p in ev.participants} == {("acquirer", "星河资本"), ("target", "远山信贷")}
    names = [("Orbit Holdings", "ORG", None), ("Nova Tech", "ORG", None)]
    (ev,) = _events("Orbit Holdings said on Thursday it had completed the take-private of Nova Tech.", names, "2025-10-20")
    assert {(p.role, p.mention.text) for p in ev.participants} == {("acquirer", "Orbit Holdings"), ("target", "Nova Tech")}


def test_launches_each_of_several_companies_made_and_launches_told_respectively():
    names = [("星河智能", "ORG", "company"), ("云帆医疗", "ORG", "company")]
    evs = _events("星河智能与云帆医疗在2025年均推出了能同时解读报告与影像的复合模型。", names, "2026-01-09")
    assert sorted(p.mention.text for e in evs for p in e.participants) == ["云帆医疗", "星河智能"]
    assert all(e.type == "ProductLaunch" and len(e.participants) == 1 for e in evs)
    names = [("星河", "ORG", "company"), ("云帆", "ORG", "company"), ("北辰", "ORG", "company"),
             ("Orbit 3", "PRODUCT", None), ("Nova 5", "PRODUCT", None), ("Polar 8", "PRODUCT", None)]
    evs = _events("10月中旬，星河、云帆和北辰相继发布Orbit 3、Nova 5和Polar 8系列。", names, "2025-11-09")
    assert sorted(tuple(p.mention.text for p in e.participants) for e in evs) == [
        ("云帆", "Nova 5"), ("北辰", "Polar 8"), ("星河", "Orbit 3")]


def test_a_second_listing_on_its_own_date_and_a_company_described_under_its_parent():
    names = [("星河银行", "ORG", None), ("港交所", "ORG", "exchange"), ("上交所", "ORG", "exchange")]
    evs = _events("星河银行于2016年3月在港交所上市，2019年11月登陆上交所主板，是股份制商业银行之一。", names, "2026-01-20")
    assert sorted((e.date, [p.mention.text for p in e.participants if p.role == "exchange"][0]) for e in evs) == [
        ("2016-03", "港交所"), ("2019-11", "上交所")]
    # the same listing told twice is one
    (ev,) = _events("9月25日，星河银行在港交所敲钟上市，成为年内上交所规模最大的IPO。", names, "2026-01-20")
    names = [("东航货运", "ORG", None), ("中国东方集团", "ORG", "company"), ("上交所", "ORG", "exchange")]
    (ev,) = _events("东航货运是中国东方集团旗下的物流企业，2021年6月在上交所主板上市。", names, "2026-01-20")
    assert ("company", "东航货运") in {(p.role, p.mention.text) for p in ev.participants}
