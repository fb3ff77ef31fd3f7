"""Long use: what the window holds does not grow with what was done in it (benchmarks/bench_soak.py measures it)."""

from __future__ import annotations

import gc

from app_helpers import wait_for_new_maps


def _alive(type_name: str) -> int:
    gc.collect()
    return sum(type(o).__name__ == type_name for o in gc.get_objects())


def test_fitting_the_pinned_sum_leaves_no_document_behind(qtbot, convolution_view):
    """Each fit of the products text measured a clone() of its document: Qt made the clone, so its Python
    wrapper outlived it (one object per pinned pixel, kernel edit or resize, for the whole session)."""
    panel = convolution_view.products_panel
    panel.show_hint("warm")
    before = _alive("QTextDocument")
    for i in range(40):
        panel.show_hint(f"hint {i}: " + "a long sentence that wraps " * (i % 5))
        panel.resize(300 + 10 * i, panel.height())
    assert _alive("QTextDocument") == before
    assert "hint 39" in panel.plain_text()


def test_a_long_text_still_shrinks_to_fit_with_the_reused_measuring_document(qtbot, convolution_view):
    panel = convolution_view.products_panel
    size = panel.text.font().pointSizeF()
    panel.show_hint("short")
    qtbot.waitUntil(lambda: abs(panel.text.font().pointSizeF() - size) < 0.01, timeout=3000)
    panel.show_hint("a very long arithmetic line " * 400)  # far more than the room the window gives
    qtbot.waitUntil(lambda: panel.text.font().pointSizeF() < size - 0.01, timeout=3000)


def test_back_in_grey_the_channel_strip_lets_go_of_its_three_maps(qtbot, convolution_view):
    view = convolution_view
    maps = wait_for_new_maps(qtbot, view, lambda: view.input_picker.rgb_button.click())
    assert len(maps.channels) == 3
    strip = view.channel_strip
    assert all(panel.current_map() is not None for panel in strip.panels)
    maps = wait_for_new_maps(qtbot, view, lambda: view.input_picker.gray_button.click())
    assert maps.channels == () or not maps.channels
    assert all(panel.current_map() is None for panel in strip.panels)
    assert all(panel.shown_pictures() == (None, None) for panel in strip.panels)
    maps = wait_for_new_maps(qtbot, view, lambda: view.input_picker.rgb_button.click())  # and shows them again
    assert [panel.current_map() for panel in strip.panels] == list(maps.channels)


def test_the_same_hint_again_is_not_laid_out_again(qtbot, convolution_view):
    """Every kernel edit set the hint again: the text laid out, fitted, and the splitter asked for room, which
    moved the maps and laid every plot out anew."""
    panel = convolution_view.products_panel
    panel.show_hint()
    set_html = []
    original = panel.text.setHtml
    panel.text.setHtml = lambda text: (set_html.append(text), original(text))
    panel.show_hint()
    assert set_html == []
    panel.show_hint("another sentence")
    assert len(set_html) == 1 and "another sentence" in panel.plain_text()
