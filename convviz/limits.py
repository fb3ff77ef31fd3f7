"""Every range a view can show, in one place: sessions, lessons and the state models check against it.

A value outside these ranges would reach a spin box that cannot hold it, a
step list built on the GUI thread, or an allocation of gigabytes; a file or a
lesson carrying one is refused with a sentence naming the field, before
anything is computed. The numbers follow the widgets (the convolution view's
spin boxes, the Steps view's panel, the LeNet pen slider), so a setting the
app can make is always one it can read back. No imports beyond the standard
library and `convviz.i18n` (its sentences are translated), so every Qt-free
package can share it.

    from convviz import limits
    stride = limits.CONV_STRIDE.check(value, "stride")   # the int, or ValueError naming "stride"
    5 in limits.KERNEL_SIDE                              # True
"""

from __future__ import annotations

import math
import numbers
from dataclasses import dataclass
from typing import Any

from convviz.i18n import tr


@dataclass(frozen=True)
class Limit:
    """A closed range [low, high] one setting may take: whole numbers, or (whole=False) finite reals."""

    low: int | float
    high: int | float
    whole: bool = True

    def __contains__(self, value: Any) -> bool:
        try:
            self.check(value, "value")
        except ValueError:
            return False
        return True

    def check(self, value: Any, field: str) -> int | float:
        """`value` as int (or float), or ValueError saying that `field` must lie in this range."""
        kind = type(value)
        if (kind is int or (kind is float and not self.whole)) and self.low <= value <= self.high:
            return value if kind is float or self.whole else float(value)  # the common case, fast
        if self.whole:
            if isinstance(value, bool) or not isinstance(value, numbers.Integral):
                raise ValueError(tr('"{field}" must be a whole number from {range}, not {value}').format(
                    field=field, range=self.text(), value=describe(value)))
            value = int(value)
        else:
            if isinstance(value, bool) or not isinstance(value, numbers.Real) or not math.isfinite(value):
                raise ValueError(tr('"{field}" must be a number from {range}, not {value}').format(
                    field=field, range=self.text(), value=describe(value)))
            value = float(value)
        if not self.low <= value <= self.high:
            raise ValueError(tr('"{field}" must be from {range}, not {value}').format(
                field=field, range=self.text(), value=describe(value)))
        return value

    def text(self) -> str:
        return tr("{low} to {high}").format(low=_number(self.low), high=_number(self.high))


def describe(value: Any) -> str:
    """A short, safe description of any value for a sentence (huge numbers by their digit count)."""
    if isinstance(value, bool):
        return "true" if value else "false"  # JSON's own words, as a file spells them: not translated
    if isinstance(value, numbers.Integral) and abs(int(value)).bit_length() > 100:  # past 30 digits
        digits = int(abs(int(value)).bit_length() * math.log10(2)) + 1
        return tr("a whole number of about {digits:,} digits").format(digits=digits)
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, numbers.Integral):
        return f"{int(value):,}" if abs(int(value)) >= 10_000 else str(int(value))
    if value is None:
        return "null"  # JSON's own word
    if isinstance(value, str):
        return tr("the text {text}").format(text=repr(value[:40]) + ("…" if len(value) > 40 else ""))
    if isinstance(value, (list, tuple)):
        return tr("a list of {count:,} item(s)").format(count=len(value))
    if isinstance(value, dict):
        return tr("an object")
    return getattr(value, "description", None) or type(value).__name__


def _number(value: int | float) -> str:
    if isinstance(value, int) or float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:g}"


# --------------------------------------------------------------------------- the convolution view
KERNEL_SIDE = Limit(1, 11)  # the kernel editor's rows and columns: 1 to 11, as the decks list
CONV_STRIDE = Limit(1, 16)  # each of (rows, columns)
CONV_PADDING = Limit(0, 32)
CONV_DILATION = Limit(1, 8)
POOL_SIZE = Limit(1, 8)
POOL_STRIDE = Limit(1, 8)
EDIT_CHANNEL = Limit(0, 2)  # red, green, blue
CONV_GROUPS = Limit(1, 3)  # the convolution view's groups over three colour channels (2 is refused as no output)
LEAKY_SLOPE = Limit(0.0, 1.0, whole=False)
ELU_ALPHA = Limit(0.05, 5.0, whole=False)
KERNEL_VALUE = Limit(-1e6, 1e6, whole=False)  # one kernel cell
PICTURE_SIDE = Limit(1, 4096)  # load_image's max_side: every picture the app holds fits
PINNED = Limit(0, PICTURE_SIDE.high + 2 * CONV_PADDING.high - 1)  # an output pixel's row or column

