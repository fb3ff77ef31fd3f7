"""The lesson panel: what the open lesson is about, in words a class reads from the back row.

Shows the lesson's number, group and title, its explanation, every place a
slide printed a wrong number next to the true one, a filter chooser when the
lesson has several kernels, and the content of `lesson_content` (matrices,
curves, bars, parameter tables). It holds no lesson logic: it shows a
`PreparedLesson` and says what the teacher clicked.
"""

from __future__ import annotations

import html
from collections import OrderedDict

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from convviz.app.tools.lessons.content import FilterOutputContent, lesson_content
from convviz.app.widgets.column_scroll import ColumnScroll
from convviz.app.widgets.cover import Cover
from convviz.app.widgets.ui_zoom import keep_text_size
from convviz.i18n import tr, tr_noop
from convviz.state.lesson_prepare import PreparedLesson

TEXT_POINT_SIZE = 13.0
# a see-through amber over the window: a warm tint on light and on dark windows, and the text keeps the
# theme's own colour (a fixed light card would turn the theme's light text invisible in the Dark theme)
SLIP_STYLE = ("QFrame#slideSlip { background: rgba(230, 159, 0, 40); border: 1px solid #E69F00;"
              " border-radius: 6px; }")
MUTED_TEXT = "palette(placeholder-text)"  # secondary text in every theme
CONTENT_KEPT = 12  # lessons whose built content stays (hidden) for when they open again: rebuilding a lesson's
# plots and tables took up to 50 ms on the GUI thread each time (the soak's longest stalls after a lesson)
VIEW_WORDS = {"steps": tr_noop("in the Steps view"), "convolution": tr_noop("in the Convolution view"),
              "lenet": tr_noop("in the LeNet view"), "concept": tr_noop("here")}


def _label(text: str = "", *, scale: float = 1.0, bold: bool = False, color: str | None = None) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    font = label.font()
    font.setPointSizeF(TEXT_POINT_SIZE * scale)
    font.setBold(bold)
    label.setFont(font)
    if color:
        label.setStyleSheet(f"color: {color};")
    return label


