"""Numbers as a student reads and types them in a matrix cell.

Display is compact (integers without decimals, others to about three
significant digits, a real minus sign); typing accepts what people write on a
board ("-1", "0.5", ",5", "1/9", "−2") and refuses anything that is not one
finite number with a sentence that says what to type instead.
"""

from __future__ import annotations

import math
import re

MINUS = "\u2212"

_FRACTION = re.compile(r"^\s*([+-]?\s*[\d.]+)\s*/\s*([+-]?\s*[\d.]+)\s*$")


def format_number(value: float) -> str:
    """Short text for a cell: 3, −1, 0.5, 0.111, 12.3, 1e+06."""
    value = float(value)
    if math.isnan(value):
        return ""
    if math.isinf(value):
        return "∞" if value > 0 else MINUS + "∞"
    if abs(value) >= 1e6:
        text = f"{value:.2g}"
    elif abs(value - round(value)) < 1e-9:
        text = str(int(round(value)))
    else:
        magnitude = math.floor(math.log10(abs(value)))
        decimals = max(0, min(3, 2 - magnitude))
        text = f"{value:.{decimals}f}"
        if "." in text:
            text = text.rstrip("0").rstrip(".")
        if text in ("-0", "0") and value != 0:
            text = f"{value:.1g}"
    if text == "-0":
        text = "0"
    return text.replace("-", MINUS)


def parse_number(text: str) -> float:
    """The finite number a person typed; ValueError with a friendly sentence otherwise."""
    cleaned = text.strip().replace(MINUS, "-").replace("\u2013", "-").replace(" ", "")
    if cleaned.count(",") == 1 and "." not in cleaned:
        cleaned = cleaned.replace(",", ".")
    value: float | None = None
    fraction = _FRACTION.match(cleaned)
    try:
        if fraction:
            numerator, denominator = (float(part) for part in fraction.groups())
            if denominator == 0:
                raise ValueError(f"“{text.strip()}” divides by zero; type a number such as 3, -1 or 0.5.")
            value = numerator / denominator
        elif cleaned and cleaned.lower() not in ("nan", "inf", "-inf", "+inf", "infinity", "-infinity"):
            value = float(cleaned)
    except ValueError as exc:
        if "divides by zero" in str(exc):
            raise
        value = None
    if value is None or not math.isfinite(value):
        shown = text.strip() or "an empty cell"
        raise ValueError(f"“{shown}” is not a number; type a number such as 3, -1, 0.5 or 1/9.")
    return value
