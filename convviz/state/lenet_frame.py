"""One camera frame through LeNet's preprocessing and every layer, in one worker job (no Qt).

The frame is first made what the drawing canvas holds for a photo (grey,
fitted into the canvas's square, padded with its border's tone), so a live
frame is read exactly as a photo of the same picture would be, and the canvas
can show what the network was given.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from convviz.state.camera import Frame, fit_square
from convviz.state.lenet import InputPicture, WeightsSnapshot
from convviz.state.lenet_run import LeNetRequest, LeNetResult, LeNetRunner
from convviz.state.lenet_screen import LeNetScreenRequest, run_for_screen


@dataclass(frozen=True, eq=False)
class LeNetFrameResult:
    """A frame, the square picture the canvas shows of it, and every layer's answer to it."""

    frame: Frame
    square: np.ndarray  # (side, side) uint8 grey
    result: LeNetResult


def run_lenet_frame(
    runner: LeNetRunner, frame: Frame, side: int, name: str, weights: WeightsSnapshot, device: str,
    model: object | None = None, screen: LeNetScreenRequest | None = None,
) -> LeNetFrameResult:
    """Fit `frame` into the canvas's side×side square and run it as a picture named `name`."""
    square = fit_square(frame.pixels, side)
    request = LeNetRequest(InputPicture(name, picture=square), weights, device, model)
    return LeNetFrameResult(frame, square, run_for_screen(runner, request, screen))
