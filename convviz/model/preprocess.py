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
from PIL import Image

from convviz.i18n import tr, tr_noop

BOX = 20  #: side of the box the digit is scaled to fit
SIDE = 28  #: side of the MNIST picture
CENTRE = 14.0  #: where MNIST puts the centre of mass (row and column, pixel index)
MIN_CONTRAST = 0.2  #: strokes must stand this far (fraction of full range) above the background
BLANK_MESSAGE = tr_noop("draw a digit first: the picture is blank (nothing stands out from the background).")


@dataclass(frozen=True)
class PreprocessStages:
    """What preprocessing did, stage by stage, for the app to show.

    source: the whole picture as light strokes on dark in [0, 1], background removed.
    cropped: the digit's bounding box (plus its soft edge) cut out of `source`.
    fitted: the crop scaled so the digit fits a 20×20 box keeping its aspect, in a 20×20 frame.
    centred: the 28×28 MNIST picture, centre of mass at (14, 14): what the network reads.
    inverted: True when the picture was dark on light (ink on paper) and was flipped.
    bbox: (top, left, bottom, right) of `cropped` in the picture, bottom/right exclusive.
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
        raise ValueError(tr("the picture must hold numbers, not {dtype}.").format(dtype=array.dtype))
    grey = array.astype(np.float32)
    if grey.ndim == 3 and grey.shape[2] in (3, 4):  # a colour photo: average red, green, blue
        grey = grey[..., :3].mean(axis=2)
    if grey.ndim != 2:
        raise ValueError(tr("the picture must be a 2-D grey image (height × width), not shape {shape}.").format(
            shape=array.shape))
    if grey.size == 0:
        raise ValueError(tr(BLANK_MESSAGE))
    if not np.isfinite(grey).all():
        raise ValueError(tr("the picture contains NaN or infinite values."))
    low, high = float(grey.min()), float(grey.max())
    if array.dtype == np.uint8 or (low >= 0 and 1 < high <= 255):
        return grey / 255.0
    if array.dtype == bool or (low >= 0 and high <= 1):
        return grey
    if np.issubdtype(array.dtype, np.unsignedinteger) and high <= 65535:
        return grey / 65535.0
    return (grey - low) / max(high - low, 1e-12)  # unknown range: use the picture's own


def _border(grey: np.ndarray) -> np.ndarray:
    """The outermost rows and columns: mostly background in any drawing or photo."""
    return np.concatenate((grey[0], grey[-1], grey[:, 0], grey[:, -1]))


def _median_of_three(a: np.ndarray, b: np.ndarray, c: np.ndarray) -> np.ndarray:
    return np.maximum(np.minimum(a, b), np.minimum(np.maximum(a, b), c))


def _despeckle(ink: np.ndarray) -> np.ndarray:
    """Separable 3×3 median: drops isolated noise specks, keeps strokes two or more pixels wide.

    (A median of three along the rows, then along the columns: a fraction of the
    cost of a full 3×3 median on a big canvas.)
    """
    if min(ink.shape) < 64:  # small pictures: a stroke may be a pixel or two wide, keep it whole
        return ink
    rows = ink.copy()
    rows[:, 1:-1] = _median_of_three(ink[:, :-2], ink[:, 1:-1], ink[:, 2:])
    both = rows.copy()
    both[1:-1] = _median_of_three(rows[:-2], rows[1:-1], rows[2:])
    return both


def _resize(picture: np.ndarray, size: tuple[int, int]) -> np.ndarray:
    """Anti-aliased resize of a float picture to size = (width, height), clipped to [0, 1]."""
    resized = Image.fromarray(picture.astype(np.float32)).resize(size, Image.Resampling.BILINEAR)
    return np.clip(np.asarray(resized, dtype=np.float32), 0.0, 1.0)


def _paste(frame: np.ndarray, digit: np.ndarray, top: int, left: int) -> np.ndarray:
    """Copy `digit` into `frame` with its corner at (top, left), cutting what falls outside."""
    height, width = digit.shape
    t, l = max(top, 0), max(left, 0)
    b, r = min(top + height, frame.shape[0]), min(left + width, frame.shape[1])
    frame[t:b, l:r] = digit[t - top : b - top, l - left : r - left]
    return frame


def _centre_of_mass_offset(digit: np.ndarray, side: int) -> tuple[int, int]:
    """Top-left corner that puts the digit's centre of mass at (14, 14), kept inside if it fits."""
    height, width = digit.shape
    mass = float(digit.sum())
    com_row = float(digit.sum(axis=1) @ np.arange(height, dtype=np.float32)) / mass
    com_col = float(digit.sum(axis=0) @ np.arange(width, dtype=np.float32)) / mass
    top, left = round(CENTRE - com_row), round(CENTRE - com_col)
    top = min(max(top, 0), side - height) if height <= side else (side - height) // 2
    left = min(max(left, 0), side - width) if width <= side else (side - width) // 2
    return top, left


