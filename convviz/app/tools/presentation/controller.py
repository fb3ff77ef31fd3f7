"""Presentation mode: full screen, large text, keyboard control and a pointer, for teaching at a projector.

F11 (View ▸ Presentation mode) switches it on and off; Escape also leaves.
While it is on, keys work whatever has the focus (except a text field being
typed in):

- Space play/pause, ←/→ one step, Home/End first/last, + / − speed: they
  drive the current view's `player` (a `StepPlayer`, as the Steps view has);
- a presenter remote's Page Down / Page Up go forward / back as slides with
  animations do: one step of the player while there is one to take, then
  (at the last or first step, or in a view without steps) `page_requested(±1)`,
  which the lessons menu turns into the next / previous lesson;
- B or . blank the screen to black, as PowerPoint does; B, . or Esc (or a
  click) bring the picture back, and other keys do nothing meanwhile, so a
  stray press never changes what is behind the black (also View ▸ Blank the
  screen, at any time);
- 0…9 emit `number_pressed(digit)`: the lessons menu connects it to pick a
  lesson;
- P shows or hides the pointer highlight (also View ▸ Pointer highlight, at
  any time).

Text grows by `FONT_ZOOM` (`UiZoom`), or by less when the larger layout would
not fit on the screen, and comes back exactly on leaving.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QKeyEvent, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from convviz.app.tools.presentation.pointer_highlight import PointerHighlight
from convviz.app.widgets.ui_zoom import UiZoom
from convviz.i18n import tr, tr_noop

FONT_ZOOM = 1.5
_CLOSE, _RESIZE, _LAYOUT_REQUEST = QEvent.Type.Close, QEvent.Type.Resize, QEvent.Type.LayoutRequest
_KEY_KINDS = frozenset({QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress})
ZOOM_STEPS = (FONT_ZOOM, 1.35, 1.25, 1.15, 1.0)  # the largest whose layout fits the screen is used
POINTER_SHORTCUT = "Ctrl+Shift+P"
HELP_TEXT = tr_noop(
    "Presentation mode: Space play/pause · ←/→ step · PgDn/PgUp step, then next/previous lesson · "
    "+/− speed · digits pick a lesson · B blank · P pointer · F11 or Esc to leave"
)
SHORT_HELP_TEXT = "Presentation mode: Space play/pause · ←/→ step · B blank · P pointer · Esc to leave"

_PLAYER_KEYS = {
    Qt.Key.Key_Space: "toggle",
    Qt.Key.Key_Right: "step_forward",
    Qt.Key.Key_Left: "step_back",
    Qt.Key.Key_Home: "first",
    Qt.Key.Key_End: "last",
    Qt.Key.Key_Plus: "faster",
    Qt.Key.Key_Equal: "faster",
    Qt.Key.Key_Minus: "slower",
    Qt.Key.Key_Underscore: "slower",
}
_PAGE_KEYS = {Qt.Key.Key_PageDown: +1, Qt.Key.Key_PageUp: -1}  # what presenter remotes send
_BLANK_KEYS = (Qt.Key.Key_B, Qt.Key.Key_Period)  # PowerPoint's "black screen" keys
_DIGITS = {getattr(Qt.Key, f"Key_{n}"): n for n in range(10)}
_TYPING_WIDGETS = (QLineEdit, QAbstractSpinBox, QTextEdit, QPlainTextEdit)


class BlankScreen(QWidget):
    """Black over the whole window (menus included) while the teacher talks; a click brings the picture back."""

    clicked = Signal()

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor("#000000"))
        self.setPalette(palette)
        self.setAutoFillBackground(True)
        self.setCursor(Qt.CursorShape.BlankCursor)
        self.hide()

    def cover(self) -> None:
        self.setGeometry(self.parentWidget().rect())
        self.show()
        self.raise_()

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt name
        self.clicked.emit()
        event.accept()


class PresentationController(QObject):
    """Presentation mode and the pointer highlight of one main window (see the module docstring)."""

    toggled = Signal(bool)  # presentation mode on / off
    number_pressed = Signal(int)  # a digit key 0…9 in presentation mode: pick lesson n
    page_requested = Signal(int)  # Page Down (+1) / Up (-1) with no step left to take: next / previous lesson
    pointer_toggled = Signal(bool)
    blank_toggled = Signal(bool)

    def __init__(self, window: QMainWindow, action: QAction | None = None) -> None:
        super().__init__(window)
        self._window = window
        self._active = False
        self._was_maximized = False
        self._stage: QSize | None = None  # present in a window of this size, not full screen (headless)
        self.blank = BlankScreen(window)
        self.blank.clicked.connect(lambda: self.set_blank(False))
        self.blank_action = QAction(tr("&Blank the screen") + "\tB", window)  # B works while presenting (see _handle_key)
        self.blank_action.setCheckable(True)
        self.blank_action.setToolTip(tr("Black screen while you talk, as in PowerPoint: B or . while presenting; "
                                        "B, . , Esc or a click bring the picture back"))
        self.blank_action.toggled.connect(self.set_blank)
        self.zoom = UiZoom(self)
        self.pointer = PointerHighlight(window)
        self.action = action if action is not None else QAction(window)
        self.action.setText(tr("&Presentation mode"))
        self.action.setCheckable(True)
        self.action.setShortcut(QKeySequence(Qt.Key.Key_F11))
        self.action.setToolTip(tr("Full screen, large text, keyboard control: {keys}").format(
            keys=tr(HELP_TEXT).split(":", 1)[-1].strip()))
        self.pointer_action = QAction(tr("Pointer &highlight"), window)
        self.pointer_action.setCheckable(True)
        self.pointer_action.setShortcut(QKeySequence(POINTER_SHORTCUT))
        self.pointer_action.setToolTip(tr("A large circle follows the mouse so the class sees where you point (P)"))
        self.pointer_action.toggled.connect(self.set_pointer_visible)
        window.addAction(self.pointer_action)
        self._refit = QTimer(self, singleShot=True, interval=0, timeout=self._shrink_if_needed)
        self._hearing_keys = False  # the application's events pass through here only while keys matter
        window.installEventFilter(self)

    # ---------------------------------------------------------------- public
    def is_active(self) -> bool:
        return self._active

    def toggle(self) -> None:
        self.set_active(not self._active)

    def set_active(self, active: bool) -> None:
        """Enter or leave presentation mode: full screen, large text, keyboard control."""
        active = bool(active)
        if active == self._active:
            self.action.setChecked(active)
            return
        self._active = active
        window = self._window
        if active:
            self._was_maximized = window.isMaximized()
            window.set_presenting(True)  # secondary controls step aside before the text grows
            if self._stage is not None:
                window.resize(self._stage)
            else:
                window.showFullScreen()
            self.fit_text(ZOOM_STEPS)
            self._say(self._help_that_fits())
        else:
            self.set_blank(False)
            self.zoom.restore()
            window.set_presenting(False)
            window.showMaximized() if self._was_maximized else window.showNormal()
            self._say(tr("Presentation mode off."))
        self.action.setChecked(active)
        self._hear_keys()
        self.toggled.emit(active)

    def extend(self, widget: QWidget) -> None:
        """A view built while presenting gets the large text too (smaller for all if it would not fit)."""
        if not self.zoom.is_active():
            return
        self.zoom.extend(widget)
        if not self._fits():
            self.fit_text([f for f in ZOOM_STEPS if f < self.zoom.factor()])

    def fit_text(self, factors=ZOOM_STEPS) -> float:
        """Zoom by the first of `factors` (largest first) whose layout fits on the screen, else by the last (it
        overflows least); returns it.

        Each try re-fonts the whole window and lays it out again (the freeze on pressing F11), so a try that does
        not fit also rules out the factors it shows cannot fit: a layout's need grows less than in proportion to
        its text (margins, pictures and spacing stay), so a factor whose proportional share of the failed try's
        need is already over the screen is passed over. The choice is the one trying every factor in turn makes
        (tests/test_app_projector.py checks that no larger factor fits), in fewer tries.
        """
        left = list(factors)
        while left:
            factor = left.pop(0)
            self.zoom.apply(self._window, factor)
            need = self._need()
            if self._room_for(need):
                break
            if len(left) > 1:  # the last stays: it is the one used when nothing fits
                room = self.screen_size()
                left = [f for f in left[:-1] if _may_fit(need, factor, f, room)] + left[-1:]
        screen = self._window.screen()
        if self._stage is not None:
            self._window.resize(self._stage)  # shrink back if a larger try had grown it
        elif self._window.isFullScreen() and screen is not None:
            self._window.setGeometry(screen.geometry())  # shrink back if a larger try had grown it
        return self.zoom.factor()

    def _shrink_if_needed(self) -> None:
        """Still presenting and the layout no longer fits the screen: the next smaller text that fits (never larger
        again until presentation mode is entered anew: the picture does not jump while the lecturer clicks on)."""
        if self._active and self.zoom.is_active() and not self._fits():
            smaller = [f for f in ZOOM_STEPS if f < self.zoom.factor()]
            if smaller:
                self.fit_text(smaller)

    def _fits(self) -> bool:
        return self._room_for(self._need())

    def _need(self) -> QSize:
        """The size the window's layout needs now."""
        QApplication.sendPostedEvents()  # font changes reach every widget first
        return self._window.minimumSizeHint()

    def _room_for(self, need: QSize) -> bool:
        room = self.screen_size()
        return room is None or (need.width() <= room.width() and need.height() <= room.height())

    def screen_size(self) -> QSize | None:
        """The size of the screen the window is shown full screen on (the projector)."""
        if self._stage is not None:
            return QSize(self._stage)
        screen = self._window.screen()
        return None if screen is None else screen.geometry().size()

    def present_at(self, size: QSize | None) -> None:
        """Present in a window of `size` instead of full screen: what a projector of that size shows.

        For headless screenshots (`convviz --screenshot --present --size WxH`),
        where there is no real screen to fill. None goes back to full screen.
        """
        self._stage = None if size is None else QSize(size)

    def is_blank(self) -> bool:
        return self.blank.isVisible()

    def set_blank(self, blank: bool) -> None:
        """Black out the window (B or . while presenting), or bring the picture back."""
        blank = bool(blank)
        if blank != self.is_blank():
            self.blank.cover() if blank else self.blank.hide()
            self._hear_keys()
            self.blank_toggled.emit(blank)
        if self.blank_action.isChecked() != blank:
            self.blank_action.setChecked(blank)

    def page(self, direction: int) -> None:
        """Page Down (+1) / Up (-1): the next step of the view's player, else the next lesson (`page_requested`)."""
        player = self._current_player()
        if player is not None:
            position, count = player.position(), player.count()
            if (direction > 0 and position < count - 1) or (direction < 0 and 0 < position < count):
                player.step_forward() if direction > 0 else player.step_back()
                return
        self.page_requested.emit(1 if direction > 0 else -1)

    def set_pointer_visible(self, visible: bool) -> None:
        visible = bool(visible)
        self.pointer.set_enabled(visible)
        if self.pointer_action.isChecked() != visible:
            self.pointer_action.setChecked(visible)
        self.pointer_toggled.emit(visible)

    def pointer_visible(self) -> bool:
        return self.pointer.is_enabled()

    def set_pointer_color(self, color: str) -> None:
        self.pointer.set_color(color)

    def shutdown(self) -> None:
        """Leave presentation mode and stop listening (the window is closing)."""
        if self._active:
            self.set_active(False)
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self._hearing_keys = False

    def _hear_keys(self) -> None:
        """Watch every key of the application while presenting or blank, and nothing otherwise.

        An application-wide filter sees every event of every widget (about 700
        for one tab switch, each a call into Python), so it is there only while
        its keys can do something.
        """
        app = QApplication.instance()
        wanted = self._active or self.is_blank()
        if app is None or wanted == self._hearing_keys:
            return
        if wanted:
            app.installEventFilter(self)
        else:
            app.removeEventFilter(self)
        self._hearing_keys = wanted

    # ---------------------------------------------------------------- keys
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt name
        kind = event.type()
        if watched is self._window:
            if kind == _CLOSE:
                self.shutdown()
            elif kind == _RESIZE and self.is_blank():
                self.blank.cover()
            elif kind == _LAYOUT_REQUEST and self.zoom.is_active():
                self._refit.start()  # a page shown while presenting (a table, a lesson) may need smaller text
        if kind not in _KEY_KINDS:  # every event of the application passes here while presenting: most leave at once
            return False
        if kind == QEvent.Type.ShortcutOverride and self.is_blank() and isinstance(watched, QWidget):
            if watched.window() is self._window:
                event.accept()  # no menu shortcut (H, R, Ctrl+…) acts behind the black: it comes as a key press
                return True
        elif kind == QEvent.Type.KeyPress and self.is_blank() and isinstance(watched, QWidget):
            if watched.window() is self._window:
                if event.key() in (*_BLANK_KEYS, Qt.Key.Key_Escape):
                    self.set_blank(False)
                return True  # nothing changes behind the black
        elif kind == QEvent.Type.KeyPress and self._active and isinstance(watched, QWidget):
            if watched.window() is self._window and self._handle_key(event):
                return True
        return False

    def _handle_key(self, event: QKeyEvent) -> bool:
        """True when the key was a presentation key and was used."""
        focus = QApplication.focusWidget()
        if isinstance(focus, _TYPING_WIDGETS) or (isinstance(focus, QComboBox) and focus.isEditable()):
            return False
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier & ~Qt.KeyboardModifier.ShiftModifier
        if modifiers != Qt.KeyboardModifier.NoModifier:
            return False
        key = event.key()
        if Qt.Key.Key_0 <= key <= Qt.Key.Key_9 and _takes_digit_keys(focus):
            return False  # a panel that labels digits by key (Class digits) keeps them while presenting
        if key == Qt.Key.Key_Escape:
            self.set_active(False)
            return True
        if key == Qt.Key.Key_P:
            self.set_pointer_visible(not self.pointer_visible())
            return True
        if key in _BLANK_KEYS:
            self.set_blank(True)
            return True
        if key in _PAGE_KEYS:
            self.page(_PAGE_KEYS[key])
            return True
        if key in _DIGITS:
            self.number_pressed.emit(_DIGITS[key])
            return True
        method = _PLAYER_KEYS.get(key)
        player = self._current_player()
        if method is None or player is None:
            return False
        getattr(player, method)()
        return True

    def _current_player(self):
        view = self._window.views.get(self._window.current_view_name())
        return None if view is None else view.step_player()

    def _help_that_fits(self) -> str:
        """The keys in one status-bar line: all of them where it is wide enough, the main ones on a projector
        (the whole sentence was cut mid-word at 1024 and 1280 pixels; the action's tooltip keeps it whole)."""
        from PySide6.QtWidgets import QWidget

        bar = self._window.statusBar()
        beside = sum(child.width() for child in bar.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
                     if child.isVisible())
        room = bar.width() - beside - 24
        return HELP_TEXT if bar.fontMetrics().horizontalAdvance(HELP_TEXT) <= room else SHORT_HELP_TEXT

    def _say(self, text: str) -> None:
        self._window.show_message(text)


def _may_fit(need: QSize, tried: float, factor: float, room: QSize | None) -> bool:
    """Whether zooming by `factor` may fit `room`, when `tried` needed `need`: not if `need` scaled in proportion
    (less than the layout will need) is already over it."""
    if room is None:
        return True
    share = factor / tried
    return need.width() * share <= room.width() and need.height() * share <= room.height()


TAKES_DIGIT_KEYS = "convviz_takes_digit_keys"  # a widget property: its keys 0-9 are its own, not lesson numbers


def _takes_digit_keys(widget: QWidget | None) -> bool:
    while widget is not None:
        if widget.property(TAKES_DIGIT_KEYS):
            return True
        widget = widget.parentWidget()
    return False
