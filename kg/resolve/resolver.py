"""Mentions -> entities: one node per real-world thing, across aliases and languages.

Mentions become union-find nodes keyed by type and normalized name (suffixes,
case, width, traditional/simplified removed); a common person name (王超,
"Wang Chao", "Dean") gets one node per document.  Nodes are then joined, each
join with a reason, a score and its evidence, in this order:

1. ``curation``: the user's ``merge`` lines (``split`` lines forbid joins throughout);
2. ``lexicon``: names of one entry of the shipped gazetteer (智谱 / Zhipu AI);
3. ``stated``: the text states the alias ("Onvo (乐道)", 以下简称"智谱");
4. ``short-form``: a short name used again in one document (:mod:`.shortforms`);
5. ``exact+neighbour``: one common name in two documents, both times next to the
   same entity (related to it, or in one sentence with it);
6. cross-language (:mod:`.crosslang`): ``pinyin`` for Chinese-origin person names,
   ``pinyin-core`` for organizations, ``transliteration`` (learned scorer).

A type conflict blocks every join.  Pairs considered but left apart are kept
as candidates.  Blocking keeps all of it near-linear in the number of mentions.
"""
from __future__ import annotations

import bisect
import gc
import logging
import time
from collections import Counter, defaultdict
from typing import Iterable, Optional

from ..lexicon import entries_by_id, load_lexicon
from ..records import Extraction, Mention
from . import crosslang
from .curation import Curation, as_curation
from .entities import Resolution, build_entities, lang_of
from .normalize import norm_key
from .romanize import is_ambiguous_person
from .shortforms import short_form_pairs
from .translit import load_model
from .unionfind import JOINED, REFUSED, UnionFind

DEFAULT = "default"
log = logging.getLogger(__name__)


