"""Floating model panels are reachable from the keyboard (issue 16).

On a narrow window the model panels float as windows of their own, so Tab,
which stays inside one window, never enters them. F6 (Model ▸ Go to the
floating panel) moves the focus into the first floating panel, on to the next,
and from the last back to the main window.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from convviz.app.tools.model.menu import PANEL_FOCUS_KEY


def press(qtbot, key) -> None:
    """A key press where a person's goes: to the widget with the focus."""
    target = QApplication.focusWidget()
    assert target is not None, "nothing has the keyboard focus"
    qtbot.keyClick(target, key)


def narrow_lenet(qtbot, make_window):
    window = make_window(start_view="lenet", size=(1024, 768))
    qtbot.waitUntil(lambda: window.view_is_settled("lenet") and window.model_tools is not None, timeout=60000)
    window.first_start.dismiss()
    window.activateWindow()
    view = window.views["lenet"]
    view.setFocus()
    view.focusNextChild()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None and window.isAncestorOf(QApplication.focusWidget()))
    return window


def focus_in(dock) -> bool:
    focus = QApplication.focusWidget()
    return focus is not None and dock.isAncestorOf(focus)


def test_f6_goes_into_each_floating_panel_and_back(qtbot, make_window):
    window = narrow_lenet(qtbot, make_window)
    tools = window.model_tools
    assert tools.panel_focus_action.shortcut().toString() == PANEL_FOCUS_KEY
    tools.show_training()
    tools.show_units()
    training, units = tools.docks["training"], tools.docks["units"]
    qtbot.waitUntil(lambda: training.isVisible() and units.isVisible())
    assert training.isFloating() and units.isFloating(), "the window is narrow: the panels float"
    assert tools.floating_panels() == [training, units]
    window.activateWindow()
    window.views["lenet"].setFocus()

    press(qtbot, Qt.Key.Key_F6)
    qtbot.waitUntil(lambda: focus_in(training))
    first = QApplication.focusWidget()
    press(qtbot, Qt.Key.Key_Tab)  # inside the panel, Tab walks its controls
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not first)
    assert focus_in(training)

    press(qtbot, Qt.Key.Key_F6)
    qtbot.waitUntil(lambda: focus_in(units))

    press(qtbot, Qt.Key.Key_F6)  # from the last panel back to the main window's view
    qtbot.waitUntil(lambda: window.views["lenet"].isAncestorOf(QApplication.focusWidget() or window))
    assert not focus_in(training) and not focus_in(units)


def test_f6_without_a_floating_panel_says_where_the_panels_are(qtbot, make_window):
    window = narrow_lenet(qtbot, make_window)
    before = QApplication.focusWidget()
    window.model_tools.panel_focus_action.trigger()
    assert window.statusBar().currentMessage().startswith("No model panel is floating")
    assert QApplication.focusWidget() is before


def test_the_guide_names_the_key(qtbot, make_window):
    window = narrow_lenet(qtbot, make_window)
    from PySide6.QtWidgets import QTextBrowser

    dialog = window.show_guide()
    text = dialog.findChild(QTextBrowser).toPlainText()
    dialog.close()
    assert "F6" in text and "Floating panels" in text
