"""An opaque card laid over a widget, so the class cannot read it before guessing.

`Cover(target, text)` becomes a child of `target`, fills it exactly (it
follows every resize) and sits on top of its children. The target keeps
working underneath — only what the class sees changes, never the view's
state — and `uncover()` shows it again.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QLabel, QWidget

COVER_STYLE = (  # the theme's button colours: an opaque card that reads in light, dark and high contrast
    "QLabel { background: palette(button); color: palette(button-text); border: 2px dashed palette(mid);"
    " border-radius: 6px; font-weight: 600; }"
)
MAX_TEXT_PX = 34
MIN_TEXT_PX = 11


class Cover(QLabel):
    """A card with a short text ("?") over `target`; hidden until `cover()`."""

    def __init__(self, target: QWidget, text: str = "?") -> None:
        super().__init__(text, target)
        self._target = target
        self.setObjectName("exerciseCover")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setAutoFillBackground(True)
        self.setStyleSheet(COVER_STYLE)
        self.setAccessibleName(f"hidden until revealed: {text}")
        target.installEventFilter(self)
        self.hide()

    def cover(self, text: str | None = None) -> None:
        """Lay the card over the target (optionally with a new text)."""
        if text is not None:
            self.setText(text)
        self._fit()  # after the text: the size follows its length
        self.show()
        self.raise_()

    def uncover(self) -> None:
        self.hide()

    def is_covering(self) -> bool:
        """True while the card is laid over the target (whether or not the window is on screen)."""
        return not self.isHidden()

    def target(self) -> QWidget:
        return self._target

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt name
        if watched is self._target and event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self._fit()
        elif watched is self._target and event.type() == QEvent.Type.ChildAdded and self.is_covering():
            self.raise_()
        return False

    def _fit(self) -> None:
        rect = self._target.rect()
        self.setGeometry(rect)
        longest = max((len(line) for line in self.text().splitlines()), default=1) or 1
        by_width = int(rect.width() * 1.6 / longest)  # a character is about 0.6 of the pixel size wide
        font = self.font()
        font.setPixelSize(max(MIN_TEXT_PX, min(MAX_TEXT_PX, int(rect.height() * 0.45), by_width)))
        self.setFont(font)
