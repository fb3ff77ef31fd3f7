"""LeNet explorer: draw a digit and watch every layer of the trained network decide, live.

The view only wires things together. `LeNetState` holds what the person chose
(picture, edited filters, device); each change freezes a `LeNetRequest` that
the shared `ComputeWorker` runs with `LeNetRunner` on channel "lenet" (newest
wins) and draws every layer grid there (`convviz.state.lenet_screen`); the
finished pictures are swapped into widgets built once. Pen strokes are
coalesced to at most one request per frame, so the pen never waits, and the
results to at most one shown per frame: a result that comes while the last
one is still being painted waits for the next frame (the newest by then), so
two updates are never drawn back to back without the window reacting between.

"Camera" reads a digit held up to the camera: each frame is fitted into the
canvas and run through preprocessing and every layer in one job on its own
channel; the next frame is taken only when one is shown (the newest; those in
between are skipped, never queued). Pause, or leaving the tab, keeps the frame
on the canvas as an ordinary picture.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from superqt.utils import qthrottled, signals_blocked

from convviz.app.views.base import View
from convviz.app.views.lenet import session
from convviz.app.views.lenet.digit_pad import DigitPad
from convviz.app.views.lenet.filter_bank import FilterBank
from convviz.app.views.lenet.filter_editor import FilterEditor
from convviz.app.views.lenet.layer_detail import LayerDetail
from convviz.app.views.lenet.layers import LayerMaps
from convviz.app.views.lenet.own_model_display import OwnModelDisplay
from convviz.app.views.lenet.preprocess_strip import PreprocessStrip
from convviz.app.widgets.elided_label import ElidedLabel, SteadyLine
from convviz.app.widgets.file_filters import FileKind, name_filter
from convviz.app.widgets.live_camera import LiveCamera
from convviz.app.widgets.parameter_table import ParameterTableWidget
from convviz.app.widgets.probability_bars import PredictionBadge, ProbabilityBars
from convviz.app.widgets.tab_sizing import fit_current_page, size_to_current_page, steady_tab_layout
from convviz.app.worker import ComputeWorker, JobError
from convviz.core import KERNEL_PRESETS, load_image, resolve_device
from convviz.i18n import tr, tr_noop
from convviz.model import deck_lenet_table, load_lenet, parameter_table
from convviz.state.camera import Frame
from convviz.state.colors import COLOR_RANGES
from convviz.state.lenet import EDITABLE_LAYERS, LeNetState
from convviz.state.lenet_detail import FILTER_OF_STAGE, detail_content
from convviz.state.lenet_frame import LeNetFrameResult, run_lenet_frame
from convviz.state.lenet_run import (
    LeNetRequest,
    LeNetResult,
    LeNetRunner,
    TestDigit,
    pick_test_digit,
    shown_name,
)
from convviz.state.lenet_screen import LeNetScreen, LeNetScreenRequest, run_for_screen
from convviz.state.own_model import logits_of

if TYPE_CHECKING:
    from convviz.export.scene import LeNetScene

PHOTOS: FileKind = (tr_noop("Images"), "*.png *.jpg *.jpeg *.bmp *.gif *.tif *.tiff *.webp")
FRAME_MS = 16  # at most one request per frame while drawing
FIRST_TEST_DIGIT = 0  # the view opens on test digit #0 (a 7) so every layer has something to show
FIRST_DETAIL_DELAY_MS = 1  # a turn of its own (a zero delay is a queued call, run before the timers already due)
DECK_NOTE = tr_noop(
    "The slide prints <b>61,795</b>: it counts each fully connected layer's biases as 1. "
    "With one bias per neuron (120 + 84 + 10) the true total is <b>62,006</b>."
)


WIDE_LAYERS_EM = 28  # the three columns stand side by side when the layers get this many lines' height in width
WIDE_INSPECTOR_EM = 26  # ... and the inspector this many


def _page(widget: QWidget) -> QWidget:
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.addWidget(widget)
    layout.addStretch(1)
    return page


def _bold(text: str, scale: float = 1.0, *, wrap: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(wrap)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    return label


class LeNetView(View):
    """Draw, load or pick a digit; see preprocessing, every layer, the answer; edit the filters."""

    name = "lenet"
    title = tr_noop("LeNet")  # a name: the same in every language
    layers_failed = Signal(str)  # the network could not read the input (an own model's sandbox may have stopped)
    unit_requested = Signal(str, int)  # "What does this unit look for?" on a map or unit: layer, index

    def __init__(
        self,
        worker: ComputeWorker,
        parent: QWidget | None = None,
        *,
        load_model: Callable[..., object] = load_lenet,
        seed: int | None = None,
        sliced: bool = False,
    ) -> None:
        super().__init__(worker, parent, sliced=sliced)
        self._rng = np.random.default_rng(seed)
        self._result: LeNetResult | None = None
        self._inspected: tuple[str, int] = ("conv1", 0)
        self._editing: tuple[str, int, int] = ("conv1", 0, 0)
        self._canvas_dirty = False
        self._waiting_result: LeNetResult | None = None  # the newest result, for the next frame
        self._first_detail_waits = False  # the inspector's first content comes a turn after its result
        self._pausing = False  # the paused camera frame is being made the input (not another input chosen)
        self._state: LeNetState | None = None
        self.build_in_slices(self._build_all(load_model))

    @classmethod
    def warm_up(cls) -> None:
        """Reading the trained weights and torch's first copies and layer set-ups, once, off the GUI thread: the
        build's first two slices took 13-16 ms with them, 7 ms after."""
        model = load_lenet("cpu")
        LeNetState(model.state_dict())
        LeNetRunner(model)

    def shown_after_placing(self) -> Sequence[QWidget]:
        """The layers (ten plots): 4 of the 10 ms that placing the view took."""
        return () if self._state is None else (self.layers_page,)

    def paint_parts(self) -> Sequence[QWidget]:
        """The drawing and the answer first, then the layers, the inspector and the preprocessing."""
        if self._state is None:
            return ()
        return (self.pad, self.badge, self.layers_page, self.tabs, self.strip)

    def _build_all(self, load_model: Callable[..., object]) -> Iterator[None]:
        """The network, then the widgets a slice at a time (see `View.build_in_slices`), then the first digit."""
        try:
            model = load_model("cpu")
        except ValueError as error:
            self._build_missing(str(error))
            return
        yield
        self._state = LeNetState(model.state_dict())
        self._runner = LeNetRunner(model)
        yield
        yield from self._build(model)
        self._state.input_changed.connect(self._on_input_chosen)  # first: the camera stops before the input runs
        self._state.input_changed.connect(self._submit)
        self._state.input_changed.connect(self._forget_waiting_canvas)
        self._state.weights_changed.connect(self._on_weights_changed)
        self._state.device_changed.connect(lambda _device: self._submit())
        self._layers_channel, self._digits_channel, self._photo_channel, self._camera_channel = (
            self.worker.new_channel(f"lenet-{part}") for part in ("layers", "digits", "photo", "camera")
        )
        self.camera = LiveCamera(self.worker, self._camera_channel, self.pad.camera_panel, self._frame_job, self)
        self.pad.camera_requested.connect(self.camera.start)
        self.camera.pause_requested.connect(self.pause_camera)
        self.camera.shown.connect(self._show_frame)
        self.camera.frame_failed.connect(self._show_blank)  # a blank wall: nothing stands out; the camera goes on
        self.camera.failed.connect(self._on_camera_failed)
        yield
        self._refresh_filters()
        self.pick_test_digit(index=FIRST_TEST_DIGIT)

    # ------------------------------------------------------------------ layout
    def _build_missing(self, reason: str) -> None:
        """Without trained weights there is nothing honest to show: say why and how to fix it."""
        self._state = None
        label = QLabel(f"<h2>{tr('The trained LeNet could not be loaded')}</h2><p>{reason}</p>")
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        QVBoxLayout(self).addWidget(label)
        QTimer.singleShot(0, lambda: (self.message.emit(reason), self.updated.emit()))

    def _build(self, model) -> Iterator[None]:
        self.pad = DigitPad()
        self.canvas = self.pad.canvas
        self.clear_button, self.pick_button, self.digit_choice = (
            self.pad.clear_button, self.pad.pick_button, self.pad.digit_choice
        )
        self.canvas.changed.connect(self._on_canvas_changed)
        self.pad.pick_requested.connect(self.pick_test_digit)
        self.pad.open_requested.connect(self._open_picture)
        self._throttled_flush = qthrottled(self._flush_if_dirty, timeout=FRAME_MS, leading=True, parent=self)
        self._throttled_show = qthrottled(self._show_waiting_result, timeout=FRAME_MS, leading=True, parent=self)

        yield
        self.strip = PreprocessStrip(sliced=True)
        yield from self.strip.building
        self.badge = PredictionBadge()
        self.bars = ProbabilityBars(sliced=True)
        yield from self.bars.building
        yield
        self.readout = ElidedLabel("")
        self.left_panel = QWidget()
        left = QVBoxLayout(self.left_panel)
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(_bold(tr("Draw a digit"), 1.2))
        left.addWidget(self.pad, 3)
        left.addSpacing(6)
        self.strip_title = _bold(tr("What the network gets"))
        left.addWidget(self.strip_title)
        left.addWidget(self.strip, 1)
        left.addSpacing(10)  # the answer below is its own block, not a line of the strip's caption
        left.addWidget(self.badge, 2)

        self.layers = LayerMaps(sliced=True)
        yield from self.layers.building
        self.layers.stage_clicked.connect(self.inspect)
        self.layers.unit_requested.connect(self.unit_requested)
        self.color_range = QComboBox()
        self.color_range.setAccessibleName(tr("colour range"))
        for choice, text in COLOR_RANGES.items():
            self.color_range.addItem(tr("Colours: {meaning}").format(meaning=tr(text)), choice)
        self.color_range.setCurrentIndex(self.color_range.findData(self.layers.color_range()))
        self.color_range.setToolTip(tr("Which maps share colour-bar ends: each map its own, the maps of a layer, "
                                       "or every map of the network (one colour, one value everywhere)"))
        self.color_range.currentIndexChanged.connect(
            lambda _index: self._use_color_range(self.color_range.currentData())
        )
        self.layers_title = _bold(tr("Every layer, live"), 1.2)
        heading = QHBoxLayout()
        heading.addWidget(self.layers_title)
        heading.addStretch(1)
        heading.addWidget(self.color_range)
        self.layers_page = QWidget()
        middle = QVBoxLayout(self.layers_page)
        middle.setContentsMargins(0, 0, 0, 0)
        middle.addLayout(heading)
        middle.addWidget(self.layers, 5)
        middle.addWidget(self.bars, 2)
        middle.addWidget(SteadyLine(self.readout))  # a new text each result: no relayout

        yield
        self.detail = LayerDetail()
        yield
        self.filters = FilterBank()
        yield
        self.filters.filter_clicked.connect(self.edit_filter)
        self.editor = FilterEditor()
        self.editor.cell_edited.connect(self._on_cell_edited)
        self.editor.channel_changed.connect(lambda channel: self.edit_filter(self._editing[0], self._editing[1], channel))
        self.editor.zero_requested.connect(lambda: self._state.zero_filter(*self._editing[:2]))
        self.editor.preset_requested.connect(self._on_preset)
        self.editor.reset_requested.connect(lambda: self._state.reset_filter(*self._editing[:2]))
        self.editor.reset_all_requested.connect(lambda: self._state.reset_all())
        self.editor.rejected.connect(self.message)
        yield
        self.inspect_page = QWidget()
        inspect_layout = QVBoxLayout(self.inspect_page)
        inspect_layout.addWidget(self.detail)
        inspect_layout.addStretch(0)  # what the detail does not need stays empty below it
        self.filters_page = QWidget()
        filters_layout = QVBoxLayout(self.filters_page)
        filters_layout.addWidget(_bold(tr("Learned filters · edit the trained network"), 1.1, wrap=True))
        filters_layout.addWidget(self.filters, 3)
        filters_layout.addWidget(self.editor, 4)

        self.model_table = ParameterTableWidget()
        self.model_table.set_table(
            parameter_table(model),
            tr("PyTorch counts {count} parameters in this model.").format(
                count=f"{sum(p.numel() for p in model.parameters()):,}"),
        )
        self.deck_table = ParameterTableWidget()
        self.deck_table.set_table(deck_lenet_table(), tr(DECK_NOTE))
        self.tables = QTabWidget()  # one table at a time: each is shown whole, never scrolled
        self.tables.addTab(_page(self.model_table), tr("This network (PyTorch)"))
        self.tables.addTab(_page(self.deck_table), tr("The slide's table"))
        self.tabs = QTabWidget()
        self.tabs.addTab(self.inspect_page, tr("Inspect"))
        self.tabs.addTab(self.filters_page, tr("Edit filters"))
        self.tabs.addTab(self.tables, tr("Parameters"))
        yield
        self.own_model = OwnModelDisplay(middle, self.layers, self.tabs)  # a student's CNN instead of LeNet
        for tabs in (self.tables, self.tabs):
            size_to_current_page(tabs)  # a tall page behind another must not make the window taller
        # a narrow window: the layers and the inspector share the second column as tabs
        self.columns = QTabWidget()
        size_to_current_page(self.columns)
        for tabs in (self.tables, self.tabs, self.columns):
            steady_tab_layout(tabs)  # the detail's labels change with every stroke: no whole-page repaint for it
        self.columns.hide()
        self._wide: bool | None = None

        layout = QGridLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setHorizontalSpacing(14)
        layout.addWidget(self.left_panel, 0, 0)
        self._arrange(wide=True)

    def _arrange(self, wide: bool) -> None:
        """Three columns (drawing · every layer · inspector) when the view is wide; two, the second as tabs, when not."""
        if wide == self._wide:
            return
        self._wide = wide
        layout = self.layout()
        if wide:
            while self.columns.count():
                self.columns.removeTab(0)
            layout.removeWidget(self.columns)
            self.columns.hide()
            for page in (self.layers_page, self.tabs):  # out of the tabs: both count again
                page.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
            layout.addWidget(self.layers_page, 0, 1)
            layout.addWidget(self.tabs, 0, 2)
            self.layers_page.show()
            self.tabs.show()
            for column, stretch in enumerate((24, 44, 32)):
                layout.setColumnStretch(column, stretch)
        else:
            layout.removeWidget(self.layers_page)
            layout.removeWidget(self.tabs)
            self.columns.addTab(self.layers_page, tr("Every layer"))
            self.columns.addTab(self.tabs, tr("Inspect · edit · parameters"))
            fit_current_page(self.columns)
            layout.addWidget(self.columns, 0, 1, 1, 2)
            self.columns.show()
            for column, stretch in enumerate((30, 70, 0)):
                layout.setColumnStretch(column, stretch)

    def is_wide(self) -> bool:
        """True while the three columns stand side by side."""
        return bool(self._wide)

    def _wide_enough(self) -> bool:
        em = self.fontMetrics().height()
        margins = self.layout().contentsMargins()
        need = (
            self.left_panel.minimumSizeHint().width()
            + max(self.layers_page.minimumSizeHint().width(), round(WIDE_LAYERS_EM * em))
            + max(self.tabs.minimumSizeHint().width(), round(WIDE_INSPECTOR_EM * em))
            + 2 * self.layout().horizontalSpacing() + margins.left() + margins.right()
        )
        return self.width() >= need

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt name
        super().resizeEvent(event)
        if self._state is not None:
            self._arrange(self._wide_enough())

    def set_presenting(self, presenting: bool) -> None:
        """Presenting: the answer and the probabilities grow (the window's text does), the preprocessing strip
        steps aside to give them the room (it is back when presentation mode ends)."""
        if self._state is None:
            return
        self.strip.set_presenting(presenting)
        self.strip.setVisible(not presenting)
        self.strip_title.setVisible(not presenting)
        column = self.left_panel.layout()
        column.setStretchFactor(self.pad, 2 if presenting else 3)  # the answer gets the strip's room and more
        column.setStretchFactor(self.badge, 4 if presenting else 2)
        self.bars.set_presenting(presenting)
        self.layers.set_presenting(presenting)
        self.layers_page.layout().setStretchFactor(self.bars, 1 if presenting else 2)  # the maps keep some height
        self.layers_title.setVisible(not presenting)  # the tab and the map titles say it
        self.color_range.setVisible(not presenting)  # a choice for the teacher, not for the class
        self._arrange(self._wide_enough())

    # ------------------------------------------------------------- protocol
    @property
    def model(self) -> LeNetState | None:
        return self._state

    def state(self) -> LeNetState | None:
        return self._state

    def result(self) -> LeNetResult | None:
        """The result on screen (None before the first one)."""
        return self._result

    def export_maps(self) -> dict[str, np.ndarray | tuple[np.ndarray, str]]:
        """For File ▸ Export: what the network read, every layer's output, and the conv filters."""
        if self._result is None or self._state is None:
            return {}
        offered: dict[str, np.ndarray | tuple[np.ndarray, str]] = {"input 28×28": (self._result.model_input, "grey")}
        offered.update(self._result.layers)
        for layer in ("conv1", "conv2"):
            kernels = self._state.kernels(layer)
            offered[f"{layer} filters"] = kernels.reshape(-1, *kernels.shape[2:])
        return offered

    def scene(self) -> LeNetScene | None:
        """The weights and digit of the result on screen, for File ▸ Export ▸ Python."""
        from convviz.export.scene import lenet_scene

        result, state = self._result, self._state
        if result is None or state is None:
            return None
        if result.request.model is not None:
            raise ValueError("Export as Python writes LeNet; a model of your own is not exported (its file is its code).")
        edited = tuple(
            (layer, index) for layer in EDITABLE_LAYERS
            for index in range(state.filter_count(layer)) if state.is_edited(layer, index)
        )
        label = result.request.input.label
        return lenet_scene(result.request.weights.tensors, result.model_input, result.request.input.name, label, edited)

    def set_device(self, name: str) -> None:
        """Compute on "cpu", "cuda" or "mps"; an absent or failing device falls back to the CPU."""
        if self._state is None:
            return
        try:
            device, fallback = resolve_device(name)
        except ValueError as error:
            self.message.emit(str(error))
            return
        if fallback:
            self.message.emit(fallback)
        self._state.set_device(device.type)

    def set_image(self, image: np.ndarray, name: str = "photo") -> None:
        """A picture opened while this view is on screen is read as a photo of a digit.

        The main window shares every opened picture with every view; one opened
        in another view (or before this one existed) is not a digit chosen for
        this view, and replacing the person's drawing with it would lose their work.
        """
        if self._state is None:
            return
        if not (self.isVisible() and self._result is not None):
            return
        self.read_photo(image, name)

    def read_photo(self, image: np.ndarray, name: str = "photo") -> None:
        """Put a photo or scan of a digit (grey or colour, any size) on the canvas and read it."""
        try:
            with signals_blocked(self.canvas):
                self.canvas.set_picture(image)
        except ValueError as error:
            self.message.emit(f"{name}: {error}")
            return
        self._state.set_picture(self.canvas.picture(), name)

    def session_state(self) -> dict:
        """This view's part of a session file: filter edits, the drawing, the input, the filter under edit."""
        return session.lenet_state(self)

    def check_session_state(self, state: dict) -> None:
        session.check_lenet(self, state)

    def restore_session_state(self, state: dict) -> None:
        """Put back a checked `session_state()` (see convviz.app.views.lenet.session)."""
        session.restore_lenet(self, state)

    # ---------------------------------------------------------------- input
    def pick_test_digit(self, digit: int | None = None, *, index: int | None = None) -> None:
        """Show a random MNIST test digit of class `digit` (or the one at `index`); loads off the GUI thread."""
        rng = self._rng
        self.worker.submit(
            self._digits_channel, lambda: pick_test_digit(digit, rng, index),
            lambda job: self._show_test_digit(job.value), self._on_failed,
        )

    def _show_test_digit(self, digit: TestDigit) -> None:
        self.show_digit(digit.image, digit.label, digit.name)

    def show_digit(self, image: np.ndarray, label: int, name: str) -> None:
        """Read a 28×28 digit exactly as it is (a test digit, a class digit), its true `label` beside it."""
        with signals_blocked(self.canvas):
            self.canvas.set_picture(image)
        self._canvas_dirty = False
        self._state.set_test_digit(image, label, name)

    def _open_picture(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, tr("Open a photo of a digit"), "",
                                              name_filter(PHOTOS))
        if path:
            self.open_photo(path)

    def open_photo(self, path: str | Path) -> None:
        """Read a picture file as a digit photo; decoding runs on the worker (photos can be large)."""
        path = Path(path)
        self.worker.submit(
            self._photo_channel, lambda: (load_image(path, max_side=1024), path.name),
            lambda job: self.read_photo(*job.value), self._on_photo_failed,
        )

    def _on_canvas_changed(self) -> None:
        """Coalesce strokes: the first change goes now, the rest at most once per frame."""
        self._canvas_dirty = True
        self._throttled_flush()

    def _flush_if_dirty(self) -> None:
        if self._canvas_dirty:  # not taken back by an input set meanwhile (see _forget_waiting_canvas)
            self._flush_canvas()

    def _forget_waiting_canvas(self) -> None:
        """The input was just set (this frame's canvas, a test digit, Edit ▸ Undo, a session): a canvas
        change still waiting for the next frame is older than it, and sending it later would undo that."""
        self._canvas_dirty = False

    def _flush_canvas(self) -> None:
        self._canvas_dirty = False
        if self.canvas.is_blank():
            self._state.clear_input()
        else:
            self._state.set_picture(self.canvas.picture(), "drawing")

    # ------------------------------------------------------- other networks
    def use_model(self, model) -> None:
        """Explore LeNet with other weights (a state_dict) or a student's own CNN (a `UserModel`)."""
        if isinstance(model, Mapping):
            self.own_model.set_model(None)
            self._state.load_trained(model)  # weights_changed: filters refresh, a new request goes out
        else:
            self.own_model.set_model(model)
            self._submit()

    def add_model_bar(self, bar: QWidget) -> None:
        """A row of model tools (which network, train, why this digit?) under the three columns."""
        self.layout().addWidget(bar, 1, 0, 1, 3)
        bar.show()  # now: a layout shows a child added to a visible view only on a later turn of the event loop

    # -------------------------------------------------------------- compute
    def _use_color_range(self, choice: str) -> None:
        """A new colour-range choice: the grids on screen follow now, the worker draws the next ones so too."""
        self.layers.set_color_range(choice)
        if self._result is not None and self.own_model.model() is None:
            self.layers.show_layers(self._result.layers)  # once, for this click; updates come from the worker

    def _submit(self) -> None:
        if self.camera.is_live():  # the next frame carries the new weights
            self.camera.again()
            return
        picture = self._state.input
        if picture is None:
            self._show_blank(tr("draw a digit"))
            return
        request = LeNetRequest(picture, self._state.snapshot(), self._state.device, self.own_model.model())
        screen = LeNetScreenRequest(self.layers.screen_specs(), self._inspected, self.layers.color_range())
        self.worker.submit(
            self._layers_channel, partial(run_for_screen, self._runner, request, screen),
            lambda job: self._show_in_frame(job.value), self._on_layers_failed,
        )

    def _on_photo_failed(self, error: JobError) -> None:
        self.message.emit(tr("Could not open that photo: {problem} The drawing stays.").format(problem=error.message))

    def _on_failed(self, error: JobError) -> None:
        self.message.emit(error.message)

    def _on_layers_failed(self, error: JobError) -> None:
        self.message.emit(error.message)
        self._show_blank(error.message)
        self.layers_failed.emit(error.message)

    def _show_in_frame(self, result: LeNetResult) -> None:
        """Show `result` now, or at the next frame if one was shown in this one (the newest by then).

        A synchronous worker (tests) runs one job at a time when asked: its results cannot bunch, and
        are shown at once."""
        if self.worker.synchronous:
            self._show_result(result)
            return
        self._waiting_result = result
        self._throttled_show()

    def _show_waiting_result(self) -> None:
        result = self._waiting_result
        if result is not None:
            self._show_result(result)

    def is_busy(self) -> bool:
        """A result waits for the next frame, or the inspector's first content for its turn."""
        return self._state is not None and (self._waiting_result is not None or self._first_detail_waits)

    def _show_blank(self, caption: str) -> None:
        self._waiting_result = None  # older than what made the view blank
        self._result = None
        self.strip.clear()
        self.layers.clear()
        self.bars.clear()
        self.badge.clear(caption)
        self.readout.setText("")

    def _show_result(self, result: LeNetResult) -> None:
        self._waiting_result = None  # it is shown now, or what is shown is newer (a camera frame)
        self._result = result
        layers = result.layers
        own = result.request.model is not None
        if own:
            self.own_model.show_layers(layers)
        elif result.screen is not None:
            self.layers.show_mosaics(result.screen.grids)  # drawn on the worker
        else:
            self.layers.show_layers(layers)
        picture = result.request.input
        if result.stages is not None:
            self.strip.set_stages(result.stages, result.screen.strip if result.screen is not None else None)
        else:
            self.strip.set_ready_digit(result.model_input, shown_name(picture.name, short=True))
        self.bars.set_values(logits_of(layers), layers["softmax"])
        self.badge.set_prediction(layers["softmax"], picture.label)
        if not own:
            if self.detail.content() is not None:
                self._refresh_detail(result.screen)
            elif not self._first_detail_waits:  # its first content lays out three maps for the first time
                self._first_detail_waits = True  # (6 ms): in a turn of its own, not in this result's
                QTimer.singleShot(FIRST_DETAIL_DELAY_MS, self, self._show_first_detail)
        if result.message:
            self.message.emit(result.message)
            self._state.set_device("cpu")
        self.readout.setText(
            f"{shown_name(picture.name)} · {result.device.upper()} · "
            + tr("preprocess {ms} ms · forward {forward} ms").format(ms=f"{result.preprocess_ms:.1f}",
                                                                     forward=f"{result.forward_ms:.1f}")
        )
        self.timing.emit(result.device, result.forward_ms)
        self.updated.emit()

    # -------------------------------------------------------------- camera
    def start_camera(self) -> None:
        """Frames from the camera become the digit, one after another; the input on screen stays until the first."""
        if self._state is not None:
            self.camera.start()

    def is_camera_on(self) -> bool:
        """True while the camera runs (its frames become the digit as they come)."""
        return self._state is not None and self.camera.is_on()

    def camera_frame(self) -> Frame | None:
        """The camera frame on screen while its frames are the input (None otherwise)."""
        return None if self._state is None else self.camera.frame()

    def pause_camera(self) -> None:
        """Stop the camera; the frame on the canvas stays as an ordinary picture of a digit."""
        self._keep_frame(self.camera.pause())

    def _keep_frame(self, frame: Frame | None) -> None:
        if frame is None:
            return
        self._pausing = True
        try:  # computed as any photo is: the same answer as the frame's
            self._state.set_picture(self.canvas.picture(), tr("camera frame {number}").format(number=frame.number + 1))
        finally:
            self._pausing = False

    def _on_input_chosen(self) -> None:
        """A drawing, test digit, photo, undo or session replaced the input: the camera stops (a pause excepted)."""
        if not self._pausing:
            self.camera.stop()

    def _frame_job(self, frame: Frame, again: bool):
        """The worker job fitting `frame` into the canvas and running every layer on it."""
        runner, side, name = self._runner, self.canvas.resolution(), tr("camera")
        weights, device, model = self._state.snapshot(), self._state.device, self.own_model.model()
        screen = LeNetScreenRequest(self.layers.screen_specs(), self._inspected, self.layers.color_range())
        return lambda: run_lenet_frame(runner, frame, side, name, weights, device, model, screen)

    def _show_frame(self, shown: LeNetFrameResult, _seconds: float) -> None:
        with signals_blocked(self.canvas):
            self.canvas.set_picture(shown.square)  # what the network was given
        self._show_result(shown.result)

    def _on_camera_failed(self, message: str, frame: Frame | None) -> None:
        """No camera, or it stopped: say so; a frame already on the canvas stays as a picture, nothing else changes."""
        self._keep_frame(frame)
        self.message.emit(message)

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt name
        """Leaving the tab (or closing the window) stops the camera; its frame stays as the picture."""
        if self._state is not None and self.camera.is_on():
            self.pause_camera()
        super().hideEvent(event)

    # -------------------------------------------------------- inspect & edit
    def inspected(self) -> tuple[str, int]:
        """(stage, index) of the map or unit shown large in the detail panel."""
        return self._inspected

    def inspect(self, stage: str, index: int) -> None:
        """Show map (or unit) `index` of `stage` large, and pick its filter for editing."""
        self._inspected = (stage, index)
        self.layers.set_selected(stage, index)
        self._refresh_detail()
        layer = FILTER_OF_STAGE.get(stage)
        if layer is not None:
            channel = self._editing[2] if layer == "conv2" and self._editing[0] == "conv2" else 0
            self._select_filter(layer, index, channel)
        self.tabs.setCurrentWidget(self.inspect_page)
        if not self.is_wide():
            self.columns.setCurrentWidget(self.tabs)

    def edit_filter(self, layer: str, index: int, channel: int = 0) -> None:
        """Pick a filter slice for editing and inspect the map it makes."""
        self._select_filter(layer, index, channel)
        self._inspected = (layer, index)
        self.layers.set_selected(layer, index)
        self._refresh_detail()

    def _select_filter(self, layer: str, index: int, channel: int) -> None:
        self._editing = (layer, index, channel)
        self._refresh_filters()

    def _show_first_detail(self) -> None:
        self._first_detail_waits = False
        if self._result is not None and self._result.request.model is None:
            self._refresh_detail(self._result.screen)

    def _refresh_detail(self, screen: LeNetScreen | None = None) -> None:
        """The inspected map in the detail panel: as the worker drew it, or computed here (after a click)."""
        if self._result is None:
            return
        if screen is not None and screen.inspected == self._inspected and screen.detail is not None:
            self.detail.set_content(screen.detail, screen.detail_pictures)
            return
        stage, index = self._inspected
        self.detail.set_content(detail_content(stage, index, self._result.layers, self._result.request.weights.tensors))

    def _refresh_filters(self) -> None:
        layer, index, channel = self._editing
        self.filters.set_kernels(self._state.kernels("conv1"), self._state.kernels("conv2"))
        self.filters.set_selected(layer, index, channel)
        self.editor.set_filter(
            layer,
            index,
            channel,
            self._state.input_channels(layer),
            self._state.kernel(layer, index, channel),
            edited=self._state.is_edited(layer, index),
            any_edited=self._state.is_edited(),
        )

    def _on_weights_changed(self, _layer: str, _index: int) -> None:
        self._refresh_filters()
        self._submit()

    def _on_cell_edited(self, row: int, col: int, value: float) -> None:
        layer, index, channel = self._editing
        try:
            self._state.set_kernel_cell(layer, index, channel, row, col, value)
        except ValueError as error:
            self.message.emit(str(error))
            self._refresh_filters()

    def _on_preset(self, name: str) -> None:
        layer, index, channel = self._editing
        self._state.set_kernel(layer, index, channel, KERNEL_PRESETS[name].values)
