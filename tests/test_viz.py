"""The HTML explorer without a browser: one offline file, safe data, graph reduction."""
from __future__ import annotations

import base64
import hashlib
import json
import math
import re

import networkx as nx
import pytest

from kg.viz import (PREDICATES, find_nodes, layout_positions, rank_nodes, render_html,
                    script_json, select_subgraph, write_html)

DRAWN = {"org/zhipu", "org/hkex", "person/zhang-peng", "org/xiaomi", "product/su7", "org/evil"}


def payload(html: str) -> dict:
    match = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', html, re.S)
    assert match, "no embedded data"
    return json.loads(match.group(1))


def drawn_ids(html: str) -> set:
    return {n["id"] for n in payload(html)["nodes"]}


def event_id(G) -> str:
    return next(n for n, d in G.nodes(data=True) if d.get("kind") == "event")


@pytest.fixture
def html(sample_graph):
    return render_html(sample_graph)


def test_one_offline_file(html):
    assert html.startswith("<!DOCTYPE html>")
    assert not re.search(r"<script[^>]*\bsrc\s*=", html, re.I)
    assert not re.search(r"<link[^>]*href\s*=\s*[\"']?(https?:)?//", html, re.I)
    assert not re.search(r"(src|href)\s*=\s*[\"']?(https?:)?//", html, re.I)
    assert not re.search(r"@import|url\(\s*[\"']?(https?:)?//", html, re.I)
    for cdn in ("cdnjs", "jsdelivr", "unpkg", "googleapis", "bootstrap", "tom-select"):
        assert cdn not in html
    assert "vis.Network" in html and "vis-network" in html  # vis-network inlined
    assert "default-src 'none'" in html and "connect-src 'none'" in html


def test_csp_hashes_every_inline_script(html):
    scripts = re.findall(r"<script>(.*?)</script>", html, re.S)
    assert len(scripts) == 2  # vis-network, explorer; the data is type=application/json
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', html).group(1)
    for script in scripts:
        digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in csp
    assert "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]


def test_all_nodes_in_data(sample_graph, html):
    data = payload(html)
    assert drawn_ids(html) == DRAWN | {event_id(sample_graph)}
    assert {d["id"] for d in data["meta"]["docs"]} == {"d-zh", "d-en"}
    assert len(data["edges"]) == sample_graph.number_of_edges()
    zhipu = next(n for n in data["nodes"] if n["id"] == "org/zhipu")
    assert zhipu["kg"]["zh"] == "智谱" and zhipu["kg"]["en"] == "Zhipu AI"
    assert ["智谱AI", "zh"] in zhipu["kg"]["aliases"]
    assert zhipu["shape"] == "square" and zhipu["label"] == "智谱\nZhipu AI"
    ceo = next(e for e in data["edges"] if e["kg"]["predicate"] == "ceoOf")
    assert {ev["doc_id"] for ev in ceo["kg"]["evidence"]} == {"d-zh", "d-en"}
    assert ceo["label"] == "首席执行官\nCEO"


def test_dangerous_strings_are_escaped(sample_graph, html):
    assert "<img src=x" not in html
    assert "<b>news</b>" not in html
    assert "\\u003cimg src=x onerror=alert(1)\\u003e" in html
    hostile = render_html(sample_graph, title="<script>alert(1)</script>")
    assert "<script>alert(1)" not in hostile
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in hostile


def test_script_breakers_in_data():
    G = nx.MultiDiGraph()
    nasty = "</script><script>alert(1)</script>\u2028\u2029<!-- & -->"
    G.add_node("org/x", kind="entity", type="Organization", label=nasty, label_en=nasty,
               aliases=[[nasty, "en"]], mentions=1, docs=[])
    html = render_html(G)
    assert "</script><script>alert" not in html and "<!--" not in html
    assert "\u2028" not in html and "\u2029" not in html
    node = payload(html)["nodes"][0]
    assert node["kg"]["en"] == nasty and node["label"] == nasty  # round-trips intact


