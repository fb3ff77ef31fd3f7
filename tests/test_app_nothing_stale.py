"""Nothing stale on screen: an empty stage shows only its placeholder, an MNIST digit no empty boxes."""

from __future__ import annotations

import numpy as np
import pytest

from convviz.app.views.lenet.preprocess_strip import PreprocessStrip


@pytest.fixture
def convolution(convolution_view):
    return convolution_view


def choose_pooling(qtbot, view, mode: str, title_words: str) -> None:
    controls = view.pooling_controls
    controls.mode.setCurrentIndex(controls.mode.findData(mode))
    qtbot.waitUntil(lambda: title_words in view.pool_panel.title() and view.is_settled(), timeout=8000)


def assert_only_placeholder(panel) -> None:
    assert panel.has_message()
    assert panel.current_map() is None
    assert not panel.image_visible(), "a ghost of the old map is still drawn behind the note"
    assert not panel.colorbar_visible()
    assert "values" not in panel.readout() and "…" not in panel.readout(), panel.readout()


def test_pooling_none_leaves_no_ghost_of_the_old_map(qtbot, convolution):
    view = convolution
    choose_pooling(qtbot, view, "max", "max pooling")
    assert "values" in view.pool_panel.readout() and view.pool_panel.image_visible()
    choose_pooling(qtbot, view, "none", "No pooling")
    assert_only_placeholder(view.pool_panel)
    # and the map comes back whole when pooling is chosen again
    choose_pooling(qtbot, view, "avg", "average pooling")
    panel = view.pool_panel
    assert not panel.has_message() and panel.image_visible() and panel.colorbar_visible()
    assert "values" in panel.readout()


def test_settings_without_output_leave_no_ghost_either(qtbot, convolution):
    view = convolution
    before = view.current_maps()
    view.load_sample("impulse")  # 15×15
    qtbot.waitUntil(lambda: view.current_maps() is not before and view.is_settled(), timeout=8000)
    view.window_settings.padding_kind.setCurrentIndex(view.window_settings.padding_kind.findData("valid"))
    view.kernel_editor.rows_spin.setValue(9)
    view.kernel_editor.cols_spin.setValue(9)
    view.window_settings.dilation.rows.setValue(2)  # spans 17 cells > 15: no output
    qtbot.waitUntil(lambda: view.conv_panel.has_message(), timeout=8000)
    for panel in (view.conv_panel, view.activation_panel, view.pool_panel):
        assert_only_placeholder(panel)


def test_an_mnist_digit_shows_no_empty_mnist_boxes(qtbot):
    strip = PreprocessStrip()
    qtbot.addWidget(strip)
    digit = np.zeros((28, 28), np.float32)
    digit[8:20, 12:16] = 1.0
    strip.set_ready_digit(digit, "MNIST test #3")
    shown = strip.shown_stages()
    assert shown == ["test #3", "28×28 as is"]
    assert "MNIST" in strip.skipped_note()
    assert not any("(MNIST)" in caption for caption in shown)
    strip.clear()  # a drawing again: all four stages
    assert len(strip.shown_stages()) == 4 and strip.skipped_note() == ""
