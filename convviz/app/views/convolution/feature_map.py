"""One titled map on screen: picture, colour bar, value under the mouse, marks, and in-place notes.

`FeatureMapPanel` draws a `MapImage` whose pictures the compute worker already
coloured at about this panel's size in device pixels (and, when zoomed in,
the part in view at full resolution), so a new map costs the GUI one wrap of
finished bytes, whatever the map's size. The panel tells the worker what it
needs in a `ScreenTarget` and says (`screen_changed`) when a resize or zoom
makes the pictures on screen too coarse. Coordinates are map cells: the cell
(row, col) covers x in [col, col+1), y in [row, row+1), whatever the
subsampling on screen; the value under the mouse is read from the full-resolution map.
When the settings give no map (or a stage is switched off) the panel says
why, over the map area, and shows nothing else: no ghost of the previous map,
no colour bar, no range caption of values that are gone.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontInfo, QFontMetrics, QPainterPath, QPen
from PySide6.QtWidgets import (
    QGraphicsPathItem,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from convviz.app.widgets.arrow_keys import ArrowKeys, clamp_cell
from convviz.app.widgets.color_bar import ColorBar
from convviz.app.widgets.elided_label import ElidedLabel, SteadyLine
from convviz.app.widgets.layout_marks import mark_overlay
from convviz.app.widgets.plot_scene import register_plot
from convviz.app.widgets.screen_image import ScreenImageItem
from convviz.core import format_number
from convviz.i18n import tr
from convviz.state.colors import SCALE_MEANINGS
from convviz.state.conventions import cell_name
from convviz.state.convolution_run import MapImage
from convviz.state.screen_picture import FRAME_PADDING, PICTURE, ScreenTarget, is_current

PANEL_BACKGROUND = "#FFFFFF"
TEXT_COLOR = "#202124"
MUTED_COLOR = "#5F6368"

# Mark colours (Okabe–Ito, colour-blind safe) and their line widths in screen pixels.
MARK_STYLES: dict[str, tuple[str, float]] = {
    "field": ("#E69F00", 2.0),  # the cells one output pixel reads (orange)
    "padding": ("#CC79A7", 2.0),  # receptive-field cells that fall on padding (pink)
    "pinned": ("#D55E00", 3.0),  # the pinned output pixel (vermilion)
    "pool": ("#009E73", 3.0),  # the pooling window / pooled cell (green)
    "locator": ("#D55E00", 2.0),  # a ring that finds small marks on a big map
}
LOCATOR_FRACTION = 0.05  # ring radius as a share of the map's longer side
NOTE_SCALE = 1.4  # the note over an empty map: this much larger than the panel's text ...
COLOUR_BAR_PIXELS = 16  # the colour bar's own width (its numbers come beside it)
NOTE_MIN_PIXELS = 11  # ... and never smaller than this
NOTE_PADDING, NOTE_BORDER = 10, 2


#: describe(row, col, value) -> the hover sentence
Describe = Callable[[int, int, np.ndarray], str]


def _set_text(label: QLabel, text: str) -> None:
    """Change a label only when its text changes (a new text re-lays out the panel)."""
    if label.text() != text:
        label.setText(text)


def default_describe(row: int, col: int, value) -> str:
    """The hover sentence, the cell counted from 1 as everywhere on screen (row and col are 0-based indices)."""
    if np.ndim(value) == 0:
        return f"{cell_name(row, col)}:  {format_number(float(value))}"
    parts = ", ".join(f"{c} {format_number(float(v))}" for c, v in zip("RGB", value))
    return f"{cell_name(row, col)}:  {parts}"


class FeatureMapPanel(QWidget):
    """A titled map with its colour bar; hover shows values, a click picks a cell."""

    hovered = Signal(int, int)  # the map cell under the mouse; (-1, -1) when outside
    clicked = Signal(int, int)
    screen_changed = Signal()  # a resize or zoom wants the map drawn again at another size or detail

    def __init__(
        self,
        title: str = "",
        *,
        grey: bool = False,
        colorbar: bool = True,
        hint: str = "",
        describe: Describe = default_describe,
        compact: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._grey = grey
        self._describe = describe
        self._hint = hint
        self._map: MapImage | None = None
        self._shape: tuple[int, int] | None = None
        self._extent: tuple[float, float] | None = None
        self._zoomed = False  # the person zoomed or panned with the mouse
        self._bar_scale: str | None = None
        self._range_text = hint or " "

        self._title = ElidedLabel(title)  # one line: a long title never wraps into the map (whole in its tooltip)
        title_font = QFont(self.font())
        title_font.setPointSizeF(title_font.pointSizeF() * (1.0 if compact else 1.25))
        title_font.setBold(True)
        self._title.setFont(title_font)
        self._title.setStyleSheet("color: palette(window-text);")  # follows the theme

        self._plot = pg.GraphicsLayoutWidget()
        register_plot(self._plot)
        self._plot.setBackground(PANEL_BACKGROUND)
        self._plot.ci.setContentsMargins(2, 2, 2, 2)
        self._plot.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._plot.setMinimumSize(72, 56) if compact else self._plot.setMinimumSize(130, 90)  # compact: an RGB strip
        self._key_cell: tuple[int, int] | None = None  # the pixel chosen with the arrow keys
        ArrowKeys(self._plot, self._key_move)
        self._plot.setAccessibleName(title or tr("map"))
        self._plot.setAccessibleDescription(tr("Arrow keys choose a pixel; its sum is then shown term by term"))
        self._view = self._plot.addViewBox(row=0, col=0, lockAspect=True, invertY=True, enableMenu=False)
        self._view.setBackgroundColor("#EEEEEE")
        self._image = ScreenImageItem()  # the whole map
        self._detail = ScreenImageItem()  # the part in view at full resolution, when zoomed in
        self._detail.setZValue(1)
        self._view.addItem(self._image)
        self._view.addItem(self._detail)
        self._marks: dict[str, QGraphicsPathItem] = {}
        for role, (color, width) in MARK_STYLES.items():
            pen = QPen(QColor(color), width)
            pen.setCosmetic(True)  # constant width on screen at any zoom and DPI
            pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
            item = QGraphicsPathItem()
            item.setPen(pen)
            item.setZValue(10 + len(self._marks))
            self._view.addItem(item)
            self._marks[role] = item
        self._colorbar: ColorBar | None = None
        if colorbar:  # a short bar (an RGB strip, a projector) shows fewer numbers, never piled up
            self._colorbar = ColorBar("grey" if grey else "sequential", strip_width=COLOUR_BAR_PIXELS,
                                      text_color=TEXT_COLOR, line_color=MUTED_COLOR)
            self._plot.addItem(self._colorbar, row=0, col=1)

        self._note = mark_overlay(QLabel(self._plot))  # in-place explanation over the map area
        self._note.setWordWrap(True)
        self._note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._note.setStyleSheet(
            "background: rgba(255, 248, 225, 235); color: #5D4037; "
            f"border: {NOTE_BORDER}px solid #E69F00;"
            f"border-radius: 8px; padding: {NOTE_PADDING}px;"
        )
        self._note.hide()

        self._readout = ElidedLabel(hint or " ")  # one line under the map: never drawn over it
        self._readout.setStyleSheet("color: palette(placeholder-text);")
        readout_line = SteadyLine(self._readout)  # its text changes with each map: no relayout of the window

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(2)
        layout.addWidget(self._title)
        layout.addWidget(self._plot, 1)
        layout.addWidget(readout_line)
        readout_line.setVisible(not compact)

        self._plot.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self._plot.scene().sigMouseClicked.connect(self._on_mouse_clicked)
        self._view.sigRangeChangedManually.connect(self._on_zoomed)
        self._view.sigRangeChanged.connect(self._check_screen)
        self._view.sigResized.connect(self._check_screen)

    # ------------------------------------------------------------------ content
    def set_title(self, text: str) -> None:
        _set_text(self._title, text)
        self._plot.setAccessibleName(text or tr("map"))

    def title(self) -> str:
        return self._title.text()

    def set_title_color(self, color: str) -> None:
        """Colour the title (a channel's name in its colour); the theme's text colour otherwise."""
        self._title.setStyleSheet(f"color: {color};")

    def show_map(self, image: MapImage) -> None:
        """Swap in a map the worker drew for this panel and set the colour bar to its levels."""
        if image is self._map and self._note.isHidden():
            return  # the same picture again (the input after a kernel edit): nothing to redraw
        self._map = image
        self._note.hide()
        self._image.setVisible(True)
        self._detail.setVisible(True)
        self._put_pictures(image)
        if self._colorbar is not None:
            colour_picture = image.values.ndim == 3
            scale = "grey" if self._grey or image.scale == PICTURE else image.scale
            if scale != self._bar_scale:  # the very table the Steps grids and exports colour with
                self._colorbar.set_scale(scale)
                self._colorbar.setToolTip(tr("Colours: {meaning}").format(meaning=tr(SCALE_MEANINGS[scale]))
                                           if scale in SCALE_MEANINGS else "")
                self._bar_scale = scale
            self._colorbar.set_levels(image.levels)  # the same ends again: nothing drawn
            self._colorbar.setVisible(not colour_picture)  # a colour picture has no single scale
        self._range_text = self._describe_range(image)
        _set_text(self._readout, self._range_text)
        height, width = image.values.shape[-2:]
        if self._shape != (height, width):
            self._shape = (height, width)
            self._frame()
        self._check_screen()

    def swap_screen(self, image: MapImage) -> bool:
        """Take pictures drawn again for a new size or zoom, if they are of the map on screen."""
        if self._map is None or image.values is not self._map.values or image.levels != self._map.levels:
            return False
        self._map = image
        self._put_pictures(image)
        self._range_text = self._describe_range(image)
        if self._readout.text() != self._range_text and not self.underMouse():
            _set_text(self._readout, self._range_text)
        return True

    def _put_pictures(self, image: MapImage | None) -> None:
        self._image.set_picture(None if image is None else image.screen)
        self._detail.set_picture(None if image is None else image.detail)

    def screen_target(self) -> ScreenTarget:
        """This panel as the worker needs to know it: map area in device pixels, framing, zoomed view."""
        size = self._view.size()
        ratio = self._plot.devicePixelRatioF()
        width, height = int(size.width() * ratio), int(size.height() * ratio)
        if width < 8 or height < 8 or not self.isVisible():
            return ScreenTarget(extent=self._extent)
        view = None
        if self._zoomed:
            (x0, x1), (y0, y1) = self._view.viewRange()
            view = (float(x0), float(x1), float(y0), float(y1))
        return ScreenTarget(width, height, self._extent, view)

    def map_size(self) -> tuple[int, int]:
        """The width and height in pixels of the area the map is drawn in (beside its colour bar)."""
        box = self._view.geometry()
        return round(box.width()), round(box.height())

    def bar_width(self) -> int:
        """The pixels the colour bar and its numbers take beside the map (0 without a bar)."""
        if self._colorbar is None:
            return 0
        return math.ceil(self._colorbar.total_width()) + 8

    def screen_is_current(self) -> bool:
        """False when the map on screen should be drawn again for this panel's size or zoom."""
        image = self._map
        if image is None:
            return True
        return is_current(image.screen, image.detail, image.values.shape[-2:], self.screen_target())

    def _check_screen(self, *_args) -> None:
        if not self.screen_is_current():
            self.screen_changed.emit()

    def _on_zoomed(self, *_args) -> None:
        self._zoomed = True

    def set_reference_extent(self, extent: tuple[float, float] | None) -> None:
        """Frame the map as if it were `extent` (rows, cols) cells big, or None to fill the panel.

        The pooled map framed with the activation map's size looks as much
        smaller as it is, so the shrinking is seen, not just read.
        """
        if extent != self._extent:
            self._extent = extent
            self._frame()

    def _frame(self) -> None:
        if self._shape is None:
            return
        self._zoomed = False
        height, width = self._shape
        rows, cols = (height, width) if self._extent is None else (max(self._extent[0], height),
                                                                    max(self._extent[1], width))
        self._view.setRange(
            QRectF(width / 2 - cols / 2, height / 2 - rows / 2, cols, rows), padding=FRAME_PADDING
        )

    def _describe_range(self, image: MapImage) -> str:
        lo, hi = (format_number(v, 2) for v in image.value_range)
        text = tr("values {low} … {high}").format(low=lo, high=hi) + (tr(" (sampled)") if image.sample_step > 1 else "")
        if image.step > 1:
            text = tr("1 screen pixel = {step}×{step} cells; ").format(step=image.step) + text
        if image.clipped and image.values.ndim == 2:
            text += tr(", beyond the bar in its end colours")
        return f"{self._hint} · {text}" if self._hint else text

    def current_map(self) -> MapImage | None:
        return self._map

    def shown_pictures(self):
        """The (whole map, detail) `ScreenPicture`s on screen now (detail None unless zoomed in)."""
        return self._image.picture(), self._detail.picture()

    def show_message(self, text: str) -> None:
        """Explain, over the map area, why there is no map; the old map, its bar and caption go."""
        self._note.setText(text)
        self._note.show()
        self._map = None
        self._image.setVisible(False)
        self._detail.setVisible(False)
        self._put_pictures(None)  # their bytes go with the map
        if self._colorbar is not None:
            self._colorbar.setVisible(False)
        self._range_text = self._hint or " "
        _set_text(self._readout, self._range_text)
        self.clear_marks()
        self._place_note()

    def message(self) -> str:
        """The explanation shown instead of a map ("" while a map is shown)."""
        return "" if self._note.isHidden() else self._note.text()

    def has_message(self) -> bool:
        return not self._note.isHidden()

    def image_visible(self) -> bool:
        """A map is drawn (False while the panel shows only its note)."""
        return self._image.isVisible()

    def colorbar_visible(self) -> bool:
        return self._colorbar is not None and self._colorbar.isVisible()

    def set_marks(self, role: str, cells: Iterable[tuple[int, int]], size: tuple[int, int] = (1, 1)) -> None:
        """Outline cells (row, col), each `size` cells large, in the colour of `role`."""
        path = QPainterPath()
        h, w = size
        for row, col in cells:
            path.addRect(QRectF(col, row, w, h))
        self._set_path(role, path)

    def show_marks(self, marks: dict[str, list[tuple[int, int]]], locator: list[tuple[int, int]]) -> None:
        """Exactly these marks (each role not named: none) and the ring around `locator`."""
        for role in MARK_STYLES:
            if role != "locator":
                self.set_marks(role, marks.get(role, ()))
        self.set_locator(locator)

    def _set_path(self, role: str, path: QPainterPath) -> None:
        """A mark's new outline, only when it differs: a new path repaints the map under the old and the new."""
        item = self._marks[role]
        if item.path() != path:
            item.setPath(path)

    def set_locator(self, cells: Iterable[tuple[int, int]]) -> None:
        """Ring the given cells when the map is so big that their outlines are hard to find."""
        cells = list(cells)
        path = QPainterPath()
        if cells and self._shape is not None and max(self._shape) > 64:
            rows = [r for r, _ in cells]
            cols = [c for _, c in cells]
            centre = QPointF((min(cols) + max(cols) + 1) / 2, (min(rows) + max(rows) + 1) / 2)
            radius = max(LOCATOR_FRACTION * max(self._shape), (max(rows) - min(rows) + 1) * 0.75,
                         (max(cols) - min(cols) + 1) * 0.75)
            path.addEllipse(centre, radius, radius)
        self._set_path("locator", path)

    def mark_rect(self, role: str) -> QRectF:
        """The map-cell rectangle around the marks of `role` (empty when none)."""
        return self._marks[role].path().boundingRect()

    def clear_marks(self) -> None:
        for role in self._marks:
            self._set_path(role, QPainterPath())

    def view_box(self) -> pg.ViewBox:
        return self._view

    def readout(self) -> str:
        return self._readout.text()

    # ------------------------------------------------------------------ mouse
    def cell_at(self, scene_pos: QPointF) -> tuple[int, int] | None:
        if self._map is None or not self._view.sceneBoundingRect().contains(scene_pos):
            return None
        point = self._view.mapSceneToView(scene_pos)
        row, col = int(np.floor(point.y())), int(np.floor(point.x()))
        height, width = self._map.values.shape[-2:]
        if 0 <= row < height and 0 <= col < width:
            return row, col
        return None

    def scene_pos_of(self, row: int, col: int) -> QPointF:
        """Where the centre of a cell is in scene coordinates (tests click there)."""
        return self._view.mapViewToScene(QPointF(col + 0.5, row + 0.5))

    def widget_pos_of(self, row: int, col: int):
        """The centre of a cell in the coordinates of the plot widget (for qtbot clicks)."""
        return self._plot.mapFromScene(self.scene_pos_of(row, col))

    def plot_widget(self) -> pg.GraphicsLayoutWidget:
        return self._plot

    def _on_mouse_moved(self, scene_pos: QPointF) -> None:
        cell = self.cell_at(scene_pos)
        if cell is None or self._map is None or not self._note.isHidden():
            _set_text(self._readout, self._range_text)
            self.hovered.emit(-1, -1)
            return
        row, col = cell
        self._readout.setText(self._describe(row, col, self._map.values[..., row, col]))
        self.hovered.emit(row, col)

    def _key_move(self, d_row: int, d_col: int) -> bool:
        """Arrow keys: the pixel beside the one chosen last (the middle one first), chosen as a click chooses it."""
        if self._map is None or not self._note.isHidden():
            return False
        rows, cols = self._map.values.shape[-2:]
        start = self._key_cell if self._key_cell is not None else (rows // 2 - d_row, cols // 2 - d_col)
        self._key_cell = row, col = clamp_cell(start[0] + d_row, start[1] + d_col, rows, cols)
        text = self._describe(row, col, self._map.values[..., row, col])
        self._readout.setText(text)
        self._plot.setAccessibleDescription(text)
        self.clicked.emit(row, col)
        return True

    def _on_mouse_clicked(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton or not self._note.isHidden():
            return
        cell = self.cell_at(event.scenePos())
        if cell is not None:
            self.clicked.emit(*cell)

    # ------------------------------------------------------------------ layout
    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._place_note()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and not self._note.isHidden():
            self._place_note()  # presentation mode zoomed the text

    def _place_note(self) -> None:
        """The note over the map, in large type, smaller only as far as it must be to fit the map area."""
        area = self._plot.rect()
        width = max(120, min(area.width() - 4, int(area.width() * 0.86)))
        self._note.setFixedWidth(width)
        font = QFont(self.font())
        largest = round(QFontInfo(self.font()).pixelSize() * NOTE_SCALE)
        frame = 2 * (NOTE_PADDING + NOTE_BORDER)
        words = self._note.text().split()
        for pixels in range(largest, NOTE_MIN_PIXELS - 1, -1):
            font.setPixelSize(pixels)
            metrics = QFontMetrics(font)
            need = metrics.boundingRect(
                QRect(0, 0, width - frame, 100_000), Qt.TextFlag.TextWordWrap, self._note.text()).height() + frame
            widest = max((metrics.horizontalAdvance(word) for word in words), default=0)  # a word is never cut
            if need <= area.height() - 4 and widest <= width - frame:
                break
        self._note.setFont(font)
        self._note.setFixedHeight(max(min(need, area.height() - 4), 0))
        self._note.move(area.x() + (area.width() - width) // 2,
                        area.y() + max(0, (area.height() - self._note.height()) // 2))
