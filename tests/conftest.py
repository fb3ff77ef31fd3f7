"""Shared test set-up: Qt runs offscreen, one window factory, no test leaves a window behind or a mouse button down."""

from __future__ import annotations

import os
import sys

import pytest
from hypothesis import settings

# No time limit per example: hypothesis's default deadline (200 ms) turns a busy machine into a failure
# (test_window_placement failed so in a full run on the loaded 2-core machine); speed is measured in benchmarks/.
settings.register_profile("convviz", deadline=None)
settings.load_profile("convviz")

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Keep the compiled test modules (pytest's assertion rewriting) and convviz's bytecode in their
# __pycache__ folders (git ignores them) even where PYTHONDONTWRITEBYTECODE is set: otherwise every
# test process and every sandbox or script it starts compiles them all again (seconds each).
sys.dont_write_bytecode = False

# Each test process holds torch, Qt and the test data (about half a GiB): more than eight of them
# crowd a big machine's memory for little gain on a suite of this size.
MOST_TEST_PROCESSES = 8


#: Printed by CPython itself (`bytearray_dealloc`) when a garbage collection, in whatever thread runs it, frees a
#: bytearray whose buffer an object in the same garbage still exports; seen in about one full run in ten on Python
#: 3.11, each time during a test that uses no Qt and makes no bytearray (test_model_hostile_weights). Its origin was
#: not found (CPython 3.11's buffer release in a collection is one candidate: python/cpython#77894, fixed in 3.12).
_INTERPRETER_NOISE = (SystemError, "deallocated bytearray object has exported buffers")


@pytest.hookimpl(wrapper=True, trylast=True)
def pytest_runtest_setup(item):
    """pytest-qt fails the running test for anything sent to sys.excepthook; `_INTERPRETER_NOISE` is written to
    stderr instead (it is no test's doing: see there). Everything else goes to pytest-qt as before."""
    from pytestqt.exceptions import _except_hook  # what pytest-qt installs (tryfirst: before this hook runs)

    captured = sys.excepthook
    if getattr(captured, "func", None) is _except_hook:  # pytest-qt's finish() puts the original hook back

        def hook(kind, value, traceback):
            if (kind, str(value)) == _INTERPRETER_NOISE:
                sys.stderr.write(f"(not a test failure) {kind.__name__}: {value}\n")
                return
            captured(kind, value, traceback)

        sys.excepthook = hook
    return (yield)


@pytest.hookimpl(optionalhook=True)  # pytest-xdist's hook: unknown where xdist is not installed
def pytest_xdist_auto_num_workers(config):
    """`-n auto`: one test process per core, at most MOST_TEST_PROCESSES."""
    return max(1, min(os.cpu_count() or 1, MOST_TEST_PROCESSES))


def _is_qt_test(request) -> bool:
    names = request.fixturenames
    return "qtbot" in names or "qapp" in names or "make_window" in names


@pytest.fixture(autouse=True)
def _no_leftover_windows(request):
    """Fail a Qt test that leaves top-level windows open (they leak into later tests)."""
    yield
    if not _is_qt_test(request):
        return
    from PySide6.QtWidgets import QApplication

    from convviz.app.theme import cycle_collector_paused

    app = QApplication.instance()
    if app is None:
        return
    app.processEvents()
    with cycle_collector_paused():  # wrapping Qt's list must not race the collector (see theme.py)
        leftovers = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    for widget in leftovers:
        widget.close()
    assert not leftovers, f"test left windows open: {[type(w).__name__ for w in leftovers]}"


@pytest.fixture(autouse=True)
def _no_mouse_button_left_down(request):
    """Release any mouse button a Qt test left pressed, so the next test's moves are not drags.

    `QTest.mouseDClick` on a widget ends pressed in Qt 6 (its double-click event counts as a
    press with no release after it). A button left down makes every later simulated move a
    drag with that button, delivered to the window that took the press: a widget that follows
    the mouse in a later test never hears of it.
    """
    yield
    if not _is_qt_test(request):
        return
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QWidget

    if QApplication.instance() is None or QGuiApplication.mouseButtons() == Qt.MouseButton.NoButton:
        return
    anywhere = QWidget()  # never shown: the release only has to reach QTest's and Qt's button state
    QTest.mouseRelease(anywhere, QGuiApplication.mouseButtons(), Qt.KeyboardModifier.NoModifier, QPoint(0, 0))
    anywhere.deleteLater()
    assert QGuiApplication.mouseButtons() == Qt.MouseButton.NoButton


@pytest.fixture
def worker():
    """A synchronous compute worker: jobs run on the GUI thread at the next event-loop turn (or `flush()`).

    Views and panels take it; a test then waits on what the view shows, not on a thread.
    Tests about the thread itself (newest request wins while a job runs) use `threaded_worker`.
    """
    from convviz.app.worker import ComputeWorker

    compute = ComputeWorker(synchronous=True)
    yield compute
    compute.stop()


@pytest.fixture
def threaded_worker():
    """The app's real worker, with its background thread, stopped after the test."""
    from convviz.app.worker import ComputeWorker

    compute = ComputeWorker()
    yield compute
    compute.stop()


@pytest.fixture
def make_window(qtbot, tmp_path):
    """Build main windows on demand, like napari's make_napari_viewer; all are closed after the test.

    `make_window(ini="s.ini", start_view=None, worker=None, size=(1400, 900), show=True, **kwargs)`:
    settings live in `tmp_path / ini` (never the user's); `size=None` keeps the size the window
    chose itself (from its settings); the interface speaks English unless `language` says otherwise
    (None: the saved choice or the system's); without a `worker` each window gets its
    own synchronous one, stopped after the test; other keyword arguments go to `MainWindow`.
    At the end every window is closed and deleted, so none is left for a later test to meet.
    """
    from PySide6.QtCore import QEvent, QSettings
    from PySide6.QtWidgets import QApplication
    from shiboken6 import isValid

    from convviz.app.main_window import MainWindow
    from convviz.app.worker import ComputeWorker

    made: list[tuple[MainWindow, ComputeWorker | None]] = []

    def make(ini="s.ini", start_view=None, worker=None, size=(1400, 900), show=True, **kwargs):
        own_worker = ComputeWorker(synchronous=True) if worker is None else None
        settings = kwargs.pop("settings", None) or QSettings(str(tmp_path / ini), QSettings.Format.IniFormat)
        kwargs.setdefault("language", "en")  # English whatever the machine's locale (language=None: the saved choice)
        window = MainWindow(worker=worker or own_worker, settings=settings, start_view=start_view, **kwargs)
        made.append((window, own_worker))
        qtbot.addWidget(window)
        if size is not None:
            window.resize(*size)
        if show:
            window.show()
        return window

    yield make
    for window, own_worker in reversed(made):
        if isValid(window):
            window.close()
            window.deleteLater()
        if own_worker is not None:
            own_worker.stop()
    if made:
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # freed now, not in a later test


@pytest.fixture(scope="session")
def _sandbox_pool():
    from sandbox_helpers import SandboxPool

    pool = SandboxPool()
    yield pool
    pool.close()


@pytest.fixture
def lent_sandboxes(_sandbox_pool, monkeypatch):
    """Own models opened in this test run in warm, pooled sandbox processes (see sandbox_helpers.SandboxPool).

    For tests about what the app does with an own model; tests about the sandbox's start, limits and
    end use real ones. A module asks for it with `pytestmark = pytest.mark.usefixtures("lent_sandboxes")`.
    """
    import convviz.model.custom

    monkeypatch.setattr(convviz.model.custom, "Sandbox", _sandbox_pool.lend)
    yield _sandbox_pool
    _sandbox_pool.end_loans()


@pytest.fixture
def run_cli(qapp, tmp_path, monkeypatch, capsys):
    """`convviz ARGS` run in this process: `run_cli(*args) -> (exit status, stdout, stderr)`.

    The same code path as the command line (`convviz.app.main.main`) without paying for a second
    Python, torch and Qt; one test per command-line feature still starts the real `python -m convviz`.
    Settings and data live in `tmp_path` (CONVVIZ_SETTINGS, CONVVIZ_DATA). The application must not
    quit when the photographed window closes: a Qt application that has quit shows no window again,
    and later tests in this process need theirs. `main()` closes its window; it is left to Python's
    collector as the command line leaves it to the process's end (deleting it here, while the window's
    start-up threads may still call back, crashes).
    """
    import convviz.app.main as cli

    monkeypatch.setenv("CONVVIZ_SETTINGS", str(tmp_path / "settings.ini"))
    monkeypatch.setenv("CONVVIZ_DATA", str(tmp_path / "data"))
    quits = qapp.quitOnLastWindowClosed()
    qapp.setQuitOnLastWindowClosed(False)

    def run(*args: str) -> tuple[int, str, str]:
        capsys.readouterr()  # only what this run prints
        try:
            code = cli.main([str(arg) for arg in args])
        except SystemExit as exit_:  # argparse's own refusal
            code = exit_.code
        out, err = capsys.readouterr()
        return code, out, err

    yield run
    qapp.setQuitOnLastWindowClosed(quits)


@pytest.fixture
def make_steps_view(qtbot, worker):
    """A shown Steps view on the synchronous worker, its messages collected in `view.messages` (one place for
    what the Steps tests share)."""
    from convviz.app.views.steps.view import StepsView

    def make(size=(1400, 900)):
        widget = StepsView(worker)
        qtbot.addWidget(widget)
        widget.resize(*size)
        widget.show()
        qtbot.waitExposed(widget)
        widget.messages = []
        widget.message.connect(widget.messages.append)
        return widget

    return make


@pytest.fixture
def convolution_view(qtbot, worker):
    """A shown Convolution view on the synchronous worker, its first maps on screen."""
    from convviz.app.views.convolution.view import ConvolutionView

    view = ConvolutionView(worker)
    qtbot.addWidget(view)
    view.resize(1400, 900)
    view.show()
    qtbot.waitUntil(lambda: view.current_maps() is not None and view.is_settled(), timeout=15000)
    return view


@pytest.fixture
def marked():
    """Every `tr` sentence comes back as <<sentence>> (placeholders kept), so one that skipped tr shows; English
    again afterwards."""
    from convviz import i18n

    i18n.set_translator(lambda context, text: "<<" + text + ">>", "de")
    try:
        yield
    finally:
        i18n.set_translator(None)


@pytest.fixture(scope="module")
def shipped():
    """The shipped LeNet weights (a state_dict), read once per test module."""
    import torch

    from convviz.model.weights import default_weights_path

    return torch.load(default_weights_path(), weights_only=True)


@pytest.fixture(scope="module")
def mnist_part():
    """The first 300 MNIST test digits and their labels."""
    from convviz.model.mnist import load_mnist

    images, labels = load_mnist("test")
    return images[:300], labels[:300]
