"""The training panel driven like a person would: start, watch, pause, stop, save.

Every run trains on a few hundred digits and is measured on a few hundred
test digits, so a whole run takes a second or two.
"""

from __future__ import annotations

import os
import threading

import numpy as np
import pytest
import torch
from PySide6.QtCore import Qt

from convviz.app.tools.model.training_panel import TrainingPanel, train_command
from convviz.app.tools.model.training_runner import TrainingRunner, TrainingUpdate, training_threads
from convviz.model.custom import load_user_model
from convviz.model.mnist import load_mnist
from convviz.model.train import TrainConfig


@pytest.fixture(scope="module")
def small_data():
    train_images, train_labels = load_mnist("train10k")
    test_images, test_labels = load_mnist("test")
    return train_images[:2000], train_labels[:2000], test_images[:300], test_labels[:300]


@pytest.fixture
def panel(qtbot, small_data):
    panel = TrainingPanel(data=small_data)
    panel.train_limit = 256
    panel.batch_size.setValue(32)
    panel.epochs.setValue(1)
    qtbot.addWidget(panel)
    panel.resize(940, 760)
    panel.show()
    yield panel
    panel.shutdown()


def test_a_short_run_updates_curves_filters_and_the_prediction(qtbot, panel, small_data):
    picture = small_data[2][0] / 255.0
    panel.set_probe(picture, "test digit #0")
    first_filters = []
    panel.runner.updated.connect(lambda u: first_filters.append(u.filters) if u.filters is not None else None)
    with qtbot.waitSignal(panel.trained, timeout=60000) as finished:
        qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)
        assert not panel.start_button.isEnabled() and panel.stop_button.isEnabled()
    result = finished.args[0]
    assert not result.stopped and result.epochs_completed == 1
    xs, losses = panel.loss_plot.series("train")
    assert len(xs) >= 2 and np.all(np.diff(xs) > 0) and np.isfinite(losses).all()
    test_x, test_acc = panel.accuracy_plot.series("test")
    assert list(test_x) == [1.0]
    assert test_acc[0] == pytest.approx(100 * result.history[-1].test_acc)
    # The filters on screen are the trained conv1, and they moved away from the first ones shown.
    shown = panel.filters.maps()
    assert shown.shape == (6, 5, 5)
    np.testing.assert_allclose(shown, result.model.conv1.weight.detach().numpy()[:, 0], atol=1e-6)
    assert len(first_filters) >= 2 and not np.allclose(first_filters[0], shown)
    # The picture's prediction came from the model in training: the last one is the final model's.
    with torch.no_grad():
        expected = torch.softmax(result.model.eval()(torch.from_numpy(picture.astype(np.float32))[None, None]), 1)[0]
    np.testing.assert_allclose(panel.prediction.probabilities(), expected.numpy(), atol=1e-5)
    assert "done" in panel.progress.format() and panel.progress.value() == 1000
    assert panel.save_button.isEnabled() and panel.start_button.isEnabled()


def test_stop_ends_a_long_run_early_and_keeps_its_weights(qtbot, panel):
    panel.epochs.setValue(200)
    panel.start()
    qtbot.waitUntil(lambda: panel.updates >= 2, timeout=30000)
    with qtbot.waitSignal(panel.trained, timeout=30000) as finished:
        qtbot.mouseClick(panel.stop_button, Qt.MouseButton.LeftButton)
    result = finished.args[0]
    assert result.stopped and result.epochs_completed < 200
    assert not panel.is_running() and "stopped" in panel.progress.format()
    assert panel.result() is result


def test_pause_holds_the_training_process_until_resumed(qtbot, panel):
    panel.epochs.setValue(200)
    panel.start()
    qtbot.waitUntil(lambda: panel.updates >= 1, timeout=30000)
    with qtbot.waitSignal(panel.runner.held, timeout=30000) as held:
        qtbot.mouseClick(panel.pause_button, Qt.MouseButton.LeftButton)
        assert panel.runner.is_paused() and panel.pause_button.text() == "Resume"
    held_at = held.args[0]  # the process stopped between batches; what it sent before arrived first
    shown = panel.updates
    for _ in range(3):  # asked again and again, it answers from the same batch: nothing trains while paused
        with qtbot.waitSignal(panel.runner.pong, timeout=10000) as answer:
            panel.runner.ping()
        assert answer.args == [held_at, True]
    assert panel.updates == shown
    assert "paused" in panel.progress.format()
    with qtbot.waitSignal(panel.runner.updated, timeout=10000, check_params_cb=lambda u: u.steps_done > held_at):
        qtbot.mouseClick(panel.pause_button, Qt.MouseButton.LeftButton)
    assert not panel.runner.is_paused()
    with qtbot.waitSignal(panel.trained, timeout=30000):
        panel.stop()


