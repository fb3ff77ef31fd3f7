"""What a session and an undo step keep of each view's state model, as plain values (no Qt).

The view packages (`convviz.app.views.<tab>.session`) capture, check and put
back a view through these field lists and values; undo
(`convviz.app.tools.sessions.undo_documents`) names its steps with them.
"""

from __future__ import annotations

import numpy as np

from convviz.i18n import tr

# --------------------------------------------------------------------------- what each view keeps
CONVOLUTION_FIELDS = (
    "mode", "kernels", "link_channels", "edit_channel", "preset", "flip", "stride", "padding_kind",
    "padding", "padding_mode", "dilation", "activation", "slope", "alpha", "pool_mode", "pool_size",
    "pool_stride", "pinned", "kernel_scale", "groups",
)
#: What undo restores in the convolution view: every setting but the pinned pixel, which is where
#: the student looks (the view pins the strongest answer of a new picture by itself), not an edit.
CONVOLUTION_UNDO_FIELDS = tuple(name for name in CONVOLUTION_FIELDS if name != "pinned")
STEPS_FIELDS = (
    "image", "kernel", "stride", "padding", "dilation", "flip", "mode", "pool_size", "kernel_scale", "output_padding",
    "bias", "filter_index",
)
#: Fields kept as a Fraction in the models and written as text ("1/9") in session files.
FACTOR_FIELDS = ("kernel_scale",)
#: Fields a spin box or slider changes in bursts: one undo step per burst.
CONTINUOUS = {"stride", "padding", "dilation", "slope", "alpha", "pool_size", "pool_stride", "output_padding"}


def drawing_text(before: dict | None, after: dict) -> str:
    """"Draw a stroke", "Erase a stroke", "Clear the drawing" or "Change the picture"."""
    if before is None:
        return tr("Draw")
    old, new = tuple(before["strokes"]), tuple(after["strokes"])
    kept = len(new) - 1  # the strokes before the new one; the canvas may have baked the oldest of `old`
    if new and kept <= len(old) and new[:kept] == old[len(old) - kept:] and (len(new) > len(old) or kept > 0):
        return tr("Draw a stroke")
    if len(new) < len(old) and old[: len(new)] == new:
        return tr("Erase a stroke")
    if after["blank"]:
        return tr("Clear the drawing")
    return tr("Change the picture")


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
