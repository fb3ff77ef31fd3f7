"""Extreme settings in real windows (issue 14): refused with a sentence, never half-applied, never frozen.

The cases are the issue's: stride, padding, dilation or pool sizes >= 2**31
that overflowed a spin box inside a psygnal callback (the session half-applied,
later edits no longer updating the maps); Steps padding 100 built on the GUI
thread; convolution padding 20000. Each test checks the message, that nothing
open changed (every view's state, the picture, the undo history), that no file
was written, and that the view still follows later edits.
"""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest
from PySide6.QtCore import QSettings

from convviz import limits
from convviz.app.main_window import MainWindow
from convviz.app.tools.sessions.undo import same
from convviz.app.worker import ComputeWorker
from convviz.lessons import builtin_lessons
from convviz.state.lesson_prepare import prepare_lesson

LESSON_17 = next(lesson for lesson in builtin_lessons() if lesson.number == 17)  # a 6×6 convolution lesson


@pytest.fixture
def data(tmp_path, monkeypatch):
    folder = tmp_path / "data"
    monkeypatch.setenv("CONVVIZ_DATA", str(folder))
    return folder


@pytest.fixture
def window(qtbot, tmp_path, data):
    worker = ComputeWorker()
    window = MainWindow(worker=worker, settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat),
                        start_view="convolution")
    qtbot.addWidget(window)
    window.resize(1500, 950)
    window.show()
    qtbot.waitUntil(lambda: window.view_is_settled("convolution"), timeout=60000)
    window.build_view("steps")
    qtbot.waitUntil(lambda: window.worker.is_idle(), timeout=30000)
    yield window
    window.close()
    worker.stop()


def states(window) -> dict:
    return {name: view.session_state() for name, view in window.views.items()}


def files_under(folder) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*")) if folder.exists() else []


