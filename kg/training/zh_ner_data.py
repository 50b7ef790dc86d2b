"""The Chinese NER data, read for training (:mod:`kg.training.zh_ner`) and scoring (``eval/ner_zh.py``).

* CLUENER2020 ``train.jsonl`` (research use): :func:`read_cluener` gives each sentence with its spans
  mapped to kg labels (:data:`LABEL_MAP`), by the split rule of :func:`split_of`: ``b =
  int(md5(text.utf8).hexdigest(), 16) % 10``; ``b == 0`` -> **heldout** (never trained on, never
  used for model selection), ``b == 1`` -> **dev**, else **train**.
* :func:`augment`: mention replacement (Dai & Adel 2020) over the train split.
* DuIE 2.0 (``--duie``): :func:`read_duie` marks the people and organizations of its triples as
  partial annotations, leaving out the sentences the evaluations score.

Read from ``--data`` (``../shared/data``), never copied into the repository.
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Iterator, List, Tuple

# CLUENER label -> kg label (None = dropped, the span is then treated as "O").
LABEL_MAP = {
    "name": "PERSON",
    "company": "ORG",
    "organization": "ORG",
    "government": "ORG",
    "game": "PRODUCT",
    "position": "TITLE",
    "address": "LOC",
    "scene": "LOC",
    "book": "WORK",
    "movie": "WORK",
}
LABELS = sorted({v for v in LABEL_MAP.values() if v})

Span = Tuple[int, int, str]  # (start, end_exclusive, label)

# DuIE 2.0 argument types -> kg labels, for ``--duie`` (partial annotations, see read_duie).
DUIE_TYPES = {"人物": "PERSON", "娱乐人物": "PERSON", "历史人物": "PERSON", "企业": "ORG",
              "机构": "ORG", "学校": "ORG", "企业/品牌": "ORG"}
DUIE_ALL = "duie2/duie_train_subset4000.jsonl"
DUIE_BUSINESS = "duie2/duie_train_subset4000_business.jsonl"
DUIE_EVAL_LAST = 1000  # eval/ner_zh.py --duie: the last N business sentences
DUIE_EVAL_SAMPLE = 500  # eval/relations.py: the N business sentences with the smallest md5


def split_of(text: str) -> str:
    """Deterministic split of a CLUENER sentence: 'heldout' (10%), 'dev' (10%), 'train'."""
    b = int(hashlib.md5(text.encode("utf-8")).hexdigest(), 16) % 10
    return "heldout" if b == 0 else "dev" if b == 1 else "train"


def cluener_spans(row: dict) -> List[Span]:
    """Mapped, exclusive-end spans of one CLUENER row (inclusive ends in the source)."""
    spans = []
    for lab, ents in (row.get("label") or {}).items():
        out = LABEL_MAP.get(lab)
        if not out:
            continue
        for _surface, offsets in ents.items():
            for a, b in offsets:
                spans.append((a, b + 1, out))
    # CLUENER has no overlaps in practice; keep the first/longest if any.
    spans.sort(key=lambda s: (s[0], -(s[1] - s[0])))
    kept, last_end = [], -1
    for s in spans:
        if s[0] >= last_end:
            kept.append(s)
            last_end = s[1]
    return kept


def read_cluener(data_dir: Path, split: str | None = None) -> Iterator[Tuple[str, List[Span]]]:
    """Yield (text, spans) of CLUENER train.jsonl, optionally only one split."""
    path = Path(data_dir) / "cluener2020" / "train.jsonl"
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            row = json.loads(line)
            text = row["text"]
            if split is None or split_of(text) == split:
                yield text, cluener_spans(row)


def augment(rows: List[Tuple[str, List[Span]]], copies: int, seed: int = 0):
    """Mention replacement (Dai & Adel 2020): ``copies`` new sentences per training
    sentence, each with every entity replaced by a random training entity of the same
    label. The pool is the train split's own gold strings, so nothing held out leaks."""
    import random

    rng = random.Random(seed)
    pool: dict = {}
    for text, spans in rows:
        for a, b, lab in spans:
            pool.setdefault(lab, []).append(text[a:b])
    for lab in pool:
        pool[lab] = sorted(set(pool[lab]))
    out = []
    for text, spans in rows:
        if not spans:
            continue
        for _ in range(copies):
            parts, new_spans, pos, shift = [], [], 0, 0
            for a, b, lab in spans:
                name = rng.choice(pool[lab])
                parts.append(text[pos:a])
                start = a + shift
                parts.append(name)
                new_spans.append((start, start + len(name), lab))
                shift += len(name) - (b - a)
                pos = b
            parts.append(text[pos:])
            out.append(("".join(parts), new_spans))
    return out


def duie_eval_texts(data_dir: Path) -> set:
    """Texts of the DuIE sentences the evals score: never trained on."""
    with open(data_dir / DUIE_BUSINESS, encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    by_md5 = sorted(rows, key=lambda r: hashlib.md5(r["text"].encode("utf-8")).hexdigest())
    return {r["text"] for r in rows[-DUIE_EVAL_LAST:] + by_md5[:DUIE_EVAL_SAMPLE]}


def read_duie(data_dir: Path) -> Iterator[Tuple[str, List[Span]]]:
    """DuIE sentences with every occurrence of their people and organizations marked.

    DuIE names only the arguments of its triples, so these are *partial* annotations: in
    the DocBin every other token is *missing* (no loss), not "O".  Sentences the evals score
    (:func:`duie_eval_texts`) are left out.
    """
    skip = duie_eval_texts(data_dir)
    with open(data_dir / DUIE_ALL, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            row = json.loads(line)
            text = row["text"]
            if text in skip:
                continue
            names = {}
            for spo in row.get("spo_list", ()):
                obj, otype = spo.get("object"), spo.get("object_type")
                obj = obj.get("@value") if isinstance(obj, dict) else obj
                otype = otype.get("@value") if isinstance(otype, dict) else otype
                for name, typ in ((spo.get("subject"), spo.get("subject_type")), (obj, otype)):
                    if name and len(name) >= 2 and DUIE_TYPES.get(typ):
                        names.setdefault(name, DUIE_TYPES[typ])
            spans, taken = [], set()
            for name in sorted(names, key=len, reverse=True):
                start = text.find(name)
                while start >= 0:
                    cells = set(range(start, start + len(name)))
                    if not cells & taken:
                        spans.append((start, start + len(name), names[name]))
                        taken |= cells
                    start = text.find(name, start + len(name))
            if spans:
                yield text, sorted(spans)
