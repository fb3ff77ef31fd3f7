"""Stroke → every LeNet layer and the probabilities on screen: median and worst over a scripted drawing.

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_app_lenet.py [--points 400] [--size 1600x1000]

Builds the real LeNetView (shared ComputeWorker, trained weights when shipped)
offscreen and draws a digit with real mouse events. For each stroke point it
times the whole path a person waits for: the mouse move, the request to the
worker, preprocessing + forward pass there, the result poured into every
widget, and the repaint of everything that changed. The view's 16 ms frame throttles are
bypassed (each point is submitted at once, each result shown at once) so the figure is the
cost of one update, not the throttles' wait. Printed with its parts, and against two
references measured in the same run: the compute alone (LeNetRunner.run on
the same pictures, no Qt) and a bare `model(x)` forward pass. The GUI
thread's CPU time per update is printed too: on a shared machine wall times
swell with other processes' load, CPU time much less.
Aims (issue 12), as ratios in one run: update median ≤ 1.5 × (LeNetRunner.run
alone + one 60 Hz frame); and, drawing `--burst` stroke points every 2 ms
through the view's own frame throttle (after Clear, as a person starts a new
digit) while a precise 5 ms heartbeat runs on the GUI thread, the longest gap
between beats ≤ 3 × the longest gap of the same heartbeat with the view idle.
The idle reference is measured right after each burst for as long as the
burst took (the longest of more beats is longer by chance alone), in
`--rounds` pairs; each pair's ratio is printed, and their median is the figure
(one pair is at the mercy of whatever else the machine did in that second).
`--window` measures the view where the app shows it, in the main window (a
window repaints more than a view on its own does).
"""

from __future__ import annotations

import argparse
import math
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import torch  # noqa: E402
from PySide6.QtCore import QEventLoop, QPoint, Qt, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402


def scripted_five(points: int) -> list[list[tuple[float, float]]]:
    """A "5" in canvas fractions: top bar, down stroke, then the belly, `points` points in all."""
    bar, down = points // 6, points // 6
    belly = points - bar - down
    top = [(0.70 - 0.38 * t / bar, 0.18) for t in range(bar)]
    stem = [(0.32, 0.18 + 0.27 * t / down) for t in range(down)]
    curve = []
    for t in range(belly):
        angle = -math.pi * 0.75 + 1.55 * math.pi * t / belly
        curve.append((0.47 + 0.23 * math.cos(angle), 0.60 + 0.20 * math.sin(angle)))
    return [top + stem + curve]


def canvas_point(canvas, point: tuple[float, float]) -> QPoint:
    """`point`, in fractions of the square drawing area centred in `canvas`, in the canvas's pixels."""
    side = min(canvas.width(), canvas.height())
    left, top = (canvas.width() - side) / 2, (canvas.height() - side) / 2
    return QPoint(round(left + point[0] * side), round(top + point[1] * side))


class StrokeBurst:
    """One stroke drawn on `canvas` a point every 2 ms from `start()`: press, moves, release (`is_drawn` after)."""

    def __init__(self, canvas, points: list[tuple[float, float]]) -> None:
        self.canvas, self.points, self.next = canvas, points, 0
        self.timer = QTimer(interval=2)
        self.timer.timeout.connect(self._move)

    def start(self) -> None:
        self.next = 0
        self.timer.start()

    def is_drawn(self) -> bool:
        return self.next > len(self.points)

    def _move(self) -> None:
        index, canvas, points = self.next, self.canvas, self.points
        button, no_keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
        if index == 0:
            QTest.mousePress(canvas, button, no_keys, canvas_point(canvas, points[0]))
        elif index < len(points):
            QTest.mouseMove(canvas, canvas_point(canvas, points[index]))
        else:
            QTest.mouseRelease(canvas, button, no_keys, canvas_point(canvas, points[-1]))
            self.timer.stop()
        self.next = index + 1


