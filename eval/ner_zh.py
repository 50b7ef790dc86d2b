"""Score Chinese NER (exact span + type) on the held-out CLUENER split.

Held-out rule: ``int(md5(text.utf8).hexdigest(), 16) % 10 == 0`` (see
``kg/training/zh_ner_data.py``; never trained on nor used for model selection).
Labels are mapped CLUENER -> kg (name->PERSON; company/organization/government->ORG;
game->PRODUCT; position->TITLE; address/scene->LOC; book/movie->WORK).

Prints P/R/F1 per type and micro PER+ORG for the trained model
(``kg/models/zh_kg_ner``), for the whole ``kg extract`` path with the same model and Baidu
LAC beside it (also against gold names without their 《》 marks, which kg drops from
names), for ``kg extract --no-lac``, ``--zh-model lac`` and the fast mode ``--zh-model
jieba`` (no NER model), for LAC alone, and for the baseline "jieba POS tags (nr->PERSON,
nt->ORG)".  ``--duie N`` adds the PERSON/ORG name recall of each on the last N sentences of
the DuIE business subset: other news than CLUENER, never trained on.

    python eval/ner_zh.py [--data ../shared/data] [--limit N] [--model kg/models/zh_kg_ner]
                          [--split dev] [--add-train-names] [--duie N]

``--add-train-names`` calls ``jieba.add_word`` for every gold entity string of the
*train* split before loading the model (simulates the kg runtime, which adds its lexicon
names to jieba; only matters for a jieba-tokenized model). Default: plain jieba.
"""
from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Callable, List, Sequence, Tuple

REPO_ROOT = Path(__file__).resolve().parents[1]
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from kg.training.zh_ner_data import LABELS, read_cluener  # noqa: E402

Span = Tuple[int, int, str]
PredFn = Callable[[str], List[Span]]
MAIN = ("PERSON", "ORG")


def prf(tp: int, fp: int, fn: int) -> Tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def unquoted(text: str, spans: List[Span]) -> List[Span]:
    """Gold spans with surrounding book-title marks removed: CLUENER labels 《魔兽世界》,
    kg names the product 魔兽世界 (the marks are punctuation, not part of the name)."""
    out = []
    for a, b, lab in spans:
        if b - a > 2 and text[a] == "《" and text[b - 1] == "》":
            a, b = a + 1, b - 1
        out.append((a, b, lab))
    return out


DUIE_TYPES = {"人物": "PERSON", "企业": "ORG", "机构": "ORG", "学校": "ORG"}


def duie_names(data_dir: Path, n: int) -> List[Tuple[str, List[Tuple[str, str]]]]:
    """(text, [(name, kg type)]) of the last ``n`` DuIE business sentences: the subjects and
    objects of their triples that are people or organizations. DuIE labels only the names in
    its triples, so only recall can be measured; it is a check on news unlike CLUENER."""
    import json

    rows = []
    with open(Path(data_dir) / "duie2" / "duie_train_subset4000_business.jsonl", encoding="utf-8") as f:
        lines = [line for line in f if line.strip()]
    for line in lines[-n:]:
        row = json.loads(line)
        names = set()
        for spo in row.get("spo_list", ()):
            obj, otype = spo.get("object"), spo.get("object_type")
            obj = obj.get("@value") if isinstance(obj, dict) else obj
            otype = otype.get("@value") if isinstance(otype, dict) else otype
            for name, typ in ((spo.get("subject"), spo.get("subject_type")), (obj, otype)):
                if name and DUIE_TYPES.get(typ):
                    names.add((name, DUIE_TYPES[typ]))
        rows.append((row["text"], sorted(names)))
    return rows


def name_recall(pred_fn: PredFn, rows) -> dict:
    """Share of the listed (name, type) pairs that are predicted somewhere in the sentence."""
    found, total = Counter(), Counter()
    for text, names in rows:
        pred = {(text[a:b], lab) for a, b, lab in pred_fn(text)}
        for name, lab in names:
            total[lab] += 1
            found[lab] += (name, lab) in pred
    return {lab: (found[lab] / total[lab], total[lab]) for lab in sorted(total)}


