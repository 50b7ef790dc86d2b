"""Look at what kg extracts from the news articles that are *not* in the gold set.

The 12 articles of ``eval/gold/`` are a test set: their errors must not guide the rules
(``eval/gold/README.md``). The other articles of ``news_zh_openaxo`` are free for
development; this script prints, sentence by sentence, what kg finds in them, so a rule can
be checked on text it was not written for.

    python eval/dev_news.py [--data ../shared/data] [--match 发布|推出] [--limit 40]
                            [--category 创新纪] [--only-missing develops]

``--match`` keeps sentences matching a regex; ``--only-missing P`` keeps sentences with an
organization and a second name but no relation P (where recall is lost).
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Iterator, Optional

REPO_ROOT = Path(__file__).resolve().parents[1]
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

GOLD_DIR = REPO_ROOT / "eval" / "gold"
_SENTENCE = re.compile(r"[^。！？\n]+[。！？]?")


def dev_articles(data: Path, category: Optional[str] = None) -> Iterator[dict]:
    """The articles of ``news_zh_openaxo`` that no gold file names (optionally one category)."""
    gold = set()
    for path in sorted(GOLD_DIR.glob("*.jsonl")):
        with open(path, encoding="utf-8") as f:
            gold.update(json.loads(line).get("path") for line in f if line.strip())
    with open(data / "news_zh_openaxo" / "articles.jsonl", encoding="utf-8") as f:
        for line in f:
            if line.strip():
                a = json.loads(line)
                if a["path"] not in gold and (category is None or a.get("category") == category):
                    yield a


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=REPO_ROOT.parent / "shared" / "data")
    ap.add_argument("--match", default=None, help="regex a sentence must match")
    ap.add_argument("--limit", type=int, default=40, help="sentences to print")
    ap.add_argument("--category", default=None, help="one category of articles (e.g. 创新纪)")
    ap.add_argument("--only-missing", default=None, metavar="PREDICATE")
    args = ap.parse_args(argv)
    from kg.pipeline import extract_document
    from kg.records import Document

    match = re.compile(args.match) if args.match else None
    shown = 0
    for a in dev_articles(args.data, args.category):
        doc = Document(a["path"], a["text"], a.get("title"), a.get("date"))
        ext = extract_document(doc)
        for s in _SENTENCE.finditer(doc.text):
            lo, hi = s.start(), s.end()
            if match and not match.search(s.group()):
                continue
            names = [m for m in ext.mentions if lo <= m.start < hi]
            rels = [r for r in ext.relations if lo <= r.evidence.start < hi]
            if args.only_missing and (len(names) < 2 or not any(m.type == "ORG" for m in names)
                                      or any(r.predicate == args.only_missing for r in rels)):
                continue
            events = [e for e in ext.events if lo <= e.evidence.start < hi]
            print("S:", s.group()[:200].replace("\n", " "))
            print("  names:", " ".join(f"{m.text}/{m.type}" for m in names))
            print("  relations:", [f"{r.subject.text} -{r.predicate}-> {r.object.text}" for r in rels])
            print("  events:", [f"{e.type}({', '.join(p.role + ':' + p.mention.text for p in e.participants)})"
                                f"@{e.date}" for e in events])
            shown += 1
            if shown >= args.limit:
                return 0
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
