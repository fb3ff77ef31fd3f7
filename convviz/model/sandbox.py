"""A separate Python process that opens and runs one student's own model, within limits.

Even a model whose every operation is allowed can be slow or huge (a `for`
loop over a billion steps, a convolution padded by 50,000 pixels). So the
model lives in its own process (`convviz.model.sandbox_worker.serve`), which
the app talks to over a pipe that carries only bytes, and every request has a
time limit: past it the process is killed and the request raises ValueError.
On Linux the process is forked from the fork server that imported torch and
the sandbox's code once (`convviz.model.fork_server`: a fresh Python, never a
fork of the app), so a sandbox is ready in a fraction of a second instead of
importing torch again; elsewhere it is spawned. Either way it runs in a
session of its own, dies with the app (Linux), and before it accepts a model
it locks itself down: on Linux it may use only `memory_mib` beyond its own
start-up (RLIMIT_AS); on POSIX systems it can open no file once started
(RLIMIT_NOFILE), writes none (RLIMIT_FSIZE 0) and leaves no core dump. On
Windows only the time limit holds. Nothing in the app's process changes when
a limit is hit: the caller gets a ValueError and keeps what it had.

The process is persistent: the explorer asks it for a forward on every pen
stroke, so one process serves all requests for its model (a round trip costs
a fraction of a millisecond; see benchmarks/bench_own_model.py) and ends when
its `Sandbox` is closed or garbage-collected.

As with every fork-server or "spawn" child, the sandbox imports the main script
of the program that started it under another name: a script that opens own
models must keep its work under `if __name__ == "__main__":` (`python -m
convviz`, the `convviz` command and pytest need nothing).
"""

from __future__ import annotations

import importlib
import io
import queue
import threading
import weakref
from dataclasses import dataclass

import numpy as np

from convviz.i18n import language, tr, tr_noop
from convviz.model.fork_server import process_context
from convviz.model.sandbox_wire import MAX_MESSAGE, WireError, pack, read_message, unpack


@dataclass(frozen=True)
class SandboxLimits:
    """How long one request may take and how much memory the model may use (beyond the sandbox's own)."""

    seconds: float = 10.0
    memory_mib: int = 1024
    start_seconds: float = 60.0  # starting Python and torch in the sandbox: the machine's time, not the model's

    def __post_init__(self) -> None:
        if not self.seconds > 0 or not self.start_seconds > 0:
            raise ValueError(tr("the sandbox's time limits must be positive numbers of seconds."))
        if isinstance(self.memory_mib, bool) or not isinstance(self.memory_mib, int) or self.memory_mib < 16:
            raise ValueError(tr("the sandbox's memory limit must be a whole number of at least 16 MiB."))


#: What the model was doing when a limit stopped it, for "... took longer than 10 s to {what}" (tr where shown).
OPEN = tr_noop("open")
ANSWER = tr_noop("answer")
COMPUTE_LAYERS = tr_noop("compute its layers")
LOOK_INTO_UNITS = tr_noop("look into its units")
EXPLAIN = tr_noop("explain its answer")
_START = "start"  # the sandbox starting: its own sentences, never shown as a verb

#: The limits every own model gets unless told otherwise.
DEFAULT_LIMITS = SandboxLimits()

