"""conv2d equals torch.nn.functional.conv2d on every setting, and refuses bad ones clearly."""

from __future__ import annotations

import numpy as np
import pytest
import torch
import torch.nn.functional as F
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

import convviz.core.bands as bands_module
import convviz.core.opencv_engine as opencv_module
import convviz.core.shifted as shifted_module
from convviz.core import conv2d, conv_steps, kernel_preset, pad_image, resolve_padding
from convviz.core.conv import choose_engine, plan_conv

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def torch_reference(image, kernel, *, stride, padding, dilation, flip, bias, padding_mode="zeros"):
    """What a CNN layer computes, built from torch alone (F.pad + F.conv2d)."""
    x = torch.as_tensor(np.asarray(image, dtype=np.float64))
    if x.ndim == 2:
        x = x[None]
    w = torch.as_tensor(np.asarray(kernel, dtype=np.float64))
    squeeze = w.ndim < 4
    while w.ndim < 4:
        w = w[None]
    if flip:
        w = torch.flip(w, dims=(-2, -1))
    kh, kw = w.shape[-2:]
    top, bottom, left, right = resolve_padding(padding, (kh, kw), dilation)
    mode = {"zeros": "constant", "reflect": "reflect", "replicate": "replicate"}[padding_mode]
    x = F.pad(x[None], (left, right, top, bottom), mode=mode)
    b = None if bias is None else torch.as_tensor(np.broadcast_to(np.asarray(bias, np.float64), (w.shape[0],)).copy())
    out = F.conv2d(x, w, b, stride=stride, dilation=dilation)[0]
    return (out[0] if squeeze else out).numpy()


@st.composite
def conv_settings(draw, *, max_channels=3, max_filters=3):
    channels = draw(st.integers(1, max_channels))
    kh, kw = draw(st.integers(1, 5)), draw(st.integers(1, 5))
    dilation = draw(st.sampled_from([1, 2, (1, 2), (2, 1), 3]))
    stride = draw(st.sampled_from([1, 2, 3, (1, 2), (2, 1)]))
    padding = draw(st.sampled_from([0, 1, 2, (0, 1), (2, 0), "valid", "same"]))
    dy, dx = (dilation, dilation) if isinstance(dilation, int) else dilation
    span_h, span_w = dy * (kh - 1) + 1, dx * (kw - 1) + 1
    height = draw(st.integers(max(1, span_h - 4), span_h + 12))
    width = draw(st.integers(max(1, span_w - 4), span_w + 12))
    top, bottom, left, right = resolve_padding(padding, (kh, kw), dilation)
    assume(height + top + bottom >= span_h and width + left + right >= span_w)
    kernel_rank = draw(st.sampled_from([2, 3, 4]) if channels == 1 else st.sampled_from([3, 4]))
    filters = draw(st.integers(1, max_filters)) if kernel_rank == 4 else 1
    seed = draw(st.integers(0, 2**32 - 1))
    rng = np.random.default_rng(seed)
    image_shape = (height, width) if channels == 1 and draw(st.booleans()) else (channels, height, width)
    image = rng.uniform(-4, 4, size=image_shape).astype(np.float32)
    kernel_shape = {2: (kh, kw), 3: (channels, kh, kw), 4: (filters, channels, kh, kw)}[kernel_rank]
    kernel = rng.integers(-3, 4, size=kernel_shape).astype(np.float32)
    shape_kind = draw(st.sampled_from(["integers", "reals", "outer product"]))
    if shape_kind == "reals":
        kernel = kernel * np.float32(0.25) + rng.uniform(-1, 1, size=kernel_shape).astype(np.float32)
    elif shape_kind == "outer product":  # separable, like Sobel or a Gaussian: the row/column passes
        u = rng.integers(-2, 3, size=kh).astype(np.float32)
        v = rng.uniform(-1, 1, size=kw).astype(np.float32)
        v[rng.random(kw) < 0.3] = 0
        kernel = np.broadcast_to(np.outer(u, v), kernel_shape).astype(np.float32)
    bias = draw(st.sampled_from([None, 0.5, -2.0]))
    if bias is not None and kernel_rank == 4 and draw(st.booleans()):
        bias = rng.uniform(-1, 1, size=filters).astype(np.float32)
    flip = draw(st.booleans())
    return dict(image=image, kernel=kernel, stride=stride, padding=padding, dilation=dilation, flip=flip, bias=bias)


