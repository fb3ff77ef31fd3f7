"""LeNet architecture, activations (checked against plain torch) and the parameter table."""

from __future__ import annotations

import numpy as np
import pytest
import torch
import torch.nn.functional as F

from convviz.model import (
    DECK_LENET,
    LAYER_NAMES,
    LeNet,
    activations,
    deck_lenet_table,
    parameter_table,
    predict,
)

SHAPES = {
    "input": (1, 28, 28),
    "conv1": (6, 28, 28),
    "relu1": (6, 28, 28),
    "pool1": (6, 14, 14),
    "conv2": (16, 10, 10),
    "relu2": (16, 10, 10),
    "pool2": (16, 5, 5),
    "fc1": (120,),
    "relu3": (120,),
    "fc2": (84,),
    "relu4": (84,),
    "fc3": (10,),
    "softmax": (10,),
}


@pytest.fixture(scope="module")
def model() -> LeNet:
    torch.manual_seed(1)
    return LeNet().eval()


@pytest.fixture(scope="module")
def picture() -> np.ndarray:
    return np.random.default_rng(0).random((28, 28), dtype=np.float32)


def test_named_layers_have_the_lenet5_sizes(model):
    assert (model.conv1.in_channels, model.conv1.out_channels, model.conv1.kernel_size, model.conv1.padding) == (
        1, 6, (5, 5), (2, 2),
    )  # fmt: skip
    assert (model.conv2.in_channels, model.conv2.out_channels, model.conv2.kernel_size) == (6, 16, (5, 5))
    assert (model.fc1.in_features, model.fc1.out_features) == (400, 120)
    assert (model.fc2.in_features, model.fc2.out_features) == (120, 84)
    assert (model.fc3.in_features, model.fc3.out_features) == (84, 10)
    assert model(torch.zeros(3, 1, 28, 28)).shape == (3, 10)


def test_activations_cover_every_layer_with_batchless_shapes(model, picture):
    maps = activations(model, picture)
    assert tuple(maps) == LAYER_NAMES
    assert {name: value.shape for name, value in maps.items()} == SHAPES
    assert all(value.dtype == np.float32 for value in maps.values())


def test_activations_match_a_plain_torch_forward_pass(model, picture):
    maps = activations(model, picture)
    x = torch.from_numpy(picture)[None, None]
    with torch.no_grad():
        conv1 = F.conv2d(x, model.conv1.weight, model.conv1.bias, padding=2)
        pool1 = F.max_pool2d(F.relu(conv1), 2)
        conv2 = F.conv2d(pool1, model.conv2.weight, model.conv2.bias)
        pool2 = F.max_pool2d(F.relu(conv2), 2)
        fc1 = pool2.flatten(1) @ model.fc1.weight.T + model.fc1.bias
        logits = model(x)
    np.testing.assert_allclose(maps["input"][0], picture)
    np.testing.assert_allclose(maps["conv1"], conv1[0].numpy(), rtol=1e-5, atol=1e-6)
    np.testing.assert_allclose(maps["relu1"], np.maximum(maps["conv1"], 0))
    np.testing.assert_allclose(maps["pool1"], maps["relu1"].reshape(6, 14, 2, 14, 2).max(axis=(2, 4)))
    np.testing.assert_allclose(maps["conv2"], conv2[0].numpy(), rtol=1e-5, atol=1e-6)
    np.testing.assert_allclose(maps["pool2"], pool2[0].numpy(), rtol=1e-5, atol=1e-6)
    np.testing.assert_allclose(maps["fc1"], fc1[0].numpy(), rtol=1e-5, atol=1e-5)
    np.testing.assert_allclose(maps["relu4"], np.maximum(maps["fc2"], 0))
    np.testing.assert_allclose(maps["fc3"], logits[0].numpy(), rtol=1e-5, atol=1e-6)
    np.testing.assert_allclose(maps["softmax"], predict(model, picture)[0], rtol=1e-5, atol=1e-7)
    assert maps["softmax"].sum() == pytest.approx(1.0, abs=1e-5)


def test_predict_accepts_uint8_and_float_single_or_batch(model):
    digits = np.random.default_rng(2).integers(0, 256, size=(4, 28, 28), dtype=np.uint8)
    from_uint8 = predict(model, digits)
    assert from_uint8.shape == (4, 10) and from_uint8.dtype == np.float32
    np.testing.assert_allclose(from_uint8.sum(axis=1), 1, atol=1e-5)
    np.testing.assert_allclose(predict(model, digits / 255.0), from_uint8, atol=1e-6)
    np.testing.assert_allclose(predict(model, digits[1]), from_uint8[1:2], atol=1e-6)


@pytest.mark.parametrize(
    "bad, words",
    [
        (np.zeros((32, 32)), "28×28"),
        (np.zeros((2, 3, 28, 28)), "28×28"),
        (np.full((28, 28), 200.0), "[0, 1]"),
        (np.full((28, 28), np.nan), "NaN"),
        (np.zeros((28, 28), dtype=np.complex64), "uint8 or float"),
    ],
)
def test_bad_pictures_get_a_clear_error(model, bad, words):
    with pytest.raises(ValueError, match=words.replace("[", r"\[").replace("]", r"\]")):
        predict(model, bad)


def test_activations_refuse_a_batch(model):
    with pytest.raises(ValueError, match="one picture"):
        activations(model, np.zeros((2, 28, 28), dtype=np.float32))


def test_parameter_table_total_equals_the_real_parameter_count(model):
    table = parameter_table(model)
    assert table.total == sum(p.numel() for p in model.parameters()) == 61_706
    rows = {row.layer: row for row in table.rows}
    for name in ("conv1", "conv2", "fc1", "fc2", "fc3"):
        layer = getattr(model, name)
        assert rows[name].weights == layer.weight.numel()
        assert rows[name].biases == layer.bias.numel()
    assert [row.layer for row in table.rows] == list(LAYER_NAMES)
    assert rows["pool2"].output_shape == (16, 5, 5) and rows["fc1"].input_shape == (16, 5, 5)
    assert rows["conv1"].activation_size == 6 * 28 * 28


def test_deck_lenet_has_the_true_total_not_the_slides():
    table = deck_lenet_table()
    assert table.total == 62_006
    rows = {row.layer: row for row in table.rows}
    assert (rows["conv1"].input_shape, rows["conv1"].output_shape) == ((3, 32, 32), (6, 28, 28))
    assert (rows["conv1"].weights, rows["conv1"].biases) == (450, 6)
    assert (rows["conv2"].weights, rows["conv2"].biases) == (2400, 16)
    assert [rows[n].parameters for n in ("fc1", "fc2", "fc3")] == [48_120, 10_164, 850]
    # the slide counts one bias per fully connected layer: 61,795
    slide = table.total - sum(rows[n].biases - 1 for n in ("fc1", "fc2", "fc3"))
    assert slide == 61_795
    assert parameter_table(DECK_LENET).total == 62_006


def test_parameter_table_follows_the_input_shape():
    # a 1×32×32 input without padding: conv1 has 150 weights and fc1 still sees 16×5×5
    table = parameter_table(DECK_LENET, input_shape=(1, 32, 32))
    assert table.total == 62_006 - 300
    with pytest.raises(ValueError, match="does not fit"):
        parameter_table(DECK_LENET, input_shape=(3, 8, 8))
    with pytest.raises(ValueError, match="at least 1"):
        parameter_table(DECK_LENET, input_shape=(0, 32, 32))
    with pytest.raises(ValueError, match="LeNet"):
        parameter_table(torch.nn.Linear(3, 2))
