"""Turn any drawing or photo of a digit into an MNIST-style 28×28 picture.

MNIST digits are white on black, their bounding box scaled to fit 20×20
(keeping the aspect ratio, anti-aliased) and placed in 28×28 so their centre
of mass sits at pixel (14, 14). A person draws big or small, anywhere, thick or
thin, on a dark canvas or with ink on paper; these steps undo those choices so
the network sees what it was trained on.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageFilter

BOX = 20  #: side of the box the digit is scaled to fit
SIDE = 28  #: side of the MNIST picture
CENTRE = 14.0  #: where MNIST puts the centre of mass (row and column, pixel index)
MIN_CONTRAST = 0.2  #: strokes must stand this far (fraction of full range) above the background
NOISE_LEVEL = 0.3  #: ink fainter than this fraction of the strongest ink counts as noise
BLANK_MESSAGE = "draw a digit first: the picture is blank (nothing stands out from the background)."


@dataclass(frozen=True)
class PreprocessStages:
    """What preprocessing did, stage by stage, for the app to show.

    source: the whole picture as light strokes on dark in [0, 1], background removed.
    cropped: the digit's bounding box cut out of `source`.
    fitted: the crop scaled to fit a 20×20 box keeping its aspect, in a 20×20 frame.
    centred: the 28×28 MNIST picture, centre of mass at (14, 14): what the network reads.
    inverted: True when the picture was dark on light (ink on paper) and was flipped.
    bbox: (top, left, bottom, right) of the digit in the picture, bottom/right exclusive.
    """

    source: np.ndarray
    cropped: np.ndarray
    fitted: np.ndarray
    centred: np.ndarray
    inverted: bool
    bbox: tuple[int, int, int, int]


def _as_unit_grey(picture: np.ndarray) -> np.ndarray:
    """A float32 2-D picture in [0, 1] from uint8, integer, bool or float (0–1 or 0–255) input."""
    array = np.asarray(picture)
    if not (np.issubdtype(array.dtype, np.number) or array.dtype == bool):
        raise ValueError(f"the picture must hold numbers, not {array.dtype}.")
    grey = array.astype(np.float32)
    if grey.ndim == 3 and grey.shape[2] in (3, 4):  # a colour photo: average red, green, blue
        grey = grey[..., :3].mean(axis=2)
    if grey.ndim != 2:
        raise ValueError(f"the picture must be a 2-D grey image (height × width), not shape {array.shape}.")
    if grey.size == 0:
        raise ValueError(BLANK_MESSAGE)
    if not np.isfinite(grey).all():
        raise ValueError("the picture contains NaN or infinite values.")
    low, high = float(grey.min()), float(grey.max())
    if array.dtype == np.uint8 or (low >= 0 and 1 < high <= 255):
        return grey / 255.0
    if array.dtype == bool or (low >= 0 and high <= 1):
        return grey
    if np.issubdtype(array.dtype, np.unsignedinteger) and high <= 65535:
        return grey / 65535.0
    return (grey - low) / max(high - low, 1e-12)  # unknown range: use the picture's own


def _border_level(grey: np.ndarray) -> float:
    """The background level: the median of the outermost rows and columns."""
    border = np.concatenate((grey[0], grey[-1], grey[:, 0], grey[:, -1]))
    return float(np.median(border))


def _median3(ink: np.ndarray) -> np.ndarray:
    """3×3 median filter (removes isolated noise specks but keeps strokes), in [0, 1]."""
    if min(ink.shape) < 16:  # tiny pictures: strokes may be one pixel wide, keep them
        return ink
    image = Image.fromarray(np.round(ink * 255).astype(np.uint8))
    return np.asarray(image.filter(ImageFilter.MedianFilter(3)), dtype=np.float32) / 255.0


def _fit_box(cropped: np.ndarray) -> np.ndarray:
    """Scale the crop so its longer side is 20 pixels, keeping its aspect (anti-aliased)."""
    height, width = cropped.shape
    factor = BOX / max(height, width)
    size = (max(1, round(width * factor)), max(1, round(height * factor)))
    resized = Image.fromarray(cropped.astype(np.float32), mode="F").resize(size, Image.Resampling.BILINEAR)
    fitted = np.clip(np.asarray(resized, dtype=np.float32), 0.0, 1.0)
    peak = fitted.max()
    # Thin strokes shrunk a lot come out faint; MNIST strokes reach full white.
    return fitted / peak if peak > 0 else fitted


def _place(digit: np.ndarray, side: int, centre: float | None) -> np.ndarray:
    """Put `digit` in a side×side frame: by centre of mass at `centre`, or geometrically if None."""
    height, width = digit.shape
    if centre is None:
        top, left = (side - height) // 2, (side - width) // 2
    else:
        mass = digit.sum()
        rows = np.arange(height, dtype=np.float32)
        cols = np.arange(width, dtype=np.float32)
        com_row = float(digit.sum(axis=1) @ rows / mass)
        com_col = float(digit.sum(axis=0) @ cols / mass)
        top = int(np.clip(round(centre - com_row), 0, side - height))
        left = int(np.clip(round(centre - com_col), 0, side - width))
    frame = np.zeros((side, side), dtype=np.float32)
    frame[top : top + height, left : left + width] = digit
    return frame


def preprocess_stages(picture: np.ndarray) -> PreprocessStages:
    """Every stage from a drawing or photo to the 28×28 MNIST picture (see PreprocessStages)."""
    grey = _as_unit_grey(picture)
    background = _border_level(grey)
    low, high = float(grey.min()), float(grey.max())
    inverted = (background - low) > (high - background)
    ink = np.clip(background - grey if inverted else grey - background, 0.0, None)

    smooth = _median3(ink)
    peak = float(smooth.max())
    if peak < MIN_CONTRAST:
        raise ValueError(BLANK_MESSAGE)
    threshold = NOISE_LEVEL * peak
    source = np.clip((ink - threshold) / (peak - threshold), 0.0, 1.0).astype(np.float32)

    mask = smooth > threshold
    rows, cols = np.flatnonzero(mask.any(axis=1)), np.flatnonzero(mask.any(axis=0))
    top, bottom, left, right = int(rows[0]), int(rows[-1]) + 1, int(cols[0]), int(cols[-1]) + 1
    cropped = source[top:bottom, left:right]
    if not cropped.any():
        raise ValueError(BLANK_MESSAGE)

    digit = _fit_box(cropped)
    return PreprocessStages(
        source=source,
        cropped=cropped,
        fitted=_place(digit, BOX, None),
        centred=_place(digit, SIDE, CENTRE),
        inverted=bool(inverted),
        bbox=(top, left, bottom, right),
    )


def preprocess_drawing(picture: np.ndarray) -> np.ndarray:
    """A float32 (28, 28) MNIST-style picture in [0, 1] of the digit in `picture` (any size)."""
    return preprocess_stages(picture).centred
