"""Chinese drug names by their naming rules (kg.extract.drugs), and what pharma news says of them:
approvals as launches, the maker's product, a table of drugs. The drug and company names are invented."""
from kg.extract.drugs import drug_mentions
from kg.records import Document
from kg.segment import split_segments


def _drugs(text):
    doc = Document("d", text)
    return [m.text for seg in split_segments(doc) for m in drug_mentions(doc, seg)]


def test_generic_names_with_salt_stem_and_form():
    assert _drugs("华康药业的盐酸卡罗米替尼片获批上市。") == ["盐酸卡罗米替尼片"]
    assert _drugs("本次获批的分别为枸橼酸泽伏西利胶囊与苯磺酸达沃鲁胺软胶囊。") == ["枸橼酸泽伏西利胶囊", "苯磺酸达沃鲁胺软胶囊"]
    assert _drugs("安瑞生物的注射用佩康妥珠单抗用于治疗胃癌。") == ["注射用佩康妥珠单抗"]
    assert _drugs("* 贝诺生物米萨度肽于年中获批。") == ["米萨度肽"]  # after a pharma company's name


def test_classes_common_words_and_other_languages_are_no_names():
    assert _drugs("长效生长激素和GLP-1类多肽的市场快速增长。") == []
    assert _drugs("双特异性单抗是热门方向。") == []
    assert _drugs("安瑞生物公布米萨度肽数据。") == []  # a verb glued to the name after the company
    assert _drugs("Kalorinib tablets were approved.") == []


def test_approved_drug_is_a_launch_by_its_maker():
    from kg.pipeline import extract_all
    (ex,), _ = extract_all([Document("d", "华康药业的盐酸卡罗米替尼片获批用于治疗晚期肺癌。", date="2026-01-08")])
    assert ("华康药业", "develops", "盐酸卡罗米替尼片") in {(r.subject.text, r.predicate, r.object.text) for r in ex.relations}
    (ev,) = [e for e in ex.events if e.type == "ProductLaunch"]
    assert {(p.role, p.mention.text) for p in ev.participants} == {("company", "华康药业"), ("product", "盐酸卡罗米替尼片")}
    (ex,), _ = extract_all([Document("d", "华康药业的盐酸卡罗米替尼片尚未获批。")])
    assert not ex.events


def test_drug_table_names_products_with_he_inside():
    from kg.pipeline import extract_all
    text = ("| 药物名称 | 核心成分 | 厂商 | 获批时间 |\n|---|---|---|---|\n"
            "| 康和宁 (Kalora) | 米萨度肽 | 华康药业 | 2024年6月 |\n| 泽安达 | 卡罗鲁肽 | 安瑞生物 | 2025年3月 |\n")
    (ex,), _ = extract_all([Document("d", text, date="2026-01-08")])
    rels = {(r.subject.text, r.predicate, r.object.text) for r in ex.relations}
    assert {("华康药业", "develops", "康和宁"), ("安瑞生物", "develops", "泽安达")} <= rels
    launches = {(e.date, tuple(sorted(p.mention.text for p in e.participants))) for e in ex.events if e.type == "ProductLaunch"}
    assert ("2024-06", ("华康药业", "康和宁")) in launches


def test_targets_and_trials_are_no_products():
    from kg.pipeline import extract_all
    (ex,), _ = extract_all([Document("d", "华康药业的SKY-707是一款PD-1/VEGF双抗，适用于HER2阳性患者。根据其KALOS 2三期临床试验结果，疗效显著。")])
    names = {m.text for m in ex.mentions if m.type == "PRODUCT"}
    assert not names & {"PD-1", "VEGF", "HER2", "KALOS 2"}


def test_brand_before_its_generic_name_and_the_makers_own_drug():
    assert _drugs("其BTK抑制剂康悦泽（卡布替尼胶囊）获批。") == ["卡布替尼胶囊", "康悦泽"]
    from kg.pipeline import extract_all
    (ex,), _ = extract_all([Document("d", "华康药业3月4日宣布，其BTK抑制剂康悦泽（卡布替尼胶囊）用于治疗淋巴瘤的新适应症获批。")])
    assert ("华康药业", "develops", "康悦泽") in {(r.subject.text, r.predicate, r.object.text) for r in ex.relations}
