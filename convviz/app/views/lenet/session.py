"""The LeNet view's part of a session (and of an undo step): capture, check, put back."""

from __future__ import annotations

from typing import Any

import numpy as np

from convviz.app.widgets.canvas_state import check_canvas, restore_canvas_quietly
from convviz.i18n import tr
from convviz.session import SessionError
from convviz.state.snapshots import lenet_input, trained_fingerprint


def restore_lenet_input(state, canvas, value: tuple) -> None:
    """The network's input back from `lenet_input`'s value (a drawing is whatever the canvas shows)."""
    if value[0] == "digit":
        _, name, label, digit = value
        state.set_test_digit(digit, label, name)
    elif value[0] == "drawing":
        state.set_picture(canvas.picture(), value[1])
    else:
        state.clear_input()


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
    check_canvas(view.canvas, state["drawing"], "the LeNet drawing")


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
    restore_canvas_quietly(view.canvas, state["drawing"])
    picture = state["input"]
    if picture["kind"] == "digit":
        value: tuple = ("digit", picture["name"], picture["label"], picture["digit"])
    elif picture["kind"] == "drawing":
        value = ("drawing", picture["name"])
    else:
        value = ("none",)
    restore_lenet_input(net, view.canvas, value)
    if state["trained"] and state["trained"] != trained_fingerprint(net):
        view.message.emit(tr("The session's filters were edited on other trained weights than the ones loaded now; "
                             "its edited filters are back, the others are the weights loaded now."))
    if hasattr(view, "pad"):
        view.pad.pen_width.setValue(round(state["pen_width"]))
    editing = state["editing"]
    view.edit_filter(editing["layer"], editing["filter"], editing["channel"])
