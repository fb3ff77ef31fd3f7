"""The Steps view's colour example as plain data: channels, a bank of filters and their biases, against torch."""

from __future__ import annotations

import numpy as np
import pytest
import torch
import torch.nn.functional as F

from convviz.state.steps import StepsSettings, StepsState, build_steps

RGB = np.stack([
    np.tile([10, 10, 10, 0, 0, 0], (6, 1)),
    np.tile([0, 0, 0, 0, 10, 10], (6, 1)),
    np.repeat([[10], [10], [10], [0], [0], [0]], 6, axis=1),
]).astype(float)
VERTICAL = np.tile([1.0, 0.0, -1.0], (3, 1))
BANK = np.stack([
    np.stack([VERTICAL, np.zeros((3, 3)), np.zeros((3, 3))]),
    np.stack([VERTICAL] * 3),
    np.stack([VERTICAL.T] * 3),
])


def _torch(image, bank, bias, **options):
    out = F.conv2d(torch.tensor(image)[None], torch.tensor(bank), torch.tensor(bias, dtype=torch.float64), **options)
    return out[0].numpy()


@pytest.mark.parametrize("options", [{}, {"stride": 2}, {"padding": 1}, {"dilation": 2}, {"stride": 2, "padding": 2}])
def test_every_filter_of_the_bank_steps_to_torchs_map_with_its_bias(options):
    bias = (1.0, -2.0, 0.5)
    truth = _torch(RGB, BANK, bias, **options)
    for index in range(3):
        settings = StepsSettings(image=RGB, kernel=BANK, bias=bias, filter_index=index, **options)
        built = build_steps(settings)
        assert built.problem is None
        np.testing.assert_allclose(built.values.reshape(built.output_shape), truth[index], atol=1e-6)
        for step in built.steps:
            assert step.bias == bias[index]
            assert step.channel_sums.sum() + bias[index] == pytest.approx(step.total)


def test_one_three_channel_kernel_without_bias_is_the_decks_4x4_map():
    built = build_steps(StepsSettings(image=RGB, kernel=BANK[1]))
    np.testing.assert_array_equal(built.values.reshape(4, 4), [[0, 30, 0, -30]] * 4)


@pytest.mark.parametrize(
    ("changes", "words"),
    [
        ({"kernel": VERTICAL}, "one slice per channel"),
        ({"kernel": BANK[:, :2]}, "must be equal"),
        ({"bias": (1.0, 2.0)}, "one per filter"),
        ({"filter_index": 3}, "does not exist"),
        ({"mode": "max"}, "one grid at a time"),
        ({"bias": (float("nan"),) * 3}, "finite"),
        ({"image": np.zeros((5, 4, 4)), "kernel": np.zeros((5, 3, 3))}, "at most 4"),
    ],
)
def test_bad_colour_settings_are_refused_with_a_sentence(changes, words):
    fields = {"image": RGB, "kernel": BANK, "bias": (0.0, 0.0, 0.0), **changes}
    with pytest.raises(ValueError, match=words):
        StepsSettings(**fields)


def test_editing_and_resizing_keep_every_channel():
    state = StepsState(StepsSettings(image=RGB, kernel=BANK, filter_index=1), seed=1)
    assert state.set_cell(0, 5, 7.0, channel=2)
    assert state.settings.image[2, 0, 5] == 7.0 and state.settings.image[0, 0, 5] == 0.0
    assert state.set_kernel_cell(1, 1, 4.0, channel=0)
    assert state.settings.kernel[1, 0, 1, 1] == 4.0 and state.settings.kernel[0, 0, 1, 1] == 0.0
    state.apply({"input_shape": (5, 7), "kernel_shape": (2, 2)})
    assert state.settings.image.shape == (3, 5, 7) and state.settings.kernel.shape == (3, 3, 2, 2)
    edited = RGB.copy()
    edited[2, 0, 5] = 7.0
    np.testing.assert_array_equal(state.settings.image[:, :5, :6], edited[:, :5, :6])
    np.testing.assert_array_equal(state.settings.kernel[0, 0], VERTICAL[:2, :2])
