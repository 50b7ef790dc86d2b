"""networkx graph -> RDF Dataset -> files -> back, provenance, determinism, SHACL."""
from __future__ import annotations

import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
import rdflib.namespace as ns
from rdflib import RDF, RDFS, SKOS, BNode, Graph, Literal
from rdflib.compare import isomorphic, to_isomorphic
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from kg import rdf
from kg.io import files
from kg.rdf import (date_literal, doc_iri, graph_from_rdf, iri, key_of, load_rdf, serialize,
                    to_dataset, union_graph, validate, write_rdf)
from kg.vocab import KG

ROOT = Path(__file__).resolve().parent.parent
ZHIPU, ZHANG, XIAOMI = iri("org/zhipu"), iri("person/zhang-peng"), iri("org/xiaomi")
SU7, HKEX = iri("product/su7"), iri("org/hkex")


@pytest.fixture
def ds(sample_graph):
    return to_dataset(sample_graph)


@pytest.fixture
def union(ds):
    return union_graph(ds)


def event_node(G):
    return next(n for n, d in G.nodes(data=True) if d["kind"] == "event")


def test_types_labels_and_language_tags(union):
    assert (ZHIPU, RDF.type, KG.Company) in union
    assert (HKEX, RDF.type, KG.Organization) in union
    assert (ZHANG, RDF.type, KG.Person) in union
    assert (SU7, RDF.type, KG.Product) in union
    assert set(union.objects(ZHIPU, RDFS.label)) == {Literal("智谱", lang="zh"),
                                                       Literal("Zhipu AI", lang="en")}
    assert (ZHIPU, SKOS.altLabel, Literal("智谱AI", lang="zh")) in union
    assert (ZHIPU, KG.mentionCount, Literal(3)) in union
    assert set(union.objects(ZHIPU, KG.mentionedIn)) == {doc_iri("d-zh"), doc_iri("d-en")}
    for node, label in union.subject_objects(RDFS.label):
        if label.language is None:  # only documents carry untagged display labels
            assert (node, RDF.type, KG.Document) in union, node
    record = next(union.objects(ZHIPU, KG.mergedFrom))
    assert (record, KG.mergedLabel, Literal("Zhipu AI", lang="en")) in union
    assert (record, KG.mergeScore, Literal(Decimal("0.9"))) in union


def test_no_blank_nodes_and_safe_iris(union):
    assert not any(isinstance(t, BNode) for triple in union for t in triple)
    odd = iri("org/智谱 AI?#x")
    assert str(odd).isascii() and " " not in str(odd) and "#" not in str(odd)
    assert key_of(odd) == "org/智谱 AI?#x"
    assert str(iri("doc/../x")).endswith("/doc/%2E%2E/x") and key_of(iri("doc/../x")) == "doc/../x"
    assert str(iri("doc/a.b")).endswith("/doc/a.b")


def test_relations_are_direct_triples_with_reified_evidence(union, sample_graph):
    assert (ZHANG, KG.ceoOf, ZHIPU) in union
    assert (XIAOMI, KG.develops, SU7) in union
    facts = [f for f in union.subjects(RDF.type, RDF.Statement)
             if (f, RDF.subject, ZHANG) in union and (f, RDF.predicate, KG.ceoOf) in union]
    assert len(facts) == 1 and (facts[0], RDF.object, ZHIPU) in union
    evidence = list(union.objects(facts[0], KG.evidence))
    assert len(evidence) == 2  # one per document, both kept
    assert {union.value(e, KG.document) for e in evidence} == {doc_iri("d-zh"), doc_iri("d-en")}
    expected = sample_graph.edges["person/zhang-peng", "org/zhipu", "ceoOf"]["evidence"]
    got = sorted((str(union.value(e, KG.document)), union.value(e, KG.startOffset).toPython(),
                  union.value(e, KG.endOffset).toPython()) for e in evidence)
    assert got == sorted((str(doc_iri(x["doc_id"])), x["start"], x["end"]) for x in expected)
    zh = next(e for e in evidence if union.value(e, KG.document) == doc_iri("d-zh"))
    assert union.value(zh, KG.confidence).datatype == ns.XSD.decimal
    assert union.value(zh, KG.sentence).language == "zh"
    assert union.value(zh, KG.sentenceStart).datatype == ns.XSD.integer


def test_evidence_is_queryable(ds):
    rows = list(ds.query("""
        SELECT ?sentence ?start WHERE {
          ?f rdf:subject ?s ; rdf:predicate kg:ceoOf ; kg:evidence ?e .
          ?e kg:sentence ?sentence ; kg:startOffset ?start ; kg:document ?d .
          ?d dcterms:title "智谱上市" .
        }""", initBindings={"s": ZHANG}))
    assert len(rows) == 1 and "张鹏" in str(rows[0][0]) and rows[0][1].toPython() == 9


