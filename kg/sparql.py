"""SPARQL over the knowledge graph: prepared queries, bound values, plain results.

Values never go into query text: :func:`run_query` prepares the query with the ``kg:``/``rdfs:``/...
prefixes pre-bound (:data:`PREFIXES`) and passes values through ``initBindings``, so a value like
``x" } ; DROP ALL #`` is only ever a string literal.  A ``Dataset`` is queried as the union of its
graphs.  Queries that could reach the network (``SERVICE``, ``FROM``/``FROM NAMED``) are refused.

Example (the queries of :data:`EXAMPLES` are used by the README)::

    ds = load_rdf("out/")
    result = run_query(ds, EXAMPLES["who-leads"].query, {"name": "智谱"})
    print(format_result(result, "table"))
"""
from __future__ import annotations

import csv
import io
import json
import unicodedata
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from rdflib import Graph, Literal, Variable
from rdflib.graph import ConjunctiveGraph
from rdflib.plugins.sparql import prepareQuery
from rdflib.term import Identifier

from .vocab import PREFIXES

FORMATS = ("table", "csv", "json")


@dataclass
class QueryResult:
    """SELECT results: variable names and rows of plain Python values (None when unbound)."""

    vars: list[str]
    rows: list[tuple] = field(default_factory=list)

    def dicts(self) -> list[dict]:
        return [dict(zip(self.vars, row)) for row in self.rows]

    def __len__(self) -> int:
        return len(self.rows)


@dataclass(frozen=True)
class Example:
    name: str
    description: str
    query: str
    params: tuple[str, ...] = ("name",)


# Matches the entity whose rdfs:label or skos:altLabel is ?name in any language (case-insensitive).
_MATCH = """?x rdfs:label|skos:altLabel ?l .
  FILTER(LCASE(STR(?l)) = LCASE(STR(?name)))"""

_LABELS = """OPTIONAL {{ {v} rdfs:label ?{v2}_zh FILTER(LANGMATCHES(LANG(?{v2}_zh), "zh")) }}
  OPTIONAL {{ {v} rdfs:label ?{v2}_en FILTER(LANGMATCHES(LANG(?{v2}_en), "en")) }}"""

WHO_LEADS = f"""
SELECT DISTINCT ?person_zh ?person_en ?role ?org_zh ?org_en ?person ?org WHERE {{
  {_MATCH}
  ?person ?p ?x .
  FILTER(?p IN (kg:ceoOf, kg:chairOf, kg:founderOf))
  BIND(?x AS ?org)
  BIND(STRAFTER(STR(?p), "#") AS ?role)
  {_LABELS.format(v="?person", v2="person")}
  {_LABELS.format(v="?org", v2="org")}
}} ORDER BY ?role ?person
"""

WHAT_MAKES = f"""
SELECT DISTINCT ?product_zh ?product_en ?how ?product WHERE {{
  {_MATCH}
  {{ ?x kg:develops ?product . BIND("develops" AS ?how) }}
  UNION
  {{ ?event a kg:ProductLaunch ; kg:product ?product ; kg:company|kg:organization ?x .
     BIND("ProductLaunch" AS ?how) }}
  {_LABELS.format(v="?product", v2="product")}
}} ORDER BY ?product ?how
"""

FACTS_ABOUT = f"""
SELECT ?subject ?predicate ?object ?sentence ?document ?confidence ?fact WHERE {{
  {{
    SELECT DISTINCT ?fact ?s ?p ?o ?ev WHERE {{
      {_MATCH}
      {{ ?fact rdf:subject ?x }} UNION {{ ?fact rdf:object ?x }}
      ?fact a rdf:Statement ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ;
            kg:evidence ?ev .
    }}
  }}
  ?ev kg:sentence ?sentence ; kg:document ?doc ; kg:confidence ?confidence ;
      kg:startOffset ?start .
  OPTIONAL {{ ?doc dcterms:title ?title }}
  OPTIONAL {{ ?s rdfs:label ?s_zh FILTER(LANGMATCHES(LANG(?s_zh), "zh")) }}
  OPTIONAL {{ ?s rdfs:label ?s_en FILTER(LANGMATCHES(LANG(?s_en), "en")) }}
  OPTIONAL {{ ?o rdfs:label ?o_zh FILTER(LANGMATCHES(LANG(?o_zh), "zh")) }}
  OPTIONAL {{ ?o rdfs:label ?o_en FILTER(LANGMATCHES(LANG(?o_en), "en")) }}
  BIND(COALESCE(?s_zh, ?s_en, STR(?s)) AS ?subject)
  BIND(COALESCE(?o_zh, ?o_en, STR(?o)) AS ?object)
  BIND(STRAFTER(STR(?p), "#") AS ?predicate)
  BIND(COALESCE(?title, STR(?doc)) AS ?document)
}} ORDER BY ?document ?start ?predicate ?subject ?object
"""

EXAMPLES: dict[str, Example] = {
    "who-leads": Example("who-leads", "Who leads X? (ceoOf, chairOf, founderOf)", WHO_LEADS),
    "what-makes": Example("what-makes", "What does X make? (develops, product launches)",
                          WHAT_MAKES),
    "facts-about": Example("facts-about", "Every fact about X with its source sentence",
                           FACTS_ABOUT),
}


