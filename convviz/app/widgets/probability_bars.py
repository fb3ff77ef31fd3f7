"""The network's answer: the predicted digit, large, and its 10 logits and softmax probabilities.

Both charts are pyqtgraph `BarGraphItem`s built once; an update only changes
bar heights and brushes, so it costs well under a millisecond.
"""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from convviz.app.widgets.elided_label import ElidedLabel, SteadyLine
from convviz.app.widgets.fitted_label import FittedLabel
from convviz.app.widgets.map_colors import (
    PANEL_BACKGROUND,
    PANEL_FOREGROUND,
    nice_bound,
    style_panel_axis,
)
from convviz.app.widgets.plot_scene import register_plot, warm_rich_text
from convviz.app.widgets.sliced_build import parts
from convviz.app.widgets.status_colors import set_status_style
from convviz.i18n import tr

WINNER = "#E69F00"  # Okabe–Ito orange: the predicted class
OTHERS = "#8C96A8"
POSITIVE = "#EE7733"  # Tol orange / blue: logits above and below zero
NEGATIVE = "#4477AA"
_BRUSHES = {name: pg.mkBrush(name) for name in (WINNER, OTHERS, POSITIVE, NEGATIVE)}
_NO_PEN = pg.mkPen(None)
_WINNER_PEN = pg.mkPen(PANEL_FOREGROUND, width=2.5)


X_RANGE = (-0.6, 9.6)  # the ten bars' room in plot units
X_SPAN = X_RANGE[1] - X_RANGE[0]
TITLE_POINTS = 11.0
LABEL_POINTS = 11.0  # the winner's percentage over its bar
PRESENTING_SCALE = 1.6  # at least 1.5 times the pixels once rounded to whole pixels
HEADROOM_PIXELS = 6
PLOT_MIN_HEIGHT = 110
BOTH_PLOTS_PRESENTING = 560  # presenting, narrower than this the logits step aside for the probabilities  # between the percentage over the tallest bar and the top of its plot


def _bar_plot(title: str, item: pg.PlotItem) -> tuple[pg.PlotWidget, pg.BarGraphItem]:
    """A bar chart around `item` (made a slice before: a plot item is the slowest part of a plot)."""
    plot = pg.PlotWidget(plotItem=item)
    plot.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a picture: its numbers are in the labels beside it
    plot.setAccessibleName(tr("probability of each digit"))
    register_plot(plot)
    plot.setBackground(PANEL_BACKGROUND)
    plot.setMouseEnabled(False, False)
    plot.hideButtons()
    item = plot.getPlotItem()
    item.setTitle(title, color=PANEL_FOREGROUND, size=f"{TITLE_POINTS:g}pt")
    for side in ("bottom", "left"):
        style_panel_axis(item.getAxis(side), 11)
    item.getAxis("bottom").setTicks([[(d, str(d)) for d in range(10)]])
    item.getAxis("left").setWidth(54)
    bars = pg.BarGraphItem(x=np.arange(10), height=np.zeros(10), width=0.72, brushes=[OTHERS] * 10, pen=None)
    plot.addItem(bars)
    plot.setXRange(*X_RANGE, padding=0)
    plot.setMinimumHeight(PLOT_MIN_HEIGHT)
    return plot, bars


