"""A learned reading of the relation between two names of one sentence, beside the patterns.

The patterns (:mod:`kg.extract.relations`) read the common wordings of each predicate; this model
reads the rest. Each ordered pair of names in a sentence whose types some predicate admits
(:data:`kg.extract.templates.SIGNATURES`) is a candidate. Its features are the words between the
two names, a few before the first and after the second, the order and types of the pair, and how
many other names stand between them. A linear multi-label classifier (spaCy's ``TextCatBOW`` over
these feature tokens) scores every predicate; a predicate whose score passes its threshold is a
relation with extractor ``model`` and the score as its confidence.

The model is ``kg/models/rel_kg`` (trained by ``make train-rel``, :mod:`kg.training.rel_model`, on
the project's annotated development documents; see its model card). Without it, or with
``KG_REL_MODEL=none``, no relation comes from here.
"""
from __future__ import annotations

import json
import os
import re
import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import Iterator, Optional

from ..records import Evidence, Mention, ParsedSegment, Relation
from .hedges import hedged, undone
from .former_posts import ENDED_POSTS, former
from .relations import ROLES
from .templates import SIGNATURES, Templated, templatize, typed

MODEL_DIR = Path(__file__).resolve().parent.parent / "models" / "rel_kg"
PREDICATES = tuple(sorted(SIGNATURES))
MAX_GAP = {"zh": 40, "en": 120}  # characters between the two names, other names counted as one
_SLOT = re.compile(r"\x01([A-Z]+):(\d+)\x02")
_SYMBOL = {"ORG": "Ⓞ", "EXCHANGE": "Ⓔ", "PERSON": "Ⓟ", "PRODUCT": "Ⓓ"}  # another name between, one character
_EN_WORD = re.compile(r"[^\W\d_]+|\d+|[^\w\s]")


def _plain(text: str) -> str:
    return _SLOT.sub(lambda m: _SYMBOL.get(m.group(1), "Ⓧ"), text)


def _units(text: str, lang: str) -> list[str]:
    if lang == "zh":
        return [c for c in text if not c.isspace()]
    return _EN_WORD.findall(text.lower())


def _grams(units: list[str], prefix: str) -> list[str]:
    return [prefix + u for u in units] + [f"{prefix}{a}_{b}" for a, b in zip(units, units[1:])]


def _bucket(n: int) -> str:
    return "0" if n == 0 else "1-2" if n <= 2 else "3-6" if n <= 6 else "7-15" if n <= 15 else "16+"


@lru_cache(maxsize=256)
def _slot_spans(text: str) -> dict[int, tuple[int, int]]:
    """Where each name slot of a templated sentence stands (slot -> start, end), in text order; read
    once per sentence for all its candidates and their features."""
    return {int(m.group(2)): (m.start(), m.end()) for m in _SLOT.finditer(text)}


def candidates(t: Templated, lang: str) -> Iterator[tuple[int, int]]:
    """Ordered pairs (subject slot, object slot) of the sentence ``t`` that some predicate's
    types admit, at most :data:`MAX_GAP` characters apart."""
    slots = [(a, b, i) for i, (a, b) in _slot_spans(t.text).items()]
    limit = MAX_GAP.get(lang, MAX_GAP["en"])
    for i, (_, a_end, a) in enumerate(slots):
        for b_start, _, b in slots[i + 1:]:
            if len(_plain(t.text[a_end:b_start])) > limit:
                break
            ma, mb = t.mentions[a], t.mentions[b]
            if ma.text == mb.text or ma.end > mb.start:
                continue
            for s, o in ((a, b), (b, a)):
                ms, mo = t.mentions[s], t.mentions[o]
                if any(typed(ms, st, p, "s") and typed(mo, ot, p, "o") for p, (st, ot) in SIGNATURES.items()):
                    yield s, o


def _kind(m: Mention) -> str:
    return "EXCHANGE" if m.kind == "exchange" else m.type


