"""The convolution view's Qt-free half: settings, the resolve step, the compute stages, the torch check."""

from __future__ import annotations

import numpy as np
import pytest
import torch
import torch.nn.functional as F

from convviz.core import KERNEL_PRESETS
from convviz.state import colors
from convviz.state.convolution import (
    ConvolutionSettings,
    NoOutput,
    receptive_field,
    resolve,
)
from convviz.state.convolution_run import (
    CHECK_MAX_SIDE,
    check_window,
    map_image,
    run_pipeline,
    torch_call_lines,
    torch_check,
)


def reference(image, kernel, **kwargs):
    x = torch.from_numpy(np.asarray(image, np.float32)).reshape(1, -1, *image.shape[-2:])
    w = torch.from_numpy(np.array(kernel, np.float32)).reshape(1, x.shape[1], *np.shape(kernel)[-2:])
    return F.conv2d(x, w, **kwargs)[0, 0].numpy()


def test_settings_emit_only_real_changes():
    settings = ConvolutionSettings()
    seen = []
    settings.events.connect(lambda info: seen.append(info.signal.name))
    settings.stride = (1, 1)
    settings.flip = False
    assert seen == []
    settings.set_cell(0, 0, 5.0)
    assert seen == ["kernels", "preset"] and settings.preset == ""


def test_resize_keeps_the_kernel_centred_and_rectangular_sizes_work():
    settings = ConvolutionSettings()
    settings.resize_kernel(5, 3)
    kernel = np.array(settings.kernel)
    assert kernel.shape == (5, 3)
    np.testing.assert_array_equal(kernel[1:4], KERNEL_PRESETS["sobel_x"].values)
    assert kernel[0].tolist() == [0, 0, 0] and kernel[4].tolist() == [0, 0, 0]
    with pytest.raises(ValueError, match="1 to 11"):
        settings.resize_kernel(12, 3)


def test_rgb_channels_link_and_unlink():
    settings = ConvolutionSettings(mode="rgb")
    settings.set_link_channels(False)
    settings.edit_channel = 1
    settings.apply_preset("box_blur")
    assert settings.kernels[0] == settings.kernels[2] != settings.kernels[1]
    settings.resize_kernel(5, 5)  # one filter: every channel takes the new size
    assert {np.shape(k) for k in settings.kernels} == {(5, 5)}
    settings.set_link_channels(True)
    assert settings.kernels[0] == settings.kernels[1] == settings.kernels[2]


def test_randomise_is_small_whole_numbers_and_normalise_sums_to_one():
    settings = ConvolutionSettings()
    settings.randomise(seed=3)
    values = np.array(settings.kernel)
    assert values.shape == (3, 3) and set(values.ravel()) <= set(range(-3, 4))
    settings.set_kernel([[1, 2], [3, 4]])
    settings.normalise()  # whole cells stay whole; the factor 1/10 is written apart, as the decks write a blur
    assert np.isclose(np.sum(settings.applied_kernel), 1.0)
    assert settings.kernel == ((1.0, 2.0), (3.0, 4.0)) and settings.scale_text == "1/10"
    settings.set_kernel([[0.5, 1.5], [1.0, 1.0]])
    settings.normalise()  # cells that are not whole are divided by their sum
    assert np.isclose(np.sum(settings.kernel), 1.0) and settings.scale_text == ""
    settings.apply_preset("laplacian")
    with pytest.raises(ValueError, match="sum to 0"):
        settings.normalise()


@pytest.mark.parametrize(
    "changes, size",
    [
        (dict(padding_kind="valid"), (10, 12)),
        (dict(padding_kind="same"), (12, 14)),
        (dict(padding_kind="same", stride=(2, 3)), (6, 5)),
        (dict(padding_kind="custom", padding=(2, 0), dilation=(2, 1)), (12, 12)),
    ],
)
def test_resolve_gives_the_output_size_torch_gives(changes, size):
    image = np.random.default_rng(0).random((12, 14), dtype=np.float32)
    settings = ConvolutionSettings(**changes)
    request = resolve(settings, image)
    assert request.output_size == size
    maps, details = run_pipeline(request)
    assert maps.conv.values.shape == size
    padding = {"valid": "valid", "same": None, "custom": settings.padding}[settings.padding_kind]
    if padding is None:  # torch refuses padding="same" with a stride: pad the same cells by hand
        t, b, l, r = request.pads
        expected = reference(np.pad(image, ((t, b), (l, r))), settings.kernel, stride=settings.stride)
    else:
        expected = reference(image, settings.kernel, padding=padding, stride=settings.stride,
                             dilation=settings.dilation)
    np.testing.assert_allclose(maps.conv.values, expected, atol=1e-5)
    np.testing.assert_allclose(details.activated.values, np.maximum(expected, 0), atol=1e-6)


def test_no_output_says_why_and_pool_problems_are_separate():
    image = np.zeros((5, 5), np.float32)
    settings = ConvolutionSettings(padding_kind="valid")
    settings.resize_kernel(7, 7)
    with pytest.raises(NoOutput, match="7×7 kernel.*5-cell"):
        resolve(settings, image)
    settings.resize_kernel(3, 3)
    settings.pool_size = 4
    request = resolve(settings, image)
    assert request.output_size == (3, 3)
    assert "4×4 pool window is bigger than the 3×3 feature map" in request.pool_problem
    settings.padding_kind, settings.padding, settings.padding_mode = "custom", (5, 5), "reflect"
    with pytest.raises(NoOutput, match="reflect padding"):
        resolve(settings, image)


