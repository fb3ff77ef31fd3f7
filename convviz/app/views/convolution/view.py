"""The live convolution view: picture → convolution → activation → pooling, all on screen at once.

The view wires three things together and holds no maths of its own:
`ConvolutionSettings` (what the student chose), the control widgets that edit
it, and `PipelineMaps`, which shows the newest result. Every settings change
is throttled, resolved into a frozen request and sent to the shared
`ComputeWorker` in two stages: the feature map first (it follows a kernel
edit at once), then activation, pooling and the pinned pixel's arithmetic;
the PyTorch cross-check runs once the edits pause. Each request carries what
every map panel needs drawn (`ConvolutionScreens`), so the worker returns
finished pictures; a resize or zoom asks the worker to draw them again.

"Live camera" makes each camera frame the picture: a frame goes through the
whole pipeline in one job on its own channel, and the next one is taken only
when it is shown (the camera's newest; those in between are skipped, never
queued). Pause, or leaving the tab, keeps the frame on screen as an ordinary picture.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QSignalBlocker, QSize, Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from superqt.utils import qthrottled

from convviz.app.views.base import View
from convviz.app.views.convolution import session
from convviz.app.views.convolution.input_picker import CAMERA, DRAW, InputPicker
from convviz.app.views.convolution.kernel_editor import KernelEditor
from convviz.app.views.convolution.pipeline_maps import PipelineMaps
from convviz.app.views.convolution.products_panel import ProductsPanel
from convviz.app.views.convolution.torch_panel import TorchPanel
from convviz.app.views.convolution.window_settings import WindowSettingsPanel
from convviz.app.widgets.column_scroll import ColumnScroll
from convviz.app.widgets.live_camera import LiveCamera
from convviz.app.worker import ComputeWorker, JobError, JobResult
from convviz.i18n import tr, tr_noop
from convviz.samples import SAMPLES, load_sample
from convviz.state.camera import Frame
from convviz.state.colors import scale_for
from convviz.state.convolution import ConvolutionSettings, NoOutput, resolve
from convviz.state.convolution_frame import FrameResult, frame_shape, run_frame
from convviz.state.convolution_run import (
    DetailsResult,
    MapsResult,
    run_details,
    run_maps,
    strongest_cell,
    torch_call_lines,
    torch_check,
)

if TYPE_CHECKING:
    from convviz.export.scene import ConvolutionScene

DEFAULT_SAMPLE = "camera"
FULL_WIDTH_SLACK = 40  # pixels beyond the minimums before the whole settings column is shown ...
MAPS_WIDE = 560  # ... with the maps and the arithmetic at least this wide beside it
CHECK_DELAY_MS = 350  # the PyTorch cross-check waits for the edits to pause
# the first check has no edits to wait for, only the first maps' and details' paint: run at once, it took the
# interpreter from their turns (which then took twice as long)
FIRST_CHECK_DELAY_MS = 60
THROTTLE_MS = 15
SCREEN_THROTTLE_MS = 40  # a resize or zoom draws the maps again at most this often
# settings that change what follows the feature map, not the map itself
DETAILS_ONLY = frozenset({"pinned", "activation", "slope", "alpha", "pool_mode", "pool_size", "pool_stride"})


class ConvolutionView(View):
    """Live convolution of a picture with an editable kernel (see the module docstring)."""

    name = "convolution"
    title = tr_noop("Convolution")
    check_delay_ms = CHECK_DELAY_MS  # a window no one types into (the layout tests) sets 0: no edits to wait for

    def __init__(self, worker: ComputeWorker, parent: QWidget | None = None, *, sliced: bool = False) -> None:
        super().__init__(worker, parent, sliced=sliced)
        # worker channels of this view (a second view on the same worker gets its own)
        self.MAPS, self.DETAILS, self.CHECK, self.INPUT, self.SCREEN, self.CAMERA = (
            worker.new_channel(f"convolution-{part}")
            for part in ("maps", "details", "check", "input", "screen", "camera")
        )
        self.settings = ConvolutionSettings()
        self._image: np.ndarray | None = None
        self._image_name = ""
        self._opened: tuple[np.ndarray, str] | None = None  # the last picture the window gave us
        self._input_generation: int | None = None  # the sample load whose result we still want
        self._pin_strongest = False
        self._device = "cpu"
        self._maps: MapsResult | None = None
        self._maps_ms = 0.0
        self.build_in_slices(self._build())

    def _start(self) -> None:
        """Once every part is built: listen to the settings and the panels, and load the first picture."""
        self._dirty = False  # settings changed and not yet submitted
        self._shown = {self.MAPS: 0, self.DETAILS: 0, self.SCREEN: 0}  # generation on screen per stage
        self._throttled_submit = qthrottled(self._submit, timeout=THROTTLE_MS, leading=True, parent=self)
        self._screens_dirty = False  # a panel was resized or zoomed and its maps are not yet sent to redraw
        self._throttled_screens = qthrottled(self._submit_screens, timeout=SCREEN_THROTTLE_MS, parent=self)
        self.maps.screens_changed.connect(self._on_screens_changed)
        self._check_timer = QTimer(self, singleShot=True, interval=CHECK_DELAY_MS, timeout=self._submit_check)
        self._checked_once = False  # the first check has no edits to wait for (every window paid 350 ms for it)
        self.settings.events.connect(self._on_settings_changed)
        QTimer.singleShot(0, self, self._load_default_picture)  # not after the view is gone

    # ------------------------------------------------------------------ layout
    def shown_after_placing(self) -> Sequence[QWidget]:
        """The second row of maps (laid out and resized with their plots, a third of placing the view)."""
        return (self.activation_panel, self.pool_panel)

    def paint_parts(self) -> Sequence[QWidget]:
        """What the class reads first paints first: the kernel, then the maps, the input, the rest."""
        return (self.kernel_group, self.maps, self.input_group, self.sliding_group, self.arithmetic_group,
                self.torch_group)

    def _build(self) -> Iterator[None]:
        """The parts, one slice of a few milliseconds between yields (see `View.build_in_slices`); then `_start`."""
        settings = self.settings
        self.input_picker = InputPicker(settings)
        yield
        self.kernel_editor = KernelEditor(settings)
        yield
        self.window_settings = WindowSettingsPanel(settings)
        yield
        controls = QWidget()
        column = QVBoxLayout(controls)
        self.settings_button = QToolButton()
        self.settings_button.setText(tr("All settings"))
        self.settings_button.setCheckable(True)
        self.settings_button.setToolTip(tr("Show the picture and sliding-window settings "
                                           "(presentation mode keeps only the kernel, to give the numbers room)"))
        self.settings_button.toggled.connect(lambda _shown: self._show_setting_groups())
        self.settings_button.hide()
        column.addWidget(self.settings_button)
        self.input_group = _group("1 · " + tr("Input"), self.input_picker)
        self.kernel_group = _group("2 · " + tr("Kernel"), self.kernel_editor)
        self.sliding_group = _group("3 · " + tr("Sliding the window"), self.window_settings)
        for group in (self.input_group, self.kernel_group, self.sliding_group):
            column.addWidget(group)
        column.addStretch(1)
        scroll = self._controls_scroll = ColumnScroll(controls, frame=True)  # as wide as what it shows needs
        scroll.setAccessibleName(tr("settings"))
        scroll.setAccessibleDescription(tr("Input, kernel and sliding settings; scrolls with the arrow keys"))

        yield
        self.maps = PipelineMaps(settings, sliced=True)
        yield from self.maps.building
        maps = self.maps
        # the parts tests, exports and sessions reach for
        self.input_panel, self.conv_panel = maps.input_panel, maps.conv_panel
        self.activation_panel, self.pool_panel = maps.activation_panel, maps.pool_panel
        self.channel_strip = maps.channel_strip
        self.activation_controls, self.pooling_controls = maps.activation_controls, maps.pooling_controls

        yield
        self.products_panel = ProductsPanel()
        self.torch_panel = TorchPanel()
        yield
        self.arithmetic_group = _group(tr("The pinned pixel's arithmetic"), self.products_panel)
        self.torch_group = _group(tr("The same in PyTorch"), self.torch_panel)
        self._bottom = bottom = QSplitter(Qt.Orientation.Horizontal)
        bottom.addWidget(self.arithmetic_group)
        bottom.addWidget(self.torch_group)
        bottom.setSizes([620, 440])

        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(maps)
        right.addWidget(bottom)
        right.setStretchFactor(0, 4)
        right.setStretchFactor(1, 1)
        right.setSizes([780, 170])

        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self._splitter = splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(scroll)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([400, 1100])
        layout.addWidget(splitter)
        self._presenting = False
        self._condensed = False
        # narrower than this, the settings column keeps only the kernel ("All settings" shows the rest)
        self._full_width = (
            scroll.minimumSizeHint().width() + max(maps.minimumSizeHint().width(), MAPS_WIDE) + splitter.handleWidth()
            + layout.contentsMargins().left() + layout.contentsMargins().right() + FULL_WIDTH_SLACK
        )

        self.kernel_editor.message.connect(self.message)
        self.input_picker.sample_chosen.connect(self.load_sample)
        self.input_picker.drawing_changed.connect(lambda picture: self._use_image(picture, DRAW))
        self.input_picker.opened_chosen.connect(self._use_opened)
        self.camera = LiveCamera(self.worker, self.CAMERA, self.input_picker.camera_panel, self._frame_job, self)
        self.input_picker.camera_chosen.connect(self.camera.start)
        self.camera.started.connect(self._on_camera_started)
        self.camera.pause_requested.connect(self.pause_camera)
        self.camera.shown.connect(self._show_frame)
        self.camera.frame_failed.connect(
            lambda reason: self._show_no_output(tr("Could not compute this frame: {reason}").format(reason=reason))
        )
        self.camera.failed.connect(self._on_camera_failed)
        self.maps.pixel_clicked.connect(self.pin)
        yield
        self._start()

    # ------------------------------------------------------------------ protocol
    @property
    def model(self) -> ConvolutionSettings:
        return self.settings

    def set_presenting(self, presenting: bool) -> None:
        """Presenting: the kernel beside the four maps, the pinned arithmetic in large type under them;
        the picture and window settings and the PyTorch panel step aside ("All settings" brings the settings back)."""
        self._presenting = bool(presenting)
        self.kernel_editor.grid.set_presenting(self._presenting)
        self.products_panel.set_presenting(self._presenting)
        self._condense(force=True)

    def is_condensed(self) -> bool:
        """True while the settings column shows only the kernel (presenting, or a narrow view)."""
        return self._condensed

    def _condense(self, force: bool = False) -> None:
        """Presenting, or narrower than the whole settings column and the maps need: only the kernel stays."""
        condensed = self._presenting or self.width() < self._full_width
        if condensed == self._condensed and not force:
            return
        self._condensed = condensed
        self.settings_button.setChecked(False)
        self.settings_button.setVisible(condensed)
        self.kernel_editor.set_condensed(condensed)
        self._show_setting_groups()
        if condensed:  # the kernel column as narrow as it may be: the maps and the arithmetic get the rest
            narrow = self._controls_scroll.minimumSizeHint().width()
            self._splitter.setSizes([narrow, max(self._splitter.width() - narrow, 1)])

    def _show_setting_groups(self) -> None:
        shown = not self._condensed or self.settings_button.isChecked()
        self.input_group.setVisible(shown)
        self.sliding_group.setVisible(shown)
        self.torch_group.setVisible(shown)  # condensed, the arithmetic gets the whole width under the maps
        # the activation and pooling choices: presenting, the map titles name them
        self.maps.set_headers_visible(not self._presenting or self.settings_button.isChecked())

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt name
        super().resizeEvent(event)
        self._condense()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt name
        """As narrow as the view is with only the kernel in its settings column: the rest steps aside rather
        than widen the window."""
        hint = super().minimumSizeHint()
        if not self._condensed:
            column = self._controls_scroll.minimumSizeHint().width()
            kernel = self.kernel_group.minimumSizeHint().width() + self._controls_scroll.verticalScrollBar().sizeHint().width()
            hint.setWidth(hint.width() - max(column - kernel, 0))
        return hint

    def set_image(self, image: np.ndarray, name: str) -> None:
        """A picture from the main window (file, sample menu, paste or drop)."""
        self._opened = (image, name)
        if image is self._image and not self.camera.is_live():
            return  # our own paused camera frame, shared back by the window: it is on screen already
        self._input_generation = None  # a sample still loading must not replace this picture
        self._use_image(image, name)

    def set_device(self, name: str) -> None:
        from convviz.core import resolve_device

        try:
            device, note = resolve_device(name)
        except ValueError as exc:
            device, note = None, tr("{problem}; computing on the CPU.").format(problem=exc)
        chosen = "cpu" if device is None else device.type
        changed, self._device = chosen != self._device, chosen
        if note:
            self.message.emit(note)
        if changed:  # the same device gives the same maps (the window sets it on every view it builds)
            self._schedule()

    def load_sample(self, name: str) -> None:
        """Load a catalogue picture on the worker, then show it."""
        self.camera.stop()
        self._input_generation = self.worker.submit(
            self.INPUT, lambda: (load_sample(name), name), self._on_picture_loaded, self._on_failed
        )

    def pin(self, row: int, col: int) -> None:
        """Pin an output pixel: its receptive field and arithmetic are shown."""
        self.settings.pinned = (row, col)

    def image(self) -> np.ndarray | None:
        return self._image

    def current_maps(self) -> MapsResult | None:
        """The feature map on screen, with its request (None while there is no output)."""
        return self._maps

    def export_maps(self) -> dict[str, np.ndarray | tuple[np.ndarray, str]]:
        """The arrays on screen for File ▸ Export, with the colour map each is shown in."""
        maps = self._maps
        if maps is None:
            return {}
        offered: dict[str, np.ndarray | tuple[np.ndarray, str]] = {"Input": (maps.source.values, "grey")}
        offered["Kernel"] = (maps.request.kernel, scale_for("weights"))  # the weights, factor applied
        offered["Feature map"] = (maps.conv.values, maps.conv.scale)
        for name, panel in (("After activation", self.activation_panel), ("After pooling", self.pool_panel)):
            shown = panel.current_map()
            if shown is not None and not panel.has_message():
                offered[name] = (shown.values, shown.scale)
        return offered

    def scene(self) -> ConvolutionScene | None:
        """The current settings and picture, frozen, for File ▸ Export ▸ Python (None before a picture)."""
        from convviz.export.scene import ConvolutionScene

        if self._image is None:
            return None
        try:
            request = resolve(self.settings, self._image)
        except NoOutput as exc:
            raise ValueError(str(exc)) from None
        if request.depthwise:
            raise ValueError("Export as Python writes ordinary convolutions for now; set groups to 1 to export.")
        return ConvolutionScene(request, self._kept_name())

    def is_settled(self) -> bool:
        """The maps on screen belong to the newest settings: nothing queued, computing or undelivered."""
        return (
            not self._dirty and not self._screens_dirty and self.worker.is_idle()
            and all(self._shown[channel] == self.worker.latest_generation(channel) for channel in self._shown)
        )

    def is_busy(self) -> bool:
        """Work still to come, including the PyTorch check that waits for the edits to pause."""
        return self._check_timer.isActive() or not self.is_settled()

    def session_state(self) -> dict:
        """This view's part of a session file: every setting, its picture and the drawing canvas."""
        return session.convolution_state(self, self._image, self._kept_name())

    def check_session_state(self, state: dict) -> None:
        session.check_convolution(self, state)

    def restore_session_state(self, state: dict) -> None:
        """Put back a checked `session_state()` (see convviz.app.views.convolution.session)."""
        session.restore_convolution(self, state)

    # ------------------------------------------------------------------ input
    def _load_default_picture(self) -> None:
        if self._image is None:
            self.load_sample(DEFAULT_SAMPLE)

    def _use_opened(self) -> None:
        if self._opened is not None:
            self._use_image(*self._opened)

    def _use_image(self, image: np.ndarray, name: str) -> None:
        self.camera.stop()  # another picture was chosen
        self._image = np.asarray(image, dtype=np.float32)
        self._image_name = name
        self._refresh_input_title()
        self.input_picker.show_current(name)
        self.window_settings.set_input_size(tuple(self._image.shape[-2:]))
        with self.settings.events.pinned.blocked():
            self.settings.pinned = None
        self._pin_strongest = True  # a new picture starts with its strongest answer pinned
        self._schedule()

    def _refresh_input_title(self) -> None:
        if self._image is None:
            return
        name = self._image_name
        label = SAMPLES[name].shown_label() if name in SAMPLES else (tr("your drawing") if name == DRAW else name)
        if name == CAMERA:  # the rate in the title too: it stays in view when presenting hides the settings
            label = tr("the camera, {rate:.1f} frames a second").format(rate=self.camera.rate())
        h, w = self._image.shape[-2:]
        colour = self._image.ndim == 3
        if self.settings.mode == "rgb":
            note = tr("colour, 3 channels") if colour else tr("grey: its 3 channels are equal")
        else:
            note = tr("colour shown as grey") if colour else tr("grey")
        self.input_panel.set_title(tr("Input: {picture} ({h}×{w}, {note})").format(picture=label, h=h, w=w, note=note))

    # ------------------------------------------------------------------ compute
    def _on_settings_changed(self, info) -> None:
        if info.signal.name == "mode":
            self.maps.set_rgb(self.settings.mode == "rgb")
            self._refresh_input_title()
        if info.signal.name in DETAILS_ONLY and self._maps is not None and not self._dirty:
            self._submit_details_only()  # the feature map stays: only activation/pooling/pin redo
        else:
            self._schedule()

    def _schedule(self) -> None:
        """Coalesce bursts: the first change computes at once, the rest at most every THROTTLE_MS."""
        if self.camera.is_live():  # the next frame carries the new settings
            self.camera.again()
            return
        self._dirty = True
        self._throttled_submit()

    def _resolve(self):
        try:
            return resolve(self.settings, self._image, self._device)
        except NoOutput as exc:
            self._show_no_output(str(exc))
            return None

    def _submit(self) -> None:
        self._dirty = False
        if self._image is None:
            return
        request = self._resolve()
        if request is not None and request.pinned is None and self.settings.pinned is not None:
            self._pin_strongest = True  # the pinned pixel fell off a smaller map: pin a new one
        if request is not None:
            self._check_timer.stop()
            screens = self.maps.screen_targets(request)
            self.worker.submit(self.MAPS, lambda: run_maps(request, screens), self._on_maps, self._on_failed)

    def _submit_details_only(self) -> None:
        if self.camera.is_live():
            self.camera.again()
            return
        if self._image is None or self._maps is None:
            return
        request = self._resolve()
        maps = self._maps
        if request is not None and request.output_size == maps.request.output_size:
            self._submit_details(request, maps)
        elif request is not None:
            self._schedule()

    def _submit_check(self) -> None:
        maps = self._maps
        if maps is not None:
            self._checked_once = True
            self.torch_panel.show_pending(torch_call_lines(maps.request))
            self.worker.submit(
                self.CHECK, lambda: torch_check(maps.request, maps.conv.values), self._on_check, self._on_failed
            )

    def _submit_details(self, request, maps: MapsResult) -> None:
        screens = self.maps.screen_targets(request)
        self.worker.submit(
            self.DETAILS, lambda: run_details(request, maps, screens), self._on_details, self._on_failed
        )

    def _on_screens_changed(self) -> None:
        self._screens_dirty = True
        self._throttled_screens()

    def _submit_screens(self) -> None:
        """Draw again, on the worker, the maps whose panel was resized or zoomed since they were drawn."""
        self._screens_dirty = False
        stale = [
            (index, panel.current_map(), panel.screen_target())
            for index, panel in enumerate(self.maps.all_panels())
            if panel.current_map() is not None and not panel.has_message() and not panel.screen_is_current()
        ]
        if stale:
            self.worker.submit(
                self.SCREEN, lambda: [(index, image.for_target(target)) for index, image, target in stale],
                self._on_screens, self._on_failed,
            )

    def _on_screens(self, result: JobResult) -> None:
        self._shown[self.SCREEN] = result.generation
        panels = self.maps.all_panels()
        for index, image in result.value:
            panels[index].swap_screen(image)

    def _on_picture_loaded(self, result: JobResult) -> None:
        if result.generation == self._input_generation:
            self._use_image(*result.value)

    def _on_maps(self, result: JobResult) -> None:
        self._shown[self.MAPS] = result.generation
        self._show_maps(result.value, result.seconds)
        maps = result.value
        if self.worker.latest_generation(self.MAPS) == result.generation:
            if self._pin_strongest and self.settings.pinned is None:  # a pin chosen meanwhile (or restored) stays
                self._pin_strongest = False
                self.pin(*strongest_cell(maps.conv, maps.request))  # its details job carries the pin
            else:
                self._submit_details(maps.request, maps)

    def _on_details(self, result: JobResult) -> None:
        self._shown[self.DETAILS] = result.generation
        if self._maps is not None and result.value.request.output_size == self._maps.request.output_size:
            self._show_details(result.value, result.seconds)

    def _on_check(self, result: JobResult) -> None:
        if self._maps is not None and result.value.shape == self._maps.conv.values.shape:
            self.torch_panel.show_check(result.value)

    def _on_failed(self, error: JobError) -> None:
        if error.channel in self._shown:
            self._shown[error.channel] = error.generation
        if error.channel == self.INPUT:
            self.message.emit(tr("Could not load that picture: {problem}").format(problem=error.message))
        elif error.channel == self.SCREEN:
            self.message.emit(tr("Could not draw the maps at this size: {problem}").format(problem=error.message))
        elif error.channel == self.CHECK:
            self.torch_panel.show_problem(tr("PyTorch check failed: {problem}").format(problem=error.message))
        else:
            self._show_no_output(tr("Could not compute this: {problem}").format(problem=error.message))

    # ------------------------------------------------------------------ camera
    def is_camera_on(self) -> bool:
        """True while the camera runs (its frames become the picture as they come)."""
        return self.camera.is_on()

    def camera_frame(self) -> Frame | None:
        """The camera frame on screen while its frames are the picture (None otherwise)."""
        return self.camera.frame()

    def start_camera(self) -> None:
        """Frames from the camera become the picture, one after another; the picture on screen stays until the first."""
        self.camera.start()

    def pause_camera(self) -> None:
        """Stop the camera; the frame on screen stays as an ordinary picture, shared like an opened one."""
        kept = self._keep_frame(self.camera.pause())
        if kept is not None:
            self.picture_made.emit(*kept)

    def _on_camera_started(self) -> None:
        with QSignalBlocker(self.input_picker.source):
            self.input_picker.source.setCurrentIndex(self.input_picker.source.findData(CAMERA))

    def _keep_frame(self, frame: Frame | None) -> tuple[np.ndarray, str] | None:
        """The paused frame (on screen) becomes an ordinary picture named after it; None if none was shown."""
        if frame is None or self._image_name != CAMERA:
            if self._image is not None:
                self.input_picker.show_current(self._image_name)  # the choice shows the picture still on screen
            return None
        name = _frame_name(frame)
        self._image_name = name
        self._opened = (self._image, name)
        self.input_picker.show_current(name)
        self._refresh_input_title()
        self._pin_strongest = False
        self._schedule()  # the still picture's own maps, PyTorch check and all
        return self._image, name

    def _kept_name(self) -> str:
        """The picture's name; a live frame's is the one it keeps as a still (in a session, an export, a pause)."""
        frame = self.camera.frame()
        return _frame_name(frame) if frame is not None else self._image_name

    def _frame_job(self, frame: Frame, again: bool):
        """The worker job running `frame` through the pipeline (None, with the reason on screen, if it has no output)."""
        try:
            request = resolve(self.settings, frame_shape(frame), self._device)
        except NoOutput as exc:
            self._show_no_output(str(exc))
            return None
        screens = self.maps.screen_targets(request)
        picture = self._image if again else None  # the frame on screen again: its picture is made already
        return lambda: run_frame(request, frame, picture, screens)

    def _show_frame(self, shown: FrameResult, seconds: float) -> None:
        first = self._image_name != CAMERA
        resized = self._image is None or self._image.shape != shown.picture.shape
        self._image, self._image_name = shown.picture, CAMERA
        if first or resized:
            self.input_picker.show_current(CAMERA)
            self.window_settings.set_input_size(tuple(shown.picture.shape[-2:]))
        self._show_maps(shown.maps, seconds)
        self._show_details(shown.details, 0.0)
        self._check_timer.stop()  # the frame will be gone before the check is back: it runs on the paused frame
        self.torch_panel.show_note(tr("PyTorch checks the map once the camera is paused."))
        self._refresh_input_title()
        if first and self.settings.pinned is None:
            self.pin(*strongest_cell(shown.maps.conv, shown.maps.request))  # this frame again, pinned

    def _on_camera_failed(self, message: str, frame: Frame | None) -> None:
        """No camera, or it stopped: say so; a frame already on screen stays as a picture, nothing else changes."""
        self._keep_frame(frame)
        self.input_picker.show_camera(True)
        self.message.emit(message)

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt name
        """Leaving the tab (or closing the window) stops the camera; its frame stays as this view's picture."""
        if self.camera.is_on():
            self._keep_frame(self.camera.pause())
        super().hideEvent(event)

    # ------------------------------------------------------------------ results
    def _show_no_output(self, text: str) -> None:
        self._maps = None
        self.maps.show_no_output(text)
        self.products_panel.show_hint(text)
        self.torch_panel.show_problem(tr("No map to compare with PyTorch."))
        self.message.emit(text)
        self.updated.emit()

    def _show_maps(self, maps: MapsResult, seconds: float) -> None:
        self._maps = maps
        self._maps_ms = seconds * 1000.0
        self.maps.show_maps(maps)
        if maps.request.pinned is None:
            self.products_panel.show_hint()
        if maps.device_message:
            self.message.emit(maps.device_message)
        self.timing.emit(maps.device, self._maps_ms)
        self.torch_panel.show_pending(torch_call_lines(maps.request))
        self._check_timer.start(self.check_delay_ms if self._checked_once else min(self.check_delay_ms,
                                                                                  FIRST_CHECK_DELAY_MS))
        self.updated.emit()

    def _show_details(self, details: DetailsResult, seconds: float) -> None:
        self.maps.show_details(details)
        if details.pinned is None:
            self.products_panel.show_hint()
        else:
            self.products_panel.show_arithmetic(details.pinned)
        if self._maps is not None:
            self.timing.emit(self._maps.device, self._maps_ms + seconds * 1000.0)
        self.updated.emit()


def _group(title: str, widget: QWidget) -> QGroupBox:
    box = QGroupBox(title)
    # only the weight is set on each: size and family still follow the window (presentation zoom)
    bold, normal = QFont(), QFont()
    bold.setWeight(QFont.Weight.Bold)
    normal.setWeight(QFont.Weight.Normal)
    box.setFont(bold)  # the title
    widget.setFont(normal)  # the contents do not inherit the title's bold
    layout = QVBoxLayout(box)
    layout.setContentsMargins(6, 6, 6, 6)
    layout.addWidget(widget)
    return box


def _frame_name(frame: Frame) -> str:
    return tr("camera frame {number}").format(number=frame.number + 1)
