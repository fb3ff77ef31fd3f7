"""Every view at a projector's sizes: it fits (no widget off-screen, no text cut, nothing on top of
anything), and presentation mode makes the numbers the class reads at least 1.5 times larger.

One window per screen size (`layout_harness.Classroom`, synchronous worker); each view is shown plain,
presenting, and with its lesson and the exercise panel open, and `layout_check.layout_problems` must find
nothing. The sizes measured are the pixel sizes the numbers are painted at.
"""

from __future__ import annotations

import pytest
from layout_check import layout_problems
from layout_harness import Classroom

SIZES = ((1024, 768), (1280, 720))
VIEWS = ("convolution", "steps", "lenet")
LESSON_OF_VIEW = {"convolution": 9, "steps": 6, "lenet": 39}
ENLARGEMENT = 1.5


@pytest.fixture(scope="module", params=SIZES, ids=lambda size: f"{size[0]}x{size[1]}")
def classroom(request):
    """One window per screen size for the whole module (it is closed at the end, not after each test)."""
    from PySide6.QtWidgets import QApplication

    QApplication.instance() or QApplication([])
    room = Classroom(request.param)
    yield room
    room.close()


def class_read_sizes(view) -> dict[str, int]:
    """The pixel sizes of what the class reads in `view`: matrix cells, products, sums, probabilities, the digit."""
    if view.name == "steps":
        return {
            "input cells": view.input_grid.number_pixels(),
            "kernel cells": view.kernel_grid.number_pixels(),
            "output cells": view.output_grid.number_pixels(),
            "products": view.window_grid.number_pixels(),
            "running sum": view.expression_pixels(),
        }
    if view.name == "convolution":
        return {
            "kernel cells": view.kernel_editor.grid.number_pixels(),
            "pinned arithmetic": view.products_panel.text_pixels(),
        }
    return {
        "predicted digit": view.badge.digit_pixels(),
        "probability": view.bars.label_pixels(),
        "how sure": view.badge.caption_pixels(),
    }


def assert_no_larger_text_fits(classroom, what: str) -> None:
    """Presenting, the text size is the largest of `ZOOM_STEPS` whose layout fits (the smallest when none does).

    Entering presentation mode passes over the sizes it predicts cannot fit (a shorter freeze on F11); the size it
    chooses must still be the one trying every size in turn chooses: a pessimistic guess chooses too small, a
    careless one a size that does not fit. Tries each larger size (presentation mode is left after this).
    """
    from PySide6.QtWidgets import QApplication

    from convviz.app.tools.presentation.controller import ZOOM_STEPS

    window, presentation = classroom.window, classroom.window.presentation
    screen = presentation.screen_size()

    def need():
        QApplication.sendPostedEvents()
        return window.minimumSizeHint()

    def fits() -> bool:
        size = need()
        return size.width() <= screen.width() and size.height() <= screen.height()

    chosen = presentation.zoom.factor()
    assert fits() or chosen == ZOOM_STEPS[-1], f"{what}: text size {chosen} needs {need()} on {screen}"
    for larger in [factor for factor in ZOOM_STEPS if factor > chosen]:
        presentation.zoom.apply(window, larger)
        assert not fits(), f"{what}: text size {larger} fits {screen.width()}x{screen.height()}, {chosen} was chosen"


@pytest.mark.parametrize("name", VIEWS)
def test_every_view_fits_plain_and_presenting(classroom, name):
    for presenting in (False, True):
        classroom.close_side_panels()
        classroom.present(presenting)
        classroom.show_view(name)
        problems = layout_problems(classroom.window, classroom.room)
        assert problems == [], f"{name}, presenting={presenting}:\n" + "\n".join(problems)
    assert_no_larger_text_fits(classroom, name)
    classroom.present(False)


@pytest.mark.parametrize("name", VIEWS)
def test_every_view_fits_with_its_lesson_and_the_exercise_panel(classroom, name):
    classroom.close_side_panels()
    classroom.present(False)
    classroom.show_view(name)
    classroom.open_lesson(LESSON_OF_VIEW[name])
    classroom.open_exercises()
    for presenting in (False, True):
        classroom.present(presenting)
        problems = layout_problems(classroom.window, classroom.room)
        assert problems == [], f"{name} with lesson {LESSON_OF_VIEW[name]}, presenting={presenting}:\n" + "\n".join(
            problems)
    classroom.present(False)


