"""Paint a new view's plots one per turn of the event loop after the rest of it, not all in its first paint.

A view's first paint draws every plot at once (the Convolution view: a third of
its ~35 ms first paint; LeNet's layer grids more): the window held for that
long in one turn. `PlotsInTurns` has each plot's first paints show only
its background, then lets one plot paint per turn, so no turn holds the window
for much more than one plot. Nothing else changes: the plots are laid out,
sized and shown as before (visibility is the view's own business), and a plot
shows its content again on the first turn after the view's (a few
milliseconds).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

TURN_MS = 1  # the next plot paints this long after the last turn ended


class PlotsInTurns(QObject):
    """Holds back the plots' paints (their background only) and lets them paint one per turn."""

    def __init__(self, plots: Sequence[QAbstractScrollArea], parent: QObject, then: Callable[[], None]) -> None:
        super().__init__(parent)
        self._waiting = list(plots)
        self._then = then
        for plot in self._waiting:
            plot.viewport().installEventFilter(self)
        self._timer = QTimer(self, singleShot=True, interval=TURN_MS)
        self._timer.timeout.connect(self._release_next)

    def start(self) -> None:
        """Release the first plot in the turn after this one."""
        self._timer.start()

    def waiting(self) -> int:
        """How many plots still paint only their background."""
        return len(self._waiting)

    def finish(self) -> None:
        """Paint every plot still waiting, now (a caller that needs the whole view now)."""
        while self._waiting:
            self._release(self._waiting.pop(0))
        self._end()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt name
        if event.type() == QEvent.Type.Paint and isinstance(watched, QWidget):
            owner = watched.parent()
            brush = owner.backgroundBrush() if hasattr(owner, "backgroundBrush") else watched.palette().base()
            painter = QPainter(watched)
            painter.fillRect(watched.rect(), brush)
            painter.end()
            return True
        return False

    def _release_next(self) -> None:
        while self._waiting:
            plot = self._waiting.pop(0)
            if self._release(plot):
                break  # one plot painted this turn; the next one after it
        if self._waiting:
            self._timer.start()
        else:
            self._end()

    def _release(self, plot: QAbstractScrollArea) -> bool:
        """Stop holding `plot`'s paints back; True if it will paint now (shown), False if it is hidden."""
        try:
            viewport = plot.viewport()
        except RuntimeError:  # deleted meanwhile (a view rebuilt its panel)
            return False
        viewport.removeEventFilter(self)
        if not plot.isVisible():
            return False
        viewport.repaint()  # now, in this turn: the next plot's turn comes after this one is painted
        return True

    def _end(self) -> None:
        self._timer.stop()
        then, self._then = self._then, None
        if then is not None:
            then()
        self.deleteLater()
