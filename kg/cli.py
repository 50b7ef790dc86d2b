"""The ``kg`` command line: thin wrappers over the pipeline, RDF, SPARQL, viz and export."""
from __future__ import annotations

import json
import sys
import time
from collections import Counter
from contextlib import nullcontext
from pathlib import Path
from typing import List, Optional

import typer

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Build a bilingual (Chinese + English) knowledge graph from news text.")

INPUTS = typer.Argument(..., help="Files or folders of .txt, .md, .html and .jsonl documents.")
GRAPH = typer.Argument(..., help="An output folder of `kg build`, a node-link .json or an RDF file.")
QUIET = typer.Option(False, "--quiet", "-q", help="No progress bar or summary.")
EN_MODEL = typer.Option(None, "--en-model", help="English spaCy pipeline name or path.")
ZH_MODEL = typer.Option(None, "--zh-model", help="Chinese NER spaCy pipeline name or path; "
                        "'jieba' for the fast mode without a statistical NER (lexicon, jieba POS tags, rules).")
LAC = typer.Option(True, "--lac/--no-lac", help="Run Baidu LAC beside the Chinese NER model "
                   "(more people and organizations; about a third slower on Chinese text).")
REL_MODEL = typer.Option(None, "--rel-model", help="The relation model beside the patterns: a path, "
                         "or 'none' for the patterns alone (default: KG_REL_MODEL, else kg/models/rel_kg).")
RDF_SUFFIXES = {".ttl", ".nt", ".jsonld", ".json-ld", ".trig", ".rdf", ".xml", ".nq"}


def _err(message: str) -> None:
    typer.echo(message, err=True)


def _config(en_model, zh_model, lac=True, rel_model=None):
    from .nlp.analyze import NLPConfig

    return NLPConfig(en_model=en_model, zh_model=zh_model, zh_lac=lac, rel_model=rel_model)


def _progress(quiet: bool, total: int):
    if quiet or total == 0:
        return nullcontext(None)
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    return Progress(TextColumn("[bold]extracting"), BarColumn(), MofNCompleteColumn(),
                    TextColumn("{task.description}"), TimeElapsedColumn(), transient=True)


def _extract_with_progress(paths, config, quiet):
    from .io.loaders import load_documents
    from .pipeline import extract_all

    loaded = load_documents(paths)
    for error in loaded.errors:
        _err(f"error: {error}")
    timings: dict = {}
    with _progress(quiet, len(loaded.documents)) as bar:
        task = bar.add_task("", total=len(loaded.documents)) if bar else None

        def advance(doc):
            if bar:
                bar.update(task, advance=1, description=doc.id)
        extractions, errors = extract_all(loaded.documents, config, advance, timings)
    for error in errors:
        _err(f"error: {error}")
    return extractions, list(loaded.errors) + errors, timings


def load_graph(path: str):
    """The networkx graph from an output folder, a node-link JSON or an RDF file."""
    from . import export, rdf

    p = Path(path)
    if p.is_dir() and (p / "graph.json").exists() or p.suffix == ".json":
        return export.load_graph(p)
    if p.is_dir() or p.suffix.lower() in RDF_SUFFIXES:
        return rdf.graph_from_rdf(rdf.load_rdf(p))
    raise typer.BadParameter(f"{path}: not an output folder, node-link .json or RDF file")


@app.command()
def build(inputs: List[str] = INPUTS,
          out: Path = typer.Option(Path("out"), "--output", "-o", help="Output folder."),
          strict: bool = typer.Option(False, "--strict", help="Exit non-zero if any input has an error."),
          html: bool = typer.Option(True, "--html/--no-html", help="Write graph.html."),
          curation: Optional[Path] = typer.Option(
              None, "--curation", help="Always-merge / never-merge pairs (default: ./curation.tsv if present)."),
          quiet: bool = QUIET, en_model: Optional[str] = EN_MODEL, zh_model: Optional[str] = ZH_MODEL,
          lac: bool = LAC, rel_model: Optional[str] = REL_MODEL):
    """Build the graph of INPUTS into OUT: RDF (ttl, nt, jsonld, trig), HTML, exports, merges.json."""
    from . import export, rdf
    from .pipeline import build_graph_from
    from .resolve import CurationError, load_curation, write_merges

    t0 = time.perf_counter()
    if curation is None and Path("curation.tsv").is_file():
        curation = Path("curation.tsv")
    try:
        rules = load_curation(curation) if curation else None
        if rel_model:
            from .extract.relation_model import load as load_relation_model

            load_relation_model(rel_model)
    except (CurationError, OSError) as e:
        _err(f"error: {e}")
        raise typer.Exit(1)
    extractions, errors, timings = _extract_with_progress(inputs, _config(en_model, zh_model, lac, rel_model), quiet)
    if not extractions:
        _err("error: no document could be built")
        raise typer.Exit(1)
    graph, resolution = build_graph_from(extractions, timings, rules)
    out.mkdir(parents=True, exist_ok=True)
    write_merges(resolution, out / "merges.json")
    dataset = rdf.to_dataset(graph)
    written = rdf.write_rdf(dataset, out)
    written.update(export.write_all(graph, out))
    if html:
        from .viz import write_html

        written["html"] = write_html(graph, out / "graph.html")
    if not quiet:
        _summary(graph, extractions, errors, time.perf_counter() - t0, out)
    if strict and errors:
        raise typer.Exit(2)


