"""Reference cycles holding Qt objects are freed on the GUI thread, never in a worker or training thread."""

from __future__ import annotations

import gc
import threading
import time
import weakref


def test_a_cycle_holding_a_widget_waits_for_the_gui_thread_s_collector(qtbot, make_window):
    """A collection started by another thread's allocations freed such cycles there, and PySide then deleted
    their widgets on the GUI thread at a random moment: a segmentation fault entering a slot while a
    fine-tuning thread ran (after earlier windows had closed). With the window up, the collector is the GUI
    thread's timer: a thread allocating far past the thresholds frees nothing; the GUI thread does, soon."""
    from PySide6.QtWidgets import QWidget

    window = make_window(start_view="steps")
    qtbot.waitUntil(lambda: window.view_is_settled("steps"), timeout=30000)
    assert not gc.isenabled()  # no collection starts by itself, in any thread
    widget = QWidget()
    widget.me = widget  # a widget in a reference cycle, then dropped
    gone = weakref.ref(widget)
    del widget
    kept = []
    thread = threading.Thread(target=lambda: kept.extend([] for _ in range(200_000)))  # thresholds are 700/10/10
    thread.start()
    thread.join()
    assert gone() is not None  # the other thread's allocations freed nothing
    qtbot.waitUntil(lambda: gone() is None, timeout=10000)  # the GUI thread's collector did


def test_a_full_pass_waits_until_no_request_reached_a_worker_for_a_while(qapp, monkeypatch, request):
    """A full pass walks every object not frozen (tens of ms): during a burst of edits it froze the window.
    The young generations go as Python would send them; the full pass once the workers had no request for
    QUIET_S, or after LATEST_S at the latest."""
    from PySide6.QtWidgets import QWidget

    from convviz.app.worker import GuiThreadCollector

    collecting = gc.isenabled()
    collector = GuiThreadCollector()
    collector._timer.stop()  # checked by hand here
    request.addfinalizer(lambda: gc.enable() if collecting else None)  # as the tests before found it
    widget = QWidget()
    widget.me = widget
    gone = weakref.ref(widget)
    gc.collect(1)  # still referenced: it moves to the oldest generation
    del widget
    for _ in range(gc.get_threshold()[2] + 1):
        gc.collect(1)  # the middle generation's passes that make a full pass due (not reaching the widget)
    monkeypatch.setattr(GuiThreadCollector, "last_request", time.monotonic())
    collector.check()
    assert gone() is not None and collector.full_passes == 0  # a request just now: not yet
    monkeypatch.setattr(GuiThreadCollector, "last_request", time.monotonic() - GuiThreadCollector.QUIET_S - 0.1)
    collector.check()
    assert gone() is None and collector.full_passes == 1
    monkeypatch.setattr(GuiThreadCollector, "last_request", time.monotonic())
    monkeypatch.setattr(GuiThreadCollector, "LATEST_S", 0.0)
    for _ in range(gc.get_threshold()[2] + 1):
        gc.collect(1)
    collector.check()
    assert collector.full_passes == 2  # busy for longer than LATEST_S: the pass comes anyway
    collector.deleteLater()
