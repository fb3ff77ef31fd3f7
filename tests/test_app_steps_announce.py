"""The Steps view tells a screen reader each step's arithmetic: "output row 2, column 3 equals …" in words.

The sentence becomes the accessible name of the arithmetic label (what a
screen reader reads there) and is sent as a Qt announcement event; the test
catches the events the view posts by standing in for
`QAccessible.updateAccessibility`.
"""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible

from convviz.app.views.steps.view import StepsView
from convviz.core import conv2d
from convviz.core.steps import ConvSteps, PoolSteps
from convviz.state.step_speech import spoken_arithmetic, spoken_step
from convviz.state.steps import VERTICAL_EDGE_6, VERTICAL_EDGE_KERNEL


@pytest.fixture
def announcements(monkeypatch):
    """The (source widget, sentence) of every announcement event posted while the test runs."""
    heard = []
    real = QAccessible.updateAccessibility

    def listen(event):
        if event.type() == QAccessible.Event.Announcement:
            heard.append((event.object(), event.message()))
        real(event)

    monkeypatch.setattr(QAccessible, "updateAccessibility", listen)
    return heard


@pytest.fixture
def view(qtbot, worker, make_steps_view):
    widget = make_steps_view()
    widget.setFocus()
    return widget


def spoken_name(widget) -> str:
    return QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name)


def test_each_step_is_announced_with_its_output_cell_value_and_arithmetic(qtbot, view, announcements):
    truth = conv2d(VERTICAL_EDGE_6, VERTICAL_EDGE_KERNEL)
    view.load_example(VERTICAL_EDGE_6, VERTICAL_EDGE_KERNEL)
    announcements.clear()
    for _ in range(6):  # row 1 to its end, then row 2, column 3
        qtbot.keyClick(view, Qt.Key.Key_Right)
    step = ConvSteps(VERTICAL_EDGE_6, VERTICAL_EDGE_KERNEL)[6]
    assert (step.out_row, step.out_col) == (1, 2)
    said = spoken_name(view.expression_label)
    assert said.startswith("Step 7 of 16: output row 2, column 3 equals minus 2.")
    # every product in words, in the order the kernel reads them: 8×(−1) + 3×0 + 2×1 …
    window = np.asarray(VERTICAL_EDGE_6, dtype=float)[1:4, 2:5].reshape(-1)
    weights = np.asarray(VERTICAL_EDGE_KERNEL, dtype=float).reshape(-1)
    first = f"{int(window[0])} times minus 1 plus {int(window[1])} times 0 plus {int(window[2])} times 1"
    assert first in said and said.endswith(".")
    assert truth[1, 2] == -2 and float(np.dot(window, weights)) == -2
    assert len(announcements) == 6, "one announcement a step"
    assert announcements[-1] == (view.expression_label, said)


def test_pooling_and_a_factor_are_said_in_words(qtbot, view, announcements):
    view.load_example(np.arange(16.0).reshape(4, 4), mode="max", pool_size=2)
    view.go_to_step(3)
    assert spoken_name(view.expression_label) == "Step 4 of 4: output row 2, column 2 equals 15. The largest of 10, 11, 14, 15."
    view.load_example(np.ones((3, 3)) * 9, np.ones((3, 3)), kernel_scale="1/9")
    said = spoken_name(view.expression_label)
    assert said.startswith("Step 1 of 1: output row 1, column 1 equals 9. 9 times 1 plus")
    assert said.endswith(", times 1/9.")
    assert announcements[-1][1] == said


def test_settings_that_give_no_output_are_announced_as_the_reason(view, announcements):
    view.load_example(np.ones((3, 3)), np.ones((5, 5)))
    assert view.step_count() == 0
    said = spoken_name(view.expression_label)
    assert said and "kernel" in said.lower()
    assert announcements[-1] == (view.expression_label, said)


def test_a_hidden_view_names_the_step_but_does_not_speak(qtbot, worker, announcements):
    hidden = StepsView(worker)
    qtbot.addWidget(hidden)
    hidden.load_example(VERTICAL_EDGE_6, VERTICAL_EDGE_KERNEL)
    hidden.go_to_step(1)
    assert spoken_name(hidden.expression_label).startswith("Step 2 of 16: output row 1, column 2 equals")
    assert not announcements


@pytest.mark.parametrize(
    ("expression", "words"),
    [
        ("3×(−1) + 0×0 + 1×1 = −2", "3 times minus 1 plus 0 times 0 plus 1 times 1"),
        ("−3×2 + 4 (bias) = −2", "minus 3 times 2 plus 4 (bias)"),
        ("max(1, −3, 6) = 6", "the largest of 1, minus 3, 6"),
        ("(1 + 2 + 3 + 6) / 4 = 3", "1 plus 2 plus 3 plus 6, divided by 4"),
    ],
)
def test_arithmetic_in_words(expression, words):
    assert spoken_arithmetic(expression) == words


def test_pool_step_sentence_matches_the_core():
    image = np.arange(16.0).reshape(4, 4) - 8
    step = PoolSteps(image, 2, stride=2, mode="avg")[0]
    assert spoken_step(step, 0, 4) == (
        "Step 1 of 4: output row 1, column 1 equals minus 5.5. Minus 8 plus minus 7 plus minus 4 plus minus 3, "
        "divided by 4."
    )
