"""What each unit looks for, checked against independent torch computations (no Qt).

- the nine strongest test digits of a unit equal an argsort of its maximum
  activation in a full forward with torch's own functional layers, over the
  first `DIGITS` test digits (three chunks of the pass, so tops are merged
  across chunks as over all 10,000; a quarter of the time);
- the box each digit gets equals the receptive field of the strongest position,
  found independently from which input pixels the gradient reaches;
- activation maximisation drives the unit far above its value on noise and on
  the average digit, in chunks as in one go, and stops between steps when asked.
"""

from __future__ import annotations

import numpy as np
import pytest
import torch
import torch.nn.functional as F
from hypothesis import given, settings
from hypothesis import strategies as st
from model_fixtures import SmallCNN, seeded
from torch import nn

from convviz.model import load_lenet
from convviz.model.discover import discover_chain
from convviz.model.units import (
    AscentSettings,
    ascent_steps,
    maximise,
    receptive_field,
    start_picture,
    unit_activation,
    unit_layers,
)
from convviz.state.colors import levels_for, range_levels
from convviz.state.lenet_run import test_digits as mnist_test_digits
from convviz.state.units import AscentRun, LayerPass, average_test_digit, unit_title

# Opening own models is what these tests are about, not the sandbox's own start (warm, pooled processes).
pytestmark = pytest.mark.usefixtures("lent_sandboxes")


DIGITS = 3000  # test digits the passes read: three of LayerPass's 1,000-digit chunks


@pytest.fixture(scope="module")
def digits():
    images, labels = mnist_test_digits()
    return images[:DIGITS], labels[:DIGITS]


@pytest.fixture(scope="module")
def lenet():
    return load_lenet()


@pytest.fixture(scope="module")
def reference(lenet, digits):
    """Every LeNet unit's strength on the first `DIGITS` test digits: one forward with torch's functional layers.

    Returns layer -> (max value per digit and unit, flat position of that maximum or None).
    """
    images, _ = digits
    weights = {name: tensor.detach() for name, tensor in lenet.state_dict().items()}
    x = torch.from_numpy(images.astype(np.float32) / 255.0)[:, None]
    found = {}
    with torch.no_grad():
        conv1 = F.conv2d(x, weights["conv1.weight"], weights["conv1.bias"], padding=2)
        found["conv1"] = conv1.flatten(2).amax(2), conv1.flatten(2).argmax(2)
        conv2 = F.conv2d(F.max_pool2d(F.relu(conv1), 2), weights["conv2.weight"], weights["conv2.bias"])
        del conv1
        found["conv2"] = conv2.flatten(2).amax(2), conv2.flatten(2).argmax(2)
        fc1 = F.linear(F.max_pool2d(F.relu(conv2), 2).flatten(1), weights["fc1.weight"], weights["fc1.bias"])
        fc2 = F.linear(F.relu(fc1), weights["fc2.weight"], weights["fc2.bias"])
        fc3 = F.linear(F.relu(fc2), weights["fc3.weight"], weights["fc3.bias"])
        found.update(fc1=(fc1, None), fc2=(fc2, None), fc3=(fc3, None))
    return found


def full_pass(make_model, layer, *, chunk=1000, data=None) -> LayerPass:
    layer_pass = LayerPass(make_model, layer, data=data, chunk=chunk)
    while not layer_pass.done:
        layer_pass.run_chunk()
    return layer_pass


@pytest.fixture(scope="module")
def lenet_pass(lenet, digits):
    """`lenet_pass(layer)`: LeNet's pass over the first `DIGITS` test digits for that layer, made once per module."""
    made: dict[str, LayerPass] = {}

    def get(layer: str) -> LayerPass:
        if layer not in made:
            made[layer] = full_pass(lambda: lenet, layer, data=digits)
        return made[layer]

    return get


def ones_twin(windows) -> nn.Sequential:
    """A network of the same geometry whose every weight is 1 and whose pools average: each input
    pixel a position can see reaches it with a positive gradient, and no other pixel does."""
    layers = []
    for kind, kernel, stride, padding, dilation in windows:
        if kind == "conv":
            conv = nn.Conv2d(1, 1, kernel, stride, padding, dilation, bias=False)
            nn.init.ones_(conv.weight)
            layers.append(conv)
        else:
            layers.append(nn.AvgPool2d(kernel, stride, padding))
    return nn.Sequential(*layers)