def test_script_json():
    assert script_json({"a": "</script>&\u2028"}) == '{"a":"\\u003c/script\\u003e\\u0026\\u2028"}'
    assert script_json("中文") == "中文"


def test_write_html_utf8(sample_graph, tmp_path):
    path = write_html(sample_graph, tmp_path / "out" / "kg.html", lang="zh")
    assert path == tmp_path / "out" / "kg.html"
    text = path.read_bytes().decode("utf-8")
    assert "智谱" in text  # not \u-escaped
    labels = {n["id"]: n["label"] for n in payload(text)["nodes"]}
    assert labels["org/zhipu"] == "智谱"
    assert labels["org/evil"] == "<img src=x onerror=alert(1)>"  # no zh label: falls back to en
    assert not (tmp_path / "lib").exists()


def test_languages_and_predicate_labels(sample_graph):
    en = payload(render_html(sample_graph, lang="en"))
    labels = {n["id"]: n["label"] for n in en["nodes"]}
    assert labels["org/zhipu"] == "Zhipu AI"
    assert labels["org/hkex"] == "港交所"  # no English label: falls back to Chinese
    assert {e["label"] for e in en["edges"] if e["kg"]["predicate"] == "ceoOf"} == {"CEO"}
    assert en["meta"]["predicates"]["ceoOf"] == {"en": "CEO", "zh": "首席执行官"}
    assert all(len(v) == 2 and all(v) for v in PREDICATES.values())
    event = next(n for n in en["nodes"] if n["kg"]["kind"] == "event")
    assert event["kg"]["zh"] == "智谱在港交所上市" and event["shape"] == "star"


def test_every_vocabulary_term_has_labels():
    vocab = pytest.importorskip("kg.vocab")
    from kg.viz import EVENT_TYPES, GROUPS
    assert set(vocab.RELATIONS) | set(vocab.ROLES) <= set(PREDICATES)
    assert set(vocab.EVENT_CLASSES) <= set(EVENT_TYPES)
    assert set(vocab.ENTITY_CLASSES) <= set(GROUPS)


def test_unknown_predicate_gets_a_label():
    G = nx.MultiDiGraph()
    for n in ("org/a", "org/b"):
        G.add_node(n, kind="entity", type="Company", label=n, mentions=1, docs=[])
    G.add_edge("org/a", "org/b", key="headquarteredNear", predicate="headquarteredNear")
    data = payload(render_html(G, lang="en"))
    assert data["edges"][0]["label"] == "headquartered near"


@pytest.mark.parametrize("kwargs, message", [
    ({"lang": "fr"}, "zh"), ({"rank": "size"}, "pagerank"), ({"hops": -1}, "hops"),
    ({"top": 0}, "top"), ({"color_by": "mood"}, "community"), ({"size_by": "x"}, "degree"),
    ({"focus": "Nobody"}, "Nobody")])
def test_bad_arguments(sample_graph, kwargs, message):
    with pytest.raises(ValueError, match=message):
        render_html(sample_graph, **kwargs)


def test_find_nodes(sample_graph):
    assert find_nodes(sample_graph, "org/zhipu") == ["org/zhipu"]
    assert find_nodes(sample_graph, "zhipu ai") == ["org/zhipu"]  # case-folded
    assert find_nodes(sample_graph, "智谱AI") == ["org/zhipu"]  # alias
    with pytest.raises(ValueError, match="close matches: Zhipu AI"):
        find_nodes(sample_graph, "Zhipu A")


def test_focus_and_hops(sample_graph):
    ev = event_id(sample_graph)
    one = select_subgraph(sample_graph, focus="智谱", hops=1)
    assert {n for n in one if not n.startswith("doc/")} == {"org/zhipu", "person/zhang-peng",
                                                           "org/hkex", ev}
    assert {n for n in one if n.startswith("doc/")} == {"doc/d-zh", "doc/d-en"}
    zero = select_subgraph(sample_graph, focus="Zhipu AI", hops=0)
    assert {n for n in zero if not n.startswith("doc/")} == {"org/zhipu"}
    assert drawn_ids(render_html(sample_graph, focus="Xiaomi")) == {"org/xiaomi", "product/su7",
                                                                   "org/evil"}
    # a document as focus: what it mentions
    doc = select_subgraph(sample_graph, focus="doc/d-en", hops=1)
    assert {n for n in doc if not n.startswith("doc/")} == {"org/zhipu", "person/zhang-peng",
                                                           "org/xiaomi", "org/evil"}
    # multigraph edges and their data survive
    assert one.edges["person/zhang-peng", "org/zhipu", "ceoOf"]["evidence"]


