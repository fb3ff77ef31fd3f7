"""Presentation mode on the real main window: F11, large text, keys driving the Steps player, the pointer."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QLineEdit

from convviz.app.main_window import MainWindow
from convviz.app.presentation import FONT_ZOOM
from convviz.app.steps_state import EXAMPLES
from convviz.app.worker import ComputeWorker


@pytest.fixture
def worker():
    compute = ComputeWorker()
    yield compute
    compute.stop()


@pytest.fixture
def window(qtbot, worker, tmp_path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    main = MainWindow(worker, settings=settings, start_view="steps")
    qtbot.addWidget(main)
    main.resize(1400, 900)
    main.show()
    qtbot.waitExposed(main)
    main.build_view("steps")
    yield main
    main.presentation.set_active(False)


@pytest.fixture
def steps(window):
    view = window.views["steps"]
    window.show_view("steps")
    view.load_named_example(next(iter(EXAMPLES)))
    view.go_to_step(0)
    view.setFocus()
    return view


def test_f11_enters_presentation_mode_full_screen_with_larger_fonts(qtbot, window, steps):
    app_size = QApplication.font().pointSizeF()
    operator = steps.times_sign  # an explicitly sized label (40 px)
    operator_px = operator.font().pixelSize()
    note_before = steps.note_label.font().pointSizeF()  # follows the view's own 11 pt font
    qtbot.keyClick(window, Qt.Key.Key_F11)
    assert window.presentation.is_active() and window.fullscreen_action.isChecked()
    qtbot.waitUntil(window.isFullScreen, timeout=3000)
    assert QApplication.font().pointSizeF() == pytest.approx(app_size * FONT_ZOOM)
    assert operator.font().pixelSize() == round(operator_px * FONT_ZOOM)
    assert steps.note_label.font().pointSizeF() == pytest.approx(note_before * FONT_ZOOM)
    assert "Space play/pause" in window.statusBar().currentMessage()
    qtbot.keyClick(window, Qt.Key.Key_F11)
    assert not window.presentation.is_active() and not window.fullscreen_action.isChecked()
    qtbot.waitUntil(lambda: not window.isFullScreen(), timeout=3000)
    assert QApplication.font().pointSizeF() == pytest.approx(app_size)
    assert operator.font().pixelSize() == operator_px
    assert steps.note_label.font().pointSizeF() == pytest.approx(note_before)


def test_escape_leaves_presentation_mode(qtbot, window, steps):
    window.presentation.set_active(True)
    qtbot.keyClick(steps, Qt.Key.Key_Escape)
    assert not window.presentation.is_active()


def test_keys_drive_the_steps_player_whatever_has_the_focus(qtbot, window, steps):
    window.presentation.set_active(True)
    player = steps.player
    count = steps.step_count()
    assert count > 3
    focus = steps.controls  # the settings panel has the focus, not the view
    focus.setFocus()
    qtbot.keyClick(focus, Qt.Key.Key_Right)
    qtbot.keyClick(focus, Qt.Key.Key_Right)
    assert steps.current_step() == 2
    qtbot.keyClick(focus, Qt.Key.Key_Left)
    assert steps.current_step() == 1
    qtbot.keyClick(focus, Qt.Key.Key_PageDown)  # a presenter's clicker
    assert steps.current_step() == 2
    qtbot.keyClick(focus, Qt.Key.Key_End)
    assert steps.current_step() == count - 1
    qtbot.keyClick(focus, Qt.Key.Key_Home)
    assert steps.current_step() == 0

    speed = player.speed()
    qtbot.keyClick(focus, Qt.Key.Key_Plus)
    assert player.speed() > speed
    qtbot.keyClick(focus, Qt.Key.Key_Minus)
    qtbot.keyClick(focus, Qt.Key.Key_Minus)
    assert player.speed() < speed

    qtbot.keyClick(focus, Qt.Key.Key_Space)
    assert player.is_playing()
    qtbot.keyClick(focus, Qt.Key.Key_Space)
    assert not player.is_playing()


def test_keys_do_nothing_special_outside_presentation_mode_or_while_typing(qtbot, window, steps):
    steps.controls.setFocus()
    qtbot.keyClick(steps.controls, Qt.Key.Key_Right)
    assert steps.current_step() == 0  # not presenting: the panel keeps its keys
    window.presentation.set_active(True)
    editor = QLineEdit(steps.controls)  # a text field being typed in keeps every key
    editor.show()
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_3)
    qtbot.keyClick(editor, Qt.Key.Key_Space)
    assert editor.text() == "3 " and steps.current_step() == 0 and not steps.player.is_playing()


def test_number_keys_emit_the_lesson_hook(qtbot, window, steps):
    window.presentation.set_active(True)
    chosen = []
    window.presentation.number_pressed.connect(chosen.append)
    qtbot.keyClick(steps, Qt.Key.Key_3)
    qtbot.keyClick(steps, Qt.Key.Key_0)
    assert chosen == [3, 0]
    window.presentation.set_active(False)
    qtbot.keyClick(steps, Qt.Key.Key_4)
    assert chosen == [3, 0]


def test_pointer_highlight_toggles_and_follows_the_mouse(qtbot, window, steps):
    pointer = window.presentation.pointer
    assert not pointer.isVisible()
    window.presentation.pointer_action.trigger()
    assert pointer.isVisible() and pointer.geometry() == window.rect()
    target = steps.output_grid
    spot = QPoint(30, 25)
    with qtbot.waitSignal(pointer.moved, timeout=2000):
        qtbot.mouseMove(target, spot)
    assert pointer.center() == target.mapTo(window, spot)
    spot = QPoint(60, 70)
    qtbot.mouseMove(target, spot)
    qtbot.waitUntil(lambda: pointer.center() == target.mapTo(window, spot), timeout=2000)
    # the circle is really painted: its colour is in the window's picture at the centre, not elsewhere
    picture = window.grab().toImage()
    centre = pointer.center()
    ring_colour = picture.pixelColor(centre.x() + pointer.radius(), centre.y())
    assert ring_colour != picture.pixelColor(centre.x() + pointer.radius() + 40, centre.y())
    # P in presentation mode toggles it too
    window.presentation.set_active(True)
    qtbot.keyClick(steps, Qt.Key.Key_P)
    assert not pointer.isVisible() and not window.presentation.pointer_action.isChecked()


def test_a_view_built_while_presenting_gets_the_large_text(qtbot, window):
    window.presentation.set_active(True)
    view = window.build_view("convolution")
    title_font = QFont(view.conv_panel._title.font())
    window.presentation.set_active(False)
    assert view.conv_panel._title.font().pointSizeF() == pytest.approx(title_font.pointSizeF() / FONT_ZOOM)
