"""The decks' conventions in the computing half: colours by kind of quantity, cells counted from 1,
the decks' output-size formula, and a kernel's factor written apart (whole cells × 1/9, exact).

Pure tests (no Qt): torch is the reference for every number.
"""

from __future__ import annotations

import json
from fractions import Fraction

import numpy as np
import pytest
import torch
import torch.nn.functional as F
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image

from convviz.core import (
    KERNEL_PRESETS,
    conv_steps,
    deck_size_formula,
    output_size,
    pool_steps,
)
from convviz.core.kernel_scale import apply_scale, parse_scale, scale_text
from convviz.export import StepFrames, export_steps_animation
from convviz.export.step_frames import CURRENT_EDGE
from convviz.lessons import lesson_by_id, lesson_from_dict, lesson_kernel_cells
from convviz.session.views import check_convolution as check_convolution_state
from convviz.session.views import check_steps as check_steps_state
from convviz.state import colors
from convviz.state.conventions import COUNTING_NOTE, cell_name, size_formulas
from convviz.state.convolution import ConvolutionSettings, resolve
from convviz.state.convolution_run import run_pipeline
from convviz.state.lesson_prepare import prepare_lesson
from convviz.state.steps import VERTICAL_EDGE_6, StepsSettings, build_steps

X9 = np.array(lesson_by_id("x-pattern-diagonal").input.values, dtype=np.float64)
X_KERNEL = np.array([[1, -1, -1], [-1, 1, -1], [-1, -1, 1]], dtype=np.float64)


def torch_conv(image, kernel, **kwargs) -> np.ndarray:
    x = torch.tensor(np.asarray(image, np.float64))[None, None]
    w = torch.tensor(np.asarray(kernel, np.float64))[None, None]
    return F.conv2d(x, w, **kwargs)[0, 0].numpy()


# --- one colour language: the scale follows the kind of quantity --------------------------------


def test_the_scale_follows_the_kind_of_quantity_not_the_values():
    assert colors.scale_for("convolution") == colors.scale_for("weights") == colors.scale_for("products") == "diverging"
    assert colors.scale_for("probabilities") == "sequential" and colors.scale_for("picture") == "grey"
    assert colors.activation_scale("relu") == colors.activation_scale("sigmoid") == "sequential"
    assert colors.activation_scale("tanh") == colors.activation_scale("leaky_relu") == "diverging"
    assert colors.activation_scale("none", "diverging") == "diverging"
    assert colors.pooling_scale(colors.activation_scale("relu")) == "sequential"  # max pooling of ReLU
    assert colors.sliding_output_scale("conv") == "diverging"
    with pytest.raises(ValueError, match="kind of quantity"):
        colors.scale_for("mood")


def test_a_blur_of_a_picture_is_still_a_signed_map_and_relu_makes_it_non_negative():
    """Every value of this feature map is ≥ 0, yet it is a convolution output: blue–white–orange."""
    picture = np.random.default_rng(0).random((24, 24), dtype=np.float32)
    settings = ConvolutionSettings(activation="relu", pool_mode="max")
    settings.apply_preset("box_blur")
    maps, details = run_pipeline(resolve(settings, picture))
    assert maps.conv.values.min() >= 0
    assert maps.conv.scale == "diverging" and maps.conv.levels[0] == -maps.conv.levels[1]
    assert details.activated.scale == "sequential" and details.pooled.scale == "sequential"
    settings.activation = "tanh"
    _, details = run_pipeline(resolve(settings, picture))
    assert details.activated.scale == "diverging" and details.pooled.scale == "diverging"


def test_map_levels_are_the_colour_tables_levels():
    """A small map on screen and the same map exported pick the same colour-bar ends and colours."""
    values = np.array([[0.3, -1.2], [2.6, 0.0]], np.float32)
    maps, _ = run_pipeline(resolve(ConvolutionSettings(), np.pad(values, 1)))
    conv = maps.conv
    assert conv.levels == colors.levels_for("diverging", conv.values.astype(np.float64))
    assert conv.screen.step == 1  # a small map is drawn cell for cell
    on_screen = conv.screen.rgba[..., :3]
    exported = colors.colourise(conv.values.astype(np.float64), conv.scale, conv.levels)
    assert np.abs(on_screen.astype(int) - exported.astype(int)).max() <= 1


def test_ink_is_readable_on_every_colour_of_every_scale():
    for scale in colors.SCALES:
        for rgb in colors.lookup_table(scale):
            ink = np.array(colors.ink_for(rgb), float) / 255
            lum = [_luminance(rgb / 255), _luminance(ink)]
            assert (max(lum) + 0.05) / (min(lum) + 0.05) >= 3.0  # WCAG large text


def _luminance(rgb) -> float:
    c = np.where(rgb <= 0.03928, rgb / 12.92, ((rgb + 0.055) / 1.055) ** 2.4)
    return float(0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2])


# --- cells counted from 1 -----------------------------------------------------------------------


