"""Files convviz writes get the user's usual permissions (0666 minus the umask), not a temporary file's 0600."""

from __future__ import annotations

import os
import stat

import numpy as np
import pytest

from convviz.core import conv_steps
from convviz.export import export_map_png, export_matrix_csv, export_steps_animation
from convviz.session import Session, write_session

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")

PICTURE = np.arange(16, dtype=np.float32).reshape(4, 4)


def _write(kind: str, path):
    if kind == "csv":
        export_matrix_csv(PICTURE, path)
    elif kind == "png":
        export_map_png(PICTURE, path, scale=2)
    elif kind == "gif":
        export_steps_animation(conv_steps(PICTURE, np.ones((2, 2), np.float32)), path, fmt="gif", cell_px=16)
    elif kind == "apng":
        export_steps_animation(conv_steps(PICTURE, np.ones((2, 2), np.float32)), path, fmt="apng", cell_px=16)
    else:
        write_session(path, Session())


KINDS = ["csv", "png", "gif", "apng", "session"]


@pytest.fixture
def umask():
    """Set the process umask for one test, and put the old one back."""
    old = os.umask(0o022)
    yield lambda mask: os.umask(mask)
    os.umask(old)


def mode_of(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.mark.parametrize("kind", KINDS)
def test_a_new_file_gets_0644_under_umask_022(tmp_path, umask, kind):
    umask(0o022)
    path = tmp_path / f"out.{kind}"
    _write(kind, path)
    assert mode_of(path) == 0o644
    assert [p.name for p in tmp_path.iterdir()] == [path.name], "a temporary file was left behind"


@pytest.mark.parametrize("kind", ["csv", "session"])
def test_a_private_umask_is_followed(tmp_path, umask, kind):
    umask(0o077)
    path = tmp_path / f"out.{kind}"
    _write(kind, path)
    assert mode_of(path) == 0o600


@pytest.mark.parametrize("kind", ["png", "session"])
def test_overwriting_keeps_the_permissions_the_file_had(tmp_path, umask, kind):
    umask(0o022)
    path = tmp_path / f"out.{kind}"
    path.write_bytes(b"old")
    os.chmod(path, 0o640)
    _write(kind, path)
    assert mode_of(path) == 0o640
    assert path.read_bytes() != b"old"
