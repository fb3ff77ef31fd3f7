"""A new view's plots paint one per turn after the rest of the view (`PlotsInTurns`), never their content before."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QGraphicsView, QVBoxLayout, QWidget

from convviz.app.widgets.paint_in_turns import PlotsInTurns


class CountingPlot(QGraphicsView):
    def __init__(self) -> None:
        super().__init__()
        self.paints = 0
        self.waiting_at_first_paint: int | None = None
        self.turn_of_first_paint: int | None = None
        self.held: PlotsInTurns | None = None
        self.turns = [0]  # counted by a zero timer: one per turn of the event loop

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt name
        if self.paints == 0 and self.held is not None:
            self.waiting_at_first_paint = self.held.waiting()
            self.turn_of_first_paint = self.turns[0]
        self.paints += 1
        super().paintEvent(event)


def _page(qtbot, count: int = 3):
    page = QWidget()
    qtbot.addWidget(page)
    plots = [CountingPlot() for _ in range(count)]
    layout = QVBoxLayout(page)
    for plot in plots:
        layout.addWidget(plot)
    page.resize(300, 400)
    return page, plots


def test_held_plots_paint_only_their_background_then_one_a_turn(qtbot):
    page, plots = _page(qtbot)
    ended = []
    held = PlotsInTurns(plots, page, lambda: ended.append(True))
    turns = [0]
    ticker = QTimer(page, interval=0)
    ticker.timeout.connect(lambda: turns.__setitem__(0, turns[0] + 1))
    ticker.start()
    for plot in plots:
        plot.held, plot.turns = held, turns
    page.show()
    qtbot.waitExposed(page)
    page.grab()  # a paint of the whole page: the plots' own paints are held back
    assert [plot.paints for plot in plots] == [0, 0, 0]
    held.start()
    qtbot.waitUntil(lambda: ended == [True])
    QApplication.processEvents()
    assert all(plot.paints > 0 for plot in plots)
    # each plot painted its content only once it was released, in order: the first with two still waiting, ...
    assert [plot.waiting_at_first_paint for plot in plots] == [2, 1, 0]
    firsts = [plot.turn_of_first_paint for plot in plots]
    assert firsts == sorted(firsts) and len(set(firsts)) == 3, f"not one plot a turn: {firsts}"


def test_finish_releases_every_plot_at_once_and_hidden_or_deleted_plots_are_passed_over(qtbot):
    page, plots = _page(qtbot, 4)
    plots[1].hide()
    ended = []
    held = PlotsInTurns(plots, page, lambda: ended.append(True))
    page.show()
    qtbot.waitExposed(page)
    plots[2].deleteLater()
    QApplication.sendPostedEvents()
    held.finish()
    assert held.waiting() == 0 and ended == [True]
    page.grab()
    assert plots[0].paints > 0 and plots[3].paints > 0 and plots[1].paints == 0
