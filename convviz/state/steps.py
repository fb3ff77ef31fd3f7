"""What the Steps view shows, as plain data: the example, the settings, the steps.

`StepsSettings` is one frozen choice of input matrix, kernel and settings;
`StepsState` holds the current one and emits `changed` only when something
really changed (so widgets can write back without loops); `build_steps`
turns settings into the core's `ConvSteps` / `PoolSteps`, or into a sentence
explaining why these settings give no output. No Qt here: the view is the
only Qt part, and tests can check the maths without a window.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field, replace
from fractions import Fraction
from typing import Any

import numpy as np
from psygnal import Signal

from convviz import limits
from convviz.core import (
    conv_steps,
    downscale,
    format_number,
    pool_steps,
    transposed_output_size_formula,
    transposed_steps,
)
from convviz.core.kernel_scale import ONE, apply_scale, parse_scale, scale_text
from convviz.i18n import tr, tr_noop
from convviz.state.colors import sliding_output_scale
from convviz.state.conventions import size_formulas

MODES = ("conv", "max", "avg", "transposed")
KERNEL_MODES = ("conv", "transposed")  # the modes that use the kernel
MAX_SIDE = int(limits.STEPS_MATRIX_SIDE.high)  # a matrix whose numbers stay readable on a projector
MAX_KERNEL = int(limits.STEPS_KERNEL_SIDE.high)
MAX_CHANNELS = int(limits.STEPS_CHANNELS.high)  # RGB(A): each channel gets its own small grid side by side
MAX_FILTERS = int(limits.STEPS_FILTERS.high)

#: The decks' worked examples (true values; the slides' slips are not copied).
VERTICAL_EDGE_6 = np.array(
    [
        [3, 0, 1, 2, 7, 4],
        [1, 5, 8, 9, 3, 1],
        [2, 7, 2, 5, 1, 3],
        [0, 1, 3, 1, 7, 8],
        [4, 2, 1, 6, 2, 8],
        [2, 4, 5, 2, 3, 9],
    ],
    dtype=np.float64,
)
VERTICAL_EDGE_7 = np.array(
    [
        [3, 0, 1, 2, 7, 4, 2],
        [1, 5, 8, 9, 3, 1, 1],
        [2, 7, 2, 5, 1, 3, 5],
        [0, 1, 3, 1, 7, 8, 4],
        [4, 2, 1, 6, 2, 8, 3],
        [2, 4, 5, 2, 3, 9, 8],
        [2, 3, 6, 4, 2, 0, 1],
    ],
    dtype=np.float64,
)
VERTICAL_EDGE_KERNEL = np.array([[-1, 0, 1]] * 3, dtype=np.float64)
POOLING_4 = np.array(
    [[0.2, 0.8, 0.3, 0.6], [0.2, 0.9, 0.3, 0.8], [0.3, 0.8, 0.8, 0.9], [0.0, 0.0, 0.2, 0.8]],
    dtype=np.float64,
)

#: Deck 001's colour example: a 6×6×3 picture (red, green, blue) and its three 3×3×3 filters ("Quiz 1").
RGB_6 = np.stack([
    np.tile([10, 10, 10, 0, 0, 0], (6, 1)),
    np.tile([0, 0, 0, 0, 10, 10], (6, 1)),
    np.repeat([[10], [10], [10], [0], [0], [0]], 6, axis=1),
]).astype(np.float64)
_VERTICAL = np.tile([1.0, 0.0, -1.0], (3, 1))
RGB_FILTERS = np.stack([
    np.stack([_VERTICAL, np.zeros((3, 3)), np.zeros((3, 3))]),  # vertical edges in red only
    np.stack([_VERTICAL] * 3),  # vertical edges of red + green + blue
    np.stack([_VERTICAL.T] * 3),  # horizontal edges
])


def _checked_padding(padding: Any, mode: str) -> int | tuple[int, int] | str:
    """0..7 cells on every side, (rows, columns), or "same"/"valid" for a convolution; (p, p) reads as p."""
    if isinstance(padding, str):
        if padding not in ("same", "valid"):
            raise ValueError(tr("padding {padding} is unknown; "
                                "give a number of cells, “same” or “valid”").format(padding=limits.describe(padding)))
        if mode != "conv":
            what = tr("a transposed convolution") if mode == "transposed" else tr("pooling")
            raise ValueError(tr("“{padding}” padding is for convolutions; {what} takes a number of cells").format(
                padding=padding, what=what))
        return padding
    values = tuple(padding) if isinstance(padding, (tuple, list, np.ndarray)) else (padding,)
    if len(values) not in (1, 2):
        raise ValueError(tr("padding is one number for every side or two (rows, columns)"))
    checked = tuple(int(limits.STEPS_PADDING.check(value, "padding")) for value in values)
    if len(set(checked)) != 1 and mode == "transposed":
        raise ValueError(tr("a transposed convolution in the Steps view takes one padding for every side"))
    return checked[0] if len(set(checked)) == 1 else checked  # type: ignore[return-value]


def _expected(stacks: int) -> str:
    """The shapes a grid with up to `stacks` extra axes may have, in words ("rows × columns or ...")."""
    shapes = (tr("rows × columns"), tr("channels × rows × columns"), tr("filters × channels × rows × columns"))
    return tr(" or ").join(shapes[: stacks + 1])


def _as_matrix(values: Any, what: str, side: limits.Limit, stacks: int = 0) -> np.ndarray:
    """A finite grid, or up to `stacks` extra leading axes (channels; filters × channels) of such grids.

    `what` names the grid with its article ("the input"), marked with tr_noop: translated for a refusal only.
    """
    shape = np.shape(values) if isinstance(values, np.ndarray) else None
    if shape is not None and (not 2 <= len(shape) <= 2 + stacks or max(shape[-2:], default=0) > side.high):
        raise ValueError(tr("{what} is {shape}; the Steps view shows at most {side}×{side} ({expected})").format(
            what=tr(what), shape="×".join(map(str, shape)), side=int(side.high), expected=_expected(stacks),
        ))  # said before a huge array is copied
    try:
        array = np.array(values, dtype=np.float64, copy=True)
    except (TypeError, ValueError, OverflowError):
        raise ValueError(tr("{what} must be a grid of numbers ({expected})").format(what=tr(what), expected=_expected(stacks))) from None
    if not 2 <= array.ndim <= 2 + stacks or 0 in array.shape:
        raise ValueError(tr("{what} must be a non-empty grid of numbers ({expected})").format(what=tr(what), expected=_expected(stacks)))
    if not np.isfinite(array).all():
        raise ValueError(tr("{what} contains NaN or infinity; every cell must be a finite number").format(what=tr(what)))
    if max(array.shape[-2:]) > side.high:
        raise ValueError(tr("{what} is {rows}×{columns}; the Steps view shows at most {side}×{side}").format(
            what=tr(what), rows=array.shape[-2], columns=array.shape[-1], side=int(side.high)))
    if array.ndim >= 3 and array.shape[-3] > MAX_CHANNELS:
        raise ValueError(tr("{what} has {channels} channels; the Steps view shows at most {most}").format(
            what=tr(what), channels=array.shape[-3], most=MAX_CHANNELS))
    if array.ndim == 4 and array.shape[0] > MAX_FILTERS:
        raise ValueError(tr("{what} has {filters} filters; the Steps view steps through at most {most}").format(
            what=tr(what), filters=array.shape[0], most=MAX_FILTERS))
    array.setflags(write=False)
    return array


@dataclass(frozen=True, eq=False)
class StepsSettings:
    """One example: input and kernel matrices plus the sliding-window settings.

    `kernel` holds the cells as shown; `kernel_scale` is the factor written
    apart, as the decks write "±1, then /9": the steps multiply by the cells
    and the sum is then multiplied by the factor (`applied_kernel` is the
    product, for exports and checks).

    A colour example has an `image` of (C, H, W) and a `kernel` of
    (C, kh, kw) (one filter) or (F, C, kh, kw) (a bank); `bias` holds one
    number per filter (empty: no bias) and `filter_index` the filter stepped.
    """

    image: np.ndarray = field(default_factory=lambda: VERTICAL_EDGE_6)
    kernel: np.ndarray = field(default_factory=lambda: VERTICAL_EDGE_KERNEL)
    stride: int = 1
    padding: int | tuple[int, int] | str = 0  # every side, (rows, columns), or "same" / "valid"
    dilation: int = 1
    flip: bool = False
    mode: str = "conv"
    pool_size: int = 2
    kernel_scale: Fraction = ONE
    output_padding: int = 0  # transposed convolution only: extra cells kept at the bottom/right
    bias: tuple[float, ...] = ()
    filter_index: int = 0

    def __post_init__(self) -> None:
        """Every field within `convviz.limits`: at most (16 + 2·7)² steps, built in milliseconds."""
        if not isinstance(self.mode, str) or self.mode not in MODES:
            raise ValueError(tr("unknown mode {mode}; choose one of {modes}").format(
                mode=limits.describe(self.mode), modes=", ".join(MODES)))
        object.__setattr__(self, "image", _as_matrix(self.image, tr_noop("the input"), limits.STEPS_MATRIX_SIDE, stacks=1))
        object.__setattr__(self, "kernel", _as_matrix(self.kernel, tr_noop("the kernel"), limits.STEPS_KERNEL_SIDE, stacks=2))
        for name, limit in (("stride", limits.STEPS_STRIDE), ("dilation", limits.STEPS_DILATION),
                            ("pool_size", limits.STEPS_POOL_SIZE)):
            object.__setattr__(self, name, int(limit.check(getattr(self, name), name)))
        object.__setattr__(self, "padding", _checked_padding(self.padding, self.mode))
        if type(self.flip).__name__ not in ("bool", "bool_") and self.flip not in (0, 1):
            raise ValueError(tr('"flip" must be true or false, not {value}').format(value=limits.describe(self.flip)))
        object.__setattr__(self, "flip", bool(self.flip))
        object.__setattr__(self, "kernel_scale", parse_scale(self.kernel_scale))
        output_padding = limits.STEPS_PADDING.check(self.output_padding, "output_padding")
        object.__setattr__(self, "output_padding", int(output_padding))
        channels = self.channels
        if self.kernel.ndim == 2 and channels > 1:
            raise ValueError(tr("the input has {channels} channels, so the kernel needs one slice per channel").format(
                channels=channels))
        if self.kernel.ndim >= 3 and self.kernel.shape[-3] != channels:
            raise ValueError(
                tr("the kernel has {slices} channel slice(s) but the input has {channels} channel(s); "
                   "they must be equal").format(slices=self.kernel.shape[-3], channels=channels)
            )
        if channels > 1 and self.mode != "conv":
            raise ValueError(tr("the Steps view pools one grid at a time; pick one channel of the input to pool")
                             if self.mode != "transposed" else
                             tr("the Steps view transposes one grid at a time; pick one channel of the input"))
        if self.mode == "transposed" and self.kernel.ndim != 2:
            raise ValueError(tr("the Steps view transposes with one kernel grid; pick one filter"))
        try:
            bias = tuple(float(b) for b in np.atleast_1d(np.asarray(self.bias, dtype=np.float64)))
        except (TypeError, ValueError, OverflowError):
            raise ValueError(tr("a bias must be a number, one per filter")) from None
        if len(bias) > MAX_FILTERS or (bias and len(bias) != self.filter_count):
            raise ValueError(
                tr("there are {filters} filter(s) but {biases} bias value(s); give one per filter").format(
                    filters=self.filter_count, biases=len(bias))
            )
        if not np.isfinite(bias).all():
            raise ValueError(tr("a bias is NaN or infinity; every bias must be a finite number"))
        if any(bias) and self.kernel_scale != ONE:
            raise ValueError(tr("a kernel with a factor written apart (like 1/9) takes no bias in the Steps view"))
        object.__setattr__(self, "bias", bias)
        if type(self.filter_index).__name__ == "bool" or not isinstance(self.filter_index, (int, np.integer)) \
                or not 0 <= int(self.filter_index) < self.filter_count:
            raise ValueError(tr("filter {filter} does not exist; choose 0 to {last}").format(
                filter=limits.describe(self.filter_index), last=self.filter_count - 1))
        object.__setattr__(self, "filter_index", int(self.filter_index))

    @property
    def pads(self) -> tuple[int, int, int, int]:
        """Padding cells (top, bottom, left, right), as the core resolves the setting ("same" may be uneven)."""
        if isinstance(self.padding, str):
            from convviz.core import resolve_padding

            return tuple(resolve_padding(self.padding, self.window_shape, (self.dilation,) * 2, (self.stride,) * 2))
        rows, cols = (self.padding, self.padding) if isinstance(self.padding, int) else self.padding
        return (rows, rows, cols, cols)

    @property
    def padding_text(self) -> str:
        """ "", "padded by 1", "padded by 1 row and 2 columns", "“same” padding (1, 1, 0, 1)"."""
        top, bottom, left, right = self.pads
        if isinstance(self.padding, str):
            return tr("“{kind}” padding").format(kind=self.padding) + (
                tr(" (top {top}, bottom {bottom}, left {left}, right {right})").format(
                    top=top, bottom=bottom, left=left, right=right) if any(self.pads) else "")
        if not any(self.pads):
            return ""
        if top == left:
            return tr("padded by {cells}").format(cells=top)
        rows = tr("1 row") if top == 1 else tr("{count} rows").format(count=top)
        cols = tr("1 column") if left == 1 else tr("{count} columns").format(count=left)
        return tr("padded by {rows} and {columns}").format(rows=rows, columns=cols)

    @property
    def channels(self) -> int:
        """1 for a grey matrix, C for a (C, H, W) stack."""
        return 1 if self.image.ndim == 2 else self.image.shape[0]

    @property
    def filter_count(self) -> int:
        return self.kernel.shape[0] if self.kernel.ndim == 4 else 1

    @property
    def filter_kernel(self) -> np.ndarray:
        """The filter being stepped: (kh, kw) for a grey input, (C, kh, kw) for a stack."""
        return self.kernel[self.filter_index] if self.kernel.ndim == 4 else self.kernel

    @property
    def filter_bias(self) -> float:
        return self.bias[self.filter_index] if self.bias else 0.0

    @property
    def input_hw(self) -> tuple[int, int]:
        return self.image.shape[-2:]  # type: ignore[return-value]

    def same_as(self, other: StepsSettings) -> bool:
        return (
            np.array_equal(self.image, other.image)
            and np.array_equal(self.kernel, other.kernel)
            and (self.stride, self.padding, self.dilation, self.flip, self.mode, self.pool_size, self.kernel_scale,
                 self.output_padding, self.bias, self.filter_index)
            == (other.stride, other.padding, other.dilation, other.flip, other.mode, other.pool_size,
                other.kernel_scale, other.output_padding, other.bias, other.filter_index)
        )

    @property
    def applied_kernel(self) -> np.ndarray:
        """The weights the output is made with: cells × factor."""
        return apply_scale(self.kernel, self.kernel_scale)

    @property
    def scale_text(self) -> str:
        """ "1/9" when the kernel has a factor written apart, else ""."""
        return "" if self.kernel_scale == ONE else scale_text(self.kernel_scale)

    @property
    def output_scale(self) -> str:
        """The colour scale of the output by its kind (`convviz.state.colors`), the same in grids and exports.

        A convolution's sum of products can have any sign; pooling keeps the
        kind of the matrix it pools, and a matrix typed here can hold any sign.
        """
        return sliding_output_scale(self.mode, "numbers")

    @property
    def window_shape(self) -> tuple[int, int]:
        """The kernel's size, or the pooling window's."""
        if self.mode in KERNEL_MODES:
            return self.kernel.shape[-2:]  # type: ignore[return-value]
        return (self.pool_size, self.pool_size)


class StepsState:
    """The Steps view's current example; `changed` fires only on a real change."""

    changed = Signal(object)  # the new StepsSettings

    def __init__(self, settings: StepsSettings | None = None, seed: int | None = None) -> None:
        self._settings = settings or StepsSettings()
        self._rng = np.random.default_rng(seed)

    @property
    def settings(self) -> StepsSettings:
        return self._settings

    def update(self, **changes: Any) -> bool:
        """Replace some fields (ValueError for bad ones); True if anything changed."""
        new = replace(self._settings, **changes)
        if new.same_as(self._settings):
            return False
        self._settings = new
        self.changed.emit(new)
        return True

    def apply(self, changes: dict[str, Any]) -> bool:
        """Fields, plus the panel's wishes "input_shape", "kernel_shape" and "mode"."""
        changes = dict(changes)
        settings = self._settings
        if "input_shape" in changes:
            shape = tuple(changes.pop("input_shape"))
            shape = settings.image.shape[:-2] + shape  # every channel keeps its grid
            changes["image"] = resized(settings.image, shape, random_matrix(shape, self._rng))
        if "kernel_shape" in changes:
            shape = settings.kernel.shape[:-2] + tuple(changes.pop("kernel_shape"))
            changes["kernel"] = resized(settings.kernel, shape, np.zeros(shape))
        mode = changes.get("mode", settings.mode)
        if mode != settings.mode and "stride" not in changes:
            # pooling windows usually tile (stride = window); a kernel usually slides by one
            changes["stride"] = settings.pool_size if mode not in KERNEL_MODES else 1
        if mode != settings.mode and mode != "transposed" and "output_padding" not in changes:
            changes["output_padding"] = 0
        if mode not in KERNEL_MODES and "padding" not in changes:
            limit = changes.get("pool_size", settings.pool_size) // 2
            _, _, _, cols = settings.pads
            rows = settings.pads[0]
            changes["padding"] = min(rows, limit) if rows == cols else (min(rows, limit), min(cols, limit))
        elif mode == "transposed" and "padding" not in changes and not isinstance(settings.padding, int):
            changes["padding"] = min(settings.pads)  # one padding for every side
        return self.update(**changes)

    def randomize(self) -> bool:
        """New random whole numbers 0..9 of the same size."""
        return self.update(image=random_matrix(self._settings.image.shape, self._rng))

    def set_cell(self, row: int, col: int, value: float, channel: int = 0) -> bool:
        """One input cell (of `channel` when the input is a stack)."""
        image = self._settings.image.copy()
        image[(channel, row, col) if image.ndim == 3 else (row, col)] = value
        return self.update(image=image)

    def set_kernel_cell(self, row: int, col: int, value: float, channel: int = 0) -> bool:
        """One weight of the filter being stepped (of its slice `channel` when the input is a stack)."""
        kernel = self._settings.kernel.copy()
        index: tuple[int, ...] = (row, col) if kernel.ndim == 2 else (channel, row, col)
        if kernel.ndim == 4:
            index = (self._settings.filter_index, *index)
        kernel[index] = value
        return self.update(kernel=kernel)


