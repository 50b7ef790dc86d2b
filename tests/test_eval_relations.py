"""Unit tests of the relation/event scoring of eval/scoring.py and the data readers of eval/relations.py
(hand-made inputs, no data)."""
from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("eval_relations", ROOT / "eval" / "relations.py")
ev = importlib.util.module_from_spec(_spec)
sys.modules["eval_relations"] = ev  # dataclasses look their module up by name
_spec.loader.exec_module(ev)
sc = sys.modules["scoring"]  # eval/scoring.py, which relations.py imports

PR, PE, PP = sc.PredRelation, sc.PredEvent, sc.PredParticipant


def gold_rel(s, p, o, **kw):
    return {"subject": s, "predicate": p, "object": o, **kw}


# --------------------------------------------------------------------------- names

def test_name_match_exact_after_normalization():
    assert sc.name_match(["小米集团"], "小米", allow_contain=False) == 2  # 集团 stripped
    assert sc.name_match(["Xiaomi Corp."], "xiaomi", allow_contain=False) == 2
    assert sc.name_match(["智譜"], "智谱", allow_contain=False) == 2  # traditional -> simplified


def test_name_match_org_containment_only_when_allowed():
    assert sc.name_match(["小米"], "小米汽车", allow_contain=True) == 1
    assert sc.name_match(["Zhipu"], "Zhipu AI", allow_contain=True) == 1
    assert sc.name_match(["小米"], "小米汽车", allow_contain=False) == 0


def test_name_match_containment_needs_a_long_enough_key():
    assert not sc.contains_match("ai", "zhipuai")  # 2 Latin letters: too short
    assert sc.contains_match("nio", "nioinc")
    assert not sc.contains_match("米", "小米")  # 1 Han character: too short
    assert sc.contains_match("小米", "小米汽车")


def test_name_match_aliases():
    assert sc.name_match(["月之暗面", "Kimi"], "Kimi", allow_contain=False) == 2


# --------------------------------------------------------------------------- relations

def test_relation_match_person_exact_org_contained():
    g = gold_rel("雷军", "founderOf", "小米")
    assert sc.relation_match(g, PR("雷军", "founderOf", "小米集团", "PERSON", "ORG")) == 2
    assert sc.relation_match(g, PR("雷军", "founderOf", "小米汽车", "PERSON", "ORG")) == 1
    assert sc.relation_match(g, PR("雷", "founderOf", "小米", "PERSON", "ORG")) == 0
    assert sc.relation_match(g, PR("雷军", "ceoOf", "小米", "PERSON", "ORG")) == 0


def test_relation_match_products_need_exact_names():
    g = gold_rel("智谱", "develops", "GLM-4.7")
    assert sc.relation_match(g, PR("智谱", "develops", "GLM-4.7", "ORG", "PRODUCT")) == 2
    assert sc.relation_match(g, PR("智谱", "develops", "GLM-4", "ORG", "PRODUCT")) == 0


def test_relation_match_symmetric_predicates_are_order_free():
    g = gold_rel("腾讯", "partnerOf", "上海交通大学")
    assert sc.relation_match(g, PR("上海交通大学", "partnerOf", "腾讯", "ORG", "ORG")) == 2
    g2 = gold_rel("Alibaba", "competesWith", "Tencent")
    assert sc.relation_match(g2, PR("Tencent", "competesWith", "Alibaba", "ORG", "ORG")) == 2
    g3 = gold_rel("腾讯", "investsIn", "Evoken")
    assert sc.relation_match(g3, PR("Evoken", "investsIn", "腾讯", "ORG", "ORG")) == 0


def test_relation_match_uses_gold_aliases():
    g = gold_rel("Onvo", "subsidiaryOf", "NIO", subject_aliases=["乐道"])
    assert sc.relation_match(g, PR("乐道", "subsidiaryOf", "NIO", "ORG", "ORG")) == 2


def test_score_relations_counts_tp_fp_fn_and_duplicates():
    gold = [gold_rel("张鹏", "ceoOf", "智谱"), gold_rel("刘德兵", "chairOf", "智谱"),
            gold_rel("智谱", "listedOn", "港交所")]
    preds = [PR("张鹏", "ceoOf", "智谱", "PERSON", "ORG"),
             PR("张鹏", "ceoOf", "智谱", "PERSON", "ORG"),      # same triple again: collapsed
             PR("张鹏", "ceoOf", "智谱AI", "PERSON", "ORG"),    # variant of a found fact: dup
             PR("王绍兰", "ceoOf", "智谱", "PERSON", "ORG"),    # wrong: fp
             PR("刘德兵", "chairOf", "智谱", "PERSON", "ORG")]
    res = sc.score_relations(gold, preds)
    c = res.counts
    assert c.tp == {"ceoOf": 1, "chairOf": 1}
    assert c.fp == {"ceoOf": 1}
    assert c.dup == {"ceoOf": 1}
    assert c.fn == {"listedOn": 1}
    assert [g["predicate"] for g in res.missed] == ["listedOn"]
    assert [p.subject for p in res.false] == ["王绍兰"]


