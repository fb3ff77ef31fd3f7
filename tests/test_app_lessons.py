"""The Lessons menu in a real main window: every lesson shows its true numbers; broken files are refused.

One window serves the all-lessons test (each view is built once and reused).
The true numbers come from `convviz.lessons.compute_lesson` (checked against
torch in test_lessons.py) and the lesson's own `expected` values, never from
the code under test.
"""

from __future__ import annotations

import json

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from convviz.app.tools.lessons.content import ActivationContent, FilterOutputContent, InputContent, TablesContent
from convviz.app.widgets.cell_text import format_number as cell_text
from convviz.app.widgets.parameter_table import COLUMNS
from convviz.core import format_number
from convviz.lessons import builtin_lessons, compute_lesson, lesson_input_array, table_total
from convviz.state.lesson_prepare import GROUPS, lesson_group, prepare_lesson

LESSONS = builtin_lessons()
BY_NUMBER = {lesson.number: lesson for lesson in LESSONS}


@pytest.fixture
def window(qtbot, make_window, worker):
    window = make_window(worker=worker, start_view="steps", size=(1600, 1000))
    tools = window.lessons
    qtbot.waitUntil(lambda: len(tools.loader.lessons) == len(LESSONS), timeout=60000)
    return window


def open_lesson(qtbot, window, number: int):
    """Open built-in lesson `number` the way the menu does, and wait until it is on screen."""
    tools = window.lessons
    with qtbot.waitSignal(tools.loader.opened, timeout=30000) as blocker:
        tools.menu.lesson_actions[number].trigger()
    prepared = blocker.args[0]
    assert prepared.lesson.number == number
    return prepared


def shown_texts(grid) -> list[list[str]]:
    rows, cols = grid.shape()
    return [[grid.text_at(r, c) for c in range(cols)] for r in range(rows)]


def texts_of(values: np.ndarray) -> list[list[str]]:
    """What a matrix cell shows for each value (the grid's own number format)."""
    return [[cell_text(v) for v in row] for row in np.asarray(values, dtype=np.float64)]


def true_output(lesson) -> np.ndarray:
    """compute_lesson, and the file's own expected values where it states them (both must agree)."""
    y = np.asarray(compute_lesson(lesson), dtype=np.float64)
    if lesson.expected is not None and lesson.expected.output is not None:
        np.testing.assert_allclose(y, lesson.expected.output_array(), atol=1e-5)
    return y


def check_steps(qtbot, window, lesson) -> None:
    view = window.views["steps"]
    assert window.current_view_name() == "steps"
    np.testing.assert_array_equal(view.state.settings.image, lesson_input_array(lesson))
    y = true_output(lesson)
    maps = y if view.state.settings.filter_count > 1 else [y]  # a colour lesson's bank: step every filter
    for index, truth in enumerate(maps):
        view.state.update(filter_index=index)
        view.go_to_step(view.step_count() - 1)  # every cell computed
        np.testing.assert_allclose(view.output_matrix(), truth, atol=1e-6)  # the reference sums in float32
        assert shown_texts(view.output_grid) == texts_of(truth)


def check_convolution(qtbot, window, lesson, prepared) -> None:
    view = window.views["convolution"]
    assert window.current_view_name() == "convolution"
    y = true_output(lesson)
    panel = window.lessons.panel()
    if lesson.settings.groups > 1:  # depthwise: one map per channel, the channel buttons pick the one shown
        assert view.settings.groups == lesson.settings.groups
        for channel in range(lesson.settings.groups):
            view.kernel_editor.channel_buttons.button(channel).click()
            qtbot.waitUntil(lambda: (image := view.activation_panel.current_map()) is not None
                            and image.values.shape == y[channel].shape
                            and np.allclose(image.values, y[channel], atol=1e-3), timeout=20000)
        return
    for index in range(prepared.filter_count):
        if index:
            panel.filter_buttons.button(index).click()  # the teacher picks the next filter
        want = y[index] if prepared.filter_count > 1 else y

        def shows_it():
            image = view.activation_panel.current_map()
            return image is not None and image.values.shape == want.shape and np.allclose(image.values, want, atol=1e-3)

        qtbot.waitUntil(shows_it, timeout=20000)
        if max(want.shape) <= 16:  # small maps: the panel shows the numbers too
            grid = panel.content.findChild(FilterOutputContent) if not isinstance(panel.content, FilterOutputContent) \
                else panel.content
            assert shown_texts(grid.grid) == texts_of(want)


