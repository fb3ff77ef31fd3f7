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
A student's TorchScript model that lives in the own-model sandbox is
explained there, by these same functions.
"""

from __future__ import annotations

import numpy as np
import torch
import torch.nn.functional as F

from convviz.i18n import tr
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
    runs_in_sandbox,
)
from convviz.model.lenet import LeNet


def _logits(module, x: torch.Tensor) -> torch.Tensor:
    logits = module(x)
    if not torch.is_tensor(logits) or logits.dim() != 2:
        raise ValueError(tr("the model must return one row of class scores per picture."))
    return logits


def _target(logits: torch.Tensor, target: int | None) -> int:
    classes = logits.shape[1]
    if target is None:
        return int(logits[0].argmax())
    if isinstance(target, bool) or not isinstance(target, (int, np.integer)):
        raise ValueError(tr("the class to explain must be a whole number, got {target!r}.").format(target=target))
    if not 0 <= int(target) < classes:
        raise ValueError(tr("the class to explain must be between 0 and {last}, got {target}.").format(
            last=classes - 1, target=target))
    return int(target)


def predicted_class(model, image) -> int:
    """The class the model picks for one picture (the default `target`)."""
    module = module_of(model)
    if runs_in_sandbox(module):
        return module.explain("predicted_class", one_picture(image), None)
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
        raise ValueError(tr("the number of SmoothGrad samples cannot be negative."))
    if noise < 0:
        raise ValueError(tr("the SmoothGrad noise level cannot be negative."))
    module = module_of(model)
    if runs_in_sandbox(module):
        return module.explain("saliency", one_picture(image), target, smooth_samples=smooth_samples, noise=noise, seed=seed)
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


def _conv_output(model, x: torch.Tensor, layer: str, rectify: bool) -> tuple[torch.Tensor, torch.Tensor]:
    """(the layer's output, the model's logits) from one forward pass that keeps both in the graph.

    With `rectify`, the layer's output is replaced by its ReLU before the rest
    of the model sees it (the caller checks that this changed nothing).
    """
    module = module_of(model)
    if is_script(module):
        # Hooks never fire inside TorchScript: run the discovered chain in two halves.
        stages = getattr(model, "layers", None) or discover_chain(module)
        names = [stage.name for stage in stages]
        if layer not in names:
            raise ValueError(tr("the layer {layer!r} is not one of this model's layers: {names}.").format(
                layer=layer, names=", ".join(names)))
        features = x
        for _, features in run_chain(stages, x, until=layer):
            pass
        if rectify:
            features = F.relu(features)
        logits = features
        for _, logits in run_chain(stages[names.index(layer) + 1 :], features):
            pass
        return features, logits
    layers = dict(module.named_modules())
    if not layer or layer not in layers:
        raise ValueError(tr("this model has no layer called {layer!r}.").format(layer=layer))
    captured: list[torch.Tensor] = []

    def keep(_module, _inputs, output):
        if rectify:
            output = F.relu(output)
        captured.append(output)
        return output

    handle = layers[layer].register_forward_hook(keep)
    try:
        logits = _logits(module, x)
    finally:
        handle.remove()
    if len(captured) != 1:
        raise ValueError(tr("the layer {layer!r} ran {count} times in one forward pass; Grad-CAM needs once.").format(
            layer=layer, count=len(captured)))
    return captured[0], logits


def grad_cam(model, image, target: int | None = None, layer: str | None = None) -> np.ndarray:
    """Grad-CAM of one convolution layer (default: the last, conv2 in LeNet) as a (28, 28) map in [0, 1].

    The maps weighed are the layer's output after its ReLU when a ReLU follows
    (as in the Grad-CAM paper, where conv5_3 is rectified in place); weighing
    the raw output would let negative evidence times negative weights light up
    the empty background. Whether a ReLU follows is tested, not assumed: the
    rectified maps are used only if the model's output stays the same.
    An all-zero map means no region of that layer's maps speaks for the class.
    """
    module = module_of(model)
    if runs_in_sandbox(module):
        return module.explain("grad_cam", one_picture(image), target, layer=layer)
    layer = layer or last_conv_name(module)
    kinds = {name: layer_kind(child) for name, child in module.named_modules() if name}
    if layer in kinds and kinds[layer] != "Conv2d":
        raise ValueError(tr("Grad-CAM looks at a convolution layer; {layer!r} is a {kind}.").format(
            layer=layer, kind=kinds[layer]))
    x = one_picture(image, device_of(module))
    with torch.no_grad():
        reference = _logits(module, x)
    with torch.enable_grad():
        features, logits = _conv_output(model, x, layer, rectify=True)
        if not torch.allclose(logits, reference, rtol=1e-5, atol=1e-6):
            features, logits = _conv_output(model, x, layer, rectify=False)
        if features.dim() != 4:
            raise ValueError(tr("the layer {layer!r} does not output feature maps.").format(layer=layer))
        chosen = _target(logits, target)
        (gradient,) = torch.autograd.grad(logits[0, chosen], features)
    weights = gradient.mean(dim=(2, 3), keepdim=True)
    cam = F.relu((weights * features.detach()).sum(dim=1))[0].cpu().numpy().astype(np.float64)
    cam = _upsample_to_picture(cam, _cell_centres(model, layer))
    peak = cam.max()
    if peak > 0:
        cam = cam / peak
    return cam.astype(np.float32)


# --- where a feature-map cell sits in the picture ------------------------------
#
# A cell (i, j) of a layer's map "looks at" a window of the input whose centre
# is at pixel (scale·i + offset, scale·j + offset). Plain resizing would assume
# the map spans the picture edge to edge; for LeNet's conv2 (10×10 maps whose
# windows are centred on pixels 4.5 … 22.5) that shifts evidence near the
# digit's edges by up to 3.6 pixels. So the geometry is followed exactly where
# it is known (LeNet; chains of convolutions, poolings and element-wise layers)
# and plain resizing is used only where it is not.

_ELEMENTWISE = frozenset(
    {"ReLU", "ReLU6", "LeakyReLU", "ELU", "GELU", "SiLU", "Tanh", "Sigmoid", "Hardtanh", "Mish",
     "Softplus", "Identity", "Dropout", "Dropout2d", "BatchNorm2d", "PReLU"}
)  # fmt: skip
_WINDOWED = frozenset({"Conv2d", "MaxPool2d", "AvgPool2d"})


def _pair(value) -> tuple[int, int]:
    return (int(value), int(value)) if isinstance(value, (int, np.integer)) else (int(value[0]), int(value[1]))


def _window(module: torch.nn.Module) -> tuple[tuple[int, int], tuple[int, int], tuple[float, float]]:
    """(stride, kernel reach d·(k-1), left padding) per axis of a conv or pooling layer."""
    kernel = _pair(module.kernel_size)
    stride = _pair(module.stride if module.stride is not None else module.kernel_size)
    dilation = _pair(getattr(module, "dilation", None) or 1)
    reach = (dilation[0] * (kernel[0] - 1), dilation[1] * (kernel[1] - 1))
    padding = module.padding
    if padding == "valid":
        padding = (0, 0)
    elif padding == "same":
        padding = (reach[0] // 2, reach[1] // 2)
    return stride, reach, _pair(padding)


def _cell_centres(model, layer: str) -> tuple[tuple[float, float], tuple[float, float]] | None:
    """((scale_y, offset_y), (scale_x, offset_x)) of the layer's cells in picture pixels, or None if unknown."""
    module = module_of(model)
    if isinstance(module, LeNet):
        # LeNet's forward: conv1 → ReLU → 2×2 max pool → conv2 (pools are functional, not modules).
        path = {"conv1": [module.conv1], "conv2": [module.conv1, torch.nn.MaxPool2d(2), module.conv2]}.get(layer)
    else:
        try:
            stages = getattr(model, "layers", None) or discover_chain(module)
        except ValueError:
            return None
        names = [stage.name for stage in stages]
        path = [stage.module for stage in stages[: names.index(layer) + 1]] if layer in names else None
    if path is None:
        return None
    geometry = [[1.0, 0.0], [1.0, 0.0]]
    for step in path:
        kind = layer_kind(step)
        if kind in _ELEMENTWISE:
            continue
        if kind not in _WINDOWED:
            return None
        stride, reach, padding = _window(step)
        for axis in (0, 1):
            scale, offset = geometry[axis]
            geometry[axis] = [scale * stride[axis], offset + scale * (reach[axis] / 2 - padding[axis])]
    return (tuple(geometry[0]), tuple(geometry[1]))  # type: ignore[return-value]


