"""How one step reads on a projector: the core's expression laid out like the kernel.

The core writes a step as one line, "3×(−1) + 0×0 + … = 5". A 3×3 kernel
reads better as three lines, one per kernel row, with the sum on its own
line — the same shape as the window the students are looking at. Pure text
(Qt rich-text HTML), no widgets, so it is easy to test.
"""

from __future__ import annotations

import html

from convviz.core import format_number
from convviz.i18n import tr

TOTAL_COLOR = "#0072B2"  # on a light window; a view on a dark one passes a lighter blue


def expression_lines(expression: str, per_line: int) -> tuple[list[str], str]:
    """Terms of "a×b + c×d + … = total" grouped `per_line` to a line, and the total text."""
    left, _, total = expression.rpartition(" = ")
    if not left:
        return [expression], ""
    terms = left.split(" + ")
    per_line = max(per_line, 1)
    lines = [" + ".join(terms[i : i + per_line]) for i in range(0, len(terms), per_line)]
    return lines, total


def expression_html(
    expression: str, per_line: int | None = None, total_color: str = TOTAL_COLOR,
    scaled: tuple[str, float] | None = None,
) -> tuple[str, int]:
    """Rich text for the step (one kernel row per line when `per_line` is given) and a font size in px.

    Pooling expressions ("max(1, 3, 3, 6) = 6") stay on one line above the result.
    `scaled` ("1/9", value): the kernel's factor written apart; the sum of the
    whole products comes first, then "× 1/9 = 0.778" on the same line, as the decks do it.
    """
    if per_line is None:
        left, _, total = expression.rpartition(" = ")
        lines = [left] if left else [expression]
    else:
        lines, total = expression_lines(expression, per_line)
    size = 26 if len(lines) <= 3 else 20 if len(lines) <= 5 else 15
    joiner = "<br>+ " if per_line is not None else "<br>"
    body = joiner.join(html.escape(line) for line in lines)
    if total and scaled is not None:
        factor, value = scaled
        body += f"<br>= {html.escape(total)} <b style='color:{total_color}'>× {html.escape(factor)} = "
        body += f"{html.escape(format_number(value))}</b>"
    elif total:
        body += f"<br><b style='color:{total_color}'>= {html.escape(total)}</b>"
    return body, size


def channel_names(count: int) -> tuple[str, ...]:
    """ "red", "green", "blue" for a colour picture; "channel 1", … otherwise."""
    if count == 3:
        return (tr("red"), tr("green"), tr("blue"))
    return tuple(tr("channel {number}").format(number=i + 1) for i in range(count))


def channel_expression_html(step, total_color: str = TOTAL_COLOR) -> str:
    """A colour step as the decks add it: each channel's products and sum, then the sums plus the bias."""
    names = channel_names(len(step.channel_sums))
    lines = []
    for name, expression in zip(names, step.channel_expressions):
        left, _, total = expression.rpartition(" = ")
        lines.append(f"<b>{html.escape(name)}</b>: {html.escape(left)} = <b>{html.escape(total)}</b>")
    left, _, total = step.sum_expression.rpartition(" = ")
    lines.append(
        f"{html.escape(tr('channels + bias:'))} {html.escape(left)} = "
        f"<span style='color:{total_color}; font-weight:700'>{html.escape(total)}</span>"
    )
    return "<br>".join(lines)


def products_sum_html(products, expression: str, total_color: str = TOTAL_COLOR) -> tuple[str, int]:
    """The step's sum written with the products' values, one kernel row a line ("−3 + 0 + 1", "− 1 + 0 + 8", "= 5").

    Shorter than the a×b terms, so it fits beside the products grid it adds up (presentation mode); the total
    is the core's, taken from `expression`.
    """
    from convviz.core import format_number

    _, _, total = expression.rpartition(" = ")
    lines = []
    for row_index, row in enumerate(products):
        parts = []
        for col_index, value in enumerate(row):
            text = format_number(float(value))
            negative = text.startswith("\u2212")
            magnitude = text[1:] if negative else text
            if row_index == 0 and col_index == 0:
                parts.append(text)
            else:
                parts.append(f"{'−' if negative else '+'} {magnitude}")
        lines.append(" ".join(parts))
    body = "<br>".join(html.escape(line) for line in lines)
    if total:
        body += f"<br><b style='color:{total_color}'>= {html.escape(total)}</b>"
    size = 26 if len(lines) <= 3 else 20 if len(lines) <= 5 else 15
    return body, size