class PredictionBadge(QWidget):
    """The predicted digit in large type, with how sure the network is (and right/wrong for a test digit)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._prediction: int | None = None
        self._digit = FittedLabel("?")  # 96 points where there is room, smaller where there is not
        self._digit.setObjectName("predictedDigit")
        self._digit.setAlignment(Qt.AlignmentFlag.AlignCenter)
        big = self._digit.font()
        big.setPointSizeF(96)
        big.setBold(True)
        self._digit.setFont(big)
        self._caption = ElidedLabel(tr("draw a digit"))  # one line ("93.2% sure"), new with each answer: in a
        self._caption.setAlignment(Qt.AlignmentFlag.AlignCenter)  # SteadyLine, it relays out nothing else
        caption_font = self._caption.font()
        caption_font.setPointSizeF(caption_font.pointSizeF() * 1.25)
        self._caption.setFont(caption_font)
        heading = QLabel(tr("The network reads"))  # the one heading of the answer (the strip above says how it got there)
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
        layout.addWidget(SteadyLine(self._caption))

    def prediction(self) -> int | None:
        """The digit shown large, or None when there is nothing to read."""
        return self._prediction

    def digit_text(self) -> str:
        return self._digit.text()

    def digit_pixels(self) -> int:
        """The pixel size the predicted digit is painted at (what the class reads)."""
        return self._digit.text_pixels()

    def caption_pixels(self) -> int:
        from PySide6.QtGui import QFontInfo

        return QFontInfo(self._caption.font()).pixelSize()

    def caption(self) -> str:
        return self._caption.text()

    def set_prediction(self, probabilities: np.ndarray, label: int | None = None) -> None:
        probabilities = np.asarray(probabilities).reshape(-1)
        winner = int(np.argmax(probabilities))
        self._prediction = winner
        caption = tr("{percent} sure").format(percent=f"{float(probabilities[winner]):.1%}")
        role = "winner"  # the bars' orange, in a shade that reads on the window (see status_colors)
        if label is not None:
            right = label == winner
            role = "right" if right else "wrong"
            caption += " · " + tr("label {label}").format(label=label) + f" {'✓' if right else '✗'}"
        self._digit.setText(str(winner))
        set_status_style(self._digit, role)
        self._caption.setText(caption)

    def clear(self, caption: str | None = None) -> None:
        caption = tr("draw a digit") if caption is None else caption
        self._prediction = None
        self._digit.setText("?")
        set_status_style(self._digit, None)
        self._caption.setText(caption)


class ProbabilityBars(QWidget):
    """The 10 logits (fc3) and their softmax probabilities as two bar charts, winner highlighted."""

    def __init__(self, parent: QWidget | None = None, *, sliced: bool = False) -> None:
        """`sliced`: the two plots are built as `building` (a generator) is stepped, each in two steps; else now."""
        super().__init__(parent)
        self._probabilities = np.zeros(10, dtype=np.float32)
        self._logits = np.zeros(10, dtype=np.float32)
        self.building = parts(self._build(), sliced=sliced)

    def _build(self) -> Iterator[None]:
        warm_rich_text()
        yield
        item = pg.PlotItem(enableMenu=False)
        yield
        self._logit_plot, self._logit_bars = _bar_plot(tr("fc3 · 10 logits"), item)
        self._logit_bound = 0.0
        self._logit_plot.addItem(pg.InfiniteLine(pos=0, angle=0, pen=pg.mkPen(PANEL_FOREGROUND, width=1)))
        yield
        item = pg.PlotItem(enableMenu=False)
        yield
        self._prob_plot, self._prob_bars = _bar_plot(tr("softmax · probabilities"), item)
        self._prob_top = 1.3
        self._prob_plot.setYRange(0, self._prob_top, padding=0)
        self._prob_plot.getPlotItem().getAxis("left").setTicks([[(v, f"{v:.0%}") for v in (0, 0.5, 1.0)]])
        self._prob_text = pg.TextItem("", color=PANEL_FOREGROUND, anchor=(0.5, 1.0))
        self._scale = 1.0
        # each plot's title, and a shorter one for a narrow plot (a title wider than its plot widens the plot's
        # scene past the widget, and the right of the chart is cut off)
        self._titles = {self._logit_plot: (tr("fc3 · 10 logits"), tr("logits")),
                        self._prob_plot: (tr("softmax · probabilities"), "softmax")}
        self._set_fonts()
        self._prob_plot.addItem(self._prob_text)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._logit_plot, 1)  # the two plots share the width equally
        layout.addWidget(self._prob_plot, 1)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set_presenting(self, presenting: bool) -> None:
        """Presentation mode: the percentage and the titles larger (the tick labels grow with the window's text)."""
        self._scale = PRESENTING_SCALE if presenting else 1.0
        for plot in (self._logit_plot, self._prob_plot):  # room for the larger tick labels, never crowded
            plot.setMinimumHeight(round(PLOT_MIN_HEIGHT * (1.5 if presenting else 1.0)))
        self._logit_plot.setVisible(not (presenting and self.width() < BOTH_PLOTS_PRESENTING))
        self._set_fonts()
        self.set_values(self._logits, self._probabilities) if self._probabilities.any() else None

    def label_pixels(self) -> int:
        """The pixel size of the winner's percentage (what the class reads)."""
        from PySide6.QtGui import QFontInfo

        return QFontInfo(self._prob_text.textItem.font()).pixelSize()

    def label_text(self) -> str:
        return self._prob_text.textItem.toPlainText()

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
        self._place_label()
        logit_brushes = [_BRUSHES[POSITIVE] if v >= 0 else _BRUSHES[NEGATIVE] for v in self._logits]
        pens = [_NO_PEN] * 10
        pens[winner] = _WINNER_PEN  # the largest logit wins the softmax
        self._logit_bars.setOpts(height=self._logits, brushes=logit_brushes, pens=pens)
        bound = nice_bound(max(float(np.abs(self._logits).max()), 1.0) * 1.05)
        if bound != self._logit_bound:  # a steady axis while drawing: no tick relayout per frame
            self._logit_bound = bound
            self._logit_plot.setYRange(-bound, bound, padding=0)

    def _set_fonts(self) -> None:
        font = QFont()
        font.setPointSizeF(LABEL_POINTS * self._scale)
        font.setBold(True)
        self._prob_text.setFont(font)
        self._shown_titles: dict = {}
        self._fit_titles()
        self._fit_headroom()

    def title_texts(self) -> list[str]:
        return [self._shown_titles.get(plot, "") for plot in self._titles]

    def _fit_titles(self) -> None:
        """The full title where it fits its plot, else the short one."""
        font = QFont()
        font.setPointSizeF(TITLE_POINTS * self._scale)
        metrics = QFontMetrics(font)
        spacing = self.layout().spacing() if self.layout() is not None else 0
        shared = 2 if not self._logit_plot.isHidden() else 1
        room = (self.width() - spacing) / shared  # the plots share the width (their own may be stale)
        for plot, (full, short) in self._titles.items():
            # the title is centred over the bars, right of the value axis; a margin that depends on what is
            # shown: near the limit the choice stays, so layouts cannot ping-pong
            margin = 28 if self._shown_titles.get(plot) == full else 52
            axis = plot.getPlotItem().getAxis("left").width()
            text = full if metrics.horizontalAdvance(full) + margin <= room - axis else short
            if metrics.horizontalAdvance(short) + 8 > room - axis:
                text = ""  # not even the short one fits: the axis and the bars say enough
            if self._shown_titles.get(plot) != text:
                self._shown_titles[plot] = text
                plot.getPlotItem().setTitle(text, color=PANEL_FOREGROUND, size=f"{TITLE_POINTS * self._scale:g}pt")
                # the plot was sized before its title changed (a child is resized before its parent hears of
                # it): a longer title's minimum width had kept the chart wider than the widget, its right cut off
                plot.getPlotItem().setGeometry(QRectF(plot.rect()))

    def _place_label(self) -> None:
        """The percentage over the winner's bar, shifted sideways as far as it must be to stay inside the plot."""
        winner = int(np.argmax(self._probabilities))
        confidence = float(self._probabilities[winner])
        box = self._prob_plot.getPlotItem().getViewBox()
        per_unit = box.width() / X_SPAN if box.width() > 0 else 0.0
        half = QFontMetrics(self._prob_text.textItem.font()).horizontalAdvance(self._prob_text.textItem.toPlainText())
        half = half / 2 / per_unit if per_unit else 0.0
        left, right = X_RANGE
        if winner - half < left:
            self._prob_text.setAnchor((0.0, 1.0))
            x = left
        elif winner + half > right:
            self._prob_text.setAnchor((1.0, 1.0))
            x = right
        else:
            self._prob_text.setAnchor((0.5, 1.0))
            x = winner
        self._prob_text.setPos(x, confidence + 0.01)

    def _fit_headroom(self) -> None:
        """Room over 100% for the percentage: its height in plot units, whatever the plot's height on screen."""
        box = self._prob_plot.getPlotItem().getViewBox()
        pixels = box.height() if box.height() > 0 else self._prob_plot.height()
        label = QFontMetrics(self._prob_text.textItem.font()).height() + HEADROOM_PIXELS
        share = min(label / max(pixels, 1.0), 0.6)
        top = max(1.0 / (1.0 - share), 1.15)
        if abs(top - self._prob_top) > 1e-3:
            self._prob_top = top
            self._prob_plot.setYRange(0, top, padding=0)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt name
        super().resizeEvent(event)
        # presenting in a narrow column: the probabilities the class reads keep the whole width
        self._logit_plot.setVisible(not (self._scale > 1.0 and self.width() < BOTH_PLOTS_PRESENTING))
        self._fit_titles()
        self._fit_headroom()
        if self._probabilities.any():
            self._place_label()

    def clear(self) -> None:
        """Nothing to read: the bars drop to zero."""
        self._probabilities = np.zeros(10, dtype=np.float32)
        self._logits = np.zeros(10, dtype=np.float32)
        self._prob_bars.setOpts(height=self._probabilities, brushes=[_BRUSHES[OTHERS]] * 10)
        self._logit_bars.setOpts(height=self._logits, brushes=[_BRUSHES[OTHERS]] * 10, pens=[_NO_PEN] * 10)
        self._prob_text.setText("")
