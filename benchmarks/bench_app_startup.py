"""Time to the first painted window: `convviz` against a bare PySide6 window, measured in one run.

    python benchmarks/bench_app_startup.py [--repeats 7]

Each repeat starts two fresh interpreters one after the other (offscreen):
a bare QMainWindow with one label, and `python -m convviz
--exit-after-first-paint`. Both print the wall-clock time of their first
paint event; the time from starting the process to that moment is what a
person waits for a window. Prints the medians and convviz / bare (aim ≤ 1.3),
the CPU time each process used by then (a second ratio, less swayed by other
work on a shared machine), and what the window shows at its first paint and
what is filled in right after it.

Both run as an installed program does: Python's bytecode cache is on (kept in
a private temporary folder, so the checkout gets no __pycache__), even where
the environment sets PYTHONDONTWRITEBYTECODE; without it every start would
compile convviz's modules again, which no installed copy does. `--no-bytecode`
measures that case too.

Then, in the same run, what follows the first paint: the app goes on
importing torch & co. off the GUI thread and builds the first view
(`--view`, convolution by default). A 5 ms heartbeat on the GUI thread gives
the longest stall from the first paint until that view shows its first
result and the lesson catalogue (read right after it) is in, against the
longest gap of the same heartbeat once all is idle, and how much of it was
the GUI thread's own work (its CPU time; the rest, the machine gave the CPU
to other processes, or another thread held the interpreter: importing
torch holds it for 30-130 ms stretches no thread can break), with the most
such work between two beats; and the same from the moment torch & co. are
loaded: the view's build and what follows it.
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
                print(f"FIRST_PAINT {time.time():.6f} CPU {time.process_time():.6f}", flush=True)
                QTimer.singleShot(0, app.quit)
            return False

    spy = FirstPaint()
    window.installEventFilter(spy)
    window.show()
    app.exec()
    """
)


FIRST_VIEW = textwrap.dedent(
    """
    import sys, time
    sys.path.insert(0, {root!r})
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from convviz.app.main_window import MainWindow

    app = QApplication([])
    window = MainWindow(start_view={view!r}, fast_start=True, leave_no_trace=True)
    window.resize(1440, 900)
    beats, cpu, phase = [], [], {{"settled": None, "libraries": None}}
    window.libraries_loaded.connect(lambda: phase.__setitem__("libraries", time.perf_counter()))

    def beat():
        beats.append(time.perf_counter())
        cpu.append(time.thread_time())

    heart = QTimer(interval=5, timeout=beat)
    window.first_painted.connect(lambda: (beat(), heart.start()))

    def check():
        lessons = getattr(window, "lessons", None)  # the catalogue, read after the first result, counts too
        if phase["settled"] is None and window.view_is_settled({view!r}) and lessons and lessons.loader.lessons:
            phase["settled"] = time.perf_counter()
        if phase["settled"] is not None and time.perf_counter() - phase["settled"] > 2.0:
            app.quit()

    poll = QTimer(interval=20, timeout=check)
    poll.start()
    QTimer.singleShot(120_000, app.quit)
    window.show()
    app.exec()
    settled = phase["settled"]
    gaps = list(zip(beats, beats[1:], cpu, cpu[1:]))
    loading = [(b - a, d - c) for a, b, c, d in gaps if b <= settled]
    idle = [b - a for a, b, _, _ in gaps if a >= settled + 0.5]
    longest, its_cpu = max(loading)
    building = [(b - a, d - c) for a, b, c, d in gaps if phase["libraries"] <= a and b <= settled]
    build_longest, build_cpu = max(building)
    print("FIRST_VIEW", settled - beats[0], longest, max(idle), its_cpu, max(work for _, work in loading),
          settled - phase["libraries"], build_longest, build_cpu)
    """
)


PAINTED = ("the main window with its tabs, the File, View and Help menus (with View > Theme and Language), "
           "the Compute toolbar and the status bar, in the saved theme and language")
AFTER = ("keyboard shortcuts, the window icon, the Lessons, Exercises and Model menus, File > Export and sessions, "
         "Edit > Undo, presentation mode; then torch & co. are imported off the GUI thread and the view is built")


