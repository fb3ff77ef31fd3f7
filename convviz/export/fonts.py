"""A font for exported pictures that exists on every machine, and text it can draw.

A common system font with "×" and "−" is preferred (Pillow searches the
system font folders for a bare file name). Pillow's own font
(`ImageFont.load_default(size=...)`, Pillow ≥ 10.1) is always there but has
neither glyph, so with it those two are written as "x" and "-".
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from PIL import ImageFont

# Free fonts with U+00D7 × and U+2212 − found on Linux, Windows and macOS.
_CANDIDATES = (
    "DejaVuSans.ttf",
    "LiberationSans-Regular.ttf",
    "NotoSans-Regular.ttf",
    "arial.ttf",
    "Arial.ttf",
    "segoeui.ttf",
    "Helvetica.ttc",
)
_ASCII = str.maketrans({"\u00d7": "x", "\u2212": "-", "\u221e": "inf", "\u00b7": "."})


@dataclass(frozen=True)
class Font:
    """A Pillow font at one pixel size, and whether it can draw × and −."""

    font: ImageFont.FreeTypeFont | ImageFont.ImageFont
    size: int
    unicode_math: bool

    def text(self, text: str) -> str:
        """`text` as this font can draw it."""
        return text if self.unicode_math else text.translate(_ASCII)

    def width(self, text: str) -> float:
        return self.font.getlength(self.text(text))


@lru_cache(maxsize=64)
def font(size: int) -> Font:
    """The export font at `size` pixels (cached)."""
    size = max(6, int(size))
    for name in _CANDIDATES:
        try:
            return Font(ImageFont.truetype(name, size), size, True)
        except OSError:
            continue
    return Font(ImageFont.load_default(size=size), size, False)
