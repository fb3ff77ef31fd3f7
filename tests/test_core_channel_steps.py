"""Multi-channel steps: each channel's sum and the total with the bias, against torch's conv2d."""

from __future__ import annotations

import numpy as np
import torch
import torch.nn.functional as F
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from convviz.core import conv_steps, resolve_padding


def _torch_conv(image, kernel, bias, *, stride, padding, dilation):
    """torch's answer for a (C, H, W) image and one (C, kh, kw) kernel; padding as (top, bottom, left, right)."""
    top, bottom, left, right = padding
    x = F.pad(torch.tensor(image, dtype=torch.float64)[None], (left, right, top, bottom))
    w = torch.tensor(kernel, dtype=torch.float64)[None]
    b = torch.tensor([bias], dtype=torch.float64)
    return F.conv2d(x, w, b, stride=stride, dilation=dilation)[0, 0].numpy()


@st.composite
def channel_cases(draw):
    channels = draw(st.integers(1, 3))
    kh, kw = draw(st.integers(1, 3)), draw(st.integers(1, 3))
    stride = draw(st.sampled_from([1, 2, (1, 2), (2, 1)]))
    dilation = draw(st.sampled_from([1, 2, (2, 1)]))
    padding = draw(st.sampled_from([0, 1, (1, 0), (0, 2), "same", "valid"]))
    height, width = draw(st.integers(1, 7)), draw(st.integers(1, 7))
    dil = dilation if isinstance(dilation, tuple) else (dilation, dilation)
    strides = stride if isinstance(stride, tuple) else (stride, stride)
    assume(padding != "same" or strides == (1, 1))
    pads = resolve_padding(padding, (kh, kw), dil, strides)
    assume(height + pads[0] + pads[1] >= dil[0] * (kh - 1) + 1)
    assume(width + pads[2] + pads[3] >= dil[1] * (kw - 1) + 1)
    rng = np.random.default_rng(draw(st.integers(0, 2**32 - 1)))
    image = rng.integers(0, 11, size=(channels, height, width)).astype(np.float64)
    kernel = rng.integers(-2, 3, size=(channels, kh, kw)).astype(np.float64)
    bias = draw(st.sampled_from([0.0, 1.0, -2.5]))
    return dict(image=image, kernel=kernel, bias=bias, stride=strides, dilation=dil, padding=padding, pads=pads)


@settings(max_examples=60, deadline=None)
@given(channel_cases())
def test_channel_sums_and_total_equal_torch(case):
    steps = conv_steps(case["image"], case["kernel"], stride=case["stride"], padding=case["padding"],
                       dilation=case["dilation"], bias=case["bias"])
    total = _torch_conv(case["image"], case["kernel"], case["bias"], stride=case["stride"],
                        padding=case["pads"], dilation=case["dilation"])
    per_channel = [
        _torch_conv(case["image"][c : c + 1], case["kernel"][c : c + 1], 0.0, stride=case["stride"],
                    padding=case["pads"], dilation=case["dilation"])
        for c in range(len(case["image"]))
    ]
    assert steps.output_shape == total.shape
    for step in steps:
        cell = (step.out_row, step.out_col)
        np.testing.assert_allclose(step.channel_sums, [m[cell] for m in per_channel], atol=1e-4)
        assert abs(step.total - total[cell]) < 1e-4
        assert abs(step.channel_sums.sum() + step.bias - total[cell]) < 1e-4
        assert len(step.channel_expressions) == len(case["image"])


def test_the_decks_colour_example_adds_the_channels_then_the_bias():
    red = np.tile([10, 10, 10, 0, 0, 0], (6, 1)).astype(float)
    green = np.tile([0, 0, 0, 0, 10, 10], (6, 1)).astype(float)
    blue = np.repeat([[10.0], [10.0], [10.0], [0.0], [0.0], [0.0]], 6, axis=1)
    image = np.stack([red, green, blue])
    kernel = np.stack([np.tile([1.0, 0.0, -1.0], (3, 1))] * 3)
    step = conv_steps(image, kernel, bias=1.0)[1]  # output row 1, column 2
    assert list(step.channel_sums) == [30.0, 0.0, 0.0]
    assert step.channel_expressions[0] == "10×1 + 10×0 + 0×(−1) + 10×1 + 10×0 + 0×(−1) + 10×1 + 10×0 + 0×(−1) = 30"
    assert step.sum_expression == "30 + 0 + 0 + 1 (bias) = 31"
    torch_cell = _torch_conv(image, kernel, 1.0, stride=(1, 1), padding=(0, 0, 0, 0), dilation=(1, 1))[0, 1]
    assert step.total == torch_cell == 31.0
