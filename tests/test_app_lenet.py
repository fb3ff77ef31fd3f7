"""The LeNet explorer driven like a person would: draw, clear, pick test digits, edit filters, switch device."""

from __future__ import annotations

import math

import numpy as np
import pytest
from app_helpers import draw_strokes, trained_or_random
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from convviz.app.views.lenet.view import LeNetView
from convviz.core import available_devices
from convviz.model import default_weights_path, predict

TRAINED = default_weights_path().is_file()
needs_trained = pytest.mark.skipif(
    not TRAINED,
    reason=f"trained LeNet weights are not shipped yet ({default_weights_path()} is missing): "
    "recognising a digit needs them",
)


@pytest.fixture
def view(qtbot, worker):
    view = LeNetView(worker, load_model=trained_or_random, seed=7)
    qtbot.addWidget(view)
    view.resize(1600, 1000)
    view.show()
    qtbot.waitUntil(lambda: view.result() is not None, timeout=20000)  # opens on test digit #0
    return view


def wait_settled(qtbot, view, worker):
    """Wait until the newest request's result is on screen."""
    qtbot.waitUntil(
        lambda: worker.is_idle()
        and view.result() is not None
        and view.result().request.weights is view.state().snapshot()
        and view.result().request.input is view.state().input,
        timeout=10000,
    )


ONE = [[(0.5, 0.15 + 0.7 * t / 30) for t in range(31)]]
ZERO = [[(0.5 + 0.22 * math.sin(2 * math.pi * t / 60), 0.5 - 0.33 * math.cos(2 * math.pi * t / 60)) for t in range(63)]]
SEVEN = [[(0.25 + 0.5 * t / 20, 0.2) for t in range(21)] + [(0.75 - 0.3 * t / 30, 0.2 + 0.65 * t / 30) for t in range(1, 31)]]


def test_canvas_draws_undoes_and_clears(qtbot):
    from convviz.app.widgets.drawing_canvas import DrawingCanvas

    canvas = DrawingCanvas()
    qtbot.addWidget(canvas)
    canvas.resize(300, 300)
    canvas.show()
    with qtbot.waitSignals([canvas.changed, canvas.stroke_finished], timeout=2000):
        draw_strokes(canvas, ONE)
    picture = canvas.picture()
    assert picture.dtype == np.uint8 and picture.shape == (280, 280)
    rows = np.flatnonzero(picture.max(axis=1) > 128)
    cols = np.flatnonzero(picture.max(axis=0) > 128)
    assert rows[-1] - rows[0] > 150 and cols[-1] - cols[0] < 40  # a tall thin vertical stroke
    assert len(np.unique(picture)) > 3  # antialiased edges, not just black and white
    draw_strokes(canvas, [[(0.2, 0.2), (0.3, 0.2)]])
    assert len(canvas.strokes()) == 2
    assert canvas.undo() and np.array_equal(canvas.picture(), picture)
    canvas.clear()
    assert canvas.is_blank() and not canvas.picture().any() and canvas.strokes() == []
    assert not canvas.undo()


def test_strokes_are_coalesced_not_computed_one_by_one(qtbot, view, worker):
    view.clear_button.click()
    before = worker.latest_generation(view._layers_channel)
    long_scribble = [[(0.3 + 0.4 * (t % 20) / 20, 0.2 + 0.6 * t / 300) for t in range(300)]]
    draw_strokes(view.canvas, long_scribble)  # 300 moves without the event loop running in between
    wait_settled(qtbot, view, worker)
    submitted = worker.latest_generation(view._layers_channel) - before
    assert 1 <= submitted <= 5, f"{submitted} requests for 300 pen moves"
    assert view.result().request.input.name == "drawing"


