"""What the GUI thread did in its longest gaps during an edit burst (a diagnosis tool, not a benchmark).

    python benchmarks/gap_probe.py convolution [--size 4096] [--burst 200] [--top 8] [--by-cpu] [--no-sample]
    python benchmarks/gap_probe.py lenet [--burst 200] [--window] [--by-cpu] [--no-sample]

Runs the same burst as bench_app_convolution.py / bench_app_lenet.py with a
5 ms heartbeat on the GUI thread. For each of the longest gaps (`--by-cpu`:
those where the GUI thread itself ran longest) it prints the gap's wall time
and the GUI thread's CPU time in it (the rest of the wall time the thread
waited: for a core, shared with the worker's threads and other processes, or
for the GIL), then the CPU time of the timed parts in it (a result shown, an
edit or stroke, the plots' paints and, inside them, the axes, which a colour
bar's new levels redraw, ...), and which functions a sampling thread found on
the GUI thread's Python stack (every 0.5 ms through `sys._current_frames`;
`--no-sample` leaves it out, as its GIL hand-offs disturb what it measures).
`--profile` adds a cProfile of the GUI thread over the burst.
"""

from __future__ import annotations

import argparse
import collections
import cProfile
import os
import pstats
import sys
import threading
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

SAMPLE_S = 0.0005
SAMPLE = True  # --no-sample: no stack sampling (its thread takes the GIL every 0.5 ms); the timed parts only
BY_CPU = False  # --by-cpu: the gaps where the GUI thread itself ran longest, not the longest in wall time
PROFILE = False  # --profile: cProfile the GUI thread through the burst (totals per function)


class StackSampler:
    """Samples one thread's Python stack from another thread every SAMPLE_S seconds."""

    def __init__(self, thread_id: int) -> None:
        self._target = thread_id
        self.samples: list[tuple[float, tuple[str, ...]]] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        while not self._stop.is_set() and SAMPLE:
            frame = sys._current_frames().get(self._target)  # noqa: SLF001 - the point of a sampler
            stack = []
            while frame is not None and len(stack) < 40:
                code = frame.f_code
                stack.append(f"{Path(code.co_filename).name}:{code.co_name}:{frame.f_lineno}")
                frame = frame.f_back
            self.samples.append((time.perf_counter(), tuple(stack)))
            time.sleep(SAMPLE_S)


PARTS: dict[str, list[tuple[float, float]]] = {}  # name -> (perf_counter at start, GUI CPU seconds) per call


def time_paints() -> None:
    """Paints of the plots (their axes on their own: a colour bar's new levels show there) and of the kernel grid."""
    import pyqtgraph as pg

    from convviz.app.widgets.matrix_grid import MatrixGrid

    timed(pg.GraphicsView, "paintEvent", "plot paints")
    timed(pg.AxisItem, "paint", "  of which axes")
    timed(MatrixGrid, "paintEvent", "grid paints")


def timed(owner, name: str, label: str) -> None:
    """Wrap owner.name so each call's GUI-thread CPU time is recorded under `label`."""
    original = getattr(owner, name)
    calls = PARTS.setdefault(label, [])

    def wrapper(*args, **kwargs):
        started, cpu = time.perf_counter(), time.thread_time()
        try:
            return original(*args, **kwargs)
        finally:
            calls.append((started, time.thread_time() - cpu))

    setattr(owner, name, wrapper)


def parts_in(start: float, end: float) -> str:
    sums = {name: sum(c for t, c in calls if start <= t < end) for name, calls in PARTS.items()}
    return ", ".join(f"{name} {ms * 1000:.1f}" for name, ms in sorted(sums.items(), key=lambda kv: -kv[1]) if ms > 0)


def label(stack: tuple[str, ...], depth: int) -> str:
    """The `depth` innermost frames of a sample, innermost last."""
    return " < ".join(stack[:depth]) if stack else "(no Python frame)"


