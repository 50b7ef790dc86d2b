"""The networkx graph (schema: :mod:`kg.graph`) <-> an rdflib ``Dataset``; files; SHACL validation.

IRIs.  Every node IRI is ``kgd:`` (``https://w3id.org/kgzh/id/``) + its graph key, percent-encoded
(UTF-8) except for ``/-._~``: ``kgd:org/zhipu``, ``kgd:doc/d-zh``, ``kgd:event/<hash>``.  Nodes the
graph has no key for are minted from keys or hashes too, so the output has NO blank nodes and is
the same on every run:

* ``kgd:fact/<sha1(subject key, predicate, object key)>``: one reified fact per graph edge,
* ``kgd:evidence/<sha1(doc, offsets, extractor, confidence, sentence)>``: content-addressed, so an
  event and its role facts read from the same stretch share one evidence node,
* ``<event IRI>/amount/<i>``, ``<entity IRI>/merged/<i>``: amounts and merge records, in order.

Provenance.  A relation edge ``u --ceoOf--> v`` becomes the direct triple ``u kg:ceoOf v`` plus::

    kgd:fact/<h> a rdf:Statement ; rdf:subject u ; rdf:predicate kg:ceoOf ; rdf:object v ;
        kg:evidence kgd:evidence/<h1> , kgd:evidence/<h2> .      # one per source
    kgd:evidence/<h1> a kg:Evidence ; kg:document kgd:doc/d-zh ; kg:sentence "…"@zh ;
        kg:startOffset 9 ; kg:endOffset 15 ; kg:sentenceStart 0 ; kg:sentenceEnd 30 ;
        kg:extractor "rule" ; kg:confidence 0.9 .

Event role edges get the same treatment (``event kg:company X`` and ``event kg:participant X``,
reified as a fact about ``kg:company``); the event node links its evidence with ``kg:evidence``.
Entailed triples are not materialized (``ceoOf`` does not add ``worksFor``; ``partnerOf`` is stored
in the direction the text gave): query with property paths or an RDFS reasoner.

Named graphs.  Entities, documents, merge records and facts without evidence sit in the default
graph.  Each document has one named graph, named by the document's IRI, holding what was read
from it: the direct triples and statement nodes of the facts it supports, their evidence, and the
events found in it with their amounts.  A fact read in two documents is in both graphs (each with
its own evidence).  The union of all graphs is the whole knowledge graph; the ``Dataset`` has
``default_union=True`` and ``graph.ttl``/``graph.nt``/``graph.jsonld`` hold that union, while
``graph.trig`` keeps the named graphs.
"""
from __future__ import annotations

import hashlib
import io
import json
import logging
import re
from decimal import Decimal, InvalidOperation
from pathlib import Path
from urllib.parse import quote, unquote

import networkx as nx
from rdflib import DCTERMS, OWL, RDF, RDFS, SDO, SKOS, XSD, Dataset, Graph, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID, ConjunctiveGraph
from rdflib.plugins.serializers.trig import TrigSerializer

from .io.files import atomic_write_bytes
from .segment import script_of
from .vocab import ENTITY_CLASSES, EVENT_CLASSES, KG, KGD_NS, PREFIXES, RELATIONS, ROLES

log = logging.getLogger(__name__)

# format key -> (file name, rdflib format name)
FORMATS = {"ttl": ("graph.ttl", "turtle"), "nt": ("graph.nt", "nt"),
           "jsonld": ("graph.jsonld", "json-ld"), "trig": ("graph.trig", "trig")}
SUFFIX_FORMATS = {".ttl": "turtle", ".turtle": "turtle", ".nt": "nt", ".jsonld": "json-ld",
                  ".json": "json-ld", ".trig": "trig", ".nq": "nquads"}
LOAD_ORDER = ("graph.trig", "graph.ttl", "graph.nt", "graph.jsonld")

_LANG_RE = re.compile(r"^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$")
_IRI_RE = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>\"{}|\\^`]*$")
_DATE_TYPES = ((re.compile(r"^\d{4}-\d{2}-\d{2}$"), XSD.date),
               (re.compile(r"^\d{4}-\d{2}$"), XSD.gYearMonth), (re.compile(r"^\d{4}$"), XSD.gYear))


# ---------------------------------------------------------------- IRIs and literals

