"""What does running a student's own model in the sandbox cost per pen stroke? One run, ratios in it.

    python benchmarks/bench_own_model.py [--calls 300] [--threads 1]

A small TorchScript CNN (the test suite's SmallCNN, scripted) is opened with
`load_user_model`, so it lives in the own-model sandbox, a separate process.
Timed taking turns call by call (so a busy machine hits all alike), then each in a block:

- sandbox forward: `user(x)` for one 1×1×28×28 picture (a round trip over the pipe);
- sandbox layers: `layer_activations(user, picture)`, what the LeNet view asks
  for on every stroke when it shows an own model (every layer's maps come back);
- in-process forward and layers: the same TorchScript module loaded in this
  process (what the app did before the sandbox), the reference.

Printed: median and worst of each, and the sandbox/in-process ratios of the
medians. Also the time to open the model (starting the sandbox included),
once. The sandbox runs torch on one thread; `--threads` sets this process's.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
import warnings
from pathlib import Path

import numpy as np
import torch

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
from model_fixtures import SmallCNN, digit_like, save_torchscript, seeded

from convviz.model.custom import layer_activations, load_user_model
from convviz.model.discover import Stage, discover_chain


def timings(functions: dict, calls: int, *, interleaved: bool) -> dict[str, list[float]]:
    """Seconds per call of each function: taking turns call by call, or each in one block of calls.

    Taking turns is what a busy app does (each side evicts the other's caches); blocks
    show each path warm, as when strokes come one after another with nothing in between.
    """
    for function in functions.values():  # warm-up: allocations, caches, the pipe
        for _ in range(10):
            function()
    result: dict[str, list[float]] = {name: [] for name in functions}
    order = [name for _ in range(calls) for name in functions] if interleaved else [
        name for name in functions for _ in range(calls)
    ]
    for name in order:
        start = time.perf_counter()
        functions[name]()
        result[name].append(time.perf_counter() - start)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=300)
    parser.add_argument("--threads", type=int, default=1, help="torch CPU threads in this process (the sandbox uses one)")
    args = parser.parse_args(argv)
    torch.set_num_threads(args.threads)
    warnings.simplefilter("ignore")

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "small.pt"
        save_torchscript(seeded(SmallCNN(), seed=1), path)
        start = time.perf_counter()
        user = load_user_model(path)
        opened = time.perf_counter() - start
        local = torch.jit.load(str(path)).eval()
    local_user = type("LocalModel", (), {"module": local, "layers": tuple(discover_chain(local))})()
    assert all(isinstance(stage, Stage) for stage in local_user.layers)

    picture = digit_like(3)
    x = torch.from_numpy(picture)[None, None]
    with torch.no_grad():
        np.testing.assert_allclose(user(x).numpy(), local(x).numpy(), rtol=1e-5, atol=1e-6)

    def local_forward():
        with torch.no_grad():
            local(x)

    functions = {
        "sandbox forward": lambda: user(x),
        "in-process forward": local_forward,
        "sandbox layers": lambda: layer_activations(user, picture),
        "in-process layers": lambda: layer_activations(local_user, picture),
    }
    print(f"own model: SmallCNN (TorchScript), {args.calls} calls each, this process on {args.threads} thread(s)")
    print(f"opening it (sandbox start, checks, probes): {opened * 1e3:.0f} ms")
    for interleaved in (True, False):
        measured = timings(functions, args.calls, interleaved=interleaved)
        print("taking turns call by call:" if interleaved else "each in a block of calls:")
        medians = {}
        for name, values in measured.items():
            medians[name] = statistics.median(values)
            print(f"  {name:20s} median {medians[name] * 1e6:8.0f} µs   worst {max(values) * 1e6:8.0f} µs")
        for what in ("forward", "layers"):
            ratio = medians[f"sandbox {what}"] / medians[f"in-process {what}"]
            extra = (medians[f"sandbox {what}"] - medians[f"in-process {what}"]) * 1e6
            print(f"  sandbox / in-process {what}: {ratio:.2f}x (+{extra:.0f} µs a call)")
    user.module.sandbox.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
