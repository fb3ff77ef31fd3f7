"""Time to the first painted window: `convviz` against a bare PySide6 window, measured in one run.

    python benchmarks/bench_app_startup.py [--repeats 7]

Each repeat starts two fresh interpreters one after the other (offscreen):
a bare QMainWindow with one label, and `python -m convviz
--exit-after-first-paint`. Both print the wall-clock time of their first
paint event; the time from starting the process to that moment is what a
person waits for a window. Prints the medians and convviz / bare (aim ≤ 1.5).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

BARE = textwrap.dedent(
    """
    import time
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication([])
    window = QMainWindow()
    window.setCentralWidget(QLabel("hello"))
    window.resize(1440, 900)

    class FirstPaint(QObject):
        def eventFilter(self, watched, event):
            if watched is window and event.type() == QEvent.Type.Paint:
                print(f"FIRST_PAINT {time.time():.6f}", flush=True)
                QTimer.singleShot(0, app.quit)
            return False

    spy = FirstPaint()
    window.installEventFilter(spy)
    window.show()
    app.exec()
    """
)


def first_paint_seconds(command: list[str], env: dict[str, str]) -> float:
    started = time.time()
    result = subprocess.run(command, capture_output=True, text=True, timeout=120, env=env, cwd=ROOT)
    for line in result.stdout.splitlines():
        if line.startswith("FIRST_PAINT"):
            return float(line.split()[1]) - started
    raise RuntimeError(f"no first paint reported by {command}:\n{result.stdout}\n{result.stderr}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CONVVIZ_SETTINGS=str(Path(folder) / "s.ini"))
        bare_cmd = [sys.executable, "-c", BARE]
        app_cmd = [sys.executable, "-m", "convviz", "--exit-after-first-paint"]
        first_paint_seconds(bare_cmd, env)  # warm the file cache for both
        first_paint_seconds(app_cmd, env)
        bare, app = [], []
        for _ in range(args.repeats):
            bare.append(first_paint_seconds(bare_cmd, env))
            app.append(first_paint_seconds(app_cmd, env))
    b, a = statistics.median(bare), statistics.median(app)
    print(f"time to first painted window, median of {args.repeats} (offscreen):")
    print(f"  bare PySide6 window : {b * 1000:7.0f} ms   (min {min(bare) * 1000:.0f})")
    print(f"  convviz main window : {a * 1000:7.0f} ms   (min {min(app) * 1000:.0f})")
    print(f"  ratio convviz / bare: {a / b:7.2f}   (aim <= 1.5)")


if __name__ == "__main__":
    main()
