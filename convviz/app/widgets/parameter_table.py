"""A network's parameter table as the decks teach it: per layer shapes, weights, biases, total.

Fed with `convviz.model.parameter_table(...)` results, so the numbers are
computed from the layers, never typed in; the total row is the real count.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from convviz.i18n import tr, tr_noop

COLUMNS = (tr_noop("Layer"), tr_noop("Input"), tr_noop("Output"), tr_noop("Activations"), tr_noop("Weights"),
           tr_noop("Biases"), tr_noop("Parameters"))  # "Activations": the decks' "Activation size", values out
NUMBER_COLUMNS = 3  # columns from here on hold counts, right-aligned
KIND_WORDS = {
    "input": tr_noop("input"),
    "conv": tr_noop("convolution"),
    "relu": tr_noop("ReLU"),
    "pool": tr_noop("max pool"),
    "fc": tr_noop("fully connected"),
    "softmax": tr_noop("softmax"),
}


def shape_text(shape: tuple[int, ...]) -> str:
    return "×".join(str(n) for n in shape)


def count_text(count: int) -> str:
    return f"{count:,}" if count else "–"


ROW_LINES = 1.25  # a row is this many lines of its font tall: LeNet's 14 rows fit a 720-pixel projector presenting


class ParameterTableWidget(QWidget):
    """A read-only table of one network's layers with the total in bold, and a note under it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._title = QLabel()
        self._title.setWordWrap(True)  # a long title wraps instead of widening its column
        title_font = self._title.font()
        title_font.setBold(True)
        title_font.setPointSizeF(title_font.pointSizeF() * 1.1)
        self._title.setFont(title_font)
        self._table = QTableWidget(0, len(COLUMNS))
        self._table.setAccessibleName(tr("parameters of each layer"))
        self._table.setTabKeyNavigation(False)  # Tab leaves the table (a table would keep it, cell after cell)
        self._table.setAccessibleDescription(tr("Each layer's output shape, weights and biases, one row a layer"))
        self._table.setHorizontalHeaderLabels([tr(column) for column in COLUMNS])
        self._table.verticalHeader().setVisible(False)
        self._table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self._table.setAlternatingRowColors(True)
        self._table.setWordWrap(False)
        self._table.verticalHeader().setDefaultSectionSize(round(self._table.fontMetrics().height() * ROW_LINES))
        header = self._table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self._table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._table.installEventFilter(self)
        self._note = QLabel()
        self._note.setWordWrap(True)
        self._note.setTextFormat(Qt.TextFormat.RichText)
        self._total = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._title)
        layout.addWidget(self._table, 1)
        layout.addWidget(self._note)

    def total(self) -> int:
        return self._total

    def cell_text(self, row: int, column: int) -> str:
        item = self._table.item(row, column)
        return item.text() if item is not None else ""

    def row_count(self) -> int:
        return self._table.rowCount()

    def table_widget(self) -> QTableWidget:
        return self._table

    def set_table(self, table, note: str = "") -> None:
        """Show a `convviz.model.ParameterTable` and a note (rich text) under it."""
        rows = table.rows
        self._title.setText(table.title)
        self._table.setRowCount(len(rows) + 1)
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for index, row in enumerate(rows):
            values = (
                row.layer,
                shape_text(row.input_shape) if row.kind != "input" else "–",
                shape_text(row.output_shape),
                f"{row.activation_size:,}",
                count_text(row.weights),
                count_text(row.biases),
                count_text(row.parameters),
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column == 0:
                    item.setToolTip(tr(KIND_WORDS[row.kind]) if row.kind in KIND_WORDS else row.kind)
                if column >= NUMBER_COLUMNS:
                    item.setTextAlignment(right)
                if row.parameters == 0:  # layers without weights: muted, so the ones that count stand out
                    item.setForeground(self._table.palette().placeholderText())
                self._table.setItem(index, column, item)
        self._total = table.total
        bold = QFont(self._table.font())
        bold.setBold(True)
        for column in range(len(COLUMNS)):
            text = {0: tr("Total"), 4: count_text(sum(r.weights for r in rows)),
                    5: count_text(sum(r.biases for r in rows)), 6: f"{table.total:,}"}.get(column, "")
            item = QTableWidgetItem(text)
            item.setFont(bold)
            if column >= NUMBER_COLUMNS:
                item.setTextAlignment(right)
            self._table.setItem(len(rows), column, item)
        self._note.setText(note)
        self._note.setVisible(bool(note))
        self._fit_height()

    def _fit_height(self) -> None:
        """Exactly as tall as its rows: no scroll bar over the Total row, no empty rows under it, and the note
        under the table, never over it. Follows the table's font (a lesson's larger text, presentation mode)."""
        table = self._table
        table.verticalHeader().setDefaultSectionSize(round(table.fontMetrics().height() * ROW_LINES))
        for row in range(table.rowCount()):
            table.setRowHeight(row, table.verticalHeader().defaultSectionSize())
        header = table.horizontalHeader().sizeHint().height()
        height = header + sum(table.rowHeight(r) for r in range(table.rowCount())) + 2 * table.frameWidth()
        # a range, not a fixed height: presentation mode scales fixed sizes, and this one follows the font itself
        table.setMinimumHeight(height)
        table.setMaximumHeight(height + 1)
        table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._fit_words()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt name
        super().resizeEvent(event)
        self._fit_words()

    def _fit_words(self) -> None:
        """The title and the note ask for the height their wrapped lines need at this width (a tab page does not
        pass the question on, and the note lay over the table's last row when the text grew)."""
        for label in (self._title, self._note):
            need = label.heightForWidth(max(self.width(), 1)) if label.text() else 0
            if label.minimumHeight() != need:
                label.setMinimumHeight(need)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt name
        if watched is self._table and event.type() == QEvent.Type.FontChange:
            self._fit_height()
        return False
