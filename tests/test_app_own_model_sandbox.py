"""Own models in the app (issue 14): each sandbox ends when its model goes, and a limit hit in use goes back.

A replaced model's sandbox is closed (not left for the garbage collector); a
model stopped by a limit while the explorer, the confusion matrix or the
accuracy uses it is taken off the list with its message, and the explorer shows
the network it showed before, unchanged. Nothing is written, nothing is left
running.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest
import torch
from PySide6.QtCore import QSettings
from torch import nn

import convviz.model.custom
from convviz.app.main_window import MainWindow
from convviz.app.worker import ComputeWorker
from convviz.model.sandbox import SandboxLimits

sys.path.insert(0, str(Path(__file__).resolve().parent))
from model_fixtures import SmallCNN, save_torchscript, seeded  # noqa: E402
from sandbox_helpers import (  # noqa: E402
    earlier_processes,  # noqa: F401 - autouse: leftovers of earlier tests aside
    folder_listing,
    sandbox_processes,
)

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="child processes are listed from /proc")


class CountsOnADigit(nn.Module):
    """A layer that counts to a trillion on a digit's full ink (the probes are blank or random below 1)."""

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        for _ in range(int(x.max() >= 1.0) * 1_000_000_000_000):
            x = x + 0.0
        return x


class CountsOnABatch(nn.Module):
    """A layer that answers up to four pictures at once (probes, explorer) and hangs on a batch (confusion)."""

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        for _ in range(int(x.size(0) > 4) * 1_000_000_000_000):
            x = x + 0.0
        return x


def slow_cnn(layer: nn.Module) -> nn.Module:
    """A chain the explorer runs layer by layer, `layer` first."""
    return seeded(nn.Sequential(layer, nn.Flatten(), nn.Linear(784, 10)))


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(convviz.model.custom, "DEFAULT_LIMITS", SandboxLimits(seconds=2.0, memory_mib=512))
    worker = ComputeWorker()
    window = MainWindow(worker=worker, settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat),
                        start_view="lenet")
    qtbot.addWidget(window)
    window.resize(1440, 900)
    window.show()
    qtbot.waitUntil(lambda: window.view_is_settled("lenet"), timeout=30000)
    yield window
    window.close()
    worker.stop()


def opened(qtbot, window, path):
    tools = window.model_tools
    tools.open_model(path)
    qtbot.waitUntil(lambda: tools.choices.get("opened") is not None
                    and tools.choices.get("opened").detail.startswith(str(path)), timeout=30000)
    return tools.choices.get("opened").network


def shows_lenet_again(qtbot, window, before):
    view = window.views["lenet"]
    qtbot.waitUntil(lambda: window.worker.is_idle() and view.result() is not None
                    and view.result().request.model is None, timeout=30000)
    np.testing.assert_array_equal(view.result().layers["softmax"], before)


def test_a_replaced_model_has_its_sandbox_closed_and_closing_the_window_ends_the_last(qtbot, window, tmp_path):
    view = window.views["lenet"]
    save_torchscript(seeded(SmallCNN(), seed=1), tmp_path / "first.pt")
    save_torchscript(seeded(SmallCNN(), seed=2), tmp_path / "second.pt")
    first = opened(qtbot, window, tmp_path / "first.pt")
    qtbot.waitUntil(lambda: view.result().request.model is first, timeout=20000)
    assert len(sandbox_processes()) == 1
    second = opened(qtbot, window, tmp_path / "second.pt")
    qtbot.waitUntil(lambda: view.result().request.model is second and window.worker.is_idle(), timeout=20000)
    qtbot.waitUntil(lambda: not first.module.sandbox.running, timeout=10000)
    assert len(sandbox_processes()) == 1 and second.module.sandbox.running
    with pytest.raises(ValueError, match="first.pt was closed"):
        first(torch.zeros(1, 1, 28, 28))
    window.close()
    assert sandbox_processes() == []


def test_a_time_limit_hit_in_the_explorer_goes_back_to_the_network_before(qtbot, window, tmp_path):
    view, tools = window.views["lenet"], window.model_tools
    before = view.result().layers["softmax"].copy()
    save_torchscript(slow_cnn(CountsOnADigit()), tmp_path / "slow.pt")
    listing = folder_listing(tmp_path)
    assert view.result().model_input.max() == 1.0  # the test digit on screen has full ink
    tools.last_refusal = None
    tools.open_model(tmp_path / "slow.pt")  # opens (the probes stay below 1), then the test digit hangs it
    qtbot.waitUntil(lambda: tools.last_refusal is not None, timeout=60000)
    text = tools.last_refusal.text()
    tools.last_refusal.close()
    assert "slow.pt took longer than 2 s to compute its layers, so convviz stopped it" in text
    assert "The explorer shows Shipped weights again" in text
    assert tools.choices.current().key == "shipped"
    assert [tools.bar.combo.itemText(i) for i in range(tools.bar.combo.count())][-1] == "Open a model file…"
    assert not any(tools.bar.combo.itemText(i).startswith("Opened") for i in range(tools.bar.combo.count()))
    shows_lenet_again(qtbot, window, before)
    assert view.own_model.model() is None and view.layers.isVisible()
    assert sandbox_processes() == [] and folder_listing(tmp_path) == listing


def test_a_time_limit_hit_by_the_confusion_matrix_goes_back_too(qtbot, window, tmp_path):
    view, tools = window.views["lenet"], window.model_tools
    before = view.result().layers["softmax"].copy()
    save_torchscript(slow_cnn(CountsOnABatch()), tmp_path / "batch.pt")
    model = opened(qtbot, window, tmp_path / "batch.pt")
    qtbot.waitUntil(lambda: view.result().request.model is model, timeout=20000)  # one picture: fine
    tools.show_confusion()  # 10,000 digits in batches: stopped at the time limit
    qtbot.waitUntil(lambda: tools.choices.get("opened") is None, timeout=60000)
    text = tools.last_refusal.text()
    tools.last_refusal.close()
    assert "batch.pt took longer than 2 s" in text and "Shipped weights again" in text
    shows_lenet_again(qtbot, window, before)
    assert sandbox_processes() == []


def test_removing_the_shown_choice_goes_back_to_the_one_before():
    from convviz.state.model_choice import OPENED, SHIPPED, TRAINED, ModelChoices, NetworkChoice

    choices = ModelChoices()
    for key in (SHIPPED, TRAINED, OPENED):
        choices.add(NetworkChoice(key, key, {}))
    heard = []
    choices.current_changed.connect(heard.append)
    choices.select(TRAINED)
    choices.select(OPENED)
    assert choices.remove(OPENED).key == OPENED
    assert choices.current().key == TRAINED and heard == [TRAINED, OPENED, TRAINED]
    assert [c.key for c in choices.choices()] == [SHIPPED, TRAINED]
    assert choices.remove(OPENED) is None
    choices.remove(TRAINED)  # the one before is gone too: the first on offer
    assert choices.current().key == SHIPPED
