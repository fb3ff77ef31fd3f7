"""Numpy arrays as JSON values, lossless: pictures as PNG when that keeps every bit, raw bytes otherwise.

A picture the app loaded from an 8-bit file holds float32 values k/255; a PNG
of the k's gives back exactly those floats, at a fraction of the size of the
raw bytes. Before choosing PNG, `encode_array` decodes its own result and
compares the bits, so an array that PNG would change (a 16-bit scan that is
not k/65535, a kernel, a weight) falls back to zlib-compressed raw bytes.
Nothing here imports Qt.
"""

from __future__ import annotations

import base64
import binascii
import io
import zlib
from typing import Any

import numpy as np

from convviz.session.errors import SessionError

ARRAY_TAG = "$array"  # a JSON object {"$array": {...}} stands for one numpy array
DTYPES = ("bool", "uint8", "uint16", "int32", "int64", "float32", "float64")
MAX_ELEMENTS = 64 * 1024 * 1024  # 64 M values: far beyond any picture convviz shows
_SCALES = {"png8": 255, "png16": 65535}


def encode_array(array: np.ndarray) -> dict[str, Any]:
    """`array` as a JSON-ready dict from which `decode_array` rebuilds it bit for bit."""
    array = np.asarray(array)
    if array.dtype.name not in DTYPES:
        raise ValueError(f"arrays of {array.dtype} cannot be saved in a session")
    array = np.ascontiguousarray(array)
    for encoding in _png_candidates(array):
        try:
            data = _to_png(array, encoding)
        except (ValueError, OSError, TypeError):
            continue
        entry = _entry(array, encoding, data)
        if _bits_equal(decode_array(entry), array):
            return entry
    raw = zlib.compress(array.astype(array.dtype.newbyteorder("<"), copy=False).tobytes(), 6)
    return _entry(array, "zlib", raw)


def decode_array(entry: Any) -> np.ndarray:
    """The array `encode_array` described; SessionError naming what is damaged."""
    if not isinstance(entry, dict):
        raise SessionError("an embedded array is not described as an object")
    dtype, shape, encoding, data = (entry.get(key) for key in ("dtype", "shape", "encoding", "data"))
    if dtype not in DTYPES:
        raise SessionError(f"an embedded array has an unknown number type {dtype!r}")
    if (
        not isinstance(shape, list)
        or len(shape) > 4
        or not all(isinstance(n, int) and not isinstance(n, bool) and n >= 0 for n in shape)
    ):
        raise SessionError("an embedded array has no valid shape")
    count = int(np.prod(shape, dtype=np.int64)) if shape else 1
    if count > MAX_ELEMENTS:
        raise SessionError(f"an embedded array claims {count:,} values, more than convviz ever saves")
    if not isinstance(data, str):
        raise SessionError("an embedded array has no data")
    try:
        payload = base64.b64decode(data.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError, ValueError):
        raise SessionError("an embedded array's data is damaged (not valid base64)") from None
    if encoding == "zlib":
        return _from_raw(payload, np.dtype(dtype), shape, count)
    if encoding in _SCALES:
        return _from_png(payload, np.dtype(dtype), shape, encoding)
    raise SessionError(f"an embedded array uses an unknown encoding {encoding!r}")


def to_json_value(value: Any) -> Any:
    """Plain JSON values from nested dicts, lists, tuples, numbers and arrays (arrays tagged)."""
    if isinstance(value, np.ndarray):
        return {ARRAY_TAG: encode_array(value)}
    if isinstance(value, dict):
        return {str(key): to_json_value(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [to_json_value(item) for item in value]
    if isinstance(value, np.generic):
        return value.item()
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    raise TypeError(f"{type(value).__name__} cannot be saved in a session")


def from_json_value(value: Any) -> Any:
    """The inverse of `to_json_value`: tagged objects become arrays again (lists stay lists)."""
    if isinstance(value, dict):
        if ARRAY_TAG in value and len(value) == 1:
            return decode_array(value[ARRAY_TAG])
        return {key: from_json_value(item) for key, item in value.items()}
    if isinstance(value, list):
        return [from_json_value(item) for item in value]
    return value


# --------------------------------------------------------------------------- internals
def _entry(array: np.ndarray, encoding: str, data: bytes) -> dict[str, Any]:
    return {
        "dtype": array.dtype.name,
        "shape": [int(n) for n in array.shape],
        "encoding": encoding,
        "data": base64.b64encode(data).decode("ascii"),
    }


def _bits_equal(a: np.ndarray, b: np.ndarray) -> bool:
    """Equal to the last bit (unlike ==, which calls -0.0 and 0.0 equal and NaN unequal)."""
    return a.dtype == b.dtype and a.shape == b.shape and a.tobytes() == b.tobytes()


def _png_candidates(array: np.ndarray) -> list[str]:
    """The PNG encodings worth trying: 2-D (grey) or (3|4, H, W) pictures with at least one pixel."""
    grey = array.ndim == 2
    colour = array.ndim == 3 and array.shape[0] in (3, 4)
    if not (grey or colour) or array.size == 0:
        return []
    if array.dtype == np.uint8:
        return ["png8"]
    if array.dtype == np.uint16 and grey:
        return ["png16"]
    if array.dtype.kind == "f" and np.isfinite(array).all() and array.min() >= 0 and array.max() <= 1:
        return ["png8", "png16"] if grey else ["png8"]
    return []


def _to_png(array: np.ndarray, encoding: str) -> bytes:
    from PIL import Image

    scale = _SCALES[encoding]
    if array.dtype.kind == "f":
        values = np.rint(array.astype(np.float64) * scale)
    else:
        values = array
    if array.ndim == 3:
        values = np.moveaxis(values, 0, -1)
    if encoding == "png8":
        image = Image.fromarray(np.ascontiguousarray(values, dtype=np.uint8))
    else:
        image = Image.fromarray(np.ascontiguousarray(values, dtype=np.uint16))  # mode I;16
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", compress_level=1)  # 3× faster than 6, 10% larger
    return buffer.getvalue()


def _from_png(payload: bytes, dtype: np.dtype, shape: list[int], encoding: str) -> np.ndarray:
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(payload)) as image:
            if image.format != "PNG":
                raise SessionError("an embedded picture is not a PNG")
            image.load()
            values = np.asarray(image)
    except (OSError, UnidentifiedImageError, SyntaxError, ValueError) as exc:
        raise SessionError(f"an embedded picture is damaged ({exc})") from None
    if values.ndim == 3:
        values = np.moveaxis(values, -1, 0)
    if list(values.shape) != shape:
        raise SessionError(f"an embedded picture is {values.shape}, not the {tuple(shape)} its description says")
    if dtype.kind == "f":
        scaled = values.astype(dtype) / dtype.type(_SCALES[encoding])
        return np.ascontiguousarray(scaled, dtype=dtype)
    return np.ascontiguousarray(values, dtype=dtype)


def _from_raw(payload: bytes, dtype: np.dtype, shape: list[int], count: int) -> np.ndarray:
    expected = count * dtype.itemsize
    try:
        inflater = zlib.decompressobj()
        raw = inflater.decompress(payload, expected + 1)
    except zlib.error:
        raise SessionError("an embedded array's data is damaged (it does not decompress)") from None
    if len(raw) != expected or not inflater.eof:
        raise SessionError("an embedded array's data is truncated or too long for its shape")
    little = np.frombuffer(raw, dtype=dtype.newbyteorder("<"), count=count)
    return little.astype(dtype).reshape(shape)
