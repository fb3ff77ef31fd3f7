"""The one colour table of convviz: which scale a map gets, its colours, and its colour-bar ends.

The on-screen maps (pyqtgraph, in `convviz.app.widgets.map_colors`), the matrix
cells and the exporters all read their colours and levels from here, so a map
looks the same in a view, in a Steps grid and in an exported file.

- "diverging": Paul Tol's colour-blind-safe blue–white–orange, centred on zero,
  for values that can be negative (convolution outputs, weights, products, logits);
- "sequential": viridis, for values that cannot be negative (after ReLU or a
  sigmoid, pooling of those, probabilities);
- "grey": pictures.

The scale follows the *kind* of quantity (`scale_for`, `activation_scale`,
`pooling_scale`), never the values one picture happens to hold: a convolution
output stays blue–white–orange even when every value of this picture is ≥ 0,
so the same colour always means the same thing. Numbers or a colour bar with
numbers always go with the colours (never colour alone).
"""

from __future__ import annotations

import importlib.util
import math
from collections.abc import Iterator, Sequence
from functools import cache, lru_cache
from pathlib import Path
from typing import NamedTuple

import numpy as np

from convviz.i18n import tr, tr_noop

SCALES = ("diverging", "sequential", "grey")

NEGATIVE_HEX = "#4477AA"  # Tol blue
ZERO_HEX = "#F7F7F7"
POSITIVE_HEX = "#EE7733"  # Tol orange
DIVERGING_ANCHORS = [(0x44, 0x77, 0xAA), (0xF7, 0xF7, 0xF7), (0xEE, 0x77, 0x33)]
GREY_ANCHORS = [(0, 0, 0), (255, 255, 255)]
NAN_COLOUR = (128, 128, 128)

PANEL_BACKGROUND = "#1f2026"  # dark around the maps so white and yellow pop on a projector
PANEL_FOREGROUND = "#d8d8de"
SELECTION_COLOR = "#E69F00"  # Okabe–Ito orange: boxes and marks drawn on pictures
TILE_SELECTION_COLOR = "#FFFFFF"  # the map being inspected: white stands out from both colour maps

NICE_STEPS = (1.0, 1.5, 2.0, 3.0, 5.0, 7.5, 10.0)


def viridis_positions() -> np.ndarray:
    """Viridis as (N, 3) floats 0..1, read from the table pyqtgraph ships (CC0) without importing it."""
    spec = importlib.util.find_spec("pyqtgraph")
    if spec is None or spec.origin is None:
        raise ValueError(tr("the sequential colour map needs pyqtgraph's viridis table; reinstall convviz"))
    table = Path(spec.origin).parent / "colors" / "maps" / "viridis.csv"
    return np.loadtxt(table, delimiter=",", comments=";")


def _interpolate(anchors) -> np.ndarray:
    anchors = np.asarray(anchors, dtype=float)
    positions = np.linspace(0.0, 1.0, len(anchors))
    t = np.linspace(0.0, 1.0, 256)
    return np.rint(np.stack([np.interp(t, positions, anchors[:, k]) for k in range(3)], axis=1)).astype(np.uint8)


@lru_cache(maxsize=None)
def lookup_table(scale: str) -> np.ndarray:
    """(256, 3) uint8 colours of `scale`, low values first."""
    if scale == "diverging":
        table = _interpolate(DIVERGING_ANCHORS)
    elif scale == "sequential":
        table = _interpolate(viridis_positions() * 255.0)
    elif scale == "grey":
        table = _interpolate(GREY_ANCHORS)
    else:
        raise ValueError(tr("unknown colour scale {name}; use one of {known}.").format(name=repr(scale), known=", ".join(SCALES)))
    table.flags.writeable = False
    return table


