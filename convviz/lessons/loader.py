"""Read lesson JSON files strictly, so a teacher's typo gets a sentence, not a traceback.

Every problem raises ValueError naming the file and the field
("In lesson file 'my.json', the field "kernels[0].matrix" row 2 has 2 numbers
but row 1 has 3 ..."). Unknown keys are refused too: a misspelt "strdie"
would otherwise be silently ignored. Every number must lie in the range the
lesson's view can show (`convviz.limits`), and the file itself must be a
regular file of at most `limits.LESSON_FILE_BYTES` with JSON nested at most
`limits.JSON_DEPTH` deep, checked before it is read or parsed.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import replace
from fractions import Fraction
from functools import lru_cache
from pathlib import Path
from typing import Any

from convviz import limits, safe_json
from convviz.i18n import tr
from convviz.limits import Limit
from convviz.safe_files import read_regular_file

from .schema import (
    INPUT_KINDS,
    LAYER_KINDS,
    MODES,
    SCHEMA_VERSION,
    VIEWS,
    Expected,
    KernelSpec,
    LayerSpec,
    Lesson,
    LessonInput,
    LessonText,
    Settings,
    SlideCell,
    TableSpec,
    TrainingSettings,
)

LESSON_SUFFIX = ".json"
_ID_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_MAX_CELLS = 4096  # inline matrices are for reading cell by cell; pictures go in samples
_TABLE_MAX = int(limits.TABLE_NUMBER.high)
_MAX_TABLES = 16
_ACTIVATION_OPTIONS = {
    "relu": (),
    "leaky_relu": ("slope",),
    "sigmoid": (),
    "tanh": (),
    "elu": ("alpha",),
    "softmax": (),
    "maxout": (),
}
ACTIVATIONS: tuple[str, ...] = tuple(_ACTIVATION_OPTIONS)


class _Reader:
    """Type checks that phrase failures as "In lesson file F, the field X ..."."""

    def __init__(self, source: str) -> None:
        self.source = source

    def fail(self, where: str, problem: str) -> ValueError:
        if where:
            return ValueError(tr('In lesson file {source}, the field "{where}" {problem}.').format(
                source=self.source, where=where, problem=problem))
        return ValueError(tr("In lesson file {source}, the top level {problem}.").format(source=self.source, problem=problem))

    def obj(self, value: Any, where: str, allowed: tuple[str, ...], required: tuple[str, ...] = ()) -> dict:
        if not isinstance(value, dict):
            raise self.fail(where, tr("must be an object {{...}}, not {found}").format(found=_describe(value)))
        unknown = [key for key in value if key not in allowed]
        if unknown:
            raise self.fail(
                where,
                tr("has an unknown key {unknown!r} (allowed keys: {choices}); check its spelling").format(
                    unknown=unknown[0], choices=', '.join(allowed)),
            )
        for key in required:
            if key not in value:
                raise self.fail(_join(where, key), tr("is missing; every lesson needs it"))
        return value

    def text(self, value: Any, where: str, *, max_length: int = 2000) -> str:
        if not isinstance(value, str) or not value.strip():
            raise self.fail(where, tr("must be a non-empty text, not {found}").format(found=_describe(value)))
        if len(value) > max_length:
            raise self.fail(where, tr("is {count} characters long; keep it under {max_length}").format(
                                       count=len(value), max_length=max_length))
        return value.strip()

    def integer(self, value: Any, where: str, *, minimum: int, maximum: int | None = None) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.fail(where, tr("must be a whole number, not {found}").format(found=_describe(value)))
        if value < minimum:
            raise self.fail(where, tr("must be at least {minimum} (got {found})").format(
                                       minimum=minimum, found=_describe(value)))
        if maximum is not None and value > maximum:
            raise self.fail(where, tr("must be at most {maximum:,}, the most the view shows (got {found})").format(
                                       maximum=maximum, found=_describe(value)))
        return value

    def limited(self, value: Any, where: str, limit: Limit) -> int:
        """A whole number within one of `convviz.limits`' ranges."""
        return self.integer(value, where, minimum=int(limit.low), maximum=int(limit.high))

    def number(self, value: Any, where: str, limit: Limit | None = None) -> float:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise self.fail(where, tr("must be a number, not {found}").format(found=_describe(value)))
        if not math.isfinite(value):
            raise self.fail(where, tr("must be a finite number, not {value}").format(value=value))
        if limit is not None and not limit.low <= value <= limit.high:
            raise self.fail(where, tr("must be from {allowed}, as the view allows (got {value:g})").format(
                                       allowed=limit.text(), value=value))
        return float(value)

    def boolean(self, value: Any, where: str) -> bool:
        if not isinstance(value, bool):
            raise self.fail(where, tr("must be true or false, not {found}").format(found=_describe(value)))
        return value

    def choice(self, value: Any, where: str, choices: tuple[str, ...]) -> str:
        if not isinstance(value, str) or value not in choices:
            raise self.fail(where, tr("must be one of {choices}, not {found}").format(
                                       choices=', '.join(repr(c) for c in choices), found=_describe(value)))
        return value

    def pair(self, value: Any, where: str, limit: Limit) -> int | tuple[int, int]:
        """One whole number or a [vertical, horizontal] pair, each within `limit`."""
        if isinstance(value, list):
            if len(value) != 2:
                raise self.fail(
                    where, tr("must be one whole number or a [vertical, horizontal] pair, not {found}").format(
                               found=_describe(value))
                )
            return (self.limited(value[0], f"{where}[0]", limit), self.limited(value[1], f"{where}[1]", limit))
        return self.limited(value, where, limit)

    def grid(self, value: Any, where: str) -> tuple[tuple[float, ...], ...]:
        """A rectangular, non-empty 2-D list of finite numbers."""
        if not isinstance(value, list) or not value:
            raise self.fail(where, tr("must be a non-empty list of rows, like [[1, 2], [3, 4]], not {found}").format(
                                       found=_describe(value)))
        width = len(value[0]) if isinstance(value[0], list) else 1
        if len(value) * width > _MAX_CELLS:  # before any cell is read
            raise self.fail(where, tr("has {cells:,} cells; inline matrices hold at most {most}").format(
                                       cells=len(value) * width, most=_MAX_CELLS))
        rows = []
        for r, row in enumerate(value):
            if not isinstance(row, list) or not row:
                raise self.fail(where, tr("row {row} must be a non-empty list of numbers, not {found}").format(
                                           row=r + 1, found=_describe(row)))
            if len(row) != len(value[0]):
                raise self.fail(
                    where,
                    tr("is ragged: row {row} has {count} numbers but row 1 has {first_count}; every row needs the "
                       "same length").format(row=r + 1, count=len(row), first_count=len(value[0])),
                )
            rows.append(tuple(self.number(cell, f"{where}[{r}][{c}]") for c, cell in enumerate(row)))
        return tuple(rows)

    def stack(self, value: Any, where: str, *, count: int | None = None) -> tuple:
        """A list of equally sized grids (channels)."""
        if not isinstance(value, list) or not value:
            raise self.fail(where, tr("must be a non-empty list of grids (one per channel), not {found}").format(
                                       found=_describe(value)))
        if count is not None and len(value) != count:
            raise self.fail(where, tr("must hold exactly {count} grids (red, green, blue), not {found}").format(
                                       count=count, found=len(value)))
        grids = tuple(self.grid(item, f"{where}[{i}]") for i, item in enumerate(value))
        shape = _shape(grids[0])
        for i, grid in enumerate(grids):
            if _shape(grid) != shape:
                raise self.fail(
                    where,
                    tr("has channels of different sizes: channel {number} is {size} but channel 1 is {first_size}").format(
                        number=i + 1, size=_size_text(_shape(grid)), first_size=_size_text(shape)),
                )
        return grids

    def numbers(self, value: Any, where: str) -> tuple:
        """A 2-D grid or a 3-D stack of grids."""
        if isinstance(value, list) and value and isinstance(value[0], list) and value[0] and isinstance(value[0][0], list):
            return self.stack(value, where)
        return self.grid(value, where)