def test_training_runs_in_another_process_that_ends_with_the_run(qtbot, panel):
    with qtbot.waitSignal(panel.trained, timeout=60000):
        panel.start()
        qtbot.waitUntil(lambda: panel.runner.process_id() is not None, timeout=10000)
        pid = panel.runner.process_id()
        assert pid != os.getpid()
    assert panel.runner.wait(10)
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)


def test_closing_the_panel_ends_a_running_training_process(qtbot, panel):
    panel.epochs.setValue(200)
    panel.start()
    qtbot.waitUntil(lambda: panel.updates >= 1, timeout=30000)
    pid = panel.runner.process_id()
    panel.shutdown(timeout=0)  # no grace: the process is killed at once
    assert panel.runner.wait(0)
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)
    qtbot.waitUntil(lambda: not panel.is_running(), timeout=5000)


def test_a_paused_run_can_be_stopped(qtbot, panel):
    panel.epochs.setValue(200)
    panel.start()
    qtbot.waitUntil(lambda: panel.updates >= 1, timeout=30000)
    panel.toggle_pause()
    with qtbot.waitSignal(panel.trained, timeout=10000) as finished:
        panel.stop()
    assert finished.args[0].stopped


def test_save_writes_weights_the_app_can_open_and_a_card(qtbot, panel, tmp_path):
    with qtbot.waitSignal(panel.trained, timeout=60000) as finished:
        panel.start()
    weights, card = panel.save(tmp_path / "mine.pt")
    opened = load_user_model(weights)
    assert opened.kind == "lenet"
    for name, tensor in finished.args[0].model.state_dict().items():
        assert torch.equal(opened.module.state_dict()[name], tensor.cpu())
    text = card.read_text(encoding="utf-8")
    assert train_command(finished.args[0].config) in text and "--train-limit 256" in text
    assert f"{finished.args[0].threads} CPU thread(s)" in text and finished.args[0].threads <= training_threads()


def test_bad_settings_say_why_and_do_not_start(qtbot, panel):
    panel.train_limit = 0
    with qtbot.waitSignal(panel.message) as said:
        panel.start()
    assert "at least one digit" in said.args[0]
    assert not panel.is_running() and panel.start_button.isEnabled()


def test_the_runner_reports_test_loss_and_time_left(qtbot, small_data):
    runner = TrainingRunner()
    updates: list[TrainingUpdate] = []
    runner.updated.connect(updates.append)
    with qtbot.waitSignal(runner.finished, timeout=60000) as finished:
        runner.start(TrainConfig(epochs=2, batch_size=64, train_limit=256, augment=False), small_data)
    ends = [u for u in updates if u.epoch_done]
    assert [u.epoch for u in ends] == [1, 2]
    assert all(u.test_loss > 0 and 0 <= u.test_acc <= 1 for u in ends)
    assert ends[-1].seconds_left == pytest.approx(0.0) and ends[-1].steps_done == ends[-1].total_steps == 8
    history = finished.args[0].history
    assert [p.test_acc for p in history] == [u.test_acc for u in ends]
    assert runner.wait(5)



@pytest.mark.slow
def test_train_from_the_model_menu_then_explore_and_compare(qtbot, make_window, small_data):
    window = make_window(start_view="lenet", size=None)
    qtbot.waitUntil(lambda: window.view_is_settled("lenet"), timeout=30000)
    view = window.views["lenet"]
    tools = window.model_tools
    window.model_tools.train_action.trigger()  # the panel is built in slices, then shown
    qtbot.waitUntil(lambda: tools.training is not None and tools.docks["training"].isVisible(), timeout=10000)
    panel = tools.training
    # The explorer's picture is the one followed while training.
    np.testing.assert_array_equal(panel.runner._probe, view.result().model_input)
    qtbot.waitUntil(lambda: tools.choices.accuracy("shipped") is not None, timeout=60000)
    panel.data, panel.train_limit = small_data, 256
    panel.epochs.setValue(1)
    with qtbot.waitSignal(panel.trained, timeout=60000) as finished:
        panel.start()
        qtbot.waitUntil(lambda: panel.updates >= 1, timeout=30000)
        view.pick_test_digit(index=5)  # the explorer stays live while training runs
        qtbot.waitUntil(lambda: view.result().request.input.name == "MNIST test #5", timeout=20000)
    result = finished.args[0]
    combo = tools.bar.combo
    assert any(combo.itemText(i).startswith("Trained now") for i in range(combo.count()))
    # Compare: both networks get their accuracy on the 10,000 test digits, measured in the background.
    qtbot.waitUntil(lambda: tools.choices.accuracy("trained") is not None, timeout=60000)
    rows = dict(panel.comparison.rows())
    assert set(rows) == {"Shipped weights  ◀ in the explorer", "Trained now"}
    assert rows["Shipped weights  ◀ in the explorer"].endswith("%")
    qtbot.mouseClick(panel.explore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tools.choices.current().key == "trained", timeout=5000)
    qtbot.waitUntil(lambda: view.result().request.weights is view.state().snapshot(), timeout=20000)
    np.testing.assert_array_equal(view.state().kernels("conv1"), result.model.conv1.weight.detach().numpy())
    assert combo.currentText().startswith("Trained now")


