"""convviz against OpenCV on the same work: conv2d vs cv2.filter2D, pooling and activations vs torch, one run.

    python benchmarks/bench_conv_opencv.py [--sizes 2048 4096] [--kernels 3 5 9] [--repeats 9]

Convolution: float32 pictures, dense random k×k kernels (no zero weights, not
separable), same-size zero padding. One channel: `conv2d(x, w, padding="same")`
against `cv2.filter2D(x, -1, w, borderType=BORDER_CONSTANT)`. Three channels
(one filter summed over the channels, like torch conv2d with a (1, 3, k, k)
weight): `conv2d(x, w3, padding="same")` on a (3, H, W) picture against
OpenCV's way of writing the same sum, `y = filter2D(x[0], w3[0]); y +=
filter2D(x[1], w3[1]); y += filter2D(x[2], w3[2])`. OpenCV runs with its own
default threads. Each pair is timed in turn within every repeat (after a
warm-up) so a burst of load from other programs hits both alike; printed are
the medians, OpenCV ms / convviz ms (above 1: convviz is faster) and their
geometric mean (also from the fastest repeats, which a loaded machine
disturbs least). Every result is checked against the reference (max |diff|).

Pooling and activations on a 2048² map (the size the live view computes):
`pool2d` against torch's F.max_pool2d / F.avg_pool2d and `activation`
against the torch function, both on the same numpy array (torch reads it
without a copy); ratio = torch ms / convviz ms.
"""

from __future__ import annotations

import argparse
import math
import os
import statistics
import sys
import time
from pathlib import Path

import cv2
import numpy as np
import torch
import torch.nn.functional as F

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from convviz.core import activation, conv2d, pool2d  # noqa: E402

BEST: list[float] = []  # OpenCV/convviz ratio of the fastest repeats, case by case


def round_robin(functions: dict, repeats: int) -> dict:
    """Median seconds of each function, timed in turn within every repeat (after one warm-up).

    The ratio of the fastest repeats of the first two functions is kept in
    BEST: on a machine shared with other work it shows the unloaded pace.
    """
    for function in functions.values():
        function()
    times = {name: [] for name in functions}
    for _ in range(repeats):
        for name, function in functions.items():
            start = time.perf_counter()
            function()
            times[name].append(time.perf_counter() - start)
    first, second = list(times.values())[:2]
    BEST.append(min(second) / min(first))
    return {name: statistics.median(values) for name, values in times.items()}


def dense_kernel(rng: np.random.Generator, shape: tuple[int, ...]) -> np.ndarray:
    """Random weights in ±[0.1, 1]: no zeros to skip, not separable."""
    return (rng.uniform(0.1, 1.0, size=shape) * rng.choice([-1, 1], size=shape)).astype(np.float32)


def opencv_sum(x: np.ndarray, w: np.ndarray) -> np.ndarray:
    """Σ_c filter2D(x[c], w[c]) with zero borders: OpenCV's spelling of a multi-channel conv."""
    out = cv2.filter2D(x[0], -1, w[0], borderType=cv2.BORDER_CONSTANT)
    for c in range(1, x.shape[0]):
        out += cv2.filter2D(x[c], -1, w[c], borderType=cv2.BORDER_CONSTANT)
    return out


def conv_table(sizes, kernels, repeats, rng) -> list[float]:
    header = f"{'picture':>12} {'kernel':>6} {'convviz ms':>11} {'OpenCV ms':>10} {'OpenCV/convviz':>15} {'max |diff|':>11}"
    print(header)
    print("-" * len(header))
    ratios = []
    for channels in (1, 3):
        for n in sizes:
            x = rng.random((channels, n, n), dtype=np.float32)
            picture = x[0] if channels == 1 else x
            for k in kernels:
                w = dense_kernel(rng, (channels, k, k))
                kernel = w[0] if channels == 1 else w
                ours = conv2d(picture, kernel, padding="same")
                reference = opencv_sum(x, w)
                diff = float(np.abs(ours - reference).max())
                del ours, reference
                t = round_robin(
                    {"ours": lambda picture=picture, kernel=kernel: conv2d(picture, kernel, padding="same"),
                     "opencv": lambda x=x, w=w: opencv_sum(x, w)},
                    repeats,
                )
                ratio = t["opencv"] / t["ours"]
                ratios.append(ratio)
                label = f"{channels}x{n}^2"
                print(
                    f"{label:>12} {f'{k}x{k}':>6} {t['ours'] * 1e3:>11.2f} {t['opencv'] * 1e3:>10.2f} "
                    f"{ratio:>14.2f}x {diff:>11.1e}",
                    flush=True,
                )
            del x, picture
    return ratios


