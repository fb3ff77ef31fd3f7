"""Light, dark and high-contrast looks for the whole app; "System" follows the desktop's light or dark.

A theme is a `ThemeColors` (plain hex strings, easy to test) turned into a
`QPalette` for the Fusion style, the one Qt style that draws every widget
from the palette on every platform, so the three looks are the same on
Windows, macOS and Linux. Widgets that want a theme colour in a style sheet
write `palette(window-text)` or `palette(placeholder-text)` (muted text)
rather than a hex value: `ThemeManager` re-polishes every widget after a
switch, so those references pick up the new colours at once.

`ThemeManager` owns the choice ("system", "light", "dark", "high-contrast"),
keeps it in QSettings, follows the desktop's colour scheme while the choice is
"system", and builds the View ▸ Theme menu. `convviz --theme NAME` gives a
choice for one run only: shown and ticked in the menu, never written down
(the saved choice changes only when the person picks a theme from the menu).

Nothing here touches PySide6's `Qt` namespace before the first paint: its
first use builds all of its enums (30-50 ms, a quarter of a bare window's
start). So a fast start (`ThemeManager(guess_scheme=True)`) reads the desktop's
light or dark from the palette Qt gave the application (Fusion's standard
palette and the desktop themes' palettes follow the colour scheme), and
`confirm_scheme()`, right after the first paint, asks for the scheme itself
and switches only where the two disagree.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QEvent, QObject, QSettings, Signal
from PySide6.QtGui import QAction, QActionGroup, QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QMenu, QWidget
from shiboken6 import isValid

from convviz.i18n import tr, tr_noop

if TYPE_CHECKING:
    from PySide6.QtCore import Qt

THEME_CHOICES: tuple[str, ...] = ("system", "light", "dark", "high-contrast")
THEME_LABELS = {"system": tr_noop("&System"), "light": tr_noop("&Light"), "dark": tr_noop("&Dark"),
                "high-contrast": tr_noop("&High contrast")}
SETTINGS_KEY = "view/theme"
STYLE = "Fusion"


class ThemeColors(NamedTuple):
    """The colours of one theme, as "#RRGGBB" (a named tuple: cheaper to define than a dataclass before the
    first paint)."""

    name: str
    window: str
    window_text: str
    base: str
    alternate_base: str
    text: str
    muted: str  # secondary text: hints, units, explanations (QPalette.PlaceholderText)
    button: str
    button_text: str
    highlight: str
    highlighted_text: str
    link: str
    tooltip_base: str
    tooltip_text: str
    light: str
    midlight: str
    mid: str
    dark: str
    shadow: str
    disabled_text: str
    outline: str  # frames of buttons, boxes and fields
    pointer: str  # the presentation pointer highlight


LIGHT = ThemeColors(
    name="light",
    window="#F3F4F6", window_text="#202124", base="#FFFFFF", alternate_base="#F1F3F4", text="#202124",
    muted="#5F6368", button="#E8EAED", button_text="#202124", highlight="#0B63C5", highlighted_text="#FFFFFF",
    link="#0B57D0", tooltip_base="#FFFFFF", tooltip_text="#202124", light="#FFFFFF", midlight="#E8EAED",
    mid="#9AA0A6", dark="#5F6368", shadow="#3C4043", disabled_text="#9AA0A6", outline="#9AA0A6",
    pointer="#E69F00",
)

DARK = ThemeColors(
    name="dark",
    window="#1F2126", window_text="#E8EAED", base="#15171B", alternate_base="#23262C", text="#E8EAED",
    muted="#B0B5BC", button="#2D3037", button_text="#E8EAED", highlight="#3367D6", highlighted_text="#FFFFFF",
    link="#8AB4F8", tooltip_base="#2D3037", tooltip_text="#E8EAED", light="#4A4E57", midlight="#3A3E46",
    mid="#6B7078", dark="#101114", shadow="#000000", disabled_text="#6B7078", outline="#5F6470",
    pointer="#FFB000",
)

# Pure black on pure white, no greys, saturated blue selection: text contrast 21:1. Light, not
# dark, because a projector in a lit room washes dark backgrounds out, and because Fusion draws
# frames a shade darker than the window, which on black would vanish.
HIGH_CONTRAST = ThemeColors(
    name="high-contrast",
    window="#FFFFFF", window_text="#000000", base="#FFFFFF", alternate_base="#F0F0F0", text="#000000",
    muted="#000000", button="#FFFFFF", button_text="#000000", highlight="#0000C8", highlighted_text="#FFFFFF",
    link="#0000C8", tooltip_base="#FFFFFF", tooltip_text="#000000", light="#FFFFFF", midlight="#D0D0D0",
    mid="#5A5A5A", dark="#000000", shadow="#000000", disabled_text="#595959", outline="#000000",
    pointer="#D50000",
)

THEMES: dict[str, ThemeColors] = {colors.name: colors for colors in (LIGHT, DARK, HIGH_CONTRAST)}

_ROLES = {
    "window": QPalette.ColorRole.Window,
    "window_text": QPalette.ColorRole.WindowText,
    "base": QPalette.ColorRole.Base,
    "alternate_base": QPalette.ColorRole.AlternateBase,
    "text": QPalette.ColorRole.Text,
    "muted": QPalette.ColorRole.PlaceholderText,
    "button": QPalette.ColorRole.Button,
    "button_text": QPalette.ColorRole.ButtonText,
    "highlight": QPalette.ColorRole.Highlight,
    "highlighted_text": QPalette.ColorRole.HighlightedText,
    "link": QPalette.ColorRole.Link,
    "tooltip_base": QPalette.ColorRole.ToolTipBase,
    "tooltip_text": QPalette.ColorRole.ToolTipText,
    "light": QPalette.ColorRole.Light,
    "midlight": QPalette.ColorRole.Midlight,
    "mid": QPalette.ColorRole.Mid,
    "dark": QPalette.ColorRole.Dark,
    "shadow": QPalette.ColorRole.Shadow,
}


def check_choice(choice: str) -> str:
    """`choice` if it names a theme, else a ValueError that lists the names."""
    if choice not in THEME_CHOICES:
        raise ValueError(f"unknown theme {choice!r}; choose one of {', '.join(THEME_CHOICES)}")
    return choice


def resolve_theme(choice: str, scheme: Qt.ColorScheme | None = None) -> str:
    """The theme a choice means now: "system" becomes "dark" or "light" after the desktop's scheme."""
    if check_choice(choice) != "system":
        return choice
    if scheme is None:
        scheme = QGuiApplication.styleHints().colorScheme()
    return "dark" if scheme.name == "Dark" else "light"


