"""The learned filters: conv1's six 5×5 kernels and conv2's 16 filters of six 5×5 slices.

conv2 is drawn with one column per filter and one row per input map (the
pool1 map each slice is slid over), so a column is one whole filter. Clicking
a kernel picks it for editing.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from convviz.app.widgets.map_grid import MapGrid
from convviz.i18n import tr
from convviz.state.conventions import cell_name


class FilterBank(QWidget):
    """Two mosaics of kernels; `filter_clicked(layer, filter, input channel)` when one is clicked."""

    filter_clicked = Signal(str, int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._conv2_filters = 16
        self._conv2_channels = 6
        self.conv1 = MapGrid(
            tr("conv1 filters (6 × 5×5)"),
            columns=6,
            tile_name="filter",
            describe=self._describe_conv1,
            hint=tr("click a filter to edit it"),
        )
        self.conv2 = MapGrid(
            tr("conv2 filters (16 columns × 6 slices)"),
            columns=16,
            tile_name="filter",
            describe=self._describe_conv2,
            hint=tr("a column is one filter, a row one pool1 map · click to edit"),
        )
        self.conv1.setMinimumHeight(90)
        self.conv2.setMinimumHeight(150)
        self.conv1.tile_clicked.connect(lambda tile: self.filter_clicked.emit("conv1", tile, 0))
        self.conv2.tile_clicked.connect(self._on_conv2_clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.conv1, 2)
        layout.addWidget(self.conv2, 3)

    @staticmethod
    def _describe_conv1(tile: int, row: int, col: int, value: float) -> str:
        return tr("conv1 filter {filter}").format(filter=tile + 1) + f" · {cell_name(row, col)}: {value:+.3f}"

    def _describe_conv2(self, tile: int, row: int, col: int, value: float) -> str:
        channel, out = divmod(tile, self._conv2_filters)
        return (tr("conv2 filter {filter}, slice for pool1 map {map}").format(filter=out + 1, map=channel + 1)
                + f" · {cell_name(row, col)}: {value:+.3f}")

    def _on_conv2_clicked(self, tile: int) -> None:
        channel, out = divmod(tile, self._conv2_filters)
        self.filter_clicked.emit("conv2", out, channel)

    def set_kernels(self, conv1: np.ndarray, conv2: np.ndarray) -> None:
        """conv1 (6, 1, k, k) and conv2 (16, 6, k, k) weights."""
        self.conv1.set_maps(conv1[:, 0])
        filters, channels = conv2.shape[:2]
        self._conv2_filters, self._conv2_channels = filters, channels
        # row = input channel, column = filter: tile index = channel * filters + filter
        self.conv2.set_maps(conv2.transpose(1, 0, 2, 3).reshape(filters * channels, *conv2.shape[2:]))

    def set_selected(self, layer: str | None, out: int = 0, channel: int = 0) -> None:
        self.conv1.set_selected(out if layer == "conv1" else None)
        self.conv2.set_selected(channel * self._conv2_filters + out if layer == "conv2" else None)

    def tile_of(self, layer: str, out: int, channel: int = 0) -> int:
        """The mosaic tile showing filter `out`'s slice `channel` (for tests and selection)."""
        return out if layer == "conv1" else channel * self._conv2_filters + out
