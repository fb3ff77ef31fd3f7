"""Edit ▸ Undo / Redo in a real main window: edits made with the widgets, undone with the keys, states exact.

Every window keeps its settings in a temporary .ini and its data folder in a
temporary folder, never in the user's own.
"""

from __future__ import annotations

import numpy as np
import pytest
from app_helpers import draw_stroke as draw
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from convviz.app.tools.sessions.undo import Part, UndoDocument, UndoRecorder, same
from convviz.app.tools.sessions.undo_documents import CONVOLUTION_UNDO_FIELDS


@pytest.fixture
def window(qtbot, make_window, worker, tmp_path, monkeypatch):
    monkeypatch.setenv("CONVVIZ_DATA", str(tmp_path / "data"))
    window = make_window(worker=worker, start_view="convolution", size=(1500, 950))
    qtbot.waitUntil(lambda: window.view_is_settled("convolution"), timeout=30000)
    document = window.sessions.recorder.document("convolution")
    qtbot.waitUntil(lambda: document.committed is not None, timeout=5000)
    return window


def stack(window):
    return window.sessions.recorder.stack


def press(qtbot, widget, key: QKeySequence.StandardKey) -> None:
    """Press the platform's first binding of a standard key (Ctrl+Z, Ctrl+Shift+Z...) on `widget`."""
    QTest.keySequence(widget, QKeySequence.keyBindings(key)[0])
    QApplication.processEvents()  # one turn of the event loop: what the key started runs now


def conv_settings(view) -> dict:
    return {name: getattr(view.settings, name) for name in CONVOLUTION_UNDO_FIELDS}


def type_into_cell(qtbot, grid, row, col, text):
    qtbot.mouseDClick(grid, Qt.MouseButton.LeftButton, pos=grid.cell_rect(row, col).center())
    editor = grid.editor()
    assert editor is not None
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def wait_count(qtbot, window, count):
    qtbot.waitUntil(lambda: stack(window).count() == count, timeout=5000)


# --------------------------------------------------------------------------- the recorder alone
def test_recorder_merges_bursts_and_drops_a_burst_that_comes_back(qapp):
    model = {"value": 0}
    now = [0.0]
    recorder = UndoRecorder(clock=lambda: now[0])
    document = recorder.add(UndoDocument(
        "toy", [Part("value", lambda: model["value"], lambda v: model.__setitem__("value", v))],
        lambda before, after: ("Change the value", "toy.value"),
    ))

    def change(value, at):
        model["value"], now[0] = value, at
        recorder.changed(document)
        recorder.flush()

    for step, value in enumerate((1, 2, 3)):
        change(value, step * 0.3)  # a spin box held down
    assert recorder.stack.count() == 1
    change(10, 5.0)  # later: a new step
    assert recorder.stack.count() == 2
    recorder.undo()
    assert model["value"] == 3
    recorder.undo()
    assert model["value"] == 0
    recorder.redo()
    recorder.redo()
    assert model["value"] == 10
    change(11, 5.2)
    change(10, 5.4)  # the burst ends where it began: no step is left of it
    assert recorder.stack.count() == 2 and recorder.stack.index() == 2
    recorder.undo()
    assert model["value"] == 3


# --------------------------------------------------------------------------- convolution
def test_a_kernel_cell_edit_is_undone_and_redone_with_the_keys(qtbot, window):
    view = window.views["convolution"]
    grid = view.kernel_editor.grid
    before = conv_settings(view)
    assert stack(window).count() == 0  # loading the first picture is not an undo step
    type_into_cell(qtbot, grid, 0, 0, "5")
    wait_count(qtbot, window, 1)
    assert view.settings.kernel[0][0] == 5.0
    assert window.sessions.undo_action.text() == "&Undo Edit the kernel"
    edited = conv_settings(view)

    press(qtbot, grid, QKeySequence.StandardKey.Undo)
    assert conv_settings(view) == before
    assert grid.matrix()[0, 0] == before["kernels"][0][0][0]
    assert view.kernel_editor.preset_box.currentData() == before["preset"]
    qtbot.waitUntil(lambda: view.is_settled() and view.current_maps().request.kernel[0, 0] == before["kernels"][0][0][0])

    press(qtbot, grid, QKeySequence.StandardKey.Redo)
    assert conv_settings(view) == edited and grid.matrix()[0, 0] == 5.0
    assert stack(window).count() == 1  # undo and redo never add steps


