"""`convviz --screenshot … --size` at a projector's sizes: down to 800×600, exactly the size asked for."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PIL import Image


def run_convviz(args, tmp_path, timeout=240):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CONVVIZ_SETTINGS=str(tmp_path / "settings.ini"))
    return subprocess.run([sys.executable, "-m", "convviz", *args], capture_output=True, text=True,
                          timeout=timeout, env=env, check=False)


@pytest.mark.slow
@pytest.mark.parametrize("size", ["1024x768", "1280x720"])
def test_a_screenshot_at_a_projectors_size_is_that_size(tmp_path, size):
    out = tmp_path / "steps.png"
    result = run_convviz(["--screenshot", str(out), "--view", "steps", "--size", size], tmp_path)
    assert result.returncode == 0, result.stderr
    with Image.open(out) as picture:
        assert picture.size == tuple(int(n) for n in size.split("x"))
    assert "could not hold" not in result.stderr


def test_sizes_under_800x600_are_refused_with_a_sentence(tmp_path):
    result = run_convviz(["--screenshot", str(tmp_path / "x.png"), "--view", "steps", "--size", "799x600"], tmp_path)
    assert result.returncode != 0 and "at least 800x600" in result.stderr
    assert not (tmp_path / "x.png").exists()
