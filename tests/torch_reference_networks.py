"""Famous networks rebuilt from torch.nn modules, independently of convviz.model.parameters.

torchvision is not available, so these follow its source by hand (module names
included, so a table row and a module can be matched by name). Built on the
meta device: shapes and parameter counts without allocating VGG's 138 million
weights. The parameter tables must agree with `parameters_by_name` and
`output_shapes` of these modules.
"""

from __future__ import annotations

import torch
from torch import nn

META = "meta"


class Subsampling(nn.Module):
    """LeNet-5's S2/S4: 2×2 sum of each map times a trainable coefficient, plus a trainable bias."""

    def __init__(self, maps: int) -> None:
        super().__init__()
        self.coefficient = nn.Parameter(torch.empty(maps, device=META))
        self.bias = nn.Parameter(torch.empty(maps, device=META))

    def forward(self, x):
        summed = nn.functional.avg_pool2d(x, 2) * 4
        return summed * self.coefficient[:, None, None] + self.bias[:, None, None]


class PartialConv(nn.Module):
    """LeNet-5's C3: each output map is its own convolution over a chosen subset of input maps."""

    def __init__(self, table, kernel: int) -> None:
        super().__init__()
        self.table = [list(inputs) for inputs in table]
        self.maps = nn.ModuleList(nn.Conv2d(len(inputs), 1, kernel, device=META) for inputs in self.table)

    def forward(self, x):
        return torch.cat([conv(x[:, inputs]) for conv, inputs in zip(self.maps, self.table)], dim=1)


class RBFOutput(nn.Module):
    """Ten Euclidean RBF units; their centres are a buffer (fixed by hand in 1998), not parameters."""

    def __init__(self, inputs: int, units: int) -> None:
        super().__init__()
        self.register_buffer("centres", torch.empty(units, inputs, device=META))

    def forward(self, x):
        return ((x[:, None, :] - self.centres[None]) ** 2).sum(-1)


#: Table I of LeCun et al. (1998) as printed: for each S2 map (row), the C3 maps (columns) marked X.
PAPER_TABLE_1 = (
    (0, 4, 5, 6, 9, 10, 11, 12, 14, 15),
    (0, 1, 5, 6, 7, 10, 11, 12, 13, 15),
    (0, 1, 2, 6, 7, 8, 11, 13, 14, 15),
    (1, 2, 3, 6, 7, 8, 9, 12, 14, 15),
    (2, 3, 4, 7, 8, 9, 10, 12, 13, 15),
    (3, 4, 5, 8, 9, 10, 11, 13, 14, 15),
)
C3_INPUTS = tuple(tuple(row for row, marks in enumerate(PAPER_TABLE_1) if column in marks) for column in range(16))


class LeNet1998(nn.Module):
    def __init__(self) -> None:
        super().__init__()
        table = C3_INPUTS
        self.C1 = nn.Conv2d(1, 6, 5, device=META)
        self.S2 = Subsampling(6)
        self.C3 = PartialConv(table, 5)
        self.S4 = Subsampling(16)
        self.C5 = nn.Conv2d(16, 120, 5, device=META)
        self.F6 = nn.Linear(120, 84, device=META)
        self.output = RBFOutput(84, 10)

    def forward(self, x):
        squash = lambda t: 1.7159 * torch.tanh(2 / 3 * t)  # noqa: E731 - LeCun's scaled tanh
        x = squash(self.S4(squash(self.C3(squash(self.S2(squash(self.C1(x))))))))
        x = squash(self.C5(x)).flatten(1)
        return self.output(squash(self.F6(x)))


class AlexNet(nn.Module):
    """torchvision.models.alexnet, with readable names instead of features.N / classifier.N."""

    def __init__(self) -> None:
        super().__init__()
        conv = lambda i, o, k, s=1, p=0: nn.Conv2d(i, o, k, stride=s, padding=p, device=META)  # noqa: E731
        self.conv1, self.conv2 = conv(3, 64, 11, 4, 2), conv(64, 192, 5, 1, 2)
        self.conv3, self.conv4, self.conv5 = conv(192, 384, 3, 1, 1), conv(384, 256, 3, 1, 1), conv(256, 256, 3, 1, 1)
        self.pool1, self.pool2, self.pool5 = (nn.MaxPool2d(3, 2) for _ in range(3))
        self.avgpool = nn.AdaptiveAvgPool2d((6, 6))
        self.fc6 = nn.Linear(256 * 6 * 6, 4096, device=META)
        self.fc7 = nn.Linear(4096, 4096, device=META)
        self.fc8 = nn.Linear(4096, 1000, device=META)
        self.drop = nn.Dropout(0.5)

    def forward(self, x):
        relu = torch.relu
        x = self.pool1(relu(self.conv1(x)))
        x = self.pool2(relu(self.conv2(x)))
        x = self.pool5(relu(self.conv5(relu(self.conv4(relu(self.conv3(x)))))))
        x = self.avgpool(x).flatten(1)
        x = relu(self.fc6(self.drop(x)))
        x = relu(self.fc7(self.drop(x)))
        return self.fc8(x)


