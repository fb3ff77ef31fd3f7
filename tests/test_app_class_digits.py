"""Model ▸ Class digits: draw and label with the mouse and the keyboard, read them, open a misread one, fine-tune.

Accuracies are checked against LeNet written out with torch.nn.functional, not the app's own module.
"""

from __future__ import annotations

import math

import numpy as np
import pytest
import torch
from app_helpers import draw_strokes
from model_fixtures import functional_lenet_predictions
from PySide6.QtCore import QPoint, Qt

from convviz.app.tools.class_digits.panel import ClassDigitsPanel
from convviz.model.class_digits import ClassDigits, drawing_to_digit, write_digits
from convviz.model.mnist import load_mnist

ONE = [[(0.5, 0.15 + 0.7 * t / 30) for t in range(31)]]
ZERO = [[(0.5 + 0.22 * math.sin(2 * math.pi * t / 60), 0.5 - 0.33 * math.cos(2 * math.pi * t / 60)) for t in range(63)]]
SEVEN = [[(0.25 + 0.5 * t / 20, 0.2) for t in range(21)] + [(0.75 - 0.3 * t / 30, 0.2 + 0.65 * t / 30)
                                                          for t in range(1, 31)]]


def predictions(state: dict, images: np.ndarray) -> np.ndarray:
    return functional_lenet_predictions(state, images).numpy()


@pytest.fixture
def panel(qtbot, worker, mnist_part):
    panel = ClassDigitsPanel(worker, mnist=mnist_part)
    qtbot.addWidget(panel)
    panel.resize(720, 1100)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def percent(value: float) -> str:
    return f"{100 * value:.1f}%"


def click_item(qtbot, view, row: int):
    rect = view.visualItemRect(view.item(row))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_draw_label_with_keys_read_and_open_a_misread_digit(qtbot, panel, worker, shipped, mnist_part):
    panel.set_network(dict(shipped), "Shipped weights")
    drawn = []
    for strokes, key in ((ONE, Qt.Key.Key_1), (SEVEN, Qt.Key.Key_7), (ZERO, Qt.Key.Key_0), (ONE, Qt.Key.Key_7)):
        draw_strokes(panel.canvas, strokes)
        drawn.append(drawing_to_digit(panel.canvas.picture()))
        qtbot.keyClick(panel.canvas, key)  # the key pressed after drawing, on the canvas that has focus
        assert panel.canvas.is_blank()
    digits = panel.digits()
    assert digits.labels.tolist() == [1, 7, 0, 7]  # the last "1" is labelled 7 on purpose
    np.testing.assert_array_equal(digits.images, np.stack(drawn))
    assert "<b>4</b> class digits" in panel.count_label.text() and "7: 2" in panel.count_label.text()

    qtbot.keyClick(panel.canvas, Qt.Key.Key_3)  # nothing drawn: nothing added
    assert len(panel.digits()) == 4

    worker.flush()
    qtbot.waitUntil(lambda: panel.result() is not None and panel.mnist_accuracy() is not None, timeout=30000)
    read = predictions(shipped, digits.images)
    assert read[:3].tolist() == [1, 7, 0] and read[3] == 1
    mnist = float((predictions(shipped, mnist_part[0]) == mnist_part[1]).mean())
    assert panel.mnist_accuracy() == pytest.approx(mnist)
    text = panel.summary.text()
    assert percent(float((read == digits.labels).mean())) in text and percent(mnist) in text

    np.testing.assert_array_equal(panel.grid.matrix(), np.bincount(digits.labels * 10 + read, minlength=100)
                                  .reshape(10, 10))
    assert panel.listed_indices() == [3]  # the misread one, one click away
    with qtbot.waitSignal(panel.digit_requested) as shown:
        click_item(qtbot, panel.misread_list, 0)
    image, label, _name = shown.args
    np.testing.assert_array_equal(image, digits.images[3])
    assert label == 7

    centre = panel.grid.cell_rect(1, 1).center()
    qtbot.mouseClick(panel.grid, Qt.MouseButton.LeftButton, pos=QPoint(round(centre.x()), round(centre.y())))
    assert panel.listed_indices() == [0]

    panel.remove_last_button.click()
    assert panel.digits().labels.tolist() == [1, 7, 0]


