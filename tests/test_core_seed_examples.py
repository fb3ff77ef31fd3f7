"""Every worked example of the course decks (../shared/seeds), with TRUE values.

The decks contain a few arithmetic slips; where a slide shows a different
number, a comment names the slide and the slip, and the test asserts the
value the maths gives (the app always shows true values).
"""

from __future__ import annotations

import math

import numpy as np
import pytest

from convviz.core import (
    activation,
    conv2d,
    conv_steps,
    kernel_preset,
    maxout,
    output_size,
    output_size_formula,
    pool2d,
    pool_steps,
)

# Deck 001 "Vertical Edge Detection": the 6×6 picture and the [-1 0 1] kernel.
SIX_BY_SIX = np.array(
    [
        [3, 0, 1, 2, 7, 4],
        [1, 5, 8, 9, 3, 1],
        [2, 7, 2, 5, 1, 3],
        [0, 1, 3, 1, 7, 8],
        [4, 2, 1, 6, 2, 8],
        [2, 4, 5, 2, 3, 9],
    ]
)
MINUS_ZERO_PLUS = [[-1, 0, 1]] * 3

# Deck 001 "Strided Convolution": the same picture grown to 7×7.
SEVEN_BY_SEVEN = np.array(
    [
        [3, 0, 1, 2, 7, 4, 2],
        [1, 5, 8, 9, 3, 1, 1],
        [2, 7, 2, 5, 1, 3, 5],
        [0, 1, 3, 1, 7, 8, 4],
        [4, 2, 1, 6, 2, 8, 3],
        [2, 4, 5, 2, 3, 9, 8],
        [2, 3, 6, 4, 2, 0, 1],
    ]
)

# Deck 004 "Representing Images": the 6×6 grid of 0.2/0.8 values (its top row
# and right column are zeros; the deck convolves the whole 6×6 grid, valid).
POINT_GRID = np.array(
    [
        [0, 0, 0, 0, 0, 0],
        [0.2, 0.8, 0, 0.3, 0.6, 0],
        [0.2, 0.9, 0, 0.3, 0.8, 0],
        [0.3, 0.8, 0.7, 0.8, 0.9, 0],
        [0, 0, 0, 0.2, 0.8, 0],
        [0, 0, 0, 0.2, 0.2, 0],
    ]
)
X_KERNEL = [[1, 0, 1], [0, 1, 0], [1, 0, 1]]


def test_vertical_edge_6x6_cross_correlation():
    out = conv2d(SIX_BY_SIX, MINUS_ZERO_PLUS)
    # SLIP (deck 001, "Vertical Edge Detection", the running 4×4 result from
    # the 7th step on): row 2, column 3 shows 2; the window
    # [[8,9,3],[2,5,1],[3,1,7]] gives (3+1+7) − (8+2+3) = −2.
    expected = [[5, 4, 0, -8], [10, 2, -2, -3], [0, 2, 4, 7], [3, 2, 3, 16]]
    np.testing.assert_array_equal(out, expected)


def test_vertical_edge_first_step_expression():
    step = conv_steps(SIX_BY_SIX, MINUS_ZERO_PLUS)[0]
    assert step.expression == "3×(−1) + 0×0 + 1×1 + 1×(−1) + 5×0 + 8×1 + 2×(−1) + 7×0 + 2×1 = 5"
    assert step.total == 5


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [(10, 0, [0, 30, 30, 0]), (0, 10, [0, -30, -30, 0])],
)
def test_step_edge_both_ways(left, right, expected):
    image = np.array([[left] * 3 + [right] * 3] * 6)
    out = conv2d(image, kernel_preset("vertical_edge").values)
    np.testing.assert_array_equal(out, np.array([expected] * 4))


def test_horizontal_edge_kernel_finds_a_horizontal_step():
    image = np.array([[10] * 6] * 3 + [[0] * 6] * 3)
    out = conv2d(image, kernel_preset("horizontal_edge").values)
    np.testing.assert_array_equal(out, np.array([[0] * 4, [30] * 4, [30] * 4, [0] * 4]))


