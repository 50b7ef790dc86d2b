"""kg.export: every format parses back with the right counts, text intact, deterministic, atomic."""
from __future__ import annotations

import csv
import json
from pathlib import Path

import networkx as nx
import pytest

from kg.export import (EXPORTERS, atomic_open, NEO4J_NODE_HEADER, NEO4J_REL_HEADER, export, load_graph,
                       neo4j_labels, neo4j_type, read_node_link, write_all, write_csv, write_gexf,
                       write_graphml, write_neo4j, write_node_link)


def read_csv(path: Path) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def no_temp_files(folder: Path) -> bool:
    return not [p for p in folder.rglob("*") if p.name.startswith(".") or p.suffix == ".tmp"]


def with_parallel_edge(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    G = G.copy()
    G.add_edge("person/zhang-peng", "org/zhipu", key="founderOf", predicate="founderOf",
               confidence=0.5, evidence=[])
    return G


def test_graphml_parses_back(sample_graph, tmp_path):
    path = write_graphml(sample_graph, tmp_path / "g.graphml")
    H = nx.read_graphml(path)
    assert H.number_of_nodes() == sample_graph.number_of_nodes()
    assert H.number_of_edges() == sample_graph.number_of_edges()
    assert H.nodes["org/zhipu"]["label_zh"] == "智谱"
    assert json.loads(H.nodes["org/zhipu"]["aliases"]) == sample_graph.nodes["org/zhipu"]["aliases"]
    assert H.nodes["org/zhipu"]["mentions"] == 3
    (ceo,) = [d for u, v, d in H.edges(data=True) if d["predicate"] == "ceoOf"]
    assert json.loads(ceo["evidence"]) == \
        sample_graph.edges["person/zhang-peng", "org/zhipu", "ceoOf"]["evidence"]
    assert "智谱在港交所上市" in path.read_text(encoding="utf-8")  # raw UTF-8, not escaped
    # None attributes are dropped, not written as "None"
    assert "None" not in path.read_text(encoding="utf-8")


def test_graphml_keeps_parallel_edges_and_keys(sample_graph, tmp_path):
    G = with_parallel_edge(sample_graph)
    H = nx.read_graphml(write_graphml(G, tmp_path / "g.graphml"))
    assert H.is_multigraph() and H.number_of_edges() == G.number_of_edges()
    assert set(H["person/zhang-peng"]["org/zhipu"]) == {"ceoOf", "founderOf"}
    assert H.edges["person/zhang-peng", "org/zhipu", "ceoOf"]["predicate"] == "ceoOf"


def test_gexf_parses_back(sample_graph, tmp_path):
    path = write_gexf(sample_graph, tmp_path / "g.gexf")
    H = nx.read_gexf(path)
    assert H.number_of_nodes() == sample_graph.number_of_nodes()
    assert H.number_of_edges() == sample_graph.number_of_edges()
    assert H.nodes["person/zhang-peng"]["label"] == "Zhang Peng"
    assert H.nodes["person/zhang-peng"]["label_zh"] == "张鹏"
    predicates = {d["predicate"] for _, _, d in H.edges(data=True)}
    assert predicates == {"ceoOf", "listedOn", "develops", "partnerOf", "company", "exchange"}
    assert "lastmodifieddate" not in path.read_text(encoding="utf-8")


def test_gexf_keeps_parallel_edges_and_keys(sample_graph, tmp_path):
    G = with_parallel_edge(sample_graph)
    H = nx.read_gexf(write_gexf(G, tmp_path / "g.gexf"))
    assert H.is_multigraph() and H.number_of_edges() == G.number_of_edges()
    assert set(H["person/zhang-peng"]["org/zhipu"]) == {"ceoOf", "founderOf"}


def test_csv(sample_graph, tmp_path):
    paths = write_csv(sample_graph, tmp_path)
    nodes = read_csv(paths["nodes_csv"])
    edges = read_csv(paths["edges_csv"])
    assert len(nodes) == sample_graph.number_of_nodes()
    assert len(edges) == sample_graph.number_of_edges()
    assert list(nodes[0]) == ["id", "type", "kind", "label", "label_zh", "label_en", "aliases",
                              "mentions", "docs", "date"]
    assert list(edges[0]) == ["source", "target", "predicate", "confidence", "evidence_count",
                              "evidence", "docs"]
    zhipu = next(n for n in nodes if n["id"] == "org/zhipu")
    assert zhipu["label_zh"] == "智谱" and zhipu["aliases"] == "智谱AI"
    assert zhipu["docs"] == "d-en|d-zh" and zhipu["mentions"] == "3"
    event = next(n for n in nodes if n["kind"] == "event")
    assert event["date"] == "2026-01-08"
    ceo = next(e for e in edges if e["predicate"] == "ceoOf")
    assert ceo["evidence_count"] == "2" and ceo["docs"] == "d-en|d-zh"
    assert float(ceo["confidence"]) == pytest.approx(0.9)
    assert any("智谱在港交所上市" in e["evidence"] for e in edges)


def test_node_link_round_trip(sample_graph, tmp_path):
    path = write_node_link(sample_graph, tmp_path / "g.json")
    text = path.read_text(encoding="utf-8")
    assert "智谱" in text and "\\u" not in text
    H = read_node_link(path)
    assert isinstance(H, nx.MultiDiGraph)
    assert dict(H.nodes(data=True)) == dict(sample_graph.nodes(data=True))
    assert sorted(H.edges(keys=True, data=True), key=repr) == \
        sorted(sample_graph.edges(keys=True, data=True), key=repr)
    assert H.graph == sample_graph.graph
    data = json.loads(text)
    assert [n["id"] for n in data["nodes"]] == sorted(n["id"] for n in data["nodes"])


def test_node_link_reads_older_links_key(sample_graph, tmp_path):
    data = nx.node_link_data(sample_graph, edges="links")
    path = tmp_path / "old.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert read_node_link(path).number_of_edges() == sample_graph.number_of_edges()


def test_neo4j(sample_graph, tmp_path):
    paths = write_neo4j(sample_graph, tmp_path)
    node_lines = paths["neo4j_nodes"].read_text(encoding="utf-8").splitlines()
    rel_lines = paths["neo4j_relationships"].read_text(encoding="utf-8").splitlines()
    assert node_lines[0] == "id:ID,label,label_zh,label_en,aliases:string[],:LABEL"
    assert rel_lines[0] == ":START_ID,:END_ID,:TYPE,confidence:float,evidence"
    assert node_lines[0].split(",") == NEO4J_NODE_HEADER and rel_lines[0].split(",") == NEO4J_REL_HEADER
    nodes = {row["id:ID"]: row for row in read_csv(paths["neo4j_nodes"])}
    rels = read_csv(paths["neo4j_relationships"])
    assert len(nodes) == sample_graph.number_of_nodes() and len(rels) == sample_graph.number_of_edges()
    assert nodes["org/zhipu"][":LABEL"] == "Entity;Company;Organization"
    assert nodes["org/zhipu"]["aliases:string[]"] == "智谱AI"
    assert nodes["person/zhang-peng"][":LABEL"] == "Entity;Person"
    assert nodes["doc/d-zh"][":LABEL"] == "Document"
    assert any(row[":LABEL"] == "Event;Listing" for row in nodes.values())
    types = {r[":TYPE"] for r in rels}
    assert {"CEO_OF", "LISTED_ON", "DEVELOPS", "PARTNER_OF", "COMPANY", "EXCHANGE"} == types
    assert "--array-delimiter" in paths["neo4j_readme"].read_text(encoding="utf-8")


def test_neo4j_quoting_and_arrays(tmp_path):
    G = nx.MultiDiGraph()
    G.add_node("org/a", kind="entity", type="Company", label='He said "hi", ok',
               aliases=[["A;B", "en"], ["甲\n乙", "zh"]])
    G.add_node("org/b", kind="entity", type="Organization", label="B")
    G.add_edge("org/a", "org/b", key="subsidiaryOf", predicate="subsidiaryOf",
               evidence=[{"doc_id": "d", "sentence": 'line one,\n"two"'}])
    paths = write_neo4j(G, tmp_path)
    row = read_csv(paths["neo4j_nodes"])[0]
    assert row["label"] == 'He said "hi", ok'
    assert row["aliases:string[]"].split(";") == ["A\uff1bB", "甲 乙"]
    rel = read_csv(paths["neo4j_relationships"])[0]
    assert rel[":TYPE"] == "SUBSIDIARY_OF" and rel["evidence"] == 'line one, "two"'
    assert rel["confidence:float"] == ""


@pytest.mark.parametrize("predicate, expected", [
    ("ceoOf", "CEO_OF"), ("listedOn", "LISTED_ON"), ("company", "COMPANY"),
    ("hasCEO", "HAS_CEO"), ("founded by", "FOUNDED_BY"), ("HTTPServer", "HTTP_SERVER")])
def test_neo4j_type(predicate, expected):
    assert neo4j_type(predicate) == expected


def test_neo4j_labels():
    assert neo4j_labels({"kind": "entity", "type": "Company"}) == ["Entity", "Company", "Organization"]
    assert neo4j_labels({"kind": "event", "type": "Funding"}) == ["Event", "Funding"]
    assert neo4j_labels({}) == ["Node"]


def test_write_all_deterministic_and_atomic(sample_graph, tmp_path):
    first = write_all(sample_graph, tmp_path / "a")
    second = write_all(sample_graph, tmp_path / "b")
    names = {p.relative_to(tmp_path / "a").as_posix() for p in first.values()}
    assert {"graph.graphml", "graph.gexf", "nodes.csv", "edges.csv", "graph.json",
            "neo4j/neo4j_nodes.csv", "neo4j/neo4j_relationships.csv"} <= names
    for key, path in first.items():
        assert path.read_bytes() == second[key].read_bytes(), key
    # overwriting in place leaves no temp files behind
    write_all(sample_graph, tmp_path / "a")
    assert no_temp_files(tmp_path / "a")
    assert sorted(p.name for p in (tmp_path / "a").iterdir()) == \
        ["edges.csv", "graph.gexf", "graph.graphml", "graph.json", "neo4j", "nodes.csv"]


def test_insertion_order_does_not_matter(sample_graph, tmp_path):
    shuffled = nx.MultiDiGraph(**sample_graph.graph)
    shuffled.add_nodes_from(reversed(list(sample_graph.nodes(data=True))))
    shuffled.add_edges_from(reversed(list(sample_graph.edges(keys=True, data=True))))
    a = write_all(sample_graph, tmp_path / "a")
    b = write_all(shuffled, tmp_path / "b")
    for key in a:
        assert a[key].read_bytes() == b[key].read_bytes(), key


def test_failed_write_keeps_old_file_and_no_temp(tmp_path):
    path = tmp_path / "g.json"
    path.write_text("old", encoding="utf-8")
    with pytest.raises(TypeError):
        with atomic_open(path) as fh:
            fh.write("partial")
            raise TypeError("boom")
    assert path.read_text(encoding="utf-8") == "old"
    assert no_temp_files(tmp_path)


def test_odd_attribute_values_still_export(tmp_path):
    G = nx.MultiDiGraph()
    G.add_node("x", tags={"b", "a"}, nothing=None, obj=object(), label="x")
    write_node_link(G, tmp_path / "g.json")
    H = nx.read_graphml(write_graphml(G, tmp_path / "g.graphml"))
    assert H.nodes["x"]["tags"] == '["a", "b"]' and "nothing" not in H.nodes["x"]


def test_export_registry(sample_graph, tmp_path):
    assert set(EXPORTERS) == {"graphml", "gexf", "csv", "json", "neo4j"}
    assert export(sample_graph, "GraphML", tmp_path / "g.graphml") == {"graphml": tmp_path / "g.graphml"}
    assert export(sample_graph, "node-link", tmp_path / "g.json") == {"json": tmp_path / "g.json"}
    assert export(sample_graph, "gephi", tmp_path) == {"gexf": tmp_path / "graph.gexf"}
    written = export(sample_graph, "csv", tmp_path / "csv")
    assert set(written) == {"nodes_csv", "edges_csv"}
    with pytest.raises(ValueError) as err:
        export(sample_graph, "pdf", tmp_path / "g.pdf")
    message = str(err.value)
    assert "'pdf'" in message and all(name in message for name in EXPORTERS)
    with pytest.raises(ValueError, match="kg.rdf"):
        export(sample_graph, "ttl", tmp_path / "g.ttl")


def test_load_graph(sample_graph, tmp_path):
    write_all(sample_graph, tmp_path / "out")
    for source in (tmp_path / "out", tmp_path / "out" / "graph.json"):
        H = load_graph(source)
        assert H.number_of_nodes() == sample_graph.number_of_nodes()
        assert H.number_of_edges() == sample_graph.number_of_edges()
    with pytest.raises(ValueError, match=r"\.ttl.*graph\.json"):
        load_graph(tmp_path / "out" / "graph.ttl")
    with pytest.raises(ValueError, match="no graph.json"):
        load_graph(tmp_path)
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(ValueError, match="bad.json"):
        load_graph(bad)
    with pytest.raises(ValueError, match="no such file"):
        load_graph(tmp_path / "missing.json")
