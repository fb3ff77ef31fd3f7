"""Install the accessibility tools on a main window: View ▸ Reduce motion and the focus ring."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject

from convviz.app.tools.accessibility.focus_ring import FocusRing
from convviz.app.tools.accessibility.reduced_motion import ReducedMotion


class AccessibilityTools(QObject):
    """Reduced motion for every view's step player, and the focus ring, on one window."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.reduced_motion = ReducedMotion(window.settings, self)
        self.reduced_motion.add_to_menu(window.view_menu)
        self.focus_ring = FocusRing(window)
        for view in window.views.values():
            self.reduced_motion.follow(view.step_player())
        window.view_built.connect(lambda name: self.reduced_motion.follow(window.views[name].step_player()))
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt name
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.focus_ring.shutdown()
            self.reduced_motion.restore()
        return False


def install_accessibility(window) -> AccessibilityTools:
    return AccessibilityTools(window)