def test_score_relations_prefers_exact_pairs_over_containment():
    gold = [gold_rel("唐杰", "worksFor", "智谱"), gold_rel("唐杰", "worksFor", "智谱华章")]
    preds = [PR("唐杰", "worksFor", "智谱华章", "PERSON", "ORG"), PR("唐杰", "worksFor", "智谱", "PERSON", "ORG")]
    c = sc.score_relations(gold, preds).counts
    assert c.tp["worksFor"] == 2 and not c.fp and not c.fn and not c.dup


def test_score_relations_evidence_column():
    gold = [gold_rel("张鹏", "ceoOf", "智谱", sentence_start=10), gold_rel("刘德兵", "chairOf", "智谱", sentence_start=50)]
    preds = [PR("张鹏", "ceoOf", "智谱", "PERSON", "ORG", 5, 30),
             PR("刘德兵", "chairOf", "智谱", "PERSON", "ORG", 100, 120)]
    c = sc.score_relations(gold, preds).counts
    assert c.ev_ok == {"ceoOf": 1} and c.ev_gold == {"ceoOf": 1, "chairOf": 1}


def test_summarize_per_type_and_micro():
    total = sc.Counts()
    total.add(sc.score_relations([gold_rel("A", "ceoOf", "Bco")], [PR("A", "ceoOf", "Bco", "PERSON", "ORG")]).counts)
    total.add(sc.score_relations([gold_rel("C", "worksFor", "Dco")],
                                 [PR("E", "worksFor", "Dco", "PERSON", "ORG")]).counts)
    table = sc.summarize(total)
    assert table["ceoOf"]["f"] == 1.0
    assert table["worksFor"]["p"] == 0.0 and table["worksFor"]["r"] == 0.0
    assert table["micro"]["tp"] == 1 and table["micro"]["fp"] == 1 and table["micro"]["fn"] == 1
    assert table["micro"]["p"] == pytest.approx(0.5) and table["micro"]["f"] == pytest.approx(0.5)


def test_prf_handles_zero_denominators():
    assert sc.prf(0, 0, 0) == (0.0, 0.0, 0.0)
    assert sc.prf(1, 1, 2) == pytest.approx((0.5, 1 / 3, 0.4))


# --------------------------------------------------------------------------- events

def listing(date="2026-01-08", names=("智谱", "港交所"), amounts=()):
    parts = tuple(PP("company" if i == 0 else "exchange", n, "ORG") for i, n in enumerate(names))
    return PE("Listing", parts, date, amounts)


GOLD_LISTING = {"type": "Listing", "date": "2026-01-08",
                "participants": [{"role": "company", "name": "智谱"}, {"role": "exchange", "name": "港交所"}],
                "amounts": [{"value": 4.3e9, "currency": "HKD"}]}


def test_event_match_needs_type_and_one_participant():
    assert sc.event_match(GOLD_LISTING, listing(names=("智谱AI",))) == 1  # ORG containment
    assert sc.event_match(GOLD_LISTING, listing(names=("港交所",))) == 2  # roles are not compared
    assert sc.event_match(GOLD_LISTING, listing(names=("MiniMax",))) == 0
    assert sc.event_match(GOLD_LISTING, PE("Funding", (PP("investee", "智谱", "ORG"),))) == 0


def test_event_product_participants_match_exactly():
    gold = {"type": "ProductLaunch", "date": None, "participants": [{"role": "product", "name": "GLM-4.7"}]}
    assert sc.event_match(gold, PE("ProductLaunch", (PP("product", "GLM-4.7", "PRODUCT"),))) == 2
    assert sc.event_match(gold, PE("ProductLaunch", (PP("product", "GLM-4", "PRODUCT"),))) == 0


def test_score_events_found_date_dup_fp_and_amounts():
    gold = [GOLD_LISTING,
            {"type": "Recall", "date": "2026-01-06", "participants": [{"role": "organization", "name": "雀巢"}]}]
    preds = [listing(date=None),                                # found, wrong date, but ...
             listing(amounts=((4.3e9, "HKD"),)),                # ... this one has the date: preferred
             PE("Recall", (PP("organization", "市场监管总局", "ORG"),)),   # fp
             PE("Earnings", (PP("organization", "智谱", "ORG"),))]         # fp of another type
    c = sc.score_events(gold, preds).counts
    assert c.tp == {"Listing": 1} and c.fn == {"Recall": 1}
    assert c.date_ok == {"Listing": 1} and c.amt_ok == {"Listing": 1} and c.amt_gold == {"Listing": 1}
    assert c.dup == {"Listing": 1}
    assert c.fp == {"Recall": 1, "Earnings": 1}
    table = sc.summarize(c)
    assert table["Listing"]["date_r"] == 1.0
    assert table["micro"]["r"] == pytest.approx(0.5) and table["micro"]["p"] == pytest.approx(1 / 3)