def test_event_class_date_amount_roles(union, sample_graph):
    ev = iri(event_node(sample_graph))
    assert (ev, RDF.type, KG.Listing) in union
    assert (ev, RDFS.label, Literal("智谱在港交所上市", lang="zh")) in union
    assert union.value(ev, KG.date) == Literal("2026-01-08", datatype=ns.XSD.date)
    assert union.value(ev, KG.dateText) == Literal("2026年1月8日")
    amount = union.value(ev, KG.amount)
    assert (amount, RDF.type, KG.MonetaryAmount) in union
    assert union.value(amount, KG.value) == Literal(Decimal("116.2"))
    assert union.value(amount, KG.currency) == Literal("HKD")
    assert (ev, KG.company, ZHIPU) in union and (ev, KG.exchange, HKEX) in union
    assert set(union.objects(ev, KG.participant)) == {ZHIPU, HKEX}
    assert (union.value(ev, KG.evidence), RDF.type, KG.Evidence) in union


@pytest.mark.parametrize("text,datatype", [("2026-01-08", ns.XSD.date), ("2026-01", ns.XSD.gYearMonth),
                                           ("2026", ns.XSD.gYear), ("Jan 2026", ns.XSD.string)])
def test_date_literal_types_by_shape(text, datatype):
    assert (date_literal(text).datatype or ns.XSD.string) == datatype


def test_named_graph_per_document(ds):
    graphs = {g.identifier: g for g in ds.graphs() if len(g)}
    assert set(graphs) == {DATASET_DEFAULT_GRAPH_ID, doc_iri("d-zh"), doc_iri("d-en")}
    zh, en, default = graphs[doc_iri("d-zh")], graphs[doc_iri("d-en")], graphs[DATASET_DEFAULT_GRAPH_ID]
    assert (ZHANG, KG.ceoOf, ZHIPU) in zh and (ZHANG, KG.ceoOf, ZHIPU) in en
    assert (XIAOMI, KG.develops, SU7) in zh and (XIAOMI, KG.develops, SU7) not in en
    assert (ZHIPU, RDFS.label, Literal("智谱", lang="zh")) in default
    assert all(d == doc_iri("d-en") for d in en.objects(None, KG.document))


def test_write_files_round_trip(ds, union, tmp_path):
    paths = write_rdf(ds, tmp_path)
    assert {p.name for p in paths.values()} == {"graph.ttl", "graph.nt", "graph.jsonld", "graph.trig"}
    assert sorted(os.listdir(tmp_path)) == sorted(p.name for p in paths.values())  # no temp files
    for fmt, path in paths.items():
        text = path.read_text(encoding="utf-8")
        assert "智谱" in text and "\\u" not in text, fmt
        back = load_rdf(path)
        assert isomorphic(union_graph(back), union), fmt
        assert to_isomorphic(union_graph(back)) == to_isomorphic(union), fmt
    assert "@prefix kg: <https://w3id.org/kgzh/ontology#>" in paths["ttl"].read_text(encoding="utf-8")
    assert '"kg": "https://w3id.org/kgzh/ontology#"' in paths["jsonld"].read_text(encoding="utf-8")
    trig = load_rdf(paths["trig"])
    for g in ds.graphs():
        if len(g):
            assert isomorphic(trig.graph(g.identifier), g), g.identifier
    assert len(load_rdf(tmp_path).graph(doc_iri("d-zh"))) > 0  # a folder loads graph.trig


def test_output_is_deterministic(sample_graph, tmp_path):
    first, second = to_dataset(sample_graph), to_dataset(sample_graph)
    for fmt in rdf.FORMATS:
        assert serialize(first, fmt) == serialize(second, fmt), fmt
    nt = serialize(first, "nt").decode("utf-8").splitlines()
    assert nt == sorted(nt)
    # a fresh interpreter with another hash seed writes the same bytes
    script = ("import sys; sys.path[:0] = [%r, %r]\n"
              "from conftest import make_sample_records\nfrom kg.graph import build_graph\n"
              "from kg.rdf import to_dataset, write_rdf\n"
              "write_rdf(to_dataset(build_graph(*make_sample_records())), sys.argv[1])\n"
              % (str(ROOT), str(ROOT / "tests")))
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    subprocess.run([sys.executable, "-c", script, str(tmp_path)], check=True, env=env, timeout=120)
    for fmt, (name, _) in rdf.FORMATS.items():
        assert (tmp_path / name).read_bytes() == serialize(first, fmt), fmt


