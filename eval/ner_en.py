"""Score English NER (exact span + type) on held-out data, baseline vs kg, same run.

Data (never trained on; split rule in ``kg/training/en_ner.py``):

* ``conll03_heldout``: the CoNLL2003 stories (first 3000 sentences) whose md5 bucket is 0-1
  (20 %), PER->PERSON, ORG->ORG (LOC/MISC not scored);
* ``conll04_dev``: ``conll04_dev.jsonl`` whole, Peop->PERSON, Org->ORG;
* ``fewnerd_heldout``: 20 % of the Few-NERD sentences, person-*->PERSON,
  organization-*->ORG, product-*->PRODUCT.  Each Few-NERD file labels only some
  subtypes, so a correct prediction of an unlabelled subtype counts as a false
  positive: precision there is a lower bound, recall is the number to read.

Systems:

* ``baseline``: en_core_web_sm alone (``nlp(text).ents``, labels via ``LABEL_MAP``);
* ``kg``: kg's English mention extraction today (lexicon ruler + en_core_web_sm +
  ``kg.extract.entities`` rules and filters), via ``analyze`` + ``extract_mentions``;
* ``kg+en_ner``: the same with ``kg.nlp.en_ner.extend_english`` applied;
* ``en_ner`` (with ``--raw``): the extended pipeline's ``doc.ents`` without kg's rules.

Sentences are the tokens joined with spaces.  For the kg systems the sentences of a
set are one Document per 50 sentences (one per line), as ``kg extract`` would see a
file; predicted character spans are scored against the gold character spans.

Speed (same run, same text: every sentence of the three sets, one per line): chars/s of
the full en_core_web_sm pipeline (``nlp.pipe``) and of the whole ``kg extract`` path
(``extract_all``: segment, NLP, mentions, relations, events), today and extended, with
the ratio kg / baseline.  Run it on one core: ``OMP_NUM_THREADS=1``.

    python eval/ner_en.py [--data ../shared/data] [--limit N] [--raw] [--no-speed]
"""
from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Callable, Dict, List, Sequence, Tuple

REPO_ROOT = Path(__file__).resolve().parents[1]
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from kg.training.en_ner import Sentence, eval_sets, kg_type  # noqa: E402

CSpan = Tuple[int, int, str]  # char start, char end (exclusive), kg type
TYPES = ("PERSON", "ORG", "PRODUCT")
MAIN = ("PERSON", "ORG")
CHUNK = 50


def gold_spans(sent: Sentence) -> List[CSpan]:
    starts, pos = [], 0
    for t in sent.tokens:
        starts.append(pos)
        pos += len(t) + 1
    out = []
    for s, e, lab in sent.spans:
        typ = kg_type(sent.dataset, lab)
        if typ:
            out.append((starts[s], starts[e - 1] + len(sent.tokens[e - 1]), typ))
    return out


def prf(tp: int, fp: int, fn: int) -> Tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def score(sents: Sequence[Sentence], preds: Sequence[List[CSpan]]) -> dict:
    tp, fp, fn = Counter(), Counter(), Counter()
    for sent, pred in zip(sents, preds):
        gold = set(gold_spans(sent))
        pred = {p for p in pred if p[2] in sent.scored}
        for s in pred & gold:
            tp[s[2]] += 1
        for s in pred - gold:
            fp[s[2]] += 1
        for s in gold - pred:
            fn[s[2]] += 1
    out = {}
    labs = [t for t in TYPES if tp[t] + fn[t]]
    for lab in labs:
        p, r, f = prf(tp[lab], fp[lab], fn[lab])
        out[lab] = {"p": p, "r": r, "f": f, "gold": tp[lab] + fn[lab], "pred": tp[lab] + fp[lab]}
    a, b, c = (sum(x[l] for l in MAIN) for x in (tp, fp, fn))
    p, r, f = prf(a, b, c)
    out["PER+ORG"] = {"p": p, "r": r, "f": f, "gold": a + c, "pred": a + b}
    return out


# ------------------------------------------------------------------------ systems

def baseline_predict(nlp, sents: Sequence[Sentence]) -> List[List[CSpan]]:
    from kg.nlp.pipelines import map_label

    out = []
    for doc in nlp.pipe((s.text for s in sents), batch_size=64):
        out.append([(e.start_char, e.end_char, map_label(e.label_)) for e in doc.ents
                    if map_label(e.label_)])
    return out


def raw_predict(nlp, sents):
    return baseline_predict(nlp, sents)


def kg_predict(nlp, sents: Sequence[Sentence]) -> List[List[CSpan]]:
    """kg's mentions of the sentences, ``CHUNK`` sentences (lines) per Document."""
    from kg.extract.entities import extract_mentions
    from kg.nlp import analyze as analyze_mod
    from kg.records import Document
    from kg.segment import split_segments

    out: List[List[CSpan]] = []
    with using_english(nlp):
        for k in range(0, len(sents), CHUNK):
            chunk = sents[k:k + CHUNK]
            offsets, pos = [], 0
            for s in chunk:
                offsets.append(pos)
                pos += len(s.text) + 1
            doc = Document(f"eval{k}", "\n".join(s.text for s in chunk))
            parsed = analyze_mod.analyze(doc, split_segments(doc))
            mentions, _ = extract_mentions(doc, parsed)
            per = [[] for _ in chunk]
            j = 0
            for m in sorted(mentions, key=lambda m: m.start):
                while j + 1 < len(chunk) and m.start >= offsets[j + 1]:
                    j += 1
                per[j].append((m.start - offsets[j], m.end - offsets[j], m.type))
            out.extend(per)
    return out