def check_concept(window, lesson, prepared) -> None:
    panel = window.lessons.panel()
    content = panel.content
    assert content is not None
    assert not window.lessons.views_visible()  # a concept lesson gets the whole window
    if lesson.tables:
        tables = content if isinstance(content, TablesContent) else content.findChild(TablesContent)
        for spec, widget in zip(lesson.tables, tables.tables):
            total = table_total(spec)
            assert widget.total() == total
            assert widget.cell_text(widget.row_count() - 1, COLUMNS.index("Parameters")) == f"{total:,}"
    elif lesson.settings.activation:
        assert isinstance(content, ActivationContent)
        y = true_output(lesson)
        assert shown_texts(content.output_grid) == texts_of(y.reshape(y.shape[-2:]))
    else:
        assert isinstance(content, InputContent)
        x = lesson_input_array(lesson)
        grids = content.grids
        stack = [x] if x.ndim == 2 else list(x)
        assert [shown_texts(g) for g in grids] == [texts_of(channel) for channel in stack]
        assert f"({', '.join(map(str, x.shape))})" in content.shape_label.text()


@pytest.mark.slow
def test_every_lesson_loads_into_its_view_and_shows_the_true_numbers(qtbot, window):
    panel_checked = 0
    for lesson in LESSONS:
        prepared = open_lesson(qtbot, window, lesson.number)
        panel = window.lessons.panel()
        assert panel.title_label.text() == lesson.title
        assert panel.explanation() == lesson.explanation
        assert window.lessons.panel_dock().isVisible()
        for fix in prepared.fixes:
            assert format_number(fix.true) in panel.slip_text() or f"{int(fix.true):,}" in panel.slip_text()
        if lesson.view == "steps":
            check_steps(qtbot, window, lesson)
        elif lesson.view == "convolution":
            check_convolution(qtbot, window, lesson, prepared)
        elif lesson.view == "lenet":
            assert window.current_view_name() == "lenet"
        else:
            check_concept(window, lesson, prepared)
            panel_checked += 1
    assert panel_checked == sum(1 for lesson in LESSONS if lesson.view == "concept")


def test_menu_lists_every_lesson_in_groups_in_teaching_order(window):
    actions = window.lessons.menu.lesson_actions
    assert sorted(actions) == [lesson.number for lesson in LESSONS]
    groups = [lesson_group(lesson) for lesson in LESSONS]
    assert set(groups) <= set(GROUPS)
    assert actions[6].text().startswith("6 · ")
    submenus = [a.menu() for a in window.lessons.menu.menu.actions() if a.menu() is not None]
    titles = [menu.title().split("  (")[0] for menu in submenus]
    assert titles == [g for g in GROUPS if g in groups]  # teaching order
    assert submenus[0].title() == "Images and tensors  (1–4, 51)"
    for menu in submenus:
        numbers = [int(a.text().split(" · ")[0]) for a in menu.actions()]
        assert numbers == sorted(numbers) and all(lesson_group(BY_NUMBER[n]) == menu.title().split("  (")[0]
                                                   for n in numbers)


def test_the_menu_ranges_name_exactly_each_groups_lessons(window):
    """A group's "(9–22, 26)" lists its own lessons and no other ("Filters on photos (9-38)" held "Pooling (23-25)")."""
    submenus = [a.menu() for a in window.lessons.menu.menu.actions() if a.menu() is not None]
    seen: set[int] = set()
    for menu in submenus:
        numbers = {int(a.text().split(" · ")[0]) for a in menu.actions()}
        listed: set[int] = set()
        for part in menu.title().rsplit("  (", 1)[1].rstrip(")").split(", "):
            first, _, last = part.partition("–")
            listed |= set(range(int(first), int(last or first) + 1))
        assert listed == numbers, menu.title()
        assert not listed & seen, f"{menu.title()} overlaps another group"
        seen |= listed
    assert seen == set(BY_NUMBER)


