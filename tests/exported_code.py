"""Running exported Python code and reading the numbers it prints (shared by the export-as-Python tests)."""

from __future__ import annotations

import contextlib
import io
import re
import subprocess
import sys
from pathlib import Path

import numpy as np
import torch

NUMBER = r"[-+]?(?:\d+\.?\d*(?:[eE][-+]?\d+)?|inf|nan)"


# ---------------------------------------------------------------------- running and reading the code
def run_script(code: str, folder: Path, name: str = "scene.py") -> str:
    """Run the code in a fresh isolated interpreter from `folder`; its standard output."""
    path = folder / name
    path.write_text(code, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-I", str(path)], cwd=folder, capture_output=True, text=True, timeout=300, check=False
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout


def exec_code(code: str) -> str:
    """Run the code in this process (fresh globals); its standard output. For the many hypothesis cases."""
    out = io.StringIO()
    grad = torch.is_grad_enabled()  # the code switches gradients off: give this process its setting back
    try:
        with contextlib.redirect_stdout(out):
            exec(compile(code, "<exported scene>", "exec"), {"__name__": "__main__"})  # noqa: S102 - our own output
    finally:
        torch.set_grad_enabled(grad)
    return out.getvalue()


def printed(output: str) -> dict[str, list[float]]:
    """Each "label: numbers" line of the output as label -> numbers (the last value after " = " for steps)."""
    values: dict[str, list[float]] = {}
    for line in output.splitlines():
        label, sep, rest = line.partition(": ")
        if not sep:
            continue
        if " = " in rest:
            rest = rest.rpartition(" = ")[2]
        numbers = [float(n) for n in re.findall(NUMBER, rest)]
        if numbers:
            assert label not in values, f"the label {label!r} is printed twice"
            values[label] = numbers
    return values


def close(actual, expected) -> None:
    np.testing.assert_allclose(np.asarray(actual, dtype=np.float64), np.asarray(expected, dtype=np.float64),
                               rtol=1e-6, atol=1e-5)


def no_convviz(code: str) -> None:
    assert not re.search(r"^\s*(import|from)\s+convviz", code, re.MULTILINE), "the exported code must not need convviz"
