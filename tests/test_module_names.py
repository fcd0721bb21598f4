"""Each module binds a top-level name once: a second binding (a constant redefined further down, or an imported
name reassigned) silently changes what every function above it reads."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).parent.parent / "generators" / "policylabel"
MODULES = sorted(PACKAGE.rglob("*.py"))


def _bound(node: ast.stmt) -> list[str]:
    """The names a top-level statement binds."""
    if isinstance(node, ast.Assign):
        return [t.id for t in node.targets if isinstance(t, ast.Name)]
    if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
        return [node.target.id]
    if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
        return [node.name]
    if isinstance(node, ast.Import):  # ("import a" and "import a.b" bind one package: named in full here)
        return [a.asname or a.name for a in node.names]
    if isinstance(node, ast.ImportFrom):
        return [a.asname or a.name for a in node.names if a.name != "*"]
    return []


@pytest.mark.parametrize("module", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_each_top_level_name_is_bound_once(module: Path) -> None:
    first: dict[str, int] = {}
    twice = []
    for node in ast.parse(module.read_text(encoding="utf-8")).body:
        for name in _bound(node):
            if name in first and name != "annotations":
                twice.append(f"{name}: line {first[name]} and line {node.lineno}")
            first.setdefault(name, node.lineno)
    assert not twice, twice


def test_a_name_bound_twice_is_caught() -> None:
    tree = ast.parse("from x import A\nB = 1\ndef f(): return B\nB = 2\nA = 3\n")
    names = [n for node in tree.body for n in _bound(node)]
    assert names == ["A", "B", "f", "B", "A"]
