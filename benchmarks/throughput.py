"""Throughput of each stage in characters per second, with baselines from the same run.

Baselines: ``jieba.cut`` over the Chinese text, the spaCy English tokenizer and the full
English spaCy pipeline (``nlp.pipe``) over the English text.  The kg numbers are the
whole ``kg extract`` path (segment -> NLP -> mentions -> relations -> events) per
language, and per stage on the mixed seed corpus.  Ratios are printed against the
baselines, so the numbers compare across machines.

    python benchmarks/throughput.py [--repeat 3] [INPUT ...]
"""
from __future__ import annotations

import argparse
from pathlib import Path

from kg.io.loaders import load_documents
from kg.nlp import pipelines
from kg.nlp.analyze import NLPConfig
from kg.pipeline import build_graph_from, extract_all
from kg.records import Document
from kg.segment import split_segments
from timing import best_of  # benchmarks/timing.py (scripts run from their folder)

ROOT = Path(__file__).resolve().parent.parent

def by_language(docs: list[Document]) -> dict[str, str]:
    parts = {"zh": [], "en": []}
    for doc in docs:
        for seg in split_segments(doc):
            parts[seg.lang].append(doc.text[seg.start:seg.end])
    return {lang: "\n".join(texts) for lang, texts in parts.items()}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("inputs", nargs="*", default=[str(ROOT / "seeds")])
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    docs = load_documents(args.inputs).documents
    texts = by_language(docs)
    import jieba

    en_nlp = pipelines.english()
    pipelines.chinese_tokens()
    pipelines.chinese_ner()
    jieba.initialize()
    extract_all(docs[:1])  # warm up every pipeline once

    rows = []
    zh, en = texts["zh"], texts["en"]
    en_lines = en.splitlines()
    t_jieba = best_of(lambda: list(jieba.cut(zh)), args.repeat)
    t_tok = best_of(lambda: [en_nlp.tokenizer(t) for t in en_lines], args.repeat)
    en_full = pipelines._load(pipelines.english_name())
    t_spacy = best_of(lambda: list(en_full.pipe(en_lines)), args.repeat)
    zh_doc = [Document("zh", zh)]
    en_doc = [Document("en", en)]
    t_kg_zh = best_of(lambda: extract_all(zh_doc), args.repeat)
    no_lac = NLPConfig(zh_lac=False)
    t_kg_zh_no_lac = best_of(lambda: extract_all(zh_doc, no_lac), args.repeat)
    lac_only = NLPConfig(zh_model=pipelines.LAC_ZH)
    t_kg_zh_lac = best_of(lambda: extract_all(zh_doc, lac_only), args.repeat)
    fast = NLPConfig(zh_model=pipelines.FAST_ZH)
    extract_all(zh_doc[:1], fast)
    t_kg_zh_fast = best_of(lambda: extract_all(zh_doc, fast), args.repeat)
    t_kg_en = best_of(lambda: extract_all(en_doc), args.repeat)
    rows += [("baseline jieba.cut (zh)", len(zh), t_jieba), ("baseline spaCy tokenizer (en)", len(en), t_tok),
             (f"baseline {pipelines.english_name()} full pipeline (en)", len(en), t_spacy),
             ("kg extract, Chinese text", len(zh), t_kg_zh),
             ("kg extract --no-lac, Chinese text", len(zh), t_kg_zh_no_lac),
             ("kg extract --zh-model lac (LAC alone), Chinese text", len(zh), t_kg_zh_lac),
             ("kg extract --zh-model jieba (fast mode), Chinese text", len(zh), t_kg_zh_fast),
             ("kg extract, English text", len(en), t_kg_en)]

    timings: dict = {}
    total = sum(len(d.text) for d in docs)
    extractions, _ = extract_all(docs, timings=timings)
    build_graph_from(extractions, timings)
    print(f"{'what':52} {'chars':>9} {'seconds':>9} {'chars/s':>11}")
    for name, chars, secs in rows:
        print(f"{name:52} {chars:9d} {secs:9.3f} {chars / secs:11.0f}")
    print("\nper stage over the whole corpus (mixed languages):")
    for stage, secs in timings.items():
        print(f"  {stage:50} {total:9d} {secs:9.3f} {total / max(secs, 1e-9):11.0f}")
    print("\nratios (kg speed / baseline speed):")
    print(f"  kg extract (zh) / jieba.cut:          {t_jieba / t_kg_zh:6.1%}  (target >= 25%)")
    print(f"  --no-lac (zh) / jieba.cut:            {t_jieba / t_kg_zh_no_lac:6.1%}  (no LAC beside the model)")
    print(f"  --zh-model lac (zh) / jieba.cut:      {t_jieba / t_kg_zh_lac:6.1%}  (LAC, no spaCy NER model)")
    print(f"  fast mode (zh) / jieba.cut:           {t_jieba / t_kg_zh_fast:6.1%}  (no NER model)")
    print(f"  kg extract (en) / spaCy full pipeline: {t_spacy / t_kg_en:6.1%}  (target >= 50%)")
    print(f"  kg extract (en) / spaCy tokenizer:     {t_tok / t_kg_en:6.1%}")


if __name__ == "__main__":
    main()
