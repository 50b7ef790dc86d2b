"""Score relation and event extraction (issue 4) against gold annotations.

Runs :func:`kg.pipeline.extract_document` on four corpora and prints P/R/F1 per
predicate / event type plus a one-line summary:

* ``news``    -- ``eval/gold/*.jsonl`` except ``seeds.jsonl``: hand-annotated articles of
  ``news_zh_openaxo/articles.jsonl`` (text read from ``--data`` at eval time);
* ``seeds``   -- ``eval/gold/seeds.jsonl``: the three documents of ``seeds/``;
* ``devnews`` -- (only with ``--only devnews``) ``eval/dev/news_*.jsonl``: 64 other articles
  of ``news_zh_openaxo`` annotated the same way for rule development (see ``eval/dev/README.md``);
* ``wordings-test`` -- (only with ``--only wordings-test``) ``eval/gold/wordings_test_*.jsonl``:
  160 more such passages (80 per language), written by other annotators and kept out of tuning;
* ``wordings`` -- (only with ``--only wordings``, ``wordings-zh`` or ``wordings-en``)
  ``eval/dev/wordings_*.jsonl``: short news-style passages in both languages, written with
  their facts for rule development, text stored inline (see ``eval/dev/README.md``);
* ``articles`` -- (only with ``--only articles``, ``articles-zh`` or ``articles-en``)
  ``eval/dev/articles_*.jsonl``: long written analysis articles (headings, tables, lists,
  references) in both languages, for rule development, text stored inline;
* ``reports`` -- (only with ``--only reports``, ``reports-zh`` or ``reports-en``)
  ``eval/dev/reports_*.jsonl``: written news reports, flash digests, press releases, funding news and filings (datelines, bylines, stock codes, relative
  dates) in both languages, for rule development, text stored inline;
* ``articles-test`` -- (only with ``--only articles-test``) ``eval/gold/articles_test_*.jsonl``:
  more such articles by another annotator, kept out of tuning;
* ``duie``    -- a deterministic sample (md5 of the sentence, default 500) of
  ``duie2/duie_train_subset4000_business.jsonl``; DuIE 董事长 -> chairOf and
  创始人 -> founderOf (subject and object swapped: DuIE says company -董事长-> person);
  only those two predicates are scored, other predictions are ignored;
* ``conll04`` -- ``conll04/conll04_dev.jsonl``; Work_For is scored, and every
  ceoOf/chairOf/founderOf/worksFor prediction counts as Work_For; the other CoNLL04
  relations (OrgBased_In, Live_In, Located_In, Kill) have no kg predicate and are
  not scored.  Sentences are detokenized ("Smith 's" -> "Smith's") before extraction.

Matching rules: see ``eval/scoring.py`` (and ``eval/gold/README.md``).

    python eval/relations.py [--data ../shared/data] [--only news|seeds|duie|conll04|devnews|wordings[-zh|-en|-test]|articles[-zh|-en|-test]]
                             [--limit N] [--errors N] [--json results.json]
                             [--conll-split train]  (CoNLL04 train: for rule development)
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional, Sequence

REPO_ROOT = Path(__file__).resolve().parents[1]
for _path in (REPO_ROOT, REPO_ROOT / "eval"):  # kg, and eval/scoring.py beside this script
    if str(_path) not in sys.path:
        sys.path.insert(0, str(_path))

from scoring import (Counts, PredEvent, PredParticipant, PredRelation, print_event_table,  # noqa: E402
                     print_relation_table, score_events, score_relations, summarize)

GOLD_DIR = REPO_ROOT / "eval" / "gold"
SEEDS_DIR = REPO_ROOT / "seeds"
DATASETS = ("news", "seeds", "duie", "conll04")
#: ``--only devnews``: articles annotated for development (``eval/dev/``); errors may be read.
EXTRA_DATASETS = ("devnews", "wordings", "wordings-zh", "wordings-en", "wordings-test",
                  "articles", "articles-zh", "articles-en", "articles-test", "reports", "reports-zh", "reports-en")
DEV_DIR = REPO_ROOT / "eval" / "dev"

DUIE_MAP = {"董事长": "chairOf", "创始人": "founderOf"}  # company -p-> person  ==>  person -p'-> company
DUIE_SAMPLE = 500
CONLL_WORK = {"ceoOf", "chairOf", "founderOf", "worksFor"}


# --------------------------------------------------------------------------- adapters

def pred_relations(extraction) -> list[PredRelation]:
    out = []
    for r in extraction.relations:
        ev = r.evidence
        out.append(PredRelation(r.subject.text, r.predicate, r.object.text, r.subject.type,
                                r.object.type, ev.sent_start, ev.sent_end, ev.sentence, ev.extractor))
    return out


def pred_events(extraction) -> list[PredEvent]:
    out = []
    for e in extraction.events:
        ev = e.evidence
        parts = tuple(PredParticipant(p.role, p.mention.text, p.mention.type) for p in e.participants)
        amounts = tuple((a.value, a.currency) for a in e.amounts)
        out.append(PredEvent(e.type, parts, e.date, amounts, ev.sent_start, ev.sent_end,
                             ev.sentence, e.trigger))
    return out


@dataclass
class DatasetResult:
    name: str
    rel: Counts = field(default_factory=Counts)
    ev: Counts = field(default_factory=Counts)
    docs: int = 0
    chars: int = 0
    seconds: float = 0.0
    has_events: bool = False
    errors: list = field(default_factory=list)  # (doc id, kind, item, text)
    notes: list = field(default_factory=list)


def _run(name: str, items, has_events: bool, rel_filter=None) -> DatasetResult:
    """items: iterable of (Document, gold relations, gold events or None)."""
    from kg.pipeline import extract_document

    res = DatasetResult(name, has_events=has_events)
    t0 = time.perf_counter()
    for doc, gold_rel, gold_ev in items:
        x = extract_document(doc)
        res.docs += 1
        res.chars += len(doc.text)
        preds = pred_relations(x)
        if rel_filter:
            preds = rel_filter(preds)
        r = score_relations(gold_rel, preds)
        res.rel.add(r.counts)
        res.errors += [(doc.id, "rel-missed", g, doc.text) for g in r.missed]
        res.errors += [(doc.id, "rel-false", p, doc.text) for p in r.false]
        if has_events:
            e = score_events(gold_ev or [], pred_events(x))
            res.ev.add(e.counts)
            res.errors += [(doc.id, "ev-missed", g, doc.text) for g in e.missed]
            res.errors += [(doc.id, "ev-false", p, doc.text) for p in e.false]
            res.errors += [(doc.id, "ev-date", (g, p), doc.text) for g, p in e.matched
                           if p.date != g.get("date")]
    res.seconds = time.perf_counter() - t0
    return res


def _read_jsonl(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def news_items(data: Path, limit: Optional[int] = None, gold_dir: Path = GOLD_DIR):
    from kg.records import Document

    articles = {a["path"]: a for a in _read_jsonl(data / "news_zh_openaxo" / "articles.jsonl")}
    gold = [g for p in sorted(gold_dir.glob("news_*.jsonl")) for g in _read_jsonl(p)]
    for g in gold[:limit]:
        a = articles[g["path"]]
        doc = Document(g["path"], a["text"], a.get("title"), a.get("date"), a.get("source_url"),
                       f"news_zh_openaxo/articles.jsonl#{g['path']}")
        yield doc, g["relations"], g["events"]


def wording_items(limit: Optional[int] = None, lang: Optional[str] = None, folder: Path = DEV_DIR,
                  prefix: str = "wordings_"):
    """Written passages or articles (text stored inline): ``eval/dev/{wordings,articles}_*.jsonl``
    for development, ``eval/gold/{wordings,articles}_test_*.jsonl`` kept out of tuning."""
    from kg.records import Document

    rows = [r for p in sorted(folder.glob(f"{prefix}*.jsonl")) for r in _read_jsonl(p)
            if lang is None or r["lang"] == lang]
    for r in rows[:limit]:
        yield Document(r["id"], r["text"], r.get("title"), r.get("date")), r["relations"], r["events"]


def seed_items(limit: Optional[int] = None):
    from kg.io.loaders import load_documents

    for g in _read_jsonl(GOLD_DIR / "seeds.jsonl")[:limit]:
        loaded = load_documents([SEEDS_DIR / g["file"]])
        doc = loaded.documents[0]
        yield doc, g["relations"], g["events"]


def duie_sample(data: Path, n: int = DUIE_SAMPLE) -> list[dict]:
    """The ``n`` sentences of the business subset with the smallest md5 of their text."""
    rows = _read_jsonl(data / "duie2" / "duie_train_subset4000_business.jsonl")
    rows.sort(key=lambda r: hashlib.md5(r["text"].encode("utf-8")).hexdigest())
    return rows[:n]


def duie_gold(row: dict) -> list[dict]:
    out, seen = [], set()
    for spo in row["spo_list"]:
        pred = DUIE_MAP.get(spo["predicate"])
        if not pred:
            continue
        obj = spo["object"]["@value"] if isinstance(spo["object"], dict) else spo["object"]
        key = (obj, pred, spo["subject"])
        if key not in seen:
            seen.add(key)
            out.append({"subject": obj, "predicate": pred, "object": spo["subject"]})
    return out


def duie_items(data: Path, limit: Optional[int] = None):
    from kg.records import Document

    for i, row in enumerate(duie_sample(data, limit or DUIE_SAMPLE)):
        yield Document(f"duie-{i:04d}", row["text"]), duie_gold(row), None


_NO_SPACE_BEFORE = {",", ".", ";", ":", "?", "!", ")", "]", "}", "%", "'s", "'S", "n't", "'re",
                    "'ve", "'ll", "'d", "'m", "'", "''"}
_NO_SPACE_AFTER = {"(", "[", "{", "$", "``"}


def detokenize(tokens: Sequence[str]) -> tuple[str, list[tuple[int, int]]]:
    """Tokens -> text with natural spacing, and each token's (start, end) in it."""
    text, spans = "", []
    for i, tok in enumerate(tokens):
        t = {"``": '"', "''": '"', "-LRB-": "(", "-RRB-": ")"}.get(tok, tok)
        prev = tokens[i - 1] if i else ""
        apostrophe = tok.startswith("'") and tok[1:2].isalpha()
        glue = i == 0 or tok in _NO_SPACE_BEFORE or prev in _NO_SPACE_AFTER \
            or (apostrophe and (len(tok) <= 3 or (len(prev) == 1 and prev.isupper())))  # 's, O'Brien
        if not glue:
            text += " "
        spans.append((len(text), len(text) + len(t)))
        text += t
    return text, spans


