"""Presentation mode on the real main window: F11, large text, keys driving the Steps player, the pointer."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLineEdit

from convviz.app.tools.presentation.controller import FONT_ZOOM, PresentationController
from convviz.state.steps import EXAMPLES


@pytest.fixture
def projector(monkeypatch):
    """Present on a 1920×1080 projector (the offscreen test screen is only 800×800)."""
    size = {"room": QSize(1920, 1080)}
    monkeypatch.setattr(PresentationController, "screen_size", lambda self: size["room"])
    return size


@pytest.fixture
def window(qtbot, make_window, worker, projector):
    main = make_window("settings.ini", worker=worker, start_view="steps")
    qtbot.waitExposed(main)
    qtbot.waitUntil(lambda: main._libraries_ready, timeout=30000)  # its "Ready." must not hide our messages
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
    window_size = window.font().pointSizeF()
    operator = steps.times_sign  # an explicitly sized label (40 px)
    operator_px = operator.font().pixelSize()
    note = steps.note_label  # a label with a style sheet: it takes the application font, not its parent's
    note_before = note.font().pointSizeF()
    qtbot.keyClick(window, Qt.Key.Key_F11)
    assert window.presentation.is_active() and window.fullscreen_action.isChecked()
    qtbot.waitUntil(window.isFullScreen, timeout=3000)
    assert window.presentation.zoom.factor() == FONT_ZOOM
    assert window.font().pointSizeF() == pytest.approx(window_size * FONT_ZOOM)
    assert window.menuBar().font().pointSizeF() == pytest.approx(window_size * FONT_ZOOM)
    assert operator.font().pixelSize() == round(operator_px * FONT_ZOOM)
    assert note.font().pointSizeF() == pytest.approx(note_before * FONT_ZOOM)
    assert QApplication.font().pointSizeF() == app_size  # dialogs and views built later start from it
    assert "Space play/pause" in window.statusBar().currentMessage()
    qtbot.keyClick(window, Qt.Key.Key_F11)
    assert not window.presentation.is_active() and not window.fullscreen_action.isChecked()
    qtbot.waitUntil(lambda: not window.isFullScreen(), timeout=3000)
    assert window.font().pointSizeF() == pytest.approx(window_size)
    assert operator.font().pixelSize() == operator_px
    assert note.font().pointSizeF() == pytest.approx(note_before)


def test_text_grows_only_as_far_as_the_screen_holds_the_layout(qtbot, window, steps, projector):
    projector["room"] = QSize(640, 480)  # smaller than any projector the layout is made for (1024×768 holds 1.5×)
    window.presentation.set_active(True)
    factor = window.presentation.zoom.factor()
    assert 1.0 <= factor < FONT_ZOOM
    need = window.minimumSizeHint()
    assert factor == 1.0 or (need.width() <= 640 and need.height() <= 480)


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
    assert QGuiApplication.mouseButtons() == Qt.MouseButton.NoButton  # conftest: no test leaves a button down
    qtbot.mouseMove(target, QPoint(5, 5))  # the cursor may be left at a spot below: Qt drops a move that goes nowhere
    for spot in (QPoint(30, 25), QPoint(60, 70)):
        with qtbot.waitSignal(pointer.moved, timeout=2000):
            qtbot.mouseMove(target, spot)
        assert pointer.center() == target.mapTo(window, spot)
    # the circle is really painted: its colour is in the window's picture at the centre, not elsewhere
    picture = window.grab().toImage()
    centre = pointer.center()
    ring_colour = picture.pixelColor(centre.x() + pointer.radius(), centre.y())
    assert ring_colour != picture.pixelColor(centre.x() + pointer.radius() + 40, centre.y())
    # P in presentation mode toggles it too
    window.presentation.set_active(True)
    qtbot.keyClick(steps, Qt.Key.Key_P)
    assert not pointer.isVisible() and not window.presentation.pointer_action.isChecked()


def test_a_view_built_while_presenting_gets_the_large_text_and_gives_it_back(qtbot, window):
    window.presentation.set_active(True)
    factor = window.presentation.zoom.factor()
    view = window.build_view("convolution")
    title = view.conv_panel._title  # a bold title 1.25× its parent's font, set before the view joined the window
    zoomed = title.font().pointSizeF()
    bar = view.conv_panel._colorbar  # the colour bar's numbers grow too
    assert bar.tick_font().pointSizeF() == pytest.approx(QApplication.font().pointSizeF() * factor)
    window.presentation.set_active(False)
    assert title.font().pointSizeF() == pytest.approx(zoomed / factor)
    assert title.font().pointSizeF() == pytest.approx(QApplication.font().pointSizeF() * 1.25)
    assert bar.tick_font() is None  # back to the application's font
