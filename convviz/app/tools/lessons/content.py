"""What the lesson panel shows besides the words: matrices, curves, bars and parameter tables.

Every number comes from the `PreparedLesson` (computed by `convviz.core` and
`convviz.model` on the worker), never from the lesson file's `expected`
values or a slide. `lesson_content(prepared)` picks the right widgets:

- an image or tensor lesson: its grids (greys mapped to the lesson's range,
  an RGB picture as its three channels and the colour it makes) and its shape;
- an activation lesson: input → output grids and the function's curve with
  every input marked on it; softmax: the probabilities as bars;
- a lesson with tables: each network's parameter table with the true total.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QImage, QPixmap
from PySide6.QtWidgets import QGridLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from convviz.app.widgets.matrix_grid import MatrixGrid
from convviz.app.widgets.parameter_table import COLUMNS, ParameterTableWidget
from convviz.core import format_number
from convviz.core.kernel_scale import scale_text
from convviz.i18n import tr, tr_noop
from convviz.state.colors import activation_scale, scale_for
from convviz.state.lesson_prepare import PreparedLesson

CURVE_COLOR = "#0072B2"  # Okabe–Ito blue
POINT_COLOR = "#D55E00"  # vermillion: the lesson's own numbers on the curve
BAR_COLOR = "#56B4E9"
WINNER_COLOR = "#E69F00"
CHANNEL_TITLES = (tr_noop("Red"), tr_noop("Green"), tr_noop("Blue"))
TEXT_POINT_SIZE = 12.5
ACTIVATION_WORDS = {
    "relu": "ReLU", "leaky_relu": "leaky ReLU", "sigmoid": "sigmoid", "tanh": "tanh",
    "elu": "ELU", "softmax": "softmax", "maxout": "maxout",
}


WIDE_ROW_PIXELS = 800  # matrices side by side at their least cells (20 px) stay narrower than this, else stack


def matrix(values: np.ndarray, title: str, scale: str | None,
           levels: tuple[float, float] | None = None, max_cell: int = 64) -> MatrixGrid:
    """A read-only grid sized for the panel: cells grow up to `max_cell` pixels.

    `scale` follows the kind of quantity shown (`convviz.state.colors.scale_for`), as in the views.
    """
    grid = MatrixGrid(np.asarray(values, dtype=np.float64), min_cell=20, max_cell=max_cell)
    grid.set_title(title)
    grid.set_color_scale(scale, levels)
    grid.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    grid.set_alignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
    fit_height(grid, max_cell)
    grid.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    return grid


def fit_height(grid: MatrixGrid, max_cell: int) -> None:
    """Tall enough for readable cells, never taller than the biggest cells need (no empty gap)."""
    rows, cols = grid.shape()
    cell = max(20, min(max_cell, 900 // max(cols, 1)))
    grid.setMinimumHeight(int(rows * cell + 40))
    grid.setMaximumHeight(int(rows * max_cell + 48))


def _text(text: str, *, bold: bool = False, scale: float = 1.0) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    font = label.font()
    font.setPointSizeF(TEXT_POINT_SIZE * scale)
    font.setBold(bold)
    label.setFont(font)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _plot(title: str, x_label: str, y_label: str) -> pg.PlotWidget:
    plot = pg.PlotWidget(background="w", enableMenu=False)
    plot.setMouseEnabled(False, False)
    plot.hideButtons()
    item = plot.getPlotItem()
    item.setTitle(title, color="#202124", size="14pt")
    font = QFont()
    font.setPointSizeF(12)
    for side, label in (("bottom", x_label), ("left", y_label)):
        axis = item.getAxis(side)
        axis.setPen(pg.mkPen("#5F6368"))
        axis.setTextPen(pg.mkPen("#202124"))
        axis.setStyle(tickFont=font)
        axis.setLabel(label, color="#202124", **{"font-size": "13pt"})
        axis.enableAutoSIPrefix(False)  # never "probability (x0.001)" beside percent ticks
    item.showGrid(x=True, y=True, alpha=0.25)
    plot.setMinimumHeight(300)
    return plot


def colour_preview(rgb: np.ndarray, value_range: tuple[float, float] | None, size: int = 180) -> QLabel:
    """The colour a (3, H, W) stack makes, scaled up with sharp pixels."""
    low, high = value_range or (float(rgb.min()), float(rgb.max()) or 1.0)
    data = np.clip((rgb - low) / ((high - low) or 1.0), 0, 1)
    pixels = np.ascontiguousarray((np.moveaxis(data, 0, -1) * 255).round().astype(np.uint8))
    h, w = pixels.shape[:2]
    image = QImage(pixels.data, w, h, 3 * w, QImage.Format.Format_RGB888).copy()
    label = QLabel()
    label.setPixmap(QPixmap.fromImage(image).scaled(size, size, Qt.AspectRatioMode.KeepAspectRatio,
                                                    Qt.TransformationMode.FastTransformation))
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setAccessibleName("the colour picture these three grids make")
    return label


class InputContent(QWidget):
    """An image or tensor lesson: the grids, coloured by the lesson's range, and the shape numpy reports."""

    def __init__(self, prepared: PreparedLesson) -> None:
        super().__init__()
        x, spec = prepared.input, prepared.lesson.input
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.grids: list[MatrixGrid] = []
        label = spec.label or tr("input")
        levels = spec.value_range
        numbers = "grey" if levels else scale_for("numbers")  # a picture in its range, or plain numbers
        if x.ndim == 2:
            self.grids.append(matrix(x, label, numbers, levels))
            layout.addWidget(self.grids[0])
        else:
            titles = ([tr(title) for title in CHANNEL_TITLES] if spec.kind == "rgb"
                      else [f"[{i}] " + tr("(matrix {number})").format(number=i + 1) for i in range(len(x))])
            row = QGridLayout()
            columns = 3 if len(x) == 3 else 2
            if columns * x.shape[-1] * 20 > WIDE_ROW_PIXELS:  # 28-wide digits side by side passed 1024 pixels: a column
                columns = 1
            for i, channel in enumerate(x):
                grid = matrix(channel, titles[i], numbers, levels, max_cell=44)
                self.grids.append(grid)
                row.addWidget(grid, i // columns, i % columns)
            layout.addLayout(row)
            if spec.kind == "rgb":
                layout.addWidget(_text(tr("Together the three grids make this picture:")))
                layout.addWidget(colour_preview(x, levels))
        shape = ", ".join(str(n) for n in x.shape)
        order = {2: tr("a matrix (order 2)"), 3: tr("a tensor of order 3")}.get(
            x.ndim, tr("order {order}").format(order=x.ndim))
        self.shape_label = _text(tr("numpy shape: ({shape}) · {count} numbers · {order}").format(
            shape=shape, count=x.size, order=order), bold=True)
        layout.addWidget(self.shape_label)


class ActivationContent(QWidget):
    """Input → output grids (the true activation values) and the curve or the bars."""

    def __init__(self, prepared: PreparedLesson) -> None:
        super().__init__()
        s = prepared.lesson.settings
        name = s.activation or "none"
        word = ACTIVATION_WORDS.get(name, name)
        x, y = prepared.input, prepared.output
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        label = prepared.lesson.input.label or tr("input")
        if x.ndim == 3:
            heading = _text(tr("Input: {name}").format(name=label), bold=True)
            heading.setAlignment(Qt.AlignmentFlag.AlignHCenter)  # centred in its own width: an aligned layout item
            layout.addWidget(heading)  # would not get the height its wrapped lines need
            for i, channel in enumerate(x):
                layout.addWidget(matrix(channel, tr("piece {number}").format(number=i + 1), scale_for("numbers"),
                                        max_cell=56))
        else:
            self.input_grid = matrix(x, label, scale_for("numbers"), max_cell=56)
            layout.addWidget(self.input_grid)
        after = scale_for("probabilities") if name == "softmax" else activation_scale(name)
        self.output_grid = matrix(y.reshape(y.shape[-2:]) if y.ndim > 2 else y, tr("after {activation}").format(activation=word), after,
                                  max_cell=56)
        layout.addWidget(_text("↓", bold=True, scale=1.6), 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.output_grid)
        if name == "softmax":
            self.plot = _softmax_bars(y.reshape(-1))
        elif name == "maxout":
            self.plot = _maxout_plot(x, y)
        else:
            self.plot = _curve(name, s.activation_kwargs, x.reshape(-1), y.reshape(-1))
        layout.addWidget(self.plot)
        if name == "softmax":
            layout.addWidget(_text(tr("The probabilities add up to {total}.").format(total=format_number(float(y.sum()))),
                                   bold=True))


def _curve(name: str, options: dict, xs: np.ndarray, ys: np.ndarray) -> pg.PlotWidget:
    from convviz.core import activation

    word = ACTIVATION_WORDS.get(name, name)
    bound = max(4.0, float(np.abs(xs).max()) * 1.15)
    grid = np.linspace(-bound, bound, 401)
    curve = np.asarray(activation(grid, name, **options), dtype=np.float64)
    plot = _plot(f"{word}(x)", "x", f"{word}(x)")
    plot.plot(grid, curve, pen=pg.mkPen(CURVE_COLOR, width=4))
    plot.addItem(pg.ScatterPlotItem(xs, ys, size=13, brush=pg.mkBrush(POINT_COLOR), pen=pg.mkPen("w", width=1.5)))
    plot.addItem(pg.InfiniteLine(pos=0, angle=0, pen=pg.mkPen("#9AA0A6", width=1)))
    plot.addItem(pg.InfiniteLine(pos=0, angle=90, pen=pg.mkPen("#9AA0A6", width=1)))
    return plot


def _maxout_plot(x: np.ndarray, y: np.ndarray) -> pg.PlotWidget:
    plot = _plot(tr("maxout = the larger piece"), tr("position"), tr("value"))
    positions = np.arange(x.shape[-1])
    for i, channel in enumerate(x):
        plot.plot(positions, channel.reshape(-1), pen=pg.mkPen("#9AA0A6", width=2, style=Qt.PenStyle.DashLine),
                  name=tr("piece {number}").format(number=i + 1))
    plot.plot(positions, y.reshape(-1), pen=pg.mkPen(CURVE_COLOR, width=4), symbol="o", symbolSize=11,
              symbolBrush=POINT_COLOR, symbolPen="w")
    return plot


def _softmax_bars(probabilities: np.ndarray) -> pg.PlotWidget:
    plot = _plot(tr("softmax probabilities"), tr("class"), tr("probability"))
    count = len(probabilities)
    winner = int(np.argmax(probabilities))
    brushes = [WINNER_COLOR if i == winner else BAR_COLOR for i in range(count)]
    plot.addItem(pg.BarGraphItem(x=np.arange(count), height=probabilities, width=0.7, brushes=brushes, pen=None))
    for i, p in enumerate(probabilities):
        text = pg.TextItem(f"{p:.0%}" if p >= 0.005 else "<1%", color="#202124", anchor=(0.5, 1.0))
        font = QFont()
        font.setPointSizeF(13)
        font.setBold(i == winner)
        text.setFont(font)
        text.setPos(i, float(p) + 0.01)
        plot.addItem(text)
    plot.getPlotItem().getAxis("bottom").setTicks([[(i, str(i)) for i in range(count)]])
    top = min(1.05, float(probabilities.max()) * 1.15 + 0.05)
    plot.getPlotItem().getAxis("left").setTicks([[(v, f"{v:.0%}") for v in np.arange(0, top, 0.25)]])
    plot.setYRange(0, top, padding=0)
    return plot


COMPACT_HIDDEN_COLUMNS = ("Kind", "Input", "Weights", "Biases")  # beside a view only layer, output, count


class TablesContent(QWidget):
    """Each network's parameter table; a slide's wrong total is named under its table.

    `compact` (a lesson shown beside a view, in a narrow dock) keeps only the
    layer, its output shape and its parameter count, so the numbers stay whole.
    """

    def __init__(self, prepared: PreparedLesson, compact: bool = False) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.tables: list[ParameterTableWidget] = []
        for spec, table in zip(prepared.lesson.tables, prepared.tables):
            widget = ParameterTableWidget()
            weights_only = any(not layer.bias for layer in spec.layers)
            what = tr("weights (biases not counted, as on the slide)") if weights_only else tr("learnable parameters")
            note = tr("True total: {total} {what}.").format(total=f"<b>{table.total:,}</b>", what=what)
            if spec.slide_total is not None and spec.slide_total != table.total:
                note += " " + tr("The slide printed {total}.").format(total=f"<s>{spec.slide_total:,}</s>")
            widget.set_table(table, note)
            font = widget.table_widget().font()
            font.setPointSizeF(TEXT_POINT_SIZE)
            widget.table_widget().setFont(font)
            for label in widget.findChildren(QLabel):
                label.setWordWrap(True)  # a long table title must not make the panel wider than its dock
            if compact:
                for name in COMPACT_HIDDEN_COLUMNS:
                    if name in COLUMNS:
                        widget.table_widget().setColumnHidden(COLUMNS.index(name), True)
            self.tables.append(widget)
            layout.addWidget(widget)


class FilterOutputContent(QWidget):
    """For a small convolution lesson: the true numbers of the chosen filter's map.

    A kernel with a factor written apart (the decks' "±1, then /9") is shown
    too, as whole cells with "× 1/9" in its title, as the kernel editor shows it.
    """

    def __init__(self, prepared: PreparedLesson) -> None:
        super().__init__()
        self.prepared = prepared
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.kernel_grid = matrix(np.zeros((1, 1)), "", scale_for("weights"), max_cell=40)
        self.kernel_grid.hide()
        layout.addWidget(self.kernel_grid)
        self.grid = matrix(np.zeros((1, 1)), "", scale_for("convolution"))
        layout.addWidget(self.grid)
        self.show_filter(0)

    def show_filter(self, index: int) -> None:
        factor = self.prepared.filter_factor(index)
        cells = self.prepared.cells
        show_kernel = factor != 1 and cells is not None and cells.shape[1] == 1
        self.kernel_grid.setVisible(show_kernel)
        if show_kernel:
            self.kernel_grid.set_matrix(cells[index, 0])
            fit_height(self.kernel_grid, 40)
            self.kernel_grid.set_title(f"{self.prepared.filter_label(index)}: " + tr("kernel × {factor}").format(
                factor=scale_text(factor)))
        values = self.prepared.filter_output(index)
        self.grid.set_matrix(values)
        self.grid.set_color_scale(scale_for("convolution"))
        rows, cols = values.shape
        fit_height(self.grid, 64)
        self.grid.set_title(f"{self.prepared.filter_label(index)}: " + tr("the feature map's numbers ({rows}×{cols})").format(
            rows=rows, cols=cols))


SMALL_INPUT_SIDE = 16  # inputs up to this side have their numbers shown in the panel


def lesson_content(prepared: PreparedLesson) -> QWidget | None:
    """The widget for what a lesson shows beyond its words (None when the view shows it all)."""
    lesson = prepared.lesson
    parts: list[QWidget] = []
    if lesson.view == "concept" and prepared.input is not None:
        parts.append(ActivationContent(prepared) if lesson.settings.activation else InputContent(prepared))
    if lesson.view == "convolution" and prepared.output is not None and prepared.input is not None \
            and max(prepared.input.shape[-2:]) <= SMALL_INPUT_SIDE and lesson.settings.groups == 1:
        parts.append(FilterOutputContent(prepared))
    if prepared.tables:
        parts.append(TablesContent(prepared, compact=lesson.view != "concept"))
    if not parts:
        return None
    if len(parts) == 1:
        return parts[0]
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    for part in parts:
        layout.addWidget(part)
    return box
