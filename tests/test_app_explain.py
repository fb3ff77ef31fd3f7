"""Why this digit? The three overlays follow the picture and the chosen class, computed on the worker."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt

from convviz.app.tools.model.explain_panel import PREDICTED, ExplainPanel
from convviz.app.tools.model.overlay_map import overlay_rgb
from convviz.model import load_lenet, load_mnist
from convviz.model.explain import grad_cam, occlusion, saliency
from convviz.state.lenet import LeNetState


@pytest.fixture(scope="module")
def digits():
    images, labels = load_mnist("test")
    return images[:20], labels[:20]


@pytest.fixture(scope="module")
def model():
    return load_lenet()


@pytest.fixture
def panel(qtbot, worker):
    panel = ExplainPanel(worker)
    qtbot.addWidget(panel)
    panel.resize(960, 470)
    panel.show()
    return panel


def explain_now(qtbot, panel, picture, network, name="digit", label=None):
    with qtbot.waitSignal(panel.updated, timeout=20000):
        panel.set_source(picture, network, name, label)
    return panel.result()


def test_three_maps_of_the_input_shape_for_the_predicted_class(qtbot, panel, digits, model):
    image, label = digits[0][0] / 255.0, int(digits[1][0])
    snapshot = LeNetState(model.state_dict()).snapshot()
    result = explain_now(qtbot, panel, image, snapshot, "test #0", label)
    assert result.target == result.predicted == label  # the shipped network reads test digit #0 right
    for name, function in (("saliency", saliency), ("grad_cam", grad_cam), ("occlusion", occlusion)):
        heat = panel.panels[name].heat()
        assert heat.shape == image.shape
        np.testing.assert_allclose(heat, function(model, image, label), rtol=1e-4, atol=1e-6)
    assert panel.panels["grad_cam"].title.text() == "Grad-CAM on conv2"
    assert f"reads <b>{label}</b>" in panel.heading.text()
    assert panel.class_buttons.button(label).text() == f"{label}★"


def test_choosing_a_class_explains_that_class(qtbot, panel, digits, model):
    image = digits[0][0] / 255.0
    snapshot = LeNetState(model.state_dict()).snapshot()
    predicted = explain_now(qtbot, panel, image, snapshot)
    other = (predicted.predicted + 1) % 10
    with qtbot.waitSignal(panel.updated, timeout=20000):
        qtbot.mouseClick(panel.class_buttons.button(other), Qt.MouseButton.LeftButton)
    chosen = panel.result()
    assert chosen.target == other and chosen.predicted == predicted.predicted
    for name in ("saliency", "occlusion"):
        assert not np.allclose(chosen.maps[name], predicted.maps[name])
        np.testing.assert_array_equal(panel.panels[name].heat(), chosen.maps[name])
    np.testing.assert_allclose(chosen.maps["saliency"], saliency(model, image, other), rtol=1e-4, atol=1e-6)
    # Back to following the prediction.
    with qtbot.waitSignal(panel.updated, timeout=20000):
        qtbot.mouseClick(panel.class_buttons.button(PREDICTED), Qt.MouseButton.LeftButton)
    assert panel.target() is None and panel.result().target == predicted.predicted


def test_maps_follow_the_input(qtbot, panel, digits, model):
    snapshot = LeNetState(model.state_dict()).snapshot()
    first = explain_now(qtbot, panel, digits[0][0] / 255.0, snapshot)
    second = explain_now(qtbot, panel, digits[0][1] / 255.0, snapshot)
    assert second.request.picture is not first.request.picture
    for name in ("saliency", "grad_cam", "occlusion"):
        assert not np.allclose(first.maps[name], second.maps[name])


def test_edited_weights_are_what_gets_explained(qtbot, panel, digits, model):
    state = LeNetState(model.state_dict())
    image = digits[0][3] / 255.0
    before = explain_now(qtbot, panel, image, state.snapshot())
    for out in range(6):
        state.zero_filter("conv1", out)
    after = explain_now(qtbot, panel, image, state.snapshot())
    assert not np.allclose(before.maps["occlusion"], after.maps["occlusion"])


def test_a_burst_of_pictures_is_coalesced_to_the_newest(qtbot, panel, worker, digits, model):
    snapshot = LeNetState(model.state_dict()).snapshot()
    with qtbot.waitSignal(panel.updated, timeout=20000):
        for image in digits[0][:10]:
            panel.set_source(image / 255.0, snapshot)
    qtbot.waitUntil(lambda: not panel.is_busy() and worker.is_idle(), timeout=20000)
    np.testing.assert_allclose(panel.result().request.picture, digits[0][9] / 255.0, atol=1e-6)
    assert worker.latest_generation("explain") <= 3


def test_overlay_leaves_the_picture_where_there_is_no_evidence():
    picture = np.linspace(0, 1, 28 * 28, dtype=np.float32).reshape(28, 28)
    heat = np.zeros((28, 28), np.float32)
    heat[10, 10] = 1.0
    rgb = overlay_rgb(picture, heat, "sequential", (0.0, 1.0))
    grey = np.round(255 * 0.8 * picture).astype(np.uint8)
    mask = heat == 0
    np.testing.assert_array_equal(rgb[mask][:, 0], grey[mask])
    assert not np.array_equal(rgb[10, 10], np.repeat(grey[10, 10], 3))
    signed = overlay_rgb(picture, -heat, "diverging", (-1.0, 1.0))
    assert signed[10, 10, 2] > signed[10, 10, 0]  # negative: blue


def test_panel_screenshot_is_not_blank(qtbot, panel, digits, model, tmp_path):
    snapshot = LeNetState(model.state_dict()).snapshot()
    explain_now(qtbot, panel, digits[0][0] / 255.0, snapshot)
    image = panel.grab().toImage()
    path = tmp_path / "explain.png"
    assert image.save(str(path))
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    assert len(colours) > 50