def test_the_options_make_the_config_and_a_config_fills_the_options(qtbot, panel):
    panel.train_limit = None  # the person's own choice of digits counts now
    for name in ("conv1", "conv2", "fc1"):
        panel.layer_boxes[name].setChecked(False)
    panel.dropout.setValue(0.3)
    panel.digits.setValue(500)
    panel.from_shipped.setChecked(True)
    config = panel.config()
    assert (config.train_only, config.dropout, config.train_limit, config.from_shipped) == (("fc2", "fc3"), 0.3, 500, True)
    assert "--train-only fc2 fc3" in train_command(config) and "--from-shipped" in train_command(config)
    wanted = TrainConfig(epochs=3, batch_size=128, lr=0.001, dropout=0.5, augment=True, train_limit=None,
                         train_only=("fc3",), from_shipped=False)
    assert panel.set_config(wanted)
    shown = panel.config()
    for field in ("epochs", "batch_size", "dropout", "augment", "train_limit", "train_only", "from_shipped"):
        assert getattr(shown, field) == getattr(wanted, field), field
    assert shown.lr == pytest.approx(wanted.lr)
    assert panel.digits.text() == "all"
    for box in panel.layer_boxes.values():
        box.setChecked(False)
    with qtbot.waitSignal(panel.message) as said:
        panel.start()
    assert "at least one layer" in said.args[0] and not panel.is_running()


def test_fine_tuning_in_the_panel_trains_only_the_ticked_layers_with_dropout(qtbot, panel, small_data):
    from convviz.model import load_lenet

    shipped = load_lenet().state_dict()
    panel.from_shipped.setChecked(True)
    for name in ("conv1", "conv2", "fc1", "fc2"):
        panel.layer_boxes[name].setChecked(False)
    panel.dropout.setValue(0.5)
    with qtbot.waitSignal(panel.trained, timeout=60000) as finished:
        panel.start()  # the run takes the panel's data= arrays to its process
        assert not panel.from_shipped.isEnabled() and not panel.layer_boxes["fc3"].isEnabled()
    result = finished.args[0]
    trained = result.model.state_dict()
    assert all(torch.equal(trained[name], shipped[name]) != name.startswith("fc3") for name in shipped)
    np.testing.assert_array_equal(panel.filters.maps(), shipped["conv1.weight"].numpy()[:, 0])  # frozen, as shown
    assert result.config.train_only == ("fc3",) and result.model.dropout.p == 0.5 and not result.model.training
    assert result.test_accuracy > 0.9  # the shipped features still read the test digits


def test_a_lesson_cannot_change_the_settings_of_a_run_that_is_going(qtbot, panel):
    panel.epochs.setValue(200)
    panel.start()
    with qtbot.waitSignal(panel.message) as said:
        assert not panel.set_config(TrainConfig(epochs=3))
    assert "stop it first" in said.args[0] and panel.epochs.value() == 200
    with qtbot.waitSignal(panel.trained, timeout=60000):
        panel.stop()


def test_augmentation_shows_stored_and_changed_digits(qtbot, panel, small_data):
    assert panel.preview_row.isHidden()
    panel.augment.setChecked(True)
    assert panel.preview_row.isVisible()
    shown = panel.augmented.maps()
    assert shown.shape == (16, 28, 28)
    np.testing.assert_allclose(shown[:8], small_data[0][:8] / 255.0, atol=1e-6)
    assert not np.allclose(shown[8:], shown[:8])
    qtbot.mouseClick(panel.redraw_button, Qt.MouseButton.LeftButton)
    again = panel.augmented.maps()
    np.testing.assert_array_equal(again[:8], shown[:8])
    assert not np.array_equal(again[8:], shown[8:])  # a new draw of changes
    panel.augment.setChecked(False)
    assert panel.preview_row.isHidden()


