"""The "Predict, then reveal" panel: the exercises of the view on screen.

Steps view: hide the output cells (H), reveal the highlighted cell then move
on (R), reveal all (Shift+R), check a guess for the highlighted cell, and ask
"what is the output size?" (O). LeNet view: hide the answer (H), enter a
digit and how sure the class is, reveal (R). The controllers live in
`convviz.app.tools.exercises.exercises`; this panel only wires buttons, boxes and feedback.
The keys are menu actions (`convviz.app.tools.lessons.menu`) that call the
panel's `toggle_answer`, `reveal_next`, `reveal_all` and `ask_size`.

Whether the answers of the view on screen are hidden is `answers_hidden()`,
announced by `hidden_changed` (the Exercises menu ticks its H item, the
status bar says so). `reset()` shows every answer and forgets every verdict:
a new lesson or closing the panel starts with nothing hidden.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSlider,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from convviz.app.tools.exercises.exercises import (
    DigitGuess,
    SizeQuiz,
    StepsPredict,
    Verdict,
)
from convviz.app.widgets.column_scroll import ColumnScroll
from convviz.app.widgets.status_colors import set_status_style
from convviz.app.widgets.ui_zoom import keep_text_size
from convviz.i18n import tr

PANEL_POINT_SIZE = 12.5
SIZE_HINT = "Cover the output and ask the class how big it will be."


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(PANEL_POINT_SIZE * 1.2)
    label.setFont(font)
    label.setWordWrap(True)
    return label


def _wrapped(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _line() -> QFrame:
    line = QFrame()
    line.setFrameShape(QFrame.Shape.HLine)
    line.setStyleSheet("color: palette(mid);")
    return line


class Feedback(QLabel):
    """Right / wrong feedback in large type, coloured for the theme (and marked ✓ / ✗ for colour-blind readers)."""

    def __init__(self) -> None:
        super().__init__()
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.font()
        font.setPointSizeF(PANEL_POINT_SIZE * 1.15)
        font.setBold(True)
        self.setFont(font)
        self.verdict: Verdict | None = None

    def show_verdict(self, verdict: Verdict) -> None:
        self.verdict = verdict
        set_status_style(self, {True: "right", False: "wrong"}.get(verdict.correct))  # None: the theme's text
        self.setText(verdict.text)

    def clear_verdict(self) -> None:
        self.verdict = None
        self.setText("")


class ExercisePanel(QWidget):
    """One page per kind of view; follows the main window's current tab."""

    message = Signal(str)
    size_question_open = Signal(bool)  # while True, anything else that tells the size should be covered
    hidden_changed = Signal(bool)  # the answers of the view on screen were hidden (True) or shown again

    def __init__(self, window) -> None:
        super().__init__()
        self.window = window
        self.predict: StepsPredict | None = None
        self.quiz: SizeQuiz | None = None
        self.guess: DigitGuess | None = None
        self._size_open = False
        self._answers_hidden = False
        font = self.font()
        font.setPointSizeF(max(font.pointSizeF(), PANEL_POINT_SIZE))
        self.setFont(font)
        self.pages = QStackedWidget()
        self.steps_page = self._build_steps_page()
        self.lenet_page = self._build_lenet_page()
        self.other_page = self._build_other_page()
        for page in (self.steps_page, self.lenet_page, self.other_page):
            self.pages.addWidget(page)
        scroll = ColumnScroll(self.pages)  # up and down when it must, never sideways
        scroll.setAccessibleName(tr("predict, then reveal"))
        scroll.setAccessibleDescription(tr("The exercises of the view on screen"))
        keep_text_size(self)  # set large already: presentation mode leaves it as it is, beside the larger view
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        window.tabs.currentChanged.connect(lambda _index: self.follow_view())
        window.view_built.connect(lambda _name: self.follow_view())
        self.follow_view()

    # ------------------------------------------------------------------ pages
    def _build_steps_page(self) -> QWidget:
        page = QWidget()
        self.hide_button = QPushButton("Hide the output cells  (H)")
        self.hide_button.setCheckable(True)  # pressed in while the cells are hidden
        self.hide_button.clicked.connect(self.toggle_cells)
        self.hide_button.setToolTip(tr("Hide the output cells so the class can predict them"))
        self.cells_status = _wrapped()
        self.guess_box = QLineEdit()
        self.guess_box.setPlaceholderText("the class's guess for the highlighted cell")
        self.guess_box.setAccessibleName(tr("the class's guess for the highlighted cell"))
        self.guess_box.setAccessibleDescription(tr("Type a number and press Enter to check it"))
        self.guess_box.returnPressed.connect(self.check_cell_guess)
        self.guess_button = QPushButton("Check")
        self.guess_button.clicked.connect(self.check_cell_guess)
        self.guess_button.setToolTip(tr("Check the guess against the true value"))
        guess_row = QHBoxLayout()
        guess_row.addWidget(self.guess_box, 1)
        guess_row.addWidget(self.guess_button)
        self.reveal_button = QPushButton("Reveal next  (R)")
        self.reveal_button.clicked.connect(self.reveal_next)
        self.reveal_button.setToolTip(tr("Show the highlighted cell; again, move the window on"))
        self.reveal_all_button = QPushButton("Reveal all  (Shift+R)")
        self.reveal_all_button.clicked.connect(self.reveal_all)
        self.reveal_all_button.setToolTip(tr("Show every output cell"))
        reveal_row = QVBoxLayout()  # one button a row: they stay whole in a narrow dock at large text
        reveal_row.addWidget(self.reveal_button)
        reveal_row.addWidget(self.reveal_all_button)
        self.cell_feedback = Feedback()

        self.size_question = _wrapped(SIZE_HINT)
        self.ask_button = QPushButton("Ask: what is the output size?  (O)")
        self.ask_button.clicked.connect(self.ask_size)
        self.ask_button.setToolTip(tr("Cover the output and its formula and ask the class for its size"))
        self.size_box = QLineEdit()
        self.size_box.setPlaceholderText("rows×columns, e.g. 4×4")
        self.size_box.setAccessibleName(tr("the class's output size"))
        self.size_box.setAccessibleDescription(tr("Rows×columns, e.g. 4×4; press Enter to check it"))
        self.size_box.returnPressed.connect(self.check_size)
        self.size_button = QPushButton("Check")
        self.size_button.clicked.connect(self.check_size)
        self.size_button.setToolTip(tr("Check the output size"))
        size_row = QHBoxLayout()
        size_row.addWidget(self.size_box, 1)
        size_row.addWidget(self.size_button)
        self.size_reveal_button = QPushButton("Reveal the size  (Shift+R)")
        self.size_reveal_button.clicked.connect(self.reveal_size)
        self.size_reveal_button.setToolTip(tr("Show the output size and how the formula gives it"))
        self.size_feedback = Feedback()

        layout = QVBoxLayout(page)
        layout.addWidget(_heading("Predict the output cells"))
        layout.addWidget(_wrapped("Hide the output, let the class work out the highlighted cell, then reveal it. "
                                  "R reveals it, R again moves the window on."))
        layout.addWidget(self.hide_button)
        layout.addWidget(self.cells_status)
        layout.addLayout(guess_row)
        layout.addLayout(reveal_row)
        layout.addWidget(self.cell_feedback)
        layout.addWidget(_line())
        layout.addWidget(_heading("What is the output size?"))
        layout.addWidget(self.size_question)
        layout.addWidget(self.ask_button)
        layout.addLayout(size_row)
        layout.addWidget(self.size_reveal_button)
        layout.addWidget(self.size_feedback)
        layout.addStretch(1)
        return page

    def _build_lenet_page(self) -> QWidget:
        page = QWidget()
        self.digit_hide_button = QPushButton("Hide the answer  (H)")
        self.digit_hide_button.setCheckable(True)  # pressed in while the answer is hidden
        self.digit_hide_button.clicked.connect(self.toggle_digit)
        self.digit_hide_button.setToolTip(tr("Hide the network's answer until the class has guessed"))
        self.digit_box = QSpinBox()
        self.digit_box.setRange(0, 9)
        self.digit_box.setAccessibleName("the class's digit")
        self.digit_box.setToolTip(tr("The digit the class thinks the network will read"))
        self.confidence_slider = QSlider(Qt.Orientation.Horizontal)
        self.confidence_slider.setRange(0, 100)
        self.confidence_slider.setValue(70)
        self.confidence_slider.setAccessibleName("how sure the class is, in percent")
        self.confidence_slider.setToolTip(tr("How sure the class thinks the network will be"))
        self.confidence_label = QLabel()
        self.confidence_slider.valueChanged.connect(lambda v: self.confidence_label.setText(f"{v} % sure"))
        self.confidence_label.setText(f"{self.confidence_slider.value()} % sure")
        self.confidence_label.setMinimumWidth(90)
        digit_row = QHBoxLayout()
        digit_row.addWidget(QLabel("Digit"))
        digit_row.addWidget(self.digit_box)
        digit_row.addSpacing(12)
        digit_row.addWidget(self.confidence_slider, 1)
        digit_row.addWidget(self.confidence_label)
        self.digit_reveal_button = QPushButton("Reveal  (R)")
        self.digit_reveal_button.clicked.connect(self.reveal_digit)
        self.digit_reveal_button.setToolTip(tr("Show the network's answer beside the class's guess"))
        self.digit_status = _wrapped()
        self.digit_feedback = Feedback()
        layout = QVBoxLayout(page)
        layout.addWidget(_heading("Which digit, and how sure?"))
        layout.addWidget(_wrapped("Hide the network's answer, draw or pick a digit, and let the class say which "
                                  "digit it will read and how sure it will be. Then reveal."))
        layout.addWidget(self.digit_hide_button)
        layout.addLayout(digit_row)
        layout.addWidget(self.digit_reveal_button)
        layout.addWidget(self.digit_status)
        layout.addWidget(self.digit_feedback)
        layout.addStretch(1)
        return page

    def _build_other_page(self) -> QWidget:
        page = QWidget()
        steps = QPushButton("Predict cells in the Steps view")
        steps.clicked.connect(lambda: self._show("steps"))
        steps.setToolTip(tr("Go to the Steps view and its exercises"))
        lenet = QPushButton("Guess the digit in the LeNet view")
        lenet.clicked.connect(lambda: self._show("lenet"))
        lenet.setToolTip(tr("Go to the LeNet view and its exercise"))
        layout = QVBoxLayout(page)
        layout.addWidget(_heading("Predict, then reveal"))
        layout.addWidget(_wrapped("The Steps view hides output cells and asks for the output size; the LeNet view "
                                  "asks which digit the network will read, and how sure it will be."))
        layout.addWidget(steps)
        layout.addWidget(lenet)
        layout.addStretch(1)
        return page

    # ------------------------------------------------------------------ following the views
    def follow_view(self) -> None:
        name = self.window.current_view_name()
        view = self.window.views.get(name) if name else None
        if name == "steps" and view is not None and self.predict is None:
            self.predict = StepsPredict(view)
            self.quiz = SizeQuiz(view)
            self.predict.changed.connect(self._show_cells_status)
            self.quiz.changed.connect(self._show_size_question)
            view.updated.connect(self._show_cells_status)
            view.updated.connect(self._show_size_question)
            view.state.changed.connect(lambda _settings: self._new_question())
        if name == "lenet" and view is not None and self.guess is None:
            self.guess = DigitGuess(view)
            self.guess.changed.connect(self._show_digit_status)
        page = {"steps": self.steps_page, "lenet": self.lenet_page}.get(name or "", self.other_page)
        self.pages.setCurrentWidget(page)
        self._show_cells_status()
        self._show_size_question()
        self._show_digit_status()

    def _show(self, name: str):
        """Build (if needed) and show view `name`; returns it, or None if it cannot start."""
        view = self.window.views.get(name) or self.window.build_view(name)
        self.window.show_view(name)
        self.follow_view()
        return view

    # ------------------------------------------------------------------ hidden or shown
    def answers_hidden(self) -> bool:
        """True while the view on screen hides an answer from the class (cells, the size, the digit)."""
        name = self.window.current_view_name()
        if name == "steps":
            predicting = self.predict is not None and self.predict.is_active()
            return predicting or (self.quiz is not None and self.quiz.is_open())
        if name == "lenet":
            return self.guess is not None and self.guess.is_hidden()
        return False

    def toggle_answer(self) -> None:
        """H: hide the answers of the view on screen, or show them again."""
        if self.answers_hidden():
            self.show_answers()
        else:
            self.hide_answer()

    def show_answers(self) -> None:
        """Show the answers of the view on screen again (its feedback goes: it was about a hidden answer)."""
        name = self.window.current_view_name()
        if name == "steps":
            self._show_steps_answers()
        elif name == "lenet" and self.guess is not None:
            self.guess.show_answer()
            self.digit_feedback.clear_verdict()
        self._announce_hidden()

    def reset(self) -> None:
        """Every answer shown, every verdict gone (a new lesson, or the panel closed)."""
        self._show_steps_answers()
        if self.guess is not None and self.guess.is_hidden():
            self.guess.show_answer()
        self.digit_feedback.clear_verdict()
        self._announce_hidden()

    def _show_steps_answers(self) -> None:
        if self.predict is not None:
            self.predict.stop()
        if self.quiz is not None and self.quiz.is_open():
            self.quiz.close()
        self.cell_feedback.clear_verdict()
        self.size_feedback.clear_verdict()

    def _announce_hidden(self) -> None:
        hidden = self.answers_hidden()
        if hidden != self._answers_hidden:
            self._answers_hidden = hidden
            self.hidden_changed.emit(hidden)

    # ------------------------------------------------------------------ actions
    def hide_answer(self) -> None:
        name = self.window.current_view_name()
        if name == "lenet":
            self.hide_digit()
        elif name == "steps":
            self.start_cells()
        else:
            self.message.emit("Predict, then reveal works in the Steps view (Ctrl+2) and the LeNet view (Ctrl+3).")

    def reveal_next(self) -> None:
        name = self.window.current_view_name()
        if name == "lenet":
            self.reveal_digit()
        elif name == "steps" and self.predict is not None and self.predict.is_active():
            if self.predict.reveal_next() is None:
                self.message.emit("Every cell is revealed.")
            else:
                self.cell_feedback.clear_verdict()  # "try again" was about the cell now shown (or left)

    def reveal_all(self) -> None:
        name = self.window.current_view_name()
        if name == "lenet":
            self.reveal_digit()
        elif name == "steps":
            if self.quiz is not None and self.quiz.is_open():
                self.reveal_size()
            elif self.predict is not None:
                self.predict.reveal_all()
                self.cell_feedback.clear_verdict()

    def toggle_cells(self) -> None:
        if self.predict is not None and self.predict.is_active():
            self.predict.stop()
            self.cell_feedback.clear_verdict()
        else:
            self.start_cells()

    def start_cells(self) -> None:
        if self._show("steps") is None or self.predict is None:
            return
        self.cell_feedback.clear_verdict()
        self.predict.start()

    def check_cell_guess(self) -> None:
        if self.predict is None:
            return
        if not self.predict.is_active():
            self.start_cells()
        verdict = self.predict.check_guess(self.guess_box.text())
        self.cell_feedback.show_verdict(verdict)
        if verdict.correct is not None:
            self.guess_box.clear()

    def ask_size(self) -> None:
        if self._show("steps") is None or self.quiz is None:
            return
        self.size_feedback.clear_verdict()
        self.size_box.clear()
        self.quiz.ask()
        self.size_box.setFocus()

    def check_size(self) -> None:
        if self.quiz is None:
            return
        verdict = self.quiz.check(self.size_box.text())
        self.size_feedback.show_verdict(verdict)
        if verdict.correct is False:
            self.size_box.selectAll()  # the next try replaces it

    def reveal_size(self) -> None:
        """The teacher gives the size (after the class tried, or instead)."""
        if self.quiz is None or not self.quiz.is_open():
            return
        self.size_feedback.show_verdict(self.quiz.reveal())

    def toggle_digit(self) -> None:
        if self.guess is not None and self.guess.is_hidden():
            self.guess.show_answer()
            self.digit_feedback.clear_verdict()
        else:
            self.hide_digit()
        self._show_digit_status()

    def hide_digit(self) -> None:
        if self._show("lenet") is None or self.guess is None:
            return
        if not self.guess.available():
            self.message.emit("The LeNet view has no trained network to ask.")
            return
        self.digit_feedback.clear_verdict()
        self.guess.hide()

    def reveal_digit(self) -> None:
        if self.guess is None:
            return
        verdict = self.guess.reveal(self.digit_box.value(), self.confidence_slider.value() / 100.0)
        self.digit_feedback.show_verdict(verdict)

    # ------------------------------------------------------------------ status lines
    def _show_cells_status(self) -> None:
        predict = self.predict
        active = predict is not None and predict.is_active()
        self._announce_hidden()
        self.hide_button.setChecked(active)
        self.hide_button.setText("Show everything again  (H)" if active else "Hide the output cells  (H)")
        for widget in (self.guess_box, self.guess_button, self.reveal_button, self.reveal_all_button):
            widget.setEnabled(active)
        if not active:
            self.cells_status.setText("The output is shown as the window computes it.")
            return
        hidden = len(predict.hidden_cells())
        cell = predict.current_cell()
        if cell is None:
            self.cells_status.setText("These settings give no output.")
            return
        where = f"row {cell[0] + 1}, column {cell[1] + 1}"
        state = "hidden: what is it?" if cell in predict.hidden_cells() else "revealed"
        self.cells_status.setText(f"{hidden} cell(s) hidden. Highlighted cell ({where}) {state}")
        self.reveal_button.setText("Reveal this cell  (R)" if cell in predict.hidden_cells() else "Next hidden cell  (R)")

    def _new_question(self) -> None:
        """New numbers or settings in the Steps view: yesterday's feedback no longer applies."""
        self.cell_feedback.clear_verdict()
        self.size_feedback.clear_verdict()

    def _show_size_question(self) -> None:
        quiz = self.quiz
        open_ = quiz is not None and quiz.is_open()
        self._announce_hidden()
        self.size_box.setEnabled(open_)
        self.size_button.setEnabled(open_)
        self.size_reveal_button.setEnabled(open_)
        self.size_question.setText(quiz.question() if open_ else SIZE_HINT)
        if open_ != self._size_open:
            self._size_open = open_
            self.size_question_open.emit(open_)

    def _show_digit_status(self) -> None:
        guess = self.guess
        self._announce_hidden()
        self.digit_hide_button.setChecked(guess is not None and guess.is_hidden())
        if guess is None:
            self.digit_status.setText("")
            return
        if not guess.available():
            self.digit_status.setText("The LeNet view has no trained network, so there is nothing to guess against.")
            self.digit_hide_button.setEnabled(False)
            self.digit_reveal_button.setEnabled(False)
            return
        self.digit_reveal_button.setEnabled(guess.is_hidden())
        self.digit_hide_button.setText("Show the answer  (H)" if guess.is_hidden() else "Hide the answer  (H)")
        self.digit_status.setText(
            "The answer is hidden: enter the class's digit and confidence, then reveal."
            if guess.is_hidden() else "The answer is on screen. H hides it for the next digit."
        )
