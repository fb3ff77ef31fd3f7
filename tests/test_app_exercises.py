"""Predict, then reveal: hidden cells really hidden, revealed cells true, the size quiz and the digit guess checked.

True values come from torch.nn.functional and `convviz.core.output_size_formula`,
never from the exercise code under test.
"""

from __future__ import annotations

import numpy as np
import pytest
import torch
import torch.nn.functional as F
from PySide6.QtCore import Qt

from convviz.app.tools.exercises.exercises import DigitGuess, SizeQuiz, StepsPredict, close_enough, parse_size
from convviz.app.widgets.cell_text import format_number
from convviz.core import output_size_formula
from convviz.state.steps import POOLING_4, VERTICAL_EDGE_6, VERTICAL_EDGE_7, VERTICAL_EDGE_KERNEL

EDGE_OUTPUT = F.conv2d(
    torch.tensor(VERTICAL_EDGE_6)[None, None], torch.tensor(VERTICAL_EDGE_KERNEL)[None, None]
)[0, 0].numpy()


@pytest.fixture
def view(qtbot, worker, make_steps_view):
    widget = make_steps_view()
    widget.load_example(VERTICAL_EDGE_6, VERTICAL_EDGE_KERNEL)
    return widget


def shown(grid) -> list[list[str]]:
    rows, cols = grid.shape()
    return [[grid.text_at(r, c) for c in range(cols)] for r in range(rows)]


def true_texts(values) -> list[list[str]]:
    return [[format_number(v) for v in row] for row in values]


# ---------------------------------------------------------------------------- hiding output cells

def test_predicting_hides_every_output_cell_and_the_highlighted_sum(view):
    predict = StepsPredict(view)
    predict.start()
    assert view.current_step() == 0
    assert shown(view.output_grid) == [["?"] * 4] * 4
    assert view.output_grid.hidden() == {(r, c) for r in range(4) for c in range(4)}
    assert view.expression_label.text().endswith("= ?</b>")
    assert "= 5" not in view.expression_label.text()  # the first cell is 5: not on screen
    assert shown(view.window_grid) == [["?"] * 3] * 3  # the products would give it away too
    assert view.output_grid.highlighted("current") == {(0, 0)}  # the class sees which cell to work out


def test_reveal_next_alternates_reveal_and_move_and_shows_true_values(view):
    predict = StepsPredict(view)
    predict.start()
    assert predict.reveal_next() == (0, 0)  # reveal the highlighted cell
    texts = shown(view.output_grid)
    assert texts[0][0] == format_number(EDGE_OUTPUT[0, 0]) == "5"
    assert view.output_grid.value(0, 0) == EDGE_OUTPUT[0, 0]
    assert sum(row.count("?") for row in texts) == 15
    assert "= 5" in view.expression_label.text()
    assert shown(view.window_grid) != [["?"] * 3] * 3
    assert predict.reveal_next() == (0, 1)  # move on: the next cell is still hidden
    assert view.current_step() == 1 and shown(view.output_grid)[0][1] == "?"
    assert predict.reveal_next() == (0, 1)
    assert shown(view.output_grid)[0][1] == format_number(EDGE_OUTPUT[0, 1])
    predict.reveal_all()
    assert view.current_step() == view.step_count() - 1
    assert shown(view.output_grid) == true_texts(EDGE_OUTPUT)  # including −2 where a slide printed 2
    np.testing.assert_allclose(view.output_grid.matrix(), EDGE_OUTPUT)


def test_hidden_cells_stay_hidden_while_stepping_and_playing(qtbot, view):
    predict = StepsPredict(view)
    predict.start()
    predict.reveal_current()
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_End)  # the view has computed every cell ...
    texts = shown(view.output_grid)
    assert texts[0][0] == "5" and sum(row.count("?") for row in texts) == 15  # ... but the class sees none
    qtbot.keyClick(view, Qt.Key.Key_Home)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert shown(view.output_grid)[0][1] == "?" and view.expression_label.text().endswith("= ?</b>")


def test_a_guess_for_the_highlighted_cell_is_checked_and_a_wrong_one_tried_again(view):
    predict = StepsPredict(view)
    predict.start()
    verdict = predict.check_guess("5")
    assert verdict.correct is True and shown(view.output_grid)[0][0] == "5"
    predict.reveal_next()  # to (0, 1), whose true value is 4
    wrong = predict.check_guess("3")
    assert wrong.correct is False and "Not 3" in wrong.text and "Try again" in wrong.text
    assert "4" not in wrong.text and shown(view.output_grid)[0][1] == "?"  # still hidden: another try
    right = predict.check_guess("4")
    assert right.correct is True and shown(view.output_grid)[0][1] == "4"
    again = predict.check_guess("3")  # a revealed cell is compared openly
    assert again.correct is False and "= 4" in again.text
    unreadable = predict.check_guess("four")
    assert unreadable.correct is None and "not a number" in unreadable.text


