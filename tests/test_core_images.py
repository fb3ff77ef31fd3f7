"""load_image reads every kind of picture as float32 in [0, 1] and turns every failure into a clear error."""

from __future__ import annotations

import struct
import zlib

import numpy as np
import pytest
import torch
from PIL import Image

import convviz.core.images as images_module
from convviz.core import downscale, load_image, to_uint8

GRADIENT = np.tile(np.arange(0, 256, 16, dtype=np.uint8), (8, 1))  # 8×16, 0..240


def save(im: Image.Image, path, **kwargs):
    im.save(path, **kwargs)
    return path


def test_gray_png_exact(tmp_path):
    path = save(Image.fromarray(GRADIENT, "L"), tmp_path / "g.png")
    gray = load_image(path)
    assert gray.dtype == np.float32 and gray.shape == (8, 16)
    np.testing.assert_allclose(gray, GRADIENT / 255.0, atol=1e-7)
    rgb = load_image(str(path), "rgb")
    assert rgb.shape == (3, 8, 16)
    np.testing.assert_array_equal(rgb[0], gray)


def test_rgb_png_and_gray_luma(tmp_path):
    pixels = np.zeros((4, 5, 3), dtype=np.uint8)
    pixels[..., 0] = 255  # pure red
    path = save(Image.fromarray(pixels, "RGB"), tmp_path / "red.png")
    rgb = load_image(path, "rgb")
    np.testing.assert_array_equal(rgb[0], 1.0)
    np.testing.assert_array_equal(rgb[1:], 0.0)
    np.testing.assert_allclose(load_image(path, "gray"), 0.299, atol=1e-6)


def test_alpha_is_composited_on_white(tmp_path):
    pixels = np.zeros((2, 2, 4), dtype=np.uint8)
    pixels[0, 0] = [0, 0, 0, 255]  # opaque black
    pixels[0, 1] = [0, 0, 0, 0]  # fully transparent → white
    pixels[1, 0] = [0, 0, 0, 51]  # 20 % black over white → 0.8
    pixels[1, 1] = [255, 0, 0, 255]
    path = save(Image.fromarray(pixels, "RGBA"), tmp_path / "a.png")
    rgb = load_image(path, "rgb")
    np.testing.assert_allclose(rgb[:, 0, 0], [0, 0, 0])
    np.testing.assert_allclose(rgb[:, 0, 1], [1, 1, 1])
    np.testing.assert_allclose(rgb[:, 1, 0], [0.8, 0.8, 0.8], atol=1e-6)
    la = Image.fromarray(pixels[..., 3], "L").convert("LA")
    la.putalpha(Image.fromarray(np.array([[255, 0], [51, 255]], dtype=np.uint8)))
    gray = load_image(save(la, tmp_path / "la.png"))
    assert gray[0, 1] == pytest.approx(1.0)


def test_palette_with_transparency_and_one_bit(tmp_path):
    palette = Image.fromarray(GRADIENT, "L").convert("P")
    plain = load_image(save(palette, tmp_path / "p.png"))
    np.testing.assert_allclose(plain, GRADIENT / 255.0, atol=1e-7)
    palette.info["transparency"] = int(np.asarray(palette)[0, 0])
    transparent = load_image(save(palette, tmp_path / "pt.png", transparency=palette.info["transparency"]))
    assert transparent[0, 0] == pytest.approx(1.0)  # the transparent colour shows the white background
    bits = Image.fromarray(GRADIENT > 100).convert("1")
    one = load_image(save(bits, tmp_path / "b.png"))
    np.testing.assert_array_equal(one, (GRADIENT > 100).astype(np.float32))


def test_cmyk_jpeg_and_tiff(tmp_path):
    cmyk = Image.new("CMYK", (6, 4), (0, 0, 0, 0))  # no ink: white
    assert load_image(save(cmyk, tmp_path / "c.jpg", quality=95)).min() > 0.95
    assert load_image(save(cmyk, tmp_path / "c.tif")).min() == pytest.approx(1.0)


