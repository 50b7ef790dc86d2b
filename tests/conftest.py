"""Shared fixtures.  Heavy things (spaCy pipelines, the seed build) are built once per session."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.graph import build_graph
from kg.records import (Amount, Document, Entity, Event, Evidence, Extraction, Mention,
                        Participant, Relation)

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def _mention(doc, text, type_, lang, occurrence=0, kind=None):
    start = -1
    for _ in range(occurrence + 1):
        start = doc.text.index(text, start + 1)
    return Mention(doc.id, start, start + len(text), text, type_, lang, "test", kind)


def _evidence(doc, m1, m2, extractor="test"):
    start, end = min(m1.start, m2.start), max(m1.end, m2.end)
    return Evidence(doc.id, 0, len(doc.text), doc.text, start, end, extractor, 0.9)


def make_sample_records():
    """A tiny hand-built bilingual extraction, independent of any NLP model."""
    zh = Document("d-zh", "智谱在港交所上市，智谱CEO张鹏出席。小米发布SU7汽车。",
                  title="智谱上市", date="2026-01-08")
    en = Document("d-en", "Zhipu AI CEO Zhang Peng said Xiaomi partners with <img src=x onerror=alert(1)>.",
                  title="Zhipu <b>news</b>", date="2026-01-09", url="https://example.com/a")
    zhipu_zh = _mention(zh, "智谱", "ORG", "zh", kind="company")
    hkex = _mention(zh, "港交所", "ORG", "zh", kind="exchange")
    zhipu_zh2 = _mention(zh, "智谱", "ORG", "zh", 1, kind="company")
    zhang_zh = _mention(zh, "张鹏", "PERSON", "zh")
    xiaomi_zh = _mention(zh, "小米", "ORG", "zh", kind="company")
    su7 = _mention(zh, "SU7", "PRODUCT", "zh")
    zhipu_en = _mention(en, "Zhipu AI", "ORG", "en", kind="company")
    zhang_en = _mention(en, "Zhang Peng", "PERSON", "en")
    xiaomi_en = _mention(en, "Xiaomi", "ORG", "en", kind="company")
    evil = _mention(en, "<img src=x onerror=alert(1)>", "ORG", "en")

    entities = {
        "org/zhipu": Entity("org/zhipu", "ORG", "company", {"zh": "智谱", "en": "Zhipu AI"},
                            {("智谱", "zh"), ("Zhipu AI", "en"), ("智谱AI", "zh")},
                            [zhipu_zh, zhipu_zh2, zhipu_en],
                            merged_from=[("Zhipu AI", "en", "pinyin", 0.9)]),
        "org/hkex": Entity("org/hkex", "ORG", "exchange", {"zh": "港交所"}, {("港交所", "zh")}, [hkex]),
        "person/zhang-peng": Entity("person/zhang-peng", "PERSON", None,
                                    {"zh": "张鹏", "en": "Zhang Peng"},
                                    {("张鹏", "zh"), ("Zhang Peng", "en")}, [zhang_zh, zhang_en]),
        "org/xiaomi": Entity("org/xiaomi", "ORG", "company", {"zh": "小米", "en": "Xiaomi"},
                             {("小米", "zh"), ("Xiaomi", "en")}, [xiaomi_zh, xiaomi_en]),
        "product/su7": Entity("product/su7", "PRODUCT", None, {"zh": "SU7"}, {("SU7", "zh")}, [su7]),
        "org/evil": Entity("org/evil", "ORG", None, {"en": evil.text}, {(evil.text, "en")}, [evil]),
    }
    key_of = {}
    for key, ent in entities.items():
        for m in ent.mentions:
            key_of[(m.doc_id, m.start, m.end)] = key
    zh_ext = Extraction(
        zh, mentions=(zhipu_zh, hkex, zhipu_zh2, zhang_zh, xiaomi_zh, su7),
        relations=(Relation(zhang_zh, "ceoOf", zhipu_zh2, _evidence(zh, zhang_zh, zhipu_zh2)),
                   Relation(zhipu_zh, "listedOn", hkex, _evidence(zh, zhipu_zh, hkex)),
                   Relation(xiaomi_zh, "develops", su7, _evidence(zh, xiaomi_zh, su7))),
        events=(Event("Listing", "上市", "智谱在港交所上市", "zh", _evidence(zh, zhipu_zh, hkex),
                      (Participant("company", zhipu_zh), Participant("exchange", hkex)),
                      "2026-01-08", "2026年1月8日", (Amount(116.2, "HKD", "116.2港元"),)),),
    )
    en_ext = Extraction(
        en, mentions=(zhipu_en, zhang_en, xiaomi_en, evil),
        relations=(Relation(zhang_en, "ceoOf", zhipu_en, _evidence(en, zhipu_en, zhang_en)),
                   Relation(xiaomi_en, "partnerOf", evil, _evidence(en, xiaomi_en, evil))),
    )
    return [zh_ext, en_ext], entities, key_of


@pytest.fixture
def sample_records():
    return make_sample_records()


@pytest.fixture
def sample_graph():
    extractions, entities, key_of = make_sample_records()
    return build_graph(extractions, entities, key_of)


@pytest.fixture(scope="session")
def seed_build():
    """The seed corpus built once per test session (real pipelines, real models)."""
    from kg.pipeline import build

    return build([str(SEEDS)])


@pytest.fixture(scope="session")
def seed_out(tmp_path_factory, seed_build):
    """The seed graph written as RDF and exports into a temporary output folder."""
    from kg import export, rdf

    out = tmp_path_factory.mktemp("seed_out")
    rdf.write_rdf(rdf.to_dataset(seed_build.graph), out)
    export.write_all(seed_build.graph, out)
    return out
