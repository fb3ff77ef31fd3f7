"""The Steps view's colour example as plain data: channels, a bank of filters and their biases, against torch."""

from __future__ import annotations

import warnings

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


@pytest.mark.parametrize("padding", [(1, 0), (0, 2), (2, 1), "same", "valid", 1])
@pytest.mark.parametrize("kernel_side", [2, 3])
def test_per_axis_and_same_padding_give_torchs_map(padding, kernel_side):
    kernel = BANK[:, :, :kernel_side, :kernel_side]
    pads = {"same": None, "valid": (0, 0, 0, 0)}.get(padding) if isinstance(padding, str) else None
    settings = StepsSettings(image=RGB, kernel=kernel, filter_index=2, padding=padding)
    built = build_steps(settings)
    x = torch.tensor(RGB)[None]
    if isinstance(padding, str):
        with warnings.catch_warnings():  # torch warns that an even kernel makes it copy the input
            warnings.simplefilter("ignore", UserWarning)
            truth = F.conv2d(x, torch.tensor(kernel), padding=padding)[0, 2].numpy()
    else:
        rows, cols = (padding, padding) if isinstance(padding, int) else padding
        pads = (rows, rows, cols, cols)
        truth = F.conv2d(x, torch.tensor(kernel), padding=(rows, cols))[0, 2].numpy()
    np.testing.assert_allclose(built.values.reshape(built.output_shape), truth)
    if pads is not None:
        assert settings.pads == pads
    if padding == "same":
        assert built.output_shape == (6, 6)
        assert settings.pads == ((0, 1, 0, 1) if kernel_side == 2 else (1, 1, 1, 1))  # torch pads the far side
        assert "“same” padding" in settings.padding_text


def test_a_grey_example_takes_per_axis_padding_and_writes_each_axis_formula():
    settings = StepsSettings(padding=(1, 2))
    assert settings.padding_text == "padded by 1 row and 2 columns"
    built = build_steps(settings)
    assert built.output_shape == (6, 8)
    assert built.formula == "output rows = ⌊(6 + 2·1 − 3) / 1⌋ + 1 = 6\noutput columns = ⌊(6 + 2·2 − 3) / 1⌋ + 1 = 8"
    uneven = build_steps(StepsSettings(kernel=np.ones((2, 2)), padding="same"))
    assert uneven.formula == "output side = ⌊(6 + 0 + 1 − 2) / 1⌋ + 1 = 6"  # "same" pads the far side only
    assert StepsSettings(padding=(2, 2)).padding == 2  # equal on both axes reads as one number


@pytest.mark.parametrize(("padding", "words"), [((8, 0), "padding"), ("full", "unknown"), ((1, 2, 3), "two")])
def test_bad_padding_is_refused_with_a_sentence(padding, words):
    with pytest.raises(ValueError, match=words):
        StepsSettings(padding=padding)


def test_same_padding_is_for_convolutions_only():
    with pytest.raises(ValueError, match="pooling takes a number"):
        StepsSettings(mode="max", padding="same")
