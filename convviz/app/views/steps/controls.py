"""The Steps view's settings panel: example, sizes, operation, kernel and window.

The panel never holds the truth: it shows a `StepsSettings` (`show_settings`,
with its own signals blocked so nothing loops) and asks for changes with
`change_requested(dict)`; the view applies them to the `StepsState`.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from superqt.utils import signals_blocked

from convviz import limits
from convviz.core import KERNEL_PRESETS
from convviz.i18n import tr
from convviz.state.steps import EXAMPLES, StepsSettings

MODE_LABELS = {
    "conv": "Convolution",
    "max": "Max pooling",
    "avg": "Average pooling",
    "transposed": "Transposed convolution",
}
CUSTOM = "custom"
PADDING_KINDS = {"cells": "cells (rows × columns)", "same": "“same”: ⌈n / stride⌉ out", "valid": "“valid”: none"}
_PREFERRED = ("vertical_edge_6x6",)  # the name the slides' example goes by


def _spin(limit: limits.Limit, tip: str) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(int(limit.low), int(limit.high))
    spin.setToolTip(tip)
    spin.setAccessibleName(tip)
    spin.setKeyboardTracking(False)  # typing "12" is one change, not "1" then "12"
    return spin


def _compact(box: QComboBox) -> QComboBox:
    """Long item names must not widen the panel: the popup shows them in full."""
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(14)
    return box


def _pair(first: QWidget, second: QWidget) -> QWidget:
    box = QWidget()
    layout = QHBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(first)
    layout.addWidget(QLabel("×"))
    layout.addWidget(second)
    return box


class StepsControls(QWidget):
    """Everything the student can set, grouped as the slides introduce it."""

    change_requested = Signal(dict)  # StepsSettings fields to change
    example_requested = Signal(str)  # a key of EXAMPLES
    random_requested = Signal()
    picture_requested = Signal()
    preset_requested = Signal(str)  # a key of KERNEL_PRESETS
    stack_requested = Signal(bool)  # a second kernel on the output (the receptive field of two layers)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.example_box = _compact(QComboBox())
        self.example_box.setAccessibleName("example")
        self.example_box.setToolTip(tr("The decks' worked examples, or your own numbers"))
        for key, (label, _) in EXAMPLES.items():
            self.example_box.addItem(label, key)
        self.example_box.addItem("Your own numbers", CUSTOM)
        self.example_box.activated.connect(self._example_chosen)
        self.random_button = QPushButton("Random numbers")
        self.random_button.setToolTip("Fill the input with new random whole numbers 0–9")
        self.random_button.clicked.connect(self.random_requested)
        self.picture_button = QPushButton("Use the picture")
        self.picture_button.setToolTip("Shrink the open picture to the input size (grey levels 0–255)")
        self.picture_button.setEnabled(False)
        self.picture_button.clicked.connect(self.picture_requested)
        self.rows_spin = _spin(limits.STEPS_MATRIX_SIDE, "input rows")
        self.cols_spin = _spin(limits.STEPS_MATRIX_SIDE, "input columns")
        for spin in (self.rows_spin, self.cols_spin):
            spin.valueChanged.connect(self._input_size_changed)

        self.mode_box = _compact(QComboBox())
        self.mode_box.setAccessibleName("operation")
        self.mode_box.setToolTip(tr("Convolution, max or average pooling, or a transposed convolution"))
        for key, label in MODE_LABELS.items():
            self.mode_box.addItem(label, key)
        self.mode_box.activated.connect(lambda i: self._mode_chosen(self.mode_box.itemData(i)))

        self.preset_box = _compact(QComboBox())
        self.preset_box.setAccessibleName("kernel preset")
        self.preset_box.setToolTip(tr("Kernels the course uses"))
        self.preset_box.addItem("(your own kernel)", CUSTOM)
        for key, preset in KERNEL_PRESETS.items():
            self.preset_box.addItem(preset.label, key)
        self.preset_box.activated.connect(self._preset_chosen)
        self.preset_note = QLabel()
        self.preset_note.setWordWrap(True)
        self.preset_note.setStyleSheet("color: palette(placeholder-text);")
        self.kernel_rows_spin = _spin(limits.STEPS_KERNEL_SIDE, "kernel rows")
        self.kernel_cols_spin = _spin(limits.STEPS_KERNEL_SIDE, "kernel columns")
        for spin in (self.kernel_rows_spin, self.kernel_cols_spin):
            spin.valueChanged.connect(self._kernel_size_changed)
        self.flip_check = QCheckBox("Flip the kernel (true convolution)")
        self.flip_check.setToolTip(
            "Off: cross-correlation, what CNNs compute. On: the kernel is turned 180° first, "
            "as in the mathematical convolution."
        )
        self.flip_check.toggled.connect(lambda on: self.change_requested.emit({"flip": on}))
        self.stack_check = QCheckBox("Second kernel on the output")
        self.stack_check.setToolTip("Apply a second kernel to the output and click its cells: the input cells "
                                    "one cell of layer 2 depends on light up (two 3×3 kernels see 5×5)")
        self.stack_check.toggled.connect(self.stack_requested)

        self.pool_spin = _spin(limits.STEPS_POOL_SIZE, "pooling window size")
        self.pool_spin.valueChanged.connect(lambda v: self.change_requested.emit({"pool_size": v}))
        self.stride_spin = _spin(limits.STEPS_STRIDE, "stride")
        self.stride_spin.valueChanged.connect(lambda v: self.change_requested.emit({"stride": v}))
        self.padding_kind_box = _compact(QComboBox())
        self.padding_kind_box.setAccessibleName("padding kind")
        for key, label in PADDING_KINDS.items():
            self.padding_kind_box.addItem(label, key)
        self.padding_kind_box.setToolTip(
            "“same” pads so that the output has ⌈n / stride⌉ cells a side: the input's size at stride 1"
        )
        self.padding_kind_box.activated.connect(lambda i: self._padding_changed())
        self.padding_spin = _spin(limits.STEPS_PADDING, "padding on every side (rows; columns too while they are equal)")
        self.padding_spin.setToolTip("Rows of padding above and below; the columns follow while both are equal")
        self.padding_cols_spin = _spin(limits.STEPS_PADDING, "padding columns (left and right)")
        self.padding_cols_spin.setToolTip("Columns of padding left and right: set them apart from the rows here")
        self.padding_spin.valueChanged.connect(lambda _: self._padding_changed(rows_lead=True))
        self.padding_cols_spin.valueChanged.connect(lambda _: self._padding_changed())
        self.dilation_spin = _spin(limits.STEPS_DILATION, "dilation")
        self.dilation_spin.valueChanged.connect(lambda v: self.change_requested.emit({"dilation": v}))
        self.output_padding_spin = _spin(limits.STEPS_PADDING, "output padding")
        self.output_padding_spin.setToolTip(
            "output padding: extra cells kept at the bottom and right of a transposed convolution's output "
            "(smaller than the stride or the dilation)"
        )
        self.output_padding_spin.valueChanged.connect(lambda v: self.change_requested.emit({"output_padding": v}))
        self.filter_spin = _spin(limits.STEPS_FILTERS, "filter stepped through")
        self.filter_spin.valueChanged.connect(lambda v: self.change_requested.emit({"filter_index": v - 1}))
        self.bias_spin = QDoubleSpinBox()
        self.bias_spin.setRange(-1000.0, 1000.0)
        self.bias_spin.setDecimals(2)
        self.bias_spin.setAccessibleName("bias of this filter")
        self.bias_spin.setToolTip("Added once to the channels' sums: output = red + green + blue + b")
        self.bias_spin.valueChanged.connect(self._bias_changed)

        example = QGroupBox("Input")
        form = QFormLayout(example)
        form.addRow(self.example_box)
        buttons = QHBoxLayout()
        buttons.addWidget(self.random_button)
        buttons.addWidget(self.picture_button)
        form.addRow(buttons)
        form.addRow("Size", _pair(self.rows_spin, self.cols_spin))

        operation = QGroupBox("Operation")
        form = QFormLayout(operation)
        form.addRow(self.mode_box)
        self.kernel_size_row = _pair(self.kernel_rows_spin, self.kernel_cols_spin)
        form.addRow("Kernel", self.preset_box)
        form.addRow(self.preset_note)
        form.addRow("Kernel size", self.kernel_size_row)
        form.addRow(self.flip_check)
        form.addRow(self.stack_check)
        form.addRow("Window", self.pool_spin)
        form.addRow("Filter", self.filter_spin)
        form.addRow("Bias b", self.bias_spin)
        self._operation_form = form

        window = QGroupBox("Sliding")
        form = QFormLayout(window)
        form.addRow("Stride", self.stride_spin)
        form.addRow("Padding", self.padding_kind_box)
        self.padding_row = _pair(self.padding_spin, self.padding_cols_spin)
        form.addRow("Pad cells", self.padding_row)
        form.addRow("Dilation", self.dilation_spin)
        form.addRow("Output padding", self.output_padding_spin)
        self._window_form = form

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for group in (example, operation, window):
            layout.addWidget(group)
        layout.addStretch(1)
        self._settings = StepsSettings()
        self.show_settings(self._settings)

    # ---------------------------------------------------------------- showing
    def show_settings(self, settings: StepsSettings, example: str | None = None) -> None:
        """Make every control show `settings` without asking for any change."""
        self._settings = settings
        conv = settings.mode in ("conv", "transposed")
        values = (
            (self.rows_spin, settings.image.shape[-2]),
            (self.cols_spin, settings.image.shape[-1]),
            (self.kernel_rows_spin, settings.kernel.shape[-2]),
            (self.kernel_cols_spin, settings.kernel.shape[-1]),
            (self.filter_spin, settings.filter_index + 1),
            (self.bias_spin, settings.filter_bias),
            (self.pool_spin, settings.pool_size),
            (self.stride_spin, settings.stride),
            (self.padding_spin, settings.pads[0] if not isinstance(settings.padding, str) else 0),
            (self.padding_cols_spin, settings.pads[2] if not isinstance(settings.padding, str) else 0),
            (self.dilation_spin, settings.dilation),
            (self.output_padding_spin, settings.output_padding),
        )
        self.filter_spin.setMaximum(settings.filter_count)
        for spin, value in values:
            with signals_blocked(spin):
                spin.setValue(value)
        with signals_blocked(self.flip_check):
            self.flip_check.setChecked(settings.flip)
        self.mode_box.setCurrentIndex(self.mode_box.findData(settings.mode))
        kind = settings.padding if isinstance(settings.padding, str) else "cells"
        self.padding_kind_box.setCurrentIndex(self.padding_kind_box.findData(kind))
        self._set_row_visible(self.padding_kind_box, settings.mode == "conv")  # "same" is for convolutions
        self._set_row_visible(self.padding_row, kind == "cells")
        if example is None:
            example = next((key for key, (_, known) in EXAMPLES.items() if known.same_as(settings)), CUSTOM)
        self.example_box.setCurrentIndex(max(self.example_box.findData(example), 0))
        self._show_preset(settings)
        for row_widget in (self.preset_box, self.kernel_size_row, self.flip_check, self.dilation_spin):
            self._set_row_visible(row_widget, conv)
        colour = settings.channels > 1  # the decks' colour example: filters with a bias each
        self._set_row_visible(self.preset_box, conv and not colour)
        self._set_row_visible(self.stack_check, settings.mode == "conv" and not colour)
        self._set_row_visible(self.filter_spin, conv and settings.filter_count > 1)
        self._set_row_visible(self.bias_spin, conv and colour)
        self._set_row_visible(self.flip_check, settings.mode == "conv")  # a stamp is never turned
        self._set_row_visible(self.output_padding_spin, settings.mode == "transposed")
        self.preset_note.setVisible(conv and bool(self.preset_note.text()))
        self._set_row_visible(self.pool_spin, not conv)

    def show_stack(self, on: bool) -> None:
        with signals_blocked(self.stack_check):
            self.stack_check.setChecked(on)

    def set_picture_available(self, available: bool, name: str = "") -> None:
        self.picture_button.setEnabled(available)
        self.picture_button.setToolTip(
            f"Shrink “{name}” to the input size (grey levels 0–255)" if available else "Open a picture first"
        )

    def _show_preset(self, settings: StepsSettings) -> None:
        """Name the preset the kernel equals, if any (editing a cell makes it "your own")."""
        applied = settings.applied_kernel

        def same(key: str) -> bool:
            values = KERNEL_PRESETS[key].values
            return values.shape == applied.shape and bool((abs(values - applied) < 1e-6).all())

        chosen = self.preset_box.currentData()
        if chosen != CUSTOM and same(chosen):
            match = chosen  # several presets share weights: keep the one the student picked
        else:
            match = next((key for key in _PREFERRED if key in KERNEL_PRESETS and same(key)), None) or next(
                (key for key in KERNEL_PRESETS if same(key)), CUSTOM
            )
        self.preset_box.setCurrentIndex(self.preset_box.findData(match))
        self.preset_note.setText("" if match == CUSTOM else KERNEL_PRESETS[match].description)

    def _set_row_visible(self, field: QWidget, visible: bool) -> None:
        for form in (self._operation_form, self._window_form):
            label = form.labelForField(field)
            if label is not None:
                label.setVisible(visible)
        field.setVisible(visible)

    # ---------------------------------------------------------------- asking
    def _padding_changed(self, rows_lead: bool = False) -> None:
        kind = self.padding_kind_box.currentData()
        rows, cols = self.padding_spin.value(), self.padding_cols_spin.value()
        if rows_lead and isinstance(self._settings.padding, int):
            cols = rows  # equal on every side stays equal until the columns are set apart
        self.change_requested.emit({"padding": kind if kind != "cells" else (rows, cols)})

    def _bias_changed(self, value: float) -> None:
        settings = self._settings
        bias = list(settings.bias) or [0.0] * settings.filter_count
        bias[settings.filter_index] = float(value)
        self.change_requested.emit({"bias": tuple(bias)})

    def _input_size_changed(self) -> None:
        self.change_requested.emit({"input_shape": (self.rows_spin.value(), self.cols_spin.value())})

    def _kernel_size_changed(self) -> None:
        self.change_requested.emit({"kernel_shape": (self.kernel_rows_spin.value(), self.kernel_cols_spin.value())})

    def _example_chosen(self, index: int) -> None:
        key = self.example_box.itemData(index)
        if key != CUSTOM:
            self.example_requested.emit(key)

    def _mode_chosen(self, mode: str) -> None:
        if mode != self._settings.mode:
            self.change_requested.emit({"mode": mode})

    def _preset_chosen(self, index: int) -> None:
        key = self.preset_box.itemData(index)
        if key != CUSTOM:
            self.preset_requested.emit(key)
