"""An update repaints what changed, in one pass: plot scenes settle before their window paints, and a
label changing on a tab's page repaints the label, not the page (issue 12: GUI stalls during strokes).

These tests count paints; how long they take is measured in benchmarks/bench_app_lenet.py, never here.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, QPoint
from PySide6.QtWidgets import QApplication, QLabel, QTabWidget, QVBoxLayout, QWidget

from convviz.app.widgets.plot_scene import register_plot
from convviz.app.widgets.tab_sizing import steady_tab_layout


class EventCounter(QObject):
    """Counts events of one kind sent to the objects it watches."""

    def __init__(self, kind: QEvent.Type) -> None:
        super().__init__()
        self.kind = kind
        self.count = 0

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt name
        if event.type() == self.kind:
            self.count += 1
        return False


def deliver() -> None:
    """What one turn of the event loop (and the paints it posts) delivers."""
    for _ in range(4):
        QApplication.processEvents()


def plots_window(qtbot, registered: bool) -> tuple[QWidget, list[pg.PlotWidget]]:
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    plots = []
    for _ in range(3):
        plot = pg.PlotWidget()
        if registered:
            register_plot(plot)
        plot.plot([0, 1, 2], [1, 0, 1])
        plot.disableAutoRange()  # new data, same axes: as a live map's picture is swapped
        layout.addWidget(plot)
        plots.append(plot)
    window.resize(400, 600)
    window.show()
    qtbot.waitExposed(window)
    deliver()
    return window, plots


def repaints_of_an_update(window: QWidget, plots: list[pg.PlotWidget]) -> int:
    counter = EventCounter(QEvent.Type.UpdateRequest)
    window.installEventFilter(counter)
    rng = np.random.default_rng(0)
    for plot in plots:
        plot.getPlotItem().listDataItems()[0].setData([0, 1, 2], rng.random(3))
    deliver()
    window.removeEventFilter(counter)
    return counter.count


def test_a_window_of_plots_is_repainted_once_for_an_update_of_all_of_them(qtbot):
    window, plots = plots_window(qtbot, registered=True)
    assert repaints_of_an_update(window, plots) == 1
    plain_window, plain_plots = plots_window(qtbot, registered=False)
    assert repaints_of_an_update(plain_window, plain_plots) == len(plain_plots)  # what Qt does by itself


def steady_page(qtbot, steady: bool) -> tuple[QTabWidget, QLabel, QWidget]:
    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    page = QWidget()
    layout = QVBoxLayout(page)
    label = QLabel("forward 0.2 ms")
    neighbour = QLabel("a neighbour that did not change")
    layout.addWidget(label)
    layout.addWidget(neighbour)
    tabs.addTab(page, "page")
    if steady:
        steady_tab_layout(tabs)
    tabs.resize(400, 300)
    tabs.show()
    qtbot.waitExposed(tabs)
    deliver()
    return tabs, label, neighbour


def neighbour_paints_for(label: QLabel, neighbour: QWidget, texts: list[str]) -> int:
    counter = EventCounter(QEvent.Type.Paint)
    neighbour.installEventFilter(counter)
    for text in texts:
        label.setText(text)
        deliver()
    neighbour.removeEventFilter(counter)
    return counter.count


def test_a_label_changing_on_a_steady_tab_page_repaints_the_label_not_the_page(qtbot):
    texts = [f"forward {ms:.1f} ms" for ms in (0.3, 0.4, 12.5)]
    tabs, label, neighbour = steady_page(qtbot, steady=True)
    assert neighbour_paints_for(label, neighbour, texts) == 0
    assert label.text() == texts[-1]
    plain_tabs, plain_label, plain_neighbour = steady_page(qtbot, steady=False)
    assert neighbour_paints_for(plain_label, plain_neighbour, texts) == len(texts)  # QTabWidget's whole repaint


def test_a_steady_tab_widget_still_lays_out_what_moves(qtbot):
    tabs, label, _ = steady_page(qtbot, steady=True)
    bar_width = tabs.tabBar().width()
    tabs.setTabText(0, "a much longer name for the only page")  # the tab bar grows: it is placed again
    deliver()
    assert tabs.tabBar().width() > bar_width
    page = tabs.widget(0)
    assert page.mapTo(tabs, QPoint(0, 0)).y() > tabs.tabBar().geometry().bottom()  # the page sits under the bar
    minimum = tabs.minimumSizeHint().height()
    label.setMinimumHeight(400)  # a page that needs more room: the window hears of it
    deliver()
    assert tabs.minimumSizeHint().height() > minimum


def test_the_live_prediction_keeps_its_room_when_its_first_answer_comes(qtbot):
    """The training panel's first update turned "–" into "8 · 100%": the column widened, the chart beside
    it moved, and the whole panel was laid out and painted again in that frame."""
    from convviz.app.tools.model.training_panel import LivePrediction

    prediction = LivePrediction()
    qtbot.addWidget(prediction)
    prediction.resize(500, 150)
    prediction.show()
    qtbot.waitExposed(prediction)
    deliver()
    resizes = EventCounter(QEvent.Type.Resize)
    prediction.plot.installEventFilter(resizes)
    for digit in (8, 1, 0):
        probabilities = np.full(10, 0.0, dtype=np.float32)
        probabilities[digit] = 1.0
        prediction.set_probabilities(probabilities)
        deliver()
    assert resizes.count == 0
    assert prediction.answer.text() == "0 · 100%"


def test_training_curves_keep_their_grids_as_pictures(qtbot, monkeypatch):
    """A new point repaints the plot under it; the grid lines the axes draw across it are copied from a
    pixmap then, not drawn line by line again (that was most of a training update's paint)."""
    from convviz.app.tools.model.curve_plot import CurvePlot

    axis_paints = []
    paint = pg.AxisItem.paint
    monkeypatch.setattr(pg.AxisItem, "paint", lambda axis, *args: (axis_paints.append(axis), paint(axis, *args)))
    curves = CurvePlot("accuracy", y_range=(0, 100))  # fixed axes: new points change nothing on them
    qtbot.addWidget(curves)
    curves.add_series("train", "#56B4E9")
    curves.set_x_range(0, 2)
    curves.show()
    qtbot.waitExposed(curves)
    curves.append("train", 0.0, 50.0)
    deliver()
    axes = {curves.plot.getPlotItem().getAxis(side) for side in ("bottom", "left")}
    axis_paints.clear()
    for step in range(1, 5):
        curves.append("train", step / 2, 50.0 + 10 * step)
        deliver()
    assert curves.series("train")[1].tolist() == [50.0, 60.0, 70.0, 80.0, 90.0]
    assert not axes & set(axis_paints)
