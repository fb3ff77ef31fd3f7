"""The arithmetic of one pinned output pixel: every product, the sum, then activation and pooling."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from convviz.core import ACTIVATIONS, format_number
from convviz.state.conventions import cell_name
from convviz.state.convolution_run import PinnedArithmetic

HINT = (
    "Click a pixel of the convolution map to pin it: its receptive field lights up on the "
    "input and its arithmetic appears here."
)
CHANNEL_COLORS = {"R": "#D55E00", "G": "#009E73", "B": "#0072B2"}


class ProductsPanel(QWidget):
    """Shows `PinnedArithmetic` as text a student can check by hand."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QTextBrowser()
        self.text.setOpenLinks(False)
        self.text.setStyleSheet("QTextBrowser { background: palette(base); border: 1px solid palette(mid); }")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text)
        self.show_hint()

    def show_hint(self, text: str = HINT) -> None:
        # no grey in the HTML: rich text cannot follow the theme, so muted parts are set apart by italics
        self.text.setHtml(f"<p style='font-size:12pt'><i>{html.escape(text)}</i></p>")

    def show_arithmetic(self, pinned: PinnedArithmetic) -> None:
        row, col = pinned.cell
        parts = [
            f"<p style='font-size:12pt'><b>Output pixel ({cell_name(row, col)})</b>"
            " <i>— the orange cells on the input are the ones it reads (pink: padding).</i></p>"
        ]
        for label, expression, total in pinned.lines:
            head = ""
            if label:
                color = CHANNEL_COLORS.get(label)
                head = f"<b style='color:{color}'>{label}:</b> " if color else f"<b>{label}:</b> "
            parts.append(
                f"<p style='font-family:monospace; font-size:12pt; margin:2px 0'>{head}{html.escape(expression)}</p>"
            )
        if len(pinned.lines) > 1:
            totals = " + ".join(_factor(t) for _, _, t in pinned.lines)
            summed = sum(t for _, _, t in pinned.lines) if pinned.factor else pinned.total
            parts.append(
                f"<p style='font-family:monospace; font-size:12pt'><b>sum of channels:</b> {totals}"
                f" = <b>{format_number(summed)}</b></p>"
            )
        if pinned.factor:  # the decks' "±1, then /9": whole products first, the factor after the sum
            summed = sum(t for _, _, t in pinned.lines)
            parts.append(
                f"<p style='font-family:monospace; font-size:12pt'>{_factor(summed)} × {html.escape(pinned.factor)}"
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
        parts.append(f"<p style='font-size:12pt'>then {after}{pooled}</p>")
        self.text.setHtml("".join(parts))

    def plain_text(self) -> str:
        return self.text.toPlainText()


def _factor(value: float) -> str:
    text = format_number(value)
    return f"({text})" if text.startswith("\u2212") else text
