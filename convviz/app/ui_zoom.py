"""Make a window's text, and the room laid out for it, larger for a projector, and put it back exactly.

Qt sizes text in several places, and `UiZoom` scales each by one factor,
remembering every original so that `restore` gives back the exact look:

- the application font, which every widget without a font of its own follows;
- fonts a widget sets itself with a size (bigger titles, operator signs);
  a font that only sets e.g. bold inherits the new size anyway;
- "font-size: …px" in widget style sheets, also in sheets a view sets again
  later (each step of the Steps view does): while zoomed, an event filter
  sees every style sheet change and scales it;
- widgets with a fixed width or height (a settings column of 300 px), so
  larger text still fits;
- the tick labels of pyqtgraph axes (the numbers on colour bars).

A widget with a style sheet takes the application font only when its sheet
is applied, so those sheets are applied again after the font changes.
"""

from __future__ import annotations

import re
import weakref

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QGraphicsView, QScrollArea, QWidget

from convviz.app.theme import reapply_style_sheets

_SIZE_RESOLVED = 0x2  # QFont::SizeResolved: the font fixes its own size
_NO_LIMIT = 16777215  # QWIDGETSIZE_MAX
_BASE_FONT = "convvizZoomBaseFont"
_BASE_SHEET = "convvizZoomBaseSheet"
_ZOOMED_SHEET = "convvizZoomedSheet"
_PIXEL_SIZE = re.compile(r"font-size:\s*(\d+(?:\.\d+)?)px")


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


class UiZoom(QObject):
    """Scales fonts, style-sheet font sizes, fixed sizes and plot tick labels by one factor."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._factor = 1.0
        self._app_font: QFont | None = None
        self._fonts: list[weakref.ref[QWidget]] = []
        self._sheets: list[weakref.ref[QWidget]] = []
        self._sizes: list[tuple[weakref.ref[QWidget], str, int, int]] = []  # widget, "w"/"h", original, zoomed
        self._axes: list[tuple[weakref.ref, QFont | None, int | None]] = []
        self._writing_sheet = False

    def factor(self) -> float:
        return self._factor

    def is_active(self) -> bool:
        return self._app_font is not None

    def apply(self, root: QWidget, factor: float) -> None:
        """Zoom the application font and everything under `root` (call `restore` to undo)."""
        if factor <= 0:
            raise ValueError(f"the zoom must be a positive factor (got {factor})")
        self.restore()
        self._factor = float(factor)
        app = QApplication.instance()
        self._app_font = QFont(app.font())
        app.setFont(scaled_font(self._app_font, self._factor))
        app.installEventFilter(self)
        reapply_style_sheets()  # and the filter scales their pixel sizes on the way
        self.extend(root)

    def extend(self, root: QWidget) -> None:
        """Zoom widgets added after `apply` (a view built later); does nothing when not zoomed."""
        if not self.is_active():
            return
        widgets = [root, *root.findChildren(QWidget)]
        for widget in widgets:
            self._zoom_font(widget)
            if _PIXEL_SIZE.search(widget.styleSheet()):
                self._zoom_sheet(widget)
        for widget in widgets:  # after the fonts: a column must fit its larger contents
            self._zoom_fixed_size(widget)
        import pyqtgraph as pg  # loaded by the views already; not needed before the first one

        known = {id(ref()) for ref, _, _ in self._axes}
        for view in [root, *root.findChildren(QGraphicsView)]:
            if isinstance(view, QGraphicsView) and view.scene() is not None:
                for item in view.scene().items():
                    if isinstance(item, pg.AxisItem) and id(item) not in known:
                        self._zoom_axis(item)
                        known.add(id(item))

    def restore(self) -> None:
        """Put back every font, sheet and size exactly as it was before `apply`."""
        if self._app_font is None:
            return
        QApplication.instance().removeEventFilter(self)
        for widget in _alive(self._fonts):
            original = widget.property(_BASE_FONT)
            widget.setProperty(_BASE_FONT, None)
            if isinstance(original, QFont):
                widget.setFont(original)
        for widget in _alive(self._sheets):
            original, zoomed = widget.property(_BASE_SHEET), widget.property(_ZOOMED_SHEET)
            widget.setProperty(_BASE_SHEET, None)
            widget.setProperty(_ZOOMED_SHEET, None)
            if isinstance(original, str) and widget.styleSheet() == zoomed:
                widget.setStyleSheet(original)
        for ref, side, original, zoomed in self._sizes:
            widget = ref()
            if widget is not None and _fixed(widget, side) == zoomed:  # the view did not re-fix it meanwhile
                widget.setFixedWidth(original) if side == "w" else widget.setFixedHeight(original)
        for ref, font, size in self._axes:
            axis = ref()
            if axis is not None:
                axis.setStyle(tickFont=font)
                axis.setWidth(size) if axis.orientation in ("left", "right") else axis.setHeight(size)
        self._fonts.clear()
        self._sheets.clear()
        self._sizes.clear()
        self._axes.clear()
        QApplication.instance().setFont(self._app_font)
        self._app_font = None
        self._factor = 1.0
        reapply_style_sheets()

    # ---------------------------------------------------------------- style sheets set while zoomed
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt name
        if (
            event.type() == QEvent.Type.StyleChange
            and not self._writing_sheet
            and isinstance(watched, QWidget)
            and _PIXEL_SIZE.search(watched.styleSheet())
        ):
            self._zoom_sheet(watched)
        return False

    # ---------------------------------------------------------------- one thing each
    def _zoom_font(self, widget: QWidget) -> None:
        if widget.property(_BASE_FONT) is not None or not widget.testAttribute(Qt.WidgetAttribute.WA_SetFont):
            return
        font = widget.font()
        if font.resolveMask() & _SIZE_RESOLVED:
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

    def _zoom_fixed_size(self, widget: QWidget) -> None:
        for side in ("w", "h"):
            original = _fixed(widget, side)
            if original is None or any(ref() is widget and s == side for ref, s, _, _ in self._sizes):
                continue
            zoomed = round(original * self._factor)
            if side == "w" and isinstance(widget, QScrollArea) and widget.widget() is not None:
                room = widget.widget().minimumSizeHint().width() + 2 * widget.frameWidth()
                zoomed = max(zoomed, room + widget.verticalScrollBar().sizeHint().width())
            widget.setFixedWidth(zoomed) if side == "w" else widget.setFixedHeight(zoomed)
            self._sizes.append((weakref.ref(widget), side, original, zoomed))

    def _zoom_axis(self, axis) -> None:
        """Scale one pyqtgraph axis's tick labels (and the room reserved for them)."""
        original = axis.style.get("tickFont")
        vertical = axis.orientation in ("left", "right")
        fixed = axis.fixedWidth if vertical else axis.fixedHeight
        self._axes.append((weakref.ref(axis), QFont(original) if original is not None else None, fixed))
        axis.setStyle(tickFont=scaled_font(original if original is not None else self._app_font, self._factor))
        if fixed is not None:
            grown = round(fixed * self._factor)
            axis.setWidth(grown) if vertical else axis.setHeight(grown)


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