# --------------------------------------------------------------------------- the Steps view
STEPS_MATRIX_SIDE = Limit(1, 16)  # input rows and columns (readable on a projector)
STEPS_KERNEL_SIDE = Limit(1, 7)
STEPS_STRIDE = Limit(1, 16)
STEPS_PADDING = Limit(0, 7)
STEPS_DILATION = Limit(1, 7)
STEPS_POOL_SIZE = Limit(1, 7)
STEPS_CHANNELS = Limit(1, 4)  # input channels: RGB(A), each its own small grid side by side
STEPS_FILTERS = Limit(1, 8)  # filters in a bank
STEPS_FILTER = Limit(0, STEPS_FILTERS.high - 1)  # which filter of a bank is stepped
STEPS_STEP = Limit(0, (STEPS_MATRIX_SIDE.high + 2 * STEPS_PADDING.high) ** 2 - 1)  # one step per output cell

# --------------------------------------------------------------------------- drawing canvases and LeNet
CANVAS_SIDE = Limit(1, 1024)  # the canvases are 96 and 280 pixels square
STROKES = Limit(0, 5_000)  # strokes kept on one canvas
STROKE_POINTS = Limit(0, 250_000)  # points of all strokes of one canvas together (replayed on restore)
STROKE_WIDTH = Limit(1.0, 48.0, whole=False)  # canvas pixels
STROKE_COORDINATE = Limit(-16_384.0, 16_384.0, whole=False)  # a drag may leave the canvas, not the screen
PEN_WIDTH = Limit(6.0, 48.0, whole=False)  # the LeNet pen slider
LENET_FILTER_SIDE = Limit(1, 9)
LENET_INDEX = Limit(0, 255)  # a filter or input channel of LeNet (6 and 16 filters)
LENET_EDITS = Limit(0, 4_096)  # edited filter slices per layer
DIGIT_LABEL = Limit(0, 9)
DIGIT_SIDE = 28

# --------------------------------------------------------------------------- lessons
LESSON_NUMBER = Limit(1, 9_999)
LESSON_FILTERS = Limit(0, 16)  # kernels in one lesson (one button each)
LESSON_FILTER_INDEX = Limit(0, LESSON_FILTERS.high - 1)
TABLE_NUMBER = Limit(0, 10**12)  # shapes, sizes and totals of a parameter table
TABLE_LAYERS = Limit(1, 64)

# --------------------------------------------------------------------------- the training panel's controls
TRAIN_EPOCHS = Limit(1, 200)
TRAIN_BATCH = Limit(8, 2048)
TRAIN_LEARNING_RATE = Limit(0.0001, 0.1, whole=False)
TRAIN_DROPOUT = Limit(0.0, 0.9, whole=False)
TRAIN_DIGITS = Limit(1, 10_000)  # training digits one epoch goes through

# --------------------------------------------------------------------------- files and text
NAME_CHARS = 1_000  # a picture's or an input's name (a file name is at most 255)
PATH_CHARS = 4_096  # a lesson file's path
WORD_CHARS = 100  # a view, preset, activation or version name
VIEWS = Limit(0, 32)  # view entries in one session
JSON_DEPTH = 64  # nesting of lists and objects in a session or lesson file
JSON_INTEGER_DIGITS = 30  # longer integers are refused before Python converts them
SESSION_FILE_BYTES = 256 * 1024**2  # a 4096² noisy grey picture (float) takes ~90 MB of base64
SESSION_DECODED_BYTES = 512 * 1024**2  # all arrays of one session, unpacked
LESSON_FILE_BYTES = 1024**2  # lessons are a few kB; inline matrices hold at most 4096 cells
PICTURE_FILE_BYTES = 1024**3
