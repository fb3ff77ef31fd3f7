"""Every LeNet layer at once: conv1 → ReLU → pool, conv2 → ReLU → pool, then the 120 and 84 units.

Built once; `show_mosaics` swaps the pictures the compute worker drew for
one result (`screen_specs` tells it how) into the existing grids, one image
per layer, so it keeps up with a pen moving at 60 Hz; `show_layers` colours
the arrays here instead (a student's own network, tests).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

import numpy as np
from PySide6.QtCore import QPoint, QPointF, Signal
from PySide6.QtWidgets import QGridLayout, QMenu, QWidget

from convviz.app.widgets.map_grid import Describe, MapGrid
from convviz.app.widgets.sliced_build import parts
from convviz.i18n import tr, tr_noop
from convviz.state.colors import range_levels
from convviz.state.lenet_detail import FILTER_OF_STAGE
from convviz.state.lenet_screen import GridSpecs
from convviz.state.map_mosaic import MosaicPicture

#: stage -> (title, columns, scale)
MAP_STAGES: dict[str, tuple[str, int, str]] = {
    "conv1": (tr_noop("conv1 · 6 maps 28×28"), 3, "diverging"),
    "relu1": (tr_noop("ReLU · max(0, x)"), 3, "sequential"),
    "pool1": (tr_noop("max pool 2×2 → 14×14"), 3, "sequential"),
    "conv2": (tr_noop("conv2 · 16 maps 10×10"), 4, "diverging"),
    "relu2": (tr_noop("ReLU · max(0, x)"), 4, "sequential"),
    "pool2": (tr_noop("max pool 2×2 → 5×5"), 4, "sequential"),
}

#: unit strips: stage -> (title, pre-activation layer, post-activation layer)
UNIT_STAGES: dict[str, tuple[str, str, str]] = {
    "fc1": (tr_noop("fc1 · 120 units (top row: before ReLU, bottom: after)"), "fc1", "relu3"),
    "fc2": (tr_noop("fc2 · 84 units (top row: before ReLU, bottom: after)"), "fc2", "relu4"),
}


def _describe_units(stage: str) -> Describe:
    def describe(tile: int, row: int, col: int, value: float) -> str:
        when = tr("before ReLU") if row == 0 else tr("after ReLU")
        return tr("{layer} unit {unit} {when}").format(layer=stage, unit=col + 1, when=when) + f": {value:+.3f}"

    return describe


class LayerMaps(QWidget):
    """The grid of all layer outputs; `stage_clicked(stage, index)` when a map or unit is clicked."""

    stage_clicked = Signal(str, int)
    unit_requested = Signal(str, int)  # "What does this unit look for?": layer (conv1, conv2, fc1, fc2), index

    def __init__(self, parent: QWidget | None = None, *, sliced: bool = False) -> None:
        """`sliced`: the grids are built as `building` (a generator) is stepped, one a step; else now."""
        super().__init__(parent)
        self.grids: dict[str, MapGrid] = {}
        self._color_range = "layer"  # see convviz.state.colors.COLOR_RANGES
        self._shown: Mapping[str, np.ndarray] | None = None
        self.unit_menu = QMenu(self)  # a right click on a map or unit: "What does it look for?"
        self.building = parts(self._build(), sliced=sliced)

    def _build(self) -> Iterator[None]:
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setHorizontalSpacing(8)
        layout.setVerticalSpacing(6)
        for position, (stage, (title, columns, scale)) in enumerate(MAP_STAGES.items()):
            grid = MapGrid(tr(title), columns=columns, scale=scale, hint=tr("hover: values · click: inspect"))
            grid.tile_clicked.connect(lambda tile, stage=stage: self.stage_clicked.emit(stage, tile))
            grid.context_requested.connect(
                lambda tile, _row, _col, at, stage=stage: self._offer_unit(FILTER_OF_STAGE[stage], tile, at))
            self.grids[stage] = grid
            layout.addWidget(grid, position // 3, position % 3)
            yield
        for offset, (stage, (title, _, _)) in enumerate(UNIT_STAGES.items()):
            grid = MapGrid(
                tr(title),
                scale="diverging",
                lock_aspect=False,
                describe=_describe_units(stage),
                hint=tr("hover: a unit's value · click: its weights"),
                bar_ticks="ends",  # a short bar: a number at every step would crowd it
            )
            grid.pixel_clicked.connect(lambda _tile, _row, col, stage=stage: self.stage_clicked.emit(stage, col))
            grid.context_requested.connect(lambda _tile, _row, col, at, stage=stage: self._offer_unit(stage, col, at))
            self.grids[stage] = grid
            layout.addWidget(grid, 2 + offset, 0, 1, 3)
            yield
        layout.setRowStretch(0, 4)  # 2×3 maps: wider than tall
        layout.setRowStretch(1, 6)  # 4×4 maps: square
        layout.setRowStretch(2, 1)
        layout.setRowStretch(3, 1)

    def screen_specs(self) -> GridSpecs:
        """For the worker: each grid's layers (stacked as rows for the unit strips) and how it tiles them."""
        specs = {stage: ((stage,), self.grids[stage].mosaic_spec()) for stage in MAP_STAGES}
        for stage, (_, before, after) in UNIT_STAGES.items():
            specs[stage] = ((before, after), self.grids[stage].mosaic_spec())
        return specs

    def show_mosaics(self, pictures: Mapping[str, MosaicPicture]) -> None:
        """Swap in the mosaics the worker drew from `screen_specs()` (nothing is coloured here)."""
        for stage, picture in pictures.items():
            self.grids[stage].show_mosaic(picture)

    def show_layers(self, layers: Mapping[str, np.ndarray]) -> None:
        """Put one result's outputs into the grids, coloured as `color_range()` says."""
        self._shown = layers
        stacks = {stage: layers[stage] for stage in MAP_STAGES}
        stacks.update({stage: np.stack([layers[before], layers[after]])[None]
                       for stage, (_, before, after) in UNIT_STAGES.items()})
        every = list(stacks.values())
        for stage, maps in stacks.items():
            grid = self.grids[stage]
            grid.set_maps(maps, tile_levels=range_levels(self._color_range, grid.scale(), maps, every))

    def set_color_range(self, choice: str) -> None:
        """"map", "layer" or "network" (`convviz.state.colors.COLOR_RANGES`): which maps share colour-bar ends."""
        range_levels(choice, "diverging", np.zeros((1, 1, 1)), [np.zeros(1)])  # ValueError for an unknown choice
        self._color_range = choice
        if self._shown is not None:
            self.show_layers(self._shown)

    def color_range(self) -> str:
        return self._color_range

    def _offer_unit(self, layer: str, index: int, at: QPointF) -> None:
        """A right click on a map or a unit: a menu asking what it looks for."""
        self.unit_menu.clear()
        question = (tr("What does {layer} map {number} look for?") if layer.startswith("conv")
                    else tr("What does {layer} unit {number} look for?"))
        action = self.unit_menu.addAction(question.format(layer=layer, number=index + 1))
        action.triggered.connect(lambda: self.unit_requested.emit(layer, index))
        self.unit_menu.popup(QPoint(round(at.x()), round(at.y())))

    def clear(self) -> None:
        """Every map at zero, each colour bar as it was: the first stroke after Clear then lays out only
        the bars whose range it changes, not all eight in the frame the pen comes back (a stall)."""
        self._shown = None
        for grid in self.grids.values():
            maps = grid.maps()
            if maps.size:
                own = grid.mosaic() is not None and grid.mosaic().tile_levels is not None
                grid.set_maps(np.zeros_like(maps), levels=grid.levels(), tile_levels=grid.tile_levels() if own else None)

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
