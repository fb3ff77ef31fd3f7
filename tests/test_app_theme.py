"""Themes: palettes readable at a projector, the View ▸ Theme menu, following the system, remembering the choice."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import numpy as np
import pytest
import shiboken6
from PySide6.QtCore import QEvent, QObject, QSettings, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from convviz.app.theme import (
    DARK,
    HIGH_CONTRAST,
    LIGHT,
    SETTINGS_KEY,
    THEMES,
    ThemeManager,
    build_palette,
    palette_looks_dark,
    reapply_style_sheets,
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
def window(qtbot, make_window, worker, settings):
    main = make_window(worker=worker, settings=settings, start_view="steps")
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
    qtbot.waitUntil(lambda: ink(label).lightness() > 180, timeout=2000)  # light text on the dark window
    theme.actions["light"].trigger()
    assert QApplication.palette().color(QPalette.ColorRole.Window) == QColor(LIGHT.window)
    qtbot.waitUntil(lambda: ink(label).lightness() < 80, timeout=2000)
    theme.actions["high-contrast"].trigger()
    assert QApplication.palette().color(QPalette.ColorRole.WindowText) == QColor("#000000")
    assert settings.value(SETTINGS_KEY) == "high-contrast"


def test_a_fast_start_guesses_the_scheme_from_the_palette_and_confirms_it_after(qapp, settings):
    assert palette_looks_dark(build_palette(DARK)) and not palette_looks_dark(build_palette(LIGHT))
    app = qapp
    before = app.palette()
    app.setPalette(build_palette(DARK))  # a desktop whose palette is dark
    manager = ThemeManager(settings, guess_scheme=True)
    try:
        assert manager.current() == "dark"  # the guess, without asking for the scheme
        desktop = resolve_theme("system", QGuiApplication.styleHints().colorScheme())
        manager.confirm_scheme()  # the scheme itself decides from now on
        assert manager.current() == desktop
        QGuiApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
        assert manager.current() == "dark"
    finally:
        manager.restore_original()
        manager.deleteLater()
        app.setPalette(before)


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


def test_closing_the_window_gives_the_application_its_look_back(make_window, worker, settings):
    before = QApplication.palette().color(QPalette.ColorRole.Window)
    main = make_window(worker=worker, settings=settings, size=None, show=False)
    main.theme.set_choice("dark")
    assert QApplication.palette().color(QPalette.ColorRole.Window) == QColor(DARK.window)
    main.close()
    assert QApplication.palette().color(QPalette.ColorRole.Window) == before


def test_a_window_freed_by_the_cycle_collector_mid_switch_does_not_crash_the_app():
    """The crash the test suite hit at random: a theme switch while a closed window waits in a reference cycle.

    Wrapping `QApplication.allWidgets()` allocates; when the cycle collector ran
    then, it freed the waiting window and its children, whose pointers were still
    to be wrapped, and the process died (SIGSEGV). Here the collector runs at every
    allocation, so it happens every time; a fresh process, so a crash fails only this test.
    """
    code = textwrap.dedent(
        """
        import gc
        from PySide6.QtWidgets import QApplication, QLabel, QSpinBox, QVBoxLayout, QWidget
        from convviz.app.theme import reapply_style_sheets

        app = QApplication([])

        class Forgotten(QWidget):
            def __init__(self):
                super().__init__()
                self.myself = self  # a reference cycle: only the cycle collector frees it
                layout = QVBoxLayout(self)
                for i in range(40):
                    label = QLabel(str(i))
                    label.setStyleSheet("color: palette(window-text);")
                    layout.addWidget(label)
                    layout.addWidget(QSpinBox())

        for _ in range(3):
            Forgotten()
            gc.set_threshold(1)
            reapply_style_sheets()
            gc.set_threshold(700, 10, 10)
        gc.collect()
        print("alive")
        """
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-X", "faulthandler", "-c", code], capture_output=True, text=True, timeout=120, env=env,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "alive"


class _DeletesTheOthers(QLabel):
    """A label whose style change deletes other widgets in C++, as some Qt widgets do with their parts."""

    armed = False
    others: list[QLabel] = []

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt name
        if event.type() == QEvent.Type.StyleChange and self.armed:
            for other in self.others:
                if other is not self and shiboken6.isValid(other):
                    shiboken6.delete(other)
        super().changeEvent(event)


def test_widgets_deleted_by_another_ones_style_change_are_skipped(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    labels = [_DeletesTheOthers(str(i), parent) for i in range(3)]
    for label in labels:
        label.setStyleSheet("color: palette(window-text);")
        label.others = labels
    parent.show()  # only a polished widget hears of its sheet being set again
    qtbot.waitExposed(parent)
    for label in labels:
        label.armed = True
    # The first of them that the theme switch reaches deletes the others, which come later in its list:
    # the loop raised "Internal C++ object already deleted" when it reached one.
    reapply_style_sheets()
    assert sum(shiboken6.isValid(label) for label in labels) == 1


class _StyleChanges(QObject):
    """Counts the style changes (a style sheet set again, a new application style) each watched widget hears."""

    def __init__(self, *widgets: QWidget) -> None:
        super().__init__()
        self.counts = {id(widget): 0 for widget in widgets}
        for widget in widgets:
            widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt name
        if event.type() == QEvent.Type.StyleChange and id(watched) in self.counts:
            self.counts[id(watched)] += 1
        return False


def test_closing_a_window_keeps_the_style_and_refreshes_only_the_sheets_that_stay(qtbot, make_window, settings):
    """The window's look goes back on close without a new QStyle and without re-polishing the closing window."""
    outside = QLabel("stays open")
    qtbot.addWidget(outside)
    outside.setStyleSheet("color: palette(window-text);")
    outside.show()
    before = QApplication.palette().color(QPalette.ColorRole.WindowText)
    main = make_window(settings=settings, start_view="steps")
    qtbot.waitExposed(main)
    main.theme.set_choice("dark")
    inside = QLabel("closes", main)
    inside.setStyleSheet("color: palette(window-text);")
    inside.show()
    own_window = QLabel("a window of the window's own", main, Qt.WindowType.Tool)
    own_window.setStyleSheet("color: palette(window-text);")
    own_window.show()
    assert outside.palette().color(QPalette.ColorRole.WindowText) == QColor(DARK.window_text)
    style = shiboken6.getCppPointer(QApplication.style())
    changes = _StyleChanges(outside, inside, own_window)
    main.close()
    assert shiboken6.getCppPointer(QApplication.style()) == style  # the same style object: nothing re-polished
    assert changes.counts == {id(outside): 1, id(inside): 0, id(own_window): 0}
    assert outside.palette().color(QPalette.ColorRole.WindowText) == before
