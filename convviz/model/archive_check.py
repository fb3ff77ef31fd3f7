"""Check a model file's declared sizes before anything in it is unpacked.

A PyTorch file is a zip archive: a pickle (`data.pkl`, the table of contents)
names each tensor's storage, whose bytes lie in `data/<key>`. A crafted file
can declare a 2 GiB tensor in a 2 MB file (a deflated run of zeros), or hold a
pickle of millions of no-op opcodes that keeps an unpickler busy for minutes.
So before torch reads anything, the zip's directory is checked against a
budget, every pickle is capped in size, and the storages the pickle declares
are read by an *inert* unpickler: it imports nothing and builds stand-ins, so
it only records what the file asks for. Everything over budget or out of
shape raises ValueError with a sentence naming the file.
"""

from __future__ import annotations

import io
import os
import pickle
import stat
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import torch

from convviz.i18n import tr

MIB = 1024 * 1024

#: Storage classes torch writes, by name, to their bytes per element.
_STORAGE_BYTES = {
    "FloatStorage": 4, "DoubleStorage": 8, "HalfStorage": 2, "BFloat16Storage": 2,
    "LongStorage": 8, "IntStorage": 4, "ShortStorage": 2, "CharStorage": 1,
    "ByteStorage": 1, "BoolStorage": 1, "ComplexFloatStorage": 8, "ComplexDoubleStorage": 16,
}  # fmt: skip
#: What a plain state_dict's pickle may name; torch's weights-only loader still decides the rest.
_TRUSTED_GLOBALS = ("torch.", "collections.OrderedDict")
#: torch.save's legacy (before PyTorch 1.6) files start with this pickled number.
_LEGACY_MAGIC = 0x1950A86A20F9469CFC6C


class NotAModelFile(ValueError):
    """The file is no PyTorch archive at all; the caller adds what it accepts instead."""


@dataclass(frozen=True)
class FileBudget:
    """The most a model file may declare; generous for a small CNN (LeNet's weights are 250 kB)."""

    tensor_bytes: int = 256 * MIB  # all tensor storages together
    pickle_bytes: int = 1 * MIB  # each pickle (a state_dict's table of contents is a few kB)
    code_bytes: int = 8 * MIB  # TorchScript code and its debug tables, together
    entries: int = 10_000  # files inside the archive

    @property
    def file_bytes(self) -> int:
        return self.tensor_bytes + 4 * self.pickle_bytes + self.code_bytes + MIB


#: The budget every loader uses unless told otherwise.
DEFAULT_BUDGET = FileBudget()


@dataclass(frozen=True)
class Archive:
    """What a checked zip holds: "torchscript" (with code/) or "tensors" (torch.save)."""

    kind: str
    root: str
    storages: dict[str, int] = field(default_factory=dict)  # record name -> declared bytes
    foreign_globals: tuple[str, ...] = ()  # Python names a state_dict's pickle imports beyond torch's


def size_text(count: int) -> str:
    """Bytes as a student reads them: 2.0 GiB, 300 MiB, 12 kB."""
    if count >= 1024 * MIB:
        return f"{count / (1024 * MIB):.1f} GiB"
    if count >= MIB:
        return f"{count / MIB:.0f} MiB"
    return f"{max(1, round(count / 1024))} kB"


def read_model_file(path, budget: FileBudget = DEFAULT_BUDGET) -> bytes:
    """The file's bytes, refusing anything that is not a regular file or is over budget.

    Opened without blocking and checked again once open, so a FIFO or device
    swapped in after the first look is refused too, never waited on.
    """
    path = Path(path)
    try:
        info = path.stat()
    except FileNotFoundError:
        raise ValueError(tr("there is no file at {path}.").format(path=path)) from None
    except OSError as error:
        raise ValueError(tr("{path} cannot be read ({reason}).").format(path=path, reason=error.strerror or error)) from error
    _require_regular(info, path)
    if info.st_size == 0:
        raise ValueError(tr("{name} is empty.").format(name=path.name))
    if info.st_size > budget.file_bytes:
        raise ValueError(
            tr("{name} is {size}, more than the {limit} convviz reads for a small network.").format(
                name=path.name, size=size_text(info.st_size), limit=size_text(budget.file_bytes))
        )
    try:
        handle = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError as error:
        raise ValueError(tr("{path} cannot be read ({reason}).").format(path=path, reason=error.strerror or error)) from error
    with os.fdopen(handle, "rb") as file:
        _require_regular(os.fstat(file.fileno()), path)
        data = file.read(budget.file_bytes + 1)
    if len(data) > budget.file_bytes:
        raise ValueError(tr("{name} grew past {limit} while it was read.").format(
            name=path.name, limit=size_text(budget.file_bytes)))
    return data