def test_a_sequence_of_settings_undoes_step_by_step_to_the_exact_states(qtbot, window):
    view = window.views["convolution"]
    states = [conv_settings(view)]

    def act(action):
        action()
        wait_count(qtbot, window, len(states))
        states.append(conv_settings(view))

    act(lambda: view.window_settings.stride.rows.setValue(2))
    act(lambda: view.kernel_editor.preset_box.activated.emit(view.kernel_editor.preset_box.findData("laplacian")))
    act(lambda: view.kernel_editor.flip_switch.setChecked(True))
    act(lambda: view.input_picker.rgb_button.click())
    act(lambda: view.activation_controls.choice.setCurrentIndex(view.activation_controls.choice.findData("tanh")))
    assert states[2]["preset"] == "laplacian" and states[4]["mode"] == "rgb" and states[5]["activation"] == "tanh"
    assert len({repr(s) for s in states}) == len(states)  # every action changed something

    focus = view.kernel_editor.grid
    for expected in reversed(states[:-1]):
        press(qtbot, focus, QKeySequence.StandardKey.Undo)
        assert conv_settings(view) == expected
    assert not window.sessions.undo_action.isEnabled()
    assert view.window_settings.stride.rows.value() == 1 and not view.kernel_editor.flip_switch.isChecked()
    for expected in states[1:]:
        press(qtbot, focus, QKeySequence.StandardKey.Redo)
        assert conv_settings(view) == expected
    assert view.input_picker.rgb_button.isChecked()


def test_holding_a_spin_box_arrow_is_one_undo_step(qtbot, window):
    view = window.views["convolution"]
    spin = view.pooling_controls.stride
    start = view.settings.pool_stride
    spin.setFocus()
    for _ in range(4):
        qtbot.keyClick(spin, Qt.Key.Key_Up)
    wait_count(qtbot, window, 1)
    assert view.settings.pool_stride == start + 4
    assert window.sessions.undo_action.text() == "&Undo Change the pool stride"
    for key in (Qt.Key.Key_Up, Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Down):
        qtbot.keyClick(spin, key)
    window.sessions.recorder.flush()  # what the keys changed becomes undo steps now
    assert stack(window).count() == 1  # merged into the burst, which still ends at start + 4
    window.sessions.undo_action.trigger()
    assert view.settings.pool_stride == start and spin.value() == start


# --------------------------------------------------------------------------- steps
def test_steps_cell_edits_and_settings_undo_exactly(qtbot, window):
    window.view_actions["steps"].trigger()
    qtbot.waitUntil(lambda: "steps" in window.views, timeout=15000)
    view = window.views["steps"]
    qtbot.waitUntil(lambda: window.sessions.recorder.document("steps").committed is not None, timeout=5000)
    states = [view.state.settings]
    type_into_cell(qtbot, view.input_grid, 1, 2, "42")
    wait_count(qtbot, window, 1)
    states.append(view.state.settings)
    type_into_cell(qtbot, view.kernel_grid, 0, 1, "-2.5")
    wait_count(qtbot, window, 2)
    states.append(view.state.settings)
    view.controls.stride_spin.setValue(2)
    wait_count(qtbot, window, 3)
    states.append(view.state.settings)
    assert states[1].image[1, 2] == 42 and states[2].kernel[0, 1] == -2.5 and states[3].stride == 2

    view.setFocus()
    for expected in reversed(states[:-1]):
        press(qtbot, view, QKeySequence.StandardKey.Undo)
        assert view.state.settings.same_as(expected)
    assert view.input_grid.value(1, 2) == states[0].image[1, 2]
    for expected in states[1:]:
        press(qtbot, view, QKeySequence.StandardKey.Redo)
        assert view.state.settings.same_as(expected)
    assert view.controls.stride_spin.value() == 2