def test_stride_2_on_the_7x7():
    out = conv2d(SEVEN_BY_SEVEN, MINUS_ZERO_PLUS, stride=2)
    np.testing.assert_array_equal(out, [[5, 0, -3], [0, 4, 2], [4, -5, 5]])
    assert output_size(7, 3, stride=2) == 3
    assert output_size_formula(7, 3, stride=2) == "⌊(7 + 2·0 − 1·(3 − 1) − 1) / 2⌋ + 1 = 3"
    # "If input image is 6x6 then Output Image will be still 2x2"
    assert output_size(6, 3, stride=2) == 2
    assert conv2d(SEVEN_BY_SEVEN[:6, :6], MINUS_ZERO_PLUS, stride=2).shape == (2, 2)


@pytest.mark.parametrize(("padding", "size"), [(0, 4), (1, 6), (2, 8)])
def test_padding_output_sizes_of_the_6x6(padding, size):
    assert output_size(6, 3, padding=padding) == size
    assert conv2d(SIX_BY_SIX, MINUS_ZERO_PLUS, padding=padding).shape == (size, size)


def test_same_padding_keeps_the_size_for_odd_filters():
    # "p = (f − 1) / 2": with f = 3, p = 1 and the output stays 6×6.
    assert conv2d(SIX_BY_SIX, MINUS_ZERO_PLUS, padding="same").shape == (6, 6)
    np.testing.assert_array_equal(
        conv2d(SIX_BY_SIX, MINUS_ZERO_PLUS, padding="same"), conv2d(SIX_BY_SIX, MINUS_ZERO_PLUS, padding=1)
    )


def test_colour_filters_of_quiz_1():
    rng = np.random.default_rng(7)
    rgb = rng.integers(0, 10, size=(3, 6, 6)).astype(np.float32)
    vertical = np.array([[1, 0, -1]] * 3, dtype=np.float32)
    zero = np.zeros((3, 3), dtype=np.float32)
    # Filter 1 "detect vertical edges in R-plane": only the red plane counts.
    out_r = conv2d(rgb, np.stack([vertical, zero, zero]))
    np.testing.assert_array_equal(out_r, conv2d(rgb[0], vertical))
    # Filter 2 "detect vertical edges in all planes": the planes' results summed.
    out_all = conv2d(rgb, np.stack([vertical] * 3))
    np.testing.assert_allclose(out_all, sum(conv2d(rgb[c], vertical) for c in range(3)))
    # 6×6×3 * two 3×3×3 filters = 4×4×2.
    assert conv2d(rgb, np.stack([np.stack([vertical, zero, zero]), np.stack([vertical] * 3)])).shape == (2, 4, 4)


def parameters(module) -> int:
    return sum(p.numel() for p in module.parameters())


def test_quiz_2_parameter_count():
    import torch.nn as nn

    # Deck 001, Quiz 2: 10 filters of 3×3×3, one bias each = 280 (the input size does not matter).
    assert parameters(nn.Conv2d(3, 10, 3)) == 280


def test_lenet_parameter_table():
    import torch.nn as nn

    # Deck 001 "CNN Example # 2 (Fully Loaded)".
    assert parameters(nn.Conv2d(3, 6, 5)) == 456
    assert parameters(nn.Conv2d(6, 16, 5)) == 2416
    # SLIP: the table gives each fully connected layer 1 bias (48001, 10081,
    # 841; total 61,795). A layer has one bias per output node: 48120, 10164
    # and 850, and the true total is 62,006.
    assert parameters(nn.Linear(400, 120)) == 48120
    assert parameters(nn.Linear(120, 84)) == 10164
    assert parameters(nn.Linear(84, 10)) == 850
    assert 456 + 2416 + 48120 + 10164 + 850 == 62006
    # "Why Convolutional?": a dense 3072 → 4704 layer has 14,450,688 weights.
    assert 32 * 32 * 3 * 28 * 28 * 6 == 14_450_688


def test_parameter_counts_of_decks_002_and_003():
    # Deck 002: Dense(1000) on a flattened 640×480×3 picture: 921,601,000 ≈ 922M.
    assert 640 * 480 * 3 * 1000 + 1000 == 921_601_000
    # Deck 003: a 200×200 RGB picture fully connected to 300 nodes: 36,000,300.
    assert 200 * 200 * 3 * 300 + 300 == 36_000_300
    # SLIP (deck 003, "Convolutional layers"): "Number of weights per filter
    # w² + 1" — a w×w filter over 3 colour channels has 3·w² weights + 1 bias.
    import torch.nn as nn

    for w in (3, 5):
        assert parameters(nn.Conv2d(3, 1, w)) == 3 * w * w + 1


