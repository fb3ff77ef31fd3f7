"""The GUI thread only swaps in finished pictures: the worker colours maps at the panels' size (issue 12).

Colouring is watched by a spy on `convviz.state.colors` (every screen picture
and mosaic is coloured through it): during an edit or a pen stroke no call may
come from the GUI thread. Values under the mouse must stay exact, whatever the
subsampling or zoom on screen; expected values come from torch.
"""

from __future__ import annotations

import math
import re
import threading

import numpy as np
import pytest
import torch
import torch.nn.functional as F
from app_helpers import draw_stroke, trained_or_random
from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from convviz.app.views.convolution.view import ConvolutionView
from convviz.app.views.lenet.view import LeNetView
from convviz.core import format_number
from convviz.state import colors
from convviz.state.screen_picture import picture_step

READOUT = re.compile(r"row (\d+), column (\d+):")  # counted from 1, as every view counts
BIG = 1500  # cells a side: bigger than any panel here, so the screen shows one cell in step > 1


KERNEL_GRID_CELLS = 11 * 11  # a matrix grid colours its few cells where it is drawn: that is no map


@pytest.fixture
def colour_calls(monkeypatch):
    """Record, for every colouring through `convviz.state.colors`, whether it ran on the GUI thread."""
    calls: list[tuple[str, bool]] = []

    def spy(name):
        real = getattr(colors, name)

        def watched(*args, **kwargs):
            if np.asarray(args[0]).size > KERNEL_GRID_CELLS:  # a map, not the cells of a kernel editor
                calls.append((name, threading.current_thread() is threading.main_thread()))
            return real(*args, **kwargs)

        return watched

    def start():
        for name in ("colourise_rgba", "picture_rgba", "colourise"):
            monkeypatch.setattr(colors, name, spy(name))
        calls.clear()
        return calls

    return start


@pytest.fixture
def conv_view(qtbot, threaded_worker):
    worker = threaded_worker  # which thread colours the maps is the point: the real worker thread
    view = ConvolutionView(worker)
    qtbot.addWidget(view)
    view.resize(1400, 900)
    view.show()
    qtbot.waitUntil(lambda: view.current_maps() is not None and view.is_settled(), timeout=15000)
    picture = np.random.default_rng(5).random((BIG, BIG), dtype=np.float32)
    view.set_image(picture, "noise")
    qtbot.waitUntil(lambda: view.is_settled() and view.current_maps().request.input_size == (BIG, BIG), timeout=20000)
    return view


def torch_map(view) -> np.ndarray:
    """The feature map of the view's picture and kernel by F.conv2d (default settings: 'same', stride 1)."""
    x = torch.from_numpy(np.asarray(view.image(), np.float32))[None, None]
    w = torch.from_numpy(np.asarray(view.settings.kernel, np.float32))[None, None]
    return F.conv2d(x, w, padding="same")[0, 0].numpy()


def hover(qtbot, panel, row, col) -> tuple[int, int, str]:
    """Move the mouse to the screen pixel nearest cell (row, col); the cell the readout names and the readout.

    On a map with more cells than the panel has pixels, that pixel may lie on a neighbouring cell.
    The panel may re-lay out when the readout's length changes, moving the map under the mouse:
    the mouse is aimed again (one pixel apart each time, so each aim is a real move) until the
    readout names a cell within one screen pixel of the target.
    """
    viewport = panel.plot_widget().viewport()
    step = panel.current_map().step
    aims = iter(range(10_000))

    def named_near() -> bool:
        nudge = next(aims) % 2
        qtbot.mouseMove(viewport, panel.widget_pos_of(row, col) + QPoint(nudge, 0))
        named = READOUT.match(panel.readout())
        return bool(named) and abs(int(named.group(1)) - 1 - row) <= step and abs(int(named.group(2)) - 1 - col) <= step

    qtbot.waitUntil(named_near, timeout=5000)
    readout = panel.readout()
    named = READOUT.match(readout)
    return int(named.group(1)) - 1, int(named.group(2)) - 1, readout


