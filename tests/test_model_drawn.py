"""What "works" means: a drawn or photographed digit is recognised about as well as a test digit."""

from __future__ import annotations

import numpy as np
import pytest

from convviz.model import load_lenet, load_mnist, predict, preprocess_drawing
from convviz.model.drawn import render_as_drawn


def test_rendering_varies_canvas_size_position_pen_and_polarity():
    digits, _ = load_mnist("test")
    rng = np.random.default_rng(1)
    styles = [render_as_drawn(digit, rng)[1] for digit in digits[:40]]
    assert len({s.canvas for s in styles}) > 30
    assert {s.photo for s in styles} == {True, False}
    assert len({s.pen_change for s in styles}) >= 3
    heights = [s.digit_height / min(s.canvas) for s in styles]
    assert min(heights) < 0.45 and max(heights) > 0.75


@pytest.mark.slow
def test_drawn_digits_are_recognised_about_as_well_as_test_digits():
    model = load_lenet()
    images, labels = load_mnist("test")
    pick = np.random.default_rng(0).permutation(len(labels))[:1000]
    images, labels = images[pick], labels[pick]
    rng = np.random.default_rng(0)
    drawn = np.stack([preprocess_drawing(render_as_drawn(digit, rng)[0]) for digit in images])
    raw_accuracy = (predict(model, images).argmax(axis=1) == labels).mean()
    drawn_accuracy = (predict(model, drawn).argmax(axis=1) == labels).mean()
    assert drawn_accuracy >= raw_accuracy - 0.02, (raw_accuracy, drawn_accuracy)
