"""Run the trained LeNet on MNIST-style pictures: class probabilities and every layer's output."""

from __future__ import annotations

from collections import OrderedDict

import numpy as np
import torch
from torch import nn

from convviz.i18n import tr
from convviz.model.lenet import LeNet


def _model_device(model: nn.Module) -> torch.device:
    return next(model.parameters()).device


def images_to_tensor(images: np.ndarray | torch.Tensor, device: torch.device | str = "cpu") -> torch.Tensor:
    """(28, 28) or (N, 28, 28) pictures, uint8 or float in [0, 1], as an (N, 1, 28, 28) float tensor."""
    array = images.detach().cpu().numpy() if isinstance(images, torch.Tensor) else np.asarray(images)
    if array.ndim == 2:
        array = array[None]
    if array.ndim == 4 and array.shape[1] == 1:
        array = array[:, 0]
    if array.ndim != 3 or array.shape[1:] != (28, 28):
        raise ValueError(tr("LeNet reads 28×28 pictures, shaped (28, 28) or (N, 28, 28), not {shape}.").format(shape=array.shape))
    if array.dtype == np.uint8:
        array = array.astype(np.float32) / 255.0
    elif np.issubdtype(array.dtype, np.floating) or array.dtype == bool:
        array = array.astype(np.float32, copy=False)
        if array.size and not np.isfinite(array).all():
            raise ValueError(tr("the pictures contain NaN or infinite values."))
        if array.size and (array.min() < -1e-3 or array.max() > 1 + 1e-3):
            raise ValueError(
                tr("float pictures must lie in [0, 1] (white digit on black); divide 0–255 pictures by 255.")
            )
    else:
        raise ValueError(tr("pictures must be uint8 or float, not {dtype}.").format(dtype=array.dtype))
    return torch.from_numpy(np.ascontiguousarray(array)).unsqueeze(1).to(device)


def predict(model: nn.Module, images: np.ndarray | torch.Tensor, batch_size: int = 2048) -> np.ndarray:
    """Class probabilities, a float32 (N, 10) array, for (28, 28) or (N, 28, 28) pictures."""
    device = _model_device(model)
    batch = images_to_tensor(images)
    outputs = []
    with torch.inference_mode():
        for start in range(0, len(batch), batch_size):
            logits = model(batch[start : start + batch_size].to(device))
            outputs.append(torch.softmax(logits, dim=1).cpu())
    if not outputs:
        return np.zeros((0, 10), dtype=np.float32)
    return torch.cat(outputs).numpy()


def activations(model: LeNet, image: np.ndarray | torch.Tensor) -> OrderedDict[str, np.ndarray]:
    """Every layer's output for one (28, 28) picture, from one forward pass, batch dim removed.

    Keys are `LAYER_NAMES`: "input" (1, 28, 28), "conv1" (6, 28, 28), ..., "pool2"
    (16, 5, 5), "fc1" (120,), ..., "fc3" (the 10 logits), "softmax" (10 probabilities).
    """
    batch = images_to_tensor(image, _model_device(model))
    if len(batch) != 1:
        raise ValueError(tr("activations shows one picture at a time, not {count}.").format(count=len(batch)))
    with torch.inference_mode():
        stages = model.trace(batch)
    return OrderedDict((name, tensor[0].cpu().numpy()) for name, tensor in stages.items())