def score(pred_fn: PredFn, examples: Sequence[Tuple[str, List[Span]]]) -> dict:
    """Exact span+type scores. ``examples``: (text, [(start, end_excl, label)])."""
    tp, fp, fn = Counter(), Counter(), Counter()
    n_chars = 0
    t0 = time.perf_counter()
    for text, gold in examples:
        pred = {tuple(s) for s in pred_fn(text)}
        gold = {tuple(s) for s in gold}
        n_chars += len(text)
        for s in pred & gold:
            tp[s[2]] += 1
        for s in pred - gold:
            fp[s[2]] += 1
        for s in gold - pred:
            fn[s[2]] += 1
    dt = time.perf_counter() - t0
    out = {"per_type": {}, "seconds": dt, "chars_per_s": n_chars / dt if dt else 0.0}
    for lab in sorted(set(tp) | set(fp) | set(fn)):
        p, r, f = prf(tp[lab], fp[lab], fn[lab])
        out["per_type"][lab] = {"p": p, "r": r, "f": f, "support": tp[lab] + fn[lab], "pred": tp[lab] + fp[lab]}
    for name, labs in (("micro_PER_ORG", MAIN), ("micro_all", tuple(out["per_type"]))):
        a, b, c = (sum(x[l] for l in labs) for x in (tp, fp, fn))
        p, r, f = prf(a, b, c)
        out[name] = {"p": p, "r": r, "f": f, "support": a + c}
    return out


def print_table(title: str, res: dict) -> None:
    print(f"\n== {title}  ({res['chars_per_s']:,.0f} chars/s incl. scoring loop)")
    print(f"{'type':<16}{'P':>7}{'R':>7}{'F1':>7}{'gold':>7}{'pred':>7}")
    for lab, v in res["per_type"].items():
        print(f"{lab:<16}{v['p']:7.3f}{v['r']:7.3f}{v['f']:7.3f}{v['support']:7d}{v['pred']:7d}")
    for name in ("micro_PER_ORG", "micro_all"):
        v = res[name]
        print(f"{name:<16}{v['p']:7.3f}{v['r']:7.3f}{v['f']:7.3f}{v['support']:7d}")


def model_pred_fn(model_path) -> PredFn:
    import spacy

    import kg.nlp.zh_tokenizer  # noqa: F401  the tokenizer the shipped model names

    nlp = spacy.load(model_path)

    def pred(text: str) -> List[Span]:
        return [(e.start_char, e.end_char, e.label_) for e in nlp(text).ents]

    return pred


def jieba_pos_pred_fn() -> PredFn:
    import logging

    import jieba
    import jieba.posseg as pseg

    jieba.setLogLevel(logging.WARNING)
    tagmap = {"nr": "PERSON", "nt": "ORG"}

    def pred(text: str) -> List[Span]:
        out, pos = [], 0
        for w in pseg.cut(text):
            lab = tagmap.get(w.flag)
            if lab:
                out.append((pos, pos + len(w.word), lab))
            pos += len(w.word)
        return out

    return pred


def lac_pred_fn() -> PredFn:
    """Baidu LAC alone (PER -> PERSON, ORG -> ORG), as kg runs it (:mod:`kg.nlp.lac`)."""
    from kg.nlp.lac import tagger

    def pred(text: str) -> List[Span]:
        return tagger().names([text])[0]

    return pred


