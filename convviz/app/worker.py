"""The one compute worker: a background thread where the newest request wins.

Views never compute in a GUI slot. They `submit(channel, job)` a callable
built from frozen inputs; the worker keeps only the newest pending job per
channel (older ones are dropped before they start), runs jobs one at a time
off the GUI thread, and delivers each result on the GUI thread through the
`finished` signal tagged with its channel and generation. A view shows a
result only if its generation is the newest it has seen (`is_current`).
"""

from __future__ import annotations

import threading
import time
import traceback
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any, Callable

from PySide6.QtCore import QObject, Signal


@dataclass(frozen=True)
class JobResult:
    """What a finished job hands back to the GUI thread."""

    channel: str
    generation: int
    value: Any
    seconds: float


@dataclass(frozen=True)
class JobError:
    """A job that raised: the message is for the status bar, never a crash."""

    channel: str
    generation: int
    message: str
    exception: BaseException


class ComputeWorker(QObject):
    """One background thread; per channel only the newest pending job runs."""

    finished = Signal(object)  # JobResult
    failed = Signal(object)  # JobError

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pending: OrderedDict[str, tuple[int, Callable[[], Any]]] = OrderedDict()
        self._generation: dict[str, int] = {}
        self._delivered: dict[str, int] = {}
        self._condition = threading.Condition()
        self._busy = False
        self._stopping = False
        self._thread = threading.Thread(target=self._run, name="convviz-compute", daemon=True)
        self._thread.start()

    def submit(self, channel: str, job: Callable[[], Any]) -> int:
        """Queue `job` for `channel`, replacing any job of that channel not yet started."""
        with self._condition:
            generation = self._generation.get(channel, 0) + 1
            self._generation[channel] = generation
            self._pending[channel] = (generation, job)
            self._pending.move_to_end(channel)
            self._condition.notify()
        return generation

    def latest_generation(self, channel: str) -> int:
        """The generation of the newest job submitted on `channel` (0 if none)."""
        with self._condition:
            return self._generation.get(channel, 0)

    def is_current(self, result: JobResult | JobError) -> bool:
        """True once per channel for results newer than any shown before.

        Call it in the slot that receives `finished`: a result that finished
        after a newer one (impossible with one thread, but cheap to guard) or
        that a view already showed is refused.
        """
        last = self._delivered.get(result.channel, 0)
        if result.generation <= last:
            return False
        self._delivered[result.channel] = result.generation
        return True

    def is_idle(self) -> bool:
        """No job running and none waiting (tests wait on this)."""
        with self._condition:
            return not self._busy and not self._pending

    def stop(self, timeout: float = 5.0) -> None:
        """Finish the running job, drop the rest, and end the thread."""
        with self._condition:
            self._stopping = True
            self._pending.clear()
            self._condition.notify_all()
        self._thread.join(timeout)

    def _run(self) -> None:
        while True:
            with self._condition:
                while not self._pending and not self._stopping:
                    self._condition.wait()
                if self._stopping:
                    return
                channel, (generation, job) = self._pending.popitem(last=False)
                self._busy = True
            started = time.perf_counter()
            try:
                value = job()
            except Exception as exc:  # noqa: BLE001 - every failure becomes a message
                message = str(exc) or type(exc).__name__
                if not isinstance(exc, ValueError):
                    traceback.print_exc()
                outcome: JobResult | JobError = JobError(channel, generation, message, exc)
            else:
                outcome = JobResult(channel, generation, value, time.perf_counter() - started)
            with self._condition:
                self._busy = False
                stopping = self._stopping
            if stopping:
                return
            try:
                if isinstance(outcome, JobError):
                    self.failed.emit(outcome)
                else:
                    self.finished.emit(outcome)
            except RuntimeError:  # the QObject was deleted while the job ran
                return
