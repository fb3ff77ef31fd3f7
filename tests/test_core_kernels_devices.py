"""Kernel presets (the decks' kernels, each described) and the device choice."""

from __future__ import annotations

import numpy as np
import pytest
import torch

from convviz.core import KERNEL_PRESETS, available_devices, conv2d, kernel_preset, resolve_device

DECK_KERNELS = {
    "identity": [[0, 0, 0], [0, 1, 0], [0, 0, 0]],
    "edge_diagonal": [[1, 0, -1], [0, 0, 0], [-1, 0, 1]],
    "edge_laplace4": [[0, 1, 0], [1, -4, 1], [0, 1, 0]],
    "edge_all": [[-1, -1, -1], [-1, 8, -1], [-1, -1, -1]],
    "sharpen": [[0, -1, 0], [-1, 5, -1], [0, -1, 0]],
    "emboss": [[-2, -1, 0], [-1, 1, 1], [0, 1, 2]],
    "line_horizontal": [[-1, -1, -1], [2, 2, 2], [-1, -1, -1]],
    "line_vertical": [[-1, 2, -1], [-1, 2, -1], [-1, 2, -1]],
    "line_45": [[-1, -1, 2], [-1, 2, -1], [2, -1, -1]],
    "line_135": [[2, -1, -1], [-1, 2, -1], [-1, -1, 2]],
    "vertical_edge": [[1, 0, -1]] * 3,
    "horizontal_edge": [[1, 1, 1], [0, 0, 0], [-1, -1, -1]],
    "vertical_edge_6x6": [[-1, 0, 1]] * 3,
    "x_diagonal": [[1, -1, -1], [-1, 1, -1], [-1, -1, 1]],
}

REQUIRED = [
    "identity", "edge_diagonal", "edge_laplace4", "edge_all", "sharpen", "box_blur", "gaussian_3x3",
    "gaussian_5x5", "unsharp_5x5", "emboss", "outline", "sobel_x", "sobel_y", "prewitt_x", "prewitt_y",
    "scharr_x", "scharr_y", "laplacian", "line_horizontal", "line_vertical", "line_45", "line_135",
    "vertical_edge", "horizontal_edge", "vertical_edge_6x6", "x_diagonal",
]


def test_every_required_preset_is_there_and_described():
    for name in REQUIRED:
        preset = kernel_preset(name)
        assert preset.name == name and preset.label
        assert preset.values.dtype == np.float32 and preset.values.ndim == 2
        assert np.isfinite(preset.values).all()
        assert len(preset.description) > 30 and "\n" not in preset.description
    assert len({p.label for p in KERNEL_PRESETS.values()}) == len(KERNEL_PRESETS)


@pytest.mark.parametrize(("name", "values"), sorted(DECK_KERNELS.items()))
def test_deck_kernels_have_the_decks_values(name, values):
    np.testing.assert_array_equal(kernel_preset(name).values, values)


def test_blurs_keep_brightness_and_edge_detectors_ignore_flat_areas():
    flat = np.full((9, 9), 0.7, dtype=np.float32)
    for name in ["identity", "box_blur", "gaussian_3x3", "gaussian_5x5", "unsharp_5x5", "sharpen", "edge_enhance"]:
        assert kernel_preset(name).values.sum() == pytest.approx(1.0, abs=1e-6), name
        np.testing.assert_allclose(conv2d(flat, kernel_preset(name).values), 0.7, atol=1e-5)
    for name in ["edge_diagonal", "edge_laplace4", "edge_all", "outline", "sobel_x", "sobel_y", "prewitt_x",
                 "prewitt_y", "scharr_x", "scharr_y", "laplacian", "line_horizontal", "line_vertical",
                 "line_45", "line_135", "vertical_edge", "horizontal_edge"]:
        np.testing.assert_allclose(conv2d(flat, kernel_preset(name).values), 0.0, atol=1e-5)


def test_gaussian_5x5_is_the_binomial_kernel():
    row = np.array([1, 4, 6, 4, 1]) / 16
    np.testing.assert_allclose(kernel_preset("gaussian_5x5").values, np.outer(row, row), rtol=1e-6)


def test_sobel_finds_the_edge_direction():
    step = np.zeros((5, 6), dtype=np.float32)
    step[:, 3:] = 1  # dark left, bright right: a vertical edge
    assert conv2d(step, kernel_preset("sobel_x").values).max() == 4
    np.testing.assert_array_equal(conv2d(step, kernel_preset("sobel_y").values), 0)


def test_presets_are_read_only_and_lookup_is_forgiving():
    with pytest.raises(ValueError):
        kernel_preset("sobel_x").values[0, 0] = 5
    assert kernel_preset(" Sobel_X ").name == "sobel_x"
    assert kernel_preset("Gaussian blur 3×3").name == "gaussian_3x3"
    with pytest.raises(ValueError, match="unknown kernel preset 'blurry'; choose one of identity"):
        kernel_preset("blurry")


def test_devices():
    devices = available_devices()
    assert devices[0] == "cpu" and set(devices) <= {"cpu", "cuda", "mps"}
    assert resolve_device("cpu") == (torch.device("cpu"), None)
    device, message = resolve_device("auto")
    assert device.type in devices and message is None
    for name in ["cuda", "mps"]:
        device, message = resolve_device(name)
        if name in devices:
            assert device.type == name and message is None
        else:
            assert device == torch.device("cpu") and "computing on the CPU instead" in message
    with pytest.raises(ValueError, match="unknown device 'tpu'; choose one of cpu, cuda, mps"):
        resolve_device("tpu")
    with pytest.raises(ValueError):
        resolve_device(3)


@pytest.mark.skipif(not torch.cuda.is_available(), reason="needs a CUDA GPU")
def test_gpu_tensors_stay_on_the_gpu():
    image = torch.rand(64, 64, device="cuda")
    out = conv2d(image, kernel_preset("sobel_x").values, padding="same")
    assert out.device.type == "cuda"
    np.testing.assert_allclose(
        out.cpu().numpy(), conv2d(image.cpu().numpy(), kernel_preset("sobel_x").values, padding="same"), atol=1e-5
    )


def test_edge_enhance_equals_pillows_edge_enhance_filter():
    """The deck's "edge enhance" as Pillow computes it (ImageFilter.EDGE_ENHANCE), away from the border."""
    from PIL import Image, ImageFilter

    size, scale, offset, weights = ImageFilter.EDGE_ENHANCE.filterargs
    np.testing.assert_allclose(kernel_preset("edge_enhance").values,
                               np.array(weights, dtype=np.float32).reshape(size) / scale)
    rng = np.random.default_rng(3)
    pixels = rng.integers(118, 138, size=(12, 15)).astype(np.uint8)  # no clipping to 0..255 after the filter
    pillow = np.asarray(Image.fromarray(pixels).filter(ImageFilter.EDGE_ENHANCE), dtype=np.float32)
    ours = conv2d(pixels.astype(np.float32), kernel_preset("edge_enhance").values)  # valid: the interior
    np.testing.assert_allclose(ours, pillow[1:-1, 1:-1], atol=0.5 + 1e-4)  # Pillow rounds to whole numbers