def _require_regular(info: os.stat_result, path: Path) -> None:
    if stat.S_ISDIR(info.st_mode):
        raise ValueError(tr("{path} is a folder, not a model file.").format(path=path))
    if not stat.S_ISREG(info.st_mode):
        what = tr("a named pipe") if stat.S_ISFIFO(info.st_mode) else tr("a device or socket")
        raise ValueError(tr("{path} is {what}, not a regular file; convviz only opens model files.").format(path=path, what=what))


def inspect_archive(data: bytes, name: str, budget: FileBudget = DEFAULT_BUDGET) -> Archive:
    """Check a torch zip archive's directory and pickles against `budget`; ValueError if it does not fit.

    Nothing is decompressed beyond the capped pickles and code; no tensor is built.
    """
    if not data.startswith(b"PK"):
        raise NotAModelFile(_not_a_zip(data, name, budget))
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        entries = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as error:
        raise NotAModelFile(tr("{name} is not a PyTorch model file (a damaged zip archive: {error}).").format(
            name=name, error=error)) from error
    with archive:
        if len(entries) > budget.entries:
            raise ValueError(tr("{name} holds {count} files inside it; a model file of a small network holds far fewer.").format(
                name=name, count=len(entries)))
        names = {entry.filename: entry for entry in entries}
        root = entries[0].filename.split("/", 1)[0] if entries else ""
        code = [entry for entry in entries if entry.filename.startswith(f"{root}/code/")]
        kind = "torchscript" if code else "tensors"
        if f"{root}/data.pkl" not in names:
            if kind == "torchscript":
                raise ValueError(tr("{name} looks like TorchScript but cannot be opened (its data.pkl is missing).").format(
                    name=name))
            raise NotAModelFile(tr("{name} is not a PyTorch model file (a zip archive without data.pkl).").format(name=name))
        code_bytes = sum(entry.file_size for entry in code)
        if code_bytes > budget.code_bytes:
            raise ValueError(
                tr("{name} holds {size} of TorchScript code, more than the {limit} a small network needs.").format(
                    name=name, size=size_text(code_bytes), limit=size_text(budget.code_bytes))
            )
        records = {entry.filename: entry.file_size for entry in entries}
        total = sum(size for filename, size in records.items() if not filename.startswith(f"{root}/code/"))
        if total > budget.tensor_bytes:
            raise ValueError(_too_big(name, total, budget))
        storages: dict[str, int] = {}
        foreign: list[str] = []
        for entry in entries:
            if entry.filename.endswith(".pkl") and entry.filename.count("/") == 1:
                table = _read_capped(archive, entry, name, budget.pickle_bytes)
                declared, globals_ = _declared_storages(table, name, entry.filename.rsplit("/", 1)[1])
                folder = entry.filename[: -len(".pkl")]
                for key, nbytes in declared.items():
                    storages[f"{folder}/{key}"] = nbytes
                foreign.extend(g for g in globals_ if not g.startswith(_TRUSTED_GLOBALS))
        if kind == "torchscript":
            for entry in code:
                if entry.filename.endswith(".py") and b"__setstate__" in _read_capped(archive, entry, name, budget.code_bytes):
                    raise ValueError(
                        tr(
                            "{name} defines __setstate__, code that TorchScript would run while the file is opened; "
                            "convviz does not open such models."
                        ).format(name=name)
                    )
    declared_total = sum(storages.values())
    if declared_total > budget.tensor_bytes:
        raise ValueError(_too_big(name, declared_total, budget))
    for record, nbytes in storages.items() if kind == "tensors" else ():  # TorchScript may leave traced inputs empty
        if records.get(record) != nbytes:
            stored = records.get(record)
            if stored is None:
                raise ValueError(tr("{name} is damaged: a tensor declares {size} but its data is missing.").format(
                    name=name, size=size_text(nbytes)))
            raise ValueError(tr("{name} is damaged: a tensor declares {size} but its data holds {stored}.").format(
                name=name, size=size_text(nbytes), stored=size_text(stored)))
    return Archive(kind, root, storages, tuple(dict.fromkeys(foreign)) if kind == "tensors" else ())


def _too_big(name: str, total: int, budget: FileBudget) -> str:
    return tr(
        "{name} declares {size} of weights, more than the {limit} convviz opens for a small network; "
        "it was refused before anything was unpacked."
    ).format(name=name, size=size_text(total), limit=size_text(budget.tensor_bytes))


def _read_capped(archive: zipfile.ZipFile, entry: zipfile.ZipInfo, name: str, cap: int) -> bytes:
    if entry.file_size > cap:
        raise ValueError(
            tr(
                "{name} holds a {size} {member}, more than the {limit} a small network's file needs; it "
                "was refused before it was read."
            ).format(name=name, size=size_text(entry.file_size), member=entry.filename.rsplit("/", 1)[-1], limit=size_text(cap))
        )
    try:
        with archive.open(entry) as member:
            content = member.read(cap + 1)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError) as error:
        raise ValueError(tr("{name} is damaged ({member}: {error}).").format(
            name=name, member=entry.filename.rsplit("/", 1)[-1], error=error)) from error
    if len(content) > cap:
        raise ValueError(tr("{name} is damaged: {member} is longer than it says.").format(
            name=name, member=entry.filename.rsplit("/", 1)[-1]))
    return content


