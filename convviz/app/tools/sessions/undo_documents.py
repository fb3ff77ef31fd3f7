"""What Edit ▸ Undo can take back in each view, as `UndoDocument`s over the views' state models.

- Convolution: every `ConvolutionSettings` field (kernel cells, presets, stride,
  padding, dilation, flip, activation, pooling, RGB) and the strokes on its
  "Draw your own" canvas; the pinned pixel is where one looks, not an edit.
- Steps: the `StepsSettings` (input and kernel cells, sizes, stride, padding,
  dilation, mode); stepping back and forth is navigation, not an edit.
- LeNet: the edited filters, the drawing (strokes, clear, "Undo stroke") and the
  network's input (a test digit, a photo, the drawing).

A document's parts are captured as values and put back exactly; a stroke is
committed when the pen lifts. `track_view` wires a built view to a recorder;
its baseline is the state of the view's first result (its own start-up loading
is not an undo step).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from convviz.app.tools.sessions.undo import Part, UndoDocument, UndoRecorder, same
from convviz.app.views.lenet.session import restore_lenet_input
from convviz.app.widgets.canvas_state import restore_canvas_quietly
from convviz.i18n import tr, tr_noop
from convviz.state.snapshots import (
    CONTINUOUS,
    CONVOLUTION_UNDO_FIELDS,
    STEPS_FIELDS,
    drawing_text,
    lenet_input,
    trained_fingerprint,
)

_CONVOLUTION_WORDS = {
    "kernels": tr_noop("Edit the kernel"), "preset": tr_noop("Edit the kernel"), "mode": tr_noop("Switch grey / RGB"),
    "link_channels": tr_noop("Link the channels"), "edit_channel": tr_noop("Choose the channel"),
    "flip": tr_noop("Flip the kernel"), "stride": tr_noop("Change the stride"), "padding_kind": tr_noop("Change the padding"),
    "padding": tr_noop("Change the padding"), "padding_mode": tr_noop("Change the border"),
    "dilation": tr_noop("Change the dilation"), "activation": tr_noop("Choose the activation"),
    "slope": tr_noop("Change the leaky slope"), "alpha": tr_noop("Change the ELU alpha"),
    "pool_mode": tr_noop("Choose the pooling"), "pool_size": tr_noop("Change the pool size"),
    "pool_stride": tr_noop("Change the pool stride"), "kernel_scale": tr_noop("Edit the kernel"),
    "groups": tr_noop("Change the groups"),
}
_STEPS_WORDS = {
    "image": tr_noop("Edit the input"), "kernel": tr_noop("Edit the kernel"), "stride": tr_noop("Change the stride"),
    "padding": tr_noop("Change the padding"), "dilation": tr_noop("Change the dilation"), "flip": tr_noop("Flip the kernel"),
    "mode": tr_noop("Switch convolution / pooling"), "pool_size": tr_noop("Change the pool size"),
    "kernel_scale": tr_noop("Change the kernel's factor"), "bias": tr_noop("Change the bias"),
    "filter_index": tr_noop("Step another filter"), "output_padding": tr_noop("Change the output padding"),
}


# --------------------------------------------------------------------------- drawings
def _changed_fields(before: dict, after: dict) -> list[str]:
    return [name for name in after if before.get(name) != after[name]]


# --------------------------------------------------------------------------- convolution
def convolution_document(view, recorder: UndoRecorder) -> UndoDocument:
    from convviz.app.views.convolution.input_picker import DRAW

    settings = view.settings
    picker = view.input_picker
    canvas = picker.canvas

    def capture_settings() -> dict[str, Any]:
        return {name: getattr(settings, name) for name in CONVOLUTION_UNDO_FIELDS}

    def restore_settings(values: dict[str, Any]) -> None:
        for name in CONVOLUTION_UNDO_FIELDS:
            if getattr(settings, name) != values[name]:
                setattr(settings, name, values[name])

    def restore_drawing(state: dict) -> None:
        restore_canvas_quietly(canvas, state)
        if picker.source.currentData() == DRAW:
            canvas.changed.emit()  # the picker hands the drawing to the view, as after a stroke

    def describe(before: dict, after: dict) -> tuple[str, str | None]:
        if "drawing" in after:
            return drawing_text(before["drawing"], after["drawing"]), None
        fields = _changed_fields(before["settings"], after["settings"])
        words = {tr(_CONVOLUTION_WORDS.get(name, "Change the settings")) for name in fields}
        if fields and set(fields) <= CONTINUOUS:  # e.g. the pool size, whose stride follows it
            return tr(_CONVOLUTION_WORDS[fields[0]]), "convolution." + "+".join(sorted(fields))
        if fields and set(fields) <= {"kernels", "preset", "kernel_scale"}:
            preset = after["settings"]["preset"]
            return (tr("Kernel preset {preset}").format(preset=preset) if preset else tr("Edit the kernel")), None
        return (words.pop() if len(words) == 1 else tr("Change the settings")), None

    document = UndoDocument(
        "convolution",
        [Part("drawing", canvas.drawing_state, restore_drawing), Part("settings", capture_settings, restore_settings)],
        describe,
        busy=canvas.is_drawing,
    )
    def note_change(*_: Any) -> None:
        recorder.changed(document)

    # psygnal keeps an evented object's signals in a class-wide table until the object is freed, and this slot
    # reaches the settings (through the document's parts): connected for good, it kept every closed window's
    # settings, undo document and widgets alive. It goes with the view.
    settings.events.connect(note_change)
    view.destroyed.connect(lambda *_: settings.events.disconnect(note_change))
    canvas.changed.connect(lambda: recorder.changed(document))
    canvas.stroke_finished.connect(lambda: recorder.changed(document))
    return document


# --------------------------------------------------------------------------- steps
def steps_document(view, recorder: UndoRecorder) -> UndoDocument:
    state = view.state

    def restore(settings) -> None:
        state.update(**{name: getattr(settings, name) for name in STEPS_FIELDS})

    def describe(before: dict, after: dict) -> tuple[str, str | None]:
        old, new = before["settings"], after["settings"]
        fields = [n for n in STEPS_FIELDS if not _steps_field_same(getattr(old, n), getattr(new, n))]
        if fields == ["image"] and old.image.shape != new.image.shape:
            return tr("Resize the input"), "steps.input_shape"
        if fields == ["kernel"] and old.kernel.shape != new.kernel.shape:
            return tr("Resize the kernel"), "steps.kernel_shape"
        if len(fields) == 1:
            return tr(_STEPS_WORDS[fields[0]]), f"steps.{fields[0]}" if fields[0] in CONTINUOUS else None
        return (tr("Change the settings") if len(fields) < 4 else tr("Load an example")), None

    document = UndoDocument("steps", [Part("settings", lambda: state.settings, restore)], describe)
    state.changed.connect(lambda *_: recorder.changed(document))
    return document


def _steps_field_same(a, b) -> bool:
    import numpy as np

    if isinstance(a, np.ndarray):
        return a.shape == b.shape and bool(np.array_equal(a, b))
    return a == b


# --------------------------------------------------------------------------- LeNet
def lenet_document(view, recorder: UndoRecorder) -> UndoDocument | None:
    from convviz.state.lenet import EDITABLE_LAYERS

    state = view.state()
    if state is None:
        return None  # no trained network: nothing to edit
    canvas = view.canvas
    cache: dict[str, Any] = {"version": None, "weights": None}

    def capture_weights() -> dict:
        version = state.snapshot().version
        if cache["version"] != version:
            cache["version"], cache["weights"] = version, {layer: state.kernels(layer) for layer in EDITABLE_LAYERS}
        return cache["weights"]

    def describe(before: dict, after: dict) -> tuple[str, str | None]:
        if "weights" in after:
            return (tr("Edit a filter") if state.is_edited() else tr("Reset the filters")), None
        (old_drawing, old_input), (drawing, picture) = before["picture"], after["picture"]
        if picture[0] == "digit" and not same(old_input, picture):
            return tr("Pick {picture}").format(picture=picture[1]), None
        if picture[0] == "drawing" and picture[1] != "drawing" and not same(old_input, picture):
            return tr("Open {picture}").format(picture=picture[1]), None
        return drawing_text(old_drawing, drawing), None

    def capture_picture() -> tuple:
        return canvas.drawing_state(), lenet_input(state)

    def restore_picture(value: tuple) -> None:
        """The canvas and the network's input go back together: a drawn input is the canvas's pixels."""
        drawing, picture = value
        restore_canvas_quietly(canvas, drawing)
        restore_lenet_input(state, canvas, picture)

    document = UndoDocument(
        "lenet",
        [Part("weights", capture_weights, state.restore_kernels), Part("picture", capture_picture, restore_picture)],
        describe,
        busy=canvas.is_drawing,
    )
    trained = {"fingerprint": trained_fingerprint(state)}

    def weights_changed(*_args) -> None:
        fingerprint = trained_fingerprint(state)
        if fingerprint != trained["fingerprint"]:  # another network: its edits have no history to undo
            trained["fingerprint"] = fingerprint
            if not recorder.is_restoring():
                recorder.reset()
            return
        recorder.changed(document)

    state.weights_changed.connect(weights_changed)
    state.input_changed.connect(lambda *_: recorder.changed(document))
    canvas.changed.connect(lambda: recorder.changed(document))
    canvas.stroke_finished.connect(lambda: recorder.changed(document))
    _hand_undo_key_to_the_window(view)
    return document


def _hand_undo_key_to_the_window(view: QWidget) -> None:
    """The view's own Ctrl+Z (undo last stroke) would make the key ambiguous: Edit ▸ Undo takes it."""
    undo = QKeySequence(QKeySequence.StandardKey.Undo)
    for shortcut in view.findChildren(QShortcut):
        if shortcut.key() == undo:
            shortcut.setEnabled(False)


# --------------------------------------------------------------------------- wiring
DOCUMENT_BUILDERS = {"convolution": convolution_document, "steps": steps_document, "lenet": lenet_document}


def track_view(recorder: UndoRecorder, name: str, view: QWidget) -> UndoDocument | None:
    """Make a built view undoable; its baseline is taken at its first result on screen."""
    builder = DOCUMENT_BUILDERS.get(name)
    if builder is None or recorder.document(name) is not None:
        return recorder.document(name)
    document = builder(view, recorder)
    if document is None:
        return None
    recorder.add(document, start=False)
    if _has_result(name, view):
        recorder.start(document)
    else:
        def first_result() -> None:
            view.updated.disconnect(first_result)
            recorder.start(document)

        view.updated.connect(first_result)
    return document


def _has_result(name: str, view) -> bool:
    if name == "lenet":
        return view.result() is not None
    if name == "convolution":
        return view.current_maps() is not None
    return view.step_count() > 0 or view.built_steps() is not None