def assert_close(ours, reference):
    assert ours.shape == reference.shape
    scale = max(1.0, float(np.abs(reference).max(initial=0)))
    np.testing.assert_allclose(ours, reference, rtol=1e-5, atol=1e-5 * scale)


@SETTINGS
@given(conv_settings())
def test_numpy_conv2d_equals_torch(case):
    ours = conv2d(**case)
    assert isinstance(ours, np.ndarray) and ours.dtype == np.float32
    assert_close(ours, torch_reference(**case))


@SETTINGS
@given(conv_settings(), st.sampled_from(["reflect", "replicate"]))
def test_reflect_and_replicate_padding_equal_torch(case, mode):
    top, bottom, left, right = resolve_padding(case["padding"], case["kernel"].shape[-2:], case["dilation"])
    height, width = case["image"].shape[-2:]
    assume(mode != "reflect" or (max(top, bottom) < height and max(left, right) < width))
    ours = conv2d(**case, padding_mode=mode)
    assert_close(ours, torch_reference(**case, padding_mode=mode))


@settings(max_examples=25, deadline=None)
@given(conv_settings())
def test_tensor_in_tensor_out(case):
    image = torch.from_numpy(case["image"])
    ours = conv2d(**{**case, "image": image})
    assert isinstance(ours, torch.Tensor) and ours.device == image.device
    assert_close(ours.numpy(), torch_reference(**case))


@SETTINGS
@given(conv_settings(), st.sampled_from(["opencv", "numpy", "torch"]), st.sampled_from(["zeros", "reflect", "replicate"]))
def test_every_engine_equals_torch(case, engine, mode):
    top, bottom, left, right = resolve_padding(case["padding"], case["kernel"].shape[-2:], case["dilation"])
    height, width = case["image"].shape[-2:]
    assume(mode != "reflect" or (max(top, bottom) < height and max(left, right) < width))
    ours = conv2d(**case, padding_mode=mode, engine=engine)
    assert_close(ours, torch_reference(**case, padding_mode=mode))


@settings(max_examples=25, deadline=None)
@given(conv_settings(), st.sampled_from(["opencv", "torch"]))
def test_fast_engines_equal_the_numpy_reference(case, engine):
    assert_close(conv2d(**case, engine=engine), conv2d(**case, engine="numpy"))


@pytest.fixture
def small_bands(monkeypatch):
    """Bands of a few rows on two threads, so a test picture crosses every band edge and thread."""
    monkeypatch.setattr(opencv_module, "BAND_CELLS", 256)
    monkeypatch.setattr(opencv_module, "PARALLEL_MIN_WORK", 1)
    monkeypatch.setattr(opencv_module, "DIRECT_MAX_CELLS", 0)
    monkeypatch.setattr(bands_module, "THREADS", 2)
    calls = []
    band = opencv_module._band
    monkeypatch.setattr(opencv_module, "_band", lambda *args: calls.append(args[-3:-1]) or band(*args))
    return calls


# Each row reaches a different part of the OpenCV engine: anchored filter2D with each border,
# even kernels, padding beyond the kernel's span (a padded copy), dilated kernels too big for one
# direct filter2D (tiles), strides, filter banks with a bias per filter, float64 (tiles from 50 cells).
BAND_CASES = [
    dict(kernel=(3, 3), padding="same"),
    dict(kernel=(3, 3), padding="same", padding_mode="reflect"),
    dict(kernel=(5, 5), padding="same", padding_mode="replicate"),
    dict(kernel=(4, 2), padding="same"),
    dict(kernel=(2, 4), padding="same", padding_mode="reflect", stride=2),
    dict(kernel=(3, 3), padding="valid", stride=(3, 2)),
    dict(kernel=(3, 5), padding=(4, 1), padding_mode="reflect"),
    dict(kernel=(1, 1), padding=2, padding_mode="replicate", stride=2),
    dict(kernel=(3, 3), padding="same", dilation=2, stride=2),
    dict(kernel=(5, 5), padding="same", dilation=4, padding_mode="reflect"),
    dict(kernel=(9, 9), padding=3, dilation=(3, 2), stride=(2, 3)),
    dict(kernel=(9, 9), padding="same", dtype=np.float64),
    dict(kernel=(2, 3, 5, 5), padding="same", bias=np.array([0.5, -1.0], np.float32)),
    dict(kernel=(2, 3, 3, 3), padding=1, padding_mode="replicate", stride=2, bias=0.25),
]


