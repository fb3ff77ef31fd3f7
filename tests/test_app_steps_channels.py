"""The Steps view's colour mode, driven like a student: channels, slices, sums plus bias, filters, against torch."""

from __future__ import annotations

import numpy as np
import pytest
import torch
import torch.nn.functional as F
from PySide6.QtCore import Qt

from convviz.app.views.steps.view import StepsView
from convviz.app.widgets.cell_text import format_number
from convviz.state.steps import RGB_6, RGB_FILTERS


def _torch(image, bank, bias, **options):
    x = torch.tensor(image, dtype=torch.float64)[None]
    out = F.conv2d(x, torch.tensor(bank, dtype=torch.float64), torch.tensor(bias, dtype=torch.float64), **options)
    return out[0].numpy()


@pytest.fixture
def view(qtbot, worker, make_steps_view):
    widget = make_steps_view(size=(1500, 950))
    widget.setFocus()
    return widget


def test_the_colour_example_shows_three_channels_slices_and_the_sum_plus_bias(qtbot, view):
    view.load_named_example("rgb_6x6x3")
    grids = view.channel_grids
    assert grids.isVisible() and not view.input_grid.isVisible() and not view.kernel_grid.isVisible()
    assert len(grids.inputs) == len(grids.kernels) == len(grids.products) == 3
    for channel in range(3):
        np.testing.assert_array_equal(grids.inputs[channel].matrix(), RGB_6[channel])
        np.testing.assert_array_equal(grids.kernels[channel].matrix(), RGB_FILTERS[0, channel])
    truth = _torch(RGB_6, RGB_FILTERS, [0.0, 0.0, 0.0])
    qtbot.keyClick(view, Qt.Key.Key_Right)  # output row 1, column 2 of filter 1 (vertical edges in red)
    assert grids.inputs[1].highlighted("window") == {(r, c) for r in range(3) for c in range(1, 4)}
    np.testing.assert_array_equal(grids.products[0].matrix(), RGB_6[0, :3, 1:4] * RGB_FILTERS[0, 0])
    assert grids.products[0].title() == "Sum 30"
    text = view.expression_label.text()
    assert "<b>red</b>: 10×1 + 10×0 + 0×(−1)" in text
    assert "channels + bias: 30 + 0 + 0 + 0 (bias) = " in text
    assert view.output_grid.text_at(0, 1) == format_number(truth[0, 0, 1]) == "30"


def test_each_filter_and_its_bias_step_to_torchs_map(qtbot, view):
    view.load_named_example("rgb_6x6x3")
    controls = view.controls
    assert controls.filter_spin.isVisible() and controls.bias_spin.isVisible()
    controls.filter_spin.setValue(2)  # vertical edges of red + green + blue
    controls.bias_spin.setValue(1.5)
    settings = view.state.settings
    assert settings.filter_index == 1 and settings.bias == (0.0, 1.5, 0.0)
    truth = _torch(RGB_6, RGB_FILTERS, [0.0, 1.5, 0.0])
    qtbot.keyClick(view, Qt.Key.Key_End)
    np.testing.assert_allclose(view.output_matrix(), truth[1])
    assert view.output_grid.title() == "Output 4×4 of filter 2 of 3 (b = 1.5)"
    # column 3: the red edge (+30) and the green edge (−30) cancel, leaving only the bias
    view.go_to_step(2)
    assert "30 + (−30) + 0 + 1.5 (bias) = " in view.expression_label.text()
    assert view.output_matrix()[0, 2] == truth[1, 0, 2] == 1.5


def test_padding_stride_and_editing_a_channel_follow_torch(qtbot, view):
    view.load_named_example("rgb_6x6x3")
    view.controls.filter_spin.setValue(3)
    view.controls.padding_spin.setValue(1)
    view.controls.stride_spin.setValue(2)
    grids = view.channel_grids
    assert grids.inputs[2].shape() == (8, 8)
    grids.inputs[2].edited.emit(1, 1, 4.0)  # padded (1, 1) is the picture's (0, 0) in blue
    image = RGB_6.copy()
    image[2, 0, 0] = 4.0
    np.testing.assert_array_equal(view.state.settings.image, image)
    grids.kernels[0].edited.emit(0, 0, 2.0)
    bank = RGB_FILTERS.copy()
    bank[2, 0, 0, 0] = 2.0
    truth = _torch(image, bank, [0.0, 0.0, 0.0], stride=2, padding=1)
    qtbot.keyClick(view, Qt.Key.Key_End)
    np.testing.assert_allclose(view.output_matrix(), truth[2])


