"""The live camera in the Convolution and LeNet views, driven through their real widgets (offscreen).

A moving pattern (`MovingPattern`, frame n always the same picture) stands in
for the camera, on the real capture thread; expected numbers come from torch.
"""

from __future__ import annotations

import re
import threading

import cv2
import numpy as np
import pytest
import torch
import torch.nn.functional as F
from app_helpers import trained_or_random
from PySide6.QtCore import QPoint, Qt

import convviz.app.views.convolution.view as convolution_view_module
from convviz.app.views.convolution.input_picker import CAMERA
from convviz.app.views.convolution.view import ConvolutionView
from convviz.app.views.lenet.view import LeNetView
from convviz.core import KERNEL_PRESETS, format_number
from convviz.state.camera import ClipSource, MovingPattern, OpenCVCamera, fit_square, frame_picture
from convviz.state.steps import picture_matrix

LUMA = torch.tensor([0.299, 0.587, 0.114]).view(1, 3, 1, 1)
RATE = re.compile(r"(\d+\.\d) frames a second shown \((\d+\.\d) from the camera\) · 96×64")


def camera_threads() -> list[threading.Thread]:
    return [thread for thread in threading.enumerate() if thread.name == "convviz-camera" and thread.is_alive()]


def torch_sobel_of(pixels: np.ndarray) -> np.ndarray:
    """The default kernel (Sobel x, padding same) on the grey of an RGB frame, by torch alone."""
    x = torch.from_numpy(np.moveaxis(pixels, 2, 0).astype(np.float32) / 255.0)[None]
    grey = (x * LUMA).sum(1, keepdim=True)
    weight = torch.tensor(KERNEL_PRESETS["sobel_x"].values, dtype=torch.float32).view(1, 1, 3, 3)
    return F.conv2d(grey, weight, padding="same")[0, 0].numpy()


def choose_camera(qtbot, view: ConvolutionView) -> None:
    combo = view.input_picker.source
    index = combo.findData(CAMERA)
    combo.setCurrentIndex(index)
    combo.activated.emit(index)  # what a click on the entry sends


@pytest.fixture
def pattern():
    return MovingPattern(96, 64, fps=60)


@pytest.fixture
def conv_view(qtbot, worker, pattern):
    view = ConvolutionView(worker)
    view.camera.source_factory = lambda: pattern
    qtbot.addWidget(view)
    view.resize(1400, 900)
    view.show()
    qtbot.waitUntil(lambda: view.current_maps() is not None and view.is_settled(), timeout=15000)
    yield view
    view.close()
    qtbot.waitUntil(lambda: not camera_threads(), timeout=5000)


def test_camera_frames_go_through_the_kernel_and_the_rate_is_shown(qtbot, conv_view, pattern):
    view = conv_view
    choose_camera(qtbot, view)
    assert view.is_camera_on()
    checked: set[int] = set()

    def check_shown() -> bool:
        frame = view.camera_frame()
        if frame is None or frame.number in checked:
            return len(checked) >= 4
        np.testing.assert_array_equal(frame.pixels, pattern.frame(frame.number))
        np.testing.assert_allclose(view.current_maps().conv.values, torch_sobel_of(frame.pixels), atol=1e-5)
        np.testing.assert_allclose(view.image(), frame_picture(pattern.frame(frame.number)), atol=1e-7)
        checked.add(frame.number)
        return len(checked) >= 4

    qtbot.waitUntil(check_shown, timeout=20000)
    # the maps follow the frames: activation and pooling of the frame on screen too
    qtbot.waitUntil(lambda: RATE.search(view.input_picker.camera_panel.status.text()) is not None, timeout=10000)
    # both meters full (two seconds of a 60 a second source): a rate from a few bunched frames says little
    qtbot.waitUntil(lambda: view.camera_frame().number >= 150, timeout=20000)
    shown, captured = map(float, RATE.search(view.input_picker.camera_panel.status.text()).groups())
    assert 0 < shown <= captured * 1.15 + 0.5  # meters over slightly different windows: shown never far above
    assert re.search(r"^Input: the camera, \d+\.\d frames a second \(64×96", view.input_panel.title())
    assert view.input_picker.source.currentData() == CAMERA
    assert view.torch_panel.verdict_text() == "PyTorch checks the map once the camera is paused."
    # a session saved while live keeps the frame on screen as an ordinary, named picture
    kept = view.session_state()["picture"]
    assert kept["name"].startswith("camera frame ") and kept["array"].shape == (3, 64, 96)