@pytest.mark.parametrize("channels", [1, 3])
@pytest.mark.parametrize("case", BAND_CASES, ids=lambda case: ",".join(f"{k}={v}" for k, v in case.items() if k != "bias"))
def test_opencv_bands_and_threads_equal_torch(small_bands, case, channels):
    rng = np.random.default_rng(len(small_bands))
    case = dict(case)
    shape = case.pop("kernel")
    dtype = case.pop("dtype", np.float32)
    shape = (channels,) + shape if len(shape) == 2 else shape[:1] + (channels,) + shape[2:]
    image = rng.uniform(-2, 2, size=(channels, 150, 47)).astype(dtype)
    kernel = rng.uniform(-1, 1, size=shape).astype(dtype)
    ours = conv2d(image, kernel, dtype=dtype, **case)
    assert ours.dtype == dtype
    mode = case.pop("padding_mode", "zeros")
    reference = torch_reference(
        image, kernel, padding_mode=mode, **{"stride": 1, "dilation": 1, "flip": False, "bias": None, **case}
    )
    assert_close(ours, reference)
    assert len(small_bands) > 2 and len({start for start, _ in small_bands}) == len(small_bands)


@pytest.mark.parametrize("channels", [1, 3])
@pytest.mark.parametrize("mode", ["zeros", "reflect", "replicate"])
def test_bands_written_straight_into_the_output_stay_exact(small_bands, monkeypatch, channels, mode):
    """Inner bands filter straight into the output; their spill onto the next band must be overwritten."""
    outcomes = []
    write_through = opencv_module._write_through
    monkeypatch.setattr(
        opencv_module, "_write_through", lambda *args: outcomes.append(write_through(*args)) or outcomes[-1]
    )
    rng = np.random.default_rng(channels)
    image = rng.uniform(-2, 2, size=(channels, 203, 31)).astype(np.float32)
    for shape, padding in [((3, 3), "same"), ((5, 2), "same"), ((4, 4), (2, 1))]:
        kernel = rng.uniform(-1, 1, size=(channels,) + shape).astype(np.float32)
        ours = conv2d(image, kernel, padding=padding, padding_mode=mode, bias=0.75)
        reference = torch_reference(
            image, kernel, stride=1, padding=padding, dilation=1, flip=False, bias=0.75, padding_mode=mode
        )
        assert_close(ours, reference)
    assert True in outcomes and False in outcomes  # inner bands write through, edge bands do not


def test_big_picture_takes_the_bands_just_above_the_direct_limit(monkeypatch):
    """A one-channel picture just over DIRECT_MAX_CELLS takes the bands, without changing any threshold."""
    calls = []
    band = opencv_module._band
    monkeypatch.setattr(opencv_module, "_band", lambda *args: calls.append(args[-3:-1]) or band(*args))
    rng = np.random.default_rng(9)
    side = int(np.sqrt(opencv_module.DIRECT_MAX_CELLS)) + 1
    image = rng.random((side, side), dtype=np.float32)
    kernel = rng.uniform(-1, 1, size=(3, 3)).astype(np.float32)
    plan = plan_conv(image.shape, kernel, padding="same")
    assert choose_engine(plan) == "opencv"
    assert side * side >= opencv_module.DIRECT_MAX_CELLS
    ours = conv2d(image, kernel, padding="same")
    assert_close(ours, conv2d(image, kernel, padding="same", engine="numpy"))
    assert len(calls) > 1
    calls.clear()
    small = image[:1024, :1024]  # below the limit: one direct filter2D call
    assert_close(conv2d(small, kernel, padding="same"), conv2d(small, kernel, padding="same", engine="numpy"))
    assert calls == []


