"""A kernel's factor written apart, as the decks write "1/9 × [1 1 1; 1 1 1; 1 1 1]".

A kernel is its cells (often whole numbers a class can multiply in its head)
times an exact factor (a `Fraction`, e.g. 1/9). The views show the cells and
"× 1/9" beside them; the computation multiplies by the numerator and divides
by the denominator, so 1/9 is never rounded to 0.111 first.
"""

from __future__ import annotations

import math
from fractions import Fraction
from typing import Any

import numpy as np

from convviz.i18n import tr, tr_noop

from .numbers_text import MINUS

ONE = Fraction(1)
MAX_DENOMINATOR = 1_000_000  # "1/9", "1/256", "3/7": a factor a slide writes, not a float's digits


def parse_scale(value: Any, what: str = tr_noop("the kernel's factor")) -> Fraction:
    """A factor from "1/9", "0.5", 2, 0.25 or a Fraction; ValueError with a sentence for anything else.

    The factor must be a finite number other than 0 (it multiplies every weight).
    """
    if isinstance(value, Fraction):
        factor = value
    elif isinstance(value, bool):
        raise ValueError(tr("{what} must be a number such as 1/9, not {value!r}").format(what=tr(what), value=value))
    elif isinstance(value, (int, np.integer)):
        factor = Fraction(int(value))
    elif isinstance(value, (float, np.floating)):
        if not math.isfinite(value):
            raise ValueError(tr("{what} must be a finite number such as 1/9, not {value!r}").format(
                                 what=tr(what), value=value))
        factor = Fraction(float(value)).limit_denominator(MAX_DENOMINATOR)
    elif isinstance(value, str):
        text = value.strip().replace(MINUS, "-").replace("÷", "/").replace(" ", "")
        try:
            factor = Fraction(text)
        except (ValueError, ZeroDivisionError):
            raise ValueError(tr("{what} must be written like 1/9, 2 or 0.5, not {value!r}").format(
                                 what=tr(what), value=value)) from None
    else:
        raise ValueError(tr("{what} must be a number such as 1/9, not {kind}").format(
                             what=tr(what), kind=type(value).__name__))
    if factor == 0:
        raise ValueError(tr("{what} must not be 0 (every weight is multiplied by it)").format(what=tr(what)))
    if factor.denominator > MAX_DENOMINATOR or abs(factor.numerator) > MAX_DENOMINATOR:
        raise ValueError(tr("{what} is {factor}; write a simpler factor such as 1/9 or 1/256").format(
                             what=tr(what), factor=factor))
    return factor


def scale_text(factor: Fraction) -> str:
    """ "1/9", "2", "−1/2": the factor as a slide writes it (a true minus sign)."""
    text = str(Fraction(factor))
    return text.replace("-", MINUS)


def apply_scale(cells: Any, factor: Fraction) -> np.ndarray:
    """The weights the computation uses: cells × numerator / denominator, in float64.

    Multiplying by the numerator and dividing by the denominator keeps whole
    cells exact up to one rounding (1/9 is never rounded to 0.111 first).
    """
    weights = np.asarray(cells, dtype=np.float64)
    factor = Fraction(factor)
    if factor == ONE:
        return weights.copy()
    return weights * factor.numerator / factor.denominator


def cells_for(weights: Any, factor: Fraction) -> np.ndarray:
    """The cells that give `weights` with `factor` (whole numbers come back whole)."""
    factor = Fraction(factor)
    cells = np.asarray(weights, dtype=np.float64) * factor.denominator / factor.numerator
    whole = np.rint(cells)
    close = np.abs(cells - whole) <= 1e-6 * np.maximum(1.0, np.abs(whole))
    return np.where(close, whole, cells)
