"""Cross-language matching of clusters: pinyin, organization core names, transliteration.

Each matcher looks at clusters named in one language only (a Chinese-only
cluster against a Latin-only one of the same type), compares the pairs its
blocks give (never all pairs) and returns :class:`Proposal` records: the ones
to apply and the candidates it considered but left apart, each with a score and
the evidence behind it.

Evidence rules against false merges:

* a common name (Chinese-style 王超 / "Wang Chao", single words) joins only with a
  shared neighbour (both related to, or named in one sentence with, the same
  entity) or inside one document;
* two known organization kinds that differ (exchange vs. university) block a join;
* a transliteration join must be the mutual best of both names, at or above the
  model's threshold (higher for one-word names); a shared neighbour adds a bonus.
"""
from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Callable, Optional

from .blocking import key_pairs, sorted_neighbourhood
from .normalize import en_core, zh_brand
from .romanize import (en_title_split, is_ambiguous_person, latin_person_keys, readings,
                       zh_person_keys, zh_title_split)
from .translit import TranslitModel, han_parts, latin_orders, latin_tokens, phonetic_class

NEIGHBOUR_BONUS = 0.75  # added to a transliteration score when the clusters share a neighbour
SAME_DOC_BONUS = 0.25
ONE_WORD_MARGIN = 0.5  # extra score a one-word name pair needs
CANDIDATE_MARGIN = 0.75  # pairs this far below the threshold are still reported as candidates
WINDOW = 8
TOP_K = 5  # pairs per Chinese name scored by the (slow) transliteration model
MAX_NAMES = 3  # names of a cluster compared
REGNAL_BONUS = 0.5  # the same regnal number on both sides (Louis IX / 路易九世)


@dataclass
class Profile:
    """What the matchers know of one cluster."""

    root: str
    type: str
    kind: Optional[str]
    zh: list[str]
    en: list[str]
    docs: frozenset
    neighbours: frozenset  # nodes of related or co-mentioned clusters

    @property
    def lang(self) -> Optional[str]:
        if self.zh and not self.en:
            return "zh"
        if self.en and not self.zh:
            return "en"
        return None


@dataclass
class Proposal:
    zh: Profile
    en: Profile
    zh_text: str
    en_text: str
    reason: str
    similarity: float
    score: float
    evidence: list = field(default_factory=list)
    apply: bool = False
    note: str = ""


@dataclass
class Context:
    find: Callable[[str], str]
    model: Optional[TranslitModel] = None
    surnames: tuple = ()

    def shared(self, a: Profile, b: Profile) -> list[str]:
        na = {self.find(n) for n in a.neighbours} - {a.root, b.root}
        nb = {self.find(n) for n in b.neighbours} - {a.root, b.root}
        return sorted(na & nb)

    def evidence(self, a: Profile, b: Profile) -> list[str]:
        out = [f"shared neighbour {n}" for n in self.shared(a, b)[:3]]
        same = sorted(a.docs & b.docs)
        if same:
            out.append(f"same document {same[0]}")
        return out


def _kind_conflict(a: Profile, b: Profile) -> bool:
    return bool(a.kind and b.kind and a.kind != b.kind)


def _sides(profiles, type_):
    zh = [p for p in profiles if p.type == type_ and p.lang == "zh"]
    en = [p for p in profiles if p.type == type_ and p.lang == "en"]
    return zh, en


def _unique(pairs: list[Proposal]) -> None:
    """Leave apart pairs whose cluster has more than one applicable partner."""
    count_zh, count_en = defaultdict(int), defaultdict(int)
    for p in pairs:
        if p.apply:
            count_zh[p.zh.root] += 1
            count_en[p.en.root] += 1
    for p in pairs:
        if p.apply and (count_zh[p.zh.root] > 1 or count_en[p.en.root] > 1):
            p.apply, p.note = False, "several candidates"


