"""Small models the explain / confusion / custom-model tests build and save in tmp_path."""

from __future__ import annotations

import warnings

import numpy as np
import torch
import torch.nn.functional as F
from torch import nn


def functional_lenet_predictions(state: dict, images: np.ndarray) -> torch.Tensor:
    """LeNet's forward written out with torch.nn.functional in float64: independent of convviz's module and
    batching. `images` are (N, 28, 28) in 0..255; the predicted digits."""
    x = torch.tensor(images, dtype=torch.float64).div(255).unsqueeze(1)
    s = {k: v.double() for k, v in state.items()}
    x = F.max_pool2d(F.relu(F.conv2d(x, s["conv1.weight"], s["conv1.bias"], padding=2)), 2)
    x = F.max_pool2d(F.relu(F.conv2d(x, s["conv2.weight"], s["conv2.bias"])), 2)
    x = F.relu(F.linear(x.flatten(1), s["fc1.weight"], s["fc1.bias"]))
    x = F.relu(F.linear(x, s["fc2.weight"], s["fc2.bias"]))
    return F.linear(x, s["fc3.weight"], s["fc3.bias"]).argmax(1)


class SmallCNN(nn.Module):
    """A student's small CNN: two Sequential halves with a flatten between them."""

    def __init__(self) -> None:
        super().__init__()
        self.features = nn.Sequential(
            nn.Conv2d(1, 4, 3, padding=1),
            nn.ReLU(),
            nn.MaxPool2d(2),
            nn.Conv2d(4, 8, 3),
            nn.ReLU(),
            nn.MaxPool2d(2),
        )
        self.classifier = nn.Sequential(nn.Linear(8 * 6 * 6, 32), nn.ReLU(), nn.Linear(32, 10))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.classifier(torch.flatten(self.features(x), 1))


class FunctionalCNN(nn.Module):
    """Classifies fine, but its ReLUs are functional: no chain of layers reproduces it."""

    def __init__(self) -> None:
        super().__init__()
        self.conv = nn.Conv2d(1, 4, 5)
        self.fc = nn.Linear(4 * 24 * 24, 10)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.fc(F.relu(self.conv(x)).flatten(1))


class FiveScores(nn.Module):
    """Returns 5 scores instead of 10."""

    def __init__(self) -> None:
        super().__init__()
        self.conv = nn.Conv2d(1, 2, 3)
        self.fc = nn.Linear(2 * 26 * 26, 5)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.fc(self.conv(x).flatten(1))


class OnePictureOnly(nn.Module):
    """Works on one picture but flattens the whole batch into one row."""

    def __init__(self) -> None:
        super().__init__()
        self.fc = nn.Linear(784, 10)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.fc(x.reshape(1, 784))


def seeded(module: nn.Module, seed: int = 0) -> nn.Module:
    """The module with reproducible random weights, in eval mode."""
    torch.manual_seed(seed)
    for child in module.modules():
        if hasattr(child, "reset_parameters"):
            child.reset_parameters()
    return module.eval()


def digit_like(seed: int = 0) -> np.ndarray:
    """A float picture in [0, 1] with a bright blob off-centre, like a stroke on black."""
    rng = np.random.default_rng(seed)
    picture = np.zeros((28, 28), dtype=np.float32)
    top, left = rng.integers(4, 16, size=2)
    picture[top : top + 10, left : left + 4] = 1.0
    picture += rng.uniform(0, 0.05, size=picture.shape).astype(np.float32)
    return np.clip(picture, 0, 1)


def script(module: nn.Module) -> torch.jit.ScriptModule:
    """torch.jit.script without its deprecation notice (students still save TorchScript)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        return torch.jit.script(module)


def save_torchscript(module: nn.Module, path, *, trace: bool = False) -> torch.jit.ScriptModule:
    """Script (or trace) the module and torch.jit.save it, as a student would, without deprecation noise."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        compiled = (torch.jit.trace(module, torch.zeros(1, 1, 28, 28), check_trace=False)  # the check imports sympy: seconds
                    if trace else torch.jit.script(module))
        torch.jit.save(compiled, str(path))
    return compiled
