"""Find what a class would see wrong on a window: widgets off-screen, text cut off, widgets on top of each other.

`layout_problems(window, room)` walks every visible widget of a shown window
and returns one sentence per fault (an empty list when the layout is right):

- **too big**: the window, or the size its layout needs, is larger than `room`
  (the screen): part of it would be off-screen;
- **off-screen**: a widget reaches outside its parent (outside the window, for
  the top ones), so part of it is cut away;
- **clipped text**: a label or button narrower (or, wrapped, shorter) than its
  text; an `ElidedLabel` may shorten its text, but then its tooltip holds it whole;
  a combo box narrower than its current choice (an `ElidedComboBox` may shorten it, its tooltip holding it whole);
  text items in plots (a percentage over a bar) cut by their plot's edge;
- **squeezed**: an input widget (spin box, combo box, line edit, slider) given
  less than its minimum size, which Qt only does when the layout cannot fit;
- **overlap**: two visible sibling widgets whose rectangles intersect;
- **scroll bar**: a scroll bar that can scroll, except up and down in an area
  marked with `allow_scrolling` (a settings column, a long lesson text).

Widgets marked `mark_overlay` lie over their siblings on purpose. Content
inside a scroll area is checked against the area's viewport only for
clipped text (scrolling, not cutting, is how it reaches its hidden part).
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QFontMetrics, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDockWidget,
    QGraphicsTextItem,
    QGraphicsView,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QScrollBar,
    QSizeGrip,
    QSlider,
    QStyle,
    QTabBar,
    QToolButton,
    QWidget,
)

from convviz.app.widgets.elided_combo import ElidedComboBox
from convviz.app.widgets.elided_label import ElidedLabel
from convviz.app.widgets.fitted_label import FittedLabel
from convviz.app.widgets.layout_marks import is_overlay, may_scroll

TOLERANCE = 1  # pixels of rounding allowed everywhere
_QT_INTERNALS = ("qt_scrollarea_hcontainer", "qt_scrollarea_vcontainer", "qt_scrollarea_viewport")


def layout_problems(window: QWidget, room: QSize | None = None) -> list[str]:
    """Every layout fault of the shown `window` on a screen of size `room` (see the module docstring)."""
    problems: list[str] = []
    if room is not None:
        problems += _too_big(window, room)
    widgets = [w for w in window.findChildren(QWidget) if _shown(w, window)]
    for widget in widgets:
        problems += _outside_parent(widget, window)
        problems += _clipped_text(widget)
        problems += _squeezed(widget)
        problems += _scroll_bar(widget)
        problems += _cut_column(widget)
        if isinstance(widget, QGraphicsView):
            problems += _clipped_plot_text(widget)
    problems += _overlaps([window, *widgets])
    return problems


def describe(widget: QWidget) -> str:
    """A name a person can find the widget by: class, object name or text, and the chain of parents."""
    parts = []
    node: QWidget | None = widget
    while node is not None and len(parts) < 4:
        parts.append(_name(node))
        node = node.parentWidget()
    return " in ".join(parts)


# ------------------------------------------------------------------ checks
def _too_big(window: QWidget, room: QSize) -> list[str]:
    problems = []
    size, need = window.size(), window.minimumSizeHint()
    if size.width() > room.width() + TOLERANCE or size.height() > room.height() + TOLERANCE:
        problems.append(f"too big: the window is {size.width()}×{size.height()} on a "
                        f"{room.width()}×{room.height()} screen")
    if need.width() > room.width() + TOLERANCE or need.height() > room.height() + TOLERANCE:
        problems.append(f"too big: the window's layout needs {need.width()}×{need.height()} on a "
                        f"{room.width()}×{room.height()} screen")
    return problems


def _outside_parent(widget: QWidget, window: QWidget) -> list[str]:
    parent = widget.parentWidget()
    if parent is None or widget.isWindow() or _inside_scrolled(widget) or _qt_internal(widget):
        return []
    if isinstance(parent, QMainWindow) and widget.objectName() == "pointerHighlight":
        return []
    inner = parent.rect().adjusted(-TOLERANCE, -TOLERANCE, TOLERANCE, TOLERANCE)
    if inner.contains(widget.geometry()):
        return []
    g = widget.geometry()
    where = "the window" if parent is window else _name(parent)
    return [f"off-screen: {describe(widget)} at {g.x()},{g.y()} {g.width()}×{g.height()} reaches outside "
            f"{where} ({parent.width()}×{parent.height()})"]


def _clipped_text(widget: QWidget) -> list[str]:
    if isinstance(widget, FittedLabel):
        font = widget.fitted_font()
        need = QFontMetrics(font).boundingRect(widget.text()).size()
        room = widget.contentsRect().size()
        if need.width() > room.width() + TOLERANCE or QFontMetrics(font).height() > room.height() + TOLERANCE:
            return [f"clipped text: {describe(widget)} cannot shrink its text into {room.width()}×{room.height()}"]
        return []
    if isinstance(widget, ElidedLabel):
        if widget.is_elided() and widget.text() not in widget.toolTip():
            return [f"clipped text: {describe(widget)} is shortened and its tooltip lacks the whole text"]
        return []
    if isinstance(widget, QLabel):
        return _clipped_label(widget)
    if isinstance(widget, (QPushButton, QCheckBox, QRadioButton, QToolButton)):
        return _clipped_button(widget)
    if isinstance(widget, ElidedComboBox):
        if widget.is_elided() and widget.currentText() not in widget.toolTip():
            return [f"clipped text: {describe(widget)} is shortened and its tooltip lacks the whole choice"]
        return []
    if isinstance(widget, QComboBox) and not widget.isEditable() and widget.currentText():
        return _clipped_combo(widget)
    if isinstance(widget, QGroupBox) and widget.title():
        need = widget.fontMetrics().horizontalAdvance(widget.title().replace("&", "")) + 8
        if need > widget.width() + TOLERANCE:
            return [f"clipped text: the title of {describe(widget)} needs {need} px, has {widget.width()}"]
    return []


def _clipped_label(label: QLabel) -> list[str]:
    text = label.text()
    if not text or label.pixmap() is not None and not label.pixmap().isNull():
        return []
    room = label.contentsRect().adjusted(label.margin(), label.margin(), -label.margin(), -label.margin())
    if label.indent() > 0:
        room.setWidth(room.width() - label.indent())
    if label.wordWrap():
        need_height = label.heightForWidth(label.width())
        widest_word = _widest_word(label)
        problems = []
        if need_height > label.height() + TOLERANCE:
            problems.append(f"clipped text: {describe(label)} needs {need_height} px of height, has {label.height()}")
        if widest_word > room.width() + TOLERANCE:
            problems.append(f"clipped text: a word of {describe(label)} needs {widest_word} px, has {room.width()}")
        return problems
    need = _text_size(label)
    if need.width() > room.width() + TOLERANCE or need.height() > room.height() + TOLERANCE:
        return [f"clipped text: {describe(label)} needs {need.width()}×{need.height()}, "
                f"has {room.width()}×{room.height()}"]
    return []


def _clipped_button(button: QAbstractButton) -> list[str]:
    text = button.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
    if not text:
        return []
    if isinstance(button, QToolButton) and not button.icon().isNull() and \
            button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly:
        return []  # its text is the tooltip's: only the icon is drawn
    style = button.style()
    need = button.fontMetrics().horizontalAdvance(text)
    if not button.icon().isNull():
        need += button.iconSize().width() + 4
    if isinstance(button, (QCheckBox, QRadioButton)):
        indicator = QStyle.PixelMetric.PM_IndicatorWidth if isinstance(button, QCheckBox) else \
            QStyle.PixelMetric.PM_ExclusiveIndicatorWidth
        need += style.pixelMetric(indicator, None, button) + style.pixelMetric(
            QStyle.PixelMetric.PM_CheckBoxLabelSpacing, None, button)
    else:
        need += 2 * style.pixelMetric(QStyle.PixelMetric.PM_ButtonMargin, None, button) // 2 + 4
        need = min(need, button.sizeHint().width())  # a style-sheet button's own padding may be less
    if need > button.width() + TOLERANCE:
        return [f"clipped text: {describe(button)} needs {need} px, has {button.width()}"]
    return []


def _clipped_combo(combo: QComboBox) -> list[str]:
    """A combo box showing less than its current choice (Qt lets its minimum be narrower than the text)."""
    from PySide6.QtWidgets import QStyleOptionComboBox

    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                         QStyle.SubControl.SC_ComboBoxEditField, combo)
    need = combo.fontMetrics().horizontalAdvance(combo.currentText())
    if not combo.itemIcon(combo.currentIndex()).isNull():
        need += combo.iconSize().width() + 4
    if need > field.width() + TOLERANCE:
        return [f"clipped text: {describe(combo)} shows {combo.currentText()!r} in {field.width()} px, needs {need}"]
    return []


def _squeezed(widget: QWidget) -> list[str]:
    if not isinstance(widget, (QAbstractSpinBox, QComboBox, QLineEdit, QSlider)) or _inside_scrolled(widget):
        return []
    if isinstance(widget, QLineEdit) and isinstance(widget.parentWidget(), (QAbstractSpinBox, QComboBox)):
        return []  # the editor inside a spin box or combo box: its owner is checked
    need, size = widget.minimumSizeHint(), widget.size()
    minimum = widget.minimumSize()
    need = QSize(min(need.width(), max(minimum.width(), need.width())), need.height())
    if size.width() + TOLERANCE < min(need.width(), widget.maximumWidth()) or \
            size.height() + TOLERANCE < min(need.height(), widget.maximumHeight()):
        return [f"squeezed: {describe(widget)} is {size.width()}×{size.height()}, needs {need.width()}×{need.height()}"]
    return []


def _scroll_bar(widget: QWidget) -> list[str]:
    if not isinstance(widget, QScrollBar) or widget.maximum() <= widget.minimum():
        return []
    area = _owning_scroll_area(widget)
    if area is None:
        return []
    vertical = widget.orientation() == Qt.Orientation.Vertical
    if vertical and may_scroll(area):
        return []
    way = "up and down" if vertical else "sideways"
    return [f"scroll bar: {describe(area)} scrolls {way} (part of what it shows is hidden)"]


def _cut_column(widget: QWidget) -> list[str]:
    """A scroll area that never scrolls sideways but is narrower than its content: the right side is cut off."""
    if not isinstance(widget, QScrollArea) or widget.widget() is None or not widget.widgetResizable():
        return []
    if widget.horizontalScrollBarPolicy() != Qt.ScrollBarPolicy.ScrollBarAlwaysOff:
        return []
    need, room = widget.widget().minimumSizeHint().width(), widget.viewport().width()
    if need > room + TOLERANCE:
        return [f"off-screen: {describe(widget)} is {room} px wide inside, its content needs {need} px "
                "(the right side is cut off)"]
    return []


def _clipped_plot_text(view: QGraphicsView) -> list[str]:
    """Text items of a plot (a label over a bar) that reach past the plot's visible area or their view box."""
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    problems = []
    for item in view.scene().items():
        if not isinstance(item, QGraphicsTextItem) or not item.isVisible() or not item.toPlainText().strip():
            continue
        if type(item.parentItem()).__name__ == "AxisItem":
            continue  # an axis's own label: pyqtgraph turns and places it inside the axis
        rect = item.sceneBoundingRect()
        box = _clipping_ancestor(item)
        limit = visible if box is None else visible.intersected(box)
        grown = limit.adjusted(-TOLERANCE, -TOLERANCE, TOLERANCE, TOLERANCE)
        if not grown.contains(_text_ink(item, rect)):
            problems.append(f"clipped text: the plot text {item.toPlainText()!r} in {describe(view)} "
                            "reaches past the plot's edge")
    return problems


