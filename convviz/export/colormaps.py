"""The app's colour maps as 256-entry lookup tables, without Qt.

The same three scales as the on-screen maps (`convviz.app.widgets.map_colors`):
"diverging" (Paul Tol's colour-blind-safe blue–white–orange, centred on zero)
for signed values, "sequential" (viridis) for values that cannot be negative,
"grey" for pictures. Viridis is read from the table pyqtgraph ships (CC0),
located without importing pyqtgraph, so the export stays Qt-free.
"""

from __future__ import annotations

import importlib.util
from functools import lru_cache
from pathlib import Path

import numpy as np

SCALES = ("diverging", "sequential", "grey")
NAN_COLOUR = (128, 128, 128)

_DIVERGING = [(0x44, 0x77, 0xAA), (0xF7, 0xF7, 0xF7), (0xEE, 0x77, 0x33)]
_GREY = [(0, 0, 0), (255, 255, 255)]


def _interpolate(anchors: list[tuple[int, int, int]]) -> np.ndarray:
    positions = np.linspace(0.0, 1.0, len(anchors))
    t = np.linspace(0.0, 1.0, 256)
    channels = [np.interp(t, positions, [colour[k] for colour in anchors]) for k in range(3)]
    return np.rint(np.stack(channels, axis=1)).astype(np.uint8)


def _viridis() -> np.ndarray:
    spec = importlib.util.find_spec("pyqtgraph")
    if spec is None or spec.origin is None:
        raise ValueError("the sequential colour map needs pyqtgraph's viridis table; reinstall convviz")
    table = Path(spec.origin).parent / "colors" / "maps" / "viridis.csv"
    rgb = np.loadtxt(table, delimiter=",", comments=";")
    positions = np.linspace(0.0, 1.0, len(rgb))
    t = np.linspace(0.0, 1.0, 256)
    return np.rint(np.stack([np.interp(t, positions, rgb[:, k]) for k in range(3)], axis=1) * 255).astype(np.uint8)


@lru_cache(maxsize=None)
def lookup_table(scale: str) -> np.ndarray:
    """(256, 3) uint8 colours of `scale`, low values first."""
    if scale == "diverging":
        table = _interpolate(_DIVERGING)
    elif scale == "sequential":
        table = _viridis()
    elif scale == "grey":
        table = _interpolate(_GREY)
    else:
        raise ValueError(f"unknown colour map {scale!r}; use one of {', '.join(SCALES)} or \"auto\"")
    table.flags.writeable = False
    return table


def choose_scale(values: np.ndarray) -> str:
    """"diverging" when the map holds negative values, else "sequential"."""
    finite = values[np.isfinite(values)]
    return "diverging" if finite.size and float(finite.min()) < 0 else "sequential"


def levels_for(scale: str, values: np.ndarray) -> tuple[float, float]:
    """Display range, the same rule as on screen: ±max|x| for diverging, from 0 for sequential."""
    finite = values[np.isfinite(values)]
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


def colourise(values: np.ndarray, scale: str, levels: tuple[float, float]) -> np.ndarray:
    """(H, W) values → (H, W, 3) uint8 colours; NaN and infinities in neutral grey."""
    low, high = levels
    finite = np.isfinite(values)
    t = np.clip((np.where(finite, values, low) - low) / (high - low), 0.0, 1.0)
    rgb = lookup_table(scale)[np.rint(t * 255).astype(np.intp)]
    rgb[~finite] = NAN_COLOUR
    return rgb
