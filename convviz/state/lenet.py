"""What the person chose in the LeNet explorer: the picture, the edited filters, the device.

Plain Python (no Qt), evented with psygnal. The weights follow copy-on-write:
every edit builds new tensors and a new `WeightsSnapshot`, and a published
snapshot is never changed again, so the compute worker can read one while the
GUI thread edits the next without locks and without ever seeing half an edit.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

import numpy as np
import torch
from psygnal import Signal

from convviz.i18n import tr

#: The convolution layers whose filters can be edited, with their kernel shape (out, in, k, k).
EDITABLE_LAYERS: tuple[str, ...] = ("conv1", "conv2")


@dataclass(frozen=True)
class WeightsSnapshot:
    """An immutable set of LeNet parameters: `version` grows with every edit."""

    version: int
    tensors: Mapping[str, torch.Tensor]


@dataclass(frozen=True)
class InputPicture:
    """The picture to classify.

    `picture` (any 2-D grey array: canvas drawing or photo) goes through
    preprocessing; `digit` (a 28×28 MNIST test digit) is already what the
    network reads and goes straight in. Exactly one of them is set.
    """

    name: str
    picture: np.ndarray | None = None
    digit: np.ndarray | None = None
    label: int | None = None


def resize_kernel(kernel: np.ndarray, size: int) -> np.ndarray:
    """Fit a small kernel into a size×size one: smaller ones are zero-padded around the centre.

    A 3×3 edge detector padded to 5×5 computes exactly the same response
    (the extra taps are zero); a larger kernel is cropped around its centre.
    """
    kernel = np.asarray(kernel, dtype=np.float32)
    if kernel.ndim != 2 or kernel.size == 0:
        raise ValueError(tr("a preset kernel must be a 2-D matrix, not shape {shape}.").format(shape=kernel.shape))
    out = np.zeros((size, size), dtype=np.float32)
    rows, cols = kernel.shape
    take_r, take_c = min(rows, size), min(cols, size)
    src_r, src_c = (rows - take_r) // 2, (cols - take_c) // 2
    dst_r, dst_c = (size - take_r) // 2, (size - take_c) // 2
    out[dst_r : dst_r + take_r, dst_c : dst_c + take_c] = kernel[src_r : src_r + take_r, src_c : src_c + take_c]
    return out


class LeNetState:
    """The explorer's model of the world; the view reads it and writes to it, never the reverse."""

    input_changed = Signal()
    weights_changed = Signal(str, int)  # layer, filter index (-1: every filter)
    device_changed = Signal(str)

    def __init__(self, trained: Mapping[str, torch.Tensor]) -> None:
        self._trained = {name: tensor.detach().to("cpu", torch.float32).clone() for name, tensor in trained.items()}
        for layer in EDITABLE_LAYERS:
            if f"{layer}.weight" not in self._trained:
                raise ValueError(tr("these weights have no {layer}: they are not a LeNet's.").format(layer=layer))
        self._weights = dict(self._trained)
        self._version = 0
        self._snapshot = WeightsSnapshot(0, MappingProxyType(dict(self._weights)))
        self._input: InputPicture | None = None
        self._device = "cpu"

    # ------------------------------------------------------------------ input
    @property
    def input(self) -> InputPicture | None:
        return self._input

    def set_picture(self, picture: np.ndarray, name: str = "drawing") -> None:
        """A drawing or photo (any 2-D array); preprocessing will find the digit in it."""
        self._input = InputPicture(name=name, picture=np.asarray(picture))
        self.input_changed.emit()

    def set_test_digit(self, digit: np.ndarray, label: int, name: str) -> None:
        """An MNIST test digit (28×28), read by the network exactly as in the test set."""
        digit = np.asarray(digit)
        if digit.shape != (28, 28):
            raise ValueError(tr("a test digit is 28×28 pixels, not {shape}.").format(shape=digit.shape))
        self._input = InputPicture(name=name, digit=digit, label=int(label))
        self.input_changed.emit()

    def clear_input(self) -> None:
        self._input = None
        self.input_changed.emit()

    # ----------------------------------------------------------------- device
    @property
    def device(self) -> str:
        return self._device

    def set_device(self, device: str) -> None:
        if device != self._device:
            self._device = device
            self.device_changed.emit(device)

    # ---------------------------------------------------------------- weights
    def snapshot(self) -> WeightsSnapshot:
        """The current weights, frozen: safe to hand to the worker."""
        return self._snapshot

    def kernels(self, layer: str) -> np.ndarray:
        """A copy of a conv layer's kernels, shape (out, in, k, k)."""
        return self._weight(layer).numpy().copy()

    def kernel(self, layer: str, out: int, in_: int = 0) -> np.ndarray:
        return self._weight(layer)[out, in_].numpy().copy()

    def bias(self, layer: str, out: int) -> float:
        return float(self._weights[f"{layer}.bias"][out])

    def trained_kernel(self, layer: str, out: int, in_: int = 0) -> np.ndarray:
        return self._trained[f"{layer}.weight"][out, in_].numpy().copy()

    def filter_count(self, layer: str) -> int:
        return int(self._weight(layer).shape[0])

    def input_channels(self, layer: str) -> int:
        return int(self._weight(layer).shape[1])

    def is_edited(self, layer: str | None = None, out: int | None = None) -> bool:
        """True where the weights differ from the trained ones (a filter, a layer, or anywhere)."""
        layers = EDITABLE_LAYERS if layer is None else (layer,)
        for name in layers:
            now, trained = self._weight(name), self._trained[f"{name}.weight"]
            if out is None:
                if not torch.equal(now, trained):
                    return True
            elif not torch.equal(now[out], trained[out]):
                return True
        return False

    def set_kernel_cell(self, layer: str, out: int, in_: int, row: int, col: int, value: float) -> None:
        """Change one weight of one filter."""
        if not np.isfinite(value):
            raise ValueError(tr("a filter weight must be a finite number."))
        weight = self._weight(layer).clone()
        weight[out, in_, row, col] = float(value)
        self._publish(layer, weight, out)

    def set_kernel(self, layer: str, out: int, in_: int, kernel: np.ndarray) -> None:
        """Replace one k×k slice of a filter (a preset is resized to fit first)."""
        weight = self._weight(layer).clone()
        size = weight.shape[-1]
        fitted = resize_kernel(kernel, size)
        if not np.isfinite(fitted).all():
            raise ValueError(tr("a filter must hold finite numbers only."))
        weight[out, in_] = torch.from_numpy(fitted)
        self._publish(layer, weight, out)

    def zero_filter(self, layer: str, out: int) -> None:
        """All weights of filter `out` (every input channel) to zero; its bias stays."""
        weight = self._weight(layer).clone()
        weight[out] = 0.0
        self._publish(layer, weight, out)

    def reset_filter(self, layer: str, out: int) -> None:
        """Filter `out` back to its trained weights."""
        weight = self._weight(layer).clone()
        weight[out] = self._trained[f"{layer}.weight"][out]
        self._publish(layer, weight, out)

    def load_trained(self, trained: Mapping[str, torch.Tensor]) -> None:
        """Other trained weights of the same LeNet (a file, or the ones just trained): edits are dropped."""
        tensors = {name: tensor.detach().to("cpu", torch.float32).clone() for name, tensor in trained.items()}
        if set(tensors) != set(self._trained) or any(t.shape != self._trained[n].shape for n, t in tensors.items()):
            raise ValueError(tr("these weights are not this LeNet's: their layers or shapes differ."))
        self._trained = tensors
        self._weights = dict(tensors)
        self._bump()
        self.weights_changed.emit("", -1)

    def reset_all(self) -> None:
        """Every filter back to the trained weights."""
        if not self.is_edited():
            return
        self._weights = dict(self._trained)
        self._bump()
        self.weights_changed.emit("", -1)

    def restore_kernels(self, kernels: Mapping[str, np.ndarray]) -> None:
        """Put back whole layers of filter weights, (out, in, k, k) each, as one edit (undo, sessions)."""
        weights = dict(self._weights)
        for layer, values in kernels.items():
            current = self._weight(layer)
            tensor = torch.as_tensor(np.array(values, dtype=np.float32))
            if tuple(tensor.shape) != tuple(current.shape):
                raise ValueError(tr("{layer} filters have shape {shape}, not {given}.").format(
                    layer=layer, shape=tuple(current.shape), given=tuple(tensor.shape)))
            if not torch.isfinite(tensor).all():
                raise ValueError(tr("a filter must hold finite numbers only."))
            trained = self._trained[f"{layer}.weight"]
            weights[f"{layer}.weight"] = trained if torch.equal(tensor, trained) else tensor
        if all(torch.equal(weights[name], self._weights[name]) for name in weights):
            return
        self._weights = weights
        self._bump()
        self.weights_changed.emit("", -1)

    # -------------------------------------------------------------- internals
    def _weight(self, layer: str) -> torch.Tensor:
        if layer not in EDITABLE_LAYERS:
            raise ValueError(tr("only the filters of {layers} can be edited, not {layer}.").format(
                layers=", ".join(EDITABLE_LAYERS), layer=repr(layer)))
        return self._weights[f"{layer}.weight"]

    def _publish(self, layer: str, weight: torch.Tensor, out: int) -> None:
        weights = dict(self._weights)
        weights[f"{layer}.weight"] = weight
        self._weights = weights
        self._bump()
        self.weights_changed.emit(layer, out)

    def _bump(self) -> None:
        self._version += 1
        self._snapshot = WeightsSnapshot(self._version, MappingProxyType(dict(self._weights)))
