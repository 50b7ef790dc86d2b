"""Chars/s of the kg Chinese NER model vs ``jieba.cut`` on the same text, same run.

Text: the 143 Apache-2.0 news articles in ``news_zh_openaxo/articles.jsonl`` (split on
newlines into paragraphs) -- or CLUENER held-out sentences with ``--cluener``.
Both are single-threaded here; run with OMP_NUM_THREADS=1 for a fair one-core number.

    python benchmarks/ner_zh_speed.py [--data ../shared/data] [--model kg/models/zh_kg_ner] [--repeat 3]
"""
from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path
from timing import best_of  # benchmarks/timing.py (scripts run from their folder)

REPO_ROOT = Path(__file__).resolve().parents[1]
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))


def load_texts(data: Path, cluener: bool) -> list:
    if cluener:
        from kg.training.zh_ner_data import read_cluener

        return [t for t, _ in read_cluener(data, "heldout")]
    texts = []
    with open(data / "news_zh_openaxo" / "articles.jsonl", encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            body = "\n".join(x for x in (row.get("title"), row.get("text")) if x)
            texts.extend(p.strip() for p in body.split("\n") if p.strip())
    return texts

def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, default=(REPO_ROOT / ".." / "shared" / "data").resolve())
    ap.add_argument("--model", type=Path, default=REPO_ROOT / "kg" / "models" / "zh_kg_ner")
    ap.add_argument("--cluener", action="store_true", help="use CLUENER held-out sentences instead of news")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--batch-size", type=int, default=64)
    args = ap.parse_args(argv)

    import jieba
    import spacy

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    import kg.nlp.zh_tokenizer  # noqa: F401  the tokenizer the shipped model names

    nlp = spacy.load(args.model)
    texts = load_texts(args.data, args.cluener)
    n = sum(len(t) for t in texts)
    list(nlp.pipe(texts[:20]))  # warm-up

    def run_jieba():
        for t in texts:
            for _ in jieba.cut(t):
                pass

    from kg.nlp.lac import tagger

    lac = tagger()

    def run_model():
        if lac is not None:
            lac.forget()  # a model that reads LAC's tags pays for them in every run
        for doc in nlp.pipe(texts, batch_size=args.batch_size):
            doc.ents

    def run_lac():
        lac.forget()
        lac.words(texts)

    tj = best_of(run_jieba, args.repeat)
    tm = best_of(run_model, args.repeat)
    print(f"texts={len(texts)} chars={n}")
    print(f"jieba.cut : {n / tj:12,.0f} chars/s")
    print(f"model NER : {n / tm:12,.0f} chars/s  ({args.model}{', with its LAC tags' if getattr(nlp.tokenizer, 'lac', False) else ''})")
    print(f"ratio model/jieba = {tj / tm:.3f}")
    if lac is not None:
        tl = best_of(run_lac, args.repeat)
        print(f"LAC alone : {n / tl:12,.0f} chars/s  (ratio LAC/jieba = {tj / tl:.3f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
