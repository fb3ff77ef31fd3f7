"""What the student chose in the convolution view, as a small evented model.

The settings are plain Python (no Qt): a psygnal `@evented` dataclass that
emits an event only when a value really changes. Widgets write user edits
here and redraw from the events; they are never the source of truth.

`resolve` turns settings + picture into a frozen `ConvolutionRequest` for the
compute worker, or raises `NoOutput` with the sentence the view shows in
place of a map when the settings give no output.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from fractions import Fraction
from typing import TYPE_CHECKING

from psygnal import evented

from convviz import limits
from convviz.core.kernel_scale import ONE, apply_scale, parse_scale, scale_text
from convviz.i18n import tr, tr_noop

if TYPE_CHECKING:
    import numpy as np

Kernel = tuple[tuple[float, ...], ...]

MIN_KERNEL_SIDE = int(limits.KERNEL_SIDE.low)
MAX_KERNEL_SIDE = int(limits.KERNEL_SIDE.high)
CHANNEL_NAMES = ("red", "green", "blue")
PADDING_KINDS = ("valid", "same", "custom")
PADDING_MODES = ("zeros", "reflect", "replicate")
POOL_MODES = ("max", "avg", "none")
DEFAULT_PRESET = "sobel_x"
_FALLBACK_KERNEL: Kernel = ((-1.0, 0.0, 1.0), (-2.0, 0.0, 2.0), (-1.0, 0.0, 1.0))


def kernel_from_values(values) -> Kernel:
    """Any 2-D sequence of numbers as an immutable kernel of floats."""
    return tuple(tuple(float(v) for v in row) for row in values)


def preset_kernel(name: str) -> tuple[Kernel, Fraction]:
    """The cells and factor of a core preset (a box blur: ones and 1/9); Sobel x if the core does not know `name`."""
    try:
        from convviz.core import kernel_preset

        preset = kernel_preset(name)
        return kernel_from_values(preset.cells), preset.scale
    except (ImportError, KeyError, ValueError):
        return _FALLBACK_KERNEL, ONE


def kernel_shape(kernel: Kernel) -> tuple[int, int]:
    return len(kernel), len(kernel[0])


def checked_kernel(values) -> Kernel:
    """A kernel within the editor's limits (1 to 11 cells a side, finite cells), as tuples of floats."""
    try:
        kernel = kernel_from_values(values)
    except (TypeError, ValueError):
        raise ValueError(tr("A kernel must be a grid of numbers.")) from None
    widths = {len(row) for row in kernel}
    if len(widths) > 1:
        raise ValueError(tr("A kernel must be a grid: every row as long as the others."))
    for side in (len(kernel), next(iter(widths), 0)):
        if side not in limits.KERNEL_SIDE:
            raise ValueError(tr("A kernel side must be {low} to {high} cells, not {side}.").format(
                low=MIN_KERNEL_SIDE, high=MAX_KERNEL_SIDE, side=side))
    for row in kernel:
        for cell in row:
            if cell not in limits.KERNEL_VALUE:  # the sentence (and its translation) only for a refusal
                limits.KERNEL_VALUE.check(cell, tr("a kernel cell"))
    return kernel


def checked_kernels(value) -> tuple[Kernel, Kernel, Kernel]:
    """Three kernels of one size (red, green, blue), each a `checked_kernel`; ValueError otherwise."""
    if isinstance(value, (str, bytes)) or not hasattr(value, "__len__") or len(value) != 3:
        raise ValueError(tr('"kernels" must be three kernels (red, green, blue) of one size.'))
    kernels = tuple(checked_kernel(k) for k in value)
    if len({kernel_shape(k) for k in kernels}) != 1:
        raise ValueError(tr('"kernels" must be three kernels of one size, as in a conv layer.'))
    return kernels  # type: ignore[return-value]


def _choice(options: tuple[str, ...]):
    def check(value, name: str) -> str:
        if value not in options:
            raise ValueError(tr('"{name}" must be one of {choices}, not {value}').format(
                name=name, choices=", ".join(options), value=limits.describe(value)))
        return value
    return check


def _pair(limit: limits.Limit):
    def check(value, name: str) -> tuple[int, int]:
        if not isinstance(value, (tuple, list)) or len(value) != 2:
            raise ValueError(tr('"{name}" must be two whole numbers (rows, columns), not {value}').format(
                name=name, value=limits.describe(value)))
        return (int(limit.check(value[0], name)), int(limit.check(value[1], name)))
    return check


