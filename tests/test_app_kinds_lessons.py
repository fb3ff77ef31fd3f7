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
        qtbot.waitUntil(lambda index=index: _shows(view, truth[index]), timeout=20000)
    assert view.settings.mode == "rgb" and kernel_shape(view.settings.kernel) == (1, 1)


def test_depthwise_lesson_gives_each_colour_channel_its_own_map_as_torch_groups_3(qtbot, make_window, worker):
    lesson = BY_ID["depthwise-rgb"]
    assert lesson.settings.groups == 3 and lesson_group(lesson) == "More kinds of convolution"
    x = torch.tensor(lesson_input_array(lesson), dtype=torch.float32)[None]
    bank = torch.tensor(lesson_kernel_bank(lesson), dtype=torch.float32)  # (1, 3, 3, 3): one slice per channel
    truth = F.conv2d(x, bank[0][:, None], padding="same", groups=3)[0].numpy()
    assert truth.shape == (3, 400, 600)
    window = make_window(worker=worker, start_view="convolution", size=(1600, 1000))
    _open(qtbot, window, lesson)
    view = window.views["convolution"]
    assert view.settings.groups == 3 and view.settings.mode == "rgb" and not view.settings.link_channels
    for channel in (0, 1, 2):
        view.kernel_editor.channel_buttons.button(channel).click()
        qtbot.waitUntil(lambda channel=channel: _shows(view, truth[channel]), timeout=20000)
    view.kernel_editor.groups_spin.setValue(1)  # the same slices, summed: an ordinary RGB filter
    qtbot.waitUntil(lambda: _shows(view, truth.sum(axis=0)), timeout=20000)