def _summary(graph, extractions, errors, seconds, out: Path) -> None:
    from rich.console import Console
    from rich.table import Table

    types = Counter(d["type"] for _, d in graph.nodes(data=True) if d.get("kind") == "entity")
    events = Counter(d["type"] for _, d in graph.nodes(data=True) if d.get("kind") == "event")
    facts = [d for _, _, d in graph.edges(data=True) if not d.get("role")]
    relations = len(facts)
    # the relations only the learned model reads (kg.extract.relation_model): --rel-model none leaves them out
    learned = sum(1 for d in facts if d.get("evidence") and all(e["extractor"] == "model" for e in d["evidence"]))
    table = Table(title="kg build", show_header=False)
    table.add_row("documents", str(len(extractions)))
    for t, n in sorted(types.items()):
        table.add_row(f"entities: {t}", str(n))
    table.add_row("relations", f"{relations} ({learned} from the relation model alone)" if learned else str(relations))
    table.add_row("events", f"{sum(events.values())} ({', '.join(f'{k} {v}' for k, v in sorted(events.items()))})")
    table.add_row("errors", str(len(errors)))
    table.add_row("time", f"{seconds:.1f} s")
    table.add_row("open", str(out / "graph.html"))
    Console(stderr=True).print(table)


@app.command()
def extract(inputs: List[str] = INPUTS,
            format: str = typer.Option("jsonl", "--format", "-f", help="Output format: jsonl."),
            output: Optional[Path] = typer.Option(None, "--output", "-o", help="File (default: stdout)."),
            quiet: bool = QUIET, en_model: Optional[str] = EN_MODEL, zh_model: Optional[str] = ZH_MODEL,
            lac: bool = LAC):
    """Write one JSON object per entity mention: doc, start, end, text, type, lang."""
    if format != "jsonl":
        raise typer.BadParameter(f"unknown format {format!r}; valid: jsonl")
    extractions, errors, _ = _extract_with_progress(inputs, _config(en_model, zh_model, lac), True)
    lines = [json.dumps(m.to_json(), ensure_ascii=False)
             for ext in extractions for m in ext.mentions]
    text = "\n".join(lines) + ("\n" if lines else "")
    if output:
        from .export import atomic_open

        with atomic_open(output) as fh:
            fh.write(text)
    else:
        sys.stdout.write(text)
    if not extractions and errors:
        raise typer.Exit(1)


@app.command()
def query(graph: str = GRAPH, sparql: Optional[str] = typer.Argument(None, help="SPARQL query text."),
          file: Optional[Path] = typer.Option(None, "--file", "-f", help="Read the query from a .rq file."),
          example: Optional[str] = typer.Option(
              None, "--example", "-e", help="A built-in query: who-leads, what-makes or facts-about."),
          bind: List[str] = typer.Option([], "--bind", "-b",
                                         help="NAME=VALUE, bound as a literal (repeatable)."),
          format: str = typer.Option("table", "--format", help="table, csv or json.")):
    """Run a SPARQL query; the project's prefixes (kg:, kgd:, rdfs:, skos: ...) are pre-bound.

    Values given with --bind are passed as initBindings, never spliced into the query text.
    """
    from . import rdf, sparql as sp

    if sum(x is not None for x in (sparql, file, example)) != 1:
        raise typer.BadParameter("give exactly one of: the query text, --file or --example")
    bindings = {}
    for item in bind:
        name, sep, value = item.partition("=")
        if not sep or not name:
            raise typer.BadParameter(f"--bind {item!r}: expected NAME=VALUE")
        bindings[name] = value
    try:
        if example is not None:
            if example not in sp.EXAMPLES:
                raise ValueError(f"unknown example {example!r}; choose one of {', '.join(sp.EXAMPLES)}")
            text = sp.EXAMPLES[example].query
        else:
            text = file.read_text(encoding="utf-8") if file else sparql
        result = sp.run_query(rdf.load_rdf(Path(graph)), text, bindings)
        typer.echo(sp.format_result(result, format))
    except (ValueError, FileNotFoundError) as e:
        _err(f"error: {e}")
        raise typer.Exit(1)
    except Exception as e:  # rdflib errors for a query that parses but cannot run
        _err(f"error: query failed: {e}")
        raise typer.Exit(1)


