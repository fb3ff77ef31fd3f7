"""File ▸ Export on the real main window: view and map PNGs, CSV, GIF/APNG with progress (dialogs patched)."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QPushButton

from convviz.core import conv2d
from convviz.state.steps import POOLING_4, VERTICAL_EDGE_6, VERTICAL_EDGE_KERNEL


@pytest.fixture
def window(qtbot, make_window, worker):
    main = make_window("settings.ini", worker=worker, start_view="steps")
    qtbot.waitExposed(main)
    qtbot.waitUntil(lambda: main._libraries_ready, timeout=30000)  # its "Ready." must not hide our messages
    steps = main.build_view("steps")
    steps.load_example(VERTICAL_EDGE_6, VERTICAL_EDGE_KERNEL)
    main.show_view("steps")
    return main


@pytest.fixture
def save_as(monkeypatch):
    """Make QFileDialog.getSaveFileName answer with the path the test chooses (and record the calls)."""
    answers: list[str] = []
    calls: list[tuple] = []

    def fake(parent, caption="", directory="", file_filter=""):
        calls.append((caption, directory, file_filter))
        return (answers.pop(0) if answers else "", file_filter)

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake))
    fake.answers, fake.calls = answers, calls
    return fake


@pytest.fixture
def pick(monkeypatch):
    """Make QInputDialog.getItem pick the named entry (and record the offered names)."""
    state = {"choice": None, "offered": []}

    def fake(parent, title, label, items, current=0, editable=False):
        state["offered"] = list(items)
        return (state["choice"], state["choice"] is not None)

    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(fake))
    return state


def test_view_png_is_the_view_at_twice_its_pixels(qtbot, window, save_as, tmp_path):
    target = tmp_path / "steps-view"  # no suffix: ".png" is added
    save_as.answers.append(str(target))
    with qtbot.waitSignal(window.exports.exported, timeout=5000) as written:
        window.exports.view_png_action.trigger()
    path = tmp_path / "steps-view.png"
    assert written.args == [str(path)]
    view = window.views["steps"]
    with Image.open(path) as picture:
        assert picture.format == "PNG"
        assert picture.size == (2 * view.width(), 2 * view.height())
        assert round(picture.info["dpi"][0]) == 192
        colours = picture.convert("RGB").getcolors(maxcolors=1 << 20)
    assert colours is not None and len(colours) > 50  # text, cells, highlight: not blank
    assert "Saved the view" in window.statusBar().currentMessage()


def test_single_map_png_is_large_with_sharp_cells_in_the_screen_colours(qtbot, window, save_as, pick, tmp_path):
    pick["choice"] = "Output"
    save_as.answers.append(str(tmp_path / "output.png"))
    with qtbot.waitSignal(window.exports.exported, timeout=5000):
        window.exports.map_png_action.trigger()
    assert pick["offered"] == ["Input", "Kernel", "Output"]
    truth = conv2d(VERTICAL_EDGE_6, VERTICAL_EDGE_KERNEL)  # 4×4, from 5 down to −8
    with Image.open(tmp_path / "output.png") as picture:
        assert picture.size == (1024, 1024)  # 256 px a cell: at least 1024 px on the long side
        rgb = np.asarray(picture.convert("RGB"))
    cell = lambda r, c: rgb[r * 256 + 128, c * 256 + 128]  # noqa: E731
    assert (rgb[:256, :256] == cell(0, 0)).all()  # one flat block per cell, no blur
    # diverging map: −8 is blue, 16 (the largest) orange, 0 about white
    assert truth[0, 3] == -8 and cell(0, 3)[2] > cell(0, 3)[0]
    assert truth[3, 3] == 16 and cell(3, 3)[0] > cell(3, 3)[2]
    assert truth[0, 2] == 0 and cell(0, 2).min() > 230


def test_csv_export_round_trips_with_loadtxt(qtbot, window, save_as, pick, tmp_path):
    for name, expected in (("Output", conv2d(VERTICAL_EDGE_6, VERTICAL_EDGE_KERNEL)), ("Kernel", VERTICAL_EDGE_KERNEL)):
        pick["choice"] = name
        save_as.answers.append(str(tmp_path / f"{name}.csv"))
        with qtbot.waitSignal(window.exports.exported, timeout=5000):
            window.exports.csv_action.trigger()
        np.testing.assert_array_equal(np.loadtxt(tmp_path / f"{name}.csv", delimiter=","), expected)


def test_cancelling_a_dialog_writes_nothing(qtbot, window, save_as, pick, tmp_path):
    pick["choice"] = None  # the map chooser is cancelled
    window.exports.map_png_action.trigger()
    assert save_as.calls == []
    pick["choice"] = "Output"  # the file dialog is cancelled
    window.exports.csv_action.trigger()
    assert len(save_as.calls) == 1 and list(tmp_path.glob("*.csv")) == []


@pytest.mark.parametrize("fmt", ["gif", "apng"])
def test_animation_has_one_frame_per_step_and_the_progress_dialog_ends(qtbot, window, save_as, tmp_path, fmt):
    view = window.views["steps"]
    count = view.step_count()
    assert count == 16
    action = window.exports.gif_action if fmt == "gif" else window.exports.apng_action
    path = tmp_path / f"steps.{'gif' if fmt == 'gif' else 'png'}"
    save_as.answers.append(str(path))
    seen = []
    with qtbot.waitSignal(window.exports.animation_finished, timeout=30000) as done:
        action.trigger()
        assert window.exports.progress_dialog is not None and window.exports.progress_dialog.isVisible()
        window.exports.job.progressed.connect(lambda d, t: seen.append((d, t)))
    assert done.args == [path]
    assert window.exports.progress_dialog is None and window.exports.job is None
    assert seen and seen[-1] == (count + 1, count + 1)  # the bar reached its end
    with Image.open(path) as animation:
        assert animation.format == "GIF" if fmt == "gif" else animation.format == "PNG"
        assert animation.n_frames == count
        assert animation.is_animated
    assert "Saved the sliding window" in window.statusBar().currentMessage()


def test_pooling_animation_and_cancel(qtbot, window, save_as, tmp_path):
    view = window.views["steps"]
    rng = np.random.default_rng(1)
    view.load_example(rng.integers(0, 9, (16, 16)).astype(float), np.ones((3, 3)))
    assert view.step_count() == 196
    save_as.answers.append(str(tmp_path / "big.gif"))
    with qtbot.waitSignal(window.exports.animation_finished, timeout=60000) as done:
        job = window.exports.export_animation("gif")
        cancel_button = window.exports.progress_dialog.findChild(QPushButton)
        assert cancel_button.text() == "Cancel"
        job.progressed.connect(lambda done, total: done == 1 and qtbot.mouseClick(cancel_button, Qt.MouseButton.LeftButton))
    assert done.args == [None]
    assert not (tmp_path / "big.gif").exists() and list(tmp_path.glob("*.part")) == []
    assert "cancelled" in window.statusBar().currentMessage()
    # pooling steps animate too, from the same settings the view shows
    view.load_example(POOLING_4, mode="max", pool_size=2)
    save_as.answers.append(str(tmp_path / "pool.gif"))
    with qtbot.waitSignal(window.exports.animation_finished, timeout=30000):
        window.exports.gif_action.trigger()
    with Image.open(tmp_path / "pool.gif") as animation:
        assert animation.n_frames == view.step_count() == 4


def test_convolution_view_offers_its_maps_in_their_colours(qtbot, window, save_as, pick, tmp_path):
    view = window.build_view("convolution")
    window.show_view("convolution")
    qtbot.waitUntil(lambda: view.current_maps() is not None and not view.is_busy(), timeout=20000)
    maps = view.export_maps()
    assert list(maps)[:4] == ["Input", "Kernel", "Feature map", "After activation"]
    pick["choice"] = "Feature map"
    save_as.answers.append(str(tmp_path / "feature.png"))
    with qtbot.waitSignal(window.exports.exported, timeout=10000):
        window.exports.map_png_action.trigger()
    height, width = view.current_maps().conv.values.shape
    scale = -(-1024 // max(height, width))
    with Image.open(tmp_path / "feature.png") as picture:
        assert picture.size == (width * scale, height * scale)
        assert picture.text["convviz:colormap"] == ("diverging" if view.current_maps().conv.signed else "sequential")
    pick["choice"] = "Kernel"
    save_as.answers.append(str(tmp_path / "kernel.csv"))
    with qtbot.waitSignal(window.exports.exported, timeout=5000):
        window.exports.csv_action.trigger()
    np.testing.assert_array_equal(np.loadtxt(tmp_path / "kernel.csv", delimiter=","), view.current_maps().request.kernel)


def test_a_view_without_maps_says_so(qtbot, window, save_as):
    window.views["steps"].export_maps = lambda: {}
    window.exports.csv_action.trigger()
    assert save_as.calls == []
    assert "no maps" in window.statusBar().currentMessage()


def test_lenet_layers_export_as_csv_stacks_and_single_map_pngs(qtbot, window, save_as, pick, tmp_path):
    view = window.build_view("lenet")
    window.show_view("lenet")
    qtbot.waitUntil(lambda: view.result() is not None, timeout=30000)
    conv1 = view.result().layers["conv1"]
    assert conv1.shape == (6, 28, 28)
    pick["choice"] = "conv1"
    save_as.answers.append(str(tmp_path / "conv1.csv"))
    with qtbot.waitSignal(window.exports.exported, timeout=5000):
        window.exports.csv_action.trigger()
    back = np.loadtxt(tmp_path / "conv1.csv", delimiter=",").reshape(6, 28, 28)
    np.testing.assert_array_equal(back, conv1.astype(np.float64))
    pick["choice"] = "conv1 · 2 of 6"
    save_as.answers.append(str(tmp_path / "conv1-2.png"))
    with qtbot.waitSignal(window.exports.exported, timeout=5000):
        window.exports.map_png_action.trigger()
    assert "conv1 · 6 of 6" in pick["offered"] and "input 28×28" in pick["offered"]
    with Image.open(tmp_path / "conv1-2.png") as picture:
        assert picture.size == (28 * 37, 28 * 37)  # the smallest whole scale reaching 1024 px
        assert picture.text["convviz:shape"] == "28x28"
