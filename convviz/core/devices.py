"""Where tensors are computed: the CPU always, a GPU only when it really works."""

from __future__ import annotations

from functools import lru_cache

import torch

from convviz.i18n import tr

DEVICE_NAMES = ("cpu", "cuda", "mps")


@lru_cache(maxsize=None)
def _usable(kind: str) -> bool:
    """Run one tiny convolution on `kind`: availability flags alone can lie."""
    try:
        if kind == "cuda" and not torch.cuda.is_available():
            return False
        if kind == "mps":
            mps = getattr(torch.backends, "mps", None)
            if mps is None or not mps.is_available():
                return False
        x = torch.ones((1, 1, 4, 4), device=kind)
        w = torch.ones((1, 1, 3, 3), device=kind)
        return float(torch.nn.functional.conv2d(x, w).sum().cpu()) == 36.0
    except Exception:  # any driver/runtime failure means "not usable"
        return False


def available_devices() -> list[str]:
    """["cpu"] plus "cuda" and/or "mps" when a tensor really runs there."""
    return ["cpu"] + [kind for kind in ("cuda", "mps") if _usable(kind)]


def resolve_device(name: str | None) -> tuple[torch.device, str | None]:
    """The torch.device for "cpu", "cuda", "cuda:1", "mps" or "auto"/None, and why it fell back.

    An unusable GPU falls back to the CPU with a message for the status bar;
    an unknown name is a ValueError.
    """
    if name is None or (isinstance(name, str) and name.strip().lower() in ("", "auto")):
        for kind in ("cuda", "mps"):
            if _usable(kind):
                return torch.device(kind), None
        return torch.device("cpu"), None
    if not isinstance(name, str):
        raise ValueError(tr("device must be a name such as 'cpu' or 'cuda', not {name!r}").format(name=name))
    text = name.strip().lower()
    kind, _, index = text.partition(":")
    if kind not in DEVICE_NAMES or (index and not index.isdigit()):
        raise ValueError(tr("unknown device {name!r}; choose one of {choices} (or 'auto')").format(
                             name=name, choices=', '.join(DEVICE_NAMES)))
    if kind == "cpu":
        return torch.device("cpu"), None
    if not _usable(kind):
        if kind == "cuda":
            return torch.device("cpu"), tr("No usable CUDA GPU was found; computing on the CPU instead.")
        return torch.device("cpu"), tr("No usable Apple GPU (MPS) was found; computing on the CPU instead.")
    if kind == "cuda" and index and int(index) >= torch.cuda.device_count():
        return torch.device("cuda:0"), tr("There is no GPU number {index} (this machine has {count}); using cuda:0.").format(
            index=index, count=torch.cuda.device_count())
    return torch.device(text), None