def pinyin_people(profiles: list[Profile], ctx: Context) -> list[Proposal]:
    """张鹏 <-> Zhang Peng / Peng Zhang; 李进勇 <-> Lee Chin-yung (pinyin, Wade-Giles, learned surnames)."""
    zh, en = _sides(profiles, "PERSON")
    left = [(k, i) for i, p in enumerate(zh) for t in p.zh[:MAX_NAMES]
            for k in zh_person_keys(t, ctx.surnames)]
    right = [(k, j) for j, p in enumerate(en) for t in p.en[:MAX_NAMES] for k in latin_person_keys(t)]
    seen, out = set(), []
    for key, (li, rj) in key_pairs(left, right).items():
        for i in li:
            for j in rj:
                if (i, j) in seen:
                    continue
                seen.add((i, j))
                a, b = zh[i], en[j]
                ev = ctx.evidence(a, b)
                p = Proposal(a, b, a.zh[0], b.en[0], "pinyin", 1.0, 0.9 if ev else 0.5, ev)
                if _kind_conflict(a, b):
                    p.note = "kind conflict"
                elif not ev:
                    p.note = "common name: needs a shared neighbour or the same document"
                else:
                    p.apply = True
                out.append(p)
    _unique(out)
    return out


def org_cores(profiles: list[Profile], ctx: Context) -> list[Proposal]:
    """淮北矿业 <-> Huaibei Mining, 小米集团 <-> Xiaomi Corp: the brand's pinyin is the Latin brand."""
    zh, en = _sides(profiles, "ORG")
    left, right = [], []
    for i, p in enumerate(zh):
        for t in p.zh[:MAX_NAMES]:
            key = "".join(readings(zh_brand(t)))
            if len(key) >= 4:
                left.append((key, i))
    for j, p in enumerate(en):
        for t in p.en[:MAX_NAMES]:
            key = "".join(en_core(t))
            if len(key) >= 4 and key.isascii() and key.isalpha():
                right.append((key, j))
    out = []
    for key, (li, rj) in key_pairs(left, right, max_block=5).items():
        for i in li:
            for j in rj:
                a, b = zh[i], en[j]
                p = Proposal(a, b, a.zh[0], b.en[0], "pinyin-core", 1.0, 0.85, ctx.evidence(a, b))
                p.apply = len(li) == 1 and len(rj) == 1 and not _kind_conflict(a, b)
                if not p.apply:
                    p.note = "kind conflict" if _kind_conflict(a, b) else "several candidates"
                out.append(p)
    _unique(out)
    return out


def _zh_units(p: Profile):
    """(text, name parts, regnal number) of a cluster's Chinese names, titles removed."""
    out = []
    for t in p.zh[:MAX_NAMES]:
        base, number = zh_title_split(t) if p.type == "PERSON" else (zh_brand(t), None)
        parts = han_parts(base)
        if parts and (sum(map(len, parts)) >= 2 or number):
            out.append((t, parts, number))
    return out


def _en_units(p: Profile):
    out = []
    for t in p.en[:MAX_NAMES]:
        if p.type == "PERSON":
            tokens, number = en_title_split(latin_tokens(t) or ())
        else:
            tokens, number = tuple(en_core(t)), None
        if tokens and all(x.isascii() and x.isalpha() for x in tokens) and len("".join(tokens)) >= 3:
            out.append((t, tokens, number))
    return out


def _zh_keys(model: TranslitModel, parts) -> set[str]:
    """Sort keys of a Chinese name: the likeliest spellings of the whole and of its last part."""
    spans = [tuple(c for part in parts for c in part)] + ([parts[-1]] if len(parts) > 1 else [])
    return {phonetic_class(d, 8) for span in spans for d in model.decodings(span, prefix=8)} - {""}


def _en_keys(tokens) -> set[str]:
    spellings = latin_orders(tokens) + ([tokens[-1]] if len(tokens) > 1 else [])
    return {phonetic_class(s, 8) for s in spellings} - {""}


