"""Checks of single session fields: each returns the value normalised or raises SessionError naming it.

Numbers are checked against a `convviz.limits.Limit`, texts against a
length, lists against a count before their items are looked at, and an
embedded array's declared type and shape against the field's rule before it
is decoded (within the file's `DecodeBudget`). Shared by `views` and `format`.
"""

from __future__ import annotations

import math
from typing import Any, Callable

import numpy as np

from convviz import limits
from convviz.i18n import tr
from convviz.limits import Limit, describe
from convviz.session.arrays import ARRAY_TAG, DecodeBudget, decode_array, is_tagged_array
from convviz.session.errors import SessionError


def field(state: Any, key: str, where: str = "") -> Any:
    if not isinstance(state, dict):
        raise SessionError(tr('"{where}" is not an object').format(where=where or tr("a state")))
    if key not in state:
        raise SessionError(tr('"{name}" is missing').format(name=joined(where, key)))
    return state[key]


def joined(where: str, key: str) -> str:
    return f"{where}.{key}" if where else key


def whole_number(value: Any, name: str, limit: Limit) -> int:
    try:
        return int(limit.check(value, name))
    except ValueError as exc:
        raise SessionError(str(exc)) from None


def real_number(value: Any, name: str, limit: Limit | None = None) -> float:
    if limit is not None:
        try:
            return float(limit.check(value, name))
        except ValueError as exc:
            raise SessionError(str(exc)) from None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise SessionError(tr('"{name}" must be a finite number, not {value}').format(name=name, value=describe(value)))
    return float(value)


def flag(value: Any, name: str) -> bool:
    if not isinstance(value, bool):
        raise SessionError(tr('"{name}" must be true or false, not {value}').format(name=name, value=describe(value)))
    return value


def text(value: Any, name: str, max_chars: int = limits.WORD_CHARS) -> str:
    if not isinstance(value, str):
        raise SessionError(tr('"{name}" must be text, not {value}').format(name=name, value=describe(value)))
    if len(value) > max_chars:
        raise SessionError(tr('"{name}" is {length:,} characters long; at most {most:,} are allowed').format(
            name=name, length=len(value), most=max_chars))
    return value


def choice(value: Any, name: str, choices: tuple[str, ...]) -> str:
    if not isinstance(value, str) or value not in choices:
        raise SessionError(tr('"{name}" must be one of {choices}, not {value}').format(
            name=name, choices=", ".join(choices), value=describe(value)))
    return value


def items(value: Any, name: str, most: int, what: str) -> list | tuple:
    """`value` as a list of at most `most` items; `what` (marked with tr_noop) names them in a refusal."""
    if not isinstance(value, (list, tuple)):
        raise SessionError(tr('"{name}" must be a list of {what}, not {value}').format(
            name=name, what=tr(what), value=describe(value)))
    if len(value) > most:
        raise SessionError(tr('"{name}" holds {count:,} {what}; at most {most:,} are allowed').format(
            name=name, count=len(value), what=tr(what), most=most))
    return value


def pair(value: Any, name: str, limit: Limit) -> tuple[int, int]:
    if not isinstance(value, (list, tuple)) or len(value) != 2:
        raise SessionError(tr('"{name}" must be two whole numbers (rows, columns), not {value}').format(
            name=name, value=describe(value)))
    return (whole_number(value[0], f"{name}[0]", limit), whole_number(value[1], f"{name}[1]", limit))