def test_the_digit_buttons_label_too_and_a_blank_canvas_is_refused(qtbot, panel):
    with qtbot.waitSignal(panel.message) as said:
        panel.label_buttons[4].click()
    assert "Draw a digit first" in said.args[0] and len(panel.digits()) == 0
    draw_strokes(panel.canvas, SEVEN)
    panel.label_buttons[7].click()
    assert panel.digits().labels.tolist() == [7]
    assert not panel.is_saved()


def test_fine_tune_a_tiny_run_and_compare_before_and_after(qtbot, panel, shipped, mnist_part):
    images, labels = load_mnist("train10k")  # sorted by digit: a random 40 of them
    chosen = np.random.default_rng(0).choice(len(labels), 40, replace=False)
    panel.set_digits(ClassDigits(images[chosen], (labels[chosen] + 1) % 10))  # a class writing each digit as the next
    panel.set_network(dict(shipped), "Shipped weights")
    assert panel.fine_tune_button.isEnabled()
    panel.epochs.setValue(3)
    panel.layers_choice.setCurrentIndex(0)  # the last layer only
    with qtbot.waitSignal(panel.fine_tuned, timeout=120000) as done:
        qtbot.mouseClick(panel.fine_tune_button, Qt.MouseButton.LeftButton)
        assert not panel.fine_tune_button.isEnabled() and panel.stop_button.isEnabled()
    result = done.args[0]
    assert result.epochs_completed == 3 and result.config.layers == ("fc3",)
    held = panel.digits().subset(result.split.held_out)
    before = float((predictions(shipped, held.images) == held.labels).mean())
    after = float((predictions(result.weights, held.images) == held.labels).mean())
    mnist_after = float((predictions(result.weights, mnist_part[0]) == mnist_part[1]).mean())
    cells = panel.comparison_cells
    assert cells["class", "before"].text().startswith(percent(before) + " (")
    assert cells["class", "after"].text() == f"{percent(after)} ({round(after * len(held))} of {len(held)})"
    assert cells["mnist", "after"].text() == percent(mnist_after)
    assert f"({len(held)})" in cells["class", "name"].text()
    assert panel.comparison_frame.isVisible() and panel.show_tuned_button.isVisible()
    assert panel.fine_tune_button.isEnabled() and not panel.stop_button.isEnabled()
    assert torch.equal(result.weights["conv1.weight"], shipped["conv1.weight"])

    panel.epochs.setValue(500)
    with qtbot.waitSignal(panel.fine_tuned, timeout=120000) as stopped:
        panel.fine_tune_button.click()
        panel.stop_button.click()
    assert stopped.args[0].stopped and "Stopped after" in panel.fine_tune_status.text()


def test_fine_tuning_needs_a_lenet_and_two_of_a_digit(qtbot, panel, shipped):
    panel.set_network(dict(shipped), "Shipped weights")
    image = np.zeros((28, 28), np.uint8)
    image[5:20, 12:15] = 255
    panel.set_digits(ClassDigits(image[None], np.array([1])))
    assert not panel.fine_tune_button.isEnabled() and "two of a digit" in panel.fine_tune_button.toolTip()
    panel.set_digits(ClassDigits(np.stack([image, image[::-1]]), np.array([1, 1])))
    assert panel.fine_tune_button.isEnabled()
    panel.set_network(object(), "Own model")  # a student's model (not a state_dict): reading only
    assert not panel.fine_tune_button.isEnabled() and "sandbox" in panel.fine_tune_button.toolTip()


