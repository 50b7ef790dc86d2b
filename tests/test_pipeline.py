"""End to end on seeds/: every seed document goes through every stage."""
from collections import Counter
from pathlib import Path

from rdflib import Literal

from kg import rdf, sparql
from kg.pipeline import build, extract_document
from kg.records import Document


def test_every_seed_document_is_extracted(seed_build):
    assert not seed_build.errors
    assert {e.document.id for e in seed_build.extractions} == {
        p.stem for p in Path(__file__).parent.parent.joinpath("seeds").iterdir()}
    for ext in seed_build.extractions:
        assert ext.mentions, ext.document.id
        for m in ext.mentions:  # offsets point at the mention text
            assert ext.document.text[m.start:m.end] == m.text


def test_seed_graph_has_the_acceptance_minimums(seed_build):
    G = seed_build.graph
    types = Counter(d["type"] for _, d in G.nodes(data=True) if d.get("kind") == "entity")
    assert types["Organization"] + types["Company"] >= 20
    assert types["Person"] >= 8
    assert types["Product"] >= 8
    assert sum(1 for _, d in G.nodes(data=True) if d.get("kind") == "event") >= 3
    assert any("label_zh" in d for _, d in G.nodes(data=True))
    assert any("label_en" in d for _, d in G.nodes(data=True))
    assert any("label_zh" in d and "label_en" in d for _, d in G.nodes(data=True) if d.get("kind") == "entity")


def test_seed_facts_keep_their_evidence(seed_build):
    G = seed_build.graph
    texts = {e.document.id: e.document.text for e in seed_build.extractions}
    relations = [(u, v, k, d) for u, v, k, d in G.edges(keys=True, data=True) if not d.get("role")]
    assert relations
    for u, v, k, d in relations:
        assert d["evidence"]
        for ev in d["evidence"]:
            text = texts[ev["doc_id"]]
            assert text[ev["sent_start"]:ev["sent_end"]] == ev["sentence"]
            assert ev["sent_start"] <= ev["start"] < ev["end"] <= ev["sent_end"]
            assert 0 < ev["confidence"] <= 1


def test_cross_language_alias_in_text_is_one_node(seed_build):
    """"Onvo (乐道)" states the alias; both names end on one entity."""
    G = seed_build.graph
    nodes = [n for n, d in G.nodes(data=True)
             if d.get("kind") == "entity" and {d.get("label_en"), d.get("label_zh")} >= {"Onvo", "乐道"}]
    assert len(nodes) == 1


def test_seed_graph_conforms_to_shapes(seed_out):
    conforms, report = rdf.validate(rdf.load_rdf(seed_out / "graph.ttl"))
    assert conforms, report


def test_two_builds_give_byte_identical_turtle(tmp_path, seed_out):
    result = build([str(Path(__file__).parent.parent / "seeds")])
    rdf.write_rdf(rdf.to_dataset(result.graph), tmp_path)
    assert (tmp_path / "graph.ttl").read_bytes() == (seed_out / "graph.ttl").read_bytes()


def test_provenance_query_returns_source_sentences(seed_out):
    q = """SELECT ?p ?o ?sentence ?doc ?start WHERE {
        ?s rdfs:label ?name . ?st rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ;
        kg:evidence ?ev . ?ev kg:sentence ?sentence ; kg:document ?doc ; kg:startOffset ?start }"""
    result = sparql.run_query(rdf.load_rdf(seed_out / "graph.ttl"), q, {"name": Literal("智谱", lang="zh")})
    assert result.rows
    assert any("智谱" in row[2] for row in result.rows)
    assert all(any(a in row[2] for a in ("智谱", "Zhipu")) for row in result.rows)


def test_mixed_language_document():
    doc = Document("mixed", "Xiaomi's CEO Lei Jun spoke in Beijing.\n小米董事长雷军表示，小米发布了SU7。")
    ext = extract_document(doc)
    langs = {m.lang for m in ext.mentions}
    assert langs == {"zh", "en"}
    assert any(r.predicate == "develops" and r.object.text == "SU7" for r in ext.relations)


def test_traditional_chinese_is_read_through_simplified_and_kept_as_written():
    from kg.pipeline import extract_document
    from kg.records import Document

    text = "騰訊控股董事會主席馬化騰表示，騰訊於2004年在港交所上市。"
    ext = extract_document(Document("t", text))
    names = {(m.text, m.type) for m in ext.mentions}
    assert ("騰訊控股", "ORG") in names and ("馬化騰", "PERSON") in names
    assert all(text[m.start:m.end] == m.text for m in ext.mentions)
    assert ("馬化騰", "chairOf", "騰訊控股") in {(r.subject.text, r.predicate, r.object.text) for r in ext.relations}
    (listing,) = [e for e in ext.events if e.type == "Listing"]
    assert listing.date == "2004" and listing.label.startswith("騰訊上市")
    assert listing.evidence.sentence == text and listing.trigger == "上市"
