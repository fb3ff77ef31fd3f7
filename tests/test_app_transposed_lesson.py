"""Lesson 53 (transposed convolution) opens the Steps view's stamps; a transposed example survives a session."""

from __future__ import annotations

import numpy as np
import pytest
import torch
import torch.nn.functional as F

from convviz.app.views.steps.view import StepsView
from convviz.lessons import builtin_lessons, lesson_input_array
from convviz.session import SessionError
from convviz.session.views import check_steps
from convviz.state.lesson_prepare import lesson_group

LESSON = next(lesson for lesson in builtin_lessons() if lesson.id == "transposed-upsampling")


def test_the_lesson_is_true_to_torch_and_has_its_own_menu_group():
    s = LESSON.settings
    kernel = LESSON.kernels[0].array()
    truth = F.conv_transpose2d(
        torch.tensor(lesson_input_array(LESSON))[None, None], torch.tensor(kernel)[None, None],
        stride=s.stride, padding=s.padding, output_padding=s.output_padding,
    )[0, 0].numpy()
    np.testing.assert_allclose(LESSON.expected.output_array(), truth, atol=1e-6)
    assert truth.shape == (4, 4) and LESSON.number == 53
    assert lesson_group(LESSON) == "More kinds of convolution"


def test_opening_the_lesson_shows_the_stamps_and_the_formula(qtbot, make_window, worker):
    window = make_window(worker=worker, start_view="steps", size=(1600, 1000))
    tools = window.lessons
    qtbot.waitUntil(lambda: LESSON.number in tools.menu.lesson_actions, timeout=60000)
    with qtbot.waitSignal(tools.loader.opened, timeout=30000):
        tools.menu.lesson_actions[LESSON.number].trigger()
    view = window.views["steps"]
    assert window.current_view_name() == "steps"
    settings = view.state.settings
    assert (settings.mode, settings.stride, settings.padding, settings.output_padding) == ("transposed", 2, 1, 1)
    assert view.step_count() == 4 and view.scale_label.text() == "× 1/4"
    assert "(2 − 1)·2 − 2·1 + 1·(3 − 1) + 1 + 1 = 4" in view.formula_label.text()
    view.go_to_step(0)  # input (0, 0) = 1: its 3×3 stamp loses its first row and column to the padding
    assert view.output_grid.highlighted("window") == {(r, c) for r in range(2) for c in range(2)}
    cut = "output rows 1 to 2, columns 1 to 2 (5 of its cells fall in the cut-off padding)"
    assert cut in view.expression_label.text()
    view.go_to_step(3)
    np.testing.assert_allclose(view.output_matrix(), LESSON.expected.output_array(), atol=1e-6)
    assert view.output_grid.text_at(1, 1) == "2.5"


def test_a_transposed_example_survives_a_session_and_old_files_still_open(qtbot, worker):
    view = StepsView(worker)
    qtbot.addWidget(view)
    view.load_example([[1, 2], [3, 4]], [[1, 0], [2, 1]], mode="transposed", stride=3, output_padding=2)
    assert view.step_count() == 4
    view.go_to_step(2)
    saved = view.session_state()
    checked = check_steps(saved)
    assert checked["settings"]["output_padding"] == 2 and checked["settings"]["mode"] == "transposed"
    other = StepsView(worker)
    qtbot.addWidget(other)
    other.check_session_state(checked)
    other.restore_session_state(checked)
    assert other.state.settings.same_as(view.state.settings) and other.current_step() == 2
    old = {"settings": {k: v for k, v in saved["settings"].items() if k != "output_padding"}, "step": 0}
    old["settings"]["mode"] = "conv"
    assert check_steps(old)["settings"]["output_padding"] == 0
    with pytest.raises(SessionError, match="output_padding"):
        check_steps({"settings": dict(saved["settings"], output_padding=99), "step": 0})
