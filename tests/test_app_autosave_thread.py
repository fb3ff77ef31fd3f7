"""Quitting never waits for the disk (issue 14): the autosave is written on a thread of its own.

With a 4096² colour photo open the autosave took 5.2 s on the GUI thread at
close. How long closing takes is measured in benchmarks/bench_soak.py (never
in a test); here the test checks that the writing was handed to another
thread, that closing returned before it finished, and that the file is whole
afterwards. The writer is held until `close()` has returned: were the writing
still on the GUI thread, close() would wait for it and the writer would see
itself released late.
"""

from __future__ import annotations

import threading

import numpy as np
import pytest
from PySide6.QtCore import QSettings

import convviz.session
from convviz.app.main_window import MainWindow
from convviz.app.tools.sessions.actions import AUTOSAVE_NAME
from convviz.app.worker import ComputeWorker
from convviz.session import read_session


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("CONVVIZ_DATA", str(tmp_path / "data"))
    worker = ComputeWorker()
    window = MainWindow(worker=worker, settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat),
                        start_view="convolution")
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    qtbot.waitUntil(lambda: window.view_is_settled("convolution"), timeout=60000)
    yield window
    window.close()
    window.sessions.wait_for_autosave(120)
    worker.stop()


def test_closing_with_a_large_picture_hands_the_autosave_to_a_thread_and_the_file_is_whole(
    qtbot, window, tmp_path, monkeypatch
):
    rng = np.random.default_rng(14)
    picture = rng.random((3, 1536, 1536), dtype=np.float32)  # noise: the slowest kind to compress
    window.set_picture(picture, "noise.png")
    qtbot.waitUntil(lambda: window.view_is_settled("convolution"), timeout=120000)
    window.views["convolution"].settings.stride = (2, 2)
    qtbot.waitUntil(lambda: window.view_is_settled("convolution"), timeout=120000)

    released = threading.Event()
    seen = {}
    write = convviz.session.write_session

    def held_writer(path, session):
        seen["thread"] = threading.current_thread()
        seen["released in time"] = released.wait(30)  # False if close() waited for this writer
        return write(path, session)

    monkeypatch.setattr(convviz.session, "write_session", held_writer)
    window.close()
    released.set()  # close() has returned: let the writer go on
    assert window.sessions.wait_for_autosave(120)
    assert seen["thread"] is not threading.main_thread() and seen["thread"].name == "convviz-autosave"
    assert seen["released in time"]

    path = tmp_path / "data" / AUTOSAVE_NAME
    assert path.is_file() and not [p for p in path.parent.iterdir() if p.suffix == ".tmp"]
    saved = read_session(path)
    assert saved.picture_name == "noise.png"
    np.testing.assert_array_equal(saved.picture, picture)
    assert saved.views["convolution"]["settings"]["stride"] == (2, 2)


def test_a_failed_autosave_is_said_on_stderr_and_closing_goes_on(qtbot, window, tmp_path, monkeypatch, capfd):
    window.views["convolution"].settings.stride = (3, 3)
    qtbot.waitUntil(lambda: window.view_is_settled("convolution"), timeout=60000)

    def full_disk(path, session):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(convviz.session, "write_session", full_disk)
    window.close()
    assert window.sessions.wait_for_autosave(60) and not window.isVisible()
    assert "could not autosave the session: [Errno 28] No space left on device" in capfd.readouterr().err
    assert not (tmp_path / "data" / AUTOSAVE_NAME).exists()
