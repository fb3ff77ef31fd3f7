"""`convviz --screenshot … --size` at a projector's sizes: down to 800×600, exactly the size asked for."""

from __future__ import annotations

import pytest
from PIL import Image


@pytest.mark.parametrize("size", ["1024x768", "1280x720"])
def test_a_screenshot_at_a_projectors_size_is_that_size(tmp_path, run_cli, size):
    out = tmp_path / "steps.png"
    code, _, err = run_cli("--screenshot", out, "--view", "steps", "--size", size)
    assert code == 0, err
    with Image.open(out) as picture:
        assert picture.size == tuple(int(n) for n in size.split("x"))
    assert "could not hold" not in err


def test_sizes_under_800x600_are_refused_with_a_sentence(tmp_path, run_cli):
    code, _, err = run_cli("--screenshot", tmp_path / "x.png", "--view", "steps", "--size", "799x600")
    assert code != 0 and "at least 800x600" in err
    assert not (tmp_path / "x.png").exists()