@pytest.mark.parametrize("number", [59, 61])
def test_a_training_lesson_opens_the_panel_with_its_settings(qtbot, make_window, worker, number):
    from convviz.lessons import builtin_lessons

    lesson = next(lesson for lesson in builtin_lessons() if lesson.number == number)
    window = make_window(worker=worker, start_view="lenet")
    tools = window.lessons
    qtbot.waitUntil(lambda: number in tools.menu.lesson_actions, timeout=60000)
    with qtbot.waitSignal(tools.loader.opened, timeout=30000):
        tools.menu.lesson_actions[number].trigger()
    panel = window.model_tools.training
    assert panel is not None and window.model_tools.docks["training"].isVisible()
    config, wanted = panel.config(), lesson.training
    assert (config.epochs, config.batch_size, config.dropout, config.augment, config.train_limit,
            config.train_only, config.from_shipped) == (
        wanted.epochs, wanted.batch_size, wanted.dropout, wanted.augment, wanted.digits,
        wanted.train_only, wanted.from_shipped)
    assert config.lr == pytest.approx(wanted.learning_rate)
    assert not panel.is_running()  # the person presses Start


def test_the_module_start_reads_the_settings_with_is_imported_ahead_off_the_gui_thread(qtbot, small_data, monkeypatch):
    """Its first import was most of the first Start's time on the GUI thread (10-12 ms of 12-15)."""
    import types

    import convviz.app.tools.model.training_panel as panel_module

    imported = []
    monkeypatch.setattr(panel_module, "importlib", types.SimpleNamespace(
        import_module=lambda name: imported.append((name, threading.current_thread() is threading.main_thread()))))
    shown = TrainingPanel(data=small_data)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitUntil(lambda: bool(imported), timeout=10000)
    assert imported == [(panel_module.TRAINING_MODULE, False)]
    assert panel_module.TRAINING_MODULE == TrainConfig.__module__  # the module `config()` reads the settings with
    shown.shutdown()


def test_the_panel_starts_the_next_training_process_ahead(qtbot, panel):
    qtbot.waitUntil(lambda: panel.runner.prepared_process_id() is not None, timeout=10000)  # once it is shown
    ahead = panel.runner.prepared_process_id()
    with qtbot.waitSignal(panel.trained, timeout=60000):
        panel.start()
        assert panel.runner.process_id() == ahead and panel.runner.prepared_process_id() is None
    qtbot.waitUntil(lambda: panel.runner.prepared_process_id() not in (None, ahead), timeout=10000)
    spare = panel.runner.prepared_process_id()
    panel.shutdown()
    with pytest.raises(ProcessLookupError):
        os.kill(spare, 0)
    assert panel.runner.prepared_process_id() is None


def test_closing_while_the_spare_still_starts_returns_at_once_and_ends_it(qtbot, monkeypatch):
    """The window closed while the spare's child starts (the fork server's first start imports torch for seconds):
    closing used to wait for that start; now the spare's reader ends the child once the start returns."""
    from convviz.model.fork_server import process_context

    entered, release = threading.Event(), threading.Event()
    kind = type(process_context().Process())  # (patched on the class: the process object itself is pickled)
    start_child = kind.start

    def slow_start(child) -> None:
        entered.set()
        release.wait(60)
        start_child(child)

    monkeypatch.setattr(kind, "start", slow_start)
    runner = TrainingRunner()
    runner.prepare()
    spare = runner._spare
    assert entered.wait(60)
    closing = threading.Thread(target=runner.close)
    closing.start()
    closing.join(60)
    returned = not closing.is_alive()
    release.set()
    assert returned and runner.prepared_process_id() is None
    assert spare.wait(60) and spare.pid is not None
    with pytest.raises(ProcessLookupError):
        os.kill(spare.pid, 0)


def test_closing_the_window_ends_the_training_processes(qtbot, make_window, worker, small_data):
    window = make_window(worker=worker, start_view="lenet")
    qtbot.waitUntil(lambda: window.view_is_settled("lenet"), timeout=30000)
    panel = window.model_tools.show_training()
    qtbot.waitUntil(lambda: panel.runner.prepared_process_id() is not None, timeout=10000)
    panel.data, panel.train_limit = small_data, 256
    panel.epochs.setValue(200)
    panel.start()
    qtbot.waitUntil(lambda: panel.updates >= 1, timeout=60000)
    running = panel.runner.process_id()
    qtbot.waitUntil(lambda: panel.runner.prepared_process_id() is None, timeout=1000)  # the spare became the run
    window.close()
    assert panel.runner.wait(0)
    with pytest.raises(ProcessLookupError):
        os.kill(running, 0)
