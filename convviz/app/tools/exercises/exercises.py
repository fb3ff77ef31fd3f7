"""Predict, then reveal: the class guesses before the app shows the answer.

Three exercises, each a small controller laid over a view without changing
what the view computes (it only hides what the class sees):

- `StepsPredict` (Steps view): the output cells show "?" until revealed, one
  (the highlighted cell, then the next one) or all; while the highlighted
  cell is hidden its sum and products are hidden too, so the arithmetic on
  screen does not give the answer away. A guess typed for the highlighted
  cell is checked against the true value: a right one reveals the cell, a
  wrong one says so and leaves it hidden for another try, until the teacher
  reveals it (R).
- `SizeQuiz` (Steps view): "what is the output size?" — the output, the step
  counter and the formula are covered until the right answer is given or the
  teacher reveals it; a wrong answer says so and the class tries again. The
  answer shows the formula from `convviz.core.output_size_formula` with the
  numbers filled in.
- `DigitGuess` (LeNet view): "which digit, and how sure?" — the prediction
  and the probability bars are covered until the class's digit and
  confidence are entered; the reveal compares them with the network.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QObject, Signal

from convviz.app.widgets.cover import Cover
from convviz.i18n import tr
from convviz.state.step_text import expression_html

Cell = tuple[int, int]
MARKER = "?"


@dataclass(frozen=True)
class Verdict:
    """The outcome of checking a guess: right (True), wrong (False) or unreadable (None), and why."""

    correct: bool | None
    text: str


def _cells(rows: int, cols: int) -> set[Cell]:
    return {(r, c) for r in range(rows) for c in range(cols)}


def close_enough(guess: float, true: float) -> bool:
    """A guess counts when it rounds to the value shown (0.53 for 0.525, 0.78 for 7/9)."""
    return abs(guess - true) <= 0.006 * max(1.0, abs(true)) + 1e-9


# ----------------------------------------------------------------------------- Steps: hide cells

class StepsPredict(QObject):
    """Hide the Steps view's output cells until the class has guessed (see the module docstring)."""

    changed = Signal()  # hidden cells, the highlighted cell or the feedback changed

    def __init__(self, view) -> None:
        super().__init__(view)
        self.view = view
        self._active = False
        self._hidden: set[Cell] = set()
        self._refreshing = False
        view.updated.connect(self._refresh)
        view.state.changed.connect(self._settings_changed)

    # ------------------------------------------------------------------ state
    def _sliding_steps(self):
        """The view's steps when they slide a window cell by cell (a transposed convolution's stamps do not)."""
        built = self.view.built_steps()
        if built is not None and built.settings.mode == "transposed":
            return None
        return built

    def is_active(self) -> bool:
        return self._active

    def hidden_cells(self) -> frozenset[Cell]:
        """Cells the class has not seen revealed yet (empty when not predicting)."""
        return frozenset(self._hidden)

    def current_cell(self) -> Cell | None:
        """The output cell the sliding window is on."""
        built = self._sliding_steps()
        if built is None or built.steps is None:
            return None
        step = built.steps[self.view.current_step()]
        return (step.out_row, step.out_col)

    def current_value(self) -> float | None:
        built = self._sliding_steps()
        if built is None or built.steps is None:
            return None
        return float(built.values[self.view.current_step()])

    # ------------------------------------------------------------------ actions
    def start(self) -> None:
        """Hide every output cell and put the window on the first position."""
        built = self._sliding_steps()
        self._active = True
        self._hidden = _cells(*built.output_shape) if built is not None else set()
        self.view.pause()
        self.view.go_to_step(0)
        self._redraw()

    def stop(self) -> None:
        """Show everything again (the view goes back to its own blank cells)."""
        if not self._active:
            return
        self._active = False
        self._hidden.clear()
        self.view.window_grid.set_hidden([])
        self.view.set_pending_marker("")  # the view's own default: blank until computed
        self.changed.emit()

    def reveal_current(self) -> bool:
        """Reveal the highlighted cell; False if it was not hidden."""
        cell = self.current_cell()
        if not self._active or cell not in self._hidden:
            return False
        self._hidden.discard(cell)
        self._redraw()
        return True

    def reveal_next(self) -> Cell | None:
        """One press, one thing new: reveal the highlighted cell, or move to the next hidden one.

        The class sees where the window lands before its cell is revealed, so
        they always have a moment to guess. Returns the revealed or reached cell.
        """
        if not self._active:
            return None
        cell = self.current_cell()
        if cell in self._hidden:
            self.reveal_current()
            return cell
        target = self._next_hidden_step()
        if target is None:
            return None
        self.view.pause()
        self.view.go_to_step(target)
        return self.current_cell()

    def reveal_all(self) -> None:
        """Every cell at once: the window goes to its last position, so the view has computed them all."""
        if not self._active:
            return
        self._hidden.clear()
        self.view.pause()
        self.view.go_to_step(max(self.view.step_count() - 1, 0))
        self._redraw()

    def check_guess(self, text: str) -> Verdict:
        """Compare the class's guess for the highlighted cell with the true value.

        Right: the cell is revealed. Wrong: it stays hidden and the verdict says
        so, without the answer, so the class can try again until the teacher
        reveals it (R). A cell already revealed is compared openly.
        """
        from convviz.app.widgets.cell_text import format_number, parse_number

        true = self.current_value()
        if true is None:
            return Verdict(None, tr("These settings give no output to guess."))
        try:
            guess = parse_number(text)
        except ValueError as exc:
            return Verdict(None, str(exc))
        built = self._sliding_steps()
        arithmetic = built.expression(self.view.current_step())  # with "× 1/9 = …" when the kernel has a factor
        shown = format_number(true)
        if close_enough(guess, true):
            self.reveal_current()
            return Verdict(True, "✓ " + tr("Right: {value}.").format(value=shown))
        if self._active and self.current_cell() in self._hidden:
            return Verdict(False, "✗ " + tr("Not {guess}. Try again, or reveal the cell (R).").format(
                guess=format_number(guess)))
        return Verdict(False, "✗ " + tr("Not {guess}: the true value is {value}.").format(
            guess=format_number(guess), value=shown) + f"\n{arithmetic}")

    # ------------------------------------------------------------------ drawing
    def _next_hidden_step(self) -> int | None:
        built = self._sliding_steps()
        if built is None or built.steps is None or not self._hidden:
            return None
        cols = built.output_shape[1]
        order = [r * cols + c for r, c in self._hidden]
        current = self.view.current_step()
        later = [i for i in order if i > current]
        return min(later) if later else min(order)

    def _settings_changed(self, _settings) -> None:
        """New numbers or settings: a new question, so every cell is hidden again."""
        if self._active:
            built = self._sliding_steps()
            self._hidden = _cells(*built.output_shape) if built is not None else set()
            self._redraw()

    def _redraw(self) -> None:
        self.view.set_pending_marker(MARKER)  # redraws the step; `updated` brings us to _refresh
        self.changed.emit()

    def _refresh(self) -> None:
        """After the view drew a step: hide our cells, and the answer of the highlighted one."""
        if not self._active or self._refreshing:
            return
        built = self._sliding_steps()
        if built is None or built.steps is None:
            return
        self._refreshing = True
        try:
            view = self.view
            rows, cols = built.output_shape
            index = view.current_step()
            pending = {divmod(i, cols) for i in range(index + 1, rows * cols)}
            view.output_grid.set_hidden(pending | self._hidden, MARKER)
            step = built.steps[index]
            if (step.out_row, step.out_col) in self._hidden:
                self._hide_answer(built, step)
            else:
                view.window_grid.set_hidden([])
        finally:
            self._refreshing = False

    def _hide_answer(self, built, step) -> None:
        view = self.view
        left, _, _ = step.expression.rpartition(" = ")
        conv = built.settings.mode == "conv"
        text, _ = expression_html(f"{left} = {MARKER}", step.weights.shape[1] if conv else None)
        view.expression_label.setText(text)
        if conv:
            view.window_grid.set_hidden(_cells(*view.window_grid.shape()), MARKER)  # the products are the work
        else:
            view.input_grid.clear_highlight("winner")  # the winning cell would give the answer away
            view.window_grid.clear_highlight("winner")