def test_sixteen_bit_png_scaled_to_unit_range(tmp_path):
    values = np.array([[0, 1000, 32768, 65535]], dtype=np.uint16)
    path = save(Image.fromarray(values), tmp_path / "16.png")
    gray = load_image(path)
    np.testing.assert_allclose(gray, values / 65535.0, atol=1e-6)
    assert load_image(path, "rgb").shape == (3, 1, 4)


def test_float_tiff_scaled(tmp_path):
    inside = np.array([[0.0, 0.25], [0.5, 1.0]], dtype=np.float32)
    np.testing.assert_allclose(load_image(save(Image.fromarray(inside, "F"), tmp_path / "f.tif")), inside)
    outside = np.array([[-2.0, 0.0], [2.0, 6.0]], dtype=np.float32)
    np.testing.assert_allclose(
        load_image(save(Image.fromarray(outside, "F"), tmp_path / "g.tif")), (outside + 2) / 8, atol=1e-7
    )


def test_animated_gif_first_frame(tmp_path):
    frames = [Image.new("L", (5, 5), 0), Image.new("L", (5, 5), 255)]
    path = tmp_path / "anim.gif"
    frames[0].save(path, save_all=True, append_images=frames[1:], duration=100, loop=0)
    np.testing.assert_array_equal(load_image(path), 0.0)


def test_exif_orientation_is_applied(tmp_path):
    pixels = np.zeros((20, 40), dtype=np.uint8)
    pixels[:, :20] = 255  # left half white
    im = Image.fromarray(pixels, "L")
    exif = im.getexif()
    exif[0x0112] = 6  # "rotate 90° clockwise to display"
    gray = load_image(save(im, tmp_path / "o.jpg", exif=exif, quality=100))
    assert gray.shape == (40, 20)
    assert gray[:20].mean() > 0.9 and gray[20:].mean() < 0.1  # the white half is now on top


def test_webp_and_bmp(tmp_path):
    im = Image.fromarray(GRADIENT, "L")
    np.testing.assert_allclose(load_image(save(im, tmp_path / "g.bmp")), GRADIENT / 255.0, atol=1e-7)
    assert load_image(save(im.convert("RGB"), tmp_path / "g.webp", lossless=True)).shape == (8, 16)


def test_big_pictures_are_reduced_to_max_side(tmp_path):
    im = Image.fromarray(np.tile(GRADIENT, (40, 20)), "L")  # 320×320
    path = save(im, tmp_path / "big.png")
    small = load_image(path, max_side=100)
    assert max(small.shape) == 100 and small.dtype == np.float32
    assert abs(small.mean() - np.tile(GRADIENT, (40, 20)).mean() / 255) < 0.01


def test_huge_jpeg_is_reduced_while_decoding(tmp_path, monkeypatch):
    path = save(Image.new("RGB", (1600, 1200), (200, 100, 50)), tmp_path / "huge.jpg")
    monkeypatch.setattr(images_module, "MAX_DECODE_PIXELS", 500_000)  # 1.92 Mpx counts as a bomb
    out = load_image(path, "rgb", max_side=400)
    assert out.shape == (3, 300, 400)
    np.testing.assert_allclose(out[:, 150, 200], [200 / 255, 100 / 255, 50 / 255], atol=0.02)


def test_huge_png_is_refused_before_decoding(tmp_path, monkeypatch):
    path = save(Image.new("L", (1000, 800)), tmp_path / "huge.png")
    monkeypatch.setattr(images_module, "MAX_DECODE_PIXELS", 500_000)
    with pytest.raises(ValueError, match=r"huge.png is 1000×800 pixels, too large to open safely"):
        load_image(path)


def _png_header_only(path, width, height):
    """A PNG that claims width×height pixels but holds almost no data (a decompression bomb shape)."""
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    body = chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\x00" * 16)) + chunk(b"IEND", b"")
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + body)
    return path


def test_decompression_bomb_never_decodes(tmp_path):
    with pytest.raises(ValueError, match="too large to open safely"):
        load_image(_png_header_only(tmp_path / "bomb.png", 100_000, 100_000))
    with pytest.raises(ValueError, match="too large to open safely"):
        load_image(_png_header_only(tmp_path / "tall.png", 10_000, 9_000))


