"""A thick ring in the theme's accent colour around whatever has the keyboard focus.

Fusion marks the focus with a one-pixel line, lost on a projector and missing
on some controls (the matrix grids draw their own cell cursor only). The
ring is a see-through child laid over the window: it takes
no click or key, follows the focus (Tab, Shift+Tab, clicks) and the widget's
moves, and its width grows with the text (presentation mode's larger text
gets a thicker ring). convviz sets no application style sheet (see
`convviz.app.theme`), so the ring is painted here rather than by `:focus`
rules.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QColor, QFontInfo, QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication, QMenu, QMenuBar, QWidget
from shiboken6 import isValid

from convviz.app.widgets.layout_marks import mark_overlay

SMALLEST_WIDTH = 3  # pixels, at ordinary text sizes
GAP = 2  # pixels between the widget and the ring


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two colours (1 … 21)."""

    def luminance(colour: QColor) -> float:
        linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in colour.getRgbF()[:3]]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def ring_width(widget: QWidget) -> int:
    """The ring's width for `widget`'s text size: a fifth of a line of its text, at least SMALLEST_WIDTH."""
    return max(SMALLEST_WIDTH, round(QFontInfo(widget.font()).pixelSize() / 5))


class FocusRing(QWidget):
    """The focus ring of one main window (see the module docstring)."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._target: QWidget | None = None
        self._width = SMALLEST_WIDTH
        self.setObjectName("focusRing")
        mark_overlay(self)  # laid over the focused widget and its neighbours on purpose
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setAttribute(Qt.WidgetAttribute.WA_TranslucentBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.hide()
        QApplication.instance().focusChanged.connect(self._focus_changed)
        self._listening = True

    def target(self) -> QWidget | None:
        """The widget the ring is around now (None while it is hidden)."""
        return self._target if self.isVisible() else None

    def width_pixels(self) -> int:
        return self._width

    def color(self) -> QColor:
        """The theme's accent that stands out most from the window: the highlight, or on a dark window the
        lighter link blue (the dark theme's highlight is only about 3:1 against its window)."""
        palette = self.palette()
        window = palette.color(QPalette.ColorRole.Window)
        accents = (palette.color(QPalette.ColorRole.Highlight), palette.color(QPalette.ColorRole.Link))
        return max(accents, key=lambda accent: contrast(accent, window))

    def shutdown(self) -> None:
        """Stop following the focus (the window is closing; a window may be closed more than once)."""
        if self._listening and isValid(self):
            self._listening = False
            QApplication.instance().focusChanged.disconnect(self._focus_changed)
        self._follow(None)

    # ---------------------------------------------------------------- following
    def _focus_changed(self, _old, new) -> None:
        if not isValid(self):
            return
        wanted = new if new is not None and self._belongs(new) else None
        self._follow(wanted)

    def _belongs(self, widget: QWidget) -> bool:
        """A widget inside this window (menus draw their own highlight; dialogs and floating docks keep
        Fusion's own focus line, the ring never leaves the window that owns it)."""
        if isinstance(widget, (QMenu, QMenuBar)) or widget is self:
            return False
        return widget.window() is self._window

    def _follow(self, widget: QWidget | None) -> None:
        if self._target is not None and isValid(self._target):
            self._target.removeEventFilter(self)
        self._target = widget
        if widget is None:
            self.hide()
            return
        widget.installEventFilter(self)
        self._place()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt name
        if watched is self._target and event.type() in (
            QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.Hide, QEvent.Type.FontChange
        ):
            self._place()
        return False

    def _place(self) -> None:
        widget = self._target
        if widget is None or not isValid(widget) or not widget.isVisible():
            self.hide()
            return
        self._width = ring_width(widget)
        margin = self._width + GAP
        top_left = widget.mapTo(self._window, widget.rect().topLeft())
        area = QRect(top_left, widget.size()).adjusted(-margin, -margin, margin, margin)
        self.setGeometry(area.intersected(self._window.rect()))
        self._area = area
        self.show()
        self.raise_()
        self.update()

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(self.color(), self._width)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        ring = self._area.translated(-self.geometry().topLeft())
        half = self._width / 2
        painter.drawRoundedRect(ring.toRectF().adjusted(half, half, -half, -half), 4, 4)
