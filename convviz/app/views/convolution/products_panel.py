"""The arithmetic of one pinned output pixel: every product, the sum, then activation and pooling.

It is a readout the class reads whole: it takes the height its text needs at its
width (the maps above give way, down to their minimum; only a very long sum
scrolls), and its text follows the window's font, so presentation mode enlarges it.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import QFrame, QSplitter, QTextBrowser, QVBoxLayout, QWidget

from convviz.core import ACTIVATIONS, format_number
from convviz.i18n import tr
from convviz.state.conventions import cell_name
from convviz.state.convolution_run import PinnedArithmetic

HINT = (
    "Click a pixel of the convolution map to pin it: its receptive field lights up on the "
    "input and its arithmetic appears here."
)
CHANNEL_COLORS = {"R": "#D55E00", "G": "#009E73", "B": "#0072B2"}
TEXT_SCALE = 1.2  # of the window's text: the numbers are what this panel is for

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
        self._fitting = False
        self._room_pending = False
        self._need = 0
        self._set_text_size()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text)
        self.show_hint()

    def text_pixels(self) -> int:
        """The pixel size of the arithmetic's text (what the class reads)."""
        from PySide6.QtGui import QFontInfo

        return QFontInfo(self.text.font()).pixelSize()

    def show_hint(self, text: str = HINT) -> None:
        # no grey in the HTML: rich text cannot follow the theme, so muted parts are set apart by italics
        self._set_html(f"<p><i>{html.escape(text)}</i></p>")

    def show_arithmetic(self, pinned: PinnedArithmetic) -> None:
        row, col = pinned.cell
        parts = [
            f"<p><b>Output pixel ({cell_name(row, col)})</b>"
            " <i>— the orange cells on the input are the ones it reads (pink: padding).</i></p>"
        ]
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
                f"<p style='font-family:monospace'><b>sum of channels:</b> {totals}"
                f" = <b>{format_number(summed)}</b></p>"
            )
        if pinned.factor:  # the decks' "±1, then /9": whole products first, the factor after the sum
            summed = sum(t for _, _, t in pinned.lines)
            parts.append(
                f"<p style='font-family:monospace'>{_factor(summed)} × {html.escape(pinned.factor)}"
                f" = <b>{format_number(pinned.total)}</b></p>"
            )
        label = ACTIVATIONS[pinned.activation].label
        after = (
            f"{label}({format_number(pinned.total)}) = <b>{format_number(pinned.activated)}</b>"
            if pinned.activation != "none" else f"no activation: <b>{format_number(pinned.activated)}</b>"
        )
        pooled = (
            f" &nbsp;→&nbsp; goes into pooled cell ({cell_name(*pinned.pooled_cell)})"
            if pinned.pooled_cell is not None else ""
        )
        parts.append(f"<p>then {after}{pooled}</p>")
        self._set_html("".join(parts))

    def plain_text(self) -> str:
        return self.text.toPlainText()

    # ------------------------------------------------------------------ size
    def _set_html(self, text: str) -> None:
        self.text.setHtml(text)
        self._fit_height()

    def _set_text_size(self) -> None:
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * TEXT_SCALE)
        self.text.setFont(font)

    def _fit_height(self) -> None:
        """Give the text the height it needs at the panel's width: the maps above give way, down to their
        own minimum (the splitter between them moves); only a sum longer than that room (a 9x9 or 11x11
        kernel in a 1024x768 window) scrolls. The window itself never grows for it."""
        if self._fitting:
            return
        self._fitting = True
        try:
            document = self.text.document()
            document.setTextWidth(max(self.text.viewport().width(), 40))
            need = int(document.size().height() + 2 * self.text.frameWidth() + 2)
            floor = min(need, 4 * self.text.fontMetrics().lineSpacing() + 2 * self.text.frameWidth())
            if self.text.minimumHeight() != floor:
                self.text.setMinimumHeight(floor)
            self._need = need
            if not self._room_pending:  # after the splitter's own resize is done (inside it, it would undo ours)
                self._room_pending = True
                QTimer.singleShot(0, self, self._make_room)  # dropped if the panel is deleted first
            scrolls = need > self.text.height() and self.text.height() > 0
            self.text.setVerticalScrollBarPolicy(
                Qt.ScrollBarPolicy.ScrollBarAsNeeded if scrolls else Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        finally:
            self._fitting = False

    def _make_room(self) -> None:
        """Move the nearest vertical splitter above this panel so the text gets the height it needs,
        taking from or giving back to the splitter's other parts, never below their minimum."""
        self._room_pending = False
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
        self._fit_height()  # the scroll bar only where the room was not enough

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt name
        super().resizeEvent(event)
        self._fit_height()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt name
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._set_text_size()  # presentation mode zoomed the window's text: this grows with it
            self._fit_height()


def _factor(value: float) -> str:
    text = format_number(value)
    return f"({text})" if text.startswith("\u2212") else text
