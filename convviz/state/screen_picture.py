"""What the screen shows of a map: colour-mapped RGBA pictures about the size of the panel in device pixels.

The compute worker renders these, so the GUI thread only wraps finished bytes
in a QImage: its cost follows the panel, not the map (a 4096² map costs the
GUI what a 400² one does). A panel describes itself in a `ScreenTarget` (its
size in device pixels, the extent it frames, and the part in view when the
person zoomed in); `render_screen` takes one cell in `step` per axis for
the whole map, so the picture has at least as many pixels as the screen
shows it with, and, when zoomed in, renders the part in view (plus a margin for
panning) at full resolution as a second, detail picture.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from convviz.state import colors  # the module, so one spy in a test sees every colouring

DEFAULT_SIDE = 1024  # pixels of the longer side when the panel's size is not known yet
FRAME_PADDING = 0.02  # the panels frame a map with 2 % padding on each side
DETAIL_MARGIN = 0.25  # the detail picture reaches this share of the view beyond each edge
PICTURE = "picture"  # the scale word for an input picture (grey or RGB values in [0, 1])

Rect = tuple[int, int, int, int]  # rows r0:r1, columns c0:c1 of a map, in cells


@dataclass(frozen=True)
class ScreenTarget:
    """One panel as the worker needs to know it: how big, what it frames, what is in view.

    `width`/`height` are the panel's map area in device pixels (0: not laid
    out yet). `extent` (rows, cols) frames a map as if it were that big (the
    pooled map beside the input). `view` (x0, x1, y0, y1) is the visible part
    in map cells when the person zoomed in, else None.
    """

    width: int = 0
    height: int = 0
    extent: tuple[float, float] | None = None
    view: tuple[float, float, float, float] | None = None

    def fit_cells_per_pixel(self, shape: tuple[int, int]) -> float:
        """Map cells per device pixel when the whole map (or its extent) fills the panel."""
        rows, cols = shape
        if self.extent is not None:
            rows, cols = max(rows, self.extent[0]), max(cols, self.extent[1])
        if self.width <= 0 or self.height <= 0:  # not laid out yet: at most DEFAULT_SIDE pixels a side
            return float(math.ceil(max(rows, cols) / DEFAULT_SIDE))
        pad = 1.0 + 2.0 * FRAME_PADDING
        return max(rows * pad / self.height, cols * pad / self.width)

    def view_cells_per_pixel(self) -> float | None:
        """Map cells per device pixel in the zoomed view (None when not zoomed)."""
        if self.view is None or self.width <= 0 or self.height <= 0:
            return None
        x0, x1, y0, y1 = self.view
        return max((x1 - x0) / self.width, (y1 - y0) / self.height)


def picture_step(cells_per_pixel: float) -> int:
    """Take one cell in `step`: never fewer picture pixels than screen pixels."""
    return max(1, int(math.floor(cells_per_pixel + 1e-9)))


@dataclass(frozen=True, eq=False)
class ScreenPicture:
    """A colour-mapped picture of (part of) a map, ready for the screen."""

    rgba: np.ndarray  # (h, w, 4) uint8, C-contiguous, opaque
    rect: Rect  # the map cells it covers: rows r0:r1, columns c0:c1
    step: int  # one picture pixel = step × step map cells

    def covers(self, rect: Rect, step: int) -> bool:
        """True when this picture shows all of `rect` at `step` or finer."""
        r0, c0, r1, c1 = self.rect
        return self.step <= step and r0 <= rect[0] and c0 <= rect[1] and r1 >= rect[2] and c1 >= rect[3]


def render(values: np.ndarray, scale: str, levels: tuple[float, float], step: int, rect: Rect | None = None
           ) -> ScreenPicture:
    """Colour one cell in `step` of `rect` (the whole map by default) through `scale` and `levels`."""
    height, width = values.shape[-2:]
    r0, c0, r1, c1 = rect if rect is not None else (0, 0, height, width)
    part = values[..., r0:r1:step, c0:c1:step]
    rgba = colors.picture_rgba(part) if scale == PICTURE else colors.colourise_rgba(part, scale, levels)
    return ScreenPicture(np.ascontiguousarray(rgba), (r0, c0, r1, c1), step)


def visible_rect(shape: tuple[int, int], view: tuple[float, float, float, float], margin: float = DETAIL_MARGIN
                 ) -> Rect | None:
    """The cells in `view` (x0, x1, y0, y1) plus `margin` of its size each side, clipped to the map."""
    height, width = shape
    x0, x1, y0, y1 = view
    dx, dy = (x1 - x0) * margin, (y1 - y0) * margin
    r0, r1 = max(0, math.floor(y0 - dy)), min(height, math.ceil(y1 + dy))
    c0, c1 = max(0, math.floor(x0 - dx)), min(width, math.ceil(x1 + dx))
    if r1 <= r0 or c1 <= c0:
        return None
    return r0, c0, r1, c1


def wanted(shape: tuple[int, int], target: ScreenTarget) -> tuple[int, tuple[Rect, int] | None]:
    """The whole map's step and, when zoomed in past it, the detail rectangle and its step."""
    step = picture_step(target.fit_cells_per_pixel(shape))
    zoomed = target.view_cells_per_pixel()
    if zoomed is None or step == 1:
        return step, None
    detail_step = picture_step(zoomed)
    if detail_step >= step:
        return step, None
    rect = visible_rect(shape, target.view)
    return step, None if rect is None else (rect, detail_step)


def render_screen(values: np.ndarray, scale: str, levels: tuple[float, float], target: ScreenTarget | None
                  ) -> tuple[ScreenPicture, ScreenPicture | None]:
    """The whole-map picture for `target`, and the detail picture when the panel is zoomed in."""
    target = target or ScreenTarget()
    step, detail = wanted(values.shape[-2:], target)
    whole = render(values, scale, levels, step)
    if detail is None:
        return whole, None
    rect, detail_step = detail
    return whole, render(values, scale, levels, detail_step, rect)


def is_current(whole: ScreenPicture, detail: ScreenPicture | None, shape: tuple[int, int], target: ScreenTarget
               ) -> bool:
    """True when the pictures on screen already serve `target` (no new render needed).

    The visible part only (no margin) must be covered by the detail picture,
    so panning within the margin asks for nothing.
    """
    step, want = wanted(shape, target)
    if whole.step > step or 2 * whole.step <= step:  # too coarse, or over twice as fine as the panel needs
        return False
    if want is None:
        return True
    _, detail_step = want
    view = visible_rect(shape, target.view, margin=0.0)
    return detail is not None and view is not None and detail.covers(view, detail_step)
