"""Load any picture a student drops in as float32 in [0, 1], and shrink maps for display.

Everything that can go wrong with a file becomes a ValueError with a sentence
a student understands (a missing file is a FileNotFoundError).
"""

from __future__ import annotations

import warnings
from contextlib import contextmanager
from typing import Any, Iterator

import numpy as np
from PIL import Image, ImageOps, UnidentifiedImageError

from convviz import limits
from convviz.i18n import tr, tr_noop
from convviz.safe_files import as_path, open_regular_file

from .validation import as_float_array, check_choice, is_tensor

IMAGE_MODES = ("gray", "rgb")
# Above this many pixels a picture is decoded reduced (JPEG draft) or refused:
# decoding it in full could take gigabytes of memory (a decompression bomb).
MAX_DECODE_PIXELS = 64_000_000
DEFAULT_MAX_SIDE = int(limits.PICTURE_SIDE.high)
# The only decoders Pillow may use, chosen by the file's content: raster formats it decodes
# itself. EPS, PS and PDF are left out: Pillow hands those to Ghostscript, another program.
# JPEG covers camera JPEGs Pillow calls MPO; PPM covers PBM, PGM and PPM; ICO holds PNG or BMP.
PICTURE_FORMATS = ("PNG", "JPEG", "BMP", "GIF", "TIFF", "WEBP", "PPM", "ICO")
_DOCUMENT_MAGIC = (
    (b"%!PS", tr_noop("a PostScript document")),
    (b"\xc5\xd0\xd3\xc6", tr_noop("an EPS document (PostScript)")),
    (b"%PDF", tr_noop("a PDF document")),
)
# ITU-R BT.601 luma weights, the ones Pillow's "L" conversion uses.
_LUMA = np.array([0.299, 0.587, 0.114], dtype=np.float32)


def load_image(path: Any, mode: str = "gray", *, max_side: int = DEFAULT_MAX_SIDE) -> np.ndarray:
    """float32 in [0, 1]: (H, W) for "gray", (3, H, W) for "rgb".

    EXIF orientation applied; 16-bit and float pictures scaled to [0, 1];
    transparency composited on white; palette, CMYK, 1-bit and animated
    (first frame) pictures load. Pictures larger than `max_side` on a side are
    reduced (while decoding when the format allows), and ones too large to
    decode safely are refused. Only the raster formats in `PICTURE_FORMATS`
    are decoded, recognised by their content (never PostScript, PDF or
    anything Pillow would hand to another program), and only from a regular
    file (never a pipe, device or folder).
    """
    mode = check_choice(mode, tr_noop("image mode"), IMAGE_MODES)
    if isinstance(max_side, bool) or not isinstance(max_side, (int, np.integer)) or max_side < 1:
        raise ValueError(tr("max_side must be a whole number of pixels, at least 1 (got {max_side!r})").format(
                             max_side=max_side))
    with open_picture(path) as (im, name):
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", Image.DecompressionBombWarning)
                im = _decode(im, name, int(max_side))
        except _Refused as error:
            raise ValueError(str(error)) from None
        except Image.DecompressionBombError:
            raise ValueError(_too_large(name)) from None
        except MemoryError:
            raise ValueError(tr("{name} needs more memory than this computer has free; shrink it first").format(
                                 name=name)) from None
        except Exception as error:  # Pillow plugins raise many kinds for damaged files
            raise ValueError(
                tr("{name} could not be read as a picture: it may be damaged or cut short ({error})").format(
                    name=name, error=error)
            ) from None
    return _to_array(im, mode)


