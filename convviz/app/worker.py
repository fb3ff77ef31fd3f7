"""The one compute worker: a background thread where the newest request wins.

Views and tools never compute in a GUI slot. They `submit(channel, job,
on_result, on_error)` a callable built from frozen inputs; the worker keeps
only the newest pending job per channel (older ones are dropped before they
start), runs jobs one at a time off the GUI thread, and hands each outcome,
on the GUI thread, to the callbacks of the one that asked, and only while it
is newer than anything already delivered on that channel. Nobody else hears
of it: there is no broadcast to filter.

A channel belongs to one asker: `new_channel("maps")` gives a name no other
asker on this worker has (two views on one worker never steal each other's
results).

The thread starts with the first job, so that a window opening does not wait
for it. The worker's thread runs at a lower CPU priority than the GUI thread (Linux,
per thread; the threads it starts inherit it): on a busy machine the window
keeps reacting while maps are computed, at little cost to the computing.
A lone request gets every core the engines use; while requests keep coming (one
arrived while a job ran: a drag, a burst of kernel edits) jobs leave one core to
the GUI thread, which then paints and takes the next edit without waiting for a
core (on 2 cores the longest stall of a 4096² burst went from ~20 to ~12 ms).

`ComputeWorker(synchronous=True)` runs no thread: jobs wait until `flush()`
(or the next turn of the event loop, which flushes by itself) and then run on
the calling thread, newest-wins exactly as on the thread. Tests use it so that
a view can be tested without waiting on a thread, as ndv's controller tests do.
"""

from __future__ import annotations

import gc
import itertools
import os
import sys
import threading
import time
import traceback
from collections import OrderedDict
from typing import Any, Callable, NamedTuple

from PySide6.QtCore import QObject, QTimer, Signal
from shiboken6 import isValid


class JobResult(NamedTuple):
    """What a finished job hands back to the GUI thread.

    (The worker's records are named tuples: the window imports this module
    before its first paint, where defining dataclasses costs several ms.)
    """

    channel: str
    generation: int
    value: Any
    seconds: float


class JobError(NamedTuple):
    """A job that raised: the message is for the status bar, never a crash."""

    channel: str
    generation: int
    message: str
    exception: BaseException


BACKGROUND_NICE = 5  # how much nicer than the GUI thread the compute thread is (Linux)
# The most threads a job shares a big picture between while requests keep coming: all cores but one, the GUI
# thread's (the rule training follows too: `convviz.model.train_run.training_threads`; not imported here, as
# this module is imported before numpy is).
CROWDED_THREADS = max(1, (os.cpu_count() or 2) - 1)

OnResult = Callable[[JobResult], None]
OnError = Callable[[JobError], None]


class _Job(NamedTuple):
    generation: int
    run: Callable[[], Any]
    on_result: OnResult | None
    on_error: OnError | None


