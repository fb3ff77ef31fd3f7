"""Hostile and malformed weights files (issue 14): refused with a sentence, before anything big is unpacked.

Every case goes through both public loaders, `load_user_model` and
`load_lenet(path=...)`, and checks the sentence, that no file was written,
and (for the budgets) that nothing large was allocated.
"""

from __future__ import annotations

import io
import os
import resource
import struct
import zipfile
import zlib

import pytest
import torch
from sandbox_helpers import (
    earlier_processes,  # noqa: F401 - autouse: leftovers of earlier tests aside
    folder_listing,
    sandbox_processes,
)

from convviz.model.archive_check import FileBudget, inspect_archive
from convviz.model.custom import load_user_model
from convviz.model.lenet import LeNet
from convviz.model.weights import load_lenet

GIB = 1024**3


def _lenet_state() -> dict[str, torch.Tensor]:
    torch.manual_seed(0)
    return LeNet().state_dict()


def _both_refuse(path, user_match: str, lenet_match: str) -> tuple[str, str]:
    """Both loaders refuse `path` with the given sentences, write nothing and leave nothing running."""
    before = folder_listing(path.parent)
    with pytest.raises(ValueError, match=user_match) as as_user_model:
        load_user_model(path)
    with pytest.raises(ValueError, match=lenet_match) as as_lenet:
        load_lenet(path=path)
    assert folder_listing(path.parent) == before
    assert sandbox_processes() == []
    return str(as_user_model.value), str(as_lenet.value)


def _peak_rss_kib() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


# --- malformed state_dicts ------------------------------------------------------


def _with(**changes):
    def build():
        state = dict(_lenet_state())
        for key, value in changes.items():
            state[key.replace("__", ".")] = value
        return state

    return build


def _int_key():
    state = dict(_lenet_state())
    state[3] = torch.zeros(3)
    return state


def _without(key):
    def build():
        state = dict(_lenet_state())
        del state[key]
        return state

    return build


MALFORMED = {
    # name: (build the saved object, sentence from load_user_model, sentence from load_lenet)
    "integer-key": (_int_key, r"not a table of named weights: a weight is named 3 \(int\), but weights are named by text",
                    r"does not hold a LeNet state_dict: a weight is named 3 \(int\)"),
    "string-value": (_with(conv1__weight="six filters"), r"holds a str under 'conv1\.weight', not a tensor",
                     r"holds a str under 'conv1\.weight'"),
    "nested-dict": (_with(conv1__weight={"a": torch.zeros(1)}), r"holds a dict under 'conv1\.weight'",
                    r"holds a dict under 'conv1\.weight'"),
    "wrong-shape": (_with(fc3__weight=torch.zeros(5, 84)), r"fc3\.weight is 5×84 but LeNet needs 10×84",
                    r"do not fit this LeNet \(fc3\.weight is 5×84 but this LeNet needs 10×84\)"),
    "huge-view": (_with(fc1__weight=torch.zeros(1).expand(1_000_000, 1_000_000)),
                  r"fc1\.weight is 1000000×1000000 but LeNet needs 120×400", r"fc1\.weight is 1000000×1000000"),
    "integers": (_with(conv1__weight=torch.zeros(6, 1, 5, 5, dtype=torch.int64)),
                 r"conv1\.weight holds int64 values, not the decimal numbers", r"do not fit this LeNet \(conv1\.weight holds int64"),
    "booleans": (_with(conv1__bias=torch.ones(6, dtype=torch.bool)), r"conv1\.bias holds bool values", r"conv1\.bias holds bool"),
    "complex": (_with(conv1__bias=torch.zeros(6, dtype=torch.complex64)), r"conv1\.bias holds complex64 values",
                r"conv1\.bias holds complex64"),
    "sparse": (_with(fc3__bias=torch.zeros(10).to_sparse()), r"fc3\.bias is stored in a special layout \(sparse_coo\)",
               r"fc3\.bias is stored in a special layout"),
    "nan": (_with(fc2__weight=torch.full((84, 120), float("nan"))), r"not finite numbers: fc2\.weight \(NaN or infinite\)",
            r"contain NaN or infinite values \(fc2\.weight"),
    "infinity": (_with(conv2__bias=torch.full((16,), float("inf"))), r"not finite numbers: conv2\.bias",
                 r"NaN or infinite values \(conv2\.bias"),
    "missing-key": (_without("conv2.bias"), r"does not fit LeNet: missing conv2\.bias", r"do not fit this LeNet \(missing conv2\.bias"),
    "extra-key": (_with(conv3__weight=torch.zeros(3)), r"does not fit LeNet: unexpected conv3\.weight",
                  r"do not fit this LeNet \(unexpected conv3\.weight"),
    "a-list": (lambda: [torch.zeros(3)], r"does not hold a state_dict", r"does not hold a LeNet state_dict"),
    "empty": (dict, r"does not hold a state_dict", r"does not hold a LeNet state_dict"),
}  # fmt: skip


