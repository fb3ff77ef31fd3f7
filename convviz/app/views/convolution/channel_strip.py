"""RGB convolution, one channel at a time: red ∗ its kernel + green ∗ its kernel + blue ∗ its kernel.

A CNN filter on a colour picture has one kernel per input channel; each
channel is convolved with its own kernel and the three maps are summed into
the one feature map. `ChannelStrip` shows exactly that row of the sum.
"""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from convviz.app.views.convolution.feature_map import FeatureMapPanel
from convviz.app.widgets.matrix_grid import MatrixGrid
from convviz.app.widgets.sliced_build import parts
from convviz.i18n import tr, tr_noop
from convviz.state.colors import scale_for
from convviz.state.convolution_run import MapImage

MAP_PIXELS = 90  # each channel's map gets this width beside its colour bar before the kernels come beside it
CHANNELS = ((tr_noop("Red"), "#D55E00"), (tr_noop("Green"), "#009E73"), (tr_noop("Blue"), "#0072B2"))
#: "the kernel of the red channel": the channel named inside a sentence
CHANNEL_PHRASES = (tr_noop("the red channel"), tr_noop("the green channel"), tr_noop("the blue channel"))


def _sign(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 2.0)
    font.setBold(True)
    label.setFont(font)
    label.setStyleSheet("color: palette(placeholder-text);")
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return label


class ChannelStrip(QWidget):
    """Three channel maps with their kernels, joined by "+" and ending in "= feature map"."""

    def __init__(self, parent: QWidget | None = None, *, sliced: bool = False) -> None:
        """`sliced`: the channels are built as `building` (a generator) is stepped, one a step; else now."""
        super().__init__(parent)
        self.panels: list[FeatureMapPanel] = []
        self.kernels: list[MatrixGrid] = []
        self.signs: list[QLabel] = []
        self.building = parts(self._build(), sliced=sliced)

    def _build(self) -> Iterator[None]:
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for index, (name, color) in enumerate(CHANNELS):
            phrase = tr(CHANNEL_PHRASES[index])
            if index:
                self.signs.append(_sign("+"))
                layout.addWidget(self.signs[-1])
            kernel = MatrixGrid(np.zeros((3, 3)), min_cell=12, max_cell=22)
            kernel.set_color_scale(scale_for("weights"))
            kernel.setToolTip(tr("The kernel of {channel}").format(channel=phrase))
            panel = FeatureMapPanel(tr("{channel} ∗ kernel").format(channel=tr(name)), compact=True)  # with its colour bar: every map has a legend
            panel.set_title_color(color)  # the channel's colour names it (the title is plain text, elided if narrow)
            column = QVBoxLayout()
            column.addStretch(1)
            column.addWidget(kernel)
            column.addStretch(1)
            layout.addLayout(column)
            layout.addWidget(panel, 1)
            self.kernels.append(kernel)
            self.panels.append(panel)
            yield
        self.equals = _sign("= ▾")  # the sum is the feature map under the strip
        self.equals.setToolTip(tr("The three channel maps add up to the feature map (below, right)"))
        layout.addWidget(self.equals)

    def set_depthwise(self, depthwise: bool, shown: int = 0) -> None:
        """Depthwise (groups 3): the three maps are the outputs themselves, nothing is summed."""
        for sign in self.signs:
            sign.setText("," if depthwise else "+")
        self.equals.setText("→ ▾" if depthwise else "= ▾")
        self.equals.setToolTip(
            tr("Three maps, one per channel: {channel} is shown below, right").format(
                channel=tr(CHANNEL_PHRASES[shown]))
            if depthwise else tr("The three channel maps add up to the feature map (below, right)")
        )

    def show_channels(self, kernels: np.ndarray, maps: tuple[MapImage, ...], factor: str = "") -> None:
        """`kernels` (3, kh, kw) as shown (cells); `factor` ("1/9") multiplies them all; `maps` the three results."""
        for (name, _color), phrase, grid, panel, kernel, image in zip(CHANNELS, CHANNEL_PHRASES, self.kernels,
                                                                      self.panels, kernels, maps):
            grid.set_matrix(kernel)
            grid.setFixedSize(grid.minimumSizeHint())
            grid.setToolTip(tr("The kernel of {channel}").format(channel=tr(phrase))
                            + (tr(", every cell × {factor}").format(factor=factor) if factor else ""))
            panel.set_title(tr("{channel} ∗ kernel").format(channel=tr(name))
                            + (f" × {factor}" if factor else ""))  # plain: coloured by the panel
            panel.show_map(image)
        self._fit_kernels()

    def width_for_maps(self, map_pixels: int) -> int:
        """The width at which each channel's map gets `map_pixels` beside its colour bar (the kernels stepped aside)."""
        spacing = self.layout().spacing()
        signs = sum(sign.sizeHint().width() + spacing for sign in (*self.signs, self.equals))
        return signs + sum(panel.bar_width() + map_pixels + spacing for panel in self.panels)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt name
        """As narrow as the maps alone: the small kernels step aside rather than widen the window (see _fit_kernels)."""
        hint = super().minimumSizeHint()
        shown = [grid for grid in self.kernels if not grid.isHidden()]
        hint.setWidth(hint.width() - sum(grid.width() + self.layout().spacing() for grid in shown))
        return hint

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt name
        super().resizeEvent(event)
        self._fit_kernels()

    def _fit_kernels(self) -> None:
        """Each channel's kernel beside its map where the strip is wide enough for both; else the maps alone (a
        projector's 1024 pixels with the lesson beside: the kernel editor shows each channel's kernel then)."""
        room = sum(grid.minimumSizeHint().width() + self.layout().spacing() for grid in self.kernels)
        wide = self.width() >= self.width_for_maps(MAP_PIXELS) + room
        for grid in self.kernels:
            grid.setHidden(not wide)

    def show_message(self, text: str) -> None:
        for panel in self.panels:
            panel.show_message(text)

    def release_maps(self) -> None:
        """Back in grey: let go of the three channel maps (on a 2048² picture 50 MB that nothing shows)."""
        if any(panel.current_map() is not None for panel in self.panels):
            self.show_message(tr("No map"))
