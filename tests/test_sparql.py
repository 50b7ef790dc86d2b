"""Prepared SPARQL with bound values over the sample graph, and result formatting."""
from __future__ import annotations

import csv
import io
import json

import pytest
from rdflib import Graph, URIRef

from kg.rdf import iri, to_dataset, write_rdf
from kg.sparql import (EXAMPLES, QueryResult, display_width, facts_about, format_result,
                       run_example, run_query, what_makes, who_leads)

EN_SENTENCE = "Zhipu AI CEO Zhang Peng said Xiaomi partners with <img src=x onerror=alert(1)>."
ZH_SENTENCE = "智谱在港交所上市，智谱CEO张鹏出席。小米发布SU7汽车。"


@pytest.fixture
def ds(sample_graph):
    return to_dataset(sample_graph)


@pytest.mark.parametrize("name", ["智谱", "Zhipu AI", "zhipu ai", "智谱AI"])
def test_who_leads(ds, name):
    result = who_leads(ds, name)
    assert [(r["person_zh"], r["person_en"], r["role"]) for r in result.dicts()] == \
        [("张鹏", "Zhang Peng", "ceoOf")]


def test_who_leads_unknown_or_person_gives_nothing(ds):
    assert len(who_leads(ds, "Zhang Peng")) == 0
    assert len(who_leads(ds, "智")) == 0  # whole labels only, no substring match


@pytest.mark.parametrize("name", ["小米", "Xiaomi"])
def test_what_makes(ds, name):
    result = what_makes(ds, name)
    assert [(r["product_zh"], r["how"]) for r in result.dicts()] == [("SU7", "develops")]
    assert result.dicts()[0]["product"] == str(iri("product/su7"))


def test_facts_about_with_source_sentences(ds):
    rows = facts_about(ds, "智谱").dicts()
    ceo = [r for r in rows if r["predicate"] == "ceoOf"]
    assert {r["sentence"] for r in ceo} == {ZH_SENTENCE, EN_SENTENCE}  # both sources kept
    assert {(r["subject"], r["object"]) for r in ceo} == {("张鹏", "智谱")}
    assert {r["document"] for r in ceo} == {"智谱上市", "Zhipu <b>news</b>"}
    assert ("智谱", "listedOn", "港交所") in {(r["subject"], r["predicate"], r["object"]) for r in rows}
    assert "company" in {r["predicate"] for r in rows}  # the Listing event's role
    assert all(isinstance(r["confidence"], float) and 0 <= r["confidence"] <= 1 for r in rows)


def test_bound_injection_is_just_a_literal(ds):
    before = len(ds)
    for evil in ['x" } ; DROP ALL ; #', '智谱") || true || ("', "?x", "<http://x>"]:
        assert len(who_leads(ds, evil)) == 0
        assert len(facts_about(ds, evil)) == 0
    assert len(ds) == before
    assert len(run_query(ds, EXAMPLES["who-leads"].query, {"?name": "智谱"})) == 1


def test_run_query_on_files_and_kinds(ds, tmp_path):
    write_rdf(ds, tmp_path)
    for source in (tmp_path, tmp_path / "graph.ttl", str(tmp_path / "graph.jsonld")):
        assert len(what_makes(source, "小米")) == 1
    assert run_query(ds, "ASK { ?p kg:ceoOf ?o }") is True
    assert run_query(ds, "ASK { ?p kg:ceoOf ?o }", {"o": iri("org/xiaomi")}) is False
    built = run_query(ds, "CONSTRUCT { ?o kg:develops ?p } WHERE { ?p kg:develops ?o }")
    assert isinstance(built, Graph) and (iri("product/su7"), URIRef(
        "https://w3id.org/kgzh/ontology#develops"), iri("org/xiaomi")) in built
    count = run_query(ds, "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a kg:Evidence }")
    assert count.vars == ["n"] and count.rows == [(5,)]


@pytest.mark.parametrize("query,error", [
    ("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }", "SERVICE"),
    ("SELECT * FROM <http://example.org/g> WHERE { ?s ?p ?o }", "FROM"),
    ("DROP ALL", "invalid SPARQL"),
])
def test_unsafe_or_invalid_queries_are_refused(ds, query, error):
    with pytest.raises(ValueError, match=error):
        run_query(ds, query)


def test_example_registry(ds):
    assert set(EXAMPLES) == {"who-leads", "what-makes", "facts-about"}
    assert len(run_example(ds, "who-leads", name="智谱")) == 1
    with pytest.raises(ValueError, match="who-leads"):
        run_example(ds, "nope", name="x")
    with pytest.raises(ValueError, match="name"):
        run_example(ds, "who-leads")


def test_display_width():
    assert display_width("张鹏") == 4
    assert display_width("SU7") == 3
    assert display_width("ＡＢ") == 4  # full-width Latin
    assert display_width("e\u0301") == 1  # combining accent


def test_table_aligns_chinese(ds):
    text = format_result(who_leads(ds, "智谱"), "table")
    header, rule, row = text.splitlines()[:3]
    assert header.split()[:3] == ["person_zh", "person_en", "role"]
    # columns start at the same display column in the header and in the row
    for head, cell in (("person_en", "Zhang Peng"), ("role", "ceoOf"), ("org_en", "Zhipu AI")):
        assert display_width(header[:header.index(head)]) == display_width(row[:row.index(cell)])
    assert text.rstrip().endswith("(1 row)")
    multiline = QueryResult(["a", "b"], [("第一行\n第二行", None)])
    assert "第一行 第二行" in format_result(multiline, "table")


def test_csv_and_json_keep_chinese(ds):
    result = facts_about(ds, "小米")
    rows = list(csv.DictReader(io.StringIO(format_result(result, "csv"))))
    assert {r["subject"] for r in rows} == {"小米"}
    assert {r["object"] for r in rows} == {"SU7", "<img src=x onerror=alert(1)>"}
    text = format_result(result, "json")
    assert "小米" in text and "\\u" not in text
    data = json.loads(text)
    assert data["vars"] == result.vars and len(data["rows"]) == len(result.rows)
    assert format_result(True, "json").strip() == '{"boolean": true}'
    with pytest.raises(ValueError, match="table"):
        format_result(result, "xml")