def test_numpy_engine_threads_on_large_pictures(monkeypatch):
    """The numpy reference splits big pictures into row bands on threads; they must stay exact."""
    monkeypatch.setattr(bands_module, "THREADS", 2)
    monkeypatch.setattr(shifted_module, "PARALLEL_MIN_WORK", 1)
    bands = []
    run_bands = shifted_module.run_bands
    monkeypatch.setattr(shifted_module, "run_bands", lambda job, split: bands.append(split) or run_bands(job, split))
    rng = np.random.default_rng(3)
    image = rng.random((700, 900), dtype=np.float32)
    for name in ["sobel_x", "gaussian_5x5", "box_blur", "emboss"]:
        kernel = kernel_preset(name).values
        for padding in ["same", 0, (3, 1)]:
            assert_close(
                conv2d(image, kernel, padding=padding, engine="numpy"),
                torch_reference(image, kernel, stride=1, padding=padding, dilation=1, flip=False, bias=None),
            )
    assert bands and all(len(split) == 2 for split in bands)


def test_opencv_keeps_a_nan_local_like_torch():
    """No DFT behind the scenes: a NaN spoils only the outputs whose window holds it (float64, 9×9)."""
    image = np.random.default_rng(4).random((40, 50))
    image[20, 25] = np.nan
    kernel = np.random.default_rng(5).uniform(0.5, 1, size=(9, 9))
    ours = conv2d(image, kernel, padding="same", dtype=np.float64, engine="opencv")
    theirs = torch_reference(image, kernel, stride=1, padding="same", dilation=1, flip=False, bias=None)
    np.testing.assert_array_equal(np.isnan(ours), np.isnan(theirs))
    assert np.isnan(ours).sum() == 81


def test_engine_choice_and_a_missing_opencv(monkeypatch):
    plan = plan_conv((3, 64, 64), np.ones((3, 3, 3)))
    assert choose_engine(plan) == "opencv"
    assert choose_engine(plan_conv((6, 64, 64), np.ones((16, 6, 5, 5)))) == "torch"
    with pytest.raises(ValueError, match="unknown convolution engine 'fast'; choose one of auto, opencv, numpy, torch"):
        conv2d(np.ones((5, 5)), np.ones((3, 3)), engine="fast")
    monkeypatch.setattr(opencv_module, "available", lambda: False)
    assert choose_engine(plan) == "numpy"
    image = np.arange(30, dtype=np.float32).reshape(5, 6)
    assert_close(conv2d(image, np.ones((3, 3))), conv2d(image, np.ones((3, 3)), engine="torch"))
    with pytest.raises(ValueError, match="opencv-python-headless"):
        conv2d(image, np.ones((3, 3)), engine="opencv")


def test_separable_kernels_are_split_exactly():
    from convviz.core.shifted import _groups, _separable_groups, _terms

    dtype = np.dtype(np.float32)

    def split(kernel):
        return _separable_groups(kernel, dtype, _groups(_terms(kernel, dtype)))

    for name in ["sobel_x", "sobel_y", "prewitt_x", "box_blur", "gaussian_3x3", "gaussian_5x5", "edge_diagonal"]:
        kernel = kernel_preset(name).values[None]
        assert split(kernel) is not None, name
    for name in ["emboss", "laplacian", "sharpen", "identity", "line_45"]:
        kernel = kernel_preset(name).values[None]
        assert split(kernel) is None, name
    rng = np.random.default_rng(5)
    image = rng.integers(0, 256, size=(300, 257)).astype(np.float32)
    for name in ["sobel_x", "prewitt_y", "edge_diagonal"]:  # integer kernels stay exact on integer pictures
        kernel = kernel_preset(name).values
        for dilation in (1, 2):
            ours = conv2d(image, kernel, padding="same", dilation=dilation)
            theirs = torch_reference(image, kernel, stride=1, padding="same", dilation=dilation, flip=False, bias=None)
            np.testing.assert_array_equal(ours, theirs)


