"""Lesson 21 (the decks' 6×6×3 colour example) opens in the Steps view's colour mode, with torch's numbers."""

from __future__ import annotations

import numpy as np
import torch
import torch.nn.functional as F

from convviz.lessons import builtin_lessons, lesson_input_array
from convviz.state.lesson_prepare import prepare_lesson
from convviz.state.steps import build_steps

BY_NUMBER = {lesson.number: lesson for lesson in builtin_lessons()}


def _torch(lesson) -> np.ndarray:
    x = torch.tensor(lesson_input_array(lesson), dtype=torch.float64)[None]
    bank = torch.tensor(np.stack([kernel.array() for kernel in lesson.kernels]), dtype=torch.float64)
    return F.conv2d(x, bank)[0].numpy()


def test_lesson_21_prepares_a_colour_steps_example_with_torchs_map():
    lesson = BY_NUMBER[21]
    assert lesson.view == "steps"
    prepared = prepare_lesson(lesson)
    settings = prepared.steps
    assert settings.channels == 3 and settings.filter_count == 1 and settings.kernel.shape == (3, 3, 3)
    assert prepared.group == "Several filters and colour"
    built = build_steps(settings)
    truth = _torch(lesson)[0]
    np.testing.assert_array_equal(built.values.reshape(built.output_shape), truth)
    np.testing.assert_array_equal(truth, [[0, 30, 0, -30]] * 4)  # the deck's map
    step = built.steps[3]  # row 1, column 4: no red edge, the green edge gives −30
    assert list(step.channel_sums) == [0.0, -30.0, 0.0] and step.total == -30.0


def test_lesson_21_opens_in_the_steps_views_colour_mode(qtbot, make_window, worker):
    window = make_window(worker=worker, start_view="steps", size=(1600, 1000))
    tools = window.lessons
    qtbot.waitUntil(lambda: len(tools.loader.lessons) == len(BY_NUMBER), timeout=60000)
    with qtbot.waitSignal(tools.loader.opened, timeout=30000):
        tools.menu.lesson_actions[21].trigger()
    assert window.current_view_name() == "steps"
    view = window.views["steps"]
    assert view.channel_grids.isVisible() and len(view.channel_grids.inputs) == 3
    truth = _torch(BY_NUMBER[21])[0]
    view.go_to_step(1)
    assert "channels + bias: 30 + 0 + 0 + 0 (bias) = " in view.expression_label.text()
    view.go_to_step(view.step_count() - 1)
    np.testing.assert_array_equal(view.output_matrix(), truth)
