"""A font for exported pictures that exists on every machine, and text it can draw.

A common system font with "×" and "−" is preferred (Pillow searches the
system font folders for a bare file name). Pillow's own font
(`ImageFont.load_default(size=...)`, Pillow ≥ 10.1) is always there but has
neither glyph, so with it those two are written as "x" and "-".

Labels drawn into exports speak the interface's language when the font has
its letters: the Latin fonts above cover German, Spanish and French; Chinese
needs a CJK font (searched only when the interface speaks Chinese), and
without one the labels stay English rather than turn into empty boxes.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from PIL import ImageFont

from convviz.i18n import language, tr

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
# Fonts with Chinese characters (and × −): Noto/Source Han, WenQuanYi, Microsoft YaHei, SimHei, PingFang.
_CJK_CANDIDATES = (
    "NotoSansCJK-Regular.ttc",
    "NotoSansSC-Regular.otf",
    "SourceHanSansSC-Regular.otf",
    "wqy-microhei.ttc",
    "wqy-zenhei.ttc",
    "msyh.ttc",
    "simhei.ttf",
    "PingFang.ttc",
)
_NEEDS_CJK = ("zh_CN",)
_ASCII = str.maketrans({"\u00d7": "x", "\u2212": "-", "\u221e": "inf", "\u00b7": "."})


@dataclass(frozen=True)
class Font:
    """A Pillow font at one pixel size, and whether it can draw × and −."""

    font: ImageFont.FreeTypeFont | ImageFont.ImageFont
    size: int
    unicode_math: bool
    speaks: str = "en"  # the interface language whose letters this font has ("en" when only Latin ones are sure)

    def say(self, english: str) -> str:
        """`tr(english)` when this font can draw the interface's language, else the English (never empty boxes)."""
        return tr(english) if self.speaks == language() or language() not in _NEEDS_CJK else english

    def text(self, text: str) -> str:
        """`text` as this font can draw it."""
        return text if self.unicode_math else text.translate(_ASCII)

    def width(self, text: str) -> float:
        return self.font.getlength(self.text(text))


def font(size: int) -> Font:
    """The export font at `size` pixels for the interface's language (cached)."""
    return _font(max(6, int(size)), language())


@lru_cache(maxsize=64)
def _font(size: int, speaking: str) -> Font:
    if speaking in _NEEDS_CJK:
        for name in _CJK_CANDIDATES:
            try:
                return Font(ImageFont.truetype(name, size), size, True, speaking)
            except OSError:
                continue
    for name in _CANDIDATES:
        try:
            return Font(ImageFont.truetype(name, size), size, True)
        except OSError:
            continue
    return Font(ImageFont.load_default(size=size), size, False)
