"""The live convolution view, driven through its real widgets (offscreen).

Expected maps come from torch.nn.functional, never from the code under test.
"""

from __future__ import annotations

import numpy as np
import pytest
import torch
import torch.nn.functional as F
from app_helpers import wait_for_new_maps
from PySide6.QtCore import QPoint, QRectF, Qt

from convviz.core import KERNEL_PRESETS, format_number
from convviz.samples import load_sample


@pytest.fixture
def view(convolution_view):
    return convolution_view




def torch_conv(image, kernel, *, padding="same", stride=1, dilation=1):
    x = torch.from_numpy(np.array(image, np.float32))  # copies: torch warns of arrays it may not write to
    x = x.reshape(1, -1, *x.shape[-2:])
    w = torch.from_numpy(np.array(kernel, np.float32))
    w = w.reshape(1, x.shape[1], *w.shape[-2:])
    return F.conv2d(x, w, stride=stride, padding=padding, dilation=dilation)[0, 0].numpy()


def use_sample(qtbot, view, name):
    wait_for_new_maps(qtbot, view, lambda: view.load_sample(name))
    assert view.image().shape[-2:] == load_sample(name).shape[-2:]


def type_into_cell(qtbot, grid, row, col, text):
    qtbot.mouseDClick(grid, Qt.MouseButton.LeftButton, pos=grid.cell_rect(row, col).center())
    editor = grid.editor()
    assert editor is not None
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def test_first_map_is_the_default_kernel_on_the_default_picture(qtbot, view):
    maps = view.current_maps()
    expected = torch_conv(view.image(), KERNEL_PRESETS["sobel_x"].values)
    np.testing.assert_allclose(maps.conv.values, expected, atol=1e-5)
    np.testing.assert_allclose(view.activation_panel.current_map().values, np.maximum(expected, 0), atol=1e-5)
    assert not view.conv_panel.message()
    # a new picture starts with its strongest answer pinned, its arithmetic on show
    qtbot.waitUntil(lambda: "Output pixel" in view.products_panel.plain_text(), timeout=5000)
    row, col = view.settings.pinned
    inside = np.abs(maps.conv.values[1:-1, 1:-1])  # windows that do not touch the zero padding
    assert abs(maps.conv.values[row, col]) == inside.max()


def test_editing_a_kernel_cell_changes_the_map(qtbot, view):
    use_sample(qtbot, view, "checkerboard")
    grid = view.kernel_editor.grid
    maps = wait_for_new_maps(qtbot, view, lambda: type_into_cell(qtbot, grid, 1, 1, "5"))
    kernel = np.array(KERNEL_PRESETS["sobel_x"].values, np.float32)
    kernel[1, 1] = 5
    assert view.settings.kernel[1][1] == 5.0
    assert grid.value(1, 1) == 5.0
    np.testing.assert_allclose(maps.conv.values, torch_conv(view.image(), kernel), atol=1e-5)
    assert view.kernel_editor.preset_box.currentData() == ""  # now a custom kernel


def test_choosing_a_preset_shows_its_kernel_description_and_map(qtbot, view):
    box = view.kernel_editor.preset_box
    target = box.findData("gaussian_3x3")
    box.setFocus()
    box.setCurrentIndex(target - 1)
    maps = wait_for_new_maps(qtbot, view, lambda: qtbot.keyClick(box, Qt.Key.Key_Down))
    preset = KERNEL_PRESETS["gaussian_3x3"]
    assert box.currentData() == "gaussian_3x3"
    assert view.kernel_editor.description.text() == preset.description
    np.testing.assert_allclose(view.kernel_editor.grid.matrix(), preset.cells, atol=1e-7)  # 1 2 1 …
    assert view.kernel_editor.scale_label.text() == "× 1/16"  # the factor written apart, as the decks do
    np.testing.assert_allclose(maps.conv.values, torch_conv(view.image(), preset.values), atol=1e-5)
    assert maps.conv.signed  # a convolution output is signed data, even when this blur gives no negative value


