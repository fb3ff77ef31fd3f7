"""One feature map (or picture) as a sharp, large PNG: each cell a block of pixels, never blurred."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image
from PIL.PngImagePlugin import PngInfo

from convviz.i18n import tr, tr_noop

from .colormaps import SCALES, choose_scale, colourise, levels_for
from .files import as_array, atomic_target

AUTO_LONG_SIDE = 1024  # an automatic scale makes the longer side at least this many pixels
MAX_SIDE = 16384  # larger PNGs are too big to be useful on a slide


def auto_scale(shape: tuple[int, int]) -> int:
    """The smallest whole-number scale that makes the longer side ≥ 1024 px (at most 256 px a cell)."""
    longest = max(shape)
    return int(min(256, max(1, -(-AUTO_LONG_SIDE // longest))))


def export_map_png(
    array: Any,
    path: str | Path,
    *,
    colormap: str = "auto",
    scale: int | None = None,
    levels: tuple[float, float] | None = None,
) -> Path:
    """Write a 2-D map as a PNG of (W·scale) × (H·scale) pixels with nearest-neighbour blocks.

    `colormap`: "auto" (diverging, centred on zero, when the map has negative
    values; viridis otherwise), "diverging", "sequential" or "grey".
    `scale`: pixels per cell (None: automatic, ≥1024 px on the longer side).
    `levels`: the (low, high) values mapped to the ends of the colour map
    (default: the on-screen rule). The PNG's text chunks record map, levels
    and shape. Returns the path written.
    """
    values = as_array(array, tr_noop("map")).astype(np.float64)
    if values.ndim == 3 and values.shape[0] == 1:
        values = values[0]
    if values.ndim != 2 or values.size == 0:
        raise ValueError(tr("a map must be one non-empty 2-D grid (got shape {shape})").format(
                             shape=tuple(values.shape)))
    scale_name = choose_scale(values) if colormap == "auto" else colormap
    if scale_name not in SCALES:
        raise ValueError(tr('unknown colour map {colormap!r}; use "auto" or one of {choices}').format(
                             colormap=colormap, choices=', '.join(SCALES)))
    if levels is None:
        levels = levels_for(scale_name, values)
    low, high = (float(levels[0]), float(levels[1]))
    if not (np.isfinite(low) and np.isfinite(high) and high > low):
        raise ValueError(tr("levels must be two finite numbers with low < high (got {levels!r})").format(levels=levels))
    if scale is None:
        scale = auto_scale(values.shape)
    if isinstance(scale, bool) or not isinstance(scale, (int, np.integer)) or scale < 1:
        raise ValueError(tr("scale must be a whole number of pixels per cell, at least 1 (got {scale!r})").format(
                             scale=scale))
    height, width = values.shape[0] * int(scale), values.shape[1] * int(scale)
    if max(height, width) > MAX_SIDE:
        raise ValueError(
            tr("a {cols}×{rows} map at scale {scale} would be {width}×{height} pixels; choose a scale that keeps both "
               "sides at most {most}").format(
                cols=values.shape[1], rows=values.shape[0], scale=scale, width=width, height=height, most=MAX_SIDE)
        )
    picture = Image.fromarray(colourise(values, scale_name, (low, high)))
    picture = picture.resize((width, height), Image.Resampling.NEAREST)
    info = PngInfo()
    info.add_text("Software", "convviz")
    info.add_text("convviz:colormap", scale_name)
    info.add_text("convviz:levels", f"{low!r} {high!r}")
    info.add_text("convviz:shape", f"{values.shape[0]}x{values.shape[1]}")
    with atomic_target(path) as temporary:
        picture.save(temporary, format="PNG", pnginfo=info)
    return Path(path)