#: The colour scale of each kind of quantity the app shows: what the data CAN be decides it.
QUANTITY_SCALES: dict[str, str] = {
    "picture": "grey",  # a photo or drawing, 0 = black
    "numbers": "diverging",  # a matrix a person types or a lesson gives: any sign
    "weights": "diverging",  # kernels, filters, fully connected weights
    "products": "diverging",  # input × weight, one per kernel cell
    "convolution": "diverging",  # a sum of products: any sign, whatever this picture gives
    "logits": "diverging",
    "probabilities": "sequential",
    "relevance": "diverging",
}
#: Activations whose output can never be negative; every other one keeps the sign.
NON_NEGATIVE_ACTIVATIONS = frozenset({"relu", "sigmoid", "softmax"})

#: The legend in words, for the Guide, tooltips and the views' captions.
SCALE_MEANINGS: dict[str, str] = {
    "diverging": tr_noop("blue negative · white zero · orange positive"),
    "sequential": tr_noop("cannot be negative: dark purple low → yellow high"),
    "grey": tr_noop("black low → white high"),
}


def scale_for(quantity: str) -> str:
    """The colour scale of a kind of quantity ("convolution", "weights", "probabilities", ...)."""
    try:
        return QUANTITY_SCALES[quantity]
    except KeyError:
        raise ValueError(tr("unknown kind of quantity {name}; use one of {known}.").format(
            name=repr(quantity), known=", ".join(QUANTITY_SCALES))) from None


def activation_scale(name: str, before: str = "diverging") -> str:
    """The scale after an activation: ReLU, sigmoid and softmax give non-negative values, "none" keeps `before`."""
    key = name.strip().lower().replace("-", "_").replace(" ", "_") if isinstance(name, str) else ""
    if key in NON_NEGATIVE_ACTIVATIONS:
        return "sequential"
    if key in ("none", "identity", "linear"):
        return before
    return "diverging"  # leaky ReLU, tanh, ELU, maxout of signed pieces: negative values stay possible


def pooling_scale(before: str) -> str:
    """Max or average pooling keeps the kind of what it pools (of ReLU: non-negative; of a convolution: signed)."""
    if before not in SCALES:
        raise ValueError(tr("unknown colour scale {name}; use one of {known}.").format(name=repr(before), known=", ".join(SCALES)))
    return before


def sliding_output_scale(mode: str, pooled: str = "numbers") -> str:
    """The scale of a sliding window's output: a convolution's is signed; pooling keeps the kind of `pooled`.

    The Steps grids and the exported animation frames both ask here.
    """
    if mode == "conv":
        return scale_for("convolution")
    return pooling_scale(scale_for(pooled))


def is_signed(scale: str) -> bool:
    return scale == "diverging"


def choose_scale(values: np.ndarray) -> str:
    """"diverging" when the map holds negative values, else "sequential" (scripts' "auto"; the views use `scale_for`)."""
    finite = values[np.isfinite(values)]
    return "diverging" if finite.size and float(finite.min()) < 0 else "sequential"


def nice_bound(value: float) -> float:
    """The smallest of 1, 1.5, 2, 3, 5, 7.5 × 10^k at or above `value` (> 0).

    Colour scales snap to these, so while a person draws the colour bars stay
    put (readable, and their tick labels need not be laid out again each frame);
    a map is at most 1.5× dimmer than an exact fit.
    """
    if not np.isfinite(value) or value <= 0:
        return 1.0
    exponent = 10.0 ** np.floor(np.log10(value))
    for step in NICE_STEPS:
        if step * exponent >= value * (1 - 1e-9):
            return float(step * exponent)
    return float(10.0 * exponent)