def test_text_in_a_cell_is_refused_with_a_message_and_the_old_value_stays(qtbot, view):
    grid = view.kernel_editor.grid
    before = view.settings.kernels
    with qtbot.waitSignal(view.message, timeout=3000) as message:
        type_into_cell(qtbot, grid, 0, 2, "abc")
    assert "not a number" in message.args[0]
    assert view.settings.kernels == before
    assert grid.value(0, 2) == 1.0


def test_settings_without_output_are_explained_in_place(qtbot, view):
    use_sample(qtbot, view, "impulse")  # 15×15
    panel = view.window_settings
    panel.padding_kind.setCurrentIndex(panel.padding_kind.findData("valid"))
    view.kernel_editor.rows_spin.setValue(9)
    view.kernel_editor.cols_spin.setValue(9)
    panel.dilation.rows.setValue(2)  # a 9×9 kernel with dilation 2 spans 17 cells > 15
    qtbot.waitUntil(lambda: bool(view.conv_panel.message()), timeout=3000)
    assert "17" in view.conv_panel.message() and "15" in view.conv_panel.message()
    assert view.activation_panel.message() and view.pool_panel.message()
    assert view.current_maps() is None
    assert "No output" in panel.output_label.text()
    assert "no output" in panel.height_formula.text()
    # a valid setting brings the maps back
    maps = wait_for_new_maps(qtbot, view, lambda: panel.dilation.rows.setValue(1))
    assert maps.conv.values.shape == (7, 7)
    assert not view.conv_panel.message()


def test_pooling_bigger_than_the_map_is_explained_in_the_pool_panel(qtbot, view):
    use_sample(qtbot, view, "impulse")
    view.pooling_controls.size.setValue(8)
    view.window_settings.stride.rows.setValue(3)  # 15×15 → 5×5 map: an 8×8 window does not fit
    qtbot.waitUntil(lambda: "bigger than" in view.pool_panel.message(), timeout=5000)
    assert view.current_maps().conv.values.shape == (5, 5)
    assert not view.conv_panel.message()


def test_pinning_an_output_pixel_shows_its_products_and_receptive_field(qtbot, view):
    use_sample(qtbot, view, "step-edge")
    panel = view.conv_panel
    row, col = 10, 31
    plot = panel.plot_widget()
    position = panel.widget_pos_of(row, col)
    qtbot.mouseClick(plot.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(int(position.x()), int(position.y())))
    qtbot.waitUntil(lambda: f"row {row + 1}, column {col + 1}" in view.products_panel.plain_text(), timeout=5000)
    assert view.settings.pinned == (row, col)  # 0-based inside; counted from 1 on screen
    text = view.products_panel.plain_text()
    assert f"row {row + 1}, column {col + 1}" in text
    image = view.image()
    kernel = np.array(KERNEL_PRESETS["sobel_x"].values, np.float32)
    window = image[row - 1 : row + 2, col - 1 : col + 2]
    total = float((window * kernel).sum())
    assert total == pytest.approx(0.8 * 4)  # the step edge: 0.1 | 0.9 under [-1 0 1; -2 0 2; -1 0 1]
    assert "0.1×(−1) + 0.1×0 + 0.9×1 + 0.1×(−2) + 0.1×0 + 0.9×2 + 0.1×(−1) + 0.1×0 + 0.9×1 = 3.2" in text
    assert "ReLU(3.2) = 3.2" in text
    assert "pooled cell (row 6, column 16)" in text
    field = view.input_panel.mark_rect("field")
    assert (field.x(), field.y(), field.width(), field.height()) == (col - 1, row - 1, 3, 3)
    pinned = panel.mark_rect("pinned")
    assert (pinned.x(), pinned.y()) == (col, row)


def test_pinned_pixel_on_the_border_marks_padding_cells(qtbot, view):
    use_sample(qtbot, view, "step-edge")
    view.pin(0, 0)
    qtbot.waitUntil(lambda: "Output pixel (row 1, column 1)" in view.products_panel.plain_text(), timeout=5000)
    padding = view.input_panel.mark_rect("padding")
    assert (padding.x(), padding.y(), padding.width(), padding.height()) == (-1, -1, 3, 3)


