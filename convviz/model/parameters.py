"""The parameter table the decks teach: per layer, shapes, weights, biases, parameters.

Counts come from each layer's hyper-parameters and the shape flowing into it
(weights = out × in × k × k, biases = one per output), never from the tensors,
so the table can check a real model and also describe the decks' LeNet, which
takes 3×32×32 colour images and has no padding in its first convolution.

Besides the decks' layers (conv, ReLU, pooling, fully connected, softmax) a
table knows what famous networks need (`convviz.model.architectures`): batch
normalisation, dropout, average pooling, residual additions (a layer may read
the output of an earlier layer by name, `source`), and the 1998 LeNet-5's
tanh, trainable subsampling, partially connected C3 (`connections`) and
fixed RBF output units.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Literal

from torch import nn

from convviz.i18n import tr, tr_noop
from convviz.model.lenet import LeNet

LayerKind = Literal[
    "input", "conv", "relu", "pool", "fc", "softmax",
    "tanh", "avgpool", "subsample", "bn", "dropout", "add", "rbf",
]
LAYER_KINDS: tuple[str, ...] = (
    "input", "conv", "relu", "pool", "fc", "softmax",
    "tanh", "avgpool", "subsample", "bn", "dropout", "add", "rbf",
)
_PASS_THROUGH = ("input", "relu", "softmax", "tanh", "dropout")  # same shape out, nothing to learn
_WINDOWED = ("conv", "pool", "avgpool", "subsample")  # slide a kernel×kernel window over C×H×W


@dataclass(frozen=True)
class LayerSpec:
    """One layer of a network description: what it is and its hyper-parameters.

    kind "conv": `size` filters of `kernel`×`kernel`; `connections` (one tuple
    of input-channel indices per filter) makes it partially connected, like
    LeNet-5's C3. "fc": `size` neurons. "pool" (max), "avgpool": a window.
    "subsample": LeNet-5's trainable average (one coefficient and one bias per
    map). "bn": batch normalisation (a scale and a shift per channel). "add":
    a residual sum of the current map and the output of layer `source`.
    "rbf": `size` radial-basis output units whose centres are fixed, not
    learned. `source` on any other kind: the layer reads that earlier layer's
    output instead of the previous one (a shortcut branch). `bias` False
    counts weights only (as some slides do).
    """

    name: str
    kind: LayerKind
    size: int = 0  # output channels (conv) or output features (fc, rbf)
    kernel: int = 0  # kernel (conv) or window (pool) side
    stride: int = 1
    padding: int = 0
    bias: bool = True
    source: str = ""
    connections: tuple[tuple[int, ...], ...] = ()


@dataclass(frozen=True)
class NetworkSpec:
    """A network as the slides describe it: an input shape and a list of layers."""

    title: str
    input_shape: tuple[int, ...]
    layers: tuple[LayerSpec, ...]


@dataclass(frozen=True)
class ParameterRow:
    """One line of the table; `activation_size` is the number of output values.

    `fixed` counts values a layer holds but does not learn (LeNet-5's RBF
    centres); they are not part of `parameters`.
    """

    layer: str
    kind: LayerKind
    input_shape: tuple[int, ...]
    output_shape: tuple[int, ...]
    weights: int
    biases: int
    fixed: int = 0

    @property
    def parameters(self) -> int:
        return self.weights + self.biases

    @property
    def activation_size(self) -> int:
        return math.prod(self.output_shape)


@dataclass(frozen=True)
class ParameterTable:
    """All rows plus the total number of learnable parameters."""

    title: str
    rows: tuple[ParameterRow, ...]

    @property
    def total(self) -> int:
        return sum(row.parameters for row in self.rows)


def _lenet_layers(conv1_padding: int) -> tuple[LayerSpec, ...]:
    return (
        LayerSpec("input", "input"),
        LayerSpec("conv1", "conv", size=6, kernel=5, padding=conv1_padding),
        LayerSpec("relu1", "relu"),
        LayerSpec("pool1", "pool", kernel=2, stride=2),
        LayerSpec("conv2", "conv", size=16, kernel=5),
        LayerSpec("relu2", "relu"),
        LayerSpec("pool2", "pool", kernel=2, stride=2),
        LayerSpec("fc1", "fc", size=120),
        LayerSpec("relu3", "relu"),
        LayerSpec("fc2", "fc", size=84),
        LayerSpec("relu4", "relu"),
        LayerSpec("fc3", "fc", size=10),
        LayerSpec("softmax", "softmax"),
    )


#: The LeNet of the course decks ("CNN Example # 2"): 3×32×32 input, no padding.
#: Its true total is 62,006; the slide prints 61,795 because it counts each
#: fully connected layer's biases as 1 instead of one per neuron.
DECK_LENET = NetworkSpec(tr_noop("LeNet-5 in the course deck (3×32×32 input)"), (3, 32, 32), _lenet_layers(0))

#: The network this app trains: 1×28×28 MNIST digits, padding 2 in conv1. It is
#: LeNet-5 in its modern form (ReLU, max pooling, softmax); the 1998 original is
#: `convviz.model.architectures.LENET_1998`.
MNIST_LENET = NetworkSpec(
    tr_noop("LeNet-5, modern form (ReLU, max pooling), for MNIST (1×28×28 input)"), (1, 28, 28), _lenet_layers(2)
)


def _spec_of_model(model: nn.Module, input_shape: tuple[int, ...]) -> NetworkSpec:
    """Read a LeNet's hyper-parameters from its modules (not its parameter counts)."""
    if not isinstance(model, LeNet):
        raise ValueError(tr("parameter_table understands LeNet models and NetworkSpec descriptions only."))
    layers = []
    for spec in MNIST_LENET.layers:
        module = getattr(model, spec.name, None)
        if isinstance(module, nn.Conv2d):
            spec = LayerSpec(
                spec.name,
                "conv",
                size=module.out_channels,
                kernel=module.kernel_size[0],
                stride=module.stride[0],
                padding=module.padding[0],  # type: ignore[index]
                bias=module.bias is not None,
            )
        elif isinstance(module, nn.Linear):
            spec = LayerSpec(spec.name, "fc", size=module.out_features, bias=module.bias is not None)
        layers.append(spec)
    shape = "×".join(map(str, input_shape))
    title = tr("{model}: LeNet-5 in its modern form, ReLU and max pooling ({shape} input)").format(
        model=type(model).__name__, shape=shape)
    return NetworkSpec(title, input_shape, tuple(layers))


