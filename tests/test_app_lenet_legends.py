"""LeNet view legends and captions: unit-strip colour bars whose numbers never overlap (presenting too),
a grey legend on the preprocessing strip, and one sentence per idea under it."""

from __future__ import annotations

import numpy as np
import pytest
from app_helpers import trained_or_random
from PySide6.QtWidgets import QLabel

from convviz.app.views.lenet.view import LeNetView
from convviz.app.widgets.map_grid import MapGrid
from convviz.app.widgets.ui_zoom import UiZoom
from convviz.core import format_number


@pytest.fixture
def view(qtbot, worker):
    view = LeNetView(worker, load_model=trained_or_random, seed=7)
    qtbot.addWidget(view)
    view.resize(1600, 1000)
    view.show()
    qtbot.waitUntil(lambda: view.result() is not None, timeout=20000)  # opens on MNIST test digit #0
    return view


def assert_bar_ends_named(grid) -> None:
    low, high = grid.levels()
    assert low < 0 < high
    ticks = grid.bar_ticks()
    labels = [label for _, label in ticks]
    assert labels in ([format_number(low, 3), format_number(high, 3)],
                      [format_number(low, 3), "0", format_number(high, 3)]), labels
    assert [value for value, _ in ticks][:: len(ticks) - 1] == [low, high]  # the ends, nothing between but 0


def assert_strip_bars_read(qtbot, view) -> None:
    for stage in ("fc1", "fc2"):
        grid = view.layers.grids[stage]
        assert_bar_ends_named(grid)
        qtbot.waitUntil(lambda grid=grid: grid.bar_tick_spacing() >= 2, timeout=2000)  # a gap between labels


def strip_bars_read_when_settled(view) -> None:
    for stage in ("fc1", "fc2"):
        grid = view.layers.grids[stage]
        assert_bar_ends_named(grid)
        assert grid.bar_tick_spacing() >= 2


def test_unit_strip_colour_bars_name_their_ends_without_overlap(qtbot, view):
    assert_strip_bars_read(qtbot, view)
    # the 6 map grids are tall enough for a number at every nice step
    assert not view.layers.grids["conv1"].bar_ends_only() and view.layers.grids["fc1"].bar_ends_only()


def test_unit_strip_colour_bars_stay_apart_when_presenting(qtbot, view):
    zoom = UiZoom()
    zoom.apply(view, 1.6)
    try:
        # the layout settles with the larger text (over a few event-loop turns), then the bars read
        qtbot.waitUntil(lambda: strip_bars_read_when_settled(view), timeout=2000)
    finally:
        zoom.restore()


def test_ends_only_bar_ticks_follow_new_levels(qtbot):
    grid = MapGrid("units", scale="diverging", lock_aspect=False, bar_ticks="ends")
    qtbot.addWidget(grid)
    grid.resize(600, 200)
    grid.show()
    grid.set_maps(np.array([[-3.0, 1.0, 2.5]]))
    assert grid.levels() == (-3.0, 3.0)
    assert grid.bar_ticks()[0] == (-3.0, "−3") and grid.bar_ticks()[-1] == (3.0, "3")
    grid.set_maps(np.array([[0.17, 0.1, -0.05]]))
    assert grid.bar_ticks()[0][1] == "−0.2" and grid.bar_ticks()[-1][1] == "0.2"
    with pytest.raises(ValueError, match="bar_ticks"):
        MapGrid(bar_ticks="many")


def test_preprocessing_strip_has_a_grey_legend_from_0_to_1(qtbot, view):
    strip = view.strip
    assert strip.legend() == ("0", "1")
    rect = strip.legend_rect_in_widget()
    picture = strip.graphics_widget().grab().toImage()
    x = round(rect.center().x())
    inset = max(3.0, 0.08 * rect.height())  # inside the bar's frame, whatever height the layout gives it
    top = picture.pixelColor(x, round(rect.top() + inset)).lightness()
    middle = picture.pixelColor(x, round(rect.center().y())).lightness()
    bottom = picture.pixelColor(x, round(rect.bottom() - inset)).lightness()
    assert top > 215 and bottom < 40 and 90 < middle < 170  # white (1) at the top, black (0) at the bottom


def test_an_mnist_digit_is_explained_once_under_the_strip(qtbot, view):
    texts = [label.text().lower() for label in view.findChildren(QLabel) if label.isVisibleTo(view)]
    assert sum(text.count("the network reads") for text in texts) == 1  # the heading of the answer only
    assert "goes in unchanged" in view.strip.explanation()
    assert view.strip.captions()[3] == "28×28 as is"
