"""Lessons of "More kinds of convolution" in the convolution view: each filter's map equals torch's."""

from __future__ import annotations

import numpy as np
import torch
import torch.nn.functional as F

from convviz.lessons import builtin_lessons, lesson_input_array, lesson_kernel_bank
from convviz.state.convolution import kernel_shape
from convviz.state.lesson_prepare import lesson_group

BY_ID = {lesson.id: lesson for lesson in builtin_lessons()}


def _open(qtbot, window, lesson):
    tools = window.lessons
    qtbot.waitUntil(lambda: lesson.number in tools.menu.lesson_actions, timeout=60000)
    with qtbot.waitSignal(tools.loader.opened, timeout=30000) as blocker:
        tools.menu.lesson_actions[lesson.number].trigger()
    return blocker.args[0]


def _shows(view, want):
    image = view.activation_panel.current_map()
    return image is not None and image.values.shape == want.shape and np.allclose(image.values, want, atol=1e-3)


def test_one_by_one_lesson_mixes_the_channels_of_each_pixel_as_torch_does(qtbot, make_window, worker):
    lesson = BY_ID["one-by-one-across-channels"]
    x = torch.tensor(lesson_input_array(lesson))[None]
    bank = torch.tensor(lesson_kernel_bank(lesson))
    assert tuple(bank.shape) == (2, 3, 1, 1)
    truth = F.conv2d(x, bank)[0].numpy()
    np.testing.assert_allclose(lesson.expected.output_array(), truth, atol=1e-5)
    assert lesson_group(lesson) == "More kinds of convolution"
    window = make_window(worker=worker, start_view="convolution", size=(1600, 1000))
    prepared = _open(qtbot, window, lesson)
    view = window.views["convolution"]
    panel = window.lessons.panel()
    assert prepared.filter_count == 2
    for index in range(2):
        if index:
            panel.filter_buttons.button(index).click()
        qtbot.waitUntil(lambda: _shows(view, truth[index]), timeout=20000)
    assert view.settings.mode == "rgb" and kernel_shape(view.settings.kernel) == (1, 1)