# torch warns that it pads a copy of the input for this case: exactly the case under test
@pytest.mark.filterwarnings("ignore:Using padding='same' with even kernel lengths:UserWarning")
def test_even_kernel_same_padding_like_torch():
    image = np.arange(30, dtype=np.float32).reshape(5, 6)
    kernel = np.arange(1, 5, dtype=np.float32).reshape(2, 2)
    ours = conv2d(image, kernel, padding="same")
    with torch.no_grad():
        theirs = F.conv2d(torch.from_numpy(image)[None, None], torch.from_numpy(kernel)[None, None], padding="same")
    np.testing.assert_array_equal(ours, theirs[0, 0].numpy())
    assert resolve_padding("same", (2, 2), 1) == (0, 1, 0, 1)
    assert resolve_padding("same", (4, 3), 2) == (3, 3, 2, 2)


def test_same_padding_at_stride_2_gives_ceil_size():
    image = np.ones((7, 8), dtype=np.float32)
    assert conv2d(image, np.ones((3, 3)), padding="same", stride=2).shape == (4, 4)


def test_flip_is_true_convolution():
    image = np.zeros((5, 5), dtype=np.float32)
    image[2, 2] = 1
    kernel = np.arange(9, dtype=np.float32).reshape(3, 3)
    # A single bright cell convolved (flipped) reproduces the kernel; correlated, its rotation.
    np.testing.assert_array_equal(conv2d(image, kernel, padding=1, flip=True)[1:4, 1:4], kernel)
    np.testing.assert_array_equal(conv2d(image, kernel, padding=1)[1:4, 1:4], kernel[::-1, ::-1])


def test_lists_and_ints_and_float64():
    out = conv2d([[1, 2], [3, 4]], [[1]])
    assert out.dtype == np.float32 and out.tolist() == [[1, 2], [3, 4]]
    assert conv2d(np.ones((3, 3)), np.ones((2, 2)), dtype=np.float64).dtype == np.float64


def test_zero_kernel_gives_the_bias():
    out = conv2d(np.ones((4, 4)), np.zeros((3, 3)), bias=1.5)
    np.testing.assert_array_equal(out, np.full((2, 2), 1.5))


def test_views_and_transposed_pictures():
    rng = np.random.default_rng(11)
    base = rng.random((40, 30), dtype=np.float32)
    kernel = kernel_preset("emboss").values
    for view in (base.T, base[::2, ::3], base[5:25, 3:], np.asfortranarray(base)):
        ours = conv2d(view, kernel, padding="same")
        theirs = torch_reference(np.ascontiguousarray(view), kernel, stride=1, padding="same", dilation=1, flip=False, bias=None)
        assert_close(ours, theirs)


def test_input_is_not_modified():
    image = np.arange(16, dtype=np.float32).reshape(4, 4)
    before = image.copy()
    conv2d(image, [[1, -1], [2, 0]], padding="same")
    conv2d(image, [[1, -1], [2, 0]], padding=1, padding_mode="reflect", stride=2)
    np.testing.assert_array_equal(image, before)


def test_pad_image_modes_match_numpy():
    image = np.arange(12, dtype=np.float32).reshape(3, 4)
    np.testing.assert_array_equal(pad_image(image, (1, 2, 0, 1)), np.pad(image, ((1, 2), (0, 1))))
    np.testing.assert_array_equal(pad_image(image, (2, 1, 1, 3), "reflect"), np.pad(image, ((2, 1), (1, 3)), mode="reflect"))
    np.testing.assert_array_equal(pad_image(image, (2, 1, 1, 3), "replicate"), np.pad(image, ((2, 1), (1, 3)), mode="edge"))
    tensor = torch.from_numpy(image)
    np.testing.assert_array_equal(pad_image(tensor, (2, 1, 1, 3), "reflect").numpy(), np.pad(image, ((2, 1), (1, 3)), mode="reflect"))


# --- bad settings: a ValueError naming the problem and the valid range -------------------

BAD_SETTINGS = [
    (dict(stride=0), "stride must be at least 1"),
    (dict(stride=(1, 0)), "stride must be at least 1"),
    (dict(stride=-2), "stride must be at least 1"),
    (dict(stride=1.5), "stride must be a whole number"),
    (dict(stride="two"), "stride must be a whole number"),
    (dict(dilation=0), "dilation must be at least 1"),
    (dict(padding=-1), "padding must be 0 or more"),
    (dict(padding=(1, -1)), "padding must be 0 or more"),
    (dict(padding="full"), 'padding must be a number of cells (0 or more), "valid" or "same"'),
    (dict(padding=(1, 2, 3)), "pair"),
    (dict(padding_mode="circular"), "padding mode must be one of zeros, reflect, replicate"),
    (dict(padding=5, padding_mode="reflect"), "reflect padding must be smaller than the image side"),
    (dict(bias=[1, 2]), "bias needs one value per filter"),
    (dict(bias=float("nan")), "bias must be a finite number"),
]