def palette_looks_dark(palette: QPalette) -> bool:
    """The desktop's light or dark as its palette shows it: dark window, light text."""
    window = palette.color(QPalette.ColorRole.Window).lightness()
    return window < palette.color(QPalette.ColorRole.WindowText).lightness()


def build_palette(colors: ThemeColors) -> QPalette:
    """A complete QPalette (active, inactive and disabled groups) from a theme's colours."""
    palette = QPalette()
    for name in ThemeColors._fields:
        role = _ROLES.get(name)
        if role is not None:
            palette.setColor(role, QColor(getattr(colors, name)))
    palette.setColor(QPalette.ColorRole.BrightText, QColor("#FF5252"))
    palette.setColor(QPalette.ColorRole.LinkVisited, QColor(colors.link))
    palette.setColor(QPalette.ColorRole.Accent, QColor(colors.highlight))
    disabled = QPalette.ColorGroup.Disabled
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(disabled, role, QColor(colors.disabled_text))
    palette.setColor(disabled, QPalette.ColorRole.Highlight, QColor(colors.mid))
    return palette


def reapply_style_sheets(leaving: QWidget | None = None) -> None:
    """Set every widget style sheet again, so that it shows the new palette and application font.

    A widget with a style sheet takes its palette, its `palette(...)`
    colours and its font when the sheet is set, and keeps them; setting it
    again is the documented way to refresh them. (An application style sheet
    would refresh them too, but it also stops widgets from inheriting their
    parents' fonts, so convviz sets none.)

    `leaving`: a window that is closing; its own widgets are about to go and are
    left as they are (a main window holds some hundred sheets, each a re-polish).
    """
    with cycle_collector_paused():
        for widget in QApplication.allWidgets() if leaving is None else _widgets_staying(leaving):
            if not isValid(widget):  # deleted by Qt since the list was taken (a sheet's side effect)
                continue
            sheet = widget.styleSheet()
            if sheet:
                widget.setStyleSheet(sheet)


def _widgets_staying(leaving: QWidget) -> list[QWidget]:
    """Every widget but `leaving` and what it holds (its menus and dialogs too), without wrapping those for Python.

    Every widget has a root without a parent, and every root is a top-level widget: the roots other than
    `leaving`, with all their children, are the widgets that stay. (Call with the cycle collector paused.)
    """
    staying: list[QWidget] = []
    for root in QApplication.topLevelWidgets():
        if root.parentWidget() is None and root is not leaving and isValid(root):
            staying.append(root)
            staying.extend(root.findChildren(QWidget))
    return staying


