"""The live-camera flow a view shares: the newest frame, one job at a time, the rate, Pause and Resume.

A view gives a way to make a worker job of a frame and shows what comes back;
`LiveCamera` does the rest. A frame is taken only when the one before it is
on screen, so there is never more than one frame's job on the worker and the
frames the view was too slow for are skipped in the capture slot, never
queued. Settings changed while live (`again()`) run the newest frame, or the
one on screen again if none came. The next frame is asked for after a turn of
the event loop, so a click (Pause) is heard between frames however fast they come.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from convviz.app.widgets.camera_feed import CameraFeed
from convviz.app.widgets.camera_panel import CameraPanel
from convviz.app.worker import ComputeWorker, JobError, JobResult
from convviz.i18n import tr
from convviz.state.camera import Frame, FrameSource
from convviz.state.frame_rate import FrameRateMeter

#: (frame, again) -> the job computing it, or None when it cannot be computed (the view says why);
#: `again` is True for the frame on screen run again after a settings change
MakeJob = Callable[[Frame, bool], Callable[[], Any] | None]


class LiveCamera(QObject):
    """A camera feeding one view through the shared worker; the view shows `shown` results."""

    started = Signal()  # the camera was asked to start: the view shows that its input is the camera now
    pause_requested = Signal()  # the panel's Pause: the view decides what a pause keeps (and calls `pause()`)
    shown = Signal(object, float)  # the job's value, its seconds: the view puts it on screen
    frame_failed = Signal(str)  # one frame's job failed (the camera goes on)
    failed = Signal(str, object)  # the camera could not start or stopped: the sentence, the frame on screen or None

    def __init__(self, worker: ComputeWorker, channel: str, panel: CameraPanel, make_job: MakeJob,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.feed = CameraFeed(self)
        self.panel = panel
        self._worker, self._channel, self._make_job = worker, channel, make_job
        self._on = False
        self._live = False  # a frame of this run is on screen
        self._in_flight: Frame | None = None  # the frame whose job is on the worker
        self._wanted = False  # run a frame again (settings changed while live)
        self._last: Frame | None = None  # the frame on screen
        self._rate = FrameRateMeter()
        self.feed.frame_waiting.connect(self._request)
        self.feed.failed.connect(self._on_feed_failed)
        panel.pause_requested.connect(self.pause_requested)
        panel.resume_requested.connect(self.start)

    # ------------------------------------------------------------------ asking
    @property
    def source_factory(self) -> Callable[[], FrameSource]:
        """What makes the camera's source (a webcam through OpenCV; tests and benchmarks give a stand-in)."""
        return self.feed.source_factory

    @source_factory.setter
    def source_factory(self, factory: Callable[[], FrameSource]) -> None:
        self.feed.source_factory = factory

    def start(self) -> None:
        """Open the camera; the view's input stays as it is until the first frame is shown."""
        if self._on:
            return
        self._on, self._live, self._in_flight, self._wanted = True, False, None, False
        self._rate.reset()
        self.panel.show()
        self.panel.show_opening(self.feed.start())
        self.started.emit()

    def pause(self) -> Frame | None:
        """Stop the camera, keeping Resume on screen; the frame on screen (to keep as a picture), or None."""
        if not self._on:
            return None
        frame = self._last if self._live else None
        self._end()
        self.panel.show()
        if frame is None:
            self.panel.show_paused(tr("The camera is off."))
        else:
            self.panel.show_paused(tr("Paused: frame {number} is the picture now.").format(number=frame.number + 1))
        return frame

    def stop(self) -> None:
        """Another input was chosen: the camera off, its line gone."""
        self._end()
        self.panel.hide()

    def again(self) -> None:
        """Settings changed while live: the next frame carries them (the one on screen again, if none comes)."""
        self._wanted = True
        self._request()

    def is_on(self) -> bool:
        """True while the camera runs."""
        return self._on

    def is_live(self) -> bool:
        """True while the camera runs and one of its frames is on screen."""
        return self._on and self._live

    def frame(self) -> Frame | None:
        """The frame on screen while live."""
        return self._last if self.is_live() else None

    def rate(self) -> float:
        """Frames shown a second, lately."""
        return self._rate.rate()

    # ------------------------------------------------------------------ the flow
    def _end(self) -> None:
        was_on = self._on
        self._on, self._live, self._in_flight, self._wanted = False, False, None, False
        if was_on:
            self.feed.stop()

    def _request(self) -> None:
        if self._in_flight is not None or not self._on:
            return  # asked again when the frame on its way is shown
        frame, again = self.feed.take(), False
        if frame is None and self._wanted and self._live:
            frame, again = self._last, True
        if frame is None:
            return
        self._wanted = False
        job = self._make_job(frame, again)
        if job is None:
            return
        self._in_flight = frame
        self._worker.submit(self._channel, job, self._on_result, self._on_error)

    def _on_result(self, result: JobResult) -> None:
        frame, self._in_flight = self._in_flight, None
        if not self._on or frame is None:
            return  # paused or stopped meanwhile: the screen keeps what it has
        self._live, self._last = True, frame
        self._rate.tick()
        self.panel.show_rate(self._rate.rate(), self.feed.captured_rate(), frame.size)
        self.shown.emit(result.value, result.seconds)
        QTimer.singleShot(0, self, self._request)

    def _on_error(self, error: JobError) -> None:
        self._in_flight = None
        if self._on:
            self.frame_failed.emit(error.message)
            QTimer.singleShot(0, self, self._request)  # the next frame may do better

    def _on_feed_failed(self, message: str) -> None:
        frame = self.pause()
        self.panel.show_problem(message)
        self.failed.emit(message, frame)