class using_english:
    """Make ``kg.nlp.pipelines.english()`` return ``nlp`` inside the block."""

    def __init__(self, nlp):
        self.nlp = nlp

    def __enter__(self):
        from kg.nlp import pipelines

        self.saved = pipelines.english
        pipelines.english = lambda name=None: self.nlp
        return self.nlp

    def __exit__(self, *exc):
        from kg.nlp import pipelines

        pipelines.english = self.saved


def kg_english(extended: bool, model=None):
    """A fresh kg English pipeline (lexicon ruler before ner), optionally extended."""
    from kg.nlp import pipelines

    nlp = pipelines._load(pipelines.english_name())
    ruler = nlp.add_pipe("entity_ruler", before="ner",
                         config={"overwrite_ents": True, "phrase_matcher_attr": "ORTH"})
    ruler.add_patterns(pipelines.lexicon_patterns("en"))
    if extended:
        from kg.nlp.en_ner import extend_english

        extend_english(nlp, model)
        if not nlp.meta.get("kg_en_ner"):
            return None
    return nlp


# -------------------------------------------------------------------------- output

def print_table(name: str, results: Dict[str, dict], fewnerd: bool) -> None:
    note = "  (P is a lower bound: partial labels)" if fewnerd else ""
    print(f"\n== {name}{note}")
    systems = list(results)
    head = f"{'type':<9}{'gold':>6} " + "".join(f"| {s:^26}" for s in systems)
    print(head)
    print(f"{'':<9}{'':>6} " + "".join(f"| {'P':>6}{'R':>6}{'F1':>6}{'pred':>7} " for _ in systems))
    rows = [t for t in (*TYPES, "PER+ORG") if any(t in r for r in results.values())]
    for t in rows:
        gold = next(r[t]["gold"] for r in results.values() if t in r)
        line = f"{t:<9}{gold:>6} "
        for s in systems:
            v = results[s].get(t)
            line += (f"| {v['p']:6.3f}{v['r']:6.3f}{v['f']:6.3f}{v['pred']:7d} " if v
                     else f"| {'-':>25} ")
        print(line)


def best_of(fn, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def speed(base_nlp, kg_nlps: Dict[str, object], lines: List[str], repeat: int) -> None:
    from kg.pipeline import extract_all
    from kg.records import Document

    text = "\n".join(lines)
    n = len(text)
    docs = [Document("speed", text)]
    rows = [("baseline en_core_web_sm full pipeline (nlp.pipe)",
             best_of(lambda: list(base_nlp.pipe(lines)), repeat))]
    for name, nlp in kg_nlps.items():
        with using_english(nlp):
            extract_all(docs[:1])  # warm up
            rows.append((f"{name}: kg extract (extract_all)", best_of(lambda: extract_all(docs), repeat)))
    print(f"\n== speed ({n:,} chars, {len(lines)} lines, best of {repeat})")
    t_base = rows[0][1]
    for name, secs in rows:
        print(f"{name:<52}{n / secs:>11,.0f} chars/s   ratio {t_base / secs:6.1%}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=(REPO_ROOT / ".." / "shared" / "data").resolve())
    ap.add_argument("--model", type=Path, default=None, help="en_kg_ner folder (default kg/models/en_kg_ner)")
    ap.add_argument("--limit", type=int, default=0, help="first N sentences of each set")
    ap.add_argument("--raw", action="store_true", help="also score the extended pipeline's doc.ents alone")
    ap.add_argument("--no-speed", action="store_true")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)

    from kg.nlp import pipelines

    sets = eval_sets(args.data)
    if args.limit:
        sets = {k: v[: args.limit] for k, v in sets.items()}
    base = pipelines._load(pipelines.english_name())
    kg_today = kg_english(False)
    kg_ext = kg_english(True, args.model)
    if kg_ext is None:
        print("!! en_kg_ner model not found: only baseline and kg today are scored")
    print(f"baseline: {pipelines.english_name()} {base.meta.get('version')}; "
          f"sets: " + ", ".join(f"{k} {len(v)} sentences" for k, v in sets.items()))
    for name, sents in sets.items():
        res = {"baseline": score(sents, baseline_predict(base, sents)),
               "kg": score(sents, kg_predict(kg_today, sents))}
        if kg_ext is not None:
            if args.raw:
                res["en_ner (doc.ents)"] = score(sents, raw_predict(kg_ext, sents))
            res["kg+en_ner"] = score(sents, kg_predict(kg_ext, sents))
        print_table(name, res, name.startswith("fewnerd"))
    if not args.no_speed:
        lines = [s.text for v in sets.values() for s in v]
        kgs = {"kg today": kg_today}
        if kg_ext is not None:
            kgs["kg+en_ner"] = kg_ext
        speed(base, kgs, lines, args.repeat)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
