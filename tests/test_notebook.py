"""notebooks/explore.ipynb runs top to bottom (offline) and shows the expected answers.

The notebook is executed once per module with nbclient in a ``python3`` kernel.  That kernel is
the one ipykernel installs into the venv (``.venv/share/jupyter/kernels/python3``); jupyter_client
starts it with the interpreter running the tests, and falls back to the same native kernel when
no kernelspec is installed, so no extra install step is needed.
"""
from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOK = ROOT / "notebooks" / "explore.ipynb"
TAGS = ("counts", "who-leads", "what-makes", "facts-about", "centrality", "communities", "path",
        "explorer")


def _cell(nb, tag):
    cells = [c for c in nb.cells if tag in c.get("metadata", {}).get("tags", [])]
    assert len(cells) == 1, f"expected one cell tagged {tag!r}, found {len(cells)}"
    return cells[0]


def _text(cell, mime="text/plain") -> str:
    """Everything a code cell printed or displayed as ``mime`` (streams always included)."""
    parts = []
    for out in cell.outputs:
        if out.output_type == "stream":
            parts.append(out.text)
        elif "data" in out:
            parts.append(out["data"].get(mime, ""))
    return "".join(parts)


def test_notebook_is_stored_without_outputs():
    nb = nbformat.read(NOTEBOOK, as_version=4)
    nbformat.validate(nb)
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None, cell.source[:60]
    for tag in TAGS:
        _cell(nb, tag)


@pytest.fixture(scope="module")
def executed():
    nb = nbformat.read(NOTEBOOK, as_version=4)
    client = nbclient.NotebookClient(nb, timeout=600, kernel_name="python3",
                                     resources={"metadata": {"path": str(NOTEBOOK.parent)}})
    try:
        client.execute()
    except nbclient.exceptions.CellExecutionError as e:
        pytest.fail(f"a notebook cell failed:\n{e}", pytrace=False)
    return nb


def test_no_cell_errored(executed):
    for cell in executed.cells:
        if cell.cell_type == "code":
            errors = [o for o in cell.outputs if o.output_type == "error"]
            assert not errors, f"{cell.source[:60]!r}: {errors[0].ename}: {errors[0].evalue}"


def test_counts(executed):
    text = _text(_cell(executed, "counts"))
    assert re.search(r"3 documents, \d+ entities, \d+ events", text), text
    for type_ in ("Company", "Person", "Product", "Listing"):
        assert re.search(rf"^\s+{type_}\s+\d+$", text, re.M), (type_, text)


def test_sparql_answers(executed):
    who = _cell(executed, "who-leads")
    assert "张鹏" in _text(who) and "ceoOf" in _text(who)
    assert "张鹏" in _text(who, "text/html") and "<table>" in _text(who, "text/html")
    assert "SU7" in _text(_cell(executed, "what-makes"))
    facts = _text(_cell(executed, "facts-about"))
    assert "subsidiaryOf" in facts and "Onvo" in facts


def test_centrality(executed):
    text = _text(_cell(executed, "centrality"))
    ranked = re.findall(r"^\s*(\d+)\s+[\d.]+\s+[\d.]+\s+(\w+)\s+(.+)$", text, re.M)
    assert [int(r[0]) for r in ranked] == list(range(1, 11)), text
    assert {r[1] for r in ranked} <= {"Company", "Organization", "Person", "Product"}  # entities
    assert "Zhipu AI" in ranked[0][2]


def test_communities(executed):
    text = _text(_cell(executed, "communities"))
    n = int(re.search(r"^(\d+) communities", text, re.M).group(1))
    listed = re.findall(r"^community \d+ \((\d+)\): ", text, re.M)
    assert n >= 2 and len(listed) == n and all(int(size) >= 2 for size in listed), text


def test_shortest_path(executed):
    text = _text(_cell(executed, "path"))
    assert re.search(r"-> .+: \d+ hop\(s\)", text), text
    assert "no path between" in text  # an unconnected pair is reported, not raised


def test_explorer_inline(executed):
    cell = _cell(executed, "explorer")
    frame = _text(cell, "text/html")
    match = re.fullmatch(r'<iframe srcdoc="([^"]*)" title="kg explorer" sandbox="[^"]*" '
                         r'style="[^"]*"></iframe>', frame)
    assert match, frame[:200]
    page = html.unescape(match.group(1))
    assert "<script" not in match.group(1) and page.lstrip().lower().startswith("<!doctype html")
    assert "new vis.Network" in page and "org/zhipu-ai" in page
    assert "kg explorer:" in _text(cell)
