"""Choose the pooling after the activation: max or average, window size and stride."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from convviz import limits
from convviz.app.widgets.elided_label import ElidedLabel
from convviz.i18n import tr
from convviz.state.convolution import ConvolutionSettings

MODES = (
    ("max", "Max pooling", "keeps the strongest answer of each window: where a feature is, roughly"),
    ("avg", "Average pooling", "averages each window: a smaller, smoother map"),
    ("none", "No pooling", "the activation map goes on unchanged"),
)


class PoolingControls(QWidget):
    """Pooling mode, window size and stride of a `ConvolutionSettings`."""

    def __init__(self, settings: ConvolutionSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.mode = QComboBox()
        self.mode.setAccessibleName(tr("pooling"))
        self.mode.setAccessibleDescription(tr("Max or average pooling, or none"))
        self.mode.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.mode.setMinimumContentsLength(9)
        for key, label, _ in MODES:
            self.mode.addItem(label, key)
        self.size = QSpinBox(minimum=int(limits.POOL_SIZE.low), maximum=int(limits.POOL_SIZE.high))
        self.size.setPrefix("window ")
        self.size.setAccessibleName(tr("pooling window"))
        self.size.setAccessibleDescription(tr("Rows and columns of the pooling window"))
        self.stride = QSpinBox(minimum=int(limits.POOL_STRIDE.low), maximum=int(limits.POOL_STRIDE.high))
        self.stride.setPrefix("stride ")
        self.stride.setAccessibleName(tr("pooling stride"))
        self.stride.setAccessibleDescription(tr("How many cells the pooling window jumps"))
        self.explain = ElidedLabel()  # one line over the map; the whole sentence in its tooltip
        self.explain.setStyleSheet("color: palette(placeholder-text);")
        row = QHBoxLayout()  # the window's size and stride under the mode: the header stays as narrow as a map
        row.addWidget(self.size)
        row.addWidget(self.stride)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.mode, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(row)
        layout.addWidget(self.explain)
        layout.addStretch(1)

        self.mode.currentIndexChanged.connect(lambda i: setattr(settings, "pool_mode", self.mode.itemData(i)))
        self.size.valueChanged.connect(self._size_changed)
        self.stride.valueChanged.connect(lambda v: setattr(settings, "pool_stride", int(v)))
        for signal in (settings.events.pool_mode, settings.events.pool_size, settings.events.pool_stride):
            signal.connect(self._refresh)
        self._refresh()

    def _size_changed(self, value: int) -> None:
        # the usual choice is non-overlapping windows: the stride follows the size
        # unless the student set a different stride on purpose
        if self._settings.pool_stride == self._settings.pool_size:
            self._settings.pool_stride = int(value)
        self._settings.pool_size = int(value)

    def _refresh(self, *_args) -> None:
        settings = self._settings
        with QSignalBlocker(self.mode), QSignalBlocker(self.size), QSignalBlocker(self.stride):
            self.mode.setCurrentIndex(max(0, self.mode.findData(settings.pool_mode)))
            self.size.setValue(settings.pool_size)
            self.stride.setValue(settings.pool_stride)
        active = settings.pool_mode != "none"
        self.size.setEnabled(active)
        self.stride.setEnabled(active)
        text = dict((k, t) for k, _, t in MODES)[settings.pool_mode]
        k = settings.pool_size
        self.explain.setText(f"{k}×{k} windows, stride {settings.pool_stride}: {text}." if active else text.capitalize() + ".")