def heartbeat_gaps(app, action=None, done=None, work: list[float] | None = None) -> list[float]:
    """Gaps between 5 ms heartbeats on the GUI thread: for `action` seconds idle (a number), or while
    `action()` runs until `done()`. `work` receives the GUI thread's CPU time between beats: of a long
    gap, the part the window itself was busy (the rest, the machine gave the CPU to others)."""
    beats: list[tuple[float, float]] = []
    heart = QTimer(interval=5, timerType=Qt.TimerType.PreciseTimer,
                   timeout=lambda: beats.append((time.perf_counter(), time.thread_time())))
    heart.start()
    start = time.perf_counter()
    duration = action if isinstance(action, float) else None
    if callable(action):
        action()
    while True:
        app.processEvents()
        time.sleep(0.0005)
        elapsed = time.perf_counter() - start
        if (duration is not None and elapsed > duration) or (done is not None and done() and elapsed > 0.2):
            break
        if elapsed > 120:
            raise TimeoutError("the view did not settle within 2 minutes")
    heart.stop()
    if work is not None:
        work.extend(b[1] - a[1] for a, b in zip(beats, beats[1:]))
    return [b[0] - a[0] for a, b in zip(beats, beats[1:])]


def summary(name: str, seconds: list[float]) -> str:
    ms = [s * 1000 for s in seconds]
    return f"{name:<34} median {statistics.median(ms):7.2f} ms   worst {max(ms):7.2f} ms"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--points", type=int, default=400, help="stroke points in the scripted drawing")
    parser.add_argument("--size", default="1600x1000", help="view size, WIDTHxHEIGHT")
    parser.add_argument("--burst", type=int, default=200, help="stroke points in the heartbeat burst")
    parser.add_argument("--rounds", type=int, default=3, help="(burst, idle) pairs")
    parser.add_argument("--window", action="store_true", help="the view in the main window, as the app shows it")
    args = parser.parse_args(argv)
    width, height = (int(v) for v in args.size.lower().split("x"))

    app = QApplication.instance() or QApplication([])
    from convviz.app.views.lenet.view import LeNetView
    from convviz.app.worker import ComputeWorker
    from convviz.model import LeNet, load_lenet
    from convviz.state.lenet_run import LeNetRunner

    def model_loader(device: str = "cpu"):
        try:
            return load_lenet(device)
        except ValueError as error:
            print(f"note: {error}\n      timing a randomly initialised LeNet instead (same shapes, same cost).")
            torch.manual_seed(0)
            return LeNet().eval()

    worker = ComputeWorker()
    if args.window:
        import tempfile

        from PySide6.QtCore import QSettings

        from convviz.app.main_window import MainWindow

        settings = QSettings(str(Path(tempfile.mkdtemp()) / "bench.ini"), QSettings.Format.IniFormat)
        window = MainWindow(worker=worker, settings=settings, start_view="lenet")
        window.resize(width, height)
        window.show()
        deadline = time.perf_counter() + 60
        while not window.view_is_settled("lenet") and time.perf_counter() < deadline:
            app.processEvents()
            time.sleep(0.001)
        view = window.views["lenet"]
    else:
        window = view = LeNetView(worker, load_model=model_loader, seed=0)
        view.resize(width, height)
        view.show()
    deadline = time.perf_counter() + 30
    while view.result() is None and time.perf_counter() < deadline:
        app.processEvents()
        time.sleep(0.001)
    view.clear_button.click()
    app.processEvents()

    canvas = view.canvas
    strokes = scripted_five(args.points)

    def at(point: tuple[float, float]) -> QPoint:
        return canvas_point(canvas, point)

    waiting = QEventLoop()
    view.updated.connect(waiting.quit)
    pen, total, compute, display, pictures, gui_cpu = [], [], [], [], [], []
    frame_ms = view._throttled_show.timeout()  # noqa: SLF001 - results shown at once here, too
    view._throttled_show.setTimeout(0)  # noqa: SLF001
    for stroke in strokes:
        QTest.mousePress(canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at(stroke[0]))
        for point in stroke[1:]:
            started, started_cpu = time.perf_counter(), time.thread_time()
            QTest.mouseMove(canvas, at(point))
            moved = time.perf_counter()
            if view._canvas_dirty:  # noqa: SLF001 - bypass the frame throttle: one update per point
                view._flush_canvas()  # noqa: SLF001
            wanted = view.state().input
            while view.result() is None or view.result().request.input is not wanted:
                waiting.exec()  # sleep in the event loop, as the app does, until `updated`
            shown = time.perf_counter()
            app.processEvents()  # scene changes reach the graphics views, which schedule their paint
            app.processEvents()  # and the window paints what changed (as on a real screen)
            painted = time.perf_counter()
            gui_cpu.append(time.thread_time() - started_cpu)
            result = view.result()
            pen.append(moved - started)
            total.append(painted - started)
            compute.append((result.preprocess_ms + result.forward_ms) / 1000)
            display.append(painted - shown)
            pictures.append(wanted)
        QTest.mouseRelease(canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at(stroke[-1]))

    view._throttled_show.setTimeout(frame_ms)  # noqa: SLF001 - the bursts below go through both frame throttles

    # references, same run: the same work without Qt, and one bare forward pass
    runner = LeNetRunner(view._runner._template)  # noqa: SLF001
    snapshot = view.state().snapshot()
    from convviz.state.lenet_run import LeNetRequest

    bare_compute = []
    for picture in pictures:
        started = time.perf_counter()
        runner.run(LeNetRequest(picture, snapshot, "cpu"))
        bare_compute.append(time.perf_counter() - started)
    print("stroke bursts and idle heartbeats…", file=sys.stderr, flush=True)
    stroke = StrokeBurst(canvas, scripted_five(args.burst)[0])

    def settled() -> bool:
        result = view.result()
        return (stroke.is_drawn() and view.worker.is_idle() and not view._canvas_dirty  # noqa: SLF001
                and result is not None and result.request.input is view.state().input)

    rounds = []  # (burst gaps, idle gaps, GUI CPU between beats in the burst)
    for _ in range(args.rounds):
        view.clear_button.click()
        app.processEvents()
        started = time.perf_counter()
        work: list[float] = []
        burst_gaps = heartbeat_gaps(app, stroke.start, settled, work)
        burst_s = time.perf_counter() - started
        settle_until = time.perf_counter() + 0.3
        while time.perf_counter() < settle_until:
            app.processEvents()
            time.sleep(0.001)
        rounds.append((burst_gaps, heartbeat_gaps(app, burst_s), work))

    model = view._runner._template  # noqa: SLF001
    x = torch.rand(1, 1, 28, 28)
    bare_forward = []
    with torch.inference_mode():
        for _ in range(len(pictures)):
            started = time.perf_counter()
            model(x)
            bare_forward.append(time.perf_counter() - started)

    print(f"LeNet view {'in the main window ' if args.window else ''}{width}×{height}, {len(total)} stroke points, torch {torch.__version__} "
          f"({torch.get_num_threads()} threads), Qt platform {app.platformName()}")
    print(summary("stroke → all layers on screen", total))
    print(summary("  pen (mouse move, GUI thread)", pen))
    print(summary("  compute (preprocess + forward)", compute))
    print(summary("  display (widgets + repaint)", display))
    print(summary("GUI thread CPU time per update", gui_cpu))
    print(summary("reference: LeNetRunner.run, no Qt", bare_compute))
    print(summary("reference: bare model(x)", bare_forward))
    median_total = statistics.median(total)
    print(f"ratio update / runner (Qt and thread overhead): {median_total / statistics.median(bare_compute):5.2f}×")
    print(f"ratio update / bare forward:                    {median_total / statistics.median(bare_forward):5.2f}×")
    frame = 1 / 60
    print(f"ratio update / (runner + one frame {frame * 1000:.1f} ms):  "
          f"{median_total / (statistics.median(bare_compute) + frame):5.2f}   (aim <= 1.5)")
    ratios = []
    for number, (burst_gaps, idle_gaps, work) in enumerate(rounds, start=1):
        ratios.append(max(burst_gaps) / max(idle_gaps))
        print(f"round {number}: {args.burst} stroke points every 2 ms after Clear: longest GUI stall "
              f"{max(burst_gaps) * 1000:6.1f} ms; idle right after, as long: longest gap {max(idle_gaps) * 1000:5.1f} ms; "
              f"ratio {ratios[-1]:5.2f}; most GUI-thread CPU between two beats {max(work) * 1000:5.1f} ms")
    print(f"ratio longest stall / idle longest gap, median of {len(ratios)} rounds: "
          f"{statistics.median(ratios):5.2f}   (aim <= 3; worst round {max(ratios):.2f})")
    print(f"load average while measuring: {' '.join(f'{v:.1f}' for v in os.getloadavg())} "
          f"on {os.cpu_count()} cores (wall times grow with other processes; CPU times much less)")
    print(f"prediction at the end: {view.badge.prediction()} ({view.badge.caption()})")
    window.close()
    worker.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
