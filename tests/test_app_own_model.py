"""Model ▸ Open model…: LeNet weights or a small TorchScript CNN in the explorer; misfits refused, nothing lost."""

from __future__ import annotations

import pickle
import sys
from pathlib import Path

import numpy as np
import pytest
import torch

from convviz.model import LeNet
from convviz.model.custom import load_user_model

sys.path.insert(0, str(Path(__file__).resolve().parent))
from model_fixtures import FunctionalCNN, SmallCNN, save_torchscript, seeded  # noqa: E402

# Opening own models is what these tests are about, not the sandbox's own start (warm, pooled processes).
pytestmark = pytest.mark.usefixtures("lent_sandboxes")


@pytest.fixture
def window(qtbot, make_window):
    window = make_window(start_view="lenet", size=(1440, 900))
    qtbot.waitUntil(lambda: window.view_is_settled("lenet"), timeout=30000)
    return window


def settled(qtbot, window):
    view = window.views["lenet"]
    qtbot.waitUntil(lambda: window.worker.is_idle() and view.result() is not None, timeout=20000)
    return view


def refused(qtbot, window, path):
    tools = window.model_tools
    tools.last_refusal = None
    tools.open_model(path)
    qtbot.waitUntil(lambda: tools.last_refusal is not None, timeout=20000)
    box = tools.last_refusal
    text = box.text()
    box.close()
    return text


def test_model_menu_and_bar_are_there(window):
    tools = window.model_tools
    titles = [action.text().replace("&", "") for action in window.menuBar().actions()]
    assert "Model" in titles and titles.index("Model") < titles.index("Help")
    assert [a.text().replace("&", "") for a in tools.menu.actions() if a.text()] == [
        "Open model…", "Train LeNet…", "Why this digit?", "Confusion matrix", "What does each unit look for?",
        "Go to the floating panel", "Class digits…", "Fine-tune on class digits…"]
    combo = tools.bar.combo
    assert [combo.itemText(i) for i in range(combo.count())] == ["Shipped weights", "Open a model file…"]


def test_the_open_dialog_starts_the_fork_server_while_the_file_is_chosen(window, monkeypatch):
    """The sandbox is forked from the fork server, whose first start imports torch (seconds): it starts as the
    dialog opens, not when the chosen file arrives; cancelling opens nothing."""
    from PySide6.QtWidgets import QFileDialog

    import convviz.model.fork_server as fork_server

    events = []
    monkeypatch.setattr(fork_server, "process_context", lambda: events.append("server"))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *args, **kwargs: (events.append("dialog"), ("", ""))[1]))
    monkeypatch.setattr(window.model_tools, "open_model", lambda path: events.append("open"))
    window.model_tools.open_dialog()
    assert events == (["server", "dialog"] if sys.platform.startswith("linux") else ["dialog"])


def test_mismatched_weights_are_refused_and_the_network_stays(qtbot, window, tmp_path):
    view = settled(qtbot, window)
    before = view.result().layers["softmax"].copy()
    wrong = LeNet().state_dict()
    wrong["conv1.weight"] = torch.zeros(8, 1, 5, 5)
    wrong["conv1.bias"] = torch.zeros(8)
    torch.save(wrong, tmp_path / "eight_filters.pt")
    text = refused(qtbot, window, tmp_path / "eight_filters.pt")
    assert "does not fit LeNet" in text and "conv1.weight is 8×1×5×5" in text
    assert "keeps showing Shipped weights" in text
    assert window.model_tools.choices.current().key == "shipped"
    assert view.own_model.model() is None
    view = settled(qtbot, window)
    np.testing.assert_array_equal(view.result().layers["softmax"], before)
    assert "refused" in window.statusBar().currentMessage()


def test_a_file_with_code_in_it_is_refused_without_running_it(qtbot, window, tmp_path):
    path = tmp_path / "evil.pt"
    with open(path, "wb") as file:
        pickle.dump({"conv1.weight": FunctionalCNN}, file)  # a class reference: unpickling would import code
    text = refused(qtbot, window, path)
    assert "never runs code" in text and "model_fixtures.FunctionalCNN" in text
    assert window.model_tools.choices.current().key == "shipped"


def test_a_torchscript_model_that_does_not_read_28x28_is_refused(qtbot, window, tmp_path):
    class Wide(torch.nn.Module):
        def __init__(self):
            super().__init__()
            self.fc = torch.nn.Linear(32 * 32, 10)

        def forward(self, x):
            return self.fc(x.flatten(1))

    save_torchscript(seeded(Wide()), tmp_path / "wide.pt")
    text = refused(qtbot, window, tmp_path / "wide.pt")
    assert "does not accept a 1×28×28 picture" in text