@contextmanager
def cycle_collector_paused() -> Iterator[None]:
    """Keep Python's cycle collector from running while Qt's raw widget pointers are in Python's hands.

    `QApplication.allWidgets()` (or `topLevelWidgets()`) takes Qt's list of
    pointers first and then makes a Python wrapper for each. Making wrappers
    allocates, allocating can start the cycle collector, and the collector
    may free a window that the last test (or a closed dialog) left in a
    reference cycle: its C++ widget and all its children are deleted while
    their pointers wait in the list to be wrapped, and wrapping a freed
    pointer crashes the process. With the collector paused, the garbage
    simply waits until the loop is done.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


class ThemeManager(QObject):
    """The app's one theme: applies it, remembers it, follows the desktop while the choice is "system"."""

    theme_changed = Signal(str)  # the theme now on screen: "light", "dark" or "high-contrast"

    def __init__(
        self, settings: QSettings | None = None, parent: QObject | None = None, *, for_this_run: str | None = None,
        guess_scheme: bool = False,
    ) -> None:
        """`for_this_run`: a theme to show instead of the saved one, without saving it (ValueError if unknown).

        `guess_scheme`: take the desktop's light or dark from the palette for now, and read the scheme
        itself in `confirm_scheme()` (after the first paint; see the module docstring)."""
        super().__init__(parent)
        if for_this_run is not None:
            check_choice(for_this_run)  # before anything is changed
        app = QApplication.instance()
        if app is None:
            raise RuntimeError("ThemeManager needs a QApplication")
        self._app: QApplication = app
        self._settings = settings
        # app.palette() is a copy already (QPalette(palette) would build the whole Qt namespace: see above)
        self._original = (app.style().name(), app.palette())
        stored = settings.value(SETTINGS_KEY, "system") if settings is not None else "system"
        self._choice = stored if stored in THEME_CHOICES else "system"
        if for_this_run is not None:
            self._choice = for_this_run
        self._current = ""
        # the desktop's scheme, updated when it changes; a guess (True: dark) until `confirm_scheme`
        self._scheme: Qt.ColorScheme | bool = (
            palette_looks_dark(self._original[1]) if guess_scheme else QGuiApplication.styleHints().colorScheme())
        self._restored = False
        self._closing_window: QObject | None = None
        self.actions: dict[str, QAction] = {}
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._on_scheme_changed)
        self._apply()

    # ---------------------------------------------------------------- public
    def choice(self) -> str:
        """What the person chose: "system", "light", "dark" or "high-contrast"."""
        return self._choice

    def current(self) -> str:
        """The theme on screen now (a "system" choice resolved to "light" or "dark")."""
        return self._current

    def colors(self) -> ThemeColors:
        return THEMES[self._current]

    def confirm_scheme(self) -> None:
        """Read the desktop's colour scheme (a fast start guessed it) and follow it if the guess was wrong."""
        if not isinstance(self._scheme, bool) or self._restored:
            return
        self._scheme = QGuiApplication.styleHints().colorScheme()
        if resolve_theme(self._choice, self._scheme) != self._current:  # a right guess costs nothing more
            self._apply()

    def set_choice(self, choice: str) -> None:
        """Switch theme now and remember the choice; an unknown name raises ValueError."""
        check_choice(choice)
        self._choice = choice
        if self._settings is not None:
            self._settings.setValue(SETTINGS_KEY, choice)
        if choice in self.actions:
            self.actions[choice].setChecked(True)
        self._apply()

    def build_menu(self, menu: QMenu) -> QMenu:
        """Add "Theme ▸ System / Light / Dark / High contrast" (radio items) to `menu`."""
        submenu = menu.addMenu(tr("&Theme"))
        group = QActionGroup(submenu)
        group.setExclusive(True)
        for choice in THEME_CHOICES:
            action = submenu.addAction(tr(THEME_LABELS[choice]))
            action.setCheckable(True)
            action.setChecked(choice == self._choice)
            action.setData(choice)
            group.addAction(action)
            action.triggered.connect(lambda _=False, c=choice: self.set_choice(c))
            self.actions[choice] = action
        self.actions["system"].setToolTip(tr("Light or dark, as the desktop is set; follows it when it changes"))
        self.actions["high-contrast"].setToolTip(tr("Pure black on white, no grey text: best on a washed-out projector"))
        return submenu

    def restore_on_close(self, window: QObject) -> None:
        """Give the app its old look back when `window` closes (tests build many windows in one app)."""
        self._closing_window = window
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt name
        if watched is self._closing_window and event.type() == QEvent.Type.Close:
            self.restore_original()
        return False

    def restore_original(self) -> None:
        """Give the application back the style and palette it had before (when the window closes)."""
        if self._restored:
            return
        self._restored = True
        QGuiApplication.styleHints().colorSchemeChanged.disconnect(self._on_scheme_changed)
        style, palette = self._original
        if self._app.style().name().lower() != style.lower():  # a new style object re-polishes every widget
            self._app.setStyle(style)
        self._app.setPalette(palette)
        leaving = self._closing_window
        reapply_style_sheets(leaving=leaving if isinstance(leaving, QWidget) else None)

    # ---------------------------------------------------------------- internals
    def _on_scheme_changed(self, scheme: Qt.ColorScheme) -> None:
        self._scheme = scheme
        if self._choice == "system":
            self._apply()

    def _apply(self) -> None:
        if isinstance(self._scheme, bool):  # the guess of a fast start
            name = self._choice if self._choice != "system" else ("dark" if self._scheme else "light")
        else:
            name = resolve_theme(self._choice, self._scheme)
        colors = THEMES[name]
        restyled = self._app.style().name().lower() != STYLE.lower()
        if restyled:
            self._app.setStyle(STYLE)
        palette = build_palette(colors)
        if restyled or palette != self._app.palette():  # the same colours again: every sheet would be re-set for nothing
            self._app.setPalette(palette)
            reapply_style_sheets()
        changed = name != self._current
        self._current = name
        if changed:
            self.theme_changed.emit(name)
