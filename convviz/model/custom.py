"""Open a student's own model safely: LeNet weights or a small TorchScript CNN.

Two kinds of file are accepted, and nothing unpickles arbitrary Python code:

- a state_dict of the same LeNet (e.g. from `convviz-train` with other
  settings), read with `torch.load(weights_only=True)` once its declared sizes
  fit a budget (`convviz.model.archive_check`); its keys, shapes, dtypes and
  values are checked against LeNet's (`convviz.model.state_dict_check`);
- a TorchScript model (`torch.jit.save` of a scripted or traced module). Its
  code is checked against the operations of a small CNN
  (`convviz.model.script_check`) before any of it runs, and it is opened,
  probed and run only in a separate process with time and memory limits
  (`convviz.model.sandbox`): it must read a batch of 1×28×28 pictures and
  return 10 scores per picture (checked with a probe on blank pictures).

A TorchScript model that is just our LeNet with other weights becomes a LeNet,
so the explorer shows it in full. Any other TorchScript model has its layers
discovered as a chain (see `convviz.model.discover`); when that is not
possible it can still classify and be explained, and `layers_problem` says why
its layers cannot be shown. Its `module` is then a `SandboxedModule`: calling
it, `layer_activations`, `conv_filters` and the explanations work as for any
model, the computing happening in the sandbox. Everything that does not fit,
or that passes a limit, raises ValueError with a sentence a student
understands, and nothing in the app's process changes.
"""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import torch
from torch import nn

from convviz.i18n import tr, tr_noop
from convviz.model.archive_check import (
    DEFAULT_BUDGET,
    FileBudget,
    NotAModelFile,
    inspect_archive,
    read_model_file,
)
from convviz.model.discover import (
    PICTURE_SHAPE,
    Stage,
    conv_filters,
    discover_chain,
    layer_activations,
)
from convviz.model.lenet import LeNet
from convviz.model.sandbox import DEFAULT_LIMITS, OPEN, Sandbox, SandboxLimits
from convviz.model.sandboxed_module import SandboxedModule
from convviz.model.state_dict_check import check_state_dict

__all__ = ["FileBudget", "SandboxLimits", "UserModel", "conv_filters", "layer_activations", "load_user_model"]

ACCEPTED = tr_noop("convviz opens LeNet weights (a state_dict saved with torch.save) or a TorchScript model (torch.jit.save)")


@dataclass(frozen=True, eq=False)
class UserModel:
    """A model opened from a file, ready for the explorer.

    `kind` is "lenet" (a LeNet with the file's weights: every LeNet view works)
    or "torchscript" (a discovered CNN). `layers` is the discovered chain, or
    None with `layers_problem` saying why its layers cannot be shown.
    """

    module: nn.Module
    kind: str
    path: Path
    layers: tuple[Stage, ...] | None = None
    layers_problem: str | None = None

    def __repr__(self) -> str:
        layers = "LeNet layers" if self.kind == "lenet" else f"{len(self.layers or ())} discovered layers"
        return f"UserModel({self.name!r}, kind={self.kind!r}, {layers})"

    def __call__(self, x: torch.Tensor) -> torch.Tensor:
        return self.module(x)

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def describes_layers(self) -> bool:
        return self.kind == "lenet" or self.layers is not None

    def close(self) -> None:
        """End the sandbox process a TorchScript model runs in, now rather than when it is garbage-collected.

        Afterwards the model refuses every request with a sentence; a LeNet has no sandbox.
        """
        if isinstance(self.module, SandboxedModule):
            self.module.sandbox.close()


def load_user_model(path, *, limits: SandboxLimits | None = None, budget: FileBudget = DEFAULT_BUDGET) -> UserModel:
    """Open `path` as LeNet weights or a TorchScript CNN; ValueError if it does not fit.

    `limits` bound the sandbox a TorchScript model runs in (time per request,
    memory); `budget` the sizes a file may declare. A refusal leaves nothing
    running and nothing written.
    """
    path = Path(path)
    data = read_model_file(path, budget)
    try:
        archive = inspect_archive(data, path.name, budget)
    except NotAModelFile as error:
        raise ValueError(tr("{error} {accepted}.").format(error=error, accepted=tr(ACCEPTED))) from error
    if archive.kind == "torchscript":
        return _load_torchscript(data, path, limits or DEFAULT_LIMITS)
    if archive.foreign_globals:
        raise ValueError(
            tr(
                "{name} holds Python objects or code ({names}), not just weights; convviz never runs "
                "code from a file. {accepted}."
            ).format(name=path.name, names=", ".join(archive.foreign_globals[:3]), accepted=tr(ACCEPTED))
        )
    return _load_state_dict(data, path)


def short_error(error: BaseException) -> str:
    """The first line of an error's message, at most 160 characters."""
    lines = [line.strip() for line in str(error).strip().splitlines() if line.strip()]
    text = lines[0] if lines else type(error).__name__
    return text if len(text) <= 160 else text[:157] + "..."


_MEMORY_WORDS = ("can't allocate memory", "not enough memory", "out of memory", "bad_alloc", "Cannot allocate memory")


