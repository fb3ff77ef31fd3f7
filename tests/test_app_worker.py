"""The compute worker: results arrive on the GUI thread, stale jobs are dropped."""

from __future__ import annotations

import threading
import time

from convviz.app.worker import ComputeWorker, JobError, JobResult


def test_result_arrives_on_gui_thread(qtbot):
    worker = ComputeWorker()
    try:
        seen = []
        worker.finished.connect(lambda r: seen.append((r, threading.current_thread())))
        with qtbot.waitSignal(worker.finished, timeout=5000):
            worker.submit("conv", lambda: 6 * 7)
        result, thread = seen[0]
        assert isinstance(result, JobResult) and result.value == 42
        assert thread is threading.main_thread()
        assert worker.is_current(result) and not worker.is_current(result)
    finally:
        worker.stop()


def test_newest_request_wins(qtbot):
    worker = ComputeWorker()
    try:
        gate = threading.Event()
        ran = []
        worker.finished.connect(lambda r: ran.append(r.value))
        worker.submit("conv", lambda: gate.wait(5) and "first")
        time.sleep(0.05)
        for i in range(50):
            worker.submit("conv", lambda i=i: i)
        gate.set()
        qtbot.waitUntil(lambda: worker.is_idle() and len(ran) == 2, timeout=5000)
        assert ran == ["first", 49]
        assert worker.latest_generation("conv") == 51
    finally:
        worker.stop()


def test_failure_becomes_a_message(qtbot):
    worker = ComputeWorker()
    try:
        with qtbot.waitSignal(worker.failed, timeout=5000) as blocker:
            worker.submit("conv", lambda: (_ for _ in ()).throw(ValueError("stride must be at least 1")))
        error = blocker.args[0]
        assert isinstance(error, JobError) and error.message == "stride must be at least 1"
    finally:
        worker.stop()
