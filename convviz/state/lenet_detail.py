"""What the detail panel shows for one clicked map: its input, its filter, the map, and a sentence.

Plain Python (no Qt): from one result's layer outputs and the weights that
produced them, build the three panels "input → operation → output" for any
LeNet stage, so a student sees exactly which numbers made the map.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np

from convviz.i18n import tr

#: The convolution whose filter shaped each stage's maps (what an edit there changes).
FILTER_OF_STAGE: dict[str, str] = {
    "conv1": "conv1",
    "relu1": "conv1",
    "pool1": "conv1",
    "conv2": "conv2",
    "relu2": "conv2",
    "pool2": "conv2",
}

#: How the fully connected units are folded into near-square grids for the detail panel.
UNIT_GRIDS: dict[int, tuple[int, int]] = {120: (10, 12), 84: (7, 12), 10: (1, 10), 400: (20, 20)}


@dataclass(frozen=True)
class Panel:
    """One image group of the detail: a stack of maps with its colour scale and grid layout."""

    title: str
    maps: np.ndarray  # (n, h, w)
    scale: str  # "diverging", "sequential" or "grey"
    columns: int
    tile_name: str = "map"


@dataclass(frozen=True)
class DetailContent:
    heading: str
    input: Panel
    operator: Panel | None  # the filter (None for ReLU and pooling, which have no weights)
    operator_text: str
    output: Panel
    explanation: str
    has_bias: bool = False  # the operator adds a bias ("+ bias =" between filter and result)


def _units_grid(vector: np.ndarray) -> np.ndarray:
    """A 1-D vector as a (1, rows, cols) grid (padded with NaN if it does not fill it)."""
    vector = np.asarray(vector, dtype=np.float32).reshape(-1)
    rows, cols = UNIT_GRIDS.get(vector.size, (1, vector.size))
    grid = np.full(rows * cols, np.nan, dtype=np.float32)
    grid[: vector.size] = vector
    return grid.reshape(1, rows, cols)


def _signed(values: np.ndarray) -> str:
    return "diverging" if np.nanmin(values) < 0 else "sequential"


def _fmt(value: float) -> str:
    return f"{value:+.3f}".replace("-", "−")


def detail_content(
    stage: str, index: int, layers: Mapping[str, np.ndarray], weights: Mapping[str, object]
) -> DetailContent:
    """The panels for map (or unit) `index` of `stage`; ValueError for a stage without maps."""
    tensors = {name: np.asarray(getattr(t, "numpy", lambda: t)()) for name, t in weights.items()}
    number = index + 1
    if stage in ("conv1", "conv2"):
        previous = "input" if stage == "conv1" else "pool1"
        inputs = layers[previous]
        kernel = tensors[f"{stage}.weight"][index]
        bias = float(tensors[f"{stage}.bias"][index])
        output = layers[stage][index]
        channels, size = kernel.shape[0], kernel.shape[-1]
        terms = channels * size * size
        if stage == "conv1":
            explanation = tr(
                "Each pixel of map {number} is the sum of the {terms} products of a {size}×{size} window "
                "of the input with filter {number}, plus its bias {bias} "
                "(padding 2 keeps the map 28×28). PyTorch: {code}."
            ).format(number=number, terms=terms, size=size, bias=_fmt(bias), code=f"<code>conv1.weight[{index}]</code>")
        else:
            explanation = tr(
                "Map {number} adds up all {channels} pool1 maps, each slid under its own {size}×{size} "
                "slice of filter {number}: {terms} products per pixel, plus the bias {bias}. "
                "PyTorch: {code} (shape {channels}×{size}×{size})."
            ).format(number=number, channels=channels, size=size, terms=terms, bias=_fmt(bias),
                     code=f"<code>conv2.weight[{index}]</code>")
        return DetailContent(
            heading=f"{stage} · " + tr("map {number}").format(number=number),
            input=Panel(
                (tr("input") if previous == "input" else previous) + f" ({inputs.shape[0]}×{inputs.shape[1]}×{inputs.shape[2]})",
                inputs,
                "grey" if previous == "input" else "sequential",
                3,
                "channel",
            ),
            operator=Panel(tr("filter {number}").format(number=number) + f" ({channels}×{size}×{size})", kernel,
                           "diverging", 3, "slice"),
            operator_text="⋆ " + tr("filter + bias"),
            output=Panel(f"{stage} " + tr("map {number}").format(number=number), output[None], "diverging", 1),
            explanation=explanation,
            has_bias=True,
        )
    if stage in ("relu1", "relu2"):
        source = "conv1" if stage == "relu1" else "conv2"
        before, after = layers[source][index], layers[stage][index]
        zeroed = int((before < 0).sum())
        return DetailContent(
            heading=f"{stage} · " + tr("map {number}").format(number=number),
            input=Panel(f"{source} " + tr("map {number}").format(number=number), before[None], "diverging", 1),
            operator=None,
            operator_text="ReLU: max(0, x)",
            output=Panel(tr("after ReLU"), after[None], "sequential", 1),
            explanation=tr(
                "ReLU keeps positive values and sets negative ones to 0: here {zeroed} of "
                "{total} pixels were negative and became 0 (the blue ones)."
            ).format(zeroed=zeroed, total=before.size),
        )
    if stage in ("pool1", "pool2"):
        source = "relu1" if stage == "pool1" else "relu2"
        before, after = layers[source][index], layers[stage][index]
        return DetailContent(
            heading=f"{stage} · " + tr("map {number}").format(number=number),
            input=Panel(f"{source} " + tr("map {number}").format(number=number) + f" ({before.shape[0]}×{before.shape[1]})",
                        before[None], "sequential", 1),
            operator=None,
            operator_text=tr("2×2 max, stride 2"),
            output=Panel(tr("pooled ({rows}×{cols})").format(rows=after.shape[0], cols=after.shape[1]), after[None],
                         "sequential", 1),
            explanation=tr(
                "Max pooling keeps the largest value of each 2×2 block: the map halves in each "
                "direction, and a feature still counts after a one-pixel shift as long as it stays inside the "
                "same 2×2 block."
            ),
        )
    if stage in ("fc1", "fc2", "fc3"):
        previous = {"fc1": "pool2", "fc2": "relu3", "fc3": "relu4"}[stage]
        inputs = layers[previous]
        row = tensors[f"{stage}.weight"][index]
        bias = float(tensors[f"{stage}.bias"][index])
        value = float(layers[stage][index])
        if stage == "fc1":
            input_maps, weight_maps, columns = inputs, row.reshape(inputs.shape), 4
        else:
            input_maps, weight_maps, columns = _units_grid(inputs), _units_grid(row), 1
        what = (tr("logit of digit {number}").format(number=index) if stage == "fc3"
                else tr("unit {number}").format(number=number))
        return DetailContent(
            heading=f"{stage} · {what}",
            input=Panel(f"{previous} " + tr("({count} values)").format(count=inputs.size), input_maps,
                        _signed(input_maps), columns, "map"),
            operator=Panel(tr("its {count} weights").format(count=row.size), weight_maps, "diverging", columns, "map"),
            operator_text="· " + tr("weights + bias"),
            output=Panel(tr("value {value}").format(value=_fmt(value)), np.full((1, 1, 1), value, dtype=np.float32),
                         "diverging", 1),
            explanation=tr(
                "A fully connected unit multiplies each of its {count} inputs by its own weight and adds "
                "them with the bias {bias}: {value}. PyTorch: {code}."
            ).format(count=row.size, bias=_fmt(bias), value=_fmt(value), code=f"<code>{stage}.weight[{index}]</code>"),
            has_bias=True,
        )
    raise ValueError(tr("there is no map to inspect in {stage}.").format(stage=repr(stage)))
