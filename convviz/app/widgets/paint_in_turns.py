"""Paint a new view a part per turn of the event loop, not all of it in its first paint.

A view's first paint draws every widget at once: the Convolution view's was a
turn of ~20 ms of Qt's own painting (group boxes, the kernel's grid, the
labels) and a third again for its plots; LeNet's layer grids more. The window
held for that long in one turn. `PaintsInTurns` holds back the paints of the
parts it is given (a panel with everything in it, or a plot): each shows only
its background (a panel the window's behind it, a plot its own), then one part
paints per turn, in order, so no turn holds the window for much more than one
part. Nothing else changes: the parts are laid out, sized and shown as before
(visibility is the view's own business), and every part shows its content
within a few turns of the view's first paint.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QGraphicsView, QWidget
from shiboken6 import isValid

TURN_MS = 1  # the next part paints this long after the last turn ended
_PAINT = QEvent.Type.Paint


class PaintsInTurns(QObject):
    """Holds back the paints of `parts` (their background only) and lets them paint one per turn, in order.

    A part is a panel (it and every widget in it are held) or a plot (a
    `QGraphicsView`: its viewport, painted with the plot's background). A
    plot inside a panel that is a part too stays held until its own turn.
    """

    def __init__(self, parts: Sequence[QWidget], parent: QObject, then: Callable[[], None],
                 hidden: Sequence[HiddenPart] = ()) -> None:
        """`hidden`: parts `hide_for_now` hid; each is shown again in its turn (one not among `parts`, first)."""
        super().__init__(parent)
        self._hidden = {id(entry.part): entry for entry in hidden}
        parts = [*(entry.part for entry in hidden if entry.part not in parts), *parts]
        self._waiting: list[tuple[QWidget, list[QWidget]]] = []
        claimed: set[int] = set()
        plots_first = sorted(parts, key=lambda part: not isinstance(part, QGraphicsView))  # (the claims only)
        held: dict[int, list[QWidget]] = {}
        for part in plots_first:
            widgets = [part.viewport()] if isinstance(part, QGraphicsView) else [part, *part.findChildren(QWidget)]
            mine = [widget for widget in widgets if id(widget) not in claimed]
            claimed.update(id(widget) for widget in mine)
            held[id(part)] = mine
        for part in parts:  # released in the order given
            self._waiting.append((part, held[id(part)]))
            for widget in held[id(part)]:
                widget.installEventFilter(self)
        self._then = then
        self._timer = QTimer(self, singleShot=True, interval=TURN_MS)
        self._timer.timeout.connect(self._release_next)

    def start(self) -> None:
        """Release the first part in the turn after this one."""
        self._timer.start()

    def waiting(self) -> int:
        """How many parts still paint only their background."""
        return len(self._waiting)

    def finish(self) -> None:
        """Paint every part still waiting, now (a caller that needs the whole view now)."""
        while self._waiting:
            self._release(*self._waiting.pop(0))
        self._end()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt name
        if event.type() != _PAINT or not isinstance(watched, QWidget):
            return False
        owner = watched.parent()
        if isinstance(owner, QGraphicsView) and watched is owner.viewport():  # a plot: its background
            painter = QPainter(watched)
            painter.fillRect(watched.rect(), owner.backgroundBrush())
            painter.end()
        return True  # a panel's widget: what Qt filled in before the paint event (the window's background)

    def _release_next(self) -> None:
        while self._waiting:
            if self._release(*self._waiting.pop(0)):
                break  # one part painted this turn; the next one after it
        if self._waiting:
            self._timer.start()
        else:
            self._end()

    def _release(self, part: QWidget, widgets: list[QWidget]) -> bool:
        """Stop holding `part`'s paints back; True if it paints now (shown), False if it is hidden or gone."""
        for widget in widgets:
            try:
                widget.removeEventFilter(self)
            except RuntimeError:  # deleted meanwhile (a view rebuilt its panel)
                pass
        try:
            hidden = self._hidden.pop(id(part), None)
            if hidden is not None:
                hidden.show()
            shown = part.isVisible()
            target = part.viewport() if isinstance(part, QGraphicsView) else part
        except RuntimeError:
            return False
        if shown:
            target.repaint()  # now, in this turn: the next part's turn comes after this one is painted
        return shown

    def _end(self) -> None:
        for hidden in self._hidden.values():  # (not among the parts: none; kept for a part gone meanwhile)
            hidden.show()
        self._hidden.clear()
        self._timer.stop()
        then, self._then = self._then, None
        if then is not None:
            then()
        self.deleteLater()


class HiddenPart:
    """A part of a view hidden while the view is placed (`hide_for_now`), its room kept in the layout."""

    def __init__(self, part: QWidget) -> None:
        self.part = part
        self._parent = part.parentWidget()
        policy = part.sizePolicy()
        self._retained = policy.retainSizeWhenHidden()
        policy.setRetainSizeWhenHidden(True)
        part.setSizePolicy(policy)
        part.hide()

    def show(self) -> None:
        """Shown again, unless the view moved or hid it meanwhile (then where it is now is the view's choice)."""
        if not isValid(self.part):
            return
        policy = self.part.sizePolicy()
        policy.setRetainSizeWhenHidden(self._retained)
        self.part.setSizePolicy(policy)
        if self.part.parentWidget() is self._parent and self.part.isHidden():
            self.part.show()


def hide_for_now(parts: Sequence[QWidget]) -> list[HiddenPart]:
    """Hide each of `parts` that is shown, keeping its room: placing a view lays out, resizes and shows all that
    is shown in it in one turn (LeNet's: 10 ms, 4 of them its layers); `PaintsInTurns(hidden=...)` shows each
    again in a turn of its own."""
    return [HiddenPart(part) for part in parts if not part.isHidden()]