class LessonPanel(QWidget):
    """Title, explanation, slide slips, filter choice and content of one lesson."""

    filter_chosen = Signal(int)
    previous_requested = Signal()
    next_requested = Signal()
    views_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.prepared: PreparedLesson | None = None
        self.content: QWidget | None = None
        # id(lesson) -> (lesson, its content): the catalogue's lessons are made once (per language), so opening
        # one again finds what was built for it; the lesson is held so that its id stays its own
        self._kept: OrderedDict[int, tuple[object, QWidget | None]] = OrderedDict()
        self.place_label = _label(scale=0.95, color=MUTED_TEXT)
        self.title_label = _label(scale=1.45, bold=True)
        self.explanation_label = _label(scale=1.05)
        self.explanation_label.setAccessibleName("the lesson's explanation")
        self.explanation_cover = Cover(self.explanation_label, tr("The explanation comes back once the class has answered."))

        self.slip_box = QFrame()
        self.slip_box.setObjectName("slideSlip")
        self.slip_box.setStyleSheet(SLIP_STYLE)
        self.slip_label = _label()
        self.slip_label.setTextFormat(Qt.TextFormat.RichText)
        slip_layout = QVBoxLayout(self.slip_box)
        slip_layout.addWidget(self.slip_label)

        self.filter_box = QWidget()
        self.filter_buttons = QButtonGroup(self)
        self.filter_buttons.setExclusive(True)
        self.filter_buttons.idClicked.connect(self._filter_clicked)
        self._filter_layout = QVBoxLayout(self.filter_box)  # one button a row: whole labels in a narrow dock
        self._filter_layout.setContentsMargins(0, 0, 0, 0)
        self._filter_layout.addWidget(_label(tr("Show the feature map of:"), bold=True))

        self.content_holder = QVBoxLayout()
        self.content_holder.setContentsMargins(0, 0, 0, 0)

        self.previous_button = QPushButton("◂ " + tr("Previous"))
        self.previous_button.setToolTip(tr("The previous lesson (Alt+Left)"))
        self.previous_button.clicked.connect(self.previous_requested)
        self.next_button = QPushButton(tr("Next") + " ▸")
        self.next_button.setToolTip(tr("The next lesson (Alt+Right)"))
        self.next_button.clicked.connect(self.next_requested)
        self.views_button = QPushButton(tr("Back to the views"))
        self.views_button.setToolTip(tr("A concept lesson fills the window; this brings the views back. The panel then "
                                        "shows the lesson of the view on screen, or closes if it shows none"))
        self.views_button.clicked.connect(self.views_requested)
        buttons = QGridLayout()  # "Back to the views" on a row of its own: the dock beside a view is narrow
        buttons.addWidget(self.previous_button, 0, 0)
        buttons.setColumnStretch(1, 1)
        buttons.addWidget(self.next_button, 0, 2)
        buttons.addWidget(self.views_button, 1, 0, 1, 3)

        body = QWidget()
        column = QVBoxLayout(body)
        column.addWidget(self.place_label)
        column.addWidget(self.title_label)
        column.addWidget(self.explanation_label)
        column.addWidget(self.slip_box)
        column.addWidget(self.filter_box)
        column.addLayout(self.content_holder)
        column.addStretch(1)
        column.addLayout(buttons)
        self._scroll = scroll = ColumnScroll(body)  # a long lesson scrolls up and down, never sideways
        scroll.setAccessibleName(tr("the lesson"))
        scroll.setAccessibleDescription(tr("The lesson's text; the arrow keys scroll it"))
        keep_text_size(self)  # its text is set large already: presentation mode leaves it as it is
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self.show_nothing()

    def show_nothing(self) -> None:
        self.prepared = None
        self.place_label.setText("")
        self.title_label.setText(tr("No lesson open"))
        self.explanation_label.setText(tr("Pick one from the Lessons menu, or type its number (1, 2, … 45)."))
        self.slip_box.hide()
        self.filter_box.hide()
        self.views_button.hide()
        self._set_content(None)

    def show_lesson(self, prepared: PreparedLesson, filter_index: int = 0) -> None:
        """Show a lesson: words, slips, the filter chooser and the content."""
        self.prepared = prepared
        lesson = prepared.lesson
        where = tr(VIEW_WORDS[lesson.view]) if lesson.view in VIEW_WORDS else lesson.view
        self.place_label.setText(tr("Lesson {number} · {group} · shown {where}").format(
            number=lesson.number, group=tr(prepared.group), where=where))
        self.views_button.setVisible(lesson.view == "concept")
        self.title_label.setText(lesson.title)
        self.explanation_label.setText(lesson.explanation)
        self._show_slips(prepared)
        self._show_filters(prepared, filter_index)
        self._set_content(self._content_for(prepared))
        self.select_filter(filter_index)

    def select_filter(self, index: int) -> None:
        """Mark filter `index` as chosen and show its numbers (no signal)."""
        button = self.filter_buttons.button(index)
        if button is not None:
            button.setChecked(True)
        for part in self._content_parts():
            if isinstance(part, FilterOutputContent):
                part.show_filter(index)

    def cover_explanation(self, covered: bool) -> None:
        """Hide the explanation while the class answers a question it might give away (the output size)."""
        self.explanation_cover.cover() if covered else self.explanation_cover.uncover()

    def explanation(self) -> str:
        return self.explanation_label.text()

    def slip_text(self) -> str:
        return self.slip_label.text() if not self.slip_box.isHidden() else ""

    # ------------------------------------------------------------------ parts
    def _show_slips(self, prepared: PreparedLesson) -> None:
        sentences = [html.escape(fix.sentence()) for fix in prepared.fixes]
        note = prepared.lesson.slide_note
        if note:
            sentences.append(f"<i>{html.escape(note)}</i>")  # rich text knows no palette colours: set apart by italics
        self.slip_label.setText(f"<b>{tr('Where the slides say otherwise:')}</b><br>" + "<br>".join(sentences))
        self.slip_box.setVisible(bool(sentences))

    def _show_filters(self, prepared: PreparedLesson, filter_index: int) -> None:
        for button in self.filter_buttons.buttons():
            self.filter_buttons.removeButton(button)
            button.deleteLater()
        count = prepared.filter_count if prepared.lesson.view == "convolution" else 0
        self.filter_box.setVisible(count > 1)
        if count <= 1:
            return
        for index in range(count):
            button = QPushButton(f"{index + 1} · {prepared.filter_label(index)}")
            button.setCheckable(True)
            button.setToolTip(tr("Load filter {number} into the convolution view").format(number=index + 1))
            self.filter_buttons.addButton(button, index)
            self._filter_layout.addWidget(button)

    def _filter_clicked(self, index: int) -> None:
        self.select_filter(index)
        self.filter_chosen.emit(index)

    def _content_for(self, prepared: PreparedLesson) -> QWidget | None:
        """The lesson's content: built the first time, kept for the next `CONTENT_KEPT` lessons after it."""
        key = id(prepared.lesson)
        kept = self._kept.get(key)
        if kept is not None and kept[0] is prepared.lesson:
            self._kept.move_to_end(key)
            return kept[1]
        widget = lesson_content(prepared)
        self._kept[key] = (prepared.lesson, widget)
        if widget is not None:
            widget.hide()
            self.content_holder.addWidget(widget)
        while len(self._kept) > CONTENT_KEPT:
            _, (_, old) = self._kept.popitem(last=False)
            if old is not None and old is not self.content:
                self._drop(old)
        return widget

    def _set_content(self, widget: QWidget | None) -> None:
        if self.content is not None and self.content is not widget:
            if any(kept is self.content for _, kept in self._kept.values()):
                self.content.hide()  # kept for the next time its lesson opens
            else:
                self._drop(self.content)
        self.content = widget
        if widget is not None:
            if self.content_holder.indexOf(widget) < 0:
                self.content_holder.addWidget(widget)
            widget.show()
        # the column's width follows what is shown now (a kept content hidden in a hidden dock asked nothing)
        self.content_holder.invalidate()
        self._scroll.updateGeometry()

    def _drop(self, widget: QWidget) -> None:
        self.content_holder.removeWidget(widget)
        widget.hide()  # out of the layout at once: until it is deleted it would lie over the new one
        widget.deleteLater()

    def _content_parts(self) -> list[QWidget]:
        if self.content is None:
            return []
        if isinstance(self.content, FilterOutputContent):
            return [self.content]
        return self.content.findChildren(FilterOutputContent)