# --------------------------------------------------------------------------- LeNet
def test_strokes_and_filter_edits_undo_in_the_lenet_view(qtbot, window, worker):
    window.view_actions["lenet"].trigger()
    qtbot.waitUntil(lambda: "lenet" in window.views and window.views["lenet"].result() is not None, timeout=60000)
    view = window.views["lenet"]
    state, canvas = view.state(), view.canvas
    qtbot.waitUntil(lambda: window.sessions.recorder.document("lenet").committed is not None, timeout=5000)
    assert stack(window).count() == 0  # the first test digit is where undo starts
    digit = state.input
    start = canvas.drawing_state()

    draw(canvas, [(0.3 + 0.02 * t, 0.2 + 0.03 * t) for t in range(20)])
    wait_count(qtbot, window, 1)
    assert window.sessions.undo_action.text() == "&Undo Draw a stroke"
    one = canvas.drawing_state()
    draw(canvas, [(0.7, 0.2 + 0.03 * t) for t in range(20)])
    wait_count(qtbot, window, 2)
    two = canvas.drawing_state()
    assert len(two["strokes"]) == 2 and state.input.name == "drawing"

    canvas.setFocus()
    press(qtbot, canvas, QKeySequence.StandardKey.Undo)  # the view's own Ctrl+Z gave way to Edit ▸ Undo
    assert same(canvas.drawing_state(), one) and len(canvas.strokes()) == 1
    press(qtbot, canvas, QKeySequence.StandardKey.Undo)
    assert same(canvas.drawing_state(), start)
    assert state.input.digit is not None and state.input.label == digit.label and state.input.name == digit.name
    press(qtbot, canvas, QKeySequence.StandardKey.Redo)
    press(qtbot, canvas, QKeySequence.StandardKey.Redo)
    assert same(canvas.drawing_state(), two) and state.input.name == "drawing"
    qtbot.waitUntil(lambda: worker.is_idle() and view.result().request.input is state.input, timeout=10000)
    assert np.array_equal(view.result().request.input.picture, two["image"])

    view.pad.undo_button.click()  # "Undo stroke" is an edit of its own: Ctrl+Z brings the stroke back
    wait_count(qtbot, window, 3)
    assert window.sessions.undo_action.text() == "&Undo Erase a stroke"
    press(qtbot, canvas, QKeySequence.StandardKey.Undo)
    assert same(canvas.drawing_state(), two)

    trained_conv2 = state.kernels("conv2")
    view.edit_filter("conv2", 3, 1)
    type_into_cell(qtbot, view.editor.grid, 2, 2, "4")
    qtbot.waitUntil(lambda: window.sessions.undo_action.text() == "&Undo Edit a filter", timeout=5000)
    assert stack(window).count() == 3  # the erase step was undone, so this edit took its place
    assert state.kernel("conv2", 3, 1)[2, 2] == 4.0 and state.is_edited("conv2", 3)
    state.zero_filter("conv1", 0)
    wait_count(qtbot, window, 4)
    press(qtbot, view.editor.grid, QKeySequence.StandardKey.Undo)
    assert not state.is_edited("conv1") and state.is_edited("conv2")
    press(qtbot, view.editor.grid, QKeySequence.StandardKey.Undo)
    assert not state.is_edited() and np.array_equal(state.kernels("conv2"), trained_conv2)
    assert view.editor.grid.value(2, 2) == trained_conv2[3, 1, 2, 2]
    press(qtbot, view.editor.grid, QKeySequence.StandardKey.Redo)
    assert state.kernel("conv2", 3, 1)[2, 2] == 4.0

    from convviz.model import load_lenet

    other = {name: tensor * 0.5 for name, tensor in load_lenet("cpu").state_dict().items()}
    state.load_trained(other)  # another trained network: its filters have no history to undo
    window.sessions.recorder.flush()
    assert stack(window).count() == 0 and not window.sessions.undo_action.isEnabled()


def test_strokes_on_the_convolution_canvas_undo_with_the_picture_they_made(qtbot, window):
    from convviz.app.views.convolution.input_picker import DRAW

    view = window.views["convolution"]
    picker = view.input_picker
    picker.source.setCurrentIndex(picker.source.findData(DRAW))
    picker.source.activated.emit(picker.source.currentIndex())
    qtbot.waitUntil(lambda: picker.canvas.isVisible() and view.is_settled(), timeout=10000)
    canvas = picker.canvas
    start, count = canvas.drawing_state(), stack(window).count()
    draw(canvas, [(0.2 + 0.03 * t, 0.5) for t in range(20)])
    wait_count(qtbot, window, count + 1)
    drawn = canvas.drawing_state()
    assert window.sessions.undo_action.text() == "&Undo Draw a stroke"
    assert np.array_equal(view.image(), drawn["image"].astype(np.float32) / 255)

    press(qtbot, canvas, QKeySequence.StandardKey.Undo)
    assert same(canvas.drawing_state(), start)
    assert np.array_equal(view.image(), start["image"].astype(np.float32) / 255)  # the map follows the canvas
    press(qtbot, canvas, QKeySequence.StandardKey.Redo)
    assert same(canvas.drawing_state(), drawn) and view.image().any()


def test_the_pool_size_spin_moves_its_stride_too_and_one_undo_takes_both_back(qtbot, window):
    view = window.views["convolution"]
    spin = view.pooling_controls.size
    start = (view.settings.pool_size, view.settings.pool_stride)
    assert start[0] == start[1]  # tiling windows: the stride follows the size
    spin.setFocus()
    for _ in range(3):
        qtbot.keyClick(spin, Qt.Key.Key_Up)
    wait_count(qtbot, window, 1)
    assert (view.settings.pool_size, view.settings.pool_stride) == (start[0] + 3, start[1] + 3)
    assert window.sessions.undo_action.text() == "&Undo Change the pool size"
    press(qtbot, spin, QKeySequence.StandardKey.Undo)
    assert (view.settings.pool_size, view.settings.pool_stride) == start and spin.value() == start[0]