def features(t: Templated, s: int, o: int, lang: str) -> list[str]:
    """Feature tokens of the candidate (subject slot ``s``, object slot ``o``)."""
    spans = _slot_spans(t.text)
    first, second = sorted((s, o), key=lambda i: spans[i][0])
    ms, mo = t.mentions[s], t.mentions[o]
    sig = f"{lang}:{'so' if first == s else 'os'}:{_kind(ms)}>{_kind(mo)}"
    gap_raw = t.text[spans[first][1]:spans[second][0]]
    gap = _plain(gap_raw)
    gap_units = _units(gap, lang)
    left = _units(_plain(t.text[:spans[first][0]]), lang)[-6 if lang == "zh" else -3:]
    right = _units(_plain(t.text[spans[second][1]:]), lang)[:6 if lang == "zh" else 3]
    feats = [sig, f"{sig}|N:{min(len(_SLOT.findall(gap_raw)), 3)}", f"{sig}|D:{_bucket(len(gap_units))}"]
    for g in _grams(gap_units, "B:"):
        feats += [f"{lang}:{g}", f"{sig}|{g}"]
    if len(gap_units) <= 8:
        feats.append(f"{sig}|G:{'_'.join(gap_units)}")
    feats += [f"{sig}|{g}" for g in _grams(left, "L:") + _grams(right, "R:")]
    return feats


@lru_cache(maxsize=4)
def load(path: Optional[str] = None):
    """(spaCy pipeline, {predicate: threshold}) of the model at ``path``, else ``KG_REL_MODEL``,
    else the shipped one; None for "none" or when no model ships. A path given that holds no
    model is an error."""
    where = path or os.environ.get("KG_REL_MODEL")
    if where is None:
        if not (MODEL_DIR / "thresholds.json").exists():
            return None
        where = str(MODEL_DIR)
    elif where.lower() == "none":
        return None
    elif not Path(where, "thresholds.json").exists():
        raise FileNotFoundError(f"no relation model in {where!r}: a folder written by `make train-rel`, or 'none'")
    import spacy

    nlp = spacy.load(where)
    thresholds = json.loads(Path(where, "thresholds.json").read_text(encoding="utf-8"))
    return nlp, thresholds


def _cats(model, docs_features: list[list[str]]) -> list[dict]:
    """The scores of each candidate's feature tokens. The tokens go into a vocabulary of this call
    alone: the classifier reads their hashes, and the model's own string store stays the size it
    was loaded at over a corpus of any length."""
    nlp, _ = model
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    scratch = Vocab()
    return [d.cats for d in nlp.pipe(Doc(scratch, words=f) for f in docs_features)]


def _passing(model, ms: Mention, mo: Mention, cats: dict) -> list[tuple[str, float]]:
    thresholds = model[1]
    best = [(p, cats[p]) for p in PREDICATES if cats.get(p, 0.0) >= thresholds.get(p, 1.0)
            and typed(ms, SIGNATURES[p][0], p, "s") and typed(mo, SIGNATURES[p][1], p, "o")]
    return sorted(best, key=lambda x: -x[1])


def name_key(text: str) -> str:
    """A name as the guards and the training compare it: NFKC, case folded, spaces dropped."""
    return "".join(unicodedata.normalize("NFKC", text).casefold().split())


# A slot with one filler: a company's chief executive and chair, a product's maker, a unit's parent,
# a target's buyer. Where the patterns fill it, the model adds no second filler.
ONE_FILLER = {"ceoOf": 1, "chairOf": 1, "develops": 1, "acquires": 1, "subsidiaryOf": 0}
# A pronoun between the names: the anaphora rules decide what it stands for ("签约，其CEO王小明")
_PRONOUN = re.compile(r"其|该公司|(?i:\b(?:its|their|his|her)\b)")
# A name in brackets right after another is its alias: the name before it is the one paired
_ALIAS_SLOT = re.compile(r"\x02\s?[（(]\x01[A-Z]+:(\d+)\x02\s?[）)]")


