"""A float array drawn through a colour map as an opaque RGB32 pixmap: the fastest thing Qt paints.

pyqtgraph's ImageItem turns a float map into an 8-bit indexed QImage, which
the raster engine converts again on every paint (about 0.6 ms for a
250-pixel panel, measured); fifteen panels per pen stroke made that most of
the frame. Here the colours are looked up once per update with numpy into
0xFFRRGGBB words, wrapped as Format_RGB32 and handed to a
QGraphicsPixmapItem, which Qt scales (nearest pixel) in about 0.07 ms.
NaN cells (the gaps between tiles) take a fixed background colour.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPixmap, QTransform
from PySide6.QtWidgets import QGraphicsPixmapItem


def packed_lut(colormap: pg.ColorMap) -> np.ndarray:
    """The colour map as 256 uint32 words 0xFFRRGGBB (Qt's RGB32 layout)."""
    rgb = colormap.getLookupTable(nPts=256, alpha=False).astype(np.uint32)
    return (0xFF000000 | (rgb[:, 0] << 16) | (rgb[:, 1] << 8) | rgb[:, 2]).astype(np.uint32)


def packed_color(color: str) -> np.uint32:
    qcolor = pg.mkColor(color)
    return np.uint32(0xFF000000 | (qcolor.red() << 16) | (qcolor.green() << 8) | qcolor.blue())


def colorize(values: np.ndarray, levels: tuple[float, float], lut: np.ndarray, nan_color: np.uint32) -> np.ndarray:
    """(h, w) floats -> (h, w) uint32 RGB32 words; values outside the levels clip to the ends."""
    low, high = float(levels[0]), float(levels[1])
    scale = 255.0 / (high - low) if high > low else 0.0
    index = (values - np.float32(low)) * np.float32(scale)
    np.clip(index, 0, 255, out=index)
    nan = np.isnan(index)
    with np.errstate(invalid="ignore"):
        words = lut[index.astype(np.uint8)]  # NaN casts to some index: overwritten just below
    if nan.any():
        words[nan] = nan_color
    return words


class ColorImageItem(QGraphicsPixmapItem):
    """Shows a 2-D float array; pixel (row, col) covers [col, col+1) × [row, row+1) like ImageItem."""

    def __init__(self, colormap: pg.ColorMap, nan_color: str) -> None:
        super().__init__()
        self._lut = packed_lut(colormap)
        self._nan_color = packed_color(nan_color)
        self.setShapeMode(QGraphicsPixmapItem.ShapeMode.BoundingRectShape)
        self.setTransformationMode(pg.QtCore.Qt.TransformationMode.FastTransformation)

    def set_colormap(self, colormap: pg.ColorMap) -> None:
        self._lut = packed_lut(colormap)

    def set_image(self, values: np.ndarray, levels: tuple[float, float]) -> None:
        words = np.ascontiguousarray(colorize(np.asarray(values, dtype=np.float32), levels, self._lut, self._nan_color))
        height, width = words.shape
        image = QImage(words.data, width, height, width * 4, QImage.Format.Format_RGB32)
        self.setPixmap(QPixmap.fromImage(image))  # copies the pixels: `words` may go

    def set_rect(self, rect: QRectF) -> None:
        """Stretch the image over `rect` (in the view's coordinates)."""
        pixmap = self.pixmap()
        if pixmap.isNull():
            return
        self.setTransform(QTransform.fromScale(rect.width() / pixmap.width(), rect.height() / pixmap.height()))
        self.setPos(rect.topLeft())
