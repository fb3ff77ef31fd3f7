"""`convviz` on the command line: screenshots of each view, clear refusals, a fast first paint.

The screenshots and refusals run `main()` in this process (`run_cli`); the real `python -m convviz
--screenshot` is started in test_app_main_traces.py, and the first paint needs a fresh interpreter.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import numpy as np
import pytest
from PIL import Image

from convviz.app.main_window import view_available
from convviz.resources import resource_path


def assert_rich_screenshot(path):
    with Image.open(path) as opened:
        picture = np.asarray(opened.convert("RGB"))
    height, width, _ = picture.shape
    assert width >= 1200 and height >= 800
    colours = np.unique(picture.reshape(-1, 3)[::7], axis=0)
    assert len(colours) > 200, "the screenshot looks blank"
    assert picture.std() > 20


@pytest.mark.parametrize("view", ["convolution", "steps", "lenet"])
def test_screenshot_of_each_view(tmp_path, run_cli, view):
    if not view_available(view):
        pytest.skip(f"the {view} view is not installed yet")
    out = tmp_path / f"{view}.png"
    code, _, err = run_cli("--screenshot", out, "--view", view, "--image", resource_path("samples", "camera.png"))
    assert code == 0, err
    assert_rich_screenshot(out)


def test_unknown_view_is_refused_with_a_sentence(tmp_path, run_cli):
    code, _, err = run_cli("--screenshot", tmp_path / "x.png", "--view", "nonsense")
    assert code != 0
    assert "no view called 'nonsense'" in err
    assert not (tmp_path / "x.png").exists()


def test_screenshot_with_a_broken_picture_fails_clearly(tmp_path, run_cli):
    broken = tmp_path / "broken.png"
    broken.write_bytes(b"not a picture at all")
    out = tmp_path / "x.png"
    code, _, err = run_cli("--screenshot", out, "--view", "convolution", "--image", broken)
    assert code != 0
    assert "could not open" in err and "broken.png" in err
    assert not out.exists()


def test_screenshot_needs_a_view(tmp_path, run_cli):
    code, _, err = run_cli("--screenshot", tmp_path / "x.png")
    assert code != 0 and "--view" in err


def test_window_paints_before_heavy_libraries_load(tmp_path):
    """The first paint happens before torch, numpy or pyqtgraph is imported."""
    code = textwrap.dedent(
        """
        import sys
        from PySide6.QtCore import QSettings
        from PySide6.QtWidgets import QApplication
        app = QApplication([])
        from convviz.app.main_window import MainWindow
        window = MainWindow(settings=QSettings(sys.argv[1], QSettings.Format.IniFormat))
        def check():
            print("HEAVY:" + ",".join(m for m in ("torch", "numpy", "pyqtgraph") if m in sys.modules))
            window.close()
            app.exit(0)
        window.first_painted.connect(check)
        window.show()
        sys.exit(app.exec())
        """
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "s.ini")], capture_output=True, text=True, timeout=120, env=env,
    )
    assert result.returncode == 0, result.stderr
    assert "HEAVY:\n" in result.stdout, result.stdout
