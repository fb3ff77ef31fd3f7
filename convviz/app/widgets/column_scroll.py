"""A column that scrolls up and down, never sideways, and is always as wide as its content needs.

A settings column or a lesson's text may be taller than a projector's screen
(it scrolls, and says so to the layout checks with `allow_scrolling`), but a
horizontal scroll bar would hide the right half of every line. `ColumnScroll`
turns that scroll bar off and asks the layout for the width its content
needs, so the column is never narrower than its buttons and words.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

from convviz.app.widgets.layout_marks import allow_scrolling


class ColumnScroll(QScrollArea):
    """A vertical-only scroll area around `content`, as wide as `content`'s minimum width."""

    def __init__(self, content: QWidget, parent: QWidget | None = None, *, frame: bool = False) -> None:
        super().__init__(parent)
        self.setWidget(content)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        if not frame:
            self.setFrameShape(QFrame.Shape.NoFrame)
        allow_scrolling(self)
        content.installEventFilter(self)  # its needs change (larger text, a group shown): the column's follow

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt name
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()
        return super().eventFilter(watched, event)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt name
        content = self.widget()
        hint = super().minimumSizeHint()
        if content is None:
            return hint
        width = content.minimumSizeHint().width() + 2 * self.frameWidth() + self.verticalScrollBar().sizeHint().width()
        return QSize(max(width, hint.width()), hint.height())