def test_new_numbers_hide_everything_again_and_stop_shows_the_view_as_before(view):
    predict = StepsPredict(view)
    predict.start()
    predict.reveal_all()
    view.load_example(VERTICAL_EDGE_7, VERTICAL_EDGE_KERNEL, stride=2)
    assert shown(view.output_grid) == [["?"] * 3] * 3
    predict.stop()
    view.go_to_step(view.step_count() - 1)
    assert view.output_grid.hidden() == frozenset()
    assert "?" not in view.expression_label.text()


def test_max_pooling_hides_the_winner_until_revealed(view):
    view.load_example(POOLING_4, mode="max", pool_size=2)
    predict = StepsPredict(view)
    predict.start()
    assert view.input_grid.highlighted("winner") == frozenset()
    assert view.window_grid.highlighted("winner") == frozenset()
    assert view.expression_label.text().endswith("= ?</b>")
    predict.reveal_current()
    assert view.input_grid.highlighted("winner") == {(1, 1)}  # 0.9 wins the first window
    assert shown(view.output_grid)[0][0] == "0.9"


def test_close_enough_accepts_the_value_as_shown():
    assert close_enough(0.78, 7 / 9) and close_enough(0.53, 0.525) and close_enough(5, 5.0)
    assert not close_enough(0.7, 7 / 9) and not close_enough(4, 5)


# ---------------------------------------------------------------------------- output size quiz

@pytest.mark.parametrize(
    ("text", "size"),
    [("4", (4, 4)), ("4x4", (4, 4)), ("4 × 5", (4, 5)), ("4 by 5", (4, 5)), ("3, 2", (3, 2)), ("none", None), ("0", None)],
)
def test_parse_size(text, size):
    assert parse_size(text) == size


def test_parse_size_refuses_words():
    with pytest.raises(ValueError, match="rows×columns"):
        parse_size("big")


def test_size_quiz_covers_the_answer_and_checks_a_right_one(view):
    quiz = SizeQuiz(view)
    quiz.ask()
    for name, cover in quiz.covers.items():
        assert cover.is_covering(), name
        assert cover.geometry() == cover.target().rect()
    assert "6×6 input" in quiz.question() and "3×3 kernel" in quiz.question()
    verdict = quiz.check("4×4")
    assert verdict.correct is True and "4×4" in verdict.text
    assert output_size_formula(6, 3) in verdict.text  # "⌊(6 + 2·0 − 1·(3 − 1) − 1) / 1⌋ + 1 = 4"
    assert not any(cover.is_covering() for cover in quiz.covers.values())


def test_size_quiz_wrong_and_unreadable_answers(view):
    view.load_example(VERTICAL_EDGE_7, VERTICAL_EDGE_KERNEL, stride=2, padding=1)
    quiz = SizeQuiz(view)
    quiz.ask()
    unreadable = quiz.check("large")
    assert unreadable.correct is None and quiz.is_open()  # the class may try again: still covered
    verdict = quiz.check("5")
    expected = F.conv2d(torch.zeros(1, 1, 7, 7), torch.zeros(1, 1, 3, 3), stride=2, padding=1).shape[-2:]
    assert tuple(expected) == (4, 4)
    assert verdict.correct is False and "Not 5×5" in verdict.text and "Try again" in verdict.text
    assert "4×4" not in verdict.text and quiz.is_open()  # still covered: the class tries again
    assert all(cover.is_covering() for cover in quiz.covers.values())
    answer = quiz.reveal()  # the teacher gives it
    assert "4×4" in answer.text and output_size_formula(7, 3, padding=1, stride=2) in answer.text
    assert not quiz.is_open()


def test_size_quiz_with_different_rows_and_columns(view):
    view.load_example([[3, 6, 9, 3, 0, 3, 9, 6, 3]], [[1, 1, 1]])
    quiz = SizeQuiz(view)
    quiz.ask()
    verdict = quiz.check("1x7")
    assert verdict.correct is True
    assert output_size_formula(1, 1) in verdict.text and output_size_formula(9, 3) in verdict.text


# ---------------------------------------------------------------------------- LeNet: which digit?