def test_tensor_shapes_of_deck_000():
    # SLIP (deck 000, "Order / Name / Example / Shape"): the tensor
    # [[[0,1,2],[6,7,8]],[[0,1,2],[6,7,8]]] is listed as (2,2,4); it is (2, 2, 3).
    assert np.array([[[0, 1, 2], [6, 7, 8]], [[0, 1, 2], [6, 7, 8]]]).shape == (2, 2, 3)
    assert np.array([[0, 1, 2], [6, 7, 8]]).shape == (2, 3)
    assert np.array([4, 6, 0, 5, 7, 1]).shape == (6,)
    # Fully connected vs convolutional (10×10 input, 32 units): 3200 vs 288 weights.
    assert 10 * 10 * 32 == 3200 and 32 * 3 * 3 == 288


def test_binary_5x5_with_the_x_kernel():
    # Deck 003 "Convolution operator". SLIP (labels): the deck calls the
    # 5×5 picture "Convolution matrix" and the 3×3 kernel "Original image" on
    # the first slide, swapped on the next ones; on the 5th step the window
    # is annotated ×−1/×0/×+1, but the kernel is still [[1,0,1],[0,1,0],[1,0,1]].
    image = [[1, 1, 1, 0, 0], [0, 1, 1, 1, 0], [0, 0, 1, 1, 1], [0, 0, 1, 1, 0], [0, 1, 1, 0, 0]]
    np.testing.assert_array_equal(conv2d(image, X_KERNEL), [[4, 3, 4], [2, 4, 3], [2, 3, 4]])


def test_point_grid_with_the_x_kernel():
    out = conv2d(POINT_GRID, X_KERNEL)
    # SLIP (deck 004, "Convolution Result" and "Pooling Layers"): row 1,
    # column 0 shows 1.9; the window rows 1–3, columns 0–2 gives
    # 0.2 + 0 + 0.9 + 0.3 + 0.7 = 2.1. (Some step slides also draw the
    # window's cells over the values, e.g. row 2 as "0.2 0 0 0 0.8"; the
    # grid itself is unchanged.)
    expected = [[1.0, 1.2, 1.1, 0.9], [2.1, 2.7, 2.5, 1.9], [1.0, 2.1, 2.4, 1.4], [1.0, 1.8, 2.0, 1.8]]
    np.testing.assert_allclose(out, expected, atol=1e-6)
    # "Zero Padding": one ring of zeros makes the padded grid 8×8 and keeps 6×6.
    steps = conv_steps(POINT_GRID, X_KERNEL, padding=1)
    assert steps.padded.shape == (8, 8)
    assert steps.output_shape == (6, 6)


def test_x_pattern_9x9_with_the_diagonal_kernel():
    # Deck 000 "2D Convolution": a 9×9 X of +1 on −1, the \ kernel, the
    # result divided by 9 (the mean of the 9 products).
    reference = -np.ones((9, 9))
    for i in range(1, 8):
        reference[i, i] = reference[i, 8 - i] = 1
    out = conv2d(reference, kernel_preset("x_diagonal").values) / 9
    # SLIP: the slide truncates instead of rounding: 7/9 = 0.777… is shown
    # as 0.77 (true 0.78) and 5/9 = 0.555… as 0.55 (true 0.56).
    nine = np.array(
        [
            [7, -1, 1, 3, 5, -1, 3],
            [-1, 9, -1, 3, -1, 1, -1],
            [1, -1, 9, -3, 1, -1, 5],
            [3, 3, -3, 5, -3, 3, 3],
            [5, -1, 1, -3, 9, -1, 1],
            [-1, 1, -1, 3, -1, 9, -1],
            [3, -1, 5, 3, 1, -1, 7],
        ]
    )
    np.testing.assert_allclose(out, nine / 9, atol=1e-6)
    assert np.round(out[0, 0], 2) == pytest.approx(0.78)
    # "Layer Input (-, 9, 9, 1), Layer Kernels (3, 3, 1, 2), Layer Output (-, 7, 7, 2)".
    two = np.stack([kernel_preset("x_diagonal").values, kernel_preset("x_antidiagonal").values])[:, None]
    both = conv2d(reference, two)
    assert both.shape == (2, 7, 7)
    np.testing.assert_array_equal(both[1], conv2d(reference, kernel_preset("x_antidiagonal").values))
    # "Strides: (2, 2)": the same layer with stride 2 gives 4×4 maps.
    assert conv2d(reference, two, stride=2).shape == (2, 4, 4)


