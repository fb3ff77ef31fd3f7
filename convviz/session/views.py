"""What a session keeps of each view, and the checks that make a file safe to restore.

Each view's state is a plain dict (numbers, text, lists, numpy arrays). The
`check_*` functions take the dict read from a file and return it normalised
(tuples, floats, arrays of the right type) or raise `SessionError` naming the
field, so the app restores only states that are whole. The app's own checks
(an activation it knows, a matrix the Steps view can show) come after these,
still before anything open is touched. No Qt here.

Convolution::

    {"settings": {every ConvolutionSettings field}, "picture": null | {"source": "window"}
     | {"source": "own", "name": "camera", "array": <array>}, "drawing": <drawing> | null}

Steps::

    {"settings": {"image", "kernel", "stride", "padding", "dilation", "flip", "mode",
                  "pool_size"}, "step": 7}

LeNet (filters saved as the slices that differ from the trained weights)::

    {"edits": {"conv1": [{"filter": 0, "channel": 0, "weights": <5×5 array>}], "conv2": []},
     "input": {"kind": "drawing", "name": "drawing"} | {"kind": "digit", "name", "label", "digit"}
              | {"kind": "none"},
     "drawing": <drawing>, "editing": {"layer": "conv1", "filter": 0, "channel": 0}, "pen_width": 22,
     "trained": "<sha256 of the trained filters the edits were made on>"}

A drawing is the canvas exactly: ``{"background": uint8 array, "image": uint8 array,
"strokes": [[width, [[x, y], ...]], ...], "blank": bool}``.
"""

from __future__ import annotations

import math
from typing import Any, Callable

import numpy as np

from convviz.session.errors import SessionError

CONVOLUTION_FIELDS = (
    "mode", "kernels", "link_channels", "edit_channel", "preset", "flip", "stride", "padding_kind",
    "padding", "padding_mode", "dilation", "activation", "slope", "alpha", "pool_mode", "pool_size",
    "pool_stride", "pinned",
)
STEPS_FIELDS = ("image", "kernel", "stride", "padding", "dilation", "flip", "mode", "pool_size")
LENET_LAYERS = ("conv1", "conv2")
INPUT_KINDS = ("drawing", "digit", "none")


# --------------------------------------------------------------------------- small checks
def _get(state: dict, key: str) -> Any:
    if not isinstance(state, dict):
        raise SessionError("a state is not an object")
    if key not in state:
        raise SessionError(f'"{key}" is missing')
    return state[key]


def _int(value: Any, name: str, minimum: int = 0, maximum: int | None = None) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise SessionError(f'"{name}" must be a whole number, not {value!r}')
    if value < minimum or (maximum is not None and value > maximum):
        upper = f" to {maximum}" if maximum is not None else " or more"
        raise SessionError(f'"{name}" must be {minimum}{upper}, not {value}')
    return value


