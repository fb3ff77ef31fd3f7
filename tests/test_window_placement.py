"""The main window opens inside the screen it is on: pure rectangle fitting, and the real window."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from convviz.app.window_placement import FRAME_ALLOWANCE, centred_in, fit_into

LEFT, TOP, RIGHT, BOTTOM = FRAME_ALLOWANCE
coordinate = st.integers(-4000, 8000)
extent = st.integers(1, 6000)
screen_extent = st.integers(600, 4000)


def inside(rect, available) -> bool:
    x, y, w, h = rect
    ax, ay, aw, ah = available
    return x - LEFT >= ax and y - TOP >= ay and x + w + RIGHT <= ax + aw and y + h + BOTTOM <= ay + ah


@given(rect=st.tuples(coordinate, coordinate, extent, extent),
       available=st.tuples(st.integers(-2000, 4000), st.integers(-2000, 4000), screen_extent, screen_extent))
def test_a_fitted_window_and_its_frame_lie_inside_the_screen(rect, available):
    fitted = fit_into(rect, available)
    assert inside(fitted, available)
    assert fitted[2] <= rect[2] and fitted[3] <= rect[3]  # never larger than it was
    ax, ay, aw, ah = available
    assert fitted[2] == min(rect[2], aw - LEFT - RIGHT) and fitted[3] == min(rect[3], ah - TOP - BOTTOM)


@given(available=st.tuples(st.integers(-2000, 4000), st.integers(-2000, 4000), screen_extent, screen_extent),
       data=st.data())
def test_a_window_that_fits_stays_where_it_was(available, data):
    ax, ay, aw, ah = available
    w = data.draw(st.integers(1, aw - LEFT - RIGHT))
    h = data.draw(st.integers(1, ah - TOP - BOTTOM))
    x = data.draw(st.integers(ax + LEFT, ax + aw - RIGHT - w))
    y = data.draw(st.integers(ay + TOP, ay + ah - BOTTOM - h))
    assert fit_into((x, y, w, h), available) == (x, y, w, h)


def test_a_big_saved_window_on_a_projector():
    # saved on a 1920×1080 monitor, opened on a 1024×768 projector that sits to its right
    assert fit_into((200, 100, 1600, 950), (1920, 0, 1024, 740)) == (1920 + LEFT, TOP, 1024 - LEFT - RIGHT,
                                                                       740 - TOP - BOTTOM)


def test_the_first_start_is_centred_and_no_bigger_than_asked():
    assert centred_in((1440, 900), (0, 0, 1920, 1040)) == (240, 84, 1440, 900)
    small = centred_in((1440, 900), (0, 0, 1024, 738))
    assert inside(small, (0, 0, 1024, 738)) and small[2] == 1024 - LEFT - RIGHT and small[3] == 738 - TOP - BOTTOM


def _window(qtbot, worker, settings):
    from convviz.app.main_window import MainWindow

    window = MainWindow(worker=worker, settings=settings)
    qtbot.addWidget(window)
    return window


def _inside_screen(window) -> bool:
    room = window.screen().availableGeometry()
    g = window.geometry()
    return inside((g.x(), g.y(), g.width(), g.height()), (room.x(), room.y(), room.width(), room.height()))


def test_the_first_start_opens_inside_a_small_screen(qtbot, worker, tmp_path):
    from PySide6.QtCore import QSettings

    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window = _window(qtbot, worker, settings)  # the offscreen test screen is 800×800: smaller than the default
    assert _inside_screen(window), window.geometry()
    window.close()


def test_a_geometry_saved_on_a_bigger_screen_is_fitted(qtbot, worker, tmp_path):
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QMainWindow

    big = QMainWindow()
    big.setGeometry(1500, 900, 1800, 1100)  # on a monitor far bigger than this screen
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    settings.setValue("window/geometry", big.saveGeometry())
    big.deleteLater()
    window = _window(qtbot, worker, settings)
    assert _inside_screen(window), window.geometry()
    window.close()