@contextmanager
def open_picture(path: Any) -> Iterator[tuple[Image.Image, str]]:
    """The opened (not yet decoded) picture and the file's name; ValueError with a sentence otherwise.

    The file is checked to be a regular file before it is opened, and only
    the decoders in `PICTURE_FORMATS` may claim it, whatever its name says.
    """
    with open_regular_file(path, tr("a picture"), limits.PICTURE_FILE_BYTES) as handle:
        name = as_path(path).name
        if handle.read(1) == b"":
            raise ValueError(tr("{name} is empty (0 bytes), so it holds no picture").format(name=name))
        handle.seek(0)
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", Image.DecompressionBombWarning)
                im = Image.open(handle, formats=PICTURE_FORMATS)
        except Image.DecompressionBombError:
            raise ValueError(_too_large(name)) from None
        except UnidentifiedImageError:
            handle.seek(0)
            raise ValueError(_not_a_picture(name, handle.read(16))) from None
        except MemoryError:
            raise ValueError(tr("{name} needs more memory than this computer has free; shrink it first").format(
                                 name=name)) from None
        except Exception as error:  # a damaged header of an allowed format
            raise ValueError(
                tr("{name} could not be read as a picture: it may be damaged or cut short ({error})").format(
                    name=name, error=error)
            ) from None
        with im:
            yield im, name


def _not_a_picture(name: str, start: bytes) -> str:
    formats = "PNG, JPEG, BMP, GIF, TIFF, WebP, PGM/PPM or ICO"
    for magic, kind in _DOCUMENT_MAGIC:
        if start.startswith(magic):
            return tr("{name} is {kind}, not a picture convviz reads; convviz never starts another program "
                      "to read a file. Export it as {formats} first").format(name=name, kind=tr(kind), formats=formats)
    return tr("{name} is not a picture convviz can read; it reads {formats} files").format(name=name, formats=formats)


def _too_large(name: str) -> str:
    return tr("{name} is far too large to open safely (more than {limit:,} pixels); "
              "shrink it in an image editor first").format(name=name, limit=Image.MAX_IMAGE_PIXELS * 2)


class _Refused(Exception):
    """A picture refused before decoding; the message is the student's sentence."""


def _decode(im: Image.Image, name: str, max_side: int) -> Image.Image:
    """Decode the first frame, reduced while decoding when it is huge; returns a loaded image."""
    if getattr(im, "n_frames", 1) > 1:
        im.seek(0)
    width, height = im.size
    if width < 1 or height < 1:
        raise _Refused(tr("{name} has no pixels ({width}×{height})").format(name=name, width=width, height=height))
    if width * height > MAX_DECODE_PIXELS or max(width, height) > max_side:
        if im.format == "JPEG" and im.mode in ("L", "RGB", "CMYK", "YCbCr"):
            # JPEG can decode at 1/2, 1/4 or 1/8 size directly: huge photos stay cheap.
            target = (max(1, min(width, max_side)), max(1, min(height, max_side)))
            scale = min(target[0] / width, target[1] / height)
            im.draft(im.mode, (max(1, int(width * scale)), max(1, int(height * scale))))
    width, height = im.size
    if width * height > MAX_DECODE_PIXELS:
        raise _Refused(
            tr("{name} is {width}×{height} pixels, too large to open safely (the limit is {limit:,} pixels); shrink "
               "it in an image editor first").format(name=name, width=width, height=height, limit=MAX_DECODE_PIXELS)
        )
    im.load()
    try:
        im = ImageOps.exif_transpose(im) or im
    except Exception:  # a damaged EXIF block only loses the rotation, not the picture
        pass
    im = _normalise_mode(im)
    if max(im.size) > max_side:
        scale = max_side / max(im.size)
        size = (max(1, round(im.size[0] * scale)), max(1, round(im.size[1] * scale)))
        im = im.resize(size, Image.Resampling.BOX, reducing_gap=None)
    return im


def _normalise_mode(im: Image.Image) -> Image.Image:
    """Bring every Pillow mode to one of L, RGB, RGBA, LA, I or F."""
    mode = im.mode
    if mode in ("L", "RGB", "RGBA", "LA", "F", "I"):
        return im
    if mode == "1":
        return im.convert("L")
    if mode in ("P", "PA"):
        has_alpha = mode == "PA" or "transparency" in im.info
        return im.convert("RGBA" if has_alpha else "RGB")
    if mode.startswith("I;16") or mode.startswith("I;32") or mode in ("I;16S", "I;16BS"):
        return im.convert("I")
    if mode in ("RGBa",):
        return im.convert("RGBA")
    if mode in ("La",):
        return im.convert("LA")
    return im.convert("RGB")  # CMYK, YCbCr, LAB, HSV, RGBX


