"""The sliding window, one step at a time, computed lazily.

`conv_steps(...)[i]` builds step i on demand from the padded input: the
output cell, the window's rows/cols in the padded input, the values under
the kernel, the products and their sum. Nothing is materialised, so a 4096²
picture has 16 million steps and costs nothing until one is looked at.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Iterator

import numpy as np

from convviz.i18n import tr, tr_noop

from .conv import plan_conv
from .numbers_text import format_factor, format_number
from .padding import pad_image
from .pool import plan_pool
from .validation import as_float_array, check_image_shape


def _mask(shape_hw: tuple[int, int], pads: tuple[int, int, int, int], rows, cols) -> np.ndarray:
    """True where (row, col) of the padded input is a padding cell."""
    top, _, left, _ = pads
    height, width = shape_hw
    r = np.asarray(rows)[:, None]
    c = np.asarray(cols)[None, :]
    return (r < top) | (r >= top + height) | (c < left) | (c >= left + width)


class _LazySteps(Sequence):
    """Index, negative index, slice (a list), len and iterate without storing steps."""

    output_shape: tuple[int, int]

    def __len__(self) -> int:
        return self.output_shape[0] * self.output_shape[1]

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self._make(i) for i in range(*index.indices(len(self)))]
        if isinstance(index, (bool, np.bool_)) or not isinstance(index, (int, np.integer)):
            raise TypeError(tr("step index must be an integer, not {kind}").format(kind=type(index).__name__))
        n = len(self)
        i = int(index)
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError(tr("step {index} is out of range; there are {n} steps (0 to {last})").format(
                                 index=index, n=n, last=n - 1))
        return self._make(i)

    def __iter__(self) -> Iterator:
        for i in range(len(self)):
            yield self._make(i)

    def index_of(self, out_row: int, out_col: int) -> int:
        """The step that computes output cell (out_row, out_col)."""
        ho, wo = self.output_shape
        if not (0 <= out_row < ho and 0 <= out_col < wo):
            raise IndexError(tr("output cell ({out_row}, {out_col}) is outside the {ho}×{wo} output").format(
                                 out_row=out_row, out_col=out_col, ho=ho, wo=wo))
        return out_row * wo + out_col

    def _make(self, i: int):  # pragma: no cover - abstract
        raise NotImplementedError


@dataclass(frozen=True)
class ConvStep:
    """One position of the kernel: everything a student sees in "3×(−1) + 0×0 + … = 5"."""

    index: int
    out_row: int
    out_col: int
    rows: tuple[int, ...]  # padded-input row under each kernel row
    cols: tuple[int, ...]  # padded-input column under each kernel column
    window: np.ndarray  # values under the kernel: (kh, kw) or (C, kh, kw)
    weights: np.ndarray  # the kernel as applied (flipped if flip)
    products: np.ndarray  # window · weights, same shape
    bias: float
    total: float  # sum of products + bias: the output cell
    is_padding: np.ndarray  # bool, like window: True on padding cells

    @property
    def expression(self) -> str:
        """ "3×(−1) + 0×0 + 1×1 + … = 5" with every term, the bias if any, and the total."""
        terms = [
            f"{format_factor(v)}×{format_factor(w)}"
            for v, w in zip(self.window.reshape(-1), self.weights.reshape(-1))
        ]
        if self.bias != 0:
            terms.append(f"{format_factor(self.bias)} (bias)")
        return " + ".join(terms) + f" = {format_number(self.total)}"

    @property
    def channel_sums(self) -> np.ndarray:
        """One sum of products per input channel (one value for a 2-D window): what each kernel slice adds."""
        if self.products.ndim == 2:
            return np.array([np.sum(self.products, dtype=np.float64)])
        return np.sum(self.products, axis=(1, 2), dtype=np.float64)

    @property
    def channel_expressions(self) -> tuple[str, ...]:
        """ "10×1 + 0×0 + … = 30" for each channel's slice, without the bias (added once, after the channels)."""
        windows = self.window if self.window.ndim == 3 else self.window[None]
        weights = self.weights if self.weights.ndim == 3 else self.weights[None]
        lines = []
        for window, kernel, total in zip(windows, weights, self.channel_sums):
            terms = [f"{format_factor(v)}×{format_factor(w)}" for v, w in zip(window.reshape(-1), kernel.reshape(-1))]
            lines.append(" + ".join(terms) + f" = {format_number(total)}")
        return tuple(lines)

    @property
    def sum_expression(self) -> str:
        """ "30 + 0 + (−30) + 1 (bias) = 1": the channels' sums, then the bias once, then the output cell."""
        terms = [format_factor(total) for total in self.channel_sums]
        terms.append(f"{format_factor(self.bias)} (bias)")
        return " + ".join(terms) + f" = {format_number(self.total)}"