def _pattern_filled(found: list[Relation]) -> set:
    """The slots ``found`` fills: those of :data:`ONE_FILLER`, a person's posts in a sentence
    ((sentence start, person)) and the employer of a person it places anywhere (("worksFor", person))."""
    filled = set()
    for r in found:
        if r.predicate in ONE_FILLER:
            filled.add(_slot(r))
        if r.predicate in ROLES:
            filled.add((r.evidence.sent_start, name_key(r.subject.text)))
            filled.add(("worksFor", name_key(r.subject.text)))
    return filled


def model_relations(doc_text: str, parsed: list[ParsedSegment], mentions: list[Mention],
                    found: list[Relation], path: Optional[str] = None) -> list[Relation]:
    """The model's relations between two names of a sentence that the patterns and the events
    (``found``) relate nowhere in the document, unless they fill the slot already
    (:data:`ONE_FILLER`, a person's posts in the sentence, the employer of a person they place), a
    pronoun stands between the names or one is the other's alias in brackets. Of two fillers the
    model finds for one slot, the better scored stays. Hedged or retracted statements and posts
    that ended are none. ``path``: the model to use (see :func:`load`)."""
    model = load(path)
    if model is None:
        return []
    related = {frozenset((name_key(r.subject.text), name_key(r.object.text))) for r in found}
    filled = _pattern_filled(found)
    pending = []  # (segment, subject, object, features)
    for ps in parsed:
        seg = ps.segment
        t = templatize(doc_text, seg.start, seg.end, list(mentions))
        aliases = {int(i) for i in _ALIAS_SLOT.findall(t.text)}
        for s, o in candidates(t, seg.lang):
            ms, mo = t.mentions[s], t.mentions[o]
            a, b = name_key(ms.text), name_key(mo.text)
            if frozenset((a, b)) in related or a in b or b in a or s in aliases or o in aliases:
                continue  # read already, one company twice ("美的", "美的集团"), an alias
            if _PRONOUN.search(doc_text, min(ms.end, mo.end), max(ms.start, mo.start)):
                continue
            pending.append((seg, ms, mo, features(t, s, o, seg.lang)))
    scored = []
    for (seg, ms, mo, _), cats in zip(pending, _cats(model, [f for *_, f in pending])):
        start, end = min(ms.start, mo.start), max(ms.end, mo.end)
        for p, sc in _passing(model, ms, mo, cats):
            rel = Relation(ms, p, mo, Evidence.in_segment(doc_text, seg, start, end, "model", round(sc, 3)))
            if (p in ONE_FILLER and _slot(rel) in filled) or (p in ROLES and (seg.start, name_key(ms.text)) in filled) or (
                    p == "worksFor" and (p, name_key(ms.text)) in filled):
                continue  # "Jane Roe, CEO of Norvik …": her post in this sentence is read
            if hedged(doc_text, start, end, seg) or undone(doc_text, seg, p, end) or (
                    p in ENDED_POSTS and former(rel, doc_text, mentions)):
                continue
            scored.append(rel)
    best = {}  # a slot with one filler -> the best scored relation filling it
    for rel in scored:
        if rel.predicate in ONE_FILLER:
            slot = _slot(rel)
            if slot not in best or rel.evidence.confidence > best[slot].evidence.confidence:
                best[slot] = rel
    return [r for r in scored if r.predicate not in ONE_FILLER or _filler(best[_slot(r)]) == _filler(r)]


def _slot(rel: Relation) -> tuple[str, str]:
    return rel.predicate, name_key((rel.subject, rel.object)[ONE_FILLER[rel.predicate]].text)


def _filler(rel: Relation) -> str:
    return name_key((rel.object, rel.subject)[ONE_FILLER[rel.predicate]].text)
