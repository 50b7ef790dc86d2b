"""The HTML explorer in headless Chromium: drawn, offline, interactive and XSS-proof.

Needs Debian's ``chromium`` (``make test`` installs it with ``fonts-wqy-zenhei``); set
``KG_CHROMIUM`` to use another binary, or ``KG_SKIP_BROWSER=1`` to skip these tests.
"""
from __future__ import annotations

import os
from pathlib import Path

import networkx as nx
import pytest

from conftest import make_sample_records
from kg.graph import build_graph
from kg.viz import write_html

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
ENTITIES = {"org/zhipu", "org/hkex", "person/zhang-peng", "org/xiaomi", "product/su7", "org/evil"}
PWN = "window.__pwned"


@pytest.fixture(scope="session")
def browser():
    if os.environ.get("KG_SKIP_BROWSER") == "1":
        pytest.skip("KG_SKIP_BROWSER=1")
    chromium = os.environ.get("KG_CHROMIUM", "/usr/bin/chromium")
    if not Path(chromium).exists():
        pytest.fail(f"{chromium} is missing: `make test` installs it (apt-get install -y chromium "
                    "fonts-wqy-zenhei); set KG_SKIP_BROWSER=1 to skip the browser tests",
                    pytrace=False)
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.fail("playwright is missing: pip install -e '.[test]'", pytrace=False)
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture(scope="session")
def sample_html(tmp_path_factory):
    G = build_graph(*make_sample_records())
    return write_html(G, tmp_path_factory.mktemp("viz") / "sample.html", title="kg 示例 sample")


def hostile_graph() -> nx.MultiDiGraph:
    """Script-running payloads in every text field the explorer shows."""
    img = f"<img src=x onerror=\"{PWN}=1\">"
    script = f"<script>{PWN}=2</script>"
    G = nx.MultiDiGraph()
    G.add_node("doc/evil", kind="document", type="Document", label=f"<b onmouseover={PWN}=3>t</b>",
               title=f"<b onmouseover={PWN}=3>t</b>{img}", date="2026-01-01",
               url=f"javascript:{PWN}=4")
    G.add_node("org/a", kind="entity", type="Company", label=img, label_en=img, label_zh=script,
               aliases=[[f"<svg onload={PWN}=5>", "en"]], mentions=2, docs=["evil"],
               same_as=[img], merged_from=[{"text": script, "lang": "zh", "reason": img, "score": 1}])
    G.add_node("org/b", kind="entity", type="Organization", label="B", label_en="B", aliases=[],
               mentions=1, docs=["evil"])
    sentence = f"A {img} {script} B"
    G.add_edge("org/a", "org/b", key="ceoOf", predicate="ceoOf", confidence=0.9, evidence=[
        {"doc_id": "evil", "sent_start": 0, "sent_end": len(sentence), "sentence": sentence,
         "start": 2, "end": 10, "extractor": img, "confidence": 0.9}])
    G.add_edge("org/b", "org/a", key=f"<img src=x onerror={PWN}=6>", predicate=f"<img src=x onerror={PWN}=6>")
    return G


def open_page(browser, path, viewport=(1280, 800)):
    page = browser.new_page(viewport={"width": viewport[0], "height": viewport[1]})
    page.kg_requests, page.kg_errors, page.kg_dialogs = [], [], []
    page.on("request", lambda r: page.kg_requests.append(r.url))
    page.on("console", lambda m: m.type in ("error", "warning") and page.kg_errors.append(m.text))
    page.on("pageerror", lambda e: page.kg_errors.append(str(e)))
    page.on("dialog", lambda d: (page.kg_dialogs.append(d.message), d.dismiss()))
    page.goto(Path(path).resolve().as_uri())
    page.wait_for_selector("body[data-ready]", state="attached", timeout=30000)  # no eval: the CSP forbids it
    return page


@pytest.fixture
def page(browser, sample_html):
    page = open_page(browser, sample_html)
    yield page
    page.close()


def visible_nodes(page) -> set:
    return set(page.evaluate("network.body.data.nodes.getIds()"))


def visible_predicates(page) -> set:
    return set(page.evaluate(
        "network.body.data.edges.getIds().map(id => kg.edgeById[id].kg.predicate)"))


