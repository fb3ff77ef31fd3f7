"""A QImage (pasted from the clipboard) as the float32 picture the views take."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QImage

if TYPE_CHECKING:
    import numpy as np


def qimage_to_array(image: QImage) -> "np.ndarray":
    """Grey pictures as (H, W), colour ones as (3, H, W), float32 in [0, 1]; alpha over white."""
    import numpy as np

    if image.isNull() or image.width() == 0 or image.height() == 0:
        raise ValueError("The clipboard picture is empty.")
    if image.hasAlphaChannel():
        flat = QImage(image.size(), QImage.Format.Format_RGB32)
        flat.fill(0xFFFFFFFF)
        from PySide6.QtGui import QPainter

        painter = QPainter(flat)
        painter.drawImage(0, 0, image)
        painter.end()
        image = flat
    if image.isGrayscale():
        grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
        height, width, stride = grey.height(), grey.width(), grey.bytesPerLine()
        buffer = np.frombuffer(grey.constBits(), dtype=np.uint8, count=height * stride)
        return buffer.reshape(height, stride)[:, :width].astype(np.float32) / np.float32(255)
    rgb = image.convertToFormat(QImage.Format.Format_RGB888)
    height, width, stride = rgb.height(), rgb.width(), rgb.bytesPerLine()
    buffer = np.frombuffer(rgb.constBits(), dtype=np.uint8, count=height * stride)
    pixels = buffer.reshape(height, stride)[:, : width * 3].reshape(height, width, 3)
    return np.ascontiguousarray(np.moveaxis(pixels, -1, 0)).astype(np.float32) / np.float32(255)
