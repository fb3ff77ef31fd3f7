"""A first start shows once where the lessons and the Guide are; a headless run never does."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QDialog

from convviz.app.main_window import MainWindow
from convviz.app.tools.first_start.hint import SEEN_KEY


def make_window(qtbot, worker, ini, **options):
    window = MainWindow(worker=worker, settings=QSettings(str(ini), QSettings.Format.IniFormat), **options)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_the_first_start_points_at_the_lessons_and_the_guide_once(qtbot, worker, tmp_path):
    ini = tmp_path / "s.ini"
    window = make_window(qtbot, worker, ini)
    hint = window.first_start
    assert hint.is_showing()
    text = hint.card.plain_text()
    assert "Lessons" in text and "Guide" in text
    # it sits under the Lessons menu, inside the window
    bar = window.menuBar()
    lessons = bar.actionGeometry(window.lessons.menu.menu.menuAction())
    card = hint.card.geometry()
    assert card.top() >= bar.geometry().bottom() and window.rect().contains(card)
    tip = card.left() + hint.card.arrow_tip_x()
    assert abs(tip - bar.mapTo(window, lessons.center()).x()) <= 3, "the arrow does not point at the Lessons menu"
    hint.card.close_button.click()
    qtbot.waitUntil(lambda: not hint.is_showing(), timeout=2000)
    window.close()
    assert QSettings(str(ini), QSettings.Format.IniFormat).value(SEEN_KEY) in (True, "true")
    second = make_window(qtbot, worker, ini)
    assert not second.first_start.is_showing()
    second.close()


def test_the_guide_button_opens_the_guide(qtbot, worker, tmp_path):
    window = make_window(qtbot, worker, tmp_path / "s.ini")
    window.first_start.card.guide_button.click()
    guides = [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]
    assert [g.windowTitle() for g in guides] == ["convviz guide"]
    for guide in guides:
        guide.close()
    assert not window.first_start.is_showing()
    window.close()


def test_opening_the_lessons_menu_is_enough(qtbot, worker, tmp_path):
    window = make_window(qtbot, worker, tmp_path / "s.ini")
    window.lessons.menu.menu.aboutToShow.emit()
    qtbot.waitUntil(lambda: not window.first_start.is_showing(), timeout=2000)
    window.close()


def test_a_headless_run_never_shows_it_nor_writes_it(qtbot, worker, tmp_path):
    ini = tmp_path / "s.ini"
    window = make_window(qtbot, worker, ini, leave_no_trace=True)
    assert not window.first_start.is_showing()
    window.close()
    assert QSettings(str(ini), QSettings.Format.IniFormat).value(SEEN_KEY) is None
