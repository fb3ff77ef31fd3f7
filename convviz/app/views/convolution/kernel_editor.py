"""The kernel a student edits: a grid of numbers, presets, size, normalise, randomise, flip.

`KernelEditor` is a view of `ConvolutionSettings`: every button and cell edit
calls the settings, and the widgets redraw from the settings' events with
their own signals blocked, so nothing loops and the settings stay the one
source of truth. Text that is not a number never reaches the settings: the
grid refuses it, the old value stays and `message` explains.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from superqt import QToggleSwitch

from convviz import limits
from convviz.app.widgets.elided_combo import ElidedComboBox
from convviz.app.widgets.matrix_grid import MatrixGrid
from convviz.core import KERNEL_PRESETS, format_number
from convviz.i18n import tr, tr_noop
from convviz.state.colors import scale_for
from convviz.state.convolution import CHANNEL_NAMES, ConvolutionSettings, kernel_shape

CUSTOM_LABEL = tr_noop("Custom (edited by hand)")
FLIP_OFF_TEXT = tr_noop(
    "Cross-correlation (flip off): the kernel slides over the picture as drawn. "
    "This is what CNN layers (and PyTorch's conv2d) compute."
)
FLIP_ON_TEXT = tr_noop(
    "True convolution (flip on): the kernel is rotated 180° before it slides, as in "
    "signal processing. Kernels unchanged by a 180° turn (box blur, Laplacian) give the same map either way; "
    "a mirror-symmetric one like [1 0 −1] changes sign."
)
MUTED = "color: palette(placeholder-text);"  # muted text in every theme
FLIP_LABEL = tr_noop("Flip the kernel (true convolution)")
FLIP_SHORT_LABEL = tr_noop("Flip (true convolution)")  # presentation mode: large text, narrower column


class KernelEditor(QWidget):
    """Edit the kernel held by a `ConvolutionSettings` (see the module docstring)."""

    message = Signal(str)

    def __init__(self, settings: ConvolutionSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings

        self.preset_box = ElidedComboBox()  # a long preset name is elided, whole in the tooltip
        self.preset_box.setToolTip(tr("Kernels the course uses, each with what it does"))
        self.preset_box.setAccessibleName(tr("kernel preset"))
        self.preset_box.addItem(tr(CUSTOM_LABEL), "")
        for name, preset in KERNEL_PRESETS.items():
            self.preset_box.addItem(tr(preset.label), name)
        self.preset_box.setMaxVisibleItems(30)
        self.preset_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.preset_box.setMinimumContentsLength(14)  # long preset names must not widen the column
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.description.setStyleSheet(MUTED)

        side = (int(limits.KERNEL_SIDE.low), int(limits.KERNEL_SIDE.high))
        self.rows_spin = QSpinBox(minimum=side[0], maximum=side[1])
        self.cols_spin = QSpinBox(minimum=side[0], maximum=side[1])
        self.rows_spin.setToolTip(tr("Kernel height (rows)"))
        self.cols_spin.setToolTip(tr("Kernel width (columns)"))
        self.rows_spin.setAccessibleName(tr("kernel rows"))
        self.cols_spin.setAccessibleName(tr("kernel columns"))
        self.sum_label = QLabel()
        self.sum_label.setStyleSheet(MUTED)
        self.sum_label.setWordWrap(True)  # "sum of cells = 9 × 1/9 = 1" wraps rather than widen a 1024-wide window
        self.sum_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        self.grid = MatrixGrid(editable=True, min_cell=24, max_cell=56)
        self.grid.set_color_scale(scale_for("weights"))
        self.grid.setToolTip(tr("Double-click a cell (or select it and type) to change a weight"))
        self.scale_label = QLabel()  # "× 1/9": the factor written apart, as the decks write a blur
        scale_font = self.scale_label.font()
        scale_font.setPointSizeF(scale_font.pointSizeF() * 1.8)
        scale_font.setBold(True)
        self.scale_label.setFont(scale_font)
        self.scale_label.setAccessibleName("the kernel's factor")
        self.scale_label.hide()

        self.normalise_button = QPushButton(tr("Normalise (sum 1)"))
        self.normalise_button.setToolTip(
            tr("Make the weights sum to 1 so the kernel keeps brightness: whole cells stay and get the factor 1/sum")
        )
        self.randomise_button = QPushButton(tr("Randomise"))
        self.randomise_button.setToolTip(tr("Random whole numbers from −3 to 3"))
        self.reset_button = QPushButton(tr("Reset"))
        self.reset_button.setToolTip(tr("Back to the Sobel x kernel"))

        self.flip_switch = QToggleSwitch(tr(FLIP_LABEL))
        self.flip_switch.setToolTip(tr(FLIP_LABEL))
        self.flip_text = QLabel()
        self.flip_text.setWordWrap(True)
        self.flip_text.setStyleSheet(MUTED)

        # RGB: which channel's kernel is shown, and whether all channels share it
        self.channel_row = QWidget()
        channel_layout = QHBoxLayout(self.channel_row)
        channel_layout.setContentsMargins(0, 0, 0, 0)
        self.channel_label = QLabel(tr("Channel:"))
        channel_layout.addWidget(self.channel_label)
        self.channel_buttons = QButtonGroup(self)
        for index, name in enumerate(CHANNEL_NAMES):
            button = QPushButton(name.capitalize(), checkable=True)
            button.setStyleSheet(f"QPushButton:checked {{ border: 2px solid {('#D55E00', '#009E73', '#0072B2')[index]}; font-weight: bold; }}")
            self.channel_buttons.addButton(button, index)
            button.setAccessibleDescription(tr("Show and edit this channel's slice of the kernel"))
            channel_layout.addWidget(button)
        channel_layout.addStretch(1)
        self.link_box = QCheckBox(tr("Same kernel for all three channels"))
        self.link_box.setAccessibleDescription(tr("Edit one kernel that every colour channel uses"))
        # RGB: groups 1 = each filter sees all three channels (one map); 3 = depthwise (one map per channel)
        self.groups_spin = QSpinBox(minimum=1, maximum=3)
        self.groups_spin.setAccessibleName("groups")
        self.groups_spin.setToolTip(
            tr("Groups: 1 = the kernel's three slices are summed into one map (an ordinary filter); "
               "3 = depthwise: each channel is convolved alone and keeps its own map; "
               "2 does not divide 3 channels")
        )
        self.groups_row = QWidget()
        groups_layout = QHBoxLayout(self.groups_row)
        groups_layout.setContentsMargins(0, 0, 0, 0)
        groups_layout.addWidget(QLabel(tr("Groups")))
        groups_layout.addWidget(self.groups_spin)
        self.groups_note = QLabel()
        self.groups_note.setStyleSheet(MUTED)
        self.groups_note.setWordWrap(True)  # on two lines rather than widen the kernel column past a projector
        groups_layout.addWidget(self.groups_note, 1)

        size_row = QHBoxLayout()
        size_row.addWidget(QLabel(tr("Size")))
        size_row.addWidget(self.rows_spin)
        size_row.addWidget(QLabel("×"))
        size_row.addWidget(self.cols_spin)
        size_row.addStretch(1)
        size_row.addWidget(self.sum_label)
        buttons = QHBoxLayout()
        for button in (self.normalise_button, self.randomise_button, self.reset_button):
            buttons.addWidget(button)
        preset_row = QGridLayout()
        preset_row.addWidget(QLabel(tr("Preset")), 0, 0)
        preset_row.addWidget(self.preset_box, 0, 1)
        preset_row.setColumnStretch(1, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(preset_row)
        layout.addWidget(self.description)
        layout.addWidget(self.channel_row)
        layout.addWidget(self.link_box)
        layout.addWidget(self.groups_row)
        layout.addLayout(size_row)
        grid_row = QHBoxLayout()
        grid_row.addStretch(1)
        grid_row.addWidget(self.grid)
        grid_row.addWidget(self.scale_label)
        grid_row.addStretch(1)
        layout.addLayout(grid_row, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.flip_switch)
        layout.addWidget(self.flip_text)

        self.preset_box.activated.connect(self._on_preset_chosen)
        self.rows_spin.valueChanged.connect(self._on_size_changed)
        self.cols_spin.valueChanged.connect(self._on_size_changed)
        self.grid.edited.connect(self._on_cell_edited)
        self.grid.rejected.connect(self.message)
        self.normalise_button.clicked.connect(self._normalise)
        self.randomise_button.clicked.connect(lambda: self._settings.randomise())
        self.reset_button.clicked.connect(lambda: self._settings.reset_kernel())
        self.flip_switch.toggled.connect(lambda on: setattr(self._settings, "flip", bool(on)))
        self.channel_buttons.idClicked.connect(lambda i: setattr(self._settings, "edit_channel", i))
        self.link_box.toggled.connect(lambda on: self._settings.set_link_channels(bool(on)))
        self.groups_spin.valueChanged.connect(lambda value: setattr(self._settings, "groups", int(value)))

        events = settings.events
        for signal in (events.kernels, events.kernel_scale, events.preset, events.edit_channel, events.mode,
                       events.link_channels, events.groups):
            signal.connect(self._refresh_kernel)
        events.flip.connect(self._refresh_flip)
        self._refresh_kernel()
        self._refresh_flip()

    def set_presenting(self, presenting: bool) -> None:
        """Presentation mode: the grid and its numbers grow, and the editor is condensed."""
        self.grid.set_presenting(presenting)
        self.set_condensed(presenting)

    def set_condensed(self, condensed: bool) -> None:
        """A narrow column: the edit buttons and the long notes step aside (the preset's description stays in
        the preset box's tooltip)."""
        for widget in (self.normalise_button, self.randomise_button, self.reset_button, self.flip_text,
                       self.description, self.channel_label):
            widget.setVisible(not condensed)
        self.flip_switch.setText(tr(FLIP_SHORT_LABEL if condensed else FLIP_LABEL))

    # ------------------------------------------------------------------ from the user
    def _on_preset_chosen(self, index: int) -> None:
        name = self.preset_box.itemData(index)
        if name:
            self._settings.apply_preset(name)
            self.message.emit(tr("Kernel: {name}.").format(name=tr(KERNEL_PRESETS[name].label)))

    def _on_size_changed(self) -> None:
        self._settings.resize_kernel(self.rows_spin.value(), self.cols_spin.value())

    def _on_cell_edited(self, row: int, col: int, value: float) -> None:
        try:
            self._settings.set_cell(row, col, value)
        except ValueError as exc:  # e.g. 1e300: the old value stays and the grid shows it again
            self.message.emit(str(exc))
            self._refresh_kernel()

    def _normalise(self) -> None:
        try:
            self._settings.normalise()
        except ValueError as exc:
            self.message.emit(str(exc))

    # ------------------------------------------------------------------ from the settings
    def _refresh_kernel(self, *_args) -> None:
        settings = self._settings
        kernel = np.asarray(settings.kernel, dtype=np.float64)
        rows, cols = kernel_shape(settings.kernel)
        with QSignalBlocker(self.rows_spin), QSignalBlocker(self.cols_spin):
            self.rows_spin.setValue(rows)
            self.cols_spin.setValue(cols)
        if self.grid.shape() != kernel.shape or not np.array_equal(self.grid.matrix(), kernel):
            self.grid.set_matrix(kernel)
        preset = KERNEL_PRESETS.get(settings.preset) if settings.preset else None
        index = max(self.preset_box.findData(settings.preset if preset else ""), 0)
        description = tr(preset.description) if preset else tr("Your own kernel: double-click a cell to type a weight.")
        if index != self.preset_box.currentIndex() or description != self.description.text():
            # only on a change: the box's tooltip measures its elided text (every cell edit of a drag came here)
            with QSignalBlocker(self.preset_box):
                self.preset_box.setCurrentIndex(index)
            self.description.setText(description)
            self.preset_box.setToolTip(description)
        factor = settings.scale_text
        self.scale_label.setText(f"× {factor}" if factor else "")
        self.scale_label.setVisible(bool(factor))
        self.scale_label.setToolTip(tr("Every cell is multiplied by {factor} (the sum of products is, all at once)")
                                    .format(factor=factor) if factor else "")
        weights = format_number(float(settings.applied_kernel.sum()))
        self.sum_label.setText(
            tr("sum of cells = {cells} × {factor} = {weights}").format(
                cells=format_number(float(kernel.sum())), factor=factor, weights=weights) if factor
            else tr("sum of cells = {weights}").format(weights=weights)
        )
        rgb = settings.mode == "rgb"
        self.channel_row.setVisible(rgb)
        self.link_box.setVisible(rgb)
        with QSignalBlocker(self.link_box), QSignalBlocker(self.channel_buttons):
            self.link_box.setChecked(settings.link_channels)
            self.channel_buttons.button(settings.edit_channel).setChecked(True)
        self.groups_row.setVisible(rgb)
        with QSignalBlocker(self.groups_spin):
            self.groups_spin.setValue(settings.groups)
        self.groups_note.setText(
            {1: tr("one map from all channels"), 3: tr("depthwise: one map per channel")}.get(settings.groups,
                                                                                            tr("must divide 3"))
        )
        depthwise = rgb and settings.groups == 3
        for button in self.channel_buttons.buttons():
            button.setEnabled(not settings.link_channels or depthwise)  # depthwise: the button picks the map shown

    def _refresh_flip(self, *_args) -> None:
        with QSignalBlocker(self.flip_switch):
            self.flip_switch.setChecked(self._settings.flip)
        self.flip_text.setText(tr(FLIP_ON_TEXT if self._settings.flip else FLIP_OFF_TEXT))
