"""Train LeNet in a separate process and report to the GUI through Qt signals, a few times a second.

Training takes minutes. In a thread of the app it shared the interpreter
(the GIL) with the GUI thread, and torch's Python-side work per batch froze
the window for as long (benchmarks/bench_app_training.py). So
`TrainingRunner` drives a `convviz.model.train_process.TrainingProcess`: the
loop runs in a child process with fewer torch threads than the machine has
cores and a lower priority, and a reader thread that blocks on the child's
pipe turns each report into a signal, queued to the GUI thread (nothing on
the GUI thread polls). Updates are throttled in the child (progress at most
every `PROGRESS_S`, filters and the picture's prediction at most every
`SNAPSHOT_S`, always at an epoch's end); the widgets get copies of numbers.

- pause: the child stops between batches and blocks on its control pipe
  (`held` says where); resume and stop are commands on that pipe;
- stop: after the current batch; the weights so far come back in `finished`;
- closing: `close` stops the run, waits a moment, then kills the child;
- `prepare` starts the next run's process ahead (the panel does when it
  opens and after each run), so Start does not wait seconds for torch.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Signal

from convviz.i18n import tr
from convviz.model.train_process import TrainingProcess
from convviz.model.train_run import (  # noqa: F401 - the panel and tests import them from here
    EVAL_BATCH,
    PROGRESS_S,
    SNAPSHOT_S,
    TrainingUpdate,
    evaluate,
    training_threads,
)

CLOSE_GRACE_S = 2.0  # closing the window: a run has this long to stop before its process is killed


class TrainingRunner(QObject):
    """One training run at a time in a child process; signals arrive on the GUI thread."""

    started = Signal()
    updated = Signal(object)  # TrainingUpdate
    paused_changed = Signal(bool)
    held = Signal(int)  # a paused run has stopped after this many batches
    pong = Signal(int, bool)  # answer to `ping`: (batches done, paused)
    finished = Signal(object)  # convviz.model.train.TrainResult (history with test accuracy per epoch)
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._process: TrainingProcess | None = None  # the current or last run's
        self._spare: TrainingProcess | None = None  # started ahead, ready for the next run
        self._closed = False  # after `close`, nothing is started ahead any more (a new `start` still trains)
        self._active = threading.Event()  # set from start until just before finished/failed is emitted
        self._paused = False
        self._probe = None  # (28, 28) float32 picture, or None

    # ------------------------------------------------------------------ control (GUI thread)
    def start(self, config, data=None) -> None:
        """Train with `config` (a TrainConfig); `data` = (train images, labels, test images, labels) or the shipped digits."""
        if self.is_running():
            raise ValueError(tr("a training run is already going; stop it first."))
        self._closed = False
        process = self._spare or self._new_process()
        process.run(config, data)  # a ValueError (bad settings or data) leaves the spare ready
        self._spare = None
        process.set_probe(self._probe)
        self._process = process
        self._paused = False
        self._active.set()
        self.started.emit()

    def prepare(self) -> None:
        """Start a training process ahead of the next run, so Start does not wait for it to import torch."""
        if self._spare is None and not self._closed:
            self._spare = self._new_process()
            self._spare.start()

    def _new_process(self) -> TrainingProcess:
        return TrainingProcess(
            on_update=self._relay(self.updated), on_finished=self._ended(self.finished),
            on_failed=self._ended(self.failed), on_held=self._relay(self.held),
            on_pong=lambda steps, paused: self._emit(self.pong, steps, paused),
        )  # fmt: skip

    def pause(self) -> None:
        if self.is_running() and not self._paused:
            self._paused = True
            self._process.pause()
            self.paused_changed.emit(True)

    def resume(self) -> None:
        if self._paused:
            self._paused = False
            if self._process is not None:
                self._process.resume()
            self.paused_changed.emit(False)

    def stop(self) -> None:
        """Stop after the current batch (a paused run stops at once); the weights so far are kept."""
        if self._process is not None:
            self._process.stop()
        self.resume()

    def ping(self) -> None:
        """Ask the training process where it is; `pong(batches done, paused)` answers."""
        if self._process is not None:
            self._process.ping()

    def is_running(self) -> bool:
        """From `start` until the run's `finished` or `failed` signal."""
        return self._active.is_set()

    def is_paused(self) -> bool:
        return self.is_running() and self._paused

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the training process and its reader have ended (closing the app, tests); True if so."""
        return self._process is None or self._process.wait(timeout)

    def close(self, grace: float = CLOSE_GRACE_S) -> None:
        """Stop a run, give it `grace` seconds, then kill its process; end the spare; returns once both have ended.

        A spare whose child is still being started (the fork server's first start imports torch, seconds) is
        not waited for: its reader kills the child the moment the start returns, and ends.
        """
        self._closed = True
        spare, self._spare = self._spare, None
        if spare is not None:
            spare.kill()
        if self._process is not None:
            self.stop()
            if not self._process.wait(grace):
                self._process.kill()
                self._process.wait()
        if spare is not None and not spare.is_starting():
            spare.wait()

    def process_id(self) -> int | None:
        """The training process's id (None before the first run starts it)."""
        return None if self._process is None else self._process.pid

    def prepared_process_id(self) -> int | None:
        """The id of the process started ahead for the next run (None when there is none yet)."""
        return None if self._spare is None else self._spare.pid

    def set_probe(self, picture) -> None:
        """The picture whose prediction is followed while training ((28, 28) in [0, 1], or None)."""
        self._probe = None if picture is None else picture.copy()
        if self._process is not None and self.is_running():
            self._process.set_probe(self._probe)

    # ------------------------------------------------------------------ reader thread
    def _relay(self, signal):
        return lambda value: self._emit(signal, value)

    def _ended(self, signal):
        def end(value) -> None:
            self._active.clear()
            self._emit(signal, value)

        return end

    def _emit(self, signal, *values) -> None:
        try:
            signal.emit(*values)
        except RuntimeError:  # the runner was deleted while the run ended
            pass
