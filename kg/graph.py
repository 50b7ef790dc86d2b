"""Resolved entities and extracted facts -> a networkx ``MultiDiGraph``.

This graph is the hand-off to every later stage (RDF, viz, export).  Its schema:

Nodes (id = stable key, also the IRI's local part):

* entities ("org/zhipu-ai", "person/zhang-peng", ...): ``kind="entity"``,
  ``type`` = ontology class local name ("Organization", "Company", "Person",
  "Product"), ``label`` (display), optional ``label_zh`` / ``label_en``,
  ``aliases`` ([[text, lang], ...]), ``mentions`` (int), ``docs`` ([doc id]),
  ``same_as`` ([IRI]), ``merged_from`` ([{text, lang, reason, score}]).
* events ("event/<hash>"): ``kind="event"``, ``type`` = event class
  ("Listing", "Funding", ...), ``label``, ``lang``, optional ``date``
  (ISO) and ``date_text``, ``amounts`` ([{value, currency, text}]),
  ``docs``, ``evidence`` ([evidence dict]).
* documents ("doc/<id>"): ``kind="document"``, ``type="Document"``,
  ``label``, optional ``title``, ``date``, ``url``, ``source``.

Edges are keyed by predicate, so two facts between one pair never overwrite
each other: ``G.add_edge(u, v, key="ceoOf", predicate="ceoOf", evidence=[...],
confidence=0.9)``.  Event participants are edges event -> entity keyed by the
role ("acquirer", "company", ...) with ``role=True``.  ``evidence`` is a list of
:class:`kg.records.Evidence` dicts (doc_id, sentence, offsets, extractor,
confidence), sorted, one per distinct source.
"""
from __future__ import annotations

import hashlib
from typing import Iterable

import networkx as nx

from .records import Entity, Event, Evidence, Extraction, Relation

ORG_CLASSES = {"company": "Company"}


def entity_class(entity: Entity) -> str:
    if entity.type == "PERSON":
        return "Person"
    if entity.type == "PRODUCT":
        return "Product"
    return ORG_CLASSES.get(entity.kind or "", "Organization")


def event_key(event: Event, participant_keys: list[str]) -> str:
    """One node per (type, participants, date): the same listing told in two sentences or
    two documents is one event with two pieces of evidence.  Undated events only merge
    within their document."""
    scope = event.date or f"doc:{event.evidence.doc_id}"
    raw = f"{event.type}|{'|'.join(sorted(set(participant_keys)))}|{scope}"
    return "event/" + hashlib.sha1(raw.encode("utf-8")).hexdigest()[:12]


def _add_evidence(data: dict, evidence: Evidence) -> None:
    items = data.setdefault("evidence", [])
    record = evidence.to_dict()
    if record not in items:
        items.append(record)
        items.sort(key=lambda e: (e["doc_id"], e["start"], e["end"], e["extractor"]))
    data["confidence"] = max(e["confidence"] for e in items)


def build_graph(extractions: Iterable[Extraction], entities: dict[str, Entity],
                key_of: dict[tuple[str, int, int], str]) -> nx.MultiDiGraph:
    """Build the graph.  ``key_of`` maps a mention's (doc_id, start, end) to its entity key."""
    extractions = list(extractions)
    G = nx.MultiDiGraph(name="kg")
    for ext in sorted(extractions, key=lambda e: e.document.id):
        doc = ext.document
        attrs = {"kind": "document", "type": "Document", "label": doc.title or doc.id}
        for name in ("title", "date", "url", "source"):
            value = getattr(doc, name)
            if value:
                attrs[name] = value
        G.add_node(f"doc/{doc.id}", **attrs)
    for key in sorted(entities):
        G.add_node(key, **entity_attrs(entities[key]))

    def resolve(mention) -> str | None:
        return key_of.get((mention.doc_id, mention.start, mention.end))

    for ext in extractions:
        for rel in ext.relations:
            _add_relation(G, rel, resolve(rel.subject), resolve(rel.object))
        for event in ext.events:
            _add_event(G, event, resolve)
    return G


def entity_attrs(entity: Entity) -> dict:
    attrs: dict = {"kind": "entity", "type": entity_class(entity)}
    for lang in ("zh", "en"):
        if entity.labels.get(lang):
            attrs[f"label_{lang}"] = entity.labels[lang]
    attrs["label"] = entity.labels.get("en") or entity.labels.get("zh") or entity.key
    labels = set(entity.labels.items())
    attrs["aliases"] = sorted([t, l] for (t, l) in entity.aliases if (l, t) not in labels)
    attrs["mentions"] = len(entity.mentions)
    attrs["docs"] = sorted({m.doc_id for m in entity.mentions})
    attrs["same_as"] = sorted(entity.same_as)
    attrs["merged_from"] = [
        {"text": t, "lang": l, "reason": r, "score": s}
        for (t, l, r, s) in sorted(set(entity.merged_from))
    ]
    return attrs


def _add_relation(G: nx.MultiDiGraph, rel: Relation, subj: str | None, obj: str | None) -> None:
    if not subj or not obj or subj == obj:
        return
    if not G.has_edge(subj, obj, key=rel.predicate):
        G.add_edge(subj, obj, key=rel.predicate, predicate=rel.predicate)
    _add_evidence(G.edges[subj, obj, rel.predicate], rel.evidence)


def _add_event(G: nx.MultiDiGraph, event: Event, resolve) -> None:
    targets = [resolve(p.mention) for p in event.participants]
    key = event_key(event, [t for t in targets if t])
    if key in G:  # the same event again: keep the first description, add evidence
        data = G.nodes[key]
        data["docs"] = sorted(set(data["docs"]) | {event.evidence.doc_id})
        known = {(a["value"], a["currency"]) for a in data["amounts"]}
        data["amounts"] += [{"value": a.value, "currency": a.currency, "text": a.text}
                            for a in event.amounts if (a.value, a.currency) not in known]
    else:
        attrs = {"kind": "event", "type": event.type, "label": event.label, "lang": event.lang,
                 "docs": [event.evidence.doc_id],
                 "amounts": [{"value": a.value, "currency": a.currency, "text": a.text}
                             for a in event.amounts]}
        if event.date:
            attrs["date"] = event.date
        if event.date_text:
            attrs["date_text"] = event.date_text
        G.add_node(key, **attrs)
    _add_evidence(G.nodes[key], event.evidence)
    for part, target in zip(event.participants, targets):
        if not target or target not in G:
            continue
        if not G.has_edge(key, target, key=part.role):
            G.add_edge(key, target, key=part.role, predicate=part.role, role=True)
        _add_evidence(G.edges[key, target, part.role], event.evidence)


def entity_nodes(G: nx.MultiDiGraph, kind: str = "entity") -> list[str]:
    return sorted(n for n, d in G.nodes(data=True) if d.get("kind") == kind)
