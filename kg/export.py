"""Write the knowledge graph (a networkx ``MultiDiGraph``, see :mod:`kg.graph`) to files.

Formats, by registry name (aliases in brackets):

* ``graphml`` [xml] and ``gexf`` [gephi]: networkx readwrite.  List and dict
  attributes (aliases, docs, evidence, amounts, merged_from, same_as) become JSON
  strings, ``None`` is dropped, and every edge keeps its key in ``predicate``.
* ``json`` [node-link, nodelink]: networkx node-link JSON, read back by
  :func:`read_node_link` / :func:`load_graph`.
* ``csv``: ``nodes.csv`` and ``edges.csv`` in a folder (lists joined with ``|``).
* ``neo4j``: ``neo4j_nodes.csv`` and ``neo4j_relationships.csv`` for
  ``neo4j-admin database import full``; array delimiter ``;`` (see NEO4J_README).

Every file is UTF-8, written to a temporary file in the target folder and moved
into place with :func:`os.replace`, and nodes/edges are sorted so that the same
graph always gives the same bytes.  RDF formats are written by :mod:`kg.rdf`.
"""
from __future__ import annotations

import csv
import dataclasses
import json
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Union

import networkx as nx
from networkx.readwrite.gexf import GEXFWriter

from .io.files import atomic_open

__all__ = ["write_graphml", "write_gexf", "write_csv", "write_node_link", "read_node_link",
           "write_neo4j", "write_all", "load_graph", "export", "register_exporter",
           "Exporter", "EXPORTERS", "ALIASES", "atomic_open"]

PathLike = Union[str, "os.PathLike[str]"]
LIST_SEP = "|"
NEO4J_ARRAY_DELIMITER = ";"
# Ontology superclasses added as extra Neo4j labels (kg:Company rdfs:subClassOf kg:Organization).
SUPERCLASSES = {"Company": ("Organization",)}
NODE_COLUMNS = ["id", "type", "kind", "label", "label_zh", "label_en", "aliases", "mentions",
                "docs", "date"]
EDGE_COLUMNS = ["source", "target", "predicate", "confidence", "evidence_count", "evidence", "docs"]
NEO4J_NODE_HEADER = ["id:ID", "label", "label_zh", "label_en", "aliases:string[]", ":LABEL"]
NEO4J_REL_HEADER = [":START_ID", ":END_ID", ":TYPE", "confidence:float", "evidence"]
NEO4J_README = """\
Neo4j bulk-import files written by kg (UTF-8, comma-separated, double-quoted fields).

  neo4j_nodes.csv          id:ID,label,label_zh,label_en,aliases:string[],:LABEL
  neo4j_relationships.csv  :START_ID,:END_ID,:TYPE,confidence:float,evidence

Array fields (aliases, :LABEL) use ';' as the delimiter (a ';' inside a value is
written as the full-width '\uff1b').  Newlines inside values are written as spaces.
:TYPE is the kg predicate in UPPER_SNAKE_CASE (ceoOf -> CEO_OF); evidence is the
first evidence sentence.  Import into an empty database with:

  neo4j-admin database import full neo4j --array-delimiter=";" \\
      --nodes=neo4j_nodes.csv --relationships=neo4j_relationships.csv
"""



# ---------------------------------------------------------------- helpers

def _json_default(value):
    if isinstance(value, (set, frozenset)):
        return sorted(value, key=lambda v: json.dumps(v, ensure_ascii=False, sort_keys=True,
                                                      default=str))
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.asdict(value)
    return str(value)


def to_json(value) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=_json_default)


def _flat(attrs: dict) -> dict:
    """Attributes GraphML/GEXF can hold: scalars kept, lists/dicts as JSON, None dropped."""
    out = {}
    for name, value in attrs.items():
        if value is None:
            continue
        if isinstance(value, (bool, int, float, str)):
            out[name] = value
        elif isinstance(value, (list, tuple, dict, set, frozenset)):
            out[name] = to_json(value)
        else:
            out[name] = str(value)
    return out


