"""What a lesson is: frozen dataclasses mirroring one lesson JSON file (schema 1).

A lesson names the view it opens in, says in a few sentences what to look at,
and carries everything that view needs (input, kernels, settings). Numbers are
kept as nested tuples so a lesson is immutable and comparable; `.array()`
gives numpy. `expected` holds true values (computed by `convviz.core`, never
copied from a slide); `slide_note` and `slide_cells` record where a slide
printed something else.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from fractions import Fraction
from typing import Literal, Union

import numpy as np

SCHEMA_VERSION = 1

ViewName = Literal["convolution", "steps", "lenet", "concept"]
VIEWS: tuple[str, ...] = ("convolution", "steps", "lenet", "concept")
MODES: tuple[str, ...] = ("conv", "max", "avg", "transposed")
INPUT_KINDS: tuple[str, ...] = ("matrix", "rgb", "channels", "sample")
LAYER_KINDS: tuple[str, ...] = (
    "input", "conv", "relu", "pool", "fc", "softmax",
    "tanh", "avgpool", "subsample", "bn", "dropout", "add", "rbf",
)

#: Nested tuples of floats: 1, 2 or 3 levels deep.
Numbers = tuple

Pair = Union[int, tuple[int, int]]
Padding = Union[int, tuple[int, int], str]


def to_array(values: Numbers) -> np.ndarray:
    """Nested tuples as a float64 array (copy; lessons stay immutable)."""
    return np.array(values, dtype=np.float64)


@dataclass(frozen=True)
class LessonInput:
    """The picture a lesson starts from.

    kind "matrix": one (H, W) grid; "rgb": three grids (red, green, blue);
    "channels": any stack of grids (e.g. two maps for maxout); "sample": a
    shipped picture from `resources/samples/` read in `mode` "gray" or "rgb".
    `value_range` is the (low, high) a display maps to black and white
    (B/W 0..1, grey 0..255); None means "the data's own min..max".
    """

    kind: Literal["matrix", "rgb", "channels", "sample"]
    values: Numbers | None = None
    sample: str | None = None
    mode: Literal["gray", "rgb"] = "gray"
    label: str | None = None
    value_range: tuple[float, float] | None = None

    @property
    def channels(self) -> int:
        """1 for a grey matrix or sample, else the depth of the stack."""
        if self.kind == "sample":
            return 3 if self.mode == "rgb" else 1
        if self.kind == "matrix":
            return 1
        return len(self.values or ())

    @property
    def is_colour(self) -> bool:
        return self.kind == "rgb" or (self.kind == "sample" and self.mode == "rgb")

    def array(self) -> np.ndarray:
        """(H, W) for one grid, (C, H, W) for a stack; samples load through convviz.core."""
        if self.kind == "sample":
            from convviz.core import load_image
            from convviz.resources import resource_path

            return np.asarray(load_image(resource_path("samples", self.sample), mode=self.mode), dtype=np.float64)
        return to_array(self.values)


@dataclass(frozen=True)
class KernelSpec:
    """One filter: inline cells (2-D, or one grid per input channel) or a preset name, and a factor.

    The slides write "1/9 × [...]": whole cells and a factor apart. `scale`
    (the file's "scale": "1/9") multiplies and `divisor` (the file's
    "divisor": 9) divides every cell; a preset brings its own factor (a box
    blur's 1/9). `factor` is all of them together, exact; the views show
    `cells()` with "× factor" beside them. `label` is the caption a view
    shows ("Filter 1: vertical edges in red").
    """

    values: Numbers | None = None
    preset: str | None = None
    divisor: float = 1.0
    label: str | None = None
    scale: Fraction = Fraction(1)

    @property
    def name(self) -> str:
        return self.label or self.preset or "kernel"

    @property
    def factor(self) -> Fraction:
        """The exact factor written apart from the cells (1 when there is none)."""
        from convviz.core import KERNEL_PRESETS

        factor = Fraction(self.scale) / Fraction(str(float(self.divisor)))
        if self.preset is not None:
            factor *= KERNEL_PRESETS[self.preset].scale
        return factor

    def cells(self) -> np.ndarray:
        """The cells as written, before the factor: (kh, kw) or (C, kh, kw) float64."""
        if self.preset is not None:
            from convviz.core import KERNEL_PRESETS

            return np.array(KERNEL_PRESETS[self.preset].cells, dtype=np.float64)
        return to_array(self.values)

    def array(self) -> np.ndarray:
        """The weights the computation uses, cells × factor (exact up to one rounding): (kh, kw) or (C, kh, kw)."""
        from convviz.core.kernel_scale import apply_scale

        return apply_scale(self.cells(), self.factor)


@dataclass(frozen=True)
class Settings:
    """How the view computes: a convolution or a pooling, then an optional activation.

    `stride` None means the usual default: 1 for a convolution, `pool_size`
    for pooling. `activation_options` holds keyword arguments for the
    activation (e.g. ("slope", 0.1) for leaky ReLU).
    """

    mode: Literal["conv", "max", "avg", "transposed"] = "conv"
    stride: Pair | None = None
    padding: Padding = 0
    dilation: Pair = 1
    flip: bool = False
    pool_size: int = 2
    activation: str | None = None
    activation_options: tuple[tuple[str, float], ...] = ()
    output_padding: Pair = 0  # mode "transposed" only: extra cells kept at the bottom/right
    groups: int = 1  # mode "conv": 1, or the input's channel count for depthwise (each channel its own map)

    @property
    def effective_stride(self) -> Pair:
        if self.stride is not None:
            return self.stride
        return 1 if self.mode in ("conv", "transposed") else self.pool_size

    @property
    def activation_kwargs(self) -> dict[str, float]:
        return dict(self.activation_options)


@dataclass(frozen=True)
class SlideCell:
    """One output cell where a slide printed a wrong number: index and the printed value."""

    index: tuple[int, ...]
    printed: float


@dataclass(frozen=True)
class Expected:
    """True values a view must show; any may be absent.

    `output`: the full result (2-D, or (N, H, W) for N filters);
    `output_size`: (H, W) of one output map; `input_shape`: the input's shape
    as numpy reports it (for the "tensor shapes" lesson).
    """

    output: Numbers | None = None
    output_size: tuple[int, int] | None = None
    input_shape: tuple[int, ...] | None = None

    def output_array(self) -> np.ndarray | None:
        return None if self.output is None else to_array(self.output)


@dataclass(frozen=True)
class LayerSpec:
    """One row of a parameter table, in `convviz.model.parameters` terms.

    kind "conv": `size` filters of `kernel`×`kernel`; "fc": `size` neurons;
    "pool" (max) and "avgpool": a `kernel`×`kernel` window; "subsample": a
    trainable average (one coefficient and one bias per map); "bn": batch
    normalisation (two per channel); "add": the current map plus the output
    of layer `source` (a residual shortcut); "rbf": `size` output units with
    fixed centres; "input", "relu", "tanh", "dropout", "softmax": no
    parameters. `source` on a conv, pool or bn layer: it reads that earlier
    layer's output. `bias` False counts weights only (as some slides do).
    """

    name: str
    kind: Literal[
        "input", "conv", "relu", "pool", "fc", "softmax",
        "tanh", "avgpool", "subsample", "bn", "dropout", "add", "rbf",
    ]
    size: int = 0
    kernel: int = 0
    stride: int = 1
    padding: int = 0
    bias: bool = True
    source: str = ""


@dataclass(frozen=True)
class TableSpec:
    """A network to count parameters of: input shape (C, H, W) or (N,), layers, true total.

    `network` names a famous network from `convviz.model.architectures`
    ("alexnet", "vgg16", "resnet50", "lenet-1998", ...) instead of listing
    layers: its table is computed from that layer list, never typed in
    (`layers` is then empty and `input_shape` is the network's own).
    """

    title: str
    input_shape: tuple[int, ...]
    layers: tuple[LayerSpec, ...]
    total: int | None = None
    slide_total: int | None = None
    network: str | None = None


@dataclass(frozen=True)
class LessonText:
    """A lesson's words in one more language (the file's "translations": {"de": {...}}).

    Only words: numbers, matrices and settings are the same in every language.
    A field left out (None, or an empty tuple) keeps the English text.
    """

    title: str | None = None
    explanation: str | None = None
    source: str | None = None
    slide_note: str | None = None
    input_label: str | None = None
    kernel_labels: tuple[str | None, ...] = ()  # None for a kernel without a caption
    table_titles: tuple[str, ...] = ()


@dataclass(frozen=True)
class Lesson:
    """One lesson file, validated. Order lessons by `number` (the number-key shortcut)."""

    id: str
    number: int
    title: str
    view: ViewName
    explanation: str
    input: LessonInput | None = None
    kernels: tuple[KernelSpec, ...] = ()
    settings: Settings = field(default_factory=Settings)
    expected: Expected | None = None
    tables: tuple[TableSpec, ...] = ()
    source: str | None = None
    slide_note: str | None = None
    slide_cells: tuple[SlideCell, ...] = ()
    path: str | None = field(default=None, compare=False)
    #: Steps lessons only: a second kernel applied to the output, to show the receptive field of two layers.
    second_kernel: tuple[tuple[float, ...], ...] | None = None
    #: The words in other languages, by language code ("de", "es", "fr", "zh_CN"); see `convviz.lessons.translations`.
    translations: tuple[tuple[str, LessonText], ...] = ()
