"""What the hostile-model tests check after every refusal (no sandbox left running, nothing written); warm sandboxes to lend."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from convviz.model.sandbox import DEFAULT_LIMITS, Sandbox, SandboxLimits
from convviz.model.sandbox_worker import PROCESS_NAME

#: Processes a `SandboxPool` keeps warm for later tests: not left over by the test that looks.
_POOLED: set[int] = set()
#: Processes running when the test began (`earlier_processes`).
_EARLIER: set[int] = set()


def sandbox_processes() -> list[str]:
    """'pid state' of every sandbox this process started (forked by its fork server, or its own child) and of
    every child of this process left unreaped (a zombie), pooled ones and those there before the test aside."""
    return [f"{pid} {state} {name} (parent {parent})" for pid, state, name, parent in _our_processes()
            if pid not in _POOLED and pid not in _EARLIER]


@pytest.fixture(autouse=True)
def earlier_processes():
    """Autouse where imported: what was running before the test (an earlier test's training child still ending
    on its own) is not the test's leftover."""
    _EARLIER.clear()
    _EARLIER.update(pid for pid, *_rest in _our_processes())
    yield
    _EARLIER.clear()


def _our_processes() -> list[tuple[int, str, str, int]]:
    """(pid, state, name, parent) of the sandboxes still alive and the unreaped children of this process.

    A sandbox killed a moment ago is a zombie of the fork server until the server reaps it (at once, but on its
    own): dead, not left running.
    """
    if not sys.platform.startswith("linux"):
        pytest.skip("listing child processes reads /proc (Linux)")
    parents: dict[int, int] = {}
    seen = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            name = (entry / "comm").read_text().strip()
        except OSError:
            continue  # it ended while we looked
        parents[int(entry.name)] = int(fields[1])
        seen.append((int(entry.name), fields[0], int(fields[1]), name))
    found = []
    for pid, state, parent, name in seen:
        mine = parent == os.getpid()
        the_servers = parents.get(parent) == os.getpid()  # a child of the fork server
        if (mine and (name == PROCESS_NAME or state == "Z")) or (the_servers and name == PROCESS_NAME and state != "Z"):
            found.append((pid, state, name, parent))
    return found


def folder_listing(folder: Path) -> dict[str, object]:
    """Every file under `folder` with its content (size and time for big ones): compare before and after."""
    listing: dict[str, object] = {}
    for path in sorted(folder.rglob("*")):
        info = path.lstat()
        small = path.is_file() and info.st_size <= 16 * 1024 * 1024
        listing[str(path.relative_to(folder))] = path.read_bytes() if small else (info.st_mode, info.st_size, info.st_mtime_ns)
    return listing


class SandboxPool:
    """Warm sandbox processes lent to the models a test opens, instead of a new Python and torch for each.

    Starting a sandbox costs a Python, torch and a warm-up (about two seconds of CPU). Tests that open
    own models for what the app then shows, not for the sandbox's own life (its start, limits and end
    are tested with real, unshared sandboxes in test_model_hostile_scripts.py and
    test_app_own_model_sandbox.py), borrow one through `lent_sandboxes`: every open still goes through the
    real process and its "load" request (which replaces the model it held), and a sandbox that hit a
    limit or ended is never lent again.
    """

    def __init__(self) -> None:
        self._idle: dict[SandboxLimits, Sandbox] = {}
        self._lent: list[LentSandbox] = []

    def lend(self, limits: SandboxLimits = DEFAULT_LIMITS, name: str = "the model") -> LentSandbox:
        real = self._idle.pop(limits, None)
        if real is None or not real.running:
            real = Sandbox(limits, name)
            _POOLED.add(real.pid)
        lent = LentSandbox(self, real, name)
        self._lent.append(lent)
        return lent

    def take_back(self, real: Sandbox) -> None:
        """A closed loan's process goes back to the idle ones, unless it broke or another of its limits waits."""
        if real.running and real.limits not in self._idle:  # a sandbox that hit a limit was killed
            self._idle[real.limits] = real
        else:
            real.close()
            _POOLED.discard(real.pid)

    def end_loans(self) -> None:
        """After a test: whatever still holds a loan is garbage; its process waits for the next test."""
        for lent in self._lent:
            lent.close()
        self._lent.clear()

    def close(self) -> None:
        self.end_loans()
        for real in self._idle.values():
            real.close()
            _POOLED.discard(real.pid)
        self._idle.clear()


class LentSandbox:
    """A `Sandbox` as `convviz.model.custom` uses it, on a pooled process; closing it hands the process back."""

    def __init__(self, pool: SandboxPool, real: Sandbox, name: str) -> None:
        self._pool, self._real, self.name = pool, real, name
        self.limits = real.limits
        self.memory_limited, self.files_locked = real.memory_limited, real.files_locked
        self._closed = False

    @property
    def pid(self) -> int:
        return self._real.pid

    @property
    def running(self) -> bool:
        return not self._closed and self._real.running

    def request(self, header: dict, arrays=None, *, what: str = "answer"):
        if self._closed:
            raise ValueError(f"{self.name} was closed. Open the model again to retry.")
        self._real.name = self.name  # its sentences name this loan's model
        return self._real.request(header, arrays, what=what)

    def close(self) -> None:
        if not self._closed:
            self._closed = True
            self._pool.take_back(self._real)
