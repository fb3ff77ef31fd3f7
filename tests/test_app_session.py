"""Session files in real main windows: a lossless round trip, refusals that keep the work, autosave and reopen.

Every window keeps its settings in a temporary .ini and its data folder (the
autosave) in a temporary folder, never in the user's own.
"""

from __future__ import annotations

import json
import math

import numpy as np
import pytest
from app_helpers import draw_stroke as draw
from PIL import Image
from PySide6.QtCore import QSettings, Qt

from convviz.app.tools.sessions.actions import AUTOSAVE_NAME, REOPEN_KEY
from convviz.app.tools.sessions.undo import same
from convviz.session import read_session


@pytest.fixture
def data(tmp_path, monkeypatch):
    folder = tmp_path / "data"
    monkeypatch.setenv("CONVVIZ_DATA", str(folder))
    return folder


@pytest.fixture
def windows(qtbot, make_window, data):
    """Make windows on demand (each with its own worker); `wait` until its start view has settled."""

    def make(ini="a.ini", view="convolution", wait=True):
        window = make_window(ini, start_view=view, size=(1500, 950))
        if wait:
            qtbot.waitUntil(lambda: window.view_is_settled(view), timeout=60000)
        return window

    return make


def settle(qtbot, window):
    """Every built view shows its newest state (the LeNet view its newest input and filters)."""
    def settled():
        if not window.worker.is_idle():
            return False
        lenet = window.views.get("lenet")
        if lenet is not None and lenet.state() is not None:
            result = lenet.result()
            if result is None or result.request.input is not lenet.state().input:
                return False
        return True

    qtbot.waitUntil(settled, timeout=30000)


def states(window) -> dict:
    return {name: view.session_state() for name, view in window.views.items()}


def open_and_wait(qtbot, window, path):
    with qtbot.waitSignal(window.sessions.opened, timeout=60000):
        window.open_path(path)  # a .convviz goes to the session, like File ▸ Recent files and drops
    settle(qtbot, window)


def picture_file(tmp_path):
    rng = np.random.default_rng(0)
    pixels = rng.integers(0, 256, (36, 52, 3), dtype=np.uint8)
    path = tmp_path / "noise.png"
    Image.fromarray(pixels).save(path)
    return path


def difference(a, b, where="state"):
    """The first place two states differ ("" when they are the same), for readable failures."""
    if isinstance(a, dict) and isinstance(b, dict):
        if a.keys() != b.keys():
            return f"{where}: keys {sorted(a)} != {sorted(b)}"
        return next((d for k in a if (d := difference(a[k], b[k], f"{where}.{k}"))), "")
    if isinstance(a, (list, tuple)) and isinstance(b, (list, tuple)) and len(a) == len(b) and type(a) is type(b):
        return next((d for i, (x, y) in enumerate(zip(a, b)) if (d := difference(x, y, f"{where}[{i}]"))), "")
    return "" if same(a, b) else f"{where}: {a!r:.200} != {b!r:.200}"


def bits(array):
    array = np.asarray(array)
    return array.dtype.name, array.shape, array.tobytes()


# --------------------------------------------------------------------------- round trip
@pytest.mark.slow
def test_a_session_round_trip_is_lossless(qtbot, windows, tmp_path):
    a = windows("a.ini")
    a.open_path(picture_file(tmp_path))
    qtbot.waitUntil(lambda: a.picture_name() == "noise.png" and a.view_is_settled("convolution"), timeout=20000)

    conv = a.views["convolution"]
    settings = conv.settings
    settings.mode = "rgb"
    settings.set_link_channels(False)
    settings.edit_channel = 1
    settings.set_cell(1, 1, 2.5)
    settings.stride = (2, 1)
    settings.padding_kind, settings.padding = "custom", (1, 2)
    settings.dilation = (1, 2)
    settings.activation, settings.slope = "leaky_relu", 0.2
    settings.pool_mode, settings.pool_size, settings.pool_stride = "avg", 3, 1
    qtbot.waitUntil(conv.is_settled, timeout=20000)
    conv.pin(4, 5)

    a.view_actions["steps"].trigger()
    qtbot.waitUntil(lambda: "steps" in a.views, timeout=15000)
    steps = a.views["steps"]
    matrix = np.round(np.random.default_rng(1).normal(size=(7, 8)), 3)
    steps.load_example(matrix, [[0.5, -1.25], [2.0, 1e-3]], stride=2, padding=1, dilation=2)
    steps.go_to_step(5)

    a.view_actions["lenet"].trigger()
    qtbot.waitUntil(lambda: "lenet" in a.views and a.views["lenet"].result() is not None, timeout=60000)
    lenet = a.views["lenet"]
    lenet.pad.clear_button.click()
    draw(lenet.canvas, [(0.5 + 0.25 * math.sin(t / 5), 0.5 - 0.3 * math.cos(t / 5)) for t in range(32)])
    draw(lenet.canvas, [(0.2, 0.8), (0.8, 0.2)])
    lenet.state().set_kernel_cell("conv2", 3, 1, 2, 2, 4.25)
    lenet.state().zero_filter("conv1", 4)
    lenet.edit_filter("conv2", 3, 1)
    a.show_view("steps")
    settle(qtbot, a)
    saved = states(a)
    assert saved["convolution"]["settings"]["pinned"] == (4, 5)
    assert saved["steps"]["step"] == 5 and len(saved["lenet"]["drawing"]["strokes"]) == 2

    path = tmp_path / "class.convviz"
    assert a.sessions.save_to(path)
    assert "class.convviz" in a.windowTitle() and str(path.resolve()) in a.recent.paths()
    on_disk = read_session(path)
    assert on_disk.views["convolution"]["picture"] == {"source": "window"}  # the shared picture is kept once

    b = windows("b.ini")
    open_and_wait(qtbot, b, path)
    assert b.current_view_name() == "steps"
    assert bits(b.picture()) == bits(a.picture()) and b.picture_name() == "noise.png"
    restored = states(b)
    for name in saved:
        assert difference(restored[name], saved[name], name) == ""
    assert bits(b.views["convolution"].image()) == bits(conv.image())
    assert b.views["steps"].current_step() == 5
    for layer in ("conv1", "conv2"):
        assert np.array_equal(b.views["lenet"].state().kernels(layer), lenet.state().kernels(layer))
    assert np.array_equal(b.views["lenet"].canvas.picture(), lenet.canvas.picture())
    assert b.views["lenet"].editor.heading() == "conv2 · filter 4"
    assert np.array_equal(b.views["lenet"].result().request.input.picture, lenet.canvas.picture())
    assert b.sessions.recorder.stack.count() == 0  # opening a session is not an undo step
    assert "class.convviz" in b.windowTitle() and "opened" in b.statusBar().currentMessage()


