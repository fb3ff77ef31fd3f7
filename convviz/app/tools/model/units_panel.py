"""What does this unit look for? The nine test digits that excite it most, and a picture made for it.

For any conv map or fully connected unit of the network the explorer shows:
the nine test digits (of the 10,000) with the strongest response, each with
a box round the pixels its strongest position sees (a conv map) and a click
that opens it in the explorer; and an activation-maximisation picture grown
from noise by regularised gradient ascent, with progress and a Cancel button.

Both run on the shared worker in small jobs (`convviz.state.units`):
`LayerPass` chunks (a channel "units-digits" per layer), whose scores serve
every unit of the layer at once, and `AscentRun` chunks (channel "units-ascent"); a new
request replaces the old one, and the live explorer's jobs slip in between.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

import numpy as np
from PySide6.QtCore import QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from superqt.utils import signals_blocked

from convviz.app.widgets.map_colors import SELECTION_COLOR
from convviz.app.worker import ComputeWorker, JobError, JobResult
from convviz.core import format_number
from convviz.i18n import tr
from convviz.model.units import (
    DEFAULT_ASCENT,
    LENET_UNIT_LAYERS,
    AscentSettings,
    UnitLayer,
    unit_layers,
)
from convviz.state.model_choice import SnapshotNetworks
from convviz.state.units import TOP, AscentRun, LayerPass, TopDigits, unit_title

DIGIT_SCALE = 4  # 28-pixel digits drawn at 112 pixels
PICTURE_SCALE = 7  # the made picture at 196 pixels
NETWORK_DEBOUNCE_MS = 400  # filter edits come in bursts: one pass after they settle


def lenet_layers(tensors: Mapping) -> tuple[UnitLayer, ...]:
    """LeNet's layers with units, sized from its weights (no model needed on the GUI thread)."""
    return tuple(
        UnitLayer(name, "Conv2d" if name.startswith("conv") else "Linear", int(tensors[f"{name}.weight"].shape[0]), noun)
        for name, noun in LENET_UNIT_LAYERS
    )


def layers_of(network) -> tuple[UnitLayer, ...]:
    """The layers of a weights snapshot, a LeNet state_dict or a `UserModel`; ValueError if it shows none."""
    tensors = getattr(network, "tensors", network)
    if isinstance(tensors, Mapping):
        return lenet_layers(tensors)
    return unit_layers(network)


def grey_pixmap(picture: np.ndarray, scale: int, box: tuple[int, int, int, int] | None = None) -> QPixmap:
    """A (28, 28) picture (uint8, or float in [0, 1]) enlarged by whole pixels, with `box` outlined."""
    values = np.asarray(picture)
    if values.dtype != np.uint8:
        values = np.round(np.clip(values, 0.0, 1.0) * 255).astype(np.uint8)
    grey = np.ascontiguousarray(values)
    image = QImage(grey.data, grey.shape[1], grey.shape[0], grey.shape[1], QImage.Format.Format_Grayscale8)
    pixmap = QPixmap.fromImage(image.scaled(grey.shape[1] * scale, grey.shape[0] * scale,
                                            Qt.AspectRatioMode.IgnoreAspectRatio,
                                            Qt.TransformationMode.FastTransformation))
    if box is not None and box != (0, 0, *grey.shape):
        top, left, bottom, right = box
        painter = QPainter(pixmap)
        pen = QPen(QColor(SELECTION_COLOR))
        pen.setWidthF(2.0)
        painter.setPen(pen)
        painter.drawRect(QRectF(left * scale + 1, top * scale + 1, (right - left) * scale - 2, (bottom - top) * scale - 2))
        painter.end()
    return pixmap


