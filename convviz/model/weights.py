"""Load and save LeNet weights safely: a plain state_dict, read with weights_only=True.

Before torch reads a file its declared sizes are checked against a budget
(`convviz.model.archive_check`), and what it holds is checked name by name
(`convviz.model.state_dict_check`): every bad file is a ValueError sentence.
"""

from __future__ import annotations

import io
import logging
import warnings
from pathlib import Path

import torch

from convviz.core.devices import resolve_device
from convviz.i18n import tr, tr_noop
from convviz.model.archive_check import (
    DEFAULT_BUDGET,
    FileBudget,
    inspect_archive,
    read_model_file,
)
from convviz.model.lenet import LeNet
from convviz.model.state_dict_check import (
    StateDictError,
    check_state_dict,
    named_tensors,
)
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


def read_state_dict(path: str | Path, budget: FileBudget = DEFAULT_BUDGET) -> dict[str, torch.Tensor]:
    """The tensors stored in a weights file; never unpickles code. ValueError if unusable."""
    path = Path(path)
    if not path.exists():
        raise ValueError(
            tr("The LeNet weights file {path} is missing; train it with `convviz-train --output {path}`.").format(path=path)
        )
    try:
        data = read_model_file(path, budget)  # a folder, a FIFO, an empty or huge file: a sentence
        archive = inspect_archive(data, path.name, budget)
        if archive.kind != "tensors":
            raise ValueError(tr("{name} is a TorchScript model, not LeNet weights").format(name=path.name))
        if archive.foreign_globals:
            raise ValueError(
                tr("it holds Python objects or code ({names}), and convviz never runs code from a file").format(
                    names=", ".join(archive.foreign_globals[:3]))
            )
        with warnings.catch_warnings():  # a foreign pickle's protocol notice; the error below says more
            warnings.filterwarnings("ignore", message="Detected pickle protocol", category=UserWarning)
            content = torch.load(io.BytesIO(data), map_location="cpu", weights_only=True)
    except Exception as error:  # torch raises many kinds for damaged or unsafe files
        reason = str(error).rstrip(".") if isinstance(error, ValueError) else type(error).__name__
        raise ValueError(
            tr(
                "The LeNet weights file {path} is damaged or not a weights file ({reason}); retrain it "
                "with `convviz-train`."
            ).format(path=path, reason=reason)
        ) from error
    try:
        return named_tensors(content, str(path))  # its sentence is not shown: the ones below say more
    except StateDictError as error:
        if error.kind == "not a state_dict":
            raise ValueError(tr("The file {path} does not hold a LeNet state_dict (a table of named weights).").format(
                path=path)) from error
        raise ValueError(tr("The file {path} does not hold a LeNet state_dict: {detail}.").format(
            path=path, detail=error.detail)) from error


def load_lenet(device: str | None = "cpu", path: str | Path | None = None) -> LeNet:
    """The trained LeNet in eval mode on `device` (CPU with a message when it is not there).

    The fall-back message, if any, is kept in `model.device_message` for the status bar.
    """
    target, message = resolve_device(device)  # an unknown name fails before any file is read
    path = Path(path) if path is not None else default_weights_path()
    model = LeNet()
    try:
        state = check_state_dict(read_state_dict(path), model.state_dict(), str(path), tr_noop("this LeNet"))
    except StateDictError as error:
        if error.kind == "finite":
            raise ValueError(tr("The weights in {path} contain NaN or infinite values ({detail}); retrain them.").format(
                path=path, detail=error.detail)) from error
        raise ValueError(
            tr(
                "The weights in {path} do not fit this LeNet ({detail}); retrain them with "
                "`convviz-train`."
            ).format(path=path, detail=error.detail)
        ) from error
    model.load_state_dict(state, strict=True)
    model.eval()
    if target.type != "cpu":
        try:
            model.to(target)
            with torch.inference_mode():
                model(torch.zeros(1, 1, 28, 28, device=target))
        except RuntimeError as error:
            model.to("cpu")
            message = tr("The device {device} failed ({error}); using the CPU.").format(device=target, error=error)
    model.device_message = message  # type: ignore[attr-defined]
    if message:
        log.warning(message)
    return model
