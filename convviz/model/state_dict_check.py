"""Is this table of weights one the network can take? Every way it can be malformed, in a sentence.

`torch.load(weights_only=True)` gives whatever the file held: a list, a dict
with integer keys, strings where tensors belong, sparse or integer tensors,
a view of a huge shape over one number, NaN. `check_state_dict` says which,
before any of it reaches `load_state_dict` (which would raise an
AttributeError or a RuntimeError a student cannot read) or any arithmetic
(which could allocate the huge shape).
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import torch

from convviz.i18n import tr

_NUMPY_FLOATS = (torch.float16, torch.float32, torch.float64)

#: Checkpoints often wrap the state_dict under one of these keys.
WRAPPER_KEYS = ("state_dict", "model_state_dict", "model")


class StateDictError(ValueError):
    """A state_dict that does not fit: `kind` says how, `detail` says what, without the file's name.

    kind is one of: "not a state_dict", "key", "value", "fit", "dtype", "finite". The
    message is a whole sentence starting with the source; callers may word their own from `detail`.
    """

    def __init__(self, kind: str, message: str, detail: str) -> None:
        self.kind = kind
        self.detail = detail
        super().__init__(message)


def unwrap(content) -> object:
    """The state_dict inside a checkpoint ({"epoch": 3, "state_dict": {...}}), or `content` itself."""
    if isinstance(content, Mapping):
        for key in WRAPPER_KEYS:
            inner = content.get(key) if all(isinstance(k, str) for k in content) else None
            if isinstance(inner, Mapping):
                return inner
    return content


def named_tensors(content, source: str) -> dict[str, torch.Tensor]:
    """`content` (unwrapped from a checkpoint) as {name: tensor}, a "module." prefix dropped; StateDictError if it is not one."""
    content = unwrap(content)
    if not isinstance(content, Mapping) or not content:
        detail = tr("it does not hold a state_dict (a table of named weights)")
        raise StateDictError("not a state_dict", tr("{source} does not hold a state_dict (a table of named weights).").format(
            source=source), detail)
    state: dict[str, torch.Tensor] = {}
    for key, value in content.items():
        if not isinstance(key, str):
            detail = tr("a weight is named {key} ({kind}), but weights are named by text such as 'conv1.weight'").format(
                key=_shown(key), kind=type(key).__name__)
            raise StateDictError("key", tr("{source} is not a table of named weights: {detail}.").format(
                source=source, detail=detail), detail)
        if not torch.is_tensor(value):
            detail = tr("it holds a {kind} under {key}, not a tensor of weights").format(
                kind=type(value).__name__, key=_shown(key))
            raise StateDictError("value", tr("{source} is not a table of named weights: {detail}.").format(
                source=source, detail=detail), detail)
        state[key.removeprefix("module.")] = value
    return state


def check_state_dict(content, expected: Mapping[str, torch.Tensor], source: str, network: str = "LeNet") -> dict[str, torch.Tensor]:
    """`content` as {name: floating tensor} fitting `expected` exactly; StateDictError otherwise.

    Checked in an order that never computes on a tensor of the wrong shape:
    names and types, then keys and shapes, then dtypes and layouts, then values.
    `source` starts each sentence (a file name); `network` names what the weights must fit (English,
    translated here when a sentence needs it).
    """
    state = named_tensors(content, source)
    problems = []
    missing = [key for key in expected if key not in state]
    extra = [key for key in state if key not in expected]
    if missing:
        problems.append(tr("missing {names}").format(names=", ".join(missing)))
    if extra:
        names = ", ".join(k if len(k) <= 60 else k[:57] + "..." for k in extra[:6]) + (" ..." if len(extra) > 6 else "")
        problems.append(tr("unexpected {names}").format(names=names))
    for key, tensor in expected.items():
        if key in state and tuple(state[key].shape) != tuple(tensor.shape):
            problems.append(tr("{key} is {shape} but {network} needs {needed}").format(
                key=key, shape=shape_text(state[key]), network=tr(network), needed=shape_text(tensor)))
    if problems:
        hint = ""
        if not set(state) & set(expected):
            hint = " " + tr(
                "It looks like the weights of a different network: weights alone cannot rebuild it, "
                "so save that network with torch.jit.save (TorchScript) and open that file."
            )
        detail = "; ".join(problems)
        raise StateDictError("fit", tr("{source} does not fit {network}: {detail}.{hint}").format(
            source=source, network=tr(network), detail=detail, hint=hint), detail)
    for key, tensor in state.items():
        if tensor.layout != torch.strided or tensor.is_quantized or tensor.device.type != "cpu":
            detail = tr("{key} is stored in a special layout ({layout}), not as plain numbers").format(
                key=key, layout=str(tensor.layout).removeprefix("torch."))
            raise StateDictError("dtype", tr("{source}: {detail}.").format(source=source, detail=detail), detail)
        if not tensor.is_floating_point():
            detail = tr("{key} holds {dtype} values, not the decimal numbers weights are").format(
                key=key, dtype=str(tensor.dtype).removeprefix("torch."))
            raise StateDictError("dtype", tr("{source}: {detail}.").format(source=source, detail=detail), detail)
    bad = [key for key, tensor in state.items() if not all_finite(tensor)]
    if bad:
        detail = tr("{names} (NaN or infinite)").format(names=", ".join(bad))
        raise StateDictError("finite", tr("{source} has weights that are not finite numbers: {detail}.").format(
            source=source, detail=detail), detail)
    return state


def all_finite(tensor: torch.Tensor) -> bool:
    """No NaN or infinity in a plain CPU tensor of decimals (numpy where it has the type: one pass on this thread).

    torch spreads a check of 32768 values or more over its thread pool, and on a busy machine waiting for
    the other thread cost 4-20 ms a tensor: ~40 ms for LeNet's ten, paid by every LeNet view opened.
    """
    if tensor.dtype in _NUMPY_FLOATS:
        return bool(np.isfinite(tensor.detach().numpy()).all())
    return bool(torch.isfinite(tensor).all())  # bfloat16 and the like, which numpy lacks


def shape_text(tensor: torch.Tensor) -> str:
    return "×".join(str(size) for size in tensor.shape) or tr("a single number")


def _shown(key) -> str:
    text = repr(key)
    return text if len(text) <= 60 else text[:57] + "..."