def test_conv_arithmetic_5x5():
    # Deck 002 "Convolution in a neural network" (Dumoulin's conv_arithmetic).
    image = [[3, 3, 2, 1, 0], [0, 0, 1, 3, 1], [3, 1, 2, 2, 3], [2, 0, 0, 2, 2], [2, 0, 0, 0, 1]]
    kernel = [[0, 1, 2], [2, 2, 0], [0, 1, 2]]
    np.testing.assert_array_equal(conv2d(image, kernel), [[12, 12, 17], [10, 17, 19], [9, 6, 14]])
    # z(x) = relu(wᵀx + b): with b = −15 only the strong responses survive.
    z = activation(conv2d(image, kernel, bias=-15), "relu")
    np.testing.assert_array_equal(z, [[0, 0, 2], [0, 2, 4], [0, 0, 0]])


POOL_4X4 = np.array([[1, 3, 2, 1], [3, 6, 8, 9], [8, 3, 3, 9], [4, 6, 8, 2]])


def test_max_and_average_pooling_4x4():
    np.testing.assert_array_equal(pool2d(POOL_4X4, 2, mode="max"), [[6, 9], [8, 9]])
    np.testing.assert_array_equal(pool2d(POOL_4X4, 2, mode="avg"), [[3.25, 5], [5.25, 5.5]])
    steps = pool_steps(POOL_4X4, 2, mode="max")
    assert steps[0].expression == "max(1, 3, 3, 6) = 6"
    assert pool_steps(POOL_4X4, 2, mode="avg")[0].expression == "(1 + 3 + 3 + 6) / 4 = 3.25"


def test_max_pooling_of_the_point_grid():
    grid = [[0.2, 0.8, 0.3, 0.6], [0.2, 0.9, 0.3, 0.8], [0.3, 0.8, 0.8, 0.9], [0, 0, 0.2, 0.8]]
    out, where = pool2d(grid, 2, stride=2, return_indices=True)
    np.testing.assert_allclose(out, [[0.9, 0.8], [0.8, 0.9]], atol=1e-7)
    # The winners: 0.9 at (1,1); 0.8 at (1,3); 0.8 at (2,1); 0.9 at (2,3).
    np.testing.assert_array_equal(where, [[[1, 1], [1, 3]], [[2, 1], [2, 3]]])


def test_lenet_table_output_sizes():
    # Deck 001 "CNN Example # 2": 32 → conv 5 → 28 → pool 2 → 14 → conv 5 → 10 → pool 2 → 5.
    assert output_size(32, 5) == 28
    assert output_size(28, 2, stride=2) == 14
    assert output_size(14, 5) == 10
    assert output_size(10, 2, stride=2) == 5
    # Conv layer 1: 6 filters · 5·5·3 = 450 weights + 6 biases = 456.
    assert 6 * 5 * 5 * 3 + 6 == 456


def test_activations_at_sample_points():
    x = np.array([-2.0, -1.0, 0.0, 1.0, 2.0], dtype=np.float32)
    np.testing.assert_array_equal(activation(x, "relu"), [0, 0, 0, 1, 2])
    # Deck 001 writes leaky ReLU as max(0.1x, x): slope 0.1.
    np.testing.assert_allclose(activation(x, "leaky_relu", slope=0.1), [-0.2, -0.1, 0, 1, 2], rtol=1e-6)
    np.testing.assert_allclose(activation(x, "sigmoid"), 1 / (1 + np.exp(-x.astype(np.float64))), rtol=1e-6)
    assert activation(np.float32(0), "sigmoid") == pytest.approx(0.5)
    np.testing.assert_allclose(activation(x, "tanh"), np.tanh(x), rtol=1e-6)
    np.testing.assert_allclose(activation(x, "elu"), [math.expm1(-2), math.expm1(-1), 0, 1, 2], rtol=1e-6)
    soft = activation([1.0, 2.0, 3.0], "softmax")
    np.testing.assert_allclose(soft, np.exp([1, 2, 3]) / np.exp([1, 2, 3]).sum(), rtol=1e-6)
    # Maxout: max(w1ᵀx + b1, w2ᵀx + b2) across two feature maps.
    np.testing.assert_array_equal(maxout([[1, -2, 3], [0, 5, -1]]), [1, 5, 3])
    # "Output = Max(zero, Input)" on a rectified feature map.
    assert activation([[-0.5, 0.5]], "relu").tolist() == [[0.0, 0.5]]
