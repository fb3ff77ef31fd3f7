"""Open a file a user named only when it is a regular file of a sane size: never a pipe, device or folder.

Opening a named pipe (FIFO) for reading blocks until someone writes to it,
and reading /dev/zero or a sparse 4 GiB file never ends or fills memory. So
the file is looked at with `os.stat` (which opens nothing) first, then opened
non-blocking and looked at again through its descriptor (in case it was
swapped in between), and read with a byte limit. Every refusal is a
ValueError with a sentence; a missing file is a FileNotFoundError. No Qt.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Any, BinaryIO

from convviz.i18n import tr


def as_path(path: Any) -> Path:
    """`path` as a Path; ValueError for nothing chosen or something that is not a path."""
    if path is None or (isinstance(path, str) and not path.strip()):
        raise ValueError(tr("no file was chosen"))
    try:
        raw = os.fspath(path)
    except TypeError:
        raise ValueError(tr("{kind} is not a file path").format(kind=type(path).__name__)) from None
    if isinstance(raw, bytes):
        raw = os.fsdecode(raw)
    if "\0" in raw:
        raise ValueError(tr("the file name contains a NUL character, so it cannot name a file"))
    return Path(raw)


def kind_of(mode: int) -> str | None:
    """Words for what a non-regular file is ("a named pipe (FIFO)"), or None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return tr("a folder")
    if stat.S_ISFIFO(mode):
        return tr("a named pipe (FIFO)")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return tr("a device")
    if stat.S_ISSOCK(mode):
        return tr("a socket")
    return tr("not a regular file")


def check_regular_file(path: Any, what: str, max_bytes: int) -> tuple[Path, os.stat_result]:
    """The path and its stat if it names a readable regular file of at most `max_bytes`; opens nothing."""
    file = as_path(path)
    try:
        info = os.stat(file)
    except FileNotFoundError:
        raise FileNotFoundError(tr("there is no file {file}; check the name and folder").format(
            file=repr(str(file)))) from None
    except OSError as error:
        raise ValueError(tr("{file} cannot be looked at ({reason})").format(
            file=file.name, reason=error.strerror or error)) from None
    _check_stat(file, info, what, max_bytes)
    return file, info


def open_regular_file(path: Any, what: str, max_bytes: int) -> BinaryIO:
    """A binary file object for a checked regular file; the caller closes it (use `with`)."""
    file, _ = check_regular_file(path, what, max_bytes)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)
    try:
        descriptor = os.open(file, flags)
    except PermissionError:
        raise ValueError(tr("{file} cannot be read (no permission to open it)").format(file=file.name)) from None
    except FileNotFoundError:
        raise FileNotFoundError(tr("there is no file {file}; check the name and folder").format(
            file=repr(str(file)))) from None
    except OSError as error:
        raise ValueError(tr("{file} cannot be opened ({reason})").format(
            file=file.name, reason=error.strerror or error)) from None
    try:
        _check_stat(file, os.fstat(descriptor), what, max_bytes)  # the file might have been swapped meanwhile
        if hasattr(os, "set_blocking"):
            os.set_blocking(descriptor, True)
        return os.fdopen(descriptor, "rb")
    except BaseException:
        os.close(descriptor)
        raise


def read_regular_file(path: Any, what: str, max_bytes: int) -> bytes:
    """The whole content of a checked regular file, never more than `max_bytes` read."""
    with open_regular_file(path, what, max_bytes) as handle:
        data = handle.read(max_bytes + 1)
    if len(data) > max_bytes:  # it grew after the check
        raise ValueError(tr("{file} is larger than {limit}: too large to be {what}").format(
            file=as_path(path).name, limit=_size(max_bytes), what=what))
    return data


def _check_stat(file: Path, info: os.stat_result, what: str, max_bytes: int) -> None:
    if stat.S_ISDIR(info.st_mode):
        raise ValueError(tr("{file} is a folder, not {what}; choose a file inside it").format(
            file=repr(file.name), what=what))
    kind = kind_of(info.st_mode)
    if kind is not None:
        raise ValueError(tr("{file} is {kind}, not {what}; convviz reads only ordinary files").format(
            file=repr(file.name), kind=kind, what=what))
    if info.st_size > max_bytes:
        raise ValueError(
            tr("{file} is {size}: too large to be {what} (the limit is {limit})").format(
                file=file.name, size=_size(info.st_size), what=what, limit=_size(max_bytes))
        )


def _size(count: int) -> str:
    for unit, scale in (("GB", 1e9), ("MB", 1e6), ("kB", 1e3)):
        if count >= scale:
            return f"{count / scale:.1f} {unit}"
    return tr("{count} bytes").format(count=count)