def test_rgb_mode_sums_one_kernel_per_channel(qtbot, view):
    use_sample(qtbot, view, "coffee")
    maps = wait_for_new_maps(qtbot, view, lambda: view.input_picker.rgb_button.click())
    assert view.settings.mode == "rgb" and view.channel_strip.isVisible()
    kernel = np.array(KERNEL_PRESETS["sobel_x"].values, np.float32)
    image = load_sample("coffee")
    expected = torch_conv(image, np.stack([kernel] * 3))
    np.testing.assert_allclose(maps.conv.values, expected, atol=1e-4)
    assert len(maps.channels) == 3
    np.testing.assert_allclose(maps.channels[1].values, torch_conv(image[1], kernel), atol=1e-5)
    # unlink and give the blue channel its own kernel
    view.kernel_editor.link_box.setChecked(False)
    view.kernel_editor.channel_buttons.button(2).click()
    maps = wait_for_new_maps(qtbot, view, lambda: view.settings.set_cell(1, 1, 4.0))
    assert view.settings.edit_channel == 2
    blue = kernel.copy()
    blue[1, 1] = 4.0
    expected = torch_conv(image, np.stack([kernel, kernel, blue]))
    np.testing.assert_allclose(maps.conv.values, expected, atol=1e-4)


def test_flip_switch_gives_true_convolution_and_explains_it(qtbot, view):
    use_sample(qtbot, view, "impulse")
    editor = view.kernel_editor
    before = editor.flip_text.text()
    maps = wait_for_new_maps(qtbot, view, lambda: editor.flip_switch.click())
    assert view.settings.flip and editor.flip_text.text() != before
    assert "180°" in editor.flip_text.text()
    kernel = np.array(KERNEL_PRESETS["sobel_x"].values, np.float32)
    # the impulse response of a true convolution is the kernel itself, centred on the pixel
    np.testing.assert_allclose(maps.conv.values[6:9, 6:9], kernel, atol=1e-6)


def test_activation_and_pooling_follow_their_controls(qtbot, view):
    use_sample(qtbot, view, "checkerboard")
    controls = view.activation_controls
    controls.choice.setCurrentIndex(controls.choice.findData("sigmoid"))
    qtbot.waitUntil(lambda: "Sigmoid" in view.activation_panel.title() and view.is_settled(), timeout=5000)
    maps = view.current_maps()
    activated = view.activation_panel.current_map().values
    np.testing.assert_allclose(activated, 1 / (1 + np.exp(-maps.conv.values)), atol=1e-6)
    assert "Sigmoid" in view.activation_panel.title()
    pool = view.pooling_controls
    pool.mode.setCurrentIndex(pool.mode.findData("avg"))
    pool.size.setValue(4)  # the stride follows the size
    qtbot.waitUntil(lambda: "4×4 average" in view.pool_panel.title() and view.is_settled(), timeout=5000)
    pooled = view.pool_panel.current_map().values
    expected = F.avg_pool2d(torch.from_numpy(activated)[None], 4, 4)[0].numpy()
    np.testing.assert_allclose(pooled, expected, atol=1e-6)


def test_torch_panel_shows_the_call_and_agrees(qtbot, view):
    view.window_settings.stride.rows.setValue(2)
    # the stride-1 map's verdict may be on show still (its check runs with the first maps): wait for this call's
    qtbot.waitUntil(lambda: "stride=(2, 2)" in view.torch_panel.code.toPlainText()
                    and "same" in view.torch_panel.verdict_text(), timeout=8000)
    code = view.torch_panel.code.toPlainText()
    assert "F.conv2d(x, w, stride=(2, 2)" in code
    assert "✔" in view.torch_panel.verdict_text()


def test_normalise_and_zero_sum_message(qtbot, view):
    editor = view.kernel_editor
    with qtbot.waitSignal(view.message, timeout=3000) as message:
        editor.normalise_button.click()  # Sobel sums to 0
    assert "sum 1" in message.args[0] or "sum to 0" in message.args[0]
    view.settings.apply_preset("box_blur")
    view.settings.set_kernel([[1.0] * 3] * 3)
    editor.normalise_button.click()
    assert np.allclose(view.settings.applied_kernel, 1 / 9)  # ones stay ones, "× 1/9" written apart
    assert editor.grid.value(0, 0) == 1.0 and editor.scale_label.text() == "× 1/9"


