"""Exercises and exports in the Steps view's transposed mode: the size quiz asks the transposed formula;
cell-by-cell guessing and the sliding-window animation stand aside instead of failing."""

from __future__ import annotations

import pytest
import torch
import torch.nn.functional as F

from convviz.app.tools.exercises.exercises import SizeQuiz, StepsPredict

IMAGE = [[1.0, 2.0, 0.0], [3.0, -1.0, 2.0]]
KERNEL = [[1.0, 0.0, -1.0], [2.0, 1.0, 0.0], [0.0, 1.0, 1.0]]


@pytest.fixture
def view(qtbot, worker, make_steps_view):
    widget = make_steps_view()
    widget.load_example(IMAGE, KERNEL, mode="transposed", stride=2, padding=1, output_padding=1)
    return widget


def test_size_quiz_asks_and_explains_the_transposed_formula(view):
    truth = F.conv_transpose2d(torch.tensor(IMAGE)[None, None], torch.tensor(KERNEL)[None, None],
                               stride=2, padding=1, output_padding=1)
    rows, cols = truth.shape[-2:]
    assert (rows, cols) == (4, 6)
    quiz = SizeQuiz(view)
    quiz.ask()
    assert "transposed convolution with a 3×3 kernel, output padding 1" in quiz.question()
    assert quiz.answer() == (4, 6)
    verdict = quiz.check("4×6")
    assert verdict.correct is True
    assert "rows = (2 − 1)·2 − 2·1 + 1·(3 − 1) + 1 + 1 = 4" in verdict.text
    assert "columns = (3 − 1)·2 − 2·1 + 1·(3 − 1) + 1 + 1 = 6" in verdict.text


def test_cell_guessing_stands_aside_for_stamps(qtbot, view):
    predict = StepsPredict(view)
    predict.start()
    view.go_to_step(3)  # stepping with the exercise on must not fail
    assert predict.current_cell() is None and predict.current_value() is None
    assert predict.check_guess("5").correct is None
    predict.stop()
    view.load_example(IMAGE, KERNEL, padding=1)  # an ordinary convolution: guessing works again
    predict.start()
    assert predict.current_cell() == (0, 0)


def test_the_sliding_window_animation_is_not_offered_for_stamps(qtbot, make_window, worker, tmp_path):
    window = make_window(worker=worker, start_view="steps")
    qtbot.waitUntil(lambda: "steps" in window.views and window.view_is_settled("steps"), timeout=30000)
    steps = window.views["steps"]
    exports = window.exports
    assert exports._steps_settings() is not None
    steps.load_example(IMAGE, KERNEL, mode="transposed", stride=2)
    assert exports._steps_settings() is None
    exports.refresh()
    assert not exports.gif_action.isEnabled() and not exports.apng_action.isEnabled()
    assert exports.export_animation("gif", path=str(tmp_path / "stamps.gif")) is None
    assert not (tmp_path / "stamps.gif").exists()  # nothing written