def test_each_panel_gets_an_rgba_picture_about_its_own_size(qtbot, conv_view):
    qtbot.waitUntil(lambda: all(p.screen_is_current() for p in conv_view.maps.panels()), timeout=10000)
    for panel in conv_view.maps.panels():
        image = panel.current_map()
        whole, detail = panel.shown_pictures()
        assert whole is image.screen and detail is None
        rgba = whole.rgba
        assert rgba.dtype == np.uint8 and rgba.ndim == 3 and rgba.shape[2] == 4 and rgba.flags.c_contiguous
        target = panel.screen_target()
        height, width = image.values.shape[-2:]
        step = picture_step(target.fit_cells_per_pixel((height, width)))
        # the panel is smaller than the map: one cell in step (a little finer is kept after a resize)
        assert step > 1 and step / 2 < whole.step <= step
        assert rgba.shape[:2] == (math.ceil(height / whole.step), math.ceil(width / whole.step))
        # never more than twice the device pixels the panel shows the map with
        assert rgba.shape[0] * rgba.shape[1] <= 4 * target.width * target.height


def test_an_edit_is_coloured_on_the_worker_never_on_the_gui_thread(qtbot, conv_view, colour_calls):
    calls = colour_calls()
    before = conv_view.current_maps()
    conv_view.settings.set_cell(0, 0, 3.0)
    qtbot.waitUntil(lambda: conv_view.is_settled() and conv_view.current_maps() is not before, timeout=20000)
    assert {name for name, _ in calls} >= {"colourise_rgba"}  # the new maps were coloured ...
    assert not [name for name, on_gui in calls if on_gui]  # ... and none of it on the GUI thread
    shown = conv_view.conv_panel.shown_pictures()[0]
    assert shown is conv_view.current_maps().conv.screen  # the GUI took the worker's picture as it was


def test_hover_reads_the_exact_value_of_cells_the_screen_skips(qtbot, conv_view):
    panel = conv_view.conv_panel
    step = panel.current_map().step
    assert step > 1
    expected = torch_map(conv_view)
    read = []
    for row, col in ((401, 203), (702, 1101), (1203, 58), (BIG - 7, 7)):  # the last near a corner
        cell_row, cell_col, readout = hover(qtbot, panel, row, col)
        assert abs(cell_row - row) <= step and abs(cell_col - col) <= step
        value = panel.current_map().values[cell_row, cell_col]
        assert value == pytest.approx(expected[cell_row, cell_col], abs=1e-5)
        assert readout.endswith(format_number(float(value)))
        read.append((cell_row, cell_col))
    assert any(r % step or c % step for r, c in read)  # cells the screen picture does not show were read


def zoom_in(panel, notches: int) -> None:
    """Turn the mouse wheel over the panel's centre, as a person zooming in does."""
    viewport = panel.plot_widget().viewport()
    centre = QPointF(viewport.width() / 2, viewport.height() / 2)
    for _ in range(notches):
        event = QWheelEvent(centre, viewport.mapToGlobal(centre), QPoint(0, 0), QPoint(0, 120),
                            Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase,
                            False)
        QApplication.sendEvent(viewport, event)