def test_digit_guess_hides_the_probabilities_until_revealed(qtbot, worker):
    from convviz.app.views.lenet.view import LeNetView
    from convviz.model import LeNet, default_weights_path, load_lenet

    def model(device="cpu"):
        if default_weights_path().is_file():
            return load_lenet(device)
        torch.manual_seed(0)
        return LeNet().eval()

    view = LeNetView(worker, load_model=model, seed=7)
    qtbot.addWidget(view)
    view.resize(1600, 1000)
    view.show()
    qtbot.waitUntil(lambda: view.result() is not None, timeout=30000)
    guess = DigitGuess(view)
    before = view.bars.grab().toImage()
    guess.hide()
    for name, cover in guess.covers.items():
        assert cover.is_covering() and cover.isVisible(), name
        assert cover.geometry() == cover.target().rect()
    covered = view.bars.grab().toImage()
    assert covered != before  # the bars are not what the class sees
    probabilities = np.asarray(view.result().layers["softmax"]).reshape(-1)
    winner = int(np.argmax(probabilities))
    other = (winner + 1) % 10
    verdict = guess.reveal(other, 0.5)
    assert verdict.correct is False
    assert f"The network reads {winner}, {probabilities[winner]:.1%} sure" in verdict.text
    assert f"your {other} only {probabilities[other]:.1%}" in verdict.text
    assert "label is 7" in verdict.text  # test digit #0 is a 7
    assert not any(cover.is_covering() for cover in guess.covers.values())
    guess.hide()
    right = guess.reveal(winner, float(probabilities[winner]))
    assert right.correct is True and "about as sure" in right.text


def test_digit_guess_without_a_trained_network_says_so(qtbot, worker):
    from convviz.app.views.lenet.view import LeNetView

    def missing(device="cpu"):
        raise ValueError("no weights here")

    view = LeNetView(worker, load_model=missing)
    qtbot.addWidget(view)
    guess = DigitGuess(view)
    assert not guess.available()
    guess.hide()
    assert not guess.is_hidden()
    assert guess.reveal(3, 0.5).correct is None


# ---------------------------------------------------------------------------- through the main window

@pytest.fixture
def window(qtbot, make_window, worker):
    window = make_window(worker=worker, start_view="steps", size=(1600, 1000))
    qtbot.waitUntil(lambda: "steps" in window.views, timeout=60000)
    return window


def test_keys_hide_reveal_and_ask_the_size_in_the_main_window(qtbot, window):
    view = window.views["steps"]
    view.load_example(VERTICAL_EDGE_6, VERTICAL_EDGE_KERNEL)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_H)
    panel = window.lessons.exercises()
    assert window.lessons.exercise_dock().isVisible()
    assert shown(view.output_grid) == [["?"] * 4] * 4
    qtbot.keyClick(view, Qt.Key.Key_R)
    assert shown(view.output_grid)[0][0] == "5"
    panel.guess_box.setText("9")
    qtbot.mouseClick(panel.guess_button, Qt.MouseButton.LeftButton)  # still on (0, 0): 9 is wrong
    assert panel.cell_feedback.verdict.correct is False
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_R, Qt.KeyboardModifier.ShiftModifier)
    assert shown(view.output_grid) == true_texts(EDGE_OUTPUT)
    qtbot.keyClick(view, Qt.Key.Key_O)
    assert panel.quiz.is_open() and panel.size_box.hasFocus()
    qtbot.keyClicks(panel.size_box, "4x4")
    qtbot.keyClick(panel.size_box, Qt.Key.Key_Return)
    assert panel.size_feedback.verdict.correct is True
    assert not panel.quiz.is_open()
    qtbot.mouseClick(panel.hide_button, Qt.MouseButton.LeftButton)  # "Show everything again"
    assert not panel.predict.is_active() and view.output_grid.hidden() != {(0, 0)}


def test_the_size_question_covers_a_lesson_explanation_that_gives_it_away(qtbot, window):
    tools = window.lessons
    tools.loader.load_catalogue()
    qtbot.waitUntil(lambda: bool(tools.loader.lessons), timeout=60000)
    with qtbot.waitSignal(tools.loader.opened, timeout=30000):
        tools.loader.open_number(6)  # its explanation says "room for 4×4 positions"
    tools.size_action.trigger()
    assert tools.panel().explanation_cover.is_covering()
    panel = tools.exercises()
    panel.size_box.setText("4")
    panel.check_size()
    assert not tools.panel().explanation_cover.is_covering()