def _overlaps(widgets: list[QWidget]) -> list[str]:
    by_parent: dict[int, list[QWidget]] = {}
    for widget in widgets:
        parent = widget.parentWidget()
        if parent is None or widget.isWindow() or is_overlay(widget) or _qt_internal(widget):
            continue
        if isinstance(widget, (QSizeGrip, QScrollBar)) or widget.objectName() == "pointerHighlight":
            continue
        if isinstance(parent, (QAbstractScrollArea, QAbstractSpinBox, QComboBox, QTabBar, QDockWidget)):
            continue  # Qt lays out their parts itself (viewport and bars; the editor; tab buttons; title buttons)
        by_parent.setdefault(id(parent), []).append(widget)
    problems = []
    for siblings in by_parent.values():
        for index, first in enumerate(siblings):
            for second in siblings[index + 1:]:
                shared = first.geometry().intersected(second.geometry())
                if shared.width() > 2 * TOLERANCE and shared.height() > 2 * TOLERANCE:
                    problems.append(f"overlap: {describe(first)} and {_name(second)} share "
                                    f"{shared.width()}×{shared.height()} px")
    return problems


# ------------------------------------------------------------------ helpers
def _shown(widget: QWidget, window: QWidget) -> bool:
    if not (widget.isVisible() and QWidget.window(widget) is window and widget.width() > 0 and widget.height() > 0):
        return False
    parent = widget.parentWidget()
    if isinstance(parent, QMainWindow) and isinstance(widget, (QDockWidget, QTabBar)):
        # Qt parks a dock hidden behind another dock's tab, and a dock tab bar no longer used, outside the window
        return parent.rect().intersects(widget.geometry())
    return True


