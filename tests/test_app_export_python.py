"""File ▸ Export ▸ Scene as Python on the real main window: the written code prints the numbers on screen.

The path is injected (as for the other exports) or answered by a patched
save dialog; the code runs in a fresh `python -I` process and its numbers
are compared with what the views show.
"""

from __future__ import annotations

import json

import numpy as np
import pytest
from exported_code import close, printed, run_script
from PIL import Image
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QInputDialog

from convviz.app.main_window import MainWindow
from convviz.state.steps import VERTICAL_EDGE_6


@pytest.fixture
def window(qtbot, worker, tmp_path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    main = MainWindow(worker, settings=settings, start_view="convolution")
    main.leave_no_trace = True
    qtbot.addWidget(main)
    main.resize(1400, 900)
    main.show()
    qtbot.waitExposed(main)
    qtbot.waitUntil(lambda: main._libraries_ready, timeout=30000)
    return main


@pytest.fixture
def save_as(monkeypatch):
    """QFileDialog.getSaveFileName answers with the paths the test queues (and records its calls)."""
    answers: list[str] = []
    calls: list[tuple] = []

    def fake(parent, caption="", directory="", file_filter=""):
        calls.append((caption, directory, file_filter))
        return (answers.pop(0) if answers else "", file_filter)

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake))
    fake.answers, fake.calls = answers, calls
    return fake


@pytest.fixture
def picture_choice(monkeypatch):
    """QInputDialog.getItem picks the entry starting with state["start"] (None: cancel); records the offer."""
    state = {"start": None, "offered": None}

    def fake(parent, title, label, items, current=0, editable=False):
        state["offered"] = (label, list(items), current)
        chosen = next((item for item in items if state["start"] and item.startswith(state["start"])), None)
        return (chosen or "", chosen is not None)

    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(fake))
    return state


def open_picture_file(qtbot, window, path):
    window.open_path(path)
    view = window.build_view("convolution")
    qtbot.waitUntil(lambda: window.picture_path() == str(path) and window.view_is_settled("convolution"),
                    timeout=30000)
    return view


def export_and_wait(qtbot, window, action):
    with qtbot.waitSignal(window.exports.python_finished, timeout=60000) as done:
        action()
    assert done.args[0] is not None, window.statusBar().currentMessage()
    return done.args[0]


def test_convolution_scene_from_the_menu_prints_the_numbers_on_screen(qtbot, window, tmp_path, save_as):
    rng = np.random.default_rng(5)
    picture_path = tmp_path / "photo.png"
    Image.fromarray(rng.integers(0, 256, (40, 52, 3), dtype=np.uint8)).save(picture_path)
    view = open_picture_file(qtbot, window, picture_path)
    settings = view.model
    settings.mode = "rgb"
    settings.apply_preset("sharpen")
    settings.stride = (2, 1)
    settings.padding_kind, settings.padding, settings.padding_mode = "custom", (2, 1), "reflect"
    settings.dilation = (1, 2)
    settings.flip = True
    settings.activation, settings.pool_mode = "tanh", "avg"
    view.pin(5, 9)
    qtbot.waitUntil(lambda: window.view_is_settled("convolution"), timeout=30000)
    maps, shown = view.current_maps(), view.export_maps()

    save_as.answers.append(str(tmp_path / "scene"))  # no suffix: ".py" is added
    window.exports.refresh()
    assert window.exports.python_action.isEnabled() and window.exports.notebook_action.isEnabled()
    in_menu = window.exports.menu.actions()
    assert window.exports.python_action in in_menu and window.exports.notebook_action in in_menu
    written = export_and_wait(qtbot, window, window.exports.python_action.trigger)
    assert written == tmp_path / "scene.py" and save_as.calls[0][2] == "Python script (*.py)"
    assert "Saved the scene as Python" in window.statusBar().currentMessage()
    code = written.read_text(encoding="utf-8")
    assert "PICTURE_PNG" in code  # a small picture is embedded without asking

    values = printed(run_script(code, tmp_path, "run.py"))
    conv = maps.conv.values
    assert maps.request.pinned == (5, 9) and maps.request.mode == "rgb"
    assert values["feature map shape"] == [1, 1, *conv.shape]
    close(values["feature map min and max"], [conv.min(), conv.max()])
    close(values["feature map first row"], conv[0, :6])
    activated, pooled = shown["After activation"][0], shown["After pooling"][0]
    close(values["after the activation min and max"], [activated.min(), activated.max()])
    assert values["after pooling shape"] == [1, 1, *pooled.shape]
    close(values["after pooling first row"], pooled[0, :6])
    close(values["pinned cell sum of products"], [conv[5, 9]])
    close(values["pinned cell after the activation"], [activated[5, 9]])