def iri(key: str) -> URIRef:
    """The IRI of a graph node key: ``kgd:`` + the key, percent-encoded.

    Dot-only path segments are encoded too, so no IRI resolver collapses ``doc/../x``.
    """
    segments = quote(key, safe="/-._~").split("/")
    return URIRef(KGD_NS + "/".join("%2E" * len(p) if p and not p.strip(".") else p
                                    for p in segments))


def key_of(node: URIRef) -> str:
    """The graph key of a node IRI (inverse of :func:`iri`); a foreign IRI is its own key."""
    text = str(node)
    return unquote(text[len(KGD_NS):]) if text.startswith(KGD_NS) else text


def doc_iri(doc_id: str) -> URIRef:
    return iri(f"doc/{doc_id}")


def _doc_id(node: URIRef) -> str:
    key = key_of(node)
    return key[4:] if key.startswith("doc/") else key


def _hash(*parts) -> str:
    return hashlib.sha1("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()[:16]


def guess_lang(text: str) -> str:
    return script_of(text or "")


def _text(text, lang: str | None = None) -> Literal:
    lang = lang if lang and _LANG_RE.fullmatch(lang) else None
    return Literal(str(text), lang=lang)


def _decimal(value) -> Literal | None:
    if value is None or isinstance(value, bool):
        return None
    try:
        number = Decimal(repr(value)) if isinstance(value, float) else Decimal(str(value))
    except InvalidOperation:
        return None
    return Literal(number, datatype=XSD.decimal) if number.is_finite() else None


def date_literal(text: str) -> Literal:
    """``YYYY-MM-DD`` -> xsd:date, ``YYYY-MM`` -> xsd:gYearMonth, ``YYYY`` -> xsd:gYear, else a string."""
    for pattern, datatype in _DATE_TYPES:
        if pattern.fullmatch(text):
            return Literal(text, datatype=datatype)
    return Literal(text)


def _index(node: URIRef) -> int:
    tail = str(node).rsplit("/", 1)[-1]
    return int(tail) if tail.isdigit() else 1 << 30


# ---------------------------------------------------------------- networkx -> RDF

class _Quads:
    """Triples bucketed by graph name; inserted sorted so stores iterate in a fixed order."""

    def __init__(self):
        self.graphs: dict[URIRef, set] = {}

    def add(self, graph: URIRef, s, p, o) -> None:
        if o is not None:
            self.graphs.setdefault(graph, set()).add((s, p, o))

    def dataset(self) -> Dataset:
        ds = Dataset(default_union=True)
        _bind(ds)
        for name in sorted(self.graphs):
            target = ds.default_graph if name == DATASET_DEFAULT_GRAPH_ID else ds.graph(name)
            target.addN((s, p, o, target) for (s, p, o) in sorted(self.graphs[name], key=_n3key))
        return ds


def _n3key(triple) -> tuple:
    return tuple(term.n3() for term in triple)


def _bind(graph: Graph) -> None:
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, override=True, replace=True)


def to_dataset(G: nx.MultiDiGraph) -> Dataset:
    """Build the RDF dataset of a graph that follows the :mod:`kg.graph` schema."""
    q = _Quads()
    default = DATASET_DEFAULT_GRAPH_ID
    for node, data in sorted(G.nodes(data=True), key=lambda item: item[0]):
        kind = data.get("kind", "entity")
        if kind == "document":
            _add_document(q, node, data)
        elif kind == "event":
            _add_event(q, node, data)
        else:
            _add_entity(q, node, data)
    for u, v, k, data in sorted(G.edges(keys=True, data=True), key=lambda e: e[:3]):
        _add_edge(q, u, v, data.get("predicate", k), data)
    q.graphs.setdefault(default, set())
    return q.dataset()


def _class(name: str, allowed: tuple, node: str) -> URIRef:
    if name not in allowed:
        raise ValueError(f"node {node!r} has type {name!r}; expected one of {', '.join(allowed)}")
    return KG[name]


def _add_document(q: _Quads, node: str, d: dict) -> None:
    g, s = DATASET_DEFAULT_GRAPH_ID, iri(node)
    q.add(g, s, RDF.type, KG.Document)
    q.add(g, s, RDFS.label, Literal(str(d.get("label") or node)))
    if d.get("title"):
        q.add(g, s, DCTERMS.title, Literal(str(d["title"])))
    if d.get("date"):
        q.add(g, s, DCTERMS.date, date_literal(str(d["date"])))
    url = d.get("url")
    if url:
        q.add(g, s, SDO.url, URIRef(url) if _IRI_RE.fullmatch(url) else Literal(url, datatype=XSD.anyURI))
    if d.get("source"):
        q.add(g, s, KG.source, Literal(str(d["source"])))