EXAMPLES: dict[str, tuple[str, StepsSettings]] = {
    "vertical_edge_6x6": (tr_noop("Vertical edge, 6×6 (slides)"), StepsSettings()),
    "stride_2_7x7": (tr_noop("Stride 2 on 7×7 (slides)"), StepsSettings(image=VERTICAL_EDGE_7, stride=2)),
    "padding_1_6x6": (tr_noop("Padding 1 on 6×6"), StepsSettings(padding=1)),
    "max_pool_4x4": (tr_noop("Max pooling 2×2, 4×4 (slides)"), StepsSettings(image=POOLING_4, mode="max", stride=2)),
    "avg_pool_4x4": (tr_noop("Average pooling 2×2, 4×4"), StepsSettings(image=POOLING_4, mode="avg", stride=2)),
    "rgb_6x6x3": (tr_noop("Colour 6×6×3, three filters (slides)"), StepsSettings(image=RGB_6, kernel=RGB_FILTERS)),
    "transposed_stride_2": (
        tr_noop("Transposed 3×3, stride 2 (upsampling)"),
        StepsSettings(
            image=np.array([[1, 2], [3, 4]], dtype=np.float64),
            kernel=np.array([[1, 1, 1], [1, 2, 1], [1, 1, 1]], dtype=np.float64),
            stride=2, mode="transposed",
        ),
    ),
}


