"""A small matrix with its numbers in the cells, readable from the back of a room.

`MatrixGrid` paints a 2-D array cell by cell with QPainter (cells grow with
the widget, the font grows with the cells, everything is vector-drawn so it
is sharp on high-DPI screens and projectors). It can be edited from the
keyboard or the mouse, and layers of teaching marks go on top:

- highlights: sets of cells per role ("window", "winner", ...), outlined, and
  tinted unless the cell shows a heat colour (see `cell_colors.ROLE_COLORS`);
- a padding mask: cells drawn hatched grey with a "0" (or another text);
- subscripts: a small text in the corner of a cell (the kernel weight that
  multiplies it, as the slides write "3₋₁");
- hidden cells: drawn blank or with a marker such as "?" (not yet computed,
  or waiting for the class to predict);
- an optional heat-map background ("diverging", "sequential", "grey"), chosen
  by the kind of quantity shown (`convviz.state.colors.scale_for`), in the
  colours of `convviz.state.colors` (the maps' and exports' table).

Editing: double-click a cell, or select it and type a number, Enter or F2;
Tab / Shift+Tab and the arrow keys move; Escape cancels. Text that is not a
finite number is refused: `rejected` carries a sentence for the status bar
and the old value stays.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import numpy as np
from PySide6.QtCore import (
    QEvent,
    QObject,
    QPoint,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontInfo,
    QFontMetricsF,
    QKeyEvent,
    QPainter,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QLineEdit, QToolTip, QWidget

from convviz.app.widgets.cell_colors import (
    check_scale,
    default_levels,
    heat_colors,
    role_color,
    text_color_for,
)
from convviz.app.widgets.cell_text import format_number, parse_number
from convviz.i18n import tr
from convviz.state.conventions import cell_name

Cell = tuple[int, int]

_MARGIN = 4
_GRID_PEN = QColor("#9AA0A6")
_BORDER_PEN = QColor("#3C4043")
_TEXT = QColor("#111111")
_MUTED = QColor("#80868B")
_PADDING_FILL = QColor("#E8EAED")
_PADDING_HATCH = QColor("#BDC1C6")
_HIDDEN_FILL = QColor("#F8F9FA")
_HIGHLIGHT_ALPHA = 80
NUMBER_SHARE = 0.45  # a cell's number is this share of the cell's side tall ...
PRESENTING_SHARE = 0.62  # ... and this share in presentation mode, when the class reads it from afar
SUBSCRIPT_WIDTH_SHARE = 0.5  # a corner text is at most this share of its cell's width
PRESENTING_GROWTH = 1.5  # the largest cell may be this much larger in presentation mode
_START_EDIT_CHARS = set("0123456789-+.,\u2212")
_MOVES = {
    Qt.Key.Key_Left: (0, -1),
    Qt.Key.Key_Right: (0, 1),
    Qt.Key.Key_Up: (-1, 0),
    Qt.Key.Key_Down: (1, 0),
}


class MatrixGrid(QWidget):
    """An editable, highlightable grid of numbers (see the module docstring)."""

    edited = Signal(int, int, float)  # row, col, new value (only real changes)
    matrix_changed = Signal(object)  # a copy of the whole matrix after an edit
    rejected = Signal(str)  # a sentence explaining why typed text was refused
    current_changed = Signal(int, int)  # the keyboard cursor moved
    cell_clicked = Signal(int, int)  # a cell was clicked with the mouse

    def __init__(
        self,
        matrix: np.ndarray | None = None,
        *,
        editable: bool = False,
        min_cell: int = 26,
        max_cell: int = 92,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._values = np.zeros((0, 0))
        self._editable = editable
        self._min_cell = min_cell
        self._max_cell = max_cell
        self._presenting = False
        self._highlights: dict[str, tuple[frozenset[Cell], QColor]] = {}
        self._padding: np.ndarray | None = None
        self._padding_text = "0"
        self._subscripts: dict[Cell, str] = {}
        self._hidden: frozenset[Cell] = frozenset()
        self._hidden_marker = ""
        self._scale: str | None = None
        self._levels: tuple[float, float] | None = None
        self._placeholder = ""
        self._title = ""
        self._alignment = Qt.AlignmentFlag.AlignCenter
        self._current: Cell = (0, 0)
        self._editor: QLineEdit | None = None
        self._edit_cell: Cell | None = None
        self._flash: Cell | None = None
        self._flash_timer = QTimer(self, singleShot=True, interval=900, timeout=self._end_flash)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setAccessibleName("matrix")
        self.setAccessibleDescription(tr("Arrow keys move between cells; type a number or press Enter to change one")
                                      if editable else tr("Arrow keys move between cells to read them"))
        self.set_matrix(np.zeros((3, 3)) if matrix is None else matrix)

    # ---------------------------------------------------------------- data
    def set_matrix(self, matrix: np.ndarray) -> None:
        """Show a new 2-D matrix (marks that fall outside it are dropped)."""
        values = np.array(matrix, dtype=np.float64, copy=True)
        if values.ndim != 2:
            raise ValueError(f"a matrix grid shows 2-D arrays, not {values.ndim}-D ones")
        shape_changed = values.shape != self._values.shape
        self.cancel_edit()
        self._values = values
        if shape_changed:
            self._drop_marks_outside()
            self.updateGeometry()
        self.update()

    def matrix(self) -> np.ndarray:
        """A copy of the values shown."""
        return self._values.copy()

    def value(self, row: int, col: int) -> float:
        return float(self._values[row, col])

    def shape(self) -> tuple[int, int]:
        return self._values.shape  # type: ignore[return-value]

    def set_value(self, row: int, col: int, value: float) -> None:
        """Change one cell programmatically (no `edited` signal)."""
        self._values[row, col] = float(value)
        self.update()

    def set_editable(self, editable: bool) -> None:
        self._editable = bool(editable)
        if not editable:
            self.cancel_edit()

    def is_editable(self) -> bool:
        return self._editable

    def set_presenting(self, presenting: bool) -> None:
        """Presentation mode: the numbers fill more of each cell, and cells may grow larger."""
        if bool(presenting) != self._presenting:
            self._presenting = bool(presenting)
            self.updateGeometry()
            self.update()

    def is_presenting(self) -> bool:
        return self._presenting

    def number_pixels(self) -> int:
        """The pixel size of the numbers as painted now (what the class reads)."""
        rows, cols = self._values.shape
        if not rows or not cols:
            return 0
        texts = [self.text_at(r, c) for r in range(rows) for c in range(cols)]
        return self._cell_font(self.cell_size(), texts).pixelSize()

    def subscript_pixels(self) -> int:
        """The pixel size of the small corner texts (the kernel weight under each covered cell)."""
        return self._subscript_font(QFont(self.font()), self.cell_size()).pixelSize()

    def _subscript_font(self, font: QFont, size: float) -> QFont:
        """Corner texts about 12 px (more in big cells), smaller only where a long one ("0.111") would cover the number."""
        small = QFont(font)
        small.setBold(True)
        small.setPixelSize(_subscript_pixels(size))
        widest = max((QFontMetricsF(small).horizontalAdvance(t) for t in self._subscripts.values()), default=0.0)
        room = size * SUBSCRIPT_WIDTH_SHARE
        if widest > room:
            small.setPixelSize(max(7, int(small.pixelSize() * room / widest)))
        return small

    def set_alignment(self, alignment: Qt.AlignmentFlag) -> None:
        """Where the cells sit when the widget is larger than they need (centred by default)."""
        self._alignment = alignment
        self.update()

    def set_title(self, text: str) -> None:
        """A caption drawn just above the cells (it follows them wherever they sit)."""
        if bool(text) != bool(self._title):
            self.updateGeometry()
        self._title = text
        self.setAccessibleName(text or "matrix")
        self.update()

    def title(self) -> str:
        return self._title

    def set_placeholder_text(self, text: str) -> None:
        """What to show when the matrix has no cells."""
        self._placeholder = text
        self.update()

    # ---------------------------------------------------------------- marks
    def set_highlight(self, cells: Iterable[Cell], role: str | QColor = "window") -> None:
        """Tint and outline `cells` in the colour of `role`; replaces that role's cells."""
        key = role if isinstance(role, str) else role.name()
        chosen = frozenset(self._valid(cells))
        if chosen:
            self._highlights[key] = (chosen, role_color(role))
        else:
            self._highlights.pop(key, None)
        self.update()

    def clear_highlight(self, role: str | QColor | None = None) -> None:
        """Remove one role's highlight, or all of them."""
        if role is None:
            self._highlights.clear()
        else:
            self._highlights.pop(role if isinstance(role, str) else role.name(), None)
        self.update()

    def highlighted(self, role: str = "window") -> frozenset[Cell]:
        return self._highlights.get(role, (frozenset(), None))[0]

    def set_padding_mask(self, mask: np.ndarray | None, text: str = "0") -> None:
        """Cells where `mask` is true are padding: hatched grey with `text` ("0", or "−∞" for max pooling)."""
        if mask is not None:
            mask = np.asarray(mask, dtype=bool)
            if mask.shape != self._values.shape:
                raise ValueError(f"padding mask {mask.shape} does not match the matrix {self._values.shape}")
        self._padding = mask
        self._padding_text = text
        self.update()

    def set_subscripts(self, subscripts: Mapping[Cell, str | float]) -> None:
        """A small text per cell, drawn in its corner (numbers are formatted)."""
        self._subscripts = {
            cell: text if isinstance(text, str) else format_number(text)
            for cell, text in subscripts.items()
            if self._inside(cell)
        }
        self.update()

    def set_hidden(self, cells: Iterable[Cell], marker: str = "") -> None:
        """Cells whose value is not shown yet: blank, or `marker` (e.g. "?")."""
        self._hidden = frozenset(self._valid(cells))
        self._hidden_marker = marker
        self.update()

    def hidden(self) -> frozenset[Cell]:
        return self._hidden

    def set_color_scale(self, scale: str | None, levels: tuple[float, float] | None = None) -> None:
        """Heat-map backgrounds: None (plain), "diverging", "sequential" or "grey" (levels: default the maps' rule)."""
        if scale is not None:
            check_scale(scale)  # refuses unknown names now, not at paint time
        self._scale = scale
        self._levels = levels
        self.update()

    def color_scale(self) -> str | None:
        return self._scale

    def cell_color(self, row: int, col: int) -> tuple[int, int, int] | None:
        """The heat colour painted under a cell's number (None: plain, hidden or padding)."""
        backgrounds = self._backgrounds()
        if backgrounds is None or (row, col) in self._hidden or (self._padding is not None and self._padding[row, col]):
            return None
        return tuple(int(v) for v in backgrounds[row, col])  # type: ignore[return-value]

    # ---------------------------------------------------------------- text
    def text_at(self, row: int, col: int) -> str:
        """What the cell shows, exactly as painted (padding "0", hidden marker, number)."""
        if (row, col) in self._hidden:
            return self._hidden_marker
        if self._padding is not None and self._padding[row, col]:
            return self._padding_text
        return format_number(self._values[row, col])

    def subscript_at(self, row: int, col: int) -> str:
        return self._subscripts.get((row, col), "")

    # ---------------------------------------------------------------- cursor
    def current_cell(self) -> Cell:
        return self._current

    def set_current_cell(self, row: int, col: int) -> None:
        rows, cols = self._values.shape
        if not rows or not cols:
            return
        cell = (min(max(row, 0), rows - 1), min(max(col, 0), cols - 1))
        if cell != self._current:
            self._current = cell
            self.setAccessibleDescription(f"row {cell[0] + 1}, column {cell[1] + 1}: {self.text_at(*cell)}")
            self.current_changed.emit(*cell)
            self.update()

    # ---------------------------------------------------------------- geometry
    def cell_size(self) -> float:
        rows, cols = self._values.shape
        if not rows or not cols:
            return 0.0
        fit = min((self.width() - 2 * _MARGIN) / cols, (self.height() - 2 * _MARGIN - self._title_height()) / rows)
        largest = self._max_cell * (PRESENTING_GROWTH if self._presenting else 1.0)
        return float(max(min(fit, largest), 8.0))

    def cell_rect(self, row: int, col: int) -> QRect:
        """The cell's rectangle in widget coordinates (for clicks and overlays)."""
        return self._cell_rectf(row, col).toAlignedRect()

    def cell_at(self, pos: QPoint | QPointF) -> Cell | None:
        rows, cols = self._values.shape
        size = self.cell_size()
        if not size:
            return None
        origin = self._origin(size)
        col = int((pos.x() - origin.x()) // size)
        row = int((pos.y() - origin.y()) // size)
        return (row, col) if 0 <= row < rows and 0 <= col < cols else None

    def sizeHint(self) -> QSize:
        rows, cols = self._values.shape
        cell = round(60 * (PRESENTING_GROWTH if self._presenting else 1.0))
        return QSize(max(cols, 1) * cell + 2 * _MARGIN, max(rows, 1) * cell + 2 * _MARGIN + int(self._title_height()))

    def minimumSizeHint(self) -> QSize:
        rows, cols = self._values.shape
        title = int(self._title_height())
        return QSize(max(cols, 1) * self._min_cell + 2 * _MARGIN, max(rows, 1) * self._min_cell + 2 * _MARGIN + title)

    # ---------------------------------------------------------------- editing
    def is_editing(self) -> bool:
        return self._editor is not None

    def editor(self) -> QLineEdit | None:
        """The open in-place editor, if any (tests and accessibility tools type into it)."""
        return self._editor

    def edit_cell(self, row: int, col: int, initial_text: str | None = None) -> None:
        """Open the in-place editor on a cell (with `initial_text`, or the value selected)."""
        if not self._editable or not self._inside((row, col)):
            return
        if self._padding is not None and self._padding[row, col]:
            return
        self.commit_edit()
        self.set_current_cell(row, col)
        editor = QLineEdit(self)
        editor.setAlignment(Qt.AlignmentFlag.AlignCenter)
        editor.setFrame(False)
        editor.setStyleSheet("QLineEdit { background: #FFF8E1; border: 2px solid #0072B2; color: #111; }")
        editor.setFont(self._cell_font(self.cell_size(), ["-0.000"]))
        editor.setGeometry(self.cell_rect(row, col).adjusted(1, 1, -1, -1))
        editor.setAccessibleName(f"edit row {row + 1}, column {col + 1}")
        if initial_text is None:
            editor.setText(self.text_at(row, col))
            editor.selectAll()
        else:
            editor.setText(initial_text)
        editor.installEventFilter(self)
        self._editor, self._edit_cell = editor, (row, col)
        editor.show()
        editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def commit_edit(self) -> bool:
        """Apply the editor's text; False (and `rejected`) if it is not a number."""
        if self._editor is None or self._edit_cell is None:
            return True
        text, (row, col) = self._editor.text(), self._edit_cell
        self._close_editor()
        if not text.strip():
            return True  # an emptied cell keeps its value: nothing typed, nothing changed
        try:
            value = parse_number(text)
        except ValueError as exc:
            old = format_number(self._values[row, col])
            self._flash = (row, col)
            self._flash_timer.start()
            self.update()
            self.rejected.emit(f"{exc} " + tr("The cell keeps {value}.").format(value=old))
            return False
        if value != self._values[row, col]:
            self._values[row, col] = value
            self.update()
            self.edited.emit(row, col, value)
            self.matrix_changed.emit(self._values.copy())
        return True

    def cancel_edit(self) -> None:
        self._close_editor()

    def _close_editor(self) -> None:
        editor, self._editor, self._edit_cell = self._editor, None, None
        if editor is not None:
            editor.removeEventFilter(self)
            had_focus = editor.hasFocus()
            editor.hide()
            editor.deleteLater()
            if had_focus:
                self.setFocus(Qt.FocusReason.OtherFocusReason)
            self.update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt name
        if watched is self._editor:
            if event.type() == QEvent.Type.KeyPress:
                return self._editor_key(event)  # type: ignore[arg-type]
            if event.type() == QEvent.Type.FocusOut:
                QTimer.singleShot(0, self, self._commit_if_focus_left)
        return super().eventFilter(watched, event)

    def _commit_if_focus_left(self) -> None:
        if self._editor is not None and not self._editor.hasFocus():
            self.commit_edit()

    def _editor_key(self, event: QKeyEvent) -> bool:
        key = event.key()
        row, col = self._edit_cell or self._current
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.commit_edit()
            return True
        if key == Qt.Key.Key_Escape:
            self.cancel_edit()
            return True
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            forward = key == Qt.Key.Key_Tab and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            if self.commit_edit():
                self._step_reading_order(forward)
            return True
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            if self.commit_edit():
                self.set_current_cell(row + _MOVES[key][0], col)
            return True
        return False

    # ---------------------------------------------------------------- events
    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and self._handles_key(event):  # type: ignore[arg-type]
            event.accept()  # our keys beat window shortcuts while the grid has focus
            return True
        if event.type() == QEvent.Type.ToolTip:
            cell = self.cell_at(event.pos())  # type: ignore[attr-defined]
            if cell is not None:
                QToolTip.showText(event.globalPos(), self._tooltip(cell), self)  # type: ignore[attr-defined]
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def _handles_key(self, event: QKeyEvent) -> bool:
        if event.key() in _MOVES:
            return True
        return self._editable and (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2, Qt.Key.Key_Backspace)
            or bool(event.text()) and event.text() in _START_EDIT_CHARS
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt name
        row, col = self._current
        key = event.key()
        if key in _MOVES:
            d_row, d_col = _MOVES[key]
            self.set_current_cell(row + d_row, col + d_col)
        elif self._editable and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2):
            self.edit_cell(row, col)
        elif self._editable and key == Qt.Key.Key_Backspace:
            self.edit_cell(row, col, "")
        elif self._editable and event.text() and event.text() in _START_EDIT_CHARS:
            self.edit_cell(row, col, event.text())
        elif self._editable and event.text().isprintable() and event.text().strip():
            self.edit_cell(row, col, event.text())  # letters too: refused on Enter, with a reason
        else:
            super().keyPressEvent(event)

    def focusNextPrevChild(self, forward: bool) -> bool:  # noqa: N802 - Qt name
        """Tab walks the cells of an editable grid, then leaves it at either end."""
        if self._editable and self.hasFocus() and self._step_reading_order(forward):
            return True
        return super().focusNextPrevChild(forward)

    def _step_reading_order(self, forward: bool) -> bool:
        rows, cols = self._values.shape
        index = self._current[0] * cols + self._current[1] + (1 if forward else -1)
        if not 0 <= index < rows * cols:
            return False
        self.set_current_cell(index // cols, index % cols)
        return True

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt name
        cell = self.cell_at(event.position())
        if cell is not None and event.button() == Qt.MouseButton.LeftButton:
            self.commit_edit()
            self.set_current_cell(*cell)
            self.cell_clicked.emit(*cell)
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event) -> None:  # noqa: N802 - Qt name
        cell = self.cell_at(event.position())
        if cell is not None and self._editable:
            self.edit_cell(*cell)
        else:
            super().mouseDoubleClickEvent(event)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt name
        if self._editor is not None and self._edit_cell is not None:
            self._editor.setGeometry(self.cell_rect(*self._edit_cell).adjusted(1, 1, -1, -1))
        super().resizeEvent(event)

    def focusInEvent(self, event) -> None:  # noqa: N802 - Qt name
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event) -> None:  # noqa: N802 - Qt name
        self.update()
        super().focusOutEvent(event)

    # ---------------------------------------------------------------- painting
    def paintEvent(self, event) -> None:  # noqa: N802 - Qt name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        rows, cols = self._values.shape
        if not rows or not cols:
            self._paint_placeholder(painter)
            return
        size = self.cell_size()
        origin = self._origin(size)  # once per paint: it measures the title's font
        self._paint_title(painter, size, cols, origin)
        texts = [[self.text_at(r, c) for c in range(cols)] for r in range(rows)]
        font = self._cell_font(size, [t for line in texts for t in line])
        small = self._subscript_font(font, size)
        backgrounds = self._backgrounds()
        fills = None if backgrounds is None else backgrounds.astype(int).tolist()  # Python ints, not a numpy
        # scalar per cell
        hatch = QBrush(_PADDING_HATCH, Qt.BrushStyle.BDiagPattern)
        painter.setFont(font)
        for r in range(rows):
            for c in range(cols):
                rect = self._cell_rectf(r, c, size, origin)
                padding = self._padding is not None and self._padding[r, c]
                if (r, c) in self._hidden:
                    painter.fillRect(rect, _HIDDEN_FILL)  # no heat colour: it would give the value away
                    pen = _MUTED
                elif padding:
                    painter.fillRect(rect, _PADDING_FILL)
                    painter.fillRect(rect, hatch)
                    pen = _MUTED
                elif fills is not None:
                    painter.fillRect(rect, QColor(*fills[r][c]))
                    pen = text_color_for(backgrounds[r, c])
                else:
                    painter.fillRect(rect, Qt.GlobalColor.white)
                    pen = _TEXT
                for cells, color in self._highlights.values():
                    if (r, c) in cells and (backgrounds is None or padding or (r, c) in self._hidden):
                        # a heat colour keeps its meaning: marked by the outline only, never tinted
                        tint = QColor(color)
                        tint.setAlpha(_HIGHLIGHT_ALPHA)
                        painter.fillRect(rect, tint)
                painter.setPen(pen)
                painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, texts[r][c])
        self._paint_subscripts(painter, small, size, origin)
        self._paint_grid(painter, rows, cols, size, origin)
        self._paint_outlines(painter, size, origin)
        self._paint_cursor(painter, size, origin)

    def _paint_title(self, painter: QPainter, size: float, cols: int, origin: QPointF) -> None:
        if not self._title:
            return
        height = self._title_height()
        block = QRectF(origin.x(), origin.y() - height, cols * size, height * 0.85)
        area = QRectF(0, block.top(), self.width(), block.height())
        font = self._title_font()
        room = self.width() - 2 * _MARGIN
        while font.pixelSize() > 11 and QFontMetricsF(font).horizontalAdvance(self._title) > room:
            font.setPixelSize(font.pixelSize() - 1)  # shrink before cutting words off
        painter.setFont(font)
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))  # readable in dark themes
        metrics = QFontMetricsF(font)
        text = metrics.elidedText(self._title, Qt.TextElideMode.ElideRight, room)
        fits = metrics.horizontalAdvance(text) <= block.width()
        painter.drawText(block if fits else area, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom, text)

    def _paint_placeholder(self, painter: QPainter) -> None:
        font = QFont(self.font())
        font.setPixelSize(self._label_pixels())
        painter.setFont(font)
        painter.setPen(_MUTED)
        text = "\n\n".join(part for part in (self._title, self._placeholder) if part)
        painter.drawText(self.rect().adjusted(8, 8, -8, -8), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, text)

    def _paint_subscripts(self, painter: QPainter, font: QFont, size: float, origin: QPointF) -> None:
        if not self._subscripts:
            return
        painter.setFont(font)
        color = role_color("window").darker(170)
        painter.setPen(color)
        inset = size * 0.06
        for (r, c), text in self._subscripts.items():
            rect = self._cell_rectf(r, c, size, origin).adjusted(inset, inset, -inset, -inset * 0.5)
            painter.drawText(rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom, text)

    def _paint_grid(self, painter: QPainter, rows: int, cols: int, size: float, origin: QPointF) -> None:
        painter.setPen(QPen(_GRID_PEN, 1.0))
        for r in range(1, rows):
            y = origin.y() + r * size
            painter.drawLine(QPointF(origin.x(), y), QPointF(origin.x() + cols * size, y))
        for c in range(1, cols):
            x = origin.x() + c * size
            painter.drawLine(QPointF(x, origin.y()), QPointF(x, origin.y() + rows * size))
        painter.setPen(QPen(_BORDER_PEN, 1.5))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(QRectF(origin.x(), origin.y(), cols * size, rows * size))

    def _paint_outlines(self, painter: QPainter, size: float, origin: QPointF) -> None:
        """Outline each highlighted region along its border (a dilated window shows its gaps)."""
        width = max(2.5, size * 0.07)
        outlines = list(self._highlights.values())
        if self._flash is not None:
            outlines.append((frozenset({self._flash}), role_color("bad")))
        for cells, color in outlines:
            painter.setPen(QPen(color, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.SquareCap))
            half = width / 2
            for r, c in cells:
                rect = self._cell_rectf(r, c, size, origin).adjusted(half, half, -half, -half)
                if (r - 1, c) not in cells:
                    painter.drawLine(rect.topLeft(), rect.topRight())
                if (r + 1, c) not in cells:
                    painter.drawLine(rect.bottomLeft(), rect.bottomRight())
                if (r, c - 1) not in cells:
                    painter.drawLine(rect.topLeft(), rect.bottomLeft())
                if (r, c + 1) not in cells:
                    painter.drawLine(rect.topRight(), rect.bottomRight())

    def _paint_cursor(self, painter: QPainter, size: float, origin: QPointF) -> None:
        if not self.hasFocus() or self._editor is not None or not self._inside(self._current):
            return
        pen = QPen(QColor("#1A1A1A"), max(1.5, size * 0.03), Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        inset = size * 0.1
        painter.drawRect(self._cell_rectf(*self._current, size, origin).adjusted(inset, inset, -inset, -inset))

    def _backgrounds(self) -> np.ndarray | None:
        if self._scale is None:
            return None
        levels = self._levels or default_levels(self._scale, self._values)
        return heat_colors(self._values, self._scale, levels)

    def _cell_font(self, size: float, texts: list[str]) -> QFont:
        """The largest font (up to `NUMBER_SHARE` of the cell, more when presenting) at which the widest text fits."""
        font = QFont(self.font())
        share = PRESENTING_SHARE if self._presenting else NUMBER_SHARE
        if self._presenting and self._subscripts:
            share = (share + NUMBER_SHARE) / 2  # room left in the corner for the kernel weight
        pixel = max(8, int(size * share))
        font.setPixelSize(pixel)
        widest = max((QFontMetricsF(font).horizontalAdvance(t) for t in texts if t), default=0.0)
        room = size * (0.9 if self._presenting else 0.86)
        if widest > room:
            font.setPixelSize(max(7, int(pixel * room / widest)))
        return font

    # ---------------------------------------------------------------- helpers
    def _origin(self, size: float) -> QPointF:
        rows, cols = self._values.shape
        title = self._title_height()
        spare_x, spare_y = self.width() - cols * size, self.height() - rows * size - title
        align = self._alignment
        left, right = Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignRight
        top, bottom = Qt.AlignmentFlag.AlignTop, Qt.AlignmentFlag.AlignBottom
        x = _MARGIN if align & left else spare_x - _MARGIN if align & right else spare_x / 2
        y = _MARGIN if align & top else spare_y - _MARGIN if align & bottom else spare_y / 2
        return QPointF(x, y + title)

    def _title_font(self) -> QFont:
        font = QFont(self.font())
        font.setPixelSize(self._label_pixels())
        font.setBold(True)
        return font

    def _label_pixels(self) -> int:
        """18 px, or more when the widget's font is larger (presentation mode zooms it)."""
        return max(18, round(QFontInfo(self.font()).pixelSize() * 1.25))

    def _title_height(self) -> float:
        return QFontMetricsF(self._title_font()).height() * 1.25 if self._title else 0.0

    def _cell_rectf(self, row: int, col: int, size: float | None = None, origin: QPointF | None = None) -> QRectF:
        """The cell's rectangle; a paint passes the `size` and `origin` it measured once for all its cells."""
        if size is None:
            size = self.cell_size()
        if origin is None:
            origin = self._origin(size)
        return QRectF(origin.x() + col * size, origin.y() + row * size, size, size)

    def _inside(self, cell: Cell) -> bool:
        rows, cols = self._values.shape
        return 0 <= cell[0] < rows and 0 <= cell[1] < cols

    def _valid(self, cells: Iterable[Cell]) -> Iterable[Cell]:
        return ((int(r), int(c)) for r, c in cells if self._inside((int(r), int(c))))

    def _drop_marks_outside(self) -> None:
        self._highlights = {
            key: (frozenset(cell for cell in cells if self._inside(cell)), color)
            for key, (cells, color) in self._highlights.items()
        }
        self._subscripts = {cell: text for cell, text in self._subscripts.items() if self._inside(cell)}
        self._hidden = frozenset(cell for cell in self._hidden if self._inside(cell))
        if self._padding is not None and self._padding.shape != self._values.shape:
            self._padding = None
        rows, cols = self._values.shape
        self._current = (min(self._current[0], max(rows - 1, 0)), min(self._current[1], max(cols - 1, 0)))

    def _tooltip(self, cell: Cell) -> str:
        r, c = cell
        if self._padding is not None and self._padding[r, c]:
            return cell_name(r, c) + ": " + tr("padding ({value})").format(value=self._padding_text)
        if cell in self._hidden:
            return cell_name(r, c) + ": " + tr("not revealed yet")
        return cell_name(r, c) + f": {self._values[r, c]:.6g}"

    def _end_flash(self) -> None:
        self._flash = None
        self.update()


def _subscript_pixels(size: float) -> int:
    """Corner texts: about 12 px where the cell has room for it (never the 7 px nobody reads), more in big cells."""
    return max(7, min(12, int(size * 0.4)), int(size * 0.28))
