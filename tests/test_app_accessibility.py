"""Every control of every view and panel has an accessible name and description for screen readers.

A screen reader reads a control by its accessible name (what it is) and its
description (what it does). Qt finds a name by itself for a button with text
and for a field with a label that names it as its buddy (QFormLayout's row
labels do); every other control needs `setAccessibleName`. The description
is `setAccessibleDescription`, or the tooltip, which Qt reads out as the
description. A combo box's own name must be set (or a buddy label): on Linux
Qt reports its current item as its name, which says what is chosen, not what
is being chosen.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from convviz.app.widgets.drawing_canvas import DrawingCanvas
from convviz.app.widgets.matrix_grid import MatrixGrid

INTERACTIVE = (QAbstractButton, QAbstractSpinBox, QComboBox, QAbstractSlider, QLineEdit, QTextEdit, QPlainTextEdit,
               QTabBar, QAbstractItemView, MatrixGrid, DrawingCanvas)


def _part_of_a_qt_control(widget: QWidget) -> bool:
    """A piece Qt builds inside a control (a spin box's line edit, a combo's list, scroll bars, headers):
    screen readers reach it through the control, which carries the name."""
    if isinstance(widget, (QScrollBar, QHeaderView, QTabWidget)) or widget.objectName().startswith("qt_"):
        return True  # (a tab widget hands its focus to its tab bar, which is checked)
    parent = widget.parentWidget()
    if isinstance(parent, QAbstractScrollArea) and parent.viewport() is widget:
        return True
    while parent is not None:
        if isinstance(parent, (QAbstractSpinBox, QComboBox, QTabBar)) or type(parent).__name__ == "QComboBoxPrivateContainer":
            return True
        parent = parent.parentWidget()
    return False


def accessible_name(widget: QWidget) -> str:
    """The name a screen reader hears, found as Qt finds it (own name, button text, a buddy label)."""
    if widget.accessibleName():
        return widget.accessibleName()
    if isinstance(widget, QAbstractButton):
        return widget.text().replace("&", "").strip()
    if isinstance(widget, QTabBar):  # each tab is read by its own text
        texts = [widget.tabText(i) for i in range(widget.count())]
        return ", ".join(texts) if texts and all(texts) else ""
    parent = widget.parentWidget()
    labels = parent.findChildren(QLabel) if parent is not None else []
    return next((label.text() for label in labels if label.buddy() is widget and label.text()), "")


def accessible_description(widget: QWidget) -> str:
    if isinstance(widget, QTabBar):
        return widget.accessibleDescription() or "tabs"  # Qt reads each tab's own tooltip
    return widget.accessibleDescription() or widget.toolTip()


def controls_without_names(root: QWidget) -> list[str]:
    """Each interactive control under `root` that lacks a name or a description, described for the failure."""
    lacking = []
    for widget in root.findChildren(QWidget):
        takes_tab = bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)  # a Tab stop must say what it is
        if not (isinstance(widget, INTERACTIVE) or takes_tab) or _part_of_a_qt_control(widget):
            continue
        if isinstance(widget, MatrixGrid) and not widget.focusPolicy().value:
            continue  # a display-only grid takes no input
        if isinstance(widget, QTabBar) and widget.count() == 0:
            continue  # one of the spare tab bars QMainWindow keeps for docks: nothing to reach
        missing = [what for what, text in (("name", accessible_name(widget)),
                                            ("description", accessible_description(widget))) if not text]
        if missing:
            chain, parent = [], widget.parentWidget()
            while parent is not None and len(chain) < 3:
                chain.append(type(parent).__name__)
                parent = parent.parentWidget()
            shown = widget.text() if isinstance(widget, (QAbstractButton, QLineEdit)) else ""
            lacking.append(f"{type(widget).__name__} {shown!r} in {'/'.join(chain)}: no {' and no '.join(missing)}")
    return lacking


@pytest.fixture
def full_window(qtbot, make_window):
    """A window with every view built and every panel opened (lesson, exercises, the four model panels)."""
    window = make_window(start_view="lenet", size=(1600, 1000))
    qtbot.waitUntil(lambda: window.view_is_settled("lenet"), timeout=60000)
    for name in ("convolution", "steps"):
        window.build_view(name)
    window.lessons.panel()
    window.lessons.exercises()
    for show in (window.model_tools.show_training, window.model_tools.show_explain,
                 window.model_tools.show_confusion, window.model_tools.show_units):
        show()
    return window


def test_every_control_of_every_view_and_panel_has_a_name_and_a_description(full_window):
    assert full_window.views.keys() == {"convolution", "steps", "lenet"}
    lacking = controls_without_names(full_window)
    assert not lacking, "controls a screen reader cannot name:\n" + "\n".join(lacking)


def test_the_walk_finds_a_control_without_a_name(qtbot):
    """The check itself: an unnamed spin box and a combo named only by its current item are caught."""
    from PySide6.QtWidgets import QSpinBox, QVBoxLayout

    box = QWidget()
    qtbot.addWidget(box)
    layout = QVBoxLayout(box)
    spin, combo, named = QSpinBox(), QComboBox(), QSpinBox()
    combo.addItems(["ReLU", "tanh"])
    named.setAccessibleName("stride")
    named.setToolTip("How far the window jumps")
    for widget in (spin, combo, named):
        layout.addWidget(widget)
    lacking = controls_without_names(box)
    assert len(lacking) == 2 and lacking[0].startswith("QSpinBox") and lacking[1].startswith("QComboBox")