def levels_for(scale: str, values: np.ndarray) -> tuple[float, float]:
    """Display range of an array: ±a nice bound for signed data, 0 to a nice bound otherwise.

    A flat map (all zeros) still gets a non-empty range, so it shows as one
    flat colour instead of noise.
    """
    finite = values[np.isfinite(values)] if values.size else values
    if finite.size == 0:
        return (-1.0, 1.0) if scale == "diverging" else (0.0, 1.0)
    if scale == "diverging":
        bound = nice_bound(float(np.abs(finite).max()))
        return (-bound, bound)
    if scale == "grey":
        low, high = float(finite.min()), float(finite.max())
        return (low, high) if high > low else (low, low + 1.0)
    low = float(finite.min())
    if low >= 0:
        return (0.0, nice_bound(float(finite.max())))
    bound = nice_bound(max(float(finite.max()), -low))  # negative values in a "sequential" map
    return (-bound, bound)


def ink_for(rgb) -> tuple[int, int, int]:
    """Near-black on light colours, white on dark ones (WCAG relative luminance): numbers stay readable on any cell."""
    channels = np.asarray(rgb, dtype=float) / 255.0
    linear = np.where(channels <= 0.03928, channels / 12.92, ((channels + 0.055) / 1.055) ** 2.4)
    luminance = 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    return (17, 17, 17) if luminance > 0.22 else (255, 255, 255)


def colourise(values: np.ndarray, scale: str, levels: tuple[float, float]) -> np.ndarray:
    """(H, W) values → (H, W, 3) uint8 colours; NaN and infinities in neutral grey."""
    return np.ascontiguousarray(colourise_rgba(values, scale, levels)[..., :3])


@cache
def rgba_words(scale: str) -> np.ndarray:
    """The table of `scale` as 256 opaque RGBA pixels, each packed in one uint32 word.

    Taking words by colour index writes a whole pixel at once; viewed as bytes
    the result is R, G, B, A in memory on any byte order (what Qt's RGBA8888 reads).
    """
    rgba = np.full((256, 4), 255, dtype=np.uint8)
    rgba[:, :3] = lookup_table(scale)
    words = rgba.view(np.uint32).ravel()
    words.flags.writeable = False
    return words


def _nan_word() -> np.uint32:
    return np.array([*NAN_COLOUR, 255], dtype=np.uint8).view(np.uint32)[0]


def colourise_rgba(values: np.ndarray, scale: str, levels: tuple[float, float]) -> np.ndarray:
    """(H, W) values → (H, W, 4) opaque uint8 RGBA through the table of `scale`.

    Values below and above `levels` take the end colours; NaN and infinities
    neutral grey. One float32 scratch array and one word lookup: this runs on
    the compute worker for every map the screen shows.
    """
    values = np.asarray(values)
    low, high = float(levels[0]), float(levels[1])
    factor = np.float32(255.0 / (high - low) if high > low else 0.0)
    scratch = np.subtract(values, np.float32(low), dtype=np.float32)  # also makes a strided view contiguous
    np.multiply(scratch, factor, out=scratch)
    bad = ~np.isfinite(scratch)
    any_bad = bool(bad.any())
    if any_bad:
        scratch[bad] = 0.0
    np.add(scratch, np.float32(0.5), out=scratch)  # round to the nearest colour
    np.clip(scratch, 0.0, 255.0, out=scratch)
    words = rgba_words(scale).take(scratch.astype(np.uint8))
    if any_bad:
        words[bad] = _nan_word()
    return words.view(np.uint8).reshape(*words.shape, 4)


def picture_rgba(values: np.ndarray) -> np.ndarray:
    """A picture in [0, 1] — (H, W) grey or (3, H, W) colour — as (H, W, 4) opaque uint8 RGBA."""
    values = np.asarray(values)
    if values.ndim == 2:
        return colourise_rgba(values, "grey", (0.0, 1.0))
    if values.ndim != 3 or values.shape[0] != 3:
        raise ValueError(tr("a picture is (H, W) grey or (3, H, W) colour, not shape {shape}.").format(shape=values.shape))
    rgba = np.full((*values.shape[1:], 4), 255, dtype=np.uint8)
    scratch = np.empty(values.shape[1:], dtype=np.float32)
    for channel in range(3):
        np.multiply(values[channel], np.float32(255.0), out=scratch, casting="unsafe")
        np.add(scratch, np.float32(0.5), out=scratch)
        np.clip(scratch, 0.0, 255.0, out=scratch)
        scratch[~np.isfinite(scratch)] = NAN_COLOUR[channel]
        rgba[..., channel] = scratch
    return rgba


