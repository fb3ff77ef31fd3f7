"""How fast is convviz.core.conv2d on one channel? Ratios against F.conv2d and a plain copy, one run.

    python benchmarks/bench_conv.py [--sizes 256 512 ...] [--kernels sobel_x emboss ...] [--repeats 9]

For each picture size n×n and kernel: the median time of conv2d (padding
"same", float32 numpy in and out), of torch.nn.functional.conv2d on the same
data, and of np.copy of the picture (the floor any full-picture operation
pays). The three are timed round-robin within each repeat, so a burst of
load from other programs hits all of them alike. Printed ratios:
F.conv2d / conv2d (higher is better) and conv2d / copy (lower is better).
Every result is checked equal to torch within 1e-4.

Kernels: presets by name, or "randomK" for a dense random K×K kernel (no
zero or repeated weights, not separable: the engine's worst case).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

import numpy as np
import torch
import torch.nn.functional as F

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from convviz.core import conv2d, kernel_preset  # noqa: E402

DEFAULT_KERNELS = ["sobel_x", "emboss", "random3", "gaussian_5x5", "random5"]


def make_kernel(name: str, rng: np.random.Generator) -> np.ndarray:
    if name.startswith("random"):
        k = int(name[len("random"):])
        values = rng.uniform(0.1, 1.0, size=(k, k)) * rng.choice([-1, 1], size=(k, k))
        return values.astype(np.float32)
    return np.array(kernel_preset(name).values, dtype=np.float32)


def round_robin(functions: dict, repeats: int) -> dict:
    """Median seconds of each function, timed in turn within every repeat (after one warm-up)."""
    for function in functions.values():
        function()
    times = {name: [] for name in functions}
    for _ in range(repeats):
        for name, function in functions.items():
            start = time.perf_counter()
            function()
            times[name].append(time.perf_counter() - start)
    return {name: statistics.median(values) for name, values in times.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[256, 512, 1024, 2048, 4096])
    parser.add_argument("--kernels", nargs="+", default=DEFAULT_KERNELS)
    parser.add_argument("--repeats", type=int, default=9)
    args = parser.parse_args(argv)

    rng = np.random.default_rng(0)
    print(f"torch {torch.__version__} ({torch.get_num_threads()} threads), numpy {np.__version__}; median of {args.repeats}")
    header = (
        f"{'size':>6} {'kernel':>14} {'conv2d ms':>10} {'F.conv2d ms':>12} {'copy ms':>8} "
        f"{'F/conv2d':>9} {'conv2d/copy':>12} {'max |diff|':>11}"
    )
    print(header)
    print("-" * len(header))
    worst = 0.0
    for name in args.kernels:
        kernel = make_kernel(name, rng)
        weight = torch.from_numpy(kernel.copy())[None, None]
        label = f"{name} {kernel.shape[0]}x{kernel.shape[1]}"
        for n in args.sizes:
            image = rng.random((n, n), dtype=np.float32)
            tensor = torch.from_numpy(image)[None, None]
            with torch.no_grad():
                reference = F.conv2d(tensor, weight, padding="same")[0, 0].numpy()
            diff = float(np.abs(conv2d(image, kernel, padding="same") - reference).max())
            worst = max(worst, diff)

            def run_torch():
                with torch.no_grad():
                    F.conv2d(tensor, weight, padding="same")

            t = round_robin(
                {
                    "ours": lambda: conv2d(image, kernel, padding="same"),
                    "torch": run_torch,
                    "copy": lambda: np.copy(image),
                },
                args.repeats,
            )
            print(
                f"{n:>6} {label:>14} {t['ours'] * 1e3:>10.2f} {t['torch'] * 1e3:>12.2f} {t['copy'] * 1e3:>8.2f} "
                f"{t['torch'] / t['ours']:>8.1f}x {t['ours'] / t['copy']:>11.1f}x {diff:>11.2e}"
            )
    print(f"largest difference from torch: {worst:.2e} ({'OK' if worst <= 1e-4 else 'TOO LARGE'}, limit 1e-4)")
    return 0 if worst <= 1e-4 else 1


if __name__ == "__main__":
    raise SystemExit(main())
