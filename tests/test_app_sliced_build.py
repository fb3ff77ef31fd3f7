"""Widgets built in slices (convviz.app.widgets.sliced_build): a view (`View.build_step`) one part a turn of the
event loop when its tab first shows, and the training panel when the Model menu opens it; complete and working at
the end; `window.build_view` and `show_training` still hand back the whole widget at once.
(How long each slice holds the window: benchmarks/bench_app_startup.py and bench_app_training.py.)"""

from __future__ import annotations

import numpy as np
import pytest
import torch
import torch.nn.functional as F
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDockWidget, QWidget

from convviz.app.views.base import View
from convviz.app.views.convolution.view import ConvolutionView
from convviz.core import KERNEL_PRESETS

SOBEL_X = np.array(KERNEL_PRESETS["sobel_x"].values, np.float32)


def torch_conv(image, kernel):
    """A grey picture convolved with zero padding to the same size (the view's default settings)."""
    x = torch.from_numpy(np.array(image, np.float32)).reshape(1, 1, *np.shape(image)[-2:])
    w = torch.from_numpy(np.array(kernel, np.float32)).reshape(1, 1, *np.shape(kernel))
    return F.conv2d(x, w, padding="same")[0, 0].numpy()


@pytest.fixture
def turns(qtbot):
    """A counter the event loop bumps on each of its turns (a zero-interval timer) and, for each call of
    `View.build_step`, the turn it ran in."""
    count = {"turn": 0}
    timer = QTimer(interval=0, timeout=lambda: count.__setitem__("turn", count["turn"] + 1))
    timer.start()
    yield count
    timer.stop()


def record_slices(monkeypatch, turns) -> list[int]:
    seen: list[int] = []
    step = View.build_step

    def recorded(self):
        seen.append(turns["turn"])
        return step(self)

    monkeypatch.setattr(View, "build_step", recorded)
    return seen


def test_a_sliced_view_builds_a_part_a_step_and_then_computes_like_torch(qtbot, worker):
    view = ConvolutionView(worker, sliced=True)
    qtbot.addWidget(view)
    assert not view.is_complete()
    steps = 0
    with qtbot.waitSignal(view.completed, timeout=1000):
        while not view.build_step():
            steps += 1
    assert steps >= 10  # a map panel a step, not the whole view in one
    assert view.is_complete() and view.build_step()  # nothing left: a further step does nothing
    view.resize(1400, 900)
    view.show()
    qtbot.waitUntil(lambda: view.current_maps() is not None and view.is_settled(), timeout=15000)
    np.testing.assert_allclose(view.current_maps().conv.values, torch_conv(view.image(), SOBEL_X), atol=1e-5)


def test_a_view_made_at_once_is_complete_when_made(qtbot, worker):
    view = ConvolutionView(worker)
    qtbot.addWidget(view)
    assert view.is_complete()
    assert len(view.maps.all_panels()) == 7


def test_the_tab_builds_its_view_a_slice_a_turn_and_delivers_it_working(make_window, qtbot, threaded_worker,
                                                                         monkeypatch, turns):
    slices = record_slices(monkeypatch, turns)
    window = make_window(start_view="convolution", worker=threaded_worker, fast_start=True, leave_no_trace=True)
    qtbot.waitUntil(lambda: "convolution" in window.views, timeout=60_000)
    assert len(slices) >= 10
    assert all(later > earlier for earlier, later in zip(slices, slices[1:]))  # the window reacted between them
    view = window.views["convolution"]
    assert view.is_complete()
    assert window.tabs.currentWidget() is view
    qtbot.waitUntil(lambda: window.view_is_settled("convolution"), timeout=60_000)
    before = view.current_maps()
    view.settings.set_kernel(SOBEL_X.T.tolist())  # an edit after the build is computed and shown
    qtbot.waitUntil(lambda: view.current_maps() is not before and view.is_settled(), timeout=15_000)
    np.testing.assert_allclose(view.current_maps().conv.values, torch_conv(view.image(), SOBEL_X.T), atol=1e-4)


