"""Famous CNNs as layer lists, so their parameter tables are computed, never typed in.

Each network is a `NetworkSpec` for `parameter_table`: the decks name LeNet-5,
AlexNet, VGG and ResNet, and a student can see where each one keeps its
parameters. The layer lists follow the reference implementations (torchvision's
AlexNet, VGG-16 and ResNet-50 at 3×224×224; LeCun et al. 1998 for LeNet-5);
the tests rebuild each one from torch.nn modules and compare every count.

`NETWORKS` maps the names lesson files use ("network": "vgg16") to the specs.
"""

from __future__ import annotations

from convviz.i18n import tr, tr_noop
from convviz.model.parameters import DECK_LENET, MNIST_LENET, LayerSpec, NetworkSpec

#: LeNet-5's C3 (LeCun et al. 1998, Table I): which of the six S2 maps each of
#: the sixteen C3 maps reads. Six read 3 maps, nine read 4, one reads all 6:
#: 60 connections of 5×5 weights instead of 96, which breaks the symmetry
#: between the maps and keeps the count down.
LENET_1998_C3_CONNECTIONS: tuple[tuple[int, ...], ...] = (
    (0, 1, 2), (1, 2, 3), (2, 3, 4), (3, 4, 5), (0, 4, 5), (0, 1, 5),
    (0, 1, 2, 3), (1, 2, 3, 4), (2, 3, 4, 5), (0, 3, 4, 5), (0, 1, 4, 5), (0, 1, 2, 5),
    (0, 1, 3, 4), (1, 2, 4, 5), (0, 2, 3, 5),
    (0, 1, 2, 3, 4, 5),
)

#: LeNet-5 as published in 1998: 32×32 input, scaled tanh after every layer,
#: trainable 2×2 average subsampling, partially connected C3, and ten RBF
#: output units whose 84 centre values each were set by hand, not learned.
#: 60,000 trainable parameters (the paper's "about 60,000").
LENET_1998 = NetworkSpec(
    tr_noop("LeNet-5 of 1998 (LeCun et al.: 1×32×32 input, tanh, subsampling, RBF outputs)"),
    (1, 32, 32),
    (
        LayerSpec("input", "input"),
        LayerSpec("C1", "conv", size=6, kernel=5),
        LayerSpec("tanh1", "tanh"),
        LayerSpec("S2", "subsample", kernel=2, stride=2),
        LayerSpec("tanh2", "tanh"),
        LayerSpec("C3", "conv", size=16, kernel=5, connections=LENET_1998_C3_CONNECTIONS),
        LayerSpec("tanh3", "tanh"),
        LayerSpec("S4", "subsample", kernel=2, stride=2),
        LayerSpec("tanh4", "tanh"),
        LayerSpec("C5", "conv", size=120, kernel=5),
        LayerSpec("tanh5", "tanh"),
        LayerSpec("F6", "fc", size=84),
        LayerSpec("tanh6", "tanh"),
        LayerSpec("output (RBF)", "rbf", size=10),
    ),
)

#: AlexNet as torchvision builds it (the single-GPU variant of Krizhevsky's
#: "one weird trick" paper): 61,100,840 parameters. The 2012 original split
#: its filters over two GPUs (96 in conv1) and had about 60 million. The
#: adaptive 6×6 average pool torchvision puts before the classifier changes
#: nothing at 224×224 (the maps are already 6×6), so it is left out.
ALEXNET = NetworkSpec(
    tr_noop("AlexNet (torchvision's version, 3×224×224 input)"),
    (3, 224, 224),
    (
        LayerSpec("input", "input"),
        LayerSpec("conv1", "conv", size=64, kernel=11, stride=4, padding=2),
        LayerSpec("relu1", "relu"),
        LayerSpec("pool1", "pool", kernel=3, stride=2),
        LayerSpec("conv2", "conv", size=192, kernel=5, padding=2),
        LayerSpec("relu2", "relu"),
        LayerSpec("pool2", "pool", kernel=3, stride=2),
        LayerSpec("conv3", "conv", size=384, kernel=3, padding=1),
        LayerSpec("relu3", "relu"),
        LayerSpec("conv4", "conv", size=256, kernel=3, padding=1),
        LayerSpec("relu4", "relu"),
        LayerSpec("conv5", "conv", size=256, kernel=3, padding=1),
        LayerSpec("relu5", "relu"),
        LayerSpec("pool5", "pool", kernel=3, stride=2),
        LayerSpec("dropout6", "dropout"),
        LayerSpec("fc6", "fc", size=4096),
        LayerSpec("relu6", "relu"),
        LayerSpec("dropout7", "dropout"),
        LayerSpec("fc7", "fc", size=4096),
        LayerSpec("relu7", "relu"),
        LayerSpec("fc8", "fc", size=1000),
        LayerSpec("softmax", "softmax"),
    ),
)


