"""A module-level name bound twice in one module silently replaces the first binding.

events.py once defined four word lists twice; every rule written against the first list read
the second, and lost its words ("warned that the visit would strain ties" stopped being a
threat). This test reads the package's source and fails on any such second binding.
"""
from __future__ import annotations

import ast
from collections import Counter

import pytest

from conftest import REPO

MODULES = sorted((REPO / "diplograph").rglob("*.py"))


def _module_bindings(tree: ast.Module) -> list[str]:
    names = []
    for node in tree.body:
        if isinstance(node, ast.Assign):
            names += [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            names.append(node.target.id)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.append(node.name)
    return names


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(REPO)))
def test_no_module_level_name_is_bound_twice(path):
    counts = Counter(_module_bindings(ast.parse(path.read_text(encoding="utf-8"))))
    twice = sorted(name for name, n in counts.items() if n > 1 and name != "__all__")
    assert not twice, f"{path.relative_to(REPO)} binds these names more than once: {twice}"


def test_the_check_sees_a_second_binding():
    tree = ast.parse("WORDS = frozenset({'a'})\ndef f():\n    pass\nWORDS = frozenset({'b'})\n")
    assert Counter(_module_bindings(tree))["WORDS"] == 2