def _as_graph(source) -> Graph:
    if isinstance(source, (str, Path)):
        from .rdf import load_rdf
        return load_rdf(source)
    if isinstance(source, ConjunctiveGraph) and not source.default_union:
        from .rdf import union_graph
        return union_graph(source)  # a copy: the caller's Dataset keeps its settings
    return source


def _term(value) -> Identifier:
    if isinstance(value, Identifier):
        return value
    return Literal(value)


def _plain(term):
    if term is None:
        return None
    if isinstance(term, Literal):
        value = term.toPython()
        if isinstance(value, Decimal):
            return float(value)
        if isinstance(value, (bool, int, float)):
            return value
        return str(term)
    return str(term)


def _check_safe(query) -> None:
    if query.algebra.get("datasetClause"):
        raise ValueError("FROM / FROM NAMED clauses are not supported: query the loaded graph")

    def walk(node) -> None:
        if getattr(node, "name", None) == "ServiceGraphPattern":
            raise ValueError("SERVICE clauses are not supported: kg queries never leave the machine")
        if isinstance(node, dict):
            for value in node.values():
                walk(value)
        elif isinstance(node, (list, tuple)):
            for value in node:
                walk(value)

    walk(query.algebra)


def run_query(source, query_text: str, bindings: dict | None = None):
    """Run a SPARQL query; values in ``bindings`` ({"name": "智谱"}) are bound, never spliced.

    ``source`` is an rdflib Graph/Dataset or a path for :func:`kg.rdf.load_rdf`.  Returns a
    :class:`QueryResult` for SELECT, a ``bool`` for ASK and an rdflib ``Graph`` for
    CONSTRUCT/DESCRIBE.  Python values become literals; pass a ``URIRef`` to bind an IRI.
    """
    try:
        query = prepareQuery(query_text, initNs=PREFIXES)
    except Exception as e:  # pyparsing errors carry line and column
        raise ValueError(f"invalid SPARQL query: {e}") from e
    _check_safe(query)
    init = {Variable(str(k).lstrip("?$")): _term(v) for k, v in (bindings or {}).items()}
    result = _as_graph(source).query(query, initBindings=init)
    if result.type == "ASK":
        return bool(result.askAnswer)
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        graph = Graph()
        for prefix, namespace in PREFIXES.items():
            graph.bind(prefix, namespace)
        for triple in result:
            graph.add(triple)
        return graph
    names = [str(v) for v in result.vars]
    return QueryResult(names, [tuple(_plain(row[v]) for v in result.vars) for row in result])


def run_example(source, example: str, /, **bindings):
    """Run one of :data:`EXAMPLES` by name, e.g. ``run_example(ds, "who-leads", name="智谱")``."""
    if example not in EXAMPLES:
        raise ValueError(f"unknown example query {example!r}; choose one of {', '.join(EXAMPLES)}")
    missing = [p for p in EXAMPLES[example].params if p not in bindings]
    if missing:
        raise ValueError(f"example {example!r} needs a value for: {', '.join(missing)}")
    return run_query(source, EXAMPLES[example].query, bindings)


def who_leads(source, name: str) -> QueryResult:
    return run_example(source, "who-leads", name=name)


def what_makes(source, name: str) -> QueryResult:
    return run_example(source, "what-makes", name=name)


def facts_about(source, name: str) -> QueryResult:
    return run_example(source, "facts-about", name=name)


# ---------------------------------------------------------------- formatting

def display_width(text: str) -> int:
    """Terminal columns: East Asian wide/full-width characters take two, combining marks none."""
    width = 0
    for ch in text:
        if unicodedata.combining(ch):
            continue
        width += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return width


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return " ".join(str(value).split())  # one line per row: newlines and tabs become spaces


def _pad(text: str, width: int) -> str:
    return text + " " * (width - display_width(text))


def _table(result: QueryResult) -> str:
    header = list(result.vars)
    body = [[_cell(v) for v in row] for row in result.rows]
    widths = [max([display_width(h)] + [display_width(r[i]) for r in body])
              for i, h in enumerate(header)]
    lines = ["  ".join(_pad(h, w) for h, w in zip(header, widths)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(_pad(c, w) for c, w in zip(row, widths)).rstrip() for row in body]
    lines.append(f"({len(body)} row{'s' if len(body) != 1 else ''})")
    return "\n".join(lines) + "\n"


def format_result(result, fmt: str = "table") -> str:
    """Render a :func:`run_query` result as ``table`` (aligned, CJK-aware), ``csv`` or ``json``."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown result format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if isinstance(result, bool):
        return json.dumps({"boolean": result}) + "\n" if fmt == "json" else _cell(result) + "\n"
    if isinstance(result, Graph):
        if fmt == "json":
            return result.serialize(format="json-ld", indent=2, ensure_ascii=False)
        if fmt == "csv":
            result = QueryResult(["subject", "predicate", "object"],
                                 sorted(tuple(str(t) for t in triple) for triple in result))
        else:
            return result.serialize(format="turtle")
    if fmt == "json":
        return json.dumps({"vars": result.vars, "rows": result.dicts()},
                          ensure_ascii=False, indent=2) + "\n"
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(result.vars)
        writer.writerows([["" if v is None else v for v in row] for row in result.rows])
        return buffer.getvalue()
    return _table(result)