def _sorted_nodes(G) -> list:
    return sorted(G.nodes(data=True), key=lambda item: str(item[0]))


def _sorted_edges(G) -> list:
    return sorted(G.edges(keys=True, data=True), key=lambda e: (str(e[0]), str(e[1]), str(e[2])))


def _flat_graph(G: nx.MultiDiGraph, edge_label: bool = False) -> nx.MultiDiGraph:
    H = nx.MultiDiGraph(**_flat(G.graph))
    for node, data in _sorted_nodes(G):
        H.add_node(node, **_flat(data))
    for u, v, key, data in _sorted_edges(G):
        attrs = _flat(data)
        attrs.setdefault("predicate", str(key))
        if edge_label:
            attrs.setdefault("label", attrs["predicate"])
        H.add_edge(u, v, key=key, **attrs)
    return H


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(value)
    return str(value)


def _alias_texts(aliases) -> list[str]:
    texts = []
    for alias in aliases or []:
        text = alias[0] if isinstance(alias, (list, tuple)) and alias else alias
        if isinstance(text, str) and text not in texts:
            texts.append(text)
    return texts


def _evidence_docs(evidence) -> list[str]:
    return sorted({e["doc_id"] for e in evidence or [] if isinstance(e, dict) and e.get("doc_id")})


def _first_sentence(evidence) -> str:
    for e in evidence or []:
        if isinstance(e, dict) and e.get("sentence"):
            return e["sentence"]
    return ""


# ---------------------------------------------------------------- writers

def write_graphml(G: nx.MultiDiGraph, path: PathLike) -> Path:
    path = Path(path)
    with atomic_open(path, "wb") as fh:
        nx.write_graphml_xml(_flat_graph(G), fh, encoding="utf-8", prettyprint=True,
                             infer_numeric_types=True)
    return path


def write_gexf(G: nx.MultiDiGraph, path: PathLike) -> Path:
    """GEXF 1.2 for Gephi; edges are labelled with their predicate."""
    path = Path(path)
    writer = GEXFWriter(encoding="utf-8", prettyprint=True, version="1.2draft")
    meta = writer.xml.find("meta")
    if meta is not None:  # today's date would make the output differ from day to day
        meta.attrib.pop("lastmodifieddate", None)
    writer.add_graph(_flat_graph(G, edge_label=True))
    with atomic_open(path, "wb") as fh:
        writer.write(fh)
    return path


def write_csv(G: nx.MultiDiGraph, outdir: PathLike) -> dict[str, Path]:
    """``nodes.csv`` and ``edges.csv``; list cells are joined with ``|``."""
    outdir = Path(outdir)
    nodes, edges = outdir / "nodes.csv", outdir / "edges.csv"
    with atomic_open(nodes) as fh:
        out = csv.writer(fh, lineterminator="\n")
        out.writerow(NODE_COLUMNS)
        for node, d in _sorted_nodes(G):
            out.writerow([_cell(node), _cell(d.get("type")), _cell(d.get("kind")),
                          _cell(d.get("label")), _cell(d.get("label_zh")), _cell(d.get("label_en")),
                          LIST_SEP.join(_alias_texts(d.get("aliases"))), _cell(d.get("mentions")),
                          LIST_SEP.join(map(str, d.get("docs") or [])), _cell(d.get("date"))])
    with atomic_open(edges) as fh:
        out = csv.writer(fh, lineterminator="\n")
        out.writerow(EDGE_COLUMNS)
        for u, v, key, d in _sorted_edges(G):
            evidence = d.get("evidence") or []
            out.writerow([_cell(u), _cell(v), _cell(d.get("predicate", key)),
                          _cell(d.get("confidence")), len(evidence), _first_sentence(evidence),
                          LIST_SEP.join(_evidence_docs(evidence))])
    return {"nodes_csv": nodes, "edges_csv": edges}


def node_link_dict(G: nx.MultiDiGraph) -> dict:
    data = nx.node_link_data(G, edges="edges")
    data["nodes"].sort(key=lambda n: str(n["id"]))
    data["edges"].sort(key=lambda e: (str(e["source"]), str(e["target"]), str(e.get("key"))))
    return data


