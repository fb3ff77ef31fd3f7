"""Each view's part of a session: capture it, check a saved one against the view, put it back.

The views expose this as `session_state()` and `restore_session_state(state)`
(the layouts are in `convviz.session.views`); the checks here (`check_state`)
need the built view (the network's filter shapes, the canvas size, the
activations the core knows) and run for every view before any is changed, so
a session the app cannot show whole is refused without touching what is open.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from convviz.session import SessionError


# --------------------------------------------------------------------------- what each view keeps
CONVOLUTION_FIELDS = (
    "mode", "kernels", "link_channels", "edit_channel", "preset", "flip", "stride", "padding_kind",
    "padding", "padding_mode", "dilation", "activation", "slope", "alpha", "pool_mode", "pool_size",
    "pool_stride", "pinned",
)
#: What undo restores in the convolution view: every setting but the pinned pixel, which is where
#: the student looks (the view pins the strongest answer of a new picture by itself), not an edit.
CONVOLUTION_UNDO_FIELDS = tuple(name for name in CONVOLUTION_FIELDS if name != "pinned")
STEPS_FIELDS = ("image", "kernel", "stride", "padding", "dilation", "flip", "mode", "pool_size")
#: Fields a spin box or slider changes in bursts: one undo step per burst.
CONTINUOUS = {"stride", "padding", "dilation", "slope", "alpha", "pool_size", "pool_stride"}


def drawing_text(before: dict | None, after: dict) -> str:
    """"Draw a stroke", "Erase a stroke", "Clear the drawing" or "Change the picture"."""
    if before is None:
        return "Draw"
    old, new = len(before["strokes"]), len(after["strokes"])
    if new > old and after["strokes"][:old] == before["strokes"]:
        return "Draw a stroke"
    if new < old and before["strokes"][:new] == after["strokes"]:
        return "Erase a stroke"
    if after["blank"]:
        return "Clear the drawing"
    return "Change the picture"


def lenet_input(state) -> tuple:
    """The network's input as a value: ("digit", name, label, pixels), ("drawing", name) or ("none",).

    A drawing or photo is whatever the canvas shows, so its pixels live in the drawing part.
    """
    picture = state.input
    if picture is None:
        return ("none",)
    if picture.digit is not None:
        return ("digit", picture.name, picture.label, picture.digit)
    return ("drawing", picture.name)


def restore_lenet_input(state, canvas, value: tuple) -> None:
    if value[0] == "digit":
        _, name, label, digit = value
        state.set_test_digit(digit, label, name)
    elif value[0] == "drawing":
        state.set_picture(canvas.picture(), value[1])
    else:
        state.clear_input()



# --------------------------------------------------------------------------- convolution
def convolution_state(view, image: np.ndarray | None, image_name: str) -> dict[str, Any]:
    settings = {name: getattr(view.settings, name) for name in CONVOLUTION_FIELDS}
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
    _check_canvas(view.input_picker.canvas, state["drawing"], "the convolution view's drawing")
    if state["picture"] is not None and state["picture"]["source"] != "own":
        raise SessionError("the convolution view's picture refers to a picture the session does not hold")


def restore_convolution(view, state: dict[str, Any]) -> None:
    canvas = view.input_picker.canvas
    if state["drawing"] is not None:
        _restore_canvas_quietly(canvas, state["drawing"])
    picture = state["picture"]
    if picture is not None:
        view.set_image(np.asarray(picture["array"], dtype=np.float32), picture["name"])
    settings = view.settings
    for name in CONVOLUTION_FIELDS:  # after the picture: a new picture unpins the pixel
        value = state["settings"][name]
        if getattr(settings, name) != value:
            setattr(settings, name, value)


# --------------------------------------------------------------------------- steps
def steps_state(view) -> dict[str, Any]:
    settings = view.state.settings
    return {"settings": {name: getattr(settings, name) for name in STEPS_FIELDS}, "step": view.current_step()}


def check_steps(view, state: dict[str, Any]) -> None:
    from convviz.state.steps import StepsSettings

    try:
        StepsSettings(**state["settings"])
    except (TypeError, ValueError) as exc:
        raise SessionError(f"the Steps view cannot show its example: {exc}") from None


def restore_steps(view, state: dict[str, Any]) -> None:
    s = state["settings"]
    view.load_example(s["image"], s["kernel"], stride=s["stride"], padding=s["padding"], dilation=s["dilation"],
                      flip=s["flip"], mode=s["mode"], pool_size=s["pool_size"])
    view.go_to_step(min(state["step"], max(view.step_count() - 1, 0)))


# --------------------------------------------------------------------------- LeNet
def lenet_state(view) -> dict[str, Any]:
    from convviz.state.lenet import EDITABLE_LAYERS

    state = view.state()
    if state is None:
        return {}
    edits = {}
    for layer in EDITABLE_LAYERS:
        slices = []
        for out in range(state.filter_count(layer)):
            for channel in range(state.input_channels(layer)):
                weights = state.kernel(layer, out, channel)
                if not np.array_equal(weights, state.trained_kernel(layer, out, channel)):
                    slices.append({"filter": out, "channel": channel, "weights": weights.astype(np.float32)})
        edits[layer] = slices
    picture = lenet_input(state)
    if picture[0] == "digit":
        entry = {"kind": "digit", "name": picture[1], "label": picture[2], "digit": np.asarray(picture[3])}
    elif picture[0] == "drawing":
        entry = {"kind": "drawing", "name": picture[1]}
    else:
        entry = {"kind": "none"}
    editor = view.editor
    return {
        "edits": edits,
        "input": entry,
        "drawing": view.canvas.drawing_state(),
        "editing": {"layer": editor.layer() or "conv1", "filter": editor.filter_index(), "channel": max(editor.channel(), 0)},
        "pen_width": float(view.pad.pen_width.value()) if hasattr(view, "pad") else float(view.canvas.stroke_width()),
        "trained": trained_fingerprint(state),
    }


def check_lenet(view, state: dict[str, Any]) -> None:
    net = view.state()
    if net is None:
        raise SessionError("the LeNet view has no trained network here, so its filters cannot be restored")
    for layer, slices in state["edits"].items():
        shape = net.kernels(layer).shape
        for entry in slices:
            if entry["filter"] >= shape[0] or entry["channel"] >= shape[1] or entry["weights"].shape != shape[2:]:
                raise SessionError(
                    f"an edited {layer} filter (filter {entry['filter'] + 1}, slice {entry['channel'] + 1}, "
                    f"{entry['weights'].shape[0]}×{entry['weights'].shape[1]}) does not fit this network's "
                    f"{shape[0]} filters of {shape[1]} {shape[2]}×{shape[3]} slices"
                )
    editing = state["editing"]
    if editing["filter"] >= net.filter_count(editing["layer"]) or editing["channel"] >= net.input_channels(editing["layer"]):
        raise SessionError("the LeNet view's filter under edit does not exist in this network")
    _check_canvas(view.canvas, state["drawing"], "the LeNet drawing")


def restore_lenet(view, state: dict[str, Any]) -> None:
    net = view.state()
    if net is None:
        return
    kernels = {}
    for layer in state["edits"]:
        weights = net.kernels(layer)
        for out in range(weights.shape[0]):
            for channel in range(weights.shape[1]):
                weights[out, channel] = net.trained_kernel(layer, out, channel)
        for entry in state["edits"][layer]:
            weights[entry["filter"], entry["channel"]] = entry["weights"]
        kernels[layer] = weights
    net.restore_kernels(kernels)
    _restore_canvas_quietly(view.canvas, state["drawing"])
    picture = state["input"]
    if picture["kind"] == "digit":
        value: tuple = ("digit", picture["name"], picture["label"], picture["digit"])
    elif picture["kind"] == "drawing":
        value = ("drawing", picture["name"])
    else:
        value = ("none",)
    restore_lenet_input(net, view.canvas, value)
    if state["trained"] and state["trained"] != trained_fingerprint(net):
        view.message.emit("The session's filters were edited on other trained weights than the ones loaded now; "
                          "its edited filters are back, the others are the weights loaded now.")
    if hasattr(view, "pad"):
        view.pad.pen_width.setValue(round(state["pen_width"]))
    editing = state["editing"]
    view.edit_filter(editing["layer"], editing["filter"], editing["channel"])


def trained_fingerprint(net) -> str:
    """A SHA-256 of the trained filters: which weights a session's filter edits were made on."""
    import hashlib

    from convviz.state.lenet import EDITABLE_LAYERS

    digest = hashlib.sha256()
    for layer in EDITABLE_LAYERS:
        for out in range(net.filter_count(layer)):
            for channel in range(net.input_channels(layer)):
                digest.update(np.ascontiguousarray(net.trained_kernel(layer, out, channel), dtype="<f4").tobytes())
    return digest.hexdigest()


# --------------------------------------------------------------------------- shared
def _check_canvas(canvas, drawing: dict | None, what: str) -> None:
    if drawing is None:
        return
    side = canvas.resolution()
    if drawing["background"].shape != (side, side):
        h, w = drawing["background"].shape
        raise SessionError(f"{what} is {h}×{w} pixels; this canvas is {side}×{side}")


def _restore_canvas_quietly(canvas, drawing: dict) -> None:
    blocked = canvas.blockSignals(True)
    try:
        canvas.restore_drawing(drawing)
    finally:
        canvas.blockSignals(blocked)


CHECKS = {"convolution": check_convolution, "steps": check_steps, "lenet": check_lenet}


def check_state(name: str, view, state: dict[str, Any]) -> None:
    """SessionError if the built view cannot take this (already format-checked) state whole."""
    check = CHECKS.get(name)
    if check is not None:
        check(view, state)
