"""Make a window's text, and the room laid out for it, larger for a projector, and put it back exactly.

Qt sizes text in several places, and `UiZoom` scales each by one factor,
remembering every original so that `restore` gives back the exact look:

- the window's own font, which every widget inside without a font of its
  own inherits (the application font is left alone: a view built while
  zoomed derives its fonts from it, and must not keep them large);
- widgets that keep a text size of their own, found by trying: those whose
  size does not follow when the window's font changes (bigger titles,
  operator signs, and widgets with a style sheet, which take the
  application font rather than their parent's) get their size times the
  factor;
- "font-size: …px" in widget style sheets, also in sheets a view sets again
  later (each step of the Steps view does): while zoomed, an event filter
  sees every style sheet change and scales it;
- widgets with a fixed width or height (a settings column of 300 px), and
  columns that cannot scroll sideways, so larger text still fits;
- the tick labels of pyqtgraph axes and the numbers on colour bars.
"""

from __future__ import annotations

import re
import sys
import weakref
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QGraphicsView, QScrollArea, QWidget

if TYPE_CHECKING:
    from convviz.app.widgets.color_bar import ColorBar


_NO_LIMIT = 16777215  # QWIDGETSIZE_MAX
_BASE_FONT = "convvizZoomBaseFont"
_SHEET_FONT = "convvizZoomSheetFont"  # a style-sheet widget given a font by the zoom
_BASE_SHEET = "convvizZoomBaseSheet"
_ZOOMED_SHEET = "convvizZoomedSheet"
_PIXEL_SIZE = re.compile(r"font-size:\s*(\d+(?:\.\d+)?)px")
_KEEP_SIZE = "convvizKeepTextSize"


def keep_text_size(widget: QWidget) -> QWidget:
    """`widget` and what is in it keep their own text sizes when zoomed (a lesson's text, set large already).

    Text that follows the window's font still grows with it; only sizes set on purpose stay.
    """
    widget.setProperty(_KEEP_SIZE, True)
    return widget


def _keeps_size(widget: QWidget) -> bool:
    node = widget
    while node is not None:
        if node.property(_KEEP_SIZE):
            return True
        node = node.parentWidget()
    return False


def _kept_sizes(widget: QWidget, widgets: list[QWidget]) -> set[int]:
    """The ids of those of `widgets` (`widget` and what is in it) that keep their own text sizes (`keep_text_size`):
    each widget's mark is read once, not once for each widget inside it."""
    if _keeps_size(widget):
        return {id(w) for w in widgets}
    kept: set[int] = set()
    for marked in [w for w in widgets if w.property(_KEEP_SIZE)]:
        if id(marked) not in kept:
            kept.add(id(marked))
            kept.update(id(inside) for inside in marked.findChildren(QWidget))
    return kept


def scaled_font(font: QFont, factor: float) -> QFont:
    """`font` `factor` times larger (point or pixel sized, whichever it uses)."""
    bigger = QFont(font)
    if font.pointSizeF() > 0:
        bigger.setPointSizeF(font.pointSizeF() * factor)
    elif font.pixelSize() > 0:
        bigger.setPixelSize(max(1, round(font.pixelSize() * factor)))
    return bigger


def scaled_sheet(sheet: str, factor: float) -> str:
    """A style sheet with every "font-size: Npx" multiplied by `factor`."""
    return _PIXEL_SIZE.sub(lambda match: f"font-size: {round(float(match.group(1)) * factor)}px", sheet)


def unzoomed_sheet(widget: QWidget) -> str:
    """`widget`'s style sheet as its owner set it (the zoom's larger font sizes taken back out)."""
    sheet = widget.styleSheet()
    base = widget.property(_BASE_SHEET)
    return base if isinstance(base, str) and sheet == widget.property(_ZOOMED_SHEET) else sheet