def conll_items(data: Path, limit: Optional[int] = None, split: str = "dev"):
    from kg.records import Document

    rows = _read_jsonl(data / "conll04" / f"conll04_{split}.jsonl")[:limit]
    for i, row in enumerate(rows):
        text, spans = detokenize(row["tokens"])
        ents = row["entities"]

        def name(idx):
            e = ents[idx]
            return text[spans[e["start"]][0]:spans[e["end"] - 1][1]]

        gold, seen = [], set()
        for rel in row["relations"]:
            if rel["relation"] != "Work_For":
                continue
            key = (name(rel["head_idx"]), name(rel["tail_idx"]))
            if key not in seen:
                seen.add(key)
                gold.append({"subject": key[0], "predicate": "Work_For", "object": key[1]})
        yield Document(f"conll04-{row.get('orig_id', i)}", text), gold, None


def conll_filter(preds: list[PredRelation]) -> list[PredRelation]:
    from dataclasses import replace

    return [replace(p, predicate="Work_For", extractor=f"{p.predicate}:{p.extractor}")
            for p in preds if p.predicate in CONLL_WORK]


def duie_filter(preds: list[PredRelation]) -> list[PredRelation]:
    return [p for p in preds if p.predicate in DUIE_MAP.values()]


# --------------------------------------------------------------------------- main

