"""Mentions -> entities: one node per real-world thing.

Mentions are joined (union-find, never all pairs) when evidence says they name
the same thing, each join with a reason and a score:

* ``exact``: same type and the same normalized key (suffixes, case, width,
  traditional/simplified removed);
* ``lexicon``: both match names of one lexicon entry (cross-language: 智谱 / Zhipu AI);
* ``stated``: the text states the alias ("Onvo (乐道)");
* ``short-form``: within one document, a short name that starts a longer name of
  the same type used there ("Zhipu" ... "Zhipu AI", "Dean Foods Co" ... "Dean");
* ``pinyin``: a Chinese person name and a romanized one with the same syllables
  (张鹏 / Zhang Peng), when exactly one candidate matches.

A type conflict blocks every join.  Entity keys are minted from normalized keys
(the lexicon entry's, or the canonical name's), never from raw names.
"""
from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Iterable

from ..lexicon import load_lexicon
from ..records import AliasLink, Entity, Extraction, Mention
from ..segment import is_han
from .normalize import norm_key, person_keys, pinyin_key, slug

TYPE_PREFIX = {"ORG": "org", "PERSON": "person", "PRODUCT": "product"}


class _UnionFind:
    def __init__(self):
        self.parent: dict = {}

    def find(self, x):
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a, b) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if rb < ra:
            ra, rb = rb, ra
        self.parent[rb] = ra
        return True


@dataclass
class Resolution:
    entities: dict[str, Entity]
    key_of: dict[tuple[str, int, int], str]
    merges: list[dict] = field(default_factory=list)  # applied joins with reason and score


def _lang(text: str) -> str:
    return "zh" if any(is_han(c) for c in text) else "en"


def _lexicon_index() -> dict[tuple[str, str], str]:
    index = {}
    for entry in load_lexicon():
        for name in entry.names:
            index.setdefault((entry.type, norm_key(name)), entry.id)
    return index


def resolve(extractions: Iterable[Extraction]) -> Resolution:
    extractions = list(extractions)
    uf = _UnionFind()
    merges: list[dict] = []
    mentions: list[Mention] = [m for ext in extractions for m in ext.mentions]
    node_of = {}  # mention span -> union-find node "type|normkey"
    lex = _lexicon_index()
    lex_of_node: dict[str, str] = {}

    def node(m: Mention) -> str:
        return f"{m.type}|{norm_key(m.text)}"

    def join(a: str, b: str, reason: str, score: float, text_a: str, text_b: str):
        if a.split("|")[0] != b.split("|")[0]:
            return  # a type conflict blocks the merge
        if uf.union(a, b):
            merges.append({"a": text_a, "b": text_b, "reason": reason, "score": score})

    first_text: dict[str, str] = {}
    for m in mentions:  # exact: same type and normalized key
        n = node(m)
        node_of[(m.doc_id, m.start, m.end)] = n
        first_text.setdefault(n, m.text)
        uf.find(n)
        entry = lex.get((m.type, norm_key(m.text)))
        if entry:
            lex_node = f"{m.type}|lex:{entry}"
            lex_of_node[n] = entry
            join(lex_node, n, "lexicon", 0.95, entry, m.text)
    for ext in extractions:  # aliases stated in the text
        for link in ext.aliases:
            join(node(link.a), node(link.b), "stated", 0.9, link.a.text, link.b.text)
    for ext in extractions:
        _short_forms(ext.mentions, node, join)
    _pinyin_people(mentions, node, uf, join)

    return _build(mentions, node_of, uf, lex_of_node, merges)


def _short_forms(mentions, node, join) -> None:
    """Within a document: "Zhipu" -> "Zhipu AI", "Dean" -> "Dean Foods Co", 智谱 -> 智谱AI."""
    by_type = defaultdict(set)
    for m in mentions:
        if m.type in ("ORG", "PRODUCT"):
            by_type[m.type].add(m.text)
    for type_, names in by_type.items():
        keys = {n: norm_key(n) for n in names}
        for short in names:
            k = keys[short]
            if len(k) < 2 or (k.isascii() and len(k) < 3):
                continue
            longer = {keys[n] for n in names
                      if keys[n] != k and keys[n].startswith(k) and _lang(n) == _lang(short)
                      and (not k.isascii() or not keys[n][len(k)].isdigit())}
            if type_ == "PRODUCT":
                continue  # GLM-4 and GLM-4.5 are different products
            if len(longer) == 1:
                target = longer.pop()
                join(f"{type_}|{k}", f"{type_}|{target}", "short-form", 0.8, short, target)


def _pinyin_people(mentions, node, uf, join) -> None:
    """张鹏 <-> Zhang Peng when exactly one romanized cluster has the same syllables."""
    zh, en = defaultdict(set), defaultdict(set)
    for m in mentions:
        if m.type != "PERSON":
            continue
        for key in person_keys(m.text):
            (zh if _lang(m.text) == "zh" else en)[key].add(uf.find(node(m)))
    for key, zh_nodes in sorted(zh.items()):
        en_nodes = en.get(key, set())
        if len(zh_nodes) == 1 and len(en_nodes) == 1:
            a, b = next(iter(zh_nodes)), next(iter(en_nodes))
            join(a, b, "pinyin", 0.85, a.split("|")[1], b.split("|")[1])


def _pick(counter: Counter) -> str:
    return sorted(counter.items(), key=lambda kv: (-kv[1], -len(kv[0]), kv[0]))[0][0]


def _build(mentions, node_of, uf, lex_of_node, merges) -> Resolution:
    from ..lexicon import entries_by_id

    clusters: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        clusters[uf.find(node_of[(m.doc_id, m.start, m.end)])].append(m)
    entries = entries_by_id()
    reason_of = {}
    for mg in merges:
        reason_of.setdefault(mg["b"], (mg["reason"], mg["score"]))
    entities, key_of, used = {}, {}, set()
    for root in sorted(clusters):
        ms = clusters[root]
        type_ = ms[0].type
        entry_id = next((lex_of_node[n] for n in sorted({node_of[(m.doc_id, m.start, m.end)] for m in ms})
                         if n in lex_of_node), None)
        entry = entries.get(entry_id) if entry_id else None
        texts = {lang: Counter(m.text for m in ms if _lang(m.text) == lang) for lang in ("zh", "en")}
        labels = {}
        for lang in ("zh", "en"):
            canonical = getattr(entry, lang) if entry else None
            if canonical:
                labels[lang] = canonical
            elif texts[lang]:
                labels[lang] = _pick(texts[lang])
        aliases = {(m.text, _lang(m.text)) for m in ms}
        if entry:
            aliases |= {(n, _lang(n)) for n in entry.names}
        kinds = Counter(m.kind for m in ms if m.kind)
        kind = (entry.kind if entry else None) or (kinds.most_common(1)[0][0] if kinds else None)
        basis = f"lex:{entry_id}" if entry else norm_key(labels.get("en") or labels.get("zh"))
        base = f"{TYPE_PREFIX.get(type_, 'thing')}/{slug(labels.get('en') or labels.get('zh'))}"
        key = base if base not in used else f"{base}-{hashlib.sha1(basis.encode()).hexdigest()[:6]}"
        used.add(key)
        merged_from = sorted({(t, _lang(t), *reason_of.get(t, ("exact", 1.0)))
                              for t in {m.text for m in ms}})
        entities[key] = Entity(key, type_, kind, labels, aliases, ms, set(), merged_from)
        for m in ms:
            key_of[(m.doc_id, m.start, m.end)] = key
    return Resolution(entities, key_of, merges)