def test_atomic_write_leaves_old_file_and_no_temp(ds, tmp_path, monkeypatch):
    (tmp_path / "graph.ttl").write_text("old", encoding="utf-8")

    def boom(src, dst):
        raise OSError("disk full")

    monkeypatch.setattr(files.os, "replace", boom)
    with pytest.raises(OSError, match="disk full"):
        write_rdf(ds, tmp_path, formats=("ttl",))
    assert os.listdir(tmp_path) == ["graph.ttl"]
    assert (tmp_path / "graph.ttl").read_text(encoding="utf-8") == "old"


def test_graph_from_rdf_keeps_nodes_edges_and_labels(sample_graph, ds, tmp_path):
    write_rdf(ds, tmp_path)
    for source in (ds, load_rdf(tmp_path / "graph.ttl"), load_rdf(tmp_path)):
        G = graph_from_rdf(source)
        assert dict(G.nodes(data=True)) == dict(sample_graph.nodes(data=True))
        assert sorted(G.edges(keys=True, data=True)) == sorted(sample_graph.edges(keys=True, data=True))
    G = graph_from_rdf(ds)
    assert G.nodes["org/zhipu"]["label_zh"] == "智谱" and G.nodes["org/zhipu"]["type"] == "Company"
    assert len(G.edges["person/zhang-peng", "org/zhipu", "ceoOf"]["evidence"]) == 2
    assert G.edges[event_node(G), "org/hkex", "exchange"]["role"] is True


def test_sample_conforms_to_shapes(ds):
    conforms, report = validate(ds)
    assert conforms, report


def test_shapes_reject_a_person_ceo_of_a_product(sample_graph):
    evidence = sample_graph.edges["person/zhang-peng", "org/zhipu", "ceoOf"]["evidence"]
    sample_graph.add_edge("person/zhang-peng", "product/su7", key="ceoOf", predicate="ceoOf",
                          evidence=evidence, confidence=0.9)
    conforms, report = validate(to_dataset(sample_graph))
    assert not conforms and "Organization" in report


@pytest.mark.parametrize("breakage", ["no label", "two en labels", "start after end",
                                      "confidence above 1", "untyped date", "event without evidence"])
def test_shapes_reject_broken_graphs(union, sample_graph, breakage):
    ev = iri(event_node(sample_graph))
    evidence = union.value(ev, KG.evidence)
    g = Graph() + union
    if breakage == "no label":
        g.remove((SU7, RDFS.label, None))
    elif breakage == "two en labels":
        g.add((XIAOMI, RDFS.label, Literal("Mi", lang="en")))
    elif breakage == "start after end":
        g.set((evidence, KG.startOffset, Literal(999)))
    elif breakage == "confidence above 1":
        g.set((evidence, KG.confidence, Literal(Decimal("1.5"))))
    elif breakage == "untyped date":
        g.set((ev, KG.date, Literal("January 2026")))
    else:
        g.remove((ev, KG.evidence, None))
    conforms, report = validate(g)
    assert not conforms, breakage
    assert "Constraint Violation" in report


def test_unknown_predicate_and_class_are_reported(sample_graph):
    sample_graph.add_edge("org/xiaomi", "org/zhipu", key="ownz", predicate="ownz")
    with pytest.raises(ValueError, match="ownz.*ceoOf"):
        to_dataset(sample_graph)
    sample_graph.remove_edge("org/xiaomi", "org/zhipu", "ownz")
    sample_graph.nodes["org/hkex"]["type"] = "Exchange"
    with pytest.raises(ValueError, match="Exchange.*Organization"):
        to_dataset(sample_graph)


def test_load_rdf_errors(tmp_path):
    with pytest.raises(FileNotFoundError, match="graph.trig"):
        load_rdf(tmp_path)
    bad = tmp_path / "graph.xyz"
    bad.write_text("x", encoding="utf-8")
    with pytest.raises(ValueError, match=".ttl"):
        load_rdf(bad)


def test_awkward_text_survives_every_format(sample_graph, tmp_path):
    awkward = 'a "quoted"\\ name\nwith\ttabs\u2028and 𠀀 <b>'
    sample_graph.nodes["org/evil"]["label_en"] = awkward
    ds = to_dataset(sample_graph)
    for fmt, path in write_rdf(ds, tmp_path).items():
        assert isomorphic(union_graph(load_rdf(path)), union_graph(ds)), fmt
        assert graph_from_rdf(load_rdf(path)).nodes["org/evil"]["label_en"] == awkward, fmt
