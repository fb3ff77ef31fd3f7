"""The main window as a projector shows it: one screen size, each view, presenting or not, a lesson and an exercise open.

`Classroom(size)` builds one `MainWindow` (synchronous worker, settings in a
temporary file, nothing written elsewhere) and shows it at `size`, as on a
screen of that size. Presentation mode is the real `PresentationController`
with its full screen taken to be that screen (the offscreen test platform
has one 800×800 screen of its own). Used by the layout tests and by
`tests/layout_shots.py`, which saves what they check as pictures to look at.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QSettings, QSize
from PySide6.QtWidgets import QApplication
from superqt.utils._throttler import GenericSignalThrottler  # what qthrottled makes; not exported by name

from convviz.app.main_window import MainWindow
from convviz.app.views import VIEW_MODULES
from convviz.app.views.convolution.view import ConvolutionView
from convviz.app.worker import ComputeWorker

SETTLE_TIMEOUT_S = 60.0
PNG_QUALITY = 80  # Qt's PNG "quality" 80 is zlib level 1: fast, and the files stay a few hundred kB


LOOK_EVERY_S = 0.001  # a window's next step is a 1 ms timer or a thread's result: look again that soon


def wait_until(predicate, timeout: float = SETTLE_TIMEOUT_S, what: str = "the window") -> None:
    """Run the event loop until `predicate()` is true; raise if it does not happen in time.

    It looks again right after each turn of the event loop, and pauses (letting the loading thread run) only
    while that turn did not do it: a window settles in about half the time it took with a 5 ms pause after
    every turn.
    """
    app = QApplication.instance()
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise TimeoutError(f"{what} did not settle within {timeout:.0f} s")
        app.processEvents()
        if not predicate():
            time.sleep(LOOK_EVERY_S)


def run_held_now(throttles) -> None:
    """Run now what each throttle holds back (a view redraws resized maps 40 ms after the last resize).

    A throttle only spreads a burst of changes over time; what it runs is the same whenever it runs, so the tests
    need not sleep through its timer (the projector tests slept ~3 s so).
    """
    for throttle in throttles:
        throttle.flush(restart_timer=False)


class Classroom:
    """One main window at one screen size (see the module docstring)."""

    def __init__(self, size: tuple[int, int], folder: str | Path | None = None, language: str = "en") -> None:
        self.room = QSize(*size)
        self._folder = tempfile.TemporaryDirectory() if folder is None else None
        folder = Path(folder if folder is not None else self._folder.name)
        self.worker = ComputeWorker(synchronous=True)
        settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
        self.window = window = MainWindow(self.worker, settings=settings, leave_no_trace=True, language=language)
        fit = lambda: window.resize(self.room)  # noqa: E731 - full screen, maximized and normal are all the screen
        window.showFullScreen = window.showMaximized = window.showNormal = fit
        window.presentation.screen_size = lambda: QSize(self.room)
        window.resize(self.room)
        window.show()
        wait_until(lambda: window._libraries_ready, what="loading the libraries")
        self._as_built: dict[str, dict] = {}  # each view's session state as first shown
        self._changed_by_lessons: set[str] = set()  # views a lesson may have loaded an example into since
        window.lessons.loader.opened.connect(self._lesson_opened)

    # ------------------------------------------------------------------ what is on screen
    def show_view(self, name: str):
        """Show view `name` with the example it was built with, whatever a lesson opened since put into it.

        A lesson leaves its example in the views (a 9×9 input, a 5×5 kernel); the sizes a test measures for "the
        view, plain" must not depend on which lessons the same window happened to open before it.
        """
        window = self.window
        view = window.views[name] if name in window.views else window.build_view(name)
        assert view is not None, window.statusBar().currentMessage()
        self._as_built.setdefault(name, view.session_state())
        if name in self._changed_by_lessons:
            self._changed_by_lessons.discard(name)
            view.restore_session_state(self._as_built[name])
        window.show_view(name)
        self.settle()
        return view

    def open_lesson_file(self, path: str | Path, view: str) -> None:
        """Open a lesson file for view `view` as File ▸ Open lesson… does, and wait until it is shown."""
        loader = self.window.lessons.loader
        self._keep_as_built(view)
        before = loader.current
        loader.open_file(path)
        wait_until(lambda: loader.current is not None and loader.current is not before, what=f"the lesson {path}")
        self.settle()

    def _keep_as_built(self, name: str) -> None:
        """Before a lesson first builds view `name`: build it here, so the example it was built with is kept."""
        if name in VIEW_MODULES and name not in self._as_built:
            current = self.window.current_view_name()
            self.show_view(name)
            self.window.show_view(current)

    def _lesson_opened(self, *_) -> None:
        self._changed_by_lessons.update(self.window.views)

    def present(self, active: bool) -> None:
        was = self.window.presentation.is_active()
        self.window.presentation.set_active(active)
        if was and not active:
            self.window.statusBar().clearMessage()  # "Presentation mode off." is news only at the moment it happens
        self.settle()

    def open_lesson(self, number: int) -> None:
        loader = self.window.lessons.loader
        loader.load_catalogue()
        wait_until(lambda: bool(loader.lessons), what="the lesson catalogue")
        lesson = loader.lesson_numbered(number)
        assert lesson is not None, f"there is no lesson {number}"
        self._keep_as_built(lesson.view)
        assert loader.open_number(number), f"there is no lesson {number}"
        wait_until(lambda: loader.current is not None and loader.current.lesson.number == number,
                   what=f"lesson {number}")
        self.settle()

    def open_exercises(self) -> None:
        """Open the "Predict, then reveal" panel beside the view (as Exercises ▸ its menu does)."""
        tools = self.window.lessons
        dock = tools.exercise_dock()
        dock.show()
        dock.raise_()
        self.settle()

    def close_side_panels(self) -> None:
        tools = self.window.lessons
        for dock in (tools._panel_dock, tools._exercise_dock):
            if dock is not None:
                dock.hide()
        tools.set_views_visible(True)
        self.settle()

    def settle(self) -> None:
        """Until the current view shows the newest result, nothing is queued and the layout is done."""
        window = self.window
        name = window.current_view_name()
        for view in window.views.values():
            if isinstance(view, ConvolutionView):
                view.check_delay_ms = 0  # no one types here: the PyTorch check need not wait 350 ms for a pause
        throttles = window.views[name].findChildren(GenericSignalThrottler) if name in window.views else []

        def settled() -> bool:
            run_held_now(throttles)
            return name not in window.views or window.view_is_settled(name)

        wait_until(settled, what=f"the {name} view")
        window.resize(self.room)
        for _ in range(3):  # layouts post their requests: let every level run
            QApplication.sendPostedEvents()
            QApplication.processEvents()
        window.resize(self.room)  # a full-screen window is the screen's size again once its text was refitted
        QApplication.processEvents()

    def grab(self, path: str | Path) -> None:
        """Save what the window shows as a PNG, compressed lightly (zlib's default took ~50 ms a picture)."""
        self.window.grab().save(str(path), "PNG", PNG_QUALITY)

    def close(self) -> None:
        self.window.presentation.set_active(False)
        self.window.close()
        self.worker.stop()
        self.window.deleteLater()
        QApplication.processEvents()
        if self._folder is not None:
            self._folder.cleanup()
