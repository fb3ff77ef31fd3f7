"""Frame sources, the newest-frame capture thread and the frame-rate meter (no Qt).

A recorded clip (written here with cv2.VideoWriter) and the moving pattern
stand in for a camera; a frame through the pipeline is checked against torch.
"""

from __future__ import annotations

import threading
import time

import cv2
import numpy as np
import pytest
import torch
import torch.nn.functional as F
from hypothesis import given, settings
from hypothesis import strategies as st

from convviz.state.camera import (
    CameraUnavailable,
    ClipSource,
    Frame,
    MovingPattern,
    OpenCVCamera,
    fit_square,
    frame_picture,
)
from convviz.state.convolution import ConvolutionSettings, resolve
from convviz.state.convolution_frame import frame_shape, run_frame
from convviz.state.frame_grabber import FrameGrabber
from convviz.state.frame_rate import FrameRateMeter


def wait_for(condition, timeout=10.0):
    """Poll `condition` until true (fails the test at `timeout`): waits on the thread, never a fixed sleep."""
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.005)


@pytest.fixture
def clip(tmp_path):
    """A 12-frame 64×48 clip whose frame n is a grey level 20·n (lossless enough to tell frames apart)."""
    path = tmp_path / "clip.avi"
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*"MJPG"), 25.0, (64, 48))
    assert writer.isOpened()
    for n in range(12):
        writer.write(np.full((48, 64, 3), 20 * n, np.uint8))
    writer.release()
    return path


def test_moving_pattern_frames_are_rgb_bytes_that_move_and_repeat():
    pattern = MovingPattern(80, 60, fps=None)
    first, later = pattern.frame(0), pattern.frame(5)
    assert first.shape == (60, 80, 3) and first.dtype == np.uint8
    assert not np.array_equal(first, later)
    np.testing.assert_array_equal(pattern.frame(5), later)
    pattern.open()
    assert np.array_equal(pattern.read(), first) and np.array_equal(pattern.read(), pattern.frame(1))
    pattern.close()
    assert pattern.read() is None


def test_a_recorded_clip_plays_in_order_and_loops(clip):
    source = ClipSource(clip, fps=0)  # unpaced: as fast as read
    source.open()
    levels = [int(np.median(source.read())) for _ in range(14)]
    source.close()
    expected = [20 * n for n in range(12)] + [0, 20]
    assert np.allclose(levels, expected, atol=4), levels  # MJPG loses a little


def test_missing_clip_and_missing_camera_say_so_at_once(tmp_path):
    with pytest.raises(CameraUnavailable, match="not found"):
        ClipSource(tmp_path / "none.mp4").open()
    broken = tmp_path / "broken.mp4"
    broken.write_bytes(b"not a video")
    with pytest.raises(CameraUnavailable, match="could not be read"):
        ClipSource(broken).open()
    camera = OpenCVCamera(index=63)  # no machine has a 64th camera
    if camera.device_path() is not None:
        started = time.monotonic()
        with pytest.raises(CameraUnavailable, match="No camera was found"):
            camera.open()
        assert time.monotonic() - started < 1.0
    camera.close()
    camera.close()  # twice is harmless


def test_frame_picture_is_channels_first_floats():
    pixels = np.random.default_rng(0).integers(0, 256, (5, 7, 3), dtype=np.uint8)
    picture = frame_picture(pixels)
    assert picture.shape == (3, 5, 7) and picture.dtype == np.float32
    np.testing.assert_allclose(picture, np.moveaxis(pixels, 2, 0) / 255.0, atol=1e-7)
    with pytest.raises(ValueError, match="colour pixels"):
        frame_picture(np.zeros((5, 7), np.uint8))


def test_fit_square_keeps_the_aspect_and_pads_with_the_border_tone():
    pixels = np.full((40, 80, 3), 200, np.uint8)
    pixels[15:25, 30:50] = 10
    square = fit_square(pixels, 28)
    assert square.shape == (28, 28) and square.dtype == np.uint8
    assert square[0, 0] == 200 and square[-1, -1] == 200  # padding: the border's tone, not black
    assert square[14, 14] < 60  # the dark patch, scaled into the middle


@pytest.mark.parametrize("mode", ["gray", "rgb"])
def test_a_frame_through_the_kernel_equals_torch_conv2d(mode):
    frame = Frame(MovingPattern(64, 48, fps=None).frame(3), 3, 0.0)
    settings = ConvolutionSettings()
    settings.mode = mode
    request = resolve(settings, frame_shape(frame))
    shown = run_frame(request, frame)
    x = torch.from_numpy(np.moveaxis(frame.pixels, 2, 0).astype(np.float32) / 255.0)[None]
    if mode == "gray":
        x = (x * torch.tensor([0.299, 0.587, 0.114]).view(1, 3, 1, 1)).sum(1, keepdim=True)
    weight = torch.from_numpy(np.array(request.kernel, np.float32)).reshape(1, x.shape[1], *request.kernel.shape[-2:])
    expected = F.conv2d(x, weight, padding="same")[0, 0].numpy()
    np.testing.assert_allclose(shown.maps.conv.values, expected, atol=1e-5)
    np.testing.assert_allclose(shown.details.activated.values, np.maximum(expected, 0), atol=1e-5)
    pooled = F.max_pool2d(torch.from_numpy(np.maximum(expected, 0))[None, None], 2, 2)[0, 0].numpy()
    np.testing.assert_allclose(shown.details.pooled.values, pooled, atol=1e-5)