def _qt_internal(widget: QWidget) -> bool:
    return widget.objectName() in _QT_INTERNALS or widget.objectName().startswith("qt_")


def _inside_scrolled(widget: QWidget) -> bool:
    """True for the content of a scroll area (it reaches its hidden parts by scrolling)."""
    node = widget.parentWidget()
    while node is not None:
        parent = node.parentWidget()
        if isinstance(parent, QAbstractScrollArea) and node is parent.viewport() and not isinstance(parent, QGraphicsView):
            return True
        node = parent
    return False


def _owning_scroll_area(bar: QScrollBar) -> QAbstractScrollArea | None:
    node = bar.parentWidget()
    while node is not None and not isinstance(node, QAbstractScrollArea):
        node = node.parentWidget()
    return node


def _name(widget: QWidget) -> str:
    kind = type(widget).__name__
    if widget.objectName() and not widget.objectName().startswith("qt_"):
        return f"{kind} '{widget.objectName()}'"
    text = ""
    if isinstance(widget, (QLabel, QAbstractButton)):
        text = widget.text()
    elif isinstance(widget, QGroupBox):
        text = widget.title()
    elif isinstance(widget, QDockWidget):
        text = widget.windowTitle()
    text = " ".join(str(text).split())
    return f"{kind} {text[:40]!r}" if text else kind


