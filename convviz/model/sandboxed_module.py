"""A student's TorchScript model as the app sees it: a stand-in whose every computation runs in the sandbox.

`SandboxedModule` is an `nn.Module` so the code that takes "a model" keeps
working: calling it sends the pictures to the sandbox and returns the scores;
its submodules mirror the model's own (dotted names, layer kinds, geometry,
and the convolution weights the filter view shows), read once when the model
was opened. The mirror never computes. Layer outputs and explanations need
the real layers, so `layer_activations` and `explain` ask the sandbox, which
runs the same functions (`convviz.model.discover`, `convviz.model.explain`)
on the real model there.
"""

from __future__ import annotations

import re
from collections import OrderedDict

import numpy as np
import torch
from torch import nn

from convviz.i18n import tr
from convviz.model.sandbox import COMPUTE_LAYERS, EXPLAIN, LOOK_INTO_UNITS, Sandbox

#: A mirrored model may show at most this many layers.
MAX_LAYERS = 2000
_PART = re.compile(r"^[A-Za-z0-9_]{1,100}$")
#: The layer geometry the mirror keeps (for tooltips and receptive fields), when the layer has it.
GEOMETRY = ("kernel_size", "stride", "padding", "dilation", "in_channels", "out_channels", "in_features", "out_features")


class MirroredLayer(nn.Module):
    """One layer of the model in the sandbox: its kind, geometry and (for Conv2d) weights; never runs."""

    def __init__(self, kind: str, geometry: dict, weight: torch.Tensor | None) -> None:
        super().__init__()
        self.original_name = kind
        for key, value in geometry.items():
            setattr(self, key, tuple(value) if isinstance(value, list) else value)
        if weight is not None:
            self.register_buffer("weight", weight)

    def forward(self, *inputs):
        raise RuntimeError(tr("this {name} runs in the own-model sandbox; call the whole model instead.").format(
            name=self.original_name))


