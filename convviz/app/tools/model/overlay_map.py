"""A heat map laid over the grey picture it explains, with a colour bar and the value under the mouse.

The overlay is composed once per update with numpy: each pixel mixes the grey
picture with the heat map's colour, more of the colour the stronger the
value (transparent at zero), so the digit stays visible under the evidence.
Sequential maps (saliency, Grad-CAM) use viridis from 0; signed maps
(occlusion) use the blue–white–orange diverging map centred on zero.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from convviz.app.widgets.color_bar import ColorBar
from convviz.app.widgets.map_colors import PANEL_BACKGROUND, colormap, nice_bound
from convviz.i18n import tr
from convviz.state.conventions import cell_name

ALPHA_MAX = 0.85  # the strongest evidence covers the picture almost fully
GREY_DIM = 0.8  # the picture a little darker than white, so colour reads over its strokes


def overlay_rgb(picture: np.ndarray, heat: np.ndarray, scale: str, levels: tuple[float, float]) -> np.ndarray:
    """(h, w, 3) uint8: `picture` in [0, 1] as grey, mixed with `heat` coloured by `scale` within `levels`."""
    picture = np.clip(np.asarray(picture, dtype=np.float32), 0.0, 1.0)
    heat = np.nan_to_num(np.asarray(heat, dtype=np.float32))
    low, high = levels
    span = high - low if high > low else 1.0
    position = np.clip((heat - low) / span, 0.0, 1.0)
    lut = colormap(scale).getLookupTable(nPts=256, alpha=False).astype(np.float32) / 255.0
    colours = lut[np.round(position * 255).astype(np.intp)]
    if scale == "diverging":
        strength = np.clip(np.abs(heat) / max(abs(low), abs(high), 1e-12), 0.0, 1.0)
    else:
        strength = position
    alpha = (ALPHA_MAX * np.sqrt(strength))[..., None]  # √: middling evidence still shows
    grey = np.repeat((picture * GREY_DIM)[..., None], 3, axis=2)
    return np.round(255 * ((1 - alpha) * grey + alpha * colours)).astype(np.uint8)


def heat_levels(heat: np.ndarray, scale: str) -> tuple[float, float]:
    """0 to a nice bound for sequential maps, ± a nice bound for signed ones."""
    finite = np.abs(heat[np.isfinite(heat)]) if heat.size else np.zeros(1)
    peak = float(finite.max()) if finite.size else 0.0
    bound = nice_bound(peak) if peak > 0 else 1.0
    return (-bound, bound) if scale == "diverging" else (0.0, bound)


class OverlayMap(QWidget):
    """Title, a sentence on how to read it, the overlay with its colour bar, and a hover readout."""

    def __init__(self, title: str, explanation: str, scale: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._scale = scale
        self._heat = np.zeros((28, 28), dtype=np.float32)
        self._picture = np.zeros((28, 28), dtype=np.float32)
        self._levels = (0.0, 1.0)
        self.title = QLabel(title)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        self.explanation = QLabel(explanation)
        self.explanation.setWordWrap(True)
        self.graphics = pg.GraphicsLayoutWidget()
        self.graphics.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a picture: its numbers are in the labels beside it
        self.graphics.setAccessibleName(tr("where the evidence lies"))
        self.graphics.setBackground(PANEL_BACKGROUND)
        self.graphics.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.graphics.setMinimumSize(140, 120)
        self.view = self.graphics.addViewBox(row=0, col=0)
        self.view.setMouseEnabled(False, False)
        self.view.setMenuEnabled(False)
        self.view.invertY(True)
        self.view.setAspectLocked(True)
        self.view.setDefaultPadding(0.0)
        self.image = pg.ImageItem(axisOrder="row-major")
        self.view.addItem(self.image)
        self.bar = ColorBar(scale, strip_width=12, point_size=10)
        self.graphics.addItem(self.bar, row=0, col=1)
        self.readout = QLabel(tr("hover the picture for values"))
        self.graphics.scene().sigMouseMoved.connect(self._on_mouse_moved)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.graphics, 1)
        layout.addWidget(self.readout)
        layout.addWidget(self.explanation)

    def set_overlay(self, picture: np.ndarray, heat: np.ndarray, levels: tuple[float, float] | None = None) -> None:
        """Show `heat` over `picture` (both (h, w)); levels default to a nice range of the heat."""
        self._picture = np.asarray(picture, dtype=np.float32)
        self._heat = np.asarray(heat, dtype=np.float32)
        self._levels = tuple(levels) if levels is not None else heat_levels(self._heat, self._scale)
        self.image.setImage(overlay_rgb(self._picture, self._heat, self._scale, self._levels), autoLevels=False,
                            levels=(0, 255))
        self.bar.set_levels(self._levels)
        self.view.autoRange(padding=0.0)

    def heat(self) -> np.ndarray:
        return self._heat.copy()

    def levels(self) -> tuple[float, float]:
        return self._levels

    def clear(self) -> None:
        self.set_overlay(np.zeros((28, 28), np.float32), np.zeros((28, 28), np.float32))

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt name
        """Keep the plot about square, so the colour bar is as tall as the picture."""
        self.graphics.setMaximumHeight(max(self.graphics.minimumHeight(), round(self.width() * 0.86)))
        super().resizeEvent(event)

    def _on_mouse_moved(self, scene_pos: QPointF) -> None:
        if not self.view.sceneBoundingRect().contains(scene_pos):
            return
        point = self.view.mapSceneToView(scene_pos)
        row, col = int(np.floor(point.y())), int(np.floor(point.x()))
        if 0 <= row < self._heat.shape[0] and 0 <= col < self._heat.shape[1]:
            self.readout.setText(f"{cell_name(row, col)}: {self._heat[row, col]:+.3g}")
