"""StepsView: drive the real widgets through the decks' worked examples, step by step."""

from __future__ import annotations

import numpy as np
import pytest
import torch
import torch.nn.functional as F
from PySide6.QtCore import Qt

from convviz.app.views.steps.view import StepsView
from convviz.app.widgets.cell_text import format_number
from convviz.core import conv2d, pool2d
from convviz.state.steps import POOLING_4, VERTICAL_EDGE_6, VERTICAL_EDGE_7, VERTICAL_EDGE_KERNEL


def _torch_conv(image, kernel, **settings):
    x = torch.tensor(image, dtype=torch.float64)[None, None]
    w = torch.tensor(kernel, dtype=torch.float64)[None, None]
    return F.conv2d(x, w, **settings)[0, 0].numpy()


@pytest.fixture
def view(qtbot, worker, make_steps_view):
    widget = make_steps_view()
    widget.setFocus()
    return widget


def _filled(view):
    """The output cells a student can read right now: text for filled ones, "" for blank ones."""
    grid = view.output_grid
    rows, cols = grid.shape()
    return [[grid.text_at(r, c) for c in range(cols)] for r in range(rows)]


def test_stepping_through_the_6x6_example_fills_each_true_output_cell(qtbot, view):
    truth = conv2d(VERTICAL_EDGE_6, VERTICAL_EDGE_KERNEL)
    np.testing.assert_allclose(truth, _torch_conv(VERTICAL_EDGE_6, VERTICAL_EDGE_KERNEL))
    # the slide prints 2 at row 2, column 3; 8·(−1)+3+2·(−1)+1+3·(−1)+7 is −2
    np.testing.assert_array_equal(truth, [[5, 4, 0, -8], [10, 2, -2, -3], [0, 2, 4, 7], [3, 2, 3, 16]])
    assert view.step_count() == 16 and view.current_step() == 0
    assert view.player.counter.text() == "step 1 of 16"
    for index in range(16):
        if index:
            qtbot.keyClick(view, Qt.Key.Key_Right)
        assert view.current_step() == index
        row, col = divmod(index, 4)
        shown = view.output_matrix()
        assert shown[row, col] == pytest.approx(truth[row, col])
        assert np.isnan(shown.reshape(-1)[index + 1 :]).all()
        assert view.output_grid.text_at(row, col) == format_number(truth[row, col])
        assert view.output_grid.highlighted("current") == {(row, col)}
        window = {(r, c) for r in range(row, row + 3) for c in range(col, col + 3)}
        assert view.input_grid.highlighted("window") == window
        assert view.input_grid.subscript_at(row, col) == "\u22121" and view.input_grid.subscript_at(row, col + 2) == "1"
        expression = view.expression_label.text()
        assert f"{int(VERTICAL_EDGE_6[row, col])}×(\u22121)" in expression
        assert f"= {int(truth[row, col])}".replace("-", "\u2212") in expression
    assert view.player.counter.text() == "step 16 of 16"
    np.testing.assert_allclose(view.output_matrix(), truth)
    qtbot.keyClick(view, Qt.Key.Key_Right)  # past the end: stays on the last step
    assert view.current_step() == 15


def test_step_back_home_end_and_the_scrub_slider(qtbot, view):
    qtbot.keyClick(view, Qt.Key.Key_End)
    assert view.current_step() == 15 and not np.isnan(view.output_matrix()).any()
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert view.current_step() == 14
    assert view.output_grid.text_at(3, 3) == "" and view.output_grid.text_at(3, 2) == "3"
    view.player.slider.setValue(5)
    assert view.current_step() == 5
    assert view.output_grid.hidden() == {divmod(i, 4) for i in range(6, 16)}
    assert view.output_grid.text_at(1, 1) == "2"
    qtbot.keyClick(view, Qt.Key.Key_Home)
    assert view.current_step() == 0 and view.player.slider.value() == 0
    qtbot.mouseClick(view.player.forward_button, Qt.MouseButton.LeftButton)
    assert view.current_step() == 1
    qtbot.mouseClick(view.output_grid, Qt.MouseButton.LeftButton, pos=view.output_grid.cell_rect(2, 1).center())
    assert view.current_step() == 9


