"""Load and save LeNet weights safely: a plain state_dict, read with weights_only=True."""

from __future__ import annotations

import logging
import warnings
from pathlib import Path

import torch

from convviz.core.devices import resolve_device
from convviz.model.lenet import LeNet
from convviz.resources import resources_root

log = logging.getLogger(__name__)

WEIGHTS_FILE = "lenet_mnist.pt"


def default_weights_path() -> Path:
    """Where the shipped trained weights live: resources/weights/lenet_mnist.pt."""
    return resources_root() / "weights" / WEIGHTS_FILE


def save_weights(model: LeNet, path: str | Path) -> Path:
    """Write the model's state_dict (float32 tensors on the CPU, no code) to `path`."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    state = {name: tensor.detach().to("cpu", torch.float32).clone() for name, tensor in model.state_dict().items()}
    torch.save(state, path)
    return path


def read_state_dict(path: str | Path) -> dict[str, torch.Tensor]:
    """The tensors stored in a weights file; never unpickles code. ValueError if unusable."""
    path = Path(path)
    if not path.is_file():
        raise ValueError(
            f"The LeNet weights file {path} is missing; train it with `convviz-train --output {path}`."
        )
    try:
        with warnings.catch_warnings():  # a foreign pickle's protocol notice; the error below says more
            warnings.filterwarnings("ignore", message="Detected pickle protocol", category=UserWarning)
            state = torch.load(path, map_location="cpu", weights_only=True)
    except Exception as error:  # torch raises many kinds for damaged or unsafe files
        raise ValueError(
            f"The LeNet weights file {path} is damaged or not a weights file ({type(error).__name__}); "
            "retrain it with `convviz-train`."
        ) from error
    if not isinstance(state, dict) or not all(isinstance(v, torch.Tensor) for v in state.values()):
        raise ValueError(f"The file {path} does not hold a LeNet state_dict (a mapping of names to tensors).")
    return state


def load_lenet(device: str | None = "cpu", path: str | Path | None = None) -> LeNet:
    """The trained LeNet in eval mode on `device` (CPU with a message when it is not there).

    The fall-back message, if any, is kept in `model.device_message` for the status bar.
    """
    target, message = resolve_device(device)  # an unknown name fails before any file is read
    path = Path(path) if path is not None else default_weights_path()
    state = read_state_dict(path)
    model = LeNet()
    try:
        model.load_state_dict(state, strict=True)
    except RuntimeError as error:
        first_line = str(error).splitlines()[1].strip() if "\n" in str(error) else str(error)
        raise ValueError(
            f"The weights in {path} do not fit this LeNet ({first_line}); retrain them with `convviz-train`."
        ) from error
    if not all(torch.isfinite(t).all() for t in state.values()):
        raise ValueError(f"The weights in {path} contain NaN or infinite values; retrain them.")
    model.eval()
    if target.type != "cpu":
        try:
            model.to(target)
            with torch.inference_mode():
                model(torch.zeros(1, 1, 28, 28, device=target))
        except RuntimeError as error:
            model.to("cpu")
            message = f"The device {target} failed ({error}); using the CPU."
    model.device_message = message  # type: ignore[attr-defined]
    if message:
        log.warning(message)
    return model