def test_receptive_field_counts_padding_strides_and_dilation():
    cells = receptive_field((1, 2), (2, 3), stride=(2, 2), pads=(1, 1, 1, 1), dilation=(1, 2))
    assert cells == [(1, 3), (1, 5), (1, 7), (2, 3), (2, 5), (2, 7)]
    assert receptive_field((0, 0), (3, 3), (1, 1), (1, 1, 1, 1), (1, 1))[0] == (-1, -1)


def test_pinned_arithmetic_is_the_true_sum_per_channel():
    rng = np.random.default_rng(1)
    image = rng.integers(0, 4, size=(3, 6, 6)).astype(np.float32)
    settings = ConvolutionSettings(mode="rgb", padding_kind="valid", activation="tanh", pinned=(2, 3))
    request = resolve(settings, image)
    maps, details = run_pipeline(request)
    pinned = details.pinned
    kernel = np.array(KERNEL_PRESETS["sobel_x"].values)
    sums = [float((image[c, 2:5, 3:6] * kernel).sum()) for c in range(3)]
    assert [total for _, _, total in pinned.lines] == pytest.approx(sums)
    assert [label for label, _, _ in pinned.lines] == ["R", "G", "B"]
    assert pinned.total == pytest.approx(sum(sums))
    assert pinned.activated == pytest.approx(np.tanh(sum(sums)), abs=1e-6)
    assert pinned.pooled_cell == (1, 1)


def test_signed_maps_are_centred_on_zero_and_big_maps_clip_outliers():
    signed = map_image(np.array([[-1.0, 0.5], [2.0, 0.0]], np.float32), "diverging")
    assert signed.signed and signed.levels == (-2.0, 2.0) and not signed.clipped
    middle = colors.lookup_table("diverging")[128]
    assert tuple(signed.screen.rgba[1, 1, :3]) == tuple(middle)  # zero sits in the middle of the colour map
    unsigned = map_image(np.array([[0.0, 0.25], [0.5, 1.0]], np.float32), "sequential")
    assert not unsigned.signed and unsigned.levels == (0.0, 1.0)
    big = np.zeros((300, 300), np.float32)
    big[::10, ::10] = 1.0
    big[0, 0] = 1000.0  # one outlier must not wash the map out
    shown = map_image(big, "sequential")
    assert shown.levels[1] < 10 and shown.clipped and shown.value_range == (0.0, 1000.0)


def test_huge_maps_are_subsampled_for_the_screen_only():
    values = np.arange(3000 * 2100, dtype=np.float32).reshape(3000, 2100)
    shown = map_image(values, "sequential")  # no panel size known: at most DEFAULT_SIDE pixels a side
    assert shown.step == 3 and shown.screen.rgba.shape == (1000, 700, 4) and shown.sample_step == 3
    assert shown.values is values  # the readout still reads every cell


@pytest.mark.parametrize("changes", [dict(), dict(flip=True, stride=(2, 1)),
                                     dict(padding_kind="custom", padding=(1, 2), padding_mode="replicate")])
def test_torch_check_agrees_and_shows_the_call(changes):
    image = np.random.default_rng(2).random((40, 50), dtype=np.float32)
    settings = ConvolutionSettings(**changes)
    request = resolve(settings, image)
    maps, _ = run_pipeline(request)
    check = torch_check(request, maps.conv.values)
    assert check.max_difference < 1e-5 and check.window is None
    code = "\n".join(torch_call_lines(request))
    assert f"stride={tuple(settings.stride)}" in code and "F.conv2d(x, w" in code
    assert ("torch.flip" in code) == settings.flip
    assert ('mode="replicate"' in code) == (settings.padding_mode == "replicate")


def test_torch_check_of_a_big_map_uses_a_window_around_the_pin():
    assert check_window((100, 100)) is None
    window = check_window((2000, 600), centre=(1990, 10))
    assert window == (2000 - CHECK_MAX_SIDE, 2000, 0, CHECK_MAX_SIDE)
    image = np.random.default_rng(3).random((700, 800), dtype=np.float32)
    settings = ConvolutionSettings(padding_kind="custom", padding=(2, 2), padding_mode="reflect", dilation=(2, 2))
    settings.pinned = (650, 20)
    request = resolve(settings, image)
    maps, _ = run_pipeline(request)
    check = torch_check(request, maps.conv.values)
    assert check.window is not None and check.max_difference < 1e-5


@pytest.mark.parametrize(("kernel_size", "dilation", "same"), [((3, 3), (1, 1), True), ((4, 2), (3, 1), False),
                                                                  ((3, 2), (1, 1), False), ((2, 2), (2, 2), True)])
def test_the_pytorch_code_says_same_only_where_it_pads_alike_on_both_sides(kernel_size, dilation, same):
    """An even kernel at an odd dilation pads one more cell at the bottom/right: torch's padding="same" then copies
    the input and prints a warning, so the code pads with F.pad instead, and gives the same numbers."""
    image = np.random.default_rng(5).random((9, 11), dtype=np.float32)
    settings = ConvolutionSettings(padding_kind="same", dilation=dilation)
    settings.set_kernel(np.arange(np.prod(kernel_size), dtype=float).reshape(kernel_size) - 2)
    request = resolve(settings, image)
    code = "\n".join(torch_call_lines(request))
    assert ('padding="same"' in code) == same and ("F.pad(" in code) == (not same)
    maps, _ = run_pipeline(request)
    assert torch_check(request, maps.conv.values).max_difference < 1e-5
