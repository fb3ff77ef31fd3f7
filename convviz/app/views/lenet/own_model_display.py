"""The explorer's view of a student's own small CNN: its layers' outputs and its learned filters.

LeNet has hand-made widgets for its known layers; any other network is shown
generically: one map grid per layer that outputs maps (all channels tiled,
one shared colour scale per layer), one strip per layer of units, and one
grid of kernels per convolution layer. `OwnModelDisplay` puts these in place
of LeNet's layer maps and filter tabs in the LeNet view while such a model is
explored, and gives the LeNet widgets back afterwards.
"""

from __future__ import annotations

from collections import OrderedDict

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from convviz.app.widgets.map_grid import MapGrid
from convviz.i18n import tr
from convviz.state.own_model import NON_NEGATIVE_KINDS

COLUMNS = 3
MAX_FILTER_TILES = 256  # more slices than this: only the first input channel's are shown


def _scroll(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setAccessibleName(tr("your model's maps"))
    area.setAccessibleDescription(tr("Every layer of your own model; the arrow keys scroll"))
    area.setWidget(widget)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return area


class OwnModelLayers(QWidget):
    """One map grid or unit strip per discovered layer, rebuilt only when the model changes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grids: dict[str, MapGrid] = {}
        self._kinds: dict[str, str] = {}
        self._signature: tuple | None = None
        self.note = QLabel("")
        self.note.setWordWrap(True)
        self._body = QWidget()
        self._grid = QGridLayout(self._body)
        self._grid.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.note)
        layout.addWidget(_scroll(self._body), 1)

    def set_model(self, model) -> None:
        """Forget the old grids; layer kinds come from the model's discovered chain."""
        self._kinds = {stage.name: stage.kind for stage in (getattr(model, "layers", None) or ())}
        problem = getattr(model, "layers_problem", None)
        name = getattr(model, "name", "this model")
        if problem:
            self.note.setText(f"<b>{name}</b>: its layers cannot be shown ({problem}) Its answer and the "
                              "“Why this digit?” maps still work.")
        else:
            self.note.setText(f"<b>{name}</b> · {len(self._kinds)} layers found · hover a map for values")
        self._rebuild(())

    def show_layers(self, layers: OrderedDict[str, np.ndarray]) -> None:
        shown = [(name, value) for name, value in layers.items() if name not in ("input", "softmax")]
        signature = tuple((name, value.shape) for name, value in shown)
        if signature != self._signature:
            self._rebuild(signature)
        for name, value in shown:
            grid = self.grids[name]
            grid.set_maps(value if value.ndim == 3 else value.reshape(1, 1, -1))

    def _rebuild(self, signature: tuple) -> None:
        for grid in self.grids.values():
            self._grid.removeWidget(grid)
            grid.deleteLater()
        self.grids = {}
        self._signature = signature
        maps = [(name, shape) for name, shape in signature if len(shape) == 3]
        units = [(name, shape) for name, shape in signature if len(shape) != 3]
        for position, (name, shape) in enumerate(maps):
            kind = self._kinds.get(name, "")
            scale = "sequential" if kind in NON_NEGATIVE_KINDS else "diverging"
            title = f"{name} · {kind} · {shape[0]}×{shape[1]}×{shape[2]}".replace(" ·  ·", " ·")
            grid = MapGrid(title, scale=scale, hint="hover: values")
            grid.set_clickable(False)
            self.grids[name] = grid
            self._grid.addWidget(grid, position // COLUMNS, position % COLUMNS)
        first_row = -(-len(maps) // COLUMNS)
        for offset, (name, shape) in enumerate(units):
            kind = self._kinds.get(name, "")
            count = int(np.prod(shape))
            scale = "sequential" if kind in NON_NEGATIVE_KINDS else "diverging"
            grid = MapGrid(f"{name} · {kind} · {count} units".replace(" ·  ·", " ·"), scale=scale,
                           lock_aspect=False, hint="hover: a unit's value", bar_ticks="ends")
            grid.set_clickable(False)
            grid.setFixedHeight(84)
            self.grids[name] = grid
            self._grid.addWidget(grid, first_row + offset, 0, 1, COLUMNS)
        for row in range(first_row):
            self._grid.setRowMinimumHeight(row, 170)


class OwnModelFilters(QWidget):
    """Every convolution layer's kernels: a column per filter, a row per input channel."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grids: dict[str, MapGrid] = {}
        self._body = QWidget()
        self._layout = QVBoxLayout(self._body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(_scroll(self._body))

    def set_filters(self, filters: OrderedDict[str, np.ndarray]) -> None:
        """`conv_filters(model)`: name -> (out, in, kh, kw) weights."""
        while self._layout.count():
            item = self._layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.grids = {}
        if not filters:
            self._layout.addWidget(QLabel("This model has no convolution layer, so there are no filters to show."))
        for name, weights in filters.items():
            out, channels, height, width = weights.shape
            if out * channels > MAX_FILTER_TILES:
                tiles, rows, note = weights[:, 0], 1, f" (slices for input channel 1 of {channels})"
            else:
                tiles, rows, note = weights.transpose(1, 0, 2, 3).reshape(out * channels, height, width), channels, ""
            title = f"{name} · {out} filters {height}×{width} × {channels} channel{'s' if channels > 1 else ''}{note}"
            grid = MapGrid(title, columns=out, tile_name="filter", hint="a column is one filter · hover: weights")
            grid.set_clickable(False)
            grid.setFixedHeight(min(420, 40 * rows + 70))
            grid.set_maps(tiles)
            self.grids[name] = grid
            self._layout.addWidget(grid)
        self._layout.addStretch(1)


class OwnModelDisplay:
    """Swaps the LeNet view's layer maps and filter tabs for a student's model and back."""

    def __init__(self, middle, lenet_layers: QWidget, tabs: QTabWidget) -> None:
        self._lenet_layers = lenet_layers
        self._tabs = tabs
        self._model = None
        self.layers = OwnModelLayers()
        self.layers.hide()
        middle.insertWidget(middle.indexOf(lenet_layers) + 1, self.layers, 5)
        self.filters = OwnModelFilters()
        self._filters_tab = -1

    def model(self):
        """The `UserModel` being explored, or None while LeNet is."""
        return self._model

    def set_model(self, model) -> None:
        """Show `model` (a UserModel that is not a LeNet), or LeNet again with None."""
        from convviz.model.custom import conv_filters

        self._model = model
        own = model is not None
        self._lenet_layers.setVisible(not own)
        self.layers.setVisible(own)
        if own:
            self.layers.set_model(model)
            self.filters.set_filters(conv_filters(model))
            if self._filters_tab < 0:
                self._filters_tab = self._tabs.addTab(self.filters, "Filters")
        elif self._filters_tab >= 0:
            self._tabs.removeTab(self._filters_tab)
            self._filters_tab = -1
        for index in range(self._tabs.count()):
            if index != self._filters_tab:
                self._tabs.setTabEnabled(index, not own)
        if own:
            self._tabs.setCurrentIndex(self._filters_tab)

    def show_layers(self, layers) -> None:
        self.layers.show_layers(layers)
