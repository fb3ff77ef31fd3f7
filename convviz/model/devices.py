"""Device choice for the model: the core's `resolve_device` when present, else a local one.

Both answer `(torch.device, message or None)`: the message explains a fall-back
to the CPU so the app can show it in the status bar.
"""

from __future__ import annotations

import torch


def _local_resolve_device(name: str | torch.device = "cpu") -> tuple[torch.device, str | None]:
    """Use the requested device if this machine has it, else the CPU with a message."""
    text = str(name).strip().lower() or "cpu"
    kind = text.split(":")[0]
    if kind == "auto":
        if torch.cuda.is_available():
            return torch.device("cuda"), None
        if torch.backends.mps.is_available():
            return torch.device("mps"), None
        return torch.device("cpu"), None
    if kind == "cpu":
        return torch.device("cpu"), None
    if kind == "cuda":
        if torch.cuda.is_available():
            try:
                device = torch.device(text)
                torch.zeros(1, device=device)
                return device, None
            except (RuntimeError, AssertionError) as error:
                return torch.device("cpu"), f"CUDA device {text!r} failed ({error}); using the CPU."
        return torch.device("cpu"), "No CUDA GPU is available here; using the CPU."
    if kind == "mps":
        if torch.backends.mps.is_available():
            return torch.device("mps"), None
        return torch.device("cpu"), "Apple's MPS GPU is not available here; using the CPU."
    raise ValueError(f"unknown device {str(name)!r}: choose cpu, cuda, mps or auto.")


def resolve_device(name: str | torch.device = "cpu") -> tuple[torch.device, str | None]:
    """The torch device to use for `name`, and a message when it fell back to the CPU."""
    try:
        from convviz.core.devices import resolve_device as core_resolve_device
    except ImportError:
        return _local_resolve_device(name)
    return core_resolve_device(name)
