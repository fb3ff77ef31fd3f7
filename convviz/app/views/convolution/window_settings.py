"""How the window slides: stride, padding, dilation, and the output-size formula with its numbers.

`WindowSettingsPanel` edits the sliding part of a `ConvolutionSettings`. Each
setting has a rows and a columns value, linked by default (one number for
both, as the slides use); unlinking lets them differ. The decks' formula
⌊(n + 2p − f) / s⌋ + 1 is shown for both axes with the current numbers (and,
when dilation > 1, the dilated form ⌊(n + 2p − d·(f − 1) − 1) / s⌋ + 1 beside
it), so a student sees why the map has the size it has, or none.
"""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from convviz import limits
from convviz.app.widgets.status_colors import set_status_style
from convviz.i18n import tr
from convviz.state.conventions import DILATED_SIZE_FORMULA, SIZE_FORMULA
from convviz.state.convolution import (
    ConvolutionSettings,
    NoOutput,
    output_formulas,
    resolve_output_size,
)

PADDING_CHOICES = (
    ("valid", "valid (no padding)"),
    ("same", "same (output ⌈n / stride⌉)"),
    ("custom", "cells per side…"),
)
PADDING_MODE_CHOICES = (
    ("zeros", "zeros"),
    ("reflect", "reflect (mirror)"),
    ("replicate", "replicate (edge)"),
)