def kg_extract_pred_fn(zh_model: str | None = None, lac: bool = True) -> PredFn:
    """The whole ``kg extract`` path (segment, NLP, lexicon, rules, filters) on one sentence;
    ``zh_model="jieba"`` is the fast mode without the statistical NER, ``zh_model="lac"``
    LAC without kg's model, ``lac=False`` kg's model without LAC beside it."""
    from kg.nlp.analyze import NLPConfig
    from kg.pipeline import extract_document
    from kg.records import Document

    config = NLPConfig(zh_model=zh_model, zh_lac=lac)

    def pred(text: str) -> List[Span]:
        ext = extract_document(Document("eval", text), config)
        return [(m.start, m.end, m.type) for m in ext.mentions]

    return pred


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=(REPO_ROOT / ".." / "shared" / "data").resolve())
    ap.add_argument("--limit", type=int, default=0, help="score only the first N held-out sentences")
    ap.add_argument("--model", type=Path, default=REPO_ROOT / "kg" / "models" / "zh_kg_ner")
    ap.add_argument("--split", default="heldout", choices=["heldout", "dev"])
    ap.add_argument("--no-baseline", action="store_true")
    ap.add_argument("--duie", type=int, default=600, metavar="N",
                    help="also report PERSON/ORG name recall on the last N DuIE business sentences (0: skip)")
    ap.add_argument("--add-train-names", action="store_true",
                    help="jieba.add_word every train-split gold entity string first (runtime-lexicon simulation)")
    args = ap.parse_args(argv)
    import os

    os.environ["KG_ZH_MODEL"] = str(args.model)  # the kg extract path uses the same model

    if args.add_train_names:
        import logging

        import jieba

        jieba.setLogLevel(logging.WARNING)
        names = {t[a:b] for t, spans in read_cluener(args.data, "train") for a, b, _ in spans}
        for name in sorted(names):
            jieba.add_word(name)
        print(f"jieba.add_word: {len(names)} train-split entity strings")

    examples = list(read_cluener(args.data, args.split))
    if args.limit:
        examples = examples[: args.limit]
    n_spans = Counter(s[2] for _, g in examples for s in g)
    print(f"{args.split} CLUENER: {len(examples)} sentences, gold spans {dict(n_spans)}; labels {LABELS}")
    print_table(f"model {args.model}", score(model_pred_fn(args.model), examples))
    print_table("kg extract (model + lexicon + rules + filters)", score(kg_extract_pred_fn(), examples))
    unq = [(t, unquoted(t, g)) for t, g in examples]
    print_table("kg extract, gold names without their 《》 marks (kg keeps names without them)",
                score(kg_extract_pred_fn(), unq))
    print_table("kg extract --no-lac (kg's model without LAC beside it)",
                score(kg_extract_pred_fn(lac=False), unq))
    print_table("kg extract --zh-model lac (LAC instead of kg's model)", score(kg_extract_pred_fn("lac"), unq))
    print_table("kg extract --zh-model jieba (fast mode: lexicon + jieba POS + rules, no NER model)",
                score(kg_extract_pred_fn("jieba"), unq))
    print_table("Baidu LAC alone (PER->PERSON, ORG->ORG)", score(lac_pred_fn(), examples))
    if not args.no_baseline:
        print_table("baseline jieba POS (nr->PERSON, nt->ORG)", score(jieba_pos_pred_fn(), examples))
    if args.duie:
        rows = duie_names(args.data, args.duie)
        print(f"\n== name recall on {len(rows)} DuIE business sentences (other news, never trained on)")
        fns = [("model", model_pred_fn(args.model)), ("kg extract", kg_extract_pred_fn()),
               ("kg extract --no-lac", kg_extract_pred_fn(lac=False)),
               ("kg extract --zh-model lac", kg_extract_pred_fn("lac")),
               ("kg extract fast mode", kg_extract_pred_fn("jieba")), ("LAC alone", lac_pred_fn())]
        if not args.no_baseline:
            fns.append(("baseline jieba POS", jieba_pos_pred_fn()))
        for name, fn in fns:
            rec = name_recall(fn, rows)
            print(f"{name:<27}" + "  ".join(f"{lab} {r:.3f} (of {n})" for lab, (r, n) in rec.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
