"""LeNet-5 for 28×28 grey digits, with named layers the views can label.

conv1 (1→6, 5×5, padding 2) → ReLU → 2×2 max pool → conv2 (6→16, 5×5) → ReLU →
2×2 max pool → fc1 (400→120) → ReLU → fc2 (120→84) → ReLU → fc3 (84→10 logits).
No batch norm: this is the textbook network the course decks describe.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterator

import torch
import torch.nn.functional as F
from torch import nn

#: Every stage `activations` reports, from the input picture to the probabilities.
LAYER_NAMES: tuple[str, ...] = (
    "input",
    "conv1",
    "relu1",
    "pool1",
    "conv2",
    "relu2",
    "pool2",
    "fc1",
    "relu3",
    "fc2",
    "relu4",
    "fc3",
    "softmax",
)

#: The layers that hold learnable parameters, in order.
LEARNABLE_LAYERS: tuple[str, ...] = ("conv1", "conv2", "fc1", "fc2", "fc3")


class LeNet(nn.Module):
    """LeNet-5 (ReLU, max pooling) whose `forward` returns the 10 class logits."""

    def __init__(self, dropout: float = 0.0) -> None:
        super().__init__()
        self.conv1 = nn.Conv2d(1, 6, kernel_size=5, padding=2)
        self.conv2 = nn.Conv2d(6, 16, kernel_size=5)
        self.fc1 = nn.Linear(16 * 5 * 5, 120)
        self.fc2 = nn.Linear(120, 84)
        self.fc3 = nn.Linear(84, 10)
        # Dropout has no parameters, so trained weights load with or without it.
        self.dropout = nn.Dropout(dropout)

    def stages(self, x: torch.Tensor) -> Iterator[tuple[str, torch.Tensor]]:
        """Yield (layer name, output) for every stage of one forward pass, in order."""
        yield "input", x
        x = self.conv1(x)
        yield "conv1", x
        x = F.relu(x)
        yield "relu1", x
        x = F.max_pool2d(x, 2)
        yield "pool1", x
        x = self.conv2(x)
        yield "conv2", x
        x = F.relu(x)
        yield "relu2", x
        x = F.max_pool2d(x, 2)
        yield "pool2", x
        x = self.fc1(x.flatten(1))
        yield "fc1", x
        x = F.relu(x)
        yield "relu3", x
        x = self.fc2(self.dropout(x))
        yield "fc2", x
        x = F.relu(x)
        yield "relu4", x
        x = self.fc3(self.dropout(x))
        yield "fc3", x
        yield "softmax", F.softmax(x, dim=1)

    def trace(self, x: torch.Tensor) -> OrderedDict[str, torch.Tensor]:
        """Every stage's output of one forward pass, keyed by `LAYER_NAMES`."""
        return OrderedDict(self.stages(x))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = F.max_pool2d(F.relu(self.conv1(x)), 2)
        x = F.max_pool2d(F.relu(self.conv2(x)), 2)
        x = F.relu(self.fc1(x.flatten(1)))
        x = F.relu(self.fc2(self.dropout(x)))
        return self.fc3(self.dropout(x))
