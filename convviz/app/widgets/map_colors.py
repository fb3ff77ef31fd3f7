"""Colour maps and level rules shared by the feature-map widgets.

Signed values (convolution outputs, weights, logits) use a diverging
blue–white–orange map centred on zero (Paul Tol's colour-blind-safe pair, the
same ends as the matrix cells); values that cannot be negative (after ReLU,
after pooling) use viridis; pictures use grey. The colour bar beside a map is
`convviz.app.widgets.color_bar.ColorBar`.
"""

from __future__ import annotations

import functools

import numpy as np
import pyqtgraph as pg

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


def style_panel_axis(axis: pg.AxisItem, point_size: float, **style) -> None:
    """Ticks and labels of a plot's axis in the dark panels' foreground colour.

    Every map and chart of the app sits on a dark panel; one place decides how its axes read.
    `style` goes to `AxisItem.setStyle` (e.g. tickLength).
    """
    from PySide6.QtGui import QFont

    font = QFont()
    font.setPointSizeF(point_size)
    axis.setStyle(tickFont=font, **style)
    axis.setTextPen(pg.mkPen(PANEL_FOREGROUND))
    axis.setPen(pg.mkPen(PANEL_FOREGROUND))
