"""What a screen reader says at each step of the Steps view: the output cell, its value, and the arithmetic.

The screen shows "3×(−1) + 0×0 + … = 5" laid out like the kernel; read out,
symbols come out badly ("3 multiplication sign left parenthesis minus…"),
so the same arithmetic is written here in words: "Step 2 of 16: output row 1,
column 2 equals 5. 3 times minus 1 plus 0 times 0 …". Pure text from the
core's steps, no Qt: the view hands the sentence to the screen reader.
"""

from __future__ import annotations

import re

from convviz.core import format_number
from convviz.i18n import tr
from convviz.state.conventions import cell_name

_NEGATIVE_IN_BRACKETS = re.compile(r"\(\u2212([^()]*)\)")


def spoken_arithmetic(expression: str) -> str:
    """The left side of a step's expression in words: "3×(−1) + 2 (bias)" → "3 times minus 1 plus 2 (bias)".

    "max(1, 3, 6)" becomes "the largest of 1, 3, 6"; "(1 + 2) / 4" becomes "1 plus 2, divided by 4".
    """
    left, _, _ = expression.rpartition(" = ")
    text = left or expression
    if text.startswith("max(") and text.endswith(")"):
        return tr("the largest of {values}").format(values=_words(text[4:-1]))
    average = re.fullmatch(r"\((.*)\) / (\d+)", text)
    if average:
        return tr("{sum}, divided by {count}").format(sum=_words(average.group(1)), count=average.group(2))
    return _words(text)


def _words(text: str) -> str:
    text = _NEGATIVE_IN_BRACKETS.sub(lambda m: tr("minus {number}").format(number=m.group(1)), text)
    text = text.replace("\u2212", tr("minus") + " ")
    text = text.replace("×", " " + tr("times") + " ")
    return text.replace(" + ", " " + tr("plus") + " ")


def spoken_step(step, index: int, count: int, value: float | None = None, factor: str = "") -> str:
    """The sentence for step `index` (0-based) of `count`: a `ConvStep` or `PoolStep` of the core.

    `value`: the output cell as shown (after the kernel's factor, if any); `factor`: that factor ("1/9"),
    said after the sum as the decks write it. A colour step reads each channel's sum, then the bias.
    """
    shown = float(value) if value is not None else float(getattr(step, "total", getattr(step, "value", 0.0)))
    head = tr("Step {step} of {count}: output {cell} equals {value}.").format(
        step=index + 1, count=count, cell=cell_name(step.out_row, step.out_col), value=_number(shown)
    )
    products = getattr(step, "products", None)
    if products is not None and products.ndim == 3:  # a colour step: the channels' sums and the bias
        arithmetic = tr("Channel sums plus bias: {sum}").format(sum=spoken_arithmetic(step.sum_expression))
    else:
        arithmetic = spoken_arithmetic(step.expression)
    if factor:
        arithmetic = tr("{sum}, times {factor}").format(sum=arithmetic, factor=factor)
    return f"{head} {arithmetic[:1].upper()}{arithmetic[1:]}."


def spoken_stamp(step, index: int, count: int) -> str:
    """A transposed convolution's step: which input cell stamps the kernel, and by how much."""
    return tr("Step {step} of {count}: input {cell}, {value}, times the kernel is added into the output.").format(
        step=index + 1, count=count, cell=cell_name(step.in_row, step.in_col), value=_number(step.value)
    )


def _number(value: float) -> str:
    return _words(format_number(value))
