"""The decks' conventions on screen: one colour language in grids, maps and exported frames; cells
counted from 1 and said so; the decks' output-size formula; a kernel's factor written apart (× 1/9).

The colours are compared with what the computing half gives (`convviz.state.colors`) and with the
exported animation's frames for the same data, never with hand-typed RGB values.
"""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageSequence
from PySide6.QtCore import QSettings

from convviz.app.main_window import GUIDE_HTML, MainWindow
from convviz.state import colors
from convviz.state.conventions import COUNTING_NOTE, SIZE_FORMULA
from convviz.state.steps import build_steps

ALL_POSITIVE = np.arange(1, 26, dtype=np.float64).reshape(5, 5)  # ∗ ones: every output > 0


@pytest.fixture
def window(qtbot, worker, tmp_path):
    main = MainWindow(worker, settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat),
                      start_view="steps")
    qtbot.addWidget(main)
    main.resize(1400, 900)
    main.show()
    qtbot.waitExposed(main)
    qtbot.waitUntil(lambda: main._libraries_ready, timeout=30000)
    main.build_view("steps")
    main.show_view("steps")
    return main


def grid_colours(grid) -> np.ndarray:
    rows, cols = grid.shape()
    return np.array([[grid.cell_color(r, c) for c in range(cols)] for r in range(rows)])


def cell_fill(picture: Image.Image, box) -> tuple[int, int, int]:
    """A cell's fill in a frame: a pixel near its top-left corner, clear of the grid line and the number."""
    return picture.getpixel((box[0] + 3, box[1] + 3))[:3]


def test_steps_grids_colour_an_all_positive_output_orange_with_the_tables_colours(qtbot, window):
    view = window.views["steps"]
    view.load_example(ALL_POSITIVE, np.ones((3, 3)))
    view.go_to_step(view.step_count() - 1)
    output = view.built_steps().values.reshape(3, 3)
    assert view.output_grid.color_scale() == "diverging"  # a convolution output: signed by kind
    want = colors.colourise(output, "diverging", colors.levels_for("diverging", output))
    assert np.array_equal(grid_colours(view.output_grid), want)
    assert (want[..., 0] > want[..., 2]).all()  # positive: orange, not the old blue
    products = view.built_steps().steps[view.current_step()].products
    assert np.array_equal(grid_colours(view.window_grid),
                          colors.colourise(products, "diverging", colors.levels_for("diverging", products)))
    assert view.kernel_grid.color_scale() == "diverging"
    assert "blue negative" in view.legend_label.text() and COUNTING_NOTE in view.legend_label.text()


def test_the_exported_animation_has_the_views_colours_and_shows_the_kernel(qtbot, window, tmp_path):
    view = window.views["steps"]
    view.load_example(ALL_POSITIVE, np.array([[1.0, -1.0], [2.0, 0.0]]))
    view.go_to_step(view.step_count() - 1)
    path = tmp_path / "steps.png"
    with qtbot.waitSignal(window.exports.animation_finished, timeout=60000) as done:
        window.exports.export_animation("apng", path=path)
    assert done.args == [path]
    with Image.open(path) as animation:
        last = [frame.convert("RGB") for frame in ImageSequence.Iterator(animation)][-1]
    from convviz.export import (
        StepFrames,  # where the frames put each cell, for the very same steps
    )

    built = build_steps(view.state.settings)
    frames = StepFrames(built.steps, cell_px=56)
    rows, cols = built.output_shape
    for r in range(rows):
        for c in range(cols):
            if (r, c) != (rows - 1, cols - 1):  # the current cell is outlined in the frame
                assert cell_fill(last, frames.output_box(0, r, c)) == view.output_grid.cell_color(r, c)
    for r in range(2):
        for c in range(2):
            assert cell_fill(last, frames.kernel_box(0, r, c)) == view.kernel_grid.cell_color(r, c)


def test_lesson_16_shows_whole_cells_and_the_factor_apart(qtbot, window):
    tools = window.lessons
    qtbot.waitUntil(lambda: len(tools.loader.lessons) > 40, timeout=60000)
    with qtbot.waitSignal(tools.loader.opened, timeout=30000):
        tools.menu.lesson_actions[16].trigger()
    view = window.views["steps"]
    assert view.kernel_grid.matrix().tolist() == [[1, -1, -1], [-1, 1, -1], [-1, -1, 1]]
    assert view.scale_label.isVisible() and view.scale_label.text() == "× 1/9"
    text = view.expression_label.text()
    assert "= 7 <b" in text and "× 1/9 = 0.7778" in text  # the whole sum, then the factor
    assert view.output_grid.text_at(0, 0) == "0.778" and view.window_grid.text_at(0, 0) == "−1"
    assert "⌊(9 + 2·0 − 3) / 1⌋ + 1 = 7" in view.formula_label.text()
    assert "output row 1, column 1" in view.step_label.text()


