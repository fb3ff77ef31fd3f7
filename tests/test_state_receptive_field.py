"""Receptive fields of stacked convolutions against torch autograd; two 3×3 layers equal one 5×5 kernel."""

from __future__ import annotations

import numpy as np
import torch
import torch.nn.functional as F
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from convviz.state.receptive_field import Layer, combined_kernel, receptive_field, stacked_maps


def _torch_field(cell, layers, input_hw):
    """Input cells whose gradient reaches `cell` of the last layer, with all-ones kernels (no cancelling)."""
    x = torch.ones((1, 1, *input_hw), dtype=torch.float64, requires_grad=True)
    y = x
    for layer in layers:
        w = torch.ones((1, 1, *layer.kernel), dtype=torch.float64)
        y = F.conv2d(y, w, stride=layer.stride, padding=layer.padding, dilation=layer.dilation)
    y[0, 0][cell].backward()
    return {tuple(map(int, rc)) for rc in np.argwhere(x.grad[0, 0].numpy() != 0)}


@st.composite
def stacks(draw):
    layers = [
        Layer(kernel=(draw(st.integers(1, 3)), draw(st.integers(1, 3))), stride=(draw(st.integers(1, 2)),) * 2,
              dilation=(draw(st.integers(1, 2)),) * 2, padding=(draw(st.integers(0, 1)),) * 2)
        for _ in range(draw(st.integers(1, 3)))
    ]
    return layers, (draw(st.integers(7, 14)), draw(st.integers(7, 14)))


@settings(max_examples=60, deadline=None)
@given(stacks(), st.data())
def test_receptive_field_equals_torch_gradient_reach(case, data):
    layers, input_hw = case
    size = input_hw
    for layer in layers:  # the decks' formula, each axis: ⌊(n + 2p − d(f − 1) − 1) / s⌋ + 1
        size = tuple((n + 2 * p - d * (f - 1) - 1) // s + 1
                     for n, p, d, f, s in zip(size, layer.padding, layer.dilation, layer.kernel, layer.stride))
        assume(min(size) >= 1)
    cell = (data.draw(st.integers(0, size[0] - 1)), data.draw(st.integers(0, size[1] - 1)))
    assert receptive_field(cell, layers, input_hw)[0] == _torch_field(cell, layers, input_hw)


def test_two_stacked_3x3_see_5x5_and_four_see_9x9():
    three = Layer((3, 3))
    inputs, firsts = receptive_field((0, 0), [three, three], (9, 9))
    assert inputs == {(r, c) for r in range(5) for c in range(5)}
    assert firsts == {(r, c) for r in range(3) for c in range(3)}
    assert receptive_field((0, 0), [three] * 4, (9, 9))[0] == {(r, c) for r in range(9) for c in range(9)}


def test_two_kernels_in_a_row_are_one_combined_kernel_as_torch_computes():
    rng = np.random.default_rng(3)
    image = rng.integers(0, 10, (9, 9)).astype(np.float64)
    first = rng.integers(-2, 3, (3, 3)).astype(np.float64)
    second = rng.integers(-2, 3, (3, 3)).astype(np.float64)
    maps = stacked_maps(image, first, second)
    x = torch.tensor(image)[None, None]
    one = F.conv2d(x, torch.tensor(first)[None, None])
    two = F.conv2d(one, torch.tensor(second)[None, None])[0, 0].numpy()
    np.testing.assert_allclose(maps.first_map, one[0, 0].numpy())
    np.testing.assert_allclose(maps.second_map, two)
    assert maps.combined.shape == (5, 5)
    np.testing.assert_allclose(maps.combined_map, two, atol=1e-9)
    np.testing.assert_allclose(F.conv2d(x, torch.tensor(combined_kernel(first, second))[None, None])[0, 0].numpy(), two)
    inputs, firsts = maps.field_of((2, 3))
    assert inputs == {(r, c) for r in range(2, 7) for c in range(3, 8)}
    assert firsts == {(r, c) for r in range(2, 5) for c in range(3, 6)}


def test_a_second_kernel_bigger_than_the_first_map_is_refused():
    import pytest

    with pytest.raises(ValueError, match="smaller than the second"):
        stacked_maps(np.zeros((4, 4)), np.ones((3, 3)), np.ones((3, 3)))
