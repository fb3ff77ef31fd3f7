"""CPU against CUDA in one run: convolution, pooling, LeNet forward, training steps, and exactness.

    python benchmarks/bench_gpu.py [--size 2048] [--batch 1024] [--train-steps 30] [--repeats 7]

What "Compute on: CUDA" buys, measured side by side in the same process:
- convolution: `convviz.core.conv2d` (numpy on the CPU, its fastest engine; a
  torch tensor on the GPU, which stays there) and `F.conv2d` on each device,
  for one and three channels and 3×3 / 9×9 kernels; on the GPU also the round
  trip the convolution view pays (numpy → GPU → conv → numpy);
- pooling: `convviz.core.pool2d` max 2×2 / 2 and avg 3×3 / 2;
- LeNet (convviz.model) forward pass for a batch of 28×28 digits;
- training: LeNet + AdamW + cross-entropy steps per second (batch 128).
Timings are medians; GPU work is timed up to `torch.cuda.synchronize()`.
Exactness: max |CPU − CUDA| of every result (same inputs, same weights), with
torch's default TF32 settings and, for convolution, with TF32 off.

Without a usable CUDA device the CPU figures are printed, then a line saying
so, and the script exits 0. `--device cpu` runs the comparison column on the
CPU too: a dry run of every code path of this script on a machine without a GPU.
"""

from __future__ import annotations

import argparse
import copy
import platform
import statistics
import sys
import time
from pathlib import Path

import numpy as np
import torch
import torch.nn.functional as F

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from convviz.core import conv2d, pool2d, resolve_device  # noqa: E402
from convviz.model import LeNet  # noqa: E402


def median_seconds(function, repeats: int, sync=None) -> float:
    """Median wall time of `function` after one warm-up; `sync` waits for queued GPU work."""
    function()
    if sync:
        sync()
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        function()
        if sync:
            sync()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def as_numpy(value) -> np.ndarray:
    return value.detach().cpu().numpy() if isinstance(value, torch.Tensor) else np.asarray(value)


def max_diff(a, b) -> float:
    return float(np.abs(as_numpy(a).astype(np.float64) - as_numpy(b).astype(np.float64)).max())