def test_rapid_edits_end_on_the_last_kernel(qtbot, view):
    use_sample(qtbot, view, "lines")
    for value in range(60):
        view.settings.set_cell(0, 0, float(value))
    qtbot.waitUntil(
        lambda: view.is_settled() and view.current_maps().request.kernel[0, 0] == 59,
        timeout=10000,
    )
    kernel = np.array(KERNEL_PRESETS["sobel_x"].values, np.float32)
    kernel[0, 0] = 59
    np.testing.assert_allclose(view.current_maps().conv.values, torch_conv(view.image(), kernel), atol=1e-4)


def test_device_falls_back_to_cpu_with_a_message(qtbot, view):
    if torch.cuda.is_available():
        pytest.skip("this machine has a GPU")
    with qtbot.waitSignal(view.message, timeout=3000) as message:
        view.set_device("cuda")
    assert "CPU" in message.args[0]
    with qtbot.waitSignal(view.timing, timeout=5000) as timing:
        view.settings.set_cell(0, 0, 2.0)
    assert timing.args[0] == "cpu" and timing.args[1] > 0


def test_hover_reads_the_value_under_the_mouse(qtbot, view):
    use_sample(qtbot, view, "step-edge")
    panel = view.conv_panel
    row, col = 20, 32
    position = panel.widget_pos_of(row, col)
    qtbot.mouseMove(panel.plot_widget().viewport(), QPoint(int(position.x()), int(position.y())))
    qtbot.waitUntil(lambda: f"row {row + 1}, column {col + 1}" in panel.readout(), timeout=3000)
    value = view.current_maps().conv.values[row, col]
    assert panel.readout().endswith(format_number(float(value)))


def test_activation_curve_follows_the_choice(qtbot, view):
    controls = view.activation_controls
    controls.choice.setCurrentIndex(controls.choice.findData("leaky_relu"))
    assert controls.slope.isVisible() and not controls.alpha.isVisible()
    controls.slope.setValue(0.25)
    x, y = controls.curve.getData()
    np.testing.assert_allclose(y, np.where(x > 0, x, 0.25 * x), atol=1e-6)
    assert view.settings.slope == 0.25 and "a·x" in controls.formula.text()


def test_an_11x11_kernel_as_the_decks_list_is_edited_and_computed_like_torch(qtbot, view):
    """The decks list kernel sizes 1 to 11: the editor grows to 11x11, every cell stays on screen and
    editable, and the map is torch's."""
    use_sample(qtbot, view, "checkerboard")
    editor = view.kernel_editor
    assert editor.rows_spin.maximum() == editor.cols_spin.maximum() == 11
    editor.rows_spin.setValue(11)
    editor.cols_spin.setValue(11)
    qtbot.waitUntil(lambda: np.array(view.settings.kernel).shape == (11, 11) and view.is_settled(), timeout=5000)
    grid = editor.grid
    for row, col in ((0, 0), (10, 10), (0, 10), (10, 0)):
        assert grid.rect().contains(grid.cell_rect(row, col)), "a corner cell of the 11x11 kernel is cut off"
    maps = wait_for_new_maps(qtbot, view, lambda: type_into_cell(qtbot, grid, 10, 10, "2"))
    kernel = np.array(view.settings.kernel, np.float32)
    assert kernel.shape == (11, 11) and kernel[10, 10] == 2.0
    np.testing.assert_allclose(maps.conv.values, torch_conv(view.image(), kernel), atol=1e-4)
    editor.rows_spin.setValue(12)  # the spin box stops at the limit
    assert editor.rows_spin.value() == 11


