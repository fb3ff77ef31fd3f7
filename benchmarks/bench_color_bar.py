"""The colour bar: pyqtgraph's ColorBarItem (as the app built it until this bench was written) against convviz's own.

    python benchmarks/bench_color_bar.py [--bars 30] [--changes 60] [--before /path/to/older/checkout]

1. Build cost of one bar, both built here in one run: the old bar is a copy of
   the app's former class (`pg.ColorBarItem` with a menu-less PlotItem, styled as
   the map grids styled it); the new one is `convviz.app.widgets.color_bar.ColorBar`.
2. A new range on a bar on screen, until it is painted again (old: `setLevels` and
   its axis laid out anew; new: `set_levels`), and the same range again.
3. With `--before DIR` (a checkout of an older commit, e.g. `git worktree add --detach
   /tmp/base 24d5ae6`): the Convolution and LeNet views built (constructor, then the
   first layout and paint) in fresh interpreters from each checkout in turn, torch
   and the view modules imported before the clock starts. Prints medians and the
   ratio before / after of the same run.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import textwrap
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

VIEW_BUILD = textwrap.dedent(
    """
    import gc, importlib, sys, time
    sys.path.insert(0, {root!r})
    import torch  # noqa: F401 - loaded before the clock, as the app loads it before building a view
    from PySide6.QtWidgets import QApplication
    import convviz
    assert convviz.__file__.startswith({root!r}), convviz.__file__  # this checkout's convviz, not another
    from convviz.app.views import VIEW_MODULES
    from convviz.app.worker import ComputeWorker

    app = QApplication([])
    worker = ComputeWorker()
    module, name = VIEW_MODULES[{view!r}].split(":")
    cls = getattr(importlib.import_module(module), name)
    for round in range({repeats} + 1):  # the first round warms caches (fonts, colour tables) and is not counted
        gc.collect()
        start = time.perf_counter()
        view = cls(worker)
        built = time.perf_counter()
        view.resize(1440, 860)
        view.show()
        view.grab()  # the first layout and paint
        painted = time.perf_counter()
        if round:
            print("VIEW", built - start, painted - start, flush=True)
        view.close()
        view.deleteLater()
        app.processEvents()
    worker.stop()
    """
)


def old_bar_class():
    """The app's colour bar before this change, rebuilt here for the comparison."""
    import pyqtgraph as pg

    class PlotItemWithoutMenu(pg.PlotItem):
        def __init__(self, *args, **kwargs) -> None:
            kwargs.setdefault("enableMenu", False)
            super().__init__(*args, **kwargs)

    class OldColorBar(pg.ColorBarItem, PlotItemWithoutMenu):
        pass

    return OldColorBar


def build_old(cls):
    from PySide6.QtGui import QFont

    from convviz.app.widgets.map_colors import PANEL_FOREGROUND, colormap

    bar = cls(values=(0.0, 1.0), width=10, colorMap=colormap("diverging"), interactive=False, colorMapMenu=False)
    font = QFont()
    font.setPointSizeF(8.5)
    bar.axis.setStyle(tickFont=font, tickLength=4)
    bar.axis.setTextPen(PANEL_FOREGROUND)
    bar.axis.setPen(PANEL_FOREGROUND)
    bar.axis.setWidth(38)
    return bar


def build_new():
    from convviz.app.widgets.color_bar import ColorBar

    return ColorBar("diverging", strip_width=10, point_size=8.5)


