"""The colour bar beside a map: its colours, numbers that read right and never overlap, ends only, and no
repaint or new layout for the same range again."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QApplication, QMainWindow

from convviz.app.widgets.color_bar import ColorBar
from convviz.app.widgets.map_grid import MapGrid
from convviz.app.widgets.ui_zoom import UiZoom
from convviz.state.colors import PANEL_BACKGROUND, lookup_table


def reads(text: str) -> float:
    return float(text.replace("\u2212", "-"))


@pytest.fixture
def shown(qtbot):
    """A bar beside a view box in a pyqtgraph layout, as the maps have it; returns (widget, bar)."""

    def make(height: int, **options) -> tuple[pg.GraphicsLayoutWidget, ColorBar]:
        widget = pg.GraphicsLayoutWidget()
        qtbot.addWidget(widget)
        widget.setBackground(PANEL_BACKGROUND)
        widget.ci.setContentsMargins(2, 2, 2, 2)
        widget.addViewBox(row=0, col=0)
        bar = ColorBar(**options)
        widget.addItem(bar, row=0, col=1)
        widget.resize(300, height)
        widget.show()
        qtbot.waitExposed(widget)
        qtbot.waitUntil(lambda: bar.size().height() > height - 20, timeout=2000)
        return widget, bar

    return make


def painted_label_rects(widget, bar):
    return [bar.mapRectToScene(bar.label_rect(label)) for label in bar.labels()]


def test_the_numbers_read_their_values_at_even_steps(shown):
    widget, bar = shown(260, scale="diverging", levels=(-3.0, 3.0), point_size=9)
    labels = bar.labels()
    assert [label.text for label in labels] == ["\u22123", "\u22122", "\u22121", "0", "1", "2", "3"]
    height = bar.size().height()
    zero = next(label for label in labels if label.value == 0.0)
    assert zero.offset == pytest.approx(height / 2)  # centred on its value
    bar.set_levels((0.0, 2.0))
    values = [label.value for label in bar.labels()]
    steps = np.diff(values)
    assert len(values) >= 3 and values[0] == 0.0 and values[-1] == 2.0 and np.allclose(steps, steps[0])
    assert [reads(label.text) for label in bar.labels()] == pytest.approx(values)
    assert bar.label_gap() > 0


def test_the_strip_shows_the_scales_colours_high_on_top(shown, qtbot):
    widget, bar = shown(260, scale="diverging", levels=(-1.0, 1.0))
    picture = widget.grab().toImage()
    strip = widget.mapFromScene(bar.mapRectToScene(bar.strip_rect())).boundingRect()
    ratio = picture.devicePixelRatio()
    x = round(strip.center().x() * ratio)

    def colour(y):
        return picture.pixelColor(x, round(y * ratio))

    table = lookup_table("diverging")
    for y, expected in ((strip.top() + 4, table[-2]), (strip.bottom() - 4, table[1]), (strip.center().y(), table[128])):
        got = np.array(colour(y).getRgb()[:3])
        assert np.abs(got - expected.astype(int)).max() < 24, (y, got, expected)
    bar.set_scale("grey")
    picture = widget.grab().toImage()
    assert colour(strip.top() + 4).lightness() > 230 and colour(strip.bottom() - 4).lightness() < 25


@pytest.mark.parametrize("height", [40, 60, 90, 140])
def test_numbers_never_overlap_on_a_short_bar(shown, height):
    widget, bar = shown(height, scale="sequential", levels=(0.0, 2.0), point_size=10)
    rects = painted_label_rects(widget, bar)
    assert rects, "a bar this tall has room for a number"
    assert all(not a.intersects(b) for a, b in zip(rects, rects[1:]))
    assert bar.label_gap() > 0
    visible = widget.mapToScene(widget.viewport().rect()).boundingRect()
    assert all(visible.contains(rect) for rect in rects)  # none cut off at the widget's edge
    metrics = QFontMetricsF(bar.tick_font())
    assert all(metrics.horizontalAdvance(label.text) <= bar.label_rect(label).width() for label in bar.labels())


def test_the_bar_is_as_wide_as_its_longest_number(shown, qtbot):
    widget, bar = shown(200, scale="diverging", levels=(-1.0, 1.0), point_size=9)
    narrow = bar.size().width()
    bar.set_levels((-25000.0, 25000.0))
    qtbot.waitUntil(lambda: bar.size().width() > narrow, timeout=2000)
    metrics = QFontMetricsF(bar.tick_font())
    widest = max(metrics.horizontalAdvance(label.text) for label in bar.labels())
    assert bar.label_rect(bar.labels()[0]).width() >= widest
    assert bar.mapRectToScene(bar.boundingRect()).right() <= widget.mapToScene(widget.viewport().rect()).boundingRect().right()


def test_the_same_range_again_paints_nothing_and_a_new_one_only_the_bar(shown, qtbot, monkeypatch):
    paints = []
    original = ColorBar.paint
    monkeypatch.setattr(ColorBar, "paint", lambda self, *args: (paints.append(self), original(self, *args)))
    widget, bar = shown(200, scale="sequential", levels=(0.0, 1.0))  # patched first: PySide keeps the method it found
    view = widget.ci.getItem(0, 0)
    QApplication.processEvents()
    widget.viewport().repaint()
    assert paints
    paints.clear()
    resized = []
    view.sigResized.connect(lambda *_: resized.append(True))
    geometry = bar.geometry()
    for _ in range(3):
        bar.set_levels((0.0, 1.0))
    QApplication.processEvents()
    widget.viewport().repaint()
    assert paints == []  # painted from its cached picture
    bar.set_levels((0.0, 2.0))
    QApplication.processEvents()
    widget.viewport().repaint()
    assert paints == [bar]
    assert bar.geometry() == geometry and resized == []  # no new layout: the map beside it stays put


def test_ends_mode_names_the_two_ends_on_a_unit_strip(qtbot):
    grid = MapGrid("units", scale="diverging", lock_aspect=False, bar_ticks="ends")
    qtbot.addWidget(grid)
    grid.resize(600, 70)
    grid.show()
    qtbot.waitExposed(grid)
    grid.set_maps(np.array([[-3.0, 1.0, 2.5], [0.0, 0.5, 0.1]]))
    assert grid.bar_ends_only()
    assert [text for _, text in grid.bar_ticks()] == ["\u22123", "3"]  # a short strip: no room for 0
    assert grid.bar_tick_spacing() >= 2
    grid.resize(600, 260)
    qtbot.waitUntil(lambda: len(grid.bar_ticks()) == 3, timeout=2000)
    assert grid.bar_ticks() == [(-3.0, "\u22123"), (0.0, "0"), (3.0, "3")]
    bar = grid.color_bar()
    visible = grid.graphics_widget().mapToScene(grid.graphics_widget().viewport().rect()).boundingRect()
    assert all(visible.contains(bar.mapRectToScene(bar.label_rect(label))) for label in bar.labels())


def test_presenting_makes_the_numbers_larger_and_gives_them_back(qtbot, shown):
    window = QMainWindow()
    qtbot.addWidget(window)
    widget, bar = shown(200, scale="grey", levels=(0.0, 1.0), point_size=8.5)
    window.setCentralWidget(widget)
    width = bar.total_width()
    for factor in (1.6, 1.15):
        zoom = UiZoom()
        zoom.apply(window, factor)
        try:
            assert bar.tick_font().pointSizeF() == pytest.approx(8.5 * factor)
            assert bar.total_width() > width  # room for the larger numbers
        finally:
            zoom.restore()
        assert bar.tick_font().pointSizeF() == pytest.approx(8.5) and bar.total_width() == width


def test_an_unknown_scale_is_refused_at_once():
    with pytest.raises(ValueError, match="colour scale"):
        ColorBar("rainbow")
    with pytest.raises(ValueError, match="colour scale"):
        ColorBar().set_scale("rainbow")
