"""Choose the activation after the convolution, and see its curve f(x).

`ActivationControls` edits `activation`, `slope` (leaky ReLU) and `alpha`
(ELU) of a `ConvolutionSettings`; the small plot draws the chosen function
with the core's own `activation`, so the curve is what the map goes through.
"""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QSignalBlocker, QSize, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QVBoxLayout,
    QWidget,
)

from convviz import limits
from convviz.app.widgets.elided_label import ElidedLabel
from convviz.app.widgets.plot_scene import register_plot
from convviz.app.widgets.sliced_build import parts
from convviz.core import ACTIVATIONS, activation
from convviz.i18n import tr
from convviz.state.convolution import ConvolutionSettings

# Element-wise activations only: softmax and maxout work across maps, not on one map.
CHOICES = ("none", "relu", "leaky_relu", "sigmoid", "tanh", "elu")
CURVE_X = np.linspace(-3.0, 3.0, 241, dtype=np.float32)
CURVE_SMALLEST, CURVE_LARGEST = QSize(96, 70), QSize(150, 96)


class ActivationControls(QWidget):
    """Activation choice, its parameter, formula and curve."""

    def __init__(self, settings: ConvolutionSettings, parent: QWidget | None = None, *, sliced: bool = False) -> None:
        """`sliced`: built as `building` (a generator) is stepped, the controls then the curve's plot; else now."""
        super().__init__(parent)
        self._settings = settings
        self.building = parts(self._build(settings), sliced=sliced)

    def _build(self, settings: ConvolutionSettings) -> Iterator[None]:
        self.choice = QComboBox()
        self.choice.setAccessibleName(tr("activation"))
        self.choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.choice.setMinimumContentsLength(9)
        for name in CHOICES:
            self.choice.addItem(tr(ACTIVATIONS[name].label), name)
        self.slope = QDoubleSpinBox(minimum=limits.LEAKY_SLOPE.low, maximum=limits.LEAKY_SLOPE.high,
                                    singleStep=0.05, decimals=2)
        self.slope.setPrefix(tr("slope a = "))
        self.slope.setAccessibleName(tr("leaky ReLU slope"))
        self.slope.setAccessibleDescription(tr("How much of a negative value leaky ReLU lets through"))
        self.alpha = QDoubleSpinBox(minimum=limits.ELU_ALPHA.low, maximum=limits.ELU_ALPHA.high,
                                    singleStep=0.1, decimals=2)
        self.alpha.setPrefix("α = ")
        self.alpha.setAccessibleName(tr("ELU alpha"))
        self.alpha.setAccessibleDescription(tr("The value ELU approaches for very negative inputs"))
        self.formula = ElidedLabel()
        self.description = ElidedLabel()  # one line over the map row; the whole sentence in its tooltip
        self.description.setStyleSheet("color: palette(placeholder-text);")
        yield
        plot_item = pg.PlotItem(enableMenu=False)  # the first plot item a window makes is its slowest part
        yield
        self.curve_plot = pg.PlotWidget(background="#FFFFFF", plotItem=plot_item)
        self.curve_plot.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a picture: its numbers are in the labels beside it
        self.curve_plot.setAccessibleName(tr("the activation's curve"))
        register_plot(self.curve_plot)
        self.curve_plot.setMinimumSize(CURVE_SMALLEST)  # not a fixed size: it gives way to a narrow map column
        self.curve_plot.setMaximumSize(CURVE_LARGEST)
        self.curve_plot.setMouseEnabled(False, False)
        self.curve_plot.hideButtons()
        plot = self.curve_plot.getPlotItem()
        for side in ("left", "bottom"):
            plot.getAxis(side).setStyle(tickLength=3)
            plot.getAxis(side).setTextPen("#5F6368")
            plot.getAxis(side).setPen("#9AA0A6")
        plot.showGrid(x=True, y=True, alpha=0.25)
        plot.addLine(x=0, pen=pg.mkPen("#9AA0A6"))
        plot.addLine(y=0, pen=pg.mkPen("#9AA0A6"))
        self.curve = plot.plot(pen=pg.mkPen("#D55E00", width=2.5))
        yield

        left = QVBoxLayout()
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(self.choice, 0, Qt.AlignmentFlag.AlignLeft)
        row = QHBoxLayout()  # the parameter beside the formula it sets: the header stays as narrow as a map
        row.addWidget(self.formula, 1)
        row.addWidget(self.slope)
        row.addWidget(self.alpha)
        left.addLayout(row)
        left.addWidget(self.description)
        left.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(left, 1)
        layout.addWidget(self.curve_plot)

        self.choice.currentIndexChanged.connect(
            lambda i: setattr(settings, "activation", self.choice.itemData(i))
        )
        self.slope.valueChanged.connect(lambda v: setattr(settings, "slope", float(v)))
        self.alpha.valueChanged.connect(lambda v: setattr(settings, "alpha", float(v)))
        for signal in (settings.events.activation, settings.events.slope, settings.events.alpha):
            signal.connect(self._refresh)
        self._refresh()

    def _refresh(self, *_args) -> None:
        settings = self._settings
        name = settings.activation
        with QSignalBlocker(self.choice), QSignalBlocker(self.slope), QSignalBlocker(self.alpha):
            self.choice.setCurrentIndex(max(0, self.choice.findData(name)))
            self.slope.setValue(settings.slope)
            self.alpha.setValue(settings.alpha)
        self.slope.setVisible(name == "leaky_relu")
        self.alpha.setVisible(name == "elu")
        info = ACTIVATIONS[name]
        self.formula.setText(f"f(x) = {info.formula}")
        self.description.setText(tr(info.description))
        self.choice.setToolTip(tr(info.description))
        y = activation(CURVE_X, name, slope=settings.slope, alpha=settings.alpha)
        self.curve.setData(CURVE_X, np.asarray(y))
