"""What the screen shows of a map, decided off the GUI thread (Qt-free): sizes, colours, mosaics."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from convviz.state import colors
from convviz.state.convolution_run import map_image
from convviz.state.lenet_screen import grid_maps
from convviz.state.map_mosaic import MosaicSpec, render_mosaic
from convviz.state.screen_picture import (
    ScreenTarget,
    is_current,
    picture_step,
    render,
    render_screen,
)


def test_rgba_colours_are_the_one_table_with_nan_and_infinities_grey():
    values = np.array([[-1.0, 0.0, 1.0, np.nan, np.inf, -np.inf, 7.0, -7.0]], np.float32)
    rgba = colors.colourise_rgba(values, "diverging", (-1.0, 1.0))
    table = colors.lookup_table("diverging")
    assert rgba.dtype == np.uint8 and rgba.shape == (1, 8, 4) and (rgba[..., 3] == 255).all()
    assert tuple(rgba[0, 0, :3]) == tuple(table[0]) and tuple(rgba[0, 2, :3]) == tuple(table[255])
    assert tuple(rgba[0, 1, :3]) == tuple(table[128])  # zero in the middle
    for cell in (3, 4, 5):
        assert tuple(rgba[0, cell, :3]) == colors.NAN_COLOUR
    assert tuple(rgba[0, 6, :3]) == tuple(table[255]) and tuple(rgba[0, 7, :3]) == tuple(table[0])  # beyond: ends
    assert np.array_equal(colors.colourise(values, "diverging", (-1.0, 1.0)), rgba[..., :3])  # exports agree


@settings(max_examples=40, deadline=None)
@given(st.lists(st.floats(-3, 3, allow_nan=False, width=32), min_size=1, max_size=50),
       st.sampled_from(colors.SCALES))
def test_rgba_index_is_the_nearest_table_entry(values, scale):
    values = np.array(values, np.float32)[None]
    rgba = colors.colourise_rgba(values, scale, (-2.0, 2.0))
    index = np.clip(np.floor((values.astype(np.float64) + 2.0) * 255.0 / 4.0 + 0.5), 0, 255).astype(int)
    expected = colors.lookup_table(scale)[index]
    # float32 arithmetic may round a value lying exactly between two entries the other way
    assert np.abs(rgba[..., :3].astype(int) - expected.astype(int)).max() <= 3


def test_picture_rgba_keeps_grey_and_colour_pictures():
    grey = np.array([[0.0, 0.5, 1.0]], np.float32)
    assert [tuple(p) for p in colors.picture_rgba(grey)[0]] == [(0, 0, 0, 255), (128, 128, 128, 255),
                                                                 (255, 255, 255, 255)]
    rgb = np.zeros((3, 1, 2), np.float32)
    rgb[0, 0, 0], rgb[2, 0, 1] = 1.0, 1.0
    assert [tuple(p) for p in colors.picture_rgba(rgb)[0]] == [(255, 0, 0, 255), (0, 0, 255, 255)]
    with pytest.raises(ValueError, match="grey or"):
        colors.picture_rgba(np.zeros((2, 4, 4)))


@pytest.mark.parametrize("shape, panel", [((4096, 4096), (500, 480)), ((2048, 1024), (800, 600)),
                                          ((300, 200), (640, 640)), ((4096, 100), (300, 900))])
def test_the_whole_map_picture_is_about_the_panel_size_never_coarser(shape, panel):
    target = ScreenTarget(*panel)
    values = np.zeros(shape, np.float32)
    whole, detail = render_screen(values, "sequential", (0.0, 1.0), target)
    cells_per_pixel = target.fit_cells_per_pixel(shape)
    assert detail is None and whole.step == picture_step(cells_per_pixel)
    assert whole.rgba.shape == (math.ceil(shape[0] / whole.step), math.ceil(shape[1] / whole.step), 4)
    assert whole.rgba.flags.c_contiguous and whole.rgba.dtype == np.uint8
    shown = [n / cells_per_pixel for n in shape]  # device pixels the map takes in the panel
    for pixels, side, cells in zip(whole.rgba.shape[:2], shown, shape):
        if cells_per_pixel < 1:  # the map is magnified: every cell, no more
            assert pixels == cells
        else:  # at least the screen's pixels, at most twice as many
            assert side - 1 <= pixels <= 2 * side + 1


def test_zoomed_in_the_part_in_view_comes_at_full_resolution():
    values = np.arange(4096 * 4096, dtype=np.float32).reshape(4096, 4096)
    view = (1000.0, 1300.0, 2000.0, 2250.0)  # x0, x1, y0, y1: 300 × 250 cells in a 600 × 500 panel
    target = ScreenTarget(600, 500, view=view)
    whole, detail = render_screen(values, "sequential", (0.0, 4096.0 * 4096), target)
    assert whole.step > 1 and detail is not None and detail.step == 1
    r0, c0, r1, c1 = detail.rect
    assert r0 <= 2000 and r1 >= 2250 and c0 <= 1000 and c1 >= 1300  # the view and a margin for panning
    assert detail.rgba.shape[:2] == (r1 - r0, c1 - c0)
    assert is_current(whole, detail, values.shape, target)
    assert not is_current(whole, None, values.shape, target)  # not zoomed in on screen yet: draw again
    bigger = ScreenTarget(1600, 1400)
    assert not is_current(whole, None, values.shape, bigger)  # the panel grew: the picture is too coarse


def test_render_reads_the_cells_it_says_it_covers():
    values = np.random.default_rng(0).random((50, 70), dtype=np.float32)
    picture = render(values, "grey", (0.0, 1.0), step=3, rect=(10, 20, 40, 60))
    expected = colors.colourise_rgba(values[10:40:3, 20:60:3], "grey", (0.0, 1.0))
    assert picture.rect == (10, 20, 40, 60) and np.array_equal(picture.rgba, expected)


def test_map_image_levels_do_not_depend_on_the_panel_size():
    values = np.random.default_rng(1).normal(size=(3000, 2000)).astype(np.float32)
    small = map_image(values, "diverging", target=ScreenTarget(300, 200))
    large = map_image(values, "diverging", target=ScreenTarget(1500, 1000))
    assert small.levels == large.levels and small.step > large.step
    assert small.values is values and large.values is values


def test_mosaic_tiles_share_one_scale_with_gaps_in_the_panel_colour():
    maps = np.stack([np.full((4, 5), -1.0), np.full((4, 5), 1.0), np.full((4, 5), 0.0)]).astype(np.float32)
    picture = render_mosaic(maps, MosaicSpec("diverging", columns=2, gap=1))
    table = colors.lookup_table("diverging")
    assert picture.rgba.shape == (4 * 2 + 1, 5 * 2 + 1, 4) and picture.levels == (-1.0, 1.0)
    assert tuple(picture.rgba[0, 0, :3]) == tuple(table[0]) and tuple(picture.rgba[0, 6, :3]) == tuple(table[255])
    assert tuple(picture.rgba[5, 0, :3]) == tuple(table[128])
    background = tuple(int(colors.PANEL_BACKGROUND[k:k + 2], 16) for k in (1, 3, 5))
    assert tuple(picture.rgba[4, 0, :3]) == background  # the gap row
    assert tuple(picture.rgba[6, 8, :3]) == background  # the empty fourth tile
    assert picture.maps is not None and picture.maps.shape == (3, 4, 5)


def test_unit_strips_stack_before_and_after_as_rows():
    layers = {"fc1": np.arange(5, dtype=np.float32), "relu3": np.maximum(np.arange(5, dtype=np.float32) - 2, 0)}
    stacked = grid_maps(layers, ("fc1", "relu3"))
    assert stacked.shape == (1, 2, 5) and np.array_equal(stacked[0, 1], layers["relu3"])
