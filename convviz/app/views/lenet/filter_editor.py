"""Edit one learned filter of the trained network: type weights, zero it, or put a preset in.

The editor only asks (signals); the view changes the state, which recomputes
the network, and then shows the new weights here with `set_filter`.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from superqt.utils import signals_blocked

from convviz.app.widgets.matrix_grid import MatrixGrid
from convviz.app.widgets.status_colors import set_status_style
from convviz.core import KERNEL_PRESETS
from convviz.i18n import tr

#: Presets offered first: the edge and line detectors a first layer typically learns.
FAVOURITE_PRESETS = (
    "sobel_x",
    "sobel_y",
    "vertical_edge",
    "horizontal_edge",
    "laplacian",
    "line_vertical",
    "line_horizontal",
    "line_45",
    "line_135",
    "gaussian_5x5",
    "identity",
)


class FilterEditor(QWidget):
    """A 5×5 number grid for one filter slice, with zero / preset / reset buttons."""

    cell_edited = Signal(int, int, float)
    channel_changed = Signal(int)
    zero_requested = Signal()
    preset_requested = Signal(str)
    reset_requested = Signal()
    reset_all_requested = Signal()
    rejected = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layer = ""
        self._filter = 0
        self._heading = QLabel("Pick a filter to edit")
        heading_font = self._heading.font()
        heading_font.setBold(True)
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.15)
        self._heading.setFont(heading_font)
        self._status = QLabel("")
        self._status.setWordWrap(True)

        self._channel = QSpinBox()
        self._channel.setPrefix("slice for pool1 map ")
        self._channel.setAccessibleName(tr("slice for pool1 map"))
        self._channel.setMaximumWidth(190)
        self._channel.setToolTip("conv2 filters have one 5×5 slice per pool1 map: pick which one to edit.")
        self._channel.setRange(1, 1)
        self._channel.valueChanged.connect(lambda value: self.channel_changed.emit(value - 1))

        self.grid = MatrixGrid(np.zeros((5, 5)), editable=True, min_cell=30, max_cell=64)
        self.grid.set_color_scale("diverging")
        self.grid.setAccessibleName("filter weights")
        self.grid.setToolTip(tr("Select a cell with the arrow keys and type a number to change a weight"))
        self.grid.edited.connect(self.cell_edited)
        self.grid.rejected.connect(self.rejected)

        self._zero = QPushButton("Zero this filter")
        self._zero.setToolTip("Set every weight of this filter (all its slices) to 0; its bias stays.")
        self._zero.clicked.connect(self.zero_requested)
        self._reset = QPushButton("Reset filter")
        self._reset.setToolTip("Give this filter back its trained weights.")
        self._reset.clicked.connect(self.reset_requested)
        self._reset_all = QPushButton("Reset all to trained")
        self._reset_all.setToolTip("Undo every edit: the network as it was trained.")
        self._reset_all.clicked.connect(self.reset_all_requested)

        self.presets = QComboBox()
        self.presets.setAccessibleName(tr("kernel preset"))
        self.presets.setAccessibleDescription(tr("A kernel to put into this slice with “Put preset here”"))
        names = [n for n in FAVOURITE_PRESETS if n in KERNEL_PRESETS]
        names += [n for n in KERNEL_PRESETS if n not in names]
        for name in names:
            preset = KERNEL_PRESETS[name]
            self.presets.addItem(preset.label, name)
            self.presets.setItemData(self.presets.count() - 1, preset.description, Qt.ItemDataRole.ToolTipRole)
        self._use_preset = QPushButton("Put preset here")
        self._use_preset.setToolTip("Replace this slice by the preset (a 3×3 preset is padded with zeros to 5×5).")
        self._use_preset.clicked.connect(lambda: self.preset_requested.emit(self.presets.currentData()))

        controls_box = QWidget()
        controls_box.setMaximumWidth(190)
        controls = QVBoxLayout(controls_box)
        controls.setContentsMargins(0, 0, 0, 0)
        controls.addWidget(self._status)
        controls.addStretch(1)
        controls.addWidget(self._zero)
        controls.addWidget(self.presets)
        controls.addWidget(self._use_preset)
        controls.addWidget(self._reset)
        controls.addWidget(self._reset_all)
        top = QHBoxLayout()
        top.addWidget(self._heading, 1)
        top.addWidget(self._channel)
        body = QHBoxLayout()
        body.addWidget(self.grid, 3)
        body.addWidget(controls_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(body, 1)
        self._set_enabled(False)

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (self.grid, self._zero, self._reset, self.presets, self._use_preset, self._channel):
            widget.setEnabled(enabled)

    def layer(self) -> str:
        return self._layer

    def filter_index(self) -> int:
        return self._filter

    def channel(self) -> int:
        return self._channel.value() - 1

    def heading(self) -> str:
        return self._heading.text()

    def status(self) -> str:
        return self._status.text()

    def set_filter(
        self,
        layer: str,
        index: int,
        channel: int,
        channels: int,
        kernel: np.ndarray,
        *,
        edited: bool,
        any_edited: bool,
    ) -> None:
        """Show slice `channel` of filter `index` of `layer` and whether it was edited."""
        self._layer, self._filter = layer, index
        self._set_enabled(True)
        self._heading.setText(f"{layer} · filter {index + 1}")
        with signals_blocked(self._channel):
            self._channel.setRange(1, channels)
            self._channel.setValue(channel + 1)
        self._channel.setEnabled(channels > 1)
        if not self.grid.is_editing():
            self.grid.set_matrix(kernel)
        bound = float(np.abs(kernel).max()) or 1.0
        self.grid.set_color_scale("diverging", (-bound, bound))
        self._status.setText(
            "edited: differs from the trained weights" if edited else "the trained weights (type to change a cell)"
        )
        set_status_style(self._status, "wrong" if edited else None, "font-weight: bold;" if edited else "")
        self._reset.setEnabled(edited)
        self._reset_all.setEnabled(any_edited)