class SandboxedModule(nn.Module):
    """The whole model: `forward` is a request to the sandbox; submodules are `MirroredLayer`s."""

    def __init__(self, sandbox: Sandbox, kind: str, layers: list[dict], weights: dict[str, np.ndarray]) -> None:
        super().__init__()
        self.sandbox = sandbox
        self.original_name = kind
        if len(layers) > MAX_LAYERS:
            raise ValueError(tr("{name} has {count} layers; convviz shows at most {limit}.").format(
                name=sandbox.name, count=len(layers), limit=MAX_LAYERS))
        for entry in layers:
            name, layer_kind = entry.get("name"), entry.get("kind")
            parts = name.split(".") if isinstance(name, str) else []
            if not parts or not all(_PART.match(part) for part in parts) or not isinstance(layer_kind, str):
                raise ValueError(tr("{name} has a layer name convviz cannot show ({layer!r}).").format(
                    name=sandbox.name, layer=str(name)[:60]))
            parent = self.get_submodule(".".join(parts[:-1])) if len(parts) > 1 else self
            geometry = {key: value for key, value in (entry.get("geometry") or {}).items() if key in GEOMETRY}
            parent.add_module(parts[-1], MirroredLayer(layer_kind[:100], geometry, _weight(weights.get(name), name, sandbox.name)))
        self.eval()

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        _, arrays = self.sandbox.request({"op": "forward"}, {"x": _pictures(x)})
        return torch.from_numpy(_float_array(arrays, "scores", self.sandbox.name))

    def layer_activations(self, picture: torch.Tensor) -> OrderedDict[str, np.ndarray]:
        """"input", each discovered layer, "softmax" for one (1, 1, 28, 28) picture, computed in the sandbox."""
        reply, arrays = self.sandbox.request({"op": "layers"}, {"x": _pictures(picture)}, what=COMPUTE_LAYERS)
        names = reply.get("names")
        if not isinstance(names, list) or set(names) != set(arrays):
            raise ValueError(tr("{name} sent layers convviz cannot read.").format(name=self.sandbox.name))
        return OrderedDict((name, _float_array(arrays, name, self.sandbox.name)) for name in names)

    # What one unit looks for (`convviz.model.units`), computed in the sandbox on the real layers.
    def _units(self, header: dict, arrays: dict[str, np.ndarray]):
        return self.sandbox.request({"op": "units", **header}, arrays, what=LOOK_INTO_UNITS)

    def unit_scores(self, layer: str, pictures: torch.Tensor) -> tuple[np.ndarray, np.ndarray | None]:
        _, arrays = self._units({"what": "scores", "layer": layer}, {"x": _pictures(pictures)})
        positions = arrays.get("positions")
        if positions is not None and positions.dtype.kind not in "iu":
            raise ValueError(tr("{name} sent positions convviz cannot read.").format(name=self.sandbox.name))
        return _float_array(arrays, "scores", self.sandbox.name), None if positions is None else positions.astype(np.int64)

    def map_size(self, layer: str) -> tuple[int, int] | None:
        reply, _ = self._units({"what": "size", "layer": layer}, {})
        size = reply.get("size")
        if size is None:
            return None
        if not (isinstance(size, list) and len(size) == 2 and all(isinstance(n, int) and n > 0 for n in size)):
            raise ValueError(tr("{name} sent a map size convviz cannot read.").format(name=self.sandbox.name))
        return (size[0], size[1])

    def unit_activation(self, layer: str, unit: int, pictures: torch.Tensor) -> np.ndarray:
        _, arrays = self._units({"what": "activation", "layer": layer, "unit": int(unit)}, {"x": _pictures(pictures)})
        return _float_array(arrays, "values", self.sandbox.name)

    def ascent_steps(self, layer: str, unit: int, picture: np.ndarray, first: int, count: int,
                     settings: dict) -> tuple[np.ndarray, int]:
        header = {"what": "ascent", "layer": layer, "unit": int(unit), "first": int(first), "count": int(count),
                  "settings": settings}
        reply, arrays = self._units(header, {"x": _pictures(picture)})
        done = reply.get("done")
        if not isinstance(done, int) or not 0 <= done <= count:
            raise ValueError(tr("{name} sent an answer convviz cannot read.").format(name=self.sandbox.name))
        return _float_array(arrays, "picture", self.sandbox.name).reshape(28, 28), done

    def explain(self, function: str, picture: torch.Tensor, target, **options):
        """`convviz.model.explain.<function>(model, picture, target, **options)` run in the sandbox."""
        if target is not None and not isinstance(target, bool) and isinstance(target, (int, np.integer)):
            target = int(target)
        header = {"op": "explain", "function": function, "target": target, "options": options}
        try:
            reply, arrays = self.sandbox.request(header, {"x": _pictures(picture)}, what=EXPLAIN)
        except TypeError as error:  # options that cannot travel as JSON
            raise ValueError(tr("the options for {function} must be plain numbers: {error}.").format(
                function=function, error=error)) from error
        if "value" in reply:
            return int(reply["value"])
        return _float_array(arrays, "map", self.sandbox.name)


def _pictures(x) -> np.ndarray:
    array = x.detach().cpu().numpy() if torch.is_tensor(x) else np.asarray(x)
    return np.ascontiguousarray(array, dtype=np.float32)


def _float_array(arrays: dict[str, np.ndarray], key: str, name: str) -> np.ndarray:
    array = arrays.get(key)
    if array is None or array.dtype.kind != "f":
        raise ValueError(tr("{name} sent an answer convviz cannot read.").format(name=name))
    return array.astype(np.float32, copy=False)


def _weight(array: np.ndarray | None, layer: str, name: str) -> torch.Tensor | None:
    if array is None:
        return None
    if array.dtype.kind != "f" or array.ndim != 4:
        raise ValueError(tr("{name} sent filters for {layer} that convviz cannot show.").format(name=name, layer=layer))
    return torch.from_numpy(array.astype(np.float32, copy=False))
