"""A colour bar beside a map: the 256 colours of its scale and the numbers they stand for, painted in one go.

pyqtgraph's ColorBarItem is a whole plot (a PlotItem with a view box, four axes
and an image item): about 10 ms to build each, and a few more to lay out its
axis again on every new range. A view shows up to 13 bars; this one is a
single `QGraphicsWidget` that paints a cached strip of `lookup_table(scale)`
and its labels with QPainter. Which numbers it shows, and where, is the
Qt-free rule `convviz.state.colors.bar_labels` (nice steps, never overlapping).
It sits in a pyqtgraph `GraphicsLayout` beside the map, as the old bar did, and
`UiZoom` makes its numbers larger for a projector (`set_tick_font`).
"""

from __future__ import annotations

import functools
import math
from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsWidget, QSizePolicy

from convviz.state.colors import PANEL_FOREGROUND, SCALES, BarLabel, bar_labels, rgba_words

TICK_PIXELS = 4  # the tick marks beside the strip, pointing at their numbers
TEXT_GAP = 2  # between a tick and its number
WIDEST_TYPICAL = "\u22120.00"  # the labels' room is at least this wide, so most new ranges need no new layout
_QT_MAX = 16777215.0


@functools.cache
def strip_image(scale: str) -> QImage:
    """The 256 colours of `scale` as a 1×256 picture, high values on top (made once per scale)."""
    if scale not in SCALES:
        raise ValueError(f"unknown colour scale {scale!r}; use one of {', '.join(SCALES)}.")
    words = rgba_words(scale)[::-1].copy()
    return QImage(words.tobytes(), 1, 256, 4, QImage.Format.Format_RGBA8888).copy()  # owns its bytes


