"""Where a digit comes from: the drawing canvas with its pen controls, test digits, photos, and the camera.

Only asks (signals); the view decides what a request does.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from convviz import limits
from convviz.app.widgets.camera_panel import CameraPanel
from convviz.app.widgets.drawing_canvas import DrawingCanvas
from convviz.i18n import tr


class DigitPad(QWidget):
    """Canvas, pen width, undo, clear; "Test digit" (random, or of one class); "Open photo…"; "Camera"."""

    pick_requested = Signal(object)  # the digit class wanted, or None for any
    open_requested = Signal()
    camera_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.canvas = DrawingCanvas()
        self.canvas.setMaximumHeight(400)
        self.canvas.setAccessibleName(tr("digit drawing canvas"))
        self.pen_width = QSlider(Qt.Orientation.Horizontal)
        self.pen_width.setRange(int(limits.PEN_WIDTH.low), int(limits.PEN_WIDTH.high))
        self.pen_width.setValue(round(self.canvas.stroke_width()))
        self.pen_width.setToolTip("Stroke width of the pen (MNIST strokes are about 2–3 of its 28 pixels)")
        self.pen_width.setAccessibleName(tr("pen width"))
        self.pen_width.valueChanged.connect(lambda value: self.canvas.set_stroke_width(value))
        self.undo_button = QPushButton("Undo stroke")
        self.undo_button.setToolTip("Remove the last stroke (Ctrl+Z)")
        self.undo_button.clicked.connect(self.canvas.undo)
        self.clear_button = QPushButton("Clear")
        self.clear_button.setAccessibleDescription(tr("Wipe the canvas"))
        self.clear_button.clicked.connect(self.canvas.clear)
        QShortcut(
            QKeySequence.StandardKey.Undo, self, self.canvas.undo, context=Qt.ShortcutContext.WidgetWithChildrenShortcut
        )

        self.digit_choice = QComboBox()
        self.digit_choice.setAccessibleName(tr("class of the test digit"))
        self.digit_choice.setAccessibleDescription(
            tr("Which digit “Test digit” picks: without a mouse, pick a test digit instead of drawing")
        )
        self.digit_choice.addItem("any digit", None)
        for digit in range(10):
            self.digit_choice.addItem(f"a {digit}", digit)
        self.pick_button = QPushButton("Test digit")
        self.pick_button.setToolTip("Pick a random digit of this class from the 10,000 MNIST test digits")
        self.pick_button.clicked.connect(lambda: self.pick_requested.emit(self.digit_choice.currentData()))
        self.open_button = QPushButton("Open photo…")
        self.open_button.setToolTip("A photo or scan of a digit on paper works: dark ink is detected and flipped")
        self.open_button.clicked.connect(self.open_requested)
        self.camera_button = QPushButton(tr("Camera"))
        self.camera_button.setToolTip(tr("Hold a digit written on paper up to the camera: every frame goes "
                                         "through the preprocessing and every layer"))
        self.camera_button.clicked.connect(self.camera_requested)
        self.camera_panel = CameraPanel()
        self.camera_panel.hide()

        pen_row = QHBoxLayout()
        pen_row.addWidget(QLabel("pen"))
        pen_row.addWidget(self.pen_width, 1)
        pen_row.addWidget(self.undo_button)
        pen_row.addWidget(self.clear_button)
        source_row = QGridLayout()  # two by two: four sources side by side would widen a 1024-wide window
        source_row.addWidget(self.digit_choice, 0, 0)
        source_row.addWidget(self.pick_button, 0, 1)
        source_row.addWidget(self.open_button, 1, 0)
        source_row.addWidget(self.camera_button, 1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.canvas, 1)
        layout.addLayout(pen_row)
        layout.addLayout(source_row)
        layout.addWidget(self.camera_panel)
