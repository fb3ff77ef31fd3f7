"""Groups in the convolution view on an RGB picture: 1 = one summed map, 3 = depthwise, 2 explained; torch agrees."""

from __future__ import annotations

import numpy as np
import pytest
import torch
import torch.nn.functional as F
from app_helpers import wait_for_new_maps

from convviz.core import KERNEL_PRESETS
from convviz.samples import load_sample
from convviz.session.views import check_convolution
from convviz.state.convolution import ConvolutionSettings, resolve
from convviz.state.convolution_run import run_pipeline, torch_check


@pytest.fixture
def view(convolution_view):
    return convolution_view




def torch_depthwise(image, kernels):
    """F.conv2d with groups=3: (3, H, W) maps, each channel with its own kernel (padding "same")."""
    x = torch.from_numpy(np.array(image, np.float32))[None]
    w = torch.from_numpy(np.array(kernels, np.float32))[:, None]
    return F.conv2d(x, w, padding="same", groups=3)[0].numpy()


def test_depthwise_keeps_one_map_per_channel_and_the_channel_buttons_pick_the_one_shown(qtbot, view):
    wait_for_new_maps(qtbot, view, lambda: view.load_sample("coffee"))
    wait_for_new_maps(qtbot, view, lambda: view.input_picker.rgb_button.click())
    editor = view.kernel_editor
    assert editor.groups_row.isVisible() and editor.groups_spin.value() == 1
    sobel = np.array(KERNEL_PRESETS["sobel_x"].values, np.float32)
    image = load_sample("coffee")
    truth = torch_depthwise(image, [sobel] * 3)
    summed = view.current_maps()
    np.testing.assert_allclose(summed.conv.values, truth.sum(axis=0), atol=1e-4)  # groups 1: all channels summed
    maps = wait_for_new_maps(qtbot, view, lambda: editor.groups_spin.setValue(3))
    assert view.settings.groups == 3 and "depthwise" in editor.groups_note.text()
    np.testing.assert_allclose(maps.conv.values, truth[0], atol=1e-4)  # the red channel's own map, not a sum
    for channel in range(3):
        np.testing.assert_allclose(maps.channels[channel].values, truth[channel], atol=1e-4)
    assert view.channel_strip.signs[0].text() == "," and "one per channel" in view.channel_strip.equals.toolTip()
    assert "Depthwise map of the red channel" in view.conv_panel.title()
    # linked kernels, yet each channel's map is one click away
    assert all(button.isEnabled() for button in editor.channel_buttons.buttons())
    maps = wait_for_new_maps(qtbot, view, lambda: editor.channel_buttons.button(2).click())
    np.testing.assert_allclose(maps.conv.values, truth[2], atol=1e-4)
    qtbot.waitUntil(lambda: "✔" in view.torch_panel.verdict_text(), timeout=8000)
    code = view.torch_panel.code.toPlainText()
    assert "groups=3" in code and "y = y[:, 2]" in code
    # back to 1: one summed map again
    maps = wait_for_new_maps(qtbot, view, lambda: editor.groups_spin.setValue(1))
    np.testing.assert_allclose(maps.conv.values, truth.sum(axis=0), atol=1e-4)
    assert view.channel_strip.signs[0].text() == "+"


def test_two_groups_do_not_divide_three_channels_and_say_so(qtbot, view):
    wait_for_new_maps(qtbot, view, lambda: view.input_picker.rgb_button.click())
    view.kernel_editor.groups_spin.setValue(2)
    qtbot.waitUntil(lambda: "cannot be split into 2 equal groups" in view.conv_panel.message(), timeout=5000)
    assert view.current_maps() is None
    maps = wait_for_new_maps(qtbot, view, lambda: view.kernel_editor.groups_spin.setValue(3))
    assert maps.conv.values.ndim == 2
    wait_for_new_maps(qtbot, view, lambda: view.input_picker.gray_button.click())
    assert not view.kernel_editor.groups_row.isVisible() and view.current_maps().request.groups == 1


def test_pinned_pixel_of_a_depthwise_map_sums_its_own_channel_only():
    rng = np.random.default_rng(3)
    image = rng.random((3, 12, 10)).astype(np.float32)
    settings = ConvolutionSettings()
    settings.mode = "rgb"
    settings.link_channels = False
    kernels = tuple(tuple(tuple(float(v) for v in row) for row in rng.integers(-2, 3, (3, 3))) for _ in range(3))
    settings.kernels = kernels
    settings.preset = ""
    settings.groups = 3
    settings.edit_channel = 1
    settings.pinned = (4, 5)
    maps, details = run_pipeline(resolve(settings, image))
    truth = torch_depthwise(image, np.array(kernels))
    np.testing.assert_allclose(maps.conv.values, truth[1], atol=1e-5)
    assert [line[0] for line in details.pinned.lines] == ["G"]
    assert details.pinned.total == pytest.approx(float(truth[1, 4, 5]), abs=1e-5)
    check = torch_check(maps.request, maps.conv.values)
    assert check.max_difference < 1e-5
    settings.mode = "gray"  # one channel: nothing to split, the groups choice waits (hidden) for RGB
    grey = image.mean(axis=0)
    request = resolve(settings, grey)
    assert request.groups == 1 and not request.depthwise
    plain = F.conv2d(torch.from_numpy(grey)[None, None], torch.tensor(kernels[0], dtype=torch.float32)[None, None],
                     padding="same")[0, 0].numpy()
    np.testing.assert_allclose(run_pipeline(request)[0].conv.values, plain, atol=1e-5)


def test_groups_survive_a_session_and_old_files_mean_one_group(qtbot, view):
    view.settings.mode = "rgb"
    view.settings.groups = 3
    saved = view.session_state()
    assert saved["settings"]["groups"] == 3
    assert check_convolution(saved)["settings"]["groups"] == 3
    old = dict(saved, settings={k: v for k, v in saved["settings"].items() if k != "groups"})
    assert check_convolution(old)["settings"]["groups"] == 1