def _shape_text(shape: tuple[int, ...]) -> str:
    return "×".join(str(n) for n in shape)


def _window_output(spec: LayerSpec, shape: tuple[int, ...]) -> tuple[int, int, int]:
    """(channels, out_h, out_w) of a kernel×kernel window sliding over a C×H×W shape."""
    if len(shape) != 3:
        raise ValueError(tr("{name} needs a channels×height×width input, not {shape}.").format(
            name=spec.name, shape=_shape_text(shape)))
    if spec.kernel < 1:
        raise ValueError(tr("{name}: the window size must be at least 1.").format(name=spec.name))
    if spec.stride < 1:
        raise ValueError(tr("{name}: the stride must be at least 1.").format(name=spec.name))
    channels, height, width = shape
    out_h = (height + 2 * spec.padding - spec.kernel) // spec.stride + 1
    out_w = (width + 2 * spec.padding - spec.kernel) // spec.stride + 1
    if out_h < 1 or out_w < 1:
        raise ValueError(
            tr(
                "{name}: a {kernel}×{kernel} window does not fit in a {height}×{width} input with "
                "padding {padding}."
            ).format(name=spec.name, kernel=spec.kernel, height=height, width=width, padding=spec.padding)
        )
    return channels, out_h, out_w


def _conv_weights(spec: LayerSpec, channels: int) -> int:
    """out × in × k × k, or only the listed input maps of each filter (partial connection)."""
    if not spec.connections:
        return spec.size * channels * spec.kernel * spec.kernel
    if len(spec.connections) != spec.size:
        raise ValueError(
            tr("{name}: the connection table lists {count} filters but the layer has {size}.").format(
                name=spec.name, count=len(spec.connections), size=spec.size)
        )
    for inputs in spec.connections:
        if not inputs or any(not 0 <= i < channels for i in inputs) or len(set(inputs)) != len(inputs):
            raise ValueError(
                tr("{name}: every filter must read distinct input maps numbered 0 to {last}, not {inputs}.").format(
                    name=spec.name, last=channels - 1, inputs=list(inputs))
            )
    return sum(len(inputs) for inputs in spec.connections) * spec.kernel * spec.kernel