class ComputeWorker(QObject):
    """One background thread (or none, when synchronous); per channel only the newest pending job runs."""

    _outcome = Signal(object, object)  # (JobResult | JobError, _Job), from the thread to the GUI thread

    _channel_numbers = itertools.count(1)

    def __init__(self, parent: QObject | None = None, *, synchronous: bool = False) -> None:
        super().__init__(parent)
        self.synchronous = synchronous
        self._pending: OrderedDict[str, _Job] = OrderedDict()
        self._generation: dict[str, int] = {}
        self._delivered: dict[str, int] = {}
        self._condition = threading.Condition()
        self._busy = False
        self._crowded = False  # a request came while a job ran: the next job leaves a core to the GUI thread
        self._stopping = False
        self._holds: dict[WorkerHold, float] = {}  # hold -> its time.monotonic() limit; jobs wait (see `hold`)
        self._outcome.connect(self._deliver)
        self._thread: threading.Thread | None = None  # started by the first job (not while the window opens)

    # ------------------------------------------------------------------ asking
    def new_channel(self, purpose: str) -> str:
        """A channel name that no other asker on this worker uses."""
        return f"{purpose}#{next(self._channel_numbers)}"

    def submit(
        self,
        channel: str,
        job: Callable[[], Any],
        on_result: OnResult | None = None,
        on_error: OnError | None = None,
    ) -> int:
        """Queue `job` for `channel`, replacing any job of that channel not yet started.

        `on_result(JobResult)` or `on_error(JobError)` is called on the GUI thread
        when the job ends, unless a newer job of the channel was delivered first.
        """
        if not self.synchronous and self._thread is None and not self._stopping:
            self._thread = threading.Thread(target=self._run, name="convviz-compute", daemon=True)
            self._thread.start()
        GuiThreadCollector.last_request = time.monotonic()
        with self._condition:
            generation = self._generation.get(channel, 0) + 1
            self._generation[channel] = generation
            self._pending[channel] = _Job(generation, job, on_result, on_error)
            self._pending.move_to_end(channel)
            self._crowded = self._crowded or self._busy
            self._condition.notify()
        if self.synchronous:
            QTimer.singleShot(0, self, self.flush)
        return generation

    def latest_generation(self, channel: str) -> int:
        """The generation of the newest job submitted on `channel` (0 if none)."""
        with self._condition:
            return self._generation.get(channel, 0)

    def hold(self, limit_ms: int = 2000) -> WorkerHold:
        """Let no job start until the returned hold is released (or `limit_ms` has passed): jobs queue as usual,
        the newest of each channel winning.

        The window holds the worker while it builds a view and paints it the first time: a job running then
        (decoding the first picture, the first maps) shares the interpreter with the GUI thread, and the
        build's slices waited for it. The limit is a guard: a hold never keeps results away for long.
        """
        hold = WorkerHold(self)
        with self._condition:
            self._holds[hold] = time.monotonic() + limit_ms / 1000
        return hold

    def is_held(self) -> bool:
        with self._condition:
            return self._held_for() is not None

    def _held_for(self) -> float | None:
        """Seconds until the last hold's limit (None: nothing held); forgets holds past their limit."""
        now = time.monotonic()
        for hold in [hold for hold, deadline in self._holds.items() if deadline <= now]:
            del self._holds[hold]
        return max(self._holds.values()) - now if self._holds else None

    def _release(self, hold: WorkerHold) -> None:
        with self._condition:
            self._holds.pop(hold, None)
            released = not self._holds
            self._condition.notify_all()
        if released and self.synchronous:
            QTimer.singleShot(0, self, self.flush)

    def is_idle(self) -> bool:
        """No job running and none waiting (tests and the screenshot mode wait on this)."""
        with self._condition:
            return not self._busy and not self._pending

    def flush(self) -> None:
        """Synchronous mode: run every waiting job now, and those their results ask for, in order."""
        if not self.synchronous:
            raise RuntimeError("flush() is for a synchronous worker; a threaded one runs jobs by itself")
        while not self._stopping:
            with self._condition:
                if not self._pending or self._held_for() is not None:
                    return
                channel, job = self._pending.popitem(last=False)
            self._deliver(self._execute(channel, job), job)

    def stop(self, timeout: float = 5.0) -> None:
        """Finish the running job, drop the rest, and end the thread."""
        with self._condition:
            self._stopping = True
            self._pending.clear()
            self._condition.notify_all()
        if self._thread is not None:
            self._thread.join(timeout)

    # ------------------------------------------------------------------ running
    @staticmethod
    def _execute(channel: str, job: _Job) -> JobResult | JobError:
        started = time.perf_counter()
        try:
            value = job.run()
        except Exception as exc:  # noqa: BLE001 - every failure becomes a message
            if not isinstance(exc, ValueError):
                traceback.print_exc()
            return JobError(channel, job.generation, str(exc) or type(exc).__name__, exc)
        return JobResult(channel, job.generation, value, time.perf_counter() - started)

    def _run(self) -> None:
        from convviz.core import bands  # (here: the window imports this module before numpy is loaded)

        lower_thread_priority(BACKGROUND_NICE)
        while True:
            with self._condition:
                while not self._stopping:
                    held = self._held_for()
                    if self._pending and held is None:
                        break
                    self._condition.wait(held)  # (None: until a job comes)
                if self._stopping:
                    return
                channel, job = self._pending.popitem(last=False)
                self._busy = True
                crowded, self._crowded = self._crowded, False
            with bands.at_most_threads(CROWDED_THREADS if crowded else bands.THREADS):
                outcome = self._execute(channel, job)
            with self._condition:
                self._busy = False
                if self._stopping:
                    return
            try:
                self._outcome.emit(outcome, job)
            except RuntimeError:  # the QObject was deleted while the job ran
                return

    def _deliver(self, outcome: JobResult | JobError, job: _Job) -> None:
        """On the GUI thread: hand the outcome to its asker if nothing newer was delivered on its channel."""
        if self._stopping or outcome.generation <= self._delivered.get(outcome.channel, 0):
            return
        self._delivered[outcome.channel] = outcome.generation
        callback = job.on_error if isinstance(outcome, JobError) else job.on_result
        if callback is not None and _receiver_alive(callback):
            callback(outcome)


