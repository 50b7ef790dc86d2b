"""The English NER data sets, read for training (:mod:`kg.training.en_ner`) and scoring (``eval/ner_en.py``).

Each reader gives :class:`Sentence` records (tokens, source-labelled spans) of one split, by the
split rule of :func:`split_of`; :func:`kg_type` maps a source label to the kg type it is scored as,
and :func:`fewnerd_label` a Few-NERD fine type to the OntoNotes label trained on. The data is read
from ``--data`` (``../shared/data``), never copied into the repository; see ``kg/training/en_ner.py``
for which files and why.
"""
from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator, List, Optional, Tuple

FEWNERD_FILES = ("fewnerd/test_first3000.jsonl", "fewnerd/intertest_first3000.jsonl")
CONLL03_FILE = "conll2003/train_first3000.jsonl"
CONLL04_TRAIN = "conll04/conll04_train.jsonl"
CONLL04_DEV = "conll04/conll04_dev.jsonl"

NUMERIC = {"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL", "CARDINAL"}
LOC_LIKE = {"GPE", "LOC", "FAC"}
MISC_LIKE = {"NORP", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE", "PRODUCT", "FAC"}
MISSING = "-"  # a gold span whose label is not known: no loss on its tokens

Span = Tuple[int, int, str]  # token start, token end (exclusive), label


@dataclass
class Sentence:
    tokens: List[str]
    spans: List[Span]  # source labels (PER, organization-company, Peop ...)
    dataset: str  # conll03 | conll04 | fewnerd
    file: str
    key: str = ""
    # kg types labelled in this file (eval): a prediction of another type is not scored
    scored: Tuple[str, ...] = ("PERSON", "ORG")
    extra: dict = field(default_factory=dict)

    @property
    def text(self) -> str:
        return " ".join(self.tokens)


# ---------------------------------------------------------------------------- splits

def split_of(key: str) -> str:
    b = int(hashlib.md5(key.encode("utf-8")).hexdigest(), 16) % 10
    return "heldout" if b in (0, 1) else "dev" if b == 2 else "train"


_DATELINE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _conll03_docs(rows: list) -> List[Tuple[str, list]]:
    """Cut the sentence stream into stories: a story starts at the headline that precedes
    a dateline row ("BRUSSELS 1996-08-22")."""
    starts = {0}
    for i, r in enumerate(rows):
        toks = r["tokens"]
        if 1 <= len(toks) <= 8 and _DATELINE.match(toks[-1]) and i > 0:
            starts.add(i - 1)
    cuts = sorted(starts) + [len(rows)]
    docs = []
    for a, b in zip(cuts, cuts[1:]):
        chunk = rows[a:b]
        key = " ".join(" ".join(r["tokens"]) for r in chunk[:2])
        docs.append((key, chunk))
    return docs


def _read_jsonl(path: Path) -> Iterator[dict]:
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield json.loads(line)


def read_conll03(data: Path, split: Optional[str] = None) -> List[Sentence]:
    rows = list(_read_jsonl(Path(data) / CONLL03_FILE))
    out = []
    for key, chunk in _conll03_docs(rows):
        if split is not None and split_of(key) != split:
            continue
        for r in chunk:
            spans = [(e["start"], e["end"], e["type"]) for e in r["entities"]]
            out.append(Sentence(r["tokens"], spans, "conll03", CONLL03_FILE, key))
    return out


def read_conll04(data: Path, file: str = CONLL04_TRAIN, split: Optional[str] = None) -> List[Sentence]:
    out = []
    for r in _read_jsonl(Path(data) / file):
        key = " ".join(r["tokens"])
        if split is not None and split_of(key) != split:
            continue
        spans = [(e["start"], e["end"], e["type"]) for e in r["entities"]]
        out.append(Sentence(r["tokens"], spans, "conll04", file, key))
    return out


def read_fewnerd(data: Path, split: Optional[str] = None) -> List[Sentence]:
    out = []
    for file in FEWNERD_FILES:
        for r in _read_jsonl(Path(data) / file):
            key = " ".join(r["tokens"])
            if split is not None and split_of(key) != split:
                continue
            spans = [(e["start"], e["end"], e["type"]) for e in r["entities"]]
            out.append(Sentence(r["tokens"], spans, "fewnerd", file, key,
                                scored=("PERSON", "ORG", "PRODUCT")))
    return out


def eval_sets(data: Path) -> dict:
    """The held-out sets that ``eval/ner_en.py`` scores (never trained on)."""
    return {
        "conll03_heldout": read_conll03(data, "heldout"),
        "conll04_dev": read_conll04(data, CONLL04_DEV),
        "fewnerd_heldout": read_fewnerd(data, "heldout"),
    }


# ------------------------------------------------------------------------ label maps

def kg_type(dataset: str, label: str) -> Optional[str]:
    """Gold label -> kg mention type (PERSON / ORG / PRODUCT) for scoring, else None."""
    if dataset == "conll03":
        return {"PER": "PERSON", "ORG": "ORG"}.get(label)
    if dataset == "conll04":
        return {"Peop": "PERSON", "Org": "ORG"}.get(label)
    head = label.split("-", 1)[0]
    return {"person": "PERSON", "organization": "ORG", "product": "PRODUCT"}.get(head)


def fewnerd_label(label: str) -> Optional[str]:
    """Few-NERD fine type -> OntoNotes training label, MISSING, or None (= O)."""
    head, _, sub = label.partition("-")
    if head == "person":
        return "PERSON"
    if head == "organization":
        return "ORG"
    if head == "product":
        return "PRODUCT"
    if head == "location":
        if sub == "GPE":
            return "GPE"
        if sub.startswith("road"):
            return "FAC"
        return "LOC"
    if head == "building":
        return "FAC"
    if head == "event":
        return "EVENT"
    if head == "art":
        return "WORK_OF_ART"
    if label == "other-language":
        return "LANGUAGE"
    if label == "other-law":
        return "LAW"
    return MISSING  # other-award, -livingthing, -disease, -god ...: conventions differ
