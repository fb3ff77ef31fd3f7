"""Colour maps and level rules shared by the feature-map widgets.

Signed values (convolution outputs, weights, logits) use a diverging
blue–white–orange map centred on zero (Paul Tol's colour-blind-safe pair, the
same ends as the matrix cells); values that cannot be negative (after ReLU,
after pooling) use viridis; pictures use grey.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg

SCALES = ("diverging", "sequential", "grey")

PANEL_BACKGROUND = "#1f2026"  # dark around the maps so white and yellow pop on a projector
PANEL_FOREGROUND = "#d8d8de"
SELECTION_COLOR = "#E69F00"  # Okabe–Ito orange: boxes and marks drawn on pictures
TILE_SELECTION_COLOR = "#FFFFFF"  # the map being inspected: white stands out from both colour maps


def colormap(scale: str) -> pg.ColorMap:
    """The pyqtgraph ColorMap for one of `SCALES`."""
    if scale == "diverging":
        return pg.ColorMap(
            [0.0, 0.5, 1.0],
            [(0x44, 0x77, 0xAA), (0xF7, 0xF7, 0xF7), (0xEE, 0x77, 0x33)],
            name="tol-blue-white-orange",
        )
    if scale == "sequential":
        return pg.colormap.get("viridis")
    if scale == "grey":
        return pg.ColorMap([0.0, 1.0], [(0, 0, 0), (255, 255, 255)], name="grey")
    raise ValueError(f"unknown colour scale {scale!r}; use one of {', '.join(SCALES)}.")


def levels_for(scale: str, values: np.ndarray) -> tuple[float, float]:
    """Display range of an array: symmetric about zero for signed data, from 0 otherwise.

    A flat map (all zeros) still gets a non-empty range, so it shows as one
    flat colour instead of noise.
    """
    finite = values[np.isfinite(values)] if values.size else values
    if finite.size == 0:
        return (-1.0, 1.0) if scale == "diverging" else (0.0, 1.0)
    if scale == "diverging":
        bound = float(np.abs(finite).max())
        return (-bound, bound) if bound > 1e-12 else (-1.0, 1.0)
    if scale == "grey":
        low, high = float(finite.min()), float(finite.max())
        return (low, high) if high > low else (low, low + 1.0)
    high = float(finite.max())
    low = min(0.0, float(finite.min()))
    return (low, high) if high > low + 1e-12 else (low, low + 1.0)
