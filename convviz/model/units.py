"""What one unit of a network responds to: how strongly each picture excites it, where, and a picture made for it.

A *unit* is one map of a convolution layer (its strength on a picture is its
largest value, at the strongest position) or one unit of a fully connected
layer (its value). For LeNet the layers are conv1, conv2, fc1, fc2 and fc3
(the ten class scores); for a student's own CNN, every Conv2d and Linear of
its discovered chain. Values are taken before the ReLU that follows, so a
unit that stays silent still ranks the pictures.

- `unit_scores`: every unit's strength (and strongest position) on a batch;
- `receptive_field`: the input pixels one position of a layer can see,
  computed from the layer geometry (kernel, stride, padding, dilation);
- `ascent_steps`: activation maximisation, regularised gradient ascent on the
  input (normalised steps, L2 decay, a blur every few steps, jitter, clipping
  to the input range [0, 1]). Each step is a function of the picture and the
  step number only, so a run can be cut into chunks, cancelled between steps,
  and run in the own-model sandbox.

Plain torch (no Qt). A model that lives in the own-model sandbox computes all
of this there (`SandboxedModule.unit_scores` / `.ascent_steps`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass

import numpy as np
import torch
import torch.nn.functional as F

from convviz.i18n import tr
from convviz.model.discover import (
    PICTURE_SHAPE,
    module_of,
    picture_batch,
    run_chain,
    runs_in_sandbox,
)
from convviz.model.lenet import LeNet

#: Layer kinds whose units can be looked at.
UNIT_KINDS = ("Conv2d", "Linear")
#: Layers that change no position: a receptive field passes through them unchanged.
POINTWISE_KINDS = frozenset({
    "ReLU", "ReLU6", "LeakyReLU", "PReLU", "ELU", "SELU", "GELU", "SiLU", "Mish", "Sigmoid", "Tanh", "Hardtanh",
    "Hardswish", "Hardsigmoid", "Softplus", "BatchNorm2d", "Dropout", "Dropout2d", "Identity",
})  # fmt: skip
#: Layers that slide a window over the picture.
WINDOW_KINDS = frozenset({"Conv2d", "MaxPool2d", "AvgPool2d"})

#: LeNet's layers with units, in order, and what one of their units is called.
LENET_UNIT_LAYERS: tuple[tuple[str, str], ...] = (
    ("conv1", "map"), ("conv2", "map"), ("fc1", "unit"), ("fc2", "unit"), ("fc3", "class score"),
)  # fmt: skip


@dataclass(frozen=True)
class UnitLayer:
    """A layer whose units can be looked at: its name, kind, how many units, and the word for one."""

    name: str
    kind: str  # "Conv2d" or "Linear"
    units: int
    noun: str  # "map", "unit" or "class score"

    @property
    def is_conv(self) -> bool:
        return self.kind == "Conv2d"


@dataclass(frozen=True)
class Window:
    """One sliding-window layer's geometry, (rows, columns) each."""

    kernel: tuple[int, int]
    stride: tuple[int, int] = (1, 1)
    padding: tuple[int, int] = (0, 0)
    dilation: tuple[int, int] = (1, 1)


@dataclass(frozen=True)
class Field:
    """Where the positions of a layer look in the input: position i spans input pixels
    `start + i * jump` to `start + i * jump + size - 1`, per axis (rows, columns); it may reach past the edges.
    The span can hold pixels the position never sees (gaps of a dilated window, or pixels a stride larger
    than its kernel skips), so `box` walks the layers back to the pixels really reached."""

    size: tuple[int, int]
    jump: tuple[int, int]
    start: tuple[int, int]
    windows: tuple[Window, ...]

    def box(self, row: int, col: int, shape: tuple[int, int] = PICTURE_SHAPE) -> tuple[int, int, int, int]:
        """(top, left, bottom, right), bottom and right exclusive: the smallest box around the picture pixels
        that reach position (row, col) of a picture of `shape`; empty (bottom <= top or right <= left) when
        the position sees only padding."""
        top, bottom = _reached(self.windows, 0, row, shape[0])
        left, right = _reached(self.windows, 1, col, shape[1])
        return (top, left, bottom, right)


