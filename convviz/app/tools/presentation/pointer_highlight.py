"""A large translucent circle that follows the mouse, so a class can see what the teacher points at.

`PointerHighlight` is a see-through child laid over the whole window: it never
takes a click or a key (every event passes to the widgets under it) and only
repaints the two small squares where the circle was and is. It learns where
the mouse is from the window's own QWindow, which receives every move,
whether or not the widget under the mouse tracks it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QWidget

RADIUS = 44  # pixels: about a fingertip on a projected screen
FILL_ALPHA = 70
RING_ALPHA = 220
RING_WIDTH = 4.0


class PointerHighlight(QWidget):
    """The circle overlay of `target` (a top-level window); hidden until `set_enabled(True)`."""

    moved = Signal(QPoint)  # the circle's new centre, in the target's coordinates

    def __init__(self, target: QWidget, color: str = "#E69F00", radius: int = RADIUS) -> None:
        super().__init__(target)
        self._target = target
        self._radius = radius
        self._color = QColor(color)
        self._center: QPoint | None = None
        self._enabled = False
        self._watched: QObject | None = None
        self.setObjectName("pointerHighlight")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setAttribute(Qt.WidgetAttribute.WA_TranslucentBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.hide()
        target.installEventFilter(self)

    # ---------------------------------------------------------------- public
    def set_enabled(self, enabled: bool) -> None:
        """Show the circle (it appears at the mouse's next move) or hide it."""
        self._enabled = bool(enabled)
        if self._enabled:
            self._watch_window()
            self.setGeometry(self._target.rect())
            self.raise_()
            self.show()
        else:
            self.hide()
            self._center = None

    def is_enabled(self) -> bool:
        return self._enabled

    def center(self) -> QPoint | None:
        """Where the circle is (target coordinates), or None before the mouse has moved."""
        return self._center

    def radius(self) -> int:
        return self._radius

    def set_radius(self, radius: int) -> None:
        self._radius = max(8, int(radius))
        self.update()

    def set_color(self, color: str | QColor) -> None:
        self._color = QColor(color)
        self.update()

    def move_to(self, point: QPoint) -> None:
        """Put the circle's centre at `point` (target coordinates); repaint only what changed."""
        old = self._center
        self._center = QPoint(point)
        if old is not None:
            self.update(self._bounds(old))
        self.update(self._bounds(self._center))
        self.moved.emit(QPoint(self._center))

    # ---------------------------------------------------------------- events
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt name
        kind = event.type()
        if watched is self._target:
            if kind in (QEvent.Type.Resize, QEvent.Type.Show) and self._enabled:
                self.setGeometry(self._target.rect())
                self.raise_()
                self._watch_window()
            elif kind == QEvent.Type.ChildAdded and self._enabled:
                self.raise_()  # stay above a view built after the circle was switched on
        elif watched is self._watched and self._enabled:
            if kind == QEvent.Type.MouseMove:
                self.move_to(self._target.mapFromGlobal(event.globalPosition().toPoint()))
            elif kind == QEvent.Type.Leave and self._center is not None:
                self.update(self._bounds(self._center))
                self._center = None
        return False

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt name
        if self._center is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fill = QColor(self._color)
        fill.setAlpha(FILL_ALPHA)
        ring = QColor(self._color)
        ring.setAlpha(RING_ALPHA)
        painter.setPen(QPen(ring, RING_WIDTH))
        painter.setBrush(fill)
        painter.drawEllipse(self._center, self._radius, self._radius)

    # ---------------------------------------------------------------- internals
    def _bounds(self, center: QPoint) -> QRect:
        reach = self._radius + int(RING_WIDTH) + 2
        return QRect(center.x() - reach, center.y() - reach, 2 * reach, 2 * reach)

    def _watch_window(self) -> None:
        handle = self._target.windowHandle()
        if handle is not None and handle is not self._watched:
            if self._watched is not None:
                self._watched.removeEventFilter(self)
            handle.installEventFilter(self)
            self._watched = handle
