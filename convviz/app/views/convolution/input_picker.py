"""Where the convolution's input comes from: a sample, the opened picture, a drawing or the camera; grey or RGB.

`InputPicker` lists the sample catalogue grouped as in the File menu, a
"Draw your own" entry that shows a drawing canvas (strokes become the
picture live), a "Live camera" entry that shows the camera's line (its frame
rate, Pause / Resume), and the grey / RGB switch bound to `ConvolutionSettings.mode`.
"""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from convviz.app.widgets.camera_panel import CameraPanel
from convviz.app.widgets.drawing_canvas import DrawingCanvas
from convviz.i18n import tr
from convviz.samples import SAMPLE_GROUPS, SAMPLES, samples_in_group
from convviz.state.convolution import ConvolutionSettings

DRAW = "__draw__"
OPENED = "__opened__"
CAMERA = "__camera__"
CANVAS_RESOLUTION = 96  # the drawing becomes a 96×96 picture: big enough to see edges, fast
CANVAS_STROKE = 7.0


class InputPicker(QWidget):
    """Sample / drawing choice and the grey / RGB switch."""

    sample_chosen = Signal(str)  # a catalogue name
    drawing_changed = Signal(object)  # (H, W) float32 in [0, 1]
    opened_chosen = Signal()  # back to the picture opened from a file
    camera_chosen = Signal()  # frames from the camera become the picture

    def __init__(self, settings: ConvolutionSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.source = QComboBox()
        self.source.setAccessibleName(tr("input picture"))
        self.source.setAccessibleDescription(tr("A sample picture to convolve, or drawing your own"))
        self.source.setMaxVisibleItems(30)
        model: QStandardItemModel = self.source.model()
        for group in SAMPLE_GROUPS:
            self.source.addItem(f"— {group} —")
            model.item(self.source.count() - 1).setEnabled(False)
            for sample in samples_in_group(group):
                self.source.addItem(sample.label, sample.name)
                self.source.setItemData(self.source.count() - 1, sample.description, Qt.ItemDataRole.ToolTipRole)
        self.source.addItem("— Your own —")
        model.item(self.source.count() - 1).setEnabled(False)
        self.source.addItem("Draw your own picture", DRAW)
        self.source.addItem(tr("Live camera"), CAMERA)
        self.source.setItemData(
            self.source.count() - 1, tr("Every camera frame through the kernel, activation and pooling, as it comes"),
            Qt.ItemDataRole.ToolTipRole,
        )

        self.gray_button = QPushButton("Grey", checkable=True)
        self.rgb_button = QPushButton("RGB (3 channels)", checkable=True)
        self.gray_button.setToolTip("One channel: the brightness of each pixel")
        self.rgb_button.setToolTip("Red, green and blue: a kernel per channel, results summed")
        self.mode_group = QButtonGroup(self)
        self.mode_group.addButton(self.gray_button)
        self.mode_group.addButton(self.rgb_button)

        self.canvas = DrawingCanvas(resolution=CANVAS_RESOLUTION, stroke_width=CANVAS_STROKE)
        self.canvas.setMinimumSize(150, 150)
        self.canvas.setMaximumHeight(220)
        self.canvas.setAccessibleName(tr("drawing canvas"))
        self.clear_button = QPushButton("Clear drawing")
        self.clear_button.setAccessibleDescription(tr("Wipe the drawing and start again"))
        self.canvas_box = QWidget()
        canvas_layout = QVBoxLayout(self.canvas_box)
        canvas_layout.setContentsMargins(0, 0, 0, 0)
        canvas_layout.addWidget(self.canvas)
        canvas_layout.addWidget(self.clear_button)
        self.canvas_box.hide()
        self.camera_panel = CameraPanel()
        self.camera_panel.hide()

        mode_row = QHBoxLayout()
        mode_row.addWidget(QLabel("Channels"))
        mode_row.addWidget(self.gray_button)
        mode_row.addWidget(self.rgb_button)
        mode_row.addStretch(1)
        source_row = QHBoxLayout()
        source_row.addWidget(QLabel("Picture"))
        source_row.addWidget(self.source, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(source_row)
        layout.addLayout(mode_row)
        layout.addWidget(self.canvas_box)
        layout.addWidget(self.camera_panel)

        self.source.activated.connect(self._on_source)
        self.gray_button.clicked.connect(lambda: setattr(settings, "mode", "gray"))
        self.rgb_button.clicked.connect(lambda: setattr(settings, "mode", "rgb"))
        self.canvas.changed.connect(self._emit_drawing)
        self.clear_button.clicked.connect(self._clear)
        settings.events.mode.connect(self._refresh_mode)
        self._refresh_mode()

    def show_current(self, name: str) -> None:
        """Show which picture is in use: a sample name, or the file name of an opened picture."""
        with QSignalBlocker(self.source):
            index = self.source.findData(name)
            if index < 0:
                opened = self.source.findData(OPENED)
                if opened < 0:
                    self.source.insertItem(0, name, OPENED)
                    opened = 0
                else:
                    self.source.setItemText(opened, name)
                index = opened
            self.source.setCurrentIndex(index)
        self.canvas_box.setVisible(name == DRAW)

    def show_camera(self, shown: bool) -> None:
        """The camera's line under the choice: while the camera runs, and after a pause (to resume)."""
        self.camera_panel.setVisible(shown)

    def _on_source(self, index: int) -> None:
        key = self.source.itemData(index)
        self.canvas_box.setVisible(key == DRAW)
        if key == DRAW:
            self._emit_drawing()
        elif key == CAMERA:
            self.camera_chosen.emit()
        elif key == OPENED:
            self.opened_chosen.emit()
        elif key in SAMPLES:
            self.sample_chosen.emit(key)

    def _emit_drawing(self) -> None:
        self.drawing_changed.emit(self.canvas.picture().astype("float32") / 255.0)

    def _clear(self) -> None:
        self.canvas.clear()
        self._emit_drawing()

    def _refresh_mode(self, *_args) -> None:
        rgb = self._settings.mode == "rgb"
        with QSignalBlocker(self.gray_button), QSignalBlocker(self.rgb_button):
            self.rgb_button.setChecked(rgb)
            self.gray_button.setChecked(not rgb)