def report(beats: list[tuple[float, float]], samples, top: int, depth: int) -> None:
    gaps = [(b[0] - a[0], b[1] - a[1], a[0], b[0]) for a, b in zip(beats, beats[1:])]
    floor = sorted(g[0] for g in gaps)[len(gaps) // 2]
    print(f"{len(gaps)} gaps; median {floor * 1000:.1f} ms; longest {max(g[0] for g in gaps) * 1000:.1f} ms")
    order = (lambda g: g[1]) if BY_CPU else (lambda g: g[0])
    for wall, cpu, start, end in sorted(gaps, key=order, reverse=True)[:top]:
        inside = [s for t, s in samples if start <= t <= end]
        counts = collections.Counter(label(s, depth) for s in inside)
        print(f"\n gap {wall * 1000:6.1f} ms, GUI-thread CPU {cpu * 1000:5.1f} ms, {len(inside)} samples")
        if PARTS:
            print(f"   CPU ms in: {parts_in(start, end)} (the rest: paint, layout, the loop)")
        for name, n in counts.most_common(8 if SAMPLE else 0):
            print(f"   {n * (wall / max(len(inside), 1)) * 1000:6.1f} ms  {name}")


def heartbeat(app, action, done, sampler_target: int):
    beats: list[tuple[float, float]] = []
    heart = QTimer(interval=5, timerType=Qt.TimerType.PreciseTimer,
                   timeout=lambda: beats.append((time.perf_counter(), time.thread_time())))
    sampler = StackSampler(sampler_target)
    sampler.start()
    profile = cProfile.Profile() if PROFILE else None
    heart.start()
    start = time.perf_counter()
    if profile is not None:
        profile.enable()
    action()
    while True:
        app.processEvents()
        time.sleep(0.0005)
        if done() and time.perf_counter() - start > 0.2:
            break
    heart.stop()
    sampler.stop()
    if profile is not None:
        profile.disable()
        stats = pstats.Stats(profile)
        stats.sort_stats("cumulative").print_stats(45)
        stats.sort_stats("tottime").print_stats(25)
    return beats, sampler.samples


def convolution(app, args) -> None:
    from bench_app_convolution import big_picture, spin_until

    from convviz.app.views.convolution import products_panel
    from convviz.app.views.convolution.view import ConvolutionView
    from convviz.app.widgets import color_bar, plot_scene
    from convviz.app.worker import ComputeWorker

    worker = ComputeWorker()
    time_paints()
    timed(ConvolutionView, "_on_maps", "maps result")
    timed(ConvolutionView, "_on_details", "details result")
    timed(ConvolutionView, "_submit", "submit")
    timed(color_bar.ColorBar, "set_levels", "bar levels")
    timed(plot_scene, "settle_before_paint", "settle")
    timed(products_panel.ProductsPanel, "_fit_height", "arithmetic fit")
    view = ConvolutionView(worker)
    view.resize(1600, 1000)
    view.show()
    spin_until(app, lambda: view.current_maps() is not None)
    picture = big_picture(args.size)
    view.set_image(picture, "big")
    spin_until(app, lambda: view.is_settled() and view.current_maps().request.input_size == picture.shape)
    spin_until(app, lambda: not view.is_busy())
    sent = {"n": 0}
    edit_timer = QTimer(interval=2)

    def edit() -> None:
        started, cpu = time.perf_counter(), time.thread_time()
        edit_once()
        PARTS.setdefault("edit", []).append((started, time.thread_time() - cpu))

    def edit_once() -> None:
        sent["n"] += 1
        view.settings.set_cell(1, 1, float(sent["n"] % 11 - 5))
        if sent["n"] >= args.burst:
            edit_timer.stop()

    edit_timer.timeout.connect(edit)
    beats, samples = heartbeat(app, edit_timer.start,
                               lambda: sent["n"] >= args.burst and view.is_settled() and not view.is_busy(),
                               threading.get_ident())
    report(beats, samples, args.top, args.depth)
    view.close()
    worker.stop()


def lenet(app, args) -> None:
    from bench_app_lenet import StrokeBurst, scripted_five

    from convviz.app.views.lenet import view as lenet_view
    from convviz.app.views.lenet.view import LeNetView
    from convviz.app.widgets import color_bar, drawing_canvas, plot_scene
    from convviz.app.worker import ComputeWorker

    time_paints()
    timed(lenet_view.LeNetView, "_show_result", "result")
    timed(lenet_view.LeNetView, "_flush_canvas", "canvas flush")
    timed(drawing_canvas.DrawingCanvas, "extend_stroke", "stroke")
    timed(color_bar.ColorBar, "set_levels", "bar levels")
    timed(plot_scene, "settle_before_paint", "settle")
    worker = ComputeWorker()
    if args.window:
        import tempfile

        from PySide6.QtCore import QSettings

        from convviz.app.main_window import MainWindow

        settings = QSettings(str(Path(tempfile.mkdtemp()) / "probe.ini"), QSettings.Format.IniFormat)
        window = MainWindow(worker=worker, settings=settings, start_view="lenet")
        window.resize(1600, 1000)
        window.show()
        while not window.view_is_settled("lenet"):
            app.processEvents()
            time.sleep(0.001)
        view = window.views["lenet"]
    else:
        window = view = LeNetView(worker, seed=0)
        view.resize(1600, 1000)
        view.show()
    while view.result() is None:
        app.processEvents()
        time.sleep(0.001)
    stroke = StrokeBurst(view.canvas, scripted_five(args.burst)[0])
    for _ in range(args.rounds):
        view.clear_button.click()
        app.processEvents()

        def settled() -> bool:
            result = view.result()
            return (stroke.is_drawn() and view.worker.is_idle() and not view._canvas_dirty  # noqa: SLF001
                    and result is not None and result.request.input is view.state().input)

        beats, samples = heartbeat(app, stroke.start, settled, threading.get_ident())
        report(beats, samples, args.top, args.depth)
    window.close()
    worker.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("view", choices=("convolution", "lenet"))
    parser.add_argument("--size", type=int, default=4096)
    parser.add_argument("--burst", type=int, default=200)
    parser.add_argument("--top", type=int, default=8)
    parser.add_argument("--depth", type=int, default=3, help="innermost frames named per sample")
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--window", action="store_true")
    parser.add_argument("--profile", action="store_true", help="cProfile the GUI thread through the burst")
    parser.add_argument("--no-sample", action="store_true", help="no stack samples: the timed parts only")
    parser.add_argument("--by-cpu", action="store_true", help="rank gaps by the GUI thread's CPU time in them")
    parser.add_argument("--switch", type=float, default=0.0, help="sys.setswitchinterval for this run")
    args = parser.parse_args()
    global PROFILE, BY_CPU, SAMPLE
    PROFILE, BY_CPU, SAMPLE = args.profile, args.by_cpu, not args.no_sample
    if args.switch:
        sys.setswitchinterval(args.switch)
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    app = QApplication.instance() or QApplication([])
    (convolution if args.view == "convolution" else lenet)(app, args)


if __name__ == "__main__":
    main()
