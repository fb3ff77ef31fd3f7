"""Does the UI stay responsive while LeNet trains in the app? The longest event-loop stall, measured.

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_app_training.py [--seconds 20] [--explorer]

Builds the real main window offscreen on the LeNet view, opens Model ▸ Train
LeNet… (its action, as a person does) and starts a run on the shipped 10,000 digits with the panel's default
settings. A `QTimer` heartbeat fires every 5 ms on the GUI thread; a stall is
how much later than due a beat arrives (time the event loop could not
react). Reported: the longest stall, the 99th percentile and the median,
for the seconds after the panel opens (it imports torch's optimizer
machinery in the background once, ~3 s), with nothing running (the
reference, same window, same run), then while training for `--seconds`
(the run is stopped then). With `--explorer` a new
test digit is also read in the explorer every 250 ms while training, so the
shared compute worker and the training thread compete (with a reference:
the explorer reading digits alone). With `--start-early` Start is pressed
right after the panel opened (`--warm-seconds 0.5`), while the training
process started ahead may still be starting (the idle reference is measured
after the run then). Also printed: the
training speed in the app (batches per second), the panel updates shown,
and the threads torch trains with. Aim: longest stall < 50 ms; and (issue 12)
the longest gap between beats while training ≤ 3 × the longest gap of the
same heartbeat idle, as bench_app_lenet.py and bench_app_convolution.py
measure it. The idle reference lasts as long as the training measurement (the
longest of more beats is longer by chance alone); the ratio of lateness (gap
less the 5 ms period) is printed beside it. For each period, the most GUI-
thread CPU time between two beats says how much of a stall was the window's
own work (the rest, the machine gave the CPU to other processes).
"""

from __future__ import annotations

import argparse
import gc
import os
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QElapsedTimer, QSettings, Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

BEAT_MS = 5


class Heartbeat:
    """Records how late each 5 ms beat of a precise timer arrives on the GUI thread."""

    def __init__(self) -> None:
        self.stalls: list[float] = []
        self.times: list[float] = []  # seconds since `start` when each beat arrived
        self.work: list[float] = []  # the GUI thread's CPU milliseconds since the beat before
        self._clock = QElapsedTimer()
        self._timer = QTimer(interval=BEAT_MS, timerType=Qt.TimerType.PreciseTimer, timeout=self._beat)
        self._last = None

    def start(self) -> None:
        self.stalls.clear()
        self.times.clear()
        self.work.clear()
        self._clock.start()
        self._last = self._clock.nsecsElapsed()
        self._last_cpu = time.thread_time()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def _beat(self) -> None:
        now, cpu = self._clock.nsecsElapsed(), time.thread_time()
        self.stalls.append(max(0.0, (now - self._last) / 1e6 - BEAT_MS))
        self.times.append(now / 1e9)
        self.work.append(1000 * (cpu - self._last_cpu))
        self._last, self._last_cpu = now, cpu


class Collections:
    """The cycle collector's pauses on the GUI thread (`gc.callbacks`): a full one can freeze the window too."""

    def __init__(self) -> None:
        self.pauses: list[tuple[float, int]] = []  # (milliseconds, generation)
        self._began: float | None = None
        gc.callbacks.append(self._seen)

    def _seen(self, phase: str, info: dict) -> None:
        if threading.current_thread() is not threading.main_thread():
            return
        if phase == "start":
            self._began = time.perf_counter()
        elif self._began is not None:
            self.pauses.append((1000 * (time.perf_counter() - self._began), info["generation"]))
            self._began = None

    def take(self) -> str:
        """The longest pause since the last `take`, in words."""
        longest = max(self.pauses, default=None)
        self.pauses.clear()
        return "none" if longest is None else f"{longest[0]:.1f} ms (generation {longest[1]})"


def spin(app: QApplication, seconds: float, until=None) -> None:
    end = time.perf_counter() + seconds
    while time.perf_counter() < end and not (until is not None and until()):
        app.processEvents()
        time.sleep(0.001)