def first_view(env: dict[str, str], view: str) -> tuple[float, ...]:
    """(seconds from first paint to the view's first result, longest GUI stall meanwhile, idle longest gap,
    the GUI thread's CPU seconds in that stall, the most GUI CPU seconds between two beats meanwhile; then the
    same from the moment torch & co. are loaded: seconds to the first result, longest stall, its GUI CPU)."""
    code = FIRST_VIEW.format(root=str(ROOT), view=view)
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300, env=env,
                            cwd=ROOT)
    for line in result.stdout.splitlines():
        if line.startswith("FIRST_VIEW"):
            return tuple(float(v) for v in line.split()[1:])
    raise RuntimeError(f"the first view did not settle:\n{result.stdout}\n{result.stderr}")


def first_paint_seconds(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(wall-clock seconds from starting the process to its first paint, CPU seconds the process used by then)."""
    started = time.time()
    result = subprocess.run(command, capture_output=True, text=True, timeout=120, env=env, cwd=ROOT)
    for line in result.stdout.splitlines():
        if line.startswith("FIRST_PAINT"):
            words = line.split()
            return float(words[1]) - started, float(words[words.index("CPU") + 1])
    raise RuntimeError(f"no first paint reported by {command}:\n{result.stdout}\n{result.stderr}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=7)
    parser.add_argument("--no-bytecode", action="store_true", help="compile every module at every start")
    parser.add_argument("--view", default="convolution", help="the first view built after the first paint")
    parser.add_argument("--view-repeats", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CONVVIZ_SETTINGS=str(Path(folder) / "s.ini"))
        if args.no_bytecode:
            env["PYTHONDONTWRITEBYTECODE"] = "1"
        else:
            env.pop("PYTHONDONTWRITEBYTECODE", None)
            env["PYTHONPYCACHEPREFIX"] = str(Path(folder) / "pycache")
        bare_cmd = [sys.executable, "-c", BARE]
        app_cmd = [sys.executable, "-m", "convviz", "--exit-after-first-paint"]
        first_paint_seconds(bare_cmd, env)  # warm the file cache for both
        first_paint_seconds(app_cmd, env)
        bare_runs, app_runs = [], []
        for _ in range(args.repeats):
            bare_runs.append(first_paint_seconds(bare_cmd, env))
            app_runs.append(first_paint_seconds(app_cmd, env))
        views = [first_view(env, args.view) for _ in range(args.view_repeats)]
    bare, app = [wall for wall, _ in bare_runs], [wall for wall, _ in app_runs]
    b, a = statistics.median(bare), statistics.median(app)
    b_cpu, a_cpu = (statistics.median(cpu for _, cpu in runs) for runs in (bare_runs, app_runs))
    cache = "no bytecode cache" if args.no_bytecode else "bytecode cached"
    load = " ".join(f"{v:.1f}" for v in os.getloadavg())
    print(f"time to first painted window, median of {args.repeats} (offscreen, {cache}; "
          f"load average {load} on {os.cpu_count()} cores):")
    print(f"  bare PySide6 window : {b * 1000:7.0f} ms   (min {min(bare) * 1000:.0f})")
    print(f"  convviz main window : {a * 1000:7.0f} ms   (min {min(app) * 1000:.0f})")
    print(f"  ratio convviz / bare: {a / b:7.2f}   (aim <= 1.3)")
    print(f"  CPU time by the first paint (less swayed by other work on the machine): bare {b_cpu * 1000:.0f} ms, "
          f"convviz {a_cpu * 1000:.0f} ms, ratio {a_cpu / b_cpu:.2f}")
    print(f"  at the first paint: {PAINTED}")
    print(f"  right after it: {AFTER}")
    print(f"then the {args.view} view, built after the first paint ({args.view_repeats} runs):")
    for seconds, stall, idle, stall_cpu, most_cpu, build_seconds, build_stall, build_cpu in views:
        print(f"  settled {seconds:5.2f} s after the first paint (first result shown, lesson catalogue read); longest GUI stall meanwhile "
              f"{stall * 1000:6.1f} ms ({stall_cpu * 1000:.0f} ms of it GUI-thread CPU), idle longest gap "
              f"{idle * 1000:5.1f} ms: ratio {stall / idle:5.1f}; most GUI-thread CPU between two beats "
              f"{most_cpu * 1000:.0f} ms")
        print(f"      of which building the view and what follows it, once torch & co. are loaded ({build_seconds:4.2f} s): longest "
              f"stall {build_stall * 1000:5.1f} ms ({build_cpu * 1000:.0f} ms GUI-thread CPU): ratio "
              f"{build_stall / idle:5.1f}")
    print(f"  load average after: {' '.join(f'{v:.1f}' for v in os.getloadavg())}")


if __name__ == "__main__":
    main()
