"""Train the relation model (``kg/models/rel_kg``, read by :mod:`kg.extract.relation_model`).

Usage (from the repo root, one core)::

    OMP_NUM_THREADS=1 python -m kg.training.rel_model --data ../shared/data --output kg/models/rel_kg

Data: the project's annotated development documents, ``eval/dev/*.jsonl`` (written passages,
articles and reports stored inline, and the development news of ``news_zh_openaxo``, whose text is
read from ``--data``). The held-out sets of ``eval/gold`` are never read.

Each document goes through ``kg extract`` (the relation model off). Every candidate pair of names
of a sentence (:func:`kg.extract.relation_model.candidates`) is labelled with the predicates the
document's gold gives that pair, by name or alias (``NFKC``, case and spaces folded). The gold is
per document, so a pair is labelled in every sentence that names both: the labels are noisy, and
the thresholds are chosen for what the model adds, not for its per-pair scores.

Thresholds: five folds by document (md5 of the id). Each fold is scored by a model trained on the
other four; per predicate, the threshold is the lowest score at which the relations the model adds
to the patterns' (new triples of a document) are right at least ``--min-precision`` of the time,
over at least ``--min-support`` additions; a predicate that never gets there stays off (1.0).
The final model is trained on every document. The fold scores are printed and written to the
model card's table (``thresholds.json`` keeps them too).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import random
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
FOLDS = 5


def _key(name: str) -> str:
    """The relation model's name key (NFKC, case folded, no spaces), as its guards compare names."""
    from kg.extract.relation_model import name_key

    return name_key(name)


