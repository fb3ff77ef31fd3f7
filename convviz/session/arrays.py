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
import math
import warnings
import zlib
from typing import Any, Callable

import numpy as np

from convviz import limits
from convviz.i18n import tr
from convviz.limits import describe
from convviz.session.errors import SessionError

ARRAY_TAG = "$array"  # a JSON object {"$array": {...}} stands for one numpy array
DTYPES = ("bool", "uint8", "uint16", "int32", "int64", "float32", "float64")
MAX_ELEMENTS = 64 * 1024 * 1024  # 64 M values: far beyond any picture convviz shows
_SCALES = {"png8": 255, "png16": 65535}


def encode_array(array: np.ndarray) -> dict[str, Any]:
    """`array` as a JSON-ready dict from which `decode_array` rebuilds it bit for bit."""
    array = np.asarray(array)
    if array.dtype.name not in DTYPES:
        raise ValueError(tr("arrays of {dtype} cannot be saved in a session").format(dtype=array.dtype))
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


class DecodeBudget:
    """The bytes of arrays one file may still unpack; each array's declared size is charged before decoding."""

    def __init__(self, limit: int | None = None) -> None:
        self.limit = limits.SESSION_DECODED_BYTES if limit is None else limit
        self.left = self.limit

    def charge(self, nbytes: int, what: str) -> None:
        if nbytes > self.left:
            raise SessionError(
                tr("{what} would unpack to {size:,.1f} MB, more than the {limit:,.0f} MB "
                   "all arrays of a session may take").format(what=what, size=nbytes / 1e6, limit=self.limit / 1e6)
            )
        self.left -= nbytes


ShapeCheck = Callable[[np.dtype, tuple[int, ...]], None]


def is_tagged_array(value: Any) -> bool:
    """True for the JSON form of an array, {"$array": {...}}."""
    return isinstance(value, dict) and len(value) == 1 and ARRAY_TAG in value


def decode_array(
    entry: Any, *, what: str | None = None, check: ShapeCheck | None = None,
    budget: DecodeBudget | None = None,
) -> np.ndarray:
    """The array `encode_array` described; SessionError naming `what` is damaged.

    Everything that can cost memory is checked on the description first: the
    number type and shape (against `check`, the field's own rule), the
    unpacked size (against `budget`), the length of the data; only then is
    anything decompressed, and a PNG's own header must match the description
    before its pixels are decoded.
    """
    what = tr("an embedded array") if what is None else what
    if not isinstance(entry, dict):
        raise SessionError(tr("{what} is not described as an object").format(what=what))
    dtype_name, shape, encoding, data = (entry.get(key) for key in ("dtype", "shape", "encoding", "data"))
    if not isinstance(dtype_name, str) or dtype_name not in DTYPES:
        raise SessionError(tr("{what} has an unknown number type {dtype}").format(what=what, dtype=describe(dtype_name)))
    if (
        not isinstance(shape, list)
        or len(shape) > 4
        or not all(isinstance(n, int) and not isinstance(n, bool) and n >= 0 for n in shape)
    ):
        raise SessionError(tr("{what} has no valid shape").format(what=what))
    dtype = np.dtype(dtype_name)
    if check is not None:
        check(dtype, tuple(shape))
    count = math.prod(shape)  # Python ints: no overflow however large the claim
    if count > MAX_ELEMENTS:
        raise SessionError(tr("{what} claims {count} values, more than convviz ever saves").format(what=what, count=describe(count)))
    nbytes = count * dtype.itemsize
    if budget is not None:
        budget.charge(nbytes, what)
    if encoding not in ("zlib", *_SCALES):
        raise SessionError(tr("{what} uses an unknown encoding {encoding}").format(what=what, encoding=describe(encoding)))
    if not isinstance(data, str):
        raise SessionError(tr("{what} has no data").format(what=what))
    if len(data) > _max_text(nbytes, shape):
        raise SessionError(tr("{what} holds far more data than its {shape} shape needs").format(
            what=what, shape=_shape_text(shape)))
    try:
        payload = base64.b64decode(data.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError, ValueError):
        raise SessionError(tr("{what}'s data is damaged (not valid base64)").format(what=what)) from None
    if encoding == "zlib":
        return _from_raw(payload, dtype, shape, count, what)
    return _from_png(payload, dtype, shape, encoding, what)


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
    raise TypeError(tr("{kind} cannot be saved in a session").format(kind=type(value).__name__))


