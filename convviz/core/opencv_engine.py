"""The OpenCV engine: conv2d as `cv2.filter2D` passes over row bands of the picture.

`cv2.filter2D` is a vectorised correlation (like torch's conv2d) that pads
on the fly; this module maps every conv2d setting onto it:
- padding: the anchor puts `top`/`left` cells of border before the picture and
  the border type is the padding mode (BORDER_CONSTANT = zeros,
  BORDER_REFLECT_101 = torch's reflect, BORDER_REPLICATE), so no padded copy
  of the picture is made; only padding beyond what the kernel spans, or a
  kernel split into tiles (below), pads a copy first;
- dilation: the kernel with d−1 zeros inserted between its weights (OpenCV
  skips zero weights, so this costs little);
- stride: a band is filtered at stride 1 and every s-th row and column kept
  (measured faster than filtering only the kept rows with one pass per
  kernel row; F.conv2d, which computes only the kept cells, caught up only
  at strides 3-4 with 5×5 to 9×9 kernels);
- channels: one pass per channel, summed band by band.
Bands are about a megabyte: each channel's band is filtered into a scratch
buffer that stays in the CPU cache and added into the output there, so a
3-channel sum needs no full-size temporary and no extra pass over memory
(the first channel of an inner band is filtered straight into the output),
and bands run on parallel threads (OpenCV releases the GIL). A one-channel
picture below DIRECT_MAX_CELLS is one plain filter2D call instead.
Kernels stay below the area where OpenCV switches to a DFT (they are split
into tiles of rows instead): direct sums keep the float32 rounding of a
plain sum, and a NaN in the picture stays local as in torch.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

import numpy as np

from . import bands as _bands_module
from .bands import run_bands, split_rows
from .padding import pad_image

if TYPE_CHECKING:
    from .conv import ConvPlan

# filter2D uses a DFT from this kernel area on (OpenCV's own thresholds for float32 / float64).
DFT_MIN_AREA = {np.dtype(np.float32): 130, np.dtype(np.float64): 50}
# Cells of stride-1 rows filtered per band (float32: 1 MB; stays in a core's L2 cache).
BAND_CELLS = 1 << 18
# The least work (filtered cells × non-zero weights) worth splitting between threads.
PARALLEL_MIN_WORK = 1 << 22
# One channel at stride 1 with the picture's own size, below this many cells: a single filter2D
# call straight into the output (OpenCV threads it). From here on the bands on our own threads
# win (measured: 1.2-2x faster at 2896² and 4096²; at 2048² within ±10% either way).
DIRECT_MAX_CELLS = 1 << 23


@lru_cache(maxsize=1)
def available() -> bool:
    """True when OpenCV (opencv-python-headless) can be imported."""
    try:
        import cv2  # noqa: F401
    except ImportError:
        return False
    return True


@dataclass(frozen=True)
class _Pass:
    """One filter2D pass: `kernel` on `channel`, read from (row, col) offset (u0, v0)."""

    channel: int
    kernel: np.ndarray
    u0: int
    v0: int


@dataclass(frozen=True)
class _Layout:
    """How a plan maps onto filter2D: what is read, with which anchor and border."""

    padded_copy: bool  # read a padded copy (anchor 0) instead of the picture itself
    anchor: tuple[int, int]  # (row, col) of the kernel cell over the output cell
    passes: tuple[tuple[_Pass, ...], ...]  # per filter
    taps: int  # non-zero weights of all passes (for the thread decision)


def dilated(kernel: np.ndarray, dilation: tuple[int, int]) -> np.ndarray:
    """The kernel with dilation−1 zeros between its weights (last two axes)."""
    dy, dx = dilation
    if (dy, dx) == (1, 1):
        return kernel
    kh, kw = kernel.shape[-2:]
    out = np.zeros(kernel.shape[:-2] + (dy * (kh - 1) + 1, dx * (kw - 1) + 1), dtype=kernel.dtype)
    out[..., ::dy, ::dx] = kernel
    return out


def plan_layout(plan: "ConvPlan", dtype: np.dtype) -> _Layout:
    """Anchor and border when the padding fits inside the kernel's span, else a padded copy and tiles."""
    weights = dilated(plan.kernel.astype(dtype, copy=False), plan.dilation)
    span_h, span_w = weights.shape[-2:]
    top, bottom, left, right = plan.pads
    fits = top + bottom <= span_h - 1 and left + right <= span_w - 1
    limit = DFT_MIN_AREA[np.dtype(dtype)]
    whole = span_h * span_w < limit
    passes = []
    taps = 0
    for bank in weights:
        filter_passes = []
        for channel, grid in enumerate(bank):
            if not grid.any():
                continue
            taps += int(np.count_nonzero(grid))
            if fits and whole:
                filter_passes.append(_Pass(channel, np.ascontiguousarray(grid), 0, 0))
            else:
                filter_passes.extend(_tiles(channel, grid, limit))
        passes.append(tuple(filter_passes))
    if fits and whole:
        return _Layout(False, (top, left), tuple(passes), taps)
    return _Layout(True, (0, 0), tuple(passes), taps)


