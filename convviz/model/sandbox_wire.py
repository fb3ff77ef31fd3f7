"""Messages between the app and the own-model sandbox: a JSON header and raw arrays, never a pickle.

Each message is an 8-byte length, then the body: a 4-byte header length, the
JSON header (with the name, dtype, shape and place of every array), then the
arrays' bytes. Only plain numeric dtypes travel, so reading a message can
never build an object or run code, whichever side wrote it.
"""

from __future__ import annotations

import json
import math
import struct

import numpy as np

from convviz.i18n import tr

#: The dtypes that may travel.
DTYPES = frozenset({"float32", "float64", "int64", "uint8", "bool"})
#: The longest message either side accepts: a batch of 1000 pictures' layers fits many times over.
MAX_MESSAGE = 512 * 1024 * 1024


class WireError(ValueError):
    """A message that breaks the format (a damaged pipe or a misbehaving sandbox)."""


def pack(header: dict, arrays: dict[str, np.ndarray] | None = None) -> bytes:
    """One framed message: `header` (JSON-able) plus named numeric arrays."""
    blobs: list[bytes] = []
    table = []
    offset = 0
    for name, array in (arrays or {}).items():
        array = np.ascontiguousarray(array)
        if array.dtype.name not in DTYPES:
            raise WireError(tr("an array of {dtype} cannot be sent to or from the sandbox.").format(dtype=array.dtype))
        data = array.tobytes()
        table.append({"name": name, "dtype": array.dtype.name, "shape": list(array.shape), "offset": offset, "nbytes": len(data)})
        blobs.append(data)
        offset += len(data)
    head = json.dumps({**header, "arrays": table}).encode()
    body = struct.pack("<I", len(head)) + head + b"".join(blobs)
    return struct.pack("<Q", len(body)) + body


def unpack(body: bytes) -> tuple[dict, dict[str, np.ndarray]]:
    """(header, arrays) of one message body (without its length prefix); WireError if malformed."""
    if len(body) < 4:
        raise WireError(tr("a message from the sandbox is cut short."))
    (head_length,) = struct.unpack("<I", body[:4])
    if 4 + head_length > len(body):
        raise WireError(tr("a message from the sandbox is cut short."))
    try:
        header = json.loads(body[4 : 4 + head_length])
    except (ValueError, RecursionError) as error:
        raise WireError(tr("a message from the sandbox cannot be read ({error}).").format(error=error)) from error
    if not isinstance(header, dict) or not isinstance(header.get("arrays"), list):
        raise WireError(tr("a message from the sandbox has no table of arrays."))
    data = memoryview(body)[4 + head_length :]
    arrays: dict[str, np.ndarray] = {}
    for entry in header.pop("arrays"):
        try:
            name, dtype, shape = str(entry["name"]), np.dtype(entry["dtype"]), tuple(int(s) for s in entry["shape"])
            offset, nbytes = int(entry["offset"]), int(entry["nbytes"])
        except (KeyError, TypeError, ValueError) as error:
            raise WireError(tr("a message from the sandbox describes an array badly ({error}).").format(error=error)) from error
        if dtype.name not in DTYPES or min(shape, default=0) < 0 or offset < 0 or offset + nbytes > len(data):
            raise WireError(tr("a message from the sandbox describes an array outside it."))
        if math.prod(shape) * dtype.itemsize != nbytes:
            raise WireError(tr("a message from the sandbox gives an array a size that does not match its shape."))
        arrays[name] = np.frombuffer(data[offset : offset + nbytes], dtype=dtype).reshape(shape).copy()
    return header, arrays


def read_message(stream) -> bytes | None:
    """The next message body from a binary stream, or None at its end."""
    prefix = _read_exactly(stream, 8)
    if prefix is None:
        return None
    (length,) = struct.unpack("<Q", prefix)
    if length > MAX_MESSAGE:
        raise WireError(tr("a message of {length} bytes is longer than the sandbox accepts.").format(length=length))
    body = _read_exactly(stream, length)
    if body is None:
        raise WireError(tr("a message from the sandbox is cut short."))
    return body


def _read_exactly(stream, count: int) -> bytes | None:
    chunks = []
    while count:
        chunk = stream.read(count)
        if not chunk:
            return None
        chunks.append(chunk)
        count -= len(chunk)
    return b"".join(chunks)
