"""A second kernel on the first output: the layer-2 map, and which cells one of its cells depends on.

Clicking a layer-2 cell asks the view to light up the cells it depends on:
3×3 cells of the first map, and behind them 5×5 input cells for two 3×3
kernels. The one kernel the two make together is shown beside them.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from convviz.app.widgets.matrix_grid import MatrixGrid
from convviz.i18n import tr
from convviz.state.colors import scale_for
from convviz.state.conventions import cell_name

FIELD_ROLE = "#009E73"  # bluish green (Okabe–Ito): the cells a layer-2 cell depends on


class StackPanel(QWidget):
    """Kernel 2 (editable), the layer-2 map (click a cell) and the combined kernel."""

    kernel_edited = Signal(object)  # the new second kernel
    cell_chosen = Signal(int, int)
    rejected = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kernel_grid = MatrixGrid(editable=True, min_cell=14, max_cell=40)
        self.kernel_grid.setAccessibleName("second kernel")
        self.kernel_grid.set_color_scale(scale_for("weights"))
        self.kernel_grid.set_title("∗ " + tr("kernel 2 (on the output)"))
        self.kernel_grid.matrix_changed.connect(self.kernel_edited)
        self.kernel_grid.rejected.connect(self.rejected)
        self.map_grid = MatrixGrid(min_cell=14, max_cell=48)
        self.map_grid.setAccessibleName("layer 2 map")
        self.map_grid.cell_clicked.connect(self.cell_chosen)
        self.map_grid.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.combined_grid = MatrixGrid(min_cell=12, max_cell=30)
        self.combined_grid.setAccessibleName("the one kernel both layers make")
        self.combined_grid.set_color_scale(scale_for("weights"))
        self.combined_grid.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setAccessibleName("receptive field")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.kernel_grid, self.map_grid, self.combined_grid):
            layout.addWidget(widget)
        # `note` (the receptive field in words) is laid out by the view under the stage, across its width: in this
        # narrow column its lines were cut

    def show_maps(self, kernel: np.ndarray, second_map: np.ndarray | None, combined: np.ndarray | None,
                  scale: str | None = None, problem: str = "") -> None:
        self.kernel_grid.set_matrix(kernel)
        if second_map is None:
            self.map_grid.set_matrix(np.zeros((0, 0)))
            self.map_grid.set_title(tr("No layer 2"))
            self.map_grid.set_placeholder_text(problem)
            self.note.setText(problem)
        else:
            self.map_grid.set_matrix(second_map)
            self.map_grid.set_color_scale(scale)
            self.map_grid.set_title("= " + tr("layer 2, {rows}×{cols} (click a cell)").format(
                rows=second_map.shape[0], cols=second_map.shape[1]))
        self.combined_grid.setVisible(combined is not None)
        if combined is not None:
            self.combined_grid.set_matrix(combined)
            rows, cols = combined.shape
            self.combined_grid.set_title(tr("same as one {rows}×{cols} kernel").format(rows=rows, cols=cols))

    def show_field(self, cell: tuple[int, int], input_cells: set, first_cells: set) -> None:
        self.map_grid.set_highlight([cell], "current")
        rows = sorted({r for r, _ in input_cells})
        cols = sorted({c for _, c in input_cells})
        size = f"{len(rows)}×{len(cols)}" if len(input_cells) == len(rows) * len(cols) else f"{len(input_cells)}"
        first_rows = len({r for r, _ in first_cells})
        first_cols = len({c for _, c in first_cells})
        self.note.setText(
            tr("Layer-2 cell ({cell}) reads {rows}×{cols} cells of the first output, which together read {size} "
               "input cells: its receptive field.").format(cell=cell_name(*cell), rows=first_rows, cols=first_cols,
                                                         size=size)
        )
