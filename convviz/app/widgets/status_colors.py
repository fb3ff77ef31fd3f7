"""Coloured text that reads in every theme: green for right, orange for wrong, red for an error, blue for a total.

A colour picked for a white window (the dark Okabe–Ito green #00734F, say)
has a contrast of under 3:1 on the Dark theme's near-black window, so each
role has a light-window and a dark-window shade, both at least 4.5:1 on
their windows. `status_color(role)` gives the shade for the palette on
screen; `set_status_style(widget, role)` sets a widget's style sheet with it
and sets it again when the theme changes (a plain hex colour in a style
sheet would stay what it was). Plain text colours belong in style sheets as
`palette(window-text)` / `palette(placeholder-text)` instead; these roles
are for colours that mean something.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QWidget

from convviz.app.widgets.ui_zoom import unzoomed_sheet

STATUS_COLORS: dict[str, tuple[str, str]] = {  # role: (on a light window, on a dark window)
    "right": ("#00734F", "#4CC38A"),  # a correct answer
    "wrong": ("#B34700", "#FF9E5E"),  # a wrong answer, or settings that give nothing
    "error": ("#B3261E", "#FF8A80"),  # something refused or failed
    "total": ("#0072B2", "#56B4E9"),  # the sum a step adds up to (Okabe–Ito blue / sky blue)
    "winner": ("#9A6200", "#E69F00"),  # the predicted digit: Okabe–Ito orange, darkened on a light window
}


def is_dark(palette: QPalette | None = None) -> bool:
    """True when the window colour is dark (text must then be light)."""
    palette = palette if palette is not None else QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def status_color(role: str, palette: QPalette | None = None) -> str:
    """The "#RRGGBB" of `role` (a key of STATUS_COLORS) for the theme on screen."""
    if role not in STATUS_COLORS:
        raise ValueError(f"unknown status colour {role!r}; choose one of {', '.join(STATUS_COLORS)}")
    light, dark = STATUS_COLORS[role]
    return dark if is_dark(palette) else light


_THEME_EVENTS = (QEvent.Type.PaletteChange, QEvent.Type.Show)


class _StatusStyle(QObject):
    """Keeps a widget's status colour right for the theme: re-sets its style sheet after a palette change.

    The new sheet is set from the event loop, never inside the palette event: that event is often sent
    from within the widget's own `setStyleSheet` (a theme switch sets every sheet again), and a sheet
    replaced while Qt is still applying the old one crashes.
    """

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.setObjectName("statusStyle")
        self._widget = widget
        self.role: str | None = None
        self.extra = ""
        self._sheet: str | None = None
        self._pending = False
        widget.installEventFilter(self)

    def sheet(self) -> str:
        color = f"color: {status_color(self.role)}; " if self.role else ""
        return (color + self.extra).strip()

    def apply(self) -> None:
        self._sheet = self.sheet()
        if unzoomed_sheet(self._widget) != self._sheet:
            self._widget.setStyleSheet(self._sheet)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt name
        # Qt tells a shown widget of a new application palette with PaletteChange; a hidden one catches up when shown
        if event.type() in _THEME_EVENTS and watched is self._widget and not self._pending:
            if self._sheet is not None and self.sheet() != self._sheet:
                self._pending = True
                QTimer.singleShot(0, self, self._follow_theme)
        return False

    def _follow_theme(self) -> None:
        self._pending = False
        if unzoomed_sheet(self._widget) == self._sheet:  # nobody else has set a sheet since: follow the theme
            self.apply()


def set_status_style(widget: QWidget, role: str | None, extra: str = "") -> None:
    """Colour `widget`'s text for `role` (None: no colour) plus `extra` CSS, and keep it right across themes."""
    follower = widget.findChild(_StatusStyle, "statusStyle", Qt.FindChildOption.FindDirectChildrenOnly)
    if follower is None:
        follower = _StatusStyle(widget)
    follower.role, follower.extra = role, extra
    follower.apply()