def _tiles(channel: int, grid: np.ndarray, limit: int) -> list[_Pass]:
    """`grid` cut into strips of rows (columns too if one row is too wide), each under `limit` cells.

    Every tile is trimmed to its non-zero cells and read from its own offset,
    so the zero rows and columns of a dilated kernel cost nothing.
    """
    span_h, span_w = grid.shape
    width = min(span_w, limit - 1)
    height = max(1, (limit - 1) // width)
    tiles = []
    for r0 in range(0, span_h, height):
        for c0 in range(0, span_w, width):
            tile = grid[r0 : r0 + height, c0 : c0 + width]
            rows = np.flatnonzero(tile.any(axis=1))
            cols = np.flatnonzero(tile.any(axis=0))
            if rows.size == 0:
                continue
            trimmed = tile[rows[0] : rows[-1] + 1, cols[0] : cols[-1] + 1]
            tiles.append(_Pass(channel, np.ascontiguousarray(trimmed), r0 + int(rows[0]), c0 + int(cols[0])))
    return tiles


def conv_opencv(image3: np.ndarray, plan: "ConvPlan") -> np.ndarray:
    """(N, Ho, Wo) for a C-contiguous (C, H, W) float32/float64 picture, equal to F.conv2d."""
    import cv2

    dtype = image3.dtype
    layout = plan_layout(plan, dtype)
    source = pad_image(image3, plan.pads, plan.padding_mode) if layout.padded_copy else image3
    border = {
        "zeros": cv2.BORDER_CONSTANT,
        "reflect": cv2.BORDER_REFLECT_101,
        "replicate": cv2.BORDER_REPLICATE,
    }[plan.padding_mode]
    out = np.empty((plan.kernel.shape[0],) + plan.output_hw, dtype=dtype)
    ho, wo = plan.output_hw
    sy, sx = plan.stride
    todo = list(range(len(layout.passes)))
    direct = ho * wo < DIRECT_MAX_CELLS and (sy, sx) == (1, 1) and (ho, wo) == source.shape[1:]
    if direct and not layout.padded_copy:
        # Nothing to sum or skip: one filter2D per single-pass filter straight into the output.
        for n, passes in enumerate(layout.passes):
            if len(passes) == 1:
                cv2.filter2D(
                    source[passes[0].channel], -1, passes[0].kernel, dst=out[n],
                    anchor=layout.anchor[::-1], delta=float(plan.bias[n]), borderType=border,
                )
                todo.remove(n)
        if not todo:
            return out
    filtered_cells = ho * sy * source.shape[2]
    threads = _bands_module.threads() if filtered_cells * max(layout.taps, 1) >= PARALLEL_MIN_WORK else 1
    halo = max((step.kernel.shape[0] - 1 for passes in layout.passes for step in passes), default=0)
    # At least 8 rows per halo row, so re-filtering the halo costs under an eighth.
    rows_per_band = max(1, max(BAND_CELLS // source.shape[2], 8 * halo) // sy)

    def job(start: int, stop: int) -> None:
        scratch = np.empty(0, dtype=dtype)
        for r0 in range(start, stop, rows_per_band):
            r1 = min(stop, r0 + rows_per_band)
            scratch = _band(cv2, source, layout, todo, border, plan, out, r0, r1, stop, scratch)

    run_bands(job, split_rows(ho, threads))
    return out


def _band(cv2, source, layout: _Layout, todo, border, plan: "ConvPlan", out, r0: int, r1: int, stop: int, scratch):
    """Output rows r0 … r1−1 of the filters in `todo`: each pass filters the rows it needs, then adds them in.

    In filter2D's terms the stride-1 output row y reads source rows
    y − anchor + u0 + u (u over the pass's kernel rows); the band's view holds
    exactly those rows, so only the true picture edges are ever extrapolated.
    The first pass of a filter writes straight into the output when it can
    (see `_write_through`). Returns the (possibly grown) scratch buffer.
    """
    (sy, sx), (_, wo) = plan.stride, plan.output_hw
    ay, ax = layout.anchor
    height, width = source.shape[1:]
    y0, y1 = r0 * sy, (r1 - 1) * sy + 1  # stride-1 rows this band needs
    col_stop = (wo - 1) * sx + 1
    for n in todo:
        passes = layout.passes[n]
        target = out[n, r0:r1]
        bias = plan.bias[n]
        if not passes:
            target.fill(bias)
            continue
        first = True
        for step in passes:
            th = step.kernel.shape[0]
            if first and _write_through(cv2, source, layout, step, border, plan, out[n], bias, r0, r1, stop):
                first = False
                continue
            a = max(0, y0 - ay + step.u0)
            b = min(height, y1 - ay + step.u0 + th - 1)
            if a == 0:  # reflect mirrors rows 1 … ay: they must be in the view
                b = max(b, min(height, ay + 1))
            if b == height:
                a = min(a, max(0, height - th + ay))
            view = source[step.channel, a:b, step.v0 :]
            scratch = _filter_into(cv2, view, step.kernel, (ax, ay), border, scratch)
            filtered = scratch[: view.size].reshape(view.shape)
            _accumulate(target, filtered[y0 - a + step.u0 : y1 - a + step.u0 : sy, 0:col_stop:sx], bias, first)
            first = False
    return scratch


def _write_through(cv2, source, layout: _Layout, step: _Pass, border, plan: "ConvPlan", out2, bias, r0, r1, stop) -> bool:
    """Filter a band's rows straight into the output, without the scratch buffer and its copy.

    filter2D writes as many rows as it reads: with the kernel's top row as
    anchor the band's view starts at its first output row, and its last
    kh−1 rows land on the next band, wrong (read past the view). The same
    thread fills that next band afterwards, so they are overwritten; hence
    only for stride 1, anchored bands away from the picture's top edge
    (the anchor row stays 0) whose spill stays inside the thread's rows.
    False (nothing written) when these conditions do not hold.
    """
    ay, ax = layout.anchor
    th = step.kernel.shape[0]
    a, b = r0 - ay, r1 - ay + th - 1
    fits = not layout.padded_copy and plan.stride == (1, 1) and out2.shape[1] == source.shape[2]
    if not (fits and a >= 0 and r1 + th - 1 <= stop and b <= source.shape[1]):
        return False
    cv2.filter2D(
        source[step.channel, a:b], -1, step.kernel, dst=out2[r0 : r0 + b - a], anchor=(ax, 0),
        delta=float(bias), borderType=border,
    )
    return True


def _filter_into(cv2, view: np.ndarray, kernel: np.ndarray, anchor, border: int, scratch: np.ndarray) -> np.ndarray:
    """filter2D of `view` into the front of `scratch` (grown when too small); returns the scratch."""
    if scratch.size < view.size:
        scratch = np.empty(view.size, dtype=view.dtype)
    cv2.filter2D(view, -1, kernel, dst=scratch[: view.size].reshape(view.shape), anchor=anchor, borderType=border)
    return scratch


def _accumulate(target: np.ndarray, part: np.ndarray, bias, first: bool) -> None:
    """target = part + bias for the first pass of a filter, target += part after it."""
    if not first:
        np.add(target, part, out=target)
    elif bias != 0:
        np.add(part, bias, out=target)
    else:
        np.copyto(target, part)