@pytest.mark.parametrize("presenting", [False, True])
def test_a_long_pinned_sum_scrolls_instead_of_pushing_a_1024x768_window_off_the_screen(qtbot, make_window, presenting):
    window = make_window(start_view="convolution", size=(1024, 768))
    window.set_presenting(presenting)
    view = window.build_view("convolution")
    qtbot.waitUntil(lambda: window.view_is_settled("convolution"), timeout=15000)
    view.kernel_editor.rows_spin.setValue(11)
    view.kernel_editor.cols_spin.setValue(11)
    qtbot.waitUntil(lambda: np.array(view.settings.kernel).shape == (11, 11) and view.is_settled(), timeout=5000)
    qtbot.waitUntil(lambda: "Output pixel" in view.products_panel.plain_text(), timeout=5000)
    window.resize(1024, 768)
    qtbot.waitUntil(lambda: window.minimumSizeHint().height() <= 768, timeout=3000)
    assert window.height() == 768
    text = view.products_panel.text  # the whole sum is there to read: shown whole, or it scrolls in its box
    assert text.document().size().height() <= text.viewport().height() + 2 or text.verticalScrollBar().maximum() > 0


def test_the_first_pytorch_check_waits_only_for_the_first_paint_and_later_ones_for_the_edits_to_pause(qtbot, worker):
    """A new view has no edits to wait for: its first check is due once its first maps are painted (every window
    waited 350 ms for it; run at once, it took the interpreter from their paint)."""
    from PySide6.QtWidgets import QApplication

    from convviz.app.views.convolution.view import CHECK_DELAY_MS, FIRST_CHECK_DELAY_MS, ConvolutionView

    view = ConvolutionView(worker)
    qtbot.addWidget(view)
    view.resize(1400, 900)
    view.show()
    for _ in range(1000):  # no waiting on a clock: the loop runs what is due, then the worker
        if view.current_maps() is not None:
            break
        QApplication.processEvents()
        worker.flush()
    assert view.current_maps() is not None
    assert view.is_busy() and 0 <= view._check_timer.remainingTime() <= FIRST_CHECK_DELAY_MS < CHECK_DELAY_MS
    qtbot.waitUntil(lambda: view.torch_panel.verdict_text().startswith("✔"), timeout=5000)
    qtbot.waitUntil(lambda: view.is_settled() and not view.is_busy(), timeout=5000)
    wait_for_new_maps(qtbot, view, lambda: view.settings.set_cell(0, 0, 4.0))
    assert view.is_busy() and view._check_timer.remainingTime() > FIRST_CHECK_DELAY_MS  # waits for edits to pause
    assert not view.torch_panel.verdict_text().startswith("✔")
    qtbot.waitUntil(lambda: view.torch_panel.verdict_text().startswith("✔") and not view.is_busy(), timeout=5000)


def test_the_device_it_computes_on_already_starts_no_computation(qtbot, view, worker):
    """The window sets the device on every view it builds: the CPU again must not compute the maps again."""
    qtbot.waitUntil(lambda: not view.is_busy(), timeout=5000)  # (its first PyTorch check done)
    generation = worker.latest_generation(view.MAPS)
    view.set_device("cpu")
    assert worker.latest_generation(view.MAPS) == generation and not view.is_busy()
    if not torch.cuda.is_available():
        with qtbot.waitSignal(view.message, timeout=3000) as message:
            view.set_device("cuda")  # falls back to the CPU it computes on already: said, and nothing redone
        assert "CPU" in message.args[0]
        assert worker.latest_generation(view.MAPS) == generation
def test_the_pytorch_code_a_reader_scrolled_stays_put_while_the_kernel_is_edited(qtbot, view):
    """Each map of a kernel drag asks for the same PyTorch call: the code is not set again (a reader scrolled
    down is not sent back to the top), and a call that does change is shown."""
    view.window_settings.stride.rows.setValue(2)  # a different call, so the panel's code is set once more
    qtbot.waitUntil(lambda: "✔" in view.torch_panel.verdict_text() and "stride=(2, 2)" in view.torch_panel.code.toPlainText(),
                    timeout=8000)  # the verdict of this call, not the first one's (due at once)
    code = view.torch_panel.code
    code.setFixedHeight(code.fontMetrics().lineSpacing() * 2)  # the code scrolls
    qtbot.waitUntil(lambda: code.verticalScrollBar().maximum() > 0, timeout=3000)
    code.verticalScrollBar().setValue(code.verticalScrollBar().maximum())
    scrolled = code.verticalScrollBar().value()
    document = code.document()
    for value in (2.0, -1.0, 4.0):
        wait_for_new_maps(qtbot, view, lambda value=value: view.settings.set_cell(1, 1, value))
        assert "Checking" in view.torch_panel.verdict_text()  # the verdict waits for the new map's check
        assert code.verticalScrollBar().value() == scrolled
    qtbot.waitUntil(lambda: "✔" in view.torch_panel.verdict_text(), timeout=8000)
    assert code.verticalScrollBar().value() == scrolled and code.document() is document
    assert "stride=(2, 2)" in code.toPlainText()
    view.window_settings.stride.rows.setValue(1)  # another call: shown
    qtbot.waitUntil(lambda: "stride=(2, 2)" not in code.toPlainText() and "F.conv2d" in code.toPlainText(),
                    timeout=8000)


