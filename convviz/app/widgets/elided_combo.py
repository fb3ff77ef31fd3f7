"""A combo box that shortens its shown choice with "…" when it is narrower, and keeps the whole choice in its tooltip.

A settings column is as narrow as a projector needs it; Qt then cuts a long
choice ("Vertical edge [−1 0 1] (6") mid-word without saying so. This box
paints the choice elided at the right, like `ElidedLabel`, and its tooltip
holds the whole choice while it is shortened; the open list shows every
choice in full.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox, QStylePainter, QWidget


class ElidedComboBox(QComboBox):
    """A QComboBox whose shown choice is elided to fit; `is_elided()` says when, the tooltip shows it whole."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._own_tooltip = ""
        self.currentIndexChanged.connect(self._update_tooltip)

    def setToolTip(self, text: str) -> None:  # noqa: N802 - Qt name
        """A tooltip of its own (shown whole, before the full choice when that is elided)."""
        self._own_tooltip = text
        self._update_tooltip()

    def elided_text(self) -> str:
        """The choice as painted: shortened with "…" to the room of the box's text field."""
        return self.fontMetrics().elidedText(self.currentText(), Qt.TextElideMode.ElideRight, max(0, self._room()))

    def is_elided(self) -> bool:
        return self.elided_text() != self.currentText()

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt name
        painter = QStylePainter(self)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        if not self.isEditable():
            option.currentText = self.elided_text()
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt name
        super().resizeEvent(event)
        self._update_tooltip()

    def _room(self) -> int:
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        field = self.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                            QStyle.SubControl.SC_ComboBoxEditField, self)
        icon = self.itemIcon(self.currentIndex()) if self.currentIndex() >= 0 else None
        return field.width() - (self.iconSize().width() + 4 if icon is not None and not icon.isNull() else 0)

    def _update_tooltip(self, *_args) -> None:
        whole = self.currentText() if self.is_elided() else ""
        text = "\n".join(part for part in (self._own_tooltip, whole) if part)
        if text != super().toolTip():
            super().setToolTip(text)