# --- the inert unpickler ------------------------------------------------------


class _Inert:
    """Stands in for every object a pickle would build: accepts anything, does nothing."""

    def __new__(cls, *args, **kwargs):
        return object.__new__(cls)

    def __init__(self, *args, **kwargs) -> None:
        pass

    def __setstate__(self, state) -> None:
        pass

    def __setitem__(self, key, value) -> None:
        pass

    def append(self, item) -> None:
        pass

    def extend(self, items) -> None:
        pass


class _InertUnpickler(pickle.Unpickler):
    """Records the globals a pickle names and the storages it declares; imports and runs nothing."""

    def __init__(self, file) -> None:
        super().__init__(file)
        self.globals: list[str] = []
        self.storages: list[tuple] = []
        self._classes: dict[str, type] = {}

    def find_class(self, module: str, name: str) -> type:
        qualified = f"{module}.{name}"
        self.globals.append(qualified)
        if qualified not in self._classes:
            self._classes[qualified] = type(name, (_Inert,), {"qualified": qualified})
        return self._classes[qualified]

    def persistent_load(self, pid):
        self.storages.append(pid if isinstance(pid, tuple) else (pid,))
        return _Inert()


def scan_pickle(data: bytes, *, several: bool = False) -> tuple[list[str], list[tuple], BaseException | None]:
    """(globals named, persistent ids, the error that stopped the scan or None), without running anything.

    `several` reads pickles one after another, as torch's legacy format stores them.
    """
    source = io.BytesIO(data)
    unpickler = _InertUnpickler(source)
    error: BaseException | None = None
    try:
        while True:
            unpickler.load()
            if not several or source.tell() >= len(data):
                break
    except Exception as problem:  # not a pickle, a damaged or too deeply nested one: keep what was read
        error = problem
    return unpickler.globals, unpickler.storages, error


def _declared_storages(table: bytes, name: str, member: str) -> tuple[dict[str, int], list[str]]:
    """{record key: bytes} the pickle declares, and the globals it names."""
    globals_, storages, error = scan_pickle(table)
    if error is not None:
        raise ValueError(tr("{name} is damaged: its {member} cannot be read ({error}).").format(
            name=name, member=member, error=type(error).__name__))
    declared: dict[str, int] = {}
    for pid in storages:
        if len(pid) < 5 or pid[0] != "storage":
            raise ValueError(tr("{name} refers to data in a way PyTorch files do not ({member}).").format(
                name=name, member=member))
        storage_type, key, numel = pid[1], pid[2], pid[4]
        per_element = _element_bytes(storage_type)
        if per_element is None:
            raise ValueError(tr("{name} stores tensors of a kind convviz does not read ({kind}).").format(
                name=name, kind=_type_name(storage_type)))
        if not isinstance(key, str) or isinstance(numel, bool) or not isinstance(numel, int) or numel < 0:
            raise ValueError(tr("{name} is damaged: a tensor's size in {member} is not a count.").format(
                name=name, member=member))
        declared[key] = max(declared.get(key, 0), numel * per_element)
    return declared, globals_


def _type_name(storage_type) -> str:
    return str(getattr(storage_type, "qualified", storage_type))


def _element_bytes(storage_type) -> int | None:
    """Bytes per element of a storage class the pickle names ('torch.FloatStorage'), or a dtype name."""
    qualified = _type_name(storage_type)
    module, _, short = qualified.rpartition(".")
    if module == "torch" and short in _STORAGE_BYTES:
        return _STORAGE_BYTES[short]
    if module == "torch" and short.endswith("Storage"):
        return None
    dtype = getattr(torch, short, None) if module in ("torch", "") else None
    return dtype.itemsize if isinstance(dtype, torch.dtype) else None


def _not_a_zip(data: bytes, name: str, budget: FileBudget) -> str:
    """Why a file that is no zip archive is refused (torch's legacy format included)."""
    globals_, _, _ = scan_pickle(data[: budget.pickle_bytes], several=True)
    foreign = [g for g in dict.fromkeys(globals_) if not g.startswith(_TRUSTED_GLOBALS)]
    if foreign:
        return tr(
            "{name} holds Python objects or code ({names}), not just weights; convviz never runs code from a file."
        ).format(name=name, names=", ".join(foreign[:3]))
    if data[2:4] == b"\x8a\x0a" and data[4:14] == _LEGACY_MAGIC.to_bytes(10, "little"):
        return tr(
            "{name} was saved in the format of PyTorch before 1.6, which convviz does not read; "
            "load it and torch.save it again with a newer PyTorch."
        ).format(name=name)
    return tr("{name} is not a PyTorch model file.").format(name=name)