def test_space_plays_to_the_end_and_speed_keys_change_the_pace(qtbot, view):
    speed = view.player.speed()
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    assert view.player.speed() > speed
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    assert view.player.speed() == speed
    view.player.set_speed(16)
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert view.is_playing()
    qtbot.waitUntil(lambda: view.current_step() == 15 and not view.is_playing(), timeout=5000)
    np.testing.assert_allclose(view.output_matrix(), conv2d(VERTICAL_EDGE_6, VERTICAL_EDGE_KERNEL))
    qtbot.keyClick(view, Qt.Key.Key_Space)  # at the end, play starts over
    assert view.is_playing() and view.current_step() == 0
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert not view.is_playing()


def test_max_pooling_highlights_the_winner_of_each_window(qtbot, view):
    view.load_example(POOLING_4, mode="max", pool_size=2)
    truth, winners = pool2d(POOLING_4, 2, return_indices=True)
    assert view.step_count() == 4 and view.state.settings.stride == 2
    assert not view.kernel_grid.isVisible() and "max" in view.pool_label.text()
    for index in range(4):
        view.go_to_step(index)
        row, col = divmod(index, 2)
        assert view.output_matrix()[row, col] == pytest.approx(truth[row, col])
        assert view.input_grid.highlighted("winner") == {tuple(int(v) for v in winners[row, col])}
        assert len(view.input_grid.highlighted("window")) == 4
        assert view.expression_label.text().startswith("max(")
    view.load_example(POOLING_4, mode="avg")
    view.go_to_step(3)
    np.testing.assert_allclose(view.output_matrix(), pool2d(POOLING_4, 2, mode="avg"), rtol=1e-6)
    assert view.input_grid.highlighted("winner") == frozenset()


def test_choosing_max_pooling_in_the_panel_switches_the_view(qtbot, view):
    box = view.controls.mode_box
    box.setCurrentIndex(box.findData("max"))
    box.activated.emit(box.currentIndex())
    assert view.state.settings.mode == "max" and view.state.settings.stride == 2
    assert view.step_count() == 9  # 6×6 in 2×2 windows
    np.testing.assert_allclose(view.built_steps().values.reshape(3, 3), pool2d(VERTICAL_EDGE_6, 2))


def test_editing_an_input_cell_changes_the_output(qtbot, view):
    view.go_to_step(15)
    grid = view.input_grid
    qtbot.mouseDClick(grid, Qt.MouseButton.LeftButton, pos=grid.cell_rect(5, 5).center())
    editor = grid.editor()
    assert editor is not None
    editor.selectAll()
    qtbot.keyClicks(editor, "19")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    edited = VERTICAL_EDGE_6.copy()
    edited[5, 5] = 19
    np.testing.assert_array_equal(view.state.settings.image, edited)
    assert view.output_matrix()[3, 3] == pytest.approx(26)  # 16 + 10 more on the +1 column
    np.testing.assert_allclose(view.output_matrix(), conv2d(edited, VERTICAL_EDGE_KERNEL))
    assert view.current_step() == 15  # the student stays where they were