def test_a_torchscript_cnn_shows_its_layers_filters_and_answer(qtbot, window, tmp_path):
    module = save_torchscript(seeded(SmallCNN()), tmp_path / "small.pt")
    tools = window.model_tools
    view = window.views["lenet"]
    tools.open_model(tmp_path / "small.pt")
    qtbot.waitUntil(lambda: view.result() is not None and view.result().request.model is not None, timeout=20000)
    view = settled(qtbot, window)
    assert tools.choices.current().key == "opened"
    assert tools.bar.combo.currentText().startswith("Opened: small.pt")
    layers = view.result().layers
    names = ["features.0", "features.1", "features.2", "features.3", "features.4", "features.5",
             "classifier.0", "classifier.1", "classifier.2"]
    assert list(layers) == ["input", *names, "softmax"]
    grids = view.own_model.layers.grids
    assert list(grids) == names and view.own_model.layers.isVisible() and not view.layers.isVisible()
    np.testing.assert_array_equal(grids["features.0"].maps(), layers["features.0"])
    assert grids["features.0"].maps().shape == (4, 28, 28)
    # Filters: a tab with every Conv2d's kernels, the LeNet-only tabs switched off.
    assert view.tabs.tabText(view.tabs.currentIndex()) == "Filters"
    filters = view.own_model.filters.grids
    assert list(filters) == ["features.0", "features.3"]
    np.testing.assert_allclose(filters["features.0"].maps(), module.features[0].weight.detach().numpy()[:, 0])
    assert filters["features.3"].maps().shape == (8 * 4, 3, 3)
    assert not view.tabs.isTabEnabled(0)
    # The answer is the model's own.
    picture = torch.from_numpy(view.result().model_input.astype(np.float32))[None, None]
    with torch.no_grad():
        expected = torch.softmax(module(picture), 1)[0].numpy()
    np.testing.assert_allclose(view.bars.probabilities(), expected, atol=1e-6)
    # Back to the shipped weights: LeNet's own widgets return.
    tools.choices.select("shipped")
    qtbot.waitUntil(lambda: view.result().request.model is None, timeout=20000)
    assert view.layers.isVisible() and not view.own_model.layers.isVisible() and view.tabs.isTabEnabled(0)
    assert "Filters" not in [view.tabs.tabText(i) for i in range(view.tabs.count())]


def test_lenet_weights_from_a_file_replace_the_explorers_weights(qtbot, window, tmp_path):
    torch.manual_seed(3)
    other = LeNet()
    torch.save(other.state_dict(), tmp_path / "other.pt")
    window.model_tools.open_model(tmp_path / "other.pt")
    view = window.views["lenet"]
    qtbot.waitUntil(lambda: window.model_tools.choices.current().key == "opened", timeout=20000)
    view = settled(qtbot, window)
    np.testing.assert_array_equal(view.state().kernels("conv1"), other.conv1.weight.detach().numpy())
    np.testing.assert_array_equal(view.filters.conv1.maps(), other.conv1.weight.detach().numpy()[:, 0])
    qtbot.waitUntil(lambda: view.result().request.weights is view.state().snapshot(), timeout=20000)
    with torch.no_grad():
        expected = torch.softmax(other.eval()(torch.from_numpy(view.result().model_input)[None, None]), 1)[0]
    np.testing.assert_allclose(view.result().layers["softmax"], expected.numpy(), atol=1e-5)
    assert load_user_model(tmp_path / "other.pt").kind == "lenet"


def test_a_torchscript_model_without_a_chain_still_answers(qtbot, window, tmp_path):
    save_torchscript(seeded(FunctionalCNN()), tmp_path / "functional.pt")
    window.model_tools.open_model(tmp_path / "functional.pt")
    view = window.views["lenet"]
    qtbot.waitUntil(lambda: view.result() is not None and view.result().request.model is not None, timeout=20000)
    assert list(view.result().layers) == ["input", "logits", "softmax"]
    assert "cannot be shown" in view.own_model.layers.note.text()
    assert view.badge.prediction() == int(np.argmax(view.result().layers["softmax"]))


def test_a_late_accuracy_of_a_replaced_network_is_not_recorded():
    from convviz.state.model_choice import OPENED, SHIPPED, ModelChoices, NetworkChoice

    choices = ModelChoices()
    shipped = NetworkChoice(SHIPPED, "Shipped weights", LeNet().state_dict())
    first = NetworkChoice(OPENED, "Opened: a.pt", LeNet().state_dict())
    second = NetworkChoice(OPENED, "Opened: b.pt", LeNet().state_dict())
    for choice in (shipped, first, second):
        choices.add(choice)
    choices.set_accuracy(first, 0.5)  # measured for a.pt, which b.pt replaced meanwhile
    assert choices.accuracy(OPENED) is None and [c.label for c in choices.unmeasured()] == ["Shipped weights", "Opened: b.pt"]
    choices.set_accuracy(second, 0.9)
    assert choices.accuracy(OPENED) == 0.9
    with pytest.raises(ValueError, match="no 'trained' network"):
        choices.select("trained")
