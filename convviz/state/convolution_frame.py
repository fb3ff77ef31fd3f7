"""One camera frame through the Convolution view's whole pipeline, in one worker job (no Qt).

A still picture goes through the view in two jobs (the feature map first, then
activation, pooling and the pinned pixel) so that a kernel edit shows at once.
A live frame goes through all of it in one job: the maps on screen then always
belong to the same frame, and the next frame is taken only when this one is
shown. The frame's conversion to a float picture happens here too, off the GUI
thread.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np

from convviz.state.camera import Frame, frame_picture
from convviz.state.convolution import ConvolutionRequest
from convviz.state.convolution_run import (
    NO_SCREENS,
    ConvolutionScreens,
    DetailsResult,
    MapsResult,
    run_details,
    run_maps,
)


@dataclass(frozen=True, eq=False)
class FrameResult:
    """A frame's maps and details, and the picture it became."""

    frame: Frame
    picture: np.ndarray  # (3, H, W) float32 in [0, 1]
    maps: MapsResult
    details: DetailsResult


def frame_shape(frame: Frame) -> np.ndarray:
    """A (3, H, W) view of the frame's bytes: enough for `resolve`, which reads only the shape, without a copy."""
    return np.moveaxis(frame.pixels, 2, 0)


def run_frame(
    request: ConvolutionRequest, frame: Frame, picture: np.ndarray | None = None,
    screens: ConvolutionScreens = NO_SCREENS,
) -> FrameResult:
    """Convolve `frame` (its float `picture` if already made) with the request's settings, drawn for `screens`."""
    if picture is None:
        picture = frame_picture(frame.pixels)
    request = replace(request, image=picture)
    maps = run_maps(request, screens)
    return FrameResult(frame, picture, maps, run_details(request, maps, screens))
