"""Open a student's own model safely: LeNet weights or a small TorchScript CNN.

Two kinds of file are accepted, and nothing unpickles arbitrary Python code:

- a state_dict of the same LeNet (e.g. from `convviz-train` with other
  settings), read with `torch.load(weights_only=True)`; its keys and shapes are
  checked against LeNet's before loading;
- a TorchScript model (`torch.jit.save` of a scripted or traced module), whose
  code is TorchScript, not Python: it must read a batch of 1×28×28 pictures
  and return 10 scores per picture (checked with a probe on blank pictures).

A TorchScript model that is just our LeNet with other weights becomes a LeNet,
so the explorer shows it in full. Any other TorchScript model has its layers
discovered as a chain (see `convviz.model.discover`); when that is not
possible it can still classify and be explained, and `layers_problem` says why
its layers cannot be shown. Everything that does not fit raises ValueError
with a sentence a student understands.
"""

from __future__ import annotations

import pickletools
import warnings
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import torch
from torch import nn

from convviz.model.discover import (
    PICTURE_SHAPE,
    Stage,
    conv_filters,
    discover_chain,
    layer_activations,
)
from convviz.model.lenet import LeNet

__all__ = ["UserModel", "load_user_model", "layer_activations", "conv_filters"]

ACCEPTED = "convviz opens LeNet weights (a state_dict saved with torch.save) or a TorchScript model (torch.jit.save)"
_WRAPPER_KEYS = ("state_dict", "model_state_dict", "model")
_TRUSTED_GLOBALS = ("torch.", "collections.OrderedDict")
_MAX_PICKLE_SCAN = 16 * 1024 * 1024


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


def load_user_model(path) -> UserModel:
    """Open `path` as LeNet weights or a TorchScript CNN; ValueError if it does not fit."""
    path = Path(path)
    if not path.exists():
        raise ValueError(f"there is no file at {path}.")
    if not path.is_file():
        raise ValueError(f"{path} is a folder, not a model file.")
    if path.stat().st_size == 0:
        raise ValueError(f"{path.name} is empty: {ACCEPTED}.")
    if _is_torchscript_archive(path):
        return _load_torchscript(path)
    return _load_state_dict(path)


def _is_torchscript_archive(path: Path) -> bool:
    """TorchScript archives carry a code/ folder; torch.save archives only data."""
    if not zipfile.is_zipfile(path):
        return False
    try:
        with zipfile.ZipFile(path) as archive:
            names = archive.namelist()
    except (zipfile.BadZipFile, OSError):
        return False
    return any("/code/" in name or name.startswith("code/") for name in names)


def _short(error: BaseException) -> str:
    lines = [line.strip() for line in str(error).strip().splitlines() if line.strip()]
    text = lines[0] if lines else type(error).__name__
    return text if len(text) <= 160 else text[:157] + "..."


def _load_state_dict(path: Path) -> UserModel:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # torch's notes on pickle protocols are not the student's concern
            content = torch.load(path, map_location="cpu", weights_only=True)
    except Exception as error:
        foreign = _foreign_globals(path)
        if foreign or "GLOBAL" in str(error):
            named = f" ({', '.join(foreign[:3])})" if foreign else ""
            raise ValueError(
                f"{path.name} holds Python objects or code{named}, not just weights; convviz never "
                f"runs code from a file. {ACCEPTED}."
            ) from error
        raise ValueError(f"{path.name} is not a PyTorch model file. {ACCEPTED}.") from error
    state = _unwrap(content, path)
    model = LeNet()
    _check_fits(state, model.state_dict(), path)
    model.load_state_dict(state)
    model.eval()
    _probe(model, path)
    return UserModel(model, "lenet", path)


