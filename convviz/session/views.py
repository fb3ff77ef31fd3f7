"""What a session keeps of each view, and the checks that make a file safe to restore.

Each view's state is a plain dict (numbers, text, lists, numpy arrays). The
`check_*` functions take the dict read from a file and return it normalised
(tuples, floats, arrays of the right type) or raise `SessionError` naming the
field, so the app restores only states that are whole. The app's own checks
(an activation it knows, a matrix the Steps view can show) come after these,
still before anything open is touched. No Qt here.

Convolution::

    {"settings": {every ConvolutionSettings field; "kernel_scale" optional, "1/9"}, "picture": null | {"source": "window"}
     | {"source": "own", "name": "camera", "array": <array>}, "drawing": <drawing> | null}

Steps::

    {"settings": {"image", "kernel", "stride", "padding", "dilation", "flip", "mode",
                  "pool_size", "kernel_scale" (optional, "1/9")}, "step": 7}

LeNet (filters saved as the slices that differ from the trained weights)::

    {"edits": {"conv1": [{"filter": 0, "channel": 0, "weights": <5×5 array>}], "conv2": []},
     "input": {"kind": "drawing", "name": "drawing"} | {"kind": "digit", "name", "label", "digit"}
              | {"kind": "none"},
     "drawing": <drawing>, "editing": {"layer": "conv1", "filter": 0, "channel": 0}, "pen_width": 22,
     "trained": "<sha256 of the trained filters the edits were made on>"}

A drawing is the canvas exactly: ``{"background": uint8 array, "image": uint8 array,
"strokes": [[width, [[x, y], ...]], ...], "blank": bool}``.

Every number is checked against `convviz.limits` (what the views' controls
can hold) and every embedded array's declared type and shape against the
field's rule before it is decoded, within one `DecodeBudget` for the file;
keys a check does not know are never looked at.
"""

from __future__ import annotations

from typing import Any, Callable

import numpy as np

from convviz import limits
from convviz.i18n import tr, tr_noop
from convviz.session.arrays import DecodeBudget, is_tagged_array
from convviz.session.errors import SessionError
from convviz.session.fields import (
    choice,
    embedded_array,
    field,
    flag,
    items,
    matrix,
    pair,
    picture_array,
    real_number,
    shape_rule,
    text,
    typed_array,
    whole_number,
)

CONVOLUTION_FIELDS = (
    "mode", "kernels", "link_channels", "edit_channel", "preset", "flip", "stride", "padding_kind",
    "padding", "padding_mode", "dilation", "activation", "slope", "alpha", "pool_mode", "pool_size",
    "pool_stride", "pinned", "kernel_scale",
)
STEPS_FIELDS = ("image", "kernel", "stride", "padding", "dilation", "flip", "mode", "pool_size", "kernel_scale",
                "bias", "filter_index")
LENET_LAYERS = ("conv1", "conv2")
INPUT_KINDS = ("drawing", "digit", "none")
STEPS = tr_noop("the Steps view")  # what limits the Steps grids' sides (fields translates it for a refusal)


# --------------------------------------------------------------------------- drawings
def check_drawing(state: Any, name: str = "drawing", budget: DecodeBudget | None = None) -> dict[str, Any]:
    """A drawing canvas, exactly: background, rendered image, strokes, blank flag."""
    budget = budget if budget is not None else DecodeBudget()
    side = limits.CANVAS_SIDE
    background = typed_array(field(state, "background", name), f"{name}.background", "uint8", 2, side, budget)
    image = typed_array(field(state, "image", name), f"{name}.image", "uint8", 2, side, budget)
    if background.shape != image.shape or background.shape[0] != background.shape[1]:
        raise SessionError(tr('"{name}" must have a square background and image of the same size').format(name=name))
    strokes_in = items(field(state, "strokes", name), f"{name}.strokes", int(limits.STROKES.high), tr_noop("strokes"))
    points_left = int(limits.STROKE_POINTS.high)
    strokes = []
    for number, stroke in enumerate(strokes_in):
        where = f"{name}.strokes[{number}]"
        if not isinstance(stroke, (list, tuple)) or len(stroke) != 2 or not isinstance(stroke[1], (list, tuple)):
            raise SessionError(tr('"{where}" must be [width, [[x, y], ...]]').format(where=where))
        width = real_number(stroke[0], f"{where} width", limits.STROKE_WIDTH)
        if not stroke[1]:
            raise SessionError(tr('"{where}" has no points').format(where=where))
        points_left -= len(stroke[1])
        if points_left < 0:
            raise SessionError(
                tr('"{name}.strokes" hold more than {most:,} points in all; '
                   "a canvas replays every point when it is restored").format(
                    name=name, most=int(limits.STROKE_POINTS.high))
            )
        points = tuple(_point(p, where) for p in stroke[1])
        strokes.append((width, points))
    return {
        "background": background,
        "image": image,
        "strokes": tuple(strokes),
        "blank": flag(field(state, "blank", name), f"{name}.blank"),
    }


