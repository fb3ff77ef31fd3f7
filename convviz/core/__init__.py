"""Qt-free maths the views display: convolution, pooling, activations, steps, kernels, images.

Pure numpy/torch/Pillow: `convviz.core` never imports Qt (a test proves it).
"""

from .activations import ACTIVATIONS, ActivationInfo, activation, maxout
from .conv import conv2d
from .devices import available_devices, resolve_device
from .images import IMAGE_MODES, downscale, load_image, to_uint8
from .kernels import KERNEL_PRESETS, KernelPreset, kernel_preset
from .numbers_text import format_number
from .padding import pad_image, resolve_padding
from .pool import POOL_MODES, pool2d
from .sizes import (
    deck_size_formula,
    output_size,
    output_size_formula,
    transposed_output_size,
    transposed_output_size_formula,
)
from .steps import ConvStep, ConvSteps, PoolStep, PoolSteps, conv_steps, pool_steps
from .transposed import conv_transpose2d
from .transposed_steps import TransposedStep, TransposedSteps, transposed_steps
from .validation import PADDING_MODES, PADDING_WORDS

__all__ = [
    "ACTIVATIONS",
    "ActivationInfo",
    "ConvStep",
    "ConvSteps",
    "IMAGE_MODES",
    "KERNEL_PRESETS",
    "KernelPreset",
    "PADDING_MODES",
    "PADDING_WORDS",
    "POOL_MODES",
    "PoolStep",
    "PoolSteps",
    "activation",
    "available_devices",
    "conv2d",
    "conv_steps",
    "deck_size_formula",
    "downscale",
    "format_number",
    "kernel_preset",
    "load_image",
    "maxout",
    "output_size",
    "output_size_formula",
    "pad_image",
    "pool2d",
    "pool_steps",
    "resolve_device",
    "resolve_padding",
    "to_uint8",
    "conv_transpose2d",
    "TransposedStep",
    "TransposedSteps",
    "transposed_steps",
    "transposed_output_size",
    "transposed_output_size_formula",
]