@pytest.mark.parametrize("name", VIEWS)
def test_presenting_enlarges_what_the_class_reads_at_the_same_window_size(classroom, name):
    classroom.close_side_panels()
    classroom.present(False)
    view = classroom.show_view(name)
    before = class_read_sizes(view)

    classroom.present(True)
    assert classroom.window.size() == classroom.room  # the same window: only the layout inside changed
    after = class_read_sizes(view)
    classroom.present(False)
    small = {what: (before[what], after[what]) for what in before if after[what] < ENLARGEMENT * before[what]}
    assert not small, f"{name}: not {ENLARGEMENT}× larger when presenting (pixels before, after): {small}"
    assert class_read_sizes(view) == before  # and back exactly



def test_the_kernel_weights_in_the_input_cells_are_readable(classroom):
    """The small weight in the corner of each covered input cell: at least 11 px (it was about 8)."""
    classroom.close_side_panels()
    classroom.present(False)
    view = classroom.show_view("steps")
    assert view.input_grid.subscript_pixels() >= 11


@pytest.mark.parametrize("number", [16, 21, 22, 31, 32, 34, 40, 47, 51, 55])
def test_the_lessons_that_did_not_fit_do(classroom, number):
    """Lesson 16 (a 9×9 input), 21 (colour: the channel blocks), 22 (three channels' arithmetic), 31 (maxout's
    heading), 32 (softmax bars), 34 (a long preset name), 40 (a parameter table), 47 (a second kernel's sentence),
    51 (a batch of 28×28 digits), 55 (depthwise: the RGB strip of three maps)."""
    classroom.close_side_panels()
    classroom.present(False)
    classroom.open_lesson(number)
    for presenting in (False, True):
        classroom.present(presenting)
        problems = layout_problems(classroom.window, classroom.room)
        assert problems == [], f"lesson {number}, presenting={presenting}:\n" + "\n".join(problems)
    assert_no_larger_text_fits(classroom, f"lesson {number}")
    classroom.present(False)


def test_the_softmax_lesson_axis_has_no_scale_prefix(classroom):
    """Lesson 32 labels its percent axis "probability", never "probability (x0.001)"."""
    import pyqtgraph as pg

    classroom.close_side_panels()
    classroom.open_lesson(32)
    panel = classroom.window.lessons.panel()
    axes = [item for plot in panel.findChildren(pg.PlotWidget) if plot.isVisible()  # not a left lesson's, hidden
            for item in plot.scene().items()
            if isinstance(item, pg.AxisItem) and item.orientation == "left"]
    labels = [axis.labelString() for axis in axes if axis.label.isVisible()]
    assert labels and all("probability" in text and "x0." not in text and "×" not in text for text in labels)


def test_the_lenet_colour_bars_labels_stand_apart(classroom):
    """Each map's colour bar is short on a projector: its numbers stand apart ("2.0 1.5 1.0 0.5 0" overlapped)."""
    classroom.close_side_panels()
    for presenting in (False, True):
        classroom.present(presenting)
        view = classroom.show_view("lenet")
        crowded = {stage: round(grid.bar_tick_spacing(), 1) for stage, grid in view.layers.grids.items()
                   if grid.bar_tick_spacing() < 0}
        assert not crowded, f"presenting={presenting}: labels overlapping by (px) {crowded}"
    classroom.present(False)


def test_the_rgb_channel_maps_are_never_slivers(classroom):
    """The strip of the three channel maps shows where each map gets room beside its colour bar, else steps aside
    (its maps were ~20 px slivers, or nothing at all beside a zoomed bar)."""
    shown = 0
    for lesson_beside in (True, False):
        classroom.close_side_panels()
        classroom.open_lesson(55)
        if not lesson_beside:
            classroom.close_side_panels()
        for presenting in (False, True):
            classroom.present(presenting)
            view = classroom.window.views["convolution"]
            assert min(view.conv_panel.map_size()) >= 50  # the map that stands for the strip: no sliver (they were ~20)
            if view.channel_strip.isVisible():
                shown += 1
                sizes = [panel.map_size() for panel in view.channel_strip.panels]
                assert all(width >= 60 and height >= 40 for width, height in sizes), (presenting, sizes)
    classroom.present(False)
    assert shown, "the strip never had room: nothing was checked"


