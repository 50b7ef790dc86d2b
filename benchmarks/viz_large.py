"""How fast does the HTML explorer become interactive on a big graph?

Builds synthetic graphs that follow the :mod:`kg.graph` schema (entities, events with role
edges, documents, evidence), writes each with :func:`kg.viz.write_html`, opens it from disk
in headless Chromium and measures the time from navigation start until the network is drawn,
stable and frozen (``window.kgReady``).  A 500-node baseline runs in the same process::

    PYTHONPATH=. .venv/bin/python benchmarks/viz_large.py            # 5000 vs 500 nodes
    PYTHONPATH=. .venv/bin/python benchmarks/viz_large.py --sizes 5000 500 --repeat 3

Needs Debian's ``chromium`` (``apt-get install chromium``) or ``--chromium PATH``.
"""
from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

import networkx as nx

from kg.viz import write_html

ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
HANZI = "智谱小米华为腾讯阿里巴巴百度美团快手比亚迪蔚来理想宁德时代京东网易字节跳动商汤科技月之暗面深度求索"
SYLLABLES = ["zhi", "pu", "xiao", "mi", "hua", "wei", "teng", "xun", "bai", "du", "mei", "tuan",
             "kuai", "shou", "jing", "dong", "wang", "yi", "zi", "jie", "shang", "tang", "yue", "an"]
TYPES = [("Company", 0.3), ("Organization", 0.15), ("Person", 0.35), ("Product", 0.2)]
PREDICATES = {"Person": ["ceoOf", "founderOf", "worksFor", "chairOf"],
              "Company": ["partnerOf", "acquires", "investsIn", "competesWith", "subsidiaryOf"],
              "Organization": ["partnerOf", "investsIn"], "Product": []}
EVENTS = [("Listing", ["company", "exchange"]), ("Funding", ["investee", "investor"]),
          ("Acquisition", ["acquirer", "target"]), ("ProductLaunch", ["company", "product"])]


def synthetic_graph(n: int, seed: int = 7) -> nx.MultiDiGraph:
    """``n`` drawn nodes (90% entities, 10% events) plus n/20 documents."""
    rng = random.Random(seed)
    G = nx.MultiDiGraph(name="synthetic")
    docs = [f"d{i:05d}" for i in range(max(n // 20, 1))]
    for i, d in enumerate(docs):
        G.add_node(f"doc/{d}", kind="document", type="Document", label=f"Report {i} 报道",
                   title=f"Report {i} 报道", date=f"2025-{1 + i % 12:02d}-{1 + i % 28:02d}")
    entities = []
    for i in range(int(n * 0.9)):
        type_ = rng.choices([t for t, _ in TYPES], [w for _, w in TYPES])[0]
        zh = "".join(rng.choice(HANZI) for _ in range(rng.randint(2, 4))) + str(i)
        en = "".join(rng.choice(SYLLABLES) for _ in range(2)).title() + f" {i}"
        key = f"{type_.lower()}/{i}"
        mine = rng.sample(docs, min(len(docs), rng.randint(1, 3)))
        attrs = {"kind": "entity", "type": type_, "label": en, "label_en": en, "aliases": [[en.upper(), "en"]],
                 "mentions": int(rng.paretovariate(1.5)), "docs": sorted(mine), "same_as": [], "merged_from": []}
        if rng.random() < 0.8:
            attrs["label_zh"] = zh
        G.add_node(key, **attrs)
        entities.append(key)

    def evidence(doc, text):
        return [{"doc_id": doc, "sent_start": 0, "sent_end": len(text), "sentence": text, "start": 0,
                 "end": min(len(text), 6), "extractor": "synthetic", "confidence": 0.8}]

    for i, key in enumerate(entities[1:], 1):  # preferential-ish attachment: a few hubs
        for _ in range(rng.choice([1, 1, 1, 2])):
            other = entities[int(rng.random() ** 2.5 * i)]
            preds = PREDICATES[G.nodes[key]["type"]] or ["develops"]
            pred = rng.choice(preds)
            if pred == "develops":
                key, other = other, key
            doc = rng.choice(G.nodes[key]["docs"])
            G.add_edge(key, other, key=pred, predicate=pred, confidence=0.8,
                       evidence=evidence(doc, f"{G.nodes[key]['label']} {pred} {G.nodes[other]['label']}."))
            key = entities[i]
    for i in range(n - len(entities)):
        type_, roles = rng.choice(EVENTS)
        doc = rng.choice(docs)
        event = f"event/{i:06x}"
        text = f"{type_} event {i} 事件"
        G.add_node(event, kind="event", type=type_, label=text, lang=rng.choice(["zh", "en"]),
                   docs=[doc], amounts=[], date=G.nodes[f"doc/{doc}"]["date"], evidence=evidence(doc, text))
        for role in roles:
            target = entities[int(rng.random() ** 2 * len(entities))]
            G.add_edge(event, target, key=role, predicate=role, role=True, confidence=0.8,
                       evidence=evidence(doc, text))
    return G


def measure(browser, path: Path, timeout_s: float) -> tuple[float, float, int]:
    """(seconds from navigation start to kgReady per the page, wall seconds from goto, nodes drawn)."""
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("console", lambda m: m.type == "error" and errors.append(m.text))
    t0 = time.perf_counter()
    page.goto(path.resolve().as_uri())
    page.wait_for_selector("body[data-ready]", state="attached", timeout=timeout_s * 1000)
    wall = time.perf_counter() - t0
    ready = page.evaluate("window.kgReadyAt") / 1000
    drawn = page.evaluate("network.body.data.nodes.getIds().length")
    physics = page.evaluate("network.physics.options.enabled")
    page.close()
    if errors:
        raise RuntimeError(f"{path.name}: page errors: {errors[:3]}")
    if physics:
        raise RuntimeError(f"{path.name}: physics still running at kgReady")
    return ready, wall, drawn


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[5000, 500])
    ap.add_argument("--repeat", type=int, default=2, help="opens per size (median reported)")
    ap.add_argument("--chromium", default="/usr/bin/chromium")
    ap.add_argument("--out", type=Path, default=None, help="keep the HTML files here")
    ap.add_argument("--timeout", type=float, default=60.0)
    args = ap.parse_args(argv)
    from playwright.sync_api import sync_playwright

    out = args.out or Path(tempfile.mkdtemp(prefix="kg-viz-bench-"))
    out.mkdir(parents=True, exist_ok=True)
    results = {}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=args.chromium, args=ARGS)
        for n in args.sizes:
            G = synthetic_graph(n)
            t0 = time.perf_counter()
            path = write_html(G, out / f"viz_{n}.html", title=f"synthetic {n}")
            write_s = time.perf_counter() - t0
            runs = [measure(browser, path, args.timeout) for _ in range(args.repeat)]
            ready = statistics.median(r[0] for r in runs)
            wall = statistics.median(r[1] for r in runs)
            results[n] = ready
            print(f"{n:>6} nodes ({G.number_of_edges()} edges, {runs[0][2]} drawn): "
                  f"write_html {write_s:.2f} s, {path.stat().st_size / 1e6:.1f} MB; "
                  f"interactive after {ready:.2f} s (page clock), {wall:.2f} s (wall, goto -> ready)",
                  flush=True)
        browser.close()
    if len(results) > 1:
        big, small = max(results), min(results)
        print(f"ratio {big}/{small} nodes: {results[big] / results[small]:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