# ----------------------------------------------------------------------------- Steps: output size

_SIZE = re.compile(r"^\s*(\d+)\s*(?:[x×*,;]|by|\s)\s*(\d+)\s*$", re.IGNORECASE)
_NONE_WORDS = {"0", "none", "no", "no output", "nothing", "0x0", "0×0"}


def parse_size(text: str) -> tuple[int, int] | None:
    """"4", "4x4", "4×4", "4 by 4", "4, 4" → (4, 4); "none"/"0" → None; ValueError otherwise."""
    cleaned = text.strip().lower()
    if cleaned in _NONE_WORDS:
        return None
    if cleaned.isdigit():
        return (int(cleaned), int(cleaned))
    match = _SIZE.match(cleaned)
    if match is None:
        raise ValueError(f"“{text.strip()}” is not a size; type rows×columns such as 4×4 (or “none”).")
    rows, cols = int(match.group(1)), int(match.group(2))
    return None if rows == 0 or cols == 0 else (rows, cols)


def _formula_lines(lines: list[tuple[str, str]]) -> str:
    """ "rows = columns = …" when both axes agree, else one line each."""
    if lines[0][1] == lines[1][1]:
        return tr("rows = columns = {formula}").format(formula=lines[0][1])
    named = {"rows": tr("rows = {formula}"), "columns": tr("columns = {formula}")}
    return "\n".join(named[axis].format(formula=text) for axis, text in lines)