class ConvSteps(_LazySteps):
    """All kernel positions of a conv setting, in reading order, built on demand."""

    def __init__(self, image: Any, kernel: Any, *, stride=1, padding=0, dilation=1, flip=False, bias=None, padding_mode="zeros"):
        array = as_float_array(image, tr_noop("image"))
        check_image_shape(array.shape)
        plan = plan_conv(
            array.shape, kernel, stride=stride, padding=padding, dilation=dilation, flip=flip,
            bias=bias, padding_mode=padding_mode,
        )
        if plan.kernel.shape[0] != 1:
            raise ValueError(
                tr("steps follow one filter at a time; the kernel has {filters} filters, pass kernel[n]").format(
                    filters=plan.kernel.shape[0])
            )
        self._plan = plan
        self._squeeze = array.ndim == 2
        self.padded: np.ndarray = pad_image(array, plan.pads, plan.padding_mode)
        self.pads: tuple[int, int, int, int] = plan.pads
        self.kernel: np.ndarray = plan.kernel[0, 0] if self._squeeze else plan.kernel[0]
        self.bias: float = float(plan.bias[0])
        self.output_shape: tuple[int, int] = plan.output_hw
        self.stride, self.dilation = plan.stride, plan.dilation
        self.input_shape: tuple[int, int] = (plan.height, plan.width)

    def _make(self, i: int) -> ConvStep:
        wo = self.output_shape[1]
        r, c = divmod(i, wo)
        kh, kw = self.kernel.shape[-2:]
        rows = tuple(r * self.stride[0] + k * self.dilation[0] for k in range(kh))
        cols = tuple(c * self.stride[1] + k * self.dilation[1] for k in range(kw))
        window = self.padded[..., list(rows), :][..., list(cols)]
        products = window * self.kernel
        mask = _mask(self.input_shape, self.pads, rows, cols)
        if not self._squeeze:
            mask = np.broadcast_to(mask, window.shape).copy()
        total = float(np.sum(products, dtype=np.float64) + self.bias)
        for array in (window, products, mask):
            array.flags.writeable = False
        return ConvStep(i, r, c, rows, cols, window, self.kernel, products, self.bias, total, mask)


def conv_steps(image: Any, kernel: Any, *, stride=1, padding=0, dilation=1, flip=False, bias=None, padding_mode="zeros") -> ConvSteps:
    """The lazy sequence of `ConvStep`s for a conv setting (same arguments as `conv2d`)."""
    return ConvSteps(
        image, kernel, stride=stride, padding=padding, dilation=dilation, flip=flip, bias=bias,
        padding_mode=padding_mode,
    )


