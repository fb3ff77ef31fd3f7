"""Preprocessing a drawing or photo into an MNIST-style 28×28 picture."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image

from convviz.model import load_mnist, preprocess_drawing, preprocess_stages


@pytest.fixture(scope="module")
def digits() -> tuple[np.ndarray, np.ndarray]:
    images, labels = load_mnist("test")
    return images[:60], labels[:60]


def on_canvas(digit: np.ndarray, zoom: float, top: int, left: int, shape=(400, 400)) -> np.ndarray:
    """The 28×28 digit enlarged `zoom` times and pasted on a black canvas at (top, left)."""
    side = round(28 * zoom)
    big = np.asarray(Image.fromarray(digit).resize((side, side), Image.Resampling.BILINEAR))
    canvas = np.zeros(shape, dtype=np.uint8)
    canvas[top : top + side, left : left + side] = big
    return canvas


def centre_of_mass(picture: np.ndarray) -> tuple[float, float]:
    rows, cols = np.indices(picture.shape)
    return float((rows * picture).sum() / picture.sum()), float((cols * picture).sum() / picture.sum())


def aligned_difference(first: np.ndarray, second: np.ndarray) -> float:
    """Mean absolute difference, allowing the one-pixel shift centre-of-mass rounding can make."""
    return min(
        float(np.abs(np.roll(first, (dr, dc), axis=(0, 1)) - second).mean())
        for dr in (-1, 0, 1)
        for dc in (-1, 0, 1)
    )


def test_shift_gives_exactly_the_same_picture(digits):
    for digit in digits[0][:10]:
        first = preprocess_drawing(on_canvas(digit, 5, 10, 20))
        moved = preprocess_drawing(on_canvas(digit, 5, 250, 200))
        np.testing.assert_array_equal(first, moved)


def test_polarity_is_detected_and_undone(digits):
    for digit in digits[0][:10]:
        canvas = on_canvas(digit, 4, 50, 80)
        light_on_dark, dark_on_light = preprocess_stages(canvas), preprocess_stages(255 - canvas)
        assert not light_on_dark.inverted and dark_on_light.inverted
        np.testing.assert_allclose(light_on_dark.centred, dark_on_light.centred, atol=1e-6)


def test_scale_gives_nearly_the_same_picture(digits):
    for digit in digits[0][:10]:
        small = preprocess_drawing(on_canvas(digit, 3, 5, 5))
        large = preprocess_drawing(on_canvas(digit, 12, 20, 30))
        assert aligned_difference(small, large) < 0.04


def test_an_mnist_digit_comes_back_almost_unchanged(digits):
    closest = []
    for digit in digits[0][:40]:
        again = preprocess_drawing(digit)
        assert np.allclose(centre_of_mass(again), (14, 14), atol=0.6)
        closest.append(aligned_difference(again, digit / 255.0))
    # a few MNIST digits are faint grey, and come back brighter and a little bigger
    assert np.median(closest) < 0.01
    assert np.mean(np.array(closest) < 0.02) >= 0.8
    assert max(closest) < 0.1


def test_stages_describe_each_step():
    canvas = np.zeros((300, 200), dtype=np.uint8)
    canvas[40:160, 70:100] = 255  # a tall bar: a "1" 120 high, 30 wide
    stages = preprocess_stages(canvas)
    margin = 6  # one output pixel of soft edge around the box: 120 / 20
    assert stages.bbox == (40 - margin, 70 - margin, 160 + margin, 100 + margin)
    assert stages.source.shape == (300, 200) and stages.cropped.shape == (132, 42)
    assert stages.fitted.shape == (20, 20) and stages.centred.shape == (28, 28)
    strong = stages.fitted > 0.5
    rows, cols = np.flatnonzero(strong.any(axis=1)), np.flatnonzero(strong.any(axis=0))
    assert len(rows) == 20 and len(cols) == 5  # aspect 4:1 kept inside the 20×20 box
    assert np.allclose(centre_of_mass(stages.centred), (14, 14), atol=0.5)
    assert stages.centred.dtype == np.float32 and stages.centred.max() == pytest.approx(1.0)
    assert not stages.inverted


def test_a_noisy_photo_of_ink_on_paper_matches_the_clean_drawing(digits):
    rng = np.random.default_rng(3)
    for digit in digits[0][:10]:
        canvas = on_canvas(digit, 6, 60, 40).astype(np.float32) / 255
        paper = 0.8 - 0.6 * canvas + rng.normal(0, 0.04, canvas.shape).astype(np.float32)
        clean = preprocess_drawing(canvas)
        photo = preprocess_stages(np.clip(paper, 0, 1))
        assert photo.inverted
        assert aligned_difference(photo.centred, clean) < 0.04


@pytest.mark.parametrize(
    "blank",
    [
        np.zeros((280, 280), np.uint8),
        np.full((280, 280), 255, np.uint8),
        np.full((50, 70), 0.5, np.float32),
        np.zeros((1, 1)),
        np.random.default_rng(0).normal(0.5, 0.03, (280, 280)),  # an empty sheet, photographed
    ],
)
def test_blank_pictures_ask_for_a_digit(blank):
    with pytest.raises(ValueError, match="draw a digit first"):
        preprocess_drawing(blank)


@pytest.mark.parametrize(
    "bad, words",
    [
        (np.zeros(100), "2-D"),
        (np.zeros((4, 4, 4, 4)), "2-D"),
        (np.array([["a", "b"], ["c", "d"]]), "numbers"),
        (np.full((28, 28), np.inf), "NaN or infinite"),
        (np.zeros((0, 5)), "draw a digit first"),
    ],
)
def test_bad_input_gets_a_clear_error(bad, words):
    with pytest.raises(ValueError, match=words):
        preprocess_drawing(bad)


def test_colour_photos_and_other_ranges_work(digits):
    canvas = on_canvas(digits[0][0], 5, 30, 30, shape=(200, 200))
    expected = preprocess_drawing(canvas)
    rgb = np.repeat(canvas[..., None], 3, axis=2)
    np.testing.assert_allclose(preprocess_drawing(rgb), expected, atol=1e-6)
    np.testing.assert_allclose(preprocess_drawing(canvas.astype(np.float64)), expected, atol=1e-6)
    np.testing.assert_allclose(preprocess_drawing(canvas.astype(np.uint16) * 257), expected, atol=1e-5)
    np.testing.assert_allclose(preprocess_drawing(canvas > 127).shape, (28, 28))


@settings(max_examples=60, deadline=None)
@given(
    height=st.integers(1, 300),
    width=st.integers(1, 300),
    box=st.tuples(st.floats(0, 1), st.floats(0, 1), st.floats(0, 1), st.floats(0, 1)),
    dark_on_light=st.booleans(),
)
def test_any_size_gives_a_28x28_picture_or_asks_for_a_digit(height, width, box, dark_on_light):
    picture = np.zeros((height, width), dtype=np.uint8)
    top, bottom = sorted((int(box[0] * height), int(box[1] * height)))
    left, right = sorted((int(box[2] * width), int(box[3] * width)))
    picture[top : bottom + 1, left : right + 1] = 255
    if dark_on_light:
        picture = 255 - picture
    try:
        result = preprocess_drawing(picture)
    except ValueError as error:
        assert "draw a digit first" in str(error)
        return
    assert result.shape == (28, 28) and result.dtype == np.float32
    assert result.min() >= 0 and result.max() <= 1 and result.max() > 0.5


def test_trained_network_gives_the_same_answer_for_shifted_scaled_and_inverted_drawings():
    from convviz.model import load_lenet, predict

    model = load_lenet()
    images, labels = load_mnist("test")
    images = images[100:200]
    variants = {
        "small, top left": [on_canvas(d, 3, 10, 10) for d in images],
        "large, bottom right": [on_canvas(d, 12, 60, 50) for d in images],
        "medium, inverted": [255 - on_canvas(d, 6, 150, 20) for d in images],
    }
    answers = {name: predict(model, np.stack([preprocess_drawing(p) for p in pictures])).argmax(axis=1)
               for name, pictures in variants.items()}  # fmt: skip
    reference = answers.pop("small, top left")
    for name, answer in answers.items():
        assert (answer == reference).mean() >= 0.97, name
