"""Padding: how many cells go on each side, and the padded picture itself."""

from __future__ import annotations

from typing import Any

import numpy as np

from convviz.i18n import tr, tr_noop

from .validation import as_pair, check_padding, check_padding_mode, is_tensor

_NUMPY_MODES = {"zeros": "constant", "reflect": "reflect", "replicate": "edge"}
_TORCH_MODES = {"zeros": "constant", "reflect": "reflect", "replicate": "replicate"}


def resolve_padding(
    padding: Any, kernel_hw: tuple[int, int], dilation: Any = 1, stride: Any = 1
) -> tuple[int, int, int, int]:
    """(top, bottom, left, right) for an int, a (py, px) pair, "valid" or "same".

    "same" pads d·(k−1) cells in all, the smaller half first, exactly like
    torch (an even kernel gets one more cell at the bottom/right). At stride 1
    the output keeps the input's size; at stride s it has ⌈n/s⌉ cells.
    """
    as_pair(stride, tr_noop("stride"), minimum=1)
    dy, dx = as_pair(dilation, tr_noop("dilation"), minimum=1)
    kh, kw = (int(k) for k in kernel_hw)
    resolved = check_padding(padding)
    if resolved == "valid":
        return (0, 0, 0, 0)
    if resolved == "same":
        total_y, total_x = dy * (kh - 1), dx * (kw - 1)
        return (total_y // 2, total_y - total_y // 2, total_x // 2, total_x - total_x // 2)
    py, px = resolved
    return (py, py, px, px)


def check_reflect(pads: tuple[int, int, int, int], height: int, width: int, mode: str) -> None:
    """Reflect padding mirrors the inside, so it needs more cells than it adds."""
    top, bottom, left, right = pads
    if mode == "reflect" and (max(top, bottom) >= height or max(left, right) >= width):
        raise ValueError(
            tr("reflect padding must be smaller than the image side: {cells} cell(s) "
               "cannot mirror a {height}×{width} image; use less padding or zeros/replicate").format(
                cells=max(pads), height=height, width=width)
        )


def pad_image(image: Any, pads: tuple[int, int, int, int], mode: str = "zeros", *, value: float = 0.0):
    """The image with (top, bottom, left, right) cells added on its last two axes.

    numpy in → numpy out, tensor in → tensor out; "zeros" fills with `value`
    (0 unless asked), "reflect" mirrors without repeating the edge (like
    torch), "replicate" repeats the edge cell.
    """
    mode = check_padding_mode(mode)
    top, bottom, left, right = (int(p) for p in pads)
    if min(top, bottom, left, right) < 0:
        raise ValueError(tr("padding must be 0 or more on every side"))
    check_reflect((top, bottom, left, right), image.shape[-2], image.shape[-1], mode)
    if is_tensor(image):
        import torch.nn.functional as F

        if not (top or bottom or left or right):
            return image
        if mode == "zeros":
            return F.pad(image, (left, right, top, bottom), mode="constant", value=value)
        batched = image.reshape((1, -1) + tuple(image.shape[-2:]))
        padded = F.pad(batched, (left, right, top, bottom), mode=_TORCH_MODES[mode])
        return padded.reshape(tuple(image.shape[:-2]) + tuple(padded.shape[-2:]))
    array = np.asarray(image)
    widths = [(0, 0)] * (array.ndim - 2) + [(top, bottom), (left, right)]
    if mode == "zeros":
        if not (top or bottom or left or right):
            return array
        out = np.full(
            array.shape[:-2] + (array.shape[-2] + top + bottom, array.shape[-1] + left + right),
            value,
            dtype=array.dtype,
        )
        out[..., top : top + array.shape[-2], left : left + array.shape[-1]] = array
        return out
    return np.pad(array, widths, mode=_NUMPY_MODES[mode])
