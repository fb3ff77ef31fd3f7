"""Is a drawn digit recognised as well as a test digit? Accuracy on drawn re-renderings vs raw, one run.

    python benchmarks/drawn_digits.py [--count 10000] [--seed 0]

Each official test digit is re-rendered as a person would draw or photograph
it (`convviz.model.drawn.render_as_drawn`: 200–500 px canvas, digit 30–90 %
of it, anywhere, thicker or thinner pen, light-on-dark canvas or dark ink on
noisy, unevenly lit, blurred paper), sent through `preprocess_drawing`, and
classified. The reference, measured in the same run, is the accuracy on the
same raw 28×28 test digits. Also split by canvas / photo.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from convviz.model import load_lenet, load_mnist, predict, preprocess_drawing  # noqa: E402
from convviz.model.drawn import render_as_drawn  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=10_000, help="how many test digits (from the start)")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)

    model = load_lenet()
    images, labels = load_mnist("test")
    images, labels = images[: args.count], labels[: args.count]
    rng = np.random.default_rng(args.seed)
    started = time.perf_counter()
    drawn, photo = [], []
    for digit in images:
        picture, style = render_as_drawn(digit, rng)
        drawn.append(preprocess_drawing(picture))
        photo.append(style.photo)
    photo = np.array(photo)
    seconds = time.perf_counter() - started

    raw_right = predict(model, images).argmax(axis=1) == labels
    drawn_right = predict(model, np.stack(drawn)).argmax(axis=1) == labels
    print(f"{len(labels)} test digits, rendered and preprocessed in {seconds:.1f} s")
    print(f"raw 28×28 test digits (reference): {100 * raw_right.mean():6.2f}%")
    print(f"drawn, through preprocess_drawing: {100 * drawn_right.mean():6.2f}%"
          f"  (difference {100 * (drawn_right.mean() - raw_right.mean()):+.2f} points)")  # fmt: skip
    print(f"  light-on-dark canvas ({(~photo).sum()}): {100 * drawn_right[~photo].mean():6.2f}%")
    print(f"  photo of ink on paper ({photo.sum()}): {100 * drawn_right[photo].mean():6.2f}%")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
