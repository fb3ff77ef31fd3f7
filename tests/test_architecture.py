"""The architecture, checked: the computing half loads no Qt, the import contracts hold, no cycle."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

QT_MODULES = ("PySide6", "pyqtgraph", "superqt", "shiboken6")
QT_FREE = ("convviz.core", "convviz.model", "convviz.state", "convviz.lessons", "convviz.session", "convviz.export")
ROOT = Path(__file__).resolve().parents[1]


def test_compute_half_loads_no_qt():
    """Importing every module of the Qt-free packages, in a fresh interpreter, loads no Qt module.

    Nor does using them: the built-in lessons are read and a map is exported as PNG in the same
    interpreter (a module imported inside a function would show up only then).
    """
    code = (
        "import importlib, pkgutil, sys\n"
        f"for name in {QT_FREE!r}:\n"
        "    pkg = importlib.import_module(name)\n"
        "    for info in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + '.'):\n"
        "        importlib.import_module(info.name)\n"
        "import numpy as np, convviz.export, convviz.lessons\n"
        "assert len(convviz.lessons.builtin_lessons()) > 0\n"
        "convviz.export.export_map_png(np.eye(3), sys.argv[1], colormap='sequential')\n"
        f"bad = sorted(m for m in sys.modules if m.split('.')[0] in {QT_MODULES!r})\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code, "/dev/null"], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "", f"the computing half pulled in Qt modules: {out.stdout.strip()}"


def test_import_contracts_hold():
    """pyproject.toml's import-linter contracts (imports inside functions included) are all kept."""
    pytest.importorskip("importlinter")
    out = subprocess.run(
        [sys.executable, "-c", "from importlinter.cli import lint_imports_command; lint_imports_command()"],
        cwd=ROOT, capture_output=True, text=True,
    )
    assert out.returncode == 0, out.stdout[-4000:] + out.stderr[-2000:]
    assert "0 broken" in out.stdout


def _cycles(graph, modules: set[str]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    found: list[list[str]] = []
    counter = 0
    for root in sorted(modules):
        if root in index:
            continue
        work = [(root, iter(sorted(graph.find_modules_directly_imported_by(root) & modules)))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            for child in children:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph.find_modules_directly_imported_by(child) & modules))))
                    break
                if child in on_stack:
                    low[node] = min(low[node], index[child])
            else:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == index[node]:
                    component = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        component.append(member)
                        if member == node:
                            break
                    if len(component) > 1:
                        found.append(sorted(component))
    return found


def test_no_module_imports_itself_round_about():
    """No import cycle between any two modules of convviz (package __init__ re-exports aside)."""
    grimp = pytest.importorskip("grimp")
    graph = grimp.build_graph("convviz", exclude_type_checking_imports=True)
    modules = {m for m in graph.modules if not graph.find_children(m)}  # plain modules, not packages
    assert _cycles(graph, modules) == []


def test_the_cycle_finder_finds_a_cycle():
    class Graph:
        edges = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}

        def find_modules_directly_imported_by(self, module):
            return set(self.edges.get(module, ()))

    assert _cycles(Graph(), {"a", "b", "c", "d"}) == [["a", "b", "c"]]


def test_the_app_shell_is_a_handful_of_modules():
    """At most 10 loose modules at the top of convviz/app: every feature lives in its own folder."""
    loose = sorted(p.name for p in (ROOT / "convviz" / "app").glob("*.py"))
    assert len(loose) <= 10, loose


def test_the_code_passes_its_ruff_configuration():
    """pyproject.toml's ruff rules (pycodestyle, pyflakes, isort) hold over the whole tree."""
    pytest.importorskip("ruff")
    out = subprocess.run([sys.executable, "-m", "ruff", "check", "convviz", "tests", "benchmarks"],
                         cwd=ROOT, capture_output=True, text=True)
    assert out.returncode == 0, out.stdout[-4000:] + out.stderr[-2000:]