def test_presenting_leaves_the_lesson_text_its_size_and_the_view_its_room(classroom):
    """Presenting, the lesson column keeps its share and its text size (it took a third of the width in huge type,
    cut off at the bottom): the view's numbers grow, the lesson reads as before and scrolls if long."""
    from PySide6.QtGui import QFontInfo

    classroom.close_side_panels()
    classroom.present(False)
    classroom.open_lesson(16)
    tools = classroom.window.lessons
    label = tools.panel().explanation_label

    def measure():
        return tools.panel_dock().width(), QFontInfo(label.font()).pixelSize()

    width, pixels = measure()
    classroom.present(True)
    presenting_width, presenting_pixels = measure()
    classroom.present(False)
    assert presenting_pixels == pixels
    assert presenting_width <= max(width, 0.32 * classroom.room.width()) + 2


def test_a_teachers_own_lesson_fits_beside_the_exercise_panel(classroom, tmp_path):
    """A lesson file of the teacher's own, with a long explanation, and the exercise panel: nothing clipped."""
    import json

    path = tmp_path / "my_lesson.json"
    path.write_text(json.dumps({
        "schema": 1, "id": "teachers-own-edge", "number": 1, "title": "Our own vertical edge, drawn on the board",
        "view": "steps",
        "explanation": "The kernel subtracts the left column from the right, so the output is large where the "
                       "picture gets brighter going right. " * 4,
        "input": {"matrix": [[0, 0, 9, 9, 9], [0, 0, 9, 9, 9], [0, 0, 9, 9, 9], [0, 0, 9, 9, 9]]},
        "kernels": [{"matrix": [[-1, 1], [-1, 1]]}],
    }), encoding="utf-8")
    classroom.close_side_panels()
    classroom.present(False)
    classroom.open_lesson_file(path, "steps")
    assert classroom.window.lessons.loader.current.lesson.id == "teachers-own-edge"
    classroom.open_exercises()
    for presenting in (False, True):
        classroom.present(presenting)
        problems = layout_problems(classroom.window, classroom.room)
        assert problems == [], f"own lesson, presenting={presenting}:\n" + "\n".join(problems)
    classroom.present(False)


def test_the_presentation_help_line_is_never_cut(classroom):
    """The keys said in the status bar on entering presentation mode fit its line (cut mid-word at 1024 pixels)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QWidget

    classroom.close_side_panels()
    classroom.present(False)
    classroom.show_view("steps")
    classroom.present(True)
    bar = classroom.window.statusBar()
    message = bar.currentMessage()
    beside = sum(child.width() for child in bar.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
                 if child.isVisible())
    classroom.present(False)
    assert "Space" in message and "Esc" in message
    assert bar.fontMetrics().horizontalAdvance(message) <= bar.width() - beside


@pytest.mark.parametrize("page", range(3), ids=("inspect", "edit-filters", "parameters"))
def test_the_lenet_inspector_pages_fit(classroom, page):
    """LeNet's inspector (a map beside its filter and input; the filter editor; the parameter tables) fits too:
    detail titles were cut ("input (1x28x28"), a table's footnote lay over its Total row."""
    classroom.close_side_panels()
    classroom.present(False)
    view = classroom.show_view("lenet")
    for presenting in (False, True):
        classroom.present(presenting)
        if not view.is_wide():  # a narrow window: the inspector is the second column's other tab
            view.columns.setCurrentWidget(view.tabs)
        view.tabs.setCurrentIndex(page)
        classroom.settle()
        problems = layout_problems(classroom.window, classroom.room)
        assert problems == [], f"LeNet inspector page {page}, presenting={presenting}:\n" + "\n".join(problems)
    view.tabs.setCurrentIndex(0)
    if not view.is_wide():
        view.columns.setCurrentIndex(0)
    classroom.present(False)


@pytest.mark.parametrize("name", VIEWS)
def test_presenting_on_a_smaller_screen_chooses_the_largest_text_that_fits(classroom, name):
    """On a screen three quarters of the projector's, where presentation mode chooses smaller text (the Convolution
    view 1.35 at 960x540; LeNet 1.0, with 1.35 and 1.25 passed over by prediction), it is still the largest that
    fits."""
    from PySide6.QtCore import QSize

    classroom.close_side_panels()
    classroom.present(False)
    classroom.show_view(name)
    presentation = classroom.window.presentation
    projector = presentation.screen_size
    smaller = QSize(classroom.room.width() * 3 // 4, classroom.room.height() * 3 // 4)
    presentation.screen_size = lambda: QSize(smaller)
    try:
        presentation.set_active(True)
        classroom.settle()  # as every other case is checked: the maps redrawn at their new size need less height
        assert_no_larger_text_fits(classroom, f"{name} on {smaller.width()}x{smaller.height()}")
    finally:
        presentation.screen_size = projector
        classroom.present(False)