class ColorBar(QGraphicsWidget):
    """A vertical colour strip with its numbers to the right; `set_levels` with the same ends costs nothing."""

    def __init__(
        self,
        scale: str = "grey",
        levels: tuple[float, float] = (0.0, 1.0),
        *,
        strip_width: float = 10,
        point_size: float | None = None,
        text_color: str = PANEL_FOREGROUND,
        line_color: str = PANEL_FOREGROUND,
        ends: bool = False,
        overhang: float = 0.0,
        parent: QGraphicsItem | None = None,
    ) -> None:
        """`point_size` None: the application's font. `ends`: only the two end values (and 0 where it fits).
        `overhang`: pixels above and below the strip that the layout leaves free for the end labels."""
        super().__init__(parent)
        strip_image(scale)  # an unknown scale fails here, not at the first paint
        self._scale = scale
        self._levels = (float(levels[0]), float(levels[1]))
        self._strip_width = float(strip_width)
        self._text_color = QColor(text_color)
        self._line_color = QColor(line_color)
        self._ends = ends
        self._overhang = float(overhang)
        self._fixed: tuple[tuple[float, str], ...] | None = None
        self._tick_font: QFont | None = None
        if point_size is not None:
            self._tick_font = QFont()
            self._tick_font.setPointSizeF(point_size)
        self._labels: list[BarLabel] | None = None  # for the levels, height and font now; None: work them out
        self._room = 0.0  # the width the numbers have
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)  # painted again only when it changes
        self._fit_room()

    # ------------------------------------------------------------------ public
    def scale(self) -> str:
        return self._scale

    def set_scale(self, scale: str) -> None:
        if scale != self._scale:
            strip_image(scale)
            self._scale = scale
            self.update()

    def levels(self) -> tuple[float, float]:
        return self._levels

    def set_levels(self, levels: tuple[float, float]) -> None:
        """The values at the strip's bottom and top; the same again changes nothing (no repaint)."""
        levels = (float(levels[0]), float(levels[1]))
        if levels == self._levels:
            return
        self._levels = levels
        self._changed()

    def set_fixed_labels(self, labels: Sequence[tuple[float, str]] | None) -> None:
        """Label the bar with these (value, text) pairs ("−max", "0", "+max"), or its own numbers again (None)."""
        fixed = None if labels is None else tuple((float(value), str(text)) for value, text in labels)
        if fixed != self._fixed:
            self._fixed = fixed
            self._changed()

    def fixed_labels(self) -> list[tuple[float, str]] | None:
        return None if self._fixed is None else list(self._fixed)

    def ends_only(self) -> bool:
        """Labelled at its two ends only (a short strip), not at every nice step."""
        return self._ends

    def tick_font(self) -> QFont | None:
        """The font set for the numbers (None: the application's)."""
        return None if self._tick_font is None else QFont(self._tick_font)

    def set_tick_font(self, font: QFont | None) -> None:
        self._tick_font = None if font is None else QFont(font)
        self._room = 0.0  # measured anew: the room follows the font exactly (a zoom gives back the same width)
        self._changed()

    def labels(self) -> list[BarLabel]:
        """The numbers shown now, bottom to top, each with its centre in pixels up from the strip's bottom."""
        if self._labels is None:
            low, high = self._levels
            self._labels = bar_labels(low, high, self.size().height(), self.line_height(), ends=self._ends,
                                      fixed=self._fixed, overhang=self._overhang)
        return self._labels

    def label_gap(self) -> float:
        """Pixels between neighbouring numbers (less than 0: they overlap); infinite with fewer than two."""
        offsets = [label.offset for label in self.labels()]
        if len(offsets) < 2:
            return math.inf
        return min(b - a for a, b in zip(offsets, offsets[1:])) - self.line_height()

    def line_height(self) -> float:
        return QFontMetricsF(self._font()).height()

    def strip_rect(self) -> QRectF:
        """Where the colours are painted, in this item's coordinates."""
        return QRectF(0.0, 0.0, self._strip_width, self.size().height())

    def label_rect(self, label: BarLabel) -> QRectF:
        """Where a number is painted, in this item's coordinates."""
        line = self.line_height()
        centre = self.size().height() - label.offset
        return QRectF(self._strip_width + TICK_PIXELS + TEXT_GAP, centre - line / 2, self._room, line)

    def total_width(self) -> float:
        """Strip, ticks and numbers: the width this bar asks of its layout."""
        return self._strip_width + TICK_PIXELS + TEXT_GAP + self._room

    # --------------------------------------------------------------- internals
    def _font(self) -> QFont:
        return self._tick_font if self._tick_font is not None else self.font()

    def _changed(self) -> None:
        """New levels, labels or font: work out the labels again, widen or narrow if they need it, repaint."""
        self._labels = None
        self._fit_room()
        self.update()

    def _fit_room(self) -> None:
        """Room for the widest number; a new layout only when that grows, or shrinks by more than two digits."""
        metrics = QFontMetricsF(self._font())
        need = max([metrics.horizontalAdvance(WIDEST_TYPICAL)]
                   + [metrics.horizontalAdvance(label.text) for label in self.labels()])
        if need > self._room or need < self._room - metrics.horizontalAdvance("00"):
            self._room = math.ceil(need)
            self.updateGeometry()

    def sizeHint(self, which: Qt.SizeHint, constraint: QSizeF = QSizeF()) -> QSizeF:  # noqa: N802 - Qt name
        width = self.total_width()
        if which == Qt.SizeHint.MaximumSize:
            return QSizeF(width, _QT_MAX)
        return QSizeF(width, 20.0)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt name
        super().resizeEvent(event)
        if event.oldSize().height() != event.newSize().height():
            self._labels = None
            self._fit_room()

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt name
        """The item and the room above and below it that its end labels may use."""
        return super().boundingRect().adjusted(0.0, -self._overhang, 0.0, self._overhang)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        strip = self.strip_rect()
        if strip.height() <= 0:
            return
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(strip, strip_image(self._scale))
        pen = QPen(self._line_color, 1.0)
        pen.setCosmetic(True)
        painter.setPen(pen)
        painter.drawRect(strip.adjusted(0.5, 0.5, -0.5, -0.5))
        low, high = self._levels
        span = (high - low) or 1.0
        labels = self.labels()
        for label in labels:  # each tick at its value, even where its number was pulled in from an end
            y = strip.bottom() - (label.value - low) / span * strip.height()
            y = min(max(y, strip.top() + 0.5), strip.bottom() - 0.5)
            painter.drawLine(QPointF(strip.right(), y), QPointF(strip.right() + TICK_PIXELS, y))
        painter.setFont(self._font())
        painter.setPen(self._text_color)
        for label in labels:
            painter.drawText(self.label_rect(label), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             label.text)