def node_point(page, node_id):
    """Page coordinates of a drawn node's centre."""
    return page.evaluate("""id => {
        const p = network.canvasToDOM(network.getPositions([id])[id]);
        const r = document.getElementById('mynetwork').getBoundingClientRect();
        return [r.left + p.x, r.top + p.y];
    }""", node_id)


def assert_clean(page):
    assert page.kg_errors == []
    assert page.kg_dialogs == []
    assert page.evaluate(PWN) is None
    assert page.evaluate("document.querySelectorAll('img, svg, iframe, object, embed').length") == 0
    assert page.evaluate("document.scripts.length") == 3
    assert page.evaluate("document.querySelectorAll('a[href^=javascript], [onerror], [onload], "
                         "[onmouseover]').length") == 0
    assert all(u.startswith(("file:", "data:")) for u in page.kg_requests), page.kg_requests


def test_every_entity_drawn_offline(page, sample_html):
    event = next(n for n in page.evaluate("nodes.getIds()") if n.startswith("event/"))
    assert visible_nodes(page) == ENTITIES | {event}
    assert len(page.evaluate("network.body.data.edges.getIds()")) == 6
    assert page.evaluate("network.physics.options.enabled") is False  # stabilized, then frozen
    assert page.kg_requests == [Path(sample_html).resolve().as_uri()]
    assert_clean(page)


def test_search_by_label_or_alias_in_both_scripts(page):
    page.fill("#search", "智谱AI")  # a Chinese alias
    page.press("#search", "Enter")
    assert page.evaluate("kg.highlighted") == ["org/zhipu"]
    assert page.evaluate("network.getSelectedNodes()") == ["org/zhipu"]
    assert page.is_visible("#details")
    assert "Zhipu AI" in page.inner_text("#details-body")
    assert page.evaluate("kgSearch('zhang PENG')")[0] == "person/zhang-peng"
    assert page.evaluate("kg.highlighted") == ["person/zhang-peng"]
    hits = page.evaluate("kgSearch('港交')")  # prefix of 港交所 first, then 智谱在港交所上市
    assert hits[0] == "org/hkex" and hits[1].startswith("event/") and len(hits) == 2
    assert page.evaluate("kgSearch('nothing like it')") == []
    assert "No match" in page.inner_text("#results")
    assert_clean(page)


def test_language_switch(page):
    label = "id => nodes.get(id).label"
    edge = "p => edges.get(network.body.data.edges.getIds().find(id => kg.edgeById[id].kg.predicate === p)).label"
    assert page.evaluate(label, "org/zhipu") == "智谱\nZhipu AI"
    page.click("#lang button[data-lang=en]")
    assert page.evaluate(label, "org/zhipu") == "Zhipu AI"
    assert page.evaluate(label, "org/hkex") == "港交所"  # falls back to Chinese
    assert page.evaluate(edge, "ceoOf") == "CEO"
    assert "Company" in page.inner_text("#legend") and "公司" not in page.inner_text("#legend")
    page.click("#lang button[data-lang=zh]")
    assert page.evaluate(label, "org/zhipu") == "智谱"
    assert page.evaluate(label, "org/evil") == "<img src=x onerror=alert(1)>"  # falls back to English
    assert page.evaluate(edge, "ceoOf") == "首席执行官"
    assert page.get_attribute("#lang button[data-lang=zh]", "aria-checked") == "true"
    assert_clean(page)


def test_filters(page):
    everything = visible_nodes(page)
    page.uncheck("#legend input[value=Person]")
    assert visible_nodes(page) == everything - {"person/zhang-peng"}
    assert "ceoOf" not in visible_predicates(page)
    page.check("#legend input[value=Person]")
    page.uncheck("#relations input[value=develops]")
    assert visible_predicates(page) == {"ceoOf", "listedOn", "partnerOf", "company", "exchange"}
    assert visible_nodes(page) == everything  # nodes stay
    page.select_option("#doc-filter", "d-en")
    assert visible_nodes(page) == {"org/zhipu", "person/zhang-peng", "org/xiaomi", "org/evil"}
    page.click("#reset")
    assert visible_nodes(page) == everything
    page.fill("#date-from", "2026-01-09")
    page.dispatch_event("#date-from", "change")
    assert visible_nodes(page) == {"org/zhipu", "person/zhang-peng", "org/xiaomi", "org/evil"}
    page.evaluate("kgSetFilter('from', ''); kgSetFilter('to', '2026-01-08')")
    assert "org/evil" not in visible_nodes(page) and "org/hkex" in visible_nodes(page)
    # a search hit hidden by filters clears them
    page.evaluate("kgSearch('<img')")
    assert visible_nodes(page) == everything
    assert page.input_value("#date-to") == ""
    assert_clean(page)


