"""A one-line label that shortens its text with "…" when it is narrower, and keeps the whole text in its tooltip.

Titles and captions over maps grow with their text (a picture's name, a
shape) and, as plain labels, either widen the window past a projector's
1024 pixels or wrap into the map below them. `ElidedLabel` asks for no width
of its own beyond a few characters, never wraps, and when it has to shorten
its text says so: the full sentence is in the tooltip (and in `text()`).

`SteadyLine` holds such a label where its text changes with every result (a
readout under a live map): there a new text repaints the line and nothing else.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QLabel, QSizePolicy, QStyle, QStyleOption, QWidget

MIN_CHARACTERS = 6  # the narrowest it may become: "conv1…" still says what it is
# the changes that can make the text fit or not (a style sheet can set the font or the margins); palette,
# enabled, window activation and the rest, which a window sends every label many times while it is built, cannot
_CHANGES_WHAT_FITS = frozenset({QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.ContentsRectChange})


class ElidedLabel(QLabel):
    """A plain-text, single-line label elided at the right; `is_elided()` says when, the tooltip shows all."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._own_tooltip = ""
        self._elided: tuple[tuple[str, int, QFont] | None, str] = (None, "")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(False)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setText(text)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt name
        if text != self.text():
            super().setText(text)
            self._update_tooltip()
            self.updateGeometry()
            self.update()

    def setToolTip(self, text: str) -> None:  # noqa: N802 - Qt name
        """A tooltip of its own (shown whole, before the full text when that is elided)."""
        self._own_tooltip = text
        self._update_tooltip()

    def elided_text(self) -> str:
        """What is painted: the text, shortened with "…" to the room the label has.

        Kept for the text, room and font it was made for: a window asks for it hundreds of times while it
        is built (every resize, change event and paint), and measuring the text is the costly part."""
        text, room, font = self.text(), max(0, self._room()), self.font()
        made_for, elided = self._elided
        if made_for is None or made_for[0] != text or made_for[1] != room or made_for[2] != font:
            elided = QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight, room)
            self._elided = ((text, room, font), elided)
        return elided

    def is_elided(self) -> bool:
        return self.elided_text() != self.text()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt name
        metrics = QFontMetrics(self.font())
        margins = self.contentsMargins()
        width = metrics.horizontalAdvance("x" * MIN_CHARACTERS + "…") + margins.left() + margins.right()
        return QSize(min(width, self.sizeHint().width()), self.sizeHint().height())

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt name
        metrics = QFontMetrics(self.font())
        margins = self.contentsMargins()
        return QSize(
            metrics.horizontalAdvance(self.text()) + margins.left() + margins.right() + 2 * self.margin() + 1,
            metrics.height() + margins.top() + margins.bottom() + 2 * self.margin(),
        )

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt name
        super().resizeEvent(event)
        self._update_tooltip()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt name
        super().changeEvent(event)
        if event.type() in _CHANGES_WHAT_FITS:
            self._update_tooltip()  # a font change (presentation zoom) changes what fits

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt name
        painter = QPainter(self)
        option = QStyleOption()
        option.initFrom(self)
        rect = self.contentsRect().adjusted(self.margin(), self.margin(), -self.margin(), -self.margin())
        self.style().drawItemText(
            painter, rect, int(self.alignment()), option.palette, self.isEnabled(), self.elided_text(),
            self.foregroundRole(),
        )
        if self.hasFocus():
            option.rect = rect
            self.style().drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, option, painter, self)

    def _room(self) -> int:
        return self.contentsRect().width() - 2 * self.margin()

    def _update_tooltip(self) -> None:
        parts = [self._own_tooltip] if self._own_tooltip else []
        if self.is_elided() and self.text() not in parts:
            parts.insert(0, self.text())
        QLabel.setToolTip(self, "\n".join(parts))


class SteadyLine(QWidget):
    """One `ElidedLabel` held outside any layout: its new texts repaint the line and lay out nothing else.

    Every QLabel.setText asks its layout, and so every layout up to the window, to be done again (even
    when, as here, the label's size does not depend on its text): a readout under a live map relaid the
    whole window for each new map. This line is as tall as the label's one line, as wide as its own layout
    makes it, and the label fills it; its height follows the label's font (presentation zoom).
    """

    def __init__(self, label: ElidedLabel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = label
        label.setParent(self)  # no layout here: the label's geometry requests stop at this line
        self._height = label.sizeHint().height()
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt name
        return QSize(self.label.minimumSizeHint().width(), self._height)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt name
        return self.sizeHint()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:  # from the label: a new text, or a new font
            self._follow_label()
            return True
        if event.type() == QEvent.Type.Show:  # a font the label took while this line was hidden
            self._follow_label()
        return super().event(event)

    def _follow_label(self) -> None:
        height = self.label.sizeHint().height()
        if height != self._height:  # only a new font (presentation zoom) changes the line's height
            self._height = height
            self.updateGeometry()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt name
        super().resizeEvent(event)
        self.label.setGeometry(self.rect())