def test_pooling_a_colour_input_is_refused_with_a_sentence(qtbot, view):
    view.load_named_example("rgb_6x6x3")
    view.controls.change_requested.emit({"mode": "max"})
    assert view.state.settings.mode == "conv"
    assert any("one grid at a time" in m for m in view.messages)



def test_a_colour_example_is_exported_as_python_that_prints_the_views_numbers(qtbot, view):
    from exported_code import close, exec_code, printed

    from convviz.export.python_script import python_script

    view.load_named_example("rgb_6x6x3")
    view.controls.filter_spin.setValue(2)
    view.controls.bias_spin.setValue(-2.0)
    view.controls.padding_spin.setValue(1)
    qtbot.keyClick(view, Qt.Key.Key_End)
    values = printed(exec_code(python_script(view.scene())))
    expected = view.output_matrix()
    for r, row in enumerate(expected):
        close(values[f"output row {r}"], row)
    assert values["output shape"] == [1, view.state.settings.filter_count, *expected.shape]
    close(values["step 1 (output row 0, column 0)"], [expected[0, 0]])


def test_a_colour_example_survives_a_session_file(qtbot, view, worker):
    import json

    from convviz.session.arrays import to_json_value
    from convviz.session.views import check_steps

    view.load_named_example("rgb_6x6x3")
    view.controls.filter_spin.setValue(3)
    view.controls.bias_spin.setValue(-2.0)
    view.go_to_step(7)
    text = json.dumps(to_json_value(view.session_state()))
    checked = check_steps(json.loads(text))
    again = StepsView(worker)
    qtbot.addWidget(again)
    again.check_session_state(checked)
    again.restore_session_state(checked)
    assert again.state.settings.same_as(view.state.settings)
    assert again.current_step() == 7
    np.testing.assert_allclose(again.built_steps().values, view.built_steps().values)


def test_padding_per_axis_and_same_from_the_panel(qtbot, view):
    controls = view.controls
    controls.padding_spin.setValue(1)  # equal on every side: the columns follow
    assert view.state.settings.padding == 1 and controls.padding_cols_spin.value() == 1
    controls.padding_cols_spin.setValue(2)
    assert view.state.settings.padding == (1, 2)
    assert view.input_grid.shape() == (8, 10)
    assert view.input_grid.title() == "Input 6×6, padded by 1 row and 2 columns"
    x = torch.tensor(view.state.settings.image)[None, None]
    w = torch.tensor(view.state.settings.kernel)[None, None]
    view.go_to_step(view.step_count() - 1)
    np.testing.assert_allclose(view.output_matrix(), F.conv2d(x, w, padding=(1, 2))[0, 0].numpy())
    controls.stride_spin.setValue(2)
    same = controls.padding_kind_box.findData("same")
    controls.padding_kind_box.setCurrentIndex(same)
    controls.padding_kind_box.activated.emit(same)
    assert view.state.settings.padding == "same" and not controls.padding_row.isVisible()
    assert view.step_count() == 9  # ⌈6 / 2⌉ = 3 a side, not the input's 6
    view.go_to_step(8)
    padded = F.pad(x, (1, 1, 1, 1))  # "same" for a 3×3 kernel at stride 2 pads one cell each side
    np.testing.assert_allclose(view.output_matrix(), F.conv2d(padded, w, stride=2)[0, 0].numpy())
    controls.mode_box.activated.emit(controls.mode_box.findData("max"))  # pooling takes cells: "same" becomes 1
    assert view.state.settings.mode == "max" and view.state.settings.padding == 1
    assert not controls.padding_kind_box.isVisible()
    view.go_to_step(view.step_count() - 1)
    np.testing.assert_allclose(view.output_matrix(), F.max_pool2d(x, 2, 2, 1)[0, 0].numpy())
