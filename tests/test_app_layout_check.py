"""The layout checker itself: it passes a sound layout and names each fault of a deliberately broken one."""

from __future__ import annotations

import pytest
from layout_check import layout_problems
from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from convviz.app.widgets.elided_combo import ElidedComboBox
from convviz.app.widgets.elided_label import ElidedLabel
from convviz.app.widgets.layout_marks import allow_scrolling, mark_overlay

LONG = "A sentence far too long for the little room it is given on this screen"


@pytest.fixture
def window(qtbot):
    top = QWidget()
    qtbot.addWidget(top)
    top.resize(400, 300)
    return top


def _show(qtbot, window):
    window.show()
    qtbot.waitExposed(window)
    return window


def test_a_sound_layout_has_no_problems(qtbot, window):
    layout = QVBoxLayout(window)
    layout.addWidget(QLabel("Short"))
    wrapped = QLabel(LONG)
    wrapped.setWordWrap(True)
    layout.addWidget(wrapped)
    layout.addWidget(QPushButton("OK"))
    elided = ElidedLabel(LONG)
    layout.addWidget(elided)
    _show(qtbot, window)
    assert layout_problems(window, QSize(400, 300)) == []


def test_a_window_larger_than_the_screen_is_too_big(qtbot, window):
    _show(qtbot, window)
    problems = layout_problems(window, QSize(320, 240))
    assert any(p.startswith("too big: the window is 400×300") for p in problems), problems


def test_a_label_narrower_than_its_text_is_clipped(qtbot, window):
    label = QLabel(LONG, window)
    label.setGeometry(10, 10, 80, 30)
    _show(qtbot, window)
    assert any(p.startswith("clipped text: QLabel") for p in layout_problems(window)), layout_problems(window)


def test_a_wrapped_label_shorter_than_its_lines_is_clipped(qtbot, window):
    label = QLabel(LONG, window)
    label.setWordWrap(True)
    label.setGeometry(10, 10, 120, 20)  # one line's height for several lines
    _show(qtbot, window)
    assert any("px of height" in p for p in layout_problems(window)), layout_problems(window)


def test_a_button_narrower_than_its_text_is_clipped(qtbot, window):
    button = QPushButton("Confusion matrix", window)
    button.setGeometry(10, 10, 50, 30)
    _show(qtbot, window)
    assert any(p.startswith("clipped text: QPushButton") for p in layout_problems(window))


def test_an_elided_label_is_fine_only_with_its_whole_text_in_the_tooltip(qtbot, window):
    label = ElidedLabel(LONG, window)
    label.setGeometry(10, 10, 80, 30)
    _show(qtbot, window)
    assert label.is_elided() and LONG in label.toolTip()
    assert layout_problems(window) == []
    QLabel.setToolTip(label, "")  # what a careless label would do
    assert any("tooltip lacks" in p for p in layout_problems(window))


def test_a_combo_box_narrower_than_its_choice_is_clipped_unless_it_elides_with_a_tooltip(qtbot, window):
    plain = QComboBox(window)
    plain.addItem(LONG)
    plain.setGeometry(10, 10, 120, 30)
    elided = ElidedComboBox(window)
    elided.addItems(["short", LONG])
    elided.setCurrentIndex(1)
    elided.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)  # as settings do
    elided.setMinimumContentsLength(8)
    elided.setGeometry(10, 60, 120, 30)
    _show(qtbot, window)
    problems = layout_problems(window)
    assert [p for p in problems if p.startswith("clipped text: QComboBox in QWidget shows")], problems
    assert not [p for p in problems if "ElidedComboBox" in p], problems
    assert elided.is_elided() and LONG in elided.toolTip() and elided.elided_text().endswith("…")
    elided.setCurrentIndex(0)  # a choice that fits: nothing shortened, no tooltip needed
    assert not elided.is_elided() and elided.toolTip() == ""
    elided.setCurrentIndex(1)
    QComboBox.setToolTip(elided, "")  # what a careless box would do
    assert any("tooltip lacks the whole choice" in p for p in layout_problems(window))


def test_a_widget_reaching_outside_its_parent_is_off_screen(qtbot, window):
    child = QWidget(window)
    child.setGeometry(300, 250, 200, 100)
    _show(qtbot, window)
    assert any(p.startswith("off-screen: QWidget in QWidget at 300,250") for p in layout_problems(window)), layout_problems(window)


def test_siblings_on_top_of_each_other_overlap_unless_one_is_an_overlay(qtbot, window):
    first, second = QWidget(window), QWidget(window)
    first.setGeometry(0, 0, 200, 200)
    second.setGeometry(100, 100, 200, 150)
    _show(qtbot, window)
    assert any(p.startswith("overlap: QWidget") and "100×100" in p for p in layout_problems(window))
    mark_overlay(second)
    assert layout_problems(window) == []


def test_a_squeezed_spin_box_is_found(qtbot, window):
    spin = QSpinBox(window)
    spin.setRange(0, 10**8)
    spin.setGeometry(0, 0, 20, 10)
    _show(qtbot, window)
    assert any(p.startswith("squeezed: QSpinBox") for p in layout_problems(window))


def test_a_readout_that_scrolls_is_found_and_a_settings_column_may_scroll_up_and_down(qtbot, window):
    readout = QTextBrowser()
    readout.setPlainText("\n".join(f"line {n}" for n in range(60)))
    column = QScrollArea()
    tall = QWidget()
    tall.setMinimumSize(100, 2000)
    column.setWidget(tall)
    row = QHBoxLayout(window)
    row.addWidget(readout)
    row.addWidget(column)
    _show(qtbot, window)
    problems = layout_problems(window)
    assert any(p.startswith("scroll bar: QTextBrowser") for p in problems), problems
    assert any(p.startswith("scroll bar: QScrollArea") for p in problems), problems
    allow_scrolling(column)
    problems = layout_problems(window)
    assert not any(p.startswith("scroll bar: QScrollArea") for p in problems), problems
    assert any(p.startswith("scroll bar: QTextBrowser") for p in problems)


def test_text_in_a_plot_cut_by_its_edge_is_clipped(qtbot, window):
    import pyqtgraph as pg

    plot = pg.PlotWidget(window)
    plot.setGeometry(0, 0, 300, 200)
    plot.setYRange(0, 1.0, padding=0)
    plot.setXRange(0, 1.0, padding=0)
    plot.disableAutoRange()
    label = pg.TextItem("100%", anchor=(0.5, 1.0))
    plot.addItem(label)
    label.setPos(0.5, 0.5)
    _show(qtbot, window)
    qtbot.wait(20)  # the plot lays out its view box after the first paint
    assert not any("'100%'" in p for p in layout_problems(window)), layout_problems(window)
    label.setPos(0.5, 1.02)  # its box above the top of the plot
    qtbot.wait(10)
    assert any("'100%'" in p for p in layout_problems(window)), layout_problems(window)


def test_a_column_narrower_than_its_content_is_cut_off(qtbot, window):
    from convviz.app.widgets.column_scroll import ColumnScroll

    content = QWidget()
    QHBoxLayout(content).addWidget(QPushButton("A button with a long text on it"))
    column = ColumnScroll(content)
    QHBoxLayout(window).addWidget(column)
    _show(qtbot, window)
    assert layout_problems(window) == []
    column.setMaximumWidth(80)  # what a layout squeezing the column would do
    qtbot.wait(10)
    assert any("the right side is cut off" in p for p in layout_problems(window)), layout_problems(window)