class Sandbox:
    """One sandbox process; `request` sends a message and waits, within the time limit, for its answer."""

    def __init__(self, limits: SandboxLimits = DEFAULT_LIMITS, name: str | None = None) -> None:
        self.limits = limits
        self.name = name if name is not None else tr("the model")
        self._broken: str | None = None
        self._lock = threading.Lock()
        self._replies: queue.Queue = queue.Queue()
        self.memory_limited = self.files_locked = False  # until the sandbox says what it could lock
        try:
            context = process_context()
            self._connection, child_end = context.Pipe(duplex=True)
            self._process = context.Process(target=_serve, args=(child_end, limits.memory_mib, language()),
                                            name="convviz-sandbox", daemon=True)
            try:
                self._process.start()  # the app's first sandbox waits here for the fork server to import torch
            finally:
                child_end.close()  # only the sandbox holds it now: its end reads as the end of the pipe
        except OSError as error:
            if hasattr(self, "_connection"):
                self._connection.close()
            raise ValueError(tr("convviz could not start the sandbox it runs own models in ({error}).").format(
                error=error)) from error
        self._finalizer = weakref.finalize(self, _stop, self._process)
        reader = threading.Thread(
            target=_read_replies, args=(self._connection, self._replies), name="own-model sandbox reader", daemon=True
        )
        reader.start()
        try:
            ready, _ = self._receive(limits.start_seconds, _START)
            if ready.get("ready") is not True:
                self._fail(tr("The sandbox for own models did not start as expected."))
        except BaseException:
            self.close()
            raise
        self.memory_limited = bool(ready.get("memory_limited"))
        self.files_locked = bool(ready.get("files_locked"))

    @property
    def pid(self) -> int:
        return self._process.pid

    @property
    def running(self) -> bool:
        return self._process.is_alive()

    def close(self) -> None:
        """End the process now (idempotent); later requests are refused with a sentence."""
        if self._broken is None:
            self._broken = tr("{name} was closed.").format(name=self.name)
        self._finalizer()

    def request(self, header: dict, arrays: dict[str, np.ndarray] | None = None, *, what: str = ANSWER):
        """(header, arrays) of the sandbox's answer; ValueError with a sentence if refused or over a limit.

        `what` says what the model was doing, in English marked with tr_noop (OPEN, ANSWER, ...), for the
        message; it is translated where the message is made.
        """
        with self._lock:
            if self._broken is not None:
                raise ValueError(tr("{problem} Open the model again to retry.").format(problem=self._broken))
            message = pack(header, arrays)
            try:
                self._connection.send_bytes(message)
            except (OSError, ValueError):
                pass  # the process ended: _receive says how
            reply, reply_arrays = self._receive(self.limits.seconds, what)
        error = reply.get("error")
        if error is not None:
            raise ValueError(str(reply.get("message") or tr("{name} failed in its sandbox.").format(name=self.name)))
        return reply, reply_arrays

    def _receive(self, seconds: float, what: str) -> tuple[dict, dict[str, np.ndarray]]:
        try:
            item = self._replies.get(timeout=seconds)
        except queue.Empty:
            if what is _START:
                self._fail(tr("The sandbox for own models did not start within {seconds:g} s (the computer is busy).").format(
                    seconds=seconds))
            self._fail(tr("{name} took longer than {seconds:g} s to {what}, so convviz stopped it.").format(
                name=self.name, seconds=seconds, what=tr(what)))
        if isinstance(item, BaseException):
            self._fail(tr("{name} sent a message convviz cannot read ({error}), so convviz stopped it.").format(
                name=self.name, error=item))
        if item is None:
            self._process.join()
            code = self._process.exitcode
            if what is _START:
                self._fail(tr("The sandbox for own models could not start (exit status {code}).").format(code=code))
            if self.memory_limited:
                self._fail(tr("{name} ended its sandbox unexpectedly (exit status {code}) (it may have needed more than "
                              "{limit} MiB).").format(name=self.name, code=code, limit=self.limits.memory_mib))
            self._fail(tr("{name} ended its sandbox unexpectedly (exit status {code}).").format(name=self.name, code=code))
        try:
            reply, arrays = unpack(item)
        except WireError as error:
            self._fail(tr("{name} sent a message convviz cannot read ({error}), so convviz stopped it.").format(
                name=self.name, error=error))
        if reply.get("error") == "memory":
            self._fail(tr("{name} needed more than {limit} MiB of memory to {what}, so convviz stopped it.").format(
                name=self.name, limit=self.limits.memory_mib, what=tr(what)))
        return reply, arrays

    def _fail(self, sentence: str):
        """Stop the process, remember why (later requests are refused at once), and raise."""
        self._broken = sentence
        self.close()
        raise ValueError(sentence)


#: The sandbox process's entry point, named as a command line would name it (the old `python -m` did): the
#: worker's side imports `convviz.model.custom`, which imports this module, so this module does not import it.
_WORKER_ENTRY = ("convviz.model.sandbox_worker", "serve")


def _serve(*args) -> None:
    """The sandbox process's first call, in the child: the worker's `serve` (preloaded by the fork server)."""
    module, function = _WORKER_ENTRY
    getattr(importlib.import_module(module), function)(*args)


def _read_replies(connection, replies: queue.Queue) -> None:
    """Runs on a daemon thread: every message body, then None at the end (or the error that broke the pipe)."""
    try:
        while True:
            try:
                message = connection.recv_bytes(MAX_MESSAGE + 8)  # refused before reading if longer
            except EOFError:
                replies.put(None)
                return
            body = read_message(io.BytesIO(message))
            if body is None:
                raise WireError(tr("a message from the sandbox is cut short."))
            replies.put(body)
    except (WireError, OSError, ValueError) as error:
        replies.put(error)
    finally:
        connection.close()


def _stop(process) -> None:
    """Kill the process and wait until it is reaped, so nothing is left running (its pipe is closed by the reader
    thread once it reads the end)."""
    if process.is_alive():
        process.kill()
    process.join(timeout=10)