def _row(spec: LayerSpec, shape: tuple[int, ...], earlier: dict[str, tuple[int, ...]] | None = None) -> ParameterRow:
    """The row of one layer given the shape entering it (and the earlier layers' outputs, by name)."""
    earlier = earlier or {}
    if spec.source:
        if spec.source not in earlier:
            raise ValueError(tr("{name} reads from {source!r}, which is not an earlier layer.").format(
                name=spec.name, source=spec.source))
        if spec.kind == "add":
            other = earlier[spec.source]
            if other != shape:
                raise ValueError(
                    tr("{name}: a residual sum needs equal shapes, not {shape} and {other} (from {source}).").format(
                        name=spec.name, shape=_shape_text(shape), other=_shape_text(other), source=spec.source)
                )
        else:
            shape = earlier[spec.source]
    elif spec.kind == "add":
        raise ValueError(tr("{name}: a residual sum needs a source layer to add.").format(name=spec.name))
    if spec.kind in _PASS_THROUGH or spec.kind == "add":
        return ParameterRow(spec.name, spec.kind, shape, shape, 0, 0)
    if spec.kind == "bn":
        return ParameterRow(spec.name, "bn", shape, shape, shape[0], shape[0])
    if spec.kind in _WINDOWED:
        channels, out_h, out_w = _window_output(spec, shape)
        if spec.kind in ("pool", "avgpool"):
            return ParameterRow(spec.name, spec.kind, shape, (channels, out_h, out_w), 0, 0)
        if spec.kind == "subsample":
            return ParameterRow(spec.name, "subsample", shape, (channels, out_h, out_w), channels, channels)
        biases = spec.size if spec.bias else 0
        return ParameterRow(spec.name, "conv", shape, (spec.size, out_h, out_w), _conv_weights(spec, channels), biases)
    if spec.kind == "fc":
        weights = spec.size * math.prod(shape)
        return ParameterRow(spec.name, "fc", shape, (spec.size,), weights, spec.size if spec.bias else 0)
    if spec.kind == "rbf":
        return ParameterRow(spec.name, "rbf", shape, (spec.size,), 0, 0, fixed=spec.size * math.prod(shape))
    raise ValueError(tr("unknown layer kind {kind!r} in {name}.").format(kind=spec.kind, name=spec.name))


def parameter_table(
    model_or_spec: nn.Module | NetworkSpec, input_shape: tuple[int, ...] | None = None
) -> ParameterTable:
    """Rows (layer, input shape, output shape, weights, biases, parameters) and the total.

    `input_shape` defaults to the spec's own, or 1×28×28 for a model.
    """
    if isinstance(model_or_spec, NetworkSpec):
        spec = model_or_spec
        if input_shape is not None:
            spec = NetworkSpec(spec.title, tuple(input_shape), spec.layers)
    else:
        spec = _spec_of_model(model_or_spec, tuple(input_shape or MNIST_LENET.input_shape))
    if any(n < 1 for n in spec.input_shape):
        raise ValueError(tr("every input dimension must be at least 1, not {shape}.").format(shape=_shape_text(spec.input_shape)))
    rows = []
    shape = spec.input_shape
    earlier: dict[str, tuple[int, ...]] = {}
    for layer in spec.layers:
        if layer.name in earlier and any(other.source for other in spec.layers):
            raise ValueError(tr("two layers are called {name!r}; a network with shortcuts needs unique names.").format(
                name=layer.name))
        row = _row(layer, shape, earlier)
        rows.append(row)
        shape = row.output_shape
        earlier[layer.name] = shape
    return ParameterTable(tr(spec.title), tuple(rows))  # a built-in network's title in the interface language


def deck_lenet_table() -> ParameterTable:
    """The decks' LeNet with true counts (total 62,006, not the slide's 61,795)."""
    return parameter_table(DECK_LENET)