def preprocess_stages(picture: np.ndarray) -> PreprocessStages:
    """Every stage from a drawing or photo to the 28×28 MNIST picture (see PreprocessStages)."""
    grey = _as_unit_grey(picture)
    border = _border(grey)
    background = float(np.median(border))
    noise = 1.4826 * float(np.median(np.abs(border - background)))  # robust noise estimate
    low, high = float(grey.min()), float(grey.max())
    inverted = (background - low) > (high - background)
    ink = np.clip(background - grey if inverted else grey - background, 0.0, None)

    smooth = _despeckle(ink)
    peak = float(smooth.max())
    if peak < MIN_CONTRAST:
        raise ValueError(tr(BLANK_MESSAGE))
    threshold = min(max(4.0 * noise, 0.05 * peak), 0.5 * peak)
    source = np.clip((ink - threshold) / (peak - threshold), 0.0, 1.0).astype(np.float32)

    # The digit's box: where the ink reaches half its strength (the edge of a stroke),
    # as MNIST's 20×20 box is the box of the original black-and-white digit.
    mask = smooth > 0.5 * peak
    rows, cols = np.flatnonzero(mask.any(axis=1)), np.flatnonzero(mask.any(axis=0))
    top, bottom, left, right = int(rows[0]), int(rows[-1]) + 1, int(cols[0]), int(cols[-1]) + 1
    longest = max(bottom - top, right - left)
    factor = BOX / longest
    margin = -(-longest // BOX)  # about one output pixel of soft edge around the box
    top, left = max(top - margin, 0), max(left - margin, 0)
    bottom, right = min(bottom + margin, grey.shape[0]), min(right + margin, grey.shape[1])
    cropped = source[top:bottom, left:right]

    size = (max(1, round(cropped.shape[1] * factor)), max(1, round(cropped.shape[0] * factor)))
    digit = _resize(cropped, size)
    strongest = float(digit.max())
    if strongest <= 0:
        raise ValueError(tr(BLANK_MESSAGE))
    digit /= strongest  # thin strokes shrunk a lot come out faint; MNIST strokes reach full white

    fitted = _paste(np.zeros((BOX, BOX), np.float32), digit, (BOX - size[1]) // 2, (BOX - size[0]) // 2)
    centred = _paste(np.zeros((SIDE, SIDE), np.float32), digit, *_centre_of_mass_offset(digit, SIDE))
    return PreprocessStages(
        source=source,
        cropped=cropped,
        fitted=fitted,
        centred=centred,
        inverted=bool(inverted),
        bbox=(top, left, bottom, right),
    )


def preprocess_drawing(picture: np.ndarray) -> np.ndarray:
    """A float32 (28, 28) MNIST-style picture in [0, 1] of the digit in `picture` (any size)."""
    return preprocess_stages(picture).centred
