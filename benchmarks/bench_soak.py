"""Long use of the whole window: RSS growth and the longest GUI stall over thousands of mixed actions.

    python benchmarks/bench_soak.py [--actions 10000] [--size 2048] [--warmup 0.2] [--close-size 4096]

A real `MainWindow` (offscreen, its own settings and data folder) with a
size² picture open, the convolution, Steps and LeNet views built and the
lessons loaded. Then `--actions` seeded random actions, one after another,
each followed by one turn of the event loop and a short pump that lets the
worker's results arrive:

- kernel edits in the convolution view (on the big picture: a stroke makes
  the drawing its input, so an edit first goes back to the picture, as the
  student does with the picture menu);
- strokes on the convolution view's canvas and on the LeNet digit pad;
- view switches (convolution, Steps, LeNet);
- lessons (a random built-in one; the big picture goes back afterwards);
- Edit ▸ Undo and Redo; Steps edits.

Reported, all measured in this run:

- RSS after the warm-up (first every lesson and every kind of action once, so
  that what is built or loaded the first time is not counted as growth; then
  `--warmup`, a share of the actions, which fills the undo history) and at the end
  (after the worker is idle and a garbage collection): the growth. Aim < 20 MB.
- The longest GUI stall: the longest gap between 5 ms heartbeats of a QTimer
  on the GUI thread during the actions, against the idle floor (the longest
  gap of the same heartbeat, same pump, with nothing happening, measured
  before and after). Aim ≤ 3× the floor. Per kind of action: the longest time
  on the GUI thread (the action and the event-loop turn that paints it); a view
  switch should take at most two frames (33 ms).
- Closing the window with a `--close-size`² colour photo open: how long
  `close()` takes, against writing the same session on the GUI thread (what
  closing did before) in the same run. Aim < 1 s.
"""

from __future__ import annotations

import argparse
import bisect
import gc
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import numpy as np  # noqa: E402
from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QSettings, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from convviz.app.main_window import MainWindow  # noqa: E402
from convviz.app.views.convolution.input_picker import DRAW  # noqa: E402
from convviz.app.worker import ComputeWorker  # noqa: E402
from convviz.samples import load_sample  # noqa: E402

VIEWS = ("convolution", "steps", "lenet")
TWO_FRAMES = 2 / 60  # a view switch should be on screen within two frames of a 60 Hz display
WEIGHTS = {  # kind of action: share of the actions
    "kernel edit": 30, "conv stroke": 14, "lenet stroke": 14, "view switch": 15,
    "undo": 12, "redo": 4, "steps edit": 9, "lesson": 2,
}


def rss_mb() -> float:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e6


def settled_rss_mb() -> float:
    """RSS once garbage is collected and freed memory is handed back (glibc keeps freed big blocks otherwise).

    The 2048² maps in flight come and go by tens of MB; what stays is what grows.
    """
    gc.collect()
    try:
        import ctypes

        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        pass
    return rss_mb()


def undo_bytes(stack) -> int:
    """The bytes of the distinct arrays the undo history holds (steps share arrays: each counted once)."""
    seen: set[int] = set()

    def walk(value) -> int:
        if id(value) in seen:
            return 0
        seen.add(id(value))
        if isinstance(value, np.ndarray):
            return value.nbytes if value.base is None or id(value.base) not in seen else 0
        if isinstance(value, dict):
            return sum(walk(v) for v in value.values())
        if isinstance(value, (tuple, list)):
            return sum(walk(v) for v in value)
        fields = getattr(value, "__dataclass_fields__", None)
        return sum(walk(getattr(value, name)) for name in fields) if fields else 0

    return sum(walk(command.before) + walk(command.after)
               for command in (stack.command(i) for i in range(stack.count())) if hasattr(command, "before"))