def test_top(sample_graph):
    for rank in ("pagerank", "degree", "mentions"):
        scores = rank_nodes(sample_graph, rank)
        kept = select_subgraph(sample_graph, top=3, rank=rank)
        drawn = {n for n in kept if not n.startswith("doc/")}
        assert len(drawn) == 3
        worst_kept = min(scores[n] for n in drawn)
        assert all(scores[n] <= worst_kept for n in DRAWN - drawn)
    assert "org/zhipu" in select_subgraph(sample_graph, top=1, rank="degree")
    both = select_subgraph(sample_graph, focus="Xiaomi", top=2, rank="degree")
    assert "org/xiaomi" in both and len([n for n in both if not n.startswith("doc/")]) == 2


def test_pagerank_matches_networkx(sample_graph):
    mine = rank_nodes(sample_graph, "pagerank")
    assert math.isclose(sum(mine.values()), 1.0, rel_tol=1e-6)
    reference = pytest.importorskip("networkx.algorithms.link_analysis.pagerank_alg")
    if not hasattr(reference, "_pagerank_python"):
        pytest.skip("networkx has no pure-Python pagerank")
    theirs = reference._pagerank_python(sample_graph)
    assert all(math.isclose(mine[n], theirs[n], abs_tol=1e-6) for n in sample_graph)


def synthetic(n: int, seed: int = 3) -> nx.MultiDiGraph:
    import random
    rng = random.Random(seed)
    G = nx.MultiDiGraph()
    for i in range(n):
        G.add_node(f"org/{i}", kind="entity", type="Company", label=f"Org {i}",
                   label_zh=f"机构{i}", mentions=1 + i % 5, docs=[], aliases=[])
    for i in range(1, n):
        if i % 7:  # every 7th node stays unconnected
            G.add_edge(f"org/{i}", f"org/{int(rng.random() ** 2 * i)}", key="partnerOf",
                       predicate="partnerOf")
    return G


def test_layout_positions_large():
    pytest.importorskip("numpy")
    G = synthetic(180)
    pos = layout_positions(G, core=40)
    assert set(pos) == set(G)
    assert all(math.isfinite(x) and math.isfinite(y) for x, y in pos.values())
    assert len(set(pos.values())) == len(G)  # no two nodes on one spot


def test_precomputed_layout_turns_physics_off(sample_graph):
    pytest.importorskip("numpy")
    small = payload(render_html(sample_graph))
    assert small["options"]["physics"]["enabled"] is True
    assert small["options"]["physics"]["stabilization"]["iterations"] <= 300
    assert "x" not in small["nodes"][0]
    fixed = payload(render_html(sample_graph, precompute_layout=True))
    assert fixed["options"]["physics"]["enabled"] is False
    assert all("x" in n and "y" in n for n in fixed["nodes"])
    big = payload(render_html(synthetic(320)))  # above PHYSICS_LIMIT: precomputed by default
    assert big["options"]["physics"]["enabled"] is False and big["meta"]["positions"]


def test_color_by_community(sample_graph):
    data = payload(render_html(sample_graph, color_by="community", size_by="degree"))
    assert data["meta"]["colorBy"] == "community" and data["meta"]["communities"] >= 2
    assert all(n["color"] in data["meta"]["palette"] for n in data["nodes"])
    assert all("community" in n["kg"] for n in data["nodes"])


def test_empty_graph():
    data = payload(render_html(nx.MultiDiGraph()))
    assert data["nodes"] == [] and data["edges"] == []
