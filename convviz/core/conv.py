"""2-D convolution (cross-correlation by default), exact like torch and fast for the live views.

Three engines give the same numbers (`engine=` picks one; "auto" chooses):
- "opencv" (`opencv_engine.py`): `cv2.filter2D` over row bands, on parallel
  threads; the fastest on a CPU for a few filters and channels (at or above
  OpenCV's own filter2D on the same work: benchmarks/bench_conv_opencv.py).
- "numpy" (`shifted.py`): a sum of shifted copies of the picture, one in-place
  numpy operation per weight; plain numpy, kept as the reference the tests
  compare the others against, and used when OpenCV is missing.
- "torch": `torch.nn.functional.conv2d`, for many filters and channels (its
  matrix multiply shares the work) and for tensors on a GPU (they stay there).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from convviz.i18n import tr, tr_noop

from . import opencv_engine
from .padding import check_reflect, pad_image, resolve_padding
from .shifted import flat_shifted_sum, shifted_sum
from .validation import (
    _as_int,
    as_float_array,
    as_kernel,
    as_pair,
    bias_vector,
    check_choice,
    check_image_shape,
    check_padding_mode,
    is_tensor,
)

ENGINES = ("auto", "opencv", "numpy", "torch")

# Banks of filters (or many channels): the OpenCV engine makes one filter2D pass per
# (filter, channel) pair; above this many pairs F.conv2d's matrix multiply, which shares
# the work between filters, wins (measured at 512² and 1024²: 8×6 and 16×3 break even).
OPENCV_MAX_PASSES = 32
# Without OpenCV the numpy engine is used while the non-zero weights of all filters
# together stay at or below this (measured: 4 RGB 3×3 filters break even with F.conv2d).
NUMPY_MAX_TERMS = 100


@dataclass(frozen=True)
class ConvPlan:
    """Everything about a conv setting that does not depend on the pixel values."""

    channels: int
    height: int
    width: int
    kernel: np.ndarray  # (N, C, kh, kw), flipped if flip, as applied
    kernel_ndim: int  # 2, 3 or 4 as given: decides the output shape
    stride: tuple[int, int]
    dilation: tuple[int, int]
    pads: tuple[int, int, int, int]
    padding_mode: str
    bias: np.ndarray  # (N,)
    output_hw: tuple[int, int]

    @property
    def output_shape(self) -> tuple[int, ...]:
        if self.kernel_ndim == 4:
            return (self.kernel.shape[0],) + self.output_hw
        return self.output_hw


def plan_conv(
    image_shape: tuple[int, ...],
    kernel: Any,
    *,
    stride: Any = 1,
    padding: Any = 0,
    dilation: Any = 1,
    flip: bool = False,
    bias: Any = None,
    padding_mode: str = "zeros",
    dtype: Any = np.float32,
) -> ConvPlan:
    """Check a conv setting against an image shape; ValueError naming the first problem."""
    check_image_shape(tuple(image_shape))
    channels = 1 if len(image_shape) == 2 else int(image_shape[0])
    height, width = int(image_shape[-2]), int(image_shape[-1])
    weights = as_kernel(kernel, dtype=dtype)
    kernel_ndim = weights.ndim
    if kernel_ndim == 2:
        weights = weights[None, None]
    elif kernel_ndim == 3:
        weights = weights[None]
    if weights.shape[1] != channels:
        if kernel_ndim == 2:
            raise ValueError(
                tr("the image has {channels} channels but the kernel is a single {kh}×{kw} grid; use a gray image or "
                   "a ({channels}, kh, kw) kernel").format(channels=channels, kh=weights.shape[2], kw=weights.shape[3])
            )
        raise ValueError(
            tr("channel mismatch: the kernel has {kernel_channels} channel(s) but the image has {channels}; they must "
               "be equal").format(kernel_channels=weights.shape[1], channels=channels)
        )
    if flip:
        weights = weights[..., ::-1, ::-1]
    weights = weights.copy(order="C")  # also drops the negative strides of a flip
    stride_pair = as_pair(stride, tr_noop("stride"), minimum=1)
    dilation_pair = as_pair(dilation, tr_noop("dilation"), minimum=1)
    kh, kw = weights.shape[-2:]
    pads = resolve_padding(padding, (kh, kw), dilation_pair, stride_pair)
    mode = check_padding_mode(padding_mode)
    check_reflect(pads, height, width, mode)
    out_hw = []
    for axis, (n, k, before, after, s, d) in enumerate(
        [(height, kh, pads[0], pads[1], stride_pair[0], dilation_pair[0]),
         (width, kw, pads[2], pads[3], stride_pair[1], dilation_pair[1])]
    ):
        span = d * (k - 1) + 1
        padded = n + before + after
        if span > padded:
            sentence = (tr("the {kh}×{kw} kernel (with dilation {d} it spans {span} cells) is too tall for the "
                           "{padded}-cell padded input; add padding or use a smaller kernel") if axis == 0 else
                        tr("the {kh}×{kw} kernel (with dilation {d} it spans {span} cells) is too wide for the "
                           "{padded}-cell padded input; add padding or use a smaller kernel"))
            raise ValueError(sentence.format(kh=kh, kw=kw, d=d, span=span, padded=padded))
        out_hw.append((padded - span) // s + 1)
    bias_array = bias_vector(bias, weights.shape[0], dtype)
    return ConvPlan(
        channels, height, width, weights, kernel_ndim, stride_pair, dilation_pair, pads, mode,
        bias_array, (out_hw[0], out_hw[1]),
    )


def conv2d(
    image: Any,
    kernel: Any,
    *,
    stride: Any = 1,
    padding: Any = 0,
    dilation: Any = 1,
    flip: bool = False,
    bias: Any = None,
    padding_mode: str = "zeros",
    dtype: Any = None,
    engine: str = "auto",
    groups: Any = 1,
):
    """Slide `kernel` over `image`: what a CNN layer computes (cross-correlation).

    image (H, W) or (C, H, W); kernel (kh, kw), (C, kh, kw) (one filter over all
    channels, summed) or (N, C, kh, kw) (N filters). Output (Ho, Wo), or
    (N, Ho, Wo) for a 4-D kernel. numpy/lists in → numpy out (float32 unless
    `dtype` asks otherwise); a torch tensor in → a tensor on its own device.
    `flip=True` rotates the kernel 180° first (true convolution). `padding`:
    int, (py, px), "valid" or "same"; `padding_mode`: zeros, reflect, replicate.
    Equal to `torch.nn.functional.conv2d` (to float rounding). `engine`:
    "auto" (the fastest for the setting), "opencv", "numpy" or "torch".
    `groups` g splits the C channels into g groups of C/g, each seen only by its
    own N/g filters of a (N, C/g, kh, kw) kernel (g = C: depthwise), like torch.
    """
    engine = check_choice(engine, tr_noop("convolution engine"), ENGINES)
    group_count = _as_int(groups, tr_noop("groups"))
    if group_count != 1:
        return _grouped_conv2d(
            image, kernel, group_count, dict(
                stride=stride, padding=padding, dilation=dilation, flip=flip, padding_mode=padding_mode,
                dtype=dtype, engine=engine,
            ), bias,
        )
    if is_tensor(image):
        return _conv2d_tensor(image, kernel, stride, padding, dilation, flip, bias, padding_mode, engine)
    dtype = np.dtype(np.float32 if dtype is None else dtype)
    if dtype.kind != "f":
        raise ValueError(tr("dtype must be a float type such as float32 (got {dtype})").format(dtype=dtype))
    array = np.ascontiguousarray(as_float_array(image, tr_noop("image"), dtype=dtype))
    check_image_shape(array.shape)
    plan = plan_conv(
        array.shape, kernel, stride=stride, padding=padding, dilation=dilation, flip=flip,
        bias=bias, padding_mode=padding_mode, dtype=dtype,
    )
    return _conv2d_numpy(array, plan, engine)


def split_groups(channels: int, kernel_shape: tuple[int, ...], groups: int) -> tuple[int, int]:
    """(channels per group, filters per group); ValueError saying which number does not divide."""
    if groups < 1:
        raise ValueError(tr("groups must be at least 1 (got {groups})").format(groups=groups))
    if len(kernel_shape) != 4:
        raise ValueError(
            tr("grouped convolution needs a (N, C/groups, kh, kw) bank of filters (got a kernel of shape {shape})").format(
                shape=tuple(kernel_shape))
        )
    if channels % groups:
        raise ValueError(
            tr("the image's {channels} channel(s) cannot be split into {groups} equal groups; choose groups that "
               "divide {channels}").format(channels=channels, groups=groups)
        )
    filters = int(kernel_shape[0])
    if filters % groups:
        raise ValueError(
            tr("the {filters} filter(s) cannot be shared out among {groups} groups; the number of filters must be a "
               "multiple of groups").format(filters=filters, groups=groups)
        )
    per_group = channels // groups
    if kernel_shape[1] != per_group:
        raise ValueError(
            tr("with {groups} groups each filter sees {per_group} channel(s) ({channels} / {groups}), but the kernel "
               "has {kernel_channels}; its shape must be ({filters}, {per_group}, kh, kw)").format(
                groups=groups, per_group=per_group, channels=channels, kernel_channels=kernel_shape[1], filters=filters)
        )
    return per_group, filters // groups


def _grouped_conv2d(image: Any, kernel: Any, groups: int, options: dict, bias: Any):
    """conv2d on each group of channels with its own filters, the maps stacked in filter order."""
    tensor_in = is_tensor(image)
    array = image if tensor_in else as_float_array(image, tr_noop("image"), dtype=options["dtype"] or np.float32)
    check_image_shape(tuple(array.shape))
    if len(array.shape) != 3:
        raise ValueError(tr("grouped convolution needs a (C, H, W) picture with several channels"))
    weights = as_kernel(kernel)
    per_group, filters_per_group = split_groups(int(array.shape[0]), weights.shape, groups)
    biases = bias_vector(bias, weights.shape[0], np.float64)
    maps = []
    for group in range(groups):
        channels = slice(group * per_group, (group + 1) * per_group)
        filters = slice(group * filters_per_group, (group + 1) * filters_per_group)
        maps.append(conv2d(array[channels], weights[filters], bias=biases[filters], **options))
    if tensor_in:
        import torch

        return torch.cat(maps, dim=0)
    return np.concatenate(maps, axis=0)


def choose_engine(plan: ConvPlan) -> str:
    """The engine "auto" runs for a plan on the CPU.

    OpenCV for up to OPENCV_MAX_PASSES (filter, channel) pairs, F.conv2d for
    bigger banks. Without OpenCV: numpy for one filter over a few channels
    (faster than F.conv2d even for 11×11 kernels) or while the non-zero
    weights stay within NUMPY_MAX_TERMS, else F.conv2d.
    """
    filters, channels = plan.kernel.shape[:2]
    if opencv_engine.available():
        return "opencv" if filters * channels <= OPENCV_MAX_PASSES else "torch"
    if (filters == 1 and channels <= 4) or int(np.count_nonzero(plan.kernel)) <= NUMPY_MAX_TERMS:
        return "numpy"
    return "torch"


def _conv2d_numpy(array: np.ndarray, plan: ConvPlan, engine: str = "auto") -> np.ndarray:
    image3 = array if array.ndim == 3 else array[None]
    if engine == "auto":
        engine = choose_engine(plan)
    if engine == "opencv":
        if not opencv_engine.available():
            raise ValueError(
                tr('the OpenCV engine needs the opencv-python-headless package; install it or use engine="numpy"')
            )
        out = opencv_engine.conv_opencv(np.ascontiguousarray(image3), plan)
    elif engine == "numpy":
        out = np.empty((plan.kernel.shape[0],) + plan.output_hw, dtype=array.dtype)
        if plan.stride == (1, 1):
            padded = None if plan.padding_mode == "zeros" else pad_image(image3, plan.pads, plan.padding_mode)
            for n in range(plan.kernel.shape[0]):
                flat_shifted_sum(image3, padded, plan.kernel[n], plan.pads, plan.dilation, plan.bias[n], out[n])
        else:
            padded = pad_image(image3, plan.pads, plan.padding_mode)
            for n in range(plan.kernel.shape[0]):
                shifted_sum(padded, plan.kernel[n], plan.stride, plan.dilation, plan.bias[n], out=out[n])
    else:
        import torch

        out = _torch_conv(torch.from_numpy(np.ascontiguousarray(image3)), plan).numpy()
    return out if plan.kernel_ndim == 4 else out[0]


def _torch_conv(x3, plan: ConvPlan):
    """F.conv2d on a (C, H, W) tensor with the plan's padding; returns (N, Ho, Wo)."""
    import torch
    import torch.nn.functional as F

    weight = torch.as_tensor(plan.kernel, dtype=x3.dtype, device=x3.device)
    bias = torch.as_tensor(plan.bias, dtype=x3.dtype, device=x3.device)
    top, bottom, left, right = plan.pads
    x4 = x3.unsqueeze(0)
    if plan.padding_mode == "zeros" and top == bottom and left == right:
        padding = (top, left)
    else:
        x4 = pad_image(x4, plan.pads, plan.padding_mode)
        padding = (0, 0)
    with torch.no_grad():
        out = F.conv2d(x4, weight, bias, stride=plan.stride, padding=padding, dilation=plan.dilation)
    return out[0]


def _conv2d_tensor(image, kernel, stride, padding, dilation, flip, bias, padding_mode, engine="auto"):
    import torch

    check_image_shape(tuple(image.shape))
    x = image.detach()
    if not torch.is_floating_point(x):
        x = x.to(torch.float32)
    np_dtype = np.float64 if x.dtype == torch.float64 else np.float32
    plan = plan_conv(
        tuple(x.shape), kernel, stride=stride, padding=padding, dilation=dilation, flip=flip,
        bias=bias, padding_mode=padding_mode, dtype=np_dtype,
    )
    x3 = x if x.ndim == 3 else x.unsqueeze(0)
    if engine == "auto" and x.device.type == "cpu":
        engine = choose_engine(plan)
    on_cpu = x.device.type == "cpu" and x.dtype in (torch.float32, torch.float64)
    if on_cpu and engine in ("opencv", "numpy"):
        out = torch.from_numpy(_conv2d_numpy(x3.contiguous().numpy(), plan, engine))
        return out if plan.kernel_ndim == 4 else out.reshape(plan.output_hw)
    out = _torch_conv(x3, plan)
    return out if plan.kernel_ndim == 4 else out[0]
