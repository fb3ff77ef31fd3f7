"""Run a student's own small CNN for the explorer: every discovered layer, or only its answer.

Plain Python (no Qt), called on the compute worker's thread. A `UserModel`
whose layers were discovered reports them all (`layer_activations`); one whose
forward could not be followed as a chain still gets its logits and
probabilities, so the explorer can show its answer and say why its layers
are missing.
"""

from __future__ import annotations

from collections import OrderedDict

import numpy as np
import torch

from convviz.model.custom import layer_activations
from convviz.model.discover import device_of, module_of, one_picture

#: Layer kinds whose outputs cannot be negative: shown with a sequential colour map.
NON_NEGATIVE_KINDS = frozenset({"ReLU", "ReLU6", "MaxPool2d", "AvgPool2d", "AdaptiveAvgPool2d", "Sigmoid", "Softmax"})

LOGITS = "logits"


def own_model_layers(model, picture: np.ndarray) -> OrderedDict[str, np.ndarray]:
    """"input", each discovered layer by module name, ..., "softmax" (or input, logits, softmax only)."""
    if getattr(model, "layers", None) is not None:
        return layer_activations(model, picture)
    module = module_of(model)
    x = one_picture(picture, device_of(module))
    with torch.no_grad():
        logits = module(x)
    return OrderedDict(
        input=x[0].cpu().numpy(),
        logits=logits[0].cpu().numpy(),
        softmax=torch.softmax(logits[0], 0).cpu().numpy(),
    )


def logits_of(layers: OrderedDict[str, np.ndarray]) -> np.ndarray:
    """The class scores among a result's layers: LeNet's fc3, else the last layer before the softmax."""
    if "fc3" in layers:
        return layers["fc3"]
    names = [name for name in layers if name != "softmax"]
    return layers[names[-1]].reshape(-1)
