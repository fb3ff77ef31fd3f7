"""Text reads in every theme: lesson panel, slide slips, covers and exercise feedback, measured on their pixels.

A fixed grey picked for a white window (#5F6368) sinks into the Dark theme's
near-black, and a fixed light card turns the Dark theme's light text
invisible. Each label is measured where it is painted (inside its panel's
picture, over whatever lies behind it): its background is its most common
pixel, its text the pixel farthest from that, and the two must contrast at
least 4.5:1 (WCAG AA).
"""

from __future__ import annotations

import re

import numpy as np
import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QScrollArea, QWidget

from convviz.app.theme import DARK, HIGH_CONTRAST, LIGHT, ThemeManager, build_palette
from convviz.app.views.convolution.products_panel import ProductsPanel
from convviz.app.widgets.status_colors import STATUS_COLORS, set_status_style, status_color

AA = 4.5


def contrast(a: str, b: str) -> float:
    """WCAG contrast ratio of two colours (1 … 21)."""

    def luminance(colour: str) -> float:
        channels = np.array(QColor(colour).getRgbF()[:3])
        linear = np.where(channels <= 0.04045, channels / 12.92, ((channels + 0.055) / 1.055) ** 2.4)
        return float(linear @ [0.2126, 0.7152, 0.0722])

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.fixture
def window(qtbot, make_window, worker):
    window = make_window(worker=worker, start_view="steps", size=(1600, 1000))
    qtbot.waitUntil(lambda: len(window.lessons.loader.lessons) > 40, timeout=60000)
    return window


def open_lesson(qtbot, window, number: int) -> None:
    with qtbot.waitSignal(window.lessons.loader.opened, timeout=30000):
        window.lessons.menu.lesson_actions[number].trigger()


def argb_pixels(picture: QImage) -> np.ndarray:
    """`picture`'s pixels as (height, width) 0xAARRGGBB values, as `QImage.pixel` gives them (one copy, no loop)."""
    picture = picture.convertToFormat(QImage.Format.Format_ARGB32)
    rows = np.frombuffer(picture.constBits(), dtype=np.uint8).reshape(picture.height(), picture.bytesPerLine())
    return rows[:, : 4 * picture.width()].copy().view("<u4")


def painted_colours(picture, widget: QWidget, within: QWidget) -> tuple[str, list[str]]:
    """`widget`'s background (its most common pixel; a tie goes to the first met column by column) and all
    its distinct pixels, as painted in `picture` (a grab of `within`)."""
    top_left = widget.mapTo(within, QPoint(0, 0))
    x0, y0 = max(top_left.x(), 0), max(top_left.y(), 0)
    x1 = min(top_left.x() + widget.width(), picture.width())
    y1 = min(top_left.y() + widget.height(), picture.height())
    region = argb_pixels(picture)[y0:y1, x0:x1].T.ravel()  # column by column, as the eye's loop read them
    values, first, counts = np.unique(region, return_index=True, return_counts=True)
    common = values[np.lexsort((first, -counts))[0]]
    return QColor.fromRgb(int(common)).name(), [QColor.fromRgb(int(value)).name() for value in values]


def painted_contrast(picture, widget: QWidget, within: QWidget) -> float:
    """Contrast of the strongest painted pixel against the background: the text as it reaches the eye."""
    background, pixels = painted_colours(picture, widget, within)
    return max(contrast(pixel, background) for pixel in pixels)


def label_contrast(picture, label: QLabel, within: QWidget) -> float:
    """The weakest of: the painted text, the label's own text colour and every colour its rich text names,
    each against the background painted behind the label (one readable span must not hide a faint one)."""
    background, _ = painted_colours(picture, label, within)
    declared = [label.palette().color(QPalette.ColorRole.WindowText).name()]
    declared += re.findall(r"color:\s*(#[0-9A-Fa-f]{6})", label.text())
    return min([painted_contrast(picture, label, within)] + [contrast(c, background) for c in declared])


def labels_with_text(panel: QWidget) -> list[QLabel]:
    return [label for label in panel.findChildren(QLabel)
            if label.isVisibleTo(panel) and label.text().strip() and label.width() > 4 and label.height() > 4]


def assert_every_label_reads(panel: QWidget, theme: str) -> list[QLabel]:
    """Every label of `panel`'s scrolled page, the parts scrolled out of sight included, reads."""
    panel = panel.findChild(QScrollArea).widget()
    picture = panel.grab().toImage()
    faint = {label.text()[:50]: round(label_contrast(picture, label, panel), 1) for label in labels_with_text(panel)}
    faint = {text: ratio for text, ratio in faint.items() if ratio < AA}
    assert not faint, f"text too faint in the {theme} theme: {faint}"
    return labels_with_text(panel)


