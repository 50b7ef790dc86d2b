"""The character-bigram vocabulary of the Chinese NER tokenizer (``kg/nlp/zh_tokenizer.py``).

    python -m kg.training.zh_bigrams --data ../shared/data --output build/zh_ner/bigrams.txt

Counted over ``news_zh_openaxo/articles.jsonl`` (Apache-2.0, so the list may ship inside the
model), **without** the articles annotated in ``eval/gold/`` (they stay unseen). Bigrams are
those of :func:`kg.nlp.zh_tokenizer.char_features`; the ones seen at least ``--min-count``
times are kept, the rest become ``<unk>`` in the model's features.
"""
from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from kg.nlp.zh_tokenizer import char_features

REPO_ROOT = Path(__file__).resolve().parents[2]


def gold_paths() -> set:
    path = REPO_ROOT / "eval" / "gold" / "news_zh_openaxo.jsonl"
    with open(path, encoding="utf-8") as f:
        return {json.loads(line)["path"] for line in f if line.strip()}


def count_bigrams(data_dir: Path) -> Counter:
    skip = gold_paths()
    counts: Counter = Counter()
    with open(Path(data_dir) / "news_zh_openaxo" / "articles.jsonl", encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            row = json.loads(line)
            if row.get("path") in skip:
                continue
            for text in (row.get("title") or "", row.get("text") or ""):
                counts.update(char_features(text, words=False)[2])
    return counts


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=(REPO_ROOT / ".." / "shared" / "data").resolve())
    ap.add_argument("--output", type=Path, required=True)
    ap.add_argument("--min-count", type=int, default=2)
    args = ap.parse_args(argv)
    counts = count_bigrams(args.data)
    kept = sorted(b for b, n in counts.items() if n >= args.min_count and not b[0].isspace())
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text("\n".join(kept) + "\n", encoding="utf-8")
    print(f"{len(kept)} bigrams of {len(counts)} (min count {args.min_count}) -> {args.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
