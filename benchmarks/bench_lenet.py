"""How long does one stroke update of the LeNet view take on the CPU? Median and worst, one run.

    python benchmarks/bench_lenet.py [--calls 500] [--threads 1] [--size 280]

One stroke update = preprocess_drawing (canvas -> MNIST 28×28) + activations
(every layer in one forward pass, softmax probabilities included) on a canvas
holding a drawn digit, as the LeNet view does after each pen stroke. Printed:
median and worst (max) of `--calls` updates, with each part on its own, and
the ratio against a reference measured in the same run: one bare
`model(x)` forward pass of a 1×1×28×28 tensor (the least any update pays).
Aim: update median under 5 ms so the view can repaint at 60 fps.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

import numpy as np
import torch

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from convviz.model import activations, load_lenet, load_mnist, preprocess_drawing  # noqa: E402
from convviz.model.drawn import render_as_drawn  # noqa: E402


def interleaved_timings(functions: dict, inputs: dict, calls: int) -> dict[str, list[float]]:
    """Seconds per call of each function, taking turns call by call so a busy machine hits all alike."""
    for name, function in functions.items():  # warm-up: allocations, thread pools, caches
        for item in inputs[name][:5]:
            function(item)
    result: dict[str, list[float]] = {name: [] for name in functions}
    for index in range(calls):
        for name, function in functions.items():
            item = inputs[name][index % len(inputs[name])]
            start = time.perf_counter()
            function(item)
            result[name].append(time.perf_counter() - start)
    return result


def fit_canvas(picture: np.ndarray, size: int) -> np.ndarray:
    """Cut or pad a rendered drawing to a size×size canvas (the LeNet view's drawing area)."""
    canvas = np.full((size, size), int(np.median(picture[0])), dtype=np.uint8)
    height, width = min(size, picture.shape[0]), min(size, picture.shape[1])
    canvas[:height, :width] = picture[:height, :width]
    return canvas


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=500)
    parser.add_argument("--threads", type=int, default=1, help="torch CPU threads (the app's worker uses one)")
    parser.add_argument("--size", type=int, default=280, help="canvas side in pixels")
    args = parser.parse_args(argv)
    torch.set_num_threads(args.threads)

    model = load_lenet("cpu")
    digits, _ = load_mnist("test")
    rng = np.random.default_rng(0)
    canvases = []
    while len(canvases) < 50:
        picture, _ = render_as_drawn(digits[len(canvases)], rng)
        canvas = fit_canvas(picture, args.size)
        try:
            preprocess_drawing(canvas)
        except ValueError:  # the digit fell outside the cut: draw another
            continue
        canvases.append(canvas)
    prepared = [preprocess_drawing(c) for c in canvases]
    tensors = [torch.from_numpy(p)[None, None] for p in prepared]

    def update(canvas):
        maps = activations(model, preprocess_drawing(canvas))
        return maps["softmax"]

    def bare_forward(tensor):
        with torch.inference_mode():
            return model(tensor)

    functions = {
        "bare model(x) forward (reference)": bare_forward,
        "preprocess_drawing": preprocess_drawing,
        "activations (all 13 layers + softmax)": lambda p: activations(model, p),
        "stroke update = preprocess + activations": update,
    }
    inputs = dict(zip(functions, (tensors, canvases, prepared, canvases)))
    rows = list(interleaved_timings(functions, inputs, args.calls).items())
    reference = statistics.median(rows[0][1])
    print(f"{args.calls} calls, {args.size}×{args.size} uint8 canvas, torch {torch.__version__}, "
          f"{torch.get_num_threads()} thread(s)")  # fmt: skip
    print(f"{'':44} {'median ms':>10} {'worst ms':>10} {'p99 ms':>8} {'× ref':>7}")
    for name, seconds in rows:
        median = statistics.median(seconds)
        p99 = float(np.percentile(seconds, 99))
        print(f"{name:44} {1e3 * median:10.3f} {1e3 * max(seconds):10.3f} {1e3 * p99:8.3f} {median / reference:7.1f}")
    update_median = statistics.median(rows[-1][1])
    print(f"stroke update median {1e3 * update_median:.2f} ms: {'under' if update_median < 0.005 else 'OVER'} the 5 ms aim")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