def write_node_link(G: nx.MultiDiGraph, path: PathLike) -> Path:
    path = Path(path)
    text = json.dumps(node_link_dict(G), ensure_ascii=False, indent=2, sort_keys=True,
                      default=_json_default)
    with atomic_open(path) as fh:
        fh.write(text + "\n")
    return path


def read_node_link(path: PathLike) -> nx.MultiDiGraph:
    """Read :func:`write_node_link` output (``edges`` or the older ``links`` key)."""
    path = Path(path)
    try:
        with open(path, encoding="utf-8-sig") as fh:
            data = json.load(fh)
    except FileNotFoundError as e:
        raise ValueError(f"{path}: no such file") from e
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        raise ValueError(f"{path}: cannot read node-link JSON ({e})") from e
    if not isinstance(data, dict) or not isinstance(data.get("nodes"), list):
        raise ValueError(f"{path}: not a node-link graph (expected an object with a 'nodes' list)")
    edges = "links" if "links" in data and "edges" not in data else "edges"
    data.setdefault(edges, [])
    try:
        G = nx.node_link_graph(data, directed=True, multigraph=True, edges=edges)
    except (KeyError, TypeError, nx.NetworkXError) as e:
        raise ValueError(f"{path}: malformed node-link graph ({type(e).__name__}: {e})") from e
    return G if isinstance(G, nx.MultiDiGraph) else nx.MultiDiGraph(G)


def neo4j_type(predicate: str) -> str:
    """ceoOf -> CEO_OF, listedOn -> LISTED_ON, subsidiaryOf -> SUBSIDIARY_OF, 'CEO of' -> CEO_OF."""
    s = re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", "_", str(predicate))
    return re.sub(r"[^A-Za-z0-9]+", "_", s).strip("_").upper() or "RELATED_TO"


def neo4j_labels(data: dict) -> list[str]:
    """Entity;Company;Organization, Event;Listing, Document."""
    kind, type_ = data.get("kind"), data.get("type")
    labels = [str(kind).capitalize()] if kind else []
    if type_:
        labels.append(str(type_))
        labels.extend(SUPERCLASSES.get(str(type_), ()))
    clean = []
    for label in labels:
        label = re.sub(r"[^A-Za-z0-9_]+", "_", label).strip("_")
        if label and label not in clean:
            clean.append(label)
    return clean or ["Node"]


def _neo4j_text(value) -> str:
    return re.sub(r"[\r\n]+", " ", _cell(value))


def _neo4j_array(items) -> str:
    return NEO4J_ARRAY_DELIMITER.join(_neo4j_text(i).replace(NEO4J_ARRAY_DELIMITER, "\uff1b")
                                      for i in items)


def write_neo4j(G: nx.MultiDiGraph, outdir: PathLike) -> dict[str, Path]:
    """``neo4j_nodes.csv``, ``neo4j_relationships.csv`` and a README with the import command."""
    outdir = Path(outdir)
    nodes, rels = outdir / "neo4j_nodes.csv", outdir / "neo4j_relationships.csv"
    readme = outdir / "README.txt"
    with atomic_open(nodes) as fh:
        out = csv.writer(fh, lineterminator="\n")
        out.writerow(NEO4J_NODE_HEADER)
        for node, d in _sorted_nodes(G):
            out.writerow([_neo4j_text(node), _neo4j_text(d.get("label")),
                          _neo4j_text(d.get("label_zh")), _neo4j_text(d.get("label_en")),
                          _neo4j_array(_alias_texts(d.get("aliases"))),
                          NEO4J_ARRAY_DELIMITER.join(neo4j_labels(d))])
    with atomic_open(rels) as fh:
        out = csv.writer(fh, lineterminator="\n")
        out.writerow(NEO4J_REL_HEADER)
        for u, v, key, d in _sorted_edges(G):
            out.writerow([_neo4j_text(u), _neo4j_text(v), neo4j_type(d.get("predicate", key)),
                          _cell(d.get("confidence")), _neo4j_text(_first_sentence(d.get("evidence")))])
    with atomic_open(readme) as fh:
        fh.write(NEO4J_README)
    return {"neo4j_nodes": nodes, "neo4j_relationships": rels, "neo4j_readme": readme}