def random_matrix(shape: tuple[int, int], rng: np.random.Generator, high: int = 9) -> np.ndarray:
    """Small integers 0..high: easy to multiply in one's head."""
    return rng.integers(0, high + 1, size=shape).astype(np.float64)


def resized(matrix: np.ndarray, shape: tuple[int, int], fill: np.ndarray) -> np.ndarray:
    """`matrix` cropped or grown to `shape`; new cells come from `fill` (same shape as the result)."""
    grown = np.array(fill, dtype=np.float64, copy=True)
    rows, cols = min(shape[-2], matrix.shape[-2]), min(shape[-1], matrix.shape[-1])
    grown[..., :rows, :cols] = matrix[..., :rows, :cols]
    return grown


def picture_matrix(picture: np.ndarray, shape: tuple[int, int]) -> np.ndarray:
    """A picture (float [0, 1], grey or (C, H, W)) as `shape` whole grey levels 0..255.

    Area-averaged by the core's `downscale`: each cell is the mean brightness
    of the part of the picture it covers, like a pixel of a tiny photo.
    """
    small = np.asarray(downscale(picture, tuple(shape[-2:])), dtype=np.float64)
    if len(shape) == 3:  # a colour example keeps its channels (a grey picture fills each alike)
        small = small if small.ndim == 3 and small.shape[0] == shape[0] else np.broadcast_to(
            small.mean(axis=0) if small.ndim == 3 else small, tuple(shape))
    elif small.ndim == 3:
        small = small.mean(axis=0)
    return np.clip(np.rint(small * 255.0), 0, 255)