@dataclass(frozen=True)
class PoolStep:
    """One pooling window: its cells, the result and (for max) the winning cell."""

    index: int
    out_row: int
    out_col: int
    rows: tuple[int, ...]  # padded-input rows of the window
    cols: tuple[int, ...]
    window: np.ndarray  # (k, k) or (C, k, k); padding cells hold −∞ (max) or 0 (avg, sum)
    is_padding: np.ndarray
    value: float | np.ndarray  # a float for a 2-D map, one value per channel for (C, H, W)
    winner: tuple[int, int] | None  # (r, c) inside the window for max (2-D maps), None for avg and sum
    mode: str = "max"

    @property
    def expression(self) -> str:
        """ "max(1, 3, 3, 6) = 6", "(1 + 3 + 3 + 6) / 4 = 3.25" or "1 + 3 + 3 + 6 = 13" (first channel of a stack)."""
        window = self.window if self.window.ndim == 2 else self.window[0]
        padding = self.is_padding if self.is_padding.ndim == 2 else self.is_padding[0]
        value = self.value if np.ndim(self.value) == 0 else np.asarray(self.value).reshape(-1)[0]
        if self.mode == "max":
            values = [format_number(v) for v, pad in zip(window.reshape(-1), padding.reshape(-1)) if not pad]
            return f"max({', '.join(values)}) = {format_number(value)}"
        values = [format_number(v) for v in window.reshape(-1)]
        if self.mode == "sum":
            return f"{' + '.join(values)} = {format_number(value)}"
        return f"({' + '.join(values)}) / {window.size} = {format_number(value)}"


class PoolSteps(_LazySteps):
    """All windows of a pooling setting, in reading order, built on demand."""

    def __init__(self, x: Any, size=2, *, stride=None, padding=0, mode="max"):
        array = as_float_array(x, tr_noop("feature map"))
        plan = plan_pool(array.shape, size, stride=stride, padding=padding, mode=mode)
        self._plan = plan
        self._squeeze = array.ndim == 2
        py, px = plan.padding
        self.pads: tuple[int, int, int, int] = (py, py, px, px)
        fill = -np.inf if plan.mode == "max" else 0.0
        self.padded: np.ndarray = pad_image(array, self.pads, "zeros", value=fill)
        self.mode, self.size, self.stride = plan.mode, plan.size, plan.stride
        self.output_shape: tuple[int, int] = plan.output_hw
        self.input_shape: tuple[int, int] = (plan.height, plan.width)

    def _make(self, i: int) -> PoolStep:
        wo = self.output_shape[1]
        r, c = divmod(i, wo)
        kh, kw = self.size
        rows = tuple(range(r * self.stride[0], r * self.stride[0] + kh))
        cols = tuple(range(c * self.stride[1], c * self.stride[1] + kw))
        window = self.padded[..., rows[0] : rows[-1] + 1, cols[0] : cols[-1] + 1].copy()
        mask = _mask(self.input_shape, self.pads, rows, cols)
        if not self._squeeze:
            mask = np.broadcast_to(mask, window.shape).copy()
        flat = window.reshape(window.shape[:-2] + (-1,))
        if self.mode == "max":
            best = np.argmax(flat, axis=-1)  # first maximum in reading order, like torch
            nan = np.isnan(flat)
            if nan.any():  # torch: a NaN takes over, so the window's last NaN wins
                last_nan = flat.shape[-1] - 1 - np.argmax(nan[..., ::-1], axis=-1)
                best = np.where(nan.any(axis=-1), last_nan, best)
            values = np.take_along_axis(flat, best[..., None], axis=-1)[..., 0]
            winner = (int(best) // kw, int(best) % kw) if self._squeeze else None
        else:
            values = np.sum(flat, axis=-1, dtype=np.float32)
            if self.mode == "avg":
                values = values / np.float32(kh * kw)
            values = values.astype(np.float32)
            winner = None
        value = float(values) if self._squeeze else values
        window.flags.writeable = False
        mask.flags.writeable = False
        return PoolStep(i, r, c, rows, cols, window, mask, value, winner, self.mode)


def pool_steps(x: Any, size=2, *, stride=None, padding=0, mode="max") -> PoolSteps:
    """The lazy sequence of `PoolStep`s for a pooling setting (same arguments as `pool2d`)."""
    return PoolSteps(x, size, stride=stride, padding=padding, mode=mode)
