"""Activation functions by name (the set the decks teach), for numpy arrays and torch tensors."""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

import numpy as np

from convviz.i18n import tr, tr_noop

from . import bands as _bands
from .bands import run_bands, split_rows
from .validation import as_float_array, is_tensor

# Maps with at least this many cells are split between threads (below, a thread costs more than it saves).
PARALLEL_MIN_CELLS = 1 << 18
# Cells per block of a two-pass element-wise function (float32: 256 KB, inside a core's L2 cache).
_BLOCK_CELLS = 1 << 16


@dataclass(frozen=True)
class ActivationInfo:
    """What the UI lists and plots for one activation."""

    name: str
    label: str
    formula: str
    description: str


ACTIVATIONS: "OrderedDict[str, ActivationInfo]" = OrderedDict(
    (info.name, info)
    for info in [
        ActivationInfo("none", tr_noop("None (identity)"), "x", tr_noop("Passes every value through unchanged: the layer stays linear.")),
        ActivationInfo("relu", tr_noop("ReLU"), "max(0, x)", tr_noop("Keeps positive responses and zeroes negative ones; cheap and does not saturate for x > 0.")),
        ActivationInfo(
            "leaky_relu", tr_noop("Leaky ReLU"), "x if x > 0 else a·x",
            tr_noop("Like ReLU but lets a small slope a through for x < 0, so neurons never stop learning entirely."),
        ),
        ActivationInfo("sigmoid", tr_noop("Sigmoid"), "1 / (1 + e^(−x))", tr_noop("Squashes any value into (0, 1); saturates for large |x|, so gradients vanish there.")),
        ActivationInfo("tanh", tr_noop("tanh"), "(e^x − e^(−x)) / (e^x + e^(−x))", tr_noop("Squashes any value into (−1, 1), centred on zero; saturates like the sigmoid.")),
        ActivationInfo(
            "elu", tr_noop("ELU"), "x if x > 0 else α·(e^x − 1)",
            tr_noop("Identity for x > 0 and a smooth curve towards −α below zero, keeping mean activations near zero."),
        ),
        ActivationInfo(
            "softmax", tr_noop("Softmax"), "e^(x_i) / Σ_j e^(x_j)",
            tr_noop("Turns a vector of scores into probabilities that are positive and sum to 1 (the last layer of a classifier)."),
        ),
    ]
)


def _check_name(name: Any) -> str:
    if isinstance(name, str):
        key = name.strip().lower().replace("-", "_").replace(" ", "_")
        if key in ("identity", "linear"):
            key = "none"
        if key == "leakyrelu":
            key = "leaky_relu"
        if key in ACTIVATIONS:
            return key
    raise ValueError(tr("unknown activation {name!r}; choose one of {choices}").format(
                         name=name, choices=', '.join(ACTIVATIONS)))


def activation(x: Any, name: str, *, slope: float = 0.01, alpha: float = 1.0, axis: int | None = None):
    """Apply the activation `name` element-wise (softmax: see below).

    numpy/lists in → numpy float32 out; a tensor in → a tensor out.
    softmax normalises over the whole array when `axis` is None (for a 1-D
    score vector that is the usual softmax; for a map, all cells sum to 1),
    or along `axis` when given.
    """
    key = _check_name(name)
    if not np.isfinite(float(slope)) or not np.isfinite(float(alpha)):
        raise ValueError(tr("the slope and alpha of an activation must be finite numbers"))
    if is_tensor(x):
        return _activation_tensor(x, key, float(slope), float(alpha), axis)
    v = as_float_array(x, tr_noop("input"))
    if key == "none":
        return v.copy()
    if key == "relu":
        return _elementwise(v, lambda src, dst: np.maximum(src, 0, out=dst))
    if key == "leaky_relu":
        # x if x > 0 else a·x is the larger of x and a·x when a ≤ 1, the smaller when a > 1.
        a, larger = v.dtype.type(slope), slope <= 1

        def leaky(src: np.ndarray, dst: np.ndarray) -> None:
            np.multiply(src, a, out=dst)
            (np.maximum if larger else np.minimum)(src, dst, out=dst)

        return _elementwise(v, leaky, block=_BLOCK_CELLS)
    if key == "tanh":
        return _elementwise(v, lambda src, dst: np.tanh(src, out=dst))
    if key in ("sigmoid", "elu"):
        # torch's own kernels on the same memory (no copy): several times faster than
        # numpy's exp with a split by sign, and exactly torch's numbers.
        return _activation_tensor(_shared_tensor(v), key, float(slope), float(alpha), axis).numpy()
    shifted = v - (np.max(v) if axis is None else np.max(v, axis=axis, keepdims=True))
    e = np.exp(shifted)
    return (e / (np.sum(e) if axis is None else np.sum(e, axis=axis, keepdims=True))).astype(v.dtype)


def _elementwise(v: np.ndarray, compute, *, block: int | None = None) -> np.ndarray:
    """compute(src, dst) over `v`, split between the shared threads for big maps.

    numpy releases the GIL inside each operation, so the two halves of a map
    run on two cores; unlike torch's OpenMP threads this keeps its pace on a
    machine busy with other work. `block` cells at a time keep the
    intermediate result of a two-pass `compute` in the CPU cache (memory is
    then read and written once); one-pass functions run faster unblocked.
    """
    out = np.empty(v.shape, dtype=v.dtype)
    if v.size < PARALLEL_MIN_CELLS or not v.flags.c_contiguous:
        compute(v, out)
        return out
    src, dst = v.reshape(-1), out.reshape(-1)

    step = block or v.size

    def blocks(start: int, stop: int) -> None:
        for first in range(start, stop, step):
            last = min(stop, first + step)
            compute(src[first:last], dst[first:last])

    run_bands(blocks, split_rows(v.size, _bands.threads()))
    return out


def _shared_tensor(v: np.ndarray):
    """A CPU tensor on `v`'s memory (a copy only when numpy cannot share it writably)."""
    import torch

    if not v.flags.writeable or not v.flags.aligned or any(step < 0 for step in v.strides):
        v = v.copy()
    return torch.from_numpy(v)


def _activation_tensor(x, key: str, slope: float, alpha: float, axis: int | None):
    import torch
    import torch.nn.functional as F

    t = x if torch.is_floating_point(x) else x.to(torch.float32)
    if key == "none":
        return t.clone()
    if key == "relu":
        return F.relu(t)
    if key == "leaky_relu":
        return F.leaky_relu(t, slope)
    if key == "sigmoid":
        return torch.sigmoid(t)
    if key == "tanh":
        return torch.tanh(t)
    if key == "elu":
        return F.elu(t, alpha)
    if axis is None:
        return torch.softmax(t.reshape(-1), dim=0).reshape(t.shape)
    return torch.softmax(t, dim=axis)


def maxout(maps: Any, axis: int = 0):
    """Max across feature maps (maxout unit): (K, H, W) → (H, W) for axis=0."""
    if is_tensor(maps):
        if maps.ndim == 0 or maps.shape[axis] == 0:
            raise ValueError(tr("maxout needs at least one feature map"))
        return maps.amax(dim=axis)
    v = as_float_array(maps, tr_noop("feature maps"))
    if v.ndim == 0 or v.shape[axis] == 0:
        raise ValueError(tr("maxout needs at least one feature map"))
    return np.max(v, axis=axis)
