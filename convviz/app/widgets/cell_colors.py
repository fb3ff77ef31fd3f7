"""Colours for matrix cells: highlight roles and an optional heat-map scale.

Every colour comes from the Okabe–Ito / Paul Tol palettes, which stay
distinguishable for colour-blind viewers and on washed-out projectors.
Signed values use a diverging blue–white–orange scale centred on zero.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtGui import QColor

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

NEGATIVE = np.array([0x44, 0x77, 0xAA], dtype=float)  # Tol blue
POSITIVE = np.array([0xEE, 0x77, 0x33], dtype=float)  # Tol orange
WHITE = np.array([255.0, 255.0, 255.0])
HEAT_STRENGTH = 0.75  # never fully saturated: the numbers stay readable

SCALES = ("auto", "diverging", "sequential", "grey")


def role_color(role: str | QColor) -> QColor:
    """A QColor for a role name, a colour name ('#hex', 'red') or a QColor."""
    if isinstance(role, QColor):
        return QColor(role)
    color = QColor(ROLE_COLORS.get(role, role))
    if not color.isValid():
        raise ValueError(f"unknown highlight role {role!r}; use one of {', '.join(ROLE_COLORS)}")
    return color


def resolve_scale(scale: str, values: np.ndarray) -> str:
    """'auto' becomes diverging for signed data and sequential otherwise."""
    if scale not in SCALES:
        raise ValueError(f"unknown colour scale {scale!r}; use one of {', '.join(SCALES)}")
    if scale != "auto":
        return scale
    finite = values[np.isfinite(values)]
    return "diverging" if finite.size and finite.min() < 0 else "sequential"


def default_levels(scale: str, values: np.ndarray) -> tuple[float, float]:
    """Data range; symmetric around zero for the diverging scale."""
    finite = values[np.isfinite(values)]
    if not finite.size:
        return (-1.0, 1.0) if scale == "diverging" else (0.0, 1.0)
    if scale == "diverging":
        bound = float(np.abs(finite).max()) or 1.0
        return (-bound, bound)
    low, high = float(finite.min()), float(finite.max())
    return (low, high) if high > low else (low - 1.0, high + 1.0)


def heat_colors(values: np.ndarray, scale: str, levels: tuple[float, float]) -> np.ndarray:
    """RGB (rows, cols, 3) floats in 0..255 for each value (NaN gives white)."""
    low, high = levels
    span = (high - low) or 1.0
    t = np.clip((np.nan_to_num(values, nan=low) - low) / span, 0.0, 1.0)[..., None]
    if scale == "diverging":
        signed = 2.0 * t - 1.0
        target = np.where(signed < 0, NEGATIVE, POSITIVE)
        rgb = WHITE + (target - WHITE) * np.abs(signed) * HEAT_STRENGTH
    elif scale == "grey":
        rgb = np.repeat(20.0 + 225.0 * t, 3, axis=-1)
    else:
        rgb = WHITE + (NEGATIVE - WHITE) * t * HEAT_STRENGTH
    rgb[~np.isfinite(values)] = WHITE
    return rgb


def text_color_for(rgb: np.ndarray) -> QColor:
    """Black on light cells, white on dark ones (WCAG relative luminance)."""
    channels = np.asarray(rgb, dtype=float) / 255.0
    linear = np.where(channels <= 0.03928, channels / 12.92, ((channels + 0.055) / 1.055) ** 2.4)
    luminance = 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    return QColor("#111111") if luminance > 0.22 else QColor("#FFFFFF")
