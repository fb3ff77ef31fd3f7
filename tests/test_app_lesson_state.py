"""Nothing stale around lessons: the lesson panel follows the view showing its lesson (or closes), and
hidden answers show their state in the Exercises menu and on screen, and reset with a new lesson."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt

from convviz.app.main_window import MainWindow
from convviz.lessons import builtin_lessons

TITLES = {lesson.number: lesson.title for lesson in builtin_lessons()}


@pytest.fixture
def window(qtbot, worker, tmp_path):
    window = MainWindow(worker=worker, settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat),
                        start_view="steps")
    qtbot.addWidget(window)
    window.resize(1600, 1000)
    window.show()
    qtbot.waitUntil(lambda: len(window.lessons.loader.lessons) == len(TITLES), timeout=60000)
    return window


def open_lesson(qtbot, window, number: int) -> None:
    with qtbot.waitSignal(window.lessons.loader.opened, timeout=30000):
        window.lessons.menu.lesson_actions[number].trigger()


def panel_title(window) -> str:
    return window.lessons.panel().title_label.text()


def dock_open(window) -> bool:
    return not window.lessons.panel_dock().isHidden()


def test_the_lesson_panel_follows_the_view_that_shows_its_lesson(qtbot, window):
    open_lesson(qtbot, window, 16)  # Steps
    open_lesson(qtbot, window, 17)  # Convolution
    window.show_view("steps")
    assert dock_open(window) and panel_title(window) == TITLES[16]
    assert window.lessons.loader.current.lesson.number == 16  # Next lesson goes on from the one on screen
    window.show_view("lenet")  # no lesson there: the panel closes
    assert not dock_open(window)
    window.show_view("convolution")
    assert dock_open(window) and panel_title(window) == TITLES[17]


def test_back_to_the_views_never_leaves_a_lesson_beside_another_lessons_picture(qtbot, window):
    open_lesson(qtbot, window, 16)  # the Steps view now shows lesson 16's X
    open_lesson(qtbot, window, 40)  # a concept lesson fills the window
    assert not window.lessons.views_visible() and panel_title(window) == TITLES[40]
    window.lessons.panel().views_button.click()
    assert window.lessons.views_visible() and window.current_view_name() == "steps"
    assert panel_title(window) == TITLES[16], "lesson 40's text beside lesson 16's picture"


def test_back_to_the_views_over_a_view_without_a_lesson_closes_the_panel(qtbot, window):
    open_lesson(qtbot, window, 40)
    window.lessons.panel().views_button.click()
    assert window.lessons.views_visible() and not dock_open(window)


def test_a_panel_the_teacher_closed_stays_closed(qtbot, window):
    open_lesson(qtbot, window, 16)
    window.lessons.panel_dock().close()
    window.show_view("lenet")
    window.show_view("steps")
    assert not dock_open(window)


def test_a_new_picture_ends_the_convolution_lesson(qtbot, window):
    open_lesson(qtbot, window, 17)
    assert dock_open(window)
    with qtbot.waitSignal(window.image_changed, timeout=30000):
        window.open_sample("checkerboard")
    assert not dock_open(window) and window.lessons.lesson_shown_in("convolution") is None


# ---------------------------------------------------------------------------- hidden answers

def press(qtbot, window, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    view = window.views[window.current_view_name()]
    view.setFocus()
    qtbot.keyClick(view, key, modifier)


def test_hiding_the_answers_is_ticked_in_the_menu_and_said_on_screen(qtbot, window):
    tools = window.lessons
    window.build_view("steps")
    assert tools.hide_action.isCheckable() and not tools.hide_action.isChecked()
    press(qtbot, window, Qt.Key.Key_H)
    panel = tools.exercises()
    assert tools.hide_action.isChecked() and tools.answers_hidden()
    assert tools.hidden_note.isVisible() and "hidden" in tools.hidden_note.text().lower()
    assert panel.hide_button.isChecked()
    press(qtbot, window, Qt.Key.Key_H)  # H again shows them
    assert not tools.hide_action.isChecked() and not tools.hidden_note.isVisible()
    assert not panel.predict.is_active() and not panel.hide_button.isChecked()
    press(qtbot, window, Qt.Key.Key_O)  # the size question hides an answer too
    assert tools.hide_action.isChecked() and tools.hidden_note.isVisible()


def test_a_new_lesson_shows_every_answer_again(qtbot, window):
    tools = window.lessons
    open_lesson(qtbot, window, 16)
    press(qtbot, window, Qt.Key.Key_H)
    assert tools.answers_hidden()
    open_lesson(qtbot, window, 18)  # Steps again
    view = window.views["steps"]
    assert not tools.answers_hidden() and not tools.hide_action.isChecked() and not tools.hidden_note.isVisible()
    assert "?" not in {view.output_grid.text_at(0, 0)}


def test_closing_the_exercise_panel_shows_every_answer_again(qtbot, window):
    tools = window.lessons
    window.build_view("steps")
    press(qtbot, window, Qt.Key.Key_H)
    assert tools.answers_hidden()
    tools.exercise_dock().close()
    assert not tools.answers_hidden() and not tools.hide_action.isChecked()


def test_a_wrong_guess_gets_another_try_until_the_teacher_reveals(qtbot, window):
    tools = window.lessons
    view = window.build_view("steps")
    press(qtbot, window, Qt.Key.Key_H)
    panel = tools.exercises()
    truth = view.output_grid  # hidden: "?" in every cell
    assert truth.text_at(0, 0) == "?"
    panel.guess_box.setText("123456")
    panel.check_cell_guess()
    assert panel.cell_feedback.verdict.correct is False and "Try again" in panel.cell_feedback.text()
    assert view.output_grid.text_at(0, 0) == "?"
    press(qtbot, window, Qt.Key.Key_R)  # the teacher reveals
    assert view.output_grid.text_at(0, 0) != "?" and panel.cell_feedback.text() == ""
    # the size: wrong, then another try, then Shift+R gives it
    press(qtbot, window, Qt.Key.Key_O)
    panel.size_box.setText("99x99")
    panel.check_size()
    assert panel.size_feedback.verdict.correct is False and panel.quiz.is_open()
    press(qtbot, window, Qt.Key.Key_R, Qt.KeyboardModifier.ShiftModifier)
    assert not panel.quiz.is_open() and "The output is" in panel.size_feedback.text()


def test_h_toggles_the_digit_answer_in_the_lenet_view(qtbot, window):
    tools = window.lessons
    view = window.build_view("lenet")
    window.show_view("lenet")
    qtbot.waitUntil(lambda: view.result() is not None, timeout=30000)
    press(qtbot, window, Qt.Key.Key_H)
    panel = tools.exercises()
    if not panel.guess.available():
        pytest.skip("no trained network shipped: nothing to hide")
    assert panel.guess.is_hidden() and tools.hide_action.isChecked() and panel.digit_hide_button.isChecked()
    window.show_view("steps")  # the Steps view hides nothing: the menu says so
    assert not tools.hide_action.isChecked() and not tools.hidden_note.isVisible()
    window.show_view("lenet")
    assert tools.hide_action.isChecked()
    press(qtbot, window, Qt.Key.Key_H)
    assert not panel.guess.is_hidden() and not tools.hide_action.isChecked()


def test_a_concept_lesson_puts_the_exercise_panel_away(qtbot, window):
    """A concept lesson has no view to predict in: the "Predict, then reveal" panel does not stay beside it."""
    open_lesson(qtbot, window, 6)
    exercises = window.lessons.exercise_dock()
    exercises.show()
    assert not exercises.isHidden()
    open_lesson(qtbot, window, 32)  # softmax: a concept lesson
    assert exercises.isHidden()
