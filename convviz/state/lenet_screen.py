"""One LeNet update drawn for the screen, on the compute worker: every layer grid and the inspected map.

A pen stroke asks for every layer of the network again; colouring and tiling
their maps here, off the GUI thread, leaves the GUI only finished RGBA
mosaics to swap in (`MapGrid.show_mosaic`), and the preprocessing strip its
four grey pictures. The view says, when it sends a
request, how each grid tiles its maps and which map the detail panel shows.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace

import numpy as np

from convviz.state.colors import range_levels
from convviz.state.lenet_detail import DetailContent, detail_content
from convviz.state.lenet_run import LeNetRequest, LeNetResult, LeNetRunner
from convviz.state.map_mosaic import MosaicPicture, MosaicSpec, as_stack, render_mosaic

#: grid name -> (the layers stacked as its rows, how it tiles and colours them)
GridSpecs = Mapping[str, tuple[tuple[str, ...], MosaicSpec]]
STRIP_PIXELS = 96  # preprocessing pictures larger than this are averaged down for display only
STRIP_STAGES = ("source", "cropped", "fitted", "centred")  # the fields of PreprocessStages the strip shows


@dataclass(frozen=True)
class LeNetScreenRequest:
    """What the view shows of a result: its layer grids and the map inspected in the detail panel."""

    grids: GridSpecs
    inspected: tuple[str, int] | None = None
    color_range: str = "layer"  # which maps share colour-bar ends (convviz.state.colors.COLOR_RANGES)


@dataclass(frozen=True, eq=False)
class LeNetScreen:
    """Finished pictures for one result."""

    grids: dict[str, MosaicPicture]
    inspected: tuple[str, int] | None
    detail: DetailContent | None  # None when nothing is inspected (or the stage has no detail)
    detail_pictures: dict[str, MosaicPicture]  # "input", "operator", "output"
    strip: dict[str, np.ndarray]  # STRIP_STAGES -> (h, w, 4) RGBA; empty for a test digit


def shrink_for_display(array: np.ndarray, most: int = STRIP_PIXELS) -> np.ndarray:
    """A big picture averaged down by whole blocks to about `most` pixels a side.

    A slot is about a hundred screen pixels wide: colouring a 280×280 canvas
    every frame would cost more than the network's forward pass.
    """
    factor = max(array.shape) // most
    if factor < 2:
        return array
    height, width = (array.shape[0] // factor) * factor, (array.shape[1] // factor) * factor
    if height == 0 or width == 0:
        return array
    blocks = array[:height, :width].reshape(height // factor, factor, width // factor, factor)
    return blocks.mean(axis=(1, 3))


def strip_picture(array: np.ndarray) -> np.ndarray:
    """One preprocessing stage (values 0…1, NaN: nothing) as grey RGBA, averaged down for its slot."""
    shown = shrink_for_display(np.asarray(array, dtype=np.float32))
    return render_mosaic(shown, MosaicSpec("grey", 1, 0, (0.0, 1.0))).rgba


def grid_maps(layers: Mapping[str, np.ndarray], sources: tuple[str, ...]) -> np.ndarray:
    """One layer's maps, or several same-sized layers stacked as the rows of one picture (units before/after)."""
    if len(sources) == 1:
        return layers[sources[0]]
    return np.stack([np.asarray(layers[name]).reshape(-1) for name in sources])[None]


def detail_pictures(content: DetailContent) -> dict[str, MosaicPicture]:
    """The detail panel's three groups (input, filter, output) coloured as its grids show them."""
    panels = {"input": content.input, "operator": content.operator, "output": content.output}
    return {part: render_mosaic(panel.maps, MosaicSpec(panel.scale, panel.columns))
            for part, panel in panels.items() if panel is not None}


def render_lenet(result: LeNetResult, request: LeNetScreenRequest) -> LeNetScreen:
    """Colour and tile every grid of `request` from one result's layer outputs."""
    stacks = {name: as_stack(grid_maps(result.layers, sources)) for name, (sources, _) in request.grids.items()}
    every = list(stacks.values())
    grids = {}
    for name, (_, spec) in request.grids.items():
        if request.color_range != "layer":  # per map, or one range for the whole network
            spec = replace(spec, tile_levels=tuple(range_levels(request.color_range, spec.scale, stacks[name], every)))
        grids[name] = render_mosaic(stacks[name], spec)
    content, pictures = None, {}
    if request.inspected is not None:
        stage, index = request.inspected
        try:
            content = detail_content(stage, index, result.layers, result.request.weights.tensors)
        except (ValueError, KeyError, IndexError):  # a stage this network has no detail for: the view says so
            content = None
        if content is not None:
            pictures = detail_pictures(content)
    strip = {}
    if result.stages is not None:
        strip = {name: strip_picture(getattr(result.stages, name)) for name in STRIP_STAGES}
    return LeNetScreen(grids, request.inspected, content, pictures, strip)


def run_for_screen(runner: LeNetRunner, request: LeNetRequest, screen: LeNetScreenRequest | None) -> LeNetResult:
    """Run one update and, for LeNet's own layers, draw it for the screen (`LeNetResult.screen`)."""
    result = runner.run(request)
    if screen is None or request.model is not None:  # a student's own CNN keeps its own display
        return result
    return replace(result, screen=render_lenet(result, screen))
