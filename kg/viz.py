"""The HTML explorer: a :mod:`kg.graph` ``MultiDiGraph`` -> one self-contained HTML file.

pyvis builds the vis-network data; our own Jinja template (``kg/viz_assets/explorer.html``)
inlines vis-network and the explorer script, so the file works offline and makes no
network request.  The vis ``Network`` is the global ``network`` (as with pyvis), the
full node/edge ``DataSet`` s are ``nodes`` / ``edges`` and ``window.kgReady`` turns true
once the drawing is stable and frozen.  Document text only ever reaches the page as
JSON inside a ``<script>`` (``<``, ``>``, ``&``, U+2028/9 escaped) and is inserted with
``textContent``; a Content-Security-Policy with script hashes blocks anything else.

Large graphs: ``focus`` + ``hops`` keep an ego graph, ``top`` the K best nodes by
PageRank, degree or mentions; above :data:`PHYSICS_LIMIT` drawn nodes the layout is
precomputed here and physics stays off in the browser.
"""
from __future__ import annotations

import base64
import difflib
import hashlib
import json
import math
import random
import re
import unicodedata
from pathlib import Path

import networkx as nx

ASSETS = Path(__file__).with_name("viz_assets")
LANGS = ("both", "zh", "en")
RANKS = ("pagerank", "degree", "mentions")
SIZES = ("mentions", "degree")
COLORS = ("type", "community")
PHYSICS_LIMIT = 300  # above this many drawn nodes, positions are precomputed
COMMUNITY_LIMIT = 2000  # louvain communities are computed up to here (or when asked)

# predicate or event role -> (English, Chinese) short display label; kg.vocab's RELATIONS and
# ROLES must all be here (tests check), other names are shown as words ("headquarteredIn").
PREDICATES: dict[str, tuple[str, str]] = {
    "founderOf": ("founder", "创始人"), "ceoOf": ("CEO", "首席执行官"),
    "chairOf": ("chair", "董事长"), "worksFor": ("works for", "任职于"),
    "subsidiaryOf": ("subsidiary of", "子公司"), "investsIn": ("invests in", "投资"),
    "acquires": ("acquires", "收购"), "partnerOf": ("partner", "合作伙伴"),
    "competesWith": ("competes with", "竞争对手"), "listedOn": ("listed on", "上市于"),
    "develops": ("develops", "开发"),
    # event roles (event -> participant)
    "participant": ("participant", "参与方"), "company": ("company", "公司"),
    "exchange": ("exchange", "交易所"), "acquirer": ("acquirer", "收购方"),
    "target": ("target", "被收购方"), "investor": ("investor", "投资方"),
    "investee": ("investee", "被投资方"), "person": ("person", "人物"),
    "organization": ("organization", "组织"), "partner": ("partner", "合作方"),
    "product": ("product", "产品"),
}
# legend group -> (English, Chinese, colour, vis shape)
GROUPS: dict[str, tuple[str, str, str, str]] = {
    "Company": ("Company", "公司", "#4e79a7", "square"),
    "Organization": ("Organization", "组织", "#76b7b2", "hexagon"),
    "Person": ("Person", "人物", "#f28e2b", "dot"),
    "Product": ("Product", "产品", "#59a14f", "triangle"),
    "Event": ("Event", "事件", "#edc948", "star"),
    "Other": ("Other", "其他", "#bab0ac", "dot"),
}
EVENT_TYPES: dict[str, str] = {  # event class -> Chinese label (kg.vocab.EVENT_CLASSES)
    "Listing": "上市", "Funding": "融资", "Acquisition": "收购", "Merger": "合并",
    "Resignation": "辞职", "Appointment": "任命", "Recall": "召回", "ProductLaunch": "产品发布",
    "Partnership": "合作", "Earnings": "财报", "Lawsuit": "诉讼", "Event": "事件",
}
PALETTE = ("#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948",
           "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac", "#1f77b4", "#8c564b")


