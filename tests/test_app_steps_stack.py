"""The Steps view's second layer: a kernel on the output, the layer-2 map and its receptive field, against torch."""

from __future__ import annotations

import numpy as np
import pytest
import torch
import torch.nn.functional as F

from convviz.app.views.steps.stack_panel import FIELD_ROLE
from convviz.app.views.steps.view import StepsView
from convviz.state.steps import VERTICAL_EDGE_6, VERTICAL_EDGE_KERNEL


@pytest.fixture
def view(qtbot, worker, make_steps_view):
    widget = make_steps_view(size=(1500, 950))
    return widget


def _torch_two_layers(image, first, second, **first_options):
    x = torch.tensor(image, dtype=torch.float64)[None, None]
    one = F.conv2d(x, torch.tensor(first, dtype=torch.float64)[None, None], **first_options)
    return F.conv2d(one, torch.tensor(second, dtype=torch.float64)[None, None])[0, 0].numpy()


def test_two_stacked_3x3_kernels_light_up_a_5x5_input_field(qtbot, view):
    view.controls.stack_check.setChecked(True)
    panel = view.stack_panel
    assert panel.isVisible()
    np.testing.assert_array_equal(panel.map_grid.matrix(),
                                  _torch_two_layers(VERTICAL_EDGE_6, VERTICAL_EDGE_KERNEL, np.ones((3, 3))))
    panel.map_grid.cell_clicked.emit(1, 0)
    assert view.input_grid.highlighted(FIELD_ROLE) == {(r, c) for r in range(1, 6) for c in range(0, 5)}
    assert view.output_grid.highlighted(FIELD_ROLE) == {(r, c) for r in range(1, 4) for c in range(0, 3)}
    assert "3×3 cells of the first output" in panel.note.text() and "5×5 input cells" in panel.note.text()
    # the one 5×5 kernel the two make gives the same layer-2 map, as torch computes it once
    combined = panel.combined_grid.matrix()
    assert combined.shape == (5, 5)
    once = F.conv2d(torch.tensor(VERTICAL_EDGE_6)[None, None], torch.tensor(combined)[None, None])[0, 0].numpy()
    np.testing.assert_allclose(once, panel.map_grid.matrix())


def test_editing_the_second_kernel_and_padding_the_first_follow_torch(qtbot, view):
    view.controls.stack_check.setChecked(True)
    second = np.ones((3, 3))
    second[0, 0] = -2.0
    view.stack_panel.kernel_grid.matrix_changed.emit(second)  # what the grid sends after a typed edit
    np.testing.assert_array_equal(view.second_kernel(), second)
    np.testing.assert_array_equal(view.stack_panel.kernel_grid.matrix(), second)
    view.controls.padding_spin.setValue(1)  # the first layer keeps 6×6: layer 2 is 4×4, and padding is left out
    truth = _torch_two_layers(VERTICAL_EDGE_6, VERTICAL_EDGE_KERNEL, second, padding=1)
    np.testing.assert_allclose(view.stack_panel.map_grid.matrix(), truth)
    assert not view.stack_panel.combined_grid.isVisible()  # with padding the two are not one plain kernel
    view.show_receptive_field(0, 0)
    # padded coordinates: the real input cells rows 0..3, columns 0..3 sit one cell in
    assert view.input_grid.highlighted(FIELD_ROLE) == {(r + 1, c + 1) for r in range(4) for c in range(4)}


def test_a_too_small_first_output_says_why_and_switching_off_clears(qtbot, view):
    view.controls.stack_check.setChecked(True)
    view.controls.rows_spin.setValue(4)  # 4×6 input: first output 2×4, too small for a 3×3
    assert "smaller than the 3×3 second kernel" in view.stack_panel.note.text()
    assert view.stacked() is None
    view.controls.stack_check.setChecked(False)
    assert not view.stack_panel.isVisible() and view.second_kernel() is None
    assert not view.input_grid.highlighted(FIELD_ROLE)


def test_the_second_kernel_survives_a_session_file(qtbot, view, worker):
    import json

    from convviz.session.arrays import to_json_value
    from convviz.session.views import check_steps

    second = np.arange(9.0).reshape(3, 3) - 4
    view.set_second_kernel(second)
    view.show_receptive_field(1, 1)
    checked = check_steps(json.loads(json.dumps(to_json_value(view.session_state()))))
    again = StepsView(worker)
    qtbot.addWidget(again)
    again.restore_session_state(checked)
    np.testing.assert_array_equal(again.second_kernel(), second)
    np.testing.assert_allclose(again.stacked().second_map,
                               _torch_two_layers(VERTICAL_EDGE_6, VERTICAL_EDGE_KERNEL, second))
    del checked["second_kernel"]  # a file from before the second layer: one layer
    again.restore_session_state(checked)
    assert again.second_kernel() is None


def test_turning_the_second_layer_off_gives_its_column_back(qtbot, view):
    """The input grid is as wide again as before the second layer was on (its column kept its share)."""
    def input_width() -> int:
        view.layout().activate()
        return view.input_grid.width()

    alone = input_width()
    view.set_second_kernel(np.ones((3, 3)))
    assert input_width() < alone
    view.set_second_kernel(None)
    assert input_width() == alone