def test_asking_for_a_view_while_its_tab_builds_it_finishes_the_build_at_once(make_window, qtbot, threaded_worker,
                                                                             monkeypatch, turns):
    slices = record_slices(monkeypatch, turns)
    window = make_window(start_view="convolution", worker=threaded_worker, fast_start=True, leave_no_trace=True)
    qtbot.waitUntil(lambda: len(slices) >= 2, timeout=60_000)
    tabs = window.tabs.count()
    view = window.build_view("convolution")
    assert view is not None and view.is_complete()
    assert window.views["convolution"] is view and window.tabs.currentWidget() is view
    qtbot.waitUntil(lambda: window.view_is_settled("convolution"), timeout=60_000)
    assert window.tabs.count() == tabs and window.tabs.indexOf(view) == window.tabs.currentIndex()
    assert window.build_view("convolution") is view


def test_a_part_that_fails_to_build_leaves_the_window_working_with_the_reason_shown(make_window, qtbot, worker,
                                                                                   monkeypatch):
    def broken(self):
        yield
        raise RuntimeError("a part that breaks")

    monkeypatch.setattr(ConvolutionView, "_build", broken)
    window = make_window(start_view="convolution", worker=worker, fast_start=True, leave_no_trace=True)
    qtbot.waitUntil(lambda: "a part that breaks" in window.statusBar().currentMessage(), timeout=60_000)
    assert "convolution" not in window.views
    assert window.build_view("convolution") is None  # asked again: the same sentence, no crash
    window.show_view("steps")
    qtbot.waitUntil(lambda: "steps" in window.views, timeout=60_000)


def test_the_training_panel_made_in_slices_is_the_whole_panel(qtbot):
    from convviz.app.tools.model.training_panel import TrainingPanel

    panel = TrainingPanel(sliced=True)
    qtbot.addWidget(panel)
    assert not panel.building.is_done()
    steps = 1
    while not panel.building.step():
        steps += 1
    assert steps >= 6
    assert not panel.pause_button.isEnabled() and panel.start_button.isEnabled()  # ready for a run
    whole = TrainingPanel()
    qtbot.addWidget(whole)
    assert panel.config() == whole.config()
    assert [type(child).__name__ for child in panel.findChildren(QWidget)] == [
        type(child).__name__ for child in whole.findChildren(QWidget)]


def test_the_model_menu_builds_the_training_panel_a_slice_a_turn_then_docks_it(make_window, qtbot, worker, turns,
                                                                              monkeypatch):
    from convviz.app.widgets.sliced_build import Slices

    seen: list[int] = []
    step = Slices.step

    def recorded(self):
        if not self.is_done():  # a slice is built (not a finished build asked again)
            seen.append(turns["turn"])
        return step(self)

    window = make_window(start_view="lenet", worker=worker)
    qtbot.waitUntil(lambda: window.view_is_settled("lenet") and window.model_tools is not None, timeout=60_000)
    tools = window.model_tools
    monkeypatch.setattr(Slices, "step", recorded)
    tools.train_action.trigger()
    assert tools.training is None  # not yet: its first slice comes in the next turn
    qtbot.waitUntil(lambda: tools.training is not None and tools.docks["training"].isVisible(), timeout=10_000)
    assert len(seen) >= 6
    assert all(later > earlier for earlier, later in zip(seen, seen[1:]))
    tools.train_action.trigger()  # again: the same panel, shown
    assert tools.show_training() is tools.training


def test_asking_for_the_training_panel_while_it_is_built_finishes_it_once(make_window, qtbot, worker, monkeypatch):
    from convviz.app.widgets.sliced_build import Slices

    window = make_window(start_view="lenet", worker=worker)
    qtbot.waitUntil(lambda: window.view_is_settled("lenet") and window.model_tools is not None, timeout=60_000)
    tools = window.model_tools
    tools.train_action.trigger()  # the build begins in the next turn ...
    panel = tools.show_training()  # ... but a lesson asks for the panel now: the rest is built at once
    assert panel is not None and panel.building.is_done() and tools.docks["training"].isVisible()
    docks = len(window.findChildren(QDockWidget))
    asked_after: list[bool] = []
    step = Slices.step
    monkeypatch.setattr(Slices, "step", lambda self: asked_after.append(self is panel.building) or step(self))
    qtbot.waitUntil(lambda: True in asked_after, timeout=10_000)  # the build's own turn came, and found it done
    assert tools.docks["training"].isVisible() and tools.training is panel and len(window.findChildren(QDockWidget)) == docks


