"""A square canvas for drawing a digit: white antialiased strokes on black, in bounded memory.

The drawing lives in a fixed-resolution 8-bit grey QImage, so `picture()` is a
single buffer copy and the model always sees the same pixel grid whatever the
widget's size on screen. Each pointer move paints one segment into the image
and repaints only the rectangle it touched; nothing is ever redrawn from a
stroke list while drawing.

Only the last `UNDO_STROKES` strokes (and at most `UNDO_POINTS` points) stay
strokes, each with the picture as it was before it (a copy-on-write QImage), so
"Undo stroke" is instant; an older stroke is baked into the background (the
picture before the first stroke kept). A stroke longer than `STROKE_PART_POINTS`
goes on as a new stroke from where it was. So however long a class draws,
memory, a `drawing_state()` (what sessions and Edit ▸ Undo keep) and every undo
stay the same size. Edit ▸ Undo still goes further back: each of its steps
holds the background and image it needs.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QTabletEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from convviz import limits
from convviz.i18n import tr

DEFAULT_RESOLUTION = 280  # ten canvas pixels per MNIST pixel
DEFAULT_STROKE_WIDTH = 22.0
MIN_SIDE = 112  # pixels: four a digit pixel, still a canvas a finger or a mouse can draw a digit on
UNDO_STROKES = 24  # strokes "Undo stroke" can take back one by one (a digit takes 1 to 4)
UNDO_POINTS = 6_000  # points of those strokes together: replaying them all (after a restore) stays short
HINT_FLAGS = (Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap).value  # the hint, on two lines if need be
HINT_SMALLEST_PT = 7.0
STROKE_PART_POINTS = 1_500  # a longer stroke goes on as a new one (so one scribble cannot grow for ever)
_COORDINATE = limits.STROKE_COORDINATE.high  # a drag may leave the canvas, not the limits a session can hold

Point = tuple[float, float]
Stroke = tuple[float, tuple[Point, ...]]  # (width, points)


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
        self._resolution = int(limits.CANVAS_SIDE.check(resolution, "canvas resolution"))
        self._stroke_width = float(limits.STROKE_WIDTH.check(float(stroke_width), "stroke width"))
        self._background = self._black()  # the picture before the first stroke kept (older ones baked in)
        self._image = QImage(self._background)
        self._strokes: list[Stroke] = []  # finished strokes after the background, oldest first
        self._befores: list[QImage] | None = []  # the image before each stroke; None until rebuilt (after a restore)
        self._points = 0  # points of the kept strokes
        self._current: list[Point] | None = None  # the stroke being drawn
        self._current_width = self._stroke_width
        self._blank = True
        self._version = 0  # bumped on every change: `drawing_state` is cached per version
        self._state: tuple[int, dict] | None = None
        self._background_array: tuple[int, np.ndarray] | None = None
        self._background_version = 0
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)  # paintEvent covers every pixel itself
        self.setAttribute(Qt.WidgetAttribute.WA_TabletTracking, False)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setMinimumSize(MIN_SIDE, MIN_SIDE)
        # no height-for-width: the square is painted centred in whatever room the layout gives, and a
        # height that follows the width pushed the buttons under the canvas into it on short screens
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setToolTip(tr("Draw a digit: left button or pen. Ctrl+Z undoes the last stroke."))

    # ----------------------------------------------------------------- public
    def sizeHint(self) -> QSize:
        return QSize(300, 300)

    def resolution(self) -> int:
        return self._resolution

    def stroke_width(self) -> float:
        return self._stroke_width

    def set_stroke_width(self, width: float) -> None:
        """Width of the next strokes, in canvas pixels (the canvas is `resolution()` wide)."""
        if not isinstance(width, (int, float)) or not width > 0:
            raise ValueError("the stroke width must be positive.")
        self._stroke_width = float(limits.STROKE_WIDTH.check(float(width), "stroke width"))

    def picture(self) -> np.ndarray:
        """The drawing as a (resolution, resolution) uint8 array, white digit on black."""
        return image_to_array(self._image)

    def set_picture(self, array: np.ndarray) -> None:
        """Show a picture (any size, grey or colour, uint8 or float in [0, 1]) and forget strokes."""
        fitted = fit_picture(array, self._resolution)
        self._start_over(_array_to_image(fitted), blank=False)

    def strokes(self) -> list[QPainterPath]:
        """The strokes "Undo stroke" can take back (the last `UNDO_STROKES`), oldest first."""
        paths = []
        for _, points in self._kept_strokes():
            path = QPainterPath(QPointF(*points[0]))
            for point in points[1:]:
                path.lineTo(QPointF(*point))
            paths.append(path)
        return paths

    def is_blank(self) -> bool:
        return self._blank

    def clear(self) -> None:
        """Back to an empty black canvas."""
        self._start_over(self._black(), blank=True)

    def undo(self) -> bool:
        """Remove the last stroke; False when there is none."""
        if self._current is not None:
            self.end_stroke()
        if not self._strokes:
            return False
        befores = self._rebuilt_befores()
        self._points -= len(self._strokes.pop()[1])
        self._image = befores.pop()
        self._blank = not self._strokes and self._is_black(self._background)
        self._changed()
        self.update()
        self.changed.emit()
        return True

    def is_drawing(self) -> bool:
        """True between pen down and pen up (undo records a stroke once it ends)."""
        return self._current is not None

    def drawing_state(self) -> dict:
        """The drawing exactly, as plain data: background and image (uint8), strokes, blank flag.

        `restore_drawing` puts it back pixel for pixel, with the same strokes to undo
        (used by Edit ▸ Undo and by session files). Asked again without a change in
        between, it returns the same (read-only) arrays: undo steps share them.
        """
        if self._state is not None and self._state[0] == self._version:
            return self._state[1]
        if self._background_array is None or self._background_array[0] != self._background_version:
            self._background_array = (self._background_version, _read_only(image_to_array(self._background)))
        state = {"background": self._background_array[1], "image": _read_only(image_to_array(self._image)),
                 "strokes": tuple(self._kept_strokes()), "blank": self._blank}
        self._state = (self._version, state)
        return state

    def restore_drawing(self, state: dict) -> None:
        """Put back a `drawing_state()`; emits `changed`.

        Strokes beyond what "Undo stroke" keeps (an older session) are left baked
        into the image: it looks the same, and Edit ▸ Undo still has them.
        """
        background = np.asarray(state["background"], dtype=np.uint8)
        image = np.asarray(state["image"], dtype=np.uint8)
        if background.shape != (self._resolution, self._resolution) or image.shape != background.shape:
            raise ValueError(f"this canvas is {self._resolution}×{self._resolution} pixels, not {background.shape}.")
        strokes = [(float(width), tuple((float(x), float(y)) for x, y in points)) for width, points in state["strokes"]]
        strokes = [stroke for stroke in strokes if stroke[1]]
        points = sum(len(stroke[1]) for stroke in strokes)
        if len(strokes) > UNDO_STROKES or points > UNDO_POINTS:
            background, strokes, points = image, [], 0
        self._background, self._image = _array_to_image(background), _array_to_image(image)
        self._strokes, self._points, self._befores = strokes, points, None  # rebuilt if "Undo stroke" needs them
        self._current = None
        self._blank = bool(state["blank"])
        self._changed(background=True)
        if not background.flags.writeable and not image.flags.writeable:  # the arrays of a drawing_state: shared
            self._background_array = (self._background_version, background)
            self._state = (self._version, {"background": background, "image": image,
                                           "strokes": tuple(strokes), "blank": self._blank})
        self.update()
        self.changed.emit()

    # ------------------------------------------------------------- keeping
    def _black(self) -> QImage:
        image = QImage(self._resolution, self._resolution, QImage.Format.Format_Grayscale8)
        image.fill(0)
        return image

    def _start_over(self, background: QImage, *, blank: bool) -> None:
        self._background = background
        self._image = QImage(background)  # shared until the next stroke paints (copy on write)
        self._strokes, self._befores, self._points = [], [], 0
        self._current = None
        self._blank = blank
        self._changed(background=True)
        self.update()
        self.changed.emit()

    def _changed(self, *, background: bool = False) -> None:
        self._version += 1
        if background:
            self._background_version += 1

    def _kept_strokes(self) -> list[Stroke]:
        if self._current is None:
            return list(self._strokes)
        return [*self._strokes, (self._current_width, tuple(self._current))]

    def _rebuilt_befores(self) -> list[QImage]:
        """The image before each kept stroke (replayed once after a restore: at most UNDO_POINTS points)."""
        if self._befores is None:
            befores, image = [], QImage(self._background)
            for width, points in self._strokes:
                befores.append(QImage(image))  # shares the pixels until the replay paints (copy on write)
                self._replay(image, width, points)
            self._befores = befores
        return self._befores

    def _keep_bounded(self) -> None:
        """Bake the oldest strokes into the background while more than "Undo stroke" keeps."""
        while self._strokes and (len(self._strokes) > UNDO_STROKES or self._points > UNDO_POINTS):
            width, points = self._strokes.pop(0)
            self._points -= len(points)
            if self._befores is not None:
                self._befores.pop(0)
                self._background = self._befores[0] if self._befores else QImage(self._image)
            else:  # no pictures kept (after a restore): paint the stroke into the background
                self._background = QImage(self._background)
                self._replay(self._background, width, points)
            self._changed(background=True)

    # ------------------------------------------------------------- geometry
    def hint_font(self) -> QFont:
        """The "draw a digit here" hint's font: 1.3 × the widget's (at least 11 pt), smaller where the canvas is too
        small for it on two lines (a small canvas beside a lesson cut it to "w a digit h")."""
        target = self._target_rect().adjusted(4, 4, -4, -4)
        font = QFont(self.font())
        size = max(font.pointSizeF() * 1.3, 11.0)
        while True:
            font.setPointSizeF(size)
            needed = QFontMetricsF(font).boundingRect(target, HINT_FLAGS, tr("draw a digit here"))
            if size <= HINT_SMALLEST_PT or (needed.width() <= target.width() and needed.height() <= target.height()):
                return font
            size = max(size - 1.0, HINT_SMALLEST_PT)

    def _target_rect(self) -> QRectF:
        """Where the square image sits in the widget (centred, as large as fits)."""
        side = min(self.width(), self.height())
        return QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)

    def _to_image(self, point: QPointF) -> Point:
        target = self._target_rect()
        scale = self._resolution / max(target.width(), 1.0)
        x, y = (point.x() - target.left()) * scale, (point.y() - target.top()) * scale
        return (min(max(x, -_COORDINATE), _COORDINATE), min(max(y, -_COORDINATE), _COORDINATE))

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

    def _replay(self, image: QImage, width: float, points: tuple[Point, ...]) -> None:
        """Redraw a stroke segment by segment, exactly as it was drawn live (same pixels)."""
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(self._pen(width))
        painter.drawPoint(QPointF(*points[0]))
        for start, end in zip(points, points[1:]):
            painter.drawLine(QPointF(*start), QPointF(*end))
        painter.end()

    @staticmethod
    def _is_black(image: QImage) -> bool:
        return not image_to_array(image).any()

    def _paint_segment(self, start: Point, end: Point) -> None:
        painter = QPainter(self._image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(self._pen(self._current_width))
        if start == end:
            painter.drawPoint(QPointF(*end))
        else:
            painter.drawLine(QPointF(*start), QPointF(*end))
        painter.end()
        half = self._current_width / 2 + 1
        dirty = QRectF(QPointF(*start), QPointF(*end)).normalized().adjusted(-half, -half, half, half)
        self.update(self._to_widget(dirty))

    def _open_stroke(self, point: Point) -> None:
        """A new stroke from `point`: the picture before it is kept (shared until painted) for "Undo stroke"."""
        if self._befores is not None:
            self._befores.append(QImage(self._image))
        self._current = [point]
        self._current_width = self._stroke_width
        self._paint_segment(point, point)

    def _close_stroke(self) -> None:
        points = tuple(self._current)
        self._current = None
        self._strokes.append((self._current_width, points))
        self._points += len(points)
        self._keep_bounded()

    def begin_stroke(self, point: QPointF) -> None:
        """Start a stroke at a widget position (mouse press, pen down)."""
        if self._current is not None:
            self._close_stroke()
        if self._blank:
            self._blank = False
            self.update()  # erase the "draw a digit here" hint everywhere
        self._open_stroke(self._to_image(point))
        self._changed()
        self.changed.emit()

    def extend_stroke(self, point: QPointF) -> None:
        """Continue the current stroke to a widget position (mouse or pen move)."""
        if self._current is None:
            return
        image_point = self._to_image(point)
        last = self._current[-1]
        if image_point == last:
            return
        if len(self._current) >= STROKE_PART_POINTS:  # a long scribble goes on as a new stroke
            self._close_stroke()
            self._open_stroke(last)
        self._current.append(image_point)
        self._paint_segment(last, image_point)
        self._changed()
        self.changed.emit()

    def end_stroke(self) -> None:
        if self._current is None:
            return
        self._close_stroke()
        self._changed()
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
            painter.setFont(self.hint_font())
            painter.drawText(target, HINT_FLAGS, tr("draw a digit here"))
        painter.setPen(QPen(QColor(90, 90, 100), 1))
        painter.drawRect(target.adjusted(0, 0, -1, -1))
        painter.end()


def _read_only(array: np.ndarray) -> np.ndarray:
    array.setflags(write=False)
    return array
