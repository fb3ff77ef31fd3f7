"""A headless screenshot run leaves no trace (no autosave, no Recent files, no window geometry) and ends cleanly.

This is the suite's one run of the real `python -m convviz --screenshot` (the others call `main()` in
their own process): a fresh interpreter, offscreen Qt, the picture opened in presentation mode, a rich PNG
written and nothing else, and an exit status of 0.
"""

from __future__ import annotations

import os
import subprocess
import sys

from PySide6.QtCore import QSettings
from test_app_main_cli import assert_rich_screenshot

from convviz.resources import resource_path


def test_a_presenting_screenshot_with_a_picture_writes_only_the_screenshot_and_ends_without_a_crash(tmp_path):
    """Presenting, the window used to be left to PySide's clean-up at interpreter exit, which destroyed the plots'
    scenes after finalizing began and called pyqtgraph's Python overrides: a segfault. Without the fix (the
    window's `delete_now` at the end of `main`) this run segfaulted 7 times out of 7 (and 15 out of 15 without
    --image); without --present it did not crash, so --present stays."""
    settings_file = tmp_path / "settings.ini"
    before = QSettings(str(settings_file), QSettings.Format.IniFormat)
    before.setValue("recent_files", ["/earlier/picture.png"])
    before.sync()
    data = tmp_path / "data"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CONVVIZ_SETTINGS=str(settings_file), CONVVIZ_DATA=str(data))
    out = tmp_path / "out.png"
    picture = resource_path("samples", "camera.png")
    result = subprocess.run(
        [sys.executable, "-m", "convviz", "--screenshot", str(out), "--view", "convolution", "--image", str(picture),
         "--present"],
        capture_output=True, text=True, timeout=240, env=env,
    )
    assert result.returncode == 0, (result.returncode, result.stderr[-2000:])
    assert_rich_screenshot(out)
    assert not data.exists() or not any(data.iterdir()), "the screenshot run autosaved a session"
    after = QSettings(str(settings_file), QSettings.Format.IniFormat)
    assert after.value("recent_files") in (["/earlier/picture.png"], "/earlier/picture.png")
    assert after.value("window/geometry") is None
