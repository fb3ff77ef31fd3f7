"""A big one-line text (the predicted digit) as large as its font says, smaller only where the room is short.

A 96-point digit needs about 150 pixels of height; on a 720-pixel-high
projector the column it sits in may not have them, and a plain label would
be cut. `FittedLabel` paints its text at its font's size, or at the largest
size that fits the height and width it was given, and asks the layout for
little: the room decides, the text is never clipped.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont, QFontInfo, QFontMetricsF, QPainter
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

MIN_PIXELS = 24  # never smaller than this: still a digit a class reads


class FittedLabel(QLabel):
    """A label whose text shrinks to fit its rectangle (down to `MIN_PIXELS`), never past it."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)

    def fitted_font(self) -> QFont:
        """The font the text is painted in: the label's own, or smaller to fit."""
        font = QFont(self.font())
        largest = QFontInfo(self.font()).pixelSize()
        room = self.contentsRect()
        font.setPixelSize(largest)
        metrics = QFontMetricsF(font)
        height, width = metrics.height(), metrics.horizontalAdvance(self.text() or "0")
        scale = min(1.0, room.height() / height if height else 1.0, room.width() / width if width else 1.0)
        font.setPixelSize(max(MIN_PIXELS, int(largest * scale)))
        return font

    def text_pixels(self) -> int:
        """The pixel size the text is painted at now (what the class reads)."""
        return self.fitted_font().pixelSize()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt name
        font = QFont(self.font())
        font.setPixelSize(MIN_PIXELS)
        metrics = QFontMetricsF(font)
        return QSize(int(metrics.horizontalAdvance(self.text() or "0")) + 2, int(metrics.height()) + 2)

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt name
        painter = QPainter(self)
        painter.setFont(self.fitted_font())
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(self.contentsRect(), int(self.alignment() or Qt.AlignmentFlag.AlignCenter), self.text())
