"""A transposed convolution one input cell at a time: each cell stamps its scaled kernel.

`transposed_steps(...)[i]` is input cell i (reading order) scattering
value · kernel into the output, with the output as it stands after stamps
0..i (overlapping stamps already summed) and how many stamps each output
cell has received. Built on demand, like `conv_steps`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from convviz.i18n import tr, tr_noop

from .numbers_text import MINUS, format_factor, format_number
from .steps import _LazySteps
from .transposed import plan_conv_transpose, stamp_sum
from .validation import as_float_array


@dataclass(frozen=True)
class TransposedStep:
    """One input cell's stamp: where it lands, what it adds, and the output so far."""

    index: int
    in_row: int
    in_col: int
    value: float  # the input cell that scales the kernel
    weights: np.ndarray  # the kernel (kh, kw)
    stamp: np.ndarray  # value · weights
    rows: tuple[int, ...]  # output row under each kernel row (may fall in the cut-off padding)
    cols: tuple[int, ...]
    inside: np.ndarray  # bool (kh, kw): stamp cells that land inside the output
    partial: np.ndarray  # the output after stamps 0..index, bias included
    coverage: np.ndarray  # int: how many stamps 0..index reached each output cell

    @property
    def expression(self) -> str:
        """ "2 × kernel → output rows 0 to 2, columns 2 to 4" (rows below 0 fall in the cut-off padding)."""
        return tr("{value} × kernel → output rows {rows}, columns {cols}").format(
            value=format_number(self.value), rows=_span(self.rows), cols=_span(self.cols))


def _span(values: tuple[int, ...]) -> str:
    first, last = (str(v).replace("-", MINUS) for v in (values[0], values[-1]))
    return first if first == last else tr("{first} to {last}").format(first=first, last=last)