def _show_errors(res: DatasetResult, n: int) -> None:
    if not n:
        return
    by_kind = defaultdict(list)
    for doc_id, kind, item, text in res.errors:
        by_kind[kind].append((doc_id, item, text))
    for kind, rows in by_kind.items():
        print(f"\n-- {res.name} {kind}: {len(rows)} (first {min(n, len(rows))})")
        for doc_id, item, text in rows[:n]:
            if kind == "rel-missed":
                ss = item.get("sentence_start")
                ctx = text[ss:ss + 90].replace("\n", " ") if ss is not None else text[:90]
                print(f"  [{doc_id}] {item['subject']} -{item['predicate']}-> {item['object']}  | {ctx}")
            elif kind == "rel-false":
                print(f"  [{doc_id}] {item.subject} -{item.predicate}-> {item.object} ({item.extractor})"
                      f"  | {item.sentence[:90]!r}")
            elif kind == "ev-missed":
                names = ", ".join(p["name"] for p in item.get("participants", ()))
                ss = item.get("sentence_start")
                ctx = text[ss:ss + 70].replace("\n", " ") if ss is not None else ""
                print(f"  [{doc_id}] {item['type']} {item.get('date')} ({names})  | {ctx}")
            elif kind == "ev-false":
                names = ", ".join(f"{p.role}={p.name}" for p in item.participants)
                print(f"  [{doc_id}] {item.type} '{item.trigger}' {item.date} ({names})"
                      f"  | {item.sentence[:80]!r}")
            elif kind == "ev-date":
                g, p = item
                print(f"  [{doc_id}] {g['type']} gold {g.get('date')} pred {p.date}"
                      f"  | {p.sentence[:70]!r}")


