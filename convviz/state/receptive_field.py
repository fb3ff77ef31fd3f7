"""The receptive field of stacked convolutions: which input cells one output cell of the last layer depends on.

Deck 004 says two stacked 3×3 kernels replace a 9×9; they see 5×5. Here a
second kernel is applied to the first layer's map and, for any cell of the
second map, the cells of the first map under its window and the input cells
under theirs are worked out by walking the windows back, layer by layer.
Without an activation between them the two layers are one bigger kernel
(`combined_kernel`, the full convolution of the two), which the tests check
against torch.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from convviz.core import conv2d
from convviz.i18n import tr


@dataclass(frozen=True)
class Layer:
    """One convolution's geometry: kernel size, stride, dilation and padding (top, left), per axis."""

    kernel: tuple[int, int]
    stride: tuple[int, int] = (1, 1)
    dilation: tuple[int, int] = (1, 1)
    padding: tuple[int, int] = (0, 0)


def cells_under(cells: set[tuple[int, int]], layer: Layer, input_hw: tuple[int, int]) -> set[tuple[int, int]]:
    """The input cells (padding left out) that the windows of `cells` of this layer's output cover."""
    height, width = input_hw
    found: set[tuple[int, int]] = set()
    for row, col in cells:
        rows = [row * layer.stride[0] - layer.padding[0] + k * layer.dilation[0] for k in range(layer.kernel[0])]
        cols = [col * layer.stride[1] - layer.padding[1] + k * layer.dilation[1] for k in range(layer.kernel[1])]
        found.update((r, c) for r in rows if 0 <= r < height for c in cols if 0 <= c < width)
    return found


def receptive_field(
    cell: tuple[int, int], layers: list[Layer], input_hw: tuple[int, int]
) -> list[set[tuple[int, int]]]:
    """For a cell of the last layer's output: the cells it depends on in each earlier map, input first.

    `input_hw` is the size of the first layer's input; the later maps' sizes follow from the layers.
    """
    sizes = [tuple(input_hw)]
    for layer in layers[:-1]:
        sizes.append(_output_hw(sizes[-1], layer))
    reached = [{tuple(cell)}]
    for layer, size in zip(reversed(layers), reversed(sizes)):
        reached.insert(0, cells_under(reached[0], layer, size))
    return reached[:-1]


def combined_kernel(first: np.ndarray, second: np.ndarray) -> np.ndarray:
    """The one kernel (sides f1 + f2 − 1) that does what `first` then `second` do, with nothing between them.

    Cross-correlation with k1 then k2 is cross-correlation with the full convolution of k1 and k2.
    """
    first = np.asarray(first, dtype=np.float64)
    second = np.asarray(second, dtype=np.float64)
    (h1, w1), (h2, w2) = first.shape, second.shape
    combined = np.zeros((h1 + h2 - 1, w1 + w2 - 1))
    for i in range(h2):
        for j in range(w2):
            combined[i : i + h1, j : j + w1] += second[i, j] * first  # weight (i, j) of layer 2 sees layer 1 there
    return combined


@dataclass(frozen=True)
class StackedMaps:
    """Two chained convolutions of one grid (stride 1, no padding), the second's map and the one-kernel map."""

    first_map: np.ndarray
    second_map: np.ndarray
    combined: np.ndarray | None  # the one kernel both make (None where the first layer strides, dilates or pads)
    combined_map: np.ndarray | None  # the input convolved once with `combined`: equal to `second_map`
    layers: tuple[Layer, Layer]
    input_hw: tuple[int, int]

    def field_of(self, cell: tuple[int, int]) -> tuple[set, set]:
        """(input cells, first-map cells) that second-map `cell` depends on."""
        inputs, firsts = receptive_field(cell, list(self.layers), self.input_hw)
        return inputs, firsts


def stacked_maps(image: np.ndarray, first: np.ndarray, second: np.ndarray) -> StackedMaps:
    """Both layers' maps and the one-kernel map; ValueError (a sentence) when the second has no output."""
    first_map = np.asarray(conv2d(image, first), dtype=np.float64)
    if any(a < b for a, b in zip(first_map.shape, second.shape)):
        raise ValueError(
            tr("the first layer's map is {rows}×{cols}, smaller than the second {krows}×{kcols} kernel; "
               "use a bigger input").format(rows=first_map.shape[0], cols=first_map.shape[1],
                                            krows=second.shape[0], kcols=second.shape[1])
        )
    second_map = np.asarray(conv2d(first_map, second), dtype=np.float64)
    combined = combined_kernel(first, second)
    combined_map = np.asarray(conv2d(image, combined), dtype=np.float64)
    layers = (Layer(tuple(np.shape(first))), Layer(tuple(np.shape(second))))
    return StackedMaps(first_map, second_map, combined, combined_map, layers, tuple(np.shape(image)[-2:]))


def _output_hw(size: tuple[int, int], layer: Layer) -> tuple[int, int]:
    return tuple(
        (n + 2 * p - d * (k - 1) - 1) // s + 1
        for n, p, d, k, s in zip(size, layer.padding, layer.dilation, layer.kernel, layer.stride)
    )  # type: ignore[return-value]


def stack_on(built, second: np.ndarray) -> StackedMaps:
    """A second kernel on the Steps view's output (`BuiltSteps`): grey convolutions only; ValueError otherwise.

    The first layer keeps its stride, padding and dilation; the second slides by one without padding. The
    combined kernel is only shown where it exists as one plain kernel (stride 1, dilation 1, no padding).
    """
    settings = built.settings
    if settings.mode != "conv" or settings.channels != 1:
        raise ValueError(tr("a second layer is shown for a grey convolution; switch off pooling or colour first"))
    if built.steps is None:
        raise ValueError(tr("the first layer has no output for a second kernel to slide over"))
    second = np.asarray(second, dtype=np.float64)
    first_map = built.values.reshape(built.output_shape)
    if any(a < b for a, b in zip(first_map.shape, second.shape)):
        raise ValueError(
            tr("the first output is {rows}×{cols}, smaller than the {krows}×{kcols} second kernel; "
               "use a bigger input").format(rows=first_map.shape[0], cols=first_map.shape[1],
                                            krows=second.shape[0], kcols=second.shape[1])
        )
    second_map = np.asarray(conv2d(first_map, second), dtype=np.float64)
    top, _, left, _ = built.steps.pads
    first_layer = Layer(tuple(settings.window_shape), (settings.stride,) * 2, (settings.dilation,) * 2, (top, left))
    plain = settings.stride == 1 and settings.dilation == 1 and not any(built.steps.pads)
    combined = combined_kernel(settings.applied_kernel[::-1, ::-1] if settings.flip else settings.applied_kernel,
                               second) if plain else None
    combined_map = np.asarray(conv2d(settings.image, combined), dtype=np.float64) if plain else None
    return StackedMaps(first_map, second_map, combined, combined_map, (first_layer, Layer(tuple(second.shape))),
                       tuple(settings.input_hw))