def still_follows_edits(qtbot, window) -> None:
    """A later edit is computed and shown (the issue's half-applied session left the maps frozen)."""
    view = window.views["convolution"]
    size = view.current_maps().request.input_size
    view.settings.update({"padding_kind": "valid", "stride": (2, 2)})
    kernel = view.settings.kernel
    want = ((size[0] - len(kernel)) // 2 + 1, (size[1] - len(kernel[0])) // 2 + 1)
    qtbot.waitUntil(lambda: view.current_maps() is not None and view.current_maps().request.output_size == want,
                    timeout=20000)


# --------------------------------------------------------------------------- the widgets' ranges
def test_every_spin_box_takes_its_range_from_the_limits(window):
    conv = window.views["convolution"]
    steps = window.views["steps"].controls
    from convviz.app.views.convolution.activation_controls import ActivationControls
    from convviz.app.views.convolution.kernel_editor import KernelEditor
    from convviz.app.views.convolution.pooling_controls import PoolingControls
    from convviz.app.views.convolution.window_settings import WindowSettingsPanel

    panel = conv.findChild(WindowSettingsPanel)
    pooling = conv.findChild(PoolingControls)
    activation = conv.findChild(ActivationControls)
    editor = conv.findChild(KernelEditor)
    boxes = [
        (panel.stride.rows, limits.CONV_STRIDE), (panel.stride.cols, limits.CONV_STRIDE),
        (panel.padding.rows, limits.CONV_PADDING), (panel.dilation.cols, limits.CONV_DILATION),
        (pooling.size, limits.POOL_SIZE), (pooling.stride, limits.POOL_STRIDE),
        (activation.slope, limits.LEAKY_SLOPE), (activation.alpha, limits.ELU_ALPHA),
        (editor.rows_spin, limits.KERNEL_SIDE), (editor.cols_spin, limits.KERNEL_SIDE),
        (steps.rows_spin, limits.STEPS_MATRIX_SIDE), (steps.kernel_cols_spin, limits.STEPS_KERNEL_SIDE),
        (steps.stride_spin, limits.STEPS_STRIDE), (steps.padding_spin, limits.STEPS_PADDING),
        (steps.dilation_spin, limits.STEPS_DILATION), (steps.pool_spin, limits.STEPS_POOL_SIZE),
    ]
    for box, limit in boxes:
        assert (box.minimum(), box.maximum()) == (limit.low, limit.high), box.toolTip()


def test_a_kernel_cell_beyond_the_limit_is_refused_with_a_message(qtbot, window):
    conv = window.views["convolution"]
    from convviz.app.views.convolution.kernel_editor import KernelEditor

    editor = conv.findChild(KernelEditor)
    before = conv.settings.kernels
    with qtbot.waitSignal(editor.message, timeout=5000) as said:
        editor.grid.edited.emit(0, 0, 1e300)  # what the grid sends for a typed "1e300"
    assert "kernel cell" in said.args[0] and conv.settings.kernels == before
    assert editor.grid.matrix()[0, 0] == before[0][0][0]


# --------------------------------------------------------------------------- sessions
@pytest.mark.parametrize(
    ("field", "value", "says"),
    [
        ("stride", (2**31, 2**31), '"stride" must be from 1 to 16'),
        ("padding", (2**31, 1), '"padding" must be from 0 to 32'),
        ("dilation", (1, 2**40), '"dilation" must be from 1 to 8'),
        ("pool_size", 2**31, '"pool_size" must be from 1 to 8'),
        ("pool_stride", 2**63, '"pool_stride" must be from 1 to 8'),
        ("padding", (20_000, 20_000), "not 20,000"),
    ],
)
def test_a_session_with_an_out_of_range_setting_is_refused_and_nothing_changes(
    qtbot, window, data, field, value, says
):
    sessions = window.sessions
    window.views["convolution"].settings.stride = (3, 3)  # something to undo
    qtbot.waitUntil(lambda: window.view_is_settled("convolution"), timeout=20000)
    sessions.recorder.flush()
    session = sessions.capture()
    session.views["convolution"]["settings"] = {**session.views["convolution"]["settings"], field: value,
                                                "stride": (1, 1) if field != "stride" else value}
    before, undo_steps, written = states(window), sessions.recorder.stack.count(), files_under(data)
    with qtbot.waitSignal(sessions.failed, timeout=5000) as said:
        assert sessions.apply(session, name="crafted.convviz") is False
    assert says in said.args[0] and "crafted.convviz" in said.args[0]
    sessions.error_box.close()
    assert same(states(window), before)
    assert sessions.recorder.stack.count() == undo_steps and files_under(data) == written
    still_follows_edits(qtbot, window)


def test_a_session_with_steps_padding_100_is_refused_before_any_step_is_built(qtbot, window):
    steps = window.views["steps"]
    built = steps.built_steps()
    session = window.sessions.capture()
    session.views["steps"]["settings"] = {**session.views["steps"]["settings"], "padding": 100}
    before = states(window)
    with qtbot.waitSignal(window.sessions.failed, timeout=5000) as said:
        assert window.sessions.apply(session) is False
    assert '"padding" must be from 0 to 7, not 100' in said.args[0]
    window.sessions.error_box.close()
    assert steps.built_steps() is built and same(states(window), before)


def test_a_restore_that_fails_half_way_puts_everything_back(qtbot, window, monkeypatch):
    """All or nothing even when a view fails after others were restored (a check that missed something)."""
    conv, steps = window.views["convolution"], window.views["steps"]
    session = window.sessions.capture()
    session.views["convolution"]["settings"] = {**session.views["convolution"]["settings"], "stride": (4, 4),
                                                "padding_kind": "valid"}
    session.views["steps"]["settings"] = {**session.views["steps"]["settings"], "stride": 2}
    before = states(window)
    order = list(session.views)
    assert order.index("convolution") < order.index("steps")

    def broken(_state):
        raise ValueError("the Steps view broke while restoring")

    monkeypatch.setattr(steps, "restore_session_state", broken)
    with qtbot.waitSignal(window.sessions.failed, timeout=5000) as said:
        assert window.sessions.apply(session, name="half.convviz") is False
    assert "the Steps view broke while restoring" in said.args[0]
    window.sessions.error_box.close()
    monkeypatch.undo()
    assert conv.settings.stride == (1, 1)
    assert same(states(window), before)
    still_follows_edits(qtbot, window)


# --------------------------------------------------------------------------- lessons
def test_a_lesson_with_a_stride_of_2_to_the_31_is_refused_and_nothing_changes(qtbot, window, monkeypatch):
    """A lesson past the file checks (built in code): the loader refuses it whole, the view keeps working."""
    from convviz.app.tools.lessons import opener

    prepared = prepare_lesson(LESSON_17)
    crafted = dataclasses.replace(
        prepared,
        lesson=dataclasses.replace(LESSON_17, settings=dataclasses.replace(LESSON_17.settings, stride=2**31)),
    )
    monkeypatch.setattr(opener, "_prepared", lambda lesson: crafted)
    loader = window.lessons.loader
    before, current = states(window), loader.current
    with qtbot.waitSignal(loader.failed, timeout=30000) as said:
        loader.open_lesson(LESSON_17)
    assert '"stride" must be from 1 to 16' in said.args[0] and "lesson 17" in said.args[0]
    window.lessons.menu.error_box.close()
    assert loader.current is current and same(states(window), before)
    still_follows_edits(qtbot, window)


def test_a_lesson_filter_that_does_not_fit_is_refused(qtbot, window):
    from convviz.app.tools.lessons.opener import apply_to_convolution

    conv = window.views["convolution"]
    prepared = prepare_lesson(LESSON_17)
    crafted = dataclasses.replace(prepared, cells=np.ones((1, 1, 12, 12)))
    before = states(window)
    with pytest.raises(ValueError, match="1 to 11 cells"):
        apply_to_convolution(conv, crafted, 0)
    assert same(states(window), before)