def _summary_bits(res: DatasetResult) -> str:
    rel = summarize(res.rel)["micro"]
    bit = f"{res.name}: rel P/R/F1 {rel['p']:.2f}/{rel['r']:.2f}/{rel['f']:.2f} (gold {rel['gold']})"
    if res.has_events:
        ev = summarize(res.ev)["micro"]
        bit += (f", events R {ev['r']:.2f} P {ev['p']:.2f} R+date {ev['date_r']:.2f}"
                f" (gold {ev['gold']})")
    return bit


def main(argv: Optional[Sequence[str]] = None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", default=str(REPO_ROOT.parent / "shared" / "data"),
                    help="the shared data folder (default ../shared/data)")
    ap.add_argument("--only", choices=DATASETS + EXTRA_DATASETS, action="append",
                    help="run only this dataset (repeatable)")
    ap.add_argument("--limit", type=int, default=None,
                    help="at most N documents/sentences per dataset (DuIE: sample size, default 500)")
    ap.add_argument("--conll-split", default="dev", choices=["dev", "train"],
                    help="CoNLL04 split to score (train: for rule development; dev is the score)")
    ap.add_argument("--errors", type=int, default=0, help="print N examples of each error kind")
    ap.add_argument("--json", default=None, help="also write the tables to this JSON file")
    args = ap.parse_args(argv)
    data = Path(args.data)
    chosen = args.only or list(DATASETS)

    results = []
    for name in chosen:
        if name == "news":
            res = _run("news", news_items(data, args.limit), True)
            res.notes.append("gold: eval/gold/*.jsonl (kept out of any tuning)")
        elif name == "devnews":
            res = _run("devnews", news_items(data, args.limit, DEV_DIR), True)
            res.notes.append("development annotations: eval/dev/*.jsonl (free for tuning)")
        elif name == "wordings-test":
            res = _run(name, wording_items(args.limit, None, GOLD_DIR, "wordings_test_"), True)
            res.notes.append("written passages kept out of tuning: eval/gold/wordings_test_*.jsonl")
        elif name == "articles-test":
            res = _run(name, wording_items(args.limit, None, GOLD_DIR, "articles_test_"), True)
            res.notes.append("written articles kept out of tuning: eval/gold/articles_test_*.jsonl")
        elif name.startswith(("wordings", "articles", "reports")):
            kind, _, lang = name.partition("-")
            res = _run(name, wording_items(args.limit, lang or None, DEV_DIR, kind + "_"), True)
            res.notes.append(f"written {kind}: eval/dev/{kind}_*.jsonl (free for tuning)")
        elif name == "seeds":
            res = _run("seeds", seed_items(args.limit), True)
        elif name == "duie":
            res = _run("duie", duie_items(data, args.limit), False, duie_filter)
            res.notes.append("DuIE 董事长->chairOf, 创始人->founderOf; other predicates not scored")
        else:
            res = _run("conll04", conll_items(data, args.limit, args.conll_split), False, conll_filter)
            res.notes.append("CoNLL04 Work_For <- ceoOf|chairOf|founderOf|worksFor; other relations not scored")
        results.append(res)
        title = f"{name} ({res.docs} docs, {res.chars:,} chars, {res.seconds:.1f}s)"
        for note in res.notes:
            print(f"# {note}")
        print_relation_table(title, summarize(res.rel), evidence=name in ("news", "seeds", "devnews") or name.startswith(("wordings", "articles")))
        if res.has_events:
            print_event_table(title, summarize(res.ev))
        _show_errors(res, args.errors)

    line = "SUMMARY " + " | ".join(_summary_bits(r) for r in results)
    print("\n" + line)
    out = {r.name: {"relations": summarize(r.rel),
                    **({"events": summarize(r.ev)} if r.has_events else {}),
                    "docs": r.docs, "seconds": r.seconds} for r in results}
    if args.json:
        Path(args.json).write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")
    return out


if __name__ == "__main__":
    main()
