"""Compact, student-friendly number text: 0.2 not 0.20000000298, a real minus sign."""

from __future__ import annotations

import math

MINUS = "\u2212"


def format_number(value: float, digits: int = 4) -> str:
    """Up to `digits` decimals, trailing zeros dropped, "−" for negatives, "∞" for infinity."""
    value = float(value)
    if math.isnan(value):
        return "NaN"
    if math.isinf(value):
        return "\u221e" if value > 0 else MINUS + "\u221e"
    rounded = round(value, digits)
    if rounded == 0 and value != 0:
        text = f"{value:.3g}"
    elif abs(rounded) >= 1e15:
        text = f"{value:.6g}"
    else:
        text = f"{rounded:.{digits}f}".rstrip("0").rstrip(".")
    if text in ("-0", "-0.0", ""):
        text = "0"
    return text.replace("-", MINUS)


def format_factor(value: float, digits: int = 4) -> str:
    """A number as a factor of a product: negatives in brackets, "3×(−1)"."""
    text = format_number(value, digits)
    return f"({text})" if text.startswith(MINUS) else text
