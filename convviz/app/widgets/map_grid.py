"""A grid of small feature maps drawn as one image, with a colour bar, hover values and clicks.

All maps of a layer share one colour scale (so they can be compared) and are
tiled into a single coloured mosaic (`convviz.state.map_mosaic`): one RGBA
picture per layer per update, instead of one widget per map. The widgets are
built once. `show_mosaic` swaps in a mosaic the compute worker already
coloured (the live views: nothing but wrapping bytes on the GUI thread);
`set_maps` colours small arrays here first (filters, one-off pictures).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import replace

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QPen
from PySide6.QtWidgets import (
    QGraphicsRectItem,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from convviz.app.widgets.arrow_keys import ArrowKeys, clamp_cell
from convviz.app.widgets.color_bar import ColorBar
from convviz.app.widgets.elided_label import ElidedLabel
from convviz.app.widgets.map_colors import PANEL_BACKGROUND, TILE_SELECTION_COLOR
from convviz.app.widgets.plot_scene import register_plot
from convviz.app.widgets.screen_image import ScreenImageItem
from convviz.core import format_number
from convviz.i18n import tr, tr_noop
from convviz.state.conventions import cell_name
from convviz.state.map_mosaic import MosaicPicture, MosaicSpec, render_mosaic

END_LABEL_ROOM = 10  # pixels above and below a bar labelled at its ends (half a label, zoomed for presenting)

#: describe(tile, row, col, value) -> the hover sentence
Describe = Callable[[int, int, int, float], str]


#: "map 3 of 6" in a readout, for each kind of tile a grid holds
TILE_NAMES = {"map": tr_noop("map {number} of {count}"), "filter": tr_noop("filter {number} of {count}"),
              "channel": tr_noop("channel {number} of {count}"), "slice": tr_noop("slice {number} of {count}")}

class MapGrid(QWidget):
    """Shows a stack of maps (n, h, w) as a titled mosaic; hover reads values, a click picks a tile."""

    tile_clicked = Signal(int)
    pixel_clicked = Signal(int, int, int)  # tile, row, column
    context_requested = Signal(int, int, int, QPointF)  # a right click: tile, row, column, screen position

    def __init__(
        self,
        title: str = "",
        *,
        columns: int | None = None,
        scale: str = "diverging",
        tile_name: str = "map",
        lock_aspect: bool = True,
        colorbar: bool = True,
        gap: int | None = None,
        describe: Describe | None = None,
        hint: str | None = None,  # default: "hover for values · click a map to inspect it"
        bar_ticks: str = "auto",
        parent: QWidget | None = None,
    ) -> None:
        """`bar_ticks="ends"` labels the colour bar at its two ends (and 0 where it fits) instead of
        every nice step: a short bar (the strip of a layer's units) has room for little more."""
        super().__init__(parent)
        if bar_ticks not in ("auto", "ends"):
            raise ValueError(f"bar_ticks is 'auto' or 'ends', not {bar_ticks!r}")
        self._columns = columns
        self._scale = scale
        self._tile_name = tile_name
        self._gap = gap
        self._describe = describe or self._default_describe
        self._hint = hint = hint if hint is not None else tr("hover for values · click a map to inspect it")
        self._maps = np.zeros((0, 1, 1), dtype=np.float32)
        self._tile_shape = (1, 1)
        self._grid_columns = 1
        self._gap_used = 0
        self._levels = (0.0, 1.0)
        self._tile_levels: list[tuple[float, float]] | None = None  # each map's own range, when they differ
        self._selected: int | None = None
        self._clickable = True

        self._title = ElidedLabel(title)  # one line: "input (1×28×28)" shortened with its whole text in the tooltip
        self._title.setObjectName("mapGridTitle")
        title_font = self._title.font()
        title_font.setBold(True)
        title_font.setPointSizeF(title_font.pointSizeF() * 1.1)
        self._title.setFont(title_font)
        self._readout = ElidedLabel(hint)
        self._readout.setObjectName("mapGridReadout")
        readout_font = self._readout.font()
        readout_font.setPointSizeF(readout_font.pointSizeF() * 0.95)
        self._readout.setFont(readout_font)

        self._graphics = pg.GraphicsLayoutWidget()
        register_plot(self._graphics)
        self._graphics.setBackground(PANEL_BACKGROUND)
        self._graphics.ci.setContentsMargins(2, 2, 2, 2)
        self._graphics.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._graphics.setMinimumSize(60, 30)
        self._key_at: tuple[int, int, int] | None = None  # (tile, row, col) chosen with the arrow keys
        ArrowKeys(self._graphics, self._key_move)
        self._graphics.setAccessibleName(title or tr("maps"))
        self._graphics.setAccessibleDescription(tr("Arrow keys choose a map (or a unit) to inspect, as a click does"))
        self._view = pg.ViewBox(enableMenu=False)  # no context menu: building one per grid costs ~7 ms
        self._graphics.addItem(self._view, row=0, col=0)
        self._view.setMouseEnabled(False, False)
        self._view.setMenuEnabled(False)
        self._view.invertY(True)
        self._view.setAspectLocked(lock_aspect)
        self._view.setDefaultPadding(0.0)
        self._image = ScreenImageItem()
        self._view.addItem(self._image)
        self._mosaic: MosaicPicture | None = None
        self._selection = QGraphicsRectItem()
        pen = QPen(pg.mkColor(TILE_SELECTION_COLOR))
        pen.setWidthF(2.5)
        pen.setCosmetic(True)
        self._selection.setPen(pen)
        self._selection.setZValue(10)
        self._selection.hide()
        self._view.addItem(self._selection)

        self._bar: ColorBar | None = None
        if colorbar:
            ends = bar_ticks == "ends"
            self._bar = ColorBar(scale, strip_width=10, point_size=8.5, ends=ends,
                                 overhang=END_LABEL_ROOM if ends else 0.0)
            self._graphics.addItem(self._bar, row=0, col=1)
            if ends:
                # room above and below the bar for half a label: the end labels sit on the bar's ends
                self._graphics.ci.setContentsMargins(2, END_LABEL_ROOM, 2, END_LABEL_ROOM)
                self._graphics.setMinimumHeight(30 + 2 * END_LABEL_ROOM)

        scene = self._graphics.scene()
        scene.sigMouseMoved.connect(self._on_mouse_moved)
        scene.sigMouseClicked.connect(self._on_mouse_clicked)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self._title)
        layout.addWidget(self._graphics, 1)
        layout.addWidget(self._readout)
        if not title:
            self._title.hide()

    # ----------------------------------------------------------------- public
    def set_title(self, title: str) -> None:
        self._title.setText(title)
        self._title.setVisible(bool(title))
        self._graphics.setAccessibleName(title or tr("maps"))

    def title(self) -> str:
        return self._title.text()

    def configure(self, *, scale: str | None = None, columns: int | None = None, tile_name: str | None = None) -> None:
        """Change the colour scale, the number of columns or the word for a tile (for reused grids)."""
        if scale is not None and scale != self._scale:
            self._scale = scale
            if self._bar is not None:
                self._bar.set_scale(scale)
        if columns is not None:
            self._columns = columns
        if tile_name is not None:
            self._tile_name = tile_name

    def scale(self) -> str:
        return self._scale

    def set_clickable(self, clickable: bool) -> None:
        self._clickable = clickable

    def set_hint(self, hint: str) -> None:
        self._hint = hint
        self._readout.setText(hint)

    def set_readout_visible(self, visible: bool) -> None:
        """Show or hide the line under the maps (hover values, or the hint); the tooltip keeps the hint."""
        self._readout.setVisible(visible)
        self._graphics.setToolTip("" if visible else self._hint)

    def readout(self) -> str:
        """The sentence under the maps (hover value or hint)."""
        return self._readout.text()

    def maps(self) -> np.ndarray:
        """The (n, h, w) stack last shown."""
        return self._maps

    def levels(self) -> tuple[float, float]:
        """The colour bar's ends (0 to 1 while each map has its own range: see `tile_levels`)."""
        return self._levels

    def tile_levels(self) -> list[tuple[float, float]]:
        """Each map's colour range: its own, or the shared `levels()` for every map."""
        if self._tile_levels is not None:
            return list(self._tile_levels)
        return [self._levels] * self._maps.shape[0]

    def mosaic(self) -> MosaicPicture | None:
        """The coloured mosaic on screen (None before the first maps)."""
        return self._mosaic

    def mosaic_spec(self) -> MosaicSpec:
        """How this grid tiles and colours its maps, for the worker to render them (`show_mosaic`)."""
        return MosaicSpec(self._scale, self._columns, self._gap)

    def set_maps(self, maps: np.ndarray, levels: tuple[float, float] | None = None, *,
                 tile_levels: list[tuple[float, float]] | None = None) -> None:
        """Show a stack (n, h, w) or one map (h, w); levels default to the layer's shared range.

        `tile_levels` (one pair per map) gives each map its own colour range: the
        colour bar then reads from each map's low end to its high end, and the hover
        sentence says the map's range. Colours the maps here, on the calling thread:
        for small, one-off arrays; live views render on the worker with
        `mosaic_spec()` and call `show_mosaic`.
        """
        spec = self.mosaic_spec()
        if levels is not None:
            spec = replace(spec, levels=tuple(levels))
        if tile_levels is not None:
            spec = replace(spec, tile_levels=tuple(tuple(pair) for pair in tile_levels))
        self.show_mosaic(render_mosaic(maps, spec))

    def show_mosaic(self, picture: MosaicPicture) -> None:
        """Swap in a mosaic coloured elsewhere (the worker): only its bytes are wrapped here."""
        maps = picture.maps
        _, height, width = maps.shape
        geometry_changed = (maps.shape, picture.columns, picture.gap) != (
            self._maps.shape, self._grid_columns, self._gap_used)
        self._maps = maps
        self._mosaic = picture
        self._tile_shape = (height, width)
        self._grid_columns = picture.columns
        self._gap_used = picture.gap
        self._image.set_rgba(picture.rgba, QRectF(0, 0, picture.rgba.shape[1], picture.rgba.shape[0]))
        if picture.scale != self._scale:
            self.configure(scale=picture.scale)
        self._tile_levels = picture.tile_levels
        self._levels = new_levels = tuple(picture.levels)
        if self._bar is not None:
            self._bar.set_levels(new_levels)  # the same ends again: nothing drawn
            self._label_bar_per_map()
        if geometry_changed:
            self._view.autoRange(padding=0.0)
            self._place_selection()

    def set_selected(self, tile: int | None) -> None:
        """Outline one tile (the one being inspected), or none."""
        self._selected = tile
        self._place_selection()

    def selected(self) -> int | None:
        return self._selected

    def tile_rect(self, tile: int) -> QRectF:
        """The tile's rectangle in image coordinates (x = column, y = row)."""
        height, width = self._tile_shape
        gap = self._gap_used
        row, col = divmod(tile, self._grid_columns)
        return QRectF(col * (width + gap), row * (height + gap), width, height)

    def tile_center_in_widget(self, tile: int) -> QPointF:
        """Where a tile's centre is, in the coordinates of the inner graphics widget (for tests)."""
        return self.pixel_in_widget(tile, *(n / 2 for n in self._tile_shape))

    def pixel_in_widget(self, tile: int, row: float, col: float) -> QPointF:
        """Where a pixel of a tile is, in the inner graphics widget's coordinates (for tests)."""
        rect = self.tile_rect(tile)
        scene_point = self._view.mapViewToScene(QPointF(rect.left() + col, rect.top() + row))
        return QPointF(self._graphics.mapFromScene(scene_point))

    def graphics_widget(self) -> pg.GraphicsLayoutWidget:
        return self._graphics

    # ------------------------------------------------------------- internals
    def _default_describe(self, tile: int, row: int, col: int, value: float) -> str:
        count = self._maps.shape[0]
        named = tr(TILE_NAMES[self._tile_name]) if self._tile_name in TILE_NAMES else self._tile_name + " {number} of {count}"
        where = named.format(number=tile + 1, count=count) + " · " if count > 1 else ""
        return f"{where}{cell_name(row, col)}: {value:+.3f}"

    def bar_ticks(self) -> list[tuple[float, str]]:
        """The colour bar's numbers shown now as (value, label) pairs, bottom to top ([] without a bar)."""
        if self._bar is None:
            return []
        return [(label.value, label.text) for label in self._bar.labels()]

    def bar_ends_only(self) -> bool:
        """The colour bar names only its ends (`bar_ticks="ends"`), not every nice step."""
        return self._bar is not None and self._bar.ends_only()

    def bar_tick_spacing(self) -> float:
        """Pixels between neighbouring labels on the bar, less one label's height (< 0: they overlap)."""
        return math.inf if self._bar is None else self._bar.label_gap()

    def color_bar(self) -> ColorBar | None:
        return self._bar

    def _label_bar_per_map(self) -> None:
        """While each map has its own range the bar reads in fractions of it (the hover says its numbers)."""
        if self._tile_levels is None:
            self._bar.set_fixed_labels(None)
            return
        lows = {low for low, _ in self._tile_levels}
        if any(low < 0 for low in lows):
            self._bar.set_fixed_labels([(0.0, "−max"), (0.5, "0"), (1.0, "+max")])
        else:
            self._bar.set_fixed_labels([(0.0, "0" if lows == {0.0} else "min"), (1.0, "max")])

    def _place_selection(self) -> None:
        if self._selected is None or self._selected >= self._maps.shape[0]:
            self._selection.hide()
            return
        rect = self.tile_rect(self._selected)
        self._selection.setRect(rect.adjusted(-0.5, -0.5, 0.5, 0.5))
        self._selection.show()

    def _locate(self, scene_pos: QPointF) -> tuple[int, int, int] | None:
        """(tile, row, col) under a scene position, or None over a gap or outside."""
        if not self._view.sceneBoundingRect().contains(scene_pos) or self._maps.shape[0] == 0:
            return None
        point = self._view.mapSceneToView(scene_pos)
        x, y = math.floor(point.x()), math.floor(point.y())
        height, width = self._tile_shape
        gap = self._gap_used
        if x < 0 or y < 0:
            return None
        tile_row, row = divmod(y, height + gap)
        tile_col, col = divmod(x, width + gap)
        if row >= height or col >= width or tile_col >= self._grid_columns:
            return None
        tile = tile_row * self._grid_columns + tile_col
        if tile >= self._maps.shape[0]:
            return None
        return tile, row, col

    def _on_mouse_moved(self, scene_pos: QPointF) -> None:
        where = self._locate(scene_pos)
        if where is None:
            self._readout.setText(self._hint)
            return
        tile, row, col = where
        text = self._describe(tile, row, col, float(self._maps[tile, row, col]))
        if self._tile_levels is not None:
            low, high = self._tile_levels[tile]
            text += " · " + tr("this map's colours: {low} to {high}").format(low=format_number(low, 3),
                                                                             high=format_number(high, 3))
        self._readout.setText(text)

    def _key_move(self, d_row: int, d_col: int) -> bool:
        """Arrow keys: the next map of a grid of maps, or the next cell of a single strip, chosen as a click does."""
        count = self._maps.shape[0]
        if not self._clickable or count == 0:
            return False
        if count > 1:  # maps in a grid: ← → one map, ↑ ↓ one row of maps
            now = self._key_at[0] if self._key_at is not None else self._selected
            tile = 0 if now is None else min(max(now + d_col + d_row * self._grid_columns, 0), count - 1)
            where = (tile, 0, 0)
        else:  # one strip of units: move along its cells
            rows, cols = self._tile_shape
            row, col = self._key_at[1:] if self._key_at is not None else (0, -d_col if d_col else 0)
            where = (0, *clamp_cell(row + d_row, col + d_col, rows, cols))
        self._key_at = where
        text = self._describe(*where, float(self._maps[where]))
        self._readout.setText(text)
        self._graphics.setAccessibleDescription(text)
        self.tile_clicked.emit(where[0])
        self.pixel_clicked.emit(*where)
        return True

    def _on_mouse_clicked(self, event) -> None:
        if event.button() == Qt.MouseButton.RightButton:
            where = self._locate(event.scenePos())
            if where is not None:
                event.accept()
                self.context_requested.emit(*where, QPointF(event.screenPos()))
            return
        if not self._clickable or event.button() != Qt.MouseButton.LeftButton:
            return
        where = self._locate(event.scenePos())
        if where is not None:
            self.tile_clicked.emit(where[0])
            self.pixel_clicked.emit(*where)

    def leaveEvent(self, event) -> None:
        self._readout.setText(self._hint)
        super().leaveEvent(event)
