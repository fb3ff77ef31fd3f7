"""Install the accessibility tools on a main window: View ▸ Reduce motion and the focus ring."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QProgressBar

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
        self._stilled: list[QProgressBar] = []  # busy bars made still by reduced motion
        self.reduced_motion.changed.connect(self._still_busy_bars)
        self._still_busy_bars(self.reduced_motion.is_on())
        # a tab's loading bar is made when the tab is first shown: made after reduced motion was set, still it
        window.tabs.currentChanged.connect(lambda _index: self._still_busy_bars(self.reduced_motion.is_on()))
        window.installEventFilter(self)

    def _still_busy_bars(self, reduced: bool) -> None:
        """Reduced motion: a "busy" bar (range 0–0, a block sliding to and fro) stands still, empty; its
        "Loading…" words stay. Off again: the bars still there slide again."""
        if reduced:
            for bar in self.window.findChildren(QProgressBar):
                if bar.minimum() == bar.maximum() == 0:
                    bar.setRange(0, 1)
                    bar.setValue(0)
                    self._stilled.append(bar)
        else:
            from shiboken6 import isValid

            for bar in self._stilled:
                if isValid(bar):
                    bar.setRange(0, 0)
            self._stilled.clear()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt name
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.focus_ring.shutdown()
            self.reduced_motion.restore()
        return False


def install_accessibility(window) -> AccessibilityTools:
    return AccessibilityTools(window)
