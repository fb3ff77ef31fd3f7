"""Re-render MNIST digits the way people draw or photograph them, to test preprocessing.

A person draws on a big canvas, big or small, anywhere, with a thick or thin
pen; or writes with ink on paper and takes a photo (dark on light, uneven
light, blur, sensor noise). `render_as_drawn` makes such a picture from a
28×28 test digit, so "is a drawn digit recognised as well as a test digit?"
becomes a measurement instead of a hope.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageFilter


@dataclass(frozen=True)
class DrawnStyle:
    """How one picture was made (for reports and debugging)."""

    canvas: tuple[int, int]  # height, width
    digit_height: int
    offset: tuple[int, int]  # top, left of the digit's box
    pen_change: int  # >0 thicker by this many pixels each side, <0 thinner
    photo: bool  # dark ink on light paper with noise, instead of a light-on-dark canvas


def _grow(strokes: np.ndarray, pixels: int) -> np.ndarray:
    """Dilate by `pixels` on every side (a square pen): repeated 3-wide maxima along rows and columns."""
    grown = strokes.copy()
    for _ in range(pixels):
        grown[:, 1:] = np.maximum(grown[:, 1:], grown[:, :-1].copy())
        grown[:, :-1] = np.maximum(grown[:, :-1], grown[:, 1:].copy())
    for _ in range(pixels):
        grown[1:] = np.maximum(grown[1:], grown[:-1].copy())
        grown[:-1] = np.maximum(grown[:-1], grown[1:].copy())
    return grown


def render_as_drawn(digit: np.ndarray, rng: np.random.Generator) -> tuple[np.ndarray, DrawnStyle]:
    """A uint8 picture (about 200–500 px a side) of the 28×28 `digit`, drawn or photographed."""
    height, width = int(rng.integers(200, 501)), int(rng.integers(200, 501))
    ink = np.asarray(digit, dtype=np.float32)
    rows, cols = np.flatnonzero(ink.max(axis=1) > 40), np.flatnonzero(ink.max(axis=0) > 40)
    box = ink[rows[0] : rows[-1] + 1, cols[0] : cols[-1] + 1]

    # digit height 30–90 % of the canvas's shorter side; keep the aspect, and fit inside
    target = rng.uniform(0.3, 0.9) * min(height, width)
    factor = min(target / box.shape[0], 0.95 * width / box.shape[1], 0.95 * height / box.shape[0])
    size = (max(1, round(box.shape[1] * factor)), max(1, round(box.shape[0] * factor)))
    big = Image.fromarray(box.astype(np.uint8)).resize(size, Image.Resampling.BICUBIC)
    # a pen draws solid strokes: threshold the blurry upscaled digit
    big = big.point(lambda v: 255 if v > 100 else 0)
    pen_change = int(rng.integers(-2, 4)) * max(1, round(factor / 8))
    pen = np.asarray(big, dtype=np.float32) / 255.0
    if pen_change > 0:
        pen = _grow(pen, pen_change)
    elif pen_change < 0 and factor > 6:  # thinning only where strokes are thick enough to survive
        pen = 1.0 - _grow(1.0 - pen, -pen_change)
    top = int(rng.integers(0, height - size[1] + 1))
    left = int(rng.integers(0, width - size[0] + 1))
    strokes = np.zeros((height, width), dtype=np.float32)
    strokes[top : top + size[1], left : left + size[0]] = pen

    photo = bool(rng.random() < 0.5)
    if photo:
        picture = Image.fromarray((strokes * 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(rng.uniform(0, 2)))
        strokes = np.asarray(picture, dtype=np.float32) / 255.0
        paper, ink_level = rng.uniform(0.6, 0.95), rng.uniform(0.0, 0.3)
        light = np.linspace(rng.uniform(-0.08, 0.08), rng.uniform(-0.08, 0.08), width, dtype=np.float32)
        grey = paper + light[None, :] - (paper - ink_level) * strokes
        grey += rng.uniform(0.0, 0.05) * rng.standard_normal(grey.shape, dtype=np.float32)
    else:
        grey = strokes
    style = DrawnStyle((height, width), size[1], (top, left), pen_change, photo)
    return (np.clip(grey, 0, 1) * 255).round().astype(np.uint8), style
