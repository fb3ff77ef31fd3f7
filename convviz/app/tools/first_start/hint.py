"""A first start shows, once, where the lessons and the Guide are.

A teacher opening convviz for the first time sees three views and no course;
the Lessons menu (every worked example of the decks, one click each) and
Help ▸ Guide are easy to miss. So the very first start lays a small card
under the menu bar, its arrow on the Lessons menu, naming both. It goes away
with "Got it", when the Lessons menu is opened or a lesson starts, and it is
remembered in the settings (shown once, the moment it is shown). A headless
run (`--screenshot`) never shows it and never writes that it was seen.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from convviz.i18n import tr

SEEN_KEY = "hints/first_start_seen"
CARD_STYLE = (
    "QFrame#firstStartHint { background: palette(tooltip-base); border: 2px solid palette(highlight);"
    " border-radius: 8px; }"
    " QFrame#firstStartHint QLabel { color: palette(tooltip-text); background: transparent; }"
)
HINT_HTML = (
    "<b>New here?</b> The <b>Lessons</b> menu: every worked example and concept of the course, opened in the right "
    "view with its explanation (or press Alt and its number).<br>"
    "<b>Help ▸ Guide</b> (F1): how convviz works, in five minutes."
)
CARD_WIDTH = 460
ARROW_AT = 48  # where the arrow sits from the card's left edge, when the window leaves room


def already_seen(settings) -> bool:
    return settings.value(SEEN_KEY, False) in (True, "true", "1", 1)


class FirstStartHint(QFrame):
    """The card under the menu bar (see the module docstring); place it with `follow(window)`."""

    guide_requested = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("firstStartHint")
        self.setStyleSheet(CARD_STYLE)
        self.arrow = QLabel("▲")
        arrow_font = self.arrow.font()
        arrow_font.setPointSizeF(arrow_font.pointSizeF() * 1.4)
        self.arrow.setFont(arrow_font)
        self.arrow.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.text = QLabel(HINT_HTML)
        text_font = self.text.font()
        text_font.setPointSizeF(text_font.pointSizeF() * 1.1)
        self.text.setFont(text_font)
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.guide_button = QPushButton("Open the Guide")
        self.guide_button.setToolTip(tr("How convviz works, in five minutes (F1)"))
        self.guide_button.clicked.connect(self.guide_requested)
        self.guide_button.clicked.connect(self.dismiss)
        self.close_button = QPushButton("Got it")
        self.close_button.setToolTip(tr("Close this hint; it does not come back"))
        self.close_button.setDefault(True)
        self.close_button.clicked.connect(self.dismiss)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.guide_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setSpacing(4)
        layout.addWidget(self.arrow)
        layout.addWidget(self.text)
        layout.addLayout(buttons)
        self.setFixedWidth(CARD_WIDTH)

    def plain_text(self) -> str:
        return self.text.text()

    def point_at(self, x: int) -> None:
        """Put the arrow's tip over `x` (in the card's coordinates)."""
        margins = self.layout().contentsMargins()
        self.arrow.setContentsMargins(max(0, x - margins.left() - self._arrow_width() // 2), 0, 0, 0)

    def arrow_tip_x(self) -> int:
        """Where the arrow's tip is, in the card's coordinates (for tests)."""
        return self.arrow.x() + self.arrow.contentsMargins().left() + self._arrow_width() // 2

    def _arrow_width(self) -> int:
        return self.arrow.fontMetrics().horizontalAdvance(self.arrow.text())

    def dismiss(self) -> None:
        self.hide()
        self.deleteLater()


class FirstStartHints(QObject):
    """Shows the hint on a window's first start and keeps it under the Lessons menu while the window resizes."""

    def __init__(self, window, lessons_menu) -> None:
        super().__init__(window)
        self.window = window
        self.lessons_menu = lessons_menu
        self.card: FirstStartHint | None = None
        if window.leave_no_trace or already_seen(window.settings):
            return
        self.card = FirstStartHint(window)
        self.card.guide_requested.connect(window.show_guide)
        self.card.destroyed.connect(self._forget)
        lessons_menu.aboutToShow.connect(self.dismiss)
        window.settings.setValue(SEEN_KEY, True)  # once: even if convviz is closed with the card on screen
        window.installEventFilter(self)
        self.place()
        self.card.show()
        self.card.raise_()

    def is_showing(self) -> bool:
        return self.card is not None and self.card.isVisible()

    def dismiss(self) -> None:
        if self.card is not None:
            self.card.dismiss()

    def place(self) -> None:
        """Under the menu bar, its arrow below the middle of the Lessons menu."""
        card = self.card
        if card is None:
            return
        bar = self.window.menuBar()
        geometry = bar.actionGeometry(self.lessons_menu.menuAction())
        at = bar.mapTo(self.window, QPoint(geometry.center().x(), geometry.bottom() + 2))
        x = max(4, min(at.x() - ARROW_AT, self.window.width() - card.width() - 4))
        card.point_at(at.x() - x)
        card.resize(card.width(), card.layout().totalHeightForWidth(card.width()))  # wrapped text, no gaps
        card.move(x, at.y())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt name
        if watched is self.window and event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.place()
        return False

    def _forget(self) -> None:
        self.card = None
        self.window.removeEventFilter(self)


def install_first_start_hint(window, lessons_menu) -> FirstStartHints:
    """Show the one-time hint on `window` if this is convviz's first (non-headless) start."""
    return FirstStartHints(window, lessons_menu)