def _join(where: str, key: str) -> str:
    return f"{where}.{key}" if where else key


def _describe(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return tr("the text {text!r}").format(text=value)
    if isinstance(value, (int, float)):
        return tr("the number {number}").format(number=limits.describe(value))
    if isinstance(value, list):
        return tr("a list of {count} item(s)").format(count=len(value))
    if isinstance(value, dict):
        return tr("an object")
    return getattr(value, "description", None) or type(value).__name__


def _shape(values: tuple) -> tuple[int, ...]:
    shape = []
    while isinstance(values, tuple):
        shape.append(len(values))
        values = values[0]
    return tuple(shape)


def _size_text(shape: tuple[int, ...]) -> str:
    return "×".join(str(n) for n in shape)


# --- sections ---------------------------------------------------------------------------------


def _parse_input(r: _Reader, value: Any) -> LessonInput:
    data = r.obj(value, "input", ("matrix", "rgb", "channels", "sample", "mode", "label", "range"))
    kinds = [kind for kind in INPUT_KINDS if kind in data]
    if len(kinds) != 1:
        if kinds:
            raise r.fail("input", tr('needs exactly one of "matrix", "rgb", "channels" or "sample" (found {found})').format(
                found=", ".join(kinds)))
        raise r.fail("input", tr('needs exactly one of "matrix", "rgb", "channels" or "sample"'))
    kind = kinds[0]
    label = r.text(data["label"], "input.label", max_length=200) if "label" in data else None
    value_range = None
    if "range" in data:
        low_high = data["range"]
        if not isinstance(low_high, list) or len(low_high) != 2:
            raise r.fail("input.range", tr("must be a [low, high] pair of numbers"))
        low, high = r.number(low_high[0], "input.range[0]"), r.number(low_high[1], "input.range[1]")
        if not low < high:
            raise r.fail("input.range", tr("must have low < high (got {low} and {high})").format(low=low, high=high))
        value_range = (low, high)
    if "mode" in data and kind != "sample":
        raise r.fail("input.mode", tr('only applies to a "sample" input'))
    if kind == "sample":
        name = r.text(data["sample"], "input.sample", max_length=200)
        mode = r.choice(data.get("mode", "gray"), "input.mode", ("gray", "rgb"))
        if "/" in name or "\\" in name or name.startswith("."):
            raise r.fail("input.sample", tr("must be a file name from resources/samples, not a path ({name!r})").format(
                                             name=name))
        from convviz.resources import resources_root

        if not (resources_root() / "samples" / name).is_file():
            available = sorted(p.name for p in (resources_root() / "samples").iterdir() if p.suffix != ".md")
            raise r.fail("input.sample", tr("names {name!r}, which is not a shipped sample; choose one of {choices}").format(
                                             name=name, choices=', '.join(available)))
        return LessonInput("sample", sample=name, mode=mode, label=label, value_range=value_range)
    if kind == "matrix":
        values = r.grid(data["matrix"], "input.matrix")
    elif kind == "rgb":
        values = r.stack(data["rgb"], "input.rgb", count=3)
    else:
        values = r.stack(data["channels"], "input.channels")
    return LessonInput(kind, values=values, label=label, value_range=value_range)


def _parse_kernel(r: _Reader, value: Any, where: str) -> KernelSpec:
    data = r.obj(value, where, ("matrix", "channels", "preset", "divisor", "scale", "label"))
    kinds = [kind for kind in ("matrix", "channels", "preset") if kind in data]
    if len(kinds) != 1:
        if kinds:
            raise r.fail(where, tr('needs exactly one of "matrix", "channels" or "preset" (found {found})').format(
                found=", ".join(kinds)))
        raise r.fail(where, tr('needs exactly one of "matrix", "channels" or "preset"'))
    label = r.text(data["label"], f"{where}.label", max_length=200) if "label" in data else None
    divisor = 1.0
    if "divisor" in data:
        divisor = r.number(data["divisor"], f"{where}.divisor")
        if divisor == 0:
            raise r.fail(f"{where}.divisor", tr("must not be 0 (the weights are divided by it)"))
    scale = Fraction(1)
    if "scale" in data:
        if "divisor" in data:
            raise r.fail(where, tr('gives both "scale" and "divisor"; write the factor once, e.g. "scale": "1/9"'))
        from convviz.core.kernel_scale import parse_scale

        raw = data["scale"]
        if not isinstance(raw, (str, int, float)) or isinstance(raw, bool):
            raise r.fail(f"{where}.scale", tr('must be a factor such as "1/9" or 0.5'))
        try:
            scale = parse_scale(raw, "it")
        except ValueError as exc:
            raise r.fail(f"{where}.scale", str(exc).removeprefix("it ")) from None
    if "preset" in data:
        name = r.text(data["preset"], f"{where}.preset", max_length=100)
        from convviz.core import KERNEL_PRESETS

        if name not in KERNEL_PRESETS:
            raise r.fail(f"{where}.preset", tr("names an unknown preset {name!r}; choose one of {choices}").format(
                                                name=name, choices=', '.join(KERNEL_PRESETS)))
        return KernelSpec(preset=name, divisor=divisor, label=label, scale=scale)
    if "matrix" in data:
        values = r.grid(data["matrix"], f"{where}.matrix")
    else:
        values = r.stack(data["channels"], f"{where}.channels")
    rows, cols = _shape(values)[-2:]
    if max(rows, cols) > limits.KERNEL_SIDE.high:
        raise r.fail(
            where, tr("is {rows}×{cols}; a kernel has {allowed} cells a side, as the kernel editor").format(
                       rows=rows, cols=cols, allowed=limits.KERNEL_SIDE.text())
        )
    return KernelSpec(values=values, divisor=divisor, label=label, scale=scale)


def _parse_settings(r: _Reader, value: Any) -> Settings:
    data = r.obj(
        value,
        "settings",
        ("mode", "stride", "padding", "dilation", "flip", "pool_size", "activation", "slope", "alpha",
         "output_padding", "groups"),
    )
    mode = r.choice(data.get("mode", "conv"), "settings.mode", MODES)
    stride = r.pair(data["stride"], "settings.stride", limits.CONV_STRIDE) if "stride" in data else None
    padding: Any = 0
    if "padding" in data:
        raw = data["padding"]
        if isinstance(raw, str):
            padding = r.choice(raw, "settings.padding", ("valid", "same"))
        else:
            padding = r.pair(raw, "settings.padding", limits.CONV_PADDING)
    dilation = r.pair(data.get("dilation", 1), "settings.dilation", limits.CONV_DILATION)
    flip = r.boolean(data.get("flip", False), "settings.flip")
    pool_size = r.limited(data.get("pool_size", 2), "settings.pool_size", limits.POOL_SIZE)
    if mode not in ("conv", "transposed"):
        for key in ("dilation", "flip"):
            if key in data:
                raise r.fail(f"settings.{key}", tr("only applies to a convolution, but settings.mode is {mode!r}").format(
                                                    mode=mode))
    elif "pool_size" in data:
        raise r.fail("settings.pool_size", tr('only applies to pooling (settings.mode "max" or "avg")'))
    output_padding: Any = 0
    if mode == "transposed":
        if "flip" in data:
            raise r.fail("settings.flip", tr("does not apply to a transposed convolution (a stamp is never turned)"))
        if isinstance(padding, str):
            raise r.fail("settings.padding", tr("of a transposed convolution is a number of cells cut from each side"))
        if "output_padding" in data:
            output_padding = r.pair(data["output_padding"], "settings.output_padding", limits.CONV_PADDING)
    elif "output_padding" in data:
        raise r.fail("settings.output_padding", tr("only applies to a transposed convolution (settings.mode "
                                                   '"transposed")'))
    groups = r.limited(data.get("groups", 1), "settings.groups", limits.CONV_GROUPS)
    if "groups" in data and mode != "conv":
        raise r.fail("settings.groups", tr("only applies to a convolution, but settings.mode is {mode!r}").format(
                                            mode=mode))
    activation = None
    options: list[tuple[str, float]] = []
    if "activation" in data and data["activation"] is not None:
        activation = r.choice(data["activation"], "settings.activation", ACTIVATIONS)
    for key in ("slope", "alpha"):
        if key in data:
            if activation is None or key not in _ACTIVATION_OPTIONS[activation]:
                owner = "leaky_relu" if key == "slope" else "elu"
                raise r.fail(f"settings.{key}", tr("only applies to the {owner!r} activation").format(owner=owner))
            limit = limits.LEAKY_SLOPE if key == "slope" else limits.ELU_ALPHA
            options.append((key, r.number(data[key], f"settings.{key}", limit)))
    return Settings(
        mode=mode,
        stride=stride,
        padding=padding,
        dilation=dilation,
        flip=flip,
        pool_size=pool_size,
        activation=activation,
        activation_options=tuple(options),
        output_padding=output_padding,
        groups=groups,
    )


def _parse_expected(r: _Reader, value: Any) -> Expected:
    data = r.obj(value, "expected", ("output", "output_size", "input_shape"))
    output = r.numbers(data["output"], "expected.output") if "output" in data else None
    output_size = None
    if "output_size" in data:
        raw = data["output_size"]
        if not isinstance(raw, list) or len(raw) != 2:
            raise r.fail("expected.output_size", tr("must be a [height, width] pair"))
        output_size = tuple(r.integer(n, f"expected.output_size[{i}]", minimum=1) for i, n in enumerate(raw))
        if output is not None and _shape(output)[-2:] != output_size:
            raise r.fail(
                "expected.output_size",
                tr("says {size} but expected.output is {expected}").format(
                    size=_size_text(output_size), expected=_size_text(_shape(output)[-2:])),
            )
    input_shape = None
    if "input_shape" in data:
        raw = data["input_shape"]
        if not isinstance(raw, list) or not raw:
            raise r.fail("expected.input_shape", tr("must be a list of whole numbers, like [3, 6, 6]"))
        input_shape = tuple(r.integer(n, f"expected.input_shape[{i}]", minimum=1) for i, n in enumerate(raw))
    return Expected(output=output, output_size=output_size, input_shape=input_shape)


_LAYER_NEEDS = {"conv": ("size", "kernel"), "fc": ("size",), "rbf": ("size",), "pool": ("kernel",),
                "avgpool": ("kernel",), "subsample": ("kernel",), "add": ("source",)}
_LAYER_ALLOWS = {
    "conv": ("size", "kernel", "stride", "padding", "bias", "source"),
    "fc": ("size", "bias"),
    "rbf": ("size",),
    "pool": ("kernel", "stride", "padding", "source"),
    "avgpool": ("kernel", "stride", "padding", "source"),
    "subsample": ("kernel", "stride"),
    "bn": ("source",),
    "add": ("source",),
}


def _parse_layer(r: _Reader, value: Any, where: str) -> LayerSpec:
    keys = ("name", "kind", "size", "kernel", "stride", "padding", "bias", "source")
    data = r.obj(value, where, keys, ("name", "kind"))
    kind = r.choice(data["kind"], f"{where}.kind", LAYER_KINDS)
    for key in _LAYER_NEEDS.get(kind, ()):
        if key not in data:
            raise r.fail(f"{where}.{key}", tr("is missing; a {kind!r} layer needs it").format(kind=kind))
    for key in keys[2:]:
        if key in data and key not in _LAYER_ALLOWS.get(kind, ()):
            raise r.fail(f"{where}.{key}", tr("does not apply to a {kind!r} layer").format(kind=kind))
    windowed = kind in ("pool", "avgpool", "subsample")
    return LayerSpec(
        name=r.text(data["name"], f"{where}.name", max_length=100),
        kind=kind,
        size=r.integer(data["size"], f"{where}.size", minimum=1, maximum=_TABLE_MAX) if "size" in data else 0,
        kernel=r.integer(data["kernel"], f"{where}.kernel", minimum=1, maximum=_TABLE_MAX) if "kernel" in data else 0,
        stride=r.integer(data.get("stride", data.get("kernel", 1) if windowed else 1), f"{where}.stride",
                         minimum=1, maximum=_TABLE_MAX),
        padding=r.integer(data.get("padding", 0), f"{where}.padding", minimum=0, maximum=_TABLE_MAX),
        bias=r.boolean(data.get("bias", True), f"{where}.bias"),
        source=r.text(data["source"], f"{where}.source", max_length=100) if "source" in data else "",
    )


def _parse_table(r: _Reader, value: Any, where: str) -> TableSpec:
    keys = ("title", "input_shape", "layers", "network", "total", "slide_total")
    data = r.obj(value, where, keys, ("title",))
    total = r.integer(data["total"], f"{where}.total", minimum=0, maximum=_TABLE_MAX) if "total" in data else None
    slide_total = (
        r.integer(data["slide_total"], f"{where}.slide_total", minimum=0, maximum=_TABLE_MAX)
        if "slide_total" in data else None
    )
    title = r.text(data["title"], f"{where}.title", max_length=200)
    if "network" in data:
        for key in ("input_shape", "layers"):
            if key in data:
                raise r.fail(f"{where}.{key}", tr('does not go with "network": the named network brings its own'))
        from convviz.model.architectures import NETWORKS

        name = r.text(data["network"], f"{where}.network", max_length=100)
        if name not in NETWORKS:
            raise r.fail(f"{where}.network", tr("names an unknown network {name!r}; choose one of {choices}").format(
                                                 name=name, choices=', '.join(NETWORKS)))
        return TableSpec(title=title, input_shape=NETWORKS[name].input_shape, layers=(), total=total,
                         slide_total=slide_total, network=name)
    for key in ("input_shape", "layers"):
        if key not in data:
            raise r.fail(f"{where}.{key}", tr('is missing; a table needs "input_shape" and "layers" (or a "network" '
                                              "name)"))
    raw_shape = data["input_shape"]
    if not isinstance(raw_shape, list) or len(raw_shape) not in (1, 3):
        raise r.fail(f"{where}.input_shape", tr("must be [channels, height, width] or [features]"))
    shape = tuple(
        r.integer(n, f"{where}.input_shape[{i}]", minimum=1, maximum=_TABLE_MAX) for i, n in enumerate(raw_shape)
    )
    layers = data["layers"]
    if not isinstance(layers, list) or not layers:
        raise r.fail(f"{where}.layers", tr("must be a non-empty list of layers"))
    if len(layers) > limits.TABLE_LAYERS.high:
        raise r.fail(f"{where}.layers", tr("holds {count:,} layers; a table shows at most {most}").format(
                                            count=len(layers), most=limits.TABLE_LAYERS.high))
    parsed = tuple(_parse_layer(r, layer, f"{where}.layers[{i}]") for i, layer in enumerate(layers))
    names = [layer.name for layer in parsed]
    for i, layer in enumerate(parsed):
        if layer.source and layer.source not in names[:i]:
            raise r.fail(f"{where}.layers[{i}].source",
                         tr("names {source!r}, which is not an earlier layer of this table").format(
                             source=layer.source))
    return TableSpec(title=title, input_shape=shape, layers=parsed, total=total, slide_total=slide_total)


def _parse_slide_cells(r: _Reader, value: Any) -> tuple[SlideCell, ...]:
    if not isinstance(value, list) or not value:
        raise r.fail("slide_cells", tr('must be a non-empty list of {"cell": [row, col], "printed": number}'))
    cells = []
    for i, item in enumerate(value):
        where = f"slide_cells[{i}]"
        data = r.obj(item, where, ("cell", "printed"), ("cell", "printed"))
        index = data["cell"]
        if not isinstance(index, list) or len(index) not in (2, 3):
            raise r.fail(f"{where}.cell", tr("must be [row, col] or [map, row, col] (counting from 0)"))
        cells.append(SlideCell(
            index=tuple(r.integer(n, f"{where}.cell[{j}]", minimum=0) for j, n in enumerate(index)),
            printed=r.number(data["printed"], f"{where}.printed"),
        ))
    return tuple(cells)


_TRAINING_KEYS = (
    "epochs", "batch_size", "learning_rate", "augment", "dropout", "digits", "train_only", "from_shipped",
)


def _parse_training(r: _Reader, value: Any) -> TrainingSettings:
    data = r.obj(value, "training", _TRAINING_KEYS)
    defaults = TrainingSettings()
    train_only: tuple[str, ...] = ()
    if "train_only" in data:
        from convviz.model.lenet import LEARNABLE_LAYERS

        raw = data["train_only"]
        if not isinstance(raw, list) or not raw:
            raise r.fail("training.train_only", tr("must be a non-empty list of layer names ({names})").format(
                names=", ".join(LEARNABLE_LAYERS)))
        train_only = tuple(r.choice(name, f"training.train_only[{i}]", LEARNABLE_LAYERS) for i, name in enumerate(raw))
    return TrainingSettings(
        epochs=r.limited(data.get("epochs", defaults.epochs), "training.epochs", limits.TRAIN_EPOCHS),
        batch_size=r.limited(data.get("batch_size", defaults.batch_size), "training.batch_size", limits.TRAIN_BATCH),
        learning_rate=r.number(data.get("learning_rate", defaults.learning_rate), "training.learning_rate",
                               limits.TRAIN_LEARNING_RATE),
        augment=r.boolean(data.get("augment", defaults.augment), "training.augment"),
        dropout=r.number(data.get("dropout", defaults.dropout), "training.dropout", limits.TRAIN_DROPOUT),
        digits=r.limited(data["digits"], "training.digits", limits.TRAIN_DIGITS) if "digits" in data else None,
        train_only=train_only,
        from_shipped=r.boolean(data.get("from_shipped", defaults.from_shipped), "training.from_shipped"),
    )


_TOP_KEYS = (
    "schema", "id", "number", "title", "view", "explanation", "source", "input", "kernels",
    "settings", "expected", "tables", "slide_note", "slide_cells", "second_kernel", "training", "translations",
)
_LANGUAGE_PATTERN = re.compile(r"^[a-z]{2,3}(?:_[A-Z]{2})?$")
_TEXT_KEYS = ("title", "explanation", "source", "slide_note", "input_label", "kernel_labels", "table_titles")
_MAX_LANGUAGES = 40
_TRANSLATION_GROWTH = 2  # a translation may be this many times as long as the English limit (German is long)
_REQUIRED = ("schema", "id", "number", "title", "view", "explanation")


def lesson_from_dict(data: Any, source: str = "<memory>") -> Lesson:
    """Validate a decoded lesson (the JSON object) and build a `Lesson`; ValueError on any problem."""
    r = _Reader(source)
    if isinstance(data, dict) and "schema" in data:
        version = data["schema"]
        if isinstance(version, bool) or not isinstance(version, int):
            raise r.fail("schema", tr("must be the whole number {schema}, not {found}").format(
                                       schema=SCHEMA_VERSION, found=_describe(version)))
        if version > SCHEMA_VERSION:
            raise r.fail("schema", tr("is {version}, newer than this convviz understands ({schema}); update convviz "
                                      "to open it").format(version=version, schema=SCHEMA_VERSION))
        if version != SCHEMA_VERSION:
            raise r.fail("schema", tr("is {version}; this convviz reads lesson schema {schema}").format(
                                       version=version, schema=SCHEMA_VERSION))
    r.obj(data, "", _TOP_KEYS, _REQUIRED)
    lesson_id = r.text(data["id"], "id", max_length=80)
    if not _ID_PATTERN.match(lesson_id):
        raise r.fail("id", tr('must be lower-case words joined by hyphens, like "stride-2" (got {lesson_id!r})').format(
                               lesson_id=lesson_id))
    view = r.choice(data["view"], "view", VIEWS)
    lesson_input = _parse_input(r, data["input"]) if "input" in data else None
    kernels_raw = data.get("kernels", [])
    if not isinstance(kernels_raw, list):
        raise r.fail("kernels", tr("must be a list of kernels, not {found}").format(found=_describe(kernels_raw)))
    if len(kernels_raw) > limits.LESSON_FILTERS.high:
        raise r.fail("kernels", tr("holds {count:,} kernels; a lesson offers at most {most}").format(
                                    count=len(kernels_raw), most=limits.LESSON_FILTERS.high))
    kernels = tuple(_parse_kernel(r, k, f"kernels[{i}]") for i, k in enumerate(kernels_raw))
    settings = _parse_settings(r, data["settings"]) if "settings" in data else Settings()
    expected = _parse_expected(r, data["expected"]) if "expected" in data else None
    tables_raw = data.get("tables", [])
    if not isinstance(tables_raw, list):
        raise r.fail("tables", tr("must be a list of parameter tables, not {found}").format(
                                   found=_describe(tables_raw)))
    if len(tables_raw) > _MAX_TABLES:
        raise r.fail("tables", tr("holds {count:,} tables; a lesson shows at most {most}").format(
                                   count=len(tables_raw), most=_MAX_TABLES))
    tables = tuple(_parse_table(r, t, f"tables[{i}]") for i, t in enumerate(tables_raw))
    lesson = Lesson(
        id=lesson_id,
        number=r.limited(data["number"], "number", limits.LESSON_NUMBER),
        title=r.text(data["title"], "title", max_length=120),
        view=view,
        explanation=r.text(data["explanation"], "explanation", max_length=1500),
        input=lesson_input,
        kernels=kernels,
        settings=settings,
        expected=expected,
        tables=tables,
        source=r.text(data["source"], "source", max_length=300) if "source" in data else None,
        slide_note=r.text(data["slide_note"], "slide_note", max_length=2000) if "slide_note" in data else None,
        slide_cells=_parse_slide_cells(r, data["slide_cells"]) if "slide_cells" in data else (),
        path=None,
        second_kernel=r.grid(data["second_kernel"], "second_kernel") if "second_kernel" in data else None,
        training=_parse_training(r, data["training"]) if "training" in data else None,
    )
    _check_consistency(r, lesson)
    if "translations" in data:  # after the lesson itself is sound: its problems are named first
        lesson = replace(lesson, translations=_parse_translations(r, data["translations"], lesson))
    return lesson


def _parse_translations(r: _Reader, value: Any, lesson: Lesson) -> tuple[tuple[str, LessonText], ...]:
    """{"de": {"title": ..., "explanation": ..., "kernel_labels": [...], ...}, ...}: the words per language,
    each list as long as what it translates."""
    if not isinstance(value, dict):
        raise r.fail("translations", tr('must be an object of languages, like {{"de": {{...}}}}, not {found}').format(
                                         found=_describe(value)))
    if len(value) > _MAX_LANGUAGES:
        raise r.fail("translations", tr("holds {count:,} languages; a lesson carries at most {most}").format(
                                         count=len(value), most=_MAX_LANGUAGES))
    grow = _TRANSLATION_GROWTH
    result = []
    for language, words in value.items():
        where = f"translations.{language}"
        if not _LANGUAGE_PATTERN.match(language):
            raise r.fail("translations", tr('has the language {language!r}; write a code like "de" or "zh_CN"').format(
                                             language=language))
        r.obj(words, where, _TEXT_KEYS)

        def text(key: str, limit: int) -> str | None:
            return r.text(words[key], f"{where}.{key}", max_length=limit * grow) if key in words else None

        def texts(key: str, count: int, what: str) -> tuple[str, ...]:
            if key not in words:
                return ()
            items = words[key]
            if not isinstance(items, list) or len(items) != count:
                raise r.fail(f"{where}.{key}", tr("must be a list of {count} texts, one for each {what}").format(
                                                   count=count, what=what))
            return tuple(None if item is None else r.text(item, f"{where}.{key}[{i}]", max_length=200 * grow)
                         for i, item in enumerate(items))  # null: a kernel without a caption

        result.append((language, LessonText(
            title=text("title", 120),
            explanation=text("explanation", 1500),
            source=text("source", 300),
            slide_note=text("slide_note", 2000),
            input_label=text("input_label", 200),
            kernel_labels=texts("kernel_labels", len(lesson.kernels), "kernel"),
            table_titles=texts("table_titles", len(lesson.tables), "table"),
        )))
    return tuple(result)


def _check_consistency(r: _Reader, lesson: Lesson) -> None:
    """Rules that tie sections together: what each view needs, channel counts, kernel fit."""
    computes = lesson.view in ("convolution", "steps")
    if computes and lesson.input is None:
        raise r.fail("input", tr("is missing; a lesson for the {view!r} view needs an input").format(view=lesson.view))
    if lesson.settings.groups != 1:
        channels = lesson.input.channels if lesson.input is not None else 1
        if lesson.settings.groups != channels:
            raise r.fail(
                "settings.groups",
                tr("is {groups}; a lesson's groups are 1 (every filter sees all channels) or the input's {channels} "
                   "channel(s) (depthwise: one map per channel)").format(
                    groups=lesson.settings.groups, channels=channels),
            )
        if len(lesson.kernels) != 1:
            raise r.fail("kernels", tr("of a depthwise lesson is one kernel with one slice per channel (each "
                                       "channel's filter)"))
    if computes and lesson.settings.mode in ("conv", "transposed") and not lesson.kernels:
        raise r.fail("kernels", tr("is empty; a convolution in the {view!r} view needs at least one kernel").format(
                                    view=lesson.view))
    if lesson.settings.mode not in ("conv", "transposed") and lesson.kernels:
        raise r.fail("kernels", tr("must be empty for pooling (settings.mode {mode!r}): pooling has no weights").format(
                                    mode=lesson.settings.mode))
    if lesson.input is not None:
        channels = lesson.input.channels
        for i, kernel in enumerate(lesson.kernels):
            depth = 1 if kernel.preset is not None or kernel.values is None or _depth(kernel.values) == 2 else len(kernel.values)
            if depth != channels:
                raise r.fail(
                    f"kernels[{i}]",
                    tr('has {depth} channel(s) but the input has {channels}; give one grid per input channel '
                       'with "channels"').format(depth=depth, channels=channels) if channels > 1 else
                    tr('has {depth} channel(s) but the input has 1; use "matrix"').format(depth=depth),
                )
    sizes = {kernel.array().shape[-2:] for kernel in lesson.kernels}
    if len(sizes) > 1:
        raise r.fail("kernels", tr("have different sizes ({choices}); a bank of filters needs one size").format(
                                    choices=', '.join(_size_text(s) for s in sorted(sizes))))
    if lesson.slide_cells and (lesson.expected is None or lesson.expected.output is None):
        raise r.fail("slide_cells", tr("points into expected.output, which is missing"))
    if lesson.slide_cells:
        out_shape = _shape(lesson.expected.output)
        for i, cell in enumerate(lesson.slide_cells):
            if len(cell.index) != len(out_shape) or any(n >= m for n, m in zip(cell.index, out_shape)):
                raise r.fail(f"slide_cells[{i}].cell", tr("{cell} is outside the {size} output").format(
                                                           cell=list(cell.index), size=_size_text(out_shape)))
    if lesson.slide_cells and lesson.slide_note is None:
        raise r.fail("slide_note", tr("is missing; slide_cells need a sentence saying what the slide printed"))
    if lesson.view == "steps":
        _check_steps_limits(r, lesson)
    if lesson.training is not None and lesson.view != "lenet":
        raise r.fail("training", tr('opens the training panel, which belongs to the LeNet view ("view": "lenet")'))
    if lesson.second_kernel is not None:
        grey = lesson.input is not None and lesson.input.channels == 1
        if lesson.view != "steps" or lesson.settings.mode != "conv" or not grey:
            raise r.fail("second_kernel", tr('is for a grey convolution in the Steps view ("view": "steps")'))
        rows, cols = _shape(lesson.second_kernel)
        if max(rows, cols) > limits.STEPS_KERNEL_SIDE.high:
            raise r.fail("second_kernel", tr("is {rows}×{cols}; the Steps view takes kernels of {allowed} cells a side").format(
                                              rows=rows, cols=cols, allowed=limits.STEPS_KERNEL_SIDE.text()))


def _check_steps_limits(r: _Reader, lesson: Lesson) -> None:
    """The Steps view's panel is smaller than the convolution view's: a lesson for it must fit it."""
    from convviz.core import resolve_padding

    s = lesson.settings
    for key, value, limit in (
        ("stride", s.stride, limits.STEPS_STRIDE),
        ("dilation", s.dilation, limits.STEPS_DILATION),
        ("pool_size", s.pool_size, limits.STEPS_POOL_SIZE),
        ("padding", s.padding, limits.STEPS_PADDING),
    ):
        for number in (value if isinstance(value, tuple) else (value,)):
            if isinstance(number, int) and not limit.low <= number <= limit.high:
                raise r.fail(f"settings.{key}", tr("is {number}; the Steps view takes {allowed}").format(
                                                    number=number, allowed=limit.text()))
    if lesson.input is not None and lesson.input.kind in ("matrix", "rgb", "channels"):
        rows, cols = _shape(lesson.input.values)[-2:]
        if max(rows, cols) > limits.STEPS_MATRIX_SIDE.high:
            raise r.fail(f"input.{lesson.input.kind}", tr("is {rows}×{cols}; the Steps view shows at most "
                                                          "{most}×{most}").format(
                                                           rows=rows, cols=cols, most=limits.STEPS_MATRIX_SIDE.high))
    window = (s.pool_size, s.pool_size)
    for i, kernel in enumerate(lesson.kernels):
        window = kernel.array().shape[-2:]
        if max(window) > limits.STEPS_KERNEL_SIDE.high:
            raise r.fail(f"kernels[{i}]", tr("is {size}; the Steps view takes kernels of {allowed} cells a side").format(
                                              size=_size_text(window), allowed=limits.STEPS_KERNEL_SIDE.text()))
    if isinstance(s.padding, str):
        dilation = s.dilation if isinstance(s.dilation, tuple) else (s.dilation, s.dilation)
        stride = s.effective_stride if isinstance(s.effective_stride, tuple) else (s.effective_stride,) * 2
        try:
            pads = resolve_padding(s.padding, tuple(window), dilation, stride)
        except ValueError as error:
            raise r.fail("settings.padding", tr("cannot be worked out ({error})").format(error=error)) from None
        if max(pads) > limits.STEPS_PADDING.high:
            raise r.fail("settings.padding", tr("{padding!r} adds {cells} cells; the Steps view takes {allowed}").format(
                                                 padding=s.padding, cells=max(pads), allowed=limits.STEPS_PADDING.text()))


def _depth(values: tuple) -> int:
    return len(_shape(values))


def load_lesson(path: str | Path, *, verify: bool = True) -> Lesson:
    """Read and validate one lesson file; ValueError with a sentence naming file and field.

    With `verify` (the default, for teachers' own files) every expected value
    is also recomputed with convviz.core and a wrong one is refused, so the
    app never presents a wrong number as true.
    """
    path = Path(path)
    source = repr(path.name)
    try:
        raw = read_regular_file(path, tr("a lesson file"), limits.LESSON_FILE_BYTES)
    except FileNotFoundError:
        raise ValueError(tr("The lesson file {path} does not exist.").format(path=path)) from None
    except ValueError as error:  # a folder, a pipe, a device, a huge file: refused before reading
        raise ValueError(f"{error}.") from None  # already a sentence (safe_files)
    except OSError as error:
        raise ValueError(tr("The lesson file {path} cannot be read ({reason}).").format(
                             path=path, reason=error.strerror or error)) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ValueError(tr("The lesson file {source} is not UTF-8 text; save it as UTF-8 JSON.").format(
                             source=source)) from None
    try:
        data = safe_json.loads(text)
    except json.JSONDecodeError as error:
        raise ValueError(
            tr("The lesson file {source} is not valid JSON: {msg} at line {lineno}, column {colno}.").format(
                source=source, msg=error.msg, lineno=error.lineno, colno=error.colno)
        ) from None
    except safe_json.JsonProblem as error:
        raise ValueError(tr("The lesson file {source} cannot be used: {error}.").format(
                             source=source, error=error)) from None
    lesson = _with_path(lesson_from_dict(data, source), path)
    if verify:
        from .compute import check_expected

        problems = check_expected(lesson)
        if problems:
            raise ValueError(
                tr("In lesson file {source}, {problem}; correct the file (the app always shows true values).").format(
                    source=source, problem=problems[0])
            )
    return lesson


def _with_path(lesson: Lesson, path: Path) -> Lesson:
    from dataclasses import replace

    return replace(lesson, path=str(path))


def lessons_folder() -> Path:
    """The folder of shipped lesson files (`resources/lessons`)."""
    from convviz.resources import resource_path

    return resource_path("lessons")


@lru_cache(maxsize=1)
def builtin_lessons() -> tuple[Lesson, ...]:
    """Every shipped lesson, validated, ordered by number; ValueError if two share an id or number.

    The shipped expected values are checked by the test suite, not at every start.
    """
    lessons = sorted((load_lesson(p, verify=False) for p in lessons_folder().glob(f"*{LESSON_SUFFIX}")), key=lambda l: l.number)
    seen_ids: dict[str, str] = {}
    seen_numbers: dict[int, str] = {}
    for lesson in lessons:
        name = Path(lesson.path or "").name
        if lesson.id in seen_ids:
            raise ValueError(tr("Lesson files {first!r} and {name!r} share the id {id!r}.").format(
                                 first=seen_ids[lesson.id], name=name, id=lesson.id))
        if lesson.number in seen_numbers:
            raise ValueError(tr("Lesson files {first!r} and {name!r} share the number {number}.").format(
                                 first=seen_numbers[lesson.number], name=name, number=lesson.number))
        seen_ids[lesson.id] = name
        seen_numbers[lesson.number] = name
    return tuple(lessons)


def lesson_by_id(lesson_id: str) -> Lesson:
    """The shipped lesson with this id; ValueError listing the ids if there is none."""
    for lesson in builtin_lessons():
        if lesson.id == lesson_id:
            return lesson
    raise ValueError(tr("There is no lesson {lesson_id!r}; the lessons are {choices}.").format(
                         lesson_id=lesson_id, choices=', '.join(l.id for l in builtin_lessons())))