@pytest.mark.parametrize("case", list(MALFORMED))
def test_every_malformed_state_dict_is_a_sentence_in_both_loaders(tmp_path, case):
    build, user_match, lenet_match = MALFORMED[case]
    torch.save(build(), tmp_path / "weights.pt")
    before = _peak_rss_kib()
    _both_refuse(tmp_path / "weights.pt", user_match, lenet_match)
    assert _peak_rss_kib() - before < 200 * 1024  # the 10¹²-element view was never computed on


def test_a_dataparallel_checkpoint_still_opens_in_load_user_model(tmp_path):
    state = {f"module.{key}": value for key, value in _lenet_state().items()}
    torch.save({"epoch": 2, "model_state_dict": state}, tmp_path / "ckpt.pt")
    assert load_user_model(tmp_path / "ckpt.pt").kind == "lenet"


# --- size budgets, checked before anything is unpacked ------------------------------


def _zip(entries: list[tuple[str, bytes, int, int, int]]) -> bytes:
    """A zip archive written by hand: (name, stored bytes, method, crc32, uncompressed size) per entry.

    Python's zipfile would compress the 2 GiB itself; here the deflated bytes are given.
    """
    out, central = io.BytesIO(), io.BytesIO()
    for name, stored, method, crc, size in entries:
        offset = out.tell()
        encoded = name.encode()
        fields = (20, 0, method, 0, 33, crc, len(stored), size, len(encoded))
        out.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, *fields, 0) + encoded + stored)
        central.write(struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, *fields, 0, 0, 0, 0, 0, offset) + encoded)
    directory = central.getvalue()
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(entries), len(entries), len(directory), out.tell(), 0)
    return out.getvalue() + directory + end


def _stored(name: str, data: bytes) -> tuple[str, bytes, int, int, int]:
    return (name, data, zipfile.ZIP_STORED, zlib.crc32(data), len(data))


def _deflated_zeros(name: str, size: int) -> tuple[str, bytes, int, int, int]:
    """`size` zero bytes (a multiple of 64 MiB) as a raw deflate stream of a few MB, with their CRC."""
    chunk = bytes(64 * 1024 * 1024)
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = compressor.compress(chunk) + compressor.flush(zlib.Z_FULL_FLUSH)  # self-contained: can be repeated
    count = size // len(chunk)
    crc = 0
    for _ in range(count):
        crc = zlib.crc32(chunk, crc)
    final = zlib.compressobj(9, zlib.DEFLATED, -15).flush()  # an empty last block
    return (name, block * count + final, zipfile.ZIP_DEFLATED, crc, size)


def _torch_save_entries(state) -> list[tuple[str, bytes, int, int, int]]:
    buffer = io.BytesIO()
    torch.save(state, buffer)
    with zipfile.ZipFile(buffer) as archive:
        return [_stored(info.filename, archive.read(info)) for info in archive.infolist()]


@pytest.fixture(scope="module")
def two_gib_tensor_file(tmp_path_factory):
    """The issue's file: a state_dict whose one tensor is 2 GiB of zeros, deflated into about 2 MB."""
    numel = 2 * GIB // 4
    entries = []
    for name, data, *_ in _torch_save_entries({"fc1.weight": torch.zeros(4)}):
        if name.endswith("data.pkl"):  # declare 2**29 floats instead of 4 (BININT1 4 -> BININT 2**29)
            data = data.replace(b"K\x04t", b"J" + struct.pack("<i", numel) + b"t").replace(
                b"K\x04\x85", b"J" + struct.pack("<i", numel) + b"\x85"
            )
            entries.append(_stored(name, data))
        elif name.endswith("data/0"):
            entries.append(_deflated_zeros(name, 2 * GIB))
        else:
            entries.append(_stored(name, data))
    path = tmp_path_factory.mktemp("budget") / "huge.pt"
    path.write_bytes(_zip(entries))
    return path


