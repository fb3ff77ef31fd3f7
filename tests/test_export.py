"""Exports: valid GIF/APNG with one frame per step, exact CSV round trips, PNG maps of the expected size."""

from __future__ import annotations

import numpy as np
import pytest
import torch
from PIL import Image, ImageSequence

from convviz.core import conv_steps, pool_steps
from convviz.export import (
    COLORMAPS,
    StepFrames,
    export_map_png,
    export_matrix_csv,
    export_steps_animation,
)
from convviz.export.colormaps import lookup_table
from convviz.export.step_frames import WINDOW_EDGE, WINNER_EDGE

SIX = np.array(
    [[3, 0, 1, 2, 7, 4], [1, 5, 8, 9, 3, 1], [2, 7, 2, 5, 1, 3], [0, 1, 3, 1, 7, 8], [4, 2, 1, 6, 2, 8], [2, 4, 5, 2, 3, 9]],
    dtype=np.float32,
)
EDGE = np.array([[-1, 0, 1]] * 3, dtype=np.float32)


# --- animations ---------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt, pillow_format", [("gif", "GIF"), ("apng", "PNG")])
def test_animation_has_one_frame_per_step(tmp_path, fmt, pillow_format):
    steps = conv_steps(SIX, EDGE, padding=1)
    reports = []
    path = export_steps_animation(steps, tmp_path / f"a.{fmt}", fmt=fmt, cell_px=32, fps=4,
                                  progress=lambda done, total: reports.append((done, total)))
    assert path == tmp_path / f"a.{fmt}"
    frames = StepFrames(steps, cell_px=32)
    with Image.open(path) as picture:
        assert picture.format == pillow_format
        assert getattr(picture, "is_animated", False)
        assert picture.n_frames == len(steps) == 36
        assert picture.size == (frames.width, frames.height)
        durations = [frame.info.get("duration") for frame in ImageSequence.Iterator(picture)]
    assert durations[0] == 250 and durations[-1] == 2000
    assert reports == [(done, 37) for done in range(1, 38)]
    assert not list(tmp_path.glob("*.part"))


def test_frames_show_the_steps_not_a_still(tmp_path):
    """Frames differ, the window outline moves with the step, and the pooling winner is marked."""
    steps = conv_steps(SIX, EDGE)
    frames = StepFrames(steps, cell_px=24)
    first, second = np.asarray(frames.frame(0)), np.asarray(frames.frame(1))
    assert first.shape == second.shape and not np.array_equal(first, second)

    def orange_columns(picture):
        mask = np.all(np.asarray(picture) == WINDOW_EDGE, axis=-1)
        return np.flatnonzero(mask[:, : frames.input_x[0] + 6 * 24].any(axis=0))

    assert orange_columns(frames.frame(1)).min() == orange_columns(frames.frame(0)).min() + 24
    pool = StepFrames(pool_steps([[1, 3, 2, 1], [3, 6, 8, 9], [8, 3, 3, 9], [4, 6, 8, 2]], 2), cell_px=24)
    assert np.all(np.asarray(pool.frame(1)) == WINNER_EDGE, axis=-1).any()
    # a frame asked for out of order still shows the outputs computed so far
    assert np.array_equal(np.asarray(frames.frame(1)), second)


def test_multichannel_conv_and_pooling_animate(tmp_path):
    rgb = np.random.default_rng(0).integers(0, 5, size=(3, 5, 5)).astype(np.float32)
    kernel = np.ones((3, 3, 3), dtype=np.float32)
    path = export_steps_animation(conv_steps(rgb, kernel, stride=2), tmp_path / "rgb.gif", cell_px=20)
    with Image.open(path) as picture:
        assert picture.n_frames == 4
    path = export_steps_animation(pool_steps(rgb, 2, mode="avg"), tmp_path / "pool.apng", fmt="apng", cell_px=20)
    with Image.open(path) as picture:
        assert picture.n_frames == 4


def test_cancel_writes_nothing_and_keeps_an_existing_file(tmp_path):
    target = tmp_path / "old.gif"
    target.write_bytes(b"keep me")
    result = export_steps_animation(conv_steps(SIX, EDGE), target, cell_px=20, progress=lambda done, total: done < 3)
    assert result is None
    assert target.read_bytes() == b"keep me"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["old.gif"]


