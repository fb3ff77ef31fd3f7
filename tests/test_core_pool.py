"""pool2d equals torch's max_pool2d / avg_pool2d, reports the winning cells, refuses bad settings."""

from __future__ import annotations

import numpy as np
import pytest
import torch
import torch.nn.functional as F
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from convviz.core import pool2d, pool_steps


@st.composite
def pool_settings(draw):
    size = draw(st.sampled_from([1, 2, 3, (2, 3), (3, 2), 4]))
    kh, kw = (size, size) if isinstance(size, int) else size
    stride = draw(st.sampled_from([None, 1, 2, 3, (1, 2)]))
    padding = draw(st.sampled_from([0, 1, (1, 0), (0, 1), 2]))
    py, px = (padding, padding) if isinstance(padding, int) else padding
    assume(py <= kh // 2 and px <= kw // 2)
    height = draw(st.integers(max(1, kh - 2 * py), kh + 10))
    width = draw(st.integers(max(1, kw - 2 * px), kw + 10))
    channels = draw(st.sampled_from([None, 1, 3]))
    shape = (height, width) if channels is None else (channels, height, width)
    rng = np.random.default_rng(draw(st.integers(0, 2**32 - 1)))
    if draw(st.booleans()):
        x = rng.integers(-3, 4, size=shape).astype(np.float32)  # many ties
    else:
        x = rng.standard_normal(shape).astype(np.float32)
    return x, size, stride, padding


def torch_pool(x, size, stride, padding, mode):
    t = torch.from_numpy(x).reshape((1, -1) + x.shape[-2:])
    stride = size if stride is None else stride
    if mode == "max":
        out, flat = F.max_pool2d(t, size, stride, padding, return_indices=True)
        return out.reshape(out.shape[1:] if x.ndim == 3 else out.shape[2:]).numpy(), flat
    out = F.avg_pool2d(t, size, stride, padding, count_include_pad=True)
    return out.reshape(out.shape[1:] if x.ndim == 3 else out.shape[2:]).numpy(), None


@settings(max_examples=80, deadline=None)
@given(pool_settings(), st.sampled_from(["max", "avg"]))
def test_pool2d_equals_torch(case, mode):
    x, size, stride, padding = case
    ours, where = pool2d(x, size, stride=stride, padding=padding, mode=mode, return_indices=True)
    theirs, _ = torch_pool(x, size, stride, padding, mode)
    assert ours.shape == theirs.shape and ours.dtype == np.float32
    np.testing.assert_allclose(ours, theirs, rtol=1e-6, atol=1e-6)
    assert where.shape == ours.shape + (2,)
    rows, cols = where[..., 0], where[..., 1]
    assert (rows >= 0).all() and (rows < x.shape[-2]).all() and (cols >= 0).all() and (cols < x.shape[-1]).all()
    if mode == "max":
        # The reported cell holds the maximum (ties: any cell with that value is a true winner).
        x3 = x.reshape((-1,) + x.shape[-2:])
        channel = np.arange(x3.shape[0]).reshape((-1,) + (1,) * 2)
        picked = x3[channel, rows.reshape((x3.shape[0],) + ours.shape[-2:]), cols.reshape((x3.shape[0],) + ours.shape[-2:])]
        picked = picked.reshape(ours.shape)
        np.testing.assert_array_equal(picked, ours)


@settings(max_examples=40, deadline=None)
@given(pool_settings())
def test_max_winners_equal_torch_indices_without_ties(case):
    x, size, stride, padding = case
    x = x + np.random.default_rng(0).uniform(0, 1e-3, size=x.shape).astype(np.float32)  # break ties
    _, where = pool2d(x, size, stride=stride, padding=padding, return_indices=True)
    _, flat = torch_pool(x, size, stride, padding, "max")
    flat = flat.reshape(where.shape[:-1]).numpy()
    np.testing.assert_array_equal(where[..., 0] * x.shape[-1] + where[..., 1], flat)


@settings(max_examples=30, deadline=None)
@given(pool_settings(), st.sampled_from(["max", "avg"]))
def test_tensor_in_tensor_out(case, mode):
    x, size, stride, padding = case
    out, where = pool2d(torch.from_numpy(x), size, stride=stride, padding=padding, mode=mode, return_indices=True)
    assert isinstance(out, torch.Tensor) and isinstance(where, torch.Tensor)
    ours, ours_where = pool2d(x, size, stride=stride, padding=padding, mode=mode, return_indices=True)
    np.testing.assert_allclose(out.numpy(), ours, rtol=1e-6, atol=1e-6)
    assert tuple(where.shape) == ours_where.shape
    if mode == "max":
        values = torch.from_numpy(x).reshape(-1, x.shape[-2], x.shape[-1])
        w = where.reshape(values.shape[0], -1, 2)
        picked = torch.stack([values[c, w[c, :, 0], w[c, :, 1]] for c in range(values.shape[0])])
        np.testing.assert_array_equal(picked.reshape(out.shape).numpy(), ours)


@settings(max_examples=40, deadline=None)
@given(pool_settings())
def test_sum_pooling_is_torch_average_pooling_times_the_window(case):
    x, size, stride, padding = case
    kh, kw = (size, size) if isinstance(size, int) else size
    ours = pool2d(x, size, stride=stride, padding=padding, mode="sum")
    average, _ = torch_pool(x, size, stride, padding, "avg")
    np.testing.assert_allclose(ours, average * (kh * kw), rtol=1e-5, atol=1e-5)
    tensor = pool2d(torch.from_numpy(x), size, stride=stride, padding=padding, mode="sum")
    np.testing.assert_allclose(tensor.numpy(), ours, rtol=1e-5, atol=1e-5)
    steps = pool_steps(x, size, stride=stride, padding=padding, mode="sum")
    np.testing.assert_allclose(np.moveaxis(np.array([step.value for step in steps]), 0, -1).reshape(ours.shape),
                               ours, rtol=1e-5, atol=1e-5)


def test_sum_pooling_of_the_decks_4x4_map():
    x = [[1, 3, 2, 1], [3, 6, 8, 9], [8, 3, 3, 9], [4, 6, 8, 2]]
    assert pool2d(x, 2, mode="sum").tolist() == [[13, 20], [21, 22]]
    assert pool_steps(x, 2, mode="sum")[0].expression == "1 + 3 + 3 + 6 = 13"


def test_first_maximum_wins_ties():
    out, where = pool2d([[5, 5], [5, 5]], 2, return_indices=True)
    assert out.tolist() == [[5]] and where.tolist() == [[[0, 0]]]
    assert pool_steps([[5, 5], [5, 5]])[0].winner == (0, 0)


def test_stride_defaults_to_size_and_padding_never_wins():
    x = -np.arange(1, 10, dtype=np.float32).reshape(3, 3)  # all negative: −∞ padding must lose
    out, where = pool2d(x, 2, stride=1, padding=1, return_indices=True)
    assert out.shape == (4, 4)
    assert out[0, 0] == -1 and where[0, 0].tolist() == [0, 0]
    assert pool2d(np.ones((6, 6)), 3).shape == (2, 2)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        (dict(size=0), "pool size must be at least 1"),
        (dict(size=5), "the 5×5 pool window is bigger than the 4×4 (padded) feature map"),
        (dict(stride=0), "pool stride must be at least 1"),
        (dict(padding=-1), "pool padding must be 0 or more"),
        (dict(padding=2), "pool padding must be at most half the pool size"),
        (dict(padding="same"), "pool padding must be a number of cells"),
        (dict(mode="median"), "unknown pooling mode 'median'; choose one of max, avg, sum"),
        (dict(mode=None), "unknown pooling mode"),
    ],
)
def test_bad_pool_settings(kwargs, message):
    with pytest.raises(ValueError) as error:
        pool2d(np.ones((4, 4)), **{"size": 2, **kwargs})
    assert message in str(error.value)