def digits(batch: int, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """MNIST test digits (shipped with convviz) as (N, 1, 28, 28) floats, random ones if absent."""
    try:
        from convviz.model import load_mnist

        images, labels = load_mnist("test")
        reps = -(-batch // len(images))
        images, labels = np.tile(images, (reps, 1, 1))[:batch], np.tile(labels, reps)[:batch]
        return (images.astype(np.float32) / 255.0)[:, None], labels.astype(np.int64)
    except (OSError, ValueError):
        return rng.random((batch, 1, 28, 28), dtype=np.float32), rng.integers(0, 10, batch)


def row(label: str, cpu_s: float, gpu_s: float | None, diff: float | None = None, extra: str = "") -> None:
    gpu = "" if gpu_s is None else f"{gpu_s * 1e3:>10.3f} {cpu_s / gpu_s:>8.1f}x"
    exact = "" if diff is None else f" {diff:>10.1e}"
    print(f"{label:>34} {cpu_s * 1e3:>10.3f} {gpu:>20}{exact} {extra}", flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=2048, help="picture side for convolution and pooling")
    parser.add_argument("--batch", type=int, default=1024, help="digits per LeNet forward pass")
    parser.add_argument("--train-steps", type=int, default=30)
    parser.add_argument("--repeats", type=int, default=7)
    parser.add_argument("--device", default="cuda", help="the device compared with the CPU (cpu: a dry run)")
    args = parser.parse_args(argv)

    device, message = resolve_device(args.device)
    cuda = device.type != "cpu" or args.device.strip().lower() == "cpu"  # a comparison column is measured
    gpu_name = torch.cuda.get_device_name(device) if device.type == "cuda" else str(device) if cuda else "none"
    print(
        f"torch {torch.__version__} ({torch.get_num_threads()} CPU threads), {platform.processor() or platform.machine()}, "
        f"GPU: {gpu_name}; cudnn.allow_tf32={torch.backends.cudnn.allow_tf32}, "
        f"matmul.allow_tf32={torch.backends.cuda.matmul.allow_tf32}; median of {args.repeats}"
    )
    sync = torch.cuda.synchronize if device.type == "cuda" else None
    rng = np.random.default_rng(0)
    n = args.size
    name = device.type.upper() if cuda else "CUDA"
    print(f"{'':>34} {'CPU ms':>10} {name + ' ms':>10} {'CPU/' + name:>9} {'max |diff|':>10}")

    # --- convolution -----------------------------------------------------------------------
    for channels in (1, 3):
        picture = rng.random((channels, n, n), dtype=np.float32)
        for k in (3, 9):
            weight = rng.uniform(-1, 1, (channels, k, k)).astype(np.float32)
            image = picture[0] if channels == 1 else picture
            kernel = weight[0] if channels == 1 else weight
            cpu_out = conv2d(image, kernel, padding="same")
            cpu_s = median_seconds(lambda: conv2d(image, kernel, padding="same"), args.repeats)
            x_cpu, w_cpu = torch.from_numpy(picture)[None], torch.from_numpy(weight)[None]
            with torch.no_grad():
                torch_cpu_s = median_seconds(lambda: F.conv2d(x_cpu, w_cpu, padding="same"), args.repeats)
            label = f"conv {channels}x{n}^2 {k}x{k}"
            if not cuda:
                row(f"{label} convviz", cpu_s, None)
                row(f"{label} F.conv2d", torch_cpu_s, None)
                continue
            x_gpu = torch.from_numpy(image).to(device)
            gpu_out = conv2d(x_gpu, kernel, padding="same")
            gpu_s = median_seconds(lambda: conv2d(x_gpu, kernel, padding="same"), args.repeats, sync)
            row(f"{label} convviz", cpu_s, gpu_s, max_diff(cpu_out, gpu_out))
            tf32 = torch.backends.cudnn.allow_tf32
            torch.backends.cudnn.allow_tf32 = False
            strict = max_diff(cpu_out, conv2d(x_gpu, kernel, padding="same"))
            torch.backends.cudnn.allow_tf32 = tf32
            print(f"{'':>34} max |diff| with TF32 off: {strict:.1e}")
            xg, wg = x_cpu.to(device), w_cpu.to(device)
            with torch.no_grad():
                torch_gpu_s = median_seconds(lambda: F.conv2d(xg, wg, padding="same"), args.repeats, sync)
            row(f"{label} F.conv2d", torch_cpu_s, torch_gpu_s)
            trip_s = median_seconds(
                lambda: as_numpy(conv2d(torch.from_numpy(image).to(device), kernel, padding="same")), args.repeats, sync
            )
            row(f"{label} numpy->GPU->numpy", cpu_s, trip_s)

    # --- pooling ---------------------------------------------------------------------------
    feature_map = rng.standard_normal((n, n)).astype(np.float32)
    for mode, size, stride in (("max", 2, 2), ("avg", 3, 2)):
        cpu_out = pool2d(feature_map, size, stride=stride, mode=mode)
        cpu_s = median_seconds(lambda: pool2d(feature_map, size, stride=stride, mode=mode), args.repeats)
        label = f"{mode} pool {size}x{size}/{stride} {n}^2"
        if not cuda:
            row(label, cpu_s, None)
            continue
        map_gpu = torch.from_numpy(feature_map).to(device)
        gpu_out = pool2d(map_gpu, size, stride=stride, mode=mode)
        gpu_s = median_seconds(lambda: pool2d(map_gpu, size, stride=stride, mode=mode), args.repeats, sync)
        row(label, cpu_s, gpu_s, max_diff(cpu_out, gpu_out))

    # --- LeNet forward ---------------------------------------------------------------------
    torch.manual_seed(0)
    model_cpu = LeNet().eval()
    images, labels = digits(args.batch, rng)
    x_cpu = torch.from_numpy(images)
    with torch.inference_mode():
        logits_cpu = model_cpu(x_cpu)
        cpu_s = median_seconds(lambda: model_cpu(x_cpu), args.repeats)
        label = f"LeNet forward, batch {args.batch}"
        if cuda:
            model_gpu = copy.deepcopy(model_cpu).to(device)
            x_gpu = x_cpu.to(device)
            logits_gpu = model_gpu(x_gpu)
            gpu_s = median_seconds(lambda: model_gpu(x_gpu), args.repeats, sync)
            row(label, cpu_s, gpu_s, max_diff(logits_cpu, logits_gpu), "(logits)")
        else:
            row(label, cpu_s, None)

    # --- training steps --------------------------------------------------------------------
    def train(device_: torch.device) -> tuple[float, LeNet]:
        """Steps per second over --train-steps steps (after 3 warm-up steps), and the trained model."""
        torch.manual_seed(0)
        model = LeNet().to(device_).train()
        optimiser = torch.optim.AdamW(model.parameters(), lr=1e-3)
        batches = [
            (torch.from_numpy(images[i : i + 128]).to(device_), torch.from_numpy(labels[i : i + 128]).to(device_))
            for i in range(0, max(len(images) - 127, 1), 128)
        ]

        def step(i: int) -> None:
            batch, target = batches[i % len(batches)]
            loss = F.cross_entropy(model(batch), target)
            optimiser.zero_grad(set_to_none=True)
            loss.backward()
            optimiser.step()

        for i in range(3):
            step(i)
        if device_.type == "cuda":
            torch.cuda.synchronize()
        start = time.perf_counter()
        for i in range(3, 3 + args.train_steps):
            step(i)
        if device_.type == "cuda":
            torch.cuda.synchronize()
        return args.train_steps / (time.perf_counter() - start), model

    cpu_rate, trained_cpu = train(torch.device("cpu"))
    if cuda:
        gpu_rate, trained_gpu = train(device)
        weights_diff = max(
            max_diff(a, b) for a, b in zip(trained_cpu.state_dict().values(), trained_gpu.state_dict().values())
        )
        print(
            f"{'training steps/s (batch 128)':>34} {cpu_rate:>10.1f} {gpu_rate:>10.1f} {gpu_rate / cpu_rate:>8.1f}x "
            f"{weights_diff:>10.1e} (weights after {args.train_steps + 3} steps)"
        )
        return 0
    print(f"{'training steps/s (batch 128)':>34} {cpu_rate:>10.1f}")
    print(f"NO CUDA: {message or 'torch finds no CUDA device'} Only the CPU figures above were measured.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
