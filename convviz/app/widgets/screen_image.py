"""A finished RGBA picture in a graphics view: the GUI thread wraps its bytes and paints, nothing more.

The compute worker colours maps into `ScreenPicture`s about the panel's size
(`convviz.state.screen_picture`); this item wraps the bytes in a QImage
without copying them (Format_RGBA8888, which the raster engine draws directly)
and paints them over the map cells they cover. Swapping a picture costs the
same whatever the size of the map behind it: no levels, no lookup table, no
conversion on the GUI thread.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QGraphicsItem

from convviz.state.screen_picture import ScreenPicture


def rgba_qimage(rgba: np.ndarray) -> QImage:
    """A QImage over the bytes of an (h, w, 4) uint8 C-contiguous array (no copy: keep the array alive)."""
    if rgba.dtype != np.uint8 or rgba.ndim != 3 or rgba.shape[2] != 4 or not rgba.flags.c_contiguous:
        raise ValueError(f"a screen picture is a C-contiguous (h, w, 4) uint8 array, not {rgba.dtype} {rgba.shape}.")
    height, width = rgba.shape[:2]
    return QImage(rgba.data, width, height, width * 4, QImage.Format.Format_RGBA8888)


class ScreenImageItem(QGraphicsItem):
    """Paints one `ScreenPicture` over the cells it covers: cell (row, col) is [col, col+1) × [row, row+1)."""

    def __init__(self, parent: QGraphicsItem | None = None) -> None:
        super().__init__(parent)
        self._picture: ScreenPicture | None = None
        self._rgba: np.ndarray | None = None  # the bytes the QImage reads: kept alive with it
        self._image: QImage | None = None
        self._rect = QRectF()

    def set_picture(self, picture: ScreenPicture | None) -> None:
        """Show `picture` (None: nothing) over the map cells it covers."""
        if picture is self._picture:
            return
        rect = QRectF()
        if picture is not None:
            r0, c0, r1, c1 = picture.rect
            rect = QRectF(c0, r0, c1 - c0, r1 - r0)
        self.set_rgba(None if picture is None else picture.rgba, rect)
        self._picture = picture

    def set_rgba(self, rgba: np.ndarray | None, rect: QRectF) -> None:
        """Show finished (h, w, 4) uint8 RGBA bytes stretched over `rect`; only wraps them (kept alive here)."""
        if rect != self._rect:
            self.prepareGeometryChange()
            self._rect = QRectF(rect)
        self._picture = None
        self._rgba = rgba
        self._image = None if rgba is None else rgba_qimage(rgba)
        self.update()

    def picture(self) -> ScreenPicture | None:
        return self._picture

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        return self._rect

    def paint(self, painter: QPainter, option, widget=None) -> None:
        if self._image is not None:
            painter.drawImage(self._rect, self._image)
