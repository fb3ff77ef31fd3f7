"""MatrixGrid: typing numbers into cells, refusing text, moving with the keyboard, marks."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication

from convviz.app.widgets.cell_text import format_number, parse_number
from convviz.app.widgets.matrix_grid import MatrixGrid

KERNEL = np.array([[-1.0, 0.0, 1.0]] * 3)


@pytest.fixture
def grid(qtbot):
    widget = MatrixGrid(KERNEL, editable=True)
    qtbot.addWidget(widget)
    widget.resize(300, 300)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _double_click(qtbot, grid, row, col):
    """A double click that ends with the button up (Qt 6's mouseDClick on a widget leaves it pressed)."""
    pos = grid.cell_rect(row, col).center()
    qtbot.mouseDClick(grid, Qt.MouseButton.LeftButton, pos=pos)
    qtbot.mouseRelease(grid, Qt.MouseButton.LeftButton, pos=pos)
    assert QGuiApplication.mouseButtons() == Qt.MouseButton.NoButton


def _type_into(qtbot, grid, row, col, text):
    _double_click(qtbot, grid, row, col)
    assert grid.is_editing()
    editor = grid.editor()
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def test_double_click_and_type_edits_one_cell(qtbot, grid):
    with qtbot.waitSignal(grid.edited) as edited, qtbot.waitSignal(grid.matrix_changed) as changed:
        _type_into(qtbot, grid, 1, 1, "2.5")
    assert edited.args == [1, 1, 2.5]
    expected = KERNEL.copy()
    expected[1, 1] = 2.5
    np.testing.assert_array_equal(changed.args[0], expected)
    np.testing.assert_array_equal(grid.matrix(), expected)
    assert grid.text_at(1, 1) == "2.5" and not grid.is_editing()


def test_text_that_is_not_a_number_is_refused_and_old_value_stays(qtbot, grid):
    edits = []
    grid.edited.connect(lambda *args: edits.append(args))
    with qtbot.waitSignal(grid.rejected) as refused:
        _type_into(qtbot, grid, 0, 2, "abc")
    assert "“abc” is not a number" in refused.args[0] and "keeps 1" in refused.args[0]
    assert grid.value(0, 2) == 1.0 and edits == []
    with qtbot.waitSignal(grid.rejected):
        _type_into(qtbot, grid, 0, 2, "inf")
    assert grid.value(0, 2) == 1.0


def test_typing_on_a_selected_cell_starts_editing_and_tab_moves_on(qtbot, grid):
    grid.setFocus()
    qtbot.mouseClick(grid, Qt.MouseButton.LeftButton, pos=grid.cell_rect(0, 0).center())
    assert grid.current_cell() == (0, 0)
    qtbot.keyClick(grid, Qt.Key.Key_4)
    assert grid.is_editing()
    qtbot.keyClick(grid.editor(), Qt.Key.Key_Tab)
    assert grid.value(0, 0) == 4.0 and grid.current_cell() == (0, 1)
    qtbot.keyClick(grid, Qt.Key.Key_Minus)  # the first key opens the editor, the rest go into it
    qtbot.keyClicks(grid.editor(), "7")
    qtbot.keyClick(grid.editor(), Qt.Key.Key_Down)
    assert grid.value(0, 1) == -7.0 and grid.current_cell() == (1, 1)
    qtbot.keyClick(grid, Qt.Key.Key_Right)
    qtbot.keyClick(grid, Qt.Key.Key_Down)
    assert grid.current_cell() == (2, 2)
    qtbot.keyClick(grid, Qt.Key.Key_Right)  # stays inside at the edge
    assert grid.current_cell() == (2, 2)


def test_escape_cancels_and_read_only_grid_never_edits(qtbot, grid):
    grid.setFocus()
    qtbot.keyClick(grid, Qt.Key.Key_9)
    qtbot.keyClick(grid.editor(), Qt.Key.Key_Escape)
    assert not grid.is_editing() and grid.value(0, 0) == -1.0
    grid.set_editable(False)
    _double_click(qtbot, grid, 1, 1)
    qtbot.keyClick(grid, Qt.Key.Key_5)
    assert not grid.is_editing() and grid.value(1, 1) == 0.0


def test_highlights_padding_subscripts_and_hidden_cells_paint(qtbot, grid):
    grid.set_matrix(np.pad(np.arange(16.0).reshape(4, 4), 1))
    mask = np.ones((6, 6), bool)
    mask[1:-1, 1:-1] = False
    grid.set_padding_mask(mask)
    window = [(r, c) for r in range(3) for c in range(3)]
    grid.set_highlight(window, "window")
    grid.set_subscripts({cell: KERNEL[cell] for cell in window})
    grid.set_hidden([(5, 5)], "?")
    assert grid.highlighted("window") == frozenset(window)
    assert grid.text_at(0, 0) == "0" and grid.text_at(1, 1) == "0" and grid.text_at(2, 2) == "5"
    assert grid.subscript_at(1, 0) == "\u22121" and grid.text_at(5, 5) == "?"
    image = grid.grab().toImage()
    orange = QColor("#E69F00")
    on_outline = _pixel(image, grid.cell_rect(1, 0).left() + 2, grid.cell_rect(1, 0).center().y())
    assert abs(on_outline.red() - orange.red()) < 40 and abs(on_outline.blue() - orange.blue()) < 40
    plain = _pixel(image, grid.cell_rect(4, 4).left() + 4, grid.cell_rect(4, 4).top() + 4)
    assert plain == QColor("white")
    grid.clear_highlight("window")
    assert grid.highlighted("window") == frozenset()
    with pytest.raises(ValueError):
        grid.set_highlight([(0, 0)], "not-a-role")
    with pytest.raises(ValueError):
        grid.set_padding_mask(np.zeros((2, 2), bool))


def test_heat_map_colours_signed_values_and_cells_grow_with_the_widget(qtbot, grid):
    grid.set_matrix(np.array([[-4.0, 0.0, 4.0]]))
    grid.set_color_scale("diverging")
    image = grid.grab().toImage()
    negative = _pixel(image, grid.cell_rect(0, 0).left() + 5, grid.cell_rect(0, 0).top() + 5)
    positive = _pixel(image, grid.cell_rect(0, 2).left() + 5, grid.cell_rect(0, 2).top() + 5)
    assert negative.blue() > negative.red() + 50 and positive.red() > positive.blue() + 50
    grid.resize(120, 60)
    small = grid.cell_size()
    grid.resize(240, 120)
    assert grid.cell_size() > small
    assert grid.cell_rect(0, 2).right() < 240


def _pixel(image, x, y):
    """Colour at widget coordinates (x, y), whatever the device pixel ratio."""
    ratio = image.devicePixelRatio()
    return image.pixelColor(int(x * ratio), int(y * ratio))


@pytest.mark.parametrize(
    ("value", "text"),
    [(3.0, "3"), (-1.0, "\u22121"), (0.5, "0.5"), (1 / 9, "0.111"), (12.345, "12.3"), (-0.0, "0"), (123.4, "123")],
)
def test_numbers_are_written_compactly(value, text):
    assert format_number(value) == text


@pytest.mark.parametrize(("text", "value"), [("2", 2.0), ("\u22121", -1.0), ("0,5", 0.5), ("1/9", 1 / 9), (" -3 ", -3.0)])
def test_numbers_are_read_as_people_type_them(text, value):
    assert parse_number(text) == pytest.approx(value)


@pytest.mark.parametrize("text", ["abc", "", "nan", "1/0", "1e999", "2x"])
def test_non_numbers_are_refused_with_a_sentence(text):
    with pytest.raises(ValueError, match="number"):
        parse_number(text)