def size_text(size: tuple[int, int] | None) -> str:
    return tr("no output") if size is None else f"{size[0]}×{size[1]}"


class SizeQuiz(QObject):
    """"What is the output size?" in the Steps view (see the module docstring)."""

    changed = Signal()

    def __init__(self, view) -> None:
        super().__init__(view)
        self.view = view
        self._open = False
        self.covers = {
            "output": Cover(view.output_grid, "?×?"),
            "step": Cover(view.step_label, tr("How big is the output?")),
            "formula": Cover(view.formula_label, tr("output side = {formula}").format(formula="?")),
            "player": Cover(view.player, tr("Answer the size question to step through")),
        }

    def is_open(self) -> bool:
        return self._open

    def ask(self) -> None:
        """Cover everything that tells the size: the output, the step counter, the formula."""
        self._open = True
        self.view.pause()
        for cover in self.covers.values():
            cover.cover()
        self.changed.emit()

    def close(self) -> None:
        self._open = False
        for cover in self.covers.values():
            cover.uncover()
        self.changed.emit()

    def question(self) -> str:
        s = self.view.state.settings
        rows, cols = s.image.shape
        if s.mode in ("conv", "transposed"):
            kh, kw = s.kernel.shape
            what = tr("a {kh}×{kw} kernel").format(kh=kh, kw=kw) + (
                tr(", dilation {dilation}").format(dilation=s.dilation) if s.dilation != 1 else "")
            if s.mode == "transposed":
                what = tr("a transposed convolution with {kernel}").format(kernel=what) + (
                    tr(", output padding {padding}").format(padding=s.output_padding) if s.output_padding else "")
        else:
            what = (tr("max pooling {k}×{k}") if s.mode == "max" else tr("average pooling {k}×{k}")).format(k=s.pool_size)
        return tr("A {rows}×{cols} input, {what}, padding {padding}, stride {stride}: "
                  "how many rows × columns does the output have?").format(
            rows=rows, cols=cols, what=what, padding=s.padding, stride=s.stride)

    def answer(self) -> tuple[int, int] | None:
        built = self.view.built_steps()
        if built is None or built.steps is None:
            return None
        return tuple(built.output_shape)  # type: ignore[return-value]

    def formulas(self) -> str:
        """The formula for each axis with this example's numbers (once when both agree)."""
        from convviz.core import output_size_formula

        s = self.view.state.settings
        if s.mode == "transposed":
            return self._transposed_formulas(s)
        window = s.kernel.shape if s.mode == "conv" else (s.pool_size, s.pool_size)
        dilation = s.dilation if s.mode == "conv" else 1
        lines = []
        for axis, n, f in zip(("rows", "columns"), s.image.shape, window):
            try:
                lines.append((axis, output_size_formula(n, f, padding=s.padding, stride=s.stride, dilation=dilation)))
            except ValueError as exc:
                lines.append((axis, tr("no output: {problem}").format(problem=exc)))
        return _formula_lines(lines)

    @staticmethod
    def _transposed_formulas(s) -> str:
        from convviz.core import transposed_output_size_formula

        lines = []
        for axis, n, f in zip(("rows", "columns"), s.image.shape, s.kernel.shape):
            try:
                lines.append((axis, transposed_output_size_formula(
                    n, f, stride=s.stride, padding=s.padding, output_padding=s.output_padding, dilation=s.dilation)))
            except ValueError as exc:
                lines.append((axis, tr("no output: {problem}").format(problem=exc)))
        return _formula_lines(lines)

    def check(self, text: str) -> Verdict:
        """Right: the covers come off and the formula shows why. Wrong: say so and stay covered for another try."""
        try:
            guess = parse_size(text)
        except ValueError as exc:
            return Verdict(None, str(exc))
        true = self.answer()
        if guess != true:
            return Verdict(False, "✗ " + tr("Not {guess}. Try again, or reveal the size (Shift+R).").format(
                guess=size_text(guess)))
        self.close()
        return Verdict(True, "✓ " + tr("Right: the output is {size}.").format(size=size_text(true)) + f"\n{self.formulas()}")

    def reveal(self) -> Verdict:
        """The teacher gives the answer: the covers come off, with the formula."""
        true = self.answer()
        self.close()
        return Verdict(None, tr("The output is {size}.").format(size=size_text(true)) + f"\n{self.formulas()}")


