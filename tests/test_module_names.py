"""No module of the package binds a top-level name twice: the later binding silently replaces the earlier one
for every function that reads it at run time (a regex of one rule shadowed by another rule's of the same name)."""
import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "kg"


@pytest.mark.parametrize("path", sorted(PACKAGE.rglob("*.py")), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_top_level_name_is_bound_twice(path):
    seen, twice = {}, []
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names = [node.name]
        elif isinstance(node, ast.Assign):
            names = [t.id for t in node.targets if isinstance(t, ast.Name)]
        else:
            continue
        for name in names:
            if name in seen:
                twice.append((name, seen[name], node.lineno))
            seen[name] = node.lineno
    assert not twice, f"{path.name}: bound twice (name, first line, second line): {twice}"