def _add_entity(q: _Quads, node: str, d: dict) -> None:
    g, s = DATASET_DEFAULT_GRAPH_ID, iri(node)
    q.add(g, s, RDF.type, _class(d.get("type", ""), ENTITY_CLASSES, node))
    labels = [(d[f"label_{lang}"], lang) for lang in ("zh", "en") if d.get(f"label_{lang}")]
    if not labels:  # no language-specific label: tag the display label by its script
        text = d.get("label") or node
        labels = [(text, guess_lang(text))]
    for text, lang in labels:
        q.add(g, s, RDFS.label, _text(text, lang))
    for text, lang in d.get("aliases") or []:
        q.add(g, s, SKOS.altLabel, _text(text, lang))
    if "mentions" in d:
        q.add(g, s, KG.mentionCount, Literal(int(d["mentions"])))
    for doc in d.get("docs") or []:
        q.add(g, s, KG.mentionedIn, doc_iri(doc))
    for other in d.get("same_as") or []:
        if _IRI_RE.fullmatch(str(other)):
            q.add(g, s, OWL.sameAs, URIRef(str(other)))
        else:
            log.warning("skipping same_as %r of %s: not an absolute IRI", other, node)
    for i, m in enumerate(d.get("merged_from") or []):
        r = iri(f"{node}/merged/{i}")
        q.add(g, s, KG.mergedFrom, r)
        q.add(g, r, RDF.type, KG.MergeRecord)
        q.add(g, r, KG.mergedLabel, _text(m.get("text", ""), m.get("lang")))
        if m.get("reason"):
            q.add(g, r, KG.mergeReason, Literal(str(m["reason"])))
        q.add(g, r, KG.mergeScore, _decimal(m.get("score")))


def _add_evidence(q: _Quads, owner: URIRef, ev: dict) -> URIRef:
    doc = ev.get("doc_id", "")
    sentence = str(ev.get("sentence", ""))
    e = URIRef(KGD_NS + "evidence/" + _hash(doc, ev.get("sent_start"), ev.get("sent_end"),
                                            ev.get("start"), ev.get("end"), ev.get("extractor"),
                                            ev.get("confidence"), sentence))
    g = doc_iri(doc)
    q.add(g, owner, KG.evidence, e)
    q.add(g, e, RDF.type, KG.Evidence)
    q.add(g, e, KG.document, g)
    q.add(g, e, KG.sentence, _text(sentence, guess_lang(sentence)))
    for key, prop in (("start", KG.startOffset), ("end", KG.endOffset),
                      ("sent_start", KG.sentenceStart), ("sent_end", KG.sentenceEnd)):
        if ev.get(key) is not None:
            q.add(g, e, prop, Literal(int(ev[key])))
    if ev.get("extractor") is not None:
        q.add(g, e, KG.extractor, Literal(str(ev["extractor"])))
    q.add(g, e, KG.confidence, _decimal(ev.get("confidence")))
    return e


def _add_event(q: _Quads, node: str, d: dict) -> None:
    s = iri(node)
    docs = d.get("docs") or []
    g = doc_iri(docs[0]) if docs else DATASET_DEFAULT_GRAPH_ID
    q.add(g, s, RDF.type, _class(d.get("type", ""), EVENT_CLASSES, node))
    q.add(g, s, RDFS.label, _text(d.get("label") or node, d.get("lang")))
    if d.get("date"):
        q.add(g, s, KG.date, date_literal(str(d["date"])))
    if d.get("date_text"):
        q.add(g, s, KG.dateText, Literal(str(d["date_text"])))
    for i, amount in enumerate(d.get("amounts") or []):
        a = iri(f"{node}/amount/{i}")
        q.add(g, s, KG.amount, a)
        q.add(g, a, RDF.type, KG.MonetaryAmount)
        q.add(g, a, KG.value, _decimal(amount.get("value")))
        if amount.get("currency"):
            q.add(g, a, KG.currency, Literal(str(amount["currency"])))
        if amount.get("text"):
            q.add(g, a, KG.amountText, Literal(str(amount["text"])))
    for doc in docs:
        q.add(g, s, KG.mentionedIn, doc_iri(doc))
    for ev in d.get("evidence") or []:
        _add_evidence(q, s, ev)


