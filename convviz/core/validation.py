"""Shared checks that turn bad settings into ValueErrors a student can read.

Every public function of `convviz.core` runs its arguments through these, so
"stride must be at least 1" reads the same wherever it comes from.
"""

from __future__ import annotations

import numbers
from typing import Any

import numpy as np

from convviz.i18n import tr, tr_noop

PADDING_WORDS = ("valid", "same")
PADDING_MODES = ("zeros", "reflect", "replicate")


def is_tensor(value: Any) -> bool:
    """True for a torch tensor (checked without importing torch eagerly)."""
    return type(value).__module__.startswith("torch") and hasattr(value, "device")


def _as_int(value: Any, name: str) -> int:
    if isinstance(value, bool) or value is None:
        raise ValueError(tr("{name} must be a whole number, not {value!r}").format(name=tr(name), value=value))
    if isinstance(value, numbers.Integral):
        return int(value)
    if isinstance(value, numbers.Real) and float(value).is_integer():
        return int(value)
    if isinstance(value, str):
        text = value.strip()
        try:
            return int(text)
        except ValueError:
            pass
    raise ValueError(tr("{name} must be a whole number, not {value!r}").format(name=tr(name), value=value))


def as_pair(value: Any, name: str, *, minimum: int) -> tuple[int, int]:
    """An int or a (vertical, horizontal) pair of ints, each at least `minimum`."""
    if isinstance(value, (tuple, list)) or (isinstance(value, np.ndarray) and value.ndim == 1):
        items = list(value)
        if len(items) != 2:
            raise ValueError(tr("{name} must be one number or a (vertical, horizontal) pair, not {value!r}").format(
                                 name=tr(name), value=value))
        pair = (_as_int(items[0], name), _as_int(items[1], name))
    else:
        number = _as_int(value, name)
        pair = (number, number)
    for number in pair:
        if number < minimum:
            if minimum == 0:
                raise ValueError(tr("{name} must be 0 or more (got {number}); it cannot be negative").format(
                                     name=tr(name), number=number))
            raise ValueError(tr("{name} must be at least {minimum} (got {number})").format(
                                 name=tr(name), minimum=minimum, number=number))
    return pair


def check_padding_mode(mode: Any) -> str:
    """One of "zeros", "reflect", "replicate"."""
    if not isinstance(mode, str) or mode.lower() not in PADDING_MODES:
        raise ValueError(tr("padding mode must be one of {choices} (got {mode!r})").format(
                             choices=', '.join(PADDING_MODES), mode=mode))
    return mode.lower()


def check_padding(padding: Any) -> str | tuple[int, int]:
    """"valid", "same", an int or a (py, px) pair of non-negative ints."""
    if isinstance(padding, str):
        word = padding.strip().lower()
        if word in PADDING_WORDS:
            return word
        try:
            return as_pair(int(word), tr_noop("padding"), minimum=0)
        except ValueError:
            raise ValueError(
                tr('padding must be a number of cells (0 or more), "valid" or "same" (got {padding!r})').format(
                    padding=padding)
            ) from None
    return as_pair(padding, tr_noop("padding"), minimum=0)


def as_float_array(value: Any, what: str, *, dtype: Any = np.float32) -> np.ndarray:
    """A numeric numpy array of `dtype`; text, ragged lists and objects are refused."""
    if is_tensor(value):
        value = value.detach().cpu().numpy()
    try:
        array = np.asarray(value)
    except (ValueError, TypeError):
        raise ValueError(tr("the {what} must be a rectangular grid of numbers").format(what=tr(what))) from None
    if array.dtype.kind not in "biuf":
        raise ValueError(tr("the {what} must contain only numbers, but it holds text or other values").format(
                             what=tr(what)))
    return array.astype(dtype, copy=False)


def bias_vector(bias: Any, count: int, dtype: Any, unit: str = tr_noop("filter")) -> np.ndarray:
    """One finite bias per filter (or output channel): None gives zeros, one number is repeated."""
    if bias is None:
        return np.zeros(count, dtype=dtype)
    values = as_float_array(bias, tr_noop("bias"), dtype=dtype).reshape(-1)
    if values.size == 1:
        values = np.repeat(values, count)
    if values.size != count:
        raise ValueError(tr("bias needs one value per {unit} ({count}), got {size}").format(
                             unit=tr(unit), count=count, size=values.size))
    if not np.isfinite(values).all():
        raise ValueError(tr("the bias must be a finite number"))
    return values


def as_kernel(kernel: Any, *, dtype: Any = np.float32) -> np.ndarray:
    """A finite, non-empty kernel of 2, 3 or 4 dimensions as a numpy array."""
    array = as_float_array(kernel, tr_noop("kernel"), dtype=dtype)
    if array.ndim not in (2, 3, 4):
        raise ValueError(
            tr("the kernel must be a (kh, kw) grid, a (C, kh, kw) stack or a (N, C, kh, kw) bank of filters (got "
               "{ndim} dimension(s))").format(ndim=array.ndim)
        )
    if array.size == 0:
        raise ValueError(tr("the kernel is empty (shape {shape}); it needs at least one weight").format(
                             shape=tuple(array.shape)))
    if not np.isfinite(array).all():
        raise ValueError(tr("the kernel contains NaN or infinity; every weight must be a finite number"))
    return array


def check_image_shape(shape: tuple[int, ...], what: str = "image") -> None:
    """(H, W) or (C, H, W), not empty."""
    if len(shape) not in (2, 3):
        raise ValueError(tr("the {what} must be (H, W) or (C, H, W) (got shape {shape})").format(
                             what=tr(what), shape=tuple(shape)))
    if any(side == 0 for side in shape):
        raise ValueError(tr("the {what} is empty (shape {shape})").format(what=tr(what), shape=tuple(shape)))


def check_choice(value: Any, name: str, choices: tuple[str, ...]) -> str:
    """`value` must be one of `choices` (case-insensitive)."""
    if isinstance(value, str) and value.lower() in choices:
        return value.lower()
    raise ValueError(tr("unknown {name} {value!r}; choose one of {choices}").format(
                         name=tr(name), value=value, choices=', '.join(choices)))
