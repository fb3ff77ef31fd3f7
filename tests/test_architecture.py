"""The computing half imports no Qt: a fresh interpreter proves it."""

from __future__ import annotations

import subprocess
import sys

import pytest

QT_MODULES = ("PySide6", "pyqtgraph", "superqt", "shiboken6")


@pytest.mark.parametrize("package", ["convviz.core", "convviz.model"])
def test_compute_half_loads_no_qt(package):
    code = (
        "import importlib, pkgutil, sys\n"
        f"pkg = importlib.import_module({package!r})\n"
        "for info in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + '.'):\n"
        "    importlib.import_module(info.name)\n"
        f"bad = sorted(m for m in sys.modules if m.split('.')[0] in {QT_MODULES!r})\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "", f"{package} pulled in Qt modules: {out.stdout.strip()}"
