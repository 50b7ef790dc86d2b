"""Clusters of mentions -> :class:`~kg.records.Entity` records with stable keys.

An entity's key (its IRI's local part) is minted from its type and the slug of
its preferred label (English, else Chinese): ``org/zhipu-ai``, ``person/zhang-peng``.
Two entities that would get the same key (two people named 王超) are told
apart by a short hash of the lexicon entry or of the cluster's smallest node,
which is built from normalized names and document ids only, so keys do not
depend on the order of the input.
"""
from __future__ import annotations

import hashlib
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from ..lexicon import entries_by_id
from ..records import Entity
from ..segment import script_of as lang_of  # noqa: F401  (resolver imports it from here)
from .normalize import slug

TYPE_PREFIX = {"ORG": "org", "PERSON": "person", "PRODUCT": "product"}


@dataclass
class Resolution:
    entities: dict[str, Entity]
    key_of: dict[tuple[str, int, int], str]
    merges: list[dict] = field(default_factory=list)  # applied joins: reason, score, evidence
    candidates: list[dict] = field(default_factory=list)  # considered, left apart, with a note
    timings: dict = field(default_factory=dict)  # stage -> seconds


def _pick(counter: Counter) -> str:
    return sorted(counter.items(), key=lambda kv: (-kv[1], -len(kv[0]), kv[0]))[0][0]


def _reason(reasons: set) -> tuple[str, float]:
    joined = sorted((r for r in reasons if r[0] != "exact"), key=lambda r: (-r[1], r[0]))
    return joined[0] if joined else ("exact", 1.0)


def build_entities(r) -> Resolution:
    """The entities of a finished resolver run (``r`` is a ``resolver._Resolver``)."""
    t0 = time.perf_counter()
    clusters: dict[str, list] = defaultdict(list)
    for m in r.mentions:
        clusters[r.uf.find(r.node_of[(m.doc_id, m.start, m.end)])].append(m)
    entries = entries_by_id()
    entities, key_of, used, key_of_root = {}, {}, set(), {}
    for root in sorted(clusters):
        ms = clusters[root]
        nodes = sorted(r.members.get(root, [root]))
        entry_id = next((r.lex_of[n] for n in nodes if n in r.lex_of), None)
        entry = entries.get(entry_id) if entry_id else None
        texts = {lang: Counter(m.text for m in ms if lang_of(m.text) == lang) for lang in ("zh", "en")}
        labels = {}
        for lang in ("zh", "en"):
            canonical = getattr(entry, lang) if entry else None
            if canonical:
                labels[lang] = canonical
            elif texts[lang]:
                labels[lang] = _pick(texts[lang])
        aliases = {(m.text, lang_of(m.text)) for m in ms}
        if entry:
            aliases |= {(n, lang_of(n)) for n in entry.names}
        kinds = Counter(m.kind for m in ms if m.kind and ":" not in m.kind)
        kind = (entry.kind if entry else None) or (_pick(kinds) if kinds else None)
        type_ = ms[0].type
        label = labels.get("en") or labels.get("zh")
        key = f"{TYPE_PREFIX.get(type_, 'thing')}/{slug(label)}"
        if key in used:
            basis = f"lex:{entry_id}" if entry else nodes[0]
            key = f"{key}-{hashlib.sha1(basis.encode('utf-8')).hexdigest()[:6]}"
            while key in used:
                key += "x"
        used.add(key)
        key_of_root[root] = key
        reasons: dict[str, set] = defaultdict(set)
        for m in ms:
            reasons[m.text].add(r.reason_of.get(r.node_of[(m.doc_id, m.start, m.end)], ("exact", 1.0)))
        merged_from = sorted((t, lang_of(t), *_reason(rs)) for t, rs in reasons.items())
        entities[key] = Entity(key, type_, kind, labels, aliases, ms, set(), merged_from)
        for m in ms:
            key_of[(m.doc_id, m.start, m.end)] = key
    for rec in r.merges:
        a, _ = rec.pop("_nodes")
        rec["status"] = "applied"
        rec["entity"] = key_of_root.get(r.uf.find(a))
    for rec in r.candidates:
        a, b = rec.pop("_nodes")
        rec["status"] = "refused" if rec.get("note") in ("split by curation", "type conflict") else "candidate"
        rec["a_entity"] = key_of_root.get(r.uf.find(a))
        rec["b_entity"] = key_of_root.get(r.uf.find(b))
    r.timings["entities"] = time.perf_counter() - t0
    return Resolution(entities, key_of, r.merges, r.candidates, r.timings)
