"""The network's answer: the predicted digit, large, and its 10 logits and softmax probabilities.

Both charts are pyqtgraph `BarGraphItem`s built once; an update only changes
bar heights and brushes, so it costs well under a millisecond.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from convviz.app.widgets.map_colors import (
    PANEL_BACKGROUND,
    PANEL_FOREGROUND,
    nice_bound,
    style_panel_axis,
)
from convviz.app.widgets.status_colors import set_status_style

WINNER = "#E69F00"  # Okabe–Ito orange: the predicted class
OTHERS = "#8C96A8"
POSITIVE = "#EE7733"  # Tol orange / blue: logits above and below zero
NEGATIVE = "#4477AA"
_BRUSHES = {name: pg.mkBrush(name) for name in (WINNER, OTHERS, POSITIVE, NEGATIVE)}
_NO_PEN = pg.mkPen(None)
_WINNER_PEN = pg.mkPen(PANEL_FOREGROUND, width=2.5)


def _bar_plot(title: str) -> tuple[pg.PlotWidget, pg.BarGraphItem]:
    plot = pg.PlotWidget()
    plot.setBackground(PANEL_BACKGROUND)
    plot.setMenuEnabled(False)
    plot.setMouseEnabled(False, False)
    plot.hideButtons()
    item = plot.getPlotItem()
    item.setTitle(title, color=PANEL_FOREGROUND, size="11pt")
    for side in ("bottom", "left"):
        style_panel_axis(item.getAxis(side), 11)
    item.getAxis("bottom").setTicks([[(d, str(d)) for d in range(10)]])
    item.getAxis("left").setWidth(54)
    bars = pg.BarGraphItem(x=np.arange(10), height=np.zeros(10), width=0.72, brushes=[OTHERS] * 10, pen=None)
    plot.addItem(bars)
    plot.setXRange(-0.6, 9.6, padding=0)
    plot.setMinimumHeight(110)
    return plot, bars


class PredictionBadge(QWidget):
    """The predicted digit in large type, with how sure the network is (and right/wrong for a test digit)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._prediction: int | None = None
        self._digit = QLabel("?")
        self._digit.setObjectName("predictedDigit")
        self._digit.setAlignment(Qt.AlignmentFlag.AlignCenter)
        big = self._digit.font()
        big.setPointSizeF(96)
        big.setBold(True)
        self._digit.setFont(big)
        self._caption = QLabel("draw a digit")
        self._caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._caption.setWordWrap(True)
        caption_font = self._caption.font()
        caption_font.setPointSizeF(caption_font.pointSizeF() * 1.25)
        self._caption.setFont(caption_font)
        heading = QLabel("The network reads")  # the one heading of the answer (the strip above says how it got there)
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        heading_font = heading.font()
        heading_font.setBold(True)
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.15)
        heading.setFont(heading_font)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(heading)
        layout.addWidget(self._digit, 1)
        layout.addWidget(self._caption)

    def prediction(self) -> int | None:
        """The digit shown large, or None when there is nothing to read."""
        return self._prediction

    def digit_text(self) -> str:
        return self._digit.text()

    def caption(self) -> str:
        return self._caption.text()

    def set_prediction(self, probabilities: np.ndarray, label: int | None = None) -> None:
        probabilities = np.asarray(probabilities).reshape(-1)
        winner = int(np.argmax(probabilities))
        self._prediction = winner
        caption = f"{float(probabilities[winner]):.1%} sure"
        role = "winner"  # the bars' orange, in a shade that reads on the window (see status_colors)
        if label is not None:
            right = label == winner
            role = "right" if right else "wrong"
            caption += f" · label {label} {'✓' if right else '✗'}"
        self._digit.setText(str(winner))
        set_status_style(self._digit, role)
        self._caption.setText(caption)

    def clear(self, caption: str = "draw a digit") -> None:
        self._prediction = None
        self._digit.setText("?")
        set_status_style(self._digit, None)
        self._caption.setText(caption)


class ProbabilityBars(QWidget):
    """The 10 logits (fc3) and their softmax probabilities as two bar charts, winner highlighted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._probabilities = np.zeros(10, dtype=np.float32)
        self._logits = np.zeros(10, dtype=np.float32)
        self._logit_plot, self._logit_bars = _bar_plot("fc3 · 10 logits")
        self._logit_bound = 0.0
        self._logit_plot.addItem(pg.InfiniteLine(pos=0, angle=0, pen=pg.mkPen(PANEL_FOREGROUND, width=1)))
        self._prob_plot, self._prob_bars = _bar_plot("softmax · probabilities")
        self._prob_plot.setYRange(0, 1.3, padding=0)
        self._prob_plot.getPlotItem().getAxis("left").setTicks([[(v, f"{v:.0%}") for v in (0, 0.5, 1.0)]])
        self._prob_text = pg.TextItem("", color=PANEL_FOREGROUND, anchor=(0.5, 1.0))
        self._prob_text.setFont(QFont("", 11, QFont.Weight.Bold))
        self._prob_plot.addItem(self._prob_text)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._logit_plot)
        layout.addWidget(self._prob_plot)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def probabilities(self) -> np.ndarray:
        return self._probabilities.copy()

    def logits(self) -> np.ndarray:
        return self._logits.copy()

    def set_values(self, logits: np.ndarray, probabilities: np.ndarray) -> None:
        """Show one answer: bar heights and colours change, nothing is rebuilt."""
        self._logits = np.asarray(logits, dtype=np.float32).reshape(10)
        self._probabilities = np.asarray(probabilities, dtype=np.float32).reshape(10)
        winner = int(np.argmax(self._probabilities))
        brushes = [_BRUSHES[OTHERS]] * 10  # ready-made brushes: mkBrush per bar per frame adds up
        brushes[winner] = _BRUSHES[WINNER]
        self._prob_bars.setOpts(height=self._probabilities, brushes=brushes)
        confidence = float(self._probabilities[winner])
        self._prob_text.setText(f"{confidence:.0%}")
        horizontal = 0.0 if winner < 1 else 1.0 if winner > 8 else 0.5
        self._prob_text.setAnchor((horizontal, 1.0))
        self._prob_text.setPos(winner + (-0.4 if winner < 1 else 0.4 if winner > 8 else 0.0), confidence + 0.01)
        logit_brushes = [_BRUSHES[POSITIVE] if v >= 0 else _BRUSHES[NEGATIVE] for v in self._logits]
        pens = [_NO_PEN] * 10
        pens[winner] = _WINNER_PEN  # the largest logit wins the softmax
        self._logit_bars.setOpts(height=self._logits, brushes=logit_brushes, pens=pens)
        bound = nice_bound(max(float(np.abs(self._logits).max()), 1.0) * 1.05)
        if bound != self._logit_bound:  # a steady axis while drawing: no tick relayout per frame
            self._logit_bound = bound
            self._logit_plot.setYRange(-bound, bound, padding=0)

    def clear(self) -> None:
        """Nothing to read: the bars drop to zero."""
        self._probabilities = np.zeros(10, dtype=np.float32)
        self._logits = np.zeros(10, dtype=np.float32)
        self._prob_bars.setOpts(height=self._probabilities, brushes=[_BRUSHES[OTHERS]] * 10)
        self._logit_bars.setOpts(height=self._logits, brushes=[_BRUSHES[OTHERS]] * 10, pens=[_NO_PEN] * 10)
        self._prob_text.setText("")
