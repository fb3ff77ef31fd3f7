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


NICE_STEPS = (1.0, 1.5, 2.0, 3.0, 5.0, 7.5, 10.0)


def nice_bound(value: float) -> float:
    """The smallest of 1, 1.5, 2, 3, 5, 7.5 × 10^k at or above `value` (> 0).

    Colour scales snap to these, so while a person draws the colour bars stay
    put (readable, and their tick labels need not be laid out again each frame);
    a map is at most 1.5× dimmer than an exact fit.
    """
    if not np.isfinite(value) or value <= 0:
        return 1.0
    exponent = 10.0 ** np.floor(np.log10(value))
    for step in NICE_STEPS:
        if step * exponent >= value * (1 - 1e-9):
            return float(step * exponent)
    return float(10.0 * exponent)


def levels_for(scale: str, values: np.ndarray) -> tuple[float, float]:
    """Display range of an array: ±a nice bound for signed data, 0 to a nice bound otherwise.

    A flat map (all zeros) still gets a non-empty range, so it shows as one
    flat colour instead of noise.
    """
    finite = values[np.isfinite(values)] if values.size else values
    if finite.size == 0:
        return (-1.0, 1.0) if scale == "diverging" else (0.0, 1.0)
    if scale == "diverging":
        bound = nice_bound(float(np.abs(finite).max()))
        return (-bound, bound)
    if scale == "grey":
        low, high = float(finite.min()), float(finite.max())
        return (low, high) if high > low else (low, low + 1.0)
    low = float(finite.min())
    if low >= 0:
        return (0.0, nice_bound(float(finite.max())))
    bound = nice_bound(max(float(finite.max()), -low))  # negative values in a "sequential" map
    return (-bound, bound)


def style_panel_axis(axis: pg.AxisItem, point_size: float, **style) -> None:
    """Ticks and labels of a plot or colour-bar axis in the dark panels' foreground colour.

    Every map and chart of the app sits on a dark panel; one place decides how its axes read.
    `style` goes to `AxisItem.setStyle` (e.g. tickLength).
    """
    from PySide6.QtGui import QFont

    font = QFont()
    font.setPointSizeF(point_size)
    axis.setStyle(tickFont=font, **style)
    axis.setTextPen(pg.mkPen(PANEL_FOREGROUND))
    axis.setPen(pg.mkPen(PANEL_FOREGROUND))
