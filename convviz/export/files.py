"""Shared by the exports: arrays from anything array-like, and files that appear whole or not at all."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np

from convviz.i18n import tr
from convviz.new_files import create_beside


def as_array(value: Any, what: str) -> np.ndarray:
    """A numeric numpy array from a list, an array or a torch tensor (on any device)."""
    if type(value).__module__.startswith("torch") and hasattr(value, "detach"):
        value = value.detach().cpu().numpy()
    try:
        array = np.asarray(value)
    except (ValueError, TypeError):
        raise ValueError(tr("the {what} must be a rectangular grid of numbers").format(what=tr(what))) from None
    if array.dtype.kind not in "biuf":
        raise ValueError(tr("the {what} must contain only numbers").format(what=tr(what)))
    return array


@contextlib.contextmanager
def atomic_target(path: str | Path) -> Iterator[str]:
    """A temporary file beside `path`, renamed onto it only if the block succeeds.

    A failed or cancelled export never leaves half a file behind and never
    destroys an existing file; the file gets the user's usual permissions (or
    keeps those of the file it replaces). OSErrors become ValueErrors with the
    folder named.
    """
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise ValueError(tr("cannot save {name}: the folder {folder} does not exist").format(
                             name=target.name, folder=folder))
    try:
        handle, temporary = create_beside(target, ".part")
    except OSError as error:
        raise ValueError(tr("cannot save into {folder}: {reason}").format(
                             folder=folder, reason=error.strerror or error)) from None
    os.close(handle)
    try:
        yield temporary
        os.replace(temporary, target)
    except OSError as error:
        raise ValueError(tr("cannot save {target}: {reason}").format(
                             target=target, reason=error.strerror or error)) from None
    finally:
        if os.path.exists(temporary):
            os.remove(temporary)
