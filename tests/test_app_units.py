""""What does this unit look for?" driven like a person would, and the LeNet view's colour ranges.

The panel's nine digits are checked against an argsort of a full torch forward
over the first 3,000 test digits (three of the pass's chunks, merged as over all
10,000; the window's own panel reads all of them); a click opens a digit in the explorer; a picture
is made, replaced and cancelled; a right click on a map of the explorer opens
the panel on that map.
"""

from __future__ import annotations

import numpy as np
import pytest
import torch
import torch.nn.functional as F
from app_helpers import trained_or_random
from PySide6.QtCore import QSettings, Qt

from convviz.app.main_window import MainWindow
from convviz.app.tools.model.units_panel import UnitsPanel
from convviz.app.views.lenet.view import LeNetView
from convviz.app.worker import ComputeWorker
from convviz.model import load_lenet
from convviz.model.units import AscentSettings, unit_activation
from convviz.state.colors import levels_for
from convviz.state.lenet_run import test_digits as mnist_test_digits

# Opening own models is what these tests are about, not the sandbox's own start (warm, pooled processes).
pytestmark = pytest.mark.usefixtures("lent_sandboxes")


@pytest.fixture(scope="module")
def weights():
    return {name: tensor.detach().clone() for name, tensor in load_lenet().state_dict().items()}


@pytest.fixture
def synchronous(qtbot):
    worker = ComputeWorker(synchronous=True)
    yield worker
    worker.stop()


def make_panel(qtbot, worker, **options) -> UnitsPanel:
    panel = UnitsPanel(worker, **options)
    qtbot.addWidget(panel)
    panel.resize(620, 900)
    panel.show()
    return panel


def test_picking_a_unit_shows_the_nine_digits_torch_ranks_first_and_a_click_opens_one(qtbot, synchronous, weights):
    images, labels = mnist_test_digits()
    images, labels = images[:3000], labels[:3000]
    panel = make_panel(qtbot, synchronous, data=(images, labels))
    panel.set_network(weights, "Shipped weights")
    assert [panel.layer_choice.itemData(i) for i in range(panel.layer_choice.count())] == [
        "conv1", "conv2", "fc1", "fc2", "fc3"]
    with qtbot.waitSignal(panel.updated, timeout=60000):
        panel.layer_choice.setCurrentIndex(1)
        panel.layer_choice.activated.emit(1)  # what a person's pick in the combo sends
        panel.unit_choice.setValue(4)  # "map 4": the fourth map, index 3
    assert panel.unit() == ("conv2", 3)
    x = torch.from_numpy(images.astype(np.float32) / 255.0)[:, None]
    with torch.no_grad():
        conv1 = F.conv2d(x, weights["conv1.weight"], weights["conv1.bias"], padding=2)
        conv2 = F.conv2d(F.max_pool2d(F.relu(conv1), 2), weights["conv2.weight"], weights["conv2.bias"])
    strongest = conv2[:, 3].flatten(1)
    expected = torch.argsort(strongest.amax(1), descending=True, stable=True)[:9].tolist()
    top = panel.top()
    assert top.indices == expected
    for digit in top.digits:
        row, col = divmod(int(strongest[digit.index].argmax()), 10)
        assert digit.box == (max(0, 2 * row - 2), max(0, 2 * col - 2), min(28, 2 * row + 12), min(28, 2 * col + 12))
    first = panel.digit_buttons[0]
    assert first.isEnabled() and f"#{expected[0]}" in first.text() and not first.icon().isNull()
    assert "14×14 patch" in panel.digits_label.text()
    with qtbot.waitSignal(panel.digit_requested, timeout=2000) as opened:
        qtbot.mouseClick(panel.digit_buttons[2], Qt.MouseButton.LeftButton)
    assert opened.args == [expected[2]]

    with qtbot.waitSignal(panel.updated, timeout=60000):  # the logits: class scores numbered by their digit
        panel.set_unit("fc3", 7)
    assert panel.unit_choice.value() == 7 and "class score of 7" in panel.heading.text()
    with torch.no_grad():
        fc1 = F.linear(F.max_pool2d(F.relu(conv2), 2).flatten(1), weights["fc1.weight"], weights["fc1.bias"])
        fc2 = F.linear(F.relu(fc1), weights["fc2.weight"], weights["fc2.bias"])
        logits = F.linear(F.relu(fc2), weights["fc3.weight"], weights["fc3.bias"])
    assert panel.top().indices == torch.argsort(logits[:, 7], descending=True, stable=True)[:9].tolist()
    assert all(digit.box == (0, 0, 28, 28) for digit in panel.top().digits)