def _flag(value, name: str) -> bool:
    if type(value).__name__ not in ("bool", "bool_", "int") or value not in (0, 1):
        raise ValueError(tr('"{name}" must be true or false, not {value}').format(name=name, value=limits.describe(value)))
    return bool(value)


def _word(value, name: str) -> str:
    if not isinstance(value, str) or len(value) > limits.WORD_CHARS:
        raise ValueError(tr('"{name}" must be a name of at most {most} characters').format(name=name, most=limits.WORD_CHARS))
    return value


def _activation(value, name: str) -> str:
    from convviz.core import ACTIVATIONS

    if not isinstance(value, str) or value not in ACTIVATIONS:
        raise ValueError(tr('"{name}" must be one of {choices}, not {value}').format(
            name=name, choices=", ".join(ACTIVATIONS), value=limits.describe(value)))
    return value


def _pinned(value, name: str):
    return None if value is None else _pair(limits.PINNED)(value, name)


#: Every field's check: the value as stored, or ValueError naming the field. The same ranges as
#: the view's widgets and a session file (`convviz.limits`), so no setting can reach a spin box
#: that cannot hold it or a computation of gigabytes.
_FIELD_CHECKS = {
    "mode": _choice(("gray", "rgb")),
    "kernels": lambda value, _name: checked_kernels(value),
    "kernel_scale": lambda value, name: parse_scale(value, f'"{name}"'),
    "link_channels": _flag,
    "edit_channel": lambda value, name: int(limits.EDIT_CHANNEL.check(value, name)),
    "preset": _word,
    "flip": _flag,
    "stride": _pair(limits.CONV_STRIDE),
    "padding_kind": _choice(PADDING_KINDS),
    "padding": _pair(limits.CONV_PADDING),
    "padding_mode": _choice(PADDING_MODES),
    "dilation": _pair(limits.CONV_DILATION),
    "activation": _activation,
    "slope": lambda value, name: float(limits.LEAKY_SLOPE.check(value, name)),
    "alpha": lambda value, name: float(limits.ELU_ALPHA.check(value, name)),
    "pool_mode": _choice(POOL_MODES),
    "pool_size": lambda value, name: int(limits.POOL_SIZE.check(value, name)),
    "pool_stride": lambda value, name: int(limits.POOL_STRIDE.check(value, name)),
    "pinned": _pinned,
    "groups": lambda value, name: int(limits.CONV_GROUPS.check(value, name)),
}


def check_settings(values: dict) -> dict:
    """`values` (some or all fields) as the settings would store them; ValueError naming the first bad field."""
    unknown = [name for name in values if name not in _FIELD_CHECKS]
    if unknown:
        raise ValueError(tr("the convolution view has no setting called {name}").format(name=repr(unknown[0])))
    return {name: _FIELD_CHECKS[name](value, name) for name, value in values.items()}


class NoOutput(ValueError):
    """The settings give no output; the message says why, for the view to show."""