def test_files_from_several_machines_merge_without_duplicates(qtbot, panel, worker, tmp_path):
    rng = np.random.default_rng(1)
    first = ClassDigits(rng.integers(0, 256, (5, 28, 28), dtype=np.uint8), np.arange(5))
    second = ClassDigits(np.concatenate([first.images[:2], rng.integers(0, 256, (3, 28, 28), dtype=np.uint8)]),
                         np.array([0, 1, 7, 8, 9]))
    write_digits(tmp_path / "a.classdigits", first)
    write_digits(tmp_path / "b.classdigits", second)
    (tmp_path / "broken.classdigits").write_text('{"format": "convviz-class-digits", "version": 9}')
    panel.merge_files([tmp_path / "a.classdigits", tmp_path / "b.classdigits", tmp_path / "broken.classdigits"])
    worker.flush()
    qtbot.waitUntil(lambda: len(panel.digits()) == 8, timeout=10000)
    assert panel.digits().labels.tolist() == [0, 1, 2, 3, 4, 7, 8, 9]
    assert "2 already there" in panel.last_label.text()
    assert "broken.classdigits" in panel.last_refusal.text() and "newer convviz" in panel.last_refusal.text()
    panel.last_refusal.close()
    saved = tmp_path / "all.classdigits"
    assert panel.save_to(saved) and panel.is_saved()
    panel.merge_files([saved])  # nothing new: still saved
    worker.flush()
    qtbot.waitUntil(lambda: "0 digits" in panel.last_label.text(), timeout=10000)
    assert len(panel.digits()) == 8 and panel.is_saved()


def test_from_the_model_menu_to_the_explorer_and_back(qtbot, make_window, monkeypatch, mnist_part, tmp_path):
    import convviz.state.lenet_run as lenet_run

    monkeypatch.setattr(lenet_run, "test_digits", lambda: mnist_part)  # a short MNIST pass for this test
    window = make_window(start_view="lenet", size=(1440, 900))
    qtbot.waitUntil(lambda: window.view_is_settled("lenet"), timeout=30000)
    tool = window.class_digits
    assert tool.action in window.model_tools.menu.actions()
    tool.action.trigger()
    panel = tool.panel
    assert tool.dock.isVisible() and panel.network_name() == "Shipped weights"
    images, labels = load_mnist("test")
    panel.set_digits(ClassDigits(np.concatenate([images[:30], np.rot90(images[30:40], axes=(1, 2))]), labels[:40]))
    window.worker.flush()
    qtbot.waitUntil(lambda: panel.result() is not None and bool(panel.listed_indices()), timeout=30000)

    view = window.views["lenet"]
    index = panel.listed_indices()[0]
    click_item(qtbot, panel.misread_list, 0)
    np.testing.assert_array_equal(view.state().input.digit, panel.digits().images[index])
    assert view.state().input.label == panel.digits().labels[index]

    panel.epochs.setValue(2)
    with qtbot.waitSignal(panel.fine_tuned, timeout=120000):
        panel.fine_tune_button.click()
    choices = window.model_tools.choices
    assert choices.get("fine-tuned") is not None
    panel.show_tuned_button.click()
    assert choices.current().key == "fine-tuned"
    window.worker.flush()
    qtbot.waitUntil(lambda: panel.network_name() == "Fine-tuned on class digits", timeout=30000)
    assert panel.save_to(tmp_path / "ours.classdigits")  # closing the window would ask about unsaved digits


def test_closing_the_window_asks_before_unsaved_class_digits_are_lost(qtbot, make_window, monkeypatch, tmp_path):
    window = make_window(start_view="lenet", size=(1440, 900))
    qtbot.waitUntil(lambda: window.view_is_settled("lenet"), timeout=30000)
    tool = window.class_digits
    panel = tool.show_panel()
    draw_strokes(panel.canvas, ONE)
    qtbot.keyClick(panel.canvas, Qt.Key.Key_1)
    asked = []
    monkeypatch.setattr(tool, "ask_to_save", lambda: asked.append("cancel") or "cancel")
    window.close()
    assert asked == ["cancel"] and window.isVisible() and len(panel.digits()) == 1  # nothing lost
    saved = tmp_path / "ours.classdigits"
    monkeypatch.setattr(tool, "ask_to_save", lambda: "save")
    monkeypatch.setattr(panel, "save_dialog", lambda: panel.save_to(saved))
    window.close()
    assert not window.isVisible() and saved.exists()