class TransposedSteps(_LazySteps):
    """Every input cell's stamp of a one-channel transposed convolution, built on demand."""

    def __init__(self, image: Any, kernel: Any, *, stride=1, padding=0, output_padding=0, dilation=1, bias=None):
        array = as_float_array(image, tr_noop("image"))
        kernel_array = as_float_array(kernel, tr_noop("kernel"))
        if array.ndim != 2 or kernel_array.ndim != 2:
            raise ValueError(
                tr("the stamp steps follow one channel: give an (H, W) picture and a (kh, kw) kernel (got shapes "
                   "{shape} and {kernel_shape})").format(
                    shape=tuple(array.shape), kernel_shape=tuple(kernel_array.shape))
            )
        plan = plan_conv_transpose(
            array.shape, kernel_array, stride=stride, padding=padding, output_padding=output_padding,
            dilation=dilation, bias=bias,
        )
        self._plan = plan
        self.image: np.ndarray = array
        self.kernel: np.ndarray = plan.kernel[0, 0]
        self.bias: float = float(plan.bias[0])
        self.stride, self.padding, self.dilation = plan.stride, plan.padding, plan.dilation
        self.output_padding = plan.output_padding
        self.input_shape: tuple[int, int] = (plan.height, plan.width)
        self.output_shape: tuple[int, int] = plan.output_hw
        self.result: np.ndarray = self._output(array, self.bias)

    def __len__(self) -> int:  # one step per input cell, not per output cell
        return self.input_shape[0] * self.input_shape[1]

    def index_of(self, in_row: int, in_col: int) -> int:
        """The step in which input cell (in_row, in_col) stamps."""
        h, w = self.input_shape
        if not (0 <= in_row < h and 0 <= in_col < w):
            raise IndexError(tr("input cell ({in_row}, {in_col}) is outside the {h}×{w} input").format(
                                 in_row=in_row, in_col=in_col, h=h, w=w))
        return in_row * w + in_col

    def _output(self, image: np.ndarray, bias: float, plan=None) -> np.ndarray:
        plan = plan or self._plan
        full = stamp_sum(image[None], plan)[0]
        (py, px), (ho, wo) = plan.padding, plan.output_hw
        return (full[py : py + ho, px : px + wo] + bias).astype(np.float32)

    def _first(self, i: int) -> np.ndarray:
        mask = np.zeros(self.input_shape[0] * self.input_shape[1], dtype=bool)
        mask[: i + 1] = True
        return mask.reshape(self.input_shape)

    def _make(self, i: int) -> TransposedStep:
        w = self.input_shape[1]
        r, c = divmod(i, w)
        kh, kw = self.kernel.shape
        (sy, sx), (py, px), (dy, dx) = self.stride, self.padding, self.dilation
        rows = tuple(r * sy + a * dy - py for a in range(kh))
        cols = tuple(c * sx + b * dx - px for b in range(kw))
        ho, wo = self.output_shape
        inside = (np.array(rows)[:, None] >= 0) & (np.array(rows)[:, None] < ho)
        inside = inside & (np.array(cols)[None, :] >= 0) & (np.array(cols)[None, :] < wo)
        first = self._first(i)
        value = float(self.image[r, c])
        stamp = (np.float32(value) * self.kernel).astype(np.float32)
        partial = self._output(np.where(first, self.image, 0).astype(np.float32), self.bias)
        ones = plan_conv_transpose(
            self.input_shape, np.ones_like(self.kernel), stride=self.stride, padding=self.padding,
            output_padding=self.output_padding, dilation=self.dilation,
        )
        coverage = np.rint(self._output(first.astype(np.float32), 0.0, ones)).astype(np.int64)
        for array in (stamp, inside, partial, coverage):
            array.flags.writeable = False
        return TransposedStep(i, r, c, value, self.kernel, stamp, rows, cols, inside, partial, coverage)

    def contributions(
        self, out_row: int, out_col: int, until: int | None = None
    ) -> list[tuple[int, int, float, float]]:
        """(in_row, in_col, input value, kernel weight) of each stamp (steps 0..until) reaching an output cell."""
        ho, wo = self.output_shape
        if not (0 <= out_row < ho and 0 <= out_col < wo):
            raise IndexError(tr("output cell ({out_row}, {out_col}) is outside the {ho}×{wo} output").format(
                                 out_row=out_row, out_col=out_col, ho=ho, wo=wo))
        (sy, sx), (py, px), (dy, dx) = self.stride, self.padding, self.dilation
        kh, kw = self.kernel.shape
        found = []
        for r in range(self.input_shape[0]):
            for a in range(kh):
                if r * sy + a * dy - py != out_row:
                    continue
                for c in range(self.input_shape[1]):
                    for b in range(kw):
                        if c * sx + b * dx - px == out_col:
                            found.append((r, c, float(self.image[r, c]), float(self.kernel[a, b])))
        last = len(self) - 1 if until is None else until
        return sorted(item for item in found if self.index_of(item[0], item[1]) <= last)

    def cell_expression(self, out_row: int, out_col: int, until: int | None = None) -> str:
        """ "1×2 + 3×(−1) = −1": the overlapping stamps' terms (of steps 0..until) that sum into one output cell."""
        found = self.contributions(out_row, out_col, until)
        terms = [f"{format_factor(v)}×{format_factor(w)}" for _, _, v, w in found]
        if self.bias != 0:
            terms.append(tr("{bias} (bias)").format(bias=format_factor(self.bias)))
        value = self.result[out_row, out_col] if until is None else self[until].partial[out_row, out_col]
        total = format_number(value)
        return (" + ".join(terms) if terms else tr("no stamp reaches this cell")) + f" = {total}"


def transposed_steps(
    image: Any, kernel: Any, *, stride=1, padding=0, output_padding=0, dilation=1, bias=None
) -> TransposedSteps:
    """The lazy sequence of `TransposedStep`s (same arguments as `conv_transpose2d`, one channel)."""
    return TransposedSteps(
        image, kernel, stride=stride, padding=padding, output_padding=output_padding, dilation=dilation, bias=bias,
    )