def test_undo_and_clear_blank_the_answer(qtbot, view, worker):
    view.clear_button.click()
    draw_strokes(view.canvas, ONE)
    wait_settled(qtbot, view, worker)
    assert view.badge.prediction() is not None
    QTest.keyClick(view.canvas, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo the only stroke
    qtbot.waitUntil(lambda: view.badge.prediction() is None, timeout=3000)
    assert view.canvas.is_blank()
    draw_strokes(view.canvas, ONE)
    wait_settled(qtbot, view, worker)
    view.clear_button.click()
    qtbot.waitUntil(lambda: view.badge.prediction() is None, timeout=3000)
    assert view.badge.digit_text() == "?"
    assert not view.bars.probabilities().any()
    assert not view.layers.grids["conv1"].maps().any()
    assert view.state().input is None


@needs_trained
@pytest.mark.parametrize("strokes, digit", [(ONE, 1), (ZERO, 0), (SEVEN, 7)], ids=["one", "zero", "seven"])
def test_drawn_digit_is_recognised(qtbot, view, worker, strokes, digit):
    view.clear_button.click()
    draw_strokes(view.canvas, strokes)
    wait_settled(qtbot, view, worker)
    assert view.badge.prediction() == digit
    assert int(np.argmax(view.bars.probabilities())) == digit
    assert view.strip.images()[3].shape == (28, 28)


def test_picking_a_test_digit_of_each_class(qtbot, view, worker):
    model = trained_or_random()
    right = 0
    for digit in range(10):
        view.digit_choice.setCurrentIndex(digit + 1)
        view.pick_button.click()
        qtbot.waitUntil(
            lambda: view.state().input is not None and view.state().input.label == digit, timeout=10000
        )
        wait_settled(qtbot, view, worker)
        result = view.result()
        assert result.stages is None  # test digits are read exactly as in the test set
        assert result.request.input.label == digit
        shown = view.badge.prediction()
        # what the view shows is what the network says about that very test image
        assert shown == int(np.argmax(predict(model, result.request.input.digit)[0]))
        assert ("✓" if shown == digit else "✗") in view.badge.caption()
        right += shown == digit
    if TRAINED:
        assert right >= 9, f"only {right} of 10 test digits read right (the network scores 99% on them)"


@needs_trained
def test_a_misread_test_digit_is_shown_as_wrong(qtbot, view, worker):
    from convviz.state.lenet_run import test_digits

    images, labels = test_digits()
    guesses = predict(trained_or_random(), images[:2000]).argmax(axis=1)
    misread = int(np.flatnonzero(guesses != labels[:2000])[0])
    view.pick_test_digit(index=misread)
    qtbot.waitUntil(lambda: view.state().input is not None and view.state().input.name.endswith(f"#{misread}"), timeout=10000)
    wait_settled(qtbot, view, worker)
    assert view.badge.prediction() == guesses[misread] != labels[misread]
    assert f"label {labels[misread]} ✗" in view.badge.caption()


def test_zero_a_conv1_filter_flattens_its_maps_and_reset_restores(qtbot, view, worker):
    view.pick_test_digit(index=0)
    wait_settled(qtbot, view, worker)
    original = {name: view.result().layers[name].copy() for name in ("conv1", "relu1", "pool1", "softmax")}
    conv1 = view.layers.grids["conv1"]
    qtbot.mouseClick(conv1.graphics_widget().viewport(), Qt.MouseButton.LeftButton, pos=conv1.tile_center_in_widget(2).toPoint())
    assert view.editor.heading() == "conv1 · filter 3"
    assert view.detail.heading() == "conv1 · map 3"

    view.editor._zero.click()
    wait_settled(qtbot, view, worker)
    layers = view.result().layers
    bias = view.state().bias("conv1", 2)
    assert np.allclose(layers["conv1"][2], bias)  # a zero filter leaves only its bias: a flat map
    assert np.ptp(layers["relu1"][2]) == 0 and np.ptp(layers["pool1"][2]) == 0
    assert np.ptp(view.layers.grids["conv1"].maps()[2]) == 0
    assert np.allclose(layers["conv1"][[0, 1, 3, 4, 5]], original["conv1"][[0, 1, 3, 4, 5]])
    assert not np.allclose(layers["softmax"], original["softmax"])
    assert "edited" in view.editor.status()
    assert not view.filters.conv1.maps()[2].any()

    view.editor._reset_all.click()
    wait_settled(qtbot, view, worker)
    for name, values in original.items():
        assert np.allclose(view.result().layers[name], values, atol=1e-6)
    assert not view.state().is_edited()


def test_typing_a_weight_and_putting_a_preset_change_the_network(qtbot, view, worker):
    channel = int(np.argmax(view.result().layers["pool1"].sum(axis=(1, 2))))  # a pool1 map that is not all 0
    view.edit_filter("conv2", 4, channel)
    assert view.editor.heading() == "conv2 · filter 5" and view.editor.channel() == channel
    before = view.result().layers["conv2"].copy()
    grid = view.editor.grid
    grid.edit_cell(2, 2, "3")
    assert grid.commit_edit()
    wait_settled(qtbot, view, worker)
    assert view.state().kernel("conv2", 4, channel)[2, 2] == 3.0
    after = view.result().layers["conv2"]
    assert not np.allclose(after[4], before[4])
    assert np.array_equal(np.delete(after, 4, axis=0), np.delete(before, 4, axis=0))  # other maps untouched

    kept = view.state().kernel("conv2", 4, channel)[1, 1]
    with qtbot.waitSignal(view.message, timeout=2000) as refused:
        grid.edit_cell(1, 1, "abc")
        assert not grid.commit_edit()
    assert "abc" in refused.args[0] or "number" in refused.args[0]
    assert view.state().kernel("conv2", 4, channel)[1, 1] == kept

    index = view.editor.presets.findData("sobel_x")
    view.editor.presets.setCurrentIndex(index)
    view.editor._use_preset.click()
    wait_settled(qtbot, view, worker)
    expected = np.zeros((5, 5), dtype=np.float32)
    expected[1:4, 1:4] = [[-1, 0, 1], [-2, 0, 2], [-1, 0, 1]]
    assert np.array_equal(view.state().kernel("conv2", 4, channel), expected)
    assert np.array_equal(view.editor.grid.matrix(), expected)
    view.editor._reset.click()
    wait_settled(qtbot, view, worker)
    assert not view.state().is_edited("conv2", 4)


def test_absent_device_falls_back_to_cpu_with_a_message(qtbot, view, worker):
    absent = next((name for name in ("cuda", "mps") if name not in available_devices()), None)
    if absent is None:
        pytest.skip("this machine has both CUDA and MPS: no absent device to ask for")
    with qtbot.waitSignal(view.message, timeout=3000) as message:
        view.set_device(absent)
    assert "CPU" in message.args[0]
    assert view.state().device == "cpu"
    with qtbot.waitSignal(view.timing, timeout=10000) as timing:
        view.pick_test_digit(index=1)
    assert timing.args[0] == "cpu" and timing.args[1] > 0


def test_clicking_maps_and_units_shows_their_detail(qtbot, view, worker):
    conv2 = view.layers.grids["conv2"]
    viewport = conv2.graphics_widget().viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=conv2.tile_center_in_widget(5).toPoint())
    assert view.detail.heading() == "conv2 · map 6"
    assert view.editor.heading() == "conv2 · filter 6"
    detail = view.detail.content()
    assert detail.input.maps.shape == (6, 14, 14) and detail.operator.maps.shape == (6, 5, 5)
    assert np.array_equal(view.detail.output_grid().maps()[0], view.result().layers["conv2"][5])

    QTest.mouseMove(viewport, conv2.pixel_in_widget(5, 3.5, 6.5).toPoint())
    qtbot.waitUntil(lambda: "map 6 of 16" in conv2.readout(), timeout=2000)
    value = view.result().layers["conv2"][5, 3, 6]
    assert f"{value:+.3f}" in conv2.readout()

    fc1 = view.layers.grids["fc1"]
    qtbot.mouseClick(fc1.graphics_widget().viewport(), Qt.MouseButton.LeftButton, pos=fc1.pixel_in_widget(0, 0.5, 41.5).toPoint())
    assert view.detail.heading() == "fc1 · unit 42"
    assert view.detail.content().operator.maps.shape == (16, 5, 5)


