"""Why this digit? Three maps of where the evidence for a class lies in the picture.

Each function takes a model (LeNet, any discovered small CNN, or a `UserModel`)
and one 28×28 picture, and returns a float32 map with the picture's shape for
the chosen class (`target`; default: the predicted class):

- `saliency`: how strongly each pixel's change would move the class score
  (|gradient| of the logit; SmoothGrad averages it over noisy copies).
- `grad_cam`: which regions the last convolution layer's maps that favour the
  class light up (ReLU of the gradient-weighted sum of its maps, upsampled
  bilinearly, scaled to [0, 1]).
- `occlusion`: how much the class probability drops when a patch of the
  picture is hidden (positive: the patch held evidence for the class).

None of them changes the model: gradients are taken with `torch.autograd.grad`,
so no parameter's `.grad` is touched, and hooks are removed before returning.
"""

from __future__ import annotations

import numpy as np
import torch
import torch.nn.functional as F

from convviz.model.discover import (
    PICTURE_SHAPE,
    device_of,
    discover_chain,
    is_script,
    last_conv_name,
    layer_kind,
    module_of,
    one_picture,
    run_chain,
)


def _logits(module, x: torch.Tensor) -> torch.Tensor:
    logits = module(x)
    if not torch.is_tensor(logits) or logits.dim() != 2:
        raise ValueError("the model must return one row of class scores per picture.")
    return logits


def _target(logits: torch.Tensor, target: int | None) -> int:
    classes = logits.shape[1]
    if target is None:
        return int(logits[0].argmax())
    if isinstance(target, bool) or not isinstance(target, (int, np.integer)):
        raise ValueError(f"the class to explain must be a whole number, got {target!r}.")
    if not 0 <= int(target) < classes:
        raise ValueError(f"the class to explain must be between 0 and {classes - 1}, got {target}.")
    return int(target)


def predicted_class(model, image) -> int:
    """The class the model picks for one picture (the default `target`)."""
    module = module_of(model)
    with torch.no_grad():
        return int(_logits(module, one_picture(image, device_of(module)))[0].argmax())


def saliency(
    model,
    image,
    target: int | None = None,
    *,
    smooth_samples: int = 0,
    noise: float = 0.1,
    seed: int = 0,
) -> np.ndarray:
    """|∂ class score / ∂ pixel| as a (28, 28) map (max over channels).

    `smooth_samples` > 0 gives SmoothGrad: the average map over that many copies
    of the picture with Gaussian noise of standard deviation `noise` added,
    which removes the speckle of a single gradient.
    """
    if smooth_samples < 0:
        raise ValueError("the number of SmoothGrad samples cannot be negative.")
    if noise < 0:
        raise ValueError("the SmoothGrad noise level cannot be negative.")
    module = module_of(model)
    x = one_picture(image, device_of(module))
    with torch.enable_grad():
        if smooth_samples:
            generator = torch.Generator().manual_seed(seed)
            jitter = torch.randn((smooth_samples, *x.shape[1:]), generator=generator) * noise
            batch = (x + jitter.to(x.device)).requires_grad_(True)
        else:
            batch = x.clone().requires_grad_(True)
        logits = _logits(module, batch)
        with torch.no_grad():
            chosen = _target(_logits(module, x), target) if smooth_samples else _target(logits, target)
        (gradient,) = torch.autograd.grad(logits[:, chosen].sum(), batch)
    return gradient.abs().amax(dim=1).mean(dim=0).cpu().numpy().astype(np.float32)


def _conv_output(model, x: torch.Tensor, layer: str) -> tuple[torch.Tensor, torch.Tensor]:
    """(the layer's output, the model's logits) from one forward pass that keeps both in the graph."""
    module = module_of(model)
    if is_script(module):
        # Hooks never fire inside TorchScript: run the discovered chain in two halves.
        stages = getattr(model, "layers", None) or discover_chain(module)
        names = [stage.name for stage in stages]
        if layer not in names:
            raise ValueError(f"the layer {layer!r} is not one of this model's layers: {', '.join(names)}.")
        features = x
        for _, features in run_chain(stages, x, until=layer):
            pass
        rest = stages[names.index(layer) + 1 :]
        logits = features
        for _, logits in run_chain(rest, features):
            pass
        return features, logits
    layers = dict(module.named_modules())
    if not layer or layer not in layers:
        raise ValueError(f"this model has no layer called {layer!r}.")
    captured: list[torch.Tensor] = []
    handle = layers[layer].register_forward_hook(lambda _m, _i, output: captured.append(output))
    try:
        logits = _logits(module, x)
    finally:
        handle.remove()
    if len(captured) != 1:
        raise ValueError(f"the layer {layer!r} ran {len(captured)} times in one forward pass; Grad-CAM needs once.")
    return captured[0], logits


