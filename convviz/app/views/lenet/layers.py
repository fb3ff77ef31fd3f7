"""Every LeNet layer at once: conv1 → ReLU → pool, conv2 → ReLU → pool, then the 120 and 84 units.

Built once; `show_layers` swaps the arrays of one result into the existing
grids (one image per layer), so it keeps up with a pen moving at 60 Hz.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QWidget

from convviz.app.widgets.map_grid import Describe, MapGrid

#: stage -> (title, columns, scale)
MAP_STAGES: dict[str, tuple[str, int, str]] = {
    "conv1": ("conv1 · 6 maps 28×28", 3, "diverging"),
    "relu1": ("ReLU · max(0, x)", 3, "sequential"),
    "pool1": ("max pool 2×2 → 14×14", 3, "sequential"),
    "conv2": ("conv2 · 16 maps 10×10", 4, "diverging"),
    "relu2": ("ReLU · max(0, x)", 4, "sequential"),
    "pool2": ("max pool 2×2 → 5×5", 4, "sequential"),
}

#: unit strips: stage -> (title, pre-activation layer, post-activation layer)
UNIT_STAGES: dict[str, tuple[str, str, str]] = {
    "fc1": ("fc1 · 120 units (top row: before ReLU, bottom: after)", "fc1", "relu3"),
    "fc2": ("fc2 · 84 units (top row: before ReLU, bottom: after)", "fc2", "relu4"),
}


def _describe_units(stage: str) -> Describe:
    def describe(tile: int, row: int, col: int, value: float) -> str:
        when = "before ReLU" if row == 0 else "after ReLU"
        return f"{stage} unit {col + 1} {when}: {value:+.3f}"

    return describe


class LayerMaps(QWidget):
    """The grid of all layer outputs; `stage_clicked(stage, index)` when a map or unit is clicked."""

    stage_clicked = Signal(str, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grids: dict[str, MapGrid] = {}
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setHorizontalSpacing(8)
        layout.setVerticalSpacing(6)
        for position, (stage, (title, columns, scale)) in enumerate(MAP_STAGES.items()):
            grid = MapGrid(title, columns=columns, scale=scale, hint="hover: values · click: inspect")
            grid.tile_clicked.connect(lambda tile, stage=stage: self.stage_clicked.emit(stage, tile))
            self.grids[stage] = grid
            layout.addWidget(grid, position // 3, position % 3)
        for offset, (stage, (title, _, _)) in enumerate(UNIT_STAGES.items()):
            grid = MapGrid(
                title,
                scale="diverging",
                lock_aspect=False,
                describe=_describe_units(stage),
                hint="hover: a unit's value · click: its weights",
                bar_ticks="ends",  # a short bar: pyqtgraph's five ticks would overlap
            )
            grid.pixel_clicked.connect(lambda _tile, _row, col, stage=stage: self.stage_clicked.emit(stage, col))
            self.grids[stage] = grid
            layout.addWidget(grid, 2 + offset, 0, 1, 3)
        layout.setRowStretch(0, 4)  # 2×3 maps: wider than tall
        layout.setRowStretch(1, 6)  # 4×4 maps: square
        layout.setRowStretch(2, 1)
        layout.setRowStretch(3, 1)

    def show_layers(self, layers: Mapping[str, np.ndarray]) -> None:
        """Put one result's outputs into the grids (levels shared per layer)."""
        for stage in MAP_STAGES:
            self.grids[stage].set_maps(layers[stage])
        for stage, (_, before, after) in UNIT_STAGES.items():
            self.grids[stage].set_maps(np.stack([layers[before], layers[after]])[None])

    def clear(self) -> None:
        for grid in self.grids.values():
            maps = grid.maps()
            if maps.size:
                grid.set_maps(np.zeros_like(maps))

    def set_presenting(self, presenting: bool) -> None:
        """Presentation mode: the hint lines under the maps step aside, so the maps keep their room."""
        for grid in self.grids.values():
            grid.set_readout_visible(not presenting)
        self.layout().setVerticalSpacing(2 if presenting else 6)

    def set_selected(self, stage: str | None, index: int | None) -> None:
        """Outline the inspected map (only map stages have tiles to outline)."""
        for name, grid in self.grids.items():
            if name in MAP_STAGES:
                grid.set_selected(index if name == stage else None)