@evented
@dataclass
class ConvolutionSettings:
    """Every choice of the convolution view. Change it; the view follows."""

    mode: str = "gray"  # "gray" or "rgb"
    kernels: tuple[Kernel, Kernel, Kernel] = (_FALLBACK_KERNEL,) * 3  # the cells as shown, before the factor
    kernel_scale: Fraction = ONE  # the factor written apart ("× 1/9"), for all three channels
    link_channels: bool = True  # in RGB: one kernel for all three channels
    edit_channel: int = 0  # the channel the kernel editor shows in RGB mode
    preset: str = DEFAULT_PRESET  # "" once the kernel was edited by hand
    flip: bool = False
    stride: tuple[int, int] = (1, 1)
    padding_kind: str = "same"
    padding: tuple[int, int] = (1, 1)  # used when padding_kind == "custom"
    padding_mode: str = "zeros"
    dilation: tuple[int, int] = (1, 1)
    activation: str = "relu"
    slope: float = 0.1  # leaky ReLU
    alpha: float = 1.0  # ELU
    pool_mode: str = "max"
    pool_size: int = 2
    pool_stride: int = 2
    pinned: tuple[int, int] | None = None  # an output pixel (row, col)
    groups: int = 1  # RGB: 1 = one map from all channels, 3 = depthwise (one map per channel)

    def __setattr__(self, name: str, value) -> None:
        """Every value is checked against `convviz.limits` first: a bad one raises ValueError and changes nothing."""
        check = _FIELD_CHECKS.get(name)
        object.__setattr__(self, name, value if check is None else check(value, name))

    def update(self, values: dict) -> None:
        """Set several fields at once, all or none: every value is checked before the first is set.

        The cells and their factor go in together (`set_cells`), where the kernels come in `values`.
        """
        checked = check_settings(values)
        for name, value in checked.items():
            if name in ("kernels", "kernel_scale"):
                if name == "kernels" or "kernels" not in checked:
                    self.set_cells(checked.get("kernels", self.kernels), checked.get("kernel_scale", self.kernel_scale))
            elif getattr(self, name) != value:
                setattr(self, name, value)

    # --- the kernel, as the editor sees it -----------------------------------
    @property
    def kernel(self) -> Kernel:
        """The cells of the kernel under edit: channel 0 in grey mode, `edit_channel` in RGB."""
        return self.kernels[self.edit_channel if self.mode == "rgb" else 0]

    @property
    def applied_kernel(self) -> "np.ndarray":
        """The weights of the kernel under edit, factor applied (float64)."""
        return apply_scale(self.kernel, self.kernel_scale)

    @property
    def scale_text(self) -> str:
        """ "1/9" when the kernel has a factor written apart, else ""."""
        return "" if self.kernel_scale == ONE else scale_text(self.kernel_scale)

    def set_kernel(self, kernel: Kernel, *, preset: str = "", scale: Fraction | None = ONE) -> None:
        """Put `kernel`'s cells in the edited channel (in all channels when linked or grey).

        `scale` is the factor written apart (None keeps the current one, as a cell edit does).
        """
        kernel = checked_kernel(kernel)
        rows, cols = kernel_shape(kernel)
        new_scale = self.kernel_scale if scale is None else parse_scale(scale)
        if self.mode == "rgb" and not self.link_channels:
            kernels = list(self.kernels)
            if new_scale != self.kernel_scale:  # one factor serves all three channels: write them out in full
                kernels = [kernel_from_values(apply_scale(k, self.kernel_scale)) for k in kernels]
                kernel, new_scale = kernel_from_values(apply_scale(kernel, new_scale)), ONE
            kernels[self.edit_channel] = kernel
            # every channel of one filter has the same size (as in a conv layer)
            kernels = [k if kernel_shape(k) == (rows, cols) else _resized(k, rows, cols) for k in kernels]
            self.set_cells(tuple(kernels), new_scale)
        else:
            self.set_cells((kernel,) * 3, new_scale)
        self.preset = preset

    def set_cells(self, kernels: tuple[Kernel, Kernel, Kernel], scale: Fraction) -> None:
        """Three channels' cells and their factor as one change: whoever hears of it reads both new values."""
        kernels = tuple(kernel_from_values(k) for k in kernels)
        scale = parse_scale(scale)
        if scale == self.kernel_scale:
            self.kernels = kernels
            return
        with self.events.kernels.blocked():
            self.kernels = kernels
        self.kernel_scale = scale

    def set_cell(self, row: int, col: int, value: float) -> None:
        """One cell of the edited kernel changed by hand (the factor stays)."""
        kernel = [list(r) for r in self.kernel]
        kernel[row][col] = float(value)
        self.set_kernel(kernel, scale=None)

    def resize_kernel(self, rows: int, cols: int) -> None:
        """A new kernel size: the old values stay centred, new cells are zero (the factor stays)."""
        self.set_kernel(_resized(self.kernel, rows, cols), scale=None)

    def apply_preset(self, name: str) -> None:
        cells, scale = preset_kernel(name)
        self.set_kernel(cells, preset=name, scale=scale)

    def normalise(self) -> None:
        """Scale the kernel so its weights sum to 1 (a weighted average keeps brightness).

        Whole cells stay whole and the factor becomes 1 over their sum, as the
        decks write a blur ("× 1/16"); other cells are divided by their sum.
        """
        total = sum(sum(row) for row in self.kernel)
        if abs(total) < 1e-12:
            raise ValueError(
                tr("This kernel's cells sum to 0 (an edge detector), so it cannot be scaled to sum 1.")
            )
        if all(float(v).is_integer() for row in self.kernel for v in row):
            self.set_kernel(self.kernel, scale=Fraction(1, int(total)))
        else:
            self.set_kernel([[v / total for v in row] for row in self.kernel])

    def randomise(self, seed: int | None = None) -> None:
        """Random whole numbers from -3 to 3, the kind students compute by hand."""
        rng = random.Random(seed)
        rows, cols = kernel_shape(self.kernel)
        self.set_kernel([[float(rng.randint(-3, 3)) for _ in range(cols)] for _ in range(rows)])

    def reset_kernel(self) -> None:
        self.apply_preset(DEFAULT_PRESET)

    def set_link_channels(self, linked: bool) -> None:
        """Linking copies the edited channel's kernel to the other two."""
        self.link_channels = linked
        if linked:
            self.kernels = (self.kernel,) * 3