@pytest.mark.parametrize(("kwargs", "message"), BAD_SETTINGS)
def test_bad_settings_are_clear_value_errors(kwargs, message):
    with pytest.raises(ValueError, match=None) as error:
        conv2d(np.ones((5, 5)), np.ones((3, 3)), **kwargs)
    assert message in str(error.value)


@pytest.mark.parametrize(
    ("kernel", "message"),
    [
        (np.ones((0, 3)), "the kernel is empty"),
        ([], "the kernel must be a (kh, kw) grid"),
        ([[1, float("nan")], [0, 1]], "NaN or infinity"),
        ([[1, float("inf")], [0, 1]], "NaN or infinity"),
        ([["a", "b"], ["c", "d"]], "only numbers"),
        ([[1, 2], [3]], "rectangular grid of numbers"),
        (np.ones((1, 1, 1, 1, 1)), "the kernel must be a (kh, kw) grid"),
        (np.ones((7, 7)), "too tall for the 5-cell padded input"),
        (np.ones((3, 9)), "too wide for the 5-cell padded input"),
    ],
)
def test_bad_kernels_are_clear_value_errors(kernel, message):
    with pytest.raises(ValueError) as error:
        conv2d(np.ones((5, 5)), kernel)
    assert message in str(error.value)


def test_kernel_larger_than_padded_input_suggests_padding():
    with pytest.raises(ValueError, match="add padding or use a smaller kernel"):
        conv2d(np.ones((3, 3)), np.ones((5, 5)))
    assert conv2d(np.ones((3, 3)), np.ones((5, 5)), padding=1).shape == (1, 1)


def test_channel_mismatch():
    with pytest.raises(ValueError, match="channel mismatch: the kernel has 2 channel"):
        conv2d(np.ones((3, 5, 5)), np.ones((2, 3, 3)))
    with pytest.raises(ValueError, match="the image has 3 channels but the kernel is a single 3×3 grid"):
        conv2d(np.ones((3, 5, 5)), np.ones((3, 3)))
    with pytest.raises(ValueError, match="channel mismatch"):
        conv2d(torch.ones((3, 5, 5)), np.ones((4, 2, 3, 3)))


@pytest.mark.parametrize(
    ("image", "message"),
    [
        (np.ones((0, 5)), "the image is empty"),
        (np.ones(5), "the image must be (H, W) or (C, H, W)"),
        (np.ones((1, 2, 5, 5)), "the image must be (H, W) or (C, H, W)"),
        ([["x"]], "only numbers"),
    ],
)
def test_bad_images(image, message):
    with pytest.raises(ValueError) as error:
        conv2d(image, np.ones((1, 1)))
    assert message in str(error.value)


@pytest.mark.parametrize("side", [1, 3, 5, 7, 9, 11])
def test_kernel_sizes_the_decks_list_up_to_11x11_equal_torch(side):
    """Deck 002: "Kernel size aka receptive field (usually 1, 3, 5, 7, 11)": the core takes them all."""
    rng = np.random.default_rng(side)
    image = rng.standard_normal((3, 24, 26)).astype(np.float32)
    bank = rng.standard_normal((2, 3, side, side)).astype(np.float32)
    for padding in (0, "same"):
        ours = conv2d(image, bank, padding=padding)
        theirs = F.conv2d(torch.from_numpy(image)[None], torch.from_numpy(bank), padding=padding)[0].numpy()
        np.testing.assert_allclose(ours, theirs, rtol=1e-4, atol=1e-4)
    steps = conv_steps(image[0], bank[0, 0])
    assert steps.output_shape == (24 - side + 1, 26 - side + 1)
    bottom_right = float((image[0, -side:, -side:] * bank[0, 0]).sum())  # the last window, by hand
    assert steps[len(steps) - 1].total == pytest.approx(bottom_right, abs=1e-4)