def gradient_box(twin: nn.Module, row: int, col: int) -> tuple[int, int, int, int] | None:
    x = torch.ones((1, 1, 28, 28), requires_grad=True)
    twin(x)[0, 0, row, col].backward()
    rows, cols = np.nonzero(x.grad[0, 0].numpy())
    if rows.size == 0:
        return None
    return int(rows.min()), int(cols.min()), int(rows.max()) + 1, int(cols.max()) + 1


# ------------------------------------------------------------------------------------------- top digits


@pytest.mark.parametrize("layer", ["conv1", "conv2", "fc1", "fc2", "fc3"])
def test_top_nine_equal_an_argsort_of_a_full_torch_forward(lenet_pass, reference, layer):
    layer_pass = lenet_pass(layer)
    values, positions = reference[layer]
    np.testing.assert_allclose(layer_pass.scores(), values.numpy(), rtol=1e-5, atol=1e-5)
    units = values.shape[1]
    for unit in sorted({0, units // 2, units - 1}):
        expected = torch.argsort(values[:, unit], descending=True, stable=True)[:9].tolist()
        top = layer_pass.top(unit)
        assert top.indices == expected
        labels = mnist_test_digits()[1]
        assert [digit.label for digit in top.digits] == [int(labels[i]) for i in expected]
        scores = [digit.score for digit in top.digits]
        assert scores == sorted(scores, reverse=True)
        if positions is None:
            assert all(digit.box == (0, 0, 28, 28) and digit.position is None for digit in top.digits)


def test_each_digits_box_is_the_gradient_field_of_its_strongest_position(lenet_pass, reference):
    twins = {"conv1": ones_twin([("conv", 5, 1, 2, 1)]),
             "conv2": ones_twin([("conv", 5, 1, 2, 1), ("pool", 2, 2, 0, 1), ("conv", 5, 1, 0, 1)])}
    for layer, width in (("conv1", 28), ("conv2", 10)):
        top = lenet_pass(layer).top(3)
        _, positions = reference[layer]
        for digit in top.digits:
            row, col = divmod(int(positions[digit.index, 3]), width)
            assert digit.position == (row, col)
            assert digit.box == gradient_box(twins[layer], row, col)


def test_lenet_fields_follow_its_geometry(lenet):
    conv1, conv2 = receptive_field(lenet, "conv1"), receptive_field(lenet, "conv2")
    assert (conv1.size, conv1.jump, conv1.start) == ((5, 5), (1, 1), (-2, -2))  # 5×5, padding 2
    assert (conv2.size, conv2.jump, conv2.start) == ((14, 14), (2, 2), (-2, -2))  # 5 + 4·2 after a 2×2 pool
    assert conv2.box(0, 0) == (0, 0, 12, 12) and conv2.box(9, 9) == (16, 16, 28, 28)
    assert receptive_field(lenet, "fc1") is None


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["conv", "pool"]), st.integers(1, 5), st.integers(1, 3),
                          st.integers(0, 2), st.integers(1, 2)), min_size=1, max_size=3),
       st.floats(0, 1), st.floats(0, 1))