@dataclass(frozen=True)
class BuiltSteps:
    """The core's steps for some settings (with every output value, factor applied), or why there are none."""

    settings: StepsSettings
    steps: Any | None  # ConvSteps or PoolSteps
    values: np.ndarray  # output value of each step, in step order
    formula: str
    problem: str | None
    seconds: float

    @property
    def count(self) -> int:
        return 0 if self.steps is None else len(self.steps)

    @property
    def output_shape(self) -> tuple[int, int]:
        return (0, 0) if self.steps is None else tuple(self.steps.output_shape)  # type: ignore[return-value]

    def expression(self, step: int) -> str:
        """The step's arithmetic as a line: the core's sum, then "× 1/9 = 0.778" when the kernel has a factor."""
        text = self.steps[step].expression
        if self.settings.mode == "conv" and self.settings.kernel_scale != ONE:
            text += f" × {self.settings.scale_text} = {format_number(float(self.values[step]))}"
        return text

    def output_until(self, step: int) -> np.ndarray:
        """The output with the cells of steps 0..step filled and NaN after.

        Transposed: the output after stamps 0..step (overlaps summed), NaN where no stamp has landed yet.
        """
        if self.settings.mode == "transposed":
            stamped = self.steps[step]
            partial = apply_scale(stamped.partial.astype(np.float64), self.settings.kernel_scale)
            return np.where(stamped.coverage > 0, partial, np.nan)
        flat = np.full(self.count, np.nan)
        flat[: step + 1] = self.values[: step + 1]
        return flat.reshape(self.output_shape)


