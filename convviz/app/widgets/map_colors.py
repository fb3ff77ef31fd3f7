"""Colour maps and level rules shared by the feature-map widgets.

Signed values (convolution outputs, weights, logits) use a diverging
blue–white–orange map centred on zero (Paul Tol's colour-blind-safe pair, the
same ends as the matrix cells); values that cannot be negative (after ReLU,
after pooling) use viridis; pictures use grey.
"""

from __future__ import annotations

import functools
import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QFontMetricsF

from convviz.state.colors import (  # noqa: F401 - the widgets' one colour table
    DIVERGING_ANCHORS,
    GREY_ANCHORS,
    PANEL_BACKGROUND,
    PANEL_FOREGROUND,
    SCALES,
    SELECTION_COLOR,
    TILE_SELECTION_COLOR,
    levels_for,
    lookup_table,
    nice_bound,
)

BAR_LABEL_PITCH = 1.4  # a colour bar's labels stand at least this many lines apart
NAMES = {"diverging": "tol-blue-white-orange", "sequential": "viridis", "grey": "grey"}


@functools.cache
def colormap(scale: str) -> pg.ColorMap:
    """The pyqtgraph ColorMap for one of `SCALES`: the 256 colours of `colors.lookup_table`, nothing else.

    Made once per scale and shared (nothing changes a ColorMap after it is made): building one costs
    milliseconds, and every map, grid and colour bar asks for one.
    """
    if scale not in SCALES:
        raise ValueError(f"unknown colour scale {scale!r}; use one of {', '.join(SCALES)}.")
    return pg.ColorMap(np.linspace(0.0, 1.0, 256), np.asarray(lookup_table(scale)), name=NAMES[scale])


class _PlotItemWithoutMenu(pg.PlotItem):
    """A PlotItem whose view box builds no context menu (pyqtgraph builds one for every plot unless told not to)."""

    def __init__(self, *args, **kwargs) -> None:
        kwargs.setdefault("enableMenu", False)
        super().__init__(*args, **kwargs)


class ColorBar(pg.ColorBarItem, _PlotItemWithoutMenu):
    """pyqtgraph's ColorBarItem, without the view-box menu it builds and then turns off.

    ColorBarItem makes its PlotItem with the default menu and disables it at once; the base
    class placed between them in the method order makes it without (about 4 of 13 ms a bar;
    a LeNet view has 13 bars, and every view, panel and test window builds its own).
    """


def space_bar_labels(axis: pg.AxisItem) -> None:
    """A colour bar's axis labels no more values than its length holds apart.

    pyqtgraph picks its tick spacing from the axis length alone; a short bar on a
    projector (larger text, smaller maps) got five labels on top of each other.
    The spacing is asked at every drawing, so it follows zoom and resizing.
    """
    def spacing(low: float, high: float, size: float) -> list[tuple[float, float]]:
        span = abs(high - low)
        if span == 0 or not math.isfinite(span):
            return []
        line = QFontMetricsF(axis.style.get("tickFont") or axis.font()).height()
        low, high = sorted((low, high))
        closest = BAR_LABEL_PITCH * line * span / max(size, 1.0)  # neighbours no nearer than this, in values
        magnitude = 10.0 ** math.floor(math.log10(closest))
        for step in (f * magnitude * scale for scale in (1.0, 10.0, 100.0) for f in (1.0, 2.0, 2.5, 5.0)):
            if step >= closest * (1 - 1e-9):  # the finest nice step whose labels stand apart
                return [(step, 0.0)]
        return [(span, 0.0)]

    axis.tickSpacing = spacing


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