def test_cells_are_named_counted_from_one():
    assert cell_name(0, 0) == "row 1, column 1" and cell_name(6, 2) == "row 7, column 3"
    assert "from 1" in COUNTING_NOTE


# --- the decks' output-size formula -------------------------------------------------------------


def test_the_decks_formula_is_written_as_the_decks_write_it():
    assert deck_size_formula(7, 3, stride=2) == "⌊(7 + 2·0 − 3) / 2⌋ + 1 = 3"
    deck, dilated = size_formulas(7, 3, dilation=2)
    assert deck == "⌊(7 + 2·0 − 5) / 1⌋ + 1 = 3, with f = 2·(3 − 1) + 1 = 5"
    assert dilated == "⌊(7 + 2·0 − 2·(3 − 1) − 1) / 1⌋ + 1 = 3"
    assert size_formulas(6, 3, padding=1) == ("⌊(6 + 2·1 − 3) / 1⌋ + 1 = 6", None)
    assert "no output" in deck_size_formula(2, 3)


@settings(max_examples=150, deadline=None)
@given(n=st.integers(1, 40), f=st.integers(1, 7), p=st.integers(0, 4), s=st.integers(1, 4), d=st.integers(1, 3))
def test_the_decks_formula_gives_the_size_torch_gives(n, f, p, s, d):
    text = deck_size_formula(n, f, padding=p, stride=s, dilation=d)
    if d * (f - 1) + 1 > n + 2 * p:
        assert "no output" in text
        return
    size = torch.nn.functional.conv2d(torch.zeros(1, 1, n, n), torch.zeros(1, 1, f, f), stride=s, padding=p,
                                      dilation=d).shape[-1]
    assert size == output_size(n, f, padding=p, stride=s, dilation=d)
    assert text.split(" = ")[1].split(",")[0] == str(size)


def test_steps_and_convolution_show_the_decks_formula_with_the_dilated_form_beside_it():
    formula = build_steps(StepsSettings(image=np.zeros((7, 7)), dilation=2)).formula
    assert formula.startswith("output side = ⌊(7 + 2·0 − 5) / 1⌋ + 1 = 3") and "dilated form: ⌊(7" in formula
    assert "dilated" not in build_steps(StepsSettings()).formula
    from convviz.state.convolution import output_formulas

    height, width = output_formulas(ConvolutionSettings(padding_kind="valid", dilation=(2, 1)), (9, 9))
    assert height.startswith("⌊(9 + 2·0 − 5) / 1⌋ + 1 = 5") and "dilated form" in height
    assert width == "⌊(9 + 2·0 − 3) / 1⌋ + 1 = 7"


# --- a kernel's factor written apart ------------------------------------------------------------


def test_factors_are_read_exactly_and_bad_ones_refused():
    assert parse_scale("1/9") == Fraction(1, 9) and parse_scale(" 1 / 256 ") == Fraction(1, 256)
    assert parse_scale(0.5) == Fraction(1, 2) and parse_scale(2) == 2
    assert scale_text(Fraction(-1, 2)) == "−1/2"
    for bad, words in [("0", "not be 0"), ("abc", "written like"), (float("nan"), "finite"), (True, "number")]:
        with pytest.raises(ValueError, match=words):
            parse_scale(bad)
    assert np.array_equal(apply_scale(np.ones((3, 3)), Fraction(1, 9)), np.full((3, 3), 1 / 9))


def test_presets_keep_their_whole_cells_and_factor():
    blur = KERNEL_PRESETS["box_blur"]
    assert blur.scale == Fraction(1, 9) and blur.scale_text == "1/9" and np.array_equal(blur.cells, np.ones((3, 3)))
    for preset in KERNEL_PRESETS.values():
        np.testing.assert_allclose(apply_scale(preset.cells, preset.scale), preset.values, rtol=1e-6)


def test_lesson_16_keeps_its_kernel_whole_with_the_factor_apart():
    lesson = lesson_by_id("x-pattern-diagonal")
    cells, factors = lesson_kernel_cells(lesson)
    assert np.array_equal(cells[0, 0], X_KERNEL) and factors == (Fraction(1, 9),)
    steps = prepare_lesson(lesson).steps
    assert np.array_equal(steps.kernel, X_KERNEL) and steps.kernel_scale == Fraction(1, 9)
    built = build_steps(steps)
    np.testing.assert_allclose(built.values.reshape(7, 7), torch_conv(X9, X_KERNEL / 9), atol=1e-12)
    assert built.steps[0].total == 7 and built.expression(0).endswith("= 7 × 1/9 = 0.7778")


def test_a_lesson_file_may_write_the_factor_as_scale():
    base = {"schema": 1, "id": "own", "number": 90, "title": "Blur", "view": "steps", "explanation": "Blur.",
            "input": {"matrix": [[1, 2, 3], [4, 5, 6], [7, 8, 9]]}}
    lesson = lesson_from_dict({**base, "kernels": [{"matrix": [[1, 1], [1, 1]], "scale": "1/4"}]})
    assert lesson.kernels[0].factor == Fraction(1, 4)
    np.testing.assert_allclose(lesson.kernels[0].array(), np.full((2, 2), 0.25))
    for kernel, words in [({"matrix": [[1]], "scale": "1/4", "divisor": 4}, "both"),
                          ({"matrix": [[1]], "scale": "0"}, "not be 0"), ({"matrix": [[1]], "scale": [1]}, "factor")]:
        with pytest.raises(ValueError, match=words):
            lesson_from_dict({**base, "kernels": [kernel]})


