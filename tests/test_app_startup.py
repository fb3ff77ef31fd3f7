"""Start-up: what the first paint shows and needs, and what comes right after it (speed: benchmarks/bench_app_startup.py).

A fresh interpreter is the only honest place to see what was loaded before the first paint, so
those checks start one.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from convviz.app import _search_the_file_for_pyside

ROOT = Path(__file__).resolve().parent.parent  # this checkout's convviz, whatever is installed


def fresh_env(**more: str) -> dict[str, str]:
    return dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=os.pathsep.join(
        [str(ROOT), *filter(None, [os.environ.get("PYTHONPATH")])]), **more)

FIRST_PAINT = textwrap.dedent(
    """
    import json, sys
    import convviz.app.main_window as main_window
    from convviz.app.main import main

    made = main_window.MainWindow.__init__

    def init(self, *args, **kwargs):
        made(self, *args, **kwargs)

        def look():
            import PySide6.QtCore
            menus = [action.text().replace("&", "") for action in self.menuBar().actions()]
            print("SEEN " + json.dumps({
                "menus": menus, "tabs": [self.tabs.tabText(i) for i in range(self.tabs.count())],
                "status": self.statusBar().currentMessage(),
                "qt_namespace": "Qt" in vars(PySide6.QtCore),
                "loaded": sorted(m for m in ("numpy", "torch", "pyqtgraph", "superqt", "PIL", "psygnal", "ctypes")
                                 if m in sys.modules),
                "compute_thread": self.worker._thread is not None,
            }), flush=True)

        self.first_painted.connect(look)

    main_window.MainWindow.__init__ = init
    sys.exit(main(["--exit-after-first-paint", "--language", "en"]))
    """
)


def test_the_first_paint_shows_the_real_window_and_needs_nothing_heavy(tmp_path):
    result = subprocess.run([sys.executable, "-c", FIRST_PAINT], capture_output=True, text=True, timeout=120,
                            env=fresh_env(CONVVIZ_SETTINGS=str(tmp_path / "s.ini")), cwd=ROOT)
    assert result.returncode == 0, result.stderr
    seen = json.loads(next(line for line in result.stdout.splitlines() if line.startswith("SEEN "))[5:])
    assert seen["menus"][:2] == ["File", "View"] and seen["menus"][-1] == "Help"  # a window, not a splash
    assert seen["tabs"] == ["Convolution", "Steps", "LeNet"] and seen["status"] == "Loading…"
    assert not seen["qt_namespace"]  # PySide6 builds it (30-80 ms of enums) after the paint, off the GUI thread
    assert seen["loaded"] == []
    assert not seen["compute_thread"]  # started by the first job


def test_quitting_while_the_libraries_load_ends_cleanly(tmp_path):
    """The loading thread makes PySide6 types and signals the window; a process ending meanwhile must not crash.

    One run (it was three): with the exit's wait for the loading thread taken out
    (`_let_the_loading_thread_finish` returning at once), 10 runs out of 10 still ended cleanly here, so more
    runs showed nothing more; the run stays as the check that a quit during loading ends with status 0.
    """
    result = subprocess.run([sys.executable, "-m", "convviz", "--exit-after-first-paint"], capture_output=True,
                            text=True, timeout=120, env=fresh_env(CONVVIZ_SETTINGS=str(tmp_path / "s.ini")), cwd=ROOT)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "FIRST_PAINT" in result.stdout


def test_after_the_first_paint_the_tools_and_the_view_come(make_window, qtbot, threaded_worker):
    window = make_window(start_view="convolution", worker=threaded_worker, fast_start=True, leave_no_trace=True)
    qtbot.waitUntil(lambda: window.sessions is not None and "convolution" in window.views, timeout=60_000)
    menus = [action.text().replace("&", "") for action in window.menuBar().actions()]
    assert menus.index("Lessons") < menus.index("Model") < menus.index("Help")  # the tools' menus, before Help
    assert window.open_action.shortcut().toString() == "Ctrl+O"  # shortcuts set after the paint
    assert window.tabs.currentWidget() is window.views["convolution"]
    qtbot.waitUntil(lambda: window.view_is_settled("convolution"), timeout=60_000)


def test_the_quicker_pyside_check_answers_as_pyside_does():
    import json as plain_module

    import convviz.app.theme as pyside_module

    asked = []

    def pyside_asks(module):
        asked.append(module.__name__)
        return "from PySide6" in (getattr(module, "__doc__", "") or "")

    check = _search_the_file_for_pyside(pyside_asks)
    assert check(pyside_module) and not check(plain_module) and asked == []  # answered from the files
    assert not check(sys) and asked == ["sys"]  # no file: PySide6's own way
    feature = sys.modules.get("shibokensupport.feature")
    if feature is not None and hasattr(feature._mod_uses_pyside, "asks_pyside"):
        original = feature._mod_uses_pyside.asks_pyside
        for module in (pyside_module, plain_module, pytest, sys):
            assert feature._mod_uses_pyside(module) == original(module), module.__name__


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the early load of torch's library is Linux only")
def test_torchs_library_is_loaded_early_and_torch_still_works():
    code = textwrap.dedent(
        """
        import sys
        from convviz.app.main_window import load_native_libraries
        load_native_libraries()
        with open("/proc/self/maps") as maps:
            early = "libtorch_cpu.so" in maps.read()
        assert "torch" not in sys.modules
        import torch
        print("EARLY", early, float(torch.nn.functional.conv2d(torch.ones(1, 1, 3, 3), torch.ones(1, 1, 2, 2)).sum()))
        """
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                            env=fresh_env(), cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert "EARLY True 16.0" in result.stdout