def big_picture(size: int) -> np.ndarray:
    camera = load_sample("camera")
    reps = -(-size // camera.shape[0])
    return np.ascontiguousarray(np.tile(camera, (reps, reps))[:size, :size], dtype=np.float32)


class Heart:
    """A 5 ms QTimer on the GUI thread; the gaps between its beats are how long the window froze."""

    def __init__(self) -> None:
        self.beats: list[float] = []
        self.cpu: list[float] = []  # the GUI thread's CPU time at each beat: a stall it spent waiting costs none
        self.timer = QTimer(interval=5, timeout=self._beat)

    def _beat(self) -> None:
        self.beats.append(time.perf_counter())
        self.cpu.append(time.thread_time())

    def gaps(self) -> list[float]:
        return [b - a for a, b in zip(self.beats, self.beats[1:])]

    def spans(self) -> list[tuple[float, float, float]]:
        """(start, end, GUI-thread CPU time) of every gap: when the window stopped answering, answered again,
        and how much of that the GUI thread itself computed (the rest it waited: for the GIL, or for a core)."""
        return [(a, b, cb - ca) for a, b, ca, cb in zip(self.beats, self.beats[1:], self.cpu, self.cpu[1:])]


def attribute_stalls(spans: list[tuple[float, float, float]],
                     marks: list[tuple[float, str]]) -> list[tuple[float, float, str]]:
    """(length, GUI CPU, action) of every gap: the action is the last one begun before the window stopped answering."""
    starts = [t for t, _ in marks]
    stalls = []
    for begin, end, cpu in spans:
        index = bisect.bisect_right(starts, begin) - 1
        stalls.append((end - begin, cpu, marks[index][1] if index >= 0 else "before the first action"))
    return stalls


def pump(app: QApplication, seconds: float) -> None:
    """Run the event loop for `seconds`, as app.exec() would (widgets' deleteLater included)."""
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()
        # processEvents() alone never runs deferred deletions (exec() does): without this, every
        # replaced lesson panel or menu would stay alive here and only here
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        time.sleep(0.0005)


def spin_until(app: QApplication, condition, timeout: float = 120.0) -> None:
    end = time.perf_counter() + timeout
    while not condition():
        if time.perf_counter() > end:
            raise TimeoutError("the window did not settle")
        app.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        time.sleep(0.0005)


def idle_gaps(app: QApplication, seconds: float) -> list[float]:
    heart = Heart()
    heart.timer.start()
    pump(app, seconds)
    heart.timer.stop()
    return heart.gaps()


class Soak:
    """The window and the actions on it."""

    def __init__(self, app: QApplication, folder: Path, size: int, seed: int) -> None:
        self.app = app
        self.rng = np.random.default_rng(seed)
        self.worker = ComputeWorker()
        self.window = MainWindow(worker=self.worker, settings=QSettings(str(folder / "s.ini"),
                                                                        QSettings.Format.IniFormat),
                                 start_view="convolution")
        self.window.resize(1600, 1000)
        self.window.show()
        spin_until(app, lambda: self.window.view_is_settled("convolution"))
        self.big = big_picture(size)
        self.window.set_picture(self.big, f"camera tiled to {size}²")
        for name in VIEWS:
            self.window.show_view(name)
            spin_until(app, lambda n=name: self.window.view_is_settled(n))
        self.window.show_view("convolution")
        loader = self.window.lessons.loader
        loader.load_catalogue()
        spin_until(app, lambda: bool(loader.lessons))
        loader.opened.connect(self._after_lesson)
        self.conv = self.window.views["convolution"]
        self.steps = self.window.views["steps"]
        self.lenet = self.window.views["lenet"]
        self.conv.input_picker.source.setCurrentIndex(self.conv.input_picker.source.findData(DRAW))
        self.conv.input_picker.canvas_box.show()  # the canvas on screen, as after "Draw your own picture"
        spin_until(app, lambda: self.worker.is_idle())
        self.conv.input_picker.opened_chosen.emit()  # back to the big picture
        spin_until(app, lambda: self.window.view_is_settled("convolution"))
        from convviz.state.snapshots import CONVOLUTION_FIELDS

        self.start_settings = {name: getattr(self.conv.settings, name) for name in CONVOLUTION_FIELDS}
        self.actions = {
            "kernel edit": self.kernel_edit, "conv stroke": self.conv_stroke, "lenet stroke": self.lenet_stroke,
            "view switch": self.view_switch, "undo": self.window.sessions.recorder.undo,
            "redo": self.window.sessions.recorder.redo, "steps edit": self.steps_edit, "lesson": self.lesson,
        }

    # ------------------------------------------------------------------ actions
    def on_drawing(self) -> bool:
        """The convolution view reads its canvas (after a stroke, or an undo that put a drawing back)."""
        image = self.conv.image()
        return image is None or image.shape[-2:] != self.big.shape[-2:]

    def kernel_edit(self) -> None:
        if self.on_drawing():
            self.conv.input_picker.opened_chosen.emit()  # the picture menu: back to the big picture
        settings = self.conv.settings
        rows, cols = len(settings.kernel), len(settings.kernel[0])
        settings.set_cell(int(self.rng.integers(rows)), int(self.rng.integers(cols)), float(self.rng.integers(-3, 4)))

    def stroke(self, canvas) -> None:
        side = min(canvas.width(), canvas.height())
        left, top = (canvas.width() - side) / 2, (canvas.height() - side) / 2
        x, y = self.rng.uniform(0.2, 0.8, 2)
        canvas.begin_stroke(QPointF(left + x * side, top + y * side))
        for _ in range(int(self.rng.integers(6, 20))):
            x, y = np.clip((x, y) + self.rng.normal(0, 0.03, 2), 0.05, 0.95)
            canvas.extend_stroke(QPointF(left + x * side, top + y * side))
        canvas.end_stroke()

    def conv_stroke(self) -> None:
        self.stroke(self.conv.input_picker.canvas)

    def lenet_stroke(self) -> None:
        self.stroke(self.lenet.canvas)

    def view_switch(self) -> str:
        current = self.window.current_view_name()
        target = str(self.rng.choice([name for name in VIEWS if name != current]))
        self.window.show_view(target)
        return f"{current} -> {target}"

    def steps_edit(self) -> None:
        field = str(self.rng.choice(["stride", "padding", "cell"]))
        state = self.steps.state
        if field == "cell":
            rows, cols = state.settings.image.shape[-2:]  # a lesson may leave a stack of channels
            state.set_cell(int(self.rng.integers(rows)), int(self.rng.integers(cols)), float(self.rng.integers(10)))
        elif field == "stride":
            state.update(stride=int(self.rng.integers(1, 4)))
        else:
            state.update(padding=int(self.rng.integers(0, 3)))

    def lesson(self) -> str:
        loader = self.window.lessons.loader
        lesson = loader.lessons[int(self.rng.integers(len(loader.lessons)))]
        loader.open_lesson(lesson)
        return str(getattr(lesson, "title", lesson))

    def _after_lesson(self, prepared) -> None:
        if prepared.lesson.view == "convolution":  # its picture replaced the big one: File ▸ Open it again
            self.conv.set_image(self.big, "big picture")

    # ------------------------------------------------------------------ running
    def first_cycle(self) -> float:
        """Every kind of action once and every lesson once, before anything is measured: what is built or loaded
        the first time (a lesson's training panel and the MNIST digits, the RGB channel maps, each view's
        widgets) is not growth. Returns the seconds it took."""
        started = time.perf_counter()
        for name in VIEWS:
            self.window.show_view(name)
            spin_until(self.app, lambda n=name: self.window.view_is_settled(n))
        loader = self.window.lessons.loader
        for lesson in loader.lessons:
            loader.open_lesson(lesson)
            self.app.processEvents()
            self.settle()
            self.canonical()
        for action in self.actions.values():
            action()
            self.app.processEvents()
            pump(self.app, 0.002)
        self.canonical()
        return time.perf_counter() - started

    def run(self, count: int, warmup: int, checkpoint: int = 500) -> dict:
        kinds = list(WEIGHTS)
        shares = np.array([WEIGHTS[k] for k in kinds], dtype=float)
        plan = self.rng.choice(len(kinds), size=count, p=shares / shares.sum())
        per_kind: dict[str, list[float]] = {kind: [] for kind in kinds}
        cpu_per_kind: dict[str, list[float]] = {kind: [] for kind in kinds}
        heart = Heart()
        gaps: list[float] = []
        spans: list[tuple[float, float, float]] = []  # every gap's (start, end), to find the action that caused it
        marks: list[tuple[float, str]] = []  # (when an action began, what it was)
        samples: list[tuple[int, float]] = []  # (actions done, settled RSS) after the warm-up
        started = time.perf_counter()
        heart.timer.start()
        for i, k in enumerate(plan):
            if i >= warmup and (i - warmup) % checkpoint == 0:  # settle and weigh: not counted as a stall
                heart.timer.stop()
                gaps += heart.gaps()
                spans += heart.spans()
                self.canonical()
                samples.append((i, settled_rss_mb()))
                print("  weighed:", self.describe(), f"{samples[-1][1]:.0f} MB", file=sys.stderr, flush=True)
                heart = Heart()
                heart.timer.start()
            kind = kinds[k]
            t, cpu = time.perf_counter(), time.thread_time()
            detail = self.actions[kind]()
            marks.append((t, kind if detail is None else f"{kind} ({detail})"))
            self.app.processEvents()  # the turn that delivers and paints what the action changed
            per_kind[kind].append(time.perf_counter() - t)
            cpu_per_kind[kind].append(time.thread_time() - cpu)  # the GUI thread's own work, whatever the load
            pump(self.app, 0.002)
            if i % 500 == 499:
                print(f"  {i + 1} actions, {time.perf_counter() - started:.0f} s, RSS {rss_mb():.0f} MB",
                      file=sys.stderr, flush=True)
        heart.timer.stop()
        gaps += heart.gaps()
        spans += heart.spans()
        self.canonical()
        samples.append((count, settled_rss_mb()))
        print("  weighed:", self.describe(), f"{samples[-1][1]:.0f} MB", file=sys.stderr, flush=True)
        return {"per_kind": per_kind, "cpu_per_kind": cpu_per_kind, "gaps": gaps, "rss": samples,
                "stalls": attribute_stalls(spans, marks),
                "seconds": time.perf_counter() - started, "undo steps": self.window.sessions.recorder.stack.count(),
                "undo MB": undo_bytes(self.window.sessions.recorder.stack) / 1e6}

    def describe(self) -> str:
        """What the convolution view holds (its maps' memory depends on it)."""
        s, maps = self.conv.settings, self.conv.current_maps()
        size = maps.request.output_size if maps is not None else None
        return f"{s.mode}, pool {s.pool_mode}, padding {s.padding_kind}, maps {size}"

    def canonical(self) -> None:
        """The same state at every weighing: the big picture in the convolution view with its first settings.

        (An RGB lesson leaves three channels of 2048² maps: 100 MB that come and go with the mode.)
        """
        recorder = self.window.sessions.recorder
        with recorder.suspended():
            for name, value in self.start_settings.items():
                if getattr(self.conv.settings, name) != value:
                    setattr(self.conv.settings, name, value)
        recorder.rebaseline(recorder.document("convolution"))
        if self.on_drawing():
            self.conv.input_picker.opened_chosen.emit()
        self.window.show_view("convolution")
        self.settle()

    def settle(self) -> None:
        spin_until(self.app, lambda: self.worker.is_idle())
        pump(self.app, 0.3)
        spin_until(self.app, lambda: self.worker.is_idle())

    def close(self) -> None:
        self.window.close()
        wait = getattr(self.window.sessions, "wait_for_autosave", None)  # (older convviz wrote it in close())
        if wait is not None:
            wait(300)
        self.worker.stop()


def measure_close(app: QApplication, folder: Path, size: int) -> tuple[float, float, float]:
    """close() with a size² colour photo open; the same session written on the GUI thread, for reference."""
    from convviz.session import write_session

    os.environ["CONVVIZ_DATA"] = str(folder / "close-data")
    worker = ComputeWorker()
    window = MainWindow(worker=worker, settings=QSettings(str(folder / "close.ini"), QSettings.Format.IniFormat),
                        start_view="convolution")
    window.resize(1600, 1000)
    window.show()
    spin_until(app, lambda: window.view_is_settled("convolution"))
    rng = np.random.default_rng(1)
    grey = big_picture(size)
    photo = np.stack([grey, grey[::-1], np.clip(grey[:, ::-1] + rng.normal(0, 0.02, grey.shape), 0, 1)])
    window.set_picture(photo.astype(np.float32), "photo.png")
    spin_until(app, lambda: window.view_is_settled("convolution"), timeout=300)
    sessions = window.sessions
    sessions.recorder.flush()
    t = time.perf_counter()
    write_session(folder / "reference.convviz", sessions.capture())  # what closing did before, on the GUI thread
    reference = time.perf_counter() - t
    t = time.perf_counter()
    window.close()
    closing = time.perf_counter() - t
    wait = getattr(sessions, "wait_for_autosave", None)
    if wait is not None:
        wait(300)
    written = time.perf_counter() - t
    worker.stop()
    return closing, written, reference


def report_stalls(stalls: list[tuple[float, float, str]], idle_max: float, shown: int = 15) -> None:
    """Every stall longer than 3x the idle floor, counted by kind of action, and the longest ones with their action.

    With each, the GUI thread's own CPU time in it: a stall mostly waited (for the GIL the compute worker
    holds, or for a core of a loaded machine) is not cured by doing less on the GUI thread.
    """
    long = sorted((s for s in stalls if s[0] > 3 * idle_max), reverse=True)
    print(f"stalls longer than 3x the idle floor ({ms(3 * idle_max)}): {len(long)}; "
          f"the GUI thread computed {100 * sum(c for _, c, _ in long) / max(sum(s for s, _, _ in long), 1e-9):.0f}% "
          f"of their time")
    by_kind: dict[str, list[tuple[float, float]]] = {}
    for seconds, cpu, action in long:
        by_kind.setdefault(action.split(" (")[0], []).append((seconds, cpu))
    for kind, times in sorted(by_kind.items(), key=lambda item: -max(item[1])[0]):
        worst, worst_cpu = max(times)
        print(f"  {kind:13s} {len(times):5d} stalls, longest {ms(worst)} ({worst / idle_max:.1f}x; "
              f"GUI CPU {ms(worst_cpu)})")
    for seconds, cpu, action in long[:shown]:
        print(f"  {ms(seconds):>9s} ({seconds / idle_max:4.1f}x, GUI CPU {ms(cpu):>8s})  after: {action}")


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--actions", type=int, default=10_000)
    parser.add_argument("--size", type=int, default=2048)
    parser.add_argument("--warmup", type=float, default=0.2, help="share of the actions before the first RSS")
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument("--close-size", type=int, default=4096, help="0: skip the closing measurement")
    args = parser.parse_args()

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        os.environ["CONVVIZ_DATA"] = str(folder / "data")
        print("starting the window…", file=sys.stderr, flush=True)
        soak = Soak(app, folder, args.size, args.seed)
        print("one of every action and every lesson…", file=sys.stderr, flush=True)
        cycle = soak.first_cycle()
        floor_before = idle_gaps(app, 3.0)
        result = soak.run(args.actions, int(args.actions * args.warmup))
        floor_after = idle_gaps(app, 3.0)
        soak.close()
        closing = measure_close(app, folder, args.close_size) if args.close_size else None

    floor = floor_before + floor_after
    gaps = result["gaps"]
    samples = result["rss"]
    third = max(len(samples) // 3, 1)
    first, last = statistics.median(mb for _, mb in samples[:third]), statistics.median(mb for _, mb in samples[-third:])
    growth = last - first  # medians: a weighing can catch a 2048² map or two still held
    done = np.array([n for n, _ in samples], dtype=float)
    slope = float(np.polyfit(done, [mb for _, mb in samples], 1)[0]) * 1000 if len(samples) > 2 else float("nan")
    idle_max, soak_max = max(floor), max(gaps)
    print(f"soak: {args.actions:,} actions on a {args.size}² picture in {result['seconds']:.0f} s "
          f"(warm-up: every lesson and every kind of action once, {cycle:.0f} s, then "
          f"{int(args.actions * args.warmup):,} of the actions); undo steps held at the end: {result['undo steps']} "
          f"({result['undo MB']:.1f} MB of arrays)")
    print(f"RSS (settled: collected, freed memory trimmed; median of the first and of the last third of the "
          f"weighings after the warm-up): {first:.0f} MB, then {last:.0f} MB: growth {growth:+.1f} MB (aim < 20 MB); "
          f"trend {slope:+.1f} MB per 1,000 actions")
    print("  samples (actions, MB): " + ", ".join(f"({n}, {mb:.0f})" for n, mb in samples))
    print(f"idle heartbeat floor: longest gap {ms(idle_max)}, p99 {ms(float(np.percentile(floor, 99)))}, "
          f"median {ms(statistics.median(floor))}")
    print(f"during the actions:   longest gap {ms(soak_max)}, p99 {ms(float(np.percentile(gaps, 99)))}, "
          f"median {ms(statistics.median(gaps))}")
    print(f"longest stall / idle floor = {soak_max / idle_max:.2f}x (aim <= 3x)")
    busiest = max(result["stalls"], key=lambda stall: stall[1])
    work = [cpu for _, cpu, _ in result["stalls"]]
    print(f"the GUI thread's own work in one gap (its CPU time: what the machine's load and the worker's hold on "
          f"the GIL do not add): longest {ms(busiest[1])} ({busiest[1] / TWO_FRAMES:.2f}x two frames; after "
          f"{busiest[2]}), p99.9 {ms(float(np.percentile(work, 99.9)))}, "
          f"gaps with more than two frames of it: {sum(cpu > TWO_FRAMES for cpu in work)}")
    print("GUI-thread time per action (the action + the event-loop turn that paints it), wall clock | "
          "the GUI thread's CPU time (what the machine's load does not add):")
    for kind, times in result["per_kind"].items():
        cpu = result["cpu_per_kind"][kind]
        if times:
            print(f"  {kind:13s} n={len(times):5d}  median {ms(statistics.median(times)):>9s} | "
                  f"{ms(statistics.median(cpu)):>8s}  p99 {ms(float(np.percentile(times, 99))):>9s} | "
                  f"{ms(float(np.percentile(cpu, 99))):>8s}  max {ms(max(times)):>9s} | {ms(max(cpu)):>8s}")
    for name, key in (("wall clock", "per_kind"), ("CPU time", "cpu_per_kind")):
        switches = result[key]["view switch"]
        if switches:
            within = sum(t <= TWO_FRAMES for t in switches) / len(switches)
            print(f"view switches, {name}: median {statistics.median(switches) / TWO_FRAMES:.2f}x two frames "
                  f"({ms(TWO_FRAMES)}, aim <= 1x), p90 {float(np.percentile(switches, 90)) / TWO_FRAMES:.2f}x; "
                  f"within two frames: {100 * within:.1f}%")
    report_stalls(result["stalls"], idle_max)
    print(f"load average during the run: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    if closing is not None:
        close_s, written_s, reference_s = closing
        print(f"closing with a {args.close_size}² colour photo: close() {ms(close_s)}; the autosave on its thread "
              f"done after {written_s:.2f} s; writing it on the GUI thread (before) {reference_s:.2f} s: "
              f"close() is {reference_s / close_s:.0f}x shorter")


if __name__ == "__main__":
    main()