#: How the maps of a network share colour-bar ends (CNN Explainer offers the same three):
#: each map its own, one per layer (maps of a layer compare), or one for the whole network.
COLOR_RANGES: dict[str, str] = {
    "map": tr_noop("each map its own"),
    "layer": tr_noop("one per layer"),
    "network": tr_noop("one for the whole network"),
}


def range_levels(choice: str, scale: str, maps: np.ndarray, network: list[np.ndarray] | None = None
                 ) -> list[tuple[float, float]]:
    """The colour-bar ends of each of a layer's `maps` (n, h, w) under a `COLOR_RANGES` choice.

    "layer": `levels_for` the whole stack (every map the same); "map": `levels_for`
    each map alone; "network": `levels_for` the largest magnitude among all the
    arrays in `network` (every layer shown), so one colour means one value
    everywhere; a layer that cannot be negative keeps 0 at its low end.
    """
    if choice not in COLOR_RANGES:
        raise ValueError(tr("unknown colour range {name}; use one of {known}.").format(
            name=repr(choice), known=", ".join(COLOR_RANGES)))
    maps = np.asarray(maps, dtype=np.float32)
    if maps.ndim == 2:
        maps = maps[None]
    if choice == "map":
        return [levels_for(scale, single) for single in maps]
    if choice == "network":
        if not network:
            raise ValueError(tr("one colour range for the whole network needs the network's layers."))
        finite = [np.abs(values[np.isfinite(values)]) for values in (np.asarray(v, np.float32) for v in network)]
        largest = max((float(values.max()) for values in finite if values.size), default=0.0)
        signed = scale == "diverging" or (np.isfinite(maps).any() and float(np.nanmin(maps)) < 0)
        span = np.array([-largest, largest] if signed else [0.0, largest], dtype=np.float32)
        levels = levels_for(scale, span)
        return [levels] * len(maps)
    return [levels_for(scale, maps)] * len(maps)


# ------------------------------------------------------------------ the colour bar's labels
#: A colour bar's numbers: neighbours at least this many lines apart when the step is chosen ...
BAR_LABEL_PITCH = 1.4
#: ... and never nearer than this once the end labels are pulled in to stay on the bar (0.2 lines of gap).
BAR_LABEL_NEAREST = 1.2
BAR_STEPS = (1.0, 2.0, 2.5, 5.0)  # the nice steps between labels: 1, 2, 2.5 or 5 × 10^k
MINUS = "\u2212"  # as `convviz.core.format_number` writes negatives


class BarLabel(NamedTuple):
    """One number on a colour bar: its value, its text, and its centre in pixels up from the bar's low end."""

    value: float
    text: str
    offset: float


def _nice_steps(at_least: float) -> Iterator[float]:
    """The nice steps (1, 2, 2.5, 5 × 10^k) from the smallest at or above `at_least` (> 0) upward."""
    magnitude = 10.0 ** math.floor(math.log10(at_least))
    while True:
        for factor in BAR_STEPS:
            if factor * magnitude >= at_least * (1 - 1e-9):
                yield factor * magnitude
        magnitude *= 10.0


def bar_step(low: float, high: float, length: float, line: float) -> float:
    """The finest nice step (1, 2, 2.5, 5 × 10^k) whose labels stand `BAR_LABEL_PITCH` lines apart on the bar.

    `length` is the bar's length and `line` one label's height, both in pixels. The step
    follows the bar's length, so a short bar (an RGB strip, a projector) gets fewer numbers.
    """
    span = abs(high - low)
    if span == 0 or not math.isfinite(span):
        return math.inf
    return next(_nice_steps(BAR_LABEL_PITCH * line * span / max(length, 1.0)))