def _foreign_globals(path: Path) -> list[str]:
    """Python names a pickle would import beyond torch's own (read, never executed).

    Only used to word the refusal: torch's weights-only loader already refused the file.
    """
    try:
        if zipfile.is_zipfile(path):
            with zipfile.ZipFile(path) as archive:
                member = next((n for n in archive.namelist() if n.endswith("data.pkl")), None)
                data = archive.read(member) if member else b""
        else:
            data = path.read_bytes()[:_MAX_PICKLE_SCAN]
    except (OSError, zipfile.BadZipFile):
        return []
    names: list[str] = []
    strings: list[str] = []
    try:
        for opcode, argument, _ in pickletools.genops(data):
            if "UNICODE" in opcode.name or "STRING" in opcode.name:
                strings.append(str(argument))
            elif opcode.name == "GLOBAL":
                names.append(str(argument).replace(" ", "."))
            elif opcode.name == "STACK_GLOBAL" and len(strings) >= 2:
                names.append(f"{strings[-2]}.{strings[-1]}")
    except Exception:  # not a pickle, or a damaged one: keep what was read
        pass
    return [name for name in dict.fromkeys(names) if not name.startswith(_TRUSTED_GLOBALS)]


def _unwrap(content, path: Path) -> dict[str, torch.Tensor]:
    if isinstance(content, nn.Module):  # cannot happen with weights_only, kept for clarity
        content = content.state_dict()
    if isinstance(content, Mapping):
        for key in _WRAPPER_KEYS:
            if isinstance(content.get(key), Mapping):
                content = content[key]
                break
    if not isinstance(content, Mapping) or not content:
        raise ValueError(f"{path.name} does not hold a state_dict (a table of named weights). {ACCEPTED}.")
    state: dict[str, torch.Tensor] = {}
    for key, value in content.items():
        if not isinstance(key, str) or not torch.is_tensor(value):
            raise ValueError(f"{path.name} holds {key!r}, which is not a named weight tensor. {ACCEPTED}.")
        state[key.removeprefix("module.")] = value  # saved from DataParallel
    return state


def _check_fits(state: Mapping[str, torch.Tensor], expected: Mapping[str, torch.Tensor], path: Path) -> None:
    """Name every key that is missing, unexpected, or of the wrong shape."""
    problems = []
    missing = [key for key in expected if key not in state]
    extra = [key for key in state if key not in expected]
    if missing:
        problems.append(f"missing {', '.join(missing)}")
    if extra:
        problems.append(f"unexpected {', '.join(extra[:6])}{' ...' if len(extra) > 6 else ''}")
    for key, tensor in expected.items():
        if key in state and tuple(state[key].shape) != tuple(tensor.shape):
            problems.append(f"{key} is {_shape(state[key])} but LeNet needs {_shape(tensor)}")
    if problems:
        hint = ""
        if not set(state) & set(expected):
            hint = (
                " It looks like the weights of a different network: weights alone cannot rebuild it, "
                "so save that network with torch.jit.save (TorchScript) and open that file."
            )
        raise ValueError(f"{path.name} does not fit LeNet: {'; '.join(problems)}.{hint}")
    bad = [key for key, tensor in state.items() if not tensor.is_floating_point() or not torch.isfinite(tensor).all()]
    if bad:
        raise ValueError(f"{path.name} has weights that are not finite numbers: {', '.join(bad)}.")


def _shape(tensor: torch.Tensor) -> str:
    return "×".join(str(size) for size in tensor.shape) or "a single number"


def _load_torchscript(path: Path) -> UserModel:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # deprecation notes about TorchScript are not the student's concern
            module = torch.jit.load(str(path), map_location="cpu")
    except Exception as error:
        raise ValueError(f"{path.name} looks like TorchScript but cannot be opened ({_short(error)}).") from error
    module.eval()
    _probe(module, path)
    as_lenet = _as_lenet(module)
    if as_lenet is not None:
        return UserModel(as_lenet, "lenet", path)
    try:
        layers, problem = discover_chain(module), None
    except ValueError as error:
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
            which = "a 1×28×28 picture" if count == 1 else "a batch of two 1×28×28 pictures (it works on one)"
            raise ValueError(f"{path.name} does not accept {which}: {_short(error)}.") from error
        if not torch.is_tensor(output):
            raise ValueError(f"{path.name} returns {type(output).__name__}, not a tensor of 10 class scores.")
        if tuple(output.shape) != (count, 10):
            raise ValueError(
                f"{path.name} returns shape {tuple(output.shape)} for {count} picture(s); "
                f"convviz needs 10 class scores per picture, shape ({count}, 10)."
            )
        if not torch.isfinite(output).all():
            raise ValueError(f"{path.name} returns NaN or infinite scores for a blank picture.")


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
