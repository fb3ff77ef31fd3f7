"""A colour input stepped channel by channel: each channel, its kernel slice and their products, side by side.

The decks draw a 6×6×3 picture as three 6×6 grids and a 3×3×3 kernel as
three 3×3 slices; each slice multiplies its own channel, and the three sums
plus the bias make one output cell. One column per channel shows exactly
that, with the window highlighted in every channel at once.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from convviz.app.widgets.matrix_grid import MatrixGrid
from convviz.core import format_number
from convviz.i18n import tr
from convviz.state.colors import scale_for
from convviz.state.step_text import channel_names


class ChannelGrids(QWidget):
    """One block per channel: the padded input channel over its kernel slice (as applied) and their products.

    The slice and the products stand side by side under the channel, so a block is as tall as the input and a
    kernel (not two kernels): on a short projector the cells get the height back. "+" signs stand between the
    blocks, whose sums are added into one output cell.
    """

    cell_edited = Signal(int, int, int, float)  # channel, row (unpadded), col, value
    kernel_edited = Signal(int, int, int, float)  # channel, row, col, value
    rejected = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QGridLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(6)
        self.inputs: list[MatrixGrid] = []
        self.kernels: list[MatrixGrid] = []
        self.products: list[MatrixGrid] = []
        self._offset = (0, 0)
        self._plus: list[QLabel] = []

    def set_channels(self, count: int) -> None:
        """Build `count` columns (only when the count changes, so editing keeps focus)."""
        if len(self.inputs) == count:
            return
        for widget in self.inputs + self.kernels + self.products + self._plus:
            self._layout.removeWidget(widget)
            widget.deleteLater()
        self.inputs, self.kernels, self.products, self._plus = [], [], [], []
        for channel, name in enumerate(channel_names(count)):
            column = 3 * channel  # the slice's column, then the products', then a "+"
            grid = MatrixGrid(editable=True, min_cell=12, max_cell=44)
            grid.setAccessibleName(f"input, {name} channel")
            grid.edited.connect(lambda r, c, v, ch=channel: self._input_edited(ch, r, c, v))
            kernel = MatrixGrid(editable=True, min_cell=12, max_cell=40)
            kernel.setAccessibleName(f"kernel slice for {name}")
            kernel.set_color_scale(scale_for("weights"))
            kernel.edited.connect(lambda r, c, v, ch=channel: self.kernel_edited.emit(ch, r, c, v))
            products = MatrixGrid(min_cell=12, max_cell=40)
            products.setAccessibleName(f"products, {name} channel")
            products.set_color_scale(scale_for("products"))
            products.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            grid.set_alignment(Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignHCenter)  # close over its slice
            kernel.set_alignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
            products.set_alignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
            self._layout.addWidget(grid, 0, column, 1, 2)
            self._layout.addWidget(kernel, 1, column)
            self._layout.addWidget(products, 1, column + 1)
            for editable in (grid, kernel):
                editable.rejected.connect(self.rejected)
            self.inputs.append(grid)
            self.kernels.append(kernel)
            self.products.append(products)
            if channel < count - 1:
                plus = QLabel("+")
                plus.setAlignment(Qt.AlignmentFlag.AlignCenter)
                plus.setStyleSheet("font-size: 28px; color: palette(placeholder-text);")
                plus.setToolTip(tr("The channels' sums are added into one output cell"))
                self._layout.addWidget(plus, 0, column + 2, 2, 1)
                self._plus.append(plus)

    def show_matrices(self, padded: np.ndarray, mask: np.ndarray | None, offset: tuple[int, int],
                      kernel: np.ndarray, titles: tuple[str, str]) -> None:
        """The padded channels (mask: padding cells) and the kernel's slices as applied."""
        self.set_channels(len(padded))
        self._offset = offset
        self._layout.setRowStretch(0, 10 * padded.shape[-2] + 10)  # rows by their cells (and a title each)
        self._layout.setRowStretch(1, 10 * kernel.shape[-2] + 10)
        for channel in range(len(padded)):  # columns by their cells: a slice's cells as large as its channel's
            self._layout.setColumnStretch(3 * channel, kernel.shape[-1])
            self._layout.setColumnStretch(3 * channel + 1, kernel.shape[-1])
        names = channel_names(len(padded))
        for channel, name in enumerate(names):
            self.inputs[channel].set_matrix(padded[channel])
            self.inputs[channel].set_padding_mask(mask)
            self.inputs[channel].set_title(f"{titles[0]} · {name}")
            self.kernels[channel].set_matrix(kernel[channel])
            self.kernels[channel].set_title(titles[1])  # the channel's name stands over the block already

    def show_step(self, step) -> None:
        """Highlight the window in every channel, write each weight in its corner, show the products."""
        cells = [(r, c) for r in step.rows for c in step.cols]
        for channel, grid in enumerate(self.inputs):
            grid.set_highlight(cells, "window")
            weights = step.weights[channel]
            grid.set_subscripts({(r, c): weights[i, j] for i, r in enumerate(step.rows) for j, c in enumerate(step.cols)})
            total = step.channel_sums[channel]
            self.products[channel].set_matrix(step.products[channel])
            self.products[channel].set_title(tr("Sum {total}").format(total=format_number(total)))  # short: a slice's width holds it

    def clear_step(self) -> None:
        for grid in self.inputs:
            grid.clear_highlight()
            grid.set_subscripts({})

    def _input_edited(self, channel: int, row: int, col: int, value: float) -> None:
        top, left = self._offset
        self.cell_edited.emit(channel, row - top, col - left, value)
