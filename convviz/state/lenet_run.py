"""One LeNet explorer update, off the GUI thread: picture + weights snapshot -> every layer.

Plain Python (no Qt). The view freezes what the person chose into a
`LeNetRequest`; the `LeNetRunner` (used only from the compute worker's thread)
preprocesses the picture, loads the snapshot into its own model copy for the
requested device, and runs one forward pass. A device that fails falls back
to the CPU and says so in the result.
"""

from __future__ import annotations

import copy
import time
from collections import OrderedDict
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

import numpy as np
import torch

from convviz.core.devices import resolve_device
from convviz.i18n import tr
from convviz.model import (
    LeNet,
    PreprocessStages,
    activations,
    load_mnist,
    preprocess_stages,
)
from convviz.state.lenet import InputPicture, WeightsSnapshot
from convviz.state.own_model import own_model_layers

if TYPE_CHECKING:
    from convviz.state.lenet_screen import LeNetScreen

PREPROCESS_SIDE = 140  #: pictures are averaged down to about this many pixels a side first


def shrink_picture(picture: np.ndarray, side: int = PREPROCESS_SIDE) -> np.ndarray:
    """Average a big picture down by whole blocks to about `side` pixels (uint8 stays uint8).

    The digit ends up 20×20 pixels anyway; a 140-pixel picture keeps every
    stroke and makes preprocessing about 5× cheaper than the 280-pixel canvas
    (3 ms → 0.6 ms), which matters when it runs on every pen stroke.
    """
    picture = np.asarray(picture)
    factor = max(picture.shape[:2]) // side
    if picture.ndim != 2 or factor < 2:
        return picture
    height, width = (picture.shape[0] // factor) * factor, (picture.shape[1] // factor) * factor
    if height == 0 or width == 0:
        return picture
    blocks = picture[:height, :width].astype(np.float32).reshape(height // factor, factor, width // factor, factor)
    shrunk = blocks.mean(axis=(1, 3))
    return np.round(shrunk).astype(np.uint8) if picture.dtype == np.uint8 else shrunk


@dataclass(frozen=True)
class LeNetRequest:
    """Everything one update needs, frozen at the moment it was asked for."""

    input: InputPicture
    weights: WeightsSnapshot
    device: str
    model: object | None = None  # a student's own CNN (a UserModel) explored instead of LeNet


@dataclass(frozen=True)
class LeNetResult:
    """Every layer's output for one picture, with the preprocessing that produced its input."""

    request: LeNetRequest
    stages: PreprocessStages | None  # None for a test digit (read as it is)
    model_input: np.ndarray  # (28, 28) in [0, 1]: what the network read
    layers: OrderedDict[str, np.ndarray]
    device: str  # the device that really ran it
    preprocess_ms: float
    forward_ms: float
    message: str | None  # a device fall-back, for the status bar
    screen: LeNetScreen | None = None  # the layer grids already drawn on the worker (lenet_screen)

    @property
    def probabilities(self) -> np.ndarray:
        return self.layers["softmax"]

    @property
    def prediction(self) -> int:
        return int(np.argmax(self.layers["softmax"]))


class LeNetRunner:
    """Owns one model copy per device; call `run` from one thread only (the worker's)."""

    def __init__(self, template: LeNet) -> None:
        self._template = copy.deepcopy(template).to("cpu").eval()
        self._models: dict[str, tuple[LeNet, int]] = {}

    def _model_for(self, device: torch.device, weights: WeightsSnapshot) -> LeNet:
        key = str(device)
        model, version = self._models.get(key, (None, -1))
        fresh = model is None
        if model is None:
            model = copy.deepcopy(self._template).to(device).eval()
        if version != weights.version:
            with torch.no_grad():
                for name, tensor in model.state_dict().items():
                    if name in weights.tensors:
                        tensor.copy_(weights.tensors[name])
        self._models[key] = (model, weights.version)
        if fresh:  # one untimed pass: first-call set-up (allocators, kernels) is not the forward time
            with torch.inference_mode():
                model(torch.zeros(1, 1, 28, 28, device=device))
        return model

    def run(self, request: LeNetRequest) -> LeNetResult:
        """Preprocess (unless a test digit) and run every layer; ValueError for a blank picture."""
        started = time.perf_counter()
        picture = request.input
        if picture.digit is not None:
            stages = None
            model_input = np.asarray(picture.digit, dtype=np.float32)
            if picture.digit.dtype == np.uint8:
                model_input = model_input / 255.0
        else:
            stages = preprocess_stages(shrink_picture(picture.picture))
            model_input = stages.centred
        preprocessed = time.perf_counter()
        if request.model is not None:  # a student's own CNN: its discovered layers, on the CPU
            layers = own_model_layers(request.model, model_input)
            forward_ms = (time.perf_counter() - preprocessed) * 1000.0
            preprocess_ms = (preprocessed - started) * 1000.0
            return LeNetResult(request, stages, model_input, layers, "cpu", preprocess_ms, forward_ms, None)

        device, message = resolve_device(request.device)
        try:
            layers, forward_s = self._forward(device, request.weights, model_input)
        except Exception as error:  # noqa: BLE001 - any GPU failure (driver, memory, build) means: use the CPU
            if device.type == "cpu":
                raise
            self._models.pop(str(device), None)
            message = tr("The {device} device failed ({reason}); computing on the CPU.").format(
                device=device.type.upper(), reason=error)
            device = torch.device("cpu")
            layers, forward_s = self._forward(device, request.weights, model_input)
        return LeNetResult(
            request=request,
            stages=stages,
            model_input=model_input,
            layers=layers,
            device=device.type,
            preprocess_ms=(preprocessed - started) * 1000.0,
            forward_ms=forward_s * 1000.0,
            message=message,
        )

    def _forward(
        self, device: torch.device, weights: WeightsSnapshot, model_input: np.ndarray
    ) -> tuple[OrderedDict[str, np.ndarray], float]:
        model = self._model_for(device, weights)
        started = time.perf_counter()
        layers = activations(model, model_input)
        return layers, time.perf_counter() - started


@dataclass(frozen=True)
class TestDigit:
    """One digit of the official MNIST test set."""

    image: np.ndarray  # (28, 28) uint8, white on black
    label: int
    index: int

    @property
    def name(self) -> str:
        return f"MNIST test #{self.index}"


def shown_name(name: str, *, short: bool = False) -> str:
    """A picture's name as the interface shows it: "MNIST test #7" in the interface language (the name stays English).

    `short`: "test #7", for a caption under a small picture."""
    prefix = "MNIST test #"
    if name.startswith(prefix) and name[len(prefix):].isdigit():
        return (tr("test #{index}") if short else tr("MNIST test #{index}")).format(index=name[len(prefix):])
    return name


@lru_cache(maxsize=1)
def test_digits() -> tuple[np.ndarray, np.ndarray]:
    """The shipped MNIST test set, read once (about half a second: call it off the GUI thread)."""
    return load_mnist("test")


def pick_test_digit(digit: int | None, rng: np.random.Generator, index: int | None = None) -> TestDigit:
    """A random test digit of class `digit` (any class if None), or the one at `index`."""
    images, labels = test_digits()
    if index is None:
        if digit is not None and not 0 <= digit <= 9:
            raise ValueError(tr("digits go from 0 to 9, not {digit}.").format(digit=digit))
        candidates = np.flatnonzero(labels == digit) if digit is not None else np.arange(len(labels))
        index = int(rng.choice(candidates))
    elif not 0 <= index < len(labels):
        raise ValueError(tr("the test set has digits 0 to {last}, not {index}.").format(last=len(labels) - 1, index=index))
    return TestDigit(images[index].copy(), int(labels[index]), index)
