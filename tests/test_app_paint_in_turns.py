"""A new view's panels and plots paint one per turn after its first paint (`PaintsInTurns`), never their content
before."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QGraphicsView, QGroupBox, QLabel, QVBoxLayout, QWidget

from convviz.app.widgets.paint_in_turns import PaintsInTurns


class CountingPlot(QGraphicsView):
    def __init__(self) -> None:
        super().__init__()
        self.paints = 0
        self.waiting_at_first_paint: int | None = None
        self.turn_of_first_paint: int | None = None
        self.held: PaintsInTurns | None = None
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
    held = PaintsInTurns(plots, page, lambda: ended.append(True))
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
    held = PaintsInTurns(plots, page, lambda: ended.append(True))
    page.show()
    qtbot.waitExposed(page)
    plots[2].deleteLater()
    QApplication.sendPostedEvents()
    held.finish()
    assert held.waiting() == 0 and ended == [True]
    page.grab()
    assert plots[0].paints > 0 and plots[3].paints > 0 and plots[1].paints == 0


class CountingLabel(QLabel):
    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.paints = 0
        self.waiting_at_first_paint: int | None = None
        self.held: PaintsInTurns | None = None

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt name
        if self.paints == 0 and self.held is not None:
            self.waiting_at_first_paint = self.held.waiting()
        self.paints += 1
        super().paintEvent(event)


def test_a_held_panel_and_everything_in_it_paint_in_its_turn_and_a_plot_in_it_waits_for_its_own(qtbot):
    page = QWidget()
    qtbot.addWidget(page)
    first, second = QGroupBox("first"), QGroupBox("second")
    labels = [CountingLabel("a"), CountingLabel("b"), CountingLabel("c")]
    plot = CountingPlot()
    QVBoxLayout(first).addWidget(labels[0])
    inner = QVBoxLayout(second)
    inner.addWidget(labels[1])
    inner.addWidget(labels[2])
    inner.addWidget(plot)
    layout = QVBoxLayout(page)
    layout.addWidget(first)
    layout.addWidget(second)
    page.resize(300, 400)
    ended = []
    held = PaintsInTurns([second, first, plot], page, lambda: ended.append(True))
    for widget in (*labels, plot):
        widget.held = held
    page.show()
    qtbot.waitExposed(page)
    page.grab()  # the page's own paint: every held part shows only its background
    assert [label.paints for label in labels] == [0, 0, 0] and plot.paints == 0
    held.start()
    qtbot.waitUntil(lambda: ended == [True])
    QApplication.processEvents()
    # in the order given: the second box (both its labels in the same turn), the first, then the plot it holds
    assert [label.waiting_at_first_paint for label in labels] == [1, 2, 2]
    assert plot.paints > 0


def test_a_part_hidden_while_the_view_is_placed_keeps_its_room_and_is_shown_in_its_turn(qtbot):
    from convviz.app.widgets.paint_in_turns import hide_for_now

    page, plots = _page(qtbot, 3)
    page.show()
    qtbot.waitExposed(page)
    room = [plot.geometry() for plot in plots]
    hidden = hide_for_now([plots[0], plots[1]])
    assert plots[0].isHidden() and plots[1].isHidden()
    QApplication.sendPostedEvents()
    assert plots[2].geometry() == room[2], "the others moved into the hidden parts' room"
    shown_at: dict[int, int] = {}
    ended = []
    held = PaintsInTurns([plots[1], plots[2]], page, lambda: ended.append(True), hidden)
    turns = [0]
    ticker = QTimer(page, interval=0)
    ticker.timeout.connect(lambda: turns.__setitem__(0, turns[0] + 1))
    ticker.start()
    watch = QTimer(page, interval=0)
    watch.timeout.connect(lambda: [shown_at.setdefault(i, turns[0]) for i, plot in enumerate(plots)
                                   if not plot.isHidden()])
    watch.start()
    held.start()
    qtbot.waitUntil(lambda: ended == [True])
    assert not plots[0].isHidden() and not plots[1].isHidden()
    assert [plot.geometry() for plot in plots] == room
    assert not plots[0].sizePolicy().retainSizeWhenHidden()  # as it was
    assert shown_at[0] < shown_at[1], "the hidden parts came back all at once, not each in its turn"


def test_a_hidden_part_the_view_moved_meanwhile_stays_where_the_view_put_it(qtbot):
    from convviz.app.widgets.paint_in_turns import hide_for_now

    page, plots = _page(qtbot, 2)
    page.show()
    qtbot.waitExposed(page)
    hidden = hide_for_now([plots[0]])
    elsewhere = QWidget()
    qtbot.addWidget(elsewhere)
    plots[0].setParent(elsewhere)  # as LeNet moves its layers into a tab of their own in a narrow window
    ended = []
    held = PaintsInTurns([plots[1]], page, lambda: ended.append(True), hidden)
    held.finish()
    assert ended == [True] and plots[0].isHidden(), "shown over another tab's page"
