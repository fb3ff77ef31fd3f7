"""Keep a plot's scene active while its tab is hidden and shown again: a tab switch paints each plot once.

Qt deactivates a QGraphicsScene when its last view is hidden and activates it
again when one is shown (as when the window itself loses and gains focus).
Each flip makes every QGraphicsWidget of the scene (pyqtgraph's layouts,
plots, axes, colour bars) repaint itself, one scene per turn of the event
loop: a switch to the LeNet tab painted its 14 plots in 13 passes over the
window, the parents behind them included, instead of one.

convviz's plots draw nothing that depends on activation (no focus items, no
inactive palette), so once a scene has been active it simply stays active.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QGraphicsScene, QGraphicsView


class _SteadyActivation(QObject):
    """Lets the first activation through, then keeps the scene as it is."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt name
        if event.type() in (QEvent.Type.WindowActivate, QEvent.Type.WindowDeactivate):
            return isinstance(watched, QGraphicsScene) and watched.isActive()  # active already: stays so
        return False


def keep_scene_active(view: QGraphicsView) -> None:
    """From its first activation on, `view`'s scene ignores being deactivated and activated again."""
    scene = view.scene()
    if scene is not None:
        scene.installEventFilter(_SteadyActivation(view))
