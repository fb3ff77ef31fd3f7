"""The sliding window, one step at a time: input ∗ kernel = output, cell by cell.

What is shown comes only from the core's steps API (`conv_steps`,
`pool_steps`), so every highlighted window, product and sum is what the
core computes. The matrices are small (at most 16×16, see `steps_state`), so
the lazy steps are built in the slot in about a millisecond; turning a big
picture into a small matrix runs on the shared compute worker.

Keyboard: Space play/pause, Right/Left one step, Home/End first/last, +/−
speed. Clicking an output cell jumps to the step that computes it.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

import numpy as np
from PySide6.QtCore import QEvent, QSize, Qt, QTimer
from PySide6.QtGui import QFont, QFontInfo, QFontMetrics, QKeyEvent, QTextDocument
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from convviz.app.views.base import View
from convviz.app.views.steps import session, transposed_display
from convviz.app.views.steps.channel_grids import ChannelGrids
from convviz.app.views.steps.controls import StepsControls
from convviz.app.views.steps.stack_panel import FIELD_ROLE, StackPanel
from convviz.app.views.steps.step_player import StepPlayer
from convviz.app.widgets.announce import announce
from convviz.app.widgets.column_scroll import ColumnScroll
from convviz.app.widgets.matrix_grid import MatrixGrid
from convviz.app.widgets.status_colors import set_status_style, status_color
from convviz.app.worker import ComputeWorker, JobError, JobResult
from convviz.core import KERNEL_PRESETS, format_number
from convviz.i18n import tr, tr_noop
from convviz.state.colors import SCALE_MEANINGS, scale_for
from convviz.state.conventions import COUNTING_NOTE, cell_name
from convviz.state.step_speech import spoken_step
from convviz.state.step_text import channel_expression_html, channel_names, expression_html, products_sum_html
from convviz.state.steps import (
    EXAMPLES,
    BuiltSteps,
    StepsSettings,
    StepsState,
    build_steps,
    picture_matrix,
)

if TYPE_CHECKING:
    from convviz.export.scene import StepsScene

CHANNEL_SUM_PIXELS = 20  # a colour step's lines (one a channel), smaller only as far as the row is narrow
SMALLEST_SUM_PIXELS = 12  # the running sum shrinks to its column's width, never below this
SIDE_BY_SIDE_RATIO = 1.3  # presenting, a view this much wider than tall puts the input over both rows
CONDENSE_SLACK = 24  # pixels beyond the minimums before the settings column is shown beside the matrices
ROOMY_STAGE = 1.75  # ... and the matrices this much wider than their least (cells of 28 px, not 16): a lesson beside
# the view on a 1280-pixel projector had shown 16-px cells next to the settings column


def _operator(text: str, pixels: int = 40) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setPixelSize(pixels)
    label.setFont(font)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setStyleSheet("color: palette(placeholder-text);")
    return label


class StepsView(View):
    """Step through a convolution or a pooling, the window sliding cell by cell."""

    name = "steps"
    title = tr_noop("Steps")

    def __init__(self, worker: ComputeWorker, parent: QWidget | None = None, *, sliced: bool = False) -> None:
        super().__init__(worker, parent, sliced=sliced)
        self._device = "cpu"
        self._picture: np.ndarray | None = None
        self._picture_name = ""
        self._built: BuiltSteps | None = None
        self._pending_marker = ""
        self._picture_source = ""  # the picture the input was shrunk from, if it was
        self._second_kernel: np.ndarray | None = None  # a second layer on the output (receptive field), or None
        self._stack = None  # the layer-2 maps (convviz.state.receptive_field) while a second kernel is on
        self._field_cell = (0, 0)
        self.state = StepsState()
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName("Steps view: the sliding window step by step")
        self.setAccessibleDescription(tr("Space plays or pauses, the arrow keys step, Home and End go to the "
                                         "first and last step; each step's arithmetic is read out"))
        # the sum fitted after the layout settles: a timer of its own, not QTimer.singleShot(0, self, self._fit_sum)
        # (PySide6 6.11 keeps that bound method when the view is deleted first, and with it the view's Python side)
        self._fit_sum_timer = QTimer(self, singleShot=True, interval=0, timeout=self._fit_sum)
        self._build_widgets()
        self.state.changed.connect(self._settings_changed)
        self._picture_channel = worker.new_channel("steps-picture")
        self._rebuild(self.state.settings, keep_step=False)
        # the first result is on screen already; say so once more for whoever connects after construction
        QTimer.singleShot(0, self, self.updated.emit)

    # ---------------------------------------------------------------- layout
    def _build_widgets(self) -> None:
        font = self.font()
        font.setPointSizeF(max(font.pointSizeF(), 11.0))
        self.setFont(font)
        self.controls = StepsControls()
        self.controls.change_requested.connect(self._apply)
        self.controls.example_requested.connect(self.load_named_example)
        self.controls.random_requested.connect(self._randomize)
        self.controls.stack_requested.connect(lambda on: self.set_second_kernel(np.ones((3, 3)) if on else None))
        self.controls.picture_requested.connect(self.use_picture)
        self.controls.preset_requested.connect(
            lambda key: self._apply({"kernel": KERNEL_PRESETS[key].cells, "kernel_scale": KERNEL_PRESETS[key].scale})
        )
        self.controls_panel = panel = ColumnScroll(self.controls)  # as wide as the settings need, scrolls up and down
        panel.setAccessibleName(tr("settings"))
        panel.setAccessibleDescription(tr("The example, the operation and the sliding settings"))
        panel.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)

        self.input_grid = MatrixGrid(editable=True, min_cell=16, max_cell=84)
        self.input_grid.setAccessibleName("input matrix")
        self.kernel_grid = MatrixGrid(editable=True, min_cell=16, max_cell=72)
        self.kernel_grid.setAccessibleName("kernel")
        self.output_grid = MatrixGrid(min_cell=16, max_cell=84)
        self.output_grid.setAccessibleName("output")
        self.kernel_grid.set_color_scale(scale_for("weights"))
        self.channel_grids = ChannelGrids()  # a colour input: one column per channel, in place of the two grids
        self.channel_grids.setAccessibleName("channels, kernel slices and products")
        self.channel_grids.cell_edited.connect(lambda ch, r, c, v: self.state.set_cell(r, c, v, channel=ch))
        self.channel_grids.kernel_edited.connect(lambda ch, r, c, v: self.state.set_kernel_cell(r, c, v, channel=ch))
        self.channel_grids.rejected.connect(self._refused)
        self.channel_grids.hide()
        self.stack_panel = StackPanel()
        self.stack_panel.kernel_edited.connect(self.set_second_kernel)
        self.stack_panel.cell_chosen.connect(self.show_receptive_field)
        self.stack_panel.rejected.connect(self._refused)
        self.stack_panel.hide()
        self.window_grid = MatrixGrid(min_cell=20, max_cell=56)
        self.window_grid.setAccessibleName("products")
        self.input_grid.edited.connect(self._input_edited)
        self.kernel_grid.edited.connect(self.state.set_kernel_cell)
        self.output_grid.cell_clicked.connect(self._output_clicked)
        for grid in (self.input_grid, self.kernel_grid):
            grid.rejected.connect(self._refused)
        for grid in (self.output_grid, self.window_grid):
            grid.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # display only: the keys stay with the view

        self.pool_label = QLabel()
        self.pool_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pool_label.setWordWrap(True)
        self.pool_label.setStyleSheet("font-size: 22px; color: palette(window-text);")
        self.times_sign, self.equals_sign = _operator("∗"), _operator("=")
        self.scale_label = _operator("", 30)  # "× 1/9": the kernel's factor, written apart as the decks write it
        self.scale_label.setAccessibleName("the kernel's factor")
        self.scale_label.hide()

        self.expression_label = QLabel()
        self.expression_label.setWordWrap(True)
        self.expression_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.expression_label.setAccessibleName("the arithmetic of this step")
        self.expression_label.setMinimumHeight(90)
        self.step_label = QLabel()
        self.step_label.setWordWrap(True)  # it may share a narrow column with the running sum
        self.step_label.setStyleSheet("font-size: 20px; font-weight: 600;")
        self.formula_label = QLabel()
        self.formula_label.setWordWrap(True)
        self.formula_label.setStyleSheet("font-size: 16px; color: palette(window-text);")
        self.formula_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note_label = QLabel()
        self.note_label.setWordWrap(True)
        self.note_label.setStyleSheet("color: palette(placeholder-text);")
        self.legend_label = QLabel()  # what the colours mean, and how cells are counted
        self.legend_label.setWordWrap(True)
        self.legend_label.setStyleSheet("color: palette(placeholder-text);")

        self.expression_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.expression_label.installEventFilter(self)
        self._sum_size: int | None = None  # the running sum's own pixel size (None: a sentence is shown)
        self._sum_shown_size = 0
        self.window_grid.set_alignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        self.text_panel = QWidget()
        text = QVBoxLayout(self.text_panel)
        text.setContentsMargins(0, 0, 0, 0)
        text.addWidget(self.step_label)
        text.addWidget(self.expression_label, 1)
        text.addWidget(self.formula_label)
        text.addWidget(self.note_label)
        text.addWidget(self.stack_panel.note)  # the second layer's receptive field in words, across the width
        self.stack_panel.note.hide()
        text.addWidget(self.legend_label)
        # the stage: plain, two rows (input ∗ kernel = output; products and arithmetic); presenting, see _arrange
        self._stage = QGridLayout()
        self._stage.setHorizontalSpacing(12)
        self._arranged: str | None = None
        self._arrange("rows")

        self.player = StepPlayer()
        self.player.position_changed.connect(self._show_step)
        self.settings_button = QToolButton()
        self.settings_button.setText(tr("Settings"))
        self.settings_button.setCheckable(True)
        self.settings_button.setToolTip(tr("Show the settings column (presentation mode hides it to give the numbers room)"))
        self.settings_button.toggled.connect(lambda shown: self.controls_panel.setVisible(shown or not self._condensed))
        self.settings_button.hide()
        self._presenting = False
        self._condensed = False
        bottom = QHBoxLayout()
        bottom.addWidget(self.settings_button)
        bottom.addWidget(self.player, 1)

        main = QVBoxLayout()
        main.addLayout(self._stage, 1)
        main.addLayout(bottom)
        layout = QHBoxLayout(self)
        layout.addWidget(panel)
        layout.addLayout(main, 1)

    # ---------------------------------------------------------------- protocol
    @property
    def model(self) -> StepsState:
        return self.state

    def step_player(self) -> StepPlayer:
        return self.player

    def expression_pixels(self) -> int:
        """The pixel size of the running sum (the arithmetic of this step) as painted now."""
        from PySide6.QtGui import QFontInfo

        return QFontInfo(self.expression_label.font()).pixelSize()

    def _arrange(self, arrangement: str) -> None:
        """"rows" (plain): input ∗ kernel = output over the products and the arithmetic. "side" (presenting on
        short, wide screens): the input spans both rows; under the kernel its products (the same shape), under the
        output the running sum, so every grid gets the height of the screen rather than half of it. "colour": the
        channel blocks (each with its slice and products) = output, over the arithmetic across the whole width,
        one line a channel."""
        if arrangement == self._arranged:
            return
        self._arranged = arrangement
        presenting = arrangement == "side"
        stage = self._stage
        parts = (self.input_grid, self.times_sign, self.kernel_grid, self.pool_label, self.scale_label,
                 self.equals_sign, self.output_grid, self.window_grid, self.text_panel, self.channel_grids,
                 self.stack_panel)
        for widget in parts:
            stage.removeWidget(widget)
        for index in range(7):
            stage.setColumnStretch(index, 0)
        for index in range(2):
            stage.setRowStretch(index, 0)
        # columns: input · ∗ · kernel (or the pooling words) · its factor ("× 1/9") · = · output · layer 2;
        # a colour input's channel grids (each channel over its kernel slice) stand in for input · ∗ · kernel
        if presenting:
            stage.addWidget(self.channel_grids, 0, 0, 2, 3)
            stage.addWidget(self.stack_panel, 0, 6, 2, 1)
            stage.addWidget(self.input_grid, 0, 0, 2, 1)
            stage.addWidget(self.times_sign, 0, 1, 2, 1)
            stage.addWidget(self.kernel_grid, 0, 2)
            stage.addWidget(self.pool_label, 0, 2)
            stage.addWidget(self.scale_label, 0, 3)
            stage.addWidget(self.window_grid, 1, 2, 1, 2)
            stage.addWidget(self.equals_sign, 0, 4, 2, 1)
            stage.addWidget(self.output_grid, 0, 5)
            stage.addWidget(self.text_panel, 1, 5)
            stage.setRowStretch(0, 1)
            stage.setRowStretch(1, 1)
        else:
            stage.addWidget(self.channel_grids, 0, 0, 1, 3)
            stage.addWidget(self.stack_panel, 0, 6)
            stage.addWidget(self.input_grid, 0, 0)
            stage.addWidget(self.times_sign, 0, 1)
            stage.addWidget(self.kernel_grid, 0, 2)
            stage.addWidget(self.pool_label, 0, 2)
            stage.addWidget(self.scale_label, 0, 3)
            stage.addWidget(self.equals_sign, 0, 4)
            stage.addWidget(self.output_grid, 0, 5)
            stage.addWidget(self.window_grid, 1, 0)
            if arrangement == "colour":  # the products stand in the channel blocks: the arithmetic takes the row
                stage.addWidget(self.text_panel, 1, 0, 1, 7)
            else:  # under the second layer's column too, when it is on
                stage.addWidget(self.text_panel, 1, 1, 1, 6)
            stage.setRowStretch(0, 6)
            stage.setRowStretch(1, 3)
        if self._built is not None:
            self._stretch_columns(self._built)

    def set_presenting(self, presenting: bool) -> None:
        """Presenting: the settings column steps aside (the Settings button brings it back), the numbers grow."""
        self._presenting = bool(presenting)
        self.note_label.setVisible(not self._presenting)  # the how-to sentence: for reading up close
        self.legend_label.setVisible(not self._presenting)  # what the colours mean: in the sum's tooltip then
        self.stack_panel.note.setVisible(self._second_kernel is not None and not self._presenting)  # the lit cells
        self.step_label.setVisible(not self._presenting)  # the player says which step, the output cell where
        self._arrange_for_room()
        if self._built is not None:
            self._show_step(self.current_step())  # the sum as presentation writes it
        for grid in (self.input_grid, self.kernel_grid, self.output_grid, self.window_grid):
            grid.set_presenting(self._presenting)
        self._condense(force=True)

    def is_condensed(self) -> bool:
        """True while the settings column is put away (presenting, or a view too narrow for it)."""
        return self._condensed

    def _condense(self, force: bool = False) -> None:
        """Presenting, or too narrow for the settings column and the matrices: the column steps aside."""
        stage = self.layout().itemAt(1).layout().minimumSize().width() if self.layout() is not None else 0
        roomy = int(self._stage.minimumSize().width() * ROOMY_STAGE)  # the matrices at readable cells, not their least
        full = self.controls_panel.minimumSizeHint().width() + max(stage, roomy) + CONDENSE_SLACK
        condensed = self._presenting or self.width() < full
        if condensed == self._condensed and not force:
            return
        self._condensed = condensed
        self.settings_button.setChecked(False)
        self.settings_button.setVisible(condensed)
        self.controls_panel.setVisible(not condensed)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt name
        super().resizeEvent(event)
        self._condense()
        self._arrange_for_room()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt name
        if watched is self.expression_label and event.type() == QEvent.Type.Resize:
            self._fit_sum_timer.start()  # after the layout settles: its width decides the size
        return super().eventFilter(watched, event)

    def _arrange_for_room(self, redraw: bool = True) -> None:
        """A colour input: its own arrangement. Presenting on a wide view (a projector, no side panel): the input
        over both rows; otherwise two rows."""
        colour = self._built is not None and self._built.settings.channels > 1 and \
            self._built.settings.mode != "transposed"
        side = self._presenting and self.width() >= SIDE_BY_SIDE_RATIO * self.height()
        arrangement = "colour" if colour else "side" if side else "rows"
        if arrangement != self._arranged:
            self._arrange(arrangement)
            if redraw and self._built is not None:
                self._show_step(self.current_step())  # the sum as the arrangement writes it

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt name
        """As narrow as the view is without its settings column: the column steps aside rather than widen the window."""
        hint = super().minimumSizeHint()
        if not self._condensed and self.layout() is not None:
            hint.setWidth(hint.width() - self.controls_panel.minimumSizeHint().width() - self.layout().spacing()
                          + self.settings_button.sizeHint().width())
        return hint

    def animation_steps(self) -> BuiltSteps | None:
        return self._built

    def set_device(self, name: str) -> None:
        """The steps are a few hundred multiplications: numpy on the CPU always serves them."""
        self._device = "cpu"

    def set_image(self, image: np.ndarray, name: str = "") -> None:
        """Keep the picture; shrink it into the input now if the Steps view is on screen."""
        self._picture = np.asarray(image)
        self._picture_name = name or tr("the picture")
        self.controls.set_picture_available(True, self._picture_name)
        if self.isVisible():
            self.use_picture()
        else:
            self.message.emit(tr("Steps: “{picture}” is ready; press “Use the picture” to step through it.").format(
                picture=self._picture_name))
            self.updated.emit()  # settled: the example on screen stays until the student asks for the picture

    def use_picture(self) -> None:
        """Downscale the open picture to the input size on the worker (it may be large)."""
        if self._picture is None:
            self.message.emit(tr("Open a picture first (File ▸ Open image…)."))
            return
        picture, shape = self._picture, self.state.settings.image.shape
        self.worker.submit(
            self._picture_channel, lambda: picture_matrix(picture, shape), self._picture_ready, self._picture_failed
        )

    # ---------------------------------------------------------------- public API
    def load_example(
        self,
        image: Any,
        kernel: Any = None,
        *,
        stride: int | None = None,
        padding: int | tuple[int, int] | str = 0,
        dilation: int = 1,
        flip: bool = False,
        mode: str = "conv",
        pool_size: int = 2,
        kernel_scale: Any = 1,
        bias: Any = (),
        filter_index: int = 0,
        output_padding: int = 0,
    ) -> None:
        """Show an example from the first step (stride None: 1 for conv, the window for pooling).

        `kernel_scale` is the kernel's factor written apart ("1/9"): the grid shows `kernel`'s cells.
        """
        if kernel is None:
            kernel = self.state.settings.kernel
        if stride is None:
            stride = 1 if mode in ("conv", "transposed") else pool_size
        try:
            settings = StepsSettings(
                image=image, kernel=kernel, stride=int(stride),
                padding=padding if isinstance(padding, str) else tuple(np.atleast_1d(padding).astype(int).tolist()),
                dilation=int(dilation),
                flip=bool(flip), mode=mode, pool_size=int(pool_size), kernel_scale=kernel_scale,
                bias=tuple(bias), filter_index=int(filter_index),
                output_padding=int(output_padding),
            )
        except (ValueError, TypeError) as exc:
            self.message.emit(str(exc))
            return
        self.player.pause()
        self._load(settings)

    def load_named_example(self, key: str) -> None:
        """One of `steps_state.EXAMPLES` (the slides' worked examples)."""
        self.player.pause()
        self._load(EXAMPLES[key][1], example=key)

    def set_second_kernel(self, kernel: Any | None) -> None:
        """Apply `kernel` to the output as a second layer (None: one layer), to show what its cells depend on."""
        self._second_kernel = None if kernel is None else np.array(kernel, dtype=np.float64)
        self._field_cell = (0, 0)
        self.controls.show_stack(self._second_kernel is not None)
        if self._built is not None:
            self._show_stack(self._built)
            self._show_step(self.current_step())
        self._condense()

    def second_kernel(self) -> np.ndarray | None:
        return self._second_kernel

    def stacked(self):
        """The layer-2 maps on screen (`convviz.state.receptive_field.StackedMaps`), or None."""
        return self._stack

    def show_receptive_field(self, row: int, col: int) -> None:
        """Light up the first-output and input cells that layer-2 cell (row, col) depends on."""
        if self._stack is None:
            return
        self._field_cell = (row, col)
        inputs, firsts = self._stack.field_of((row, col))
        top, left = self._offset
        self.input_grid.set_highlight([(r + top, c + left) for r, c in inputs], FIELD_ROLE)
        self.output_grid.set_highlight(firsts, FIELD_ROLE)
        self.stack_panel.show_field((row, col), inputs, firsts)

    def go_to_step(self, index: int) -> None:
        self.player.set_position(index)

    def current_step(self) -> int:
        return self.player.position()

    def step_count(self) -> int:
        return self._built.count if self._built is not None else 0

    def play(self) -> None:
        self.player.play()

    def pause(self) -> None:
        self.player.pause()

    def is_playing(self) -> bool:
        return self.player.is_playing()

    def output_matrix(self) -> np.ndarray:
        """The output as shown: values of the steps done so far, NaN for cells not filled yet."""
        if self._built is None or not self._built.count:
            return np.zeros((0, 0))
        return self._built.output_until(self.current_step())

    def set_pending_marker(self, marker: str) -> None:
        """What output cells not computed yet show: "" (blank) or e.g. "?" to ask the class first."""
        self._pending_marker = marker
        self._show_step(self.current_step())

    def built_steps(self) -> BuiltSteps | None:
        """The core's steps behind what is shown (for lessons that ask about them)."""
        return self._built

    def export_maps(self) -> dict[str, tuple[np.ndarray, str]]:
        """The matrices for File ▸ Export in the colours they have here: input, kernel (factor applied), output."""
        built = self._built
        if built is None:
            return {}
        settings = built.settings
        if settings.channels > 1:
            names = channel_names(settings.channels)
            maps = {f"Input ({name})": (settings.image[c], scale_for("numbers")) for c, name in enumerate(names)}
            kernel = settings.filter_kernel
            maps.update({f"Kernel ({name})": (kernel[c], scale_for("weights")) for c, name in enumerate(names)})
        else:
            maps = {"Input": (settings.image, scale_for("numbers"))}
        if settings.mode in ("conv", "transposed") and settings.channels == 1:
            maps["Kernel"] = (built.settings.applied_kernel, scale_for("weights"))
        if built.steps is not None:
            maps["Output"] = (built.values.reshape(built.output_shape), built.settings.output_scale)
        return maps

    def scene(self) -> StepsScene | None:
        """The example's settings for File ▸ Export ▸ Python (None while they give no output)."""
        from convviz.export.scene import StepsScene

        built = self._built
        if built is None or built.steps is None:
            return None
        return StepsScene(built.settings)

    def session_state(self) -> dict:
        """This view's part of a session file: the example's settings and the step on screen."""
        return session.steps_state(self)

    def check_session_state(self, state: dict) -> None:
        session.check_steps(self, state)

    def restore_session_state(self, state: dict) -> None:
        """Put back a checked `session_state()` (see convviz.app.views.steps.session)."""
        session.restore_steps(self, state)

    # ---------------------------------------------------------------- state → screen
    def _load(self, settings: StepsSettings, example: str | None = None) -> None:
        self._picture_source = ""
        if not self.state.update(**{f: getattr(settings, f) for f in settings.__dataclass_fields__}):
            self._rebuild(self.state.settings, keep_step=False)  # same example again: restart it
        else:
            self.player.set_position(0)
        self.controls.show_settings(self.state.settings, example)

    def _apply(self, changes: dict) -> None:
        try:
            self.state.apply(changes)
        except ValueError as exc:
            self.message.emit(str(exc))
            self.controls.show_settings(self.state.settings)

    def _settings_changed(self, settings: StepsSettings) -> None:
        self.controls.show_settings(settings)
        self._rebuild(settings, keep_step=True)

    def _rebuild(self, settings: StepsSettings, keep_step: bool) -> None:
        built = build_steps(settings)
        self._built = built
        position = self.player.position() if keep_step else 0
        self._show_matrices(built)
        self.player.set_count(built.count, position)
        self._show_stack(built)
        if built.problem:
            self.message.emit(built.problem)
        self._show_step(self.player.position())
        self._condense()  # the matrices' least width changed: the settings column may fit again, or no longer
        self.timing.emit(self._device, built.seconds * 1000.0)

    def _show_matrices(self, built: BuiltSteps) -> None:
        settings = built.settings
        self._arrange_for_room(redraw=False)  # a colour input has its own arrangement
        if settings.mode == "transposed":  # one grey grid (StepsSettings refuses channels here)
            self.channel_grids.hide()
            self.input_grid.show()
            self.times_sign.show()
            transposed_display.show_matrices(self, built)
            return
        self.times_sign.setToolTip("")
        conv = settings.mode == "conv"
        steps = built.steps
        colour = settings.channels > 1
        height, width = settings.input_hw
        if steps is not None:
            top, _, left, _ = steps.pads
            padded = np.where(np.isfinite(steps.padded), steps.padded, 0.0)
            mask = np.ones(padded.shape[-2:], dtype=bool)
            mask[top : top + height, left : left + width] = False
            self._offset = (top, left)
            if not colour:
                self.input_grid.set_matrix(padded)
                self.input_grid.set_padding_mask(mask if mask.any() else None, "0" if settings.mode != "max" else "−∞")
        else:
            self._offset = (0, 0)
            padded, mask = settings.image, np.zeros((height, width), dtype=bool)
            if not colour:
                self.input_grid.set_matrix(settings.image)
                self.input_grid.set_padding_mask(None)
        try:
            pads = f", {settings.padding_text}" if settings.padding_text else ""
        except ValueError:  # e.g. "same" with a stride the core refuses: the problem sentence explains it
            pads = ""
        source = tr(" of “{picture}”").format(picture=self._picture_source) if self._picture_source else ""
        depth = f"×{settings.channels}" if colour else ""
        self.input_grid.set_title(tr("Input {rows}×{cols}").format(rows=height, cols=width) + f"{depth}{source}{pads}")
        self.channel_grids.setVisible(colour)
        self.input_grid.setVisible(not colour)
        self.times_sign.setVisible(not colour)
        if colour:
            kernel = settings.filter_kernel[:, ::-1, ::-1] if settings.flip else settings.filter_kernel
            self.channel_grids.show_matrices(  # a slice's title stands over as few as 3 cells: kept short
                padded, mask if mask.any() else None, self._offset, kernel,
                (tr("Input {rows}×{cols}").format(rows=height, cols=width) + f"{source}{pads}",
                 tr("Turned kernel") if settings.flip else tr("Kernel")),
            )
        self._stretch_columns(built)
        self.kernel_grid.setVisible(conv and not colour)
        self.pool_label.setVisible(not conv)
        factor = settings.scale_text if conv else ""
        self.scale_label.setText(f"× {factor}" if factor else "")
        self.scale_label.setVisible(bool(factor))
        self.scale_label.setToolTip(
            tr("Every product is summed with the whole-number cells, then the sum is multiplied by {factor}.").format(
                factor=factor) if factor else ""
        )
        self.times_sign.setText("∗" if conv else "→")
        if conv and not colour:
            flipped = tr(" (turned 180°, as applied)") if settings.flip else ""
            self.kernel_grid.set_matrix(settings.kernel[::-1, ::-1] if settings.flip else settings.kernel)
            self.kernel_grid.set_title(tr("Kernel {rows}×{cols}").format(rows=settings.kernel.shape[0],
                                                                          cols=settings.kernel.shape[1]) + flipped)
        else:
            size = settings.pool_size
            pooled = (tr("<b>max</b> of each<br>{size}×{size} window<br>stride {stride}") if settings.mode == "max"
                      else tr("<b>average</b> of each<br>{size}×{size} window<br>stride {stride}"))
            self.pool_label.setText(pooled.format(size=size, stride=settings.stride))
        if steps is None:
            self.output_grid.set_matrix(np.zeros((0, 0)))
            self.output_grid.set_title(tr("No output"))
            self.output_grid.set_placeholder_text(built.problem or "")
        else:
            rows, cols = built.output_shape
            self.output_grid.set_matrix(built.values.reshape(rows, cols))
            self.output_grid.set_color_scale(settings.output_scale)
            which = tr(" of filter {filter} of {count}").format(filter=settings.filter_index + 1,
                                                                 count=settings.filter_count) if settings.filter_count > 1 else ""
            bias = f" (b = {format_number(settings.filter_bias)})" if colour else ""
            self.output_grid.set_title(tr("Output {rows}×{cols}").format(rows=rows, cols=cols) + f"{which}{bias}")
        self.window_grid.set_title(tr("Products: window × kernel") if conv else tr("The window"))
        self.legend_label.setText(tr("Colours: {meaning}").format(meaning=tr(SCALE_MEANINGS[settings.output_scale]))
                                  + f" · {tr(COUNTING_NOTE)}")
        self.expression_label.setToolTip(self.legend_label.text())
        self.legend_label.setToolTip(tr("Kernel, products and output are coloured by what they can be, as everywhere "
                                        "in convviz; every cell shows its number too."))

    def _show_stack(self, built: BuiltSteps) -> None:
        """The second layer, when one is on: its map, the combined kernel, the chosen cell's receptive field."""
        from convviz.state.receptive_field import stack_on

        kernel = self._second_kernel
        self.stack_panel.setVisible(kernel is not None)
        self.stack_panel.note.setVisible(kernel is not None and not self._presenting)
        self.input_grid.clear_highlight(FIELD_ROLE)
        self.output_grid.clear_highlight(FIELD_ROLE)
        self._stack = None
        if kernel is None:
            self._stretch_columns(built)  # the layer-2 column gives its share back
            return
        try:
            self._stack = stack_on(built, kernel)
        except ValueError as exc:
            self.stack_panel.show_maps(kernel, None, None, problem=str(exc)[0].upper() + str(exc)[1:] + ".")
            self._stretch_columns(built)
            return
        stack = self._stack
        self.stack_panel.show_maps(kernel, stack.second_map, stack.combined, built.settings.output_scale)
        self._stretch_columns(built)  # the layer-2 column takes its share
        rows, cols = stack.second_map.shape
        self.show_receptive_field(min(self._field_cell[0], rows - 1), min(self._field_cell[1], cols - 1))

    def _stretch_columns(self, built: BuiltSteps) -> None:
        """Stretch the stage's columns by their cell counts, so the matrices get about the same cell size."""
        settings = built.settings
        conv = settings.mode in ("conv", "transposed")  # the modes with a kernel on the stage
        colour = settings.channels > 1  # the channel grids stand in for input, ∗ and kernel (columns 0-3)
        input_cells = self.input_grid.shape()[1] if not colour else settings.channels * (
            built.steps.padded.shape[-1] if built.steps is not None else settings.input_hw[1])
        kernel_cells = (settings.window_shape[1] if conv else 3) if not colour else 0
        output_cells = max(built.output_shape[1], 4)
        stack_cells = self._stack.second_map.shape[1] + 3 if self._stack is not None else 0
        for column, cells in ((0, input_cells), (2, kernel_cells), (5, output_cells), (6, stack_cells)):
            self._stage.setColumnStretch(column, cells if self._arranged == "side" or not cells else cells + 1)
        if self._arranged == "colour":  # the channel blocks take the height; the arithmetic what its lines need
            self._stage.setRowStretch(0, 1)
            self._stage.setRowStretch(1, 0)
        elif self._arranged == "side":  # rows by their cells (and a title each): the output over the products' sum
            kernel_rows = settings.window_shape[0] if conv else 3
            output_rows = built.output_shape[0] if built.steps is not None else 1
            self._stage.setRowStretch(0, 10 * max(output_rows, kernel_rows) + 18)
            self._stage.setRowStretch(1, 10 * kernel_rows + 10)

    def _show_step(self, index: int) -> None:
        built = self._built
        if built is None or built.steps is None:
            self._show_no_output(built)
            self.updated.emit()
            return
        if built.settings.mode == "transposed":
            transposed_display.show_step(self, built, index)
            return
        step = built.steps[index]
        self.window_grid.setVisible(True)
        top, left = self._offset
        window_cells = [(r, c) for r in step.rows for c in step.cols]
        self.input_grid.set_highlight(window_cells, "window")
        rows, cols = built.output_shape
        out_cell = (step.out_row, step.out_col)
        self.output_grid.set_hidden([divmod(i, cols) for i in range(index + 1, rows * cols)], self._pending_marker)
        self.output_grid.clear_highlight("window")  # a transposed stamp's cells, if that mode was on before
        self.output_grid.set_highlight([out_cell], "current")
        if built.settings.channels > 1:
            self.window_grid.setVisible(False)  # each channel's products stand under its channel
            self.channel_grids.show_step(step)
            self._show_sum(channel_expression_html(step, status_color("total")), CHANNEL_SUM_PIXELS)
            what = tr("each kernel slice multiplies its own channel; the channels' sums and the bias are added "
                      "into one output cell")
        elif built.settings.mode == "conv":
            weights = step.weights
            self.input_grid.set_subscripts(
                {(r, c): weights[i, j] for i, r in enumerate(step.rows) for j, c in enumerate(step.cols)}
            )
            self.input_grid.clear_highlight("winner")
            self.window_grid.set_matrix(step.products)
            self.window_grid.set_padding_mask(None)
            self.window_grid.set_color_scale(scale_for("products"))
            self.window_grid.clear_highlight("winner")
            if self._presenting:  # beside the products grid: their values added up, shorter than the a×b terms
                self._show_products_sum(step.products, step.expression)
            else:
                self._show_expression(step.expression, weights.shape[1], built.settings.scale_text, built.values[index])
            what = tr("multiply each covered cell by the kernel weight in its corner, then add the products")
        else:
            self.input_grid.set_subscripts({})
            window = np.where(np.isfinite(step.window), step.window, 0.0)
            self.window_grid.set_matrix(window)
            self.window_grid.set_padding_mask(step.is_padding if step.is_padding.any() else None,
                                              "−∞" if built.settings.mode == "max" else "0")
            self.window_grid.set_color_scale(None)
            if step.winner is not None:
                wr, wc = step.winner
                self.input_grid.set_highlight([(step.rows[wr], step.cols[wc])], "winner")
                self.window_grid.set_highlight([(wr, wc)], "winner")
            else:
                self.input_grid.clear_highlight("winner")
                self.window_grid.clear_highlight("winner")
            self._show_expression(step.expression, None)
            what = tr("the largest value wins") if built.settings.mode == "max" else tr("add them all, divide by the count")
        self.step_label.setText(
            tr("Step {step} of {count} · output {cell}").format(step=index + 1, count=built.count,
                                                                cell=cell_name(step.out_row, step.out_col))
        )
        self.formula_label.setText(built.formula)
        self.note_label.setText(what[0].upper() + what[1:] + ".")
        factor = built.settings.scale_text if built.settings.mode == "conv" else ""
        announce(self.expression_label, spoken_step(step, index, built.count, built.values[index], factor))
        self.updated.emit()

    def _show_no_output(self, built: BuiltSteps | None) -> None:
        for grid in (self.input_grid, self.output_grid):
            grid.clear_highlight()
        self.input_grid.set_subscripts({})
        self.channel_grids.clear_step()
        self.window_grid.setVisible(False)
        problem = built.problem if built is not None else tr("Nothing to show yet.")
        self.step_label.setText(tr("No steps with these settings"))
        self._sum_size = None  # a sentence: it wraps, no fitting
        set_status_style(self.expression_label, "wrong", "font-weight: 600; font-size: 22px;")
        self.expression_label.setText(html.escape(problem))
        self.formula_label.setText(built.formula if built is not None else "")
        self.note_label.setText(tr("Change the kernel size, padding, stride or dilation and the steps come back."))
        announce(self.expression_label, problem)

    def _show_products_sum(self, products, expression: str) -> None:
        self._show_sum(*products_sum_html(products, expression, status_color("total")))

    def _show_expression(self, expression: str, per_line: int | None, factor: str = "", value: float = 0.0) -> None:
        scaled = (factor, float(value)) if factor else None
        self._show_sum(*expression_html(expression, per_line, status_color("total"), scaled=scaled))

    def _show_sum(self, text: str, size: int) -> None:
        self._sum_size = size
        self._sum_shown_size = size
        set_status_style(self.expression_label, None, f"font-size: {size}px;")
        self.expression_label.setText(text)
        self._fit_sum()

    def _fit_sum(self) -> None:
        """The sum's lines as large as their size says, smaller only as far as the column is narrow (never wrapped)."""
        label, size = self.expression_label, getattr(self, "_sum_size", None)
        if size is None or not label.isVisible():
            return
        zoom = QFontInfo(label.font()).pixelSize() / max(self._sum_shown_size, 1)  # presentation mode's factor
        font = QFont(label.font())
        font.setPixelSize(max(1, round(size * zoom)))
        font.setBold(True)  # the widest case: the total's line is bold
        document = QTextDocument()
        document.setHtml(label.text())
        metrics = QFontMetrics(font)
        widest = max((metrics.horizontalAdvance(line) for line in document.toPlainText().splitlines()), default=0)
        room = label.contentsRect().width() - 2
        fitted = size if widest <= room or widest == 0 else max(SMALLEST_SUM_PIXELS, int(size * room / widest))
        if fitted != self._sum_shown_size:
            self._sum_shown_size = fitted
            set_status_style(label, None, f"font-size: {fitted}px;")

    # ---------------------------------------------------------------- user input
    def _randomize(self) -> None:
        self._picture_source = ""
        self.state.randomize()

    def _input_edited(self, row: int, col: int, value: float) -> None:
        top, left = self._offset
        self.state.set_cell(row - top, col - left, value)

    def _output_clicked(self, row: int, col: int) -> None:
        if self._built is not None and self._built.steps is not None and self._built.settings.mode != "transposed":
            self.player.pause()
            self.go_to_step(self._built.steps.index_of(row, col))

    def _refused(self, text: str) -> None:
        self.note_label.setText(text)
        self.message.emit(text)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt name
        key = event.key()
        actions = {
            Qt.Key.Key_Space: self.player.toggle,
            Qt.Key.Key_Right: self.player.step_forward,
            Qt.Key.Key_Left: self.player.step_back,
            Qt.Key.Key_Home: self.player.first,
            Qt.Key.Key_End: self.player.last,
            Qt.Key.Key_Plus: self.player.faster,
            Qt.Key.Key_Equal: self.player.faster,
            Qt.Key.Key_Minus: self.player.slower,
            Qt.Key.Key_Underscore: self.player.slower,
        }
        action = actions.get(key)
        if action is None:
            super().keyPressEvent(event)
            return
        action()
        event.accept()

    # ---------------------------------------------------------------- worker results
    def _picture_ready(self, result: JobResult) -> None:
        self._picture_source = self._picture_name
        if not self.state.update(image=result.value) and self._built is not None:
            self._show_matrices(self._built)  # same numbers: only the title names the picture now
            self._show_step(self.current_step())
        rows, cols = result.value.shape[-2:]
        self.message.emit(tr("Steps: “{picture}” shrunk to {rows}×{cols} grey levels (0 = black, 255 = white).").format(
            picture=self._picture_name, rows=rows, cols=cols))

    def _picture_failed(self, error: JobError) -> None:
        self.message.emit(tr("The picture could not be shrunk: {problem}").format(problem=error.message))
        self.updated.emit()  # settled on the example already shown