def _candidate_pairs(model, ctx: Context, zh, en, zu, eu, type_: str) -> list[tuple[int, int]]:
    """Blocked pairs of name units, at most ``TOP_K`` per Chinese name.

    Distinctive names meet by sorted neighbourhood on phonetic keys; a common
    name (which needs evidence to join anyway) only meets the names of clusters
    it shares a neighbour or a document with.
    """
    from rapidfuzz.fuzz import ratio

    def common(text):
        return type_ == "PERSON" and is_ambiguous_person(text)

    left = [(k, n) for n, u in enumerate(zu) if not common(u[1]) for k in _zh_keys(model, u[2])]
    right = [(k, n) for n, u in enumerate(eu) if not common(u[1]) for k in _en_keys(u[2])]
    pairs = sorted_neighbourhood(left, right, WINDOW)

    def context_keys(p: Profile):
        return [ctx.find(x) for x in sorted(p.neighbours)] + [f"doc:{d}" for d in sorted(p.docs)]

    left = [(k, n) for n, u in enumerate(zu) for k in context_keys(zh[u[0]])]
    right = [(k, n) for n, u in enumerate(eu) for k in context_keys(en[u[0]])]
    for _, (ls, rs) in key_pairs(left, right, max_block=30).items():
        pairs.update((a, b) for a in ls for b in rs if common(zu[a][1]) or common(eu[b][1]))
    by_zh: dict = defaultdict(list)
    for a, b in pairs:
        by_zh[a].append(b)
    out = []
    for a in sorted(by_zh):
        chars = tuple(c for part in zu[a][2] for c in part)
        guess = model.decodings(chars, beam=1, prefix=len(chars))[0]
        ranked = sorted(by_zh[a], key=lambda b: (-ratio(guess, "".join(eu[b][2])), b))
        out += [(a, b) for b in ranked[:TOP_K]]
    return out


def confidence(adjusted: float, threshold: float) -> float:
    return round(1 / (1 + math.exp(-1.5 * (adjusted - threshold + 1))), 3)


def transliteration(profiles: list[Profile], ctx: Context) -> list[Proposal]:
    """纳尔逊·洛克菲勒 <-> Nelson Rockefeller, 英伟达 <-> Nvidia: the learned scorer, blocked."""
    model = ctx.model
    if model is None:
        return []
    theta = model.threshold
    out: list[Proposal] = []
    for type_ in ("PERSON", "ORG"):
        zh, en = _sides(profiles, type_)
        zu = [(i, *u) for i, p in enumerate(zh) for u in _zh_units(p)]
        eu = [(j, *u) for j, p in enumerate(en) for u in _en_units(p)]
        best: dict = {}
        for zn, en_n in _candidate_pairs(model, ctx, zh, en, zu, eu, type_):
            i, zt, parts, zn_number = zu[zn]
            j, et, toks, en_number = eu[en_n]
            if zn_number != en_number:
                continue  # Louis IX is not Louis XIV
            s = model.score_units(parts, toks) + (REGNAL_BONUS if zn_number else 0.0)
            if (i, j) not in best or s > best[(i, j)][0]:
                best[(i, j)] = (s, zt, et, parts, toks)
        props = []
        for (i, j), (s, zt, et, parts, toks) in sorted(best.items()):
            a, b = zh[i], en[j]
            ev = ctx.evidence(a, b)
            adjusted = s + (NEIGHBOUR_BONUS if ctx.shared(a, b) else 0.0) + \
                (SAME_DOC_BONUS if a.docs & b.docs else 0.0)
            one_word = len(parts) == 1 and len(toks) == 1
            need = theta + (ONE_WORD_MARGIN if one_word else 0.0)
            if adjusted < need - CANDIDATE_MARGIN:
                continue
            p = Proposal(a, b, zt, et, "transliteration", round(s, 3), confidence(adjusted, need), ev)
            if adjusted < need:
                p.note = f"below threshold {need:.2f}"
            elif _kind_conflict(a, b):
                p.note = "kind conflict"
            elif not ev and type_ == "PERSON" and (is_ambiguous_person(zt) or is_ambiguous_person(et)):
                p.note = "common name: needs a shared neighbour or the same document"
            else:
                p.apply = True
            props.append((adjusted, p))
        # Mutual best: a name joins only its best partner, and is that partner's best.
        top_zh, top_en = {}, {}
        for adjusted, p in props:
            for side, root in ((top_zh, p.zh.root), (top_en, p.en.root)):
                if root not in side or adjusted > side[root][0]:
                    side[root] = (adjusted, p)
        for adjusted, p in props:
            if p.apply and (top_zh[p.zh.root][1] is not p or top_en[p.en.root][1] is not p):
                p.apply, p.note = False, "not the mutual best candidate"
            out.append(p)
    return out
