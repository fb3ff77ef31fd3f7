"""Long use of the drawing canvases stays bounded (issue 14): a raster, not an ever-growing stroke list.

5,000 strokes on the convolution view's canvas grew RSS by 590 MB: the canvas
kept every stroke, and each of the 200 undo steps held all of them. Now the
canvas keeps the last `UNDO_STROKES` strokes and bakes older ones into its
background, pixel for pixel; undo steps share what did not change. The
reference pictures here are painted independently, every stroke from scratch.
"""

from __future__ import annotations

import math

import numpy as np
import pytest
from PySide6.QtCore import QPointF, QSettings, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen

from convviz import limits
from convviz.app.widgets.drawing_canvas import (
    STROKE_PART_POINTS,
    UNDO_POINTS,
    UNDO_STROKES,
    DrawingCanvas,
    image_to_array,
)


def strokes_for(count: int, side: int, seed: int = 0) -> list[list[tuple[float, float]]]:
    """`count` short wiggly strokes of 3 to 12 points inside a side×side canvas."""
    rng = np.random.default_rng(seed)
    strokes = []
    for _ in range(count):
        x, y = rng.uniform(0.1 * side, 0.9 * side, 2)
        points = [(float(x), float(y))]
        for _ in range(int(rng.integers(2, 12))):
            x, y = np.clip((x, y) + rng.normal(0, side / 30, 2), 0, side - 1)
            points.append((float(round(x)), float(round(y))))
        strokes.append(points)
    return strokes


