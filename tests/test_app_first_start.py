"""A first start on a small screen (a 1024×768 projector): the window opens inside the screen's free room."""

from __future__ import annotations


def test_a_first_start_opens_inside_the_screen(qtbot, worker, tmp_path):
    """No saved geometry: the window is DEFAULT_SIZE or the screen's free room, whichever is smaller, and on it."""
    from PySide6.QtCore import QSettings, QSize

    from convviz.app.main_window import DEFAULT_SIZE, MainWindow

    window = MainWindow(worker, settings=QSettings(str(tmp_path / "fresh.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    available = window.screen().availableGeometry()
    assert QSize(*DEFAULT_SIZE).width() > available.width()  # the test screen is smaller than the default
    assert window.width() <= available.width() and window.height() <= available.height()
    assert available.contains(window.geometry())
