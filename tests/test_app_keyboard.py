"""Every feature from the keyboard alone: Tab reaches every control of each view, focus is visible, and whole
tasks (edit a kernel cell, change the stride, pin a pixel, step, pick a test digit, inspect a map) are done
with key presses only."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget
from test_app_accessibility import INTERACTIVE, _part_of_a_qt_control

from convviz.app.tools.accessibility.focus_ring import SMALLEST_WIDTH

MOST_TAB_PRESSES = 300


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier, text=None) -> None:
    """A key press delivered where a person's would go: to the widget with the focus."""
    target = QApplication.focusWidget()
    assert target is not None, "nothing has the keyboard focus"
    if text is None:
        qtbot.keyClick(target, key, modifier)
    else:
        qtbot.keyClicks(target, text)


def tab_to(qtbot, wanted) -> QWidget:
    """Press Tab until `wanted(focus)` holds (fails after MOST_TAB_PRESSES presses)."""
    for _ in range(MOST_TAB_PRESSES):
        focus = QApplication.focusWidget()
        if focus is not None and wanted(focus):
            return focus
        press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError("Tab never reached the control")


def ready(qtbot, make_window, name: str):
    window = make_window(start_view=name, size=(1600, 1000))
    qtbot.waitUntil(lambda: window.view_is_settled(name) and window.accessibility is not None, timeout=60000)
    window.first_start.dismiss()
    window.activateWindow()
    view = window.views[name]
    view.setFocus()
    view.focusNextChild()  # into the view, as a Tab from the tab bar does
    return window, view


def reachable_controls(view: QWidget) -> list[QWidget]:
    """The controls of `view` a Tab walk must reach: shown, enabled, taking focus by Tab.

    Of an exclusive group of buttons only the checked one is a Tab stop; arrow keys move within the group.
    """
    controls = []
    for widget in view.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or _part_of_a_qt_control(widget):
            continue
        if not (widget.isVisible() and widget.isEnabled() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus):
            continue
        if isinstance(widget, QAbstractButton) and widget.group() is not None and widget.group().exclusive():
            if not widget.isChecked():
                continue
        controls.append(widget)
    return controls


@pytest.mark.parametrize("name", ["convolution", "steps", "lenet"])
def test_tab_reaches_every_control_of_the_view_with_the_focus_ring_around_each(qtbot, make_window, name):
    window, view = ready(qtbot, make_window, name)
    ring = window.accessibility.focus_ring
    wanted = reachable_controls(view)
    assert len(wanted) > 8
    reached = []
    for _ in range(MOST_TAB_PRESSES):  # round the whole cycle: back where it started, no control traps Tab
        press(qtbot, Qt.Key.Key_Tab)
        focus = QApplication.focusWidget()
        if reached and focus is reached[0]:
            break
        reached.append(focus)
        assert ring.target() is focus, f"no focus ring around {type(focus).__name__} {focus.accessibleName()!r}"
        assert ring.geometry().contains(focus.mapTo(window, focus.rect().center()))
    else:
        raise AssertionError(f"Tab never came back round: trapped in {type(reached[-1]).__name__}")
    missing = [f"{type(w).__name__} {w.accessibleName()!r}" for w in wanted if not any(w is seen for seen in reached)]
    assert not missing, f"Tab never reaches: {missing}"


def test_exclusive_buttons_are_changed_with_the_arrow_keys(qtbot, make_window):
    window, view = ready(qtbot, make_window, "convolution")
    picker = view.input_picker
    tab_to(qtbot, lambda w: w is picker.gray_button)
    press(qtbot, Qt.Key.Key_Right)
    assert QApplication.focusWidget() is picker.rgb_button
    press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: view.settings.mode == "rgb", timeout=5000)