def _point(value: Any, where: str) -> tuple[float, float]:
    if not isinstance(value, (list, tuple)) or len(value) != 2:
        raise SessionError(tr('a point of "{where}" must be [x, y]').format(where=where))
    return (real_number(value[0], f"{where} point x", limits.STROKE_COORDINATE),
            real_number(value[1], f"{where} point y", limits.STROKE_COORDINATE))


# --------------------------------------------------------------------------- convolution
def check_convolution(state: Any, budget: DecodeBudget | None = None) -> dict[str, Any]:
    budget = budget if budget is not None else DecodeBudget()
    s = field(state, "settings")
    kernels_in = field(s, "kernels", "settings")
    if not isinstance(kernels_in, (list, tuple)) or len(kernels_in) != 3:
        raise SessionError(tr('"kernels" must be three kernels (red, green, blue)'))
    kernels = tuple(
        matrix(k, f"kernels[{i}]", limits.KERNEL_SIDE, budget, shown_by=tr_noop("the kernel editor"))
        for i, k in enumerate(kernels_in)
    )
    if len({k.shape for k in kernels}) != 1:
        raise SessionError(tr('"kernels" must be three kernels of one size, {range} cells a side').format(
            range=limits.KERNEL_SIDE.text()))
    pinned = field(s, "pinned", "settings")
    settings = {
        "mode": choice(field(s, "mode"), "mode", ("gray", "rgb")),
        "kernels": tuple(tuple(tuple(float(v) for v in row) for row in k) for k in kernels),
        "link_channels": flag(field(s, "link_channels"), "link_channels"),
        "edit_channel": whole_number(field(s, "edit_channel"), "edit_channel", limits.EDIT_CHANNEL),
        "preset": text(field(s, "preset"), "preset"),
        "flip": flag(field(s, "flip"), "flip"),
        "stride": pair(field(s, "stride"), "stride", limits.CONV_STRIDE),
        "padding_kind": choice(field(s, "padding_kind"), "padding_kind", ("valid", "same", "custom")),
        "padding": pair(field(s, "padding"), "padding", limits.CONV_PADDING),
        "padding_mode": choice(field(s, "padding_mode"), "padding_mode", ("zeros", "reflect", "replicate")),
        "dilation": pair(field(s, "dilation"), "dilation", limits.CONV_DILATION),
        "activation": text(field(s, "activation"), "activation"),
        "slope": real_number(field(s, "slope"), "slope", limits.LEAKY_SLOPE),
        "alpha": real_number(field(s, "alpha"), "alpha", limits.ELU_ALPHA),
        "pool_mode": choice(field(s, "pool_mode"), "pool_mode", ("max", "avg", "none")),
        "pool_size": whole_number(field(s, "pool_size"), "pool_size", limits.POOL_SIZE),
        "pool_stride": whole_number(field(s, "pool_stride"), "pool_stride", limits.POOL_STRIDE),
        "pinned": None if pinned is None else pair(pinned, "pinned", limits.PINNED),
        "kernel_scale": kernel_scale(s),
        # files from before grouped convolution have no groups: 1 (every filter sees all channels)
        "groups": whole_number(s.get("groups", 1), "groups", limits.CONV_GROUPS),
    }
    picture = field(state, "picture")
    if picture is not None:
        source = choice(field(picture, "source", "picture"), "picture.source", ("window", "own"))
        if source == "own":
            name = text(field(picture, "name", "picture"), "picture.name", limits.NAME_CHARS)
            array = picture_array(field(picture, "array", "picture"), "picture.array", budget)
            picture = {"source": "own", "name": name, "array": array}
        else:
            picture = {"source": "window"}
    drawing = field(state, "drawing")
    return {
        "settings": settings,
        "picture": picture,
        "drawing": None if drawing is None else check_drawing(drawing, budget=budget),
    }


