"""The PyTorch call that computes the same map, and the proof that it does."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QPlainTextEdit, QVBoxLayout, QWidget

from convviz.app.widgets.elided_label import ElidedLabel
from convviz.app.widgets.layout_marks import allow_scrolling
from convviz.app.widgets.status_colors import set_status_style
from convviz.core import format_number
from convviz.i18n import tr
from convviz.state.convolution_run import TorchCheck

TOLERANCE = 1e-4  # float32 sums in a different order differ by rounding only


class TorchPanel(QWidget):
    """Code for `F.conv2d` with the current settings and the largest difference from convviz's map."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.code = QPlainTextEdit(readOnly=True)
        self.code.setAccessibleName(tr("PyTorch code"))
        self.code.setAccessibleDescription(tr("The same computation written with F.conv2d, to read or copy"))
        mono = QFont("monospace")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        self.code.setFont(mono)
        self.code.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.code.setStyleSheet("QPlainTextEdit { background: palette(alternate-base); border: 1px solid palette(mid); }")
        allow_scrolling(self.code)  # the code is for reading up close: it may scroll, the verdict stays in view
        self.verdict = ElidedLabel()  # one line (its whole sentence in the tooltip)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.code, 1)
        layout.addWidget(self.verdict)

    def show_pending(self, lines: list[str]) -> None:
        self._set_code(lines)
        self.verdict.setText(tr("Checking the map against PyTorch…"))
        set_status_style(self.verdict, None, "color: palette(placeholder-text);")

    def _set_code(self, lines: list[str]) -> None:
        """Show the code, unless it is on screen already: every kernel edit's map asks for the same call again,
        and setting it anew laid the text out, repainted it and sent a reader back to its top."""
        text = "\n".join(lines)
        if text != self.code.toPlainText():
            self.code.setPlainText(text)

    def show_check(self, check: TorchCheck) -> None:
        self._set_code(check.lines)
        h, w = check.shape
        difference = format_number(check.max_difference, 8) if check.max_difference else "0"
        if check.window is None:
            compared = tr("the same {h}×{w} map").format(h=h, w=w)
        else:
            r0, r1, c0, c1 = check.window
            compared = tr("the same values on rows {r0}–{r1}, columns {c0}–{c1} of the {h}×{w} map").format(
                r0=r0, r1=r1 - 1, c0=c0, c1=c1 - 1, h=h, w=w)
        if check.max_difference <= TOLERANCE:
            self.verdict.setText(
                "✔ " + tr("PyTorch gives {compared}: largest difference {difference} (float rounding).").format(
                    compared=compared, difference=difference)
            )
            set_status_style(self.verdict, "right", "font-weight: bold;")
        else:
            self.verdict.setText("✘ " + tr("PyTorch differs by up to {difference}: please report this.").format(
                difference=difference))
            set_status_style(self.verdict, "error", "font-weight: bold;")

    def show_note(self, text: str) -> None:
        """A quiet line instead of a verdict (the check waits for something, e.g. a paused camera)."""
        self.verdict.setText(text)
        set_status_style(self.verdict, None, "color: palette(placeholder-text);")

    def show_problem(self, text: str) -> None:
        self.verdict.setText(text)
        set_status_style(self.verdict, "error")

    def verdict_text(self) -> str:
        return self.verdict.text()
