"""The explorer's Qt-free half: copy-on-write weights, the runner's forward pass and fall-back, the detail panels."""

from __future__ import annotations

import numpy as np
import pytest
import torch
import torch.nn.functional as F

from convviz.model import LAYER_NAMES, LeNet
from convviz.state import lenet_run as lenet_compute
from convviz.state.lenet import InputPicture, LeNetState, resize_kernel
from convviz.state.lenet_detail import detail_content
from convviz.state.lenet_run import LeNetRequest, LeNetRunner, pick_test_digit, shrink_picture


@pytest.fixture
def model():
    torch.manual_seed(1)
    return LeNet().eval()


@pytest.fixture
def state(model):
    return LeNetState(model.state_dict())


def digit_picture():
    picture = np.zeros((120, 120), dtype=np.uint8)
    picture[20:100, 55:65] = 255
    return InputPicture("drawing", picture=picture)


def test_published_snapshots_never_change(state):
    first = state.snapshot()
    frozen = first.tensors["conv1.weight"].clone()
    state.set_kernel_cell("conv1", 2, 0, 1, 1, 9.0)
    state.zero_filter("conv1", 3)
    assert torch.equal(first.tensors["conv1.weight"], frozen)
    second = state.snapshot()
    assert second.version > first.version
    assert second.tensors["conv1.weight"][2, 0, 1, 1] == 9.0
    assert not second.tensors["conv1.weight"][3].any()
    with pytest.raises(TypeError):
        second.tensors["conv1.weight"] = torch.zeros(1)  # a read-only mapping


def test_edits_resets_and_edited_flags(state):
    events = []
    state.weights_changed.connect(lambda layer, index: events.append((layer, index)))
    trained = state.kernel("conv2", 5, 4)
    state.set_kernel("conv2", 5, 4, np.ones((3, 3)))
    assert state.is_edited("conv2", 5) and state.is_edited("conv2") and state.is_edited()
    assert not state.is_edited("conv2", 4) and not state.is_edited("conv1")
    state.reset_filter("conv2", 5)
    assert np.array_equal(state.kernel("conv2", 5, 4), trained) and not state.is_edited()
    state.zero_filter("conv1", 0)
    state.reset_all()
    assert not state.is_edited()
    assert events == [("conv2", 5), ("conv2", 5), ("conv1", 0), ("", -1)]
    with pytest.raises(ValueError, match="finite"):
        state.set_kernel_cell("conv1", 0, 0, 0, 0, float("nan"))
    with pytest.raises(ValueError, match="only the filters"):
        state.zero_filter("fc1", 0)


def test_a_padded_3x3_preset_gives_the_same_response():
    sobel = np.array([[-1, 0, 1], [-2, 0, 2], [-1, 0, 1]], dtype=np.float32)
    padded = resize_kernel(sobel, 5)
    assert padded.shape == (5, 5) and np.array_equal(padded[1:4, 1:4], sobel) and padded.sum() == 0
    image = torch.rand(1, 1, 12, 12)
    small = F.conv2d(image, torch.from_numpy(sobel)[None, None], padding=1)
    large = F.conv2d(image, torch.from_numpy(padded)[None, None], padding=2)
    assert torch.allclose(small, large, atol=1e-6)
    assert resize_kernel(np.arange(49).reshape(7, 7), 5)[0, 0] == 8  # a larger kernel is cropped to its centre


def test_runner_matches_the_model_with_the_snapshot_weights(model, state):
    runner = LeNetRunner(model)
    state.zero_filter("conv1", 1)
    request = LeNetRequest(digit_picture(), state.snapshot(), "cpu")
    result = runner.run(request)
    assert list(result.layers) == list(LAYER_NAMES)
    edited = LeNet().eval()
    edited.load_state_dict(dict(state.snapshot().tensors))
    with torch.no_grad():
        expected = torch.softmax(edited(torch.from_numpy(result.model_input)[None, None]), dim=1)[0].numpy()
    assert np.allclose(result.probabilities, expected, atol=1e-6)
    assert result.stages is not None and result.device == "cpu" and result.message is None
    assert np.ptp(result.layers["conv1"][1]) == 0
    # the model the view was built from is never touched by the runner
    assert model.conv1.weight[1].abs().sum() > 0