class VGG16(nn.Module):
    """torchvision.models.vgg16 (configuration D, no batch norm), named conv1_1 … fc8."""

    def __init__(self) -> None:
        super().__init__()
        channels = 3
        self.order: list[str] = []
        for block, (width, count) in enumerate(((64, 2), (128, 2), (256, 3), (512, 3), (512, 3)), start=1):
            for i in range(1, count + 1):
                setattr(self, f"conv{block}_{i}", nn.Conv2d(channels, width, 3, padding=1, device=META))
                self.order.append(f"conv{block}_{i}")
                channels = width
            setattr(self, f"pool{block}", nn.MaxPool2d(2, 2))
            self.order.append(f"pool{block}")
        self.avgpool = nn.AdaptiveAvgPool2d((7, 7))
        self.fc6 = nn.Linear(512 * 7 * 7, 4096, device=META)
        self.fc7 = nn.Linear(4096, 4096, device=META)
        self.fc8 = nn.Linear(4096, 1000, device=META)

    def forward(self, x):
        for name in self.order:
            layer = getattr(self, name)
            x = layer(x) if name.startswith("pool") else torch.relu(layer(x))
        x = self.avgpool(x).flatten(1)
        return self.fc8(torch.relu(self.fc7(torch.relu(self.fc6(x)))))


class Bottleneck(nn.Module):
    """torchvision's ResNet bottleneck (stride on the 3×3 convolution)."""

    def __init__(self, inplanes: int, planes: int, stride: int) -> None:
        super().__init__()
        self.conv1 = nn.Conv2d(inplanes, planes, 1, bias=False, device=META)
        self.bn1 = nn.BatchNorm2d(planes, device=META)
        self.conv2 = nn.Conv2d(planes, planes, 3, stride=stride, padding=1, bias=False, device=META)
        self.bn2 = nn.BatchNorm2d(planes, device=META)
        self.conv3 = nn.Conv2d(planes, planes * 4, 1, bias=False, device=META)
        self.bn3 = nn.BatchNorm2d(planes * 4, device=META)
        self.downsample = None
        if stride != 1 or inplanes != planes * 4:
            self.downsample = nn.Sequential(
                nn.Conv2d(inplanes, planes * 4, 1, stride=stride, bias=False, device=META),
                nn.BatchNorm2d(planes * 4, device=META),
            )

    def forward(self, x):
        out = torch.relu(self.bn1(self.conv1(x)))
        out = torch.relu(self.bn2(self.conv2(out)))
        out = self.bn3(self.conv3(out))
        identity = x if self.downsample is None else self.downsample(x)
        return torch.relu(out + identity)


class ResNet50(nn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.conv1 = nn.Conv2d(3, 64, 7, stride=2, padding=3, bias=False, device=META)
        self.bn1 = nn.BatchNorm2d(64, device=META)
        self.maxpool = nn.MaxPool2d(3, stride=2, padding=1)
        inplanes = 64
        for stage, (planes, blocks, stride) in enumerate(((64, 3, 1), (128, 4, 2), (256, 6, 2), (512, 3, 2)), start=1):
            layers = []
            for b in range(blocks):
                layers.append(Bottleneck(inplanes, planes, stride if b == 0 else 1))
                inplanes = planes * 4
            setattr(self, f"layer{stage}", nn.Sequential(*layers))
        self.avgpool = nn.AdaptiveAvgPool2d((1, 1))
        self.fc = nn.Linear(2048, 1000, device=META)

    def forward(self, x):
        x = self.maxpool(torch.relu(self.bn1(self.conv1(x))))
        x = self.layer4(self.layer3(self.layer2(self.layer1(x))))
        return self.fc(self.avgpool(x).flatten(1))


REFERENCES = {"lenet-1998": LeNet1998, "alexnet": AlexNet, "vgg16": VGG16, "resnet50": ResNet50}
INPUTS = {"lenet-1998": (1, 32, 32), "alexnet": (3, 224, 224), "vgg16": (3, 224, 224), "resnet50": (3, 224, 224)}


def total_parameters(module: nn.Module) -> int:
    return sum(p.numel() for p in module.parameters())


def parameters_by_name(module: nn.Module) -> dict[str, int]:
    """Learnable parameters of every module that owns some directly (conv, linear, bn, subsampling)."""
    counts = {}
    for name, child in module.named_modules():
        own = sum(p.numel() for p in child.parameters(recurse=False))
        if own:
            counts[name] = own
    return counts


def output_shapes(module: nn.Module, input_shape: tuple[int, ...]) -> dict[str, tuple[int, ...]]:
    """Each named module's output shape (without the batch axis) for one meta input."""
    shapes: dict[str, tuple[int, ...]] = {}
    hooks = [
        child.register_forward_hook(lambda _m, _i, out, name=name: shapes.__setitem__(name, tuple(out.shape[1:])))
        for name, child in module.named_modules() if name
    ]
    try:
        module(torch.empty((1,) + tuple(input_shape), device=META))
    finally:
        for hook in hooks:
            hook.remove()
    return shapes
