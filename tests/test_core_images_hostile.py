"""Hostile picture files: nothing runs, nothing is written, nothing hangs.

`load_image` and `load_picture` decode only raster formats Pillow reads
itself, chosen by the file's content, and open only regular files.
"""

from __future__ import annotations

import os
import socket
import subprocess

import numpy as np
import pytest
from PIL import EpsImagePlugin, Image

from convviz.core import load_image
from convviz.core.images import PICTURE_FORMATS
from convviz.samples import load_picture

LOADERS = [pytest.param(load_image, id="load_image"), pytest.param(load_picture, id="load_picture")]


def _eps_that_writes(path, target):
    """An EPS whose PostScript creates `target` when Ghostscript runs it (as in issue 14)."""
    path.write_text(
        "%!PS-Adobe-3.0 EPSF-3.0\n"
        "%%BoundingBox: 0 0 16 16\n"
        f"({target}) (w) file closefile\n"
        "showpage\n"
        "%%EOF\n"
    )
    return path


@pytest.fixture
def no_programs(monkeypatch):
    """Pretends Ghostscript is installed and records (and stops) every attempt to start a program."""
    started = []

    def refuse(*args, **kwargs):
        started.append(args[0] if args else kwargs.get("args"))
        raise AssertionError(f"a program was started: {started[-1]!r}")

    monkeypatch.setattr(EpsImagePlugin, "gs_binary", "gs")  # Pillow would hand the file to gs
    monkeypatch.setattr(subprocess, "Popen", refuse)
    monkeypatch.setattr(os, "system", refuse)
    if hasattr(os, "posix_spawn"):
        monkeypatch.setattr(os, "posix_spawn", refuse)
        monkeypatch.setattr(os, "posix_spawnp", refuse)
    return started


@pytest.mark.timeout(10)
@pytest.mark.parametrize("loader", LOADERS)
@pytest.mark.parametrize("name", ["drawing.eps", "holiday.png"])
def test_an_eps_file_is_refused_and_ghostscript_never_starts(tmp_path, no_programs, loader, name):
    target = tmp_path / "written-by-postscript.txt"
    path = _eps_that_writes(tmp_path / name, target)
    with pytest.raises(ValueError, match=rf"{name} is a PostScript document, not a picture convviz reads") as info:
        loader(path)
    assert "never starts another program" in str(info.value)
    assert no_programs == []
    assert not target.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]


@pytest.mark.timeout(10)
def test_pdf_and_binary_eps_are_named(tmp_path, no_programs):
    (tmp_path / "slides.png").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n")
    with pytest.raises(ValueError, match="slides.png is a PDF document"):
        load_image(tmp_path / "slides.png")
    (tmp_path / "figure.jpg").write_bytes(b"\xc5\xd0\xd3\xc6" + bytes(28))
    with pytest.raises(ValueError, match="figure.jpg is an EPS document"):
        load_image(tmp_path / "figure.jpg")
    assert no_programs == []


def test_no_allowed_format_hands_files_to_another_program():
    assert "EPS" not in PICTURE_FORMATS and "PDF" not in PICTURE_FORMATS
    Image.init()
    assert set(PICTURE_FORMATS) <= set(Image.OPEN)  # every name is a decoder Pillow has


def test_the_content_decides_not_the_name(tmp_path):
    pixels = np.arange(12, dtype=np.uint8).reshape(3, 4) * 20
    Image.fromarray(pixels, "L").save(tmp_path / "really-a-png.jpg", format="PNG")
    np.testing.assert_array_equal(load_image(tmp_path / "really-a-png.jpg"), pixels / np.float32(255))
    Image.fromarray(pixels, "L").save(tmp_path / "scan.pgm")
    np.testing.assert_array_equal(load_picture(tmp_path / "scan.pgm"), pixels / np.float32(255))


@pytest.mark.timeout(10)
@pytest.mark.parametrize("loader", LOADERS)
def test_a_named_pipe_is_refused_at_once_without_opening_it(tmp_path, loader):
    fifo = tmp_path / "photo.png"
    os.mkfifo(fifo)  # opening it for reading would block until someone writes
    with pytest.raises(ValueError, match=r"'photo.png' is a named pipe \(FIFO\), not a picture"):
        loader(fifo)
    with pytest.raises(ValueError, match="named pipe"):
        loader(os.fsencode(fifo))  # a path given as bytes is checked the same way


@pytest.mark.timeout(10)
@pytest.mark.parametrize("loader", LOADERS)
def test_a_device_is_refused(loader):
    with pytest.raises(ValueError, match="'zero' is a device, not a picture"):
        loader("/dev/zero")


@pytest.mark.timeout(10)
def test_a_socket_and_a_folder_are_refused(tmp_path):
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        try:
            server.bind(str(tmp_path / "s.png"))
        except OSError:
            pytest.skip("this system cannot make a socket file here")
        with pytest.raises(ValueError, match="'s.png' is a socket, not a picture"):
            load_picture(tmp_path / "s.png")
    finally:
        server.close()
    with pytest.raises(ValueError, match="is a folder, not a picture"):
        load_picture(tmp_path)


@pytest.mark.timeout(10)
def test_a_huge_file_is_refused_by_its_size_before_reading(tmp_path):
    path = tmp_path / "huge.png"
    with open(path, "wb") as handle:
        handle.write(b"\x89PNG\r\n\x1a\n")
        handle.truncate(5 * 1024**3)  # sparse: no disk space, no memory
    with pytest.raises(ValueError, match=r"huge.png is 5.4 GB: too large to be a picture"):
        load_image(path)