def _to_array(im: Image.Image, mode: str) -> np.ndarray:
    """Pixels as float32 in [0, 1], alpha over white, in the asked layout."""
    if im.mode in ("I", "F"):
        raw = np.asarray(im, dtype=np.float64)
        if im.mode == "I":
            low, high = 0.0, 65535.0 if raw.max(initial=0) > 255 else 255.0
            if raw.min(initial=0) < 0 or raw.max(initial=0) > 65535:
                low, high = float(raw.min()), float(raw.max())
        else:
            raw = np.nan_to_num(raw, nan=0.0, posinf=0.0, neginf=0.0)
            low, high = 0.0, 1.0
            if raw.min(initial=0) < 0 or raw.max(initial=0) > 1:
                low, high = float(raw.min()), float(raw.max())
        span = high - low if high > low else 1.0
        gray = np.clip((raw - low) / span, 0.0, 1.0).astype(np.float32)
        return gray if mode == "gray" else np.repeat(gray[None], 3, axis=0)
    pixels = np.asarray(im, dtype=np.float32) / np.float32(255.0)
    if pixels.ndim == 2:
        pixels = pixels[..., None]
    if im.mode in ("RGBA", "LA"):
        alpha = pixels[..., -1:]
        pixels = pixels[..., :-1] * alpha + (np.float32(1.0) - alpha)
    if pixels.shape[-1] == 1:
        gray = pixels[..., 0]
        return np.ascontiguousarray(gray) if mode == "gray" else np.repeat(gray[None], 3, axis=0)
    if mode == "gray":
        return np.clip(pixels @ _LUMA, 0.0, 1.0).astype(np.float32)
    return np.ascontiguousarray(np.moveaxis(pixels, -1, 0))


def _area_weights(size: int, target: int) -> np.ndarray:
    """(target, size) matrix: row i averages the input cells under output cell i by overlap."""
    edges = np.arange(target + 1) * (size / target)
    starts, stops = edges[:-1, None], edges[1:, None]
    cells = np.arange(size)[None, :]
    overlap = np.clip(np.minimum(stops, cells + 1) - np.maximum(starts, cells), 0, None)
    return overlap / overlap.sum(axis=1, keepdims=True)


def downscale(image: Any, shape: tuple[int, int]):
    """Area-average a (H, W) or (C, H, W) map to (h, w) cells (fractional overlaps weighted).

    For the steps view's "downscaled picture": each small cell is the mean of
    the picture area it covers. numpy in → numpy float32 out; tensor in → tensor.
    """
    try:
        target_h, target_w = (int(v) for v in shape)
    except (TypeError, ValueError):
        raise ValueError(tr("shape must be (height, width), not {shape!r}").format(shape=shape)) from None
    if target_h < 1 or target_w < 1:
        raise ValueError(tr("the downscaled size must be at least 1×1 (got {target_h}×{target_w})").format(
                             target_h=target_h, target_w=target_w))
    if is_tensor(image):
        import torch

        rows = torch.as_tensor(_area_weights(image.shape[-2], target_h), dtype=torch.float32, device=image.device)
        cols = torch.as_tensor(_area_weights(image.shape[-1], target_w), dtype=torch.float32, device=image.device)
        return rows @ image.to(torch.float32) @ cols.T
    array = as_float_array(image, tr_noop("image"))
    if array.ndim not in (2, 3) or 0 in array.shape:
        raise ValueError(tr("the image must be (H, W) or (C, H, W) and not empty (got shape {shape})").format(
                             shape=array.shape))
    rows = _area_weights(array.shape[-2], target_h).astype(np.float32)
    cols = _area_weights(array.shape[-1], target_w).astype(np.float32)
    return (rows @ array @ cols.T).astype(np.float32)


def to_uint8(image: Any) -> np.ndarray:
    """[0, 1] floats → uint8 0..255 (clipped, rounded), for saving or display."""
    array = as_float_array(image, tr_noop("image"))
    return np.clip(np.rint(array * 255.0), 0, 255).astype(np.uint8)