def test_another_unit_of_a_layer_already_read_shows_at_once(qtbot, synchronous, weights):
    images, labels = mnist_test_digits()
    panel = make_panel(qtbot, synchronous, data=(images[:1500], labels[:1500]))
    with qtbot.waitSignal(panel.updated, timeout=60000):
        panel.set_network(weights, "Shipped weights")
    chunks = []
    synchronous.submit = lambda *args, **kwargs: chunks.append(args)  # nothing may be computed again
    with qtbot.waitSignal(panel.updated, timeout=1000):
        panel.set_unit("conv1", 5)
    assert chunks == [] and panel.top().layer.name == "conv1" and panel.top().unit == 5


def test_a_layer_left_half_read_is_finished_later_not_stranded(qtbot, synchronous, weights):
    images, labels = mnist_test_digits()
    panel = make_panel(qtbot, synchronous, data=(images[:2000], labels[:2000]))
    panel.set_network(weights, "Shipped weights")  # conv1's pass begins
    with qtbot.waitSignal(panel.updated, timeout=60000):
        panel.set_unit("conv2", 0)  # before conv1's first chunk ran
    with qtbot.waitSignal(panel.updated, timeout=60000):
        panel.set_unit("conv1", 2)
    assert panel.top().layer.name == "conv1" and len(panel.top().digits) == 9


def test_an_opened_torchscript_model_shows_its_own_layers_digits_and_picture(qtbot, synchronous, tmp_path):
    from model_fixtures import SmallCNN, save_torchscript, seeded

    from convviz.model.custom import load_user_model

    save_torchscript(seeded(SmallCNN()), tmp_path / "small.pt")
    opened = load_user_model(tmp_path / "small.pt")
    images, labels = mnist_test_digits()
    panel = make_panel(qtbot, synchronous, data=(images[:500], labels[:500]), ascent_settings=AscentSettings(steps=20))
    try:
        with qtbot.waitSignal(panel.updated, timeout=60000):
            panel.set_network(opened, "Opened: small.pt")
        assert [layer.name for layer in panel.layers()] == ["features.0", "features.3", "classifier.0", "classifier.2"]
        with qtbot.waitSignal(panel.updated, timeout=60000):
            panel.set_unit("features.3", 1)
        assert all(digit.box[2] - digit.box[0] <= 8 for digit in panel.top().digits)  # an 8×8 field, cut at edges
        assert "8×8 patch" in panel.digits_label.text()
        with qtbot.waitSignal(panel.ascent_finished, timeout=60000):
            qtbot.mouseClick(panel.make_button, Qt.MouseButton.LeftButton)
        assert panel.ascent().step == 20 and panel.ascent().activation > panel.ascent().on_noise
    finally:
        opened.close()


def test_a_picture_is_made_with_progress_and_raises_the_unit(qtbot, synchronous, weights):
    images, labels = mnist_test_digits()
    panel = make_panel(qtbot, synchronous, data=(images[:300], labels[:300]), ascent_settings=AscentSettings(steps=40))
    panel.set_network(weights, "Shipped weights")
    panel.set_unit("fc3", 3)
    progress = []
    panel.ascent_progress.valueChanged.connect(progress.append)
    with qtbot.waitSignal(panel.ascent_finished, timeout=60000):
        qtbot.mouseClick(panel.make_button, Qt.MouseButton.LeftButton)
    run = panel.ascent()
    assert run.done and not run.cancelled and run.step == 40
    assert progress == [0, 25, 50, 75, 100]
    assert not panel.picture.pixmap().isNull() and not panel.cancel_button.isEnabled()
    model = load_lenet()
    made = float(unit_activation(model, "fc3", 3, run.picture)[0])
    assert made == pytest.approx(run.activation, abs=1e-4) and made > run.on_noise + 1 and made > run.on_average + 1
    assert "after 40 of 40 steps" in panel.ascent_label.text()