def _float(value: Any, name: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise SessionError(f'"{name}" must be a finite number, not {value!r}')
    return float(value)


def _bool(value: Any, name: str) -> bool:
    if not isinstance(value, bool):
        raise SessionError(f'"{name}" must be true or false, not {value!r}')
    return value


def _text(value: Any, name: str) -> str:
    if not isinstance(value, str):
        raise SessionError(f'"{name}" must be text, not {value!r}')
    return value


def _choice(value: Any, name: str, choices: tuple[str, ...]) -> str:
    if value not in choices:
        raise SessionError(f'"{name}" must be one of {", ".join(choices)}, not {value!r}')
    return value


def _pair(value: Any, name: str, minimum: int) -> tuple[int, int]:
    if not isinstance(value, (list, tuple)) or len(value) != 2:
        raise SessionError(f'"{name}" must be two whole numbers (rows, columns)')
    return (_int(value[0], name, minimum), _int(value[1], name, minimum))


def _matrix(value: Any, name: str, dtype=np.float64) -> np.ndarray:
    """A non-empty 2-D grid of finite numbers, from nested lists or an array."""
    if isinstance(value, np.ndarray):
        array = value
    else:
        try:
            array = np.array(value, dtype=np.float64)
        except (TypeError, ValueError):
            raise SessionError(f'"{name}" must be a rectangular grid of numbers') from None
    if array.ndim != 2 or 0 in array.shape or array.dtype.kind not in "iuf":
        raise SessionError(f'"{name}" must be a non-empty rectangular grid of numbers')
    if not np.isfinite(array).all():
        raise SessionError(f'"{name}" holds NaN or infinite values')
    return np.array(array, dtype=dtype)


def _array(value: Any, name: str, dtype: str, ndim: int) -> np.ndarray:
    if not isinstance(value, np.ndarray) or value.dtype.name != dtype or value.ndim != ndim or 0 in value.shape:
        raise SessionError(f'"{name}" must be an embedded {ndim}-D {dtype} array')
    return value


# --------------------------------------------------------------------------- drawings
def check_drawing(state: Any, name: str = "drawing") -> dict[str, Any]:
    """A drawing canvas, exactly: background, rendered image, strokes, blank flag."""
    background = _array(_get(state, "background"), f"{name}.background", "uint8", 2)
    image = _array(_get(state, "image"), f"{name}.image", "uint8", 2)
    if background.shape != image.shape or background.shape[0] != background.shape[1]:
        raise SessionError(f'"{name}" must have a square background and image of the same size')
    strokes_in = _get(state, "strokes")
    if not isinstance(strokes_in, (list, tuple)):
        raise SessionError(f'"{name}.strokes" must be a list of strokes')
    strokes = []
    for stroke in strokes_in:
        if not isinstance(stroke, (list, tuple)) or len(stroke) != 2 or not isinstance(stroke[1], (list, tuple)):
            raise SessionError(f'each of "{name}.strokes" must be [width, [[x, y], ...]]')
        width = _float(stroke[0], f"{name} stroke width")
        if width <= 0 or not stroke[1]:
            raise SessionError(f'a stroke of "{name}" has no width or no points')
        points = tuple(_point(p, name) for p in stroke[1])
        strokes.append((width, points))
    return {
        "background": background,
        "image": image,
        "strokes": tuple(strokes),
        "blank": _bool(_get(state, "blank"), f"{name}.blank"),
    }


def _point(value: Any, name: str) -> tuple[float, float]:
    if not isinstance(value, (list, tuple)) or len(value) != 2:
        raise SessionError(f'a point of "{name}" must be [x, y]')
    return (_float(value[0], f"{name} point"), _float(value[1], f"{name} point"))


# --------------------------------------------------------------------------- convolution
def check_convolution(state: Any) -> dict[str, Any]:
    s = _get(state, "settings")
    kernels_in = _get(s, "kernels")
    if not isinstance(kernels_in, (list, tuple)) or len(kernels_in) != 3:
        raise SessionError('"kernels" must be three kernels (red, green, blue)')
    kernels = tuple(_matrix(k, "kernels") for k in kernels_in)
    if len({k.shape for k in kernels}) != 1 or max(kernels[0].shape) > 9:
        raise SessionError('"kernels" must be three kernels of one size, at most 9×9')
    pinned = _get(s, "pinned")
    settings = {
        "mode": _choice(_get(s, "mode"), "mode", ("gray", "rgb")),
        "kernels": tuple(tuple(tuple(float(v) for v in row) for row in k) for k in kernels),
        "link_channels": _bool(_get(s, "link_channels"), "link_channels"),
        "edit_channel": _int(_get(s, "edit_channel"), "edit_channel", 0, 2),
        "preset": _text(_get(s, "preset"), "preset"),
        "flip": _bool(_get(s, "flip"), "flip"),
        "stride": _pair(_get(s, "stride"), "stride", 1),
        "padding_kind": _choice(_get(s, "padding_kind"), "padding_kind", ("valid", "same", "custom")),
        "padding": _pair(_get(s, "padding"), "padding", 0),
        "padding_mode": _choice(_get(s, "padding_mode"), "padding_mode", ("zeros", "reflect", "replicate")),
        "dilation": _pair(_get(s, "dilation"), "dilation", 1),
        "activation": _text(_get(s, "activation"), "activation"),
        "slope": _float(_get(s, "slope"), "slope"),
        "alpha": _float(_get(s, "alpha"), "alpha"),
        "pool_mode": _choice(_get(s, "pool_mode"), "pool_mode", ("max", "avg", "none")),
        "pool_size": _int(_get(s, "pool_size"), "pool_size", 1),
        "pool_stride": _int(_get(s, "pool_stride"), "pool_stride", 1),
        "pinned": None if pinned is None else _pair(pinned, "pinned", 0),
    }
    picture = _get(state, "picture")
    if picture is not None:
        source = _choice(_get(picture, "source"), "picture.source", ("window", "own"))
        if source == "own":
            array = _get(picture, "array")
            if not isinstance(array, np.ndarray) or array.dtype.kind != "f" or not (
                array.ndim == 2 or (array.ndim == 3 and array.shape[0] == 3)
            ) or 0 in array.shape or not np.isfinite(array).all():
                raise SessionError('"picture.array" must be a grey or colour picture of finite numbers')
            picture = {"source": "own", "name": _text(_get(picture, "name"), "picture.name"), "array": array}
        else:
            picture = {"source": "window"}
    drawing = _get(state, "drawing")
    return {
        "settings": settings,
        "picture": picture,
        "drawing": None if drawing is None else check_drawing(drawing),
    }


# --------------------------------------------------------------------------- steps
def check_steps(state: Any) -> dict[str, Any]:
    s = _get(state, "settings")
    settings = {
        "image": _matrix(_get(s, "image"), "image"),
        "kernel": _matrix(_get(s, "kernel"), "kernel"),
        "stride": _int(_get(s, "stride"), "stride", 1),
        "padding": _int(_get(s, "padding"), "padding", 0),
        "dilation": _int(_get(s, "dilation"), "dilation", 1),
        "flip": _bool(_get(s, "flip"), "flip"),
        "mode": _choice(_get(s, "mode"), "mode", ("conv", "max", "avg")),
        "pool_size": _int(_get(s, "pool_size"), "pool_size", 1),
    }
    return {
        "settings": settings,
        "step": _int(_get(state, "step"), "step", 0),
    }


# --------------------------------------------------------------------------- LeNet
def check_lenet(state: Any) -> dict[str, Any]:
    edits_in = _get(state, "edits")
    if not isinstance(edits_in, dict) or not set(edits_in) <= set(LENET_LAYERS):
        raise SessionError(f'"edits" must map {" and ".join(LENET_LAYERS)} to their edited filters')
    edits: dict[str, tuple[dict[str, Any], ...]] = {}
    for layer, slices in edits_in.items():
        if not isinstance(slices, (list, tuple)):
            raise SessionError(f'"edits.{layer}" must be a list of edited filter slices')
        checked = []
        for entry in slices:
            weights = _get(entry, "weights")
            if not isinstance(weights, np.ndarray) or weights.dtype.name != "float32" or weights.ndim != 2:
                raise SessionError(f'the weights of an edited {layer} filter must be a 2-D float32 array')
            if weights.shape[0] != weights.shape[1] or not np.isfinite(weights).all():
                raise SessionError(f"an edited {layer} filter must be square and finite")
            checked.append({"filter": _int(_get(entry, "filter"), "filter"),
                            "channel": _int(_get(entry, "channel"), "channel"), "weights": weights})
        edits[layer] = tuple(checked)

    entry = _get(state, "input")
    kind = _choice(_get(entry, "kind"), "input.kind", INPUT_KINDS)
    if kind == "digit":
        digit = _get(entry, "digit")
        if not isinstance(digit, np.ndarray) or digit.shape != (28, 28) or digit.dtype.kind not in "uf":
            raise SessionError('"input.digit" must be a 28×28 picture')
        picked = {"kind": kind, "name": _text(_get(entry, "name"), "input.name"),
                  "label": _int(_get(entry, "label"), "input.label", 0, 9), "digit": digit}
    elif kind == "drawing":
        picked = {"kind": kind, "name": _text(_get(entry, "name"), "input.name")}
    else:
        picked = {"kind": kind}

    editing = _get(state, "editing")
    return {
        "edits": edits,
        "input": picked,
        "drawing": check_drawing(_get(state, "drawing")),
        "editing": {
            "layer": _choice(_get(editing, "layer"), "editing.layer", LENET_LAYERS),
            "filter": _int(_get(editing, "filter"), "editing.filter"),
            "channel": _int(_get(editing, "channel"), "editing.channel"),
        },
        "pen_width": _float(_get(state, "pen_width"), "pen_width"),
        "trained": _text(state.get("trained", ""), "trained"),
    }


VIEW_CHECKS: dict[str, Callable[[Any], dict[str, Any]]] = {
    "convolution": check_convolution,
    "steps": check_steps,
    "lenet": check_lenet,
}