class UiZoom(QObject):
    """Scales fonts, style-sheet font sizes, fixed sizes and plot tick labels by one factor."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._factor = 1.0
        self._root: weakref.ref[QWidget] | None = None
        self._root_font: QFont | None = None  # the root's explicit font before, or None when it had none
        self._base_font: QFont | None = None  # the font the root showed before (the zoom's reference)
        self._fonts: list[weakref.ref[QWidget]] = []
        self._sheets: list[weakref.ref[QWidget]] = []
        self._sizes: list[tuple[weakref.ref[QWidget], str, int, int]] = []  # widget, "w"/"h"/"w-min", original, zoomed
        self._sized: dict[tuple[int, str], weakref.ref[QWidget]] = {}  # (id, "w"/"h") -> widget: sides zoomed
        self._axes: list[tuple[weakref.ref, QFont | None, int | None]] = []
        self._bars: list[tuple[weakref.ref[ColorBar], QFont | None]] = []
        self._writing_sheet = False

    def factor(self) -> float:
        return self._factor

    def is_active(self) -> bool:
        return self._base_font is not None

    def apply(self, root: QWidget, factor: float) -> None:
        """Zoom `root` (a window) and everything in it (call `restore` to undo)."""
        if factor <= 0:
            raise ValueError(f"the zoom must be a positive factor (got {factor})")
        self.restore()
        self._factor = float(factor)
        self._root = weakref.ref(root)
        explicit = root.testAttribute(Qt.WidgetAttribute.WA_SetFont)
        self._root_font = QFont(root.font()) if explicit else None
        self._base_font = QFont(root.font())
        QApplication.instance().installEventFilter(self)
        self.extend(root)

    def extend(self, widget: QWidget) -> None:
        """Zoom `widget` and its children (a view added after `apply`); does nothing when not zoomed."""
        root = self._root() if self._root is not None else None
        if root is None or self._base_font is None:
            return
        children = widget.findChildren(QWidget)  # in tree order: a parent before its children
        widgets = [w for w in children if w is not root]
        if widget is not root:
            widgets.insert(0, widget)
        # Which widgets follow the window's font? Those whose size changes when it does (in tree order,
        # so a parent zoomed explicitly already counts); the rest keep a size of their own and are zoomed one by one.
        if root.font() != self._base_font:  # zoomed already (a view built while presenting): back to the base
            root.setFont(self._base_font)
        before = [w.font() for w in widgets]  # (a copy each)
        root.setFont(scaled_font(self._base_font, self._factor))
        kept = _kept_sizes(widget, widgets)
        for w, font in zip(widgets, before):
            if id(w) in kept:
                continue
            if w.property(_BASE_FONT) is None and _same_size(w.font(), font):
                self._zoom_font(w, font)
            if _PIXEL_SIZE.search(w.styleSheet()):
                self._zoom_sheet(w)
        for w in [widget, *children]:  # after the fonts: a column must fit its larger contents
            self._zoom_sizes(w)
        pg = sys.modules.get("pyqtgraph")  # no plots before the views load it; never import it here
        bars = sys.modules.get("convviz.app.widgets.color_bar")  # nor colour bars (numpy) before the first paint
        known = {id(ref()) for ref, _, _ in self._axes} | {id(ref()) for ref, _ in self._bars}
        for view in [widget, *children]:
            if isinstance(view, QGraphicsView) and view.scene() is not None:
                for item in view.scene().items():
                    if id(item) in known:
                        continue
                    if bars is not None and isinstance(item, bars.ColorBar):
                        self._zoom_bar(item)
                        known.add(id(item))
                    elif pg is not None and isinstance(item, pg.AxisItem):
                        self._zoom_axis(item)
                        known.add(id(item))

    def restore(self) -> None:
        """Put back every font, sheet and size exactly as it was before `apply`."""
        if self._base_font is None:
            return
        QApplication.instance().removeEventFilter(self)
        for widget in _alive(self._fonts):
            original = widget.property(_BASE_FONT)
            widget.setProperty(_BASE_FONT, None)
            if widget.property(_SHEET_FONT):
                widget.setProperty(_SHEET_FONT, None)
                widget.setFont(QFont())  # no font of its own again
                widget.setStyleSheet(widget.styleSheet())  # which the style sheet resolves anew
            elif isinstance(original, QFont):
                widget.setFont(original)
        for widget in _alive(self._sheets):
            original, zoomed = widget.property(_BASE_SHEET), widget.property(_ZOOMED_SHEET)
            widget.setProperty(_BASE_SHEET, None)
            widget.setProperty(_ZOOMED_SHEET, None)
            if isinstance(original, str) and widget.styleSheet() == zoomed:
                widget.setStyleSheet(original)
        for ref, kind, original, zoomed in self._sizes:
            widget = ref()
            if widget is None:
                continue
            if kind == "w-min":
                if widget.minimumWidth() == zoomed:
                    widget.setMinimumWidth(original)
            elif _fixed(widget, kind) == zoomed:  # the view did not re-fix it meanwhile
                widget.setFixedWidth(original) if kind == "w" else widget.setFixedHeight(original)
        for ref, font, size in self._axes:
            axis = ref()
            if axis is not None:
                axis.setStyle(tickFont=font)
                axis.setWidth(size) if axis.orientation in ("left", "right") else axis.setHeight(size)
        for ref, font in self._bars:
            bar = ref()
            try:
                if bar is not None:
                    bar.set_tick_font(font)
            except RuntimeError:  # its view is gone
                continue
        root = self._root() if self._root is not None else None
        if root is not None:
            root.setFont(self._root_font if self._root_font is not None else QFont())
        self._fonts.clear()
        self._sheets.clear()
        self._sizes.clear()
        self._sized.clear()
        self._axes.clear()
        self._bars.clear()
        self._root = self._root_font = self._base_font = None
        self._factor = 1.0

    # ---------------------------------------------------------------- style sheets set while zoomed
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt name
        if (
            event.type() == QEvent.Type.StyleChange
            and not self._writing_sheet
            and isinstance(watched, QWidget)
            and _PIXEL_SIZE.search(watched.styleSheet())
            and not _keeps_size(watched)
        ):
            self._zoom_sheet(watched)
        return False

    # ---------------------------------------------------------------- one thing each
    def _zoom_font(self, widget: QWidget, font: QFont) -> None:
        """Give a widget that keeps its own text size (`font`) that size times the factor."""
        if not widget.testAttribute(Qt.WidgetAttribute.WA_SetFont):
            widget.setProperty(_SHEET_FONT, True)  # a style-sheet widget: it had no font of its own
        widget.setProperty(_BASE_FONT, QFont(font))
        widget.setFont(scaled_font(font, self._factor))
        self._fonts.append(weakref.ref(widget))

    def _zoom_sheet(self, widget: QWidget) -> None:
        sheet = widget.styleSheet()
        if sheet == widget.property(_ZOOMED_SHEET):
            return  # ours already
        zoomed = scaled_sheet(sheet, self._factor)
        if widget.property(_BASE_SHEET) is None:
            self._sheets.append(weakref.ref(widget))
        widget.setProperty(_BASE_SHEET, sheet)
        widget.setProperty(_ZOOMED_SHEET, zoomed)
        self._writing_sheet = True
        try:
            widget.setStyleSheet(zoomed)
        finally:
            self._writing_sheet = False

    def _zoom_sizes(self, widget: QWidget) -> None:
        """Fixed widths and heights grow by the factor; a column that cannot scroll sideways grows to fit."""
        room = None
        if (
            isinstance(widget, QScrollArea)
            and widget.widget() is not None
            and widget.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
            and type(widget).minimumSizeHint is QScrollArea.minimumSizeHint  # one that sizes itself needs no help
        ):
            inner = widget.widget().minimumSizeHint().width() + 2 * widget.frameWidth()
            room = inner + widget.verticalScrollBar().sizeHint().width()
        for side in ("w", "h"):
            done = self._sized.get((id(widget), side))
            if done is not None and done() is widget:
                continue
            original = _fixed(widget, side)
            if original is not None:
                zoomed = round(original * self._factor)
                if side == "w" and room is not None:
                    zoomed = max(zoomed, room)
                widget.setFixedWidth(zoomed) if side == "w" else widget.setFixedHeight(zoomed)
                self._note_size(widget, side, original, zoomed)
            elif side == "w" and room is not None and widget.minimumWidth() < room:
                self._note_size(widget, "w-min", widget.minimumWidth(), room)
                widget.setMinimumWidth(room)

    def _note_size(self, widget: QWidget, kind: str, original: int, zoomed: int) -> None:
        ref = weakref.ref(widget)
        self._sizes.append((ref, kind, original, zoomed))
        self._sized[id(widget), kind[0]] = ref

    def _zoom_axis(self, axis) -> None:
        """Scale one pyqtgraph axis's tick labels (and the room reserved for them)."""
        original = axis.style.get("tickFont")
        vertical = axis.orientation in ("left", "right")
        fixed = axis.fixedWidth if vertical else axis.fixedHeight
        self._axes.append((weakref.ref(axis), QFont(original) if original is not None else None, fixed))
        axis.setStyle(tickFont=scaled_font(original if original is not None else QApplication.font(), self._factor))
        if fixed is not None:
            grown = round(fixed * self._factor)
            axis.setWidth(grown) if vertical else axis.setHeight(grown)


    def _zoom_bar(self, bar: ColorBar) -> None:
        """Scale a colour bar's numbers (it makes room for them itself)."""
        original = bar.tick_font()
        self._bars.append((weakref.ref(bar), original))
        bar.set_tick_font(scaled_font(original if original is not None else QApplication.font(), self._factor))


def _same_size(a: QFont, b: QFont) -> bool:
    return abs(a.pointSizeF() - b.pointSizeF()) < 1e-6 and a.pixelSize() == b.pixelSize()


def _fixed(widget: QWidget, side: str) -> int | None:
    """The widget's fixed width ("w") or height ("h"), or None when it may stretch."""
    low, high = (widget.minimumWidth(), widget.maximumWidth()) if side == "w" else (
        widget.minimumHeight(), widget.maximumHeight())
    return low if 0 < low == high < _NO_LIMIT else None


def _alive(refs: list[weakref.ref[QWidget]]) -> list[QWidget]:
    widgets = []
    for ref in refs:
        widget = ref()
        try:
            if widget is not None and widget.objectName() is not None:  # raises if the C++ side is gone
                widgets.append(widget)
        except RuntimeError:
            continue
    return widgets