# --------------------------------------------------------------------------- steps
def check_steps(state: Any, budget: DecodeBudget | None = None) -> dict[str, Any]:
    budget = budget if budget is not None else DecodeBudget()
    s = field(state, "settings")
    settings = {
        "image": _steps_grids(field(s, "image", "settings"), "image", limits.STEPS_MATRIX_SIDE, budget, 1),
        "kernel": _steps_grids(field(s, "kernel", "settings"), "kernel", limits.STEPS_KERNEL_SIDE, budget, 2),
        "stride": whole_number(field(s, "stride", "settings"), "stride", limits.STEPS_STRIDE),
        "padding": _steps_padding(field(s, "padding", "settings")),
        "dilation": whole_number(field(s, "dilation", "settings"), "dilation", limits.STEPS_DILATION),
        "flip": flag(field(s, "flip", "settings"), "flip"),
        "mode": choice(field(s, "mode", "settings"), "mode", ("conv", "max", "avg", "transposed")),
        "pool_size": whole_number(field(s, "pool_size", "settings"), "pool_size", limits.STEPS_POOL_SIZE),
        "kernel_scale": kernel_scale(s),
        # files from before the colour example have neither: one filter, no bias
        "bias": tuple(real_number(b, "bias") for b in items(s.get("bias", ()), "bias", int(limits.STEPS_FILTERS.high), tr_noop("numbers"))),
        "filter_index": whole_number(s.get("filter_index", 0), "filter_index", limits.STEPS_FILTER),
        # files from before transposed convolution have no output padding: 0
        "output_padding": whole_number(s.get("output_padding", 0), "output_padding", limits.STEPS_PADDING),
    }
    second = state.get("second_kernel") if isinstance(state, dict) else None
    return {
        "settings": settings,
        "step": whole_number(field(state, "step"), "step", limits.STEPS_STEP),
        "second_kernel": None if second is None else matrix(second, "second_kernel", limits.STEPS_KERNEL_SIDE,
                                                            budget, shown_by=STEPS),
    }


def _steps_padding(value: Any) -> int | tuple[int, int] | str:
    """Cells on every side, [rows, columns], or "same" / "valid"."""
    if isinstance(value, str):
        return choice(value, "padding", ("same", "valid"))
    if isinstance(value, (list, tuple)):
        return pair(value, "padding", limits.STEPS_PADDING)
    return whole_number(value, "padding", limits.STEPS_PADDING)


def _steps_grids(value: Any, name: str, side, budget: DecodeBudget, stacks: int) -> np.ndarray:
    """A grid, or up to `stacks` levels of lists of grids (channels; filters × channels), as one array."""
    if is_tagged_array(value) or isinstance(value, np.ndarray):
        rule = shape_rule(name, "n", tuple(range(2, 3 + stacks)), side, channels=(1, 2, 3, 4), shown_by=STEPS)
        array = embedded_array(value, name, rule, budget)
        if not np.isfinite(array).all():
            raise SessionError(tr('"{name}" holds NaN or infinite values').format(name=name))
        return np.array(array, dtype=np.float64)
    depth, inner = 0, value
    while isinstance(inner, (list, tuple)) and inner and isinstance(inner[0], (list, tuple)):
        depth, inner = depth + 1, inner[0]
    if depth <= 2 or stacks == 0:
        return matrix(value, name, side, budget, shown_by=STEPS)
    parts = items(value, name, 8, tr_noop("grids"))
    grids = [_steps_grids(part, f"{name}[{i}]", side, budget, stacks - 1) for i, part in enumerate(parts)]
    if len({grid.shape for grid in grids}) != 1:
        raise SessionError(tr('"{name}" must hold grids of one size').format(name=name))
    return np.stack(grids)


