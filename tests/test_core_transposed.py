"""Transposed convolution, its stamp steps and its size formula, each checked against torch."""

from __future__ import annotations

import numpy as np
import pytest
import torch
import torch.nn.functional as F
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from convviz.core import (
    conv_transpose2d,
    transposed_output_size,
    transposed_output_size_formula,
    transposed_steps,
)


@st.composite
def transposed_settings(draw, channels=True):
    kh, kw = draw(st.integers(1, 4)), draw(st.integers(1, 4))
    stride = draw(st.sampled_from([1, 2, 3, (2, 1)]))
    dilation = draw(st.sampled_from([1, 2, (1, 2)]))
    padding = draw(st.sampled_from([0, 1, 2, (1, 0)]))
    sy, sx = (stride, stride) if isinstance(stride, int) else stride
    dy, dx = (dilation, dilation) if isinstance(dilation, int) else dilation
    output_padding = (draw(st.integers(0, max(sy, dy) - 1)), draw(st.integers(0, max(sx, dx) - 1)))
    height, width = draw(st.integers(1, 6)), draw(st.integers(1, 6))
    py, px = (padding, padding) if isinstance(padding, int) else padding
    assume((height - 1) * sy - 2 * py + dy * (kh - 1) + output_padding[0] + 1 >= 1)
    assume((width - 1) * sx - 2 * px + dx * (kw - 1) + output_padding[1] + 1 >= 1)
    rng = np.random.default_rng(draw(st.integers(0, 2**32 - 1)))
    c_in, c_out = (draw(st.integers(1, 3)), draw(st.integers(1, 3))) if channels else (1, 1)
    image = rng.integers(-5, 6, size=(c_in, height, width)).astype(np.float32)
    kernel = rng.integers(-3, 4, size=(c_in, c_out, kh, kw)).astype(np.float32)
    bias = draw(st.sampled_from([None, 1.5]))
    return dict(
        image=image, kernel=kernel, stride=stride, padding=padding, output_padding=output_padding,
        dilation=dilation, bias=bias,
    )


def torch_transposed(case):
    c_out = case["kernel"].shape[1]
    bias = None if case["bias"] is None else torch.full((c_out,), case["bias"])
    return F.conv_transpose2d(
        torch.from_numpy(case["image"])[None], torch.from_numpy(case["kernel"]), bias,
        stride=case["stride"], padding=case["padding"], output_padding=case["output_padding"],
        dilation=case["dilation"],
    )[0].numpy()


@settings(max_examples=80, deadline=None)
@given(transposed_settings())
def test_conv_transpose2d_equals_torch(case):
    expected = torch_transposed(case)
    out = conv_transpose2d(**case)
    assert out.shape == expected.shape and out.dtype == np.float32
    np.testing.assert_allclose(out, expected, rtol=1e-5, atol=1e-4)
    # the size formula gives the same shape, axis by axis
    kh, kw = case["kernel"].shape[-2:]
    pair = lambda v: (v, v) if isinstance(v, int) else v  # noqa: E731
    for axis, k in ((0, kh), (1, kw)):
        size = transposed_output_size(
            case["image"].shape[1 + axis], k, stride=pair(case["stride"])[axis], padding=pair(case["padding"])[axis],
            output_padding=case["output_padding"][axis], dilation=pair(case["dilation"])[axis],
        )
        assert size == expected.shape[1 + axis]


def test_a_tensor_in_gives_a_tensor_out_and_a_2d_picture_a_2d_map():
    image = torch.arange(6.0).reshape(2, 3)
    kernel = torch.tensor([[1.0, -1.0], [2.0, 0.5]])
    out = conv_transpose2d(image, kernel, stride=2)
    expected = F.conv_transpose2d(image[None, None], kernel[None, None], stride=2)[0, 0]
    assert isinstance(out, torch.Tensor) and out.shape == (4, 6)
    torch.testing.assert_close(out, expected)


