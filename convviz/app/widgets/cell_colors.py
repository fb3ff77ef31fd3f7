"""Colours for matrix cells: highlight roles and an optional heat-map scale.

Every colour comes from the Okabe–Ito / Paul Tol palettes, which stay
distinguishable for colour-blind viewers and on washed-out projectors. Heat
colours come from `convviz.state.colors`, the one colour table, so a cell has
the colour its value has in a map and in an exported frame.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtGui import QColor

from convviz.state import colors

# Highlight roles the views share, so "the window" looks the same everywhere.
ROLE_COLORS: dict[str, str] = {
    "window": "#E69F00",  # the kernel's current position (orange)
    "current": "#0072B2",  # the output cell being computed (blue)
    "winner": "#D55E00",  # the max of a pooling window (vermillion)
    "pinned": "#CC79A7",  # a cell the user clicked (reddish purple)
    "receptive": "#56B4E9",  # a receptive field (sky blue)
    "good": "#009E73",  # a correct prediction (bluish green)
    "bad": "#D55E00",  # a refused or wrong value (vermillion)
}

SCALES = colors.SCALES  # "diverging", "sequential", "grey": chosen by kind of quantity (colors.scale_for)


def role_color(role: str | QColor) -> QColor:
    """A QColor for a role name, a colour name ('#hex', 'red') or a QColor."""
    if isinstance(role, QColor):
        return QColor(role)
    color = QColor(ROLE_COLORS.get(role, role))
    if not color.isValid():
        raise ValueError(f"unknown highlight role {role!r}; use one of {', '.join(ROLE_COLORS)}")
    return color


def check_scale(scale: str) -> str:
    """`scale` if it is one of the colour table's scales; ValueError naming them otherwise."""
    if scale not in SCALES:
        raise ValueError(f"unknown colour scale {scale!r}; use one of {', '.join(SCALES)}")
    return scale


def default_levels(scale: str, values: np.ndarray) -> tuple[float, float]:
    """The colour-bar ends the maps and exports use for the same values (`colors.levels_for`)."""
    return colors.levels_for(scale, np.asarray(values, dtype=np.float64))


def heat_colors(values: np.ndarray, scale: str, levels: tuple[float, float]) -> np.ndarray:
    """RGB (rows, cols, 3) in 0..255 for each value: the very colours of the maps and exports."""
    return colors.colourise(np.asarray(values, dtype=np.float64), check_scale(scale), levels).astype(float)


def text_color_for(rgb: np.ndarray) -> QColor:
    """Black on light cells, white on dark ones (`colors.ink_for`)."""
    return QColor(*colors.ink_for(rgb))
