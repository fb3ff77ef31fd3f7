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
        self.code.setPlainText("\n".join(lines))
        self.verdict.setText("Checking the map against PyTorch…")
        set_status_style(self.verdict, None, "color: palette(placeholder-text);")

    def show_check(self, check: TorchCheck) -> None:
        self.code.setPlainText("\n".join(check.lines))
        h, w = check.shape
        difference = format_number(check.max_difference, 8) if check.max_difference else "0"
        if check.window is None:
            compared = f"the same {h}×{w} map"
        else:
            r0, r1, c0, c1 = check.window
            compared = f"the same values on rows {r0}–{r1 - 1}, columns {c0}–{c1 - 1} of the {h}×{w} map"
        if check.max_difference <= TOLERANCE:
            self.verdict.setText(
                f"✔ PyTorch gives {compared}: largest difference {difference} (float rounding)."
            )
            set_status_style(self.verdict, "right", "font-weight: bold;")
        else:
            self.verdict.setText(f"✘ PyTorch differs by up to {difference}: please report this.")
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
