"""A titled line plot of named series that grow point by point (training curves).

Each series keeps its points in Python lists and hands pyqtgraph the whole
arrays on `append`; a training run gives at most a few thousand points, so
an update stays well under a millisecond. Colours are Okabe–Ito (colour-blind
safe) on the dark panel background the other LeNet widgets use.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGraphicsItem, QVBoxLayout, QWidget

from convviz.app.widgets.map_colors import (
    PANEL_BACKGROUND,
    PANEL_FOREGROUND,
    nice_bound,
    style_panel_axis,
)
from convviz.i18n import tr

TRAIN_COLOR = "#56B4E9"  # Okabe–Ito sky blue
TEST_COLOR = "#E69F00"  # Okabe–Ito orange


class CurvePlot(QWidget):
    """One plot, several named series; `append(name, x, y)` adds a point, `clear()` empties them all."""

    def __init__(
        self,
        title: str,
        x_label: str | None = None,  # default: "epoch"
        y_label: str = "",
        *,
        legend_corner: str = "top-right",
        y_range: tuple[float, float] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """`y_range` fixes the y axis; without it the axis runs from 0 to a nice bound above the data."""
        super().__init__(parent)
        self._fixed_y = y_range
        self._y_range: tuple[float, float] | None = None
        self.plot = pg.PlotWidget(enableMenu=False)
        self.plot.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a picture: its numbers are in the labels beside it
        self.plot.setAccessibleName(tr("training curves"))
        self.plot.setBackground(PANEL_BACKGROUND)
        self.plot.hideButtons()
        item = self.plot.getPlotItem()
        item.setTitle(title, color=PANEL_FOREGROUND, size="12pt")
        x_label = tr("epoch") if x_label is None else x_label
        for side, label in (("bottom", x_label), ("left", y_label)):
            axis = item.getAxis(side)
            style_panel_axis(axis, 10.5)
            axis.enableAutoSIPrefix(False)  # "epoch (x0.001)" helps nobody
            if label:
                axis.setLabel(label, color=PANEL_FOREGROUND)
        item.showGrid(x=True, y=True, alpha=0.18)
        for side in ("bottom", "left"):
            # an axis draws its grid across the whole plot: every new point repainted the plot, and
            # replaying both grids' line pictures was most of an update's paint (~1 ms each); kept as a
            # pixmap they are copied instead, and drawn again only when the axis itself changes
            item.getAxis(side).setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        # No auto-range: re-laying out the axes on every new point cost ~8 ms per paint (measured);
        # the x range is set by the owner, the y range snaps to nice bounds and rarely changes.
        item.disableAutoRange()
        if y_range is not None:
            self._set_y(y_range)
        offset = {"top-right": (-8, 8), "bottom-right": (-8, -8), "top-left": (8, 8), "bottom-left": (8, -8)}[legend_corner]
        self.legend = item.addLegend(offset=offset, labelTextColor=PANEL_FOREGROUND, labelTextSize="10.5pt")
        self.legend.setBrush(pg.mkBrush(31, 32, 38, 200))
        self._curves: dict[str, pg.PlotDataItem] = {}
        self._points: dict[str, tuple[list[float], list[float]]] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot)
        self.setMinimumHeight(180)

    def add_series(self, name: str, color: str, *, width: float = 2.5, symbol: str | None = None,
                   label: str | None = None) -> None:
        """A new empty series drawn in `color` (with `symbol` at each point, e.g. "o" for per-epoch values).

        `label`: the legend's word for it (the interface language), `name` by default."""
        pen = pg.mkPen(color, width=width)
        options = {"pen": pen, "name": label if label is not None else name}
        if symbol is not None:
            options.update(symbol=symbol, symbolSize=9, symbolBrush=pg.mkBrush(color), symbolPen=pg.mkPen(PANEL_BACKGROUND))
        self._curves[name] = self.plot.plot([], [], **options)
        self._points[name] = ([], [])

    def append(self, name: str, x: float, y: float) -> None:
        xs, ys = self._points[name]
        xs.append(float(x))
        ys.append(float(y))
        self._curves[name].setData(np.asarray(xs), np.asarray(ys), skipFiniteCheck=True)
        if self._fixed_y is None and np.isfinite(y):
            top = max(float(np.nanmax(values)) for _, values in self._points.values() if values)
            bound = nice_bound(top * 1.05)
            if self._y_range is None or bound > self._y_range[1]:
                self._set_y((0.0, bound))

    def set_x_range(self, low: float, high: float) -> None:
        self.plot.setXRange(low, high, padding=0.02)

    def _set_y(self, bounds: tuple[float, float]) -> None:
        self._y_range = bounds
        self.plot.setYRange(*bounds, padding=0.02)

    def series(self, name: str) -> tuple[np.ndarray, np.ndarray]:
        """The points of one series so far (copies)."""
        xs, ys = self._points[name]
        return np.asarray(xs), np.asarray(ys)

    def clear(self) -> None:
        for name, curve in self._curves.items():
            self._points[name] = ([], [])
            curve.setData([], [])
        if self._fixed_y is None:
            self._y_range = None
