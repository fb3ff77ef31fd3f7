"""The convolution view's part of a session: capture it, check a saved one against the view, put it back."""

from __future__ import annotations

from typing import Any

import numpy as np

from convviz.app.widgets.canvas_state import check_canvas, restore_canvas_quietly
from convviz.core.kernel_scale import parse_scale
from convviz.session import SessionError
from convviz.state.snapshots import CONVOLUTION_FIELDS, FACTOR_FIELDS


def convolution_state(view, image: np.ndarray | None, image_name: str) -> dict[str, Any]:
    settings = {name: getattr(view.settings, name) for name in CONVOLUTION_FIELDS}
    settings.update({name: str(settings[name]) for name in FACTOR_FIELDS})  # "1/9": exact, plain text in the file
    picture = None if image is None else {"source": "own", "name": image_name, "array": image}
    return {"settings": settings, "picture": picture, "drawing": view.input_picker.canvas.drawing_state()}


def check_convolution(view, state: dict[str, Any]) -> None:
    from convviz.core import ACTIVATIONS

    settings = state["settings"]
    if settings["activation"] not in ACTIVATIONS:
        raise SessionError(f"the convolution view has no activation called {settings['activation']!r}")
    rows, cols = np.shape(settings["kernels"][0])
    if not (1 <= rows <= 9 and 1 <= cols <= 9):
        raise SessionError(f"a kernel is {rows}×{cols}; the convolution view takes 1 to 9 cells a side")
    check_canvas(view.input_picker.canvas, state["drawing"], "the convolution view's drawing")
    if state["picture"] is not None and state["picture"]["source"] != "own":
        raise SessionError("the convolution view's picture refers to a picture the session does not hold")


def restore_convolution(view, state: dict[str, Any]) -> None:
    canvas = view.input_picker.canvas
    if state["drawing"] is not None:
        restore_canvas_quietly(canvas, state["drawing"])
    picture = state["picture"]
    if picture is not None:
        view.set_image(np.asarray(picture["array"], dtype=np.float32), picture["name"])
    settings = view.settings
    for name in CONVOLUTION_FIELDS:  # after the picture: a new picture unpins the pixel
        value = state["settings"][name]
        if name in FACTOR_FIELDS:
            value = parse_scale(value)  # "1/9" in the file
        if getattr(settings, name) != value:
            setattr(settings, name, value)