def test_a_picture_being_made_is_cancelled_between_steps_and_a_new_request_replaces_it(qtbot, threaded_worker, weights):
    worker = threaded_worker  # cancelling between steps is about a job running on the thread
    images, labels = mnist_test_digits()
    panel = make_panel(qtbot, worker, data=(images[:300], labels[:300]),
                       ascent_settings=AscentSettings(steps=5000))  # far more than the test waits for
    panel.set_network(weights, "Shipped weights")
    panel.set_unit("conv2", 2)
    qtbot.mouseClick(panel.make_button, Qt.MouseButton.LeftButton)
    first = panel.ascent()
    qtbot.waitUntil(lambda: first.step >= 20, timeout=30000)
    panel.set_unit("fc1", 9)
    qtbot.mouseClick(panel.make_button, Qt.MouseButton.LeftButton)  # a new request replaces the old
    second = panel.ascent()
    assert second is not first and first.cancelled and (second.layer_name, second.unit) == ("fc1", 9)
    qtbot.waitUntil(lambda: second.step >= 20, timeout=30000)
    assert panel.cancel_button.isEnabled()
    with qtbot.waitSignal(panel.ascent_finished, timeout=5000):
        qtbot.mouseClick(panel.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(worker.is_idle, timeout=10000)  # the running chunk stopped at its next step
    stopped_at = second.step
    assert second.cancelled and second.done and stopped_at < 5000 and first.step < 5000
    assert "cancelled after" in panel.ascent_label.text() and not panel.cancel_button.isEnabled()
    assert not panel.picture.pixmap().isNull()
    worker.submit(worker.new_channel("probe"), lambda: None)
    qtbot.waitUntil(worker.is_idle, timeout=5000)
    assert second.step == stopped_at  # nothing more was computed for it


@pytest.mark.slow
def test_a_right_click_on_a_map_opens_the_panel_and_a_digit_opens_in_the_explorer(qtbot, tmp_path):
    worker = ComputeWorker()
    window = MainWindow(worker=worker, settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat),
                        start_view="lenet")
    qtbot.addWidget(window)
    window.resize(1600, 1000)
    window.show()
    try:
        qtbot.waitUntil(lambda: window.view_is_settled("lenet"), timeout=30000)
        tools = window.model_tools
        assert tools.units_action.text().replace("&", "") == "What does each unit look for?"
        view = window.views["lenet"]
        conv2 = view.layers.grids["conv2"]
        qtbot.mouseClick(conv2.graphics_widget().viewport(), Qt.MouseButton.RightButton,
                         pos=conv2.tile_center_in_widget(6).toPoint())
        menu = view.layers.unit_menu
        qtbot.waitUntil(menu.isVisible, timeout=2000)
        (action,) = menu.actions()
        assert action.text() == "What does conv2 map 7 look for?"
        action.trigger()
        menu.close()
        panel = tools.units
        assert panel is not None and panel.unit() == ("conv2", 6) and tools.docks["units"].isVisible()
        qtbot.waitUntil(lambda: panel.top() is not None and not panel.is_busy(), timeout=60000)
        digit = panel.top().digits[0]
        qtbot.mouseClick(panel.digit_buttons[0], Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: view.result() is not None
                        and view.result().request.input.name == f"MNIST test #{digit.index}", timeout=20000)
        np.testing.assert_array_equal(view.result().request.input.digit, mnist_test_digits()[0][digit.index])
        tools.docks["units"].hide()
    finally:
        window.close()
        worker.stop()


def test_the_lenet_maps_follow_the_colour_range_choice(qtbot, worker):
    view = LeNetView(worker, load_model=trained_or_random, seed=7)
    qtbot.addWidget(view)
    view.resize(1600, 1000)
    view.show()
    qtbot.waitUntil(lambda: view.result() is not None, timeout=20000)
    layers, grids = view.result().layers, view.layers.grids
    assert view.layers.color_range() == "layer"
    conv1 = layers["conv1"]
    assert grids["conv1"].tile_levels() == [levels_for("diverging", conv1)] * 6

    view.color_range.setCurrentIndex(view.color_range.findData("map"))
    assert view.layers.color_range() == "map"
    own = [levels_for("diverging", single) for single in conv1]
    assert len(set(own)) > 1 and grids["conv1"].tile_levels() == own
    assert grids["conv1"].levels() == (0.0, 1.0)  # the bar reads from each map's low end to its high end
    assert [label for _, label in grids["conv1"].bar_ticks()] == ["−max", "0", "+max"]

    view.color_range.setCurrentIndex(view.color_range.findData("network"))
    largest = max(float(np.abs(layers[name]).max()) for name in ("conv1", "pool1", "conv2", "pool2", "fc1", "fc2"))
    bound = levels_for("diverging", np.array([-largest, largest]))[1]
    for stage in ("conv1", "conv2", "fc1", "fc2"):
        assert set(grids[stage].tile_levels()) == {(-bound, bound)}
    for stage in ("relu1", "pool1", "relu2", "pool2"):
        assert set(grids[stage].tile_levels()) == {(0.0, bound)}
    ticks = grids["conv1"].bar_ticks()  # its own numbers again, each reading its value
    assert len(ticks) >= 2 and all(float(text.replace("−", "-")) == pytest.approx(value) for value, text in ticks)

    view.color_range.setCurrentIndex(view.color_range.findData("layer"))
    assert grids["conv2"].tile_levels() == [levels_for("diverging", layers["conv2"])] * 16
