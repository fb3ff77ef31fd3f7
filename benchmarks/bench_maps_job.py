"""The convolution view's maps job on a 4096² grey picture, 3×3 kernel: what in it is not the convolution.

    python benchmarks/bench_maps_job.py [--size 4096] [--repeats 15]

Runs `run_maps` directly (no window), for the panel sizes a 1600×1000 view
gives, interleaved with `convviz.core.conv2d` alone on the same picture (the
reference, same run) and with the job as it was before `levels_sample`. Then the display parts on a freshly convolved map (cold
in cache, as in the job): the colour levels read from the strided view (before)
and from the gathered sample (`levels_sample`, after), and the panel picture.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import numpy as np  # noqa: E402

import convviz.state.convolution_run as convolution_run  # noqa: E402
from convviz.core import conv2d  # noqa: E402
from convviz.samples import load_sample  # noqa: E402
from convviz.state.convolution import ConvolutionSettings, resolve  # noqa: E402
from convviz.state.convolution_run import (  # noqa: E402
    ConvolutionScreens,
    display_step,
    levels_sample,
    map_levels,
    run_maps,
)
from convviz.state.screen_picture import ScreenTarget, render_screen  # noqa: E402


def strided_sample(values: np.ndarray, sample_step: int) -> np.ndarray:
    """The levels' cells as the job read them before `levels_sample`: a strided view of the fresh map."""
    return values[::sample_step, ::sample_step] if sample_step > 1 else values


def run_maps_before(request, screens):
    """`run_maps` with the colour levels read from the strided view (the job before this change)."""
    gathered = convolution_run.levels_sample
    convolution_run.levels_sample = strided_sample
    try:
        return run_maps(request, screens)
    finally:
        convolution_run.levels_sample = gathered


def ms(values: list[float]) -> float:
    return statistics.median(values) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=4096)
    parser.add_argument("--repeats", type=int, default=15)
    args = parser.parse_args()
    camera = load_sample("camera")
    reps = -(-args.size // camera.shape[0])
    picture = np.ascontiguousarray(np.tile(camera, (reps, reps))[: args.size, : args.size])
    request = resolve(ConvolutionSettings(), picture)
    side = (args.size, args.size)
    screens = ConvolutionScreens(source=ScreenTarget(514, 374), conv=ScreenTarget(514, 374, side))
    options = dict(stride=request.stride, padding=request.padding, dilation=request.dilation,
                   flip=request.flip, padding_mode=request.padding_mode)
    run_maps(request, screens)  # first call: threads, caches, the input picture's display
    alone, job, job_before, strided, gathered, picture_ms = [], [], [], [], [], []
    for _ in range(args.repeats):
        started = time.perf_counter()
        conv = conv2d(picture, request.kernel, **options)
        alone.append(time.perf_counter() - started)
        started = time.perf_counter()
        run_maps(request, screens)
        job.append(time.perf_counter() - started)
        started = time.perf_counter()
        run_maps_before(request, screens)
        job_before.append(time.perf_counter() - started)
        step = display_step(conv.shape)
        for way, times in ((lambda: strided_sample(conv, step), strided), (lambda: levels_sample(conv, step), gathered)):
            conv = conv2d(picture, request.kernel, **options)  # fresh: not in cache, as in the job
            started = time.perf_counter()
            levels, _ = map_levels(way(), conv.size, True)
            times.append(time.perf_counter() - started)
        started = time.perf_counter()
        render_screen(conv, "diverging", levels, screens.conv)
        picture_ms.append(time.perf_counter() - started)
    print(f"maps job, {args.size}² grey picture, 3×3 kernel, {args.repeats} repeats, medians:")
    print(f"  conv2d alone {ms(alone):6.2f} ms   run_maps {ms(job):6.2f} ms   "
          f"ratio {statistics.median(job) / statistics.median(alone):.2f}   (not the convolution: "
          f"{ms(job) - ms(alone):.2f} ms)")
    print(f"  before (levels from the strided view): run_maps {ms(job_before):6.2f} ms   ratio "
          f"{statistics.median(job_before) / statistics.median(alone):.2f}   (not the convolution: "
          f"{ms(job_before) - ms(alone):.2f} ms); before / after {statistics.median(job_before) / statistics.median(job):.2f}")
    print(f"  colour levels: strided view {ms(strided):5.2f} ms, gathered sample {ms(gathered):5.2f} ms   "
          f"ratio {statistics.median(strided) / statistics.median(gathered):.2f}")
    print(f"  panel picture {ms(picture_ms):5.2f} ms")


if __name__ == "__main__":
    main()
