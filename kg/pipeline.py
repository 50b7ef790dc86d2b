"""The build: load -> segment -> NLP -> mentions -> relations/events -> resolve -> graph.

``extract_document`` runs the per-document stages and returns plain records;
``build_graph_from`` resolves and builds the networkx graph.  The CLI, tests and
benchmarks call these functions.
"""
from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field, replace
from typing import Callable, Iterable, Optional

import networkx as nx

from .extract.aliases import relink
from .extract.entities import extract_mentions
from .extract.event_relations import relations_from_events
from .extract.events import extract_events
from .extract.relation_model import model_relations
from .extract.relations import extract_relations
from .graph import build_graph
from .io.loaders import LoadError, load_documents
from .nlp.analyze import NLPConfig, analyze
from .records import Document, Evidence, Extraction, Mention
from .resolve.resolver import Resolution, resolve
from .segment import simplify_in_place, split_segments

log = logging.getLogger(__name__)


@dataclass
class BuildResult:
    graph: nx.MultiDiGraph
    extractions: list[Extraction]
    resolution: Resolution
    errors: list = field(default_factory=list)  # LoadError or (doc id, message)
    timings: dict = field(default_factory=dict)  # stage -> seconds


def extract_document(doc: Document, config: NLPConfig = NLPConfig(),
                     timings: Optional[dict] = None) -> Extraction:
    """Every per-document stage; ``timings`` (if given) accumulates seconds per stage."""
    clock = timings if timings is not None else {}

    def timed(stage, fn, *args):
        t0 = time.perf_counter()
        out = fn(*args)
        clock[stage] = clock.get(stage, 0.0) + time.perf_counter() - t0
        return out

    segments = timed("segment", split_segments, doc)
    parsed = timed("nlp", analyze, doc, segments, config)
    # rules, patterns and triggers are written in simplified Chinese: traditional text is
    # matched through a simplified copy (same offsets); names, triggers and evidence keep the
    # text as written
    text = simplify_in_place(doc.text)
    mentions, aliases = timed("mentions", extract_mentions, replace(doc, text=text), parsed)
    if text != doc.text:
        mentions, aliases = _names_as_written(doc.text, mentions, aliases)
    relations = timed("relations", extract_relations, text, parsed, mentions)
    events = timed("events", extract_events, text, parsed, mentions, doc.date, relations)
    relations = relations + timed("relations", relations_from_events, events, relations, text)
    relations = relations + timed("relations", model_relations, text, parsed, mentions, relations,
                                        config.rel_model)
    if text != doc.text:
        relations = [replace(r, evidence=_as_written(r.evidence, doc.text)) for r in relations]
        events = [replace(e, trigger=doc.text[e.evidence.start:e.evidence.end],
                          evidence=_as_written(e.evidence, doc.text)) for e in events]
    return Extraction(doc, tuple(segments), tuple(mentions), tuple(relations),
                      tuple(events), tuple(aliases))


def _as_written(ev: Evidence, text: str) -> Evidence:
    return replace(ev, sentence=text[ev.sent_start:ev.sent_end])


def _names_as_written(text: str, mentions: list[Mention], aliases: list):
    """Mentions found in a simplified copy, named as the text writes them (traditional)."""
    spans = {m.span: replace(m, text=text[m.start:m.end]) for m in mentions}
    return list(spans.values()), [replace(a, evidence=_as_written(a.evidence, text))
                                  for a in relink(aliases, spans)]


def extract_all(documents: Iterable[Document], config: NLPConfig = NLPConfig(),
                progress: Optional[Callable[[Document], None]] = None,
                timings: Optional[dict] = None):
    """Extractions of all documents; a document that fails is reported, not fatal."""
    extractions, errors = [], []
    for doc in documents:
        try:
            extractions.append(extract_document(doc, config, timings))
        except Exception as e:  # noqa: BLE001 - one bad document must not stop the build
            log.exception("extraction failed for %s", doc.id)
            errors.append(LoadError(doc.source or doc.id, None, f"extraction failed: {e}"))
        if progress:
            progress(doc)
    return extractions, errors


def build_graph_from(extractions: list[Extraction], timings: Optional[dict] = None,
                     curation=None):
    """Resolve (honouring the curation file, if any) and build the graph."""
    t0 = time.perf_counter()
    resolution = resolve(extractions, curation=curation)
    t1 = time.perf_counter()
    graph = build_graph(extractions, resolution.entities, resolution.key_of)
    if timings is not None:
        timings["resolve"] = timings.get("resolve", 0.0) + t1 - t0
        timings["graph"] = timings.get("graph", 0.0) + time.perf_counter() - t1
    return graph, resolution


def build(paths: Iterable[str], config: NLPConfig = NLPConfig(),
          progress: Optional[Callable[[Document], None]] = None, curation=None) -> BuildResult:
    """Load, extract, resolve and build the graph of the given files or folders."""
    timings: dict = {}
    t0 = time.perf_counter()
    loaded = load_documents(paths)
    timings["load"] = time.perf_counter() - t0
    extractions, errors = extract_all(loaded.documents, config, progress, timings)
    graph, resolution = build_graph_from(extractions, timings, curation)
    return BuildResult(graph, extractions, resolution, list(loaded.errors) + errors, timings)