def test_a_large_picture_from_a_file_may_be_read_from_it_and_cancelling_writes_nothing(
    qtbot, window, tmp_path, save_as, picture_choice
):
    rng = np.random.default_rng(6)
    picture_path = tmp_path / "large.png"
    Image.fromarray(rng.integers(0, 256, (600, 640), dtype=np.uint8)).save(picture_path)
    view = open_picture_file(qtbot, window, picture_path)
    target = tmp_path / "large-scene.ipynb"

    save_as.answers.append(str(target))
    picture_choice["start"] = None  # the person cancels the picture question
    window.exports.notebook_action.trigger()
    label, items, current = picture_choice["offered"]
    assert "640×600" in label and items[current].startswith("Embed") and "large.png" in items[1]
    assert window.exports.python_job is None and not target.exists()

    save_as.answers.append(str(target))
    picture_choice["start"] = "Read it from"
    written = export_and_wait(qtbot, window, window.exports.notebook_action.trigger)
    book = json.loads(written.read_text(encoding="utf-8"))
    code = "\n\n".join("".join(cell["source"]) for cell in book["cells"] if cell["cell_type"] == "code")
    assert repr(str(picture_path)) in code and "PICTURE_PNG" not in code
    assert written.stat().st_size < 100_000  # the 384,000 pixels stayed in their file
    values = printed(run_script(code, tmp_path, "cells.py"))
    conv = view.current_maps().conv.values
    close(values["feature map min and max"], [conv.min(), conv.max()])
    close(values["feature map first row"], conv[0, :6])


def test_steps_scene_with_an_injected_path_prints_every_step(qtbot, window, tmp_path):
    steps = window.build_view("steps")
    steps.load_example(VERTICAL_EDGE_6, [[1, 0, -1], [2, 0, -2], [1, 0, -1]])
    steps.state.update(stride=2, padding=1)
    window.show_view("steps")
    qtbot.waitUntil(lambda: window.view_is_settled("steps"), timeout=30000)
    built = steps.built_steps()
    written = export_and_wait(qtbot, window, lambda: window.exports.export_python("script", path=tmp_path / "steps.py"))
    values = printed(run_script(written.read_text(encoding="utf-8"), tmp_path, "run.py"))
    out_w = built.output_shape[1]
    for index, expected in enumerate(built.values):
        r, c = divmod(index, out_w)
        close(values[f"step {index + 1} (output row {r}, column {c})"], [expected])
    close([values[f"output row {r}"] for r in range(built.output_shape[0])], built.values.reshape(built.output_shape))


def test_lenet_scene_with_an_edited_filter_prints_the_probabilities_on_screen(qtbot, window, tmp_path):
    from convviz.model import default_weights_path

    if not default_weights_path().is_file():
        pytest.skip("the trained LeNet weights are not shipped in this checkout")
    view = window.build_view("lenet")
    window.show_view("lenet")
    qtbot.waitUntil(lambda: view.result() is not None and window.view_is_settled("lenet"), timeout=30000)
    before = view.result()
    view.model.set_kernel("conv1", 2, 0, np.ones((5, 5)))
    qtbot.waitUntil(lambda: view.result() is not before and window.view_is_settled("lenet"), timeout=30000)
    result = view.result()
    written = export_and_wait(qtbot, window, lambda: window.exports.export_python("script", path=tmp_path / "lenet.py"))
    code = written.read_text(encoding="utf-8")
    assert "conv1 filter 2, as edited in the app" in code
    values = printed(run_script(code, tmp_path, "run.py"))
    close(values["probabilities"], result.probabilities)
    assert values["prediction"] == [result.prediction]


def test_a_scene_without_output_says_why_and_writes_nothing(qtbot, window, tmp_path, save_as):
    view = window.build_view("convolution")
    qtbot.waitUntil(lambda: window.view_is_settled("convolution"), timeout=30000)
    window.set_picture(np.zeros((8, 8), np.float32), "tiny")
    view.model.padding_kind = "valid"
    view.model.dilation = (8, 8)  # the 3×3 kernel now spans 17 cells: more than the 8×8 picture has
    window.exports.python_action.trigger()
    assert save_as.calls == []
    assert "Could not export as Python" in window.statusBar().currentMessage()
    assert not list(tmp_path.glob("*.py")) and not list(tmp_path.glob("*.ipynb"))
