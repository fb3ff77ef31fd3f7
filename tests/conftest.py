"""Shared test set-up: Qt runs offscreen, no test leaves a window behind or a mouse button down."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest


@pytest.fixture(autouse=True)
def _no_leftover_windows(request):
    """Fail a Qt test that leaves top-level windows open (they leak into later tests)."""
    yield
    if "qtbot" not in request.fixturenames and "qapp" not in request.fixturenames:
        return
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        return
    app.processEvents()
    leftovers = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    for widget in leftovers:
        widget.close()
    assert not leftovers, f"test left windows open: {[type(w).__name__ for w in leftovers]}"


@pytest.fixture(autouse=True)
def _no_mouse_button_left_down(request):
    """Release any mouse button a Qt test left pressed, so the next test's moves are not drags.

    `QTest.mouseDClick` on a widget ends pressed in Qt 6 (its double-click event counts as a
    press with no release after it). A button left down makes every later simulated move a
    drag with that button, delivered to the window that took the press: a widget that follows
    the mouse in a later test never hears of it.
    """
    yield
    if "qtbot" not in request.fixturenames and "qapp" not in request.fixturenames:
        return
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QWidget

    if QApplication.instance() is None or QGuiApplication.mouseButtons() == Qt.MouseButton.NoButton:
        return
    anywhere = QWidget()  # never shown: the release only has to reach QTest's and Qt's button state
    QTest.mouseRelease(anywhere, QGuiApplication.mouseButtons(), Qt.KeyboardModifier.NoModifier, QPoint(0, 0))
    anywhere.deleteLater()
    assert QGuiApplication.mouseButtons() == Qt.MouseButton.NoButton


@pytest.fixture
def worker():
    """The app's one compute worker, stopped after the test (views and panels take it)."""
    from convviz.app.worker import ComputeWorker

    compute = ComputeWorker()
    yield compute
    compute.stop()