def test_every_failure_is_a_clear_error(tmp_path):
    with pytest.raises(FileNotFoundError, match="there is no file"):
        load_image(tmp_path / "missing.png")
    with pytest.raises(ValueError, match="is a folder, not a picture"):
        load_image(tmp_path)
    (tmp_path / "empty.png").write_bytes(b"")
    with pytest.raises(ValueError, match="is empty"):
        load_image(tmp_path / "empty.png")
    (tmp_path / "notes.png").write_text("these are my notes, not a picture")
    with pytest.raises(ValueError, match="is not a picture convviz can read"):
        load_image(tmp_path / "notes.png")
    data = (save(Image.fromarray(np.tile(GRADIENT, (8, 8)), "L"), tmp_path / "whole.png")).read_bytes()
    (tmp_path / "cut.png").write_bytes(data[: len(data) // 2])
    with pytest.raises(ValueError, match="damaged or cut short"):
        load_image(tmp_path / "cut.png")
    jpeg = save(Image.new("RGB", (64, 64), (10, 20, 30)), tmp_path / "whole.jpg").read_bytes()
    (tmp_path / "cut.jpg").write_bytes(jpeg[:200])
    with pytest.raises(ValueError, match="damaged or cut short"):
        load_image(tmp_path / "cut.jpg")
    with pytest.raises(ValueError, match="unknown image mode 'cmyk'; choose one of gray, rgb"):
        load_image(tmp_path / "whole.png", "cmyk")
    with pytest.raises(ValueError, match="max_side must be a whole number of pixels"):
        load_image(tmp_path / "whole.png", max_side=0)
    with pytest.raises(ValueError, match="no file was chosen"):
        load_image("")


def test_downscale_is_an_area_average():
    x = np.arange(36, dtype=np.float32).reshape(6, 6)
    np.testing.assert_allclose(downscale(x, (3, 2)), x.reshape(3, 2, 2, 3).mean(axis=(1, 3)))
    odd = np.random.default_rng(0).random((7, 5)).astype(np.float32)
    small = downscale(odd, (3, 2))
    assert small.shape == (3, 2) and small.mean() == pytest.approx(odd.mean(), rel=1e-5)
    stack = np.stack([x, 2 * x])
    np.testing.assert_allclose(downscale(stack, (2, 2))[1], 2 * downscale(x, (2, 2)), rtol=1e-6)
    np.testing.assert_allclose(downscale(torch.from_numpy(x), (3, 2)).numpy(), downscale(x, (3, 2)), rtol=1e-6)
    with pytest.raises(ValueError, match="at least 1×1"):
        downscale(x, (0, 2))


def test_to_uint8():
    np.testing.assert_array_equal(to_uint8([[0.0, 0.5, 1.2, -1]]), [[0, 128, 255, 0]])


@pytest.mark.parametrize(
    ("mode", "suffix"),
    [("1", ".png"), ("L", ".png"), ("P", ".png"), ("RGB", ".png"), ("RGBA", ".png"), ("LA", ".png"),
     ("I;16", ".png"), ("I;16B", ".tif"), ("I", ".tif"), ("F", ".tif"), ("CMYK", ".tif"),
     ("YCbCr", ".jpg"), ("LAB", ".tif"), ("RGBX", ".tif"), ("L", ".gif"), ("RGB", ".ico")],
)
def test_every_mode_loads_in_unit_range(tmp_path, mode, suffix):
    im = Image.new(mode, (5, 3))
    path = tmp_path / f"m{suffix}"
    try:
        im.save(path)
    except (OSError, KeyError, ValueError):
        pytest.skip(f"this Pillow cannot write {mode} as {suffix}")
    for layout, shape in (("gray", (3, 5)), ("rgb", (3, 3, 5))):
        out = load_image(path, layout)
        assert out.shape == shape and out.dtype == np.float32
        assert np.isfinite(out).all() and out.min() >= 0 and out.max() <= 1


def test_damaged_exif_keeps_the_picture(tmp_path, monkeypatch):
    path = save(Image.fromarray(GRADIENT, "L"), tmp_path / "g.jpg", quality=100)

    def broken(_image):
        raise SyntaxError("bad EXIF")

    monkeypatch.setattr(images_module.ImageOps, "exif_transpose", broken)
    assert load_image(path).shape == (8, 16)
