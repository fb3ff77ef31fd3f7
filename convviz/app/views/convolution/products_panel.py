"""The arithmetic of one pinned output pixel: every product, the sum, then activation and pooling.

It is a readout the class reads whole: it takes the height its text needs at its
width (the maps above give way, down to their minimum; only a very long sum
scrolls), and its text follows the window's font, so presentation mode enlarges it.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QFont, QTextDocument
from PySide6.QtWidgets import QFrame, QSplitter, QTextBrowser, QVBoxLayout, QWidget

from convviz.core import ACTIVATIONS, format_number
from convviz.i18n import tr, tr_noop
from convviz.state.conventions import cell_name
from convviz.state.convolution_run import PinnedArithmetic

HINT = tr_noop(
    "Click a pixel of the convolution map to pin it: its receptive field lights up on the "
    "input and its arithmetic appears here."
)
MARKS = tr_noop("The orange cells on the input are the ones it reads (pink: padding).")
CHANNEL_COLORS = {"R": "#D55E00", "G": "#009E73", "B": "#0072B2"}
TEXT_SCALE = 1.2  # of the window's text: the numbers are what this panel is for
SMALLEST_ROOM = 60  # pixels it asks for at least, however full the window
SMALLEST_SHARE = 0.7  # a long arithmetic may shrink to this share of its size before it scrolls
MOST_OF_WINDOW = 0.4  # it asks for at most this share of the window's height; a longer text (RGB, a small
# window) scrolls rather than push the window past the screen

class ProductsPanel(QWidget):
    """Shows `PinnedArithmetic` as text a student can check by hand."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QTextBrowser()
        self.text.setAccessibleName(tr("the products of the clicked pixel"))
        self.text.setAccessibleDescription(tr("The sum behind the output pixel you clicked, term by term"))
        self.text.setOpenLinks(False)
        self.text.setFrameShape(QFrame.Shape.Box)
        self.text.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.text.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.text.setStyleSheet("QTextBrowser { background: palette(base); border: 1px solid palette(mid); }")
        self.text.setMinimumWidth(self.text.minimumSizeHint().width())  # a scroll bar must not widen the window
        # soon, after the splitter's or the window's own layout: a timer each, never QTimer.singleShot(0, self,
        # self.method) - in PySide6 6.11 one still pending when the panel is deleted keeps the bound method, and
        # with it the panel and its window's whole Python side, alive for good (every convolution window leaked so)
        self._room_timer = QTimer(self, singleShot=True, interval=0, timeout=self._make_room)
        self._fit_timer = QTimer(self, singleShot=True, interval=0, timeout=self._fit_height)
        self._need = 0
        # the text laid out again at other sizes, to find the one that fits: made here, once (a clone() per
        # fit was made by Qt, so its Python wrapper outlived it - one leaked object per pinned pixel)
        self._measure = QTextDocument(self)
        self._html = ""  # what the text shows, as set
        self._measured = False  # whether the measuring document holds it
        self._set_text_size()
        self._presenting = False
        self._pinned: PinnedArithmetic | None = None
        self._watched: QWidget | None = None  # the window whose room the text shares
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text)
        self.show_hint()

    def text_pixels(self) -> int:
        """The pixel size of the arithmetic's text (what the class reads)."""
        from PySide6.QtGui import QFontInfo

        return QFontInfo(self.text.font()).pixelSize()

    def set_presenting(self, presenting: bool) -> None:
        """Presenting: the numbers only; the sentence on how to read the input's marks goes to the tooltip (its
        three lines at the larger size pushed the window past a 720-pixel projector)."""
        self._presenting = bool(presenting)
        self.text.setToolTip(tr(MARKS) if self._presenting else "")
        if self._pinned is not None:
            self.show_arithmetic(self._pinned)

    def show_hint(self, text: str | None = None) -> None:
        self._pinned = None
        text = tr(HINT) if text is None else text
        # no grey in the HTML: rich text cannot follow the theme, so muted parts are set apart by italics
        self._set_html(f"<p><i>{html.escape(text)}</i></p>")

    def show_arithmetic(self, pinned: PinnedArithmetic) -> None:
        self._pinned = pinned
        row, col = pinned.cell
        marks = "" if self._presenting else f" <i>— {html.escape(tr(MARKS)[0].lower() + tr(MARKS)[1:])}</i>"
        parts = ["<p><b>" + tr("Output pixel ({cell})").format(cell=cell_name(row, col)) + f"</b>{marks}</p>"]
        for label, expression, total in pinned.lines:
            head = ""
            if label:
                color = CHANNEL_COLORS.get(label)
                head = f"<b style='color:{color}'>{label}:</b> " if color else f"<b>{label}:</b> "
            parts.append(
                f"<p style='font-family:monospace; margin:2px 0'>{head}{html.escape(expression)}</p>"
            )
        if len(pinned.lines) > 1:
            totals = " + ".join(_factor(t) for _, _, t in pinned.lines)
            summed = sum(t for _, _, t in pinned.lines) if pinned.factor else pinned.total
            parts.append(
                f"<p style='font-family:monospace'><b>{tr('sum of channels:')}</b> {totals}"
                f" = <b>{format_number(summed)}</b></p>"
            )
        if pinned.factor:  # the decks' "±1, then /9": whole products first, the factor after the sum
            summed = sum(t for _, _, t in pinned.lines)
            parts.append(
                f"<p style='font-family:monospace'>{_factor(summed)} × {html.escape(pinned.factor)}"
                f" = <b>{format_number(pinned.total)}</b></p>"
            )
        label = tr(ACTIVATIONS[pinned.activation].label)
        after = (
            f"{label}({format_number(pinned.total)}) = <b>{format_number(pinned.activated)}</b>"
            if pinned.activation != "none"
            else tr("no activation: {value}").format(value=f"<b>{format_number(pinned.activated)}</b>")
        )
        pooled = (
            " &nbsp;→&nbsp; " + tr("goes into pooled cell ({cell})").format(cell=cell_name(*pinned.pooled_cell))
            if pinned.pooled_cell is not None else ""
        )
        parts.append("<p>" + tr("then {step}").format(step=after + pooled) + "</p>")
        self._set_html("".join(parts))

    def plain_text(self) -> str:
        return self.text.toPlainText()

    # ------------------------------------------------------------------ size
    def _set_html(self, text: str) -> None:
        if text == self._html and self._measured:
            return  # the same words again (the hint after every kernel edit): already laid out and fitted; a
            # fit asked the splitter for room again and moved the maps, each plot laid out anew
        self.text.setHtml(text)
        self._html, self._measured = text, False
        self._fit_height()

    def _measuring_copy(self) -> QTextDocument:
        """The one measuring document, holding what the text shows now."""
        if not self._measured:  # (not toHtml(): it pins the shown font, and the copy is measured at others)
            shown = self.text.document()
            self._measure.setDefaultStyleSheet(shown.defaultStyleSheet())
            self._measure.setDefaultTextOption(shown.defaultTextOption())
            self._measure.setDocumentMargin(shown.documentMargin())
            self._measure.setHtml(self._html)
            self._measured = True
        return self._measure

    def _set_text_size(self) -> None:
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * TEXT_SCALE)
        self._text_points = font.pointSizeF()
        self.text.setFont(font)

    def _fit_height(self) -> None:
        """Ask for the height the whole text needs at the panel's width; a text too long for its share of the window
        (three colour channels on a projector) gets smaller type first, down to `SMALLEST_SHARE`, then scrolls."""
        width = max(self.text.viewport().width(), 40)
        window = self.window()
        frame = 2 * self.text.frameWidth() + 2
        font = QFont(self.text.font())
        points = self._text_points
        if window is not self:  # and never more than the window has beside everything else's least height
            rest = window.minimumSizeHint().height() - self.text.minimumHeight()
            screen = window.screen().availableGeometry().height() if window.screen() is not None else window.height()
            room = max(min(window.height(), screen) - rest, SMALLEST_ROOM)  # a grown window never counts as room
        while True:
            font.setPointSizeF(points)
            document = self._measuring_copy()
            document.setDefaultFont(font)
            document.setTextWidth(width)
            need = int(document.size().height() + frame)
            full = document.size().height() + frame
            most = min(int(window.height() * MOST_OF_WINDOW), room) if window is not self else need
            if need <= most or points <= self._text_points * SMALLEST_SHARE:
                break
            points = max(points * 0.92, self._text_points * SMALLEST_SHARE)
        if abs(self.text.font().pointSizeF() - points) > 0.01:
            self.text.setFont(font)
        need = min(need, most)
        # It asks the splitter above for that height (the maps give way, down to their minimum) and holds
        # only a few lines as its minimum: a long sum never makes the window taller than it was made.
        floor = min(need, 4 * self.text.fontMetrics().lineSpacing() + frame)
        if self.text.minimumHeight() != floor:
            self.text.setMinimumHeight(floor)
        self._need = need
        if not self._room_timer.isActive():  # after the splitter's own resize is done (inside it, it would undo ours)
            self._room_timer.start()
        scrolls = need > self.text.height() + 1 or full > need + 1
        self.text.setVerticalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAsNeeded if scrolls else Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def _make_room(self) -> None:
        """Move the nearest vertical splitter above this panel so the text gets the height it asked for,
        taking from or giving back to the splitter's other parts, never below their minimum."""
        extra = self._need - self.text.height()
        child, splitter = self, self.parentWidget()
        while splitter is not None and not (
                isinstance(splitter, QSplitter) and splitter.orientation() == Qt.Orientation.Vertical):
            child, splitter = splitter, splitter.parentWidget()
        if splitter is None or extra == 0 or not splitter.isVisible():
            return
        sizes = splitter.sizes()
        mine = splitter.indexOf(child)
        for other in (i for i in range(len(sizes)) if i != mine):
            widget = splitter.widget(other)
            least = max(widget.minimumSizeHint().height(), widget.minimumHeight())
            step = min(extra, max(0, sizes[other] - least)) if extra > 0 else extra
            sizes[other] -= step
            sizes[mine] += step
            extra -= step
            if extra == 0:
                break
        splitter.setSizes(sizes)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt name
        super().resizeEvent(event)
        self._fit_height()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt name
        super().showEvent(event)
        window = self.window()
        if window is not self and window is not self._watched:
            self._watched = window
            window.installEventFilter(self)  # the rest of the window may grow after this text was fitted

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt name
        if watched is self._watched and self.isVisible() and event.type() in (
                QEvent.Type.LayoutRequest, QEvent.Type.Resize):
            if not self._fit_timer.isActive():  # once for a burst of the window's layout requests
                self._fit_timer.start()
        return super().eventFilter(watched, event)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt name
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._set_text_size()  # presentation mode zoomed the window's text: this grows with it
            self._fit_height()


def _factor(value: float) -> str:
    text = format_number(value)
    return f"({text})" if text.startswith("\u2212") else text
