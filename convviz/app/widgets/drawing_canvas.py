"""A square canvas for drawing a digit: white antialiased strokes on black.

The drawing lives in a fixed-resolution 8-bit grey QImage, so `picture()` is a
single buffer copy and the model always sees the same pixel grid whatever the
widget's size on screen. Each pointer move paints one segment into the image
and repaints only the rectangle it touched; strokes are kept as QPainterPaths
so the last one can be undone by replaying the others.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QTabletEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

DEFAULT_RESOLUTION = 280  # ten canvas pixels per MNIST pixel
DEFAULT_STROKE_WIDTH = 22.0
MIN_SIDE = 140  # pixels: still a canvas a finger or a mouse can draw a digit on


def _array_to_image(array: np.ndarray) -> QImage:
    """A grey QImage owning a copy of a 2-D uint8 array."""
    array = np.ascontiguousarray(array, dtype=np.uint8)
    height, width = array.shape
    image = QImage(array.data, width, height, width, QImage.Format.Format_Grayscale8)
    return image.copy()  # detach from the numpy buffer


def image_to_array(image: QImage) -> np.ndarray:
    """A copy of a Format_Grayscale8 QImage as a (height, width) uint8 array."""
    if image.format() != QImage.Format.Format_Grayscale8:
        image = image.convertToFormat(QImage.Format.Format_Grayscale8)
    height, width, stride = image.height(), image.width(), image.bytesPerLine()
    buffer = np.frombuffer(image.constBits(), dtype=np.uint8, count=height * stride)
    return buffer.reshape(height, stride)[:, :width].copy()


def fit_picture(array: np.ndarray, side: int) -> np.ndarray:
    """Scale a grey or colour picture to fit a side×side square, padded with its own border tone.

    Padding with the border's median (not black) keeps a photo of paper looking
    like paper, so polarity detection downstream is not fooled by a black frame.
    """
    array = np.asarray(array)
    if array.ndim == 3 and array.shape[0] in (3, 4) and array.shape[-1] not in (3, 4):
        array = np.moveaxis(array, 0, -1)  # channels first (as the main window shares pictures)
    if array.ndim == 3 and array.shape[-1] >= 3:
        array = array[..., :3].astype(np.float32) @ np.array([0.299, 0.587, 0.114], dtype=np.float32)
    elif array.ndim == 3:
        array = array[..., 0]
    if array.ndim != 2 or array.size == 0:
        raise ValueError("a picture for the canvas must be a non-empty grey or colour image.")
    array = array.astype(np.float32)
    if array.max() <= 1.0:
        array = array * 255.0
    grey = np.clip(array, 0, 255).astype(np.uint8)
    source = _array_to_image(grey)
    scaled = source.scaled(
        side, side, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
    )
    border = np.concatenate([grey[0], grey[-1], grey[:, 0], grey[:, -1]])
    canvas = np.full((side, side), int(np.median(border)), dtype=np.uint8)
    pixels = image_to_array(scaled)
    top = (side - pixels.shape[0]) // 2
    left = (side - pixels.shape[1]) // 2
    canvas[top : top + pixels.shape[0], left : left + pixels.shape[1]] = pixels
    return canvas


class DrawingCanvas(QWidget):
    """Mouse- and pen-drawn white strokes on black; `changed` fires on every stroke update."""

    changed = Signal()
    stroke_finished = Signal()

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        resolution: int = DEFAULT_RESOLUTION,
        stroke_width: float = DEFAULT_STROKE_WIDTH,
    ) -> None:
        super().__init__(parent)
        self._resolution = resolution
        self._stroke_width = float(stroke_width)
        self._background = QImage(resolution, resolution, QImage.Format.Format_Grayscale8)
        self._background.fill(0)
        self._image = self._background.copy()
        self._strokes: list[tuple[QPainterPath, float]] = []
        self._current: QPainterPath | None = None
        self._last_point: QPointF | None = None
        self._blank = True
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)  # paintEvent covers every pixel itself
        self.setAttribute(Qt.WidgetAttribute.WA_TabletTracking, False)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setMinimumSize(MIN_SIDE, MIN_SIDE)
        # no height-for-width: the square is painted centred in whatever room the layout gives, and a
        # height that follows the width pushed the buttons under the canvas into it on short screens
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setToolTip("Draw a digit: left button or pen. Ctrl+Z undoes the last stroke.")

    # ----------------------------------------------------------------- public
    def sizeHint(self) -> QSize:
        return QSize(300, 300)

    def resolution(self) -> int:
        return self._resolution

    def stroke_width(self) -> float:
        return self._stroke_width

    def set_stroke_width(self, width: float) -> None:
        """Width of the next strokes, in canvas pixels (the canvas is `resolution()` wide)."""
        if width <= 0:
            raise ValueError("the stroke width must be positive.")
        self._stroke_width = float(width)

    def picture(self) -> np.ndarray:
        """The drawing as a (resolution, resolution) uint8 array, white digit on black."""
        return image_to_array(self._image)

    def set_picture(self, array: np.ndarray) -> None:
        """Show a picture (any size, grey or colour, uint8 or float in [0, 1]) and forget strokes."""
        fitted = fit_picture(array, self._resolution)
        self._background = _array_to_image(fitted)
        self._strokes.clear()
        self._current = None
        self._image = self._background.copy()
        self._blank = False
        self.update()
        self.changed.emit()

    def strokes(self) -> list[QPainterPath]:
        """The strokes drawn since the last clear or picture, oldest first."""
        return [path for path, _ in self._strokes]

    def is_blank(self) -> bool:
        return self._blank

    def clear(self) -> None:
        """Back to an empty black canvas."""
        self._background = QImage(self._resolution, self._resolution, QImage.Format.Format_Grayscale8)
        self._background.fill(0)
        self._image = self._background.copy()
        self._strokes.clear()
        self._current = None
        self._blank = True
        self.update()
        self.changed.emit()

    def undo(self) -> bool:
        """Remove the last stroke; False when there is none."""
        if not self._strokes:
            return False
        self._strokes.pop()
        self._image = self._background.copy()
        painter = QPainter(self._image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for path, width in self._strokes:
            self._replay(painter, path, width)
        painter.end()
        self._blank = not self._strokes and self._is_black(self._background)
        self.update()
        self.changed.emit()
        return True

    def is_drawing(self) -> bool:
        """True between pen down and pen up (undo records a stroke once it ends)."""
        return self._current is not None

    def drawing_state(self) -> dict:
        """The drawing exactly, as plain data: background and image (uint8), strokes, blank flag.

        `restore_drawing` puts it back pixel for pixel, with the same strokes to undo
        (used by Edit ▸ Undo and by session files).
        """
        strokes = tuple(
            (width, tuple((path.elementAt(i).x, path.elementAt(i).y) for i in range(path.elementCount())))
            for path, width in self._strokes
        )
        return {"background": image_to_array(self._background), "image": image_to_array(self._image),
                "strokes": strokes, "blank": self._blank}

    def restore_drawing(self, state: dict) -> None:
        """Put back a `drawing_state()`; emits `changed`."""
        background = np.asarray(state["background"], dtype=np.uint8)
        image = np.asarray(state["image"], dtype=np.uint8)
        if background.shape != (self._resolution, self._resolution) or image.shape != background.shape:
            raise ValueError(f"this canvas is {self._resolution}×{self._resolution} pixels, not {background.shape}.")
        strokes = []
        for width, points in state["strokes"]:
            path = QPainterPath(QPointF(*points[0]))
            for point in points[1:]:
                path.lineTo(QPointF(*point))
            strokes.append((path, float(width)))
        self._background, self._image = _array_to_image(background), _array_to_image(image)
        self._strokes, self._current, self._last_point = strokes, None, None
        self._blank = bool(state["blank"])
        self.update()
        self.changed.emit()

    # ------------------------------------------------------------- geometry
    def _target_rect(self) -> QRectF:
        """Where the square image sits in the widget (centred, as large as fits)."""
        side = min(self.width(), self.height())
        return QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)

    def _to_image(self, point: QPointF) -> QPointF:
        target = self._target_rect()
        scale = self._resolution / max(target.width(), 1.0)
        return QPointF((point.x() - target.left()) * scale, (point.y() - target.top()) * scale)

    def _to_widget(self, rect: QRectF) -> QRect:
        target = self._target_rect()
        scale = target.width() / self._resolution
        return QRectF(
            target.left() + rect.left() * scale,
            target.top() + rect.top() * scale,
            rect.width() * scale,
            rect.height() * scale,
        ).toAlignedRect().adjusted(-2, -2, 2, 2)

    # -------------------------------------------------------------- drawing
    @staticmethod
    def _pen(width: float) -> QPen:
        pen = QPen(QColor(255, 255, 255), width)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        return pen

    def _replay(self, painter: QPainter, path: QPainterPath, width: float) -> None:
        """Redraw a stroke segment by segment, exactly as it was drawn live (same pixels)."""
        painter.setPen(self._pen(width))
        points = [QPointF(path.elementAt(i).x, path.elementAt(i).y) for i in range(path.elementCount())]
        painter.drawPoint(points[0])
        for start, end in zip(points, points[1:]):
            painter.drawLine(start, end)

    @staticmethod
    def _is_black(image: QImage) -> bool:
        return not image_to_array(image).any()

    def _paint_segment(self, start: QPointF, end: QPointF) -> None:
        painter = QPainter(self._image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(self._pen(self._stroke_width))
        if start == end:
            painter.drawPoint(end)
        else:
            painter.drawLine(start, end)
        painter.end()
        half = self._stroke_width / 2 + 1
        dirty = QRectF(start, end).normalized().adjusted(-half, -half, half, half)
        self.update(self._to_widget(dirty))

    def begin_stroke(self, point: QPointF) -> None:
        """Start a stroke at a widget position (mouse press, pen down)."""
        image_point = self._to_image(point)
        self._current = QPainterPath(image_point)
        self._strokes.append((self._current, self._stroke_width))
        self._last_point = image_point
        if self._blank:
            self._blank = False
            self.update()  # erase the "draw a digit here" hint everywhere
        self._paint_segment(image_point, image_point)
        self.changed.emit()

    def extend_stroke(self, point: QPointF) -> None:
        """Continue the current stroke to a widget position (mouse or pen move)."""
        if self._current is None or self._last_point is None:
            return
        image_point = self._to_image(point)
        if image_point == self._last_point:
            return
        self._current.lineTo(image_point)
        self._paint_segment(self._last_point, image_point)
        self._last_point = image_point
        self.changed.emit()

    def end_stroke(self) -> None:
        if self._current is None:
            return
        self._current = None
        self._last_point = None
        self.stroke_finished.emit()

    # --------------------------------------------------------------- events
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.begin_stroke(event.position())
            event.accept()
        else:
            super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self.extend_stroke(event.position())
            event.accept()
        else:
            super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.end_stroke()
            event.accept()
        else:
            super().mouseReleaseEvent(event)

    def tabletEvent(self, event: QTabletEvent) -> None:
        kind = event.type()
        if kind == QTabletEvent.Type.TabletPress:
            self.begin_stroke(event.position())
        elif kind == QTabletEvent.Type.TabletMove and event.pressure() > 0:
            self.extend_stroke(event.position())
        elif kind == QTabletEvent.Type.TabletRelease:
            self.end_stroke()
        event.accept()  # no synthesized mouse events: the pen is handled once

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(event.rect(), self.palette().window())
        target = self._target_rect()
        scale = self._resolution / max(target.width(), 1.0)
        dirty = QRectF(event.rect()).intersected(target)
        if not dirty.isEmpty():
            source = QRectF(
                (dirty.left() - target.left()) * scale,
                (dirty.top() - target.top()) * scale,
                dirty.width() * scale,
                dirty.height() * scale,
            )
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawImage(dirty, self._image, source)
        if self._blank:
            painter.setPen(QColor(150, 150, 160))
            font = painter.font()
            font.setPointSizeF(max(font.pointSizeF() * 1.3, 11))
            painter.setFont(font)
            painter.drawText(target, Qt.AlignmentFlag.AlignCenter, "draw a digit here")
        painter.setPen(QPen(QColor(90, 90, 100), 1))
        painter.drawRect(target.adjusted(0, 0, -1, -1))
        painter.end()