@pytest.mark.parametrize(
    "kwargs, words",
    [
        ({"fmt": "mp4"}, "gif"),
        ({"fps": 0}, "fps"),
        ({"cell_px": 5}, "cell_px"),
    ],
)
def test_bad_animation_settings_are_refused(tmp_path, kwargs, words):
    with pytest.raises(ValueError, match=words):
        export_steps_animation(conv_steps(SIX, EDGE), tmp_path / "x.gif", **kwargs)


def test_too_big_for_an_animation_is_refused(tmp_path):
    with pytest.raises(ValueError, match="at most"):
        export_steps_animation(conv_steps(np.zeros((64, 64)), EDGE), tmp_path / "x.gif")
    with pytest.raises(ValueError, match="conv_steps or pool_steps"):
        export_steps_animation([1, 2, 3], tmp_path / "x.gif")
    with pytest.raises(ValueError, match="does not exist"):
        export_steps_animation(conv_steps(SIX, EDGE), tmp_path / "missing" / "x.gif", cell_px=16)


# --- CSV ----------------------------------------------------------------------------------------


def test_csv_round_trips_2d_exactly(tmp_path):
    values = np.random.default_rng(1).normal(size=(5, 7)).astype(np.float32)
    values[0, 0] = 3.0
    path = export_matrix_csv(values, tmp_path / "m.csv")
    back = np.loadtxt(path, delimiter=",")
    assert back.shape == (5, 7)
    assert np.array_equal(back, values.astype(np.float64))
    assert path.read_text().splitlines()[0].startswith("3,")


def test_csv_3d_blocks_round_trip(tmp_path):
    values = np.arange(2 * 3 * 4, dtype=np.float64).reshape(2, 3, 4) / 7
    path = export_matrix_csv(torch.tensor(values), tmp_path / "s.csv", channel_names=["red", "green"])
    lines = path.read_text().splitlines()
    assert lines[0] == "# channel 1 of 2 (red): 3 rows x 4 columns"
    assert "# channel 2 of 2 (green): 3 rows x 4 columns" in lines
    back = np.loadtxt(path, delimiter=",").reshape(2, 3, 4)
    assert np.array_equal(back, values)


def test_csv_refuses_what_it_cannot_write(tmp_path):
    with pytest.raises(ValueError, match="1-D, 2-D or 3-D"):
        export_matrix_csv(np.zeros((2, 2, 2, 2)), tmp_path / "x.csv")
    with pytest.raises(ValueError, match="only numbers"):
        export_matrix_csv([["a", "b"]], tmp_path / "x.csv")
    with pytest.raises(ValueError, match="one name per channel"):
        export_matrix_csv(np.zeros((2, 2)), tmp_path / "x.csv", channel_names=["a"])


# --- PNG maps -----------------------------------------------------------------------------------


def test_map_png_size_blocks_and_diverging_colours(tmp_path):
    signed = np.array([[-2.0, 0.0, 2.0], [1.0, -1.0, 0.5]])
    path = export_map_png(signed, tmp_path / "m.png", scale=10)
    with Image.open(path) as picture:
        assert picture.format == "PNG" and picture.size == (30, 20)
        assert picture.text["convviz:colormap"] == "diverging"
        pixels = np.asarray(picture.convert("RGB"))
    table = lookup_table("diverging")
    assert tuple(pixels[5, 5]) == tuple(table[0])  # −2: the negative end
    assert tuple(pixels[5, 25]) == tuple(table[255])  # +2: the positive end
    assert tuple(pixels[5, 15]) == tuple(table[128])  # 0: the white centre
    assert len({tuple(p) for p in pixels[:10, :10].reshape(-1, 3)}) == 1  # nearest neighbour: one colour per block


def test_map_png_automatic_scale_and_sequential_map(tmp_path):
    path = export_map_png(np.arange(12.0).reshape(3, 4), tmp_path / "s.png")
    with Image.open(path) as picture:
        assert picture.size == (4 * 256, 3 * 256)
        assert picture.text["convviz:colormap"] == "sequential"
    assert set(COLORMAPS) == {"diverging", "sequential", "grey"}


def test_map_png_refusals(tmp_path):
    with pytest.raises(ValueError, match="2-D"):
        export_map_png(np.zeros((2, 3, 3)), tmp_path / "x.png")
    with pytest.raises(ValueError, match="unknown colour map"):
        export_map_png(np.zeros((3, 3)), tmp_path / "x.png", colormap="jet")
    with pytest.raises(ValueError, match="scale"):
        export_map_png(np.zeros((3, 3)), tmp_path / "x.png", scale=0)
    with pytest.raises(ValueError, match="at most"):
        export_map_png(np.zeros((2000, 2000)), tmp_path / "x.png", scale=16)