def _resized(kernel: Kernel, rows: int, cols: int) -> Kernel:
    old_rows, old_cols = kernel_shape(kernel)
    top, left = (rows - old_rows) // 2, (cols - old_cols) // 2
    out = [[0.0] * cols for _ in range(rows)]
    for r in range(old_rows):
        for c in range(old_cols):
            rr, cc = r + top, c + left
            if 0 <= rr < rows and 0 <= cc < cols:
                out[rr][cc] = kernel[r][c]
    return kernel_from_values(out)


# --- the resolve step: settings + picture -> frozen request ----------------------

@dataclass(frozen=True, eq=False)
class ConvolutionRequest:
    """Everything one computation needs, frozen so it can travel to the worker."""

    image: "np.ndarray"  # (H, W) or (3, H, W) as loaded
    mode: str
    kernel: "np.ndarray"  # (kh, kw) grey, (3, kh, kw) RGB
    stride: tuple[int, int]
    padding: object  # what conv2d receives: "valid", "same" or (py, px)
    pads: tuple[int, int, int, int]  # the cells added (top, bottom, left, right)
    padding_mode: str
    dilation: tuple[int, int]
    flip: bool
    activation: str
    slope: float
    alpha: float
    pool_mode: str
    pool_size: int
    pool_stride: int
    pinned: tuple[int, int] | None
    device: str
    input_size: tuple[int, int]
    output_size: tuple[int, int]
    pool_problem: str | None  # why pooling gives no output, if it does not
    cells: "np.ndarray | None" = None  # the kernel's cells as shown, before `kernel_scale` (None: `kernel`)
    kernel_scale: Fraction = ONE  # the factor written apart: kernel = cells × kernel_scale
    groups: int = 1  # 3: depthwise, each channel its own map (the feature map shows `shown_channel`'s)
    shown_channel: int = 0

    @property
    def depthwise(self) -> bool:
        return self.groups > 1

    @property
    def kernel_cells(self) -> "np.ndarray":
        """The kernel as the student sees it: whole cells when a factor is written apart."""
        return self.kernel if self.cells is None else self.cells

    @property
    def kernel_size(self) -> tuple[int, int]:
        return int(self.kernel.shape[-2]), int(self.kernel.shape[-1])


def input_size(image: "np.ndarray") -> tuple[int, int]:
    return int(image.shape[-2]), int(image.shape[-1])


def padding_argument(settings: ConvolutionSettings):
    """The `padding=` conv2d receives: a word ("valid", "same") or cells per axis."""
    if settings.padding_kind in ("valid", "same"):
        return settings.padding_kind
    return (int(settings.padding[0]), int(settings.padding[1]))


def _axis_padding(padding, axis: int):
    return padding if isinstance(padding, str) else padding[axis]


def output_formulas(settings: ConvolutionSettings, size: tuple[int, int]) -> tuple[str, str]:
    """The output height and width as the decks write them, numbers filled in.

    Each text is the decks' ⌊(n + 2p − f) / s⌋ + 1; with dilation > 1 a second
    line gives the dilated form ⌊(n + 2p − d·(f − 1) − 1) / s⌋ + 1 beside it.
    """
    from convviz.state.conventions import size_formulas

    rows, cols = kernel_shape(settings.kernel)
    padding = padding_argument(settings)
    texts = []
    for axis, (n, f) in enumerate(((size[0], rows), (size[1], cols))):
        try:
            deck, dilated = size_formulas(
                n, f, padding=_axis_padding(padding, axis),
                stride=settings.stride[axis], dilation=settings.dilation[axis],
            )
        except ValueError as exc:
            texts.append(tr("no output: {problem}").format(problem=exc))
            continue
        texts.append(deck if dilated is None else deck + "\n  " + tr("dilated form: {formula}").format(formula=dilated))
    return texts[0], texts[1]


