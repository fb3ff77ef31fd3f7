"""The class's own digits: a labelled collection, its file, merging, a held-out split, and how a network reads them.

Draw-a-digit demos are known for misreading real students' digits. A class
draws and labels its own digits (each drawing goes through the same
preprocessing as the LeNet view, `convviz.model.preprocess`, and is kept as
the 28×28 picture the network reads), saves them, and a teacher merges the
files of several machines into one collection to measure and fine-tune on.

The file (suffix `.classdigits`) is UTF-8 JSON, version 1:

    {"format": "convviz-class-digits", "version": 1, "app_version": "0.4.0",
     "count": 3, "labels": [7, 1, 3],
     "images": {"$array": {"dtype": "uint8", "shape": [3, 28, 28], "encoding": "zlib", "data": "<base64>"}}}

`labels[i]` is the digit (0–9) drawn in `images[i]`: white strokes on black,
uint8, MNIST's layout (digit in a 20×20 box, centre of mass at (14, 14)).
The array entry is the session files' "zlib" encoding (`convviz.session.arrays`):
the raw pixels, digit after digit and row after row, zlib-compressed, in
base64 (docs/class-digits.md reads them with numpy alone). Reading never trusts the file: its size, the
JSON's depth, every field, and the array's type, shape and unpacked size are
checked before anything is decoded; any refusal is a ValueError with a
sentence. A file of a newer version is refused, not half read. No Qt here.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from convviz import limits, safe_json
from convviz.i18n import tr, tr_noop
from convviz.limits import describe
from convviz.model.confusion import ConfusionResult, confusion_matrix
from convviz.model.preprocess import preprocess_drawing
from convviz.new_files import create_beside
from convviz.safe_files import read_regular_file
from convviz.session.arrays import DecodeBudget, decode_array
from convviz.session.errors import SessionError

FORMAT = "convviz-class-digits"
VERSION = 1
SUFFIX = ".classdigits"
FILE_FILTER = tr_noop("Class digits (*.classdigits);;All files (*)")
SIDE = limits.DIGIT_SIDE
CLASSES = 10
MAX_DIGITS = 50_000  # a class of 30 drawing 100 each, merged over many years, still fits
MAX_FILE_BYTES = 64 * 1024**2  # 50,000 digits take about 20 MB
HELD_OUT = 0.25  # share of each digit's drawings kept aside to measure fine-tuning on


def _read_only(array: np.ndarray) -> np.ndarray:
    array.setflags(write=False)
    return array


@dataclass(frozen=True, eq=False)
class ClassDigits:
    """Labelled 28×28 digits, immutable (every change returns a new collection, safe to hand to a worker)."""

    images: np.ndarray  # (N, 28, 28) uint8, white on black
    labels: np.ndarray  # (N,) int64, 0–9

    def __post_init__(self) -> None:
        images, labels = np.asarray(self.images), np.asarray(self.labels)
        if images.dtype != np.uint8 or images.ndim != 3 or images.shape[1:] != (SIDE, SIDE):
            raise ValueError(tr("class digits are 28×28 grey pictures (uint8), not {shape} {dtype}.").format(
                shape="×".join(map(str, images.shape)), dtype=images.dtype))
        if labels.ndim != 1 or len(labels) != len(images):
            raise ValueError(tr("there are {images} class digits but {labels} labels; they must match.").format(
                images=len(images), labels=labels.size))
        if not (np.issubdtype(labels.dtype, np.integer) or labels.size == 0):
            raise ValueError(tr("the labels of class digits must be whole numbers from 0 to 9."))
        if labels.size and (labels.min() < 0 or labels.max() >= CLASSES):
            raise ValueError(tr("the labels of class digits must be whole numbers from 0 to 9."))
        if len(images) > MAX_DIGITS:
            raise ValueError(tr("a collection holds at most {limit} class digits, not {count}.").format(
                limit=f"{MAX_DIGITS:,}", count=f"{len(images):,}"))
        object.__setattr__(self, "images", _read_only(np.array(images, dtype=np.uint8)))
        object.__setattr__(self, "labels", _read_only(np.array(labels, dtype=np.int64)))

    @classmethod
    def empty(cls) -> "ClassDigits":
        return cls(np.zeros((0, SIDE, SIDE), np.uint8), np.zeros(0, np.int64))

    def __len__(self) -> int:
        return len(self.labels)

    def counts(self) -> np.ndarray:
        """How many drawings of each digit 0–9."""
        return np.bincount(self.labels, minlength=CLASSES)

    def with_digit(self, image: np.ndarray, label: int) -> "ClassDigits":
        """This collection and one more labelled 28×28 digit."""
        label = limits.DIGIT_LABEL.check(label, "label")
        image = np.asarray(image)
        if image.shape != (SIDE, SIDE) or image.dtype != np.uint8:
            raise ValueError(tr("a class digit is a 28×28 uint8 picture, not {shape} {dtype}.").format(
                shape="×".join(map(str, image.shape)), dtype=image.dtype))
        return ClassDigits(np.concatenate([self.images, image[None]]), np.append(self.labels, label))

    def without(self, index: int) -> "ClassDigits":
        """This collection less the digit at `index` (a drawing labelled by mistake)."""
        if not 0 <= index < len(self):
            raise ValueError(tr("there is no class digit number {index}.").format(index=index))
        keep = np.arange(len(self)) != index
        return ClassDigits(self.images[keep], self.labels[keep])

    def merged(self, *others: "ClassDigits") -> tuple["ClassDigits", int]:
        """All digits of this and `others`, exact duplicates (same pixels, same label) kept once.

        Returns (collection, duplicates dropped). The first copy stays where it
        was, so merging a file into itself changes nothing.
        """
        images = np.concatenate([self.images, *(other.images for other in others)])
        labels = np.concatenate([self.labels, *(other.labels for other in others)])
        keys = [digit_key(image, label) for image, label in zip(images, labels)]
        seen: set[bytes] = set()
        keep = []
        for index, key in enumerate(keys):
            if key not in seen:
                seen.add(key)
                keep.append(index)
        if len(keep) > MAX_DIGITS:
            raise ValueError(tr("together these files hold {count} different digits; a collection holds at most "
                                "{limit}.").format(count=f"{len(keep):,}", limit=f"{MAX_DIGITS:,}"))
        keep_array = np.asarray(keep, dtype=np.int64)
        return ClassDigits(images[keep_array], labels[keep_array]), len(labels) - len(keep)

    def subset(self, indices: np.ndarray) -> "ClassDigits":
        indices = np.asarray(indices, dtype=np.int64)
        return ClassDigits(self.images[indices], self.labels[indices])


def digit_key(image: np.ndarray, label: int) -> bytes:
    """A digest of one labelled digit: equal for exact duplicates, independent of where they sit."""
    return hashlib.blake2b(bytes([int(label)]) + np.ascontiguousarray(image, np.uint8).tobytes(),
                           digest_size=16).digest()


def drawing_to_digit(picture: np.ndarray) -> np.ndarray:
    """A drawing (any size, as the canvas gives it) as the 28×28 uint8 digit the LeNet view would read.

    ValueError (a sentence) for a blank drawing.
    """
    centred = preprocess_drawing(picture)
    return np.clip(np.rint(centred * 255.0), 0, 255).astype(np.uint8)


# ---------------------------------------------------------------------------- the split
@dataclass(frozen=True)
class Split:
    """Positions of the digits to fine-tune on (`train`) and of those kept aside to measure on (`held_out`)."""

    train: np.ndarray
    held_out: np.ndarray


def split_held_out(digits: ClassDigits, fraction: float = HELD_OUT) -> Split:
    """Keep about `fraction` of each digit's drawings aside, chosen by their content alone.

    Each class's drawings are ordered by their digest (`digit_key`), and the
    first round(fraction·n) are held out (at least one when a class has two or
    more drawings, so every digit is measured). The split depends on the
    pictures only, not on their order or on which machine's file came first:
    merging the same files in any order holds out the same drawings.
    """
    if not 0.0 < fraction < 1.0:
        raise ValueError(tr("the held-out share must be above 0 and below 1, not {value}.").format(value=fraction))
    held: list[int] = []
    for digit in range(CLASSES):
        members = np.flatnonzero(digits.labels == digit)
        if len(members) < 2:
            continue  # a single drawing is more use to learn from
        order = sorted(members, key=lambda i: digit_key(digits.images[i], digit))
        take = max(1, round(fraction * len(members)))
        held.extend(int(i) for i in order[:take])
    held_out = np.asarray(sorted(held), dtype=np.int64)
    train = np.setdiff1d(np.arange(len(digits), dtype=np.int64), held_out)
    return Split(train=train, held_out=held_out)


# ---------------------------------------------------------------------------- reading by a network
def read_digits(model, digits: ClassDigits) -> ConfusionResult:
    """What `model` (a LeNet or a student's model) reads for every class digit: the confusion matrix."""
    return confusion_matrix(model, digits.images, digits.labels)


def misread(result: ConfusionResult) -> np.ndarray:
    """Positions of the digits read as another digit, in collection order."""
    return np.flatnonzero(result.predictions != result.labels)


# ---------------------------------------------------------------------------- the file
def digits_to_text(digits: ClassDigits) -> str:
    """The collection as the JSON text of a `.classdigits` file (see the module docstring)."""
    from convviz import __version__

    document = {
        "format": FORMAT,
        "version": VERSION,
        "app_version": __version__,
        "count": len(digits),
        "labels": [int(label) for label in digits.labels],
        "images": {"$array": _zlib_entry(digits.images)},
    }
    return json.dumps(document, separators=(",", ":"))


def _zlib_entry(images: np.ndarray) -> dict[str, Any]:
    """The images as the session files' "zlib" array entry: the raw bytes, row after row, zlib-compressed, base64.

    Always zlib (never the PNG encodings sessions may pick), so that any program
    reads the pixels with base64, zlib and the shape alone (see docs/class-digits.md).
    """
    images = np.ascontiguousarray(images, dtype=np.uint8)
    return {"dtype": "uint8", "shape": [int(n) for n in images.shape], "encoding": "zlib",
            "data": base64.b64encode(zlib.compress(images.tobytes(), 9)).decode("ascii")}


def write_digits(path: str | Path, digits: ClassDigits) -> int:
    """Write atomically (a temporary file beside, then replace): a crash never leaves half a file. Bytes written."""
    path = Path(path)
    data = digits_to_text(digits).encode("utf-8")
    handle, temporary = create_beside(path, ".tmp")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return len(data)


def read_digits_file(path: str | Path) -> ClassDigits:
    """The collection in a `.classdigits` file; ValueError with a sentence naming the file if it is not one."""
    what = tr("a class digits file")
    data = read_regular_file(path, what, MAX_FILE_BYTES)
    try:
        return digits_from_bytes(data)
    except ValueError as error:
        raise ValueError(tr("{name}: {reason}").format(name=Path(path).name, reason=error)) from None


def digits_from_bytes(data: bytes) -> ClassDigits:
    """The collection in the bytes of a `.classdigits` file; every part checked before it is decoded."""
    if len(data) > MAX_FILE_BYTES:
        raise ValueError(tr("it is larger than a class digits file can be ({limit} MB).").format(
            limit=MAX_FILE_BYTES // 1024**2))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise ValueError(tr("it is not a class digits file (not text).")) from None
    try:
        document = safe_json.loads(text)
    except json.JSONDecodeError as error:
        raise ValueError(tr("it is not a class digits file (broken JSON at line {line}, column {column}).").format(
            line=error.lineno, column=error.colno)) from None
    return _document_digits(document)


def _document_digits(document: Any) -> ClassDigits:
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise ValueError(tr("it is not a class digits file (it does not say \"{format}\").").format(format=FORMAT))
    version = document.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ValueError(tr("its version is {value}, not a version number.").format(value=describe(version)))
    if version > VERSION:
        raise ValueError(tr("it was saved by a newer convviz (format version {version}); this one reads version "
                            "{known}. Update convviz to open it.").format(version=version, known=VERSION))
    count = document.get("count")
    if not isinstance(count, int) or isinstance(count, bool) or not 0 <= count <= MAX_DIGITS:
        raise ValueError(tr("its \"count\" must be a whole number from 0 to {limit}, not {value}.").format(
            limit=f"{MAX_DIGITS:,}", value=describe(count)))
    labels = document.get("labels")
    if not isinstance(labels, list) or len(labels) != count:
        raise ValueError(tr("its \"labels\" must be a list of {count} digits.").format(count=count))
    for position, label in enumerate(labels):
        if type(label) is not int or not 0 <= label < CLASSES:
            raise ValueError(tr("label number {position} is {value}, not a digit from 0 to 9.").format(
                position=position + 1, value=describe(label)))
    entry = document.get("images")
    if not (isinstance(entry, dict) and len(entry) == 1 and "$array" in entry):
        raise ValueError(tr("it holds no \"images\" array."))

    def check(dtype: np.dtype, shape: tuple[int, ...]) -> None:
        if dtype != np.uint8 or shape != (count, SIDE, SIDE):
            raise ValueError(tr("its images are {shape} {dtype}; {count} digits need {count}×28×28 uint8.").format(
                shape="×".join(map(str, shape)), dtype=dtype, count=count))

    try:
        images = decode_array(entry["$array"], what=tr("its images"), check=check,
                              budget=DecodeBudget(MAX_DIGITS * SIDE * SIDE))
    except SessionError as error:
        raise ValueError(str(error) if str(error).endswith(".") else f"{error}.") from None
    return ClassDigits(images, np.asarray(labels, dtype=np.int64))