def painted(side: int, width: float, strokes, background: np.ndarray | None = None) -> np.ndarray:
    """Every stroke painted from scratch on black (or `background`), as the canvas paints live: a dot, then segments."""
    image = QImage(side, side, QImage.Format.Format_Grayscale8)
    image.fill(0)
    if background is not None:
        for row in range(side):
            for col in np.flatnonzero(background[row]):
                image.setPixel(int(col), row, 0xFF000000 | int(background[row, col]) * 0x010101)  # grey
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(QColor(255, 255, 255), width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    for points in strokes:
        painter.drawPoint(QPointF(*points[0]))
        for start, end in zip(points, points[1:]):
            if start != end:
                painter.drawLine(QPointF(*start), QPointF(*end))
    painter.end()
    return image_to_array(image)


@pytest.fixture
def canvas(qtbot):
    canvas = DrawingCanvas(resolution=96, stroke_width=7.0)
    qtbot.addWidget(canvas)
    canvas.setMinimumSize(96, 96)
    canvas.resize(96, 96)  # one widget pixel per canvas pixel: the points below are the canvas's own
    assert (canvas.width(), canvas.height()) == (96, 96)
    return canvas


def draw(canvas, points) -> None:
    canvas.begin_stroke(QPointF(*points[0]))
    for point in points[1:]:
        canvas.extend_stroke(QPointF(*point))
    canvas.end_stroke()


def test_many_strokes_keep_a_bounded_list_and_the_same_pixels(canvas):
    strokes = strokes_for(600, 96)
    for points in strokes:
        draw(canvas, points)
    state = canvas.drawing_state()
    assert len(state["strokes"]) == len(canvas.strokes()) <= UNDO_STROKES
    assert sum(len(points) for _, points in state["strokes"]) <= UNDO_POINTS
    assert np.array_equal(canvas.picture(), painted(96, 7.0, strokes))
    assert np.array_equal(state["background"], painted(96, 7.0, strokes[: 600 - len(state["strokes"])]))
    assert canvas.drawing_state() is state  # asked again without a change: the same arrays, nothing copied


def test_undo_stroke_goes_back_through_the_kept_strokes_then_stops(canvas):
    strokes = strokes_for(60, 96, seed=1)
    for points in strokes:
        draw(canvas, points)
    kept = len(canvas.strokes())
    for undone in range(1, kept + 1):
        assert canvas.undo()
        assert np.array_equal(canvas.picture(), painted(96, 7.0, strokes[: 60 - undone]))
    assert not canvas.undo() and canvas.strokes() == []


def test_a_scribble_of_ten_thousand_points_goes_on_as_new_strokes(canvas):
    points = [(48 + 40 * math.cos(t / 50), 48 + 40 * math.sin(t / 31)) for t in range(10_000)]
    points = [(round(x, 1), round(y, 1)) for x, y in points]
    draw(canvas, points)
    state = canvas.drawing_state()
    assert all(len(p) <= STROKE_PART_POINTS for _, p in state["strokes"])
    assert sum(len(p) for _, p in state["strokes"]) <= UNDO_POINTS
    kept = [list(p) for _, p in state["strokes"]]
    assert np.array_equal(canvas.picture(), painted(96, 7.0, kept, state["background"]))  # what a restore replays
    difference = np.abs(canvas.picture().astype(int) - painted(96, 7.0, [points]).astype(int))
    assert difference.max() <= 64 and (difference > 8).mean() < 0.01  # a new stroke starts with a dot, that is all


def test_a_session_drawing_with_five_thousand_strokes_is_baked_in_not_kept(canvas):
    strokes = strokes_for(int(limits.STROKES.high), 96, seed=2)
    picture = painted(96, 7.0, strokes)
    state = {"background": np.zeros((96, 96), np.uint8), "image": picture,
             "strokes": tuple((7.0, tuple(points)) for points in strokes), "blank": False}
    canvas.restore_drawing(state)
    assert np.array_equal(canvas.picture(), picture)
    assert canvas.strokes() == [] and canvas.drawing_state()["strokes"] == ()
    draw(canvas, [(10, 10), (20, 20)])
    assert np.array_equal(canvas.picture(), painted(96, 7.0, [*strokes, [(10, 10), (20, 20)]]))
    assert canvas.undo() and np.array_equal(canvas.picture(), picture)


def test_the_stroke_width_stays_within_the_limits(canvas):
    with pytest.raises(ValueError, match="stroke width"):
        canvas.set_stroke_width(1e9)
    with pytest.raises(ValueError, match="positive"):
        canvas.set_stroke_width(0)
    assert canvas.stroke_width() == 7.0


# --------------------------------------------------------------------------- undo history in the window
def test_the_undo_history_of_many_strokes_holds_a_bounded_number_of_strokes(qtbot, tmp_path, monkeypatch):
    from convviz.app.main_window import MainWindow
    from convviz.app.tools.sessions.undo import UNDO_LIMIT
    from convviz.app.views.convolution.input_picker import DRAW
    from convviz.app.worker import ComputeWorker

    monkeypatch.setenv("CONVVIZ_DATA", str(tmp_path / "data"))
    worker = ComputeWorker()
    window = MainWindow(worker=worker, settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat),
                        start_view="convolution")
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    try:
        qtbot.waitUntil(lambda: window.view_is_settled("convolution"), timeout=60000)
        picker = window.views["convolution"].input_picker
        picker.source.setCurrentIndex(picker.source.findData(DRAW))
        picker.source.activated.emit(picker.source.currentIndex())
        canvas, recorder = picker.canvas, window.sessions.recorder
        qtbot.waitUntil(lambda: picker.canvas.isVisible() and window.view_is_settled("convolution"), timeout=30000)
        recorder.flush()
        start = canvas.drawing_state()
        side = min(canvas.width(), canvas.height())
        scale = side / canvas.resolution()
        strokes = strokes_for(260, canvas.resolution(), seed=3)
        for points in strokes:
            draw(canvas, [((x * scale) + (canvas.width() - side) / 2, (y * scale) + (canvas.height() - side) / 2)
                          for x, y in points])
            recorder.flush()
        stack = recorder.stack
        assert stack.count() == UNDO_LIMIT
        held = [stack.command(i) for i in range(stack.count())]
        strokes_held = sum(len(c.before["drawing"]["strokes"]) + len(c.after["drawing"]["strokes"]) for c in held)
        assert strokes_held <= 2 * UNDO_LIMIT * UNDO_STROKES  # was about 2 × 200 × 160 strokes
        for _ in range(UNDO_LIMIT):  # Edit ▸ Undo goes further back than the canvas keeps strokes
            recorder.undo()
        assert np.array_equal(canvas.picture(), painted_like(canvas, strokes[: 260 - UNDO_LIMIT], start))
        qtbot.waitUntil(lambda: window.view_is_settled("convolution"), timeout=30000)
    finally:
        window.close()
        worker.stop()


def painted_like(canvas, strokes, start) -> np.ndarray:
    """The canvas's strokes painted from scratch after its starting drawing (blank here)."""
    assert not start["image"].any()
    return painted(canvas.resolution(), canvas.stroke_width(), strokes)


@pytest.mark.parametrize("side", [112, 160, 400])
def test_the_draw_a_digit_hint_fits_the_canvas(qtbot, side):
    """The blank canvas's hint wraps and shrinks to stay inside it (beside a lesson it read "w a digit h")."""
    from PySide6.QtGui import QFontMetricsF

    from convviz.app.widgets.drawing_canvas import HINT_FLAGS, DrawingCanvas

    canvas = DrawingCanvas()
    qtbot.addWidget(canvas)
    canvas.resize(side, side)
    square = canvas.rect()
    needed = QFontMetricsF(canvas.hint_font()).boundingRect(square.toRectF(), HINT_FLAGS, "draw a digit here")
    assert needed.width() <= side and needed.height() <= side
    assert canvas.hint_font().pointSizeF() >= 11  # large enough to read at these sides
