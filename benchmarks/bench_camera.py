"""Live camera: frames a second through the whole display path against the engine alone, same frames, one run.

    python benchmarks/bench_camera.py [--sizes 640x480 1280x720] [--seconds 3] [--rounds 2] [--views convolution lenet]

A camera stands in for itself: eight frames of the moving pattern made before
timing and played in a loop at up to 240 frames a second (faster than any
path here, so the camera is never what limits; reading it costs next to
nothing). For each size and view, in alternating rounds so that a burst of
load from other programs hits both alike:

- engine alone: the same frames, one after another on this thread, through
  what the numbers need and nothing else. Convolution view: the frame to
  float grey, `conv2d` (Sobel x, same padding), ReLU, 2×2 max pooling
  (convviz.core). LeNet view: the frame fitted into the canvas square,
  preprocessing and the forward pass (`LeNetRunner.run`).
- worker job: what one frame costs on the worker (`run_frame` /
  `run_lenet_frame`: the engine plus the pictures every panel shows, drawn
  at the panels' sizes), on this thread.
- display path: the real view (offscreen, 1400×900, the app's threaded
  ComputeWorker) with "Live camera" on: frames shown on screen a second,
  counted from the view's `updated` signal over `--seconds`.

Printed: the medians of the rounds, display / engine and display / job
(1 would mean the display costs nothing beyond the computing), frames
skipped (taken by a newer one before the view was ready: newest wins), and
the load average before and after (the machine is shared).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import threading
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import numpy as np  # noqa: E402

from convviz.state.camera import Frame, MovingPattern, frame_picture  # noqa: E402

CAMERA_FPS = 240.0
FRAMES = 8


class FrameLoop:
    """Pre-made frames played in a loop at `fps` (a FrameSource; reading costs next to nothing)."""

    def __init__(self, frames: list[np.ndarray], fps: float = CAMERA_FPS) -> None:
        self.frames, self.interval = frames, 1.0 / fps
        self.number, self.next = 0, time.monotonic()
        self.closed = threading.Event()

    def describe(self) -> str:
        return "frame loop"

    def open(self) -> None:
        self.next = time.monotonic()

    def read(self):
        delay = self.next - time.monotonic()
        if delay > 0 and self.closed.wait(delay):
            return None
        self.next = max(self.next + self.interval, time.monotonic())
        frame = self.frames[self.number % len(self.frames)]
        self.number += 1
        return frame

    def close(self) -> None:
        self.closed.set()


def per_second(function, frames: list[np.ndarray], seconds: float) -> float:
    """Frames a second `function(frame)` manages over about `seconds`, frames in turn."""
    function(frames[0])  # warm-up
    count, start = 0, time.perf_counter()
    while time.perf_counter() - start < seconds:
        function(frames[count % len(frames)])
        count += 1
    return count / (time.perf_counter() - start)


# ------------------------------------------------------------------ convolution view

def convolution_engine(pixels: np.ndarray) -> None:
    from convviz.core import KERNEL_PRESETS, activation, conv2d, pool2d

    picture = frame_picture(pixels)
    grey = picture[0] * np.float32(0.299)
    grey += picture[1] * np.float32(0.587)
    grey += picture[2] * np.float32(0.114)
    conv = conv2d(grey, KERNEL_PRESETS["sobel_x"].values.astype(np.float32), padding="same")
    pool2d(activation(conv, "relu"), 2, stride=2, mode="max")


def convolution_job(view):
    from convviz.state.convolution import resolve
    from convviz.state.convolution_frame import frame_shape, run_frame

    def job(pixels: np.ndarray) -> None:
        frame = Frame(pixels, 0, 0.0)
        request = resolve(view.settings, frame_shape(frame))
        run_frame(request, frame, None, view.maps.screen_targets(request))

    return job


# ------------------------------------------------------------------ LeNet view

def lenet_engine(view):
    from convviz.state.camera import fit_square
    from convviz.state.lenet import InputPicture
    from convviz.state.lenet_run import LeNetRequest

    state, runner, side = view.state(), view._runner, view.canvas.resolution()

    def engine(pixels: np.ndarray) -> None:
        square = fit_square(pixels, side)
        runner.run(LeNetRequest(InputPicture("camera", picture=square), state.snapshot(), "cpu"))

    return engine


def lenet_job(view):
    from convviz.state.lenet_frame import run_lenet_frame
    from convviz.state.lenet_screen import LeNetScreenRequest

    state, runner, side = view.state(), view._runner, view.canvas.resolution()

    def job(pixels: np.ndarray) -> None:
        screen = LeNetScreenRequest(view.layers.screen_specs(), view.inspected(), view.layers.color_range())
        run_lenet_frame(runner, Frame(pixels, 0, 0.0), side, "camera", state.snapshot(), "cpu", None, screen)

    return job


# ------------------------------------------------------------------ the display path

def run_for(app, seconds: float) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(round(seconds * 1000), loop.quit)
    loop.exec()


def settle(app, view, timeout: float = 10.0) -> None:
    """Wait until the view's worker has nothing left to do (its jobs would slow the next timing down)."""
    deadline = time.monotonic() + timeout
    run_for(app, 0.05)
    while (view.is_busy() or not view.worker.is_idle()) and time.monotonic() < deadline:
        run_for(app, 0.05)


