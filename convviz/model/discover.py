"""Find the layers of any small CNN so the explorer can show them like LeNet's.

Forward hooks do not fire inside TorchScript, so layers are discovered as a
*chain*: the model's child modules (a `Sequential` is opened up into its own
children) run one after another, with a flatten inserted before the first
`Linear` that receives a picture-shaped tensor. A chain is trusted only after a
probe: on random pictures it must give exactly the model's own output. Models
whose `forward` does more (functional ReLUs, skip connections, two branches)
are refused with a sentence saying so; they can still classify and be
explained by saliency and occlusion, which need only the whole model.

Our own `LeNet` is known by name and keeps its richer stage list
(conv, ReLU and pool separately) from `convviz.model.lenet.activations`.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass

import numpy as np
import torch
import torch.nn.functional as F
from torch import nn

from convviz.i18n import tr, tr_noop
from convviz.model.inference import activations, images_to_tensor
from convviz.model.lenet import LeNet
from convviz.model.sandboxed_module import SandboxedModule

#: Every picture the models here read: one grey channel of 28×28 pixels.
PICTURE_SHAPE: tuple[int, int] = (28, 28)

CHAIN_SUPPORTED = tr_noop(
    "convviz shows the layers of models built as nn.Sequential, or whose forward "
    "calls their child modules one after another (a flatten before the first "
    "Linear is allowed)"
)


@dataclass(frozen=True)
class Stage:
    """One discovered layer: its dotted module name, its kind and the module."""

    name: str
    kind: str
    module: nn.Module


def module_of(model) -> nn.Module:
    """The torch module behind `model` (a module itself, or a `UserModel`)."""
    if isinstance(model, nn.Module):
        return model
    inner = getattr(model, "module", None)
    if isinstance(inner, nn.Module):
        return inner
    raise ValueError(tr("expected a torch model, got {kind}.").format(kind=type(model).__name__))


def layer_kind(module: nn.Module) -> str:
    """'Conv2d', 'Linear', 'ReLU', ... for plain and TorchScript modules alike."""
    return getattr(module, "original_name", None) or type(module).__name__


def is_script(module: nn.Module) -> bool:
    return isinstance(module, torch.jit.ScriptModule)


def runs_in_sandbox(module: nn.Module) -> bool:
    """True for a student's TorchScript model that lives in the own-model sandbox (a `SandboxedModule`)."""
    return isinstance(module, SandboxedModule)


def device_of(module: nn.Module) -> torch.device:
    for parameter in module.parameters():
        return parameter.device
    return torch.device("cpu")


def picture_batch(images, device: torch.device | str = "cpu") -> torch.Tensor:
    """Pictures as a float (N, 1, 28, 28) tensor in [0, 1], as LeNet reads them.

    Accepts (28, 28), (N, 28, 28) or (N, 1, 28, 28); uint8 or float in [0, 1].
    """
    return images_to_tensor(images, device)


def one_picture(image, device: torch.device | str = "cpu") -> torch.Tensor:
    """One picture as a (1, 1, 28, 28) tensor; refuses a batch of several."""
    batch = picture_batch(image, device)
    if batch.shape[0] != 1:
        raise ValueError(tr("expected one picture, got a batch of {count}.").format(count=batch.shape[0]))
    return batch


def conv_filters(model) -> OrderedDict[str, np.ndarray]:
    """Every Conv2d's weights (out, in, kh, kw) by module name, in definition order."""
    module = module_of(model)
    return OrderedDict(
        (name, child.weight.detach().cpu().numpy().copy())
        for name, child in module.named_modules()
        if name and layer_kind(child) == "Conv2d"
    )


def last_conv_name(model) -> str:
    """Name of the last Conv2d (the layer Grad-CAM looks at); ValueError if none."""
    names = list(conv_filters(model))
    if not names:
        raise ValueError(tr("this model has no convolution layer (Conv2d), so there is nothing to show."))
    return names[-1]


def _is_sequential(module: nn.Module) -> bool:
    return isinstance(module, nn.Sequential) or layer_kind(module) == "Sequential"


def _candidate_chain(module: nn.Module, prefix: str = "") -> list[Stage]:
    stages: list[Stage] = []
    for name, child in module.named_children():
        full = f"{prefix}{name}"
        if _is_sequential(child):
            stages.extend(_candidate_chain(child, full + "."))
        elif layer_kind(child) == "Dropout" and not _is_sequential(module) and module.training is False:
            # A dropout child of a non-Sequential model may be applied anywhere (or
            # twice); in eval mode it is the identity, so leaving it out is exact.
            continue
        else:
            stages.append(Stage(full, layer_kind(child), child))
    return stages


def run_chain(stages, x: torch.Tensor, *, until: str | None = None):
    """Run the chain on x, yielding (name, output) after every stage.

    Stops after the stage named `until` when given.
    """
    for stage in stages:
        if stage.kind == "Linear" and x.dim() > 2:
            x = x.flatten(1)
        x = stage.module(x)
        yield stage.name, x
        if stage.name == until:
            return


def discover_chain(model) -> tuple[Stage, ...]:
    """The model's layers as a chain that reproduces its output; ValueError otherwise."""
    module = module_of(model)
    stages = _candidate_chain(module)
    if not stages:
        raise ValueError(tr("this model shows no layers inside it; {supported}.").format(supported=tr(CHAIN_SUPPORTED)))
    generator = torch.Generator().manual_seed(0)
    probe = torch.rand((2, 1, *PICTURE_SHAPE), generator=generator).to(device_of(module))
    try:
        with torch.no_grad():
            expected = module(probe)
            output = probe
            for _, output in run_chain(stages, probe):
                pass
    except Exception as error:  # a layer that cannot follow the previous one
        raise ValueError(
            tr("running this model's layers one after another fails ({error}); {supported}.").format(
                error=_first_line(error), supported=tr(CHAIN_SUPPORTED))
        ) from error
    if (
        not torch.is_tensor(output)
        or output.shape != expected.shape
        or not torch.allclose(output, expected, rtol=1e-4, atol=1e-5)
    ):
        raise ValueError(
            tr(
                "this model's forward does more than run its layers in order (for example a functional "
                "ReLU or a skip connection); {supported}."
            ).format(supported=tr(CHAIN_SUPPORTED))
        )
    return tuple(stages)


def _first_line(error: BaseException) -> str:
    text = str(error).strip().splitlines()
    return text[0] if text else type(error).__name__


def layer_activations(model, image) -> OrderedDict[str, np.ndarray]:
    """Every layer's output for one picture, from "input" to "softmax", batch axis removed.

    LeNet reports its named stages (conv1, relu1, pool1, ...); any other model
    reports its discovered chain under module names ("features.0", ...). A
    `UserModel` reuses the chain found when it was opened; a bare module is probed.
    A model that lives in the sandbox computes them there.
    """
    module = module_of(model)
    if isinstance(module, LeNet):
        return activations(module, image)
    if runs_in_sandbox(module):
        return module.layer_activations(one_picture(image))
    stages = getattr(model, "layers", None) or discover_chain(module)
    x = one_picture(image, device_of(module))
    result: OrderedDict[str, np.ndarray] = OrderedDict(input=x[0].cpu().numpy())
    with torch.no_grad():
        output = x
        for name, output in run_chain(stages, x):
            result[name] = output[0].detach().cpu().numpy()
        result["softmax"] = F.softmax(output.flatten(1), dim=1)[0].cpu().numpy()
    return result
