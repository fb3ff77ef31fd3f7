"""The pictures a student can pick without a file: photos, MNIST digits, patterns.

A Qt-free catalogue (the menus list it, the views load from it). Listing the
catalogue imports nothing heavy, so the main window can build its
"Open sample" menu before the first paint; numpy and the image loader are
imported only when a sample is loaded.

Every picture comes back as float32 in [0, 1]: `(H, W)` for grey pictures and
`(3, H, W)` for colour ones (see `load_picture`).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Callable, NamedTuple

from convviz.i18n import tr, tr_noop

if TYPE_CHECKING:  # numpy loads only when a picture is made
    import numpy as np

PHOTOS = tr_noop("Photos")
DIGITS = tr_noop("MNIST digits")
PATTERNS = tr_noop("Patterns")
SAMPLE_GROUPS: tuple[str, ...] = (PHOTOS, DIGITS, PATTERNS)


class Sample(NamedTuple):
    """One entry of the catalogue; `name` is the word used in code and settings.

    (A named tuple: the main window lists the catalogue before its first paint, where a dataclass costs more.)
    """

    name: str
    label: str
    group: str
    description: str
    digit: int | None = None  # an MNIST sample's class: its label and description are written with it

    def shown_label(self) -> str:
        """The label in the interface language (`label` stays English: sessions and logs use it)."""
        if self.digit is not None:
            return tr("Handwritten {digit} (MNIST)").format(digit=self.digit)
        return tr(self.label)

    def shown_description(self) -> str:
        if self.digit is not None:
            return tr("A handwritten {digit} from the MNIST test set, the size LeNet reads.").format(digit=self.digit)
        return tr(self.description)


def _photo(name: str, label: str, description: str) -> Sample:
    return Sample(name, label, PHOTOS, description)


_PHOTO_FILES: dict[str, str] = {
    "camera": "camera.png",
    "brick": "brick.png",
    "coins": "coins.png",
    "text": "text.png",
    "astronaut": "astronaut.png",
    "coffee": "coffee.png",
    "chelsea": "chelsea.png",
    "rocket": "rocket.jpg",
    "horse": "horse.png",
}

# The MNIST test-set digits we offer: (class, which occurrence of that class).
_DIGITS: tuple[int, ...] = (0, 1, 3, 4, 7, 8)

_SAMPLE_LIST: tuple[Sample, ...] = (
    _photo("camera", tr_noop("Camera man (grey)"), tr_noop("Strong edges and flat sky: the classic edge-detector test.")),
    _photo("brick", tr_noop("Brick wall (grey)"), tr_noop("Horizontal and vertical mortar lines for line detectors.")),
    _photo("coins", tr_noop("Coins (grey)"), tr_noop("Round blobs on a flat background: try blurs and the Laplacian.")),
    _photo("text", tr_noop("Text (grey)"), tr_noop("Thin strokes: line detectors and sharpening.")),
    _photo("astronaut", tr_noop("Astronaut (colour)"), tr_noop("A colour portrait: three channels, one kernel per channel.")),
    _photo("coffee", tr_noop("Coffee (colour)"), tr_noop("Warm colours: compare the red, green and blue results.")),
    _photo("chelsea", tr_noop("Chelsea the cat (colour)"), tr_noop("Fur texture and whiskers.")),
    _photo("rocket", tr_noop("Rocket launch (colour)"), tr_noop("Sky, smoke and a bright plume.")),
    _photo("horse", tr_noop("Horse silhouette (grey)"), tr_noop("A solid shape: outlines appear with edge kernels.")),
    *(
        Sample(f"mnist-{d}", f"Handwritten {d} (MNIST)", DIGITS,
               f"A handwritten {d} from the MNIST test set, the size LeNet reads.", digit=d)
        for d in _DIGITS
    ),
    Sample("impulse", tr_noop("Single bright pixel"), PATTERNS,
           tr_noop("Convolving one bright pixel draws the kernel itself: flipped unless flip is on.")),
    Sample("step-edge", tr_noop("Step edge"), PATTERNS,
           tr_noop("Dark left half, bright right half: vertical edge detectors answer on the border only.")),
    Sample("checkerboard", tr_noop("Checkerboard"), PATTERNS,
           tr_noop("Squares of 8 pixels: both edge directions and corners.")),
    Sample("lines", tr_noop("Lines at angles"), PATTERNS,
           tr_noop("Four quadrants of thin lines at 0°, 45°, 90° and 135°: each line detector lights one.")),
    Sample("gradient", tr_noop("Smooth ramp"), PATTERNS,
           tr_noop("Brightness rising left to right: edge kernels give a constant answer.")),
)

SAMPLES: dict[str, Sample] = {s.name: s for s in _SAMPLE_LIST}


def samples_in_group(group: str) -> list[Sample]:
    """The catalogue entries of one menu group, in menu order."""
    return [s for s in _SAMPLE_LIST if s.group == group]


def load_sample(name: str) -> "np.ndarray":
    """The picture of sample `name`: (H, W) grey or (3, H, W) colour, float32 in [0, 1]."""
    if name not in SAMPLES:
        known = ", ".join(SAMPLES)
        raise ValueError(tr("There is no sample called {name}; the samples are: {known}.").format(
            name=repr(name), known=known))
    if name in _PHOTO_FILES:
        from convviz.resources import resource_path

        return load_picture(resource_path("samples", _PHOTO_FILES[name]))
    if name.startswith("mnist-"):
        return mnist_digit(int(name.split("-", 1)[1]))
    return _PATTERN_MAKERS[name]()


def load_picture(path: str | Path) -> "np.ndarray":
    """Load any picture file: grey pictures as (H, W), colour ones as (3, H, W).

    A colour file whose three channels are identical (a grey photo saved as
    RGB) comes back grey, so the views do not show three equal channels.
    Raises ValueError (or FileNotFoundError) with a sentence for the student.
    """
    import numpy as np

    from convviz.core import load_image

    if _stored_grey(path):  # decode one channel, not three (a third of the work and memory)
        return np.asarray(load_image(path, mode="gray"), dtype=np.float32)
    rgb = np.asarray(load_image(path, mode="rgb"), dtype=np.float32)
    if rgb.ndim == 2:
        return rgb
    if np.array_equal(rgb[0], rgb[1]) and np.array_equal(rgb[1], rgb[2]):
        return np.ascontiguousarray(rgb[0])
    return rgb


GREY_MODES = frozenset({"1", "L", "LA", "La", "I", "I;16", "I;16B", "I;16L", "I;16N", "F"})


def _stored_grey(path: str | Path) -> bool:
    """True when the file says it holds a grey picture (reads the header only).

    Opened through the core's checked opener: a pipe, a device or a file in a
    format convviz does not read is never opened by Pillow here either.
    """
    from convviz.core.images import open_picture

    try:
        with open_picture(path) as (picture, _name):
            return picture.mode in GREY_MODES
    except (ValueError, OSError):  # load_image gives the student the reason
        return False


def data_licences() -> str:
    """The licence notes of every shipped data set, for the About box."""
    from convviz.resources import resource_path

    parts = []
    for folder in ("samples", "mnist"):
        try:
            parts.append(resource_path(folder, "README.md").read_text(encoding="utf-8"))
        except (ValueError, OSError) as exc:
            parts.append(f"({folder}: {exc})")
    return "\n\n".join(parts)


# --- MNIST digits ---------------------------------------------------------------

def mnist_digit(label: int, occurrence: int = 0) -> "np.ndarray":
    """The `occurrence`-th digit of class `label` in the MNIST test set, 28×28 in [0, 1]."""
    import gzip
    import struct

    import numpy as np

    from convviz.resources import resource_path

    if not 0 <= label <= 9:
        raise ValueError(tr("An MNIST digit is 0 to 9, not {label}.").format(label=label))
    with gzip.open(resource_path("mnist", "t10k-labels-idx1-ubyte.gz"), "rb") as f:
        magic, count = struct.unpack(">II", f.read(8))
        labels = np.frombuffer(f.read(min(count, 2000)), dtype=np.uint8)
    if magic != 2049:
        raise ValueError(tr("The shipped MNIST label file is damaged (wrong magic number)."))
    (hits,) = np.nonzero(labels == label)
    if occurrence >= len(hits):
        raise ValueError(tr("Only {count} examples of the digit {label} are offered.").format(count=len(hits), label=label))
    index = int(hits[occurrence])
    with gzip.open(resource_path("mnist", "t10k-images-idx3-ubyte.gz"), "rb") as f:
        magic, _count, rows, cols = struct.unpack(">IIII", f.read(16))
        if magic != 2051:
            raise ValueError(tr("The shipped MNIST image file is damaged (wrong magic number)."))
        f.seek(16 + index * rows * cols)
        pixels = np.frombuffer(f.read(rows * cols), dtype=np.uint8)
    return (pixels.reshape(rows, cols) / np.float32(255.0)).astype(np.float32)


# --- synthetic patterns ---------------------------------------------------------

def impulse(size: int = 15) -> "np.ndarray":
    """A black square with one white pixel in the middle: its convolution is the kernel."""
    import numpy as np

    picture = np.zeros((size, size), dtype=np.float32)
    picture[size // 2, size // 2] = 1.0
    return picture


def step_edge(size: int = 64) -> "np.ndarray":
    """Left half dark (0.1), right half bright (0.9)."""
    import numpy as np

    picture = np.full((size, size), 0.1, dtype=np.float32)
    picture[:, size // 2:] = 0.9
    return picture


def checkerboard(size: int = 64, square: int = 8) -> "np.ndarray":
    """Black and white squares of `square` pixels."""
    import numpy as np

    rows, cols = np.indices((size, size))
    return (((rows // square) + (cols // square)) % 2).astype(np.float32)


def lines_at_angles(size: int = 128, spacing: int = 8) -> "np.ndarray":
    """Four quadrants of one-pixel lines at 0°, 45°, 90° and 135° (clockwise from top left)."""
    import numpy as np

    half = size // 2
    rows, cols = np.indices((half, half))
    horizontal = rows % spacing == spacing // 2
    vertical = cols % spacing == spacing // 2
    diagonal_45 = (rows + cols) % spacing == 0  # rising to the right on screen
    diagonal_135 = (rows - cols) % spacing == 0  # falling to the right on screen
    picture = np.zeros((size, size), dtype=np.float32)
    picture[:half, :half] = horizontal
    picture[:half, half:] = diagonal_45
    picture[half:, half:] = vertical
    picture[half:, :half] = diagonal_135
    return picture


def gradient(size: int = 64) -> "np.ndarray":
    """Brightness rising evenly from 0 on the left to 1 on the right."""
    import numpy as np

    ramp = np.linspace(0.0, 1.0, size, dtype=np.float32)
    return np.tile(ramp, (size, 1))


_PATTERN_MAKERS: dict[str, Callable[[], "np.ndarray"]] = {
    "impulse": impulse,
    "step-edge": step_edge,
    "checkerboard": checkerboard,
    "lines": lines_at_angles,
    "gradient": gradient,
}
