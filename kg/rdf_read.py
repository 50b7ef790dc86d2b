"""Reading RDF back: files and folders -> ``Dataset``, RDF -> the networkx schema, SHACL.

The inverse of :mod:`kg.rdf`, which documents the RDF form; ``kg viz``, ``kg export`` and
``kg query`` start here when given an RDF file or an output folder.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import networkx as nx
from rdflib import DCTERMS, OWL, RDF, RDFS, SDO, SKOS, Dataset, Graph, Literal

from .rdf import LOAD_ORDER, SUFFIX_FORMATS, _bind, _doc_id, _index, key_of, union_graph
from .vocab import ENTITY_CLASSES, EVENT_CLASSES, KG, RELATIONS, ROLES, ontology_file


def load_rdf(path) -> Dataset:
    """Read an RDF file (.ttl .nt .jsonld .trig .nq) or an output folder (``graph.trig`` first).

    Returns a ``Dataset`` with ``default_union=True``; triple formats land in its default graph.
    """
    path = Path(path)
    if path.is_dir():
        found = [path / name for name in LOAD_ORDER if (path / name).is_file()]
        if not found:
            raise FileNotFoundError(f"no RDF file in {path}; expected one of {', '.join(LOAD_ORDER)}")
        path = found[0]
    if not path.is_file():
        raise FileNotFoundError(f"RDF file not found: {path}")
    fmt = SUFFIX_FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise ValueError(f"cannot tell the RDF format of {path.name!r}; "
                         f"use one of {', '.join(sorted(SUFFIX_FORMATS))}")
    ds = Dataset(default_union=True)
    _bind(ds)
    with path.open("rb") as f:
        ds.parse(f, format=fmt, publicID=path.resolve().as_uri())
    return ds


# ---------------------------------------------------------------- RDF -> networkx

def _literal_lang(g: Graph, s, p) -> list[tuple[str, str | None]]:
    return sorted((str(o), o.language) for o in g.objects(s, p) if isinstance(o, Literal))


def _most_specific(types: set, classes: tuple) -> str | None:
    return next((name for name in classes if KG[name] in types), None)


def _evidence_dict(g: Graph, e) -> dict:
    def num(prop, cast=int, default=0):
        value = g.value(e, prop)
        return cast(value.toPython()) if isinstance(value, Literal) else default

    doc = g.value(e, KG.document)
    return {"doc_id": _doc_id(doc) if doc is not None else "",
            "sent_start": num(KG.sentenceStart), "sent_end": num(KG.sentenceEnd),
            "sentence": str(g.value(e, KG.sentence) or ""),
            "start": num(KG.startOffset), "end": num(KG.endOffset),
            "extractor": str(g.value(e, KG.extractor) or ""),
            "confidence": num(KG.confidence, float, 0.0)}


def _with_evidence(attrs: dict, items: list[dict]) -> dict:
    if items:
        attrs["evidence"] = sorted(items, key=lambda e: (e["doc_id"], e["start"], e["end"],
                                                         e["extractor"]))
        attrs["confidence"] = max(e["confidence"] for e in items)
    else:
        attrs["evidence"] = []
    return attrs


def graph_from_rdf(g: Graph) -> nx.MultiDiGraph:
    """Rebuild the :mod:`kg.graph` networkx schema from RDF written by :func:`to_dataset`."""
    u = union_graph(g)
    G = nx.MultiDiGraph(name="kg")
    cache: dict = {}

    def evidence_of(node) -> list[dict]:
        return [cache.setdefault(e, _evidence_dict(u, e)) for e in u.objects(node, KG.evidence)]

    def docs(node) -> list[str]:
        return sorted(_doc_id(d) for d in u.objects(node, KG.mentionedIn))

    for s in sorted(set(u.subjects(RDF.type, KG.Document))):
        title = u.value(s, DCTERMS.title)
        attrs = {"kind": "document", "type": "Document",
                 "label": str(u.value(s, RDFS.label) or title or _doc_id(s))}
        for name, prop in (("title", DCTERMS.title), ("date", DCTERMS.date), ("url", SDO.url),
                           ("source", KG.source)):
            value = u.value(s, prop)
            if value is not None:
                attrs[name] = str(value)
        G.add_node(key_of(s), **attrs)

    for s in sorted(set(u.subjects(RDF.type, None))):
        types = set(u.objects(s, RDF.type))
        entity, event = _most_specific(types, ENTITY_CLASSES), _most_specific(types, EVENT_CLASSES)
        if entity:
            G.add_node(key_of(s), **_entity_attrs(u, s, entity, docs(s)))
        elif event:
            label = u.value(s, RDFS.label)
            attrs = {"kind": "event", "type": event, "label": str(label or key_of(s)),
                     "lang": getattr(label, "language", None), "docs": docs(s),
                     "amounts": [{"value": _float(u.value(a, KG.value)),
                                  "currency": _str(u.value(a, KG.currency)),
                                  "text": _str(u.value(a, KG.amountText))}
                                 for a in sorted(u.objects(s, KG.amount), key=_index)]}
            for name, prop in (("date", KG.date), ("date_text", KG.dateText)):
                if u.value(s, prop) is not None:
                    attrs[name] = str(u.value(s, prop))
            G.add_node(key_of(s), **_with_evidence(attrs, evidence_of(s)))

    facts: dict[tuple, list] = {}
    for st in u.subjects(RDF.type, RDF.Statement):
        spo = (u.value(st, RDF.subject), u.value(st, RDF.predicate), u.value(st, RDF.object))
        facts.setdefault(spo, []).extend(evidence_of(st))
    for names, role in ((RELATIONS, False), (ROLES, True)):
        for name in names:
            for s, o in sorted(u.subject_objects(KG[name])):
                a, b = key_of(s), key_of(o)
                if a not in G or b not in G:
                    continue
                attrs = {"predicate": name, **({"role": True} if role else {})}
                items = list({json.dumps(e, sort_keys=True): e
                              for e in facts.get((s, KG[name], o), [])}.values())
                G.add_edge(a, b, key=name, **_with_evidence(attrs, items))
    return G


def _entity_attrs(u: Graph, s, cls: str, docs: list[str]) -> dict:
    attrs: dict = {"kind": "entity", "type": cls}
    labels = _literal_lang(u, s, RDFS.label)
    for lang in ("zh", "en"):
        found = [text for text, tag in labels if tag == lang]
        if found:
            attrs[f"label_{lang}"] = found[0]
    attrs["label"] = (attrs.get("label_en") or attrs.get("label_zh")
                      or (labels[0][0] if labels else key_of(s)))
    attrs["aliases"] = [[text, lang] for text, lang in _literal_lang(u, s, SKOS.altLabel)]
    count = u.value(s, KG.mentionCount)
    attrs["mentions"] = int(count.toPython()) if isinstance(count, Literal) else 0
    attrs["docs"] = docs
    attrs["same_as"] = sorted(str(o) for o in u.objects(s, OWL.sameAs))
    attrs["merged_from"] = []
    for r in sorted(u.objects(s, KG.mergedFrom), key=lambda r: (_index(r), str(r))):
        label = u.value(r, KG.mergedLabel)
        attrs["merged_from"].append({"text": str(label or ""),
                                     "lang": getattr(label, "language", None),
                                     "reason": _str(u.value(r, KG.mergeReason)),
                                     "score": _float(u.value(r, KG.mergeScore))})
    return attrs


def _str(value) -> str | None:
    return None if value is None else str(value)


def _float(value) -> float | None:
    return float(value.toPython()) if isinstance(value, Literal) else None


# ---------------------------------------------------------------- SHACL

@lru_cache(maxsize=None)
def _ontology_graph(name: str) -> Graph:
    return Graph().parse(ontology_file(name), format="turtle")


def validate(g: Graph) -> tuple[bool, str]:
    """Check ``g`` against ``ontology/shapes.ttl`` (ontology mixed in, no inference).

    Returns ``(conforms, report_text)``; a ``Dataset`` is validated as the union of its graphs.
    """
    try:
        import pyshacl
    except ImportError as e:  # pragma: no cover - a declared dependency
        raise ImportError("SHACL validation needs pyshacl: pip install pyshacl") from e
    conforms, _report, text = pyshacl.validate(
        union_graph(g), shacl_graph=_ontology_graph("shapes.ttl"),
        ont_graph=_ontology_graph("kg.ttl"), inference="none", abort_on_first=False,
        allow_infos=True, allow_warnings=True, inplace=False)
    return bool(conforms), str(text)