def test_score_events_null_gold_date_needs_null_prediction():
    gold = [{"type": "Funding", "date": None, "participants": [{"role": "investee", "name": "Rokid"}]}]
    c = sc.score_events(gold, [PE("Funding", (PP("investee", "Rokid", "ORG"),), "2026-01-26")]).counts
    assert c.tp["Funding"] == 1 and c.date_ok["Funding"] == 0


# --------------------------------------------------------------------------- dataset adapters

def test_duie_gold_maps_and_swaps_business_predicates():
    row = {"text": "x", "spo_list": [
        {"predicate": "董事长", "subject": "中兴通讯股份有限公司", "object": {"@value": "李自学"}},
        {"predicate": "创始人", "subject": "苹果公司", "object": {"@value": "乔布斯"}},
        {"predicate": "成立日期", "subject": "苹果公司", "object": {"@value": "1976年"}}]}
    assert ev.duie_gold(row) == [
        {"subject": "李自学", "predicate": "chairOf", "object": "中兴通讯股份有限公司"},
        {"subject": "乔布斯", "predicate": "founderOf", "object": "苹果公司"}]


def test_conll_filter_maps_the_works_for_family():
    preds = [PR("A", "ceoOf", "B"), PR("A", "worksFor", "C"), PR("B", "develops", "X")]
    out = ev.conll_filter(preds)
    assert [(p.predicate, p.object) for p in out] == [("Work_For", "B"), ("Work_For", "C")]
    assert out[0].extractor.startswith("ceoOf:")


def test_detokenize_restores_spacing_and_offsets():
    tokens = ["Kevin", "O", "'Brien", ",", "IBM", "'s", "chief", "(", "CEO", ")", "."]
    text, spans = ev.detokenize(tokens)
    assert text == "Kevin O'Brien, IBM's chief (CEO)."
    assert [text[a:b] for a, b in spans] == ["Kevin", "O", "'Brien", ",", "IBM", "'s", "chief", "(", "CEO", ")", "."]


def test_gold_files_are_well_formed():
    """The committed gold parses, uses known labels and stores no article text."""
    preds = set(sc.ARG_TYPES) - {"Work_For"}
    types = {"Listing", "Funding", "Acquisition", "Merger", "Resignation", "Appointment", "Recall",
             "ProductLaunch", "Partnership", "Earnings", "Lawsuit"}
    written = [p for kind in ("wordings", "articles", "reports") for p in sorted((ROOT / "eval" / "gold").glob(
        f"{kind}_test_*.jsonl")) + sorted((ROOT / "eval" / "dev").glob(f"{kind}_*.jsonl"))]
    assert len(written) >= 6
    for path in sorted((ROOT / "eval" / "gold").glob("*.jsonl")) + sorted((ROOT / "eval" / "dev").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            doc = json.loads(line)
            if path in written:  # passages written for kg: their text is stored, and names occur in it
                assert set(doc) <= {"id", "lang", "title", "text", "date", "relations", "events"}
                assert doc["lang"] in ("zh", "en")
                names = [n for r in doc["relations"] for n in (r["subject"], r["object"])]
                names += [p["name"] for e in doc["events"] for p in e["participants"]]
                assert all(n in doc["text"] for n in names)
            else:  # articles of the shared data: no text
                assert set(doc) <= {"path", "file", "date", "relations", "events"}
            for r in doc["relations"]:
                assert r["predicate"] in preds and r["subject"] and r["object"]
            for e in doc["events"]:
                assert e["type"] in types and e["participants"]
                assert e["date"] is None or len(e["date"]) in (4, 7, 10)


def test_dev_news_articles_leave_out_the_gold_ones(tmp_path):
    import importlib.util
    import json
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    spec = importlib.util.spec_from_file_location("dev_news", root / "eval" / "dev_news.py")
    dev_news = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(dev_news)
    gold_path = json.loads((root / "eval" / "gold" / "news_zh_openaxo.jsonl").read_text(encoding="utf-8")
                           .splitlines()[0])["path"]
    (tmp_path / "news_zh_openaxo").mkdir()
    rows = [{"path": gold_path, "category": "创新纪", "text": "x"},
            {"path": "other.md", "category": "创新纪", "text": "y"},
            {"path": "third.md", "category": "热点", "text": "z"}]
    (tmp_path / "news_zh_openaxo" / "articles.jsonl").write_text(
        "\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    assert [a["path"] for a in dev_news.dev_articles(tmp_path)] == ["other.md", "third.md"]
    assert [a["path"] for a in dev_news.dev_articles(tmp_path, "热点")] == ["third.md"]
