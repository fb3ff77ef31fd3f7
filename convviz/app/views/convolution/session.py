"""The convolution view's part of a session: capture it, check a saved one against the view, put it back."""

from __future__ import annotations

from typing import Any

import numpy as np

from convviz.app.widgets.canvas_state import check_canvas, restore_canvas_quietly
from convviz.session import SessionError
from convviz.state.snapshots import CONVOLUTION_FIELDS, FACTOR_FIELDS


def convolution_state(view, image: np.ndarray | None, image_name: str) -> dict[str, Any]:
    settings = {name: getattr(view.settings, name) for name in CONVOLUTION_FIELDS}
    settings.update({name: str(settings[name]) for name in FACTOR_FIELDS})  # "1/9": exact, plain text in the file
    picture = None if image is None else {"source": "own", "name": image_name, "array": image}
    return {"settings": settings, "picture": picture, "drawing": view.input_picker.canvas.drawing_state()}


def check_convolution(view, state: dict[str, Any]) -> None:
    """Every setting as the view's `ConvolutionSettings` checks it (`convviz.limits`), before anything changes."""
    from convviz.state.convolution import check_settings

    try:
        check_settings(state["settings"])
    except ValueError as exc:
        raise SessionError(f"the convolution view cannot take its settings: {str(exc).rstrip('.')}") from None
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
    # after the picture: a new picture unpins the pixel; all fields or none (checked before any is set;
    # the factor comes as "1/9" text and goes in with the cells)
    view.settings.update({name: state["settings"][name] for name in CONVOLUTION_FIELDS})
