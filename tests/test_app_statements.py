"""What the app says about kernels, padding and flipping is true (issue 13's app-side statements)."""

from __future__ import annotations

import numpy as np
import torch
import torch.nn.functional as F

from convviz.app.tools.lessons.menu import number_runs
from convviz.app.views.convolution.kernel_editor import FLIP_ON_TEXT
from convviz.app.views.convolution.window_settings import PADDING_CHOICES
from convviz.core import conv2d


def test_flip_text_names_the_kernels_that_really_give_the_same_map():
    assert "Symmetric kernels give the same map" not in FLIP_ON_TEXT
    assert "180°" in FLIP_ON_TEXT and "changes sign" in FLIP_ON_TEXT
    picture = np.random.default_rng(0).random((7, 7)).astype(np.float32)
    mirror = np.array([[1.0, 0.0, -1.0]], np.float32)  # mirror-symmetric, not 180°-symmetric
    np.testing.assert_allclose(conv2d(picture, mirror, flip=True), -conv2d(picture, mirror), atol=1e-6)
    box = np.full((3, 3), 1 / 9, np.float32)
    np.testing.assert_allclose(conv2d(picture, box, flip=True), conv2d(picture, box), atol=1e-6)


def test_same_padding_says_what_it_gives_at_a_stride():
    label = dict(PADDING_CHOICES)["same"]
    assert "keep the size" not in label and "⌈n / stride⌉" in label
    for n, stride in ((7, 2), (8, 3), (5, 1)):
        out = conv2d(np.zeros((n, n), np.float32), np.ones((3, 3), np.float32), stride=stride, padding="same")
        assert out.shape == (-(-n // stride),) * 2


def test_menu_ranges_never_claim_another_groups_lesson():
    assert number_runs([1, 2, 3, 4, 51]) == "1–4, 51"
    assert number_runs([9, 33, 34, 35, 36, 37, 38]) == "9, 33–38"
    assert number_runs([7]) == "7"


def test_the_steps_kernel_grid_shows_the_kernel_as_applied(qtbot, worker):
    from convviz.app.views.steps.view import StepsView

    view = StepsView(worker)
    qtbot.addWidget(view)
    kernel = np.arange(9, dtype=float).reshape(3, 3)
    view.load_example(np.arange(25, dtype=float).reshape(5, 5), kernel, flip=True)
    shown = view.kernel_grid.matrix()
    np.testing.assert_array_equal(shown, kernel[::-1, ::-1])
    assert "turned 180°" in view.kernel_grid.title()
    # the first output really is the sum with the turned kernel
    x = torch.arange(25, dtype=torch.float64).reshape(1, 1, 5, 5)
    first = F.conv2d(x, torch.from_numpy(kernel[::-1, ::-1].copy())[None, None])[0, 0, 0, 0].item()
    assert view.built_steps().values[0] == first