def grad_cam(model, image, target: int | None = None, layer: str | None = None) -> np.ndarray:
    """Grad-CAM of one convolution layer (default: the last, conv2 in LeNet) as a (28, 28) map in [0, 1].

    An all-zero map means no region of that layer's maps speaks for the class.
    """
    module = module_of(model)
    layer = layer or last_conv_name(module)
    kinds = {name: layer_kind(child) for name, child in module.named_modules() if name}
    if layer in kinds and kinds[layer] != "Conv2d":
        raise ValueError(f"Grad-CAM looks at a convolution layer; {layer!r} is a {kinds[layer]}.")
    x = one_picture(image, device_of(module))
    with torch.enable_grad():
        features, logits = _conv_output(model, x, layer)
        if features.dim() != 4:
            raise ValueError(f"the layer {layer!r} does not output feature maps.")
        chosen = _target(logits, target)
        (gradient,) = torch.autograd.grad(logits[0, chosen], features)
    weights = gradient.mean(dim=(2, 3), keepdim=True)
    cam = F.relu((weights * features.detach()).sum(dim=1, keepdim=True))
    cam = F.interpolate(cam, size=PICTURE_SHAPE, mode="bilinear", align_corners=False)[0, 0]
    peak = cam.max()
    if peak > 0:
        cam = cam / peak
    return cam.cpu().numpy().astype(np.float32)


def _patch_starts(size: int, patch: int, stride: int) -> list[int]:
    starts = list(range(0, size - patch + 1, stride))
    if starts[-1] != size - patch:
        starts.append(size - patch)  # so the last rows and columns are covered too
    return starts


def occlusion(
    model,
    image,
    target: int | None = None,
    patch: int = 6,
    stride: int = 2,
    fill: float = 0.0,
) -> np.ndarray:
    """Drop in the class probability when a patch × patch square is filled with `fill`.

    Every patch position goes through the model in one batch; each pixel gets
    the mean drop over the patches that covered it (values in [-1, 1]).
    """
    height, width = PICTURE_SHAPE
    if not isinstance(patch, (int, np.integer)) or not 1 <= patch <= min(height, width):
        raise ValueError(f"the occlusion patch must be 1 to {min(height, width)} pixels wide, got {patch}.")
    if not isinstance(stride, (int, np.integer)) or stride < 1:
        raise ValueError(f"the occlusion stride must be at least 1, got {stride}.")
    if stride > patch:
        raise ValueError(
            f"the occlusion stride ({stride}) must not exceed the patch ({patch}), "
            "or some pixels would never be hidden."
        )
    if not np.isfinite(fill):
        raise ValueError("the occlusion fill value must be a finite number.")
    module = module_of(model)
    x = one_picture(image, device_of(module))
    rows = _patch_starts(height, patch, stride)
    cols = _patch_starts(width, patch, stride)
    covered = torch.zeros((len(rows) * len(cols), height, width), dtype=torch.bool)
    for index, (top, left) in enumerate((r, c) for r in rows for c in cols):
        covered[index, top : top + patch, left : left + patch] = True
    covered = covered.to(x.device)
    batch = torch.where(covered[:, None], torch.tensor(float(fill), device=x.device), x)
    with torch.no_grad():
        logits = _logits(module, torch.cat([x, batch]))
        chosen = _target(logits[:1], target)
        probabilities = F.softmax(logits, dim=1)[:, chosen]
    drops = probabilities[0] - probabilities[1:]
    total = (drops[:, None, None] * covered).sum(dim=0)
    counts = covered.sum(dim=0)
    return (total / counts).cpu().numpy().astype(np.float32)


#: The three explanations by the name a menu shows, in the order to offer them.
#: Saliency is ≥ 0 in gradient units, Grad-CAM in [0, 1]; occlusion is signed
#: (a negative drop: hiding that patch made the class *more* likely), so it
#: wants a diverging colour map centred on zero.
EXPLANATIONS = {"saliency": saliency, "grad_cam": grad_cam, "occlusion": occlusion}
SIGNED_EXPLANATIONS = frozenset({"occlusion"})