def from_json_value(value: Any, budget: DecodeBudget | None = None) -> Any:
    """The inverse of `to_json_value`: tagged objects become arrays again (lists stay lists).

    Decodes every array it meets, within one `budget` for the whole value;
    reading a session does not use it (the view checks decode only the
    fields they know).
    """
    budget = budget if budget is not None else DecodeBudget()
    if isinstance(value, dict):
        if is_tagged_array(value):
            return decode_array(value[ARRAY_TAG], budget=budget)
        return {key: from_json_value(item, budget) for key, item in value.items()}
    if isinstance(value, list):
        return [from_json_value(item, budget) for item in value]
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


def _max_text(nbytes: int, shape: list[int]) -> int:
    """The longest base64 text an honest encoding of `nbytes` can need (zlib and PNG add little)."""
    rows = shape[-2] if len(shape) >= 2 else 1
    payload = nbytes + nbytes // 100 + rows + 4096
    return 4 * (payload // 3 + 1)


def _shape_text(shape: list[int]) -> str:
    return "×".join(str(n) for n in shape) or tr("scalar")


_PNG_MODES = {("png8", 2): "L", ("png8", 3): "RGB", ("png8", 4): "RGBA", ("png16", 2): "I;16"}


def _png_layout(shape: list[int], encoding: str) -> tuple[str, tuple[int, int]] | None:
    """The Pillow mode and (width, height) a PNG of this declared shape has, or None if none can."""
    if len(shape) == 2:
        mode = _PNG_MODES.get((encoding, 2))
        return None if mode is None else (mode, (shape[1], shape[0]))
    if len(shape) == 3:
        mode = _PNG_MODES.get((encoding, shape[0]))
        return None if mode is None else (mode, (shape[2], shape[1]))
    return None


def _from_png(payload: bytes, dtype: np.dtype, shape: list[int], encoding: str, what: str) -> np.ndarray:
    from PIL import Image, UnidentifiedImageError

    layout = _png_layout(shape, encoding)
    if layout is None:
        raise SessionError(tr("{what} claims a {shape} shape that no {encoding} picture has").format(
            what=what, shape=_shape_text(shape), encoding=encoding))
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(payload), formats=["PNG"]) as image:
                header = (image.mode, image.size)
                if header[0] in ("I;16B", "I;16L", "I") and layout[0] == "I;16":
                    header = ("I;16", image.size)
                if header != layout:
                    width, height = image.size
                    raise SessionError(
                        tr("{what} is a {width}×{height} {mode} picture, not the {shape} "
                           "its description says").format(
                            what=what, width=width, height=height, mode=image.mode, shape=_shape_text(shape))
                    )
                image.load()
                values = np.asarray(image)
    except SessionError:
        raise
    except Image.DecompressionBombError:
        raise SessionError(tr("{what} is a picture far too large to decode safely").format(what=what)) from None
    except (OSError, UnidentifiedImageError, SyntaxError, ValueError, EOFError) as exc:
        raise SessionError(tr("{what} is a damaged picture ({reason})").format(what=what, reason=exc)) from None
    if values.ndim == 3:
        values = np.moveaxis(values, -1, 0)
    if list(values.shape) != shape:
        raise SessionError(tr("{what} is {actual}, not the {shape} its description says").format(
            what=what, actual=values.shape, shape=tuple(shape)))
    if dtype.kind == "f":
        scaled = values.astype(dtype) / dtype.type(_SCALES[encoding])
        return np.ascontiguousarray(scaled, dtype=dtype)
    return np.ascontiguousarray(values, dtype=dtype)


def _from_raw(payload: bytes, dtype: np.dtype, shape: list[int], count: int, what: str) -> np.ndarray:
    expected = count * dtype.itemsize
    try:
        inflater = zlib.decompressobj()
        raw = inflater.decompress(payload, expected + 1)
    except zlib.error:
        raise SessionError(tr("{what}'s data is damaged (it does not decompress)").format(what=what)) from None
    if len(raw) != expected or not inflater.eof:
        raise SessionError(tr("{what}'s data is truncated or too long for its shape").format(what=what))
    little = np.frombuffer(raw, dtype=dtype.newbyteorder("<"), count=count)
    return little.astype(dtype).reshape(shape)