def test_parameter_tables_show_true_totals(view):
    model = trained_or_random()
    assert view.model_table.total() == sum(p.numel() for p in model.parameters()) == 61706
    assert view.deck_table.total() == 62006
    last = view.deck_table.row_count() - 1
    assert view.deck_table.cell_text(last, 6) == "62,006"
    rows = {view.deck_table.cell_text(row, 0): row for row in range(view.deck_table.row_count())}
    assert view.deck_table.cell_text(rows["fc1"], 5) == "120"  # one bias per neuron, not 1 as on the slide
    assert view.deck_table.cell_text(rows["fc1"], 6) == "48,120"
    # the decks' "Activation size" column: the values a layer passes on (deck 001's LeNet table)
    assert view.deck_table.cell_text(rows["fc1"], 3) == "120"
    assert view.deck_table.cell_text(rows["conv1"], 3) == f"{6 * 28 * 28:,}"


def test_photo_of_dark_ink_on_paper_is_flipped(qtbot, view, worker):
    rng = np.random.default_rng(3)
    photo = np.full((300, 240, 3), 0.85, dtype=np.float32) + rng.normal(0, 0.03, (300, 240, 3)).astype(np.float32)
    photo[60:240, 112:128] = 0.15  # a dark vertical pen stroke: a "1"
    view.set_image(np.moveaxis(np.clip(photo, 0, 1), -1, 0), "paper.jpg")  # (3, H, W) as the window shares it
    wait_settled(qtbot, view, worker)
    result = view.result()
    assert result.stages is not None and result.stages.inverted
    assert result.request.input.name == "paper.jpg"
    if TRAINED:
        assert view.badge.prediction() == 1