# ----------------------------------------------------------------------------- LeNet: which digit?

class DigitGuess(QObject):
    """"Which digit, and how sure?" in the LeNet view (see the module docstring)."""

    changed = Signal()

    def __init__(self, view) -> None:
        super().__init__(view)
        self.view = view
        self._hidden = False
        self.covers: dict[str, Cover] = {}
        if self.available():
            self.covers = {
                "badge": Cover(view.badge, tr("Which digit?")),
                "bars": Cover(view.bars, tr("How sure? Guess first, then reveal.")),
            }

    def available(self) -> bool:
        """False when the LeNet view has no trained network (nothing to guess against)."""
        return self.view.model is not None  # the answer's badge and bars exist only with a trained network

    def is_hidden(self) -> bool:
        return self._hidden

    def hide(self) -> None:
        if not self.available():
            return
        self._hidden = True
        for cover in self.covers.values():
            cover.cover()
        self.changed.emit()

    def show_answer(self) -> None:
        self._hidden = False
        for cover in self.covers.values():
            cover.uncover()
        self.changed.emit()

    def probabilities(self) -> np.ndarray | None:
        result = self.view.result() if self.available() else None
        return None if result is None else np.asarray(result.layers["softmax"], dtype=np.float64).reshape(-1)

    def reveal(self, digit: int, confidence: float) -> Verdict:
        """Compare the class's digit and confidence (0..1) with the network, and show its answer."""
        probabilities = self.probabilities()
        if probabilities is None:
            return Verdict(None, tr("The network has not read a digit yet: draw one or pick a test digit."))
        if not 0 <= int(digit) <= 9 or not 0.0 <= confidence <= 1.0:
            return Verdict(None, tr("Enter a digit from 0 to 9 and how sure the class is, from 0 % to 100 %."))
        digit = int(digit)
        winner = int(np.argmax(probabilities))
        sure = float(probabilities[winner])
        lines = [tr("You said {digit}, {confidence} sure. The network reads {winner}, {sure} sure.").format(
            digit=digit, confidence=f"{confidence:.0%}", winner=winner, sure=f"{sure:.1%}")]
        if digit == winner:
            lines.append("✓ " + tr("Same digit."))
        else:
            lines.append("✗ " + tr("A different digit: the network gives your {digit} only {share}.").format(
                digit=digit, share=f"{probabilities[digit]:.1%}"))
        gap = sure - confidence
        if abs(gap) < 0.1:
            lines.append(tr("It is about as sure as you were."))
        else:
            lines.append(tr("It is more sure than you were.") if gap > 0 else tr("It is less sure than you were."))
        label = getattr(self.view.result().request.input, "label", None)
        if label is not None:
            lines.append(tr("The test digit's true label is {label}.").format(label=label))
        self.show_answer()
        return Verdict(digit == winner, " ".join(lines))
