"""Output size of a convolution or pooling, as a number and as text.

Two ways to write the same number: the decks' ⌊(n + 2p − f) / s⌋ + 1, and
PyTorch's ⌊(n + 2p − d·(f − 1) − 1) / s⌋ + 1, which also covers dilation d.
With dilation the decks' form holds for the dilated kernel's span
f' = d·(f − 1) + 1 (`deck_size_formula` writes that out).
"""

from __future__ import annotations

from typing import Any

from convviz.i18n import tr, tr_noop

from .numbers_text import MINUS
from .validation import _as_int, check_padding

#: what a size formula adds when the kernel does not fit (`no_output_note()` is it in the interface language)
NO_OUTPUT_NOTE = tr_noop("no output (the kernel is larger than the padded input)")


def no_output_note() -> str:
    return tr(NO_OUTPUT_NOTE)


def _resolve_one(n: Any, f: Any, padding: Any, stride: Any, dilation: Any) -> tuple[int, int, int, int, int, int]:
    n = _as_int(n, tr_noop("input size"))
    f = _as_int(f, tr_noop("kernel size"))
    s = _as_int(stride, tr_noop("stride"))
    d = _as_int(dilation, tr_noop("dilation"))
    if n < 1:
        raise ValueError(tr("input size must be at least 1 (got {n})").format(n=n))
    if f < 1:
        raise ValueError(tr("kernel size must be at least 1 (got {f})").format(f=f))
    if s < 1:
        raise ValueError(tr("stride must be at least 1 (got {s})").format(s=s))
    if d < 1:
        raise ValueError(tr("dilation must be at least 1 (got {d})").format(d=d))
    resolved = check_padding(padding)
    if resolved == "valid":
        before = after = 0
    elif resolved == "same":
        total = d * (f - 1)
        before, after = total // 2, total - total // 2
    else:
        if resolved[0] != resolved[1]:
            raise ValueError(tr("output_size works on one axis: give padding as one number"))
        before = after = resolved[0]
    return n, f, s, d, before, after


def _raw_size(n: int, f: int, s: int, d: int, before: int, after: int) -> int:
    return (n + before + after - d * (f - 1) - 1) // s + 1


def output_size(n: Any, f: Any, *, padding: Any = 0, stride: Any = 1, dilation: Any = 1) -> int:
    """Cells along one axis of the output; ValueError saying why when there are none."""
    n, f, s, d, before, after = _resolve_one(n, f, padding, stride, dilation)
    span = d * (f - 1) + 1
    padded = n + before + after
    if span > padded:
        raise ValueError(
            tr("the {f}×{f} kernel (with dilation {d} it spans {span} cells) is larger than "
               "the {padded}-cell padded input; add padding or use a smaller kernel").format(
                f=f, d=d, span=span, padded=padded)
        )
    return _raw_size(n, f, s, d, before, after)


def output_size_formula(n: Any, f: Any, *, padding: Any = 0, stride: Any = 1, dilation: Any = 1) -> str:
    """The formula with the numbers filled in, e.g. "⌊(7 + 2·0 − 1·(3 − 1) − 1) / 2⌋ + 1 = 3"."""
    n, f, s, d, before, after = _resolve_one(n, f, padding, stride, dilation)
    pad_text = f"2·{before}" if before == after else f"({before} + {after})"
    text = f"⌊({n} + {pad_text} {MINUS} {d}·({f} {MINUS} 1) {MINUS} 1) / {s}⌋ + 1"
    size = _raw_size(n, f, s, d, before, after)
    if d * (f - 1) + 1 > n + before + after:
        return f"{text} = {str(size).replace('-', MINUS)}: {no_output_note()}"
    return f"{text} = {size}"


def deck_size_formula(n: Any, f: Any, *, padding: Any = 0, stride: Any = 1, dilation: Any = 1) -> str:
    """The decks' formula with the numbers filled in, e.g. "⌊(7 + 2·0 − 3) / 2⌋ + 1 = 3".

    With dilation d > 1 the kernel's span d·(f − 1) + 1 stands for f, and the
    text says so: "⌊(7 + 2·0 − 5) / 1⌋ + 1 = 3, with f = 2·(3 − 1) + 1 = 5".
    """
    n, f, s, d, before, after = _resolve_one(n, f, padding, stride, dilation)
    span = d * (f - 1) + 1
    pad_text = f"2·{before}" if before == after else f"{before} + {after}"
    text = f"⌊({n} + {pad_text} {MINUS} {span}) / {s}⌋ + 1"
    size = _raw_size(n, f, s, d, before, after)
    note = tr(", with f = {formula}").format(formula=f"{d}·({f} {MINUS} 1) + 1 = {span}") if d > 1 else ""
    if span > n + before + after:
        return f"{text} = {str(size).replace('-', MINUS)}{note}: {no_output_note()}"
    return f"{text} = {size}{note}"


def _resolve_transposed(n: Any, f: Any, stride: Any, padding: Any, output_padding: Any, dilation: Any):
    values = {}
    for name, value, minimum in (
        (tr_noop("input size"), n, 1), (tr_noop("kernel size"), f, 1), (tr_noop("stride"), stride, 1),
        (tr_noop("padding"), padding, 0), (tr_noop("output padding"), output_padding, 0),
        (tr_noop("dilation"), dilation, 1),
    ):
        number = _as_int(value, name)
        if number < minimum:
            rule = tr("0 or more") if minimum == 0 else tr("at least {minimum}").format(minimum=minimum)
            raise ValueError(tr("{name} must be {rule} (got {number})").format(name=tr(name), rule=rule, number=number))
        values[name] = number
    n, f, s, p, op, d = values.values()
    if op >= max(s, d):
        raise ValueError(
            tr("output padding ({op}) must be smaller than the stride ({s}) or the dilation ({d}); it only chooses "
               "between output sizes that the same stride could give").format(op=op, s=s, d=d)
        )
    return n, f, s, p, op, d


def transposed_output_size(
    n: Any, f: Any, *, stride: Any = 1, padding: Any = 0, output_padding: Any = 0, dilation: Any = 1
) -> int:
    """Cells along one axis of a transposed convolution's output: (n−1)·s − 2·p + d·(f−1) + output_padding + 1."""
    n, f, s, p, op, d = _resolve_transposed(n, f, stride, padding, output_padding, dilation)
    size = (n - 1) * s - 2 * p + d * (f - 1) + op + 1
    if size < 1:
        raise ValueError(
            tr("the padding ({p}) cuts away the whole output ({before} cells before cutting); use less padding").format(
                p=p, before=size + 2 * p)
        )
    return size


def transposed_output_size_formula(
    n: Any, f: Any, *, stride: Any = 1, padding: Any = 0, output_padding: Any = 0, dilation: Any = 1
) -> str:
    """The transposed formula with the numbers filled in, e.g. "(4 − 1)·2 − 2·1 + 1·(3 − 1) + 1 + 1 = 8"."""
    n, f, s, p, op, d = _resolve_transposed(n, f, stride, padding, output_padding, dilation)
    size = (n - 1) * s - 2 * p + d * (f - 1) + op + 1
    text = f"({n} {MINUS} 1)·{s} {MINUS} 2·{p} + {d}·({f} {MINUS} 1) + {op} + 1"
    if size < 1:
        return tr("{formula} = {size}: no output (the padding cuts away every cell)").format(
            formula=text, size=str(size).replace("-", MINUS))
    return f"{text} = {size}"