@app.command()
def merges(graph: Path = typer.Argument(..., help="An output folder of `kg build` (or its merges.json)."),
           status: Optional[str] = typer.Option(None, "--status", help="applied, candidate or refused."),
           format: str = typer.Option("table", "--format", help="table or json.")):
    """List candidate and applied merges with their scores, reasons and evidence."""
    from .resolve import read_merges

    path = graph / "merges.json" if graph.is_dir() else graph
    try:
        records = read_merges(path)
    except ValueError as e:
        _err(f"error: {e}")
        raise typer.Exit(1)
    if status:
        records = [r for r in records if r.get("status") == status]
    if format == "json":
        typer.echo(json.dumps(records, ensure_ascii=False, indent=1))
        return
    if format != "table":
        raise typer.BadParameter(f"unknown format {format!r}; valid: table, json")
    from rich.console import Console
    from rich.table import Table

    table = Table("status", "score", "reason", "type", "a", "b", "evidence / note")
    for r in records:
        table.add_row(r.get("status", ""), f"{float(r.get('score') or 0):.2f}", r.get("reason", ""),
                      r.get("type", ""), f"{r.get('a', '')} @{r.get('a_lang', '')}",
                      f"{r.get('b', '')} @{r.get('b_lang', '')}",
                      str(r.get("evidence") or r.get("note") or ""))
    Console(width=200).print(table)


@app.command("export")
def export_cmd(graph: str = GRAPH,
               format: str = typer.Option(..., "--format", "-f",
                                          help="graphml, gexf, csv, json, neo4j, jsonld, nt, ttl or trig."),
               output: Path = typer.Option(..., "--output", "-o", help="Output file (folder for csv/neo4j).")):
    """Export the graph to another format."""
    from . import export, rdf

    G = load_graph(graph)
    fmt = format.lower()
    if fmt in rdf.FORMATS or fmt in ("turtle", "ttl"):
        fmt = "ttl" if fmt == "turtle" else fmt
        with export.atomic_open(output, "wb") as fh:
            fh.write(rdf.serialize(rdf.to_dataset(G), fmt))
        typer.echo(str(output))
        return
    try:
        written = export.export(G, fmt, output)
    except ValueError as e:
        _err(f"error: {e}")
        raise typer.Exit(1)
    for path in written.values():
        typer.echo(str(path))


@app.command()
def viz(graph: str = GRAPH,
        output: Path = typer.Option(Path("graph.html"), "--output", "-o", help="HTML file to write."),
        lang: str = typer.Option("both", "--lang", help="Labels: zh, en or both."),
        focus: Optional[str] = typer.Option(None, "--focus", help="Only the neighbourhood of this entity."),
        hops: int = typer.Option(1, "--hops", help="Neighbourhood size for --focus."),
        top: Optional[int] = typer.Option(None, "--top", help="Keep the K most central nodes."),
        rank: str = typer.Option("pagerank", "--rank", help="pagerank, degree or mentions, for --top."),
        color_by: str = typer.Option("type", "--color-by", help="Colour nodes by type or community."),
        size_by: str = typer.Option("mentions", "--size-by", help="Size nodes by mentions or degree."),
        title: Optional[str] = typer.Option(None, "--title", help="Page title.")):
    """Write the interactive HTML explorer (one offline file, vis.js inlined)."""
    from .viz import write_html

    G = load_graph(graph)
    try:
        path = write_html(G, output, lang=lang, focus=focus, hops=hops, top=top, rank=rank,
                          color_by=color_by, size_by=size_by, title=title)
    except ValueError as e:
        _err(f"error: {e}")
        raise typer.Exit(1)
    typer.echo(str(path))


def main() -> None:  # console_scripts entry point
    app()


if __name__ == "__main__":
    main()
