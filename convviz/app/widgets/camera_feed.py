"""A live camera for one view: the capture thread behind a QObject that wakes the GUI thread.

The capture thread (`convviz.state.frame_grabber`) keeps only the newest frame.
This object tells the GUI thread that one is waiting, at most once until the
view takes it (a fast camera cannot flood the event queue), and says on the
GUI thread when the camera opened or failed. The view takes the newest frame
when it is ready for one, so frames it was too slow for are skipped, never
queued. Stopping never waits on the device; deleting the owner stops it too.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QObject, Signal

from convviz.state.camera import Frame, FrameSource, OpenCVCamera
from convviz.state.frame_grabber import FrameGrabber


class CameraFeed(QObject):
    """Start, take the newest frame, stop; `source_factory` makes the source (tests give a synthetic one)."""

    opened = Signal()
    frame_waiting = Signal()  # a frame waits to be taken (one wake-up per take)
    failed = Signal(str)  # a sentence: no camera, it could not open, it stopped

    _wake = Signal(int)  # from the capture thread: (grabber number)
    _opened = Signal(int)
    _failed = Signal(int, str)

    def __init__(self, parent: QObject | None = None, source_factory: Callable[[], FrameSource] = OpenCVCamera) -> None:
        super().__init__(parent)
        self.source_factory = source_factory
        self._running: list[FrameGrabber] = []  # the grabber now running (a list: `destroyed` stops it without self)
        self._number = 0  # which start the thread's messages belong to (an old one's are ignored)
        self._wake_pending = threading.Event()
        self._wake.connect(self._on_wake)
        self._opened.connect(lambda number: number == self._number and self.opened.emit())
        self._failed.connect(self._on_failed)
        self.destroyed.connect(partial(_stop_all, self._running))

    def start(self) -> str:
        """Open a new source on its own thread (any running one is stopped); returns its description."""
        self.stop()
        source = self.source_factory()
        self._number += 1
        number = self._number
        self._wake_pending.clear()

        def woke() -> None:
            if not self._wake_pending.is_set():
                self._wake_pending.set()
                self._wake.emit(number)

        grabber = FrameGrabber(
            source, on_opened=lambda: self._opened.emit(number), on_frame=woke,
            on_failed=lambda message: self._failed.emit(number, message),
        )
        self._running.append(grabber)
        grabber.start()
        return source.describe()

    def stop(self) -> None:
        """Stop capture now; what the thread still says is ignored."""
        self._number += 1
        _stop_all(self._running)

    @property
    def _grabber(self) -> FrameGrabber | None:
        return self._running[-1] if self._running else None

    def is_running(self) -> bool:
        return self._grabber is not None and self._grabber.is_running()

    def take(self) -> Frame | None:
        """The newest frame not yet taken, or None."""
        self._wake_pending.clear()
        return None if self._grabber is None else self._grabber.take()

    def captured(self) -> int:
        """Frames the camera gave since it started."""
        return 0 if self._grabber is None else self._grabber.captured

    def skipped(self) -> int:
        """Frames replaced by newer ones before the view took them."""
        return 0 if self._grabber is None else self._grabber.skipped

    def captured_rate(self) -> float:
        """Frames a second the camera gives (over the last seconds)."""
        return 0.0 if self._grabber is None else self._grabber.captured_rate()

    def _on_wake(self, number: int) -> None:
        if number == self._number:
            self.frame_waiting.emit()

    def _on_failed(self, number: int, message: str) -> None:
        if number == self._number:
            _stop_all(self._running)
            self.failed.emit(message)


def _stop_all(running: list[FrameGrabber]) -> None:
    """Stop every grabber in `running` and forget them."""
    while running:
        running.pop().stop()