def test_bad_pool_inputs():
    with pytest.raises(ValueError, match="empty"):
        pool2d(np.ones((0, 4)))
    with pytest.raises(ValueError, match="only numbers"):
        pool2d([["a"]])
    with pytest.raises(ValueError, match=r"\(H, W\) or \(C, H, W\)"):
        pool2d(np.ones(4))


@settings(max_examples=60, deadline=None)
@given(pool_settings(), st.sampled_from(["max", "avg"]), st.booleans())
def test_pooled_values_alone_equal_torch_nan_included(case, mode, with_nan):
    """Without return_indices pool2d takes its separable path; NaN must give NaN like torch."""
    x, size, stride, padding = case
    if with_nan:
        x = x.copy()
        x.reshape(-1)[:: max(1, x.size // 3)] = np.nan
    ours = pool2d(x, size, stride=stride, padding=padding, mode=mode)
    theirs, _ = torch_pool(x, size, stride, padding, mode)
    assert ours.shape == theirs.shape and ours.dtype == np.float32
    np.testing.assert_allclose(ours, theirs, rtol=1e-6, atol=1e-6)  # NaN where torch has NaN
    tensor_out = pool2d(torch.from_numpy(x), size, stride=stride, padding=padding, mode=mode)
    np.testing.assert_allclose(tensor_out.numpy(), theirs, rtol=1e-6, atol=1e-6)


def test_max_pool_follows_torch_on_nan_on_every_path():
    """A window holding NaN gives NaN; its reported cell is the last NaN, as in F.max_pool2d."""
    x = np.arange(36, dtype=np.float32).reshape(6, 6)
    x[0, 1] = np.nan  # window (0, 0): NaN beside larger numbers
    x[2, 2] = x[3, 3] = np.nan  # window (1, 1): two NaNs, the last one wins
    x[5, 5] = 100.0
    t = torch.from_numpy(x)[None, None]
    theirs, flat = F.max_pool2d(t, 2, 2, return_indices=True)
    theirs, flat = theirs[0, 0].numpy(), flat[0, 0].numpy()
    assert np.isnan(theirs[0, 0]) and np.isnan(theirs[1, 1]) and theirs[2, 2] == 100.0
    values_only = pool2d(x, 2)
    with_cells, where = pool2d(x, 2, return_indices=True)
    tensor_out, tensor_where = pool2d(torch.from_numpy(x), 2, return_indices=True)
    for ours in (values_only, with_cells, tensor_out.numpy(), pool2d(torch.from_numpy(x), 2).numpy()):
        np.testing.assert_array_equal(ours, theirs)  # equal NaN positions, equal numbers
    np.testing.assert_array_equal(where[..., 0] * 6 + where[..., 1], flat)
    np.testing.assert_array_equal(tensor_where[..., 0] * 6 + tensor_where[..., 1], flat)
    steps = pool_steps(x, 2)
    assert np.isnan(steps[0].value) and np.isnan(steps[4].value)
    assert steps[4].winner == (1, 1)  # the last NaN of the window, like torch
    avg = pool2d(x, 2, mode="avg")
    np.testing.assert_array_equal(np.isnan(avg), np.isnan(theirs))
