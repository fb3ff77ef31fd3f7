"""Reference cycles holding Qt objects are freed on the GUI thread, never in a worker or training thread."""

from __future__ import annotations

import gc
import threading
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