def build_costs(bars: int) -> tuple[list[float], list[float]]:
    """Seconds per bar, old and new, built in alternating rounds of 5."""
    old_cls = old_bar_class()
    build_old(old_cls), build_new()  # warm: fonts, colour maps, strip images
    old, new, keep = [], [], []
    for _ in range(max(1, bars // 5)):
        for builder, times in ((lambda: build_old(old_cls), old), (build_new, new)):
            for _ in range(5):
                start = time.perf_counter()
                keep.append(builder())
                times.append(time.perf_counter() - start)
    return old, new


def change_costs(changes: int) -> dict[str, list[float]]:
    """Seconds from a new range (or the same again) to the bar painted, old and new, each beside a view box."""
    import pyqtgraph as pg
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    old_cls = old_bar_class()
    results: dict[str, list[float]] = {}
    for name, builder, set_levels in (
        ("old", lambda: build_old(old_cls), lambda bar, levels: bar.setLevels(levels, update_items=False)),
        ("new", build_new, lambda bar, levels: bar.set_levels(levels)),
    ):
        widget = pg.GraphicsLayoutWidget()
        widget.addViewBox(row=0, col=0)
        bar = builder()
        widget.addItem(bar, row=0, col=1)
        widget.resize(400, 220)
        widget.show()
        for _ in range(5):
            app.processEvents()
        widget.viewport().repaint()
        for kind, ranges in (("new range", [(-1.0, 1.0), (-2.5, 2.5)]), ("same range", [(-2.5, 2.5)] * 2)):
            times = results.setdefault(f"{name} {kind}", [])
            for k in range(changes):
                start = time.perf_counter()
                set_levels(bar, ranges[k % 2])
                app.processEvents()
                widget.viewport().repaint()
                times.append(time.perf_counter() - start)
        widget.close()
    return results


def view_builds(checkout: Path, view: str, repeats: int) -> list[tuple[float, float]]:
    code = VIEW_BUILD.format(root=str(checkout), view=view, repeats=repeats)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=600,
                            cwd=checkout, env=env)
    rows = [tuple(float(v) for v in line.split()[1:]) for line in result.stdout.splitlines() if line.startswith("VIEW")]
    if not rows:
        raise RuntimeError(f"the {view} view was not built from {checkout}:\n{result.stdout}\n{result.stderr[-2000:]}")
    return rows


def ms(values) -> str:
    return f"{statistics.median(values) * 1000:7.2f} ms"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bars", type=int, default=30)
    parser.add_argument("--changes", type=int, default=60)
    parser.add_argument("--before", type=Path, help="an older checkout to build the views from as well")
    parser.add_argument("--view-repeats", type=int, default=3)
    parser.add_argument("--view-runs", type=int, default=2, help="fresh interpreters per checkout and view")
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    load = " ".join(f"{v:.1f}" for v in os.getloadavg())
    print(f"load average {load} on {os.cpu_count()} cores; medians")
    old, new = build_costs(args.bars)
    print(f"build one bar ({len(old)} each): old ColorBarItem {ms(old)}, new ColorBar {ms(new)}; "
          f"old / new {statistics.median(old) / statistics.median(new):6.1f}x")
    changes = change_costs(args.changes)
    for kind in ("new range", "same range"):
        o, n = changes[f"old {kind}"], changes[f"new {kind}"]
        print(f"{kind:10} -> painted: old {ms(o)}, new {ms(n)}; old / new {statistics.median(o) / statistics.median(n):6.1f}x")
    del app
    if args.before is None:
        return
    for view in ("convolution", "lenet"):
        runs: dict[str, list[tuple[float, float]]] = {"before": [], "after": []}
        for _ in range(args.view_runs):  # alternate, so both see the same machine load
            runs["before"] += view_builds(args.before.resolve(), view, args.view_repeats)
            runs["after"] += view_builds(ROOT, view, args.view_repeats)
        b_built, b_painted = ([row[i] for row in runs["before"]] for i in (0, 1))
        a_built, a_painted = ([row[i] for row in runs["after"]] for i in (0, 1))
        print(f"{view} view ({len(b_built)} builds each): constructor before {ms(b_built)}, after {ms(a_built)}, "
              f"before / after {statistics.median(b_built) / statistics.median(a_built):5.2f}x; "
              f"with first layout+paint before {ms(b_painted)}, after {ms(a_painted)}, "
              f"before / after {statistics.median(b_painted) / statistics.median(a_painted):5.2f}x")


if __name__ == "__main__":
    main()