class WorkerHold:
    """One hold on a `ComputeWorker` (`ComputeWorker.hold`); `release` may be called any number of times."""

    def __init__(self, worker: ComputeWorker) -> None:
        self._worker: ComputeWorker | None = worker

    def release(self) -> None:
        worker, self._worker = self._worker, None
        if worker is not None and isValid(worker):  # (a worker gone with its window holds nothing back)
            worker._release(self)


def lower_thread_priority(steps: int) -> None:
    """Make the calling thread `steps` nicer (Linux: per-thread priority, inherited by threads it starts).

    Elsewhere nothing happens: there a thread id is not a valid target for setpriority.
    """
    if steps <= 0 or not sys.platform.startswith("linux"):
        return
    try:
        thread = threading.get_native_id()
        os.setpriority(os.PRIO_PROCESS, thread, min(19, os.getpriority(os.PRIO_PROCESS, thread) + steps))
    except OSError:
        pass


def _receiver_alive(callback: Callable) -> bool:
    """False for a bound method of a Qt object that was deleted while its job ran."""
    owner = getattr(callback, "__self__", None)
    return not isinstance(owner, QObject) or isValid(owner)


class GuiThreadCollector(QObject):
    """Python's cycle collector, run by the GUI thread only, on a timer.

    Python starts a collection in whichever thread happens to allocate: the compute worker, a training or
    fine-tuning thread. A closed window or panel left in a reference cycle that is freed there has its Qt
    objects deleted by PySide on the GUI thread at an arbitrary later moment, where Qt had already deleted
    some of them: the process crashed (a segmentation fault entering a slot on the GUI thread while a
    fine-tuning thread ran, after earlier windows had closed). So automatic collection is off, and this timer
    does Python's work: the young generations whenever Python would; a full pass (it walks every object not
    frozen: tens of milliseconds, a visible stall in a burst of edits) once no request has reached a
    compute worker for `QUIET_S`, or after `LATEST_S` at the latest. pyqtgraph's GarbageCollector does the
    first part, but runs full passes in the middle of work.
    """

    INTERVAL_MS = 500
    QUIET_S = 2.0
    LATEST_S = 60.0
    last_request = 0.0  # time.monotonic() of the newest request to any compute worker

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        self._full_pass_due: float | None = None
        self.full_passes = 0
        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.check)
        self._timer.start(self.INTERVAL_MS)

    def check(self) -> None:
        young, middle, _ = gc.get_count()
        if young > self._thresholds[0]:
            gc.collect(0)
            if middle + 1 > self._thresholds[1]:
                gc.collect(1)
        if gc.get_count()[2] <= self._thresholds[2]:
            return
        now = time.monotonic()
        if self._full_pass_due is None:
            self._full_pass_due = now
        if now - GuiThreadCollector.last_request >= self.QUIET_S or now - self._full_pass_due >= self.LATEST_S:
            gc.collect(2)
            self._full_pass_due = None
            self.full_passes += 1
