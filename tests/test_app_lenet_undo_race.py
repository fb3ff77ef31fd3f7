"""Undo right after a stroke in the LeNet view: a canvas change still waiting for its frame must not come back.

The view sends the canvas to the network at most once a frame: the first
change of a stroke goes at once, later ones wait for the frame timer. When
Edit ▸ Undo puts an earlier picture back (a test digit, an earlier drawing)
before that timer fires, the waiting change is older than the restored input:
sending it then would replace the restored digit with a "drawing" of the
canvas and, being a new edit, wipe the redo history. A person needs two quick
Ctrl+Z presses within a frame; the undo test does it every time, so it failed
whenever its stroke ended in the middle of a frame. A long frame here makes
the window wide enough to hit on purpose.
"""

from __future__ import annotations

import numpy as np
import pytest
from app_helpers import draw_stroke as stroke
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest

import convviz.app.views.lenet.view as lenet_module
from convviz.app.tools.sessions.undo import same

LONG_FRAME_MS = 400


@pytest.fixture
def window(qtbot, make_window, worker, tmp_path, monkeypatch):
    monkeypatch.setenv("CONVVIZ_DATA", str(tmp_path / "data"))
    monkeypatch.setattr(lenet_module, "FRAME_MS", LONG_FRAME_MS)
    window = make_window(worker=worker, start_view="lenet", size=(1500, 950))
    qtbot.waitUntil(lambda: "lenet" in window.views and window.views["lenet"].result() is not None, timeout=60000)
    qtbot.waitUntil(lambda: window.sessions.recorder.document("lenet").committed is not None, timeout=5000)
    return window


def press(widget, key: QKeySequence.StandardKey) -> None:
    QTest.keySequence(widget, QKeySequence.keyBindings(key)[0])


def test_undo_within_a_frame_of_a_stroke_keeps_the_restored_digit_and_the_redo(qtbot, window):
    view = window.views["lenet"]
    state, canvas, stack = view.state(), view.canvas, window.sessions.recorder.stack
    digit = state.input
    assert digit.digit is not None and stack.count() == 0
    start = canvas.drawing_state()
    frames = []  # each time the view's frame throttle lets a canvas change through
    view._throttled_flush.triggered.connect(lambda: frames.append(True))

    stroke(canvas, [(0.3 + 0.02 * t, 0.2 + 0.03 * t) for t in range(20)])  # the first change goes at once,
    qtbot.waitUntil(lambda: stack.count() == 1, timeout=5000)  # the rest wait for the (long) frame
    drawn = canvas.drawing_state()
    canvas.setFocus()
    press(canvas, QKeySequence.StandardKey.Undo)  # back to the test digit, inside the frame
    assert same(canvas.drawing_state(), start)
    assert state.input.digit is not None and state.input.name == digit.name

    # the frame timer fires with the stroke's waiting change (the first went at once): nothing older than
    # the undo may be sent
    qtbot.waitUntil(lambda: len(frames) >= 2, timeout=5000)
    assert state.input.digit is not None and state.input.name == digit.name
    assert np.array_equal(state.input.digit, digit.digit)
    assert stack.count() == 1 and stack.canRedo(), "the redo step was wiped by a late canvas update"
    press(canvas, QKeySequence.StandardKey.Redo)
    assert same(canvas.drawing_state(), drawn) and state.input.name == "drawing"
