"""A tab switch paints what it shows once, and leaves hidden work alone (issue 14: switches within two frames).

These tests count what a switch does (paint passes, relayouts); how long it
takes is measured in benchmarks/bench_soak.py, never here.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QLabel, QTabWidget

from convviz.app.widgets.plot_scene import register_plot


def show_page(tabs: QTabWidget, index: int) -> None:
    """Switch tabs and deliver everything the switch posted (its paints included), as one event-loop turn does."""
    tabs.setCurrentIndex(index)
    for _ in range(3):
        QApplication.processEvents()


class EventCounter(QObject):
    """Counts events of some kinds sent to the objects it watches."""

    def __init__(self, *kinds: QEvent.Type) -> None:
        super().__init__()
        self.kinds = kinds
        self.count = 0

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt name
        if event.type() in self.kinds:
            self.count += 1
        return False


def test_a_plot_scene_stays_active_and_its_plot_paints_once_when_its_tab_comes_back(qtbot):
    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    steady, plain = pg.PlotWidget(), pg.PlotWidget()
    register_plot(steady)
    for plot in (steady, plain):
        plot.plot([0, 1, 2], [1, 0, 1])
    tabs.addTab(QLabel("other"), "other")
    tabs.addTab(steady, "steady")
    tabs.addTab(plain, "plain")
    tabs.resize(400, 300)
    tabs.show()
    qtbot.waitExposed(tabs)
    tabs.activateWindow()
    for index in (1, 2, 0):  # each plot shown once: its scene is activated as Qt always does
        show_page(tabs, index)
    assert steady.scene().isActive()  # hidden, yet still active: nothing of it repaints while hidden
    assert not plain.scene().isActive()  # what Qt does without it

    paints = {}
    for name, plot in (("steady", steady), ("plain", plain)):
        counter = EventCounter(QEvent.Type.Paint)
        plot.viewport().installEventFilter(counter)
        show_page(tabs, tabs.indexOf(plot))
        plot.viewport().removeEventFilter(counter)
        paints[name] = counter.count
        show_page(tabs, 0)
    assert paints["steady"] == 1
    assert paints["plain"] > paints["steady"]  # the flip repainted it again: the cost this avoids
    assert steady.scene().isActive()


def test_a_view_is_laid_out_once_when_the_lesson_panel_closes_or_opens_with_it(qtbot, make_window, worker):
    from convviz.lessons import builtin_lessons

    window = make_window(worker=worker, start_view="convolution", size=(1600, 1000))
    for name in ("steps", "convolution"):
        window.show_view(name)
        qtbot.waitUntil(lambda n=name: n in window.views, timeout=60000)
    tools = window.lessons
    qtbot.waitUntil(lambda: bool(tools.loader.lessons), timeout=60000)
    lesson = next(lesson for lesson in builtin_lessons() if lesson.view == "convolution")
    with qtbot.waitSignal(tools.loader.opened, timeout=30000):
        tools.loader.open_lesson(lesson)
    panel = tools._panel_dock
    views = {name: window.views[name] for name in ("steps", "convolution")}
    resizes = {name: EventCounter(QEvent.Type.Resize) for name in views}
    for name, view in views.items():
        view.installEventFilter(resizes[name])
    widths = {}
    for coming, leaving in (("steps", "convolution"), ("convolution", "steps"), ("steps", "convolution")):
        for counter in resizes.values():
            counter.count = 0
        window.show_view(coming)
        for _ in range(3):
            QApplication.processEvents()
        assert resizes[coming].count <= 1  # laid out at its final size only, never first at the old one
        assert resizes[leaving].count == 0  # nothing laid out for a size it is not shown at
        assert panel.isVisible() == (coming == "convolution")  # the lesson panel follows the view, as before
        widths[coming] = views[coming].width()
    assert widths["steps"] > widths["convolution"]  # the room the closed panel left is the view's


def test_a_resized_window_paints_its_plots_once_more_at_most_when_settled_first(qtbot, make_window, worker, monkeypatch):
    """Layouts and plot scenes are settled before the window paints, so a resize repaints the plots in fewer
    passes. (Not one each: the maps are coloured again at their new size, and pyqtgraph sizes a colour bar's
    axis to its labels while painting, after which the splitter around it moves.)"""
    from PySide6.QtWidgets import QGraphicsView

    from convviz.app.widgets import plot_scene

    window = make_window(worker=worker, start_view="convolution", size=(1400, 900))
    qtbot.waitUntil(lambda: window.view_is_settled("convolution"), timeout=60000)
    plots = [view for view in window.views["convolution"].findChildren(QGraphicsView) if view.isVisible()]
    assert plots
    counters = [EventCounter(QEvent.Type.Paint) for _ in plots]
    for plot, counter in zip(plots, counters):
        plot.viewport().installEventFilter(counter)

    def paints_for_a_resize(size) -> list[int]:
        for counter in counters:
            counter.count = 0
        window.resize(*size)
        for _ in range(5):
            QApplication.processEvents()
        return [counter.count for counter in counters]

    settled = paints_for_a_resize((1200, 850)) + paints_for_a_resize((1400, 900))
    monkeypatch.setattr(plot_scene, "settle_before_paint", lambda: None)  # what the window did before
    unsettled = paints_for_a_resize((1200, 850)) + paints_for_a_resize((1400, 900))
    assert sum(settled) < sum(unsettled)


def test_a_plots_axes_are_drawn_again_only_when_they_change(qtbot, monkeypatch):
    """Each paint replayed every axis's recorded drawing (tick labels laid out again); settled once on screen,
    an axis paints from its pixmap until it changes."""
    from convviz.app.widgets.plot_scene import settle_before_paint

    plot = pg.PlotWidget()
    qtbot.addWidget(plot)
    register_plot(plot)
    plot.plot([0, 1, 2], [1, 0, 1])
    plot.resize(400, 300)
    plot.show()
    qtbot.waitExposed(plot)
    settle_before_paint()
    axis = plot.getPlotItem().getAxis("left")
    drawn = []
    original = pg.AxisItem.paint
    monkeypatch.setattr(pg.AxisItem, "paint", lambda self, *args: (drawn.append(self), original(self, *args)))
    plot.viewport().repaint()
    assert axis.cacheMode() == axis.CacheMode.DeviceCoordinateCache
    first = drawn.count(axis)  # the first paint after caching fills the cache
    plot.viewport().repaint()  # nothing changed: copied from the cache
    assert drawn.count(axis) == first
    plot.setYRange(0, 10)  # new ticks: drawn again
    QApplication.processEvents()
    plot.viewport().repaint()
    assert drawn.count(axis) > first