def test_convolution_kernel_cell_stride_and_a_pinned_pixel_by_keyboard(qtbot, make_window):
    window, view = ready(qtbot, make_window, "convolution")
    grid = tab_to(qtbot, lambda w: w is view.kernel_editor.grid)
    assert grid.current_cell() == (0, 0)
    press(qtbot, Qt.Key.Key_Right)
    press(qtbot, None, text="7")
    press(qtbot, Qt.Key.Key_Return)
    assert np.asarray(view.settings.kernel)[0, 1] == 7
    before = view.current_maps().conv.values.shape[-2:]
    tab_to(qtbot, lambda w: w is view.window_settings.stride.rows)
    press(qtbot, Qt.Key.Key_Up)
    assert view.settings.stride == (2, 2)
    qtbot.waitUntil(lambda: view.is_settled() and view.current_maps().conv.values.shape[-2:] != before, timeout=20000)
    rows, cols = view.current_maps().conv.values.shape[-2:]
    assert (rows, cols) == tuple(-(-n // 2) for n in before)  # stride 2 keeps every second output pixel
    conv_map = tab_to(qtbot, lambda w: w is view.maps.conv_panel.plot_widget())
    press(qtbot, Qt.Key.Key_Right)  # the first arrow chooses the pixel right of the middle
    assert view.settings.pinned == (rows // 2, cols // 2)
    press(qtbot, Qt.Key.Key_Down)
    assert view.settings.pinned == (rows // 2 + 1, cols // 2)
    assert "row" in conv_map.accessibleDescription()


def test_steps_stride_and_stepping_by_keyboard(qtbot, make_window):
    window, view = ready(qtbot, make_window, "steps")
    assert view.step_count() == 16
    tab_to(qtbot, lambda w: w is view.controls.stride_spin)
    press(qtbot, Qt.Key.Key_Up)
    qtbot.waitUntil(lambda: view.step_count() == 4, timeout=5000)
    tab_to(qtbot, lambda w: w is view.input_grid)
    press(qtbot, None, text="9")
    press(qtbot, Qt.Key.Key_Return)
    assert view.state.settings.image[0, 0] == 9
    view.setFocus()  # Esc-free way back to the stage: the view itself is a Tab stop too
    tab_to(qtbot, lambda w: w is view)
    press(qtbot, Qt.Key.Key_End)
    assert view.current_step() == 3
    press(qtbot, Qt.Key.Key_Left)
    assert view.current_step() == 2


def test_lenet_test_digit_and_inspecting_a_map_by_keyboard(qtbot, make_window):
    window, view = ready(qtbot, make_window, "lenet")
    choice = tab_to(qtbot, lambda w: w is view.digit_choice)
    for _ in range(3):  # any digit → a 0 → a 1 → a 2
        press(qtbot, Qt.Key.Key_Down)
    assert choice.currentData() == 2
    tab_to(qtbot, lambda w: w is view.pick_button)
    press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: view.state().input is not None and view.state().input.label == 2, timeout=20000)
    grid = view.layers.grids["conv2"]
    tab_to(qtbot, lambda w: w is grid.graphics_widget())
    press(qtbot, Qt.Key.Key_Right)
    press(qtbot, Qt.Key.Key_Right)
    assert view.inspected() == ("conv2", 1)
    press(qtbot, Qt.Key.Key_Down)
    assert view.inspected() == ("conv2", 1 + grid._grid_columns)


def test_the_focus_ring_grows_with_presentation_text(qtbot, make_window):
    window, view = ready(qtbot, make_window, "steps")
    ring = window.accessibility.focus_ring
    tab_to(qtbot, lambda w: w is view.controls.stride_spin)
    plain = ring.width_pixels()
    assert plain >= SMALLEST_WIDTH
    picture = window.grab().toImage()
    left, row = ring.geometry().left(), ring.geometry().center().y()  # across the ring's left side
    painted = {QColor(picture.pixel(left + dx, row)).name() for dx in range(plain + 1)}
    assert ring.color().name() in painted, "the ring is painted in the theme's highlight colour"
    window.presentation.present_at(QSize(1600, 1000))
    window.presentation.set_active(True)
    try:
        qtbot.waitUntil(lambda: ring.width_pixels() > plain, timeout=5000)
        assert ring.target() is QApplication.focusWidget()  # the settings column stepped aside: focus moved on
    finally:
        window.presentation.set_active(False)


def test_the_guide_lists_every_keyboard_shortcut(qtbot, make_window):
    window, _ = ready(qtbot, make_window, "steps")
    from PySide6.QtGui import QAction, QKeySequence

    dialog = window.show_guide()
    from PySide6.QtWidgets import QTextBrowser

    text = dialog.findChild(QTextBrowser).toPlainText()
    dialog.close()
    missing = set()
    for action in window.findChildren(QAction):
        for sequence in action.shortcuts():
            key = sequence.toString(QKeySequence.SequenceFormat.NativeText)
            if key and key not in text:
                missing.add(f"{key} ({action.text().replace('&', '')})")
    assert not missing, f"shortcuts the Guide does not name: {sorted(missing)}"
    for words in ("Tab", "screen reader", "Reduce motion", "Test digit", "arrow keys"):
        assert words in text



def test_tab_reaches_the_controls_of_the_side_panels(qtbot, make_window):
    """The lesson and the exercise panels (docked beside the view, as tabs) and a model panel are in the Tab order."""
    window, view = ready(qtbot, make_window, "steps")
    qtbot.waitUntil(lambda: len(window.lessons.loader.lessons) > 40, timeout=60000)
    with qtbot.waitSignal(window.lessons.loader.opened, timeout=30000):
        window.lessons.loader.open_number(1)
    window.build_view("lenet")
    window.model_tools.show_training()
    training = window.model_tools.docks["training"]
    assert training.isVisible() and not training.isFloating()
    for dock in (window.lessons.panel_dock(), window.lessons.exercise_dock()):
        dock.show()
        dock.raise_()  # the lesson and the exercise share one column as tabs
        qtbot.waitUntil(dock.isVisible)
        wanted = reachable_controls(dock) + reachable_controls(training)
        assert reachable_controls(dock) and reachable_controls(training)
        window.views[window.current_view_name()].setFocus()
        reached = []
        for _ in range(MOST_TAB_PRESSES):
            press(qtbot, Qt.Key.Key_Tab)
            reached.append(QApplication.focusWidget())
            if all(any(w is seen for seen in reached) for w in wanted):
                break
        missing = [f"{type(w).__name__} {w.accessibleName() or getattr(w, 'text', lambda: '')()!r}"
                   for w in wanted if not any(w is seen for seen in reached)]
        assert not missing, f"Tab never reaches in {dock.windowTitle()}: {missing}"


def test_confusion_matrix_browsed_and_a_digit_opened_by_keyboard(qtbot, make_window):
    window, view = ready(qtbot, make_window, "lenet")
    panel = window.model_tools.show_confusion()
    qtbot.waitUntil(lambda: panel.result() is not None, timeout=120000)
    panel.grid.setFocus()
    press(qtbot, Qt.Key.Key_Down)  # the first arrow chooses the top left cell, a second moves on
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Right)
    assert panel.grid.selected() == (1, 1)
    listed = panel.listed_indices()
    assert len(listed) == panel.result().matrix[1, 1] > 0
    assert str(len(listed)) in panel.grid.accessibleDescription()
    tab_to(qtbot, lambda w: w is panel.thumbnails)
    press(qtbot, Qt.Key.Key_Right)
    chosen = panel.thumbnails.currentItem().data(Qt.ItemDataRole.UserRole)
    tab_to(qtbot, lambda w: w is panel.open_button)
    press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(
        lambda: view.result() is not None and view.result().request.input.name == f"MNIST test #{chosen}",
        timeout=20000,
    )
    assert view.result().request.input.label == 1


@pytest.mark.parametrize("theme", ["light", "dark", "high-contrast"])
def test_the_focus_ring_stands_out_in_every_theme(qtbot, make_window, theme):
    """At least 4.5:1 against the window (WCAG asks 3:1 of a focus indicator; a projector takes some away)."""
    from PySide6.QtGui import QPalette

    from convviz.app.tools.accessibility.focus_ring import contrast

    window, view = ready(qtbot, make_window, "steps")
    window.theme.set_choice(theme)
    ring = window.accessibility.focus_ring
    tab_to(qtbot, lambda w: w is view.controls.stride_spin)
    background = ring.palette().color(QPalette.ColorRole.Window)
    assert contrast(ring.color(), background) >= 4.5
    picture = window.grab().toImage()
    left, row = ring.geometry().left(), ring.geometry().center().y()
    painted = {QColor(picture.pixel(left + dx, row)).name() for dx in range(ring.width_pixels() + 1)}
    assert ring.color().name() in painted