def _upsample_to_picture(cells: np.ndarray, centres) -> np.ndarray:
    """Bilinear interpolation of a small map onto the 28×28 picture, clamped at the map's border."""
    height, width = cells.shape
    if centres is None:  # unknown geometry: assume the map spans the picture edge to edge
        centres = tuple((size_out / size, (size_out / size - 1) / 2) for size, size_out in zip(cells.shape, PICTURE_SHAPE))
    (scale_y, offset_y), (scale_x, offset_x) = centres
    ys = (np.arange(PICTURE_SHAPE[0]) - offset_y) / scale_y
    xs = (np.arange(PICTURE_SHAPE[1]) - offset_x) / scale_x
    across = np.stack([np.interp(xs, np.arange(width), row) for row in cells])  # (height, 28)
    return np.stack([np.interp(ys, np.arange(height), column) for column in across.T], axis=1)


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
        raise ValueError(tr("the occlusion patch must be 1 to {largest} pixels wide, got {patch}.").format(
            largest=min(height, width), patch=patch))
    if not isinstance(stride, (int, np.integer)) or stride < 1:
        raise ValueError(tr("the occlusion stride must be at least 1, got {stride}.").format(stride=stride))
    if stride > patch:
        raise ValueError(
            tr(
                "the occlusion stride ({stride}) must not exceed the patch ({patch}), or some pixels "
                "would never be hidden."
            ).format(stride=stride, patch=patch)
        )
    if not np.isfinite(fill):
        raise ValueError(tr("the occlusion fill value must be a finite number."))
    module = module_of(model)
    if runs_in_sandbox(module):
        return module.explain("occlusion", one_picture(image), target, patch=int(patch), stride=int(stride), fill=float(fill))
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
