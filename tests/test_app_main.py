"""The main window: views built from VIEW_MODULES, pictures opened, dropped and pasted, settings kept.

Every window here keeps its QSettings in a temporary .ini file, never in the
user's own settings.
"""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication, QImage
from PySide6.QtWidgets import QApplication, QTextBrowser

from convviz.app.views import VIEW_MODULES

SETTINGS = "convviz-settings.ini"  # in the test's tmp_path (make_window puts it there)


def settled_window(qtbot, make_window, worker, start_view="convolution"):
    window = make_window(SETTINGS, worker=worker, start_view=start_view, size=None)  # the size its settings give
    qtbot.waitUntil(lambda: window.view_is_settled(start_view), timeout=30000)
    return window


@pytest.fixture
def window(qtbot, make_window, worker):
    return settled_window(qtbot, make_window, worker)


@pytest.fixture
def picture_file(tmp_path):
    """A small colour PNG with a bright square, written with Pillow."""
    pixels = np.zeros((40, 60, 3), dtype=np.uint8)
    pixels[10:30, 20:40] = (250, 120, 30)
    path = tmp_path / "square.png"
    Image.fromarray(pixels).save(path)
    return path


@pytest.fixture
def broken_file(tmp_path):
    path = tmp_path / "broken.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n this is not really a picture")
    return path


def wait_for_picture(qtbot, window, name, timeout=10000):
    qtbot.waitUntil(lambda: window._image_name == name and window.view_is_settled("convolution"), timeout=timeout)


def test_views_come_from_view_modules(window):
    view = window.views["convolution"]
    assert window.tabs.currentWidget() is view
    assert window.tabs.count() == sum(1 for name in VIEW_MODULES if window.view_actions[name].isEnabled())
    assert view.current_maps() is not None
    assert window.timing_label.text().startswith("CPU ·") and window.timing_label.text().endswith("ms")


def test_view_menu_builds_another_view_on_demand(qtbot, window):
    if not window.view_actions["steps"].isEnabled():
        pytest.skip("the steps view is not installed")
    window.view_actions["steps"].trigger()
    qtbot.waitUntil(lambda: "steps" in window.views, timeout=15000)
    assert window.tabs.currentWidget() is window.views["steps"]
    assert window.view_actions["steps"].shortcut().toString() == "Ctrl+2"


def test_open_image_reaches_the_views_and_the_recent_list(qtbot, window, picture_file):
    window.open_path(picture_file)
    wait_for_picture(qtbot, window, "square.png")
    view = window.views["convolution"]
    assert view.image().shape == (3, 40, 60)
    assert view.image()[0, 20, 30] == pytest.approx(250 / 255)
    assert str(picture_file.resolve()) in window.recent.paths()
    assert "square.png" in window.statusBar().currentMessage()
    window._fill_recent_menu()
    assert "square.png" in [a.text() for a in window.recent_menu.actions()]


def test_broken_file_gives_a_message_and_keeps_the_picture(qtbot, window, picture_file, broken_file):
    window.open_path(picture_file)
    wait_for_picture(qtbot, window, "square.png")
    before = window.views["convolution"].image()
    window.open_path(broken_file)
    qtbot.waitUntil(lambda: "Could not open" in window.statusBar().currentMessage(), timeout=10000)
    assert "previous picture stays" in window.statusBar().currentMessage()
    assert window.views["convolution"].image() is before
    assert window.picture() is not None and window._image_name == "square.png"
    assert str(broken_file.resolve()) not in window.recent.paths()


def test_missing_file_and_folder_are_refused(qtbot, window, tmp_path):
    window.open_path(tmp_path / "nowhere.png")
    qtbot.waitUntil(lambda: "Could not open" in window.statusBar().currentMessage(), timeout=10000)
    window.statusBar().clearMessage()
    window.open_path(tmp_path)
    qtbot.waitUntil(lambda: "folder" in window.statusBar().currentMessage(), timeout=10000)


def drop(window, paths):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    position = QPointF(window.width() / 2, window.height() / 2)
    enter = QDragEnterEvent(position.toPoint(), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    accepted = enter.isAccepted()
    event = QDropEvent(position, Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, event)
    return accepted


def test_dropping_files(qtbot, window, picture_file, broken_file):
    assert drop(window, [picture_file])
    wait_for_picture(qtbot, window, "square.png")
    before = window.views["convolution"].image()
    assert drop(window, [broken_file])
    qtbot.waitUntil(lambda: "Could not open" in window.statusBar().currentMessage(), timeout=10000)
    assert window.views["convolution"].image() is before


def test_pasting_a_picture_and_pasting_nothing(qtbot, window):
    clipboard = QGuiApplication.clipboard()
    image = QImage(50, 30, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    for x in range(10, 20):
        for y in range(5, 25):
            image.setPixelColor(x, y, Qt.GlobalColor.red)
    clipboard.setImage(image)
    window.paste_action.trigger()
    wait_for_picture(qtbot, window, "pasted picture")
    picture = window.views["convolution"].image()
    assert picture.shape == (3, 30, 50)
    assert tuple(picture[:, 10, 15]) == (1.0, 0.0, 0.0)
    assert tuple(picture[:, 0, 0]) == (1.0, 1.0, 1.0)
    clipboard.setText("just some words")
    window.paste_action.trigger()
    assert "no picture" in window.statusBar().currentMessage()
    assert window.views["convolution"].image() is picture


def test_open_sample_from_the_menu(qtbot, window):
    file_menu = window.menuBar().actions()[0].menu()
    samples = next(a.menu() for a in file_menu.actions() if a.text() == "Open &sample")
    patterns = next(a.menu() for a in samples.actions() if a.text() == "Patterns")
    next(a for a in patterns.actions() if a.text() == "Checkerboard").trigger()
    wait_for_picture(qtbot, window, "checkerboard")
    assert window.views["convolution"].image().shape == (64, 64)


def test_device_choice_lists_present_devices_and_reaches_the_views(qtbot, window, monkeypatch):
    from convviz.core import available_devices

    devices = [window.device_box.itemData(i) for i in range(window.device_box.count())]
    assert devices == available_devices()
    seen = []
    monkeypatch.setattr(window.views["convolution"], "set_device", seen.append)
    window.device_box.addItem("Test device", "cpu")
    window.device_box.setCurrentIndex(window.device_box.count() - 1)
    assert seen == ["cpu"]


def test_geometry_and_recent_files_survive_a_restart(qtbot, make_window, worker, picture_file):
    first = settled_window(qtbot, make_window, worker)
    screen = first.screen().availableGeometry()  # a restored window is kept on the screen, frame and all
    first.resize(first.width(), min(777, screen.height() - 60))
    height = first.height()
    assert height != 900
    first.open_path(picture_file)
    wait_for_picture(qtbot, first, "square.png")
    first.close()
    second = make_window(SETTINGS, worker=worker, size=None, show=False)
    assert second.height() == height  # (the width is clamped to the small offscreen screen)
    assert second.recent.paths() == [str(picture_file.resolve())]


def test_about_and_guide(qtbot, window):
    about = window.show_about()
    body = about.findChild(QTextBrowser).toPlainText()
    for needle in ("Python", "Qt", "PySide6", "torch", "numpy", "CC BY-SA 3.0", "CC0"):
        assert needle in body
    about.close()
    guide = window.show_guide()
    assert "Convolution" in guide.findChild(QTextBrowser).toPlainText()
    guide.close()