def test_lesson_17_kernels_show_whole_cells_in_the_editor_and_the_panel(qtbot, window):
    tools = window.lessons
    qtbot.waitUntil(lambda: len(tools.loader.lessons) > 40, timeout=60000)
    with qtbot.waitSignal(tools.loader.opened, timeout=30000):
        tools.menu.lesson_actions[17].trigger()
    view = window.views["convolution"]
    qtbot.waitUntil(lambda: view.is_settled(), timeout=20000)
    editor = view.kernel_editor
    assert editor.grid.matrix().tolist() == [[1, -1, -1], [-1, 1, -1], [-1, -1, 1]]
    assert editor.scale_label.text() == "× 1/9" and not editor.scale_label.isHidden()
    assert view.current_maps().conv.values[1, 1] == pytest.approx(1.0)  # 9 × 1/9: a perfect match
    from convviz.app.tools.lessons.content import FilterOutputContent

    panel = window.lessons.panel()
    content = panel.content if isinstance(panel.content, FilterOutputContent) \
        else panel.content.findChild(FilterOutputContent)
    assert "× 1/9" in content.kernel_grid.title() and content.kernel_grid.matrix()[0, 0] == 1


def test_convolution_maps_colour_by_kind_and_count_from_one(qtbot, window):
    view = window.build_view("convolution")
    window.show_view("convolution")
    qtbot.waitUntil(lambda: view.current_maps() is not None and view.is_settled(), timeout=20000)
    view.settings.apply_preset("box_blur")
    view.settings.activation = "relu"
    qtbot.waitUntil(lambda: view.is_settled() and view.current_maps().request.kernel[0, 0] == np.float32(1 / 9),
                    timeout=20000)
    conv = view.conv_panel.current_map()
    assert conv.values.min() >= 0 and conv.scale == "diverging"  # a blur is still a convolution output
    lut = view.conv_panel._image.lut
    assert np.array_equal(np.asarray(lut)[:, :3], colors.lookup_table("diverging"))
    assert view.activation_panel.current_map().scale == "sequential"
    assert view.export_maps()["Feature map"][1] == conv.scale
    assert COUNTING_NOTE in view.conv_panel.readout()
    view.pin(0, 0)
    qtbot.waitUntil(lambda: "Output pixel (row 1, column 1)" in view.products_panel.plain_text(), timeout=5000)
    assert "× 1/9 = " in view.products_panel.plain_text()  # the whole products first, then the factor


def test_the_window_settings_show_the_decks_formula_and_the_dilated_form(qtbot, window):
    view = window.build_view("convolution")
    window.show_view("convolution")
    qtbot.waitUntil(lambda: view.current_maps() is not None and view.is_settled(), timeout=20000)
    panel = view.window_settings
    assert SIZE_FORMULA in panel.formula_explained.text() and "dilated" not in panel.height_formula.text()
    view.settings.dilation = (2, 2)
    assert "dilated form" in panel.height_formula.text() and "with f = 2·(3 − 1) + 1 = 5" in panel.height_formula.text()
    assert "⌊(n + 2p − d·(f − 1) − 1) / s⌋ + 1" in panel.formula_explained.text()


def test_the_guide_explains_the_conventions():
    for words in ("cannot be negative", "counted from 1", "⌊(n + 2p − f) / s⌋ + 1", "× 1/9", "never the only clue"):
        assert words in GUIDE_HTML


def test_the_lenet_map_grids_count_from_one_too(qtbot):
    from PySide6.QtTest import QTest

    from convviz.app.widgets.map_grid import MapGrid

    grid = MapGrid("maps", scale="diverging")
    qtbot.addWidget(grid)
    grid.resize(400, 300)
    grid.show()
    qtbot.waitExposed(grid)
    grid.set_maps(np.arange(2 * 4 * 4, dtype=np.float32).reshape(2, 4, 4))
    QTest.mouseMove(grid.graphics_widget().viewport(), grid.pixel_in_widget(1, 0.5, 2.5).toPoint())
    qtbot.waitUntil(lambda: "row 1, column 3" in grid.readout(), timeout=2000)
    assert "+18.000" in grid.readout()  # tile 2, row 1, column 3 (0-based [1, 0, 2])
