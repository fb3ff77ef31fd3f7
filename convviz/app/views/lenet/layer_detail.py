"""One clicked map, large, beside the input and the filter that made it, and a sentence why.

Shows a `convviz.state.lenet_detail.DetailContent`: input → operation → output,
each a `MapGrid` (hover for values), so the numbers behind any map of the
network can be read off.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from convviz.app.widgets.map_grid import MapGrid
from convviz.i18n import tr
from convviz.state.lenet_detail import DetailContent, Panel
from convviz.state.map_mosaic import MosaicPicture

TALLEST = 1.25  # a detail map's height at most this many times its width ...
TITLE_ROOM = 48  # ... plus its title and hint


def _operator_label(text: str, scale: float = 1.5) -> QLabel:
    label = QLabel(text)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    label.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
    label.setMaximumWidth(90)
    return label


class LayerDetail(QWidget):
    """input → operation → output for one map; empty until a map is clicked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._content: DetailContent | None = None
        self._heading = QLabel(tr("Click any map to inspect it"))
        heading_font = self._heading.font()
        heading_font.setBold(True)
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.25)
        self._heading.setFont(heading_font)
        hint = tr("hover for values")
        self._input = MapGrid(hint=hint)  # every map shows its colour legend
        self._filter = MapGrid(hint=hint)
        self._output = MapGrid(hint=hint)
        for grid in (self._input, self._filter, self._output):
            grid.set_clickable(False)
            grid.setMinimumSize(110, 120)
        self._operator = _operator_label("", 2.2)
        self._symbol_font = self._operator.font()  # ⋆ and · large; "ReLU: max(0, x)" smaller
        self._words_font = self._operator.font()
        self._words_font.setPointSizeF(self._symbol_font.pointSizeF() * 1.5 / 2.2)
        self._equals = _operator_label("=")
        self._explanation = QLabel(
            tr("Every map of the network is computed from the maps before it. Click one (in the layers "
               "on the left) to see its input, its filter and the result side by side.")
        )
        self._explanation.setWordWrap(True)
        self._explanation.setTextFormat(Qt.TextFormat.RichText)
        row = QHBoxLayout()
        row.setSpacing(4)
        row.addWidget(self._input, 3)
        row.addWidget(self._operator)
        row.addWidget(self._filter, 3)
        row.addWidget(self._equals)
        row.addWidget(self._output, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._heading)
        layout.addLayout(row, 1)
        layout.addWidget(self._explanation)
        for widget in (self._input, self._filter, self._output, self._operator, self._equals):
            widget.setVisible(False)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt name
        """No taller than a little more than wide: on a tall screen the maps stay maps, not strips of colour bar."""
        super().resizeEvent(event)
        for grid in (self._input, self._filter, self._output):
            grid.setMaximumHeight(max(grid.minimumHeight(), round(grid.width() * TALLEST) + TITLE_ROOM))

    def content(self) -> DetailContent | None:
        return self._content

    def heading(self) -> str:
        return self._heading.text()

    def output_grid(self) -> MapGrid:
        return self._output

    def filter_grid(self) -> MapGrid:
        return self._filter

    def input_grid(self) -> MapGrid:
        return self._input

    @staticmethod
    def _put(grid: MapGrid, panel: Panel, picture: MosaicPicture | None) -> None:
        if picture is not None:
            grid.show_mosaic(picture)  # coloured on the worker
        else:
            grid.set_maps(panel.maps)

    @classmethod
    def _fill(cls, grid: MapGrid, panel: Panel, picture: MosaicPicture | None) -> None:
        grid.configure(scale=panel.scale, columns=panel.columns, tile_name=panel.tile_name)
        grid.set_title(panel.title)
        cls._put(grid, panel, picture)

    def set_content(self, content: DetailContent, pictures: dict[str, MosaicPicture] | None = None) -> None:
        """Show a detail; for the same map with new numbers (every pen stroke) only the images change.

        `pictures` ("input", "operator", "output"): the groups already coloured on the worker.
        """
        pictures = pictures or {}
        previous, self._content = self._content, content
        if previous is not None and previous.heading == content.heading and self._output.isVisible():
            self._put(self._input, content.input, pictures.get("input"))
            self._put(self._output, content.output, pictures.get("output"))
            if content.operator is not None:
                self._put(self._filter, content.operator, pictures.get("operator"))
            self._output.set_title(content.output.title)
            self._explanation.setText(content.explanation)
            return
        self._heading.setText(content.heading)
        self._fill(self._input, content.input, pictures.get("input"))
        self._fill(self._output, content.output, pictures.get("output"))
        if content.operator is not None:
            self._fill(self._filter, content.operator, pictures.get("operator"))
            symbol = content.operator_text.split(" ", 1)[0]
            self._operator.setFont(self._symbol_font)
            self._operator.setText(symbol)
            self._operator.setToolTip(tr("⋆ slides the filter over the input (cross-correlation, as torch's conv2d)")
                                      if symbol == "⋆" else tr("a weighted sum of all inputs"))
            self._equals.setText("+ " + tr("bias") + " =" if content.has_bias else "=")
        else:
            self._operator.setFont(self._words_font)
            self._operator.setText(content.operator_text.replace(": ", ":\n").replace(", ", ",\n"))
            self._equals.setText("=")
        self._filter.setVisible(content.operator is not None)
        for widget in (self._input, self._output, self._operator, self._equals):
            widget.setVisible(True)
        self._explanation.setText(content.explanation)

    def clear(self) -> None:
        self._content = None
        self._heading.setText(tr("Click any map to inspect it"))
        for widget in (self._input, self._filter, self._output, self._operator, self._equals):
            widget.setVisible(False)