def test_editing_the_kernel_and_text_in_a_cell_is_refused_with_a_message(qtbot, view):
    grid = view.kernel_grid
    qtbot.mouseDClick(grid, Qt.MouseButton.LeftButton, pos=grid.cell_rect(1, 1).center())
    grid.editor().selectAll()
    qtbot.keyClicks(grid.editor(), "two")
    qtbot.keyClick(grid.editor(), Qt.Key.Key_Return)
    assert view.messages and "“two” is not a number" in view.messages[-1]
    assert "“two” is not a number" in view.note_label.text()
    np.testing.assert_array_equal(view.state.settings.kernel, VERTICAL_EDGE_KERNEL)
    qtbot.mouseDClick(grid, Qt.MouseButton.LeftButton, pos=grid.cell_rect(1, 1).center())
    grid.editor().selectAll()
    qtbot.keyClicks(grid.editor(), "1")
    qtbot.keyClick(grid.editor(), Qt.Key.Key_Return)
    kernel = VERTICAL_EDGE_KERNEL.copy()
    kernel[1, 1] = 1
    view.go_to_step(15)
    np.testing.assert_allclose(view.output_matrix(), _torch_conv(VERTICAL_EDGE_6, kernel))
    assert view.controls.preset_box.currentData() == "custom"


def test_stride_2_on_the_7x7_example_takes_9_steps(qtbot, view):
    view.load_named_example("stride_2_7x7")
    assert view.step_count() == 9 and view.built_steps().output_shape == (3, 3)
    view.go_to_step(8)
    truth = _torch_conv(VERTICAL_EDGE_7, VERTICAL_EDGE_KERNEL, stride=2)
    np.testing.assert_allclose(view.output_matrix(), truth)
    np.testing.assert_array_equal(truth, [[5, 0, -3], [0, 4, 2], [4, -5, 5]])
    assert "/ 2⌋ + 1 = 3" in view.formula_label.text()
    view.go_to_step(1)
    assert view.input_grid.highlighted("window") == {(r, c) for r in range(3) for c in range(2, 5)}


def test_padding_dilation_and_flip_from_the_panel_match_torch(qtbot, view):
    view.controls.padding_spin.setValue(1)
    assert view.step_count() == 36 and view.input_grid.shape() == (8, 8)
    assert view.input_grid.text_at(0, 0) == "0" and view.input_grid.text_at(1, 1) == "3"
    view.controls.dilation_spin.setValue(2)
    view.controls.flip_check.setChecked(True)
    view.go_to_step(view.step_count() - 1)
    flipped = VERTICAL_EDGE_KERNEL[::-1, ::-1].copy()
    truth = _torch_conv(VERTICAL_EDGE_6, flipped, padding=1, dilation=2)
    np.testing.assert_allclose(view.output_matrix(), truth)
    view.go_to_step(0)
    assert view.input_grid.highlighted("window") == {(r, c) for r in (0, 2, 4) for c in (0, 2, 4)}
    assert view.input_grid.subscript_at(0, 0) == "1"  # the flipped kernel's first weight


def test_settings_without_output_explain_why_in_place(qtbot, view):
    view.controls.kernel_rows_spin.setValue(7)
    assert view.step_count() == 0
    assert "too tall" in view.expression_label.text() and "padding" in view.expression_label.text()
    assert view.output_grid.title() == "No output"
    assert view.messages and "kernel" in view.messages[-1]
    assert not view.player.play_button.isEnabled()
    for key in (Qt.Key.Key_Right, Qt.Key.Key_Space, Qt.Key.Key_End):
        qtbot.keyClick(view, key)  # nothing to step through, nothing breaks
    assert view.output_matrix().shape == (0, 0)
    view.controls.padding_spin.setValue(1)  # 8 rows now fit a 7-row kernel
    assert view.step_count() == 2 * 6


def test_random_numbers_and_input_size(qtbot, view):
    view.controls.rows_spin.setValue(5)
    assert view.state.settings.image.shape == (5, 6) and view.step_count() == 3 * 4
    np.testing.assert_array_equal(view.state.settings.image, VERTICAL_EDGE_6[:5])
    qtbot.mouseClick(view.controls.random_button, Qt.MouseButton.LeftButton)
    image = view.state.settings.image
    assert image.shape == (5, 6) and not np.array_equal(image, VERTICAL_EDGE_6[:5])
    assert ((image >= 0) & (image <= 9) & (image == np.round(image))).all()