def is_memory_error(error: BaseException | None) -> bool:
    """True if `error`, or an error it was raised from, is an allocation that failed."""
    seen = 0
    while error is not None and seen < 20:
        if isinstance(error, MemoryError) or any(word in str(error) for word in _MEMORY_WORDS):
            return True
        error, seen = error.__cause__ or error.__context__, seen + 1
    return False


def _load_state_dict(data: bytes, path: Path) -> UserModel:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # torch's notes on pickle protocols are not the student's concern
            content = torch.load(io.BytesIO(data), map_location="cpu", weights_only=True)
    except Exception as error:
        if "GLOBAL" in str(error):
            raise ValueError(
                tr(
                    "{name} holds Python objects or code, not just weights; convviz never runs code from a "
                    "file. {accepted}."
                ).format(name=path.name, accepted=tr(ACCEPTED))
            ) from error
        raise ValueError(tr("{name} is not a PyTorch model file ({error}). {accepted}.").format(
            name=path.name, error=short_error(error), accepted=tr(ACCEPTED))) from error
    model = LeNet()
    model.load_state_dict(check_state_dict(content, model.state_dict(), path.name))
    model.eval()
    _probe(model, path)
    return UserModel(model, "lenet", path)


def _load_torchscript(data: bytes, path: Path, limits: SandboxLimits) -> UserModel:
    """Open, check and probe the model in a new sandbox; the sandbox stays to serve it (unless it is a LeNet)."""
    sandbox = Sandbox(limits, path.name)
    try:
        reply, arrays = sandbox.request(
            {"op": "load", "name": path.name}, {"file": np.frombuffer(data, dtype=np.uint8)}, what=OPEN
        )
        if reply.get("kind") == "lenet":
            sandbox.close()
            model = LeNet()
            state = {name: torch.from_numpy(array) for name, array in arrays.items()}
            model.load_state_dict(check_state_dict(state, model.state_dict(), path.name))
            return UserModel(model.eval(), "lenet", path)
        module = SandboxedModule(sandbox, str(reply.get("root", "Module")), list(reply.get("modules") or []), arrays)
        layers = None
        if reply.get("chain") is not None:
            layers = tuple(Stage(name, kind, module.get_submodule(name)) for name, kind in reply["chain"])
        problem = reply.get("problem")
        return UserModel(module, "torchscript", path, layers, str(problem) if problem is not None else None)
    except BaseException:
        sandbox.close()
        raise


def inspect_script_module(module: torch.jit.ScriptModule, path: Path) -> UserModel:
    """Probe a loaded (and checked) TorchScript model: a LeNet, a discovered chain, or a model without one.

    Runs the model, so only the sandbox calls it.
    """
    module.eval()
    _probe(module, path)
    as_lenet = _as_lenet(module)
    if as_lenet is not None:
        return UserModel(as_lenet, "lenet", path)
    try:
        layers, problem = discover_chain(module), None
    except ValueError as error:
        if is_memory_error(error):
            raise
        layers, problem = None, str(error)
    return UserModel(module, "torchscript", path, layers, problem)


def _probe(module: nn.Module, path: Path) -> None:
    """One blank picture, then two: the model must give 10 finite scores for each."""
    for count in (1, 2):
        blank = torch.zeros((count, 1, *PICTURE_SHAPE))
        try:
            with torch.no_grad():
                output = module(blank)
        except Exception as error:
            which = tr("a 1×28×28 picture") if count == 1 else tr("a batch of two 1×28×28 pictures (it works on one)")
            raise ValueError(tr("{name} does not accept {which}: {error}.").format(
                name=path.name, which=which, error=short_error(error))) from error
        if not torch.is_tensor(output):
            raise ValueError(tr("{name} returns {kind}, not a tensor of 10 class scores.").format(
                name=path.name, kind=type(output).__name__))
        if tuple(output.shape) != (count, 10):
            raise ValueError(
                tr(
                    "{name} returns shape {shape} for {count} picture(s); convviz needs 10 class scores per "
                    "picture, shape ({count}, 10)."
                ).format(name=path.name, shape=tuple(output.shape), count=count)
            )
        if not torch.isfinite(output).all():
            raise ValueError(tr("{name} returns NaN or infinite scores for a blank picture.").format(name=path.name))


def _as_lenet(module: nn.Module) -> LeNet | None:
    """The TorchScript model as our LeNet if it has LeNet's weights and gives LeNet's outputs."""
    lenet = LeNet()
    state = {key: value for key, value in module.state_dict().items()}
    expected = lenet.state_dict()
    if set(state) != set(expected) or any(state[k].shape != expected[k].shape for k in expected):
        return None
    lenet.load_state_dict(state)
    lenet.eval()
    probe = torch.rand((4, 1, *PICTURE_SHAPE), generator=torch.Generator().manual_seed(1))
    with torch.no_grad():
        same = torch.allclose(lenet(probe), module(probe), rtol=1e-4, atol=1e-5)
    return lenet if same else None