def _add_edge(q: _Quads, u: str, v: str, predicate: str, d: dict) -> None:
    allowed = ROLES if d.get("role") else RELATIONS
    if predicate not in allowed:
        kind = "role" if d.get("role") else "relation"
        raise ValueError(f"edge {u!r} -> {v!r} has {kind} {predicate!r}; "
                         f"expected one of {', '.join(allowed)}")
    s, p, o = iri(u), KG[predicate], iri(v)
    fact = URIRef(KGD_NS + "fact/" + _hash(u, predicate, v))
    graphs = sorted({doc_iri(ev.get("doc_id", "")) for ev in d.get("evidence") or []}) \
        or [DATASET_DEFAULT_GRAPH_ID]
    for g in graphs:
        q.add(g, s, p, o)
        if d.get("role"):
            q.add(g, s, KG.participant, o)
        for triple in ((RDF.type, RDF.Statement), (RDF.subject, s), (RDF.predicate, p),
                       (RDF.object, o)):
            q.add(g, fact, *triple)
    for ev in d.get("evidence") or []:
        _add_evidence(q, fact, ev)


# ---------------------------------------------------------------- files

def union_graph(g: Graph) -> Graph:
    """A plain ``Graph`` holding every triple of ``g`` (all named graphs of a ``Dataset``)."""
    if not isinstance(g, ConjunctiveGraph):
        return g
    out = Graph()
    _bind(out)
    triples = {(s, p, o) for s, p, o, _ in g.quads((None, None, None, None))}
    for triple in sorted(triples, key=_n3key):
        out.add(triple)
    return out


def _canonical_json(value):
    """Sort JSON-LD node lists and value arrays (none of ours is an ordered @list)."""
    if isinstance(value, dict):
        return {k: (v if k == "@context" else _canonical_json(v)) for k, v in value.items()}
    if isinstance(value, list):
        items = [_canonical_json(v) for v in value]
        return sorted(items, key=lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False))
    return value


class _SortedTrigSerializer(TrigSerializer):
    """rdflib's TriG writer lists graphs in store order (hash-seed dependent): sort them."""

    def __init__(self, store):
        super().__init__(store)
        unique = {c.identifier: c for c in self.contexts}
        self.contexts = [unique[name] for name in
                         sorted(unique, key=lambda n: (n != self.default_context, str(n)))]


def serialize(g: Graph, fmt: str) -> bytes:
    """One of ``FORMATS`` as deterministic UTF-8 bytes (the same input gives the same bytes)."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown RDF format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if fmt == "trig":
        ds = g if isinstance(g, ConjunctiveGraph) else Dataset()
        if ds is not g:
            ds.default_graph += g
        _bind(ds)
        buffer = io.BytesIO()
        _SortedTrigSerializer(ds).serialize(buffer, encoding="utf-8")
        return buffer.getvalue()
    union = union_graph(g)
    _bind(union)
    if fmt == "nt":
        lines = union.serialize(format="nt", encoding="utf-8").decode("utf-8").split("\n")
        return "".join(line + "\n" for line in sorted(set(lines)) if line.strip()).encode("utf-8")
    if fmt == "jsonld":
        context = {prefix: str(ns) for prefix, ns in PREFIXES.items()}
        text = union.serialize(format="json-ld", context=context, indent=2)
        data = _canonical_json(json.loads(text))
        return (json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode("utf-8")
    return union.serialize(format="turtle", encoding="utf-8")


def write_rdf(g: Graph, outdir, formats=tuple(FORMATS)) -> dict[str, Path]:
    """Write ``graph.ttl``, ``graph.nt``, ``graph.jsonld`` and ``graph.trig`` into ``outdir``.

    Each file is written to a temporary file in ``outdir`` and moved into place, so a reader never
    sees half a file.  Returns ``{format: path}``.
    """
    unknown = [fmt for fmt in formats if fmt not in FORMATS]
    if unknown:
        raise ValueError(f"unknown RDF format {unknown[0]!r}; choose from {', '.join(FORMATS)}")
    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    union = union_graph(g)  # computed once for the triple formats
    written = {}
    for fmt in formats:
        written[fmt] = outdir / FORMATS[fmt][0]
        atomic_write_bytes(written[fmt], serialize(g if fmt == "trig" else union, fmt))
    return written


# Reading back lives in kg.rdf_read; re-exported so callers need one module.
from .rdf_read import graph_from_rdf, load_rdf, validate  # noqa: E402,F401