def test_the_lenet_tab_builds_its_view_a_slice_a_turn_and_reads_the_first_digit_as_the_network_does(
        make_window, qtbot, threaded_worker, monkeypatch, turns):
    from convviz.model import load_lenet

    slices = record_slices(monkeypatch, turns)
    window = make_window(start_view="lenet", worker=threaded_worker, fast_start=True, leave_no_trace=True)
    qtbot.waitUntil(lambda: "lenet" in window.views, timeout=60_000)
    assert len(slices) >= 10
    assert all(later > earlier for earlier, later in zip(slices, slices[1:]))
    view = window.views["lenet"]
    assert view.is_complete() and window.tabs.currentWidget() is view
    qtbot.waitUntil(lambda: window.view_is_settled("lenet"), timeout=60_000)
    result = view.result()
    with torch.no_grad():
        expected = torch.softmax(load_lenet("cpu")(torch.from_numpy(result.model_input).reshape(1, 1, 28, 28)), 1)
    np.testing.assert_allclose(result.probabilities.reshape(-1), expected.numpy().reshape(-1), atol=1e-5)
    assert len(view.layers.grids) == 8


def test_a_view_being_built_belongs_to_the_window_hidden_until_its_tab_takes_it(make_window, qtbot, worker,
                                                                                  monkeypatch, turns):
    """So a window closed meanwhile deletes it too (it used to have no parent until it was placed)."""
    slices = record_slices(monkeypatch, turns)
    window = make_window(start_view="convolution", worker=worker, fast_start=True, leave_no_trace=True)
    qtbot.waitUntil(lambda: len(slices) >= 2, timeout=60_000)
    building = window.findChildren(ConvolutionView)
    assert len(building) == 1 and building[0].parent() is window
    assert not building[0].is_complete() and building[0].isHidden()
    qtbot.waitUntil(lambda: "convolution" in window.views, timeout=60_000)
    assert window.views["convolution"] is building[0] and window.tabs.currentWidget() is building[0]
    assert building[0].isVisible()


def test_a_tab_chosen_while_another_view_is_built_gets_its_view_first(make_window, qtbot, threaded_worker,
                                                                     monkeypatch, turns):
    slices = record_slices(monkeypatch, turns)
    window = make_window(start_view="convolution", worker=threaded_worker, fast_start=True, leave_no_trace=True)
    built: list[str] = []
    window.view_built.connect(built.append)
    qtbot.waitUntil(lambda: len(slices) >= 2, timeout=60_000)
    window.show_view("lenet")
    qtbot.waitUntil(lambda: "lenet" in window.views and "convolution" in window.views, timeout=60_000)
    assert built == ["lenet", "convolution"]
    assert window.tabs.currentWidget() is window.views["lenet"]
    qtbot.waitUntil(lambda: window.view_is_settled("lenet"), timeout=60_000)
    window.show_view("convolution")
    qtbot.waitUntil(lambda: window.view_is_settled("convolution"), timeout=60_000)


def test_the_worker_waits_while_the_first_view_is_built_and_painted(make_window, qtbot, threaded_worker,
                                                                     monkeypatch):
    """A job running while the view is built shares the interpreter with the GUI thread (the build's turns waited
    for it): the window holds the worker from the first slice until the view's plots are painted."""
    held_while_building: list[bool] = []
    step = View.build_step

    def recorded(self):
        held_while_building.append(threaded_worker.is_held())
        return step(self)

    monkeypatch.setattr(View, "build_step", recorded)
    window = make_window(start_view="convolution", worker=threaded_worker, fast_start=True, leave_no_trace=True)
    qtbot.waitUntil(lambda: "convolution" in window.views, timeout=60_000)
    view = window.views["convolution"]
    qtbot.waitUntil(lambda: window.view_is_settled("convolution"), timeout=60_000)
    assert len(held_while_building) >= 10 and all(held_while_building)
    assert not threaded_worker.is_held()
    assert view.current_maps() is not None  # and the view computed once released