def resolve_output_size(settings: ConvolutionSettings, size: tuple[int, int]) -> tuple[int, int]:
    """(height, width) of the feature map for a picture of `size`, or NoOutput saying why there is none."""
    from convviz.core import output_size

    rows, cols = kernel_shape(settings.kernel)
    padding = padding_argument(settings)
    out = []
    for axis, (name, n, f) in enumerate(((tr_noop("height"), size[0], rows), (tr_noop("width"), size[1], cols))):
        try:
            out.append(output_size(
                n, f, padding=_axis_padding(padding, axis),
                stride=settings.stride[axis], dilation=settings.dilation[axis],
            ))
        except ValueError as exc:
            raise NoOutput(tr("No output {axis}: {reason}.").format(axis=tr(name), reason=exc)) from exc
    return out[0], out[1]


def resolve(settings: ConvolutionSettings, image: "np.ndarray", device: str = "cpu") -> ConvolutionRequest:
    """Freeze the settings for one computation, or raise NoOutput saying why there is none."""
    import numpy as np

    from convviz.core import resolve_padding

    size = input_size(image)
    rows, cols = kernel_shape(settings.kernel)
    padding = padding_argument(settings)
    out = resolve_output_size(settings, size)
    try:
        pads = resolve_padding(padding, (rows, cols), settings.dilation, settings.stride)
    except ValueError as exc:
        raise NoOutput(tr("No output: {problem}.").format(problem=exc)) from exc
    if settings.padding_mode == "reflect" and (max(pads[:2]) >= size[0] or max(pads[2:]) >= size[1]):
        raise NoOutput(
            tr("No output: reflect padding mirrors the picture, so it needs fewer cells than the "
               "{rows}×{cols} picture has ({asked} asked); use less padding, zeros or replicate.").format(
                rows=size[0], cols=size[1], asked=max(pads))
        )

    groups = _check_groups(settings)
    pool_problem = None
    if settings.pool_mode != "none":
        k = settings.pool_size
        if k > min(out):
            pool_problem = tr(
                "No pooling output: the {k}×{k} pool window is bigger than the "
                "{rows}×{cols} feature map; use a window of at most {most} cells."
            ).format(k=k, rows=out[0], cols=out[1], most=min(out))

    scale = settings.kernel_scale
    cells = np.asarray(settings.kernels if settings.mode == "rgb" else settings.kernels[0], dtype=np.float64)
    kernel = apply_scale(cells, scale).astype(np.float32)
    pinned = settings.pinned
    if pinned is not None and not (0 <= pinned[0] < out[0] and 0 <= pinned[1] < out[1]):
        pinned = None
    return ConvolutionRequest(
        image=image,
        mode=settings.mode,
        kernel=kernel,
        stride=tuple(settings.stride),
        padding=padding,
        pads=tuple(int(p) for p in pads),
        padding_mode=settings.padding_mode,
        dilation=tuple(settings.dilation),
        flip=settings.flip,
        activation=settings.activation,
        slope=settings.slope,
        alpha=settings.alpha,
        pool_mode=settings.pool_mode,
        pool_size=settings.pool_size,
        pool_stride=settings.pool_stride,
        pinned=pinned,
        device=device,
        input_size=size,
        output_size=(out[0], out[1]),
        pool_problem=pool_problem,
        cells=cells.astype(np.float32),
        kernel_scale=scale,
        groups=groups,
        shown_channel=int(settings.edit_channel) if groups > 1 else 0,
    )


def _check_groups(settings: ConvolutionSettings) -> int:
    """The groups this picture allows (they must divide its channels), or NoOutput saying why not."""
    groups = int(settings.groups)
    channels = 3 if settings.mode == "rgb" else 1
    if groups == 1 or channels == 1:
        return 1  # a grey picture has one channel: nothing to split (the choice waits for RGB, where it shows)
    if groups < 1 or channels % groups:
        raise NoOutput(
            tr("No output: the {channels} colour channels cannot be split into {groups} equal groups; choose 1 "
               "(each filter sees all three) or 3 (depthwise: one map per channel).").format(
                channels=channels, groups=groups)
        )
    return groups


def receptive_field(
    pixel: tuple[int, int],
    kernel_size: tuple[int, int],
    stride: tuple[int, int],
    pads: tuple[int, int, int, int],
    dilation: tuple[int, int],
) -> list[tuple[int, int]]:
    """The input cells (row, col) one output pixel reads; cells outside the picture are padding."""
    (r, c), (kh, kw), (sy, sx), (dy, dx) = pixel, kernel_size, stride, dilation
    top, left = pads[0], pads[2]
    return [(r * sy - top + i * dy, c * sx - left + j * dx) for i in range(kh) for j in range(kw)]
