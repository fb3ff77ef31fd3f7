"""Arrow keys for widgets that are otherwise only clicked (maps drawn with pyqtgraph): the keyboard way in.

`ArrowKeys(widget, move)` calls `move(d_row, d_col)` on ←/→/↑/↓ while `widget`
has the focus; when `move` returns True the key is used up (a graphics view
would otherwise scroll).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QWidget

ARROWS = {
    Qt.Key.Key_Left: (0, -1),
    Qt.Key.Key_Right: (0, 1),
    Qt.Key.Key_Up: (-1, 0),
    Qt.Key.Key_Down: (1, 0),
}
_PLAIN = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)


class ArrowKeys(QObject):
    """Arrow keys on one widget, handed to a `move(d_row, d_col) -> bool` function."""

    def __init__(self, widget: QWidget, move: Callable[[int, int], bool]) -> None:
        super().__init__(widget)
        self._move = move
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt name
        if event.type() == QEvent.Type.KeyPress and event.modifiers() in _PLAIN:
            step = ARROWS.get(event.key())
            if step is not None and self._move(*step):
                return True
        return False


def clamp_cell(row: int, col: int, rows: int, cols: int) -> tuple[int, int]:
    return min(max(row, 0), rows - 1), min(max(col, 0), cols - 1)
