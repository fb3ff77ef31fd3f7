"""2-D convolution (cross-correlation by default), exact like torch and fast for the live views.

Two engines give the same numbers:
- shifted slices: the output is Σ w[i, j] · padded[i·d : …, j·d : …], one
  in-place multiply-add per non-zero weight over the whole picture, done in
  row blocks that stay in the CPU cache. For one channel and a small kernel
  this is several times faster than `F.conv2d` on a CPU.
- `torch.nn.functional.conv2d` for many filters/channels/weights, and for
  tensors on a GPU (they stay there).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any

import numpy as np

from .padding import check_reflect, pad_image, resolve_padding
from .validation import (
    as_float_array,
    as_kernel,
    as_pair,
    check_image_shape,
    check_padding_mode,
    is_tensor,
)

# For banks of filters (or many channels) the shifted-slice engine is used while
# the non-zero weights of all filters together stay at or below this; above it
# F.conv2d's matrix multiply wins (measured: 4 RGB 3×3 filters break even).
FAST_PATH_MAX_TERMS = 100
# Output cells per row block of the shifted-slice engine (fits in L2 cache).
_BLOCK_CELLS = 1 << 16
# Threads for big pictures (numpy releases the GIL in each multiply-add), and
# the least work (output cells × terms) worth splitting across them.
THREADS = max(1, min(4, os.cpu_count() or 1))
_PARALLEL_MIN_WORK = 1 << 24
_EXECUTOR = None


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
                f"the image has {channels} channels but the kernel is a single {weights.shape[2]}×"
                f"{weights.shape[3]} grid; use a gray image or a ({channels}, kh, kw) kernel"
            )
        raise ValueError(
            f"channel mismatch: the kernel has {weights.shape[1]} channel(s) but the image has "
            f"{channels}; they must be equal"
        )
    if flip:
        weights = weights[..., ::-1, ::-1]
    weights = weights.copy(order="C")  # also drops the negative strides of a flip
    stride_pair = as_pair(stride, "stride", minimum=1)
    dilation_pair = as_pair(dilation, "dilation", minimum=1)
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
            side = "tall" if axis == 0 else "wide"
            raise ValueError(
                f"the {kh}×{kw} kernel (with dilation {d} it spans {span} cells) is too {side} for the "
                f"{padded}-cell padded input; add padding or use a smaller kernel"
            )
        out_hw.append((padded - span) // s + 1)
    bias_array = _bias_vector(bias, weights.shape[0], dtype)
    return ConvPlan(
        channels, height, width, weights, kernel_ndim, stride_pair, dilation_pair, pads, mode,
        bias_array, (out_hw[0], out_hw[1]),
    )


def _bias_vector(bias: Any, filters: int, dtype: Any) -> np.ndarray:
    if bias is None:
        return np.zeros(filters, dtype=dtype)
    values = as_float_array(bias, "bias", dtype=dtype).reshape(-1)
    if values.size == 1:
        values = np.repeat(values, filters)
    if values.size != filters:
        raise ValueError(f"bias needs one value per filter ({filters}), got {values.size}")
    if not np.isfinite(values).all():
        raise ValueError("the bias must be a finite number")
    return values


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
):
    """Slide `kernel` over `image`: what a CNN layer computes (cross-correlation).

    image (H, W) or (C, H, W); kernel (kh, kw), (C, kh, kw) (one filter over all
    channels, summed) or (N, C, kh, kw) (N filters). Output (Ho, Wo), or
    (N, Ho, Wo) for a 4-D kernel. numpy/lists in → numpy out (float32 unless
    `dtype` asks otherwise); a torch tensor in → a tensor on its own device.
    `flip=True` rotates the kernel 180° first (true convolution). `padding`:
    int, (py, px), "valid" or "same"; `padding_mode`: zeros, reflect, replicate.
    Equal to `torch.nn.functional.conv2d` (to float rounding).
    """
    if is_tensor(image):
        return _conv2d_tensor(image, kernel, stride, padding, dilation, flip, bias, padding_mode)
    dtype = np.dtype(np.float32 if dtype is None else dtype)
    if dtype.kind != "f":
        raise ValueError(f"dtype must be a float type such as float32 (got {dtype})")
    array = as_float_array(image, "image", dtype=dtype)
    check_image_shape(array.shape)
    plan = plan_conv(
        array.shape, kernel, stride=stride, padding=padding, dilation=dilation, flip=flip,
        bias=bias, padding_mode=padding_mode, dtype=dtype,
    )
    return _conv2d_numpy(array, plan)


def uses_fast_path(plan: ConvPlan) -> bool:
    """True when the shifted-slice engine is expected to beat F.conv2d on the CPU.

    One filter over a few channels: always (measured faster than F.conv2d
    even for 11×11 kernels). Banks of filters or many channels: while the
    non-zero weights of all filters together stay within FAST_PATH_MAX_TERMS,
    above which F.conv2d's matrix multiply shares the work between filters.
    """
    filters, channels = plan.kernel.shape[:2]
    if filters == 1 and channels <= 4:
        return True
    return int(np.count_nonzero(plan.kernel)) <= FAST_PATH_MAX_TERMS


def _conv2d_numpy(array: np.ndarray, plan: ConvPlan) -> np.ndarray:
    image3 = array if array.ndim == 3 else array[None]
    if uses_fast_path(plan):
        out = np.empty((plan.kernel.shape[0],) + plan.output_hw, dtype=array.dtype)
        if plan.stride == (1, 1):
            padded = None if plan.padding_mode == "zeros" else pad_image(image3, plan.pads, plan.padding_mode)
            for n in range(plan.kernel.shape[0]):
                _flat_shifted_sum(image3, padded, plan, n, out[n])
        else:
            padded = pad_image(image3, plan.pads, plan.padding_mode)
            for n in range(plan.kernel.shape[0]):
                shifted_sum(padded, plan.kernel[n], plan.stride, plan.dilation, plan.bias[n], out=out[n])
    else:
        import torch

        out = _torch_conv(torch.from_numpy(np.ascontiguousarray(image3)), plan).numpy()
    return out if plan.kernel_ndim == 4 else out[0]


def _terms(kernel: np.ndarray, dtype: np.dtype) -> list[tuple[int, int, int, Any]]:
    """(channel, row, col, weight) of every non-zero weight, weights in the compute dtype."""
    return [
        (c, i, j, dtype.type(kernel[c, i, j]))
        for c in range(kernel.shape[0])
        for i in range(kernel.shape[1])
        for j in range(kernel.shape[2])
        if kernel[c, i, j] != 0
    ]


Member = tuple[int, int, int, bool]  # (channel, row, col, negative)


def _groups(terms: list[tuple[int, int, int, Any]]) -> list[tuple[Any, list[Member]]]:
    """Terms grouped by |weight|: (multiplier, [(c, i, j, negative), ...]), a ±1 group first.

    Summing the shifted copies that share a weight and multiplying once saves
    passes over the picture: Sobel needs 6 instead of 8, a box blur 10 instead
    of 18. The first member of a group is never negative.
    """
    by_size: dict[Any, list[Member]] = {}
    for c, i, j, w in terms:
        by_size.setdefault(abs(w), []).append((c, i, j, bool(w < 0)))
    groups = []
    for size, members in by_size.items():
        if all(negative for *_, negative in members):
            size = -size
            members = [(c, i, j, False) for c, i, j, _ in members]
        members.sort(key=lambda member: member[3])  # positive sources first
        groups.append((size, members))
    groups.sort(key=lambda group: abs(group[0]) != 1)
    return groups


def _apply_groups(acc: np.ndarray, tmp: np.ndarray, groups, source) -> None:
    """acc = Σ multiplier · (source₀ ± source₁ ± …) over the groups, every step in place."""
    for number, (multiplier, members) in enumerate(groups):
        if number == 0:
            _sum_scaled(acc, members, multiplier, source)
        elif multiplier == 1 or multiplier == -1:
            for c, i, j, negative in members:
                subtract = negative != (multiplier == -1)
                (np.subtract if subtract else np.add)(acc, source(c, i, j), out=acc)
        else:
            _sum_scaled(tmp, members, multiplier, source)
            np.add(acc, tmp, out=acc)


def _sum_scaled(target: np.ndarray, members: list[Member], multiplier, source) -> None:
    """target = multiplier · (source₀ ± source₁ ± …)."""
    c, i, j, _ = members[0]
    if len(members) == 1:
        if multiplier == 1:
            np.copyto(target, source(c, i, j))
        else:
            np.multiply(source(c, i, j), multiplier, out=target)
        return
    c2, i2, j2, negative2 = members[1]
    (np.subtract if negative2 else np.add)(source(c, i, j), source(c2, i2, j2), out=target)
    for c, i, j, negative in members[2:]:
        (np.subtract if negative else np.add)(target, source(c, i, j), out=target)
    if multiplier != 1:
        np.multiply(target, multiplier, out=target)


def shifted_sum(
    padded: np.ndarray,
    kernel: np.ndarray,
    stride: tuple[int, int],
    dilation: tuple[int, int],
    bias: float = 0.0,
    *,
    out: np.ndarray | None = None,
) -> np.ndarray:
    """Σ_c,i,j kernel[c,i,j] · padded[c, i·dy + sy·r, j·dx + sx·q] + bias, in cache-sized row blocks.

    padded (C, Hp, Wp), kernel (C, kh, kw) → (Ho, Wo); any stride. Zero
    weights are skipped.
    """
    (sy, sx), (dy, dx) = stride, dilation
    kh, kw = kernel.shape[-2:]
    ho = (padded.shape[1] - dy * (kh - 1) - 1) // sy + 1
    wo = (padded.shape[2] - dx * (kw - 1) - 1) // sx + 1
    dtype = padded.dtype
    if out is None:
        out = np.empty((ho, wo), dtype=dtype)
    terms = _terms(kernel, dtype)
    bias = dtype.type(bias)
    if not terms:
        out.fill(bias)
        return out
    groups = _groups(terms)
    rows_per_block = max(1, _BLOCK_CELLS // max(wo, 1))
    scratch = np.empty((min(rows_per_block, ho), wo), dtype=dtype)
    col_stop = (wo - 1) * sx + 1
    for r0 in range(0, ho, rows_per_block):
        r1 = min(ho, r0 + rows_per_block)
        y0, row_stop = r0 * sy, (r1 - r0 - 1) * sy + 1

        def window(c: int, i: int, j: int, y0: int = y0, row_stop: int = row_stop) -> np.ndarray:
            return padded[c, y0 + i * dy : y0 + i * dy + row_stop : sy, j * dx : j * dx + col_stop : sx]

        block = out[r0:r1]
        _apply_groups(block, scratch[: r1 - r0], groups, window)
        if bias != 0:
            np.add(block, bias, out=block)
    return out


def _flat_shifted_sum(image3: np.ndarray, padded: np.ndarray | None, plan: ConvPlan, n: int, out: np.ndarray) -> None:
    """Stride-1 shifted sum on flattened rows: every term is one contiguous 1-D operation.

    Over a block of output rows, output cell (r, c) sits at r·Wp + c of the
    flattened padded rows, and kernel weight (i, j) reads the same run shifted
    by i·dy·Wp + j·dx; the kw−1 extra cells per row are computed and dropped.
    Zero padding is written block by block into a small buffer that stays in
    the CPU cache (no padded copy of the whole picture); other modes read
    `padded`. Big pictures are split into row bands run on parallel threads
    (numpy releases the GIL inside each operation).
    """
    ho, wo = plan.output_hw
    terms = _terms(plan.kernel[n], image3.dtype)
    bias = image3.dtype.type(plan.bias[n])
    if not terms:
        out.fill(bias)
        return
    groups = _groups(terms)
    bands = _bands(ho, ho * wo * len(terms))
    if len(bands) == 1:
        _flat_band(image3, padded, plan, groups, bias, out, 0, ho)
        return
    jobs = [_pool().submit(_flat_band, image3, padded, plan, groups, bias, out, r0, r1) for r0, r1 in bands]
    for job in jobs:
        job.result()


def _bands(rows: int, work: int) -> list[tuple[int, int]]:
    """Split `rows` output rows into one band per thread when the work is worth it."""
    threads = THREADS if work >= _PARALLEL_MIN_WORK else 1
    threads = max(1, min(threads, rows))
    edges = [rows * k // threads for k in range(threads + 1)]
    return [(edges[k], edges[k + 1]) for k in range(threads) if edges[k + 1] > edges[k]]


def _pool():
    global _EXECUTOR
    if _EXECUTOR is None:
        from concurrent.futures import ThreadPoolExecutor

        _EXECUTOR = ThreadPoolExecutor(max_workers=max(THREADS, 1), thread_name_prefix="convviz-conv")
    return _EXECUTOR


def _flat_band(image3, padded, plan: ConvPlan, groups, bias, out: np.ndarray, band_start: int, band_stop: int) -> None:
    """Output rows band_start … band_stop−1 of `_flat_shifted_sum`, in cache-sized blocks."""
    dtype = image3.dtype
    channels, height, width = image3.shape
    top, _, left, right = plan.pads
    kh = plan.kernel.shape[-2]
    dy, dx = plan.dilation
    wo = plan.output_hw[1]
    wp = width + left + right
    halo = dy * (kh - 1)
    source = padded
    if source is None and not any(plan.pads):
        source = image3
    rows_per_block = max(1, min(band_stop - band_start, _BLOCK_CELLS // wp))
    scratch = np.empty(rows_per_block * wp, dtype=dtype)
    tmp = np.empty(rows_per_block * wp, dtype=dtype)
    buffer = None if source is not None else np.zeros((channels, rows_per_block + halo, wp), dtype=dtype)
    for r0 in range(band_start, band_stop, rows_per_block):
        rows = min(band_stop, r0 + rows_per_block) - r0
        needed = rows + halo
        if buffer is not None:
            # Buffer row k is padded row r0 + k, i.e. image row r0 + k − top when that exists.
            s0, s1 = max(r0 - top, 0), min(r0 + needed - top, height)
            d0, d1 = s0 + top - r0, s1 + top - r0
            buffer[:, :d0] = 0
            buffer[:, max(d1, d0) : needed] = 0
            if s1 > s0:
                buffer[:, d0:d1, left : left + width] = image3[:, s0:s1]
            block = buffer
        else:
            block = source[:, r0 : r0 + needed]
        length = (rows - 1) * wp + wo
        flat = [block[c, :needed].reshape(-1) for c in range(channels)]

        def run(c: int, i: int, j: int, flat=flat, length=length) -> np.ndarray:
            offset = i * dy * wp + j * dx
            return flat[c][offset : offset + length]

        acc = scratch[:length]
        _apply_groups(acc, tmp[:length], groups, run)
        if bias != 0:
            np.add(acc, bias, out=acc)
        out[r0 : r0 + rows] = scratch[: rows * wp].reshape(rows, wp)[:, :wo]


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


def _conv2d_tensor(image, kernel, stride, padding, dilation, flip, bias, padding_mode):
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
    if x.device.type == "cpu" and x.dtype in (torch.float32, torch.float64) and uses_fast_path(plan):
        out = torch.from_numpy(_conv2d_numpy(x3.contiguous().numpy(), plan))
        return out if plan.kernel_ndim == 4 else out.reshape(plan.output_hw)
    out = _torch_conv(x3, plan)
    return out if plan.kernel_ndim == 4 else out[0]
