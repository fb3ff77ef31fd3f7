"""What do the class digits cost on the CPU? Reading them and fine-tuning on them, against a reference in the same run.

    python benchmarks/bench_class_digits.py [--digits 200] [--repeats 3] [--threads 1]

- class digits: MNIST training digits re-drawn as people draw them
  (`convviz.model.drawn`) and preprocessed as the panel does;
- reference: one LeNet forward over the 10,000 MNIST test digits in chunks of
  1,000 (what the panel's MNIST accuracy costs), measured taking turns with the rest;
- read: the confusion matrix of the shipped LeNet over the class digits;
- fine-tune: `fine_tune` with the panel's defaults (20 epochs of the last two
  layers), for each choice of layers; it includes two MNIST passes (before and after).

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
from convviz.model.class_digits import ClassDigits, drawing_to_digit, read_digits
from convviz.model.class_finetune import LAYER_CHOICES, FineTuneConfig, fine_tune
from convviz.model.drawn import render_as_drawn
from convviz.model.inference import images_to_tensor
from convviz.model.mnist import load_mnist
from convviz.state.lenet_run import test_digits


def seconds(function) -> float:
    started = time.perf_counter()
    function()
    return time.perf_counter() - started


def class_digits(count: int) -> ClassDigits:
    images, labels = load_mnist("train10k")
    rng = np.random.default_rng(0)
    chosen = rng.choice(len(labels), count, replace=False)
    drawn = [drawing_to_digit(render_as_drawn(images[i], rng)[0]) for i in chosen]
    return ClassDigits(np.stack(drawn), labels[chosen])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--digits", type=int, default=200)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--threads", type=int, default=1)
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    model = load_lenet()
    weights = {name: tensor.clone() for name, tensor in model.state_dict().items()}
    mnist = test_digits()
    digits = class_digits(args.digits)

    def reference():
        with torch.inference_mode():
            for start in range(0, len(mnist[0]), 1000):
                model(images_to_tensor(mnist[0][start : start + 1000]))

    outcomes = {}

    def tune(layers):
        result = fine_tune(weights, digits, FineTuneConfig(layers=layers), mnist=mnist)
        outcomes[layers] = result

    jobs = {"reference forward": reference, "read class digits": lambda: read_digits(model, digits)}
    jobs.update({f"fine-tune {'+'.join(layers)}": (lambda layers=layers: tune(layers)) for layers in LAYER_CHOICES})
    reference()  # warm-up
    times: dict[str, list[float]] = {name: [] for name in jobs}
    for _ in range(args.repeats):  # taking turns: a busy machine slows all alike
        for name, job in jobs.items():
            times[name].append(seconds(job))
    base = statistics.median(times["reference forward"])
    print(f"torch {torch.__version__}, {torch.get_num_threads()} thread(s), {len(digits)} class digits, "
          f"{len(mnist[0]):,} MNIST test digits, median of {args.repeats}")
    for name, values in times.items():
        median = statistics.median(values)
        print(f"{name:32s} {median:7.3f} s   {median / base:6.2f} × reference   (worst {max(values):.3f} s)")
    print(f"spread of the reference: {np.ptp(times['reference forward']):.3f} s")
    for layers, result in outcomes.items():
        print(f"{'+'.join(layers):24s} held-out class digits {100 * result.before.class_accuracy:5.1f}% → "
              f"{100 * result.after.class_accuracy:5.1f}%   MNIST {100 * result.before.mnist_accuracy:5.2f}% → "
              f"{100 * result.after.mnist_accuracy:5.2f}%")


if __name__ == "__main__":
    main()