def test_a_slide_slip_is_shown_with_the_true_value(qtbot, window):
    open_lesson(qtbot, window, 19)
    text = window.lessons.panel().slip_text()
    assert "1.9" in text and "2.1" in text
    view = window.views["steps"]
    view.go_to_step(view.step_count() - 1)
    assert view.output_grid.text_at(1, 0) == "2.1"  # the view shows the true value, never the slide's


def test_lesson_keys_pick_one_and_two_digit_lessons(qtbot, window):
    tools = window.lessons
    with qtbot.waitSignal(tools.loader.opened, timeout=30000) as blocker:
        qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.AltModifier)
        qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.AltModifier)
    assert blocker.args[0].lesson.number == 40
    with qtbot.waitSignal(tools.loader.opened, timeout=30000) as blocker:
        tools.keys.type_digit(1)  # 10-19 exist: waits for a second digit, then opens lesson 1
        assert tools.keys.typed() == "1"
    assert blocker.args[0].lesson.number == 1
    with qtbot.waitSignal(tools.loader.opened, timeout=30000) as blocker:
        tools.keys.type_digit(6)  # no lesson 60-69: opens at once
    assert blocker.args[0].lesson.number == 6


def test_presentation_digits_pick_lessons(qtbot, window):
    presentation = getattr(window, "presentation", None)
    if presentation is None:
        pytest.skip("presentation mode is not in this window")
    with qtbot.waitSignal(window.lessons.loader.opened, timeout=30000) as blocker:
        presentation.number_pressed.emit(2)
        presentation.number_pressed.emit(3)
    assert blocker.args[0].lesson.number == 23


def test_next_and_previous_lesson(qtbot, window):
    open_lesson(qtbot, window, 12)
    panel = window.lessons.panel()
    with qtbot.waitSignal(window.lessons.loader.opened, timeout=30000) as blocker:
        panel.next_button.click()
    assert blocker.args[0].lesson.number == 13
    with qtbot.waitSignal(window.lessons.loader.opened, timeout=30000) as blocker:
        window.lessons.menu.previous_action.trigger()
    assert blocker.args[0].lesson.number == 12


def test_a_concept_lesson_fills_the_window_until_a_view_is_asked_for(qtbot, window):
    open_lesson(qtbot, window, 40)
    tools = window.lessons
    assert not tools.views_visible()
    tools.panel().views_button.click()
    assert tools.views_visible()
    open_lesson(qtbot, window, 32)
    assert not tools.views_visible()
    window.view_actions["steps"].trigger()
    assert tools.views_visible()


def test_a_teachers_own_lesson_file_opens_and_is_remembered(qtbot, window, tmp_path):
    path = tmp_path / "my_edge.json"
    path.write_text(json.dumps({
        "schema": 1, "id": "my-edge-example", "number": 1, "title": "A vertical edge", "view": "steps",
        "explanation": "The kernel subtracts the left column from the right.",
        "input": {"matrix": [[0, 0, 9, 9], [0, 0, 9, 9], [0, 0, 9, 9]]},
        "kernels": [{"matrix": [[-1, 1], [-1, 1]]}],
        "expected": {"output": [[0, 18, 0], [0, 18, 0]]},
    }), encoding="utf-8")
    with qtbot.waitSignal(window.lessons.loader.opened, timeout=30000):
        window.lessons.loader.open_file(path)
    view = window.views["steps"]
    view.go_to_step(view.step_count() - 1)
    assert shown_texts(view.output_grid) == [["0", "18", "0"], ["0", "18", "0"]]
    own = window.lessons.menu.own_menu
    assert own is not None and [a.toolTip() for a in own.actions()] == [str(path)]


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("{ not json", "my_lesson.json"),
        (json.dumps({"schema": 1, "id": "x", "number": 3, "title": "t", "view": "steps", "explanation": "e",
                     "input": {"matrix": [[1, 2], [3]]}, "kernels": [{"matrix": [[1]]}]}), "ragged"),
        (json.dumps({"schema": 1, "id": "x", "number": 3, "title": "t", "view": "steps", "explanation": "e",
                     "input": {"matrix": [[1, 2], [3, 4]]}, "kernels": [{"matrix": [[1]]}],
                     "settings": {"strdie": 2}}), "strdie"),
        (json.dumps({"schema": 1, "id": "x", "number": 3, "title": "t", "view": "steps", "explanation": "e",
                     "input": {"matrix": [[1] * 20] * 20}, "kernels": [{"matrix": [[1]]}]}), "16×16"),
    ],
)
def test_a_broken_lesson_file_is_refused_with_a_message_and_nothing_is_lost(qtbot, window, tmp_path, text, says):
    open_lesson(qtbot, window, 6)
    view = window.views["steps"]
    before = view.state.settings
    path = tmp_path / "my_lesson.json"
    path.write_text(text, encoding="utf-8")
    with qtbot.waitSignal(window.lessons.loader.failed, timeout=30000) as blocker:
        window.lessons.loader.open_file(path)
    box = window.lessons.menu.error_box
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert says in box.text() and "Nothing that was open has changed" in box.text()
    assert says in blocker.args[0]
    assert window.lessons.loader.current.lesson.number == 6
    assert window.lessons.panel().title_label.text() == BY_NUMBER[6].title
    assert view.state.settings is before
    box.close()