def summary(name: str, stalls: list[float]) -> str:
    ordered = sorted(stalls)
    p99 = ordered[min(len(ordered) - 1, int(0.99 * len(ordered)))] if ordered else 0.0
    median = statistics.median(ordered) if ordered else 0.0
    return f"{name:<34} beats {len(ordered):>5}  longest {max(ordered, default=0):6.1f} ms  p99 {p99:5.1f} ms  median {median:4.1f} ms"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=20.0, help="how long to train while measuring")
    parser.add_argument("--idle-seconds", type=float, default=None,
                        help="the idle reference (default: as long as --seconds)")
    parser.add_argument("--warm-seconds", type=float, default=8.0, help="measured after opening the panel")
    parser.add_argument("--explorer", action="store_true", help="read a new test digit every 250 ms meanwhile")
    parser.add_argument("--from-first-update", action="store_true",
                        help="measure the seconds after the first update (the run under way); the start-up apart")
    parser.add_argument("--start-early", action="store_true",
                        help="press Start right after the warm seconds (the process started ahead may still be "
                             "starting); the idle reference after the run")
    args = parser.parse_args(argv)

    app = QApplication.instance() or QApplication([])
    import torch

    from convviz.app.main_window import MainWindow
    from convviz.app.tools.model.training_runner import training_threads
    from convviz.app.worker import ComputeWorker

    settings = QSettings(str(Path(tempfile.mkdtemp()) / "bench.ini"), QSettings.Format.IniFormat)
    worker = ComputeWorker()
    window = MainWindow(worker=worker, settings=settings, start_view="lenet")
    window.resize(1440, 900)
    window.show()
    spin(app, 60, until=lambda: window.view_is_settled("lenet"))
    view = window.views["lenet"]
    beat = Heartbeat()
    collections = Collections()
    beat.start()
    window.model_tools.train_action.trigger()  # as a person opens it: built a slice per turn, then shown
    spin(app, 30, until=lambda: window.model_tools.training is not None)
    panel = window.model_tools.training  # (its training process imports torch's optimizer machinery once, ahead)
    spin(app, args.warm_seconds)
    beat.stop()
    opening, beat_times_opening, opening_work = list(beat.stalls), list(beat.times), list(beat.work)
    opening_collections = collections.take()
    if not args.start_early:
        spin(app, 10, until=lambda: worker.is_idle())  # the shipped weights' accuracy for the comparison table
    print(f"torch {torch.__version__}; {os.cpu_count()} cores; GUI torch threads {torch.get_num_threads()}, "
          f"training threads {min(torch.get_num_threads(), training_threads())}")
    config = panel.config()
    print(f"run: {config.epochs} epochs, batch {config.batch_size}, lr {config.lr}, augmentation "
          f"{'on' if config.augment else 'off'}, shipped 10,000 digits; measuring {args.seconds:g} s"
          + (" with the explorer reading a digit every 250 ms" if args.explorer else ""))

    print(summary(f"opening the panel ({args.warm_seconds:g} s)", opening))
    worst_opening = sorted(zip(opening, beat_times_opening, opening_work), reverse=True)[:3]
    print("longest stalls opening the panel at (s after opening; GUI-thread CPU in it): "
          + ", ".join(f"{stall:.0f} ms at {at:.1f} s ({work:.0f} ms)" for stall, at, work in worst_opening))
    idle_seconds = args.seconds if args.idle_seconds is None else args.idle_seconds

    def measure_idle() -> tuple[list[float], list[float]]:
        beat.start()
        spin(app, idle_seconds)
        beat.stop()
        print(summary(f"idle (reference, {idle_seconds:g} s)", beat.stalls))
        return list(beat.stalls), list(beat.work)

    if not args.start_early:
        idle, idle_work = measure_idle()
    reader = QTimer(interval=250, timeout=lambda: view.pick_test_digit())
    if args.explorer:
        beat.start()
        reader.start()
        spin(app, idle_seconds)
        reader.stop()
        beat.stop()
        print(summary("explorer alone (reference)", beat.stalls))
        spin(app, 5, until=lambda: worker.is_idle())

    steps = {"first": None, "last": None}

    def count(update) -> None:
        steps["first"] = steps["first"] or (update.steps_done, update.running_s)
        steps["last"] = (update.steps_done, update.running_s)

    panel.runner.updated.connect(count)
    handling: list[float] = []  # GUI-thread time the panel spends showing one update
    show_update = panel._on_update

    def timed_update(update) -> None:
        began = time.perf_counter()
        show_update(update)
        handling.append(1000 * (time.perf_counter() - began))

    panel.runner.updated.disconnect(panel._on_update)
    panel.runner.updated.connect(timed_update)
    collections.take()
    beat.start()
    started_at = time.perf_counter()
    panel.start()
    if args.explorer:
        reader.start()
    if args.from_first_update:  # the start-up (a process starting, digits loading) measured on its own
        spin(app, 180, until=lambda: steps["first"] is not None)
        beat.stop()
        print(summary(f"start-up ({time.perf_counter() - started_at:.1f} s to the first update)", beat.stalls))
        beat.start()
        started_at = time.perf_counter()
    spin(app, args.seconds)
    reader.stop()
    beat.stop()
    training = list(beat.stalls)
    training_collections = collections.take()
    panel.stop()
    spin(app, 30, until=lambda: not panel.is_running())
    print(summary("while training" + (" + explorer" if args.explorer else ""), training))
    training_work = list(beat.work)
    training_times = list(beat.times)
    if args.start_early:
        spin(app, 10, until=lambda: worker.is_idle())
        idle, idle_work = measure_idle()
    worst_beats = sorted(zip(training, training_times, training_work), reverse=True)[:5]
    print(f"longest stalls while training at (s after {'the first update' if args.from_first_update else 'Start'}; "
          "GUI-thread CPU in it): "
          + ", ".join(f"{stall:.0f} ms at {at:.1f} s ({work:.0f} ms)" for stall, at, work in worst_beats))
    worst = max(training, default=0.0)
    idle_worst = max(idle, default=0.0)
    gap_ratio = (worst + BEAT_MS) / (idle_worst + BEAT_MS)
    lateness_ratio = worst / max(idle_worst, 0.1)
    print(f"longest gap between beats while training: {worst + BEAT_MS:.1f} ms, idle: {idle_worst + BEAT_MS:.1f} ms; "
          f"ratio {gap_ratio:.2f} (aim <= 3: {'met' if gap_ratio <= 3 else 'NOT met'}); "
          f"lateness {worst:.1f} / {idle_worst:.1f} ms = {lateness_ratio:.2f}; under 50 ms: {'yes' if worst < 50 else 'no'}")
    print(f"most GUI-thread CPU between two beats: while training {max(training_work, default=0):.1f} ms, "
          f"idle {max(idle_work, default=0):.1f} ms")
    print(f"longest cycle collection on the GUI thread: opening the panel {opening_collections}, "
          f"while training {training_collections}")
    print(f"load average while measuring: {' '.join(f'{v:.1f}' for v in os.getloadavg())} on {os.cpu_count()} cores")
    if steps["last"] and steps["first"] and steps["last"][1] > steps["first"][1]:
        rate = (steps["last"][0] - steps["first"][0]) / (steps["last"][1] - steps["first"][1])
        print(f"training speed in the app: {rate:.1f} batches/s ({rate * config.batch_size:,.0f} digits/s); "
              f"panel updates shown: {panel.updates}")
    if handling:
        print(f"showing one update on the GUI thread: median {statistics.median(handling):.1f} ms, "
              f"longest {max(handling):.1f} ms")
    window.close()
    worker.stop()
    return 0 if worst < 50 else 1


if __name__ == "__main__":
    raise SystemExit(main())