def test_pause_keeps_a_frame_as_a_picture_that_pins_steps_and_exports(qtbot, make_window, pattern):
    window = make_window(start_view="convolution")
    qtbot.waitUntil(lambda: "convolution" in window.views and window.view_is_settled("convolution"), timeout=20000)
    view = window.views["convolution"]
    view.camera.source_factory = lambda: pattern
    choose_camera(qtbot, view)
    qtbot.waitUntil(lambda: view.camera_frame() is not None and view.camera_frame().number >= 3, timeout=20000)

    qtbot.mouseClick(view.input_picker.camera_panel.pause_button, Qt.MouseButton.LeftButton)
    assert not view.is_camera_on() and view.camera_frame() is None
    qtbot.waitUntil(lambda: not camera_threads(), timeout=5000)
    name = view.input_picker.source.currentText()
    number = int(name.rsplit(" ", 1)[1]) - 1
    frame = pattern.frame(number)
    np.testing.assert_allclose(view.image(), frame_picture(frame), atol=1e-7)
    assert window.picture() is view.image() and window.picture_name() == name  # shared as an opened picture
    assert view.input_picker.camera_panel.pause_button.text() == "Resume"
    qtbot.waitUntil(lambda: view.torch_panel.verdict_text().startswith("✔ PyTorch gives"), timeout=10000)

    # an ordinary picture now: pin a pixel and read its arithmetic, export the maps
    expected = torch_sobel_of(frame)
    qtbot.waitUntil(view.is_settled, timeout=10000)
    inside = np.abs(expected[1:-1, 1:-1])
    row, col = (int(i) + 1 for i in np.unravel_index(np.argmax(inside), inside.shape))
    position = view.conv_panel.widget_pos_of(row, col)
    qtbot.mouseClick(view.conv_panel.plot_widget().viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(int(position.x()), int(position.y())))
    qtbot.waitUntil(lambda: f"row {row + 1}, column {col + 1}" in view.products_panel.plain_text(), timeout=10000)
    assert view.settings.pinned == (row, col)
    assert f"= {format_number(float(expected[row, col]))}" in view.products_panel.plain_text()
    exported = view.export_maps()
    np.testing.assert_allclose(exported["Feature map"][0], expected, atol=1e-5)
    assert not view.is_camera_on()

    # the Steps view steps through the same frame
    window.show_view("steps")
    qtbot.waitUntil(lambda: "steps" in window.views and window.view_is_settled("steps"), timeout=20000)
    steps = window.views["steps"]
    assert name in steps.controls.picture_button.toolTip()
    grid = steps.state.settings.image
    qtbot.waitUntil(lambda: np.array_equal(steps.state.settings.image, picture_matrix(view.image(), grid.shape)),
                    timeout=10000)


def test_no_camera_says_so_and_nothing_else_changes(qtbot, conv_view):
    view = conv_view
    view.camera.source_factory = lambda: OpenCVCamera(index=63)  # there is no 64th camera
    picture, maps = view.image(), view.current_maps()
    choose_camera(qtbot, view)
    status = view.input_picker.camera_panel.status
    qtbot.waitUntil(lambda: "camera" in status.text() and not view.is_camera_on(), timeout=10000)
    assert status.text().startswith(("No camera was found", "The camera could not be opened"))
    assert view.input_picker.camera_panel.isVisible()
    qtbot.waitUntil(view.is_settled, timeout=10000)  # the panels may be redrawn at a new size (the camera's line)
    assert view.image() is picture and view.current_maps() is maps  # the same picture and maps as before


