"""Output-size formula (number and text) and the activations, against torch."""

from __future__ import annotations

import numpy as np
import pytest
import torch
import torch.nn.functional as F
from hypothesis import given, settings
from hypothesis import strategies as st

from convviz.core import ACTIVATIONS, activation, conv2d, format_number, maxout, output_size, output_size_formula


@settings(max_examples=80, deadline=None)
@given(st.integers(1, 40), st.integers(1, 7), st.integers(0, 3), st.integers(1, 4), st.integers(1, 3))
def test_output_size_matches_conv2d(n, f, p, s, d):
    span = d * (f - 1) + 1
    if span > n + 2 * p:
        with pytest.raises(ValueError, match="add padding or use a smaller kernel"):
            output_size(n, f, padding=p, stride=s, dilation=d)
        assert "no output" in output_size_formula(n, f, padding=p, stride=s, dilation=d)
        return
    size = output_size(n, f, padding=p, stride=s, dilation=d)
    assert size == (n + 2 * p - d * (f - 1) - 1) // s + 1
    assert conv2d(np.zeros((1, n)), np.zeros((1, f)), padding=(0, p), stride=(1, s), dilation=(1, d)).shape[1] == size
    assert output_size_formula(n, f, padding=p, stride=s, dilation=d).endswith(f"= {size}")


def test_formula_text():
    assert output_size_formula(7, 3, stride=2) == "⌊(7 + 2·0 − 1·(3 − 1) − 1) / 2⌋ + 1 = 3"
    assert output_size_formula(6, 3, padding=1) == "⌊(6 + 2·1 − 1·(3 − 1) − 1) / 1⌋ + 1 = 6"
    assert output_size_formula(6, 4, padding="same") == "⌊(6 + (1 + 2) − 1·(4 − 1) − 1) / 1⌋ + 1 = 6"
    assert output_size(6, 4, padding="same") == 6
    assert output_size(9, 3, padding="valid", dilation=2) == 5
    assert output_size(7, 3, padding="same", stride=2) == 4


def test_output_size_errors_explain():
    with pytest.raises(ValueError) as error:
        output_size(3, 5)
    assert str(error.value) == (
        "the 5×5 kernel (with dilation 1 it spans 5 cells) is larger than the 3-cell padded input; "
        "add padding or use a smaller kernel"
    )
    with pytest.raises(ValueError, match="stride must be at least 1"):
        output_size(5, 3, stride=0)
    with pytest.raises(ValueError, match="padding must be 0 or more"):
        output_size(5, 3, padding=-1)
    with pytest.raises(ValueError, match="kernel size must be at least 1"):
        output_size(5, 0)
    with pytest.raises(ValueError, match="padding must be a number of cells"):
        output_size(5, 3, padding="full")
    with pytest.raises(ValueError, match="whole number"):
        output_size(5.5, 3)


@pytest.mark.parametrize(
    ("name", "reference"),
    [
        ("none", lambda t: t),
        ("relu", F.relu),
        ("leaky_relu", lambda t: F.leaky_relu(t, 0.01)),
        ("sigmoid", torch.sigmoid),
        ("tanh", torch.tanh),
        ("elu", F.elu),
    ],
)
def test_elementwise_activations_equal_torch(name, reference):
    x = np.linspace(-200, 200, 4001, dtype=np.float32)
    ours = activation(x, name)
    theirs = reference(torch.from_numpy(x)).numpy()
    assert ours.dtype == np.float32 and np.isfinite(ours).all()
    np.testing.assert_allclose(ours, theirs, rtol=1e-6, atol=1e-7)
    tensor_out = activation(torch.from_numpy(x), name)
    assert isinstance(tensor_out, torch.Tensor)
    np.testing.assert_allclose(tensor_out.numpy(), theirs, rtol=1e-6, atol=1e-7)


def test_activation_parameters():
    assert activation([-10.0], "leaky_relu", slope=0.2).tolist() == pytest.approx([-2.0])
    assert activation([-1.0], "elu", alpha=2.0)[0] == pytest.approx(2 * np.expm1(-1))


@pytest.mark.parametrize("slope", [0.01, 0.5, 1.0, 2.5, -0.3, 0.0])
def test_leaky_relu_any_slope_equals_torch(slope):
    x = np.array([-3.0, -0.5, -0.0, 0.0, 0.25, 4.0, np.nan], dtype=np.float32)
    ours = activation(x, "leaky_relu", slope=slope)
    np.testing.assert_array_equal(ours, F.leaky_relu(torch.from_numpy(x), slope).numpy())