def build_steps(settings: StepsSettings) -> BuiltSteps:
    """Every step of these settings from the core, or the core's explanation."""
    started = time.perf_counter()
    formula = _formula(settings)
    try:
        if settings.mode == "transposed":
            steps = transposed_steps(
                settings.image,
                settings.kernel,
                stride=settings.stride,
                padding=settings.padding,
                output_padding=settings.output_padding,
                dilation=settings.dilation,
            )
        elif settings.mode == "conv":
            steps = conv_steps(
                settings.image,
                settings.filter_kernel,
                stride=settings.stride,
                padding=settings.padding,
                dilation=settings.dilation,
                flip=settings.flip,
                bias=settings.filter_bias,
            )
        else:
            steps = pool_steps(
                settings.image,
                settings.pool_size,
                stride=settings.stride,
                padding=settings.padding,
                mode=settings.mode,
            )
    except ValueError as exc:
        return BuiltSteps(settings, None, np.zeros(0), formula, _sentence(exc), time.perf_counter() - started)
    if not len(steps):
        return BuiltSteps(settings, None, np.zeros(0), formula, tr("These settings give no output cells."),
                          time.perf_counter() - started)
    if settings.mode == "transposed":  # values: the finished output in reading order (steps walk the input)
        values = apply_scale(steps.result.astype(np.float64).reshape(-1), settings.kernel_scale)
        return BuiltSteps(settings, steps, values, formula, None, time.perf_counter() - started)
    values = np.array([step.total if settings.mode == "conv" else step.value for step in steps], dtype=np.float64)
    if settings.mode == "conv":
        values = apply_scale(values, settings.kernel_scale)  # the sum of whole products, then × 1/9
    return BuiltSteps(settings, steps, values, formula, None, time.perf_counter() - started)


