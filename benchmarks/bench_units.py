"""What does "What does this unit look for?" cost on the CPU? One run, ratios against a reference in it.

    python benchmarks/bench_units.py [--repeats 3] [--threads 1]

- top digits: a whole `LayerPass` of the shipped LeNet over the 10,000 test
  digits (10 chunks of 1,000, as the panel runs them), per layer;
- reference: one LeNet forward over the same 10,000 digits in chunks of 1,000
  (what the confusion matrix costs), measured taking turns with the passes;
- ascent: a whole activation maximisation (200 steps, `AscentRun` in chunks of 10),
  per layer, against the reference again.

Printed: the median seconds of each and its ratio to the reference's median.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

import numpy as np
import torch

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from convviz.model import load_lenet
from convviz.model.inference import images_to_tensor
from convviz.state.lenet_run import test_digits
from convviz.state.units import AscentRun, LayerPass

LAYERS = ("conv1", "conv2", "fc1", "fc2", "fc3")


def seconds(function) -> float:
    started = time.perf_counter()
    function()
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--threads", type=int, default=1)
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    model = load_lenet()
    images, _ = test_digits()

    def reference():
        with torch.inference_mode():
            for start in range(0, len(images), 1000):
                model(images_to_tensor(images[start : start + 1000]))

    def top(layer):
        layer_pass = LayerPass(lambda: model, layer)
        while not layer_pass.done:
            layer_pass.run_chunk()
        layer_pass.top(0)

    def ascent(layer):
        run = AscentRun(lambda: model, layer, 0)
        while not run.done:
            run.run_chunk()

    jobs = {"reference forward": reference}
    jobs.update({f"top 9, {layer}": (lambda layer=layer: top(layer)) for layer in LAYERS})
    jobs.update({f"ascent, {layer}": (lambda layer=layer: ascent(layer)) for layer in LAYERS})
    for job in jobs.values():  # warm-up
        job()
    times: dict[str, list[float]] = {name: [] for name in jobs}
    for _ in range(args.repeats):  # taking turns: a busy machine slows all alike
        for name, job in jobs.items():
            times[name].append(seconds(job))
    base = statistics.median(times["reference forward"])
    print(f"torch {torch.__version__}, {torch.get_num_threads()} thread(s), {len(images):,} test digits, "
          f"median of {args.repeats}")
    for name, values in times.items():
        median = statistics.median(values)
        print(f"{name:20s} {median:7.3f} s   {median / base:6.2f} × reference   (worst {max(values):.3f} s)")
    print(f"spread of the reference: {np.ptp(times['reference forward']):.3f} s")


if __name__ == "__main__":
    main()