class PairSpin(QWidget):
    """Two spin boxes (rows, columns) that move together unless unlinked."""

    changed = Signal(int, int)

    def __init__(self, limit: limits.Limit, tooltip: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows = QSpinBox(minimum=int(limit.low), maximum=int(limit.high))
        self.cols = QSpinBox(minimum=int(limit.low), maximum=int(limit.high))
        self.rows.setToolTip(f"{tooltip} along the rows (down)")
        self.cols.setToolTip(f"{tooltip} along the columns (across)")
        self.link = QCheckBox("same both ways")
        self.link.setChecked(True)
        self.link.setAccessibleDescription(tr("One number for rows and columns; untick to set them apart"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.rows)
        layout.addWidget(self.cols)
        layout.addWidget(self.link)
        layout.addStretch(1)
        self.rows.valueChanged.connect(self._rows_changed)
        self.cols.valueChanged.connect(self._cols_changed)
        self.link.toggled.connect(self._link_toggled)
        self._link_toggled(True)

    def set_values(self, rows: int, cols: int) -> None:
        with QSignalBlocker(self.rows), QSignalBlocker(self.cols), QSignalBlocker(self.link):
            self.rows.setValue(rows)
            self.cols.setValue(cols)
            if rows != cols and self.link.isChecked():
                self.link.setChecked(False)
                self.cols.setVisible(True)

    def values(self) -> tuple[int, int]:
        return self.rows.value(), self.cols.value()

    def _rows_changed(self, value: int) -> None:
        if self.link.isChecked():
            with QSignalBlocker(self.cols):
                self.cols.setValue(value)
        self.changed.emit(*self.values())

    def _cols_changed(self, _value: int) -> None:
        self.changed.emit(*self.values())

    def _link_toggled(self, linked: bool) -> None:
        self.cols.setVisible(not linked)
        self.rows.setToolTip("Rows and columns" if linked else "Rows (down)")
        if linked and self.cols.value() != self.rows.value():
            self.cols.setValue(self.rows.value())


class WindowSettingsPanel(QWidget):
    """Stride, padding, dilation and the live output-size formula."""

    def __init__(self, settings: ConvolutionSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._input_size: tuple[int, int] | None = None

        self.stride = PairSpin(limits.CONV_STRIDE, "Stride: how many cells the window jumps")
        self.dilation = PairSpin(limits.CONV_DILATION, "Dilation: the gap between the kernel's taps")
        self.padding_kind = QComboBox()
        for key, label in PADDING_CHOICES:
            self.padding_kind.addItem(label, key)
        self.padding_kind.setAccessibleName(tr("padding"))
        self.padding_kind.setAccessibleDescription(tr("No padding, a number of cells, or padding that keeps the size"))
        self.padding = PairSpin(limits.CONV_PADDING, "Padding: cells added on each side")
        self.padding_mode = QComboBox()
        for key, label in PADDING_MODE_CHOICES:
            self.padding_mode.addItem(label, key)
        self.padding_mode.setToolTip("What the added border cells contain")
        self.padding_mode.setAccessibleName(tr("border"))
        for pair, name in ((self.stride, tr("stride")), (self.padding, tr("padding")), (self.dilation, tr("dilation"))):
            pair.rows.setAccessibleName(tr("{setting}, rows").format(setting=name))
            pair.cols.setAccessibleName(tr("{setting}, columns").format(setting=name))

        mono = QFont("monospace")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        self.height_formula = QLabel()
        self.width_formula = QLabel()
        for label in (self.height_formula, self.width_formula):
            label.setFont(mono)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.output_label = QLabel()
        bold = QFont(self.font())
        bold.setBold(True)
        self.output_label.setFont(bold)

        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow("Stride", self.stride)
        form.addRow("Padding", self.padding_kind)
        form.addRow("", self.padding)
        form.addRow("Border", self.padding_mode)
        form.addRow("Dilation", self.dilation)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        self.formula_explained = QLabel()
        self.formula_explained.setWordWrap(True)
        layout.addWidget(self.formula_explained)
        layout.addWidget(self.height_formula)
        layout.addWidget(self.width_formula)
        layout.addWidget(self.output_label)

        self.stride.changed.connect(lambda r, c: setattr(settings, "stride", (r, c)))
        self.dilation.changed.connect(lambda r, c: setattr(settings, "dilation", (r, c)))
        self.padding.changed.connect(lambda r, c: setattr(settings, "padding", (r, c)))
        self.padding_kind.currentIndexChanged.connect(
            lambda i: setattr(settings, "padding_kind", self.padding_kind.itemData(i))
        )
        self.padding_mode.currentIndexChanged.connect(
            lambda i: setattr(settings, "padding_mode", self.padding_mode.itemData(i))
        )
        settings.events.connect(self._refresh)
        self._refresh()

    def set_input_size(self, size: tuple[int, int] | None) -> None:
        self._input_size = size
        self._refresh()

    def _refresh(self, *_args) -> None:
        settings = self._settings
        self.stride.set_values(*settings.stride)
        self.dilation.set_values(*settings.dilation)
        self.padding.set_values(*settings.padding)
        for box, key in ((self.padding_kind, settings.padding_kind), (self.padding_mode, settings.padding_mode)):
            with QSignalBlocker(box):
                box.setCurrentIndex(max(0, box.findData(key)))
        self.padding.setEnabled(settings.padding_kind == "custom")
        if self._input_size is None:
            self.formula_explained.setText(f"Output size {SIZE_FORMULA}:")
            self.height_formula.setText("height: (no picture yet)")
            self.width_formula.setText("width:")
            self.output_label.clear()
            return
        dilated = max(settings.dilation) > 1
        self.formula_explained.setText(
            f"Output size {SIZE_FORMULA}" + (f", the kernel spanning f = d·(f − 1) + 1 cells; "
                                             f"dilated form {DILATED_SIZE_FORMULA}:" if dilated else ":")
        )
        height, width = output_formulas(settings, self._input_size)
        self.height_formula.setText(f"height: {height}")
        self.width_formula.setText(f"width:  {width}")
        try:
            heights, widths = resolve_output_size(settings, self._input_size)
        except NoOutput:
            self.output_label.setText("No output with these settings")
            set_status_style(self.output_label, "error")
        else:
            n_h, n_w = self._input_size
            self.output_label.setText(f"{n_h}×{n_w} picture  →  {heights}×{widths} map")
            set_status_style(self.output_label, None)