@pytest.mark.parametrize("name", ["sigmoid", "elu"])
def test_torch_backed_activations_take_any_numpy_view_and_leave_it_alone(name):
    base = np.linspace(-30, 30, 120, dtype=np.float32).reshape(10, 12)
    frozen = base.copy()
    frozen.flags.writeable = False
    reference = {"sigmoid": torch.sigmoid, "elu": F.elu}[name]
    for view in (base, base[::-1], base[:, ::3], base.T, frozen, np.asfortranarray(base), [1.0, -2.0]):
        expected = reference(torch.tensor(np.array(view, dtype=np.float32))).numpy()
        before = np.array(view, copy=True)
        ours = activation(view, name)
        assert isinstance(ours, np.ndarray) and ours.dtype == np.float32
        np.testing.assert_allclose(ours, expected, rtol=1e-6, atol=1e-7)  # torch's strided kernels round apart
        np.testing.assert_array_equal(np.asarray(view), before)


@pytest.mark.parametrize(("name", "slope"), [("relu", 0.01), ("leaky_relu", 0.01), ("leaky_relu", 3.0), ("tanh", 0.01)])
def test_big_maps_split_between_threads_equal_torch(monkeypatch, name, slope):
    """A map just over PARALLEL_MIN_CELLS goes to two threads (in blocks for leaky ReLU)."""
    import convviz.core.activations as activations_module
    import convviz.core.bands as bands_module

    monkeypatch.setattr(bands_module, "THREADS", 2)
    splits = []
    run_bands = activations_module.run_bands
    monkeypatch.setattr(activations_module, "run_bands", lambda job, split: splits.append(split) or run_bands(job, split))
    side = int(np.sqrt(activations_module.PARALLEL_MIN_CELLS)) + 1
    x = np.random.default_rng(8).normal(0, 3, size=(side, side + 3)).astype(np.float32)
    x[::97, ::89] = np.nan
    reference = {"relu": F.relu, "leaky_relu": lambda t: F.leaky_relu(t, slope), "tanh": torch.tanh}[name]
    np.testing.assert_allclose(activation(x, name, slope=slope), reference(torch.from_numpy(x)).numpy(), rtol=1e-6, atol=1e-7)
    assert splits == [[(0, x.size // 2), (x.size // 2, x.size)]]
    view = x[:, ::2]  # not contiguous: one pass on this thread
    np.testing.assert_allclose(activation(view, name, slope=slope), reference(torch.from_numpy(view.copy())).numpy(), rtol=1e-6, atol=1e-7)
    assert len(splits) == 1


def test_softmax_whole_array_or_axis():
    x = np.array([[1.0, 2.0], [3.0, 1000.0]], dtype=np.float32)
    whole = activation(x, "softmax")
    assert whole.sum() == pytest.approx(1.0) and np.isfinite(whole).all()
    rows = activation(x, "softmax", axis=-1)
    np.testing.assert_allclose(rows, torch.softmax(torch.from_numpy(x), dim=-1).numpy(), rtol=1e-6)
    np.testing.assert_allclose(activation(torch.from_numpy(x), "softmax").numpy(), whole, rtol=1e-6)


def test_maxout_across_maps():
    maps = np.stack([np.eye(3), -np.eye(3), np.full((3, 3), 0.5)])
    np.testing.assert_array_equal(maxout(maps), np.maximum(np.eye(3), 0.5))
    np.testing.assert_array_equal(maxout(torch.from_numpy(maps)).numpy(), np.maximum(np.eye(3), 0.5))
    with pytest.raises(ValueError, match="at least one feature map"):
        maxout(np.zeros((0, 3)))


def test_activation_catalogue_for_the_ui():
    assert list(ACTIVATIONS) == ["none", "relu", "leaky_relu", "sigmoid", "tanh", "elu", "softmax"]
    for name, info in ACTIVATIONS.items():
        assert info.name == name and info.label and info.formula and info.description.endswith(".")
    assert ACTIVATIONS["relu"].formula == "max(0, x)"


def test_unknown_activation():
    with pytest.raises(ValueError, match="unknown activation 'swish'; choose one of none, relu"):
        activation([1.0], "swish")
    with pytest.raises(ValueError, match="only numbers"):
        activation(["a"], "relu")
    assert activation([-1.0], "ReLU").tolist() == [0.0]
    assert activation([-1.0], "Leaky ReLU").tolist() == pytest.approx([-0.01])


@pytest.mark.parametrize(
    ("value", "text"),
    [(0.2, "0.2"), (np.float32(0.2), "0.2"), (-1, "−1"), (3.0, "3"), (3.25, "3.25"), (1 / 3, "0.3333"),
     (-0.0, "0"), (1e-6, "1e−06"), (float("inf"), "∞"), (float("nan"), "NaN"), (123456.0, "123456")],
)
def test_format_number(value, text):
    assert format_number(value) == text
