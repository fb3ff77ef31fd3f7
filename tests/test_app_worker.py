"""The compute worker: results go to the one who asked, on the GUI thread; stale jobs are dropped."""

from __future__ import annotations

import threading

import pytest

from convviz.app.worker import ComputeWorker, JobError, JobResult


def test_result_goes_to_the_asker_on_the_gui_thread(qtbot, threaded_worker):
    seen = []
    threaded_worker.submit("conv", lambda: 6 * 7, lambda r: seen.append((r, threading.current_thread())))
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    result, thread = seen[0]
    assert isinstance(result, JobResult) and result.value == 42 and result.channel == "conv"
    assert thread is threading.main_thread()


def test_newest_request_wins(qtbot, threaded_worker):
    gate, started = threading.Event(), threading.Event()
    ran = []

    def first():
        started.set()
        gate.wait(5)
        return "first"

    threaded_worker.submit("conv", first, lambda r: ran.append(r.value))
    assert started.wait(5)  # the first job runs; the next 50 wait, each replacing the one before
    for i in range(50):
        threaded_worker.submit("conv", lambda i=i: i, lambda r: ran.append(r.value))
    gate.set()
    qtbot.waitUntil(lambda: threaded_worker.is_idle() and len(ran) == 2, timeout=5000)
    assert ran == ["first", 49]
    assert threaded_worker.latest_generation("conv") == 51


def test_a_result_older_than_one_delivered_is_dropped(qtbot):
    """With two jobs of a channel finishing out of order, only the newer one is handed over."""
    worker = ComputeWorker(synchronous=True)
    try:
        shown = []
        worker.submit("conv", lambda: "new", lambda r: shown.append(r.value))
        worker.flush()
        stale = worker._execute("conv", worker_job(1, lambda: "old", lambda r: shown.append(r.value)))
        worker._deliver(stale, worker_job(1, None, lambda r: shown.append(r.value)))
        assert shown == ["new"]
    finally:
        worker.stop()


def worker_job(generation, run, on_result):
    from convviz.app.worker import _Job

    return _Job(generation, run, on_result, None)


def test_channels_of_two_askers_never_collide(threaded_worker):
    first, second = threaded_worker.new_channel("maps"), threaded_worker.new_channel("maps")
    assert first != second and first.startswith("maps")


def test_failure_becomes_a_message_for_the_asker(qtbot, threaded_worker):
    errors, results = [], []
    threaded_worker.submit(
        "conv", lambda: (_ for _ in ()).throw(ValueError("stride must be at least 1")), results.append, errors.append
    )
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert isinstance(errors[0], JobError) and errors[0].message == "stride must be at least 1"
    assert results == []


def test_a_deleted_asker_hears_nothing(qtbot, threaded_worker):
    from PySide6.QtWidgets import QWidget

    class Asker(QWidget):
        def take(self, result):  # pragma: no cover - must never run
            raise AssertionError("a deleted widget was handed a result")

    asker = Asker()
    gate = threading.Event()
    threaded_worker.submit("conv", lambda: gate.wait(5), asker.take)
    asker.deleteLater()
    qtbot.waitUntil(lambda: not _valid(asker), timeout=5000)
    gate.set()
    after = []
    threaded_worker.submit("later", lambda: 1, after.append)  # outcomes arrive in order: once this one is in,
    qtbot.waitUntil(lambda: bool(after), timeout=5000)  # the deleted asker's was delivered (to nobody)


def _valid(obj) -> bool:
    from shiboken6 import isValid

    return isValid(obj)


def test_synchronous_mode_runs_on_the_calling_thread_at_flush(qtbot):
    worker = ComputeWorker(synchronous=True)
    try:
        seen = []
        for i in range(5):
            worker.submit("conv", lambda i=i: (i, threading.current_thread()), lambda r: seen.append(r.value))
        assert seen == [] and not worker.is_idle()
        worker.flush()
        assert seen == [(4, threading.main_thread())]  # newest wins, as on the thread
        assert worker.is_idle()
    finally:
        worker.stop()


def test_synchronous_mode_flushes_by_itself_on_the_event_loop(qtbot):
    worker = ComputeWorker(synchronous=True)
    try:
        seen = []
        worker.submit("a", lambda: 1, lambda r: worker.submit("b", lambda: r.value + 1, lambda s: seen.append(s.value)))
        qtbot.waitUntil(lambda: seen == [2], timeout=2000)
    finally:
        worker.stop()


def test_flush_is_refused_on_a_threaded_worker(threaded_worker):
    with pytest.raises(RuntimeError):
        threaded_worker.flush()


def test_a_hold_keeps_jobs_waiting_newest_first_until_released(qtbot):
    worker = ComputeWorker(synchronous=True)
    try:
        seen = []
        hold = worker.hold()
        for i in range(3):
            worker.submit("conv", lambda i=i: i, lambda r: seen.append(r.value))
        worker.flush()
        assert seen == [] and worker.is_held() and not worker.is_idle()
        hold.release()
        hold.release()  # again: nothing more
        assert not worker.is_held()
        qtbot.waitUntil(lambda: seen == [2], timeout=2000)  # released: the newest runs, by itself
    finally:
        worker.stop()


def test_a_hold_past_its_limit_holds_nothing(qtbot):
    worker = ComputeWorker(synchronous=True)
    try:
        worker.hold(limit_ms=0)
        seen = []
        worker.submit("conv", lambda: 1, lambda r: seen.append(r.value))
        worker.flush()
        assert seen == [1] and not worker.is_held()
    finally:
        worker.stop()


def test_a_held_thread_goes_on_when_released(qtbot, threaded_worker):
    seen = []
    hold = threaded_worker.hold(limit_ms=60_000)
    threaded_worker.submit("conv", lambda: 7, lambda r: seen.append(r.value))
    assert threaded_worker.is_held() and not threaded_worker.is_idle()
    hold.release()
    qtbot.waitUntil(lambda: seen == [7], timeout=5000)


def test_requests_that_keep_coming_leave_a_core_to_the_gui_thread(qtbot, threaded_worker, monkeypatch):
    """A lone job gets every thread; one asked for while another ran (a drag, a burst of edits) one fewer."""
    import convviz.app.worker as worker_module
    import convviz.core.bands as bands_module

    monkeypatch.setattr(bands_module, "THREADS", 2)
    monkeypatch.setattr(worker_module, "CROWDED_THREADS", 1)
    gate, started = threading.Event(), threading.Event()
    threads = []

    def first():
        started.set()
        gate.wait(5)
        return bands_module.threads()

    threaded_worker.submit("conv", first, lambda r: threads.append(r.value))
    assert started.wait(5)
    threaded_worker.submit("conv", bands_module.threads, lambda r: threads.append(r.value))  # came while one ran
    gate.set()
    qtbot.waitUntil(lambda: threaded_worker.is_idle() and len(threads) == 2, timeout=5000)
    threaded_worker.submit("conv", bands_module.threads, lambda r: threads.append(r.value))  # alone again
    qtbot.waitUntil(lambda: len(threads) == 3, timeout=5000)
    assert threads == [2, 1, 2]
