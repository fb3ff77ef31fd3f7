"""The confusion matrix over the 10,000 test digits: counts, clicks that list the digits, opening one."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt

from convviz.app.tools.model.confusion_panel import ConfusionPanel
from convviz.model import load_lenet, load_mnist, predict


@pytest.fixture(scope="module")
def reference():
    """The shipped network's predictions, computed here independently of the panel."""
    images, labels = load_mnist("test")
    return images, labels.astype(np.int64), predict(load_lenet(), images).argmax(axis=1)


@pytest.fixture
def panel(qtbot, worker):
    panel = ConfusionPanel(worker)
    qtbot.addWidget(panel)
    panel.resize(640, 860)
    panel.show()
    return panel


def click_cell(qtbot, grid, true, predicted):
    centre = grid.cell_rect(true, predicted).center()
    qtbot.mouseClick(grid, Qt.MouseButton.LeftButton, pos=QPoint(round(centre.x()), round(centre.y())))


@pytest.mark.slow
def test_matrix_counts_every_test_digit_and_a_click_lists_exactly_its_digits(qtbot, panel, reference):
    images, labels, predictions = reference
    with qtbot.waitSignal(panel.updated, timeout=60000):
        panel.compute(load_lenet, "Shipped weights")
    result = panel.result()
    assert result.total == 10_000 and panel.grid.matrix().sum() == 10_000
    expected = np.bincount(labels * 10 + predictions, minlength=100).reshape(10, 10)
    np.testing.assert_array_equal(panel.grid.matrix(), expected)
    assert f"{100 * np.trace(expected) / 10_000:.2f}%" in panel.heading.text()

    off = expected.copy()
    np.fill_diagonal(off, 0)
    true, wrong = np.unravel_index(np.argmax(off), off.shape)  # the most common mistake
    click_cell(qtbot, panel.grid, int(true), int(wrong))
    listed = np.flatnonzero((labels == true) & (predictions == wrong))
    np.testing.assert_array_equal(panel.listed_indices(), listed)
    assert panel.shown_indices() == listed.tolist()
    assert panel.grid.selected() == (true, wrong)
    assert f"<b>{len(listed)}</b>" in panel.cell_label.text()

    click_cell(qtbot, panel.grid, 1, 1)  # a diagonal cell: over 1,000 digits, the first 300 shown
    right_ones = np.flatnonzero((labels == 1) & (predictions == 1))
    np.testing.assert_array_equal(panel.listed_indices(), right_ones)
    assert panel.shown_indices() == right_ones[:300].tolist()
    assert "first 300" in panel.cell_label.text()


def test_live_jobs_run_between_the_chunks_of_a_pass(qtbot, worker):
    images, labels = load_mnist("test")
    panel = ConfusionPanel(worker, data=(images[:2000], labels[:2000]))  # two chunks: a job fits between them
    qtbot.addWidget(panel)
    busy_when_other_finished = []
    panel.compute(load_lenet, "Shipped weights")
    worker.submit("explorer-like", lambda: 1, lambda job: busy_when_other_finished.append(panel.is_busy()))
    with qtbot.waitSignal(panel.updated, timeout=60000):
        pass
    assert busy_when_other_finished == [True], "the other job ran while the pass still had chunks to go"


def test_a_newer_pass_replaces_one_in_progress(qtbot, worker):
    images, labels = load_mnist("test")
    small = ConfusionPanel(worker, data=(images[:500], labels[:500]))
    qtbot.addWidget(small)
    small.compute(load_lenet, "first")
    with qtbot.waitSignal(small.updated, timeout=60000):
        small.compute(load_lenet, "second")
    assert small.result().total == 500 and "second" in small.heading.text()


@pytest.mark.slow
def test_opening_a_listed_digit_loads_it_in_the_explorer(qtbot, make_window, reference):
    images, labels, predictions = reference
    window = make_window(start_view="lenet", size=None)
    qtbot.waitUntil(lambda: window.view_is_settled("lenet"), timeout=30000)
    panel = window.model_tools.show_confusion()
    qtbot.waitUntil(lambda: panel.result() is not None, timeout=60000)
    assert panel.result().total == 10_000
    off = panel.result().matrix.copy()
    np.fill_diagonal(off, 0)
    true, wrong = (int(v) for v in np.unravel_index(np.argmax(off), off.shape))
    click_cell(qtbot, panel.grid, true, wrong)
    item = panel.thumbnails.item(0)
    index = item.data(Qt.ItemDataRole.UserRole)
    assert labels[index] == true and predictions[index] == wrong
    rect = panel.thumbnails.visualItemRect(item)
    view = window.views["lenet"]
    qtbot.mouseClick(panel.thumbnails.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(panel.thumbnails.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(
        lambda: view.result() is not None and view.result().request.input.name == f"MNIST test #{index}",
        timeout=20000,
    )
    shown = view.result()
    assert shown.request.input.label == true and shown.prediction == wrong
    np.testing.assert_array_equal(shown.request.input.digit, images[index])
    assert window.current_view_name() == "lenet"


def test_a_pass_in_chunks_counts_what_one_pass_counts():
    from convviz.model.confusion import confusion_matrix
    from convviz.state.evaluation import TestPass

    images, labels = load_mnist("test")
    images, labels = images[:1000], labels[:1000]
    model = load_lenet()
    chunked = TestPass(lambda: model, data=(images, labels), chunk=300)
    steps = 0
    while not chunked.done:
        assert chunked.run_chunk() is chunked
        steps += 1
    assert steps == 4 and chunked.fraction == 1.0
    whole = confusion_matrix(model, images, labels)
    np.testing.assert_array_equal(chunked.result().matrix, whole.matrix)
    np.testing.assert_array_equal(chunked.result().indices(4, 9), whole.indices(4, 9))