class UnitsPanel(QWidget):
    """Pick a layer and a unit; see its nine strongest test digits and make a picture for it."""

    digit_requested = Signal(int)  # a test digit's index, to open in the explorer
    message = Signal(str)
    updated = Signal()  # the nine digits of the chosen unit, from every test digit, are on screen
    ascent_finished = Signal()  # a picture was made, or its making cancelled
    failed = Signal(str)  # a pass or a picture that could not be computed (the message says why)

    def __init__(self, worker: ComputeWorker, parent: QWidget | None = None, *, data=None,
                 ascent_settings: AscentSettings = DEFAULT_ASCENT) -> None:
        super().__init__(parent)
        self._worker = worker
        self._data = data  # (images, labels) for tests; None: the shipped test set
        self._ascent_settings = ascent_settings
        self._networks = SnapshotNetworks()  # used on the worker thread only
        self._network = None
        self._network_name = ""
        self._make_model: Callable[[], object] | None = None
        self._layers: tuple[UnitLayer, ...] = ()
        self._unit: tuple[str, int] = ("conv1", 0)
        self._passes: dict[str, LayerPass] = {}  # layer -> its pass, for the current network
        self._shown: TopDigits | None = None
        self._ascent: AscentRun | None = None
        self._pending_network = None
        self._debounce = QTimer(self, singleShot=True, interval=NETWORK_DEBOUNCE_MS, timeout=self._use_pending)

        self.heading = QLabel("Pick a map or a unit of the network the explorer shows.")
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)
        self.layer_choice = QComboBox()
        self.layer_choice.setToolTip("The layer whose unit to look at")
        self.layer_choice.setAccessibleName(tr("layer"))
        self.layer_choice.activated.connect(lambda _index: self.set_unit(self.layer_choice.currentData(), 0))
        self.unit_choice = QSpinBox()
        self.unit_choice.setToolTip("Which map or unit of the layer")
        self.unit_choice.setAccessibleName(tr("map or unit"))
        self.unit_choice.valueChanged.connect(self._on_unit_number)
        picker = QHBoxLayout()
        picker.addWidget(QLabel("Layer:"))
        picker.addWidget(self.layer_choice)
        picker.addSpacing(10)
        picker.addWidget(self.unit_choice)
        picker.addStretch(1)

        self.digits_label = QLabel("")
        self.digits_label.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.hide()
        self.digit_buttons: list[QToolButton] = []
        digits = QGridLayout()
        digits.setSpacing(4)
        for position in range(TOP):
            button = QToolButton()
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
            button.setIconSize(QSize(28 * DIGIT_SCALE, 28 * DIGIT_SCALE))
            button.setAutoRaise(True)
            button.setEnabled(False)
            button.clicked.connect(lambda _checked=False, p=position: self._open_digit(p))
            self.digit_buttons.append(button)
            digits.addWidget(button, position // 3, position % 3)
        digit_box = QGroupBox("The nine test digits that excite it most")
        digit_layout = QVBoxLayout(digit_box)
        digit_layout.addWidget(self.digits_label)
        digit_layout.addWidget(self.progress)
        digit_layout.addLayout(digits)

        self.picture = QLabel()
        self.picture.setFixedSize(28 * PICTURE_SCALE, 28 * PICTURE_SCALE)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setStyleSheet("background: black")
        self.make_button = QPushButton("Make a picture for it")
        self.make_button.setToolTip("Grow a picture from faint noise by gradient ascent on this unit's value")
        self.make_button.clicked.connect(self.start_ascent)
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.setToolTip(tr("Stop making the picture"))
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel_ascent)
        self.ascent_progress = QProgressBar()
        self.ascent_progress.setRange(0, 100)
        self.ascent_label = QLabel(
            "Gradient ascent changes the picture, step by step, to raise this unit's value. Each step the "
            "picture also fades a little and now and then is blurred and shifted, so only patterns the "
            "unit really likes survive.")
        self.ascent_label.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.make_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        side = QVBoxLayout()
        side.addLayout(buttons)
        side.addWidget(self.ascent_progress)
        side.addWidget(self.ascent_label, 1)
        ascent_box = QGroupBox("A picture made for it (activation maximisation)")
        ascent_layout = QHBoxLayout(ascent_box)
        ascent_layout.addWidget(self.picture)
        ascent_layout.addLayout(side, 1)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(picker)
        layout.addWidget(digit_box)
        layout.addWidget(ascent_box)
        layout.addStretch(1)
        self._digits_channels: dict[str, str] = {}  # layer -> its channel
        self._ascent_channel = worker.new_channel("units-ascent")

    # ------------------------------------------------------------------ what to look at
    def set_network(self, network, name: str, *, debounce: bool = False) -> None:
        """The network the explorer shows (a weights snapshot, a LeNet state_dict or a `UserModel`)."""
        if network is self._network and not self._debounce.isActive():
            return
        self._pending_network = (network, name)
        if debounce:
            self._debounce.start()
        else:
            self._debounce.stop()
            self._use_pending()

    def _use_pending(self) -> None:
        network, name = self._pending_network
        try:
            layers = layers_of(network)
        except ValueError as error:
            self._network, self._layers, self._make_model = network, (), None
            self._forget()
            self.heading.setText(f"<b>{name}</b>: {error}")
            self.layer_choice.clear()
            self.make_button.setEnabled(False)
            return
        self._network, self._network_name, self._layers = network, name, layers
        if hasattr(network, "module"):  # a UserModel runs as it is
            self._make_model = lambda: network
        elif hasattr(network, "tensors"):  # the explorer's weights snapshot: one LeNet per snapshot
            networks = self._networks
            self._make_model = lambda: networks.model_for(network)
        else:  # a LeNet state_dict
            self._make_model = lambda: _lenet(network)
        self._forget()
        with signals_blocked(self.layer_choice):
            self.layer_choice.clear()
            for layer in layers:
                self.layer_choice.addItem(f"{layer.name} · {layer.units} {layer.noun}s", layer.name)
        self.make_button.setEnabled(True)
        layer, index = self._unit
        known = {layer.name: layer for layer in layers}
        if layer not in known:
            layer, index = layers[0].name, 0
        self.set_unit(layer, min(index, known[layer].units - 1) if layer in known else 0)

    def _forget(self) -> None:
        """A new network: the old passes and the picture being made are of another network."""
        self._passes = {}
        self._shown = None
        if self._ascent is not None and not self._ascent.done:
            self._ascent.cancel()
            self.ascent_label.setText("The network changed: the picture being made was for the one before.")
        self._ascent = None
        self.cancel_button.setEnabled(False)

    def set_unit(self, layer: str, index: int) -> None:
        """Look at unit `index` (from 0) of `layer`; its nine digits come from the layer's pass (started if need be)."""
        found = next((candidate for candidate in self._layers if candidate.name == layer), None)
        if found is None:
            self.message.emit(f"the network shown has no layer {layer!r} with units to look at.")
            return
        if not 0 <= index < found.units:
            self.message.emit(f"{layer} has {found.units} {found.noun}s; there is no number {index + 1}.")
            return
        self._unit = (layer, index)
        offset = self._number_offset(found)
        with signals_blocked(self.layer_choice), signals_blocked(self.unit_choice):
            self.layer_choice.setCurrentIndex(self.layer_choice.findData(layer))
            self.unit_choice.setRange(offset, found.units - 1 + offset)
            self.unit_choice.setPrefix("class " if offset == 0 else f"{found.noun} ")
            self.unit_choice.setValue(index + offset)
        self.heading.setText(f"What does <b>{unit_title(found, index)}</b> of {self._network_name} look for?")
        self._show_top()

    def unit(self) -> tuple[str, int]:
        return self._unit

    def layers(self) -> tuple[UnitLayer, ...]:
        return self._layers

    @staticmethod
    def _number_offset(layer: UnitLayer) -> int:
        """Class scores are numbered by their digit (0-9), maps and units from 1 as in the explorer."""
        return 0 if layer.noun == "class score" and layer.units == 10 else 1

    def _on_unit_number(self, value: int) -> None:
        layer = next((candidate for candidate in self._layers if candidate.name == self._unit[0]), None)
        if layer is not None:
            self.set_unit(layer.name, value - self._number_offset(layer))

    # ------------------------------------------------------------------ the nine digits
    def _show_top(self) -> None:
        layer, unit = self._unit
        layer_pass = self._passes.get(layer)
        if layer_pass is None:
            if self._make_model is None:
                return
            layer_pass = self._passes[layer] = LayerPass(self._make_model, layer, self._network_name, data=self._data)
            self._submit_chunk(layer_pass)
        if layer_pass.layer is not None:
            self._show(layer_pass.top(unit), layer_pass)
        else:
            self._clear_digits()
        if layer_pass.done:
            self.progress.hide()
            self.updated.emit()
        else:
            self.progress.setValue(round(100 * layer_pass.fraction))
            self.progress.show()

    def _submit_chunk(self, layer_pass: LayerPass) -> None:
        """One channel per layer: a layer left half-read goes on in the background (its scores serve
        every unit of it later), and a new network's pass of a layer replaces the old one's."""
        channel = self._digits_channels.get(layer_pass.layer_name)
        if channel is None:
            channel = self._digits_channels[layer_pass.layer_name] = self._worker.new_channel("units-digits")
        self._worker.submit(channel, layer_pass.run_chunk, self._on_chunk, self._on_failed)

    def _on_chunk(self, job: JobResult) -> None:
        layer_pass = job.value
        if self._passes.get(layer_pass.layer_name) is not layer_pass:
            return  # a pass of a network replaced meanwhile
        if not layer_pass.done:
            self._submit_chunk(layer_pass)
        if layer_pass.layer_name == self._unit[0]:
            self._show_top()

    def _on_failed(self, error: JobError) -> None:
        self._passes = {}
        self.progress.hide()
        self.digits_label.setText(f"Cannot rank the test digits: {error.message}")
        self.message.emit(error.message)
        self.failed.emit(error.message)

    def _clear_digits(self) -> None:
        for button in self.digit_buttons:
            button.setIcon(QIcon())
            button.setText("")
            button.setEnabled(False)

    def _show(self, top: TopDigits, layer_pass: LayerPass) -> None:
        self._shown = top
        images = layer_pass.images
        for button, digit in zip(self.digit_buttons, top.digits):
            button.setIcon(QIcon(grey_pixmap(images[digit.index], DIGIT_SCALE, digit.box)))
            button.setText(f"#{digit.index} · a {digit.label}\n{format_number(digit.score, 3)}")
            where = "" if digit.position is None else f" at row {digit.position[0]}, column {digit.position[1]} of the map"
            button.setToolTip(f"test digit #{digit.index} (a {digit.label}): {format_number(digit.score, 4)}{where}"
                              " · click to open it in the explorer")
            button.setEnabled(True)
        for button in self.digit_buttons[len(top.digits):]:
            button.setEnabled(False)
        read = len(layer_pass.scores())
        so_far = "" if layer_pass.done else f" (so far: {read:,} of the test digits read)"
        if top.field is not None:
            size = top.field.size
            where = (f"The box is the {size[0]}×{size[1]} patch its strongest position sees "
                     "(cut where it passes the edge).")
        else:
            where = "A fully connected unit sees the whole digit."
        value = "its score (logit)" if top.layer.noun == "class score" else "the unit's value before ReLU"
        self.digits_label.setText(f"Strongest first{so_far}; the number is {value}. {where} "
                                  "Click one to open it in the explorer.")

    def top(self) -> TopDigits | None:
        """The nine digits on screen, or None."""
        return self._shown

    def is_busy(self) -> bool:
        layer_pass = self._passes.get(self._unit[0])
        return self._debounce.isActive() or (layer_pass is not None and not layer_pass.done) or (
            self._ascent is not None and not self._ascent.done)

    def _open_digit(self, position: int) -> None:
        if self._shown is not None and position < len(self._shown.digits):
            self.digit_requested.emit(self._shown.digits[position].index)

    # ------------------------------------------------------------------ the picture made for it
    def start_ascent(self) -> None:
        """Make a picture for the chosen unit (replacing one being made)."""
        if self._make_model is None:
            return
        if self._ascent is not None:
            self._ascent.cancel()
        layer, unit = self._unit
        self._ascent = AscentRun(self._make_model, layer, unit, self._ascent_settings)
        self.cancel_button.setEnabled(True)
        self.ascent_progress.setValue(0)
        self._submit_ascent(self._ascent)

    def cancel_ascent(self) -> None:
        """Stop the picture being made, between two steps; what was made so far stays."""
        if self._ascent is not None and not self._ascent.done:
            self._ascent.cancel()
            self._finish_ascent(self._ascent)

    def ascent(self) -> AscentRun | None:
        return self._ascent

    def _submit_ascent(self, run: AscentRun) -> None:
        self._worker.submit(self._ascent_channel, run.run_chunk, self._on_ascent_chunk, self._on_ascent_failed)

    def _on_ascent_chunk(self, job: JobResult) -> None:
        run = job.value
        if run is not self._ascent or run.cancelled:
            return  # replaced or cancelled meanwhile: the Cancel button already said so
        self._show_ascent(run)
        if run.done:
            self._finish_ascent(run)
        else:
            self._submit_ascent(run)

    def _on_ascent_failed(self, error: JobError) -> None:
        self.cancel_button.setEnabled(False)
        self.ascent_label.setText(f"Could not make a picture: {error.message}")
        self.message.emit(error.message)
        self.failed.emit(error.message)
        self.ascent_finished.emit()

    def _show_ascent(self, run: AscentRun) -> None:
        self.picture.setPixmap(grey_pixmap(run.picture, PICTURE_SCALE, run.box))
        self.ascent_progress.setValue(round(100 * run.fraction))
        title = unit_title(run.layer, run.unit) if run.layer is not None else run.layer_name
        where = ("" if run.centre is None else
                 f" at the centre of its map (row {run.centre[0]}, column {run.centre[1]}; the box is what it sees)")
        best = ""
        if self._shown is not None and self._shown.layer.name == run.layer_name and self._shown.unit == run.unit \
                and self._shown.digits:
            best = f" · its strongest test digit: {format_number(self._shown.digits[0].score, 3)}"
        self.ascent_label.setText(
            f"<b>{title}</b>{where}, after {run.step} of {run.settings.steps} steps: "
            f"<b>{format_number(run.activation, 3)}</b> · on the starting noise: {format_number(run.on_noise, 3)}"
            f" · on the average digit: {format_number(run.on_average, 3)}{best}")

    def _finish_ascent(self, run: AscentRun) -> None:
        self.cancel_button.setEnabled(False)
        if run.cancelled:
            self.ascent_label.setText(self.ascent_label.text() + f" — cancelled after {run.step} steps.")
        self.ascent_finished.emit()


def _lenet(tensors: Mapping):
    """A LeNet (eval mode) with a state_dict's weights (on the worker thread)."""
    from convviz.state.model_choice import network_module

    return network_module(tensors)
