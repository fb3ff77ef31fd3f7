"""Lecture-hall habits while presenting: a remote's Page Down / Up, and B or . to blank the screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, QSize, Qt

from convviz.app.main_window import MainWindow
from convviz.app.tools.presentation.controller import PresentationController


@pytest.fixture
def window(qtbot, worker, tmp_path, monkeypatch):
    monkeypatch.setattr(PresentationController, "screen_size", lambda self: QSize(1920, 1080))
    window = MainWindow(worker=worker, settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat),
                        start_view="steps")
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    qtbot.waitUntil(lambda: len(window.lessons.loader.lessons) > 20, timeout=60000)
    window.presentation.set_active(True)
    yield window
    window.presentation.set_active(False)


def open_lesson(qtbot, window, number: int) -> None:
    with qtbot.waitSignal(window.lessons.loader.opened, timeout=30000):
        window.lessons.menu.lesson_actions[number].trigger()


def current_lesson(window) -> int | None:
    current = window.lessons.loader.current
    return None if current is None else current.lesson.number


def page(qtbot, window, key) -> None:
    qtbot.keyClick(window, key)


def test_page_down_steps_then_goes_to_the_next_lesson_and_page_up_comes_back(qtbot, window):
    open_lesson(qtbot, window, 16)  # Steps: a 9×9 input, 49 positions
    steps = window.views["steps"]
    steps.go_to_step(0)
    page(qtbot, window, Qt.Key.Key_PageDown)
    assert steps.current_step() == 1 and current_lesson(window) == 16  # a step, not a lesson
    page(qtbot, window, Qt.Key.Key_PageUp)
    assert steps.current_step() == 0
    steps.go_to_step(steps.step_count() - 1)
    with qtbot.waitSignal(window.lessons.loader.opened, timeout=30000):
        page(qtbot, window, Qt.Key.Key_PageDown)  # no step left: the next lesson, as slides go on
    assert current_lesson(window) == 17 and window.current_view_name() == "convolution"
    with qtbot.waitSignal(window.lessons.loader.opened, timeout=30000):
        page(qtbot, window, Qt.Key.Key_PageUp)  # no steps in this view: the previous lesson
    assert current_lesson(window) == 16


def test_page_down_with_no_lesson_open_says_what_it_does(qtbot, window):
    steps = window.build_view("steps")
    window.show_view("steps")
    steps.go_to_step(steps.step_count() - 1)
    page(qtbot, window, Qt.Key.Key_PageDown)
    assert current_lesson(window) is None
    assert "once one is open" in window.statusBar().currentMessage()


def test_b_or_period_blanks_the_screen_and_nothing_moves_behind_it(qtbot, window):
    steps = window.build_view("steps")
    window.show_view("steps")
    steps.go_to_step(0)
    presentation = window.presentation
    page(qtbot, window, Qt.Key.Key_B)
    assert presentation.is_blank() and presentation.blank_action.isChecked()
    blank = presentation.blank
    assert blank.geometry() == window.rect()
    assert blank.grab().toImage().pixelColor(5, 5).name() == "#000000"
    for key in (Qt.Key.Key_Right, Qt.Key.Key_PageDown, Qt.Key.Key_H, Qt.Key.Key_3):
        page(qtbot, window, key)
    assert steps.current_step() == 0, "a key moved the steps behind the black"
    assert window.lessons.loader.current is None
    assert not window.lessons.answers_hidden(), "H hid the answers behind the black"
    assert presentation.is_blank()
    page(qtbot, window, Qt.Key.Key_B)
    assert not presentation.is_blank() and presentation.is_active()
    page(qtbot, window, Qt.Key.Key_Period)
    assert presentation.is_blank()
    page(qtbot, window, Qt.Key.Key_Escape)  # brings the picture back, and stays presenting
    assert not presentation.is_blank() and presentation.is_active()
    page(qtbot, window, Qt.Key.Key_Period)
    window.presentation.set_active(False)  # leaving presentation never leaves the screen black
    assert not presentation.is_blank()


def test_blank_from_the_view_menu_follows_the_window_size(qtbot, window):
    presentation = window.presentation
    presentation.set_active(False)
    presentation.blank_action.trigger()
    assert presentation.is_blank()
    window.resize(1200, 850)
    qtbot.waitUntil(lambda: presentation.blank.geometry() == window.rect(), timeout=2000)
    qtbot.mouseClick(presentation.blank, Qt.MouseButton.LeftButton)
    assert not presentation.is_blank() and not presentation.blank_action.isChecked()
