"""Small helpers the Qt tests share: a stroke drawn on a canvas, and the network to explore."""

from __future__ import annotations

import torch
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from convviz.model import LeNet, default_weights_path, load_lenet


def draw_stroke(canvas, points):
    """Press, move through `points` (fractions of the canvas's square) and release: one stroke."""
    side = min(canvas.width(), canvas.height())
    left, top = (canvas.width() - side) / 2, (canvas.height() - side) / 2

    def at(point):
        return QPoint(round(left + point[0] * side), round(top + point[1] * side))

    QTest.mousePress(canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at(points[0]))
    for point in points[1:]:
        QTest.mouseMove(canvas, at(point))
    QTest.mouseRelease(canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at(points[-1]))


def draw_strokes(canvas, strokes):
    """Each stroke of `strokes` (lists of points in fractions of the canvas's square), with real mouse events."""
    for points in strokes:
        draw_stroke(canvas, points)


def trained_or_random(device="cpu"):
    """The shipped network when it exists, else a seeded random one (for tests about the plumbing)."""
    if default_weights_path().is_file():
        return load_lenet(device)
    torch.manual_seed(0)
    return LeNet().eval()


def wait_for_new_maps(qtbot, view, action, timeout=10000):
    """Run `action` on a Convolution view and wait until a different result is on screen and the worker is done."""
    before = view.current_maps()
    action()
    qtbot.waitUntil(
        lambda: view.is_settled() and view.current_maps() is not None and view.current_maps() is not before,
        timeout=timeout,
    )
    return view.current_maps()
