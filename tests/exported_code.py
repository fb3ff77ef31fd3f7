"""Running exported Python code and reading the numbers it prints (shared by the export-as-Python tests)."""

from __future__ import annotations

import atexit
import contextlib
import io
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np
import torch

NUMBER = r"[-+]?(?:\d+\.?\d*(?:[eE][-+]?\d+)?|inf|nan)"


# ---------------------------------------------------------------------- running and reading the code
#: The script runner's loop: for each {"path", "cwd"} line, run that file as __main__ in a fresh namespace
#: from its folder, as `python -I file` would, and answer with what it printed (or its traceback).
_RUNNER = r"""
import contextlib, io, json, os, runpy, sys, traceback
replies = os.fdopen(os.dup(1), "w")
for line in sys.stdin:
    job = json.loads(line)
    os.chdir(job["cwd"])
    sys.argv = [job["path"]]
    out, error = io.StringIO(), None
    try:
        with contextlib.redirect_stdout(out):
            runpy.run_path(job["path"], run_name="__main__")
    except BaseException:
        error = traceback.format_exc()
    if "torch" in sys.modules:  # what a script switches off must not reach the next one
        sys.modules["torch"].set_grad_enabled(True)
    replies.write(json.dumps({"stdout": out.getvalue(), "error": error}) + "\n")
    replies.flush()
"""

_runner: subprocess.Popen | None = None


def run_script(code: str, folder: Path, name: str = "scene.py", *, fresh: bool = False) -> str:
    """Run the code as a file in an isolated interpreter (`python -I`) from `folder`; its standard output.

    `fresh=True` starts a new interpreter for this one script, as a student running it does. Otherwise
    the script runs in this test process's one long-lived isolated interpreter (`-I`, started in a
    folder of its own, convviz never imported), each script as __main__ in fresh globals: the numbers
    it prints are the same, without paying for a new Python and torch on every script.
    """
    path = folder / name
    path.write_text(code, encoding="utf-8")
    if fresh:
        done = subprocess.run(
            [sys.executable, "-I", str(path)], cwd=folder, capture_output=True, text=True, timeout=300, check=False
        )
        assert done.returncode == 0, done.stderr[-3000:]
        return done.stdout
    runner = _script_runner()
    runner.stdin.write(json.dumps({"path": str(path), "cwd": str(folder)}) + "\n")
    runner.stdin.flush()
    reply = runner.stdout.readline()
    if not reply:  # the interpreter died (a crash): the next script gets a new one
        global _runner
        _runner = None
        raise AssertionError(f"the script runner ended while running {name}")
    answer = json.loads(reply)
    assert answer["error"] is None, answer["error"][-3000:]
    return answer["stdout"]


def _script_runner() -> subprocess.Popen:
    global _runner
    if _runner is None or _runner.poll() is not None:
        home = Path(tempfile.mkdtemp(prefix="convviz-script-runner-"))
        _runner = subprocess.Popen(
            [sys.executable, "-I", "-c", _RUNNER], cwd=home, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL, text=True,
        )
        atexit.register(_stop_runner, _runner, home)
    return _runner


def _stop_runner(runner: subprocess.Popen, home: Path) -> None:
    runner.kill()
    runner.wait()
    shutil.rmtree(home, ignore_errors=True)


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
