"""What one main window costs to build, show and close, per first view: this checkout against another, in one run.

    python benchmarks/bench_window_build.py [--against PATH] [--windows 4] [--rounds 2]

Every window test and every start pays for a `MainWindow` shown at 1400x900
until its first view has shown its first result (`view_is_settled`), then
closed and deleted, as tests/conftest.py's `make_window` does (a synchronous
worker, English, settings in a temporary file). This prints, per first view
(convolution, lenet, steps), the median wall-clock and CPU time (the process's
`time.process_time`, less swayed by other work on a shared 2-core machine) of
one window, after a first window that pays the imports, and the CPU time of the GUI thread alone
(`time.thread_time`: the window's own work and, with the synchronous worker, the compute jobs; not
torch's helper threads, whose waiting on a busy machine makes the process's CPU time jump around).

`--against PATH`: another convviz checkout (e.g. an older commit unpacked with
`git archive`). Both are measured in alternating child processes in the same
run, and the ratios this / other are printed (below 1: this checkout is cheaper).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VIEWS = ("convolution", "lenet", "steps")
KEYS = ("build_wall", "build_cpu", "build_gui", "close_wall", "close_cpu")
HEADINGS = ("build wall", "build CPU", "build GUI", "close wall", "close CPU")

CHILD = textwrap.dedent(
    """
    import json, os, sys, tempfile, time
    from PySide6.QtCore import QEvent, QEventLoop, QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    from convviz.app.main_window import MainWindow
    from convviz.app.worker import ComputeWorker

    folder = tempfile.mkdtemp()
    count = 0

    def one(view):
        global count
        count += 1
        worker = ComputeWorker(synchronous=True)
        settings = QSettings(os.path.join(folder, f"s{count}.ini"), QSettings.Format.IniFormat)
        wall, cpu, gui = time.perf_counter(), time.process_time(), time.thread_time()
        window = MainWindow(worker=worker, settings=settings, start_view=view, language="en")
        window.resize(1400, 900)
        window.show()
        loop = QEventLoop()
        poll = QTimer(interval=2)  # as qtbot.waitUntil polls: the event loop sleeps between events, no busy loop

        def check():
            worker.flush()
            if window.view_is_settled(view):
                loop.quit()
            elif time.perf_counter() - wall > 60:
                raise SystemExit(f"{view}: not settled after 60 s")

        poll.timeout.connect(check)
        poll.start()
        loop.exec()
        poll.stop()
        built = time.perf_counter() - wall, time.process_time() - cpu, time.thread_time() - gui
        wall, cpu = time.perf_counter(), time.process_time()
        window.close()
        window.deleteLater()
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        worker.stop()
        closed = time.perf_counter() - wall, time.process_time() - cpu
        return built, closed

    windows = int(sys.argv[1])
    for view in sys.argv[2:]:
        one(view)  # the imports and first-use costs
        for _ in range(windows):
            (build_wall, build_cpu, build_gui), (close_wall, close_cpu) = one(view)
            print(json.dumps({"view": view, "build_wall": build_wall, "build_cpu": build_cpu, "build_gui": build_gui,
                              "close_wall": close_wall, "close_cpu": close_cpu}), flush=True)
    """
)


def measure(checkout: Path, windows: int) -> list[dict]:
    """One child process importing convviz from `checkout`: one record per window."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(checkout))
    with tempfile.TemporaryDirectory() as home:  # no user settings, no autosave, whatever the checkout does
        env["HOME"] = home
        env["XDG_CONFIG_HOME"] = home
        result = subprocess.run([sys.executable, "-c", CHILD, str(windows), *VIEWS], cwd=checkout, env=env,
                                capture_output=True, text=True, timeout=900)
    if result.returncode != 0:
        raise SystemExit(f"{checkout}: child failed\n{result.stderr[-3000:]}")
    return [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]


def medians(records: list[dict], view: str) -> dict[str, float]:
    mine = [r for r in records if r["view"] == view]
    return {key: statistics.median(r[key] for r in mine) for key in KEYS}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--against", type=Path, help="another convviz checkout to compare with")
    parser.add_argument("--windows", type=int, default=4, help="windows per view per child (after one warm-up)")
    parser.add_argument("--rounds", type=int, default=2, help="child processes per checkout (alternating)")
    args = parser.parse_args()
    checkouts = {"this": ROOT}
    if args.against is not None:
        checkouts["other"] = args.against.resolve()
    records: dict[str, list[dict]] = {name: [] for name in checkouts}
    for _ in range(args.rounds):
        for name, path in checkouts.items():
            records[name] += measure(path, args.windows)
    print(f"load average {Path('/proc/loadavg').read_text().split()[:3] if Path('/proc/loadavg').exists() else '?'};"
          f" {args.rounds} x {args.windows} windows per view and checkout; medians in ms (build = shown and"
          " settled, close = closed and deleted)")
    for name, path in checkouts.items():
        print(f"  {name}: {path}")
    print(f"{'view':<12}{'checkout':<9}" + "".join(f"{heading:>11}" for heading in HEADINGS))
    for view in VIEWS:
        figures = {name: medians(records[name], view) for name in checkouts}
        for name, m in figures.items():
            print(f"{view:<12}{name:<9}" + "".join(f"{m[key] * 1e3:>11.0f}" for key in KEYS))
        if "other" in figures:
            this, other = figures["this"], figures["other"]
            total = {name: f["build_cpu"] + f["close_cpu"] for name, f in figures.items()}
            print(f"{'':<12}{'ratio':<9}" + "".join(f"{this[key] / other[key]:>11.2f}" for key in KEYS)
                  + f"   CPU build+close: {total['this'] / total['other']:.2f}")

if __name__ == "__main__":
    main()