def test_a_picture_is_shrunk_on_the_worker(qtbot, view):
    picture = np.zeros((300, 240), dtype=np.float32)
    picture[:, 120:] = 1.0  # dark left half, bright right half
    with qtbot.waitSignal(view.updated, timeout=5000):
        view.set_image(picture, "half")
    image = view.state.settings.image
    assert image.shape == (6, 6)
    np.testing.assert_array_equal(image[:, :3], 0)
    np.testing.assert_array_equal(image[:, 3:], 255)
    view.go_to_step(view.step_count() - 1)
    assert view.output_matrix()[:, 1].tolist() == [765.0] * 4  # the edge, 3·255
    assert "“half”" in view.input_grid.title() and "shrunk to 6×6" in view.messages[-1]
    with qtbot.waitSignal(view.updated, timeout=5000):
        view.set_image(picture, "half again")  # the same numbers still settle the view
    assert "“half again”" in view.input_grid.title()
    view.load_named_example("vertical_edge_6x6")
    assert view.input_grid.title() == "Input 6×6"


def test_a_picture_opened_while_the_view_is_hidden_waits_for_the_button(qtbot, view):
    view.hide()
    view.set_image(np.ones((50, 50), dtype=np.float32), "white")
    assert "Use the picture" in view.messages[-1]
    np.testing.assert_array_equal(view.state.settings.image, VERTICAL_EDGE_6)
    view.show()
    with qtbot.waitSignal(view.updated, timeout=5000):
        qtbot.mouseClick(view.controls.picture_button, Qt.MouseButton.LeftButton)
    np.testing.assert_array_equal(view.state.settings.image, np.full((6, 6), 255.0))


def test_view_protocol_updated_after_construction_and_timing(qtbot, worker):
    view = StepsView(worker)
    qtbot.addWidget(view)
    assert (view.name, view.title) == ("steps", "Steps")
    with qtbot.waitSignal(view.updated, timeout=2000):
        pass  # connected after construction, still told that the first result is on screen
    with qtbot.waitSignal(view.timing) as timing:
        view.load_named_example("stride_2_7x7")
    device, milliseconds = timing.args
    assert device == "cpu" and 0 <= milliseconds < 1000
    view.set_device("cuda")  # tiny matrices: the CPU serves them whatever the choice
    assert view.step_count() == 9


def test_screenshot_is_not_blank(qtbot, view):
    view.go_to_step(6)
    image = view.grab().toImage()
    assert image.width() >= 1200 and image.height() >= 800
    small = image.scaled(140, 90)
    colours = {small.pixel(x, y) for x in range(small.width()) for y in range(small.height())}
    assert len(colours) > 30


def test_command_line_screenshot_of_the_steps_view(tmp_path, run_cli):
    from PIL import Image

    path = tmp_path / "steps.png"
    code, _, err = run_cli("--screenshot", path, "--view", "steps")
    assert code == 0, err
    with Image.open(path) as opened:
        picture = opened.convert("RGB")
    assert picture.width >= 1200 and picture.height >= 800
    small = np.asarray(picture.resize((160, 100))).reshape(-1, 3)
    assert len(np.unique(small, axis=0)) > 30


def test_the_settings_column_comes_back_when_a_smaller_example_leaves_room(qtbot, make_steps_view):
    """A 12×12 example is too wide for the settings column beside it; the 6×6 one loaded after it is not, and the
    column comes back without the window being resized (it stayed away until the next resize)."""
    from convviz.state.steps import VERTICAL_EDGE_6, VERTICAL_EDGE_KERNEL

    view = make_steps_view(size=(1100, 700))
    assert not view.is_condensed() and view.controls_panel.isVisible()
    view.load_example(np.arange(144.0).reshape(12, 12), VERTICAL_EDGE_KERNEL)
    assert view.is_condensed() and not view.controls_panel.isVisible()
    view.load_example(VERTICAL_EDGE_6, VERTICAL_EDGE_KERNEL)
    assert not view.is_condensed() and view.controls_panel.isVisible()