def _reached(windows: tuple[Window, ...], axis: int, index: int, length: int) -> tuple[int, int]:
    """First and one-past-last input pixel along `axis` that reach output `index`, walking back layer by layer
    (padding reaches nothing); (0, 0) when none does."""
    lengths = [length]
    for window in windows:
        k, s, p, d = window.kernel[axis], window.stride[axis], window.padding[axis], window.dilation[axis]
        lengths.append((lengths[-1] + 2 * p - d * (k - 1) - 1) // s + 1)
    reached = {index} & set(range(lengths[-1]))
    if not reached:
        return (0, 0)
    for window, size in zip(reversed(windows), reversed(lengths[:-1]), strict=True):
        k, s, p, d = window.kernel[axis], window.stride[axis], window.padding[axis], window.dilation[axis]
        reached = {i * s - p + j * d for i in reached for j in range(k)} & set(range(size))
        if not reached:
            return (0, 0)
    return (min(reached), max(reached) + 1)


WHOLE_PICTURE = (0, 0, *PICTURE_SHAPE)


def _pair(value, default: int) -> tuple[int, int]:
    if value is None:
        return (default, default)
    if isinstance(value, int):
        return (value, value)
    values = tuple(int(v) for v in value)
    if len(values) == 1:
        return (values[0], values[0])
    if len(values) != 2:
        raise ValueError(tr("expected one or two numbers for a 2-D layer setting, not {values}.").format(values=values))
    return values  # type: ignore[return-value]


def window_of(module) -> Window:
    """The sliding window of a Conv2d, MaxPool2d or AvgPool2d (a real layer or the sandbox's mirror)."""
    kernel = _pair(getattr(module, "kernel_size", None), 1)
    stride = getattr(module, "stride", None)
    padding = getattr(module, "padding", 0)
    if isinstance(padding, str):  # Conv2d(padding="same"/"valid"): only stride 1 allows "same"
        padding = tuple((k - 1) // 2 for k in kernel) if padding == "same" else (0, 0)
    return Window(kernel, _pair(stride, 1) if stride is not None else kernel, _pair(padding, 0),
                  _pair(getattr(module, "dilation", None), 1))


def field_after(windows) -> Field:
    """The receptive field of a layer reached through `windows` (in order), from a single input pixel."""
    windows = tuple(windows)
    size, jump, start = [1, 1], [1, 1], [0, 0]
    for window in windows:
        for axis in range(2):
            start[axis] -= window.padding[axis] * jump[axis]
            size[axis] += (window.kernel[axis] - 1) * window.dilation[axis] * jump[axis]
            jump[axis] *= window.stride[axis]
    return Field(tuple(size), tuple(jump), tuple(start), windows)  # type: ignore[arg-type]


# ---------------------------------------------------------------------------------------------- layers


def _is_lenet(module) -> bool:
    return isinstance(module, LeNet)


def _chain(model):
    stages = getattr(model, "layers", None)
    if not stages:
        problem = getattr(model, "layers_problem", None)
        if problem:
            raise ValueError(tr("this model's layers cannot be shown ({problem}), so their units cannot be looked at "
                                "one by one.").format(problem=problem))
        raise ValueError(tr("this model's layers cannot be shown, so their units cannot be looked at one by one."))
    return stages


def _units_of(module) -> int:
    for key in ("out_channels", "out_features"):
        value = getattr(module, key, None)
        if isinstance(value, int) and not isinstance(value, bool):
            return value
    weight = getattr(module, "weight", None)
    if torch.is_tensor(weight) and weight.dim() >= 1:
        return int(weight.shape[0])
    raise ValueError(tr("a layer of this model does not say how many units it has."))


def unit_layers(model) -> tuple[UnitLayer, ...]:
    """The layers of `model` (a LeNet or a `UserModel`) whose units can be looked at; ValueError if none."""
    module = module_of(model)
    if _is_lenet(module):
        return tuple(
            UnitLayer(name, "Conv2d" if name.startswith("conv") else "Linear", _units_of(getattr(module, name)), noun)
            for name, noun in LENET_UNIT_LAYERS
        )
    stages = _chain(model)
    found = [stage for stage in stages if stage.kind in UNIT_KINDS]
    if not found:
        raise ValueError(tr("this model has no convolution (Conv2d) or fully connected (Linear) layer to look into."))
    last = found[-1].name
    return tuple(
        UnitLayer(stage.name, stage.kind, _units_of(stage.module),
                  "map" if stage.kind == "Conv2d" else ("class score" if stage.name == last else "unit"))
        for stage in found
    )


def unit_layer(model, name: str) -> UnitLayer:
    for layer in unit_layers(model):
        if layer.name == name:
            return layer
    raise ValueError(tr("this model has no layer {name!r} with units to look at.").format(name=name))


def layer_output(model, layer: str, pictures: torch.Tensor) -> torch.Tensor:
    """The output of `layer` for a (N, 1, 28, 28) batch, running only the layers before it (differentiable)."""
    module = module_of(model)
    if _is_lenet(module):
        for name, output in module.stages(pictures):
            if name == layer:
                return output
        raise ValueError(tr("LeNet has no layer {layer!r}.").format(layer=layer))
    for name, output in run_chain(_chain(model), pictures, until=layer):
        if name == layer:
            return output
    raise ValueError(tr("this model has no layer {layer!r}.").format(layer=layer))


def receptive_field(model, layer: str) -> Field | None:
    """The input pixels each position of a convolution layer sees; None for fully connected layers
    (they see the whole picture) and after a layer whose geometry convviz does not know."""
    module = module_of(model)
    if _is_lenet(module):
        pool = Window((2, 2), (2, 2))  # LeNet pools with F.max_pool2d(x, 2)
        windows = {"conv1": [window_of(module.conv1)], "conv2": [window_of(module.conv1), pool, window_of(module.conv2)]}
        return field_after(windows[layer]) if layer in windows else None
    windows = []
    for stage in _chain(model):
        if stage.kind in WINDOW_KINDS:
            windows.append(window_of(stage.module))
        elif stage.kind not in POINTWISE_KINDS:
            return None  # a Linear, a Flatten or a layer of unknown geometry: no spatial field after it
        if stage.name == layer:
            return field_after(windows) if stage.kind == "Conv2d" else None
    return None


# ---------------------------------------------------------------------------------------------- scores


def unit_scores(model, layer: str, pictures) -> tuple[np.ndarray, np.ndarray | None]:
    """Every unit's strength on each picture: (N, units) float32, and for a convolution layer the
    flat position (row * width + col) of each map's largest value, (N, units) int64 (else None)."""
    module = module_of(model)
    if runs_in_sandbox(module):
        return module.unit_scores(layer, picture_batch(pictures))
    batch = picture_batch(pictures)
    with torch.no_grad():
        output = layer_output(model, layer, batch)
    if output.dim() == 4:
        values, positions = output.flatten(2).max(dim=2)
        return values.to(torch.float32).numpy(), positions.to(torch.int64).numpy()
    return output.flatten(1).to(torch.float32).numpy(), None


def map_size(model, layer: str) -> tuple[int, int] | None:
    """(height, width) of a convolution layer's maps for a 28×28 picture; None for a fully connected layer."""
    module = module_of(model)
    if runs_in_sandbox(module):
        return module.map_size(layer)
    with torch.no_grad():
        output = layer_output(model, layer, torch.zeros((1, 1, *PICTURE_SHAPE)))
    return tuple(int(n) for n in output.shape[2:]) if output.dim() == 4 else None  # type: ignore[return-value]


# ---------------------------------------------------------------------------------------------- ascent


@dataclass(frozen=True)
class AscentSettings:
    """Regularised gradient ascent: `steps` normalised steps of `step_size`; each step the picture
    shrinks by `decay` (L2 decay: what does not help fades to black); every `blur_every` steps a
    Gaussian blur of `blur_sigma` pixels smooths it; each step it is shifted by up to `jitter`
    pixels (less for a convolution map whose field is small: at most a sixth of its side), so the
    unit must like the pattern wherever it lands; values stay in [0, 1]."""

    steps: int = 200
    step_size: float = 0.2
    decay: float = 0.002
    blur_every: int = 8
    blur_sigma: float = 0.6
    jitter: int = 1
    seed: int = 0

    def __post_init__(self) -> None:
        if not 1 <= self.steps <= 5000:
            raise ValueError(tr("activation maximisation takes 1 to 5,000 steps, not {steps}.").format(steps=self.steps))
        if not 0 < self.step_size <= 1 or not 0 <= self.decay < 1:
            raise ValueError(tr("the step size must lie in (0, 1] and the decay in [0, 1)."))
        if self.blur_every < 0 or not 0 <= self.blur_sigma <= 5 or not 0 <= self.jitter <= 4:
            raise ValueError(tr("blur every 0 (never) or more steps, with a blur of 0 to 5 pixels and jitter of 0 to 4."))

    def as_dict(self) -> dict:
        return asdict(self)


#: The settings the app uses.
DEFAULT_ASCENT = AscentSettings()


def start_picture(seed: int = 0) -> np.ndarray:
    """The noise the ascent starts from: faint uniform noise in [0, 0.2], as a (28, 28) float32 picture."""
    return np.random.default_rng(seed).uniform(0.0, 0.2, size=PICTURE_SHAPE).astype(np.float32)


def _objective(output: torch.Tensor, unit: int) -> torch.Tensor:
    """One number per picture: the unit's value (a map's value at its centre position)."""
    if output.dim() == 4:
        height, width = output.shape[2:]
        return output[:, unit, height // 2, width // 2]
    return output.flatten(1)[:, unit]


def _check_unit(model, layer: str, unit: int) -> None:
    count = unit_layer(model, layer).units
    if not 0 <= unit < count:
        raise ValueError(tr("{layer} has units 0 to {last}, not {unit}.").format(layer=layer, last=count - 1, unit=unit))


def unit_activation(model, layer: str, unit: int, pictures) -> np.ndarray:
    """What the ascent maximises, for each picture: the unit's value (a map's at its centre position)."""
    module = module_of(model)
    if runs_in_sandbox(module):
        return module.unit_activation(layer, unit, picture_batch(pictures))
    _check_unit(model, layer, unit)
    with torch.no_grad():
        return _objective(layer_output(model, layer, picture_batch(pictures)), unit).to(torch.float32).numpy()


def centre_of(model, layer: str) -> tuple[int, int] | None:
    """The map position the ascent maximises (None for a fully connected layer)."""
    size = map_size(model, layer)
    return None if size is None else (size[0] // 2, size[1] // 2)


def ascent_jitter(model, layer: str, settings: AscentSettings) -> int:
    """The jitter used for `layer`: a shift by a pixel blurs a 5×5 field's pattern away, so a
    convolution map is shifted by at most a sixth of its receptive field's side."""
    field = receptive_field(model, layer)
    return settings.jitter if field is None else min(settings.jitter, min(field.size) // 6)


def _blur(x: torch.Tensor, sigma: float) -> torch.Tensor:
    radius = max(1, int(np.ceil(2 * sigma)))
    taps = torch.exp(-(torch.arange(-radius, radius + 1, dtype=x.dtype) ** 2) / (2 * sigma**2))
    taps = taps / taps.sum()
    padded = F.pad(x, (radius, radius, radius, radius), mode="replicate")
    padded = F.conv2d(padded, taps.view(1, 1, 1, -1))
    return F.conv2d(padded, taps.view(1, 1, -1, 1))


def ascent_steps(
    model,
    layer: str,
    unit: int,
    picture: np.ndarray,
    first_step: int,
    count: int,
    settings: AscentSettings,
    should_stop: Callable[[], bool] | None = None,
) -> tuple[np.ndarray, int]:
    """Steps `first_step` .. `first_step + count - 1` of the ascent from `picture` ((28, 28) in [0, 1]).

    Returns the new picture and how many steps ran (fewer when `should_stop()`
    said so between two steps). Deterministic: step k's jitter comes from
    (seed, k), so chunks of any size give the same picture.
    """
    module = module_of(model)
    if runs_in_sandbox(module):
        return module.ascent_steps(layer, unit, picture, first_step, count, settings.as_dict())
    _check_unit(model, layer, unit)
    jitter = ascent_jitter(model, layer, settings)
    x = torch.from_numpy(np.array(picture, dtype=np.float32).reshape(1, 1, *PICTURE_SHAPE))
    done = 0
    for step in range(first_step, first_step + count):
        if should_stop is not None and should_stop():
            break
        generator = torch.Generator().manual_seed(settings.seed * 1_000_003 + step)
        shift = torch.randint(-jitter, jitter + 1, (2,), generator=generator).tolist()
        x.requires_grad_(True)
        value = _objective(layer_output(model, layer, torch.roll(x, shift, dims=(2, 3))), unit).sum()
        (gradient,) = torch.autograd.grad(value, x)
        with torch.no_grad():
            scale = gradient.abs().mean()
            x = x + settings.step_size * gradient / (scale * 10 + 1e-12) if scale > 0 else x.clone()
            x = x * (1.0 - settings.decay)
            if settings.blur_every and settings.blur_sigma > 0 and (step + 1) % settings.blur_every == 0:
                x = _blur(x, settings.blur_sigma)
            x = x.clamp_(0.0, 1.0).detach()
        done += 1
    return x[0, 0].numpy().copy(), done


def maximise(model, layer: str, unit: int, settings: AscentSettings = DEFAULT_ASCENT) -> np.ndarray:
    """The whole ascent in one go, from `start_picture(settings.seed)` (for scripts and tests)."""
    picture, _ = ascent_steps(model, layer, unit, start_picture(settings.seed), 0, settings.steps, settings)
    return picture
