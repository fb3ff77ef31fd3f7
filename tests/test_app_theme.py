"""Themes: palettes readable at a projector, the View ▸ Theme menu, following the system, remembering the choice."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from convviz.app.main_window import MainWindow
from convviz.app.theme import (
    DARK,
    HIGH_CONTRAST,
    LIGHT,
    SETTINGS_KEY,
    THEMES,
    ThemeManager,
    build_palette,
    resolve_theme,
)


def contrast(a: str, b: str) -> float:
    """WCAG contrast ratio of two colours (1 … 21)."""

    def luminance(colour: str) -> float:
        channels = np.array(QColor(colour).getRgbF()[:3])
        linear = np.where(channels <= 0.04045, channels / 12.92, ((channels + 0.055) / 1.055) ** 2.4)
        return float(linear @ [0.2126, 0.7152, 0.0722])

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize("colors", [LIGHT, DARK, HIGH_CONTRAST], ids=lambda c: c.name)
def test_every_theme_reads_from_the_back_of_a_room(colors):
    assert contrast(colors.window_text, colors.window) >= 7.0  # WCAG AAA for body text
    assert contrast(colors.text, colors.base) >= 7.0
    assert contrast(colors.muted, colors.window) >= 4.5  # hints and explanations: AA
    assert contrast(colors.highlighted_text, colors.highlight) >= 4.5
    assert contrast(colors.button_text, colors.button) >= 7.0
    if colors is HIGH_CONTRAST:
        assert contrast(colors.window_text, colors.window) == pytest.approx(21.0)
        assert colors.muted == colors.window_text  # no grey text at all


def test_palette_carries_the_theme_colours():
    palette = build_palette(DARK)
    assert palette.color(QPalette.ColorRole.Window) == QColor(DARK.window)
    assert palette.color(QPalette.ColorRole.WindowText) == QColor(DARK.window_text)
    assert palette.color(QPalette.ColorRole.PlaceholderText) == QColor(DARK.muted)
    assert palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text) == QColor(DARK.disabled_text)


def test_system_choice_follows_the_desktop_scheme():
    assert resolve_theme("system", Qt.ColorScheme.Dark) == "dark"
    assert resolve_theme("system", Qt.ColorScheme.Light) == "light"
    assert resolve_theme("system", Qt.ColorScheme.Unknown) == "light"
    assert resolve_theme("high-contrast", Qt.ColorScheme.Dark) == "high-contrast"
    with pytest.raises(ValueError, match="unknown theme 'sepia'"):
        resolve_theme("sepia")


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot, worker, settings):
    main = MainWindow(worker, settings=settings, start_view="steps")
    qtbot.addWidget(main)
    main.resize(1400, 900)
    main.show()
    qtbot.waitExposed(main)
    qtbot.waitUntil(lambda: main._libraries_ready, timeout=30000)  # its "Ready." must not hide our messages
    main.build_view("steps")
    return main


def ink(widget) -> QColor:
    """The colour of the text a widget paints: the pixel least like its background."""
    picture = widget.grab().toImage()
    background = widget.palette().color(QPalette.ColorRole.Window)
    best, distance = background, -1
    for y in range(0, picture.height(), 2):
        for x in range(0, picture.width(), 2):
            colour = picture.pixelColor(x, y)
            d = abs(colour.red() - background.red()) + abs(colour.green() - background.green()) + abs(
                colour.blue() - background.blue())
            if d > distance:
                best, distance = colour, d
    return best


def test_theme_menu_switches_the_palette_and_the_painted_text(qtbot, window, settings):
    theme = window.theme
    assert theme.choice() == "system" and theme.actions["system"].isChecked()
    label = window.views["steps"].formula_label  # its style sheet names palette(window-text)
    assert label.text()
    theme.actions["dark"].trigger()
    assert theme.current() == "dark" and theme.actions["dark"].isChecked()
    assert QApplication.palette().color(QPalette.ColorRole.Window) == QColor(DARK.window)
    qtbot.wait(20)
    text = ink(label)
    assert text.lightness() > 180  # light text on the dark window
    theme.actions["light"].trigger()
    qtbot.wait(20)
    assert QApplication.palette().color(QPalette.ColorRole.Window) == QColor(LIGHT.window)
    assert ink(label).lightness() < 80
    theme.actions["high-contrast"].trigger()
    assert QApplication.palette().color(QPalette.ColorRole.WindowText) == QColor("#000000")
    assert settings.value(SETTINGS_KEY) == "high-contrast"


def test_the_choice_is_remembered_and_system_follows_the_desktop(qtbot, settings):
    settings.setValue(SETTINGS_KEY, "dark")
    manager = ThemeManager(settings)
    try:
        assert manager.choice() == "dark" and manager.current() == "dark"
        manager.set_choice("system")
        with qtbot.waitSignal(manager.theme_changed, timeout=1000) as changed:
            QGuiApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
        assert changed.args == ["dark"] and manager.colors() is THEMES["dark"]
        manager.set_choice("light")
        QGuiApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
        assert manager.current() == "light"  # an explicit choice ignores the desktop
        with pytest.raises(ValueError):
            manager.set_choice("neon")
        assert manager.choice() == "light"
    finally:
        manager.restore_original()
        manager.deleteLater()


def test_closing_the_window_gives_the_application_its_look_back(qtbot, worker, settings):
    before = QApplication.palette().color(QPalette.ColorRole.Window)
    main = MainWindow(worker, settings=settings)
    qtbot.addWidget(main)
    main.theme.set_choice("dark")
    assert QApplication.palette().color(QPalette.ColorRole.Window) == QColor(DARK.window)
    main.close()
    assert QApplication.palette().color(QPalette.ColorRole.Window) == before