class _Gate:
    """A source whose reads the test lets through one by one, counting them."""

    def __init__(self) -> None:
        self.allowed = threading.Semaphore(0)
        self.pattern = MovingPattern(16, 12, fps=None)
        self.reads = 0
        self.closed = threading.Event()

    def describe(self):
        return "gate"

    def open(self):
        pass

    def read(self):
        if not self.allowed.acquire(timeout=5) or self.closed.is_set():
            return None
        self.reads += 1
        return self.pattern.frame(self.reads - 1)

    def close(self):
        self.closed.set()


def test_the_grabber_keeps_only_the_newest_frame_and_counts_the_skipped():
    source = _Gate()
    woken = []
    grabber = FrameGrabber(source, on_frame=lambda: woken.append(1))
    grabber.start()
    for _ in range(5):
        source.allowed.release()
    wait_for(lambda: grabber.captured == 5)
    frame = grabber.take()
    assert frame.number == 4 and np.array_equal(frame.pixels, source.pattern.frame(4))
    assert grabber.skipped == 4 and grabber.take() is None and len(woken) == 5
    source.allowed.release()
    wait_for(lambda: grabber.captured == 6)
    assert grabber.take().number == 5 and grabber.skipped == 4
    grabber.stop()
    source.allowed.release()
    wait_for(source.closed.is_set)  # the device is let go once its read returns
    assert not grabber.is_running() and grabber.take() is None


def test_a_source_that_cannot_open_is_reported_not_raised():
    failures = []
    grabber = FrameGrabber(ClipSource("/nonexistent/clip.mp4"), on_failed=failures.append)
    grabber.start()
    wait_for(lambda: failures)
    assert "not found" in failures[0] and grabber.captured == 0


def test_stop_does_not_wait_for_a_read_that_hangs():
    source = _Gate()  # never released: its read blocks
    grabber = FrameGrabber(source)
    grabber.start()
    started = time.monotonic()
    grabber.stop()
    assert time.monotonic() - started < 2.0


def test_frame_rate_meter_counts_over_its_window():
    now = [0.0]
    meter = FrameRateMeter(window_s=2.0, clock=lambda: now[0])
    assert meter.rate() == 0.0
    for _ in range(21):  # 20 frames a second for one second
        meter.tick()
        now[0] += 0.05
    assert meter.rate() == pytest.approx(20.0)
    for _ in range(10):  # then 5 a second: after two seconds only those count
        meter.tick()
        now[0] += 0.2
    assert meter.rate() == pytest.approx(5.0)
    now[0] += 10
    assert meter.rate() == 0.0
    with pytest.raises(ValueError):
        FrameRateMeter(window_s=0)


@settings(max_examples=25, deadline=None)
@given(
    height=st.integers(6, 40), width=st.integers(6, 40), seed=st.integers(0, 2**16),
    mode=st.sampled_from(["gray", "rgb"]), stride=st.integers(1, 3), padding=st.integers(0, 2),
    dilation=st.integers(1, 2),
)
def test_any_frame_through_any_window_equals_torch(height, width, seed, mode, stride, padding, dilation):
    """Frames of any size, through strided, padded, dilated windows: run_frame's map is F.conv2d's."""
    pixels = np.random.default_rng(seed).integers(0, 256, (height, width, 3), dtype=np.uint8)
    frame = Frame(pixels, 0, 0.0)
    settings_ = ConvolutionSettings()
    settings_.update({"mode": mode, "stride": (stride, stride), "padding_kind": "custom",
                      "padding": (padding, padding), "dilation": (dilation, dilation)})
    request = resolve(settings_, frame_shape(frame))
    shown = run_frame(request, frame)
    x = torch.from_numpy(np.moveaxis(pixels, 2, 0).astype(np.float32) / 255.0)[None]
    if mode == "gray":
        x = (x * torch.tensor([0.299, 0.587, 0.114]).view(1, 3, 1, 1)).sum(1, keepdim=True)
    weight = torch.from_numpy(np.array(request.kernel, np.float32)).reshape(1, x.shape[1], *request.kernel.shape[-2:])
    expected = F.conv2d(x, weight, stride=stride, padding=padding, dilation=dilation)[0, 0].numpy()
    np.testing.assert_allclose(shown.maps.conv.values, expected, atol=1e-5)
    assert shown.picture.shape == (3, height, width)