def test_test_digits_go_in_as_they_are(model, state):
    digit = pick_test_digit(3, np.random.default_rng(0))
    assert digit.label == 3 and digit.image.shape == (28, 28) and digit.name.startswith("MNIST test #")
    request = LeNetRequest(InputPicture(digit.name, digit=digit.image, label=3), state.snapshot(), "cpu")
    result = LeNetRunner(model).run(request)
    assert result.stages is None
    assert np.array_equal(result.model_input, digit.image / np.float32(255))
    with pytest.raises(ValueError, match="0 to 9"):
        pick_test_digit(12, np.random.default_rng(0))
    with pytest.raises(ValueError, match="test set has digits"):
        pick_test_digit(None, np.random.default_rng(0), index=10_000)


def test_a_failing_device_falls_back_to_the_cpu(model, state, monkeypatch):
    monkeypatch.setattr(lenet_compute, "resolve_device", lambda name: (torch.device("cuda"), None))
    runner = LeNetRunner(model)
    real_forward = runner._forward

    def forward(device, weights, image):
        if device.type != "cpu":
            raise RuntimeError("CUDA error: out of memory")
        return real_forward(device, weights, image)

    monkeypatch.setattr(runner, "_forward", forward)
    result = runner.run(LeNetRequest(digit_picture(), state.snapshot(), "cuda"))
    assert result.device == "cpu"
    assert "failed" in result.message and "CPU" in result.message


def test_blank_pictures_are_refused_with_a_sentence(model, state):
    blank = InputPicture("drawing", picture=np.zeros((50, 50), dtype=np.uint8))
    with pytest.raises(ValueError, match="draw a digit first"):
        LeNetRunner(model).run(LeNetRequest(blank, state.snapshot(), "cpu"))


def test_detail_panels_hold_the_numbers_that_made_the_map(model, state):
    result = LeNetRunner(model).run(LeNetRequest(digit_picture(), state.snapshot(), "cpu"))
    layers, weights = result.layers, state.snapshot().tensors
    conv1 = detail_content("conv1", 4, layers, weights)
    image = torch.from_numpy(conv1.input.maps)[None]
    kernel = torch.from_numpy(conv1.operator.maps)[None]
    remade = F.conv2d(image, kernel, padding=2)[0, 0] + weights["conv1.bias"][4]
    assert np.allclose(remade.numpy(), conv1.output.maps[0], atol=1e-5)
    conv2 = detail_content("conv2", 7, layers, weights)
    remade = F.conv2d(torch.from_numpy(conv2.input.maps)[None], torch.from_numpy(conv2.operator.maps)[None])
    assert np.allclose(remade[0, 0].numpy() + float(weights["conv2.bias"][7]), conv2.output.maps[0], atol=1e-5)
    relu = detail_content("relu2", 7, layers, weights)
    assert relu.operator is None and np.array_equal(relu.output.maps[0], np.maximum(relu.input.maps[0], 0))
    pool = detail_content("pool1", 0, layers, weights)
    assert pool.input.maps.shape == (1, 28, 28) and pool.output.maps.shape == (1, 14, 14)
    fc2 = detail_content("fc2", 10, layers, weights)
    total = float(np.nansum(fc2.input.maps * fc2.operator.maps)) + float(weights["fc2.bias"][10])
    assert np.isclose(total, fc2.output.maps.item(), atol=1e-4)
    assert fc2.input.maps.shape == (1, 10, 12)
    with pytest.raises(ValueError, match="no map"):
        detail_content("softmax", 0, layers, weights)


def test_big_pictures_are_averaged_down_before_preprocessing():
    canvas = np.zeros((280, 280), dtype=np.uint8)
    canvas[40:240, 130:150] = 255
    small = shrink_picture(canvas)
    assert small.shape == (140, 140) and small.dtype == np.uint8
    assert small[20:120, 65:75].min() == 255 and small.sum() == canvas.sum() // 4
    assert shrink_picture(canvas[:100, :100]).shape == (100, 100)  # small pictures stay as they are
    odd = shrink_picture(np.ones((301, 299), dtype=np.float32))
    assert odd.shape == (150, 149) and odd.dtype == np.float32
