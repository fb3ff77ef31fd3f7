"""The preprocessing the network really gets, side by side: picture → crop → fit 20×20 → centred 28×28.

Why a drawing is misread often starts here (a stroke cut off, a dot taken
for the digit, a thin line gone faint), so every stage is shown at once,
with the bounding box on the picture and MNIST's centre of mass on the input.
All four sit in one view, each scaled into an equal square slot, with a
small grey bar at the end saying which grey is 0 (paper) and which is 1 (ink).
An MNIST test digit skips the middle two stages (MNIST did them): their slots
give way to one arrow saying so, rather than two empty boxes.
"""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QRectF, Qt
from PySide6.QtGui import QFont, QPainterPath, QPen
from PySide6.QtWidgets import (
    QGraphicsPathItem,
    QGraphicsRectItem,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from convviz.app.widgets.color_image import ColorImageItem
from convviz.app.widgets.map_colors import (
    PANEL_BACKGROUND,
    PANEL_FOREGROUND,
    SELECTION_COLOR,
    colormap,
)
from convviz.app.widgets.plot_scene import register_plot
from convviz.app.widgets.screen_image import ScreenImageItem
from convviz.app.widgets.sliced_build import parts
from convviz.i18n import tr, tr_noop
from convviz.state.lenet_screen import strip_picture

STAGE_CAPTIONS = (tr_noop("picture"), tr_noop("crop"), tr_noop("fit 20×20"), tr_noop("centre 28×28"))
SLOT = 28.0  # each stage is drawn in a SLOT×SLOT square ...
SPACING = 6.0  # ... with this much room between squares
CAPTION_ROOM = 7.0
LEGEND_GAP, LEGEND_WIDTH, LEGEND_LABEL_ROOM = 3.0, 2.5, 5.0  # the 0…1 grey bar at the right end
SKIPPED_TEXT = tr_noop("MNIST already\ncropped, fitted\nand centred it  ⟶")  # short lines: the strip can be narrow
EMPTY = np.full((1, 1), np.nan, dtype=np.float32)
#: the sentences under the stages: no stage yet, a drawing or photo (flipped or not), an MNIST test digit
NOTHING_YET = tr_noop("Draw, open a photo or pick a test digit: its preprocessing appears here.")
FLIPPED = tr_noop("Dark ink on a light background was flipped to white on black. ")
PREPROCESSED = tr_noop("The digit's box (orange) is cut out, scaled to fit 20×20 keeping its shape, and placed "
                       "in 28×28 with its centre of mass on the cross, as MNIST digits were made.")
AS_IS = tr_noop("An MNIST test digit is already cropped, fitted into 20×20 and centred, so it goes in unchanged.")


def _cosmetic_pen(color: str, width: float = 1.0) -> QPen:
    pen = QPen(pg.mkColor(color))
    pen.setCosmetic(True)
    pen.setWidthF(width)
    return pen


class PreprocessStrip(QWidget):
    """Four grey images with captions; `set_stages` shows one preprocessing run."""

    def __init__(self, parent: QWidget | None = None, *, sliced: bool = False) -> None:
        """`sliced`: built as `building` (a generator) is stepped, in three slices; else now."""
        super().__init__(parent)
        self.building = parts(self._build(), sliced=sliced)

    def _build(self) -> Iterator[None]:
        self._graphics = pg.GraphicsLayoutWidget()
        self._graphics.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a picture: its numbers are in the labels beside it
        self._graphics.setAccessibleName(tr("how the drawing becomes the network's 28×28 input"))
        register_plot(self._graphics)
        self._graphics.setBackground(PANEL_BACKGROUND)
        self._graphics.ci.setContentsMargins(2, 2, 2, 2)
        self._graphics.setMinimumHeight(100)
        self._graphics.setMaximumHeight(150)
        self._graphics.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._view = pg.ViewBox(enableMenu=False)
        self._graphics.addItem(self._view)
        self._view.setMouseEnabled(False, False)
        self._view.setMenuEnabled(False)
        self._view.invertY(True)
        self._view.setAspectLocked(True)
        count = len(STAGE_CAPTIONS)
        slots_width = count * SLOT + (count - 1) * SPACING
        self._view.setRange(
            QRectF(0, -CAPTION_ROOM, slots_width + LEGEND_GAP + LEGEND_WIDTH + LEGEND_LABEL_ROOM, SLOT + CAPTION_ROOM),
            padding=0.01,
        )
        yield
        grey = colormap("grey")
        font = QFont()
        font.setPointSizeF(9.5)
        self._legend_labels = self._add_legend(QRectF(slots_width + LEGEND_GAP, 0, LEGEND_WIDTH, SLOT), grey, font)
        self._images: list[ScreenImageItem] = []
        self._captions: list[pg.TextItem] = []
        self._slots: list[QRectF] = []
        self._frames: list[QGraphicsRectItem] = []
        yield
        for index, caption in enumerate(STAGE_CAPTIONS):
            slot = QRectF(index * (SLOT + SPACING), 0, SLOT, SLOT)
            frame = QGraphicsRectItem(slot)
            frame.setPen(_cosmetic_pen("#5a5a68"))
            self._view.addItem(frame)
            image = ScreenImageItem()
            self._view.addItem(image)
            text = pg.TextItem(caption, color=PANEL_FOREGROUND, anchor=(0.5, 1.0))
            text.setFont(font)
            text.setPos(slot.center().x(), -0.8)
            self._view.addItem(text)
            self._images.append(image)
            self._captions.append(text)
            self._slots.append(slot)
            self._frames.append(frame)
        middle = self._slots[1].united(self._slots[2])
        self._skipped = pg.TextItem(tr(SKIPPED_TEXT), color=PANEL_FOREGROUND, anchor=(0.5, 0.5))
        self._skipped.setFont(font)
        self._skipped.setPos(middle.center())
        self._skipped.hide()
        self._view.addItem(self._skipped)
        self._bbox = QGraphicsRectItem()
        self._bbox.setPen(_cosmetic_pen(SELECTION_COLOR, 1.5))
        self._bbox.setZValue(5)
        self._view.addItem(self._bbox)
        cross = QPainterPath()
        cross.moveTo(-1.4, 0)
        cross.lineTo(1.4, 0)
        cross.moveTo(0, -1.4)
        cross.lineTo(0, 1.4)
        self._centre = QGraphicsPathItem(cross)
        self._centre.setPen(_cosmetic_pen(SELECTION_COLOR, 1.5))
        self._centre.setZValue(5)
        self._view.addItem(self._centre)
        self._shown: list[np.ndarray] = [EMPTY] * count
        # two lines kept for it, no height-for-width: a wrapped label would make the column taller than the screen
        self._explanation = QLabel()
        self._explanation.setWordWrap(True)
        no_height_for_width = self._explanation.sizePolicy()
        no_height_for_width.setHeightForWidth(False)
        self._explanation.setSizePolicy(no_height_for_width)
        self._keep_explanation_height()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self._graphics, 1)
        layout.addWidget(self._explanation)
        self.clear()

    def _add_legend(self, rect: QRectF, grey: pg.ColorMap, font: QFont) -> list[pg.TextItem]:
        """A vertical grey bar from 0 (bottom, black) to 1 (top, white), labelled at its ends."""
        bar = ColorImageItem(grey, PANEL_BACKGROUND)
        bar.set_image(np.linspace(1.0, 0.0, 64, dtype=np.float32)[:, None], (0.0, 1.0))
        bar.set_rect(rect)
        self._view.addItem(bar)
        frame = QGraphicsRectItem(rect)
        frame.setPen(_cosmetic_pen("#5a5a68"))
        self._view.addItem(frame)
        labels = []
        for value, y, anchor in (("1", rect.top(), (0.0, 0.0)), ("0", rect.bottom(), (0.0, 1.0))):
            label = pg.TextItem(value, color=PANEL_FOREGROUND, anchor=anchor)
            label.setFont(font)
            label.setPos(rect.right() + 0.3, y)
            self._view.addItem(label)
            labels.append(label)
        self._legend_bar = bar
        return labels

    def legend(self) -> tuple[str, str]:
        """The grey legend's labels, bottom then top ("0", "1")."""
        return self._legend_labels[1].textItem.toPlainText(), self._legend_labels[0].textItem.toPlainText()

    def legend_rect_in_widget(self) -> QRectF:
        """Where the grey bar is drawn, in the coordinates of the inner graphics widget (for tests)."""
        return self._graphics.mapFromScene(self._legend_bar.sceneBoundingRect()).boundingRect().toRectF()

    def graphics_widget(self) -> pg.GraphicsLayoutWidget:
        return self._graphics

    def images(self) -> list[np.ndarray]:
        """The four arrays shown (NaN 1×1 where a stage does not apply)."""
        return list(self._shown)

    def captions(self) -> list[str]:
        return [text.textItem.toPlainText() for text in self._captions]

    def shown_stages(self) -> list[str]:
        """The captions of the stages on screen (an MNIST digit shows two, and the note between them)."""
        return [text.textItem.toPlainText() for text in self._captions if text.isVisible()]

    def skipped_note(self) -> str:
        """What stands in for the stages MNIST already did ("" when every stage is shown)."""
        return self._skipped.textItem.toPlainText() if self._skipped.isVisible() else ""

    def _show_middle_stages(self, shown: bool) -> None:
        for index in (1, 2):
            for item in (self._frames[index], self._images[index], self._captions[index]):
                item.setVisible(shown)
        self._skipped.setVisible(not shown)

    def _placement(self, index: int, height: int, width: int) -> tuple[QRectF, float]:
        """Where an h×w array goes in its slot (centred, aspect kept) and its scale."""
        slot = self._slots[index]
        scale = SLOT / max(height, width)
        rect = QRectF(
            slot.left() + (SLOT - width * scale) / 2, slot.top() + (SLOT - height * scale) / 2,
            width * scale, height * scale,
        )
        return rect, scale

    def _show(self, index: int, array: np.ndarray | None, caption: str, rgba: np.ndarray | None = None) -> QRectF:
        """Show one stage; `rgba` is its picture already drawn on the worker (else it is drawn here)."""
        array = EMPTY if array is None else np.asarray(array, dtype=np.float32)
        self._shown[index] = array
        rect, _ = self._placement(index, *array.shape)
        self._images[index].set_rgba(strip_picture(array) if rgba is None else rgba, rect)
        self._captions[index].setText(caption)
        return rect

    def set_stages(self, stages, pictures: dict[str, np.ndarray] | None = None) -> None:
        """Show a `convviz.model.PreprocessStages` (a drawing or photo that was preprocessed).

        `pictures`: the stages already drawn on the worker (`LeNetScreen.strip`), by field name.
        """
        pictures = pictures or {}
        top, left, bottom, right = stages.bbox
        self._show_middle_stages(True)
        self._show(0, stages.source, tr("picture (flipped)") if stages.inverted else tr(STAGE_CAPTIONS[0]),
                   pictures.get("source"))
        placed, scale = self._placement(0, *stages.source.shape)
        self._bbox.setRect(
            QRectF(placed.left() + left * scale, placed.top() + top * scale, (right - left) * scale, (bottom - top) * scale)
        )
        self._bbox.show()
        height, width = stages.cropped.shape
        self._show(1, stages.cropped, tr("crop {height}×{width}").format(height=height, width=width), pictures.get("cropped"))
        self._show(2, stages.fitted, tr(STAGE_CAPTIONS[2]), pictures.get("fitted"))
        self._show_input(stages.centred, tr(STAGE_CAPTIONS[3]), pictures.get("centred"))
        self._explain((tr(FLIPPED) if stages.inverted else "") + tr(PREPROCESSED))

    def set_ready_digit(self, digit: np.ndarray, name: str) -> None:
        """A test digit: already cropped, fitted and centred by MNIST, so it is read as it is."""
        digit = np.asarray(digit, dtype=np.float32)
        if digit.max() > 1.0:
            digit = digit / 255.0
        self._show(0, digit, name.replace("MNIST ", ""))
        self._bbox.hide()
        self._show(1, None, "")
        self._show(2, None, "")
        self._show_middle_stages(False)
        self._show_input(digit, tr("28×28 as is"))
        # one sentence about the preprocessing; "the network reads" is the heading of the answer below
        self._explain(tr(AS_IS))

    def _show_input(self, digit: np.ndarray, caption: str, rgba: np.ndarray | None = None) -> None:
        rect = self._show(3, digit, caption, rgba)
        scale = rect.width() / 28.0
        # MNIST's centre of mass sits at pixel (14, 14): the cross marks where it should be
        self._centre.setPos(rect.left() + 14.0 * scale, rect.top() + 14.0 * scale)
        self._centre.show()

    def explanation(self) -> str:
        return self._explanation.text()

    def set_presenting(self, presenting: bool) -> None:
        """Presentation mode: the sentence under the stages steps aside (it stays in the strip's tooltip)."""
        self._explanation.setVisible(not presenting)

    def _keep_explanation_height(self) -> None:
        """Room for the tallest of the sentences (two lines at least), whichever is shown.

        The first stroke after Clear changed a two-line sentence for a three-line one, and the whole
        drawing column was laid out and painted again in that frame (a third of its GUI time).
        """
        sizing = QLabel()
        sizing.setWordWrap(True)
        sizing.setFont(self.font())
        heights = [2 * sizing.fontMetrics().lineSpacing() + 2]
        for text in (tr(NOTHING_YET), tr(FLIPPED) + tr(PREPROCESSED), tr(PREPROCESSED), tr(AS_IS)):
            sizing.setText(text)
            heights.append(sizing.sizeHint().height())
        self._explanation.setMinimumHeight(max(heights))

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt name
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # presentation zoom: the sentences take other room
            self._keep_explanation_height()

    def _explain(self, text: str) -> None:
        self._explanation.setText(text)
        self._graphics.setToolTip(text)

    def clear(self) -> None:
        self._show_middle_stages(True)
        for index, caption in enumerate(STAGE_CAPTIONS):
            self._show(index, None, caption)
        self._bbox.hide()
        self._centre.hide()
        self._explain(tr(NOTHING_YET))