def display_rate(app, view, frames: list[np.ndarray], seconds: float) -> tuple[float, int, int]:
    """Frames shown a second by `view` with the camera on; (rate, frames shown, frames skipped)."""
    shown: list[tuple[float, int]] = []

    def count() -> None:
        frame = view.camera_frame()
        if frame is not None and (not shown or shown[-1][1] != frame.number):
            shown.append((time.perf_counter(), frame.number))

    view.camera.source_factory = lambda: FrameLoop(frames)
    view.updated.connect(count)
    view.start_camera()
    run_for(app, 1.0)  # warm-up: opening, first frames, caches
    shown.clear()
    skipped_before = view.camera.feed.skipped()
    run_for(app, seconds)
    skipped = view.camera.feed.skipped() - skipped_before
    view.pause_camera()
    view.updated.disconnect(count)
    settle(app, view)  # the paused frame's own maps and check, before the next timing on this thread
    if len(shown) < 2:
        return 0.0, len(shown), skipped
    return (len(shown) - 1) / (shown[-1][0] - shown[0][0]), len(shown), skipped


def build_view(name: str, worker):
    if name == "convolution":
        from convviz.app.views.convolution.view import ConvolutionView

        return ConvolutionView(worker)
    from convviz.app.views.lenet.view import LeNetView

    return LeNetView(worker)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", nargs="+", default=["640x480", "1280x720"])
    parser.add_argument("--seconds", type=float, default=3.0)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--views", nargs="+", default=["convolution", "lenet"], choices=["convolution", "lenet"])
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication

    from convviz.app.worker import ComputeWorker

    app = QApplication.instance() or QApplication([])
    load_before = os.getloadavg()
    print(f"load average before: {load_before[0]:.2f} {load_before[1]:.2f} {load_before[2]:.2f} "
          f"({os.cpu_count()} cores); camera stand-in at {CAMERA_FPS:.0f} frames a second")
    print(f"{'view':12} {'size':>9} {'engine/s':>9} {'job/s':>7} {'shown/s':>8} {'shown/engine':>13} "
          f"{'shown/job':>10} {'skipped':>8}")
    for view_name in args.views:
        worker = ComputeWorker()
        view = build_view(view_name, worker)
        view.resize(1400, 900)
        view.show()
        run_for(app, 1.0)
        settle(app, view)  # the default picture and its maps
        engine = convolution_engine if view_name == "convolution" else lenet_engine(view)
        job = convolution_job(view) if view_name == "convolution" else lenet_job(view)
        for size in args.sizes:
            width, height = (int(side) for side in size.split("x"))
            pattern = MovingPattern(width, height, fps=None)
            frames = [pattern.frame(n * 7) for n in range(FRAMES)]
            engine_rates, job_rates, shown_rates, skipped = [], [], [], 0
            for _ in range(args.rounds):
                engine_rates.append(per_second(engine, frames, args.seconds / 2))
                job_rates.append(per_second(job, frames, args.seconds / 2))
                rate, _count, dropped = display_rate(app, view, frames, args.seconds)
                shown_rates.append(rate)
                skipped += dropped
            engine_rate, job_rate, shown_rate = (statistics.median(r) for r in (engine_rates, job_rates, shown_rates))
            print(f"{view_name:12} {size:>9} {engine_rate:9.1f} {job_rate:7.1f} {shown_rate:8.1f} "
                  f"{shown_rate / engine_rate:13.2f} {shown_rate / job_rate:10.2f} {skipped:8d}")
        view.close()
        view.deleteLater()
        worker.stop()
        run_for(app, 0.2)
    load_after = os.getloadavg()
    print(f"load average after: {load_after[0]:.2f} {load_after[1]:.2f} {load_after[2]:.2f}")


if __name__ == "__main__":
    main()
