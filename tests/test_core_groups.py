"""Grouped, depthwise and 1×1 convolution through conv2d, checked against F.conv2d(groups=)."""

from __future__ import annotations

import numpy as np
import pytest
import torch
import torch.nn.functional as F
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from convviz.core import conv2d
from convviz.core.conv import ENGINES


@st.composite
def grouped_settings(draw):
    groups = draw(st.integers(1, 4))
    per_group = draw(st.integers(1, 2))
    filters_per_group = draw(st.integers(1, 2))
    kh, kw = draw(st.integers(1, 3)), draw(st.integers(1, 3))
    stride = draw(st.sampled_from([1, 2, (1, 2)]))
    dilation = draw(st.sampled_from([1, 2]))
    padding = draw(st.sampled_from([0, 1, (1, 0)]))
    height, width = draw(st.integers(1, 7)), draw(st.integers(1, 7))
    py, px = (padding, padding) if isinstance(padding, int) else padding
    assume(height + 2 * py >= dilation * (kh - 1) + 1 and width + 2 * px >= dilation * (kw - 1) + 1)
    rng = np.random.default_rng(draw(st.integers(0, 2**32 - 1)))
    image = rng.integers(-5, 6, size=(groups * per_group, height, width)).astype(np.float32)
    kernel = rng.integers(-3, 4, size=(groups * filters_per_group, per_group, kh, kw)).astype(np.float32)
    bias = draw(st.sampled_from([None, 0.5]))
    return dict(image=image, kernel=kernel, stride=stride, padding=padding, dilation=dilation, bias=bias, groups=groups)


def torch_grouped(case):
    bias = None if case["bias"] is None else torch.full((case["kernel"].shape[0],), case["bias"])
    return F.conv2d(
        torch.from_numpy(case["image"])[None], torch.from_numpy(case["kernel"]), bias, stride=case["stride"],
        padding=case["padding"], dilation=case["dilation"], groups=case["groups"],
    )[0].numpy()


@settings(max_examples=80, deadline=None)
@given(grouped_settings(), st.sampled_from(ENGINES))
def test_grouped_conv2d_equals_torch_on_every_engine(case, engine):
    expected = torch_grouped(case)
    out = conv2d(**case, engine=engine)
    assert out.shape == expected.shape
    np.testing.assert_allclose(out, expected, rtol=1e-5, atol=1e-4)


def test_depthwise_gives_one_map_per_channel_from_that_channel_alone():
    rng = np.random.default_rng(0)
    rgb = rng.random((3, 6, 6)).astype(np.float32)
    kernel = rng.standard_normal((3, 1, 3, 3)).astype(np.float32)
    out = conv2d(rgb, kernel, groups=3, padding=1)
    assert out.shape == (3, 6, 6)
    for channel in range(3):
        np.testing.assert_allclose(out[channel], conv2d(rgb[channel], kernel[channel, 0], padding=1), atol=1e-5)
    torch_out = conv2d(torch.from_numpy(rgb), kernel, groups=3, padding=1)
    assert isinstance(torch_out, torch.Tensor)
    np.testing.assert_allclose(torch_out.numpy(), out, atol=1e-5)


def test_one_by_one_mixes_channels_at_each_pixel():
    rgb = np.random.default_rng(1).random((3, 4, 5)).astype(np.float32)
    weights = np.array([[0.299, 0.587, 0.114], [1.0, -1.0, 0.0]], dtype=np.float32)
    out = conv2d(rgb, weights[:, :, None, None])
    np.testing.assert_allclose(out, np.einsum("fc,chw->fhw", weights, rgb), atol=1e-6)
    expected = F.conv2d(torch.from_numpy(rgb)[None], torch.from_numpy(weights[:, :, None, None]))[0].numpy()
    np.testing.assert_allclose(out, expected, atol=1e-6)


@pytest.mark.parametrize(
    "image_shape, kernel_shape, groups, words",
    [
        ((3, 5, 5), (3, 1, 3, 3), 2, "cannot be split into 2 equal groups"),
        ((4, 5, 5), (3, 2, 3, 3), 2, "multiple of groups"),
        ((4, 5, 5), (4, 4, 3, 3), 2, "its shape must be (4, 2, kh, kw)"),
        ((4, 5, 5), (4, 1, 3, 3), 0, "groups must be at least 1"),
        ((5, 5), (1, 1, 3, 3), 2, "(C, H, W) picture"),
        ((4, 5, 5), (4, 3, 3), 2, "(N, C/groups, kh, kw)"),
        ((4, 5, 5), (4, 2, 3, 3), "two", "groups must be a whole number"),
    ],
)
def test_bad_groups_are_explained(image_shape, kernel_shape, groups, words):
    with pytest.raises(ValueError) as error:
        conv2d(np.ones(image_shape, dtype=np.float32), np.ones(kernel_shape, dtype=np.float32), groups=groups)
    assert words in str(error.value)
