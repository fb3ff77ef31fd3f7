"""Where convviz's child processes (training runs, own-model sandboxes) come from: one preloaded fork server.

Importing torch costs seconds of CPU, and every training run and every opened
own model has a process of its own. On Linux these processes are forked from
multiprocessing's fork server: a fresh Python, started once by fork and exec
(never a fork of the app with its threads and Qt state), that imported
`PRELOAD` once; each child is then ready in milliseconds. Elsewhere they are
"spawned" (a fresh Python each time): macOS also has a fork server, but forking
after torch has loaded Apple's frameworks is not known to be safe there, and
Windows has only "spawn".

The server is one per app (multiprocessing keeps one), so every kind of child
must preload the same modules: they are listed here, once. It imports them from
the app's own import path and never from the current folder (Python 3.11's
server starts with `-c`, which puts the current folder first, and ignores the
path it is given): a `torch.py` or `numpy.py` lying in the folder the app was
started from is not imported in its place, in the server or in any child.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import multiprocessing.connection  # noqa: F401 - imported with this module, not while Start is pressed
import multiprocessing.sharedctypes  # noqa: F401 - the same
import os
import sys
import threading

#: What the fork server imports once: torch, torch._dynamo (which the first optimizer imports; together
#: about three seconds of CPU that each spawned child paid again) and the modules the children run.
#: Importing them starts no thread, so forking after them is safe.
PRELOAD = (
    "torch", "torch._dynamo", "convviz.model.train", "convviz.model.train_process", "convviz.model.sandbox_worker",
)  # fmt: skip


_STARTING = threading.Lock()


def process_context():
    """Linux: the fork server (started here on first use, from the app's import path); elsewhere "spawn"."""
    if sys.platform.startswith("linux"):
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(list(PRELOAD))  # read when the server first starts
        _start_server()
        return context
    return multiprocessing.get_context("spawn")


def start_early() -> None:
    """Start the fork server now (Linux; elsewhere nothing), so that the first child is ready sooner.

    The server imports torch in its own process, which takes seconds; asked for while the person is still
    choosing a model file, it is usually ready by the time the file is opened. Starting it is quick.
    """
    if sys.platform.startswith("linux"):
        process_context()


def _start_server() -> None:
    """Start the fork server (if it is not running) with this process's import path and no current folder on it.

    The server inherits the environment: for as long as it starts, PYTHONSAFEPATH (Python's -P: nothing
    prepended to the path) is set and PYTHONPATH holds this process's path, so it imports what the app imports.
    """
    from multiprocessing import forkserver

    with _STARTING:
        server = forkserver._forkserver  # the one multiprocessing keeps; `_forkserver_pid` is None until started
        if getattr(server, "_forkserver_pid", None) is not None:
            return
        saved = {name: os.environ.get(name) for name in ("PYTHONSAFEPATH", "PYTHONPATH")}
        os.environ["PYTHONSAFEPATH"] = "1"
        os.environ["PYTHONPATH"] = os.pathsep.join(path for path in sys.path if path)
        try:
            forkserver.ensure_running()
        finally:
            for name, value in saved.items():
                if value is None:
                    os.environ.pop(name, None)
                else:
                    os.environ[name] = value


def die_with_parent() -> None:
    """In a child, Linux: the kernel ends this process when the thread that forked it ends (the fork server,
    which lives while the app or one of its children does). Elsewhere nothing."""
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes
        import signal

        ctypes.CDLL(None, use_errno=True).prctl(1, int(signal.SIGTERM))  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def leave_terminal() -> None:
    """In a child, POSIX: a session of its own, so a Ctrl+C in the app's terminal reaches the app, not the child."""
    if hasattr(os, "setsid"):
        with contextlib.suppress(OSError):  # already a session leader
            os.setsid()


def name_process(name: str) -> None:
    """In a child, Linux: the name the system's process list shows (`ps`, `top`; 15 characters at most)."""
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(15, name.encode()[:15], 0, 0, 0)  # PR_SET_NAME
    except (OSError, AttributeError):
        pass