def pool_activation_table(n: int, repeats: int, rng) -> list[float]:
    x = rng.standard_normal((n, n)).astype(np.float32)
    t4 = torch.from_numpy(x)[None, None]
    cases = []
    for mode, size, stride in [("max", 2, 2), ("max", 3, 2), ("avg", 2, 2), ("avg", 3, 2)]:
        reference = F.max_pool2d if mode == "max" else F.avg_pool2d
        cases.append(
            (
                f"{mode} pool {size}x{size}/{stride}",
                lambda mode=mode, size=size, stride=stride: pool2d(x, size, stride=stride, mode=mode),
                lambda reference=reference, size=size, stride=stride: reference(t4, size, stride)[0, 0],
            )
        )
    for name, reference in [
        ("relu", torch.relu),
        ("leaky_relu", lambda t: F.leaky_relu(t, 0.01)),
        ("sigmoid", torch.sigmoid),
        ("tanh", torch.tanh),
        ("elu", F.elu),
    ]:
        cases.append((name, lambda name=name: activation(x, name), lambda reference=reference: reference(t4)[0, 0]))
    header = f"{'operation':>18} {'convviz ms':>11} {'torch ms':>9} {'torch/convviz':>14} {'max |diff|':>11}"
    print(header)
    print("-" * len(header))
    ratios = []
    with torch.no_grad():
        for label, ours, theirs in cases:
            diff = float(np.abs(ours() - theirs().numpy()).max())
            t = round_robin({"ours": ours, "torch": theirs}, repeats)
            ratio = t["torch"] / t["ours"]
            ratios.append(ratio)
            print(f"{label:>18} {t['ours'] * 1e3:>11.2f} {t['torch'] * 1e3:>9.2f} {ratio:>13.2f}x {diff:>11.1e}", flush=True)
    return ratios


def geometric_mean(values: list[float]) -> float:
    return math.exp(sum(math.log(v) for v in values) / len(values))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[2048, 4096])
    parser.add_argument("--kernels", type=int, nargs="+", default=[3, 5, 9])
    parser.add_argument("--repeats", type=int, default=9)
    parser.add_argument("--pool-size", type=int, default=2048, help="side of the map for pooling/activations")
    args = parser.parse_args(argv)

    rng = np.random.default_rng(0)
    print(
        f"OpenCV {cv2.__version__} ({cv2.getNumThreads()} threads), torch {torch.__version__} "
        f"({torch.get_num_threads()} threads), numpy {np.__version__}, {os.cpu_count()} CPUs; "
        f"median of {args.repeats}"
    )
    start = time.perf_counter()
    conv_ratios = conv_table(args.sizes, args.kernels, args.repeats, rng)
    best = BEST[:]
    print(f"geometric mean OpenCV/convviz over {len(conv_ratios)} cases (medians): {geometric_mean(conv_ratios):.2f}x")
    one, three = conv_ratios[: len(conv_ratios) // 2], conv_ratios[len(conv_ratios) // 2 :]
    print(f"  one channel: {geometric_mean(one):.2f}x   three channels: {geometric_mean(three):.2f}x")
    print(f"  from the fastest repeat of each side instead of the median: {geometric_mean(best):.2f}x")
    print()
    BEST.clear()
    other = pool_activation_table(args.pool_size, args.repeats, rng)
    print(f"geometric mean torch/convviz over {len(other)} pooling/activation cases (medians): {geometric_mean(other):.2f}x")
    print(f"  from the fastest repeats: {geometric_mean(BEST):.2f}x")
    print(f"(run took {time.perf_counter() - start:.0f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
