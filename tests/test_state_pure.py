"""Pure tests of the Qt-free state modules: colours, resolve and run, steps, snapshots (no Qt, no window)."""

from __future__ import annotations

import numpy as np
import pytest
import torch
import torch.nn.functional as F

from convviz.state import colors
from convviz.state.convolution import ConvolutionSettings, NoOutput, receptive_field, resolve
from convviz.state.convolution_run import run_details, run_maps, run_pipeline, strongest_cell
from convviz.state.snapshots import CONVOLUTION_FIELDS, drawing_text, lenet_input
from convviz.state.step_text import expression_lines
from convviz.state.steps import EXAMPLES, StepsSettings, StepsState, build_steps


# ------------------------------------------------------------------ colours and colour-bar ends
@pytest.mark.parametrize(("value", "bound"), [(0.9, 1.0), (1.2, 1.5), (2.5, 3.0), (4.0, 5.0), (6.0, 7.5), (9.9, 10.0),
                                              (0.013, 0.015), (250.0, 300.0)])
def test_colour_bars_end_on_nice_numbers(value, bound):
    assert colors.nice_bound(value) == pytest.approx(bound)
    assert colors.levels_for("diverging", np.array([-value, value / 2])) == pytest.approx((-bound, bound))
    assert colors.levels_for("sequential", np.array([0.0, value])) == pytest.approx((0.0, bound))


def test_flat_and_empty_maps_still_get_a_range():
    assert colors.levels_for("diverging", np.zeros((3, 3))) == (-1.0, 1.0)
    assert colors.levels_for("sequential", np.array([np.nan])) == (0.0, 1.0)
    low, high = colors.levels_for("grey", np.full((2, 2), 0.5))
    assert high > low


def test_scale_follows_the_sign_and_the_table_is_the_legend():
    assert colors.choose_scale(np.array([0.0, 2.0])) == "sequential"
    assert colors.choose_scale(np.array([-1.0, 2.0])) == "diverging"
    table = colors.lookup_table("diverging")
    assert table.shape == (256, 3) and tuple(table[0]) == (0x44, 0x77, 0xAA) and tuple(table[-1]) == (0xEE, 0x77, 0x33)
    rgb = colors.colourise(np.array([[-1.0, 0.0, 1.0, np.nan]]), "diverging", (-1.0, 1.0))
    assert tuple(rgb[0, 0]) == (0x44, 0x77, 0xAA) and tuple(rgb[0, 3]) == colors.NAN_COLOUR
    with pytest.raises(ValueError, match="unknown colour scale"):
        colors.lookup_table("rainbow")


# ------------------------------------------------------------------ convolution: resolve and run
def test_resolve_freezes_the_settings_and_run_matches_torch():
    rng = np.random.default_rng(0)
    image = rng.random((12, 15), dtype=np.float32)
    settings = ConvolutionSettings()
    settings.stride, settings.padding_kind, settings.padding, settings.dilation = (2, 1), "custom", (1, 2), (1, 2)
    request = resolve(settings, image)
    maps = run_maps(request)
    kernel = torch.tensor(settings.kernels[0], dtype=torch.float32)[None, None]
    theirs = F.conv2d(torch.from_numpy(image.copy())[None, None], kernel, stride=(2, 1), padding=(1, 2), dilation=(1, 2))
    np.testing.assert_allclose(maps.conv.values, theirs[0, 0].numpy(), atol=1e-5)
    assert request.output_size == tuple(theirs.shape[-2:])
    settings.stride = (9, 9)  # the frozen request did not follow
    assert request.stride == (2, 1)


def test_settings_without_output_say_why():
    settings = ConvolutionSettings()
    settings.padding_kind = "valid"
    settings.resize_kernel(7, 7)
    with pytest.raises(NoOutput, match="No output"):
        resolve(settings, np.zeros((4, 4), np.float32))


def test_pooling_and_activation_follow_the_map():
    image = np.random.default_rng(1).standard_normal((10, 10)).astype(np.float32)
    settings = ConvolutionSettings()
    maps, details = run_pipeline(resolve(settings, image))
    relu = np.maximum(maps.conv.values, 0)
    np.testing.assert_allclose(details.activated.values, relu, atol=1e-6)
    pooled = F.max_pool2d(torch.from_numpy(relu)[None, None], 2, 2)[0, 0].numpy()
    np.testing.assert_allclose(details.pooled.values, pooled, atol=1e-6)
    settings.pool_mode = "none"
    assert run_details(resolve(settings, image), maps).pooled is None