def test_a_slow_engine_skips_frames_and_never_queues_them(qtbot, threaded_worker, monkeypatch):
    """While one frame is computed the camera goes on; the next frame computed is the newest, not the next."""
    gate, ran = threading.Event(), []
    real_run_frame = convolution_view_module.run_frame

    def slow_run_frame(request, frame, picture=None, screens=None):
        ran.append(frame.number)
        if len(ran) == 1:
            assert gate.wait(20)  # the engine is stuck on the first frame until the test lets it go
        return real_run_frame(request, frame, picture, screens)

    monkeypatch.setattr(convolution_view_module, "run_frame", slow_run_frame)
    view = ConvolutionView(threaded_worker)
    pattern = MovingPattern(96, 64, fps=200)
    view.camera.source_factory = lambda: pattern
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.current_maps() is not None and view.is_settled(), timeout=15000)
    view.settings.pinned = (3, 3)  # pinned already: the first frame is not run twice to pin its strongest pixel
    view.start_camera()
    qtbot.waitUntil(lambda: len(ran) == 1, timeout=10000)
    first = ran[0]
    qtbot.waitUntil(lambda: view.camera.feed.captured() >= first + 20, timeout=10000)
    gate.set()
    qtbot.waitUntil(lambda: len(ran) >= 2 and view.camera_frame() is not None
                    and view.camera_frame().number >= ran[1], timeout=10000)
    assert ran[1] >= first + 19  # the newest (frames are numbered from 0): the 18 in between were skipped ...
    assert view.camera.feed.skipped() >= 18
    assert ran == sorted(set(ran))  # never an older frame after a newer one, never one twice
    view.pause_camera()
    qtbot.waitUntil(lambda: threaded_worker.is_idle() and not camera_threads(), timeout=10000)
    # ... not queued: every frame job the view sent ran (one at a time: the worker never had one to drop)
    assert threaded_worker.latest_generation(view.CAMERA) == len(ran)
    view.close()


def test_leaving_the_tab_or_closing_stops_the_camera(qtbot, conv_view):
    view = conv_view
    choose_camera(qtbot, view)
    qtbot.waitUntil(lambda: view.camera_frame() is not None, timeout=20000)
    assert camera_threads()
    view.hide()
    assert not view.is_camera_on()
    qtbot.waitUntil(lambda: not camera_threads(), timeout=5000)
    assert view.input_picker.source.currentText().startswith("camera frame ")
    view.show()
    view.input_picker.camera_panel.resume_requested.emit()
    qtbot.waitUntil(lambda: view.camera_frame() is not None, timeout=20000)
    view.close()
    qtbot.waitUntil(lambda: not camera_threads(), timeout=5000)


# ---------------------------------------------------------------------------------------------- LeNet


@pytest.fixture
def lenet_view(qtbot, worker, pattern):
    view = LeNetView(worker, load_model=trained_or_random, seed=7)
    view.camera.source_factory = lambda: pattern
    qtbot.addWidget(view)
    view.resize(1600, 1000)
    view.show()
    qtbot.waitUntil(lambda: view.result() is not None, timeout=20000)
    yield view
    view.close()
    qtbot.waitUntil(lambda: not camera_threads(), timeout=5000)


def test_lenet_reads_camera_frames_through_every_layer(qtbot, lenet_view, pattern):
    view = lenet_view
    qtbot.mouseClick(view.pad.camera_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.camera_frame() is not None and view.result().request.input.name == "camera",
                    timeout=20000)
    frame = view.camera_frame()
    result = view.result()
    square = fit_square(pattern.frame(frame.number), view.canvas.resolution())
    np.testing.assert_array_equal(result.request.input.picture, square)
    np.testing.assert_array_equal(view.canvas.picture(), square)  # the canvas shows what the network was given
    weights = result.request.weights.tensors
    x = torch.from_numpy(np.asarray(result.model_input, np.float32))[None, None]
    conv1 = F.conv2d(x, weights["conv1.weight"], weights["conv1.bias"], padding=2)[0].numpy()
    np.testing.assert_allclose(result.layers["conv1"], conv1, atol=1e-4)
    qtbot.waitUntil(lambda: RATE.search(view.pad.camera_panel.status.text()) is not None, timeout=10000)

    qtbot.mouseClick(view.pad.camera_panel.pause_button, Qt.MouseButton.LeftButton)
    assert not view.is_camera_on()
    paused = view.state().input
    assert paused.name.startswith("camera frame ")
    qtbot.waitUntil(lambda: view.result().request.input is paused and view.is_camera_on() is False, timeout=10000)
    shown = int(paused.name.rsplit(" ", 1)[1]) - 1
    np.testing.assert_array_equal(paused.picture, fit_square(pattern.frame(shown), view.canvas.resolution()))
    qtbot.waitUntil(lambda: not camera_threads(), timeout=5000)


def test_lenet_picking_a_test_digit_stops_the_camera(qtbot, lenet_view):
    view = lenet_view
    view.start_camera()
    qtbot.waitUntil(lambda: view.camera_frame() is not None, timeout=20000)
    qtbot.mouseClick(view.pad.pick_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not view.is_camera_on() and view.result().request.input.digit is not None, timeout=10000)
    assert not view.pad.camera_panel.isVisible()
    qtbot.waitUntil(lambda: not camera_threads(), timeout=5000)