def kernel_scale(settings: Any) -> str:
    """The kernel's factor written apart, as text ("1/9"); files from before it was saved have none ("1")."""
    from convviz.core.kernel_scale import parse_scale

    value = settings.get("kernel_scale", "1") if isinstance(settings, dict) else "1"
    try:
        return str(parse_scale(text(value, "kernel_scale"), '"kernel_scale"'))
    except ValueError as exc:
        raise SessionError(str(exc)) from None


# --------------------------------------------------------------------------- LeNet
def check_lenet(state: Any, budget: DecodeBudget | None = None) -> dict[str, Any]:
    budget = budget if budget is not None else DecodeBudget()
    edits_in = field(state, "edits")
    if not isinstance(edits_in, dict) or not set(edits_in) <= set(LENET_LAYERS):
        raise SessionError(tr('"edits" must map {layers} to their edited filters').format(
            layers=tr("{first} and {second}").format(first=LENET_LAYERS[0], second=LENET_LAYERS[1])))
    edits: dict[str, tuple[dict[str, Any], ...]] = {}
    for layer, slices in edits_in.items():
        slices = items(slices, f"edits.{layer}", int(limits.LENET_EDITS.high), tr_noop("edited filter slices"))
        checked = []
        for number, entry in enumerate(slices):
            where = f"edits.{layer}[{number}]"
            rule = shape_rule(f"{where}.weights", ("float32",), (2,), limits.LENET_FILTER_SIDE)
            weights = embedded_array(field(entry, "weights", where), f"{where}.weights", rule, budget)
            if weights.shape[0] != weights.shape[1] or not np.isfinite(weights).all():
                raise SessionError(tr('"{where}.weights" must be a square filter of finite numbers').format(where=where))
            checked.append({
                "filter": whole_number(field(entry, "filter", where), f"{where}.filter", limits.LENET_INDEX),
                "channel": whole_number(field(entry, "channel", where), f"{where}.channel", limits.LENET_INDEX),
                "weights": weights,
            })
        edits[layer] = tuple(checked)

    entry = field(state, "input")
    kind = choice(field(entry, "kind", "input"), "input.kind", INPUT_KINDS)
    if kind == "digit":
        side = limits.Limit(limits.DIGIT_SIDE, limits.DIGIT_SIDE)
        rule = shape_rule("input.digit", "n", (2,), side)
        digit = embedded_array(field(entry, "digit", "input"), "input.digit", rule, budget)
        if digit.dtype.kind not in "uf" or not np.isfinite(digit).all():
            raise SessionError(tr('"input.digit" must be a {side}×{side} picture').format(side=limits.DIGIT_SIDE))
        picked = {
            "kind": kind,
            "name": text(field(entry, "name", "input"), "input.name", limits.NAME_CHARS),
            "label": whole_number(field(entry, "label", "input"), "input.label", limits.DIGIT_LABEL),
            "digit": digit,
        }
    elif kind == "drawing":
        picked = {"kind": kind, "name": text(field(entry, "name", "input"), "input.name", limits.NAME_CHARS)}
    else:
        picked = {"kind": kind}

    editing = field(state, "editing")
    return {
        "edits": edits,
        "input": picked,
        "drawing": check_drawing(field(state, "drawing"), budget=budget),
        "editing": {
            "layer": choice(field(editing, "layer", "editing"), "editing.layer", LENET_LAYERS),
            "filter": whole_number(field(editing, "filter", "editing"), "editing.filter", limits.LENET_INDEX),
            "channel": whole_number(field(editing, "channel", "editing"), "editing.channel", limits.LENET_INDEX),
        },
        "pen_width": real_number(field(state, "pen_width"), "pen_width", limits.PEN_WIDTH),
        "trained": text(state.get("trained", ""), "trained"),
    }


VIEW_CHECKS: dict[str, Callable[..., dict[str, Any]]] = {
    "convolution": check_convolution,
    "steps": check_steps,
    "lenet": check_lenet,
}