def shape_rule(name: str, dtypes: str | tuple[str, ...], ndims: tuple[int, ...], side: Limit,
                channels: tuple[int, ...] = (), shown_by: str = "") -> Callable[[np.dtype, tuple[int, ...]], None]:
    """A check of an embedded array's declared type and shape, run before it is decoded.

    `dtypes` lists number types by name, or by kind ("f" any float, "n" any
    number); a 3-D shape is (channels, rows, columns) with channels in
    `channels`; `shown_by` names what limits the sides ("the Steps view", marked
    with tr_noop where it is written and translated here, for a refusal only).
    """

    def check(dtype: np.dtype, shape: tuple[int, ...]) -> None:
        if isinstance(dtypes, tuple):
            fits = dtype.name in dtypes
        else:
            fits = dtype.kind in ("iuf" if dtypes == "n" else dtypes)
        if not fits:
            wanted = " or ".join(dtypes) if isinstance(dtypes, tuple) else {"f": tr("float"), "n": tr("numeric")}[dtypes]
            raise SessionError(tr('"{name}" must be a {wanted} array, not {dtype}').format(
                name=name, wanted=wanted, dtype=dtype.name))
        if len(shape) not in ndims or (len(shape) == 3 and shape[0] not in channels):
            raise SessionError(tr('"{name}" has the shape {shape}, which this field cannot hold').format(
                name=name, shape=shape_text(shape)))
        if any(not side.low <= side_length <= side.high for side_length in shape[-2:]):
            raise SessionError(tr('"{name}" is {shape}; {sides}').format(
                name=name, shape=shape_text(shape), sides=_sides(side, shown_by)))

    return check


def _sides(side: Limit, shown_by: str) -> str:
    if shown_by:
        return tr("{shown_by} shows {range} cells a side").format(shown_by=tr(shown_by), range=side.text())
    return tr("each side must be {range} cells").format(range=side.text())


def shape_text(shape: tuple[int, ...]) -> str:
    return "×".join(str(n) for n in shape) or tr("a single number")


def embedded_array(value: Any, name: str, rule: Callable, budget: DecodeBudget) -> np.ndarray:
    """An array already decoded (checked by `rule` after the fact) or embedded (checked before decoding)."""
    if is_tagged_array(value):
        return decode_array(value[ARRAY_TAG], what=f'"{name}"', check=rule, budget=budget)
    if isinstance(value, np.ndarray):
        rule(value.dtype, value.shape)
        return value
    raise SessionError(tr('"{name}" must be an embedded array, not {value}').format(name=name, value=describe(value)))


def typed_array(value: Any, name: str, dtype: str, ndim: int, side: Limit, budget: DecodeBudget) -> np.ndarray:
    return embedded_array(value, name, shape_rule(name, (dtype,), (ndim,), side), budget)


def picture_array(value: Any, name: str, budget: DecodeBudget) -> np.ndarray:
    """A grey (H, W) or colour (3, H, W) float picture of finite numbers, at most 4096 on a side."""
    array = embedded_array(value, name, shape_rule(name, "f", (2, 3), limits.PICTURE_SIDE, (3,)), budget)
    if not np.isfinite(array).all():
        raise SessionError(tr('"{name}" holds NaN or infinite values').format(name=name))
    return array


def matrix(value: Any, name: str, side: Limit, budget: DecodeBudget, dtype=np.float64,
           shown_by: str = "") -> np.ndarray:
    """A non-empty 2-D grid of finite numbers, from nested lists or an array, each side within `side`.

    The sizes of nested lists are checked before they are converted.
    """
    if is_tagged_array(value) or isinstance(value, np.ndarray):
        array = embedded_array(value, name, shape_rule(name, "n", (2,), side, shown_by=shown_by), budget)
    else:
        if not isinstance(value, (list, tuple)) or not all(isinstance(row, (list, tuple)) for row in value[:64]):
            raise SessionError(tr('"{name}" must be a rectangular grid of numbers (a list of rows)').format(name=name))
        rows = len(value)
        columns = max((len(row) for row in value[:64]), default=0)
        if rows > side.high or columns > side.high:
            raise SessionError(tr('"{name}" is {rows}×{columns}; {sides}').format(
                name=name, rows=rows, columns=columns, sides=_sides(side, shown_by)))
        rows = value
        try:
            array = np.array(rows, dtype=np.float64)
        except (TypeError, ValueError, OverflowError):
            raise SessionError(tr('"{name}" must be a rectangular grid of numbers').format(name=name)) from None
        if array.ndim != 2 or 0 in array.shape:
            raise SessionError(tr('"{name}" must be a non-empty rectangular grid of numbers').format(name=name))
    if not np.isfinite(array).all():
        raise SessionError(tr('"{name}" holds NaN or infinite values').format(name=name))
    return np.array(array, dtype=dtype)