def test_details_panel_shows_facts_and_evidence(page):
    x, y = node_point(page, "org/zhipu")
    page.mouse.click(x, y)
    page.wait_for_selector("#details:not([hidden])")
    text = page.inner_text("#details-body")
    for expected in ("智谱", "Zhipu AI", "智谱AI", "首席执行官", "张鹏", "智谱在港交所上市",
                     "Zhipu <b>news</b>", "智谱上市", "2026-01-08"):
        assert expected in text
    assert page.evaluate("document.querySelectorAll('#details-body b').length") == 0
    assert page.evaluate("document.querySelectorAll('#details-body mark').length") > 0
    assert page.evaluate("document.querySelector('#details-body a').href") == "https://example.com/a"
    page.click("#details-body .fact button.link >> text=张鹏 / Zhang Peng")  # a fact's other end
    assert page.evaluate("kg.highlighted") == ["person/zhang-peng"]
    assert page.inner_text("#details-body h2") == "张鹏 / Zhang Peng"
    x, y = node_point(page, "org/evil")
    page.mouse.click(x, y)
    assert "<img src=x onerror=alert(1)>" in page.inner_text("#details-body")
    assert_clean(page)


def test_hostile_text_never_runs(browser, tmp_path):
    path = write_html(hostile_graph(), tmp_path / "hostile.html", title=f"<script>{PWN}=7</script>")
    page = open_page(browser, path)
    try:
        assert visible_nodes(page) == {"org/a", "org/b"}
        assert f"<script>{PWN}=7</script>" in page.inner_text("#title")
        for lang in ("zh", "en", "both"):
            page.click(f"#lang button[data-lang={lang}]")
        x, y = node_point(page, "org/a")
        page.mouse.move(x, y)  # vis tooltip
        page.wait_for_selector(".vis-tooltip", state="visible", timeout=5000)
        assert "<img src=x" in page.inner_text(".vis-tooltip")
        page.mouse.click(x, y)  # side panel
        text = page.inner_text("#details-body")
        assert "<svg onload=" in text and f"<script>{PWN}=2</script>" in text
        assert "<img src=x" in text and "<b onmouseover" in text
        page.evaluate("kgShowEdge(network.body.data.edges.getIds()[1])")
        page.evaluate("kgSearch('<svg')")
        page.fill("#search", "<img")
        page.press("#search", "Enter")
        assert "<img src=x" in page.inner_text("#results")
        page.select_option("#doc-filter", "evil")
        page.wait_for_timeout(300)  # let any stray handler fire
        assert_clean(page)
    finally:
        page.close()


def test_large_graph_precomputed_and_frozen(browser, tmp_path):
    G = nx.MultiDiGraph()
    for i in range(400):
        G.add_node(f"person/{i}", kind="entity", type="Person", label=f"P{i}", label_zh=f"人{i}",
                   aliases=[], mentions=1, docs=[])
    for i in range(1, 400):
        G.add_edge(f"person/{i}", f"person/{i // 3}", key="partnerOf", predicate="partnerOf")
    page = open_page(browser, write_html(G, tmp_path / "big.html"))
    try:
        assert len(visible_nodes(page)) == 400
        assert page.evaluate("network.physics.options.enabled") is False
        assert page.evaluate("kgSearch('人399')")[0] == "person/399"
        assert_clean(page)
    finally:
        page.close()


def test_screenshot_for_the_readme(browser, sample_html):
    page = open_page(browser, sample_html, viewport=(1280, 720))
    try:
        page.evaluate("kgFocus('org/zhipu'); network.fit({animation: false})")
        page.wait_for_timeout(200)
        out = ROOT / "docs" / "explorer.png"
        out.parent.mkdir(exist_ok=True)
        page.screenshot(path=str(out))
        assert out.stat().st_size > 10_000
        assert_clean(page)
    finally:
        page.close()