def test_the_preset_box_and_its_description_follow_the_kernel_and_are_left_alone_while_cells_change(qtbot, view):
    """A preset, then a cell edit (a custom kernel), then edits of that custom kernel, then a preset again: the
    box, its description and its tooltip say which; the edits of a custom kernel do not measure the box anew."""
    editor = view.kernel_editor
    box = editor.preset_box
    custom = "Your own kernel: double-click a cell to type a weight."
    assert box.currentData() == "sobel_x"
    assert editor.description.text() == KERNEL_PRESETS["sobel_x"].description
    assert box.toolTip().startswith(KERNEL_PRESETS["sobel_x"].description)
    wait_for_new_maps(qtbot, view, lambda: view.settings.set_cell(0, 0, 3.0))
    assert box.currentData() == "" and editor.description.text() == custom and box.toolTip().startswith(custom)
    measured = []
    box._update_tooltip = lambda *args: measured.append(args)  # noqa: SLF001 - what each re-set costs
    for value in (1.0, 2.0, 5.0):
        wait_for_new_maps(qtbot, view, lambda value=value: view.settings.set_cell(0, 0, value))
    assert measured == []
    assert box.currentData() == "" and editor.description.text() == custom
    del box._update_tooltip  # noqa: SLF001
    wait_for_new_maps(qtbot, view, lambda: view.settings.apply_preset("gaussian_3x3"))
    description = KERNEL_PRESETS["gaussian_3x3"].description
    assert box.currentData() == "gaussian_3x3" and editor.description.text() == description
    assert box.toolTip().startswith(description)


def test_a_kernel_edit_leaves_the_input_and_its_marks_unpainted(qtbot, view):
    """The picture and the pinned pixel's marks on it stay the same through kernel edits: the input map is
    not painted again (each new map cleared every mark and drew it again, repainting all four maps)."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    class Paints(QObject):
        count = 0

        def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt name
            if event.type() == QEvent.Type.Paint:
                self.count += 1
            return False

    qtbot.waitUntil(lambda: "Output pixel" in view.products_panel.plain_text(), timeout=5000)
    pinned = view.settings.pinned
    field = view.input_panel.mark_rect("field")
    assert not field.isEmpty()
    for value in (2.0, -3.0):  # the marks as they are after a result, then count
        wait_for_new_maps(qtbot, view, lambda value=value: view.settings.set_cell(1, 1, value))
    paints = Paints()
    view.input_panel.plot_widget().viewport().installEventFilter(paints)
    conv_before = view.conv_panel.current_map()
    for value in (4.0, -1.0, 6.0):
        wait_for_new_maps(qtbot, view, lambda value=value: view.settings.set_cell(1, 1, value))
        QApplication.processEvents()
    assert view.conv_panel.current_map() is not conv_before  # new maps were shown ...
    assert paints.count == 0  # ... and the input map was left as it was
    assert view.settings.pinned == pinned and view.input_panel.mark_rect("field") == field
    assert view.conv_panel.mark_rect("pinned") == QRectF(pinned[1], pinned[0], 1, 1)
    view.pin(pinned[0] + 1, pinned[1] + 1)  # a new pin moves the marks: painted
    qtbot.waitUntil(lambda: view.input_panel.mark_rect("field") == field.translated(1, 1), timeout=5000)
    qtbot.waitUntil(lambda: paints.count > 0, timeout=3000)