@pytest.mark.parametrize("name", ["convolution", "lenet"])
def test_a_new_views_panels_paint_after_its_first_paint_one_a_turn_in_the_order_it_names(
        make_window, qtbot, threaded_worker, monkeypatch, turns, name):
    """`View.paint_parts`: the view's first paint shows its panels' background only; each panel then paints in a
    turn of its own, in the order the view gives (what the class reads first, first)."""
    from PySide6.QtCore import QEvent, QObject

    first_paint: dict[int, int] = {}  # id of a panel -> the turn it first painted its own content

    class Spy(QObject):
        def eventFilter(self, watched, event):  # noqa: N802 - Qt name
            if event.type() == QEvent.Type.Paint:
                first_paint.setdefault(id(watched), turns["turn"])
            return False

    spy = Spy()
    parts: list[QWidget] = []

    def watch(built: str) -> None:  # as the view is placed: before the window holds its panels' paints back
        view = window.views[built]
        parts.extend(part for part in view.paint_parts() if part.isVisibleTo(view))
        for widget in (view, *parts):
            widget.installEventFilter(spy)  # seen once the window's hold lets the paint through

    window = make_window(start_view=name, worker=threaded_worker, fast_start=True, leave_no_trace=True)
    window.view_built.connect(watch)
    qtbot.waitUntil(lambda: window.view_is_settled(name), timeout=60_000)
    view = window.views[name]
    assert len(parts) >= 4
    painted = [first_paint.get(id(part)) for part in parts]
    assert None not in painted and id(view) in first_paint, painted
    assert all(turn > first_paint[id(view)] for turn in painted), "a panel painted with the view's first paint"
    assert painted == sorted(painted) and len(set(painted)) == len(painted), f"not one panel a turn: {painted}"


def test_the_first_views_qt_free_first_time_costs_are_paid_on_the_loading_thread(make_window, qtbot, worker,
                                                                                  monkeypatch):
    import threading

    from convviz.app.views.lenet.view import LeNetView

    threads: list[str] = []
    warm_up = LeNetView.warm_up.__func__
    monkeypatch.setattr(LeNetView, "warm_up",
                        classmethod(lambda cls: (threads.append(threading.current_thread().name), warm_up(cls))))
    window = make_window(start_view="lenet", worker=worker, fast_start=True, leave_no_trace=True)
    qtbot.waitUntil(lambda: "lenet" in window.views, timeout=60_000)
    assert threads == ["convviz-imports"]


def test_a_views_first_result_on_screen_paints_its_plots_in_turns_with_the_worker_held(make_window, qtbot,
                                                                                        threaded_worker, monkeypatch):
    """Once per view, and only for a view on screen (one built off screen has nothing to paint)."""
    from convviz.app.main_window import MainWindow

    calls: list[tuple[str, bool]] = []
    paint = MainWindow._paint_first_result_in_turns

    def recorded(self, name):
        paint(self, name)
        calls.append((name, threaded_worker.is_held()))

    monkeypatch.setattr(MainWindow, "_paint_first_result_in_turns", recorded)
    window = make_window(start_view="convolution", worker=threaded_worker, fast_start=True, leave_no_trace=True)
    qtbot.waitUntil(lambda: window.view_is_settled("convolution"), timeout=60_000)
    window.build_view("steps")  # off screen
    qtbot.waitUntil(lambda: window.view_is_settled("steps"), timeout=60_000)
    window.views["convolution"].settings.set_cell(0, 0, 3.0)  # a later result: painted as usual
    qtbot.waitUntil(lambda: window.view_is_settled("convolution"), timeout=60_000)
    assert calls == [("convolution", True)]
    assert not threaded_worker.is_held()