BASE = {"schema": 1, "id": "x", "number": 50, "title": "t", "explanation": "e"}
GRID = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]


@pytest.mark.parametrize(
    ("fields", "says"),
    [
        ({"view": "convolution", "input": {"matrix": GRID}, "settings": {"mode": "max"}}, "pooling lesson"),
        ({"view": "convolution", "input": {"channels": [GRID, GRID]}, "kernels": [{"channels": [[[1]], [[1]]]}]},
         "2 input channel"),
        ({"view": "steps", "input": {"channels": [GRID] * 5}, "kernels": [{"channels": [[[1]]] * 5}]},
         "at most 4"),
        ({"view": "steps", "input": {"rgb": [GRID, GRID, GRID]}, "settings": {"mode": "max"}}, "one grid at a time"),
        ({"view": "steps", "input": {"matrix": GRID}, "kernels": [{"matrix": [[1, 0], [0, 1]]}],
          "settings": {"stride": [1, 2]}}, "one stride"),
        ({"view": "steps", "input": {"matrix": GRID}, "kernels": [{"matrix": [[1, 0], [0, 1]]}],
          "settings": {"padding": [1, 9]}}, "padding"),
    ],
)
def test_prepare_refuses_what_a_view_cannot_show(fields, says):
    from convviz.lessons import lesson_from_dict

    with pytest.raises(ValueError, match=says):
        prepare_lesson(lesson_from_dict({**BASE, **fields}))


def test_lesson_panel_screenshots_are_not_blank(qtbot, window, tmp_path):
    for number in (6, 40, 29):
        open_lesson(qtbot, window, number)
        image = window.lessons.panel().grab().toImage()
        assert image.width() > 300 and image.height() > 300
        colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
        assert len(colours) > 20, f"lesson {number}'s panel looks blank"


def test_a_lesson_opened_again_shows_the_content_built_the_first_time_and_only_its_own(qtbot, window):
    """Rebuilding a lesson's plots and tables on every opening stalled the window (the soak's longest stalls after
    a lesson); what was built stays, hidden, for the next `CONTENT_KEPT` lessons, and is let go of after."""
    from convviz.app.tools.lessons.panel import CONTENT_KEPT

    open_lesson(qtbot, window, 27)
    panel = window.lessons.panel()
    leaky = panel.content
    assert isinstance(leaky, ActivationContent) and leaky.isVisible()
    open_lesson(qtbot, window, 28)
    sigmoid = panel.content
    assert sigmoid is not leaky and sigmoid.isVisible() and not leaky.isVisible()
    open_lesson(qtbot, window, 27)
    assert panel.content is leaky and leaky.isVisible() and not sigmoid.isVisible()
    shown = [w for w in panel.findChildren(ActivationContent) if w.isVisible()]
    assert shown == [leaky]
    for number in range(1, CONTENT_KEPT + 3):  # more lessons than are kept: the oldest are let go of
        open_lesson(qtbot, window, number)
    qtbot.waitUntil(lambda: len(panel.findChildren(ActivationContent)) == 0, timeout=5000)