def test_the_convolution_settings_keep_whole_cells_and_apply_the_factor():
    settings = ConvolutionSettings()
    heard = []
    settings.events.connect(lambda *_: heard.append((settings.kernel, settings.kernel_scale)))
    settings.apply_preset("box_blur")
    assert heard and all(k == ((1.0,) * 3,) * 3 and s == Fraction(1, 9) for k, s in heard)  # never half-changed
    settings.set_cell(1, 1, 2.0)  # a cell edit keeps the factor
    assert settings.kernel[1][1] == 2.0 and settings.scale_text == "1/9"
    picture = np.random.default_rng(1).random((9, 9), dtype=np.float32)
    request = resolve(settings, picture)
    np.testing.assert_allclose(request.kernel, np.array(settings.kernel) / 9, rtol=1e-7)
    maps, _ = run_pipeline(request)
    np.testing.assert_allclose(maps.conv.values, torch_conv(picture, np.array(settings.kernel) / 9, padding=1),
                               atol=1e-6)
    settings.randomise(seed=1)
    assert settings.scale_text == ""


def test_sessions_keep_the_factor_as_text_and_old_files_have_none():
    state = {"settings": {"image": VERTICAL_EDGE_6.tolist(), "kernel": X_KERNEL.tolist(), "stride": 1, "padding": 0,
                          "dilation": 1, "flip": False, "mode": "conv", "pool_size": 2}, "step": 0}
    assert check_steps_state(json.loads(json.dumps(state)))["settings"]["kernel_scale"] == "1"
    state["settings"]["kernel_scale"] = "1/9"
    assert check_steps_state(state)["settings"]["kernel_scale"] == "1/9"
    state["settings"]["kernel_scale"] = "zero"
    with pytest.raises(ValueError, match="kernel_scale"):
        check_steps_state(state)
    conv = {name: value for name, value in vars(ConvolutionSettings()).items() if not name.startswith("_")}
    conv.update(kernels=[list(map(list, k)) for k in conv["kernels"]], kernel_scale="1/16", pinned=None)
    checked = check_convolution_state({"settings": conv, "picture": None, "drawing": None})
    assert checked["settings"]["kernel_scale"] == "1/16"


# --- exported frames: input, kernel, output in the view's colours -------------------------------


def _fill(picture: Image.Image, box) -> tuple[int, int, int]:
    """A cell's fill: a pixel near its top-left corner, clear of the grid line and the number."""
    return picture.getpixel((box[0] + 3, box[1] + 3))[:3]


def test_frames_show_the_kernel_and_colour_by_kind_like_the_view():
    """All outputs positive, as the issue's Steps example: orange (positive), never one light blue."""
    image = np.arange(36, dtype=np.float64).reshape(6, 6)
    frames = StepFrames(conv_steps(image, np.ones((2, 2))), cell_px=32)
    assert frames.output_scale == "diverging" and frames.kernels is not None
    last = frames.frame(frames.count - 1)
    final = frames.final[0]
    expected = colors.colourise(final, "diverging", colors.levels_for("diverging", final))
    for r, c in [(0, 0), (2, 3), (4, 3)]:
        assert _fill(last, frames.output_box(0, r, c)) == tuple(expected[r, c])
        assert expected[r, c][0] > expected[r, c][2]  # orange-ish: positive
    weights = colors.colourise(np.ones((2, 2)), "diverging", colors.levels_for("diverging", np.ones((2, 2))))
    assert _fill(last, frames.kernel_box(0, 1, 1)) == tuple(weights[1, 1])
    edge = np.all(np.asarray(last) == CURRENT_EDGE, axis=-1)
    box = frames.output_box(0, 4, 4)
    assert edge[box[1] : box[3], box[0] : box[2]].any()  # the current cell is outlined, its colour kept


def test_frames_write_the_factor_apart_and_scale_the_sums(tmp_path):
    frames = StepFrames(conv_steps(X9, X_KERNEL), cell_px=24, kernel_scale="1/9")
    np.testing.assert_allclose(frames.final[0], torch_conv(X9, X_KERNEL / 9), atol=1e-12)
    assert frames._expression_lines(0)[-1] == "= 7 × 1/9 = 0.7778"
    path = export_steps_animation(conv_steps(X9, X_KERNEL), tmp_path / "x.gif", cell_px=20, kernel_scale="1/9")
    with Image.open(path) as gif:
        assert gif.n_frames == 49
    pool = StepFrames(pool_steps(np.arange(16.0).reshape(4, 4), 2), cell_px=20)
    assert pool.kernels is None and pool.output_scale == "diverging"