@pytest.fixture
def digit_clip(tmp_path):
    """A recorded clip standing in for the camera: MNIST test digit #0 (a 7) in dark ink on white paper, 160×120."""
    from convviz.state.lenet_run import pick_test_digit

    digit = pick_test_digit(None, np.random.default_rng(0), index=0)
    ink = cv2.resize(digit.image, (84, 84), interpolation=cv2.INTER_LINEAR)
    paper = np.full((120, 160), 235, np.uint8)
    paper[18:102, 38:122] = 235 - (ink.astype(np.int32) * 215 // 255)
    path = tmp_path / "digit.avi"
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*"MJPG"), 30.0, (160, 120))
    for shift in range(6):  # the sheet moves a little, as in a hand
        writer.write(cv2.cvtColor(np.roll(paper, shift, axis=1), cv2.COLOR_GRAY2BGR))
    writer.release()
    return path, digit.label


def test_lenet_reads_a_digit_held_up_to_a_recorded_camera(qtbot, lenet_view, digit_clip):
    path, label = digit_clip
    view = lenet_view
    view.camera.source_factory = lambda: ClipSource(path)
    qtbot.mouseClick(view.pad.camera_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.camera_frame() is not None and view.camera_frame().number >= 8, timeout=20000)
    result = view.result()
    assert result.request.input.name == "camera" and result.stages.inverted  # dark ink on paper, flipped
    # the frame shown is the clip's frame, as OpenCV itself decodes it
    capture = cv2.VideoCapture(str(path))
    decoded = [capture.read()[1][..., ::-1].copy() for _ in range(6)]
    capture.release()
    frame = view.camera_frame()
    np.testing.assert_array_equal(frame.pixels, decoded[frame.number % 6])
    assert result.prediction == label
    x = torch.from_numpy(np.asarray(result.model_input, np.float32))[None, None]
    model = trained_or_random()
    with torch.no_grad():
        probabilities = torch.softmax(model(x), dim=1)[0].numpy()
    np.testing.assert_allclose(result.layers["softmax"], probabilities, atol=1e-5)


class SlowToOpen(MovingPattern):
    """A camera whose opening takes as long as the test wants (a real one can take seconds)."""

    def __init__(self) -> None:
        super().__init__(96, 64, fps=60)
        self.may_open, self.opening, self.closed = threading.Event(), threading.Event(), threading.Event()

    def open(self) -> None:
        self.opening.set()
        assert self.may_open.wait(20)
        super().open()

    def close(self) -> None:
        super().close()
        self.closed.set()


def test_opening_a_slow_camera_never_blocks_and_another_picture_cancels_it(qtbot, conv_view):
    view = conv_view
    camera = SlowToOpen()
    view.camera.source_factory = lambda: camera
    picture = view.image()
    choose_camera(qtbot, view)  # returns while the camera is still opening
    assert camera.opening.wait(10) and not camera.may_open.is_set()
    assert view.input_picker.camera_panel.status.text() == "Opening moving pattern…"
    qtbot.waitUntil(view.is_settled, timeout=10000)
    assert view.image() is picture  # the picture on screen stays until a frame comes
    view.load_sample("checkerboard")  # the person picks a picture meanwhile
    assert not view.is_camera_on() and not view.input_picker.camera_panel.isVisible()
    qtbot.waitUntil(lambda: view.is_settled() and view.image() is not picture, timeout=10000)
    camera.may_open.set()  # the device opens late: it is let go at once, no frame reaches the screen
    assert camera.closed.wait(10)
    qtbot.waitUntil(lambda: not camera_threads(), timeout=5000)
    assert view.camera_frame() is None and view.input_picker.source.currentData() == "checkerboard"


def test_closing_the_window_stops_a_live_camera(qtbot, make_window, pattern):
    window = make_window(start_view="lenet")
    qtbot.waitUntil(lambda: "lenet" in window.views and window.views["lenet"].result() is not None, timeout=20000)
    view = window.views["lenet"]
    view.camera.source_factory = lambda: pattern
    qtbot.mouseClick(view.pad.camera_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.camera_frame() is not None, timeout=20000)
    window.close()
    assert not view.is_camera_on()
    qtbot.waitUntil(lambda: not camera_threads(), timeout=5000)
    assert view.state().input.name.startswith("camera frame ")  # its frame stays as the picture