class _Resolver:
    def __init__(self, extractions: list[Extraction], curation: Optional[Curation], model):
        self.exts = sorted(extractions, key=lambda e: e.document.id)
        self.curation = curation
        self.model = model
        self.uf = UnionFind()
        self.merges: list[dict] = []
        self.candidates: list[dict] = []
        self.node_of: dict[tuple[str, int, int], str] = {}
        self.type_of: dict[str, str] = {}
        self.reason_of: dict[str, tuple[str, float]] = {}
        self.members: dict[str, list[str]] = {}
        self.lex_of: dict[str, str] = {}  # lexicon node -> entry id
        self.scoped = curation.scoped_keys() if curation else set()
        self.mentions: list[Mention] = sorted(
            {m for e in self.exts for m in e.mentions}, key=lambda m: (m.doc_id, m.start, m.end, m.type))

    # ------------------------------------------------------------------ nodes and joins
    def node(self, m: Mention) -> str:
        key = norm_key(m.text) or m.text
        if key in self.scoped or (m.type == "PERSON" and is_ambiguous_person(m.text)):
            n = f"{m.type}|{key}@{m.doc_id}"
        else:
            n = f"{m.type}|{key}"
        if n not in self.type_of:
            self.type_of[n] = m.type
            self.uf.add(n)
            self.members[n] = [n]
        return n

    def record(self, a: str, b: str, text_a: str, text_b: str, reason: str, score: float,
               evidence=(), note: str = "", similarity: Optional[float] = None) -> dict:
        rec = {"a": text_a, "a_lang": lang_of(text_a), "b": text_b, "b_lang": lang_of(text_b),
               "type": self.type_of.get(a), "reason": reason, "score": round(float(score), 3),
               "evidence": list(evidence), "_nodes": (a, b)}
        if similarity is not None:
            rec["similarity"] = similarity
        if note:
            rec["note"] = note
        return rec

    def join(self, a: str, b: str, text_a: str, text_b: str, reason: str, score: float,
             evidence=(), similarity: Optional[float] = None) -> bool:
        """Join the classes of a and b; b's side takes the reason in ``merged_from``."""
        if self.type_of.get(a) != self.type_of.get(b):
            self.candidates.append(self.record(a, b, text_a, text_b, reason, score, evidence,
                                               "type conflict", similarity))
            return False
        ra, rb = self.uf.find(a), self.uf.find(b)
        result = self.uf.union(a, b)
        if result == REFUSED:
            self.candidates.append(self.record(a, b, text_a, text_b, reason, score, evidence,
                                               "split by curation", similarity))
            return False
        if result != JOINED:
            return False
        for n in self.members[rb]:
            self.reason_of.setdefault(n, (reason, round(float(score), 3)))
        root = self.uf.find(a)
        moved = self.members.pop(rb if root == ra else ra)
        self.members[root].extend(moved)
        self.merges.append(self.record(a, b, text_a, text_b, reason, score, evidence, "", similarity))
        return True

    # ------------------------------------------------------------------ stages
    def run(self) -> Resolution:
        self.timings: dict[str, float] = {}
        clock = [time.perf_counter()]

        def lap(stage: str) -> None:
            now = time.perf_counter()
            self.timings[stage] = self.timings.get(stage, 0.0) + now - clock[0]
            clock[0] = now

        self.texts: dict[str, Counter] = defaultdict(Counter)
        self.docs: dict[str, set] = defaultdict(set)
        self.kinds: dict[str, Counter] = defaultdict(Counter)
        for m in self.mentions:
            n = self.node_of[(m.doc_id, m.start, m.end)] = self.node(m)
            self.texts[n][m.text] += 1
            self.docs[n].add(m.doc_id)
            if m.kind and ":" not in m.kind:
                self.kinds[n][m.kind] += 1
        lap("nodes")
        self.apply_curation()
        self.link_lexicon()
        for ext in self.exts:
            for link in ext.aliases:
                self.join(self.node(link.a), self.node(link.b), link.a.text, link.b.text, "stated", 0.9,
                          [f"stated in {ext.document.id}"])
        lap("curation+lexicon+stated")
        for ext in self.exts:
            self.link_short_forms(ext)
        lap("short-forms")
        self.neighbours = self.neighbour_nodes()
        self.link_common_names()
        lap("neighbours")
        ctx = crosslang.Context(self.uf.find, self.model, tuple(
            (k, tuple(v)) for k, v in sorted((self.model.data.get("surnames") or {}).items()))
            if self.model else ())
        for matcher in (crosslang.pinyin_people, crosslang.org_cores, crosslang.transliteration):
            for p in matcher(self.profiles(), ctx):
                if p.apply:
                    self.join(p.zh.root, p.en.root, p.zh_text, p.en_text, p.reason, p.score,
                              p.evidence, p.similarity)
                else:
                    self.candidates.append(self.record(p.zh.root, p.en.root, p.zh_text, p.en_text,
                                                       p.reason, p.score, p.evidence, p.note,
                                                       p.similarity))
            lap(matcher.__name__)
        return build_entities(self)

    def apply_curation(self) -> None:
        cur = self.curation
        if not cur:
            return
        by_key: dict[str, list[str]] = defaultdict(list)
        for m in self.mentions:
            n = self.node_of[(m.doc_id, m.start, m.end)]
            if n not in by_key[norm_key(m.text) or m.text]:
                by_key[norm_key(m.text) or m.text].append(n)

        def nodes(ref):
            return [n for n in by_key.get(ref.key, []) if ref.doc is None or ref.doc in self.docs[n]]

        for ref in cur.refs():
            for n in nodes(ref):
                self.uf.tag(n, ref)
        for a, b in cur.splits:
            self.uf.forbid(a, b)
        for a, b in cur.merges:
            na, nb = nodes(a), nodes(b)
            if not na or not nb:
                log.info("curation: merge %s / %s: %s not mentioned", a, b, a if not na else b)
                continue
            for x in na[1:] + nb:
                self.join(na[0], x, str(a), str(b), "curation", 1.0, [f"merge in {cur.source}"])

    def link_lexicon(self) -> None:
        index = _lexicon_index()
        for n in sorted(self.type_of):
            type_, key = self.type_of[n], n.split("|", 1)[1].rsplit("@", 1)[0]
            entry = index.get((type_, key))
            if entry:
                lex = f"{type_}|lex:{entry}"
                if lex not in self.type_of:
                    self.type_of[lex] = type_
                    self.uf.add(lex)
                    self.members[lex] = [lex]
                    self.lex_of[lex] = entry
                text = next((m for m in self.texts_of(n)), key)
                self.join(lex, n, entry.split(":", 1)[1], text, "lexicon", 0.95, [f"lexicon entry {entry}"])

    def texts_of(self, n: str) -> list[str]:
        """The texts of a node, most frequent (then longest) first."""
        return [t for t, _ in sorted(self.texts.get(n, {}).items(), key=lambda kv: (-kv[1], -len(kv[0]), kv[0]))]

    def link_short_forms(self, ext: Extraction) -> None:
        node_by_text = {(m.type, m.text): self.node_of[(m.doc_id, m.start, m.end)] for m in ext.mentions}
        for type_, long, short in short_form_pairs(ext.mentions):
            a, b = node_by_text[(type_, long)], node_by_text[(type_, short)]
            ea, eb = self.lexicon_entry(a), self.lexicon_entry(b)
            evidence = [f"same document {ext.document.id}"]
            if ea and eb and ea != eb:  # "Alibaba" is not short for "Alibaba Cloud"
                self.candidates.append(self.record(a, b, long, short, "short-form", 0.8, evidence,
                                                   "different lexicon entries"))
                continue
            self.join(a, b, long, short, "short-form", 0.8, evidence)

    def lexicon_entry(self, node: str) -> Optional[str]:
        """The lexicon entry the class of ``node`` is linked to, if any."""
        return next((self.lex_of[n] for n in self.members[self.uf.find(node)] if n in self.lex_of), None)

    def neighbour_nodes(self) -> dict[str, set]:
        """Nodes related to each node: relations, event co-participants, organizations in one sentence."""
        nb: dict[str, set] = defaultdict(set)

        def link(a, b):
            if a and b and a != b:
                nb[a].add(b)
                nb[b].add(a)

        def node_of(m):
            return self.node_of.get((m.doc_id, m.start, m.end))

        for ext in self.exts:
            for rel in ext.relations:
                link(node_of(rel.subject), node_of(rel.object))
            for ev in ext.events:
                parts = [node_of(p.mention) for p in ev.participants][:8]
                for i, a in enumerate(parts):
                    for b in parts[i + 1:]:
                        link(a, b)
            starts = [s.start for s in ext.segments]
            by_seg: dict[int, list] = defaultdict(list)
            for m in sorted(ext.mentions, key=lambda m: m.start):
                by_seg[bisect.bisect_right(starts, m.start)].append(m)
            for ms in by_seg.values():
                orgs = [node_of(m) for m in ms if m.type == "ORG"][:12]
                for m in ms:
                    if m.type != "ORG":
                        for o in orgs:
                            link(node_of(m), o)
        return nb

    def link_common_names(self) -> None:
        """One common name in two documents, next to the same entity both times."""
        buckets: dict = defaultdict(list)
        for n in sorted(self.type_of):
            if "@" in n and not n.startswith("ORG|lex:"):
                base = n.rsplit("@", 1)[0]
                for other in sorted({self.uf.find(x) for x in self.neighbours.get(n, ())}):
                    buckets[(base, other)].append(n)
        for (base, other), nodes in sorted(buckets.items()):
            for n in nodes[1:]:
                text = next(iter(self.texts_of(n)), base)
                self.join(nodes[0], n, text, text, "exact+neighbour", 0.85, [f"shared neighbour {other}"])

    def profiles(self) -> list[crosslang.Profile]:
        out = []
        for root, nodes in sorted(self.members.items()):
            texts: Counter = Counter()
            kinds: Counter = Counter()
            docs, nbrs = set(), set()
            for n in nodes:
                texts.update(self.texts.get(n, {}))
                kinds.update(self.kinds.get(n, {}))
                docs.update(self.docs.get(n, ()))
                nbrs.update(self.neighbours.get(n, ()))
            if not texts:
                continue
            ranked = [t for t, _ in sorted(texts.items(), key=lambda kv: (-kv[1], -len(kv[0]), kv[0]))]
            lex = next((self.lex_of[n] for n in nodes if n in self.lex_of), None)
            entry = entries_by_id()[lex] if lex else None
            if entry:  # a lexicon entity is bilingual even where the text names it in one language
                ranked += [n for n in entry.names if n not in texts]
            kind = (entry.kind if entry else None) or \
                (min(kinds.items(), key=lambda kv: (-kv[1], kv[0]))[0] if kinds else None)
            out.append(crosslang.Profile(
                root, self.type_of[root], kind, [t for t in ranked if lang_of(t) == "zh"],
                [t for t in ranked if lang_of(t) == "en"], frozenset(docs), frozenset(nbrs)))
        return out


def _lexicon_index() -> dict[tuple[str, str], str]:
    index = {}
    for entry in load_lexicon():
        for name in entry.names:
            index.setdefault((entry.type, norm_key(name)), entry.id)
    return index


def resolve(extractions: Iterable[Extraction], *, curation=None, model=DEFAULT) -> Resolution:
    """Resolve the mentions of ``extractions`` into entities.

    ``curation``: a :class:`~kg.resolve.curation.Curation`, a path to a curation
    file, or None.  ``model``: the transliteration model (the shipped one by
    default; None turns transliteration off).
    """
    translit = load_model() if model == DEFAULT else model
    extractions = list(extractions)
    # The run allocates many small, acyclic objects; with the cyclic collector on,
    # its full collections rescan them all again and again, and time grows faster
    # than the number of mentions.  Nothing it builds needs the collector.
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _Resolver(extractions, as_curation(curation), translit).run()
    finally:
        if enabled:
            gc.enable()
