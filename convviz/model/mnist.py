"""Read MNIST's IDX files (gzip or raw), checking magic numbers, dimensions and sizes."""

from __future__ import annotations

import gzip
from pathlib import Path

import numpy as np

from convviz.i18n import tr
from convviz.resources import resource_path

IMAGES_MAGIC = 2051  # unsigned bytes, 3 dimensions: count, rows, cols
LABELS_MAGIC = 2049  # unsigned bytes, 1 dimension: count

#: split name -> (images file, labels file) shipped in resources/mnist/
SPLITS: dict[str, tuple[str, str]] = {
    "test": ("t10k-images-idx3-ubyte.gz", "t10k-labels-idx1-ubyte.gz"),
    "train10k": ("train10k-images-idx3-ubyte.gz", "train10k-labels-idx1-ubyte.gz"),
}


def _read_bytes(path: Path) -> bytes:
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise ValueError(tr("cannot read the IDX file {path}: {reason}.").format(
            path=path, reason=error.strerror or error)) from error
    if raw[:2] == b"\x1f\x8b":  # gzip signature
        try:
            return gzip.decompress(raw)
        except (OSError, EOFError) as error:
            raise ValueError(tr("{name} looks gzipped but is damaged ({error}).").format(name=path.name, error=error)) from error
    return raw


def read_idx(path: str | Path) -> np.ndarray:
    """The uint8 array stored in an MNIST IDX file (images (N, rows, cols) or labels (N,))."""
    path = Path(path)
    data = _read_bytes(path)
    if len(data) < 8:
        raise ValueError(tr("{name} is too short to be an IDX file ({count} bytes).").format(name=path.name, count=len(data)))
    magic = int.from_bytes(data[0:4], "big")
    if magic not in (IMAGES_MAGIC, LABELS_MAGIC):
        raise ValueError(
            tr(
                "{name} is not an MNIST IDX file: its magic number is {magic}, expected {images_magic} "
                "(images) or {labels_magic} (labels)."
            ).format(name=path.name, magic=magic, images_magic=IMAGES_MAGIC, labels_magic=LABELS_MAGIC)
        )
    ndim = 3 if magic == IMAGES_MAGIC else 1
    header = 4 + 4 * ndim
    if len(data) < header:
        raise ValueError(tr("{name} ends inside its header.").format(name=path.name))
    dims = tuple(int.from_bytes(data[4 + 4 * i : 8 + 4 * i], "big") for i in range(ndim))
    if ndim == 3 and (dims[1] < 1 or dims[2] < 1):
        raise ValueError(tr("{name} declares images of {height}×{width} pixels.").format(
            name=path.name, height=dims[1], width=dims[2]))
    expected = int(np.prod(dims, dtype=np.int64))
    actual = len(data) - header
    if actual != expected:
        raise ValueError(
            tr(
                "{name} declares {dims} = {expected} values but holds {actual}: the file is truncated or "
                "damaged."
            ).format(name=path.name, dims="×".join(map(str, dims)), expected=expected, actual=actual)
        )
    return np.frombuffer(data, dtype=np.uint8, offset=header).reshape(dims).copy()


def read_split(images_path: str | Path, labels_path: str | Path) -> tuple[np.ndarray, np.ndarray]:
    """Images (N, 28, 28) uint8 and labels (N,) uint8 from two IDX files that belong together."""
    images, labels = read_idx(images_path), read_idx(labels_path)
    if images.ndim != 3:
        raise ValueError(tr("{name} holds labels, not images.").format(name=Path(images_path).name))
    if labels.ndim != 1:
        raise ValueError(tr("{name} holds images, not labels.").format(name=Path(labels_path).name))
    if len(images) != len(labels):
        raise ValueError(tr("{images} images but {labels} labels: the files do not belong together.").format(
            images=len(images), labels=len(labels)))
    if labels.size and labels.max() > 9:
        raise ValueError(tr("{name} holds label {label}; digits go from 0 to 9.").format(
            name=Path(labels_path).name, label=labels.max()))
    return images, labels


def load_mnist(split: str = "test") -> tuple[np.ndarray, np.ndarray]:
    """The shipped MNIST `split` ("test": official t10k, "train10k": 10,000 training digits)."""
    if split not in SPLITS:
        raise ValueError(tr("unknown MNIST split {split!r}; choose one of {names}.").format(split=split, names=", ".join(SPLITS)))
    images_name, labels_name = SPLITS[split]
    return read_split(resource_path("mnist", images_name), resource_path("mnist", labels_name))