def test_a_2_gib_tensor_in_a_2_mb_file_is_refused_before_it_is_unpacked(two_gib_tensor_file):
    assert two_gib_tensor_file.stat().st_size < 3_000_000
    with zipfile.ZipFile(two_gib_tensor_file) as archive:  # the file is sound: torch would inflate it
        assert max(info.file_size for info in archive.infolist()) == 2 * GIB
    before = _peak_rss_kib()
    _both_refuse(two_gib_tensor_file, r"huge\.pt declares 2\.0 GiB of weights, more than the 256 MiB",
                 r"damaged or not a weights file \(huge\.pt declares 2\.0 GiB")  # fmt: skip
    assert _peak_rss_kib() - before < 100 * 1024


def test_a_tensor_declared_larger_than_its_data_is_refused(tmp_path):
    entries = []
    for name, data, *_ in _torch_save_entries({"fc1.weight": torch.zeros(4)}):
        if name.endswith("data.pkl"):
            data = data.replace(b"K\x04t", b"K\x40t")  # 64 floats declared, 4 stored
        entries.append(_stored(name, data))
    (tmp_path / "short.pt").write_bytes(_zip(entries))
    _both_refuse(tmp_path / "short.pt", r"short\.pt is damaged: a tensor declares 256 B|short\.pt is damaged: a tensor declares",
                 r"damaged or not a weights file \(short\.pt is damaged")  # fmt: skip


def test_a_table_of_contents_of_millions_of_no_op_opcodes_is_refused_before_it_is_read(tmp_path):
    """The issue's 200-million-opcode data.pkl kept a worker busy 95 s; any data.pkl over 1 MiB is refused unread."""
    no_ops = b"\x80\x02" + b"N0" * (2 * 1024 * 1024) + b"}."  # NONE, POP: 4 million opcodes, 4 MiB
    entries = [_stored(name, no_ops if name.endswith("data.pkl") else data)
               for name, data, *_ in _torch_save_entries(_lenet_state())]  # fmt: skip
    (tmp_path / "busy.pt").write_bytes(_zip(entries))
    _both_refuse(tmp_path / "busy.pt", r"busy\.pt holds a 4 MiB data\.pkl, more than the 1 MiB .* refused before it was read",
                 r"damaged or not a weights file \(busy\.pt holds a 4 MiB data\.pkl")  # fmt: skip


def test_an_archive_of_too_much_code_or_too_many_entries_is_refused(tmp_path):
    budget = FileBudget(code_bytes=1024, entries=20)
    code = [_stored("m/code/__torch__.py", b"#" * 2048), _stored("m/data.pkl", b"\x80\x02}.")]
    with pytest.raises(ValueError, match=r"holds 2 kB of TorchScript code, more than the 1 kB"):
        inspect_archive(_zip(code), "m.pt", budget)
    many = [_stored(f"m/extra/{index}", b"") for index in range(30)] + [_stored("m/data.pkl", b"\x80\x02}.")]
    with pytest.raises(ValueError, match=r"holds 31 files inside it"):
        inspect_archive(_zip(many), "m.pt", budget)


def test_a_file_over_the_whole_budget_is_refused_before_it_is_read(tmp_path):
    path = tmp_path / "big.pt"
    with open(path, "wb") as file:
        file.truncate(400 * 1024 * 1024)  # sparse: no disk used, and never read
    _both_refuse(path, r"big\.pt is 400 MiB, more than the \d+ MiB convviz reads for a small network", r"big\.pt is 400 MiB")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_is_refused_without_waiting_for_it(tmp_path):
    os.mkfifo(tmp_path / "pipe.pt")
    _both_refuse(tmp_path / "pipe.pt", r"pipe\.pt is a named pipe, not a regular file", r"is a named pipe")


def test_the_old_pytorch_format_is_refused_with_what_to_do(tmp_path):
    torch.save(_lenet_state(), tmp_path / "old.pt", _use_new_zipfile_serialization=False)
    _both_refuse(tmp_path / "old.pt", r"format of PyTorch before 1\.6.*torch\.save it again", r"before 1\.6")


@pytest.mark.parametrize("dtype", [torch.float16, torch.float32, torch.float64, torch.bfloat16])
@pytest.mark.parametrize("bad", [None, float("nan"), float("inf"), float("-inf")])
def test_the_finiteness_check_agrees_with_torch_for_every_decimal_type_and_layout(dtype, bad):
    from convviz.model.state_dict_check import all_finite

    base = torch.linspace(-3e4, 3e4, 120 * 400, dtype=torch.float64).reshape(120, 400).to(dtype)
    if bad is not None:
        base[77, 312] = bad  # a column the every-third slice keeps
    for tensor in (base, base.t(), base[:, ::3], base[5:6, :1].expand(64, 512),
                   base.clone().requires_grad_(True)):
        assert all_finite(tensor) == bool(torch.isfinite(tensor).all()) == (bad is None or tensor.shape == (64, 512))