@settings(max_examples=40, deadline=None)
@given(transposed_settings(channels=False))
def test_stamps_add_up_to_torch_and_each_step_adds_its_stamp(case):
    image, kernel = case["image"][0], case["kernel"][0, 0]
    options = {key: case[key] for key in ("stride", "padding", "output_padding", "dilation", "bias")}
    steps = transposed_steps(image, kernel, **options)
    expected = torch_transposed(case)[0]
    assert len(steps) == image.size and steps.output_shape == expected.shape
    np.testing.assert_allclose(steps[-1].partial, expected, rtol=1e-5, atol=1e-4)
    np.testing.assert_allclose(steps.result, expected, rtol=1e-5, atol=1e-4)
    bias = 0.0 if case["bias"] is None else case["bias"]
    before = np.full(expected.shape, bias, dtype=np.float32)
    coverage_before = np.zeros(expected.shape, dtype=np.int64)
    for step in steps:
        assert (step.in_row, step.in_col) == divmod(step.index, image.shape[1])
        np.testing.assert_array_equal(step.stamp, step.value * kernel)
        added = np.zeros(expected.shape, dtype=np.float32)
        reached = np.zeros(expected.shape, dtype=np.int64)
        for a, row in enumerate(step.rows):
            for b, col in enumerate(step.cols):
                assert step.inside[a, b] == (0 <= row < expected.shape[0] and 0 <= col < expected.shape[1])
                if step.inside[a, b]:
                    added[row, col] += step.stamp[a, b]
                    reached[row, col] += 1
        np.testing.assert_allclose(step.partial, before + added, rtol=1e-5, atol=1e-4)
        np.testing.assert_array_equal(step.coverage, coverage_before + reached)
        before, coverage_before = step.partial, step.coverage
    # each output cell is the sum of the stamps that reach it
    for row in range(expected.shape[0]):
        for col in range(expected.shape[1]):
            terms = steps.contributions(row, col)
            assert len(terms) == steps[-1].coverage[row, col]
            assert sum(v * w for _, _, v, w in terms) + bias == pytest.approx(float(expected[row, col]), abs=1e-3)


def test_the_overlap_of_two_stamps_reads_as_a_sum():
    steps = transposed_steps([[1.0, 3.0]], [[2.0, -1.0]], stride=1)
    assert steps.output_shape == (1, 3)
    assert steps[0].expression == "1 × kernel → output rows 0, columns 0 to 1"
    assert steps.cell_expression(0, 1) == "1×(−1) + 3×2 = 5"
    np.testing.assert_array_equal(steps.result, [[2.0, 5.0, -3.0]])
    assert steps[1].coverage.tolist() == [[1, 2, 1]]
    assert steps.cell_expression(0, 1, until=0) == "1×(−1) = −1"  # before the second stamp lands


def test_the_size_formula_fills_in_the_numbers():
    assert transposed_output_size_formula(4, 3, stride=2, padding=1, output_padding=1) == (
        "(4 \u2212 1)·2 \u2212 2·1 + 1·(3 \u2212 1) + 1 + 1 = 8"
    )
    assert transposed_output_size(4, 3, stride=2, padding=1, output_padding=1) == 8
    assert "no output" in transposed_output_size_formula(1, 1, padding=1)


@pytest.mark.parametrize(
    "call, words",
    [
        (lambda: conv_transpose2d(np.ones((3, 3)), np.ones((3, 3)), stride=2, output_padding=2),
         "smaller than the stride"),
        (lambda: conv_transpose2d(np.ones((1, 1)), np.ones((1, 1)), padding=1), "cuts away the whole output"),
        (lambda: conv_transpose2d(np.ones((2, 3, 3)), np.ones((3, 3))), "single grid"),
        (lambda: conv_transpose2d(np.ones((2, 3, 3)), np.ones((3, 1, 2, 2))), "channel mismatch"),
        (lambda: conv_transpose2d(np.ones((3, 3)), np.ones((1, 2, 2))), "(C_in, C_out, kh, kw)"),
        (lambda: conv_transpose2d(np.ones((3, 3)), np.ones((2, 2)), padding="same"), "belong to ordinary convolution"),
        (lambda: conv_transpose2d(np.ones((3, 3)), np.ones((2, 2)), stride=0), "stride must be at least 1"),
        (lambda: conv_transpose2d(np.ones((3, 3)), np.ones((2, 2)), padding=-1), "cannot be negative"),
        (lambda: conv_transpose2d([["a"]], np.ones((2, 2))), "only numbers"),
        (lambda: conv_transpose2d(np.ones((3, 3)), [[np.nan]]), "NaN"),
        (lambda: conv_transpose2d(np.ones((3, 3)), np.ones((1, 2, 2, 2)), bias=[1, 2, 3]),
         "one value per output channel"),
        (lambda: transposed_steps(np.ones((2, 3, 3)), np.ones((2, 1, 2, 2))), "follow one channel"),
        (lambda: transposed_output_size(3, 3, output_padding=1), "smaller than the stride"),
        (lambda: transposed_output_size(0, 3), "input size must be at least 1"),
    ],
)
def test_bad_settings_are_explained(call, words):
    with pytest.raises(ValueError, match=None) as error:
        call()
    assert words in str(error.value)