# ---------------------------------------------------------------- registry

@dataclass(frozen=True)
class Exporter:
    """``func(G, target)``; ``target`` is a file (``suffix`` given) or a folder (``suffix`` None)."""

    name: str
    func: Callable
    suffix: str | None
    description: str = ""


EXPORTERS: dict[str, Exporter] = {}
ALIASES: dict[str, str] = {}
RDF_FORMATS = ("jsonld", "nt", "trig", "ttl", "turtle", "nquads", "xml-rdf")


def register_exporter(name: str, func: Callable, suffix: str | None, description: str = "",
                      aliases: tuple[str, ...] = ()) -> Exporter:
    """Add (or replace) an export format; ``aliases`` are other names for it."""
    exporter = Exporter(name, func, suffix, description)
    EXPORTERS[name] = exporter
    for alias in (name, *aliases):
        ALIASES[alias.lower()] = name
    return exporter


register_exporter("graphml", write_graphml, ".graphml", "GraphML (yEd, Cytoscape)", ("xml",))
register_exporter("gexf", write_gexf, ".gexf", "GEXF 1.2 (Gephi)", ("gephi",))
register_exporter("csv", write_csv, None, "nodes.csv + edges.csv")
register_exporter("json", write_node_link, ".json", "networkx node-link JSON",
                  ("node-link", "node_link", "nodelink"))
register_exporter("neo4j", write_neo4j, None, "neo4j-admin import CSVs", ("neo4j-csv",))


def get_exporter(fmt: str) -> Exporter:
    name = ALIASES.get(str(fmt).strip().lower().lstrip("."))
    if name is None:
        valid = ", ".join(sorted(EXPORTERS))
        aliases = ", ".join(sorted(a for a, n in ALIASES.items() if a != n))
        hint = " (RDF formats are written by kg.rdf)" if str(fmt).lower() in RDF_FORMATS else ""
        raise ValueError(f"unknown export format {fmt!r}{hint}; valid formats: {valid} "
                         f"(aliases: {aliases})")
    return EXPORTERS[name]


def export(G: nx.MultiDiGraph, fmt: str, path: PathLike) -> dict[str, Path]:
    """Write ``G`` as ``fmt`` to ``path``; the paths written.

    ``path`` is a folder for csv/neo4j; for file formats an existing folder gets ``graph.<suffix>``.
    """
    exporter = get_exporter(fmt)
    if exporter.suffix and Path(path).is_dir():
        path = Path(path) / f"graph{exporter.suffix}"
    written = exporter.func(G, path)
    return written if isinstance(written, dict) else {exporter.name: Path(written)}


def write_all(G: nx.MultiDiGraph, outdir: PathLike) -> dict[str, Path]:
    """graph.graphml, graph.gexf, nodes.csv, edges.csv, graph.json and neo4j/*.csv in ``outdir``."""
    outdir = Path(outdir)
    written = {"graphml": write_graphml(G, outdir / "graph.graphml"),
               "gexf": write_gexf(G, outdir / "graph.gexf")}
    written.update(write_csv(G, outdir))
    written["json"] = write_node_link(G, outdir / "graph.json")
    written.update(write_neo4j(G, outdir / "neo4j"))
    return written


def load_graph(path: PathLike) -> nx.MultiDiGraph:
    """The graph in an output folder (its ``graph.json``) or in a node-link ``.json`` file."""
    path = Path(path)
    if path.is_dir():
        if not (path / "graph.json").is_file():
            raise ValueError(f"{path}: no graph.json in this folder (run the build first?)")
        return read_node_link(path / "graph.json")
    if path.suffix.lower() == ".json":
        return read_node_link(path)
    raise ValueError(f"{path}: cannot load a graph from {path.suffix or 'this'!s} files "
                     "(supported: an output folder containing graph.json, or a node-link .json file)")
