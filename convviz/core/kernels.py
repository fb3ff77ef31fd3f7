"""A named library of kernels, each with one line on what it does and why."""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass, field
from fractions import Fraction

import numpy as np

from convviz.i18n import tr, tr_noop

from .kernel_scale import ONE, scale_text


@dataclass(frozen=True)
class KernelPreset:
    """A kernel the views offer by name; `values` is a read-only float32 grid.

    `values` = `cells` × `scale`: a blur is shown as the decks write it, whole
    cells with "× 1/9" apart (`scale` 1 for the kernels without a factor).
    """

    name: str
    label: str
    values: np.ndarray
    description: str
    cells: np.ndarray = field(default=None, repr=False)  # type: ignore[assignment]
    scale: Fraction = ONE

    def __post_init__(self) -> None:
        if self.cells is None:
            object.__setattr__(self, "cells", self.values)

    @property
    def scale_text(self) -> str:
        """ "1/9", or "" when the kernel has no factor."""
        return "" if self.scale == ONE else scale_text(self.scale)


def _grid(rows, scale: Fraction = ONE) -> np.ndarray:
    values = (np.asarray(rows, dtype=np.float64) * float(scale)).astype(np.float32)
    values.flags.writeable = False
    return values


def _gaussian_5x5() -> list[list[int]]:
    row = np.array([1, 4, 6, 4, 1])
    return np.outer(row, row).tolist()


_unsharp = -np.asarray(_gaussian_5x5(), dtype=np.float64)
_unsharp[2, 2] = 476.0  # 2·256 − 36: twice the image minus its blur, over 256

