"""A separate Python process that opens and runs one student's own model, within limits.

Even a model whose every operation is allowed can be slow or huge (a `for`
loop over a billion steps, a convolution padded by 50,000 pixels). So the
model lives in its own process (`convviz.model.sandbox_worker`, run by
`python -I -B`: isolated, writing no bytecode), which the app talks to over a
pipe, and every request has a time limit: past it the process is killed and
the request raises ValueError. On Linux the
process may also use only `memory_mib` beyond its own start-up (RLIMIT_AS);
on POSIX systems it can open no file once started (RLIMIT_NOFILE), writes
none (RLIMIT_FSIZE 0) and leaves no core dump. On Windows only the time limit
holds. Nothing in the app's process changes when a limit is hit: the caller
gets a ValueError and keeps what it had.

The process is persistent: the explorer asks it for a forward on every pen
stroke, so one process serves all requests for its model (a round trip costs
a fraction of a millisecond; see benchmarks/bench_own_model.py) and ends when
its `Sandbox` is closed or garbage-collected.
"""

from __future__ import annotations

import os
import queue
import subprocess
import sys
import threading
import weakref
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from convviz.i18n import language, tr, tr_noop
from convviz.model.sandbox_wire import WireError, pack, read_message, unpack


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

#: The sandbox's first lines, run in isolated mode (-I: no PYTHONPATH, no user site, not the current
#: folder, so no module lying in the user's folder is imported), finding this very convviz first.
_BOOTSTRAP = (
    "import sys\n"
    f"root = {str(Path(__file__).resolve().parents[2])!r}\n"
    "if root not in sys.path:\n"
    "    sys.path.insert(0, root)\n"
    "from convviz.model.sandbox_worker import main\n"
    "sys.exit(main(sys.argv[1:]))\n"
)


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
            self._process = subprocess.Popen(
                [sys.executable, "-I", "-B", "-c", _BOOTSTRAP, "--memory-mib", str(limits.memory_mib), "--language", language()],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                env=_sandbox_environment(),
                start_new_session=os.name == "posix",  # a Ctrl+C in the terminal is the app's to handle
            )
        except OSError as error:
            raise ValueError(tr("convviz could not start the sandbox it runs own models in ({error}).").format(
                error=error)) from error
        self._finalizer = weakref.finalize(self, _stop, self._process)
        reader = threading.Thread(
            target=_read_replies, args=(self._process.stdout, self._replies), name="own-model sandbox reader", daemon=True
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
        return self._process.poll() is None

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
                self._process.stdin.write(message)
                self._process.stdin.flush()
            except (BrokenPipeError, OSError, ValueError):
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
            code = self._process.wait()
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


def _sandbox_environment() -> dict[str, str]:
    """The app's environment with torch on one thread and few malloc arenas (a predictable address space)."""
    return {**os.environ, "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1", "MALLOC_ARENA_MAX": "2"}


def _read_replies(stream, replies: queue.Queue) -> None:
    """Runs on a daemon thread: every message body, then None at the end (or the error that broke the stream)."""
    try:
        while True:
            body = read_message(stream)
            replies.put(body)
            if body is None:
                return
    except (WireError, OSError, ValueError) as error:
        replies.put(error)
    finally:
        stream.close()


def _stop(process: subprocess.Popen) -> None:
    """Kill the process and reap it, so nothing is left running."""
    if process.poll() is None:
        process.kill()
    try:
        process.stdin.close()  # stdout is closed by its reader thread once it reads the end
    except OSError:
        pass
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:  # pragma: no cover - a process that survives SIGKILL
        pass
