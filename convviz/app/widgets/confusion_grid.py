"""A 10×10 confusion matrix drawn as big clickable cells with their counts.

Rows are the true digits, columns what the network read. Right answers (the
diagonal) are shaded bluish green by the share of their row they hold;
mistakes are shaded vermilion by how many they are (on a square-root scale,
so a handful still shows next to a hundred); empty cells stay pale. Every
count is written in its cell; a click emits `cell_clicked(true, predicted)`.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from convviz.app.widgets.arrow_keys import ArrowKeys, clamp_cell
from convviz.i18n import tr

RIGHT = QColor("#009E73")  # Okabe–Ito bluish green
WRONG = QColor("#D55E00")  # Okabe–Ito vermilion
EMPTY = QColor("#F4F4F6")
SELECTED = QColor("#1F2026")
HEADER_SHARE = 1.3  # the header row and column are this many cells' worth of... a cell each, a bit wider


def _mix(colour: QColor, amount: float) -> QColor:
    """`colour` mixed into white: 0 gives white, 1 the colour itself."""
    amount = float(np.clip(amount, 0.0, 1.0))
    return QColor(
        round(255 + (colour.red() - 255) * amount),
        round(255 + (colour.green() - 255) * amount),
        round(255 + (colour.blue() - 255) * amount),
    )


def _text_colour(background: QColor) -> QColor:
    luminance = 0.2126 * background.redF() + 0.7152 * background.greenF() + 0.0722 * background.blueF()
    return QColor("#FFFFFF") if luminance < 0.55 else QColor("#111111")


class ConfusionGrid(QWidget):
    """Paints the matrix; `cell_clicked(true, predicted)` on a click, `set_selected` outlines a cell."""

    cell_clicked = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._matrix = np.zeros((10, 10), dtype=np.int64)
        self._selected: tuple[int, int] | None = None
        self.setMinimumSize(360, 360)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        ArrowKeys(self, self._key_move)
        self.setAccessibleName(tr("confusion matrix"))
        self.setAccessibleDescription(tr("Rows: the true digit; columns: what the network read. "
                                         "Arrow keys choose a cell and list its test digits"))

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt name
        return QSize(520, 520)

    def set_matrix(self, matrix: np.ndarray) -> None:
        matrix = np.asarray(matrix, dtype=np.int64)
        if matrix.ndim != 2 or matrix.shape[0] != matrix.shape[1]:
            raise ValueError(f"a confusion matrix is square, not shaped {matrix.shape}.")
        self._matrix = matrix
        self.update()

    def matrix(self) -> np.ndarray:
        return self._matrix.copy()

    def set_selected(self, cell: tuple[int, int] | None) -> None:
        self._selected = cell
        self.update()

    def selected(self) -> tuple[int, int] | None:
        return self._selected

    # ------------------------------------------------------------------ geometry
    def _layout(self) -> tuple[float, float, float]:
        """(left, top, cell size): a square grid with one header row and column, centred."""
        classes = self._matrix.shape[0]
        cell = min(self.width(), self.height()) / (classes + HEADER_SHARE + 0.2)
        grid = cell * classes
        left = (self.width() - grid - cell * HEADER_SHARE) / 2 + cell * HEADER_SHARE
        top = (self.height() - grid - cell * HEADER_SHARE) / 2 + cell * HEADER_SHARE
        return left, top, cell

    def cell_rect(self, true: int, predicted: int) -> QRectF:
        left, top, cell = self._layout()
        return QRectF(left + predicted * cell, top + true * cell, cell, cell)

    def cell_at(self, point: QPointF) -> tuple[int, int] | None:
        left, top, cell = self._layout()
        column = int((point.x() - left) // cell)
        row = int((point.y() - top) // cell)
        classes = self._matrix.shape[0]
        if point.x() < left or point.y() < top or not (0 <= row < classes and 0 <= column < classes):
            return None
        return row, column

    def cell_colour(self, true: int, predicted: int) -> QColor:
        count = int(self._matrix[true, predicted])
        if count == 0:
            base = self.palette().base().color()
            return EMPTY if base.lightness() > 128 else base  # dark themes: empty cells stay dark
        if true == predicted:
            row_total = max(1, int(self._matrix[true].sum()))
            return _mix(RIGHT, 0.35 + 0.65 * count / row_total)
        off = self._matrix.copy()
        np.fill_diagonal(off, 0)
        peak = max(1, int(off.max()))
        return _mix(WRONG, 0.25 + 0.75 * np.sqrt(count / peak))

    # ------------------------------------------------------------------ painting and clicks
    def paintEvent(self, event) -> None:  # noqa: N802 - Qt name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        left, top, cell = self._layout()
        classes = self._matrix.shape[0]
        count_font = QFont(self.font())
        count_font.setPixelSize(max(9, round(cell * 0.34)))
        count_font.setBold(True)
        header_font = QFont(self.font())
        header_font.setPixelSize(max(9, round(cell * 0.42)))
        header_font.setBold(True)
        axis_font = QFont(self.font())
        axis_font.setPixelSize(max(10, round(cell * 0.36)))
        text = self.palette().windowText().color()

        painter.setFont(header_font)
        painter.setPen(text)
        for index in range(classes):
            painter.drawText(QRectF(left + index * cell, top - cell * 0.75, cell, cell * 0.7),
                             Qt.AlignmentFlag.AlignCenter, str(index))
            painter.drawText(QRectF(left - cell * 0.75, top + index * cell, cell * 0.7, cell),
                             Qt.AlignmentFlag.AlignCenter, str(index))
        painter.setFont(axis_font)
        painter.drawText(QRectF(left, top - cell * 1.3, cell * classes, cell * 0.5),
                         Qt.AlignmentFlag.AlignCenter, tr("read as →"))
        painter.save()
        painter.translate(left - cell * 1.05, top + cell * classes / 2)
        painter.rotate(-90)
        painter.drawText(QRectF(-cell * classes / 2, -cell * 0.25, cell * classes, cell * 0.5),
                         Qt.AlignmentFlag.AlignCenter, tr("true digit →"))
        painter.restore()

        painter.setFont(count_font)
        grid_pen = QPen(self.palette().window().color())
        grid_pen.setWidthF(1.5)
        for true in range(classes):
            for predicted in range(classes):
                rect = self.cell_rect(true, predicted)
                colour = self.cell_colour(true, predicted)
                painter.setPen(grid_pen)
                painter.setBrush(colour)
                painter.drawRect(rect)
                count = int(self._matrix[true, predicted])
                if count:
                    painter.setPen(_text_colour(colour))
                    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(count))
        if self._selected is not None:
            pen = QPen(SELECTED if self.palette().window().color().lightness() > 128 else QColor("#FFFFFF"))
            pen.setWidthF(max(2.5, cell * 0.08))
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self.cell_rect(*self._selected).adjusted(1, 1, -1, -1))
        painter.end()

    def _key_move(self, d_row: int, d_col: int) -> bool:
        """Arrow keys: the cell beside the chosen one (the top left first), chosen as a click chooses it."""
        size = self._matrix.shape[0]
        row, col = self._selected if self._selected is not None else (-d_row if d_row else 0, -d_col if d_col else 0)
        cell = clamp_cell(row + d_row, col + d_col, size, size)
        count = int(self._matrix[cell])
        self.setAccessibleDescription(tr("{count} test digits that are {true}s read as {predicted}").format(
            count=count, true=cell[0], predicted=cell[1]))
        self.set_selected(cell)
        self.cell_clicked.emit(*cell)
        return True

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt name
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        cell = self.cell_at(event.position())
        if cell is not None:
            self.set_selected(cell)
            self.cell_clicked.emit(*cell)

    def mouseMoveEvent(self, event) -> None:  # noqa: N802 - Qt name
        cell = self.cell_at(event.position())
        if cell is None:
            self.setToolTip("")
            return
        true, predicted = cell
        self.setToolTip(self.cell_tooltip(true, predicted, int(self._matrix[true, predicted])))

    def cell_tooltip(self, true: int, predicted: int, count: int) -> str:
        """What the tooltip says of one cell: `count` digits of class `true` read as `predicted`."""
        what = tr("read right") if true == predicted else tr("read as {digit}").format(digit=predicted)
        return tr("{count} test digit(s) that are {true}s {what} · click to see them").format(
            count=count, true=true, what=what)