@pytest.mark.parametrize("colors", [LIGHT, DARK, HIGH_CONTRAST], ids=lambda c: c.name)
@pytest.mark.parametrize("role", sorted(STATUS_COLORS))
def test_status_colours_read_on_their_theme(role, colors):
    shade = status_color(role, build_palette(colors))
    assert contrast(shade, colors.window) >= AA
    assert contrast(shade, colors.base) >= AA


def test_a_status_colour_follows_a_theme_switch_shown_or_hidden(qtbot, window):
    label, hidden = QLabel("✓ Right"), QLabel("✗ Wrong")
    window.statusBar().addWidget(label)
    window.statusBar().addWidget(hidden)
    window.theme.set_choice("light")
    set_status_style(label, "right", "font-weight: bold;")
    set_status_style(hidden, "wrong")
    hidden.hide()
    assert label.styleSheet() == f"color: {STATUS_COLORS['right'][0]}; font-weight: bold;"
    window.theme.set_choice("dark")  # the new sheet comes from the event loop, not inside Qt's palette event
    qtbot.waitUntil(lambda: label.styleSheet() == f"color: {STATUS_COLORS['right'][1]}; font-weight: bold;",
                    timeout=1000)
    hidden.show()  # it missed the switch while hidden
    qtbot.waitUntil(lambda: hidden.styleSheet() == f"color: {STATUS_COLORS['wrong'][1]};", timeout=1000)
    label.setStyleSheet("color: palette(window-text);")  # someone else's sheet is left alone
    window.theme.set_choice("light")
    QApplication.processEvents()  # where a follower would set its sheet (from the event loop)
    assert label.styleSheet() == "color: palette(window-text);"
    with pytest.raises(ValueError, match="unknown status colour"):
        status_color("purple")


@pytest.mark.parametrize("theme", ["dark", "light", "high-contrast"])
def test_lessons_and_exercises_read_in_every_theme(qtbot, window, theme):
    window.theme.set_choice(theme)
    tools = window.lessons
    open_lesson(qtbot, window, 6)  # Steps lesson with a slide slip
    panel = tools.panel()
    assert not panel.slip_box.isHidden()
    assert len(assert_every_label_reads(panel, theme)) >= 4
    open_lesson(qtbot, window, 40)  # concept lesson: parameter table and a slip
    assert len(assert_every_label_reads(panel, theme)) >= 4

    exercises = tools.exercises()
    tools.exercise_dock().show()
    exercises.start_cells()
    exercises.guess_box.setText("999")
    exercises.check_cell_guess()  # wrong: orange
    exercises.ask_size()  # covers the lesson's explanation
    exercises.size_box.setText("4×4")
    exercises.check_size()  # right: green
    assert exercises.cell_feedback.verdict.correct is False and exercises.size_feedback.verdict.correct is True
    exercises.size_box.clear()
    exercises.ask_size()
    qtbot.waitUntil(lambda: panel.explanation_cover.is_covering(), timeout=2000)
    assert panel.explanation_cover in assert_every_label_reads(panel, theme)  # the cover is a label too
    exercises.size_box.setText("4×4")
    exercises.check_size()
    assert {exercises.cell_feedback, exercises.size_feedback} <= set(assert_every_label_reads(exercises, theme))


@pytest.mark.parametrize("theme", ["dark", "light"])
def test_the_products_hint_reads_on_the_base_colour(qtbot, theme):
    themes = ThemeManager()  # the application's palette, as the main window sets it
    try:
        themes.set_choice(theme)
        panel = ProductsPanel()
        qtbot.addWidget(panel)
        panel.resize(500, 200)
        panel.show()
        viewport = panel.text.viewport()
        assert painted_contrast(viewport.grab().toImage(), viewport, viewport) >= AA
        panel.close()
    finally:
        themes.restore_original()


def test_a_status_colour_follows_a_theme_switch_while_presenting(qtbot, window):
    from convviz.app.widgets.ui_zoom import UiZoom

    label = QLabel("No output with these settings")
    window.statusBar().addWidget(label)
    window.theme.set_choice("light")
    zoom = UiZoom()
    zoom.apply(window, 1.5)
    try:
        set_status_style(label, "wrong", "font-size: 20px;")
        light, dark = STATUS_COLORS["wrong"]
        assert label.styleSheet() == f"color: {light}; font-size: 30px;"  # zoomed as any sheet is
        window.theme.set_choice("dark")
        qtbot.waitUntil(lambda: label.styleSheet() == f"color: {dark}; font-size: 30px;", timeout=1000)
    finally:
        zoom.restore()
    assert label.styleSheet() == f"color: {dark}; font-size: 20px;"
