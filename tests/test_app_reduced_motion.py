"""View ▸ Reduce motion: the steps do not play by themselves, no animation timer runs, Qt's effects are off."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QStatusBar

from convviz.app.tools.accessibility.reduced_motion import (
    QT_EFFECTS,
    SETTINGS_KEY,
    platform_prefers_reduced_motion,
)


def running_timers(window) -> list[QTimer]:
    """Timers that fire again and again (what drives an animation). One-shot timers are deferred work, and
    the status bar's timer only takes an old message away: neither moves anything."""
    return [timer for timer in window.findChildren(QTimer)
            if timer.isActive() and not timer.isSingleShot() and not isinstance(timer.parent(), QStatusBar)]


@pytest.fixture
def steps_window(qtbot, make_window):
    window = make_window(start_view="steps")
    qtbot.waitUntil(lambda: window.view_is_settled("steps") and window.accessibility is not None, timeout=30000)
    view = window.views["steps"]
    view.setFocus()
    return window, view


def test_off_by_default_space_plays_with_a_running_timer(qtbot, steps_window):
    window, view = steps_window
    assert not window.accessibility.reduced_motion.is_on()
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert view.is_playing() and running_timers(window)
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert not view.is_playing() and not running_timers(window)


def test_reduced_motion_stops_autoplay_and_every_animation_timer(qtbot, steps_window):
    window, view = steps_window
    view.play()
    assert view.is_playing()
    action = window.accessibility.reduced_motion.action
    assert action in window.view_menu.actions() and action.isCheckable()
    action.trigger()  # View ▸ Reduce motion
    assert window.accessibility.reduced_motion.is_on()
    assert not view.is_playing(), "switching it on stops a playing sequence"
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Space)
    view.play()  # presentation mode's Space and lessons call this
    assert not view.is_playing() and not running_timers(window)
    assert not view.player.play_button.isEnabled()
    start = view.current_step()
    qtbot.keyClick(view, Qt.Key.Key_Right)  # stepping by hand still works
    assert view.current_step() == start + 1
    assert not any(QApplication.isEffectEnabled(effect) for effect in QT_EFFECTS)
    action.trigger()
    assert not window.accessibility.reduced_motion.is_on()
    assert view.player.play_button.isEnabled()
    view.play()
    assert view.is_playing()
    view.pause()


def test_the_choice_is_kept_for_the_next_start(qtbot, make_window):
    first = make_window(ini="kept.ini", start_view="steps")
    qtbot.waitUntil(lambda: first.view_is_settled("steps") and first.accessibility is not None, timeout=30000)
    first.accessibility.reduced_motion.action.trigger()
    assert first.settings.value(SETTINGS_KEY) in (True, "true")
    first.close()
    second = make_window(ini="kept.ini", start_view="steps")
    qtbot.waitUntil(lambda: second.view_is_settled("steps") and second.accessibility is not None, timeout=30000)
    assert second.accessibility.reduced_motion.is_on()
    assert second.accessibility.reduced_motion.action.isChecked()
    view = second.views["steps"]
    view.play()
    assert not view.is_playing() and not running_timers(second)


def test_closing_the_window_gives_qt_its_effects_back(qtbot, make_window):
    before = {effect: QApplication.isEffectEnabled(effect) for effect in (Qt.UIEffect.UI_General, *QT_EFFECTS)}
    QApplication.setEffectEnabled(Qt.UIEffect.UI_General, True)  # a desktop with animations (offscreen has none)
    QApplication.setEffectEnabled(Qt.UIEffect.UI_AnimateCombo, True)
    try:
        window = make_window(start_view="steps")
        qtbot.waitUntil(lambda: window.view_is_settled("steps") and window.accessibility is not None, timeout=30000)
        window.accessibility.reduced_motion.set_on(True)
        assert not QApplication.isEffectEnabled(Qt.UIEffect.UI_AnimateCombo)
        window.close()
        assert QApplication.isEffectEnabled(Qt.UIEffect.UI_AnimateCombo)
    finally:
        for effect, enabled in before.items():
            QApplication.setEffectEnabled(effect, enabled)


def test_only_a_platform_that_reports_its_animation_switch_turns_it_on_by_itself(qapp):
    assert QApplication.platformName() != "windows"
    assert platform_prefers_reduced_motion() is False


def test_the_loading_bar_of_a_view_not_built_yet_stands_still(qtbot, make_window):
    from PySide6.QtWidgets import QProgressBar

    window = make_window(start_view="steps")
    qtbot.waitUntil(lambda: window.view_is_settled("steps") and window.accessibility is not None, timeout=30000)
    window.accessibility.reduced_motion.set_on(True)
    window.show_view("convolution")  # its tab waits with a busy bar while the view is built, a slice a turn
    busy = [bar for bar in window.tabs.currentWidget().findChildren(QProgressBar)]
    assert busy, "a tab whose view is not built yet shows a loading bar"
    assert all(bar.maximum() == 1 and bar.value() == 0 for bar in busy), "made after reduced motion, still it slid"
    window.accessibility.reduced_motion.set_on(False)
    assert all(bar.maximum() == 0 for bar in busy)
    window.accessibility.reduced_motion.set_on(True)
    assert all(bar.maximum() == 1 and bar.value() == 0 for bar in busy)
