"""StepsView in "transposed" mode: each input cell stamps its scaled kernel; checked against F.conv_transpose2d."""

from __future__ import annotations

import numpy as np
import pytest
import torch
import torch.nn.functional as F

from convviz.state.steps import StepsSettings, build_steps


def _torch_transposed(image, kernel, **settings):
    x = torch.tensor(image, dtype=torch.float64)[None, None]
    w = torch.tensor(kernel, dtype=torch.float64)[None, None]
    return F.conv_transpose2d(x, w, **settings)[0, 0].numpy()


@pytest.fixture
def view(qtbot, worker, make_steps_view):
    widget = make_steps_view()
    return widget


def _choose_transposed(view):
    box = view.controls.mode_box
    box.setCurrentIndex(box.findData("transposed"))
    box.activated.emit(box.currentIndex())


def test_built_steps_end_at_torch_and_say_the_formula():
    settings = StepsSettings(
        image=[[1, 2, 0], [3, -1, 2]], kernel=[[1, -1], [2, 0]], stride=2, padding=1, output_padding=1,
        mode="transposed", kernel_scale="1/2",
    )
    built = build_steps(settings)
    truth = _torch_transposed(settings.image, settings.kernel / 2, stride=2, padding=1, output_padding=1)
    assert built.count == 6 and built.output_shape == truth.shape == (3, 5)
    np.testing.assert_allclose(built.values.reshape(truth.shape), truth, atol=1e-6)
    np.testing.assert_allclose(built.output_until(built.count - 1), truth, atol=1e-6)
    assert "(2 − 1)·2 − 2·1 + 1·(2 − 1) + 1 + 1 = 3" in built.formula
    assert "(3 − 1)·2 − 2·1 + 1·(2 − 1) + 1 + 1 = 5" in built.formula
    assert np.isnan(built.output_until(0)).any()  # cells no stamp has reached yet are not filled


def test_choosing_transposed_in_the_panel_stamps_the_kernel_cell_by_cell(qtbot, view):
    _choose_transposed(view)
    settings = view.state.settings
    assert settings.mode == "transposed" and settings.stride == 1
    assert view.controls.output_padding_spin.isVisibleTo(view) and not view.controls.flip_check.isVisibleTo(view)
    assert view.step_count() == settings.image.size  # one step per input cell
    truth = _torch_transposed(settings.image, settings.kernel)
    view.go_to_step(view.step_count() - 1)
    np.testing.assert_allclose(view.output_matrix(), truth)
    view.controls.stride_spin.setValue(2)
    view.controls.output_padding_spin.setValue(1)
    view.controls.padding_spin.setValue(1)
    truth = _torch_transposed(settings.image, settings.kernel, stride=2, padding=1, output_padding=1)
    assert view.output_grid.shape() == truth.shape == (12, 12)
    view.go_to_step(view.step_count() - 1)
    np.testing.assert_allclose(view.output_matrix(), truth)
    assert "(6 − 1)·2 − 2·1 + 1·(3 − 1) + 1 + 1 = 12" in view.formula_label.text()


def test_the_stamp_is_highlighted_and_overlaps_are_written_as_sums(qtbot, view):
    view.load_named_example("transposed_stride_2")
    assert view.controls.mode_box.currentData() == "transposed"
    image, kernel = view.state.settings.image, view.state.settings.kernel
    assert view.step_count() == 4 and view.output_grid.shape() == (5, 5)
    view.go_to_step(0)
    assert view.input_grid.highlighted("window") == {(0, 0)}
    assert view.output_grid.highlighted("window") == {(r, c) for r in range(3) for c in range(3)}
    assert view.output_grid.hidden() == {(r, c) for r in range(5) for c in range(5) if r > 2 or c > 2}
    np.testing.assert_array_equal(view.window_grid.matrix(), image[0, 0] * kernel)
    view.go_to_step(1)  # input (0, 1) = 2 stamps at columns 2 to 4: column 2 now holds 1·1 + 2·1
    assert view.input_grid.highlighted("window") == {(0, 1)}
    assert view.output_grid.highlighted("window") == {(r, c) for r in range(3) for c in range(2, 5)}
    assert view.output_grid.text_at(0, 2) == "3"
    assert "1×1 + 2×1 = 3" in view.expression_label.text()
    assert "2 × kernel → output rows 1 to 3, columns 3 to 5" in view.expression_label.text()  # counted from 1
    assert "(2 − 1)·2 − 2·0 + 1·(3 − 1) + 0 + 1 = 5" in view.formula_label.text()
    view.go_to_step(3)
    truth = _torch_transposed(image, kernel, stride=2)
    np.testing.assert_allclose(view.output_matrix(), truth)
    assert view.output_grid.text_at(2, 2) == "10" and view.output_grid.hidden() == frozenset()


def test_output_padding_too_large_is_explained_and_conv_mode_comes_back_clean(qtbot, view):
    _choose_transposed(view)
    view.controls.output_padding_spin.setValue(2)  # stride 1, dilation 1: not allowed
    assert view.step_count() == 0
    assert "smaller than the stride" in view.messages[-1]
    view.controls.output_padding_spin.setValue(0)
    assert view.step_count() > 0
    box = view.controls.mode_box
    box.setCurrentIndex(box.findData("conv"))
    box.activated.emit(box.currentIndex())
    assert view.state.settings.mode == "conv" and view.step_count() == 16
    assert view.output_grid.highlighted("window") == frozenset()
    assert view.times_sign.text() == "∗"