def test_zooming_in_brings_the_part_in_view_at_full_resolution(qtbot, conv_view, colour_calls):
    panel = conv_view.conv_panel
    calls = colour_calls()
    zoom_in(panel, 10)
    qtbot.waitUntil(lambda: panel.shown_pictures()[1] is not None and conv_view.is_settled(), timeout=10000)
    whole, detail = panel.shown_pictures()
    assert detail.step == 1 and whole.step > 1
    (x0, x1), (y0, y1) = panel.view_box().viewRange()
    r0, c0, r1, c1 = detail.rect
    assert r0 <= max(0, y0) and c0 <= max(0, x0) and r1 >= min(BIG, y1) and c1 >= min(BIG, x1)
    assert detail.rgba.shape[:2] == (r1 - r0, c1 - c0)
    assert calls and not [name for name, on_gui in calls if on_gui]  # drawn again on the worker
    row, col, readout = hover(qtbot, panel, (r0 + r1) // 2 + 1, (c0 + c1) // 2 + 1)
    assert readout.endswith(format_number(float(torch_map(conv_view)[row, col])))


@pytest.fixture
def lenet_view(qtbot, threaded_worker):
    worker = threaded_worker
    view = LeNetView(worker, load_model=trained_or_random, seed=7)
    qtbot.addWidget(view)
    view.resize(1600, 1000)
    view.show()
    qtbot.waitUntil(lambda: view.result() is not None and worker.is_idle(), timeout=20000)
    return view


def test_a_pen_stroke_reaches_the_gui_as_finished_mosaics(qtbot, lenet_view, threaded_worker, colour_calls):
    worker = threaded_worker
    calls = colour_calls()
    draw_stroke(lenet_view.canvas, [(0.5, 0.15 + 0.7 * t / 30) for t in range(31)])
    qtbot.waitUntil(
        lambda: worker.is_idle() and not lenet_view._canvas_dirty  # noqa: SLF001 - the throttled last stroke
        and lenet_view.result().request.input is lenet_view.state().input,
        timeout=10000,
    )
    result = lenet_view.result()
    assert result.screen is not None and result.stages is not None
    for stage, grid in lenet_view.layers.grids.items():
        picture = grid.mosaic()
        assert picture is result.screen.grids[stage]  # swapped in as the worker made it
        assert picture.rgba.dtype == np.uint8 and picture.rgba.shape[2] == 4
    conv1 = result.screen.grids["conv1"]
    assert conv1.rgba.shape[:2] == (2 * 28 + conv1.gap, 3 * 28 + 2 * conv1.gap)  # 6 maps, 3 columns
    assert {name for name, _ in calls} >= {"colourise_rgba"}
    assert not [name for name, on_gui in calls if on_gui]


def test_lenet_hover_reads_the_layer_value_behind_the_mosaic(qtbot, lenet_view):
    grid = lenet_view.layers.grids["conv1"]
    viewport = grid.graphics_widget().viewport()
    qtbot.mouseMove(viewport, grid.pixel_in_widget(4, 10.5, 17.5).toPoint())
    qtbot.waitUntil(lambda: "map 5 of 6" in grid.readout(), timeout=3000)
    value = lenet_view.result().layers["conv1"][4, 10, 17]
    assert grid.readout().endswith(f"row 11, column 18: {value:+.3f}")  # counted from 1, as every view counts


class LayoutRequests(QObject):
    """Counts the layout requests that reach a window: each one lays out, and paints, the whole window again."""

    def __init__(self, window) -> None:
        super().__init__()
        self.count = 0
        window.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt name
        if event.type() == QEvent.Type.LayoutRequest:
            self.count += 1
        return False


def test_a_readout_that_changes_with_each_cell_or_map_lays_out_nothing_else(qtbot, conv_view):
    """The line under a map says something new for every map and every cell under the mouse: the map's
    panel, and the maps and window around it, are not laid out again for it (they were, up to the window,
    for each new text)."""
    panel = conv_view.conv_panel
    qtbot.waitUntil(lambda: not conv_view.is_busy(), timeout=10000)
    QApplication.processEvents()
    around = [LayoutRequests(widget) for widget in (panel, conv_view.maps)]  # where a new text's request goes
    texts = set()
    for row, col in ((5, 7), (400, 900), (1200, 300), (60, 1400)):
        texts.add(hover(qtbot, panel, row, col)[2])
    assert len(texts) == 4  # four new texts were shown
    QApplication.processEvents()
    assert [requests.count for requests in around] == [0, 0]


def test_the_prediction_caption_follows_each_answer_and_the_text_size_without_relaying_out_the_window(qtbot):
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    from convviz.app.widgets.probability_bars import PredictionBadge

    window = QWidget()
    qtbot.addWidget(window)
    badge = PredictionBadge()
    QVBoxLayout(window).addWidget(badge)
    window.resize(300, 400)
    window.show()
    qtbot.waitExposed(window)
    badge.set_prediction(np.array([0.05, 0.9] + [0.00625] * 8))
    QApplication.processEvents()
    requests = LayoutRequests(window)
    for sure in (0.91, 0.93, 0.95):  # the same digit, more and more sure: only the caption changes
        badge.set_prediction(np.array([1 - sure, sure] + [0.0] * 8))
        QApplication.processEvents()
        assert badge.caption() == f"{sure:.1%} sure" and badge.prediction() == 1
    assert requests.count == 0
    line = badge._caption.parentWidget()  # noqa: SLF001 - the line that holds the caption
    before = line.height()
    font = badge._caption.font()  # noqa: SLF001
    font.setPointSizeF(font.pointSizeF() * 2)  # presentation zoom (the caption keeps a size of its own)
    badge._caption.setFont(font)  # noqa: SLF001 - its line grows with it
    qtbot.waitUntil(lambda: line.height() > before, timeout=3000)
    assert line.height() >= badge._caption.fontMetrics().height()  # noqa: SLF001
    assert badge._caption.width() == line.width() > 0  # noqa: SLF001 - the caption fills its line