def test_the_strongest_cell_is_a_real_edge_not_a_padding_border():
    image = np.zeros((9, 9), np.float32)
    image[:, 4:] = 1.0  # one vertical edge in the middle; the right border is bright
    settings = ConvolutionSettings()  # Sobel x, same padding: the border column answers too
    request = resolve(settings, image)
    maps = run_maps(request)
    row, col = strongest_cell(maps.conv, request)
    assert col in (3, 4) and 1 <= row <= 7


def test_receptive_field_counts_stride_padding_and_dilation():
    cells = receptive_field((1, 2), (2, 2), (2, 3), (1, 1, 1, 1), (2, 1))
    assert cells == [(1, 5), (1, 6), (3, 5), (3, 6)]


# ------------------------------------------------------------------ steps
@pytest.mark.parametrize("key", list(EXAMPLES))
def test_every_steps_example_builds_the_torch_answer(key):
    settings = EXAMPLES[key][1]
    built = build_steps(settings)
    x = torch.from_numpy(settings.image.astype(np.float64)).reshape(1, settings.channels, *settings.input_hw)
    if settings.mode == "conv":
        w = torch.from_numpy(settings.filter_kernel.astype(np.float64)).reshape(1, settings.channels, *settings.window_shape)
        ref = F.conv2d(x, w, stride=settings.stride, padding=settings.padding, dilation=settings.dilation)
    elif settings.mode == "transposed":
        w = torch.from_numpy(settings.kernel.astype(np.float64))[None, None]
        ref = F.conv_transpose2d(x, w, stride=settings.stride, padding=settings.padding,
                                 output_padding=settings.output_padding, dilation=settings.dilation)
    elif settings.mode == "max":
        ref = F.max_pool2d(x, settings.pool_size, settings.stride, settings.padding)
    else:
        ref = F.avg_pool2d(x, settings.pool_size, settings.stride, settings.padding)
    assert built.problem is None and built.output_shape == tuple(ref.shape[-2:])
    np.testing.assert_allclose(built.values.reshape(built.output_shape), ref[0, 0].numpy(), atol=1e-6)
    partial = built.output_until(0)
    # the first step fills one output cell, or (transposed) the cells its stamp lands on
    assert np.isfinite(partial).sum() == (int(built.steps[0].inside.sum()) if settings.mode == "transposed" else 1)


def test_steps_state_emits_only_on_a_real_change():
    state = StepsState(seed=0)
    seen = []
    state.changed.connect(seen.append)
    assert not state.update(stride=1)
    assert state.update(stride=2) and seen[-1].stride == 2
    assert state.apply({"mode": "max"}) and state.settings.stride == state.settings.pool_size
    assert len(seen) == 2


def test_steps_without_output_explain_themselves():
    built = build_steps(StepsSettings(image=np.ones((2, 2)), kernel=np.ones((3, 3))))
    assert built.steps is None and built.problem


def test_a_step_reads_one_kernel_row_a_line():
    lines, total = expression_lines("1×2 + 3×4 + 5×6 + 7×8 = 100", per_line=2)
    assert lines == ["1×2 + 3×4", "+ 5×6 + 7×8"] or len(lines) == 2
    assert total == "100"


# ------------------------------------------------------------------ snapshots
def test_drawing_steps_are_named():
    empty = {"strokes": [], "blank": True}
    one = {"strokes": [[(0, 0)]], "blank": False}
    assert drawing_text(None, one) == "Draw"
    assert drawing_text(empty, one) == "Draw a stroke"
    assert drawing_text(one, empty) == "Erase a stroke"


def test_a_lenet_input_is_a_plain_value():
    class Picture:
        def __init__(self, digit, name, label):
            self.digit, self.name, self.label = digit, name, label

    class State:
        input = None

    state = State()
    assert lenet_input(state) == ("none",)
    state.input = Picture(None, "drawing", None)
    assert lenet_input(state) == ("drawing", "drawing")
    digit = np.zeros((28, 28))
    state.input = Picture(digit, "test #3", 7)
    assert lenet_input(state)[:3] == ("digit", "test #3", 7)


def test_every_convolution_setting_is_kept():
    assert set(CONVOLUTION_FIELDS) == set(ConvolutionSettings.__dataclass_fields__)
