"""What a view has on screen, as plain data that File ▸ Export ▸ Python turns into code.

Each view describes its scene with one of these frozen records (no Qt, no
widgets): the Convolution view its frozen `ConvolutionRequest` and where the
picture came from, the Steps view its `StepsSettings`, the LeNet view the
weights it ran (as edited), the 28×28 digit the network read and which
filters were edited. `convviz.export.python_script` writes them as a script
or a notebook that rebuilds the same numbers with torch.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np

from convviz.i18n import tr

if TYPE_CHECKING:
    from convviz.state.convolution import ConvolutionRequest
    from convviz.state.steps import StepsSettings


@dataclass(frozen=True, eq=False)
class ConvolutionScene:
    """The Convolution view: one picture through kernel, activation and pooling, maybe a pinned pixel."""

    request: ConvolutionRequest
    picture_name: str = "picture"
    picture_path: str | None = None  # the file the picture was read from, when it was one


@dataclass(frozen=True, eq=False)
class StepsScene:
    """The Steps view: a small matrix, a kernel (or a pooling window) and its settings."""

    settings: StepsSettings


@dataclass(frozen=True, eq=False)
class LeNetScene:
    """The LeNet view: the network's weights as edited and the digit it read."""

    weights: Mapping[str, np.ndarray]  # every parameter by state_dict name, float32
    digit: np.ndarray  # (28, 28) float32 in [0, 1]: what the network read
    name: str = "digit"
    label: int | None = None  # the true class of a test digit
    edited: tuple[tuple[str, int], ...] = field(default_factory=tuple)  # (layer, filter) changed by hand


Scene = ConvolutionScene | StepsScene | LeNetScene


def lenet_scene(
    weights: Mapping[str, object],
    digit: np.ndarray,
    name: str,
    label: int | None = None,
    edited: tuple[tuple[str, int], ...] = (),
) -> LeNetScene:
    """A `LeNetScene` from tensors or arrays (copied to float32 numpy, so later edits cannot reach it)."""
    arrays = {}
    for key, value in weights.items():
        if hasattr(value, "detach"):
            value = value.detach().cpu().numpy()
        arrays[str(key)] = np.array(value, dtype=np.float32, copy=True)
    picture = np.array(digit, dtype=np.float32, copy=True)
    if picture.shape != (28, 28):
        raise ValueError(tr("LeNet reads a 28×28 digit, not one of shape {shape}.").format(shape=picture.shape))
    if np.asarray(digit).dtype == np.uint8:
        picture /= np.float32(255.0)
    return LeNetScene(arrays, picture, name, label, tuple(edited))
