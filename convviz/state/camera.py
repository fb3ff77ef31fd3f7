"""Where live pictures come from: a camera, a recorded clip, or a moving pattern (no Qt).

A `FrameSource` is opened once, then read frame after frame, then closed.
`open()` may take seconds (a real camera) and `read()` blocks until the next
frame, so both run on the capture thread (`convviz.state.frame_grabber`),
never on the GUI thread. A source that cannot start raises `CameraUnavailable`
with a sentence for the person, never hangs: a camera that is not there is
found out by looking for its device before OpenCV is asked to open it.

Frames are RGB `uint8` arrays of shape (height, width, 3), numbered from 0.
"""

from __future__ import annotations

import math
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import numpy as np

from convviz.i18n import tr

LUMA = np.array([0.299, 0.587, 0.114], dtype=np.float32)  # ITU-R BT.601 grey, as the Convolution view uses


class CameraUnavailable(ValueError):
    """The source could not start; the message says why in a sentence."""


@dataclass(frozen=True, eq=False)
class Frame:
    """One picture from a source: RGB uint8 (height, width, 3), its number, and when it was read."""

    pixels: np.ndarray
    number: int
    captured: float  # time.monotonic() when it was read

    @property
    def size(self) -> tuple[int, int]:
        """(height, width)."""
        return int(self.pixels.shape[0]), int(self.pixels.shape[1])


class FrameSource(Protocol):
    """What the capture thread needs of a camera or anything standing in for one."""

    def describe(self) -> str:
        """A few words naming the source for the screen ("camera 0", "clip.mp4")."""

    def open(self) -> None:
        """Start the source (may take seconds); CameraUnavailable with a sentence if it cannot."""

    def read(self) -> np.ndarray | None:
        """The next RGB uint8 (H, W, 3) frame, waiting for it; None when the source has ended or failed."""

    def close(self) -> None:
        """Let the device go (safe to call twice, and after a failed open)."""


def frame_picture(pixels: np.ndarray) -> np.ndarray:
    """An RGB uint8 (H, W, 3) frame as the app's picture: (3, H, W) float32 in [0, 1] (as `load_image` gives)."""
    pixels = np.asarray(pixels)
    if pixels.ndim != 3 or pixels.shape[2] != 3 or pixels.dtype != np.uint8:
        raise ValueError(tr("A camera frame must be colour pixels (height × width × 3, bytes)."))
    import cv2

    picture = np.empty((3, *pixels.shape[:2]), dtype=np.float32)
    for channel, plane in enumerate(cv2.split(pixels)):  # contiguous planes first: a third faster than strided reads
        np.multiply(plane, np.float32(1.0 / 255.0), out=picture[channel], casting="unsafe")
    return picture


def fit_square(pixels: np.ndarray, side: int) -> np.ndarray:
    """A frame in grey, scaled to fit a side×side square and padded with its border's tone (uint8).

    What the LeNet view's canvas does with a photo, without Qt: padding with the
    border's median (not black) keeps a sheet of paper looking like paper.
    """
    import cv2

    pixels = np.asarray(pixels)
    grey = pixels if pixels.ndim == 2 else pixels[..., :3].astype(np.float32) @ LUMA
    grey = np.clip(grey, 0, 255).astype(np.uint8)
    height, width = grey.shape
    scale = side / max(height, width)
    size = (max(1, round(width * scale)), max(1, round(height * scale)))
    scaled = cv2.resize(grey, size, interpolation=cv2.INTER_AREA if scale < 1 else cv2.INTER_LINEAR)
    border = np.concatenate([grey[0], grey[-1], grey[:, 0], grey[:, -1]])
    square = np.full((side, side), int(np.median(border)), dtype=np.uint8)
    top, left = (side - scaled.shape[0]) // 2, (side - scaled.shape[1]) // 2
    square[top : top + scaled.shape[0], left : left + scaled.shape[1]] = scaled
    return square


class _Pacer:
    """Holds reads to `fps` frames a second (None: as fast as asked), waiting on an event so close() cuts it short."""

    def __init__(self, fps: float | None) -> None:
        self._interval = None if not fps else 1.0 / float(fps)
        self._next = time.monotonic()
        self.closed = threading.Event()

    def wait(self) -> bool:
        """Wait for the next frame's time; False once closed."""
        if self._interval is None:
            return not self.closed.is_set()
        delay = self._next - time.monotonic()
        if delay > 0 and self.closed.wait(delay):
            return False
        self._next = max(self._next + self._interval, time.monotonic() - self._interval)
        return not self.closed.is_set()


