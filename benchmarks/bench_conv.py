"""How fast is convviz.core.conv2d on one channel? Ratios against F.conv2d and a plain copy, one run.

    python benchmarks/bench_conv.py [--sizes 256 512 ...] [--kernels 3 5] [--repeats 7]

For each size n and kernel k: the median time of conv2d (padding "same",
float32 numpy), of torch.nn.functional.conv2d on the same data, and of
np.copy of the image (the floor any full-image operation pays), then the
ratios F.conv2d / conv2d (higher is better) and conv2d / copy (lower is
better). Results are checked equal to torch within 1e-4.
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


def median_seconds(function, repeats: int) -> float:
    function()  # warm-up: allocations, thread pools, caches
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[256, 512, 1024, 2048, 4096])
    parser.add_argument("--kernels", type=int, nargs="+", default=[3, 5])
    parser.add_argument("--repeats", type=int, default=7)
    args = parser.parse_args(argv)

    rng = np.random.default_rng(0)
    kernels = {3: kernel_preset("sobel_x").values, 5: kernel_preset("gaussian_5x5").values}
    print(f"torch {torch.__version__}, {torch.get_num_threads()} torch threads, numpy {np.__version__}")
    header = f"{'size':>6} {'kernel':>6} {'conv2d ms':>10} {'F.conv2d ms':>12} {'copy ms':>8} {'F/conv2d':>9} {'conv2d/copy':>12} {'max |diff|':>11}"
    print(header)
    print("-" * len(header))
    worst = 0.0
    for k in args.kernels:
        kernel = kernels.get(k)
        if kernel is None:
            kernel = rng.standard_normal((k, k)).astype(np.float32)
        weight = torch.from_numpy(np.ascontiguousarray(kernel))[None, None]
        for n in args.sizes:
            image = rng.random((n, n), dtype=np.float32)
            tensor = torch.from_numpy(image)[None, None]
            ours = conv2d(image, kernel, padding="same")
            with torch.no_grad():
                reference = F.conv2d(tensor, weight, padding="same")[0, 0].numpy()
            diff = float(np.abs(ours - reference).max())
            worst = max(worst, diff)
            t_ours = median_seconds(lambda: conv2d(image, kernel, padding="same"), args.repeats)
            with torch.no_grad():
                t_torch = median_seconds(lambda: F.conv2d(tensor, weight, padding="same"), args.repeats)
            t_copy = median_seconds(lambda: np.copy(image), args.repeats)
            print(
                f"{n:>6} {f'{k}x{k}':>6} {t_ours * 1e3:>10.2f} {t_torch * 1e3:>12.2f} {t_copy * 1e3:>8.2f} "
                f"{t_torch / t_ours:>8.1f}x {t_ours / t_copy:>11.1f}x {diff:>11.2e}"
            )
    print(f"largest difference from torch: {worst:.2e} ({'OK' if worst <= 1e-4 else 'TOO LARGE'}, limit 1e-4)")
    return 0 if worst <= 1e-4 else 1


if __name__ == "__main__":
    raise SystemExit(main())