def test_opening_a_photo_file_and_a_broken_one(qtbot, view, worker, tmp_path):
    from PIL import Image

    paper = np.full((200, 160), 220, dtype=np.uint8)
    paper[30:170, 72:88] = 40  # a dark "1" on light paper
    Image.fromarray(paper).save(tmp_path / "one.png")
    view.open_photo(tmp_path / "one.png")
    qtbot.waitUntil(lambda: view.state().input is not None and view.state().input.name == "one.png", timeout=10000)
    wait_settled(qtbot, view, worker)
    assert view.result().stages.inverted
    drawing = view.canvas.picture()
    (tmp_path / "broken.png").write_bytes(b"not a picture at all")
    with qtbot.waitSignal(view.message, timeout=10000) as message:
        view.open_photo(tmp_path / "broken.png")
    assert "Could not open that photo" in message.args[0]
    assert np.array_equal(view.canvas.picture(), drawing) and view.state().input.name == "one.png"


def test_pictures_opened_elsewhere_do_not_replace_the_drawing(qtbot, view, worker):
    draw_strokes(view.canvas, ONE)
    wait_settled(qtbot, view, worker)
    drawing = view.canvas.picture()
    view.hide()  # another tab is on screen when the window opens a picture
    view.set_image(np.random.default_rng(0).random((64, 64), dtype=np.float32), "camera.png")
    view.show()
    assert np.array_equal(view.canvas.picture(), drawing)
    assert view.state().input.name == "drawing"


def test_view_renders_offscreen_and_not_blank(view):
    image = view.grab().toImage()
    assert image.width() >= 1200 and image.height() >= 800
    step = 7
    colours = {image.pixel(x, y) for x in range(0, image.width(), step) for y in range(0, image.height(), step)}
    assert len(colours) > 200


def test_missing_weights_explain_themselves(qtbot, worker):
    def missing(device="cpu"):
        raise ValueError("The LeNet weights file is missing; train it with convviz-train.")

    view = LeNetView(worker, load_model=missing)
    qtbot.addWidget(view)
    with qtbot.waitSignals([view.message, view.updated], timeout=3000):
        view.show()
    view.set_device("cuda")  # no state: ignored, no crash
    view.set_image(np.zeros((10, 10)), "x")


def test_clear_and_the_next_stroke_move_nothing_and_keep_the_colour_bars(qtbot, view, worker):
    """Clear and the first stroke after it change what is shown, not where: no widget of the view is
    resized (the sentence under the preprocessing keeps its room), and Clear leaves the colour bars'
    ranges as they were, so the first stroke does not lay out all of them in one frame (issue 12)."""
    from PySide6.QtCore import QEvent, QObject

    draw_strokes(view.canvas, SEVEN)
    wait_settled(qtbot, view, worker)
    levels = {stage: grid.levels() for stage, grid in view.layers.grids.items()}

    class Resizes(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.seen: list[str] = []

        def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt name
            if event.type() == QEvent.Type.Resize:
                self.seen.append(type(watched).__name__)
            return False

    resizes = Resizes()
    watched = [view, *view.findChildren(QWidget)]
    for widget in watched:
        widget.installEventFilter(resizes)
    view.clear_button.click()
    qtbot.waitUntil(lambda: view.badge.prediction() is None, timeout=3000)
    assert {stage: grid.levels() for stage, grid in view.layers.grids.items()} == levels
    assert not view.layers.grids["conv1"].maps().any()
    draw_strokes(view.canvas, SEVEN)
    wait_settled(qtbot, view, worker)
    for _ in range(3):
        QApplication.processEvents()
    for widget in watched:
        widget.removeEventFilter(resizes)
    assert resizes.seen == []
    assert view.badge.prediction() is not None


def test_results_are_shown_one_per_frame_the_newest_waiting(qtbot, threaded_worker):
    """Two results in one frame (the worker is quick, the window still painting the last one): the
    second waits for the next frame instead of being drawn right after the first (issue 12); a blank
    view forgets a waiting result."""
    import copy

    view = LeNetView(threaded_worker, load_model=trained_or_random, seed=7)
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    qtbot.waitUntil(lambda: view.result() is not None and not view.is_busy(), timeout=20000)
    qtbot.wait(50)  # a frame since the first result
    first, second, third = (copy.copy(view.result()) for _ in range(3))
    view._show_in_frame(first)
    assert view.result() is first  # the first in a frame: at once
    view._show_in_frame(second)
    assert view.result() is first and view.is_busy()  # the second: at the next frame
    with qtbot.waitSignal(view.updated, timeout=2000):
        pass
    assert view.result() is second and not view.is_busy()
    view._show_in_frame(third)
    assert view.result() is second and view.is_busy()  # right after the second: it waits too
    view._show_blank("draw a digit")
    qtbot.wait(50)
    assert view.result() is None and not view.is_busy()