def bar_step_text(value: float, step: float) -> str:
    """`value` with as many decimals as the step has ("0.5", "1.0"; "2.5", "5.0"), "−" for negatives."""
    exponent = math.floor(math.log10(step) + 1e-9)
    leading = step / 10.0 ** exponent
    decimals = max(0, -exponent + (1 if abs(leading - 2.5) < 1e-6 else 0))
    if decimals > 6 or abs(value) >= 1e6:
        text = f"{value:.3g}"
    else:
        text = f"{value:.{decimals}f}"
    if text.lstrip("-").strip("0.") == "":
        text = text.lstrip("-")  # −0 reads as 0
    return text.replace("-", MINUS)


def bar_labels(
    low: float,
    high: float,
    length: float,
    line: float,
    *,
    ends: bool = False,
    fixed: Sequence[tuple[float, str]] | None = None,
    overhang: float = 0.0,
) -> list[BarLabel]:
    """The numbers a colour bar from `low` (bottom) to `high` (top) shows, bottom to top; none overlap.

    - default: every multiple of a nice step between the ends: `bar_step`, or the next coarser one
      where the end labels, pulled in, would come too near their neighbours; a bar with room for fewer
      than two of them shows its ends instead (a lone "0" said nothing of the range);
    - `ends`: only the two ends (formatted as everywhere, "−0.2"), and 0 between them where it stands
      `BAR_LABEL_PITCH` lines from both (a short strip of units);
    - `fixed`: these (value, text) pairs ("−max", "0", "+max"), the first and last kept first.

    A label is centred on its value, but pulled in to stay within `overhang` pixels beyond the bar's
    ends (room the layout leaves there). Of labels nearer than `BAR_LABEL_NEAREST` lines the top end
    is kept, then the bottom one, then the rest.
    """
    span = high - low
    if not (math.isfinite(low) and math.isfinite(high)) or span <= 0 or line <= 0:
        return []
    lowest, highest = line / 2 - overhang, length - line / 2 + overhang
    if highest < lowest:
        return []  # not even one label's height

    def place(value: float, text: str) -> tuple[BarLabel, bool]:
        exact = (value - low) / span * length
        offset = min(max(exact, lowest), highest)
        return BarLabel(value, text, offset), offset != exact

    if fixed is not None:
        placed = [place(value, text) for value, text in fixed]
        candidates = [label for label, _ in placed[-1:] + placed[:1] + placed[1:-1]]
    else:
        if not ends:  # the finest step whose labels, the end ones pulled in, still stand apart
            for step in _nice_steps(bar_step(low, high, length, line)):
                first, last = math.ceil(low / step - 1e-9), math.floor(high / step + 1e-9)
                labels = [place(round(k * step, 12), bar_step_text(k * step, step))[0] for k in range(first, last + 1)]
                if all(b.offset - a.offset >= BAR_LABEL_NEAREST * line for a, b in zip(labels, labels[1:])):
                    if len(labels) >= 2:
                        return labels
                    break  # a lone "0" on a short bar says nothing of its range: its ends say more
            ends = True
        from convviz.core.numbers_text import format_number  # here: importing convviz.core loads torch

        candidates = [place(high, format_number(high, 3))[0], place(low, format_number(low, 3))[0]]

    kept: list[BarLabel] = []
    for label in candidates:
        if all(abs(label.offset - other.offset) >= BAR_LABEL_NEAREST * line for other in kept):
            kept.append(label)
    if ends and low < 0.0 < high:
        zero = place(0.0, "0")[0]
        if all(abs(zero.offset - other.offset) >= BAR_LABEL_PITCH * line for other in kept):
            kept.append(zero)
    return sorted(kept, key=lambda label: label.offset)