def _formula(settings: StepsSettings) -> str:
    """The decks' output-size formula with the numbers filled in (once when both axes agree).

    With dilation > 1 the dilated form ⌊(n + 2p − d·(f − 1) − 1) / s⌋ + 1 follows on its own line.
    Transposed: (n − 1)·s − 2·p + d·(f − 1) + output_padding + 1.
    """
    if settings.mode == "transposed":
        return _transposed_formula(settings)
    dilation = settings.dilation if settings.mode == "conv" else 1
    lines = {}
    try:
        pads = settings.pads
    except ValueError:
        return ""  # the problem sentence says it better
    for axis, n, f, (before, after) in zip(("rows", "columns"), settings.input_hw, settings.window_shape,
                                           (pads[:2], pads[2:])):
        if before != after:  # "same" with an even window pads one side more: both written out
            reach = dilation * (f - 1) + 1
            out = (n + before + after - reach) // settings.stride + 1
            lines[axis] = f"⌊({n} + {before} + {after} − {reach}) / {settings.stride}⌋ + 1 = {out}"
            continue
        try:
            deck, dilated = size_formulas(n, f, padding=before, stride=settings.stride, dilation=dilation)
        except ValueError:
            return ""  # the problem sentence says it better
        lines[axis] = deck if dilated is None else deck + "\n    " + tr("dilated form: {formula}").format(formula=dilated)
    if lines["rows"] == lines["columns"]:
        return tr("output side = {formula}").format(formula=lines["rows"])
    return (tr("output rows = {formula}").format(formula=lines["rows"]) + "\n"
            + tr("output columns = {formula}").format(formula=lines["columns"]))


def _transposed_formula(settings: StepsSettings) -> str:
    lines = {}
    for axis, n, f in zip(("rows", "columns"), settings.image.shape, settings.kernel.shape):
        try:
            lines[axis] = transposed_output_size_formula(
                n, f, stride=settings.stride, padding=settings.padding, output_padding=settings.output_padding,
                dilation=settings.dilation,
            )
        except ValueError:
            return ""  # the problem sentence says it better
    rule = "(n − 1)·s − 2·p + d·(f − 1) + output_padding + 1"
    if lines["rows"] == lines["columns"]:
        return tr("output side = {formula}").format(formula=rule) + f"\n    = {lines['rows']}"
    return (tr("output side = {formula}").format(formula=rule) + "\n"
            + tr("output rows = {formula}").format(formula=lines["rows"]) + "\n"
            + tr("output columns = {formula}").format(formula=lines["columns"]))


def _sentence(exc: Exception) -> str:
    text = str(exc).strip() or type(exc).__name__
    text = text[0].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else text + "."
