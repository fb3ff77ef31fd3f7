"""The freeze when a lecturer presses F11 (presentation mode): this checkout against a reference commit, in one run.

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_presentation_zoom.py [--reference 24d5ae6] [--rounds 3]

Entering presentation mode grows every text in the window (`UiZoom.apply`) and
tries smaller text while the layout does not fit the screen; the GUI thread is
busy until the window is laid out and painted again. For each view (and
lesson 22, whose arithmetic needs smaller text at 1024x768) at two projector
sizes this times `set_active(True)` up to the repainted window, in a fresh
interpreter running this checkout and one running `--reference` (extracted
with `git archive` into a temporary folder), alternately, `--repeats` times
each. Prints the median wall and CPU milliseconds of each, their ratio
(this / reference: below 1 is faster), and the zoom factor each chose, which
must be the same. CPU time is the steadier figure on a shared machine.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SIZES = ((1024, 768), (1280, 720))
CASES = ("convolution", "steps", "lenet", "lesson 22")


def measure(rounds: int) -> dict[str, dict]:
    """In the child: enter presentation mode `rounds` times per case; ms wall, ms CPU and the chosen factor."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings, QSize
    from PySide6.QtWidgets import QApplication

    from convviz.app.main_window import MainWindow
    from convviz.app.worker import ComputeWorker

    app = QApplication.instance() or QApplication([])

    def drain() -> None:
        for _ in range(3):  # layouts post their requests; the last turn paints
            QApplication.sendPostedEvents()
            QApplication.processEvents()

    def wait_until(predicate) -> None:
        deadline = time.monotonic() + 120
        while not predicate():
            if time.monotonic() > deadline:
                raise TimeoutError("the window did not settle")
            app.processEvents()
            time.sleep(0.002)

    results = {}
    with tempfile.TemporaryDirectory() as folder:
        for size in SIZES:
            worker = ComputeWorker(synchronous=True)
            settings = QSettings(str(Path(folder) / f"{size[0]}.ini"), QSettings.Format.IniFormat)
            window = MainWindow(worker, settings=settings, leave_no_trace=True, language="en")
            window.presentation.present_at(QSize(*size))
            window.resize(*size)
            window.show()
            wait_until(lambda: window._libraries_ready)
            for case in CASES:
                if case.startswith("lesson"):
                    number = int(case.split()[1])
                    loader = window.lessons.loader
                    loader.load_catalogue()
                    wait_until(lambda: bool(loader.lessons))
                    loader.open_number(number)
                    wait_until(lambda: loader.current is not None and loader.current.lesson.number == number)
                else:
                    window.build_view(case)
                    window.show_view(case)
                name = window.current_view_name()
                wait_until(lambda: window.view_is_settled(name))
                window.resize(*size)
                drain()
                walls, cpus = [], []
                for _ in range(rounds + 1):  # the first round warms caches and is not counted
                    wall, cpu = time.perf_counter(), time.process_time()
                    window.presentation.set_active(True)
                    drain()
                    walls.append(1000 * (time.perf_counter() - wall))
                    cpus.append(1000 * (time.process_time() - cpu))
                    factor = window.presentation.zoom.factor()
                    window.presentation.set_active(False)
                    window.resize(*size)
                    drain()
                results[f"{size[0]}x{size[1]} {case}"] = {"wall": walls[1:], "cpu": cpus[1:], "factor": factor}
            window.close()
            worker.stop()
            window.deleteLater()
            drain()
    return results


def run_child(root: Path, rounds: int) -> dict[str, dict]:
    code = (f"import json, sys; sys.path.insert(0, {str(root)!r}); sys.path.insert(1, {str(ROOT / 'benchmarks')!r}); "
            f"import bench_presentation_zoom as b; print('RESULT', json.dumps(b.measure({rounds})))")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(root)}
    done = subprocess.run([sys.executable, "-c", code], cwd=root, env=env, capture_output=True, text=True, timeout=900)
    lines = [line for line in done.stdout.splitlines() if line.startswith("RESULT ")]
    if done.returncode != 0 or not lines:
        raise SystemExit(f"the measurement in {root} failed:\n{done.stderr[-3000:]}")
    return json.loads(lines[-1][len("RESULT "):])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--reference", default="24d5ae6", help="the commit to compare with (before the change)")
    parser.add_argument("--rounds", type=int, default=3, help="entries per case in one interpreter")
    parser.add_argument("--repeats", type=int, default=2, help="interpreters per code version, alternating")
    args = parser.parse_args()
    print("load average:", Path("/proc/loadavg").read_text().split()[:3] if Path("/proc/loadavg").exists() else "?")
    with tempfile.TemporaryDirectory() as folder:
        archive = Path(folder) / "reference.tar"
        subprocess.run(["git", "-C", str(ROOT), "archive", "-o", str(archive), args.reference], check=True)
        reference = Path(folder) / "reference"
        with tarfile.open(archive) as tar:
            tar.extractall(reference, filter="data")
        runs: dict[str, list[dict]] = {"reference": [], "this": []}
        for _ in range(args.repeats):
            runs["reference"].append(run_child(reference, args.rounds))
            runs["this"].append(run_child(ROOT, args.rounds))
    print(f"{'case':<24}{'reference ms':>14}{'this ms':>10}{'ratio':>7}{'ref cpu':>9}{'cpu':>7}{'ratio':>7}  factor")
    ratios, cpu_ratios, same = [], [], True
    for case in runs["this"][0]:
        med = {who: {kind: statistics.median(v for run in runs[who] for v in run[case][kind]) for kind in ("wall", "cpu")}
               for who in runs}
        factors = {who: {run[case]["factor"] for run in runs[who]} for who in runs}
        same &= factors["this"] == factors["reference"]
        ratio = med["this"]["wall"] / med["reference"]["wall"]
        cpu_ratio = med["this"]["cpu"] / med["reference"]["cpu"]
        ratios.append(ratio)
        cpu_ratios.append(cpu_ratio)
        print(f"{case:<24}{med['reference']['wall']:>14.0f}{med['this']['wall']:>10.0f}{ratio:>7.2f}"
              f"{med['reference']['cpu']:>9.0f}{med['this']['cpu']:>7.0f}{cpu_ratio:>7.2f}  "
              f"{sorted(factors['reference'])} -> {sorted(factors['this'])}")
    print(f"median ratio this/reference: wall {statistics.median(ratios):.2f}, CPU {statistics.median(cpu_ratios):.2f}; "
          f"same zoom factors: {same}")


if __name__ == "__main__":
    main()
