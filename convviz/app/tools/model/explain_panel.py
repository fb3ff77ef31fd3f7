"""Why this digit? Three maps of where the evidence for a class lies in the explorer's picture.

Gradient saliency, Grad-CAM on the last convolution layer and occlusion
sensitivity (`convviz.model.explain`), each laid over the picture with a
colour bar, for the class chosen with the buttons (default: the predicted
one). The three maps are computed together in one job on the shared worker
(channel "explain", newest wins); pictures arriving while a person draws are
coalesced to one job every `COALESCE_MS`.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from convviz.app.tools.model.overlay_map import OverlayMap
from convviz.app.worker import ComputeWorker, JobError, JobResult
from convviz.i18n import tr, tr_noop
from convviz.state.lenet_run import shown_name
from convviz.state.model_choice import SnapshotNetworks

COALESCE_MS = 120
PREDICTED = 10  # the class button that follows the prediction (Qt reserves -1: "pick an id")

#: name -> (title, how to read it, colour scale)
PANELS = {
    "saliency": (
        tr_noop("Gradient saliency"),
        tr_noop("Bright pixels: changing them would change this class's score most. Speckled: it is one gradient."),
        "sequential",
    ),
    "grad_cam": (
        tr_noop("Grad-CAM on {layer}"),
        tr_noop("Regions whose {layer} maps speak for this class (gradient-weighted maps, 0–1)."),
        "sequential",
    ),
    "occlusion": (
        tr_noop("Occlusion (6×6 patch)"),
        tr_noop("Orange: hiding that patch lowers this class's probability (evidence for it). Blue: hiding it helps."),
        "diverging",
    ),
}


@dataclass(frozen=True)
class ExplainRequest:
    """One picture, one network (a weights snapshot or a UserModel), one class (None: the predicted one)."""

    picture: np.ndarray  # (28, 28) float32 in [0, 1]: what the network read
    network: object
    target: int | None
    name: str = ""
    label: int | None = None


@dataclass(frozen=True)
class ExplainResult:
    request: ExplainRequest
    probabilities: np.ndarray
    predicted: int
    target: int
    layer: str
    maps: dict  # name -> (28, 28) float32


def explain(request: ExplainRequest, networks: SnapshotNetworks) -> ExplainResult:
    """All three maps for one request (runs on the worker thread)."""
    import torch

    from convviz.model.discover import device_of, last_conv_name, module_of, one_picture
    from convviz.model.explain import EXPLANATIONS

    network = request.network
    model = network if hasattr(network, "module") else networks.model_for(network)
    module = module_of(model)
    with torch.no_grad():
        logits = module(one_picture(request.picture, device_of(module)))
    probabilities = torch.softmax(logits[0], 0).cpu().numpy()
    predicted = int(np.argmax(probabilities))
    target = predicted if request.target is None else int(request.target)
    maps = {name: function(model, request.picture, target) for name, function in EXPLANATIONS.items()}
    return ExplainResult(request, probabilities, predicted, target, last_conv_name(module), maps)


class ExplainPanel(QWidget):
    """Class buttons on top, the three overlays side by side; `updated` once a result is on screen."""

    updated = Signal()
    message = Signal(str)
    failed = Signal(str)  # an explanation that could not be computed (the message says why)

    def __init__(self, worker: ComputeWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._networks = SnapshotNetworks()
        self._pending: ExplainRequest | None = None
        self._source: tuple | None = None  # (picture, network, name, label) last given
        self._target: int | None = None
        self._result: ExplainResult | None = None
        self._shown_generation = 0
        self._coalesce = QTimer(self, singleShot=True, interval=COALESCE_MS, timeout=self._submit)

        self.heading = QLabel(tr("Draw a digit or pick a test digit in the LeNet explorer."))
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.class_buttons = QButtonGroup(self)
        self.class_buttons.setExclusive(True)
        buttons = QHBoxLayout()
        buttons.addWidget(QLabel(tr("Evidence for:")))
        predicted = QPushButton(tr("predicted"))
        predicted.setToolTip(tr("Explain whichever class the network picks"))
        self.class_buttons.addButton(predicted, PREDICTED)
        buttons.addWidget(predicted)
        for digit in range(10):
            button = QPushButton(str(digit))
            button.setToolTip(tr("Where is the evidence for a {digit}?").format(digit=digit))
            button.setMinimumWidth(34)
            self.class_buttons.addButton(button, digit)
            buttons.addWidget(button)
        for button in self.class_buttons.buttons():
            button.setCheckable(True)
            bold = button.font()
            bold.setPointSizeF(bold.pointSizeF() * 1.15)
            button.setFont(bold)
        predicted.setChecked(True)
        buttons.addStretch(1)
        self.class_buttons.idClicked.connect(self._on_class_clicked)

        self.panels: dict[str, OverlayMap] = {}
        row = QHBoxLayout()
        for name, (title, text, scale) in PANELS.items():
            panel = OverlayMap(title.format(layer="conv2"), text.format(layer="conv2"), scale)
            self.panels[name] = panel
            row.addWidget(panel, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(buttons)
        layout.addLayout(row)
        layout.addStretch(1)
        self._channel = worker.new_channel("explain")

    # ------------------------------------------------------------------ input
    def set_source(self, picture: np.ndarray | None, network, name: str = "", label: int | None = None) -> None:
        """What the explorer shows now: its 28×28 input and its network (snapshot or UserModel)."""
        if picture is None:
            self._source = None
            self.heading.setText(tr("Draw a digit or pick a test digit in the LeNet explorer."))
            return
        self._source = (np.asarray(picture, dtype=np.float32), network, name, label)
        if not self._coalesce.isActive():
            self._coalesce.start()

    def set_target(self, target: int | None) -> None:
        """Explain class `target` (0–9), or whatever is predicted with None."""
        self._target = target
        self.class_buttons.button(PREDICTED if target is None else int(target)).setChecked(True)
        if self._source is not None:
            self._submit()

    def target(self) -> int | None:
        return self._target

    def result(self) -> ExplainResult | None:
        return self._result

    def is_busy(self) -> bool:
        return self._coalesce.isActive() or (
            self._source is not None and self._worker.latest_generation(self._channel) > self._shown_generation
        )

    # ------------------------------------------------------------------ compute
    def _on_class_clicked(self, button_id: int) -> None:
        self.set_target(None if button_id == PREDICTED else button_id)

    def _submit(self) -> None:
        if self._source is None:
            return
        picture, network, name, label = self._source
        request = ExplainRequest(picture, network, self._target, name, label)
        networks = self._networks
        self._worker.submit(self._channel, lambda: explain(request, networks), self._on_finished, self._on_failed)

    def _on_finished(self, job: JobResult) -> None:
        self._shown_generation = job.generation
        self._show(job.value)

    def _on_failed(self, error: JobError) -> None:
        self._shown_generation = error.generation
        self.heading.setText(tr("Cannot explain this: {problem}").format(problem=error.message))
        self.message.emit(error.message)
        self.failed.emit(error.message)
        self.updated.emit()

    def _show(self, result: ExplainResult) -> None:
        self._result = result
        request = result.request
        for name, panel in self.panels.items():
            title, text, _ = PANELS[name]
            panel.title.setText(tr(title).format(layer=result.layer))
            panel.explanation.setText(tr(text).format(layer=result.layer))
            panel.set_overlay(request.picture, result.maps[name])
        sure = float(result.probabilities[result.predicted])
        chosen = float(result.probabilities[result.target])
        label = "" if request.label is None else " (" + tr("label {label}").format(label=request.label) + ")"
        which = (
            tr("the predicted class, {digit}").format(digit=f"<b>{result.target}</b>")
            if result.target == result.predicted
            else tr("class {digit} ({share})").format(digit=f"<b>{result.target}</b>", share=f"{chosen:.1%}")
        )
        self.heading.setText(
            f"{shown_name(request.name) if request.name else tr('The picture')}{label}: "
            + tr("the network reads {digit} ({sure}). Evidence for {which}:").format(
                digit=f"<b>{result.predicted}</b>", sure=f"{sure:.1%}", which=which)
        )
        for digit in range(10):
            button = self.class_buttons.button(digit)
            button.setText(f"{digit}★" if digit == result.predicted else str(digit))
        self.updated.emit()
