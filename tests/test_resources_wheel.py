"""Shipped files are found in a source checkout and in an installed wheel run elsewhere."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from convviz.resources import resource_path, resources_root

REPO = Path(__file__).resolve().parent.parent
NEEDED = [
    ("weights", "lenet_mnist.pt"),
    ("mnist", "t10k-images-idx3-ubyte.gz"),
    ("samples", "camera.png"),
    ("samples", "README.md"),
    ("lessons", "06-vertical-edge-6x6.json"),
]


def test_checkout_finds_every_shipped_folder():
    assert resources_root() == REPO / "resources"
    for parts in NEEDED:
        assert resource_path(*parts).is_file()


def test_missing_resource_is_a_clear_value_error():
    with pytest.raises(ValueError, match="missing"):
        resource_path("weights", "no-such-file.pt")


@pytest.mark.slow
def test_installed_wheel_carries_the_resources(tmp_path):
    """Build the wheel, unpack it as pip would, and read resources from another folder."""
    wheel_dir = tmp_path / "wheel"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(wheel_dir), str(REPO)],
        check=True,
        capture_output=True,
        timeout=240,
    )
    (wheel,) = wheel_dir.glob("convviz-*.whl")
    site = tmp_path / "site"
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(site)
    probe = (
        "import convviz, convviz.resources as r\n"
        "print(convviz.__file__)\n"
        f"for parts in {NEEDED!r}:\n"
        "    print(r.resource_path(*parts))\n"
    )
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {**os.environ, "PYTHONPATH": str(site)}
    out = subprocess.run(
        [sys.executable, "-c", probe], cwd=elsewhere, env=env, capture_output=True, text=True, check=True
    ).stdout.split()
    assert out[0].startswith(str(site)), "the probe imported the checkout instead of the wheel"
    for line in out[1:]:
        assert line.startswith(str(site / "convviz" / "_resources")), line
        assert Path(line).is_file()
