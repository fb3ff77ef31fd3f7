"""Transposed convolution ("deconvolution", upsampling): every input cell stamps a scaled kernel.

Where conv2d gathers a window into one output cell, conv_transpose2d scatters:
input cell (i, j) adds value · kernel into the output with its top-left corner
at (i·s, j·s) (taps d apart), and where stamps overlap the output holds their
sum. Then `padding` cells are cut from each side and `output_padding` extra
cells are kept at the bottom/right. Equal to torch.nn.functional.conv_transpose2d.
The kernel layout is torch's: (C_in, C_out, kh, kw); a (kh, kw) grid stands for
one channel in, one out.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from convviz.i18n import tr, tr_noop

from .validation import as_float_array, as_kernel, as_pair, bias_vector, check_image_shape, is_tensor


@dataclass(frozen=True)
class TransposedPlan:
    """A checked transposed-convolution setting: shapes, steps and the size of the result."""

    channels: int
    height: int
    width: int
    kernel: np.ndarray  # (C_in, C_out, kh, kw)
    squeeze: bool  # a (H, W) picture with a (kh, kw) kernel gives a (Ho, Wo) map
    stride: tuple[int, int]
    padding: tuple[int, int]
    output_padding: tuple[int, int]
    dilation: tuple[int, int]
    bias: np.ndarray  # (C_out,)
    output_hw: tuple[int, int]

    @property
    def full_hw(self) -> tuple[int, int]:
        """The output before `padding` is cut off: every stamp fits, plus output_padding."""
        return tuple(  # type: ignore[return-value]
            (n - 1) * s + d * (k - 1) + 1 + op
            for n, s, d, k, op in zip(
                (self.height, self.width), self.stride, self.dilation, self.kernel.shape[-2:], self.output_padding
            )
        )


def plan_conv_transpose(
    image_shape: tuple[int, ...],
    kernel: Any,
    *,
    stride: Any = 1,
    padding: Any = 0,
    output_padding: Any = 0,
    dilation: Any = 1,
    bias: Any = None,
    dtype: Any = np.float32,
) -> TransposedPlan:
    """Check a transposed-convolution setting against an image shape; ValueError naming the first problem."""
    check_image_shape(tuple(image_shape))
    channels = 1 if len(image_shape) == 2 else int(image_shape[0])
    height, width = int(image_shape[-2]), int(image_shape[-1])
    weights = as_kernel(kernel, dtype=dtype)
    if weights.ndim == 3:
        raise ValueError(
            tr("a transposed convolution's kernel is a (kh, kw) grid or a (C_in, C_out, kh, kw) bank (got shape "
               "{shape}); for one output channel use shape (C_in, 1, kh, kw)").format(shape=tuple(weights.shape))
        )
    squeeze = weights.ndim == 2 and len(image_shape) == 2
    if weights.ndim == 2:
        if channels != 1:
            raise ValueError(
                tr("the image has {channels} channels but the kernel is a single grid; use a gray image or a "
                   "({channels}, C_out, kh, kw) kernel").format(channels=channels)
            )
        weights = weights[None, None]
    if weights.shape[0] != channels:
        raise ValueError(
            tr("channel mismatch: the kernel is made for {kernel_channels} input channel(s) but the image has "
               "{channels}; a transposed kernel's first axis counts the input channels").format(
                kernel_channels=weights.shape[0], channels=channels)
        )
    stride_pair = as_pair(stride, tr_noop("stride"), minimum=1)
    padding_pair = _as_padding_pair(padding)
    output_padding_pair = as_pair(output_padding, tr_noop("output padding"), minimum=0)
    dilation_pair = as_pair(dilation, tr_noop("dilation"), minimum=1)
    for op, s, d in zip(output_padding_pair, stride_pair, dilation_pair):
        if op >= max(s, d):
            raise ValueError(
                tr("output padding ({op}) must be smaller than the stride ({s}) or the dilation ({d}); it only "
                   "chooses between output sizes that the same stride could give").format(op=op, s=s, d=d)
            )
    kh, kw = weights.shape[-2:]
    out_hw = []
    for n, k, s, p, op, d, axis in zip(
        (height, width), (kh, kw), stride_pair, padding_pair, output_padding_pair, dilation_pair, ("tall", "wide")
    ):
        size = (n - 1) * s - 2 * p + d * (k - 1) + op + 1
        if size < 1:
            sentence = (tr("the padding ({p}) cuts away the whole output: before cutting it is {before} cells tall; "
                           "use less padding") if axis == "tall" else
                        tr("the padding ({p}) cuts away the whole output: before cutting it is {before} cells wide; "
                           "use less padding"))
            raise ValueError(sentence.format(p=p, before=size + 2 * p))
        out_hw.append(size)
    biases = bias_vector(bias, weights.shape[1], dtype, unit=tr_noop("output channel"))
    return TransposedPlan(
        channels, height, width, weights.copy(order="C"), squeeze, stride_pair, padding_pair,
        output_padding_pair, dilation_pair, biases, (out_hw[0], out_hw[1]),
    )


def _as_padding_pair(padding: Any) -> tuple[int, int]:
    if isinstance(padding, str):
        raise ValueError(
            tr('a transposed convolution\'s padding is a number of cells cut from each side (got {padding!r}); "same" '
               'and "valid" belong to ordinary convolution').format(padding=padding)
        )
    return as_pair(padding, tr_noop("padding"), minimum=0)


def stamp_sum(image3: np.ndarray, plan: TransposedPlan) -> np.ndarray:
    """The uncut output (C_out, *full_hw) without bias: one strided add per kernel tap."""
    c_out, (kh, kw) = plan.kernel.shape[1], plan.kernel.shape[-2:]
    (sy, sx), (dy, dx) = plan.stride, plan.dilation
    full = np.zeros((c_out,) + plan.full_hw, dtype=np.float64)
    h, w = image3.shape[-2:]
    source = image3.astype(np.float64)
    for a in range(kh):
        for b in range(kw):
            scaled = np.einsum("chw,cf->fhw", source, plan.kernel[:, :, a, b].astype(np.float64))
            full[:, a * dy : a * dy + (h - 1) * sy + 1 : sy, b * dx : b * dx + (w - 1) * sx + 1 : sx] += scaled
    return full


def conv_transpose2d(
    image: Any,
    kernel: Any,
    *,
    stride: Any = 1,
    padding: Any = 0,
    output_padding: Any = 0,
    dilation: Any = 1,
    bias: Any = None,
):
    """Upsample `image` by stamping the kernel scaled by each input cell; overlapping stamps add.

    image (H, W) with kernel (kh, kw) → (Ho, Wo); image (C, H, W) (or (H, W)) with
    kernel (C, F, kh, kw) → (F, Ho, Wo). Ho = (H − 1)·s − 2·p + d·(kh − 1) + output_padding + 1.
    numpy/lists in → float32 numpy out; a torch tensor in → a CPU tensor out.
    """
    tensor_in = is_tensor(image)
    array = as_float_array(image, tr_noop("image"))
    plan = plan_conv_transpose(
        array.shape, kernel, stride=stride, padding=padding, output_padding=output_padding,
        dilation=dilation, bias=bias,
    )
    image3 = array if array.ndim == 3 else array[None]
    full = stamp_sum(image3, plan)
    (py, px), (ho, wo) = plan.padding, plan.output_hw
    out = (full[:, py : py + ho, px : px + wo] + plan.bias[:, None, None]).astype(np.float32)
    if plan.squeeze:
        out = out[0]
    if tensor_in:
        import torch

        return torch.from_numpy(np.ascontiguousarray(out))
    return out
