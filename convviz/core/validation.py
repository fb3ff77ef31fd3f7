"""Shared checks that turn bad settings into ValueErrors a student can read.

Every public function of `convviz.core` runs its arguments through these, so
"stride must be at least 1" reads the same wherever it comes from.
"""

from __future__ import annotations

import numbers
from typing import Any

import numpy as np

PADDING_WORDS = ("valid", "same")
PADDING_MODES = ("zeros", "reflect", "replicate")


def is_tensor(value: Any) -> bool:
    """True for a torch tensor (checked without importing torch eagerly)."""
    return type(value).__module__.startswith("torch") and hasattr(value, "device")


def _as_int(value: Any, name: str) -> int:
    if isinstance(value, bool) or value is None:
        raise ValueError(f"{name} must be a whole number, not {value!r}")
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
    raise ValueError(f"{name} must be a whole number, not {value!r}")


def as_pair(value: Any, name: str, *, minimum: int) -> tuple[int, int]:
    """An int or a (vertical, horizontal) pair of ints, each at least `minimum`."""
    if isinstance(value, (tuple, list)) or (isinstance(value, np.ndarray) and value.ndim == 1):
        items = list(value)
        if len(items) != 2:
            raise ValueError(f"{name} must be one number or a (vertical, horizontal) pair, not {value!r}")
        pair = (_as_int(items[0], name), _as_int(items[1], name))
    else:
        number = _as_int(value, name)
        pair = (number, number)
    for number in pair:
        if number < minimum:
            if minimum == 0:
                raise ValueError(f"{name} must be 0 or more (got {number}); it cannot be negative")
            raise ValueError(f"{name} must be at least {minimum} (got {number})")
    return pair


def check_padding_mode(mode: Any) -> str:
    """One of "zeros", "reflect", "replicate"."""
    if not isinstance(mode, str) or mode.lower() not in PADDING_MODES:
        raise ValueError(f"padding mode must be one of {', '.join(PADDING_MODES)} (got {mode!r})")
    return mode.lower()


def check_padding(padding: Any) -> str | tuple[int, int]:
    """"valid", "same", an int or a (py, px) pair of non-negative ints."""
    if isinstance(padding, str):
        word = padding.strip().lower()
        if word in PADDING_WORDS:
            return word
        try:
            return as_pair(int(word), "padding", minimum=0)
        except ValueError:
            raise ValueError(
                f"padding must be a number of cells (0 or more), \"valid\" or \"same\" (got {padding!r})"
            ) from None
    return as_pair(padding, "padding", minimum=0)


def as_float_array(value: Any, what: str, *, dtype: Any = np.float32) -> np.ndarray:
    """A numeric numpy array of `dtype`; text, ragged lists and objects are refused."""
    if is_tensor(value):
        value = value.detach().cpu().numpy()
    try:
        array = np.asarray(value)
    except (ValueError, TypeError):
        raise ValueError(f"the {what} must be a rectangular grid of numbers") from None
    if array.dtype.kind not in "biuf":
        raise ValueError(f"the {what} must contain only numbers, but it holds text or other values")
    return array.astype(dtype, copy=False)


def bias_vector(bias: Any, count: int, dtype: Any, unit: str = "filter") -> np.ndarray:
    """One finite bias per filter (or output channel): None gives zeros, one number is repeated."""
    if bias is None:
        return np.zeros(count, dtype=dtype)
    values = as_float_array(bias, "bias", dtype=dtype).reshape(-1)
    if values.size == 1:
        values = np.repeat(values, count)
    if values.size != count:
        raise ValueError(f"bias needs one value per {unit} ({count}), got {values.size}")
    if not np.isfinite(values).all():
        raise ValueError("the bias must be a finite number")
    return values


def as_kernel(kernel: Any, *, dtype: Any = np.float32) -> np.ndarray:
    """A finite, non-empty kernel of 2, 3 or 4 dimensions as a numpy array."""
    array = as_float_array(kernel, "kernel", dtype=dtype)
    if array.ndim not in (2, 3, 4):
        raise ValueError(
            "the kernel must be a (kh, kw) grid, a (C, kh, kw) stack or a (N, C, kh, kw) "
            f"bank of filters (got {array.ndim} dimension(s))"
        )
    if array.size == 0:
        raise ValueError(f"the kernel is empty (shape {tuple(array.shape)}); it needs at least one weight")
    if not np.isfinite(array).all():
        raise ValueError("the kernel contains NaN or infinity; every weight must be a finite number")
    return array


def check_image_shape(shape: tuple[int, ...], what: str = "image") -> None:
    """(H, W) or (C, H, W), not empty."""
    if len(shape) not in (2, 3):
        raise ValueError(f"the {what} must be (H, W) or (C, H, W) (got shape {tuple(shape)})")
    if any(side == 0 for side in shape):
        raise ValueError(f"the {what} is empty (shape {tuple(shape)})")


def check_choice(value: Any, name: str, choices: tuple[str, ...]) -> str:
    """`value` must be one of `choices` (case-insensitive)."""
    if isinstance(value, str) and value.lower() in choices:
        return value.lower()
    raise ValueError(f"unknown {name} {value!r}; choose one of {', '.join(choices)}")
