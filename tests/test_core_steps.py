"""The lazy sliding-window steps: every number a student sees, equal to conv2d / pool2d."""

from __future__ import annotations

import time

import numpy as np
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from convviz.core import ConvStep, PoolStep, conv2d, conv_steps, pool2d, pool_steps, resolve_padding


@st.composite
def step_settings(draw):
    kh, kw = draw(st.integers(1, 4)), draw(st.integers(1, 4))
    stride = draw(st.sampled_from([1, 2, (1, 2)]))
    dilation = draw(st.sampled_from([1, 2]))
    padding = draw(st.sampled_from([0, 1, 2, "same", (1, 0)]))
    channels = draw(st.sampled_from([None, 2]))
    height, width = draw(st.integers(1, 8)), draw(st.integers(1, 8))
    top, bottom, left, right = resolve_padding(padding, (kh, kw), dilation)
    assume(height + top + bottom >= dilation * (kh - 1) + 1 and width + left + right >= dilation * (kw - 1) + 1)
    rng = np.random.default_rng(draw(st.integers(0, 2**32 - 1)))
    shape = (height, width) if channels is None else (channels, height, width)
    image = rng.integers(-5, 6, size=shape).astype(np.float32)
    kernel = rng.integers(-2, 3, size=(kh, kw) if channels is None else (channels, kh, kw)).astype(np.float32)
    return dict(
        image=image, kernel=kernel, stride=stride, padding=padding, dilation=dilation,
        flip=draw(st.booleans()), bias=draw(st.sampled_from([None, 1.5])),
    )


@settings(max_examples=60, deadline=None)
@given(step_settings())
def test_conv_step_totals_equal_conv2d(case):
    steps = conv_steps(**case)
    out = conv2d(**case)
    assert steps.output_shape == out.shape
    assert len(steps) == out.size
    totals = np.array([step.total for step in steps]).reshape(out.shape)
    np.testing.assert_allclose(totals, out, rtol=1e-6, atol=1e-5)
    top, bottom, left, right = steps.pads
    height, width = case["image"].shape[-2:]
    assert steps.padded.shape[-2:] == (height + top + bottom, width + left + right)
    for step in steps:
        assert step.window.shape == steps.kernel.shape == step.products.shape == step.is_padding.shape
        np.testing.assert_array_equal(step.products, step.window * step.weights)
        # The window really is the padded input at rows × cols, and padding cells are exactly the padded ring.
        np.testing.assert_array_equal(step.window, steps.padded[..., list(step.rows), :][..., list(step.cols)])
        rows = np.array(step.rows)[:, None]
        cols = np.array(step.cols)[None, :]
        inside = (rows >= top) & (rows < top + height) & (cols >= left) & (cols < left + width)
        np.testing.assert_array_equal(step.is_padding[..., :, :] if step.is_padding.ndim == 2 else step.is_padding[0], ~inside)
        assert step.total == pytest.approx(float(step.products.sum()) + step.bias, abs=1e-4)