def words(name: str) -> str:
    """``headquarteredIn`` -> ``headquartered in`` (label of an unknown predicate)."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", name).lower() if name else name


def predicate_label(predicate: str) -> dict:
    en, zh = PREDICATES.get(predicate) or (words(predicate),) * 2
    return {"en": en, "zh": zh}


def _norm(text) -> str:
    return " ".join(unicodedata.normalize("NFKC", str(text)).casefold().split())


def _names(node: str, data: dict) -> set[str]:
    names = {data.get(k) for k in ("label", "label_zh", "label_en", "title")}
    names |= {a[0] for a in data.get("aliases") or ()}
    return {_norm(n) for n in names if n} | {_norm(node)}


def find_nodes(G: nx.MultiDiGraph, name: str) -> list[str]:
    """Node ids whose id, label or alias is ``name`` (NFKC, case-folded); ValueError if none."""
    if name in G:
        return [name]
    key = _norm(name)
    hits = sorted(n for n, d in G.nodes(data=True) if key in _names(n, d))
    if not hits:
        labels = sorted({str(d.get("label")) for _, d in G.nodes(data=True)})
        close = difflib.get_close_matches(str(name), labels, n=5)
        raise ValueError(f"no node is named {name!r} (id, label or alias)"
                         + (f"; close matches: {', '.join(close)}" if close else ""))
    return hits


def rank_nodes(G: nx.MultiDiGraph, rank: str = "pagerank") -> dict:
    """Score every node by ``rank`` (one of :data:`RANKS`); pure Python, no scipy needed."""
    if rank not in RANKS:
        raise ValueError(f"unknown rank {rank!r}; choose one of {', '.join(RANKS)}")
    if rank == "degree":
        return dict(G.degree())
    if rank == "mentions":
        return {n: d.get("mentions", G.degree(n)) for n, d in G.nodes(data=True)}
    nodes, N, alpha = list(G), len(G), 0.85
    out = dict(G.out_degree())
    r = dict.fromkeys(nodes, 1.0 / max(N, 1))
    for _ in range(100):
        dangling = alpha * sum(r[n] for n in nodes if not out[n]) / N
        new = dict.fromkeys(nodes, (1 - alpha) / N + dangling)
        for u, v in G.edges():
            new[v] += alpha * r[u] / out[u]
        done = sum(abs(new[n] - r[n]) for n in nodes) < N * 1e-9
        r = new
        if done:
            break
    return r


def select_subgraph(G: nx.MultiDiGraph, *, focus=None, hops: int = 1, top: int | None = None,
                    rank: str = "pagerank") -> nx.MultiDiGraph:
    """The part of ``G`` to draw: the ``hops`` neighbourhood of ``focus`` (a node id, label or
    alias; for a document, what it mentions), then the ``top`` nodes by ``rank``.  Document
    nodes referenced by what is kept are kept too."""
    if not isinstance(hops, int) or hops < 0:
        raise ValueError(f"hops must be a whole number >= 0, not {hops!r}")
    if top is not None and (not isinstance(top, int) or top < 1):
        raise ValueError(f"top must be a whole number >= 1, not {top!r}")
    if rank not in RANKS:
        raise ValueError(f"unknown rank {rank!r}; choose one of {', '.join(RANKS)}")
    keep, centers = set(G), []
    if focus is not None:
        centers = find_nodes(G, focus)
        undirected, keep = G.to_undirected(as_view=True), set()
        for c in centers:
            starts = [c]
            if G.nodes[c].get("kind") == "document":
                doc = c.split("/", 1)[-1]
                starts = [n for n, d in G.nodes(data=True) if doc in (d.get("docs") or ())]
                keep.add(c)
                hops_left = max(hops - 1, 0)
            else:
                hops_left = hops
            for s in starts:
                keep |= set(nx.single_source_shortest_path_length(undirected, s, cutoff=hops_left))
    if top is not None:
        scores = rank_nodes(G.subgraph(keep), rank)
        drawable = [n for n in keep if G.nodes[n].get("kind") != "document"]
        keep = set(sorted(drawable, key=lambda n: (-scores[n], str(n)))[:top]) | set(centers)
    docs = {f"doc/{d}" for n in keep for d in G.nodes[n].get("docs") or ()}
    return G.subgraph(keep | {d for d in docs if d in G}).copy()


def _spring(H: nx.Graph, seed: int) -> dict:
    return {n: complex(*p) for n, p in nx.spring_layout(H, seed=seed, method="force").items()}


def layout_positions(G: nx.MultiDiGraph, *, core: int = 300, seed: int = 42) -> dict:
    """Pixel positions {node: (x, y)}: a spring layout of the ``core`` best-connected nodes,
    the others placed beside a placed neighbour, unconnected parts on a spiral around it.
    Needs numpy (networkx's spring_layout)."""
    H = nx.Graph()
    H.add_nodes_from(G)
    H.add_edges_from((u, v) for u, v in G.edges() if u != v)
    rng = random.Random(seed)
    order = sorted(H, key=lambda n: (-H.degree(n), str(n)))
    pos = _spring(H.subgraph(order[:core]), seed) if len(H) > 1 else {n: 0j for n in H}
    if len(H) > core:
        pos = {n: p for n, p in pos.items() if H.degree(n)}  # core isolates join the spiral
        step = 2 / math.sqrt(max(len(pos), 1))
        frontier = sorted(pos, key=str)
        while frontier:
            nxt = []
            for n in frontier:
                new = sorted((m for m in H[n] if m not in pos), key=str)
                for m in new:
                    r = step * (0.4 + rng.random()) * (1 + 0.1 * math.sqrt(len(new)))
                    pos[m] = pos[n] + r * complex(math.cos(a := rng.random() * math.tau), math.sin(a))
                nxt += new
            frontier = nxt
        rest = H.subgraph([n for n in H if n not in pos])
        area = max((abs(p) for p in pos.values()), default=0) ** 2 + step * step
        angle = 0.0
        for comp in sorted(nx.connected_components(rest), key=lambda c: (-len(c), min(map(str, c)))):
            radius = step * (0.6 + 0.6 * math.sqrt(len(comp)))
            area += 1.4 * (2 * radius) ** 2
            angle += 2.399963  # golden angle: a sunflower of components
            center = math.sqrt(area) * complex(math.cos(angle), math.sin(angle))
            if len(comp) == 1:
                pos[next(iter(comp))] = center
                continue
            sub = layout_positions(rest.subgraph(comp), core=core, seed=seed) \
                if len(comp) > core else {n: (p.real, p.imag) for n, p in _spring(rest.subgraph(comp), seed).items()}
            span = max(math.hypot(*p) for p in sub.values()) or 1
            pos.update({n: center + complex(*p) * radius / span for n, p in sub.items()})
    else:
        step = 2 / math.sqrt(max(len(H), 1))
    px = 110 / step
    return {n: (round(p.real * px, 1), round(p.imag * px, 1)) for n, p in pos.items()}


def _communities(H: nx.MultiDiGraph) -> dict:
    simple = nx.Graph()
    simple.add_nodes_from(H)
    simple.add_edges_from(H.edges())
    parts = nx.community.louvain_communities(simple, seed=42)
    parts = sorted(parts, key=lambda c: (-len(c), min(map(str, c))))
    return {n: i for i, part in enumerate(parts) for n in part}


def node_labels(data: dict) -> tuple[str | None, str | None]:
    """(Chinese, English) label of a node; either may be None."""
    if data.get("kind") == "event":
        lang = "zh" if data.get("lang") == "zh" else "en"
        return (data.get("label"), None) if lang == "zh" else (None, data.get("label"))
    zh, en = data.get("label_zh"), data.get("label_en")
    if not zh and not en:
        label = str(data.get("label") or "")
        zh, en = (label, None) if re.search(r"[\u3400-\u9fff]", label) else (None, label)
    return zh, en


def display_label(zh, en, lang: str) -> str:
    if lang == "zh":
        return zh or en or ""
    if lang == "en":
        return en or zh or ""
    return f"{zh}\n{en}" if zh and en and zh != en else (zh or en or "")


def graph_data(G: nx.MultiDiGraph, *, lang: str = "both", size_by: str = "mentions",
               color_by: str = "type", positions: dict | None = None) -> tuple[list, list, dict]:
    """vis-network nodes and edges (explorer data under ``kg``) and the page's metadata."""
    drawn = sorted(n for n, d in G.nodes(data=True) if d.get("kind") != "document")
    H = G.subgraph(drawn)
    communities = _communities(H) if color_by == "community" or len(drawn) <= COMMUNITY_LIMIT else {}
    nodes = []
    for n in drawn:
        d = G.nodes[n]
        zh, en = node_labels(d)
        kind = d.get("kind", "entity")
        group = "Event" if kind == "event" else (d.get("type") if d.get("type") in GROUPS else "Other")
        value = H.degree(n) if size_by == "degree" or kind != "entity" else d.get("mentions", 0)
        color = PALETTE[communities[n] % len(PALETTE)] if color_by == "community" else GROUPS[group][2]
        info = {"kind": kind, "type": d.get("type", ""), "group": group, "zh": zh, "en": en,
                "aliases": d.get("aliases") or [], "mentions": d.get("mentions", 0),
                "docs": d.get("docs") or [], "degree": H.degree(n)}
        for k in ("date", "date_text", "amounts", "same_as", "merged_from", "evidence"):
            if d.get(k):
                info[k] = d[k]
        if n in communities:
            info["community"] = communities[n]
        node = {"id": n, "label": display_label(zh, en, lang), "shape": GROUPS[group][3],
                "color": color, "size": round(10 + 5 * math.log2(1 + value), 1), "kg": info}
        if positions and n in positions:
            node["x"], node["y"] = positions[n]
        nodes.append(node)
    edges, predicates = [], {}
    for i, (u, v, key, d) in enumerate(sorted(H.edges(keys=True, data=True), key=lambda e: e[:3])):
        pred = d.get("predicate", key)
        predicates[pred] = predicate_label(pred)
        evidence = d.get("evidence") or []
        edges.append({"id": f"e{i}", "from": u, "to": v, "arrows": "to",
                      "label": display_label(predicates[pred]["zh"], predicates[pred]["en"], lang),
                      "kg": {"predicate": pred, "role": bool(d.get("role")),
                             "confidence": d.get("confidence"), "evidence": evidence,
                             "docs": sorted({e["doc_id"] for e in evidence})}})
    docs = [{"id": n.split("/", 1)[-1], "title": d.get("title") or d.get("label") or n,
             "date": d.get("date"), "url": d.get("url")}
            for n, d in G.nodes(data=True) if d.get("kind") == "document"]
    docs.sort(key=lambda x: (x["date"] or "", x["id"]))
    groups = {g: {"en": en, "zh": zh, "color": c, "shape": s} for g, (en, zh, c, s) in GROUPS.items()}
    types = {t: {"en": words(t), "zh": EVENT_TYPES.get(t, GROUPS.get(t, (0, t))[1])}
             for t in sorted({str(n["kg"]["type"]) for n in nodes})}
    meta = {"lang": lang, "colorBy": color_by, "docs": docs, "groups": groups, "types": types,
            "predicates": dict(sorted(predicates.items())), "palette": PALETTE,
            "communities": len(set(communities.values())), "positions": positions is not None}
    return nodes, edges, meta


def vis_options(n_nodes: int, physics: bool) -> dict:
    big = n_nodes > PHYSICS_LIMIT
    font = "system-ui, 'Noto Sans CJK SC', 'WenQuanYi Zen Hei', sans-serif"
    return {
        "nodes": {"font": {"size": 14, "face": font, "strokeWidth": 3, "strokeColor": "#ffffff"},
                  "borderWidth": 1, "scaling": {"label": {"drawThreshold": 6}}},
        "edges": {"font": {"size": 10, "face": font, "align": "horizontal", "color": "#52606d"},
                  "color": {"color": "#9aa5b1", "highlight": "#d62728", "inherit": False},
                  "smooth": False if big else {"type": "continuous"}, "width": 1,
                  "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}}},
        "physics": {"enabled": physics, "solver": "barnesHut",
                    "barnesHut": {"gravitationalConstant": -2500, "centralGravity": 0.9, "springLength": 110,
                                  "springConstant": 0.04, "damping": 0.35, "avoidOverlap": 0.2},
                    "stabilization": {"enabled": physics, "iterations": 250, "updateInterval": 50,
                                      "fit": True}},
        "layout": {"improvedLayout": n_nodes <= 100, "randomSeed": 42},
        "interaction": {"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": big,
                        "hideEdgesOnZoom": big, "navigationButtons": False},
    }


def script_json(value) -> str:
    """JSON that is safe inside an HTML ``<script>`` element."""
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False,
                                                            separators=(",", ":"))
    for char, code in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                       ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(char, code)
    return text


def _environment():
    from jinja2 import Environment, FileSystemLoader
    from markupsafe import Markup

    env = Environment(loader=FileSystemLoader(str(ASSETS)), autoescape=True)
    env.filters["script_json"] = lambda v: Markup(script_json(v))
    vis = Path(__import__("pyvis").__file__).parent / "templates" / "lib" / "vis-9.1.2"
    for name, path in (("vis_js", vis / "vis-network.min.js"), ("vis_css", vis / "vis-network.css"),
                       ("explorer_js", ASSETS / "explorer.js"), ("explorer_css", ASSETS / "explorer.css")):
        text = path.read_text(encoding="utf-8")
        if re.search(r"</(script|style)|<!--", text, re.I):
            raise ValueError(f"{path} cannot be inlined: it contains </script, </style or <!--")
        env.globals[name] = Markup(text)
    return env


def render_html(G: nx.MultiDiGraph, *, lang: str = "both", focus=None, hops: int = 1,
                top: int | None = None, rank: str = "pagerank", precompute_layout: bool | None = None,
                title: str | None = None, size_by: str = "mentions", color_by: str = "type") -> str:
    """The explorer page for ``G`` as a string (see :func:`write_html`)."""
    for name, value, options in (("lang", lang, LANGS), ("size_by", size_by, SIZES),
                                 ("color_by", color_by, COLORS)):
        if value not in options:
            raise ValueError(f"unknown {name} {value!r}; choose one of {', '.join(options)}")
    from pyvis.network import Network

    H = select_subgraph(G, focus=focus, hops=hops, top=top, rank=rank)
    drawn = [n for n, d in H.nodes(data=True) if d.get("kind") != "document"]
    positions = None
    if precompute_layout or (precompute_layout is None and len(drawn) > PHYSICS_LIMIT):
        try:
            positions = layout_positions(H.subgraph(drawn))
        except ImportError as e:
            if precompute_layout:
                raise ImportError("precompute_layout needs numpy: pip install numpy") from e
    nodes, edges, meta = graph_data(H, lang=lang, size_by=size_by, color_by=color_by,
                                    positions=positions)
    heading = title or G.graph.get("title") or "kg explorer"
    net = Network(height="100%", width="100%", directed=True, heading=heading,
                  cdn_resources="in_line")
    net.nodes, net.edges, net.node_ids = nodes, edges, [n["id"] for n in nodes]
    net.options = vis_options(len(nodes), physics=positions is None)
    net.templateEnv, net.path = _environment(), "explorer.html"
    net.templateEnv.globals["meta"] = meta
    html = net.generate_html(notebook=False)
    hashes = " ".join(f"'sha256-{base64.b64encode(hashlib.sha256(s.encode()).digest()).decode()}'"
                      for s in re.findall(r"<script>(.*?)</script>", html, re.S))
    return html.replace("KG_SCRIPT_HASHES", hashes, 1)


def write_html(G: nx.MultiDiGraph, path, *, lang: str = "both", focus=None, hops: int = 1,
               top: int | None = None, rank: str = "pagerank", precompute_layout: bool | None = None,
               title: str | None = None, size_by: str = "mentions", color_by: str = "type") -> Path:
    """Write the offline explorer for ``G`` to ``path`` (UTF-8) and return the path.

    ``lang``: initial labels ("both", "zh", "en"); ``focus``/``hops``: draw only the ego graph
    of a node id, label or alias; ``top``: only the K best nodes by ``rank`` ("pagerank",
    "degree", "mentions"); ``precompute_layout``: lay out in Python and switch physics off
    (default: above :data:`PHYSICS_LIMIT` nodes); ``size_by``: "mentions" or "degree";
    ``color_by``: "type" or "community" (louvain)."""
    html = render_html(G, lang=lang, focus=focus, hops=hops, top=top, rank=rank,
                       precompute_layout=precompute_layout, title=title, size_by=size_by,
                       color_by=color_by)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(html, encoding="utf-8")
    return path
