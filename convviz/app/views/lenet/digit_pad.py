"""Where a digit comes from: the drawing canvas with its pen controls, test digits, and photos.

Only asks (signals); the view decides what a request does.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from convviz import limits
from convviz.app.widgets.drawing_canvas import DrawingCanvas


class DigitPad(QWidget):
    """Canvas, pen width, undo, clear; "Test digit" (random, or of one class); "Open photo…"."""

    pick_requested = Signal(object)  # the digit class wanted, or None for any
    open_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.canvas = DrawingCanvas()
        self.canvas.setMaximumHeight(400)
        self.pen_width = QSlider(Qt.Orientation.Horizontal)
        self.pen_width.setRange(int(limits.PEN_WIDTH.low), int(limits.PEN_WIDTH.high))
        self.pen_width.setValue(round(self.canvas.stroke_width()))
        self.pen_width.setToolTip("Stroke width of the pen (MNIST strokes are about 2–3 of its 28 pixels)")
        self.pen_width.valueChanged.connect(lambda value: self.canvas.set_stroke_width(value))
        self.undo_button = QPushButton("Undo stroke")
        self.undo_button.setToolTip("Remove the last stroke (Ctrl+Z)")
        self.undo_button.clicked.connect(self.canvas.undo)
        self.clear_button = QPushButton("Clear")
        self.clear_button.clicked.connect(self.canvas.clear)
        QShortcut(
            QKeySequence.StandardKey.Undo, self, self.canvas.undo, context=Qt.ShortcutContext.WidgetWithChildrenShortcut
        )

        self.digit_choice = QComboBox()
        self.digit_choice.addItem("any digit", None)
        # as wide as its longest choice at its font (presentation mode zooms it): squeezed, "any digit" read "any di"
        self.digit_choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.digit_choice.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        for digit in range(10):
            self.digit_choice.addItem(f"a {digit}", digit)
        self.pick_button = QPushButton("Test digit")
        self.pick_button.setToolTip("Pick a random digit of this class from the 10,000 MNIST test digits")
        self.pick_button.clicked.connect(lambda: self.pick_requested.emit(self.digit_choice.currentData()))
        self.open_button = QPushButton("Open photo…")
        self.open_button.setToolTip("A photo or scan of a digit on paper works: dark ink is detected and flipped")
        self.open_button.clicked.connect(self.open_requested)

        pen_row = QHBoxLayout()
        pen_row.addWidget(QLabel("pen"))
        pen_row.addWidget(self.pen_width, 1)
        pen_row.addWidget(self.undo_button)
        pen_row.addWidget(self.clear_button)
        source_row = QHBoxLayout()
        source_row.addWidget(self.digit_choice)
        source_row.addWidget(self.pick_button)
        source_row.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.canvas, 1)
        layout.addLayout(pen_row)
        layout.addLayout(source_row)