_PRESETS = [
    ("identity", tr_noop("Identity"), [[0, 0, 0], [0, 1, 0], [0, 0, 0]], 1,
     tr_noop("Copies each pixel unchanged: the neutral kernel to compare every other one with.")),
    ("edge_diagonal", tr_noop("Edge detection (diagonal)"), [[1, 0, -1], [0, 0, 0], [-1, 0, 1]], 1,
     tr_noop("Compares opposite corners, so it answers where brightness changes along the diagonals.")),
    ("edge_laplace4", tr_noop("Edge detection (4-neighbour)"), [[0, 1, 0], [1, -4, 1], [0, 1, 0]], 1,
     tr_noop("Centre against its four neighbours: zero on flat areas, large where intensity bends (edges).")),
    ("edge_all", tr_noop("Edge detection (8-neighbour)"), [[-1, -1, -1], [-1, 8, -1], [-1, -1, -1]], 1,
     tr_noop("Centre against all eight neighbours: highlights edges in every direction, flat areas go to 0.")),
    ("sharpen", tr_noop("Sharpen"), [[0, -1, 0], [-1, 5, -1], [0, -1, 0]], 1,
     tr_noop("The image plus its 4-neighbour edges: boosts local contrast while keeping overall brightness.")),
    ("edge_enhance", tr_noop("Edge enhance"), [[-1, -1, -1], [-1, 10, -1], [-1, -1, -1]], Fraction(1, 2),
     tr_noop("The picture plus half its 8-neighbour edges (Pillow's EDGE_ENHANCE): weights add up to 1, edges gain contrast.")),
    ("box_blur", tr_noop("Box blur"), [[1, 1, 1], [1, 1, 1], [1, 1, 1]], Fraction(1, 9),
     tr_noop("Replaces each pixel by the mean of its 3×3 neighbourhood: smooths noise and detail equally.")),
    ("gaussian_3x3", tr_noop("Gaussian blur 3×3"), [[1, 2, 1], [2, 4, 2], [1, 2, 1]], Fraction(1, 16),
     tr_noop("A weighted mean that trusts the centre most: a softer, more natural blur than the box.")),
    ("gaussian_5x5", tr_noop("Gaussian blur 5×5"), _gaussian_5x5(), Fraction(1, 256),
     tr_noop("A wider Gaussian (binomial weights 1-4-6-4-1): stronger smoothing without the box's blocky artefacts.")),
    ("unsharp_5x5", tr_noop("Unsharp mask 5×5"), _unsharp.tolist(), Fraction(1, 256),
     tr_noop("Twice the image minus its Gaussian blur: sharpens by adding back the detail the blur removed.")),
    ("emboss", tr_noop("Emboss"), [[-2, -1, 0], [-1, 1, 1], [0, 1, 2]], 1,
     tr_noop("Subtracts the upper-left from the lower-right: edges look raised, lit from one side.")),
    ("outline", tr_noop("Outline"), [[-1, -1, -1], [-1, 8, -1], [-1, -1, -1]], 1,
     tr_noop("Keeps only where a pixel differs from all its neighbours: draws the outlines of shapes.")),
    ("sobel_x", tr_noop("Sobel x"), [[-1, 0, 1], [-2, 0, 2], [-1, 0, 1]], 1,
     tr_noop("Horizontal gradient with the centre row weighted double: finds vertical edges, robust to noise.")),
    ("sobel_y", tr_noop("Sobel y"), [[-1, -2, -1], [0, 0, 0], [1, 2, 1]], 1,
     tr_noop("Vertical gradient with the centre column weighted double: finds horizontal edges.")),
    ("prewitt_x", tr_noop("Prewitt x"), [[-1, 0, 1], [-1, 0, 1], [-1, 0, 1]], 1,
     tr_noop("Right minus left, every row weighted equally: a plain detector of vertical edges.")),
    ("prewitt_y", tr_noop("Prewitt y"), [[-1, -1, -1], [0, 0, 0], [1, 1, 1]], 1,
     tr_noop("Bottom minus top, every column weighted equally: a plain detector of horizontal edges.")),
    ("scharr_x", tr_noop("Scharr x"), [[-3, 0, 3], [-10, 0, 10], [-3, 0, 3]], 1,
     tr_noop("Like Sobel x with weights tuned so edges of every orientation get a more accurate strength.")),
    ("scharr_y", tr_noop("Scharr y"), [[-3, -10, -3], [0, 0, 0], [3, 10, 3]], 1,
     tr_noop("Like Sobel y with weights tuned so edges of every orientation get a more accurate strength.")),
    ("laplacian", tr_noop("Laplacian"), [[0, 1, 0], [1, -4, 1], [0, 1, 0]], 1,
     tr_noop("The second derivative: zero on flat areas and steady ramps, strong on both sides of an edge.")),
    ("line_horizontal", tr_noop("Horizontal lines"), [[-1, -1, -1], [2, 2, 2], [-1, -1, -1]], 1,
     tr_noop("Rewards a bright middle row against dark rows above and below: responds to thin horizontal lines.")),
    ("line_vertical", tr_noop("Vertical lines"), [[-1, 2, -1], [-1, 2, -1], [-1, 2, -1]], 1,
     tr_noop("Rewards a bright middle column against dark sides: responds to thin vertical lines.")),
    ("line_45", tr_noop("45° lines"), [[-1, -1, 2], [-1, 2, -1], [2, -1, -1]], 1,
     tr_noop("Rewards a bright rising diagonal (/) against its surroundings: responds to 45° lines.")),
    ("line_135", tr_noop("135° lines"), [[2, -1, -1], [-1, 2, -1], [-1, -1, 2]], 1,
     tr_noop("Rewards a bright falling diagonal (\\) against its surroundings: responds to 135° lines.")),
    ("vertical_edge", tr_noop("Vertical edge (decks)"), [[1, 0, -1], [1, 0, -1], [1, 0, -1]], 1,
     tr_noop("Left column minus right column: positive where bright turns to dark going right (a vertical edge).")),
    ("horizontal_edge", tr_noop("Horizontal edge (decks)"), [[1, 1, 1], [0, 0, 0], [-1, -1, -1]], 1,
     tr_noop("Top row minus bottom row: positive where bright turns to dark going down (a horizontal edge).")),
    ("vertical_edge_6x6", tr_noop("Vertical edge [−1 0 1] (6×6 example)"), [[-1, 0, 1], [-1, 0, 1], [-1, 0, 1]], 1,
     tr_noop("Right column minus left column, as in the 6×6 worked example: positive where it gets brighter going right.")),
    ("x_diagonal", tr_noop("X pattern: diagonal \\ (9×9 example)"), [[1, -1, -1], [-1, 1, -1], [-1, -1, 1]], 1,
     tr_noop("+1 on the falling diagonal, −1 elsewhere: scores 9 (1.00 after ÷9) where the X has a \\ stroke.")),
    ("x_antidiagonal", tr_noop("X pattern: diagonal / (9×9 example)"), [[-1, -1, 1], [-1, 1, -1], [1, -1, -1]], 1,
     tr_noop("+1 on the rising diagonal, −1 elsewhere: finds the / strokes of the X in the 9×9 example.")),
    ("x_cross", tr_noop("X pattern: crossing (9×9 example)"), [[1, -1, 1], [-1, 1, -1], [1, -1, 1]], 1,
     tr_noop("+1 on both diagonals: peaks where the two strokes of the X cross.")),
]

KERNEL_PRESETS: "OrderedDict[str, KernelPreset]" = OrderedDict(
    (name, KernelPreset(name, label, _grid(rows, Fraction(scale)), description, _grid(rows), Fraction(scale)))
    for name, label, rows, scale, description in _PRESETS
)


def kernel_preset(name: str) -> KernelPreset:
    """The preset called `name`; ValueError listing the names when unknown."""
    key = name.strip().lower() if isinstance(name, str) else name
    if key in KERNEL_PRESETS:
        return KERNEL_PRESETS[key]
    for preset in KERNEL_PRESETS.values():
        if isinstance(name, str) and preset.label.lower() == name.strip().lower():
            return preset
    raise ValueError(tr("unknown kernel preset {name!r}; choose one of {choices}").format(
                         name=name, choices=', '.join(KERNEL_PRESETS)))