def test_steps_are_lazy_on_a_huge_picture():
    image = np.zeros((4096, 4096), dtype=np.float32)
    start = time.perf_counter()
    steps = conv_steps(image, np.ones((3, 3)), padding=1)
    assert len(steps) == 4096 * 4096
    last = steps[-1]
    middle = steps[len(steps) // 2]
    assert time.perf_counter() - start < 5  # building 16 million steps would take minutes
    assert (last.out_row, last.out_col) == (4095, 4095)
    assert (middle.out_row, middle.out_col) == (2048, 0)
    assert last.is_padding[:, 2].all() and last.is_padding[2, :].all() and not last.is_padding[1, 1]


def test_indexing_like_a_sequence():
    steps = conv_steps(np.arange(16).reshape(4, 4), np.ones((2, 2)), stride=2)
    assert len(steps) == 4
    assert steps[-1].index == 3 and steps[-4].index == 0
    assert [s.index for s in steps[1:3]] == [1, 2]
    assert [s.index for s in steps] == [0, 1, 2, 3]
    assert steps.index_of(1, 0) == 2
    with pytest.raises(IndexError, match="out of range; there are 4 steps"):
        steps[4]
    with pytest.raises(IndexError):
        steps[-5]
    with pytest.raises(TypeError):
        steps["1"]
    with pytest.raises(IndexError):
        steps.index_of(2, 0)


def test_conv_step_fields_for_the_first_window():
    image = np.arange(1, 10, dtype=np.float32).reshape(3, 3)
    step = conv_steps(image, [[1, 0], [0, -1]], padding=1, bias=0.5)[0]
    assert isinstance(step, ConvStep)
    assert (step.index, step.out_row, step.out_col, step.rows, step.cols) == (0, 0, 0, (0, 1), (0, 1))
    np.testing.assert_array_equal(step.window, [[0, 0], [0, 1]])
    np.testing.assert_array_equal(step.is_padding, [[True, True], [True, False]])
    assert step.total == -0.5
    assert step.expression == "0×1 + 0×0 + 0×0 + 1×(−1) + 0.5 (bias) = −0.5"
    with pytest.raises(Exception):
        step.total = 3  # frozen


def test_flip_steps_show_the_kernel_as_applied():
    steps = conv_steps(np.ones((3, 3)), [[1, 2], [3, 4]], flip=True)
    np.testing.assert_array_equal(steps.kernel, [[4, 3], [2, 1]])
    np.testing.assert_array_equal(steps[0].weights, [[4, 3], [2, 1]])


def test_expression_number_format():
    step = conv_steps(np.full((1, 1), 0.2, dtype=np.float32), [[0.1]])[0]
    assert step.expression == "0.2×0.1 = 0.02"
    step = conv_steps([[1 / 3]], [[-1]])[0]
    assert step.expression == "0.3333×(−1) = −0.3333"


def test_multi_filter_kernels_are_refused_for_steps():
    with pytest.raises(ValueError, match="steps follow one filter at a time"):
        conv_steps(np.ones((4, 4)), np.ones((2, 1, 3, 3)))
    assert len(conv_steps(np.ones((4, 4)), np.ones((1, 1, 3, 3)))) == 4


@settings(max_examples=60, deadline=None)
@given(
    st.integers(1, 3), st.sampled_from([None, 1, 2]), st.sampled_from([0, 1]), st.sampled_from(["max", "avg"]),
    st.integers(2, 7), st.integers(2, 7), st.integers(0, 2**32 - 1),
)
def test_pool_steps_equal_pool2d(size, stride, padding, mode, height, width, seed):
    assume(padding <= size // 2 and size <= min(height, width) + 2 * padding)
    x = np.random.default_rng(seed).integers(0, 9, size=(height, width)).astype(np.float32)
    steps = pool_steps(x, size, stride=stride, padding=padding, mode=mode)
    out, where = pool2d(x, size, stride=stride, padding=padding, mode=mode, return_indices=True)
    assert steps.output_shape == out.shape and len(steps) == out.size
    for step in steps:
        assert isinstance(step, PoolStep)
        assert step.value == pytest.approx(float(out[step.out_row, step.out_col]), abs=1e-6)
        if mode == "max":
            r, c = step.winner
            assert step.window[r, c] == step.value
            assert not step.is_padding[r, c]
            assert (step.rows[r] - padding, step.cols[c] - padding) == tuple(where[step.out_row, step.out_col])
        else:
            assert step.winner is None


def test_pool_step_padding_cells_and_expression():
    steps = pool_steps(np.array([[1.0, 2.0], [3.0, 4.0]]), 2, stride=1, padding=1)
    first = steps[0]
    np.testing.assert_array_equal(first.is_padding, [[True, True], [True, False]])
    assert first.expression == "max(1) = 1"
    avg = pool_steps(np.array([[1.0, 2.0], [3.0, 4.0]]), 2, stride=1, padding=1, mode="avg")[0]
    assert avg.expression == "(0 + 0 + 0 + 1) / 4 = 0.25"


def test_pool_steps_on_a_stack_give_one_value_per_channel():
    x = np.stack([np.arange(16).reshape(4, 4), -np.arange(16).reshape(4, 4)]).astype(np.float32)
    step = pool_steps(x, 2)[0]
    np.testing.assert_array_equal(step.value, [5, 0])
    assert step.window.shape == (2, 2, 2)
