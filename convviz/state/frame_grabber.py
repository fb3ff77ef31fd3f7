"""The capture thread: open a source, read it as fast as it gives frames, keep only the newest (no Qt).

There is no queue. Each frame read replaces the one before it in a single
slot; whoever draws takes the newest when it is ready for one, and every frame
replaced before it was taken counts as skipped. So a slow display shows fewer
frames, never older ones, and memory never grows.

Opening happens on the thread too (a camera can take seconds), and a failure
to open is handed to `on_failed` with its sentence. `stop()` never waits long:
the thread is told to end and lets the device go itself once its read returns.
"""

from __future__ import annotations

import threading
import time
import traceback
from collections.abc import Callable

from convviz.i18n import tr
from convviz.state.camera import CameraUnavailable, Frame, FrameSource
from convviz.state.frame_rate import FrameRateMeter

STOP_WAIT_S = 0.1  # stop() waits at most this long (on the GUI thread) for the thread; a stuck read ends by itself


class FrameGrabber:
    """One capture thread over one source, started once; the newest frame waits in a slot."""

    def __init__(
        self,
        source: FrameSource,
        *,
        on_opened: Callable[[], None] | None = None,
        on_frame: Callable[[], None] | None = None,
        on_failed: Callable[[str], None] | None = None,
    ) -> None:
        self.source = source
        self._on_opened = on_opened or (lambda: None)
        self._on_frame = on_frame or (lambda: None)  # called on the capture thread: only a wake-up, never work
        self._on_failed = on_failed or (lambda message: None)
        self._lock = threading.Lock()
        self._newest: Frame | None = None
        self._stopping = threading.Event()
        self._captured = 0
        self._skipped = 0
        self._rate = FrameRateMeter()  # of frames read (ticked and read under the lock)
        self._thread = threading.Thread(target=self._run, name="convviz-camera", daemon=True)

    # ------------------------------------------------------------------ asking
    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        """End capture: no frame is taken after this; the device is let go as soon as its read returns."""
        self._stopping.set()
        if self._thread.is_alive() and threading.current_thread() is not self._thread:
            self._thread.join(STOP_WAIT_S)
        with self._lock:
            self._newest = None

    def is_running(self) -> bool:
        return self._thread.is_alive() and not self._stopping.is_set()

    def take(self) -> Frame | None:
        """The newest frame not yet taken (None if none came since the last take)."""
        with self._lock:
            frame, self._newest = self._newest, None
        return frame

    @property
    def captured(self) -> int:
        """Frames read from the source so far."""
        return self._captured

    def captured_rate(self) -> float:
        """Frames a second the source gave lately."""
        with self._lock:
            return self._rate.rate()

    @property
    def skipped(self) -> int:
        """Frames replaced by a newer one before anybody took them."""
        return self._skipped

    # ------------------------------------------------------------------ the thread
    def _run(self) -> None:
        source = self.source
        try:
            try:
                source.open()
            except CameraUnavailable as exc:
                self._report(str(exc))
                return
            except Exception as exc:  # noqa: BLE001 - a driver's failure is a sentence, not a crash
                self._report(tr("The camera could not be started: {reason}").format(reason=exc))
                return
            if self._stopping.is_set():
                return
            self._on_opened()
            while not self._stopping.is_set():
                pixels = source.read()
                if pixels is None:
                    if not self._stopping.is_set():
                        self._report(tr("The camera stopped giving pictures."))
                    return
                frame = Frame(pixels, self._captured, time.monotonic())
                with self._lock:
                    if self._stopping.is_set():
                        return
                    if self._newest is not None:
                        self._skipped += 1
                    self._newest = frame
                    self._captured += 1
                    self._rate.tick()
                self._on_frame()
        except Exception:  # noqa: BLE001 - the thread must end quietly; the trace goes to the console
            traceback.print_exc()
            self._report(tr("The camera stopped giving pictures."))
        finally:
            try:
                source.close()
            except Exception:  # noqa: BLE001 - closing a broken device must not raise on the way out
                traceback.print_exc()

    def _report(self, message: str) -> None:
        if not self._stopping.is_set():
            self._on_failed(message)
