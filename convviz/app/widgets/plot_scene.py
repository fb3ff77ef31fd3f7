"""Plots that paint once per change: a steady scene across tab switches, and everything settled before a paint.

Two things made a tab switch or a resize paint the window many times over:

- Qt deactivates a QGraphicsScene when its last view is hidden and activates
  it again when one is shown (as when the window loses and gains focus), and
  each flip makes every QGraphicsWidget of the scene (pyqtgraph's layouts,
  plots, axes, colour bars) repaint itself, one scene per turn of the event
  loop: a switch to the LeNet tab painted its 14 plots in 13 passes over the
  window instead of one. convviz's plots draw nothing that depends on
  activation (no focus items, no inactive palette), so once a scene has been
  active it stays active (`register_plot`).
- A resize posts the layouts' requests and the scenes' dirty regions after
  the window's own repaint request, so the window painted first, then laid
  out what had moved and painted it again. `settle_before_paint` (called by
  the main window when its repaint comes) lays out what waits to be laid
  out and lets each plot on screen update its view and hand in its dirty
  regions first: one paint shows everything.
- Any other window that holds a plot (a view on its own, a floating dock)
  settles the same way: when a plot is shown, its window gets a filter that
  settles before each repaint. Without it, each scene with news repainted
  the whole window at once (QGraphicsView sends its window's pending repaint
  request when its scene hands in changes): a LeNet update painted a window
  holding the view 14 times instead of once.

And every paint of a plot replayed each of its axes' recorded drawings
(pyqtgraph keeps an axis as a QPicture, and replaying one lays out and draws
its tick labels again: ~2 ms an axis, 46 axes in one switch back to the
convolution tab). `settle_before_paint` gives each axis of a plot on screen a
pixmap cache the first time: an axis is drawn again only when it changes
(pyqtgraph updates it then), else copied.
"""

from __future__ import annotations

import functools
import weakref

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QGraphicsTextItem, QGraphicsView, QWidget
from shiboken6 import isValid

_PLOTS: weakref.WeakSet[QGraphicsView] = weakref.WeakSet()
_AXES_CACHED: weakref.WeakSet[QGraphicsView] = weakref.WeakSet()
SETTLES_ITSELF = "convvizSettlesPlots"  # a window property: it calls settle_before_paint itself (the main window)


class _SteadyActivation(QObject):
    """Lets a scene's first activation through, then keeps it as it is."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt name
        if event.type() in (QEvent.Type.WindowActivate, QEvent.Type.WindowDeactivate):
            return isinstance(watched, QGraphicsScene) and watched.isActive()  # active already: stays so
        return False


class _SettleBeforePaint(QObject):
    """On its window's repaint request: layouts and plot scenes first, so that one paint shows them all."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt name
        if event.type() == QEvent.Type.UpdateRequest and isinstance(watched, QWidget):
            settle_before_paint(watched)
        return False


class _WindowSettles(QObject):
    """When a plot is shown: its window (a view on its own, a floating dock) settles before each paint."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt name
        if event.type() == QEvent.Type.Show and isinstance(watched, QGraphicsView):
            settle_window(watched.window())
        return False


def settle_window(window: QWidget) -> None:
    """From now on `window` settles layouts and plot scenes before each of its paints (once per window)."""
    if window.property(SETTLES_ITSELF):
        return
    window.setProperty(SETTLES_ITSELF, True)
    window.installEventFilter(_SettleBeforePaint(window))


@functools.cache
def warm_rich_text() -> None:
    """Lay out one rich text, once per process: what every plot's axes do (pyqtgraph sets their labels as
    HTML, 29 times for one plot). The first such layout costs 4-5 ms of set-up; a view building in slices
    pays it in a slice of its own, not in the one that makes its first plot (12.9 ms with it, 7 ms after)."""
    QGraphicsTextItem().setHtml('<span style="color: #000000; font-size: 9pt">0</span>')


def register_plot(view: QGraphicsView) -> None:
    """Keep `view`'s scene active once shown, and settle it before each paint of its window."""
    scene = view.scene()
    if scene is not None:
        scene.installEventFilter(_SteadyActivation(view))
    view.installEventFilter(_WindowSettles(view))
    _PLOTS.add(view)


def settle_before_paint(window: QWidget | None = None) -> None:
    """Lay out what waits to be laid out, then let each plot on screen (in `window`, if given) prepare its
    scene, before a paint. A plot whose updates are off (a view just placed, painted a turn later) prepares
    when it paints."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    for view in list(_PLOTS):
        if not isValid(view) or not view.isVisible() or not view.updatesEnabled() or \
                (window is not None and view.window() is not window):
            continue
        scene = view.scene()
        if view not in _AXES_CACHED:
            _AXES_CACHED.add(view)
            cache_axes(scene)
        prepare = getattr(scene, "prepareForPaint", None)  # pyqtgraph's: views and axes follow their new size
        if prepare is not None:
            prepare()
        QCoreApplication.sendPostedEvents(scene, QEvent.Type.MetaCall)  # the scene's dirty regions, now


def cache_axes(scene: QGraphicsScene | None) -> None:
    """Paint each pyqtgraph axis of `scene` from a pixmap, drawn again only when the axis changes."""
    from pyqtgraph import AxisItem

    for item in scene.items() if scene is not None else ():
        if isinstance(item, AxisItem) and item.cacheMode() == QGraphicsItem.CacheMode.NoCache:
            item.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
