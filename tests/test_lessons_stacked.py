"""Lesson 47 opens the Steps view with a second kernel: the receptive field of two 3×3 layers, against torch."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
import torch
import torch.nn.functional as F

from convviz.app.views.steps.stack_panel import FIELD_ROLE
from convviz.lessons import builtin_lessons, lesson_from_dict, lesson_input_array
from convviz.state.lesson_prepare import prepare_lesson

BY_NUMBER = {lesson.number: lesson for lesson in builtin_lessons()}


def _raw(number: int) -> dict:
    return json.loads(Path(BY_NUMBER[number].path).read_text(encoding="utf-8"))


def test_lesson_47_prepares_two_layers_whose_map_torch_agrees_with():
    lesson = BY_NUMBER[47]
    prepared = prepare_lesson(lesson)
    assert lesson.view == "steps" and prepared.second_kernel.shape == (3, 3)
    x = torch.tensor(lesson_input_array(lesson))[None, None]
    first = torch.tensor(np.stack([k.array() for k in lesson.kernels]))[:, None]
    two = F.conv2d(F.conv2d(x, first), torch.tensor(prepared.second_kernel)[None, None])
    assert two.shape[-2:] == (3, 3)  # 7×7 → 5×5 → 3×3, the same as one 5×5 kernel: 7 − 5 + 1
    assert len(prepared.tables) == 4 and prepared.tables[0].total == 73856


@pytest.mark.parametrize(
    ("change", "words"),
    [
        (lambda d: d.update(view="concept"), "grey convolution in the Steps view"),
        (lambda d: d.update(second_kernel=[[1] * 8] * 8), "the Steps view takes kernels"),
        (lambda d: d.update(second_kernel=[[1, 2], [3]]), "second_kernel"),
    ],
)
def test_a_bad_second_kernel_is_refused(change, words):
    data = _raw(47)
    change(data)
    with pytest.raises(ValueError, match=words):
        lesson_from_dict(data)


def test_lesson_47_opens_with_the_5x5_field_lit_and_another_lesson_clears_it(qtbot, make_window, worker):
    window = make_window(worker=worker, start_view="steps", size=(1600, 1000))
    tools = window.lessons
    qtbot.waitUntil(lambda: len(tools.loader.lessons) == len(BY_NUMBER), timeout=60000)
    with qtbot.waitSignal(tools.loader.opened, timeout=30000):
        tools.menu.lesson_actions[47].trigger()
    view = window.views["steps"]
    assert window.current_view_name() == "steps" and view.stack_panel.isVisible()
    lesson = BY_NUMBER[47]
    x = torch.tensor(lesson_input_array(lesson))[None, None]
    one = F.conv2d(x, torch.tensor(lesson.kernels[0].array())[None, None])
    two = F.conv2d(one, torch.ones((1, 1, 3, 3), dtype=torch.float64))[0, 0].numpy()
    np.testing.assert_allclose(view.stack_panel.map_grid.matrix(), two)
    view.stack_panel.map_grid.cell_clicked.emit(2, 2)
    assert view.input_grid.highlighted(FIELD_ROLE) == {(r, c) for r in range(2, 7) for c in range(2, 7)}
    assert view.stack_panel.combined_grid.matrix().shape == (5, 5)
    with qtbot.waitSignal(tools.loader.opened, timeout=30000):
        tools.menu.lesson_actions[6].trigger()
    assert view.second_kernel() is None and not view.stack_panel.isVisible()