# --------------------------------------------------------------------------- refusals
def broken_files(tmp_path, good):
    text = good.read_text()
    document = json.loads(text)
    newer = dict(document, version=99, app_version="9.9")
    other = {"format": "something-else", "version": 1}
    unknown_activation = json.loads(text)
    unknown_activation["views"]["convolution"]["settings"]["activation"] = "swish"
    too_big = json.loads(text)  # a valid convolution state, but a matrix the Steps view cannot show
    too_big["views"]["convolution"]["settings"]["stride"] = [3, 3]
    too_big["views"]["steps"]["settings"]["image"] = [[1.0] * 20] * 20
    files = {
        "not json": ("garbage.convviz", "this is not a session at all", "not valid JSON"),
        "truncated": ("cut.convviz", text[: len(text) // 2], "truncated"),
        "newer": ("future.convviz", json.dumps(newer), "newer convviz"),
        "other json": ("other.convviz", json.dumps(other), "not a convviz session"),
        "unknown activation": ("swish.convviz", json.dumps(unknown_activation), "swish"),
        "steps too big": ("big.convviz", json.dumps(too_big), "Steps view"),
    }
    paths = {}
    for kind, (name, content, words) in files.items():
        path = tmp_path / name
        path.write_text(content)
        paths[kind] = (path, words)
    return paths


def test_broken_newer_and_foreign_files_are_refused_and_nothing_open_changes(qtbot, windows, tmp_path):
    window = windows("a.ini")
    window.view_actions["steps"].trigger()
    qtbot.waitUntil(lambda: "steps" in window.views, timeout=15000)
    window.show_view("convolution")
    good = tmp_path / "good.convviz"
    assert window.sessions.save_to(good)
    conv = window.views["convolution"]
    conv.settings.set_cell(0, 0, 9.0)  # work done after saving: it must survive every refusal
    window.views["steps"].state.set_cell(0, 0, 77.0)
    qtbot.waitUntil(lambda: window.sessions.recorder.stack.count() == 2, timeout=5000)
    before, picture = states(window), window.picture()

    for kind, (path, words) in broken_files(tmp_path, good).items():
        with qtbot.waitSignal(window.sessions.failed, timeout=20000) as refusal:
            window.open_path(path)
        assert words in refusal.args[0], kind
        box = window.sessions.error_box
        assert box is not None and box.isVisible() and words in box.text() and "Nothing that was open" in box.text()
        assert words in window.statusBar().currentMessage(), kind
        box.close()
        settle(qtbot, window)
        assert same(states(window), before), kind
        assert window.picture() is picture and window.sessions.recorder.stack.count() == 2
    assert window.sessions.path == good and conv.settings.kernel[0][0] == 9.0  # still the file open


# --------------------------------------------------------------------------- autosave and reopen
def test_autosave_on_close_and_reopen_on_start(qtbot, windows, tmp_path, data):
    a = windows("class.ini")
    assert not a.sessions.reopen_on_start()  # off by default: a class starts clean
    conv = a.views["convolution"]
    conv.settings.stride = (3, 3)
    conv.settings.set_cell(2, 2, -4.5)
    settle(qtbot, a)
    saved = states(a)["convolution"]
    a.close()
    assert a.sessions.wait_for_autosave(60)  # written on a thread of its own
    autosave = data / AUTOSAVE_NAME
    assert autosave.is_file()
    assert read_session(autosave).views["convolution"]["settings"]["stride"] == (3, 3)

    b = windows("class.ini")  # the option is off: b starts with the defaults
    assert b.views["convolution"].settings.stride == (1, 1)
    b.sessions.reopen_action.trigger()  # File ▸ Reopen last session on start
    assert QSettings(str(tmp_path / "class.ini"), QSettings.Format.IniFormat).value(REOPEN_KEY) in (True, "true")
    kept = autosave.read_bytes()
    b.close()
    assert b.sessions.wait_for_autosave(60)
    assert autosave.read_bytes() == kept  # nothing was done in b: a's last session stays

    c = windows("class.ini", wait=False)
    with qtbot.waitSignal(c.sessions.opened, timeout=60000):
        pass
    settle(qtbot, c)
    assert c.sessions.reopen_action.isChecked()
    restored = states(c)["convolution"]
    assert restored["settings"] == saved["settings"]
    assert c.sessions.path is None  # Ctrl+S asks where to save: the autosave is not the class's file

    c.views["convolution"].settings.stride = (1, 1)
    settle(qtbot, c)
    with qtbot.waitSignal(c.sessions.opened, timeout=60000):
        c.sessions.restore_action.trigger()  # File ▸ Restore last session
    assert c.views["convolution"].settings.stride == (3, 3)


def test_a_lesson_open_in_a_session_opens_again_with_the_saved_views(qtbot, windows, tmp_path):
    a = windows("a.ini", view="steps")
    loader = a.lessons.loader
    qtbot.waitUntil(lambda: len(loader.lessons) > 0, timeout=60000)
    with qtbot.waitSignal(loader.opened, timeout=30000):
        assert loader.open_number(6)  # the 6×6 vertical edge, in the Steps view
    steps = a.views["steps"]
    steps.state.set_cell(2, 3, 11.0)  # the class changed the lesson's example
    steps.go_to_step(4)
    path = tmp_path / "lesson.convviz"
    assert a.sessions.save_to(path)
    assert read_session(path).lesson.number == 6
    saved = states(a)["steps"]

    b = windows("b.ini", view="convolution")
    open_and_wait(qtbot, b, path)
    qtbot.waitUntil(lambda: b.lessons.loader.current is not None, timeout=30000)
    qtbot.waitUntil(lambda: same(b.views["steps"].session_state(), saved), timeout=10000)
    assert b.lessons.loader.current.lesson.number == 6
    assert not b.lessons.panel_dock().isHidden() and b.current_view_name() == "steps"
    assert b.views["steps"].state.settings.image[2, 3] == 11.0


def test_ctrl_s_asks_once_then_saves_in_place_and_ctrl_shift_o_opens(qtbot, windows, tmp_path, monkeypatch):
    from convviz.app.tools.sessions import actions as session_actions

    window = windows("a.ini")
    asked = []

    def ask_save(parent, title, start, filters):
        asked.append(title)
        return str(tmp_path / "plan"), filters  # no suffix typed: .convviz is added

    monkeypatch.setattr(session_actions.QFileDialog, "getSaveFileName", ask_save)
    conv = window.views["convolution"]
    conv.settings.stride = (2, 2)
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    path = tmp_path / "plan.convviz"
    assert asked == ["Save the session"] and path.is_file()
    assert not window.isWindowModified()
    conv.settings.stride = (3, 3)
    qtbot.waitUntil(lambda: window.isWindowModified(), timeout=5000)  # the title's [*] shows unsaved work
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert asked == ["Save the session"]  # the second Ctrl+S writes to the same file without asking
    assert read_session(path).views["convolution"]["settings"]["stride"] == (3, 3)

    conv.settings.stride = (1, 1)
    monkeypatch.setattr(session_actions.QFileDialog, "getOpenFileName", lambda *args: (str(path), ""))
    with qtbot.waitSignal(window.sessions.opened, timeout=30000):
        qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    assert conv.settings.stride == (3, 3)


def test_the_session_and_undo_keys_belong_to_nobody_else(qtbot, windows):
    """Two actions on one key make Qt fire neither: the keys must stay unique as menus grow."""
    from PySide6.QtGui import QAction, QShortcut

    window = windows("a.ini")
    for name in ("steps", "lenet"):
        window.build_view(name)
    sessions = window.sessions
    ours = {sessions.open_action, sessions.save_action, sessions.save_as_action, sessions.undo_action,
            sessions.redo_action}
    keys = {key.toString() for action in ours for key in action.shortcuts()}
    assert {"Ctrl+Z", "Ctrl+S", "Ctrl+Shift+S", "Ctrl+Alt+O"} <= keys
    for action in window.findChildren(QAction):
        if action not in ours and action.isEnabled():
            clash = keys & {key.toString() for key in action.shortcuts()}
            assert not clash, f"{action.text()!r} also uses {clash}"
    for shortcut in window.findChildren(QShortcut):
        if shortcut.isEnabled():
            assert shortcut.key().toString() not in keys, f"a shortcut also uses {shortcut.key().toString()}"