def load_documents(data: Path, dev: Path = REPO / "eval" / "dev") -> list[tuple]:
    """[(Document, gold relations)] of every development file."""
    from kg.records import Document

    articles = None
    out = []
    for path in sorted(dev.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            row = json.loads(line)
            if "text" not in row:  # development news: the text is in the shared data
                if articles is None:
                    with open(data / "news_zh_openaxo" / "articles.jsonl", encoding="utf-8") as f:
                        articles = {a["path"]: a for a in map(json.loads, f)}
                a = articles[row["path"]]
                row = dict(row, id=row["path"], text=a["text"], title=a.get("title"), date=a.get("date"))
            out.append((Document(row["id"], row["text"], row.get("title"), row.get("date")), row["relations"]))
    return out


def fold_of(doc_id: str) -> int:
    return int(hashlib.md5(doc_id.encode("utf-8")).hexdigest(), 16) % FOLDS


def _triples(predicate: str, s: str, o: str) -> list[tuple[str, str, str]]:
    """(predicate, s, o), and its mirror when the predicate is symmetric."""
    from kg.extract.relations import SYMMETRIC

    return [(predicate, s, o)] + ([(predicate, o, s)] if predicate in SYMMETRIC else [])


def examples_of(extraction, gold: list[dict]) -> list[tuple]:
    """(features, {predicate: 0/1}, (predicate-free pair key)) of every candidate of a document."""
    from kg.extract.relation_model import PREDICATES, candidates, features
    from kg.extract.templates import templatize

    labels = defaultdict(set)
    for p, s, o in gold_triples(gold):
        labels[(s, o)].add(p)
    text = extraction.document.text
    out = []
    for seg in extraction.segments:
        t = templatize(text, seg.start, seg.end, list(extraction.mentions))
        for s, o in candidates(t, seg.lang):
            key = (_key(t.mentions[s].text), _key(t.mentions[o].text))
            cats = {p: float(p in labels.get(key, ())) for p in PREDICATES}
            out.append((features(t, s, o, seg.lang), cats, key))
    return out


def rule_triples(extraction) -> set:
    return {t for r in extraction.relations for t in _triples(r.predicate, _key(r.subject.text), _key(r.object.text))}


def gold_triples(gold: list[dict]) -> set:
    return {t for g in gold for s in [g["subject"], *g.get("subject_aliases", ())]
            for o in [g["object"], *g.get("object_aliases", ())] for t in _triples(g["predicate"], _key(s), _key(o))}


def train(rows: list[tuple], epochs: int, length: int = 2 ** 17, seed: int = 0):
    """A spaCy pipeline with one ``textcat_multilabel`` over feature tokens."""
    import spacy
    from spacy.tokens import Doc
    from spacy.training import Example

    from kg.extract.relation_model import PREDICATES

    random.seed(seed)
    spacy.util.fix_random_seed(seed)
    nlp = spacy.blank("xx")
    nlp.add_pipe("textcat_multilabel", config={"model": {
        "@architectures": "spacy.TextCatBOW.v3", "exclusive_classes": False, "ngram_size": 1,
        "no_output_layer": False, "length": length}})
    examples = [Example.from_dict(Doc(nlp.vocab, words=f), {"cats": c}) for f, c, _ in rows]
    for p in PREDICATES:
        nlp.get_pipe("textcat_multilabel").add_label(p)
    optimizer = nlp.initialize(lambda: examples[:2000])
    for _ in range(epochs):
        random.shuffle(examples)
        for i in range(0, len(examples), 128):
            nlp.update(examples[i:i + 128], sgd=optimizer, drop=0.0)
    return nlp


def predict(nlp, rows: list[tuple]) -> list[dict]:
    from spacy.tokens import Doc

    return [d.cats for d in nlp.pipe(Doc(nlp.vocab, words=f) for f, _, _ in rows)]


def choose_thresholds(docs: list[tuple], min_precision: float, band_precision: float,
                      min_support: int, band: int = 20) -> tuple[dict, dict]:
    """docs: [(rule triples, gold triples, [(pair key, cats)])] -> ({predicate: threshold}, report).

    Per predicate, the model's additions (pairs of names the patterns relate nowhere in the
    document, as :func:`kg.extract.relation_model.model_relations` reads them) are ranked by score;
    the threshold is the lowest score at which all additions above it are right at least
    ``min_precision`` of the time and the last ``band`` of them at least ``band_precision``."""
    from kg.extract.relation_model import PREDICATES

    thresholds, report = {}, {}
    for p in PREDICATES:
        best = {}  # (doc index, s, o) -> best score of a pair the rules leave unrelated
        for i, (rules, _, scored) in enumerate(docs):
            related = {frozenset((s, o)) for (_, s, o) in rules}
            for key, cats in scored:
                if frozenset(key) not in related and key[0] not in key[1] and key[1] not in key[0]:
                    best[(i, *key)] = max(best.get((i, *key), 0.0), cats[p])
        ranked = sorted(((sc, (p, s, o) in docs[i][1]) for (i, s, o), sc in best.items()), reverse=True)
        chosen, at = 1.0, (0, 0)
        right = [r for sc, r in ranked if sc >= 0.3]
        for n in range(min_support, len(right) + 1):
            window = right[max(0, n - band):n]
            if sum(right[:n]) / n >= min_precision and sum(window) / len(window) >= band_precision:
                chosen, at = ranked[n - 1][0], (sum(right[:n]), n)
        thresholds[p] = round(chosen, 4)
        report[p] = {"threshold": thresholds[p], "added": at[1], "right": at[0]}
    return thresholds, report


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    ap.add_argument("--output", type=Path, default=REPO / "kg" / "models" / "rel_kg")
    ap.add_argument("--epochs", type=int, default=6)
    ap.add_argument("--min-precision", type=float, default=0.75)
    ap.add_argument("--band-precision", type=float, default=0.6)
    ap.add_argument("--min-support", type=int, default=5)
    ap.add_argument("--length", type=int, default=2 ** 17, help="rows of the hashed feature table")
    args = ap.parse_args()
    import os

    os.environ["KG_REL_MODEL"] = "none"  # the patterns' relations alone
    from kg.pipeline import extract_document

    per_doc = []
    docs = load_documents(args.data)
    for i, (doc, gold) in enumerate(docs):
        x = extract_document(doc)
        per_doc.append((fold_of(doc.id), examples_of(x, gold), rule_triples(x), gold_triples(gold)))
        if i % 100 == 0:
            print(f"extracted {i}/{len(docs)}", flush=True)
    fit(per_doc, args)


def out_of_fold(per_doc: list[tuple], args) -> list[tuple]:
    """[(rule triples, gold triples, [(pair key, cats)])] of every document, each scored by the
    model of the other folds."""
    scored_docs = []
    for k in range(FOLDS):
        train_rows = [r for f, ex, _, _ in per_doc if f != k for r in ex]
        nlp = train(train_rows, args.epochs, args.length)
        for f, ex, rules, gold in per_doc:
            if f == k:
                scored_docs.append((rules, gold, [(key, c) for (_, _, key), c in zip(ex, predict(nlp, ex))]))
        print(f"fold {k}: trained on {len(train_rows)} candidates", flush=True)
    return scored_docs


def fit(per_doc: list[tuple], args) -> None:
    scored_docs = out_of_fold(per_doc, args)
    thresholds, report = choose_thresholds(scored_docs, args.min_precision, args.band_precision, args.min_support)
    for p, r in report.items():
        print(f"{p:14} threshold {r['threshold']:.3f}  added {r['added']:4}  right {r['right']:4}")
    nlp = train([r for _, ex, _, _ in per_doc for r in ex], args.epochs, args.length)
    args.output.mkdir(parents=True, exist_ok=True)
    nlp.meta.update(name="rel_kg", version="0.1.0", license="Apache-2.0", author="kg",
                    description="kg's relation model: predicates between two names of a sentence (kg.extract.relation_model)")
    nlp.to_disk(args.output, exclude=["vocab"])  # the features are hashed: no strings needed
    (args.output / "thresholds.json").write_text(
        json.dumps(thresholds, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    (args.output / "folds.json").write_text(
        json.dumps(report, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