def _text_size(label: QLabel) -> QSize:
    """The unwrapped size of a label's text, plain or rich."""
    text = label.text()
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and _might_be_rich(text))
    if rich:
        document = QTextDocument()
        document.setDefaultFont(label.font())
        document.setDocumentMargin(0)
        document.setHtml(text)
        return QSize(int(document.idealWidth() + 0.999), int(document.size().height() + 0.999))
    metrics = QFontMetrics(label.font())
    rect = metrics.boundingRect(QRect(0, 0, 100000, 100000), 0, text)
    return QSize(rect.width(), rect.height())


def _widest_word(label: QLabel) -> int:
    text = label.text()
    if _might_be_rich(text) and label.textFormat() != Qt.TextFormat.PlainText:
        document = QTextDocument()
        document.setHtml(text)
        text = document.toPlainText()
    metrics = QFontMetrics(label.font())
    return max((metrics.horizontalAdvance(word) for word in text.split()), default=0)


def _clipping_ancestor(item) -> QRectF | None:
    """The scene rectangle of the nearest ancestor that clips its children (a pyqtgraph view box)."""
    from PySide6.QtWidgets import QGraphicsItem

    parent = item.parentItem()
    while parent is not None:
        if parent.flags() & QGraphicsItem.GraphicsItemFlag.ItemClipsChildrenToShape:
            return parent.sceneBoundingRect()
        parent = parent.parentItem()
    return None


def _text_ink(item: QGraphicsTextItem, rect: QRectF) -> QRectF:
    """The part of a text item's box the letters cover (its document margin is empty)."""
    margin = item.document().documentMargin()
    scale = rect.width() / item.boundingRect().width() if item.boundingRect().width() else 1.0
    inset = margin * scale
    return rect.adjusted(inset, inset, -inset, -inset)


def _might_be_rich(text: str) -> bool:
    from PySide6 import QtGui

    return bool(QtGui.Qt.mightBeRichText(text))