def test_fields_of_any_chain_match_where_the_gradient_reaches(windows, row_at, col_at):
    windows = [(kind, k, s, min(p, k // 2), d if kind == "conv" else 1) for kind, k, s, p, d in windows]
    model = nn.Sequential(*(
        nn.Conv2d(1, 1, k, s, p, d) if kind == "conv" else nn.MaxPool2d(k, s, p) for kind, k, s, p, d in windows
    ), nn.ReLU()).eval()
    try:
        with torch.no_grad():
            out = model(torch.zeros(1, 1, 28, 28))
    except RuntimeError:
        return  # the picture shrank away: no such network
    model.layers = discover_chain(model)
    last = str(len(windows) - 1)
    if windows[-1][0] != "conv":
        assert receptive_field(model, last) is None  # only convolution layers have units to box
        model = nn.Sequential(*model[:-1], nn.Conv2d(1, 1, 1)).eval()
        model.layers = discover_chain(model)
        windows = [*windows, ("conv", 1, 1, 0, 1)]
        with torch.no_grad():
            out = model(torch.zeros(1, 1, 28, 28))
    row, col = round(row_at * (out.shape[2] - 1)), round(col_at * (out.shape[3] - 1))
    field = receptive_field(model, str(len(windows) - 1))
    top, left, bottom, right = field.box(row, col)
    expected = gradient_box(ones_twin(windows), row, col)
    if expected is None:  # the position sees only padding
        assert bottom <= top or right <= left
    else:  # exact, also where dilation or a stride wider than its kernel leaves gaps at the picture's edge
        assert (top, left, bottom, right) == expected


def test_a_stride_wider_than_its_kernel_leaves_the_last_column_unseen():
    """The chain hypothesis found: a 1x1 stride-2 layer skips odd pixels, so the last output of a padded
    2x2 layer after it sees column 26 alone, not the span's 26-27."""
    windows = [("conv", 1, 1, 0, 1), ("conv", 1, 2, 0, 1), ("conv", 2, 1, 1, 1)]
    model = nn.Sequential(*(nn.Conv2d(1, 1, k, s, p, d) for _, k, s, p, d in windows)).eval()
    model.layers = discover_chain(model)
    field = receptive_field(model, "2")
    assert field.box(14, 14) == gradient_box(ones_twin(windows), 14, 14) == (26, 26, 27, 27)
    assert field.box(3, 5) == gradient_box(ones_twin(windows), 3, 5)


def test_an_own_chain_offers_its_conv_and_linear_layers_and_ranks_like_torch():
    model = seeded(SmallCNN())
    model.layers = discover_chain(model)
    layers = unit_layers(model)
    assert [(layer.name, layer.units, layer.noun) for layer in layers] == [
        ("features.0", 4, "map"), ("features.3", 8, "map"), ("classifier.0", 32, "unit"), ("classifier.2", 10, "class score")]
    images, labels = mnist_test_digits()
    data = (images[:700], labels[:700])
    layer_pass = full_pass(lambda: model, "features.3", chunk=300, data=data)
    with torch.no_grad():
        maps = model.features[:4](torch.from_numpy(images[:700].astype(np.float32) / 255)[:, None])
    strongest = maps.flatten(2).amax(2)
    assert layer_pass.top(5).indices == torch.argsort(strongest[:, 5], descending=True, stable=True)[:9].tolist()
    field = receptive_field(model, "features.3")
    assert (field.size, field.jump, field.start) == ((8, 8), (2, 2), (-1, -1))


# ------------------------------------------------------------------------------------------- ascent


@pytest.mark.parametrize(("layer", "unit"), [("conv1", 0), ("conv2", 5), ("fc1", 0), ("fc2", 3), ("fc3", 7)])
def test_ascent_drives_the_unit_far_above_noise_and_the_average_digit(lenet, reference, layer, unit):
    picture = maximise(lenet, layer, unit)
    assert picture.shape == (28, 28) and picture.min() >= 0.0 and picture.max() <= 1.0
    noise, average, made = unit_activation(lenet, layer, unit, np.stack([start_picture(0), average_test_digit(), picture]))
    baseline = max(noise, average)
    best_digit = float(reference[layer][0][:, unit].max())  # over all positions of every test digit
    assert made > baseline + 1.0
    assert made - baseline > 0.5 * (best_digit - baseline)


def test_an_ascent_in_chunks_is_the_ascent_in_one_go_and_reports_its_progress(lenet):
    quick = AscentSettings(steps=24)
    run = AscentRun(lambda: lenet, "fc3", 2, quick, chunk=7)
    fractions = []
    while not run.done:
        run.run_chunk()
        fractions.append(run.fraction)
    assert fractions == pytest.approx([7 / 24, 14 / 24, 21 / 24, 1.0])
    np.testing.assert_array_equal(run.picture, maximise(lenet, "fc3", 2, quick))
    assert [point.step for point in run.history] == [7, 14, 21, 24]
    assert run.history[-1].activation > run.on_noise and run.history[-1].activation > run.on_average
    assert run.box == (0, 0, 28, 28) and run.centre is None


def test_an_ascent_stops_between_steps_when_asked(lenet):
    asked = []

    def should_stop():
        asked.append(True)
        return len(asked) > 3

    picture, ran = ascent_steps(lenet, "conv2", 1, start_picture(0), 0, 50, AscentSettings(), should_stop)
    assert ran == 3 and len(asked) == 4
    np.testing.assert_array_equal(picture, ascent_steps(lenet, "conv2", 1, start_picture(0), 0, 3, AscentSettings())[0])

    run = AscentRun(lambda: lenet, "conv2", 1)
    run.run_chunk()
    run.cancel()  # between two chunks: no chunk comes to say it is done, and nothing may wait for one
    assert run.done and run.cancelled and run.step == 10
    run.run_chunk()
    assert run.done and run.cancelled and run.step == 10
    assert run.centre == (5, 5) and run.box == receptive_field(lenet, "conv2").box(5, 5)


def test_units_that_do_not_exist_are_refused_with_a_sentence(lenet):
    with pytest.raises(ValueError, match="conv1 has no unit number 7; its units are numbered 1 to 6"):
        layer_pass = LayerPass(lambda: lenet, "conv1", data=(mnist_test_digits()[0][:10], mnist_test_digits()[1][:10]))
        layer_pass.run_chunk()
        layer_pass.top(6)
    with pytest.raises(ValueError, match="no layer 'conv9'"):
        LayerPass(lambda: lenet, "conv9").run_chunk()
    with pytest.raises(ValueError, match="0 to 9, not 10"):
        maximise(lenet, "fc3", 10)
    with pytest.raises(ValueError, match="1 to 5,000 steps"):
        AscentSettings(steps=0)
    assert unit_title(unit_layers(lenet)[4], 7) == "fc3 · class score of 7"
    assert unit_title(unit_layers(lenet)[0], 0) == "conv1 map 1"


# ------------------------------------------------------------------------------------------- colours


def test_colour_ranges_follow_the_choice():
    rng = np.random.default_rng(0)
    quiet, loud = rng.normal(0, 0.1, (6, 4, 4)), rng.normal(0, 3.0, (16, 2, 2))
    quiet[2] *= 8  # one map of the quiet layer much louder than the others (still quieter than `loud`)
    shared = levels_for("diverging", quiet)
    assert range_levels("layer", "diverging", quiet) == [shared] * 6
    own = range_levels("map", "diverging", quiet)
    assert own == [levels_for("diverging", single) for single in quiet]
    assert own[2] == shared and own[0] != shared and own[0][1] < shared[1]
    network = [quiet, loud, np.abs(loud)]
    whole = range_levels("network", "diverging", quiet, network)
    bound = levels_for("diverging", np.concatenate([v.ravel() for v in network]))
    assert whole == [bound] * 6 and bound[1] >= np.abs(loud).max() and bound[1] > shared[1]
    positive = range_levels("network", "sequential", np.abs(quiet), network)
    assert positive == [(0.0, bound[1])] * 6  # a layer that cannot be negative keeps 0 at its low end
    with pytest.raises(ValueError, match="unknown colour range"):
        range_levels("everything", "diverging", quiet)


# ------------------------------------------------------------------------------------------- own models


def test_an_opened_torchscript_model_is_looked_into_in_its_sandbox_as_in_process(tmp_path):
    from model_fixtures import save_torchscript

    from convviz.model.custom import load_user_model

    model = seeded(SmallCNN())
    save_torchscript(model, tmp_path / "small.pt")
    opened = load_user_model(tmp_path / "small.pt")
    try:
        assert opened.kind == "torchscript"
        model.layers = discover_chain(model)
        assert unit_layers(opened) == unit_layers(model)
        images, labels = mnist_test_digits()
        data = (images[:400], labels[:400])
        for layer in ("features.0", "classifier.2"):
            there, here = (full_pass(lambda m=m: m, layer, chunk=150, data=data) for m in (opened, model))
            np.testing.assert_allclose(there.scores(), here.scores(), rtol=1e-5, atol=1e-6)
            assert there.top(1).indices == here.top(1).indices
            assert [d.box for d in there.top(1).digits] == [d.box for d in here.top(1).digits]
            assert there.top(1).field == here.top(1).field
        quick = AscentSettings(steps=12)
        runs = [AscentRun(lambda m=m: m, "features.3", 2, quick, chunk=5) for m in (opened, model)]
        for run in runs:
            while not run.done:
                run.run_chunk()
        np.testing.assert_allclose(runs[0].picture, runs[1].picture, atol=1e-5)
        assert runs[0].centre == runs[1].centre == (6, 6)  # the middle of 12×12 maps
        assert runs[0].history[-1].activation == pytest.approx(runs[1].history[-1].activation, abs=1e-4)
        assert runs[0].activation > runs[0].on_noise
    finally:
        opened.close()
