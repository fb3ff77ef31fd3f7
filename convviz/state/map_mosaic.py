"""A stack of small maps tiled into one coloured picture: what a map grid shows, ready for the screen.

All maps of a layer share one colour scale (so they can be compared) and are
tiled row by row with gaps (and NaN cells) in the panel's background colour. `render_mosaic`
runs on the compute worker for the live views (a LeNet pen stroke), so the
GUI thread only wraps finished RGBA bytes; the maps themselves travel along
for the value under the mouse.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from convviz.i18n import tr
from convviz.state import colors  # the module, so one spy in a test sees every colouring

GAP_SHARE = 0.12  # gap between tiles as a share of a tile's shorter side (at least one pixel)


@dataclass(frozen=True)
class MosaicSpec:
    """How a grid tiles and colours its maps: scale, columns (None: near square), gap (None: automatic)."""

    scale: str = "diverging"
    columns: int | None = None
    gap: int | None = None
    levels: tuple[float, float] | None = None  # fixed colour-bar ends; None: the layer's shared range
    tile_levels: tuple[tuple[float, float], ...] | None = None  # one range per map (colors.range_levels)


@dataclass(frozen=True, eq=False)
class MosaicPicture:
    """The maps of one grid, their shared levels, and the coloured mosaic of them."""

    maps: np.ndarray  # (n, h, w) float32: the values under the mouse
    rgba: np.ndarray  # (rows·(h+gap)−gap, columns·(w+gap)−gap, 4) uint8, C-contiguous, opaque
    levels: tuple[float, float]
    scale: str
    columns: int
    gap: int
    tile_levels: tuple[tuple[float, float], ...] | None = None  # each map's own range, when they differ


def as_stack(maps: np.ndarray) -> np.ndarray:
    """A stack (n, h, w), one map (h, w) or a vector (w) as a float32 (n, h, w) stack."""
    maps = np.asarray(maps, dtype=np.float32)
    if maps.ndim == 1:
        maps = maps[None, None, :]
    elif maps.ndim == 2:
        maps = maps[None]
    if maps.ndim != 3 or maps.shape[0] == 0:
        raise ValueError(tr("a map grid shows (count, height, width) arrays, not shape {shape}.").format(shape=maps.shape))
    return maps


def layout(shape: tuple[int, int, int], spec: MosaicSpec) -> tuple[int, int]:
    """(columns, gap) for `shape` (n, h, w) under `spec`."""
    count, height, width = shape
    columns = max(1, min(spec.columns or math.ceil(math.sqrt(count)), count))
    gap = spec.gap if spec.gap is not None else max(1, round(min(height, width) * GAP_SHARE))
    return columns, 0 if count == 1 else gap


def mosaic(maps: np.ndarray, columns: int, gap: int, fill: float | int = np.nan) -> np.ndarray:
    """Tile (n, h, w, ...) maps row by row into one array with `fill` in the gaps between tiles."""
    count, height, width = maps.shape[:3]
    rest = maps.shape[3:]
    rows = math.ceil(count / columns)
    padded = np.full((rows * columns, height + gap, width + gap, *rest), fill, dtype=maps.dtype)
    padded[:count, :height, :width] = maps
    order = (0, 2, 1, 3, *range(4, 4 + len(rest)))
    tiled = padded.reshape(rows, columns, height + gap, width + gap, *rest).transpose(order)
    tiled = tiled.reshape(rows * (height + gap), columns * (width + gap), *rest)
    return tiled[: tiled.shape[0] - gap, : tiled.shape[1] - gap] if gap else tiled


def _background() -> np.ndarray:
    colour = colors.PANEL_BACKGROUND.lstrip("#")
    return np.array([int(colour[k : k + 2], 16) for k in (0, 2, 4)] + [255], dtype=np.uint8)


OWN_RANGE = (0.0, 1.0)  # the bar of a grid whose maps each have their own range: low end to high end


def own_levels(tile_levels, count: int) -> tuple[tuple[float, float], ...] | None:
    """The per-map ranges when they differ (None when every map shares one, or none was given)."""
    if tile_levels is None:
        return None
    pairs = tuple((float(low), float(high)) for low, high in tile_levels)
    if len(pairs) != count:
        raise ValueError(tr("{ranges} colour ranges for {count} maps.").format(ranges=len(pairs), count=count))
    if any(not high > low for low, high in pairs):
        raise ValueError(tr("each colour range must run from a lower to a higher value."))
    return pairs if len(set(pairs)) > 1 else None


def render_mosaic(maps: np.ndarray, spec: MosaicSpec) -> MosaicPicture:
    """Colour a stack of maps and tile them (gaps in the panel's background).

    The maps share one colour range (`spec.levels`, else the layer's), unless
    `spec.tile_levels` gives each its own: then each map is coloured from its
    low end to its high end and the colour bar reads `OWN_RANGE`.
    """
    maps = as_stack(maps)
    count, height, width = maps.shape
    columns, gap = layout(maps.shape, spec)
    own = own_levels(spec.tile_levels, count)
    shown = maps
    if own is not None:  # each map through its own range: colour the fraction of it
        low = np.array([pair[0] for pair in own], np.float32)[:, None, None]
        high = np.array([pair[1] for pair in own], np.float32)[:, None, None]
        shown, levels = (maps - low) / (high - low), OWN_RANGE
    elif spec.tile_levels is not None:
        levels = tuple(spec.tile_levels[0])
    else:
        levels = tuple(spec.levels) if spec.levels is not None else colors.levels_for(spec.scale, maps)
    flat = colors.colourise_rgba(shown.reshape(count * height, width), spec.scale, levels)
    coloured = flat.reshape(count, height, width, 4)
    rgba = mosaic(coloured, columns, gap, fill=0)
    # the gaps, the empty end of the last row and NaN cells (padding of a unit grid) in the panel's colour
    background = mosaic(np.isnan(maps), columns, gap, fill=True)
    if background.any():
        rgba[background] = _background()
    return MosaicPicture(maps, np.ascontiguousarray(rgba), levels, spec.scale, columns, gap, own)