class OpenCVCamera:
    """A webcam through OpenCV's capture (V4L2 on Linux; the headless build can capture)."""

    def __init__(self, index: int = 0, size: tuple[int, int] | None = (640, 480)) -> None:
        self.index = int(index)
        self.size = size  # (width, height) asked of the camera; it may give another
        self._capture = None

    def describe(self) -> str:
        return tr("camera {index}").format(index=self.index)

    def device_path(self) -> Path | None:
        """Linux: the device file the camera must have (/dev/videoN); elsewhere None (no file to look for)."""
        return Path(f"/dev/video{self.index}") if sys.platform.startswith("linux") else None

    def open(self) -> None:
        device = self.device_path()
        if device is not None and not device.exists():
            raise CameraUnavailable(
                tr("No camera was found ({device} does not exist). Connect one, or pick a picture.").format(device=device)
            )
        import cv2

        backend = cv2.CAP_V4L2 if device is not None else cv2.CAP_ANY
        capture = cv2.VideoCapture(self.index, backend)
        if not capture.isOpened():
            capture.release()
            raise CameraUnavailable(
                tr("The camera could not be opened: another program may be using it. Close that, or pick a picture.")
            )
        if self.size is not None:
            capture.set(cv2.CAP_PROP_FRAME_WIDTH, self.size[0])
            capture.set(cv2.CAP_PROP_FRAME_HEIGHT, self.size[1])
        capture.set(cv2.CAP_PROP_BUFFERSIZE, 1)  # the driver keeps as few old frames as it may: newest wins
        self._capture = capture

    def read(self) -> np.ndarray | None:
        capture = self._capture
        if capture is None:
            return None
        ok, bgr = capture.read()
        if not ok or bgr is None or bgr.ndim != 3:
            return None
        return bgr[..., ::-1].copy()  # OpenCV gives blue-green-red

    def close(self) -> None:
        capture, self._capture = self._capture, None
        if capture is not None:
            capture.release()


class ClipSource:
    """A recorded video file played as if it were the camera: at its own frame rate, looping."""

    def __init__(self, path: str | Path, *, loop: bool = True, fps: float | None = None) -> None:
        self.path = Path(path)
        self.loop = loop
        self._fps = fps
        self._capture = None
        self._pacer = _Pacer(None)

    def describe(self) -> str:
        return self.path.name

    def open(self) -> None:
        if not self.path.is_file():
            raise CameraUnavailable(tr("The clip {name} was not found.").format(name=self.path.name))
        import cv2

        capture = cv2.VideoCapture(str(self.path))
        if not capture.isOpened():
            capture.release()
            raise CameraUnavailable(tr("The clip {name} could not be read as a video.").format(name=self.path.name))
        fps = self._fps if self._fps is not None else capture.get(cv2.CAP_PROP_FPS)
        self._pacer = _Pacer(fps if fps and math.isfinite(fps) and fps > 0 else None)
        self._capture = capture

    def read(self) -> np.ndarray | None:
        capture = self._capture
        if capture is None or not self._pacer.wait():
            return None
        ok, bgr = capture.read()
        if not ok and self.loop:
            import cv2

            capture.set(cv2.CAP_PROP_POS_FRAMES, 0)
            ok, bgr = capture.read()
        if not ok or bgr is None:
            return None
        return bgr[..., ::-1].copy()

    def close(self) -> None:
        self._pacer.closed.set()
        capture, self._capture = self._capture, None
        if capture is not None:
            capture.release()


class MovingPattern:
    """A synthetic camera: a bright disc circling over diagonal stripes, frame `n` always the same picture.

    Stands in for a webcam where there is none (tests, benchmarks, screenshots):
    it has edges in every direction for kernels to find, and it moves.
    """

    def __init__(self, width: int = 640, height: int = 480, fps: float | None = 30.0) -> None:
        if width < 8 or height < 8:
            raise ValueError(tr("A moving pattern needs at least 8×8 pixels."))
        self.width, self.height, self.fps = int(width), int(height), fps
        self._pacer = _Pacer(fps)
        self._number = 0
        self._open = False
        rows, cols = np.mgrid[0:self.height, 0:self.width].astype(np.float32)
        self._rows, self._cols = rows, cols

    def describe(self) -> str:
        return tr("moving pattern")

    def frame(self, number: int) -> np.ndarray:
        """Frame `number` of the pattern (RGB uint8), the same each time it is asked for."""
        rows, cols = self._rows, self._cols
        shift = 4.0 * number
        stripes = ((cols + rows + shift) // 24 % 2).astype(np.float32)
        angle = number * 2 * math.pi / 90.0
        radius = 0.3 * min(self.width, self.height)
        centre_r = self.height / 2 + radius * math.sin(angle)
        centre_c = self.width / 2 + radius * math.cos(angle)
        disc = ((rows - centre_r) ** 2 + (cols - centre_c) ** 2) < (0.15 * min(self.width, self.height)) ** 2
        red = np.where(disc, 250.0, 60.0 + 120.0 * stripes)
        green = np.where(disc, 220.0, 40.0 + 60.0 * stripes)
        blue = np.where(disc, 40.0, 90.0 + 100.0 * (1.0 - stripes))
        return np.stack([red, green, blue], axis=-1).astype(np.uint8)

    def open(self) -> None:
        self._pacer = _Pacer(self.fps)
        self._open = True

    def read(self) -> np.ndarray | None:
        if not self._open or not self._pacer.wait():
            return None
        frame = self.frame(self._number)
        self._number += 1
        return frame

    def close(self) -> None:
        self._open = False
        self._pacer.closed.set()
