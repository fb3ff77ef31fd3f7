"""The path a CNN layer takes, as four maps at once: input → feature map → activation → pooling.

`PipelineMaps` lays out the four `FeatureMapPanel`s (and, for RGB, the
per-channel strip above them) with the activation and pooling controls over
their own maps, and knows how to show each computed stage: titles, colour
bars, every map framed at its true size beside the input, and the pinned
pixel's receptive field, cell and pooled cell marked on every map.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import QGridLayout, QVBoxLayout, QWidget

from convviz.app.views.convolution.activation_controls import ActivationControls
from convviz.app.views.convolution.channel_strip import MAP_PIXELS, ChannelStrip
from convviz.app.views.convolution.feature_map import FeatureMapPanel
from convviz.app.views.convolution.pooling_controls import PoolingControls
from convviz.app.widgets.sliced_build import parts
from convviz.core import ACTIVATIONS
from convviz.core.kernel_scale import scale_text
from convviz.i18n import tr, tr_noop
from convviz.state.conventions import COUNTING_NOTE
from convviz.state.convolution import ConvolutionRequest, ConvolutionSettings
from convviz.state.convolution_run import ConvolutionScreens, DetailsResult, MapsResult, PinnedArithmetic

NO_MAP = tr_noop("No map: the settings give no output (see the feature map).")


def _stacked(header: QWidget, panel: QWidget) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(header)
    layout.addWidget(panel, 1)
    return box


class PipelineMaps(QWidget):
    """Input, feature map, activation and pooling maps in a 2×2 grid (see the module docstring)."""

    pixel_clicked = Signal(int, int)  # an output pixel of the feature or activation map
    screens_changed = Signal()  # a panel was resized or zoomed: its map should be drawn again

    def __init__(self, settings: ConvolutionSettings, parent: QWidget | None = None, *, sliced: bool = False) -> None:
        """`sliced`: the parts are built as `building` (a generator) is stepped, one map panel a step; else now."""
        super().__init__(parent)
        self._rgb = False
        self._pool_request: ConvolutionRequest | None = None
        self.building = parts(self._build(settings), sliced=sliced)

    def _build(self, settings: ConvolutionSettings) -> Iterator[None]:
        self.activation_controls = ActivationControls(settings, sliced=True)
        yield from self.activation_controls.building
        yield
        self.pooling_controls = PoolingControls(settings)
        # both map rows start level: the two headers share the height the taller one needs
        height = max(header.sizeHint().height() for header in (self.activation_controls, self.pooling_controls))
        for header in (self.activation_controls, self.pooling_controls):
            header.setFixedHeight(height)
        yield
        self.input_panel = FeatureMapPanel(tr("Input"), grey=True)
        yield
        self.conv_panel = FeatureMapPanel(tr("Feature map"), hint=tr("click a pixel to pin it") + f" · {tr(COUNTING_NOTE)}")
        yield
        self.activation_panel = FeatureMapPanel(tr("After activation"))
        yield
        self.pool_panel = FeatureMapPanel(tr("After pooling"))
        yield
        self.channel_strip = ChannelStrip(sliced=True)
        yield from self.channel_strip.building
        self.channel_strip.setMaximumHeight(128)  # less where the screen is short: the maps below keep their room
        self.channel_strip.hide()

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.channel_strip, 0, 0, 1, 2)
        grid.addWidget(self.input_panel, 1, 0)
        grid.addWidget(self.conv_panel, 1, 1)
        grid.addWidget(_stacked(self.activation_controls, self.activation_panel), 2, 0)
        grid.addWidget(_stacked(self.pooling_controls, self.pool_panel), 2, 1)
        for index in (1, 2):
            grid.setRowStretch(index, 1)
        for index in (0, 1):
            grid.setColumnStretch(index, 1)

        self.conv_panel.clicked.connect(self.pixel_clicked)
        self.activation_panel.clicked.connect(self.pixel_clicked)
        self.pool_panel.hovered.connect(self._show_pool_window)
        for panel in self.all_panels():
            panel.screen_changed.connect(self.screens_changed)

    def panels(self) -> tuple[FeatureMapPanel, ...]:
        return self.input_panel, self.conv_panel, self.activation_panel, self.pool_panel

    def set_headers_visible(self, visible: bool) -> None:
        """Show or hide the activation and pooling choices over their maps (presentation mode hides them)."""
        for header in (self.activation_controls, self.pooling_controls):
            header.setVisible(visible)

    def all_panels(self) -> tuple[FeatureMapPanel, ...]:
        """The four maps and the three channel maps."""
        return (*self.panels(), *self.channel_strip.panels)

    def screen_targets(self, request: ConvolutionRequest | None = None) -> ConvolutionScreens:
        """What each panel needs drawn (its size in device pixels, framing and zoom), for the worker."""
        extent = None if request is None else request.input_size  # maps beside the input at true size
        targets = {name: panel.screen_target() for name, panel in (
            ("source", self.input_panel), ("conv", self.conv_panel),
            ("activated", self.activation_panel), ("pooled", self.pool_panel))}
        if extent is not None:
            targets = {name: replace(t, extent=extent) if name != "source" else t for name, t in targets.items()}
        channels = tuple(panel.screen_target() for panel in self.channel_strip.panels)
        return ConvolutionScreens(channels=channels, **targets)

    def set_rgb(self, rgb: bool) -> None:
        self._rgb = rgb
        self._fit_strip()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt name
        super().resizeEvent(event)
        self._fit_strip()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt name
        """The four maps' least height: the strip steps aside rather than hold the window taller (the arithmetic
        under it may grow after the strip was shown; it could then only push the window past the screen)."""
        hint = super().minimumSizeHint()
        if self.channel_strip.isVisibleTo(self):
            hint.setHeight(hint.height() - self._strip_height())
        return hint

    def _strip_height(self) -> int:
        return self.channel_strip.minimumSizeHint().height() + self.layout().verticalSpacing()

    def _fit_strip(self) -> None:
        """The channel strip where the three maps get room; narrower (a lesson beside the view on a projector),
        they were slivers beside their colour bars: the strip steps aside, the four maps keep the height."""
        if not self._rgb and self.channel_strip.isHidden():
            return  # a grey picture and no strip: nothing to weigh (the strip's least size costs a whole layout)
        strip = self._strip_height()
        without = self.minimumSizeHint().height()  # never counts the strip (see there)
        shown = self._rgb and self.width() >= self.channel_strip.width_for_maps(MAP_PIXELS) and \
            self.height() >= without + strip  # and where the four maps keep their least height below it
        if shown != self.channel_strip.isVisibleTo(self):
            self.channel_strip.setVisible(shown)
            if shown:
                self.screens_changed.emit()  # its maps were drawn for no room (or none): draw them for this one

    # ------------------------------------------------------------------ stages
    def show_maps(self, maps: MapsResult) -> None:
        """Stage 1: the picture as computed on, the feature map, and the RGB channel maps."""
        request = maps.request
        for panel in (self.conv_panel, self.activation_panel, self.pool_panel):
            panel.set_reference_extent(request.input_size)  # true size beside the input
        self.input_panel.show_map(maps.source)
        self.conv_panel.show_map(maps.conv)
        (kh, kw), (oh, ow) = request.kernel_size, request.output_size
        kind = tr("convolution") if request.flip else tr("cross-correlation")
        self.conv_panel.set_title(tr("Feature map: {kh}×{kw} {kind} → {oh}×{ow}").format(kh=kh, kw=kw, kind=kind, oh=oh, ow=ow))
        if maps.channels:
            factor = "" if request.kernel_scale == 1 else scale_text(request.kernel_scale)
            self.channel_strip.show_channels(request.kernel_cells, maps.channels, factor)
            self.channel_strip.set_depthwise(request.depthwise, request.shown_channel)
            if request.depthwise:
                channel = tr((tr_noop("the red channel"), tr_noop("the green channel"),
                              tr_noop("the blue channel"))[request.shown_channel])
                self.conv_panel.set_title(tr("Depthwise map of {channel}: {kh}×{kw} {kind} → {oh}×{ow}").format(
                    channel=channel, kh=kh, kw=kw, kind=kind, oh=oh, ow=ow))
        else:
            self.channel_strip.release_maps()
        if request.pinned is None:
            self.clear_marks()

    def show_details(self, details: DetailsResult) -> None:
        """Stage 2: activation and pooling maps, and the pinned pixel's marks."""
        request = details.request
        self.activation_panel.show_map(details.activated)
        name = tr(ACTIVATIONS[request.activation].label)
        self.activation_panel.set_title(tr("After {activation}").format(activation=name) if request.activation != "none"
                                        else tr("No activation"))
        if details.pooled is not None:
            self.pool_panel.show_map(details.pooled)
            k, (ph, pw) = request.pool_size, details.pooled.values.shape
            title = (tr("After {k}×{k} max pooling → {ph}×{pw}") if request.pool_mode == "max"
                     else tr("After {k}×{k} average pooling → {ph}×{pw}"))
            self.pool_panel.set_title(title.format(k=k, ph=ph, pw=pw))
        elif request.pool_problem:
            self.pool_panel.show_message(request.pool_problem)
        else:
            self.pool_panel.show_message(tr("No pooling: the activation map goes on unchanged."))
            self.pool_panel.set_title(tr("No pooling"))
        self._pool_request = request
        self.show_pinned(details.pinned, request.input_size)

    def show_pinned(self, pinned: PinnedArithmetic | None, input_size: tuple[int, int]) -> None:
        """Outline the cells the pinned pixel reads (pink on padding), the pixel, its pooled cell.

        Each panel gets exactly its marks, set only where they change: the same pin after a kernel edit
        repaints nothing (clearing every mark and drawing it again repainted all four maps)."""
        marks: dict[FeatureMapPanel, dict[str, list[tuple[int, int]]]] = {panel: {} for panel in self.panels()}
        locators: dict[FeatureMapPanel, list[tuple[int, int]]] = {}
        if pinned is not None:
            h, w = input_size
            marks[self.input_panel] = {
                "field": [(r, c) for r, c in pinned.field if 0 <= r < h and 0 <= c < w],
                "padding": [(r, c) for r, c in pinned.field if not (0 <= r < h and 0 <= c < w)],
            }
            locators[self.input_panel] = list(pinned.field)
            for panel in (self.conv_panel, self.activation_panel):
                marks[panel] = {"pinned": [pinned.cell]}
                locators[panel] = [pinned.cell]
            if pinned.pooled_cell is not None:
                marks[self.pool_panel] = {"pinned": [pinned.pooled_cell]}
                locators[self.pool_panel] = [pinned.pooled_cell]
        for panel in self.panels():
            panel.show_marks(marks[panel], locators.get(panel, []))

    def show_no_output(self, text: str) -> None:
        """Say why, in place of the maps (the old ones dim behind the note)."""
        self.conv_panel.set_title(tr("Feature map: no output"))
        self.activation_panel.set_title(tr("After activation: no map"))
        self.pool_panel.set_title(tr("After pooling: no map"))
        self.conv_panel.show_message(text)
        for panel in (self.activation_panel, self.pool_panel):
            panel.show_message(tr(NO_MAP))
        self.channel_strip.show_message(tr("No map"))
        self.input_panel.clear_marks()

    def clear_marks(self) -> None:
        for panel in self.panels():
            panel.clear_marks()

    def _show_pool_window(self, row: int, col: int) -> None:
        """Hovering a pooled cell outlines its window on the activation map."""
        request = self._pool_request
        if row < 0 or request is None or request.pool_mode == "none":
            self.activation_panel.set_marks("pool", [])
            return
        s, k = request.pool_stride, request.pool_size
        self.activation_panel.set_marks("pool", [(row * s, col * s)], size=(k, k))