def _vgg16_layers() -> tuple[LayerSpec, ...]:
    layers = [LayerSpec("input", "input")]
    for block, (width, count) in enumerate(((64, 2), (128, 2), (256, 3), (512, 3), (512, 3)), start=1):
        for i in range(1, count + 1):
            layers.append(LayerSpec(f"conv{block}_{i}", "conv", size=width, kernel=3, padding=1))
            layers.append(LayerSpec(f"relu{block}_{i}", "relu"))
        layers.append(LayerSpec(f"pool{block}", "pool", kernel=2, stride=2))
    for name, size in (("fc6", 4096), ("fc7", 4096)):
        layers += [LayerSpec(name, "fc", size=size), LayerSpec(f"relu{name[2:]}", "relu"),
                   LayerSpec(f"dropout{name[2:]}", "dropout")]
    layers += [LayerSpec("fc8", "fc", size=1000), LayerSpec("softmax", "softmax")]
    return tuple(layers)


#: VGG-16 (Simonyan & Zisserman 2014, configuration D): thirteen 3×3
#: convolutions and three fully connected layers, 138,357,544 parameters.
VGG16 = NetworkSpec(tr_noop("VGG-16 (3×224×224 input)"), (3, 224, 224), _vgg16_layers())


def _bottleneck(name: str, block_input: str, planes: int, stride: int, project: bool) -> list[LayerSpec]:
    """One ResNet bottleneck: 1×1 → 3×3 (stride here, as torchvision) → 1×1, each with batch norm, and the shortcut."""
    layers = [
        LayerSpec(f"{name}.conv1", "conv", size=planes, kernel=1, bias=False, source=block_input),
        LayerSpec(f"{name}.bn1", "bn"),
        LayerSpec(f"{name}.relu1", "relu"),
        LayerSpec(f"{name}.conv2", "conv", size=planes, kernel=3, stride=stride, padding=1, bias=False),
        LayerSpec(f"{name}.bn2", "bn"),
        LayerSpec(f"{name}.relu2", "relu"),
        LayerSpec(f"{name}.conv3", "conv", size=4 * planes, kernel=1, bias=False),
        LayerSpec(f"{name}.bn3", "bn"),
    ]
    if project:  # the shortcut must change shape too: a strided 1×1 convolution
        layers += [
            LayerSpec(f"{name}.downsample.0", "conv", size=4 * planes, kernel=1, stride=stride, bias=False,
                      source=block_input),
            LayerSpec(f"{name}.downsample.1", "bn"),
            LayerSpec(f"{name}.add", "add", source=f"{name}.bn3"),
        ]
    else:
        layers.append(LayerSpec(f"{name}.add", "add", source=block_input))
    layers.append(LayerSpec(f"{name}.relu3", "relu"))
    return layers


def _resnet50_layers() -> tuple[LayerSpec, ...]:
    layers = [
        LayerSpec("input", "input"),
        LayerSpec("conv1", "conv", size=64, kernel=7, stride=2, padding=3, bias=False),
        LayerSpec("bn1", "bn"),
        LayerSpec("relu", "relu"),
        LayerSpec("maxpool", "pool", kernel=3, stride=2, padding=1),
    ]
    block_input = "maxpool"
    for stage, (planes, blocks, stride) in enumerate(((64, 3, 1), (128, 4, 2), (256, 6, 2), (512, 3, 2)), start=1):
        for b in range(blocks):
            name = f"layer{stage}.{b}"
            first = b == 0
            layers += _bottleneck(name, block_input, planes, stride if first else 1, project=first)
            block_input = f"{name}.relu3"
    layers += [
        LayerSpec("avgpool", "avgpool", kernel=7, stride=1),
        LayerSpec("fc", "fc", size=1000),
        LayerSpec("softmax", "softmax"),
    ]
    return tuple(layers)


#: ResNet-50 (He et al. 2015) as torchvision builds it: 50 weighted layers in
#: bottleneck blocks with shortcuts, batch norm instead of biases,
#: 25,557,032 parameters.
RESNET50 = NetworkSpec(tr_noop("ResNet-50 (3×224×224 input)"), (3, 224, 224), _resnet50_layers())

#: The networks a lesson file can name in a table ("network": "alexnet").
NETWORKS: dict[str, NetworkSpec] = {
    "lenet-deck": DECK_LENET,
    "lenet-mnist": MNIST_LENET,
    "lenet-1998": LENET_1998,
    "alexnet": ALEXNET,
    "vgg16": VGG16,
    "resnet50": RESNET50,
}


def network(name: str) -> NetworkSpec:
    """The named network; ValueError listing the names when unknown."""
    if name in NETWORKS:
        return NETWORKS[name]
    raise ValueError(tr("unknown network {name!r}; choose one of {names}").format(name=name, names=", ".join(NETWORKS)))
