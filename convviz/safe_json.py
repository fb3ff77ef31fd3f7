"""Parse JSON from a file a user chose, with limits: nesting depth and integer length.

Python's own parser answers a document nested 500 deep with RecursionError
and a 5000-digit integer with "Exceeds the limit (4300 digits) for integer
string conversion"; neither is a sentence. Here an integer longer than
`limits.JSON_INTEGER_DIGITS` becomes a `HugeInteger` placeholder (so the
field check that meets it names its field), and nesting deeper than
`limits.JSON_DEPTH` is refused. No Qt.
"""

from __future__ import annotations

import json
from typing import Any

from convviz import limits
from convviz.i18n import tr


class HugeInteger:
    """Stands for an integer too long to convert; no range check accepts it."""

    __slots__ = ("digits",)

    def __init__(self, digits: int) -> None:
        self.digits = digits

    @property
    def description(self) -> str:
        return tr("a whole number of {digits:,} digits").format(digits=self.digits)

    def __repr__(self) -> str:
        return self.description


class JsonProblem(ValueError):
    """The text is not JSON convviz accepts; the message is a sentence (no file name)."""


def _integer(text: str) -> int | HugeInteger:
    digits = len(text.lstrip("-"))
    if digits > limits.JSON_INTEGER_DIGITS:
        return HugeInteger(digits)
    return int(text)


def loads(text: str, *, max_depth: int = limits.JSON_DEPTH) -> Any:
    """`json.loads(text)` with long integers as `HugeInteger` and a depth limit; JsonProblem otherwise.

    json.JSONDecodeError (a subclass of ValueError) passes through for the
    caller to phrase with its line and column.
    """
    try:
        document = json.loads(text, parse_int=_integer)
    except RecursionError:
        raise JsonProblem(tr("its JSON is nested absurdly deep (more than {depth} levels)").format(depth=max_depth)) from None
    depth = nesting_depth(document, max_depth)
    if depth > max_depth:
        raise JsonProblem(tr("its JSON is nested more than {depth} levels deep").format(depth=max_depth))
    return document


def nesting_depth(value: Any, stop_after: int) -> int:
    """How deeply lists and objects nest in `value` (counting stops just past `stop_after`); no recursion."""
    deepest = 0
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict):
            children = item.values()
        elif isinstance(item, list):
            children = item
        else:
            continue
        deepest = max(deepest, depth)
        if deepest > stop_after:
            return deepest
        stack.extend((child, depth + 1) for child in children if isinstance(child, (dict, list)))
    return deepest
