"""Max, average and sum pooling, exactly like torch's max_pool2d / avg_pool2d, with the winning cells.

Sum pooling (deck 004: "Max, sum, average...") is average pooling times the
window's cell count; torch has no function of its own for it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from convviz.i18n import tr, tr_noop

from .padding import pad_image
from .validation import as_float_array, as_pair, check_choice, check_image_shape, is_tensor

POOL_MODES = ("max", "avg", "sum")


@dataclass(frozen=True)
class PoolPlan:
    """A checked pooling setting for one input shape."""

    mode: str
    size: tuple[int, int]
    stride: tuple[int, int]
    padding: tuple[int, int]
    height: int
    width: int
    output_hw: tuple[int, int]


def plan_pool(shape: tuple[int, ...], size: Any = 2, *, stride: Any = None, padding: Any = 0, mode: str = "max") -> PoolPlan:
    """Check a pooling setting against an input shape; ValueError naming the first problem."""
    check_image_shape(tuple(shape), tr_noop("feature map"))
    mode = check_choice(mode, tr_noop("pooling mode"), POOL_MODES)
    size_pair = as_pair(size, tr_noop("pool size"), minimum=1)
    stride_pair = size_pair if stride is None else as_pair(stride, tr_noop("pool stride"), minimum=1)
    if isinstance(padding, str):
        raise ValueError(tr("pool padding must be a number of cells (0 or more), not {padding!r}").format(
                             padding=padding))
    pad_pair = as_pair(padding, tr_noop("pool padding"), minimum=0)
    for pad, k in zip(pad_pair, size_pair):
        if pad > k // 2:
            raise ValueError(
                tr("pool padding must be at most half the pool size: {k}-cell windows allow 0 to {most} cell(s) of "
                   "padding (got {pad})").format(k=k, most=k // 2, pad=pad)
            )
    height, width = int(shape[-2]), int(shape[-1])
    out = []
    for n, k, p, s in zip((height, width), size_pair, pad_pair, stride_pair):
        if k > n + 2 * p:
            raise ValueError(
                tr("the {rows}×{cols} pool window is bigger than the {height}×{width} (padded) feature map; "
                   "use a window of at most {most} cells").format(
                    rows=size_pair[0], cols=size_pair[1], height=height + 2 * pad_pair[0],
                    width=width + 2 * pad_pair[1], most=n + 2 * p)
            )
        out.append((n + 2 * p - k) // s + 1)
    return PoolPlan(mode, size_pair, stride_pair, pad_pair, height, width, (out[0], out[1]))


def pool2d(x: Any, size: Any = 2, *, stride: Any = None, padding: Any = 0, mode: str = "max", return_indices: bool = False):
    """Pool a (H, W) or (C, H, W) map; stride defaults to the window size.

    "max" pads with −∞ (padding never wins), "avg" pads with zeros and divides
    by the full window (torch's count_include_pad), "sum" pads with zeros and
    adds the window up. With `return_indices`
    also returns (..., Ho, Wo, 2): the (row, col) in the UNPADDED input of the
    cell that won each max window (the first one in reading order on ties);
    for "avg" and "sum" the window's top-left cell clipped to the input.
    numpy in → numpy float32 out; tensor in → tensors on its device.
    """
    if is_tensor(x):
        return _pool_tensor(x, size, stride, padding, mode, return_indices)
    array = as_float_array(x, tr_noop("feature map"))
    plan = plan_pool(array.shape, size, stride=stride, padding=padding, mode=mode)
    squeeze = array.ndim == 2
    array3 = array[None] if squeeze else array
    if not return_indices:
        out = pool_values(array3, plan)
        return out[0] if squeeze else out
    out, winner = _pool_numpy(array3, plan)
    if squeeze:
        out, winner = out[0], winner[0]
    return out, _winner_to_rowcol(winner, plan)


def _window(padded: np.ndarray, plan: PoolPlan, i: int, j: int) -> np.ndarray:
    (sy, sx), (ho, wo) = plan.stride, plan.output_hw
    return padded[:, i : i + (ho - 1) * sy + 1 : sy, j : j + (wo - 1) * sx + 1 : sx]


def pool_values(array3: np.ndarray, plan: PoolPlan) -> np.ndarray:
    """(C, Ho, Wo) pooled values, separably: the rows of each window first, then its columns.

    Rows first reads whole contiguous picture rows (the fast direction for
    numpy), and the column step then runs on a map `stride` times shorter.
    Max uses np.maximum, which keeps NaN: a window holding NaN gives NaN, as
    in torch's max_pool2d. Avg adds, then divides by the full window
    (count_include_pad, like torch's default).
    """
    (kh, kw), (sy, sx), (ho, wo) = plan.size, plan.stride, plan.output_hw
    py, px = plan.padding
    fill = -np.inf if plan.mode == "max" else 0.0
    padded = pad_image(array3, (py, py, px, px), "zeros", value=fill)
    combine = np.maximum if plan.mode == "max" else np.add
    row_stop = (ho - 1) * sy + 1
    rows = padded[:, 0:row_stop:sy].copy()
    for i in range(1, kh):
        combine(rows, padded[:, i : i + row_stop : sy], out=rows)
    col_stop = (wo - 1) * sx + 1
    out = rows[..., 0:col_stop:sx].copy()
    for j in range(1, kw):
        combine(out, rows[..., j : j + col_stop : sx], out=out)
    if plan.mode == "avg":
        out /= array3.dtype.type(kh * kw)
    return out


def _pool_numpy(array3: np.ndarray, plan: PoolPlan) -> tuple[np.ndarray, np.ndarray]:
    """(C, Ho, Wo) values and the flat in-window offset (i·kw + j) of each winner.

    Max follows torch's rule cell by cell in reading order: a larger value or
    any NaN takes over, so a window holding NaN gives NaN at its last NaN.
    """
    kh, kw = plan.size
    py, px = plan.padding
    fill = -np.inf if plan.mode == "max" else 0.0
    padded = pad_image(array3, (py, py, px, px), "zeros", value=fill)
    shape = (array3.shape[0],) + plan.output_hw
    winner = np.zeros(shape, dtype=np.int64)
    if plan.mode == "max":
        out = _window(padded, plan, 0, 0).copy()
        for i in range(kh):
            for j in range(kw):
                if i == 0 and j == 0:
                    continue
                candidate = _window(padded, plan, i, j)
                better = (candidate > out) | np.isnan(candidate)
                np.copyto(out, candidate, where=better)
                winner[better] = i * kw + j
        return out, winner
    return pool_values(array3, plan), winner


def _winner_to_rowcol(winner: np.ndarray, plan: PoolPlan) -> np.ndarray:
    """In-window offsets → (row, col) in the unpadded input, shape (..., Ho, Wo, 2)."""
    kw = plan.size[1]
    ho, wo = plan.output_hw
    top = np.arange(ho)[:, None] * plan.stride[0] - plan.padding[0]
    left = np.arange(wo)[None, :] * plan.stride[1] - plan.padding[1]
    rows = np.clip(top + winner // kw, 0, plan.height - 1)
    cols = np.clip(left + winner % kw, 0, plan.width - 1)
    return np.stack([rows, cols], axis=-1).astype(np.int64)


def _pool_tensor(x, size, stride, padding, mode, return_indices):
    import torch
    import torch.nn.functional as F

    plan = plan_pool(tuple(x.shape), size, stride=stride, padding=padding, mode=mode)
    t = x.detach()
    if not torch.is_floating_point(t):
        t = t.to(torch.float32)
    t4 = t.reshape((1, -1) + tuple(t.shape[-2:]))
    if not return_indices:
        if t.device.type == "cpu" and t.dtype in (torch.float32, torch.float64):
            # The numpy path is several times faster than torch's on one CPU map (same values).
            out = torch.from_numpy(pool_values(t4[0].contiguous().numpy(), plan))
        else:
            with torch.no_grad():
                if plan.mode == "max":
                    out = F.max_pool2d(t4, plan.size, plan.stride, plan.padding)
                else:
                    out = F.avg_pool2d(t4, plan.size, plan.stride, plan.padding, count_include_pad=True)
        return out.reshape(tuple(t.shape[:-2]) + plan.output_hw)
    with torch.no_grad():
        if plan.mode == "max":
            out, flat = F.max_pool2d(t4, plan.size, plan.stride, plan.padding, return_indices=True)
            rowcol = torch.stack([flat // plan.width, flat % plan.width], dim=-1)
        else:
            out = F.avg_pool2d(t4, plan.size, plan.stride, plan.padding, count_include_pad=True)
            if plan.mode == "sum":
                out = out * (plan.size[0] * plan.size[1])
            _, winner = _pool_numpy(np.zeros((1, plan.height, plan.width), np.float32), plan)
            rowcol = torch.as_tensor(_winner_to_rowcol(winner, plan), device=t.device)
            rowcol = rowcol.expand(t4.shape[:2] + rowcol.shape[1:])
    out = out.reshape(tuple(t.shape[:-2]) + plan.output_hw)
    return out, rowcol.reshape(tuple(t.shape[:-2]) + plan.output_hw + (2,))
