"""Fine-tune on the class digits in a thread of its own, reporting through Qt signals.

A run takes seconds, more with many digits or all layers: on the shared
`ComputeWorker` it would hold the explorer that long, so it gets its own
`threading.Thread` (never the GUI thread). `progress` comes after every epoch,
`finished` with the `FineTuneResult`, `failed` with a sentence. `stop()` is
asked between batches; the weights so far are still measured and returned.
"""

from __future__ import annotations

import os
import sys
import threading
import traceback

from PySide6.QtCore import QObject, Signal

from convviz.i18n import tr

BACKGROUND_NICE = 10  # the thread yields the CPU to the GUI when they compete (Linux, per thread)


def _lower_priority() -> None:
    if not sys.platform.startswith("linux"):
        return
    try:
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), BACKGROUND_NICE)
    except OSError:
        pass


class FineTuneRunner(QObject):
    """Runs `convviz.model.class_finetune.fine_tune` off the GUI thread; one run at a time."""

    progress = Signal(object)  # FineTuneProgress
    finished = Signal(object)  # FineTuneResult
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread: threading.Thread | None = None
        self._stop = threading.Event()

    def start(self, weights, digits, config, mnist=None) -> None:
        """Fine-tune a copy of `weights` (a LeNet state_dict) on `digits` (a ClassDigits)."""
        if self.is_running():
            raise RuntimeError("a fine-tuning run is already going")
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, args=(weights, digits, config, mnist),
                                        name="convviz-fine-tune", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()

    def is_running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the run is over (closing the window, tests); True if it is."""
        if self._thread is not None:
            self._thread.join(timeout)
        return not self.is_running()

    def _run(self, weights, digits, config, mnist) -> None:
        _lower_priority()
        try:
            from convviz.model.class_finetune import fine_tune

            if mnist is None:
                from convviz.state.lenet_run import test_digits

                mnist = test_digits()
            result = fine_tune(weights, digits, config, mnist=mnist,
                               on_progress=lambda progress: self._emit(self.progress, progress),
                               should_stop=self._stop.is_set)
        except ValueError as error:
            self._emit(self.failed, str(error))
            return
        except Exception as error:  # noqa: BLE001 - a failed run is a message, not a crash
            traceback.print_exc()
            self._emit(self.failed, tr("Fine-tuning failed: {error}").format(error=error or type(error).__name__))
            return
        self._emit(self.finished, result)

    def _emit(self, signal, value) -> None:
        try:
            signal.emit(value)
        except RuntimeError:  # the runner was deleted while the thread finished
            pass
