"""The sliding window as an animated GIF or APNG for slides, one frame per step, written by Pillow.

Frames are drawn first (one byte per pixel, on one shared palette), with
`progress(done, total)` after each; returning False cancels: nothing is
written and the function returns None. Then Pillow writes the file, which
appears whole or not at all.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from convviz.i18n import tr

from .files import atomic_target
from .step_frames import StepFrames

FORMATS = {"gif": "GIF", "apng": "PNG"}
MAX_FRAMES = 1000  # ~a minute at 15 fps; beyond that an animation does not teach, and files get huge
MAX_PIXELS = 400_000_000  # all frames together (one byte each): keeps memory under ~400 MB
DEFAULT_CELL_PX, MIN_CELL_PX = 56, 16  # pixels a matrix cell; `cell_px=None` picks the largest that fits


def fitted_frames(steps: Any, cell_px: int | None, **options: Any) -> StepFrames:
    """The frames at `cell_px` pixels a cell, or (None) at the largest size up to DEFAULT_CELL_PX that fits memory."""
    size = DEFAULT_CELL_PX if cell_px is None else cell_px
    while True:
        frames = StepFrames(steps, cell_px=size, **options)
        pixels = len(steps) * frames.width * frames.height
        if pixels <= MAX_PIXELS:
            return frames
        if cell_px is not None or size <= MIN_CELL_PX:
            raise ValueError(
                tr("{count} frames of {width}×{height} pixels need too much memory; choose a smaller cell size or "
                   "fewer steps").format(count=len(steps), width=frames.width, height=frames.height)
            )
        size = max(MIN_CELL_PX, min(size - 1, int(size * (MAX_PIXELS / pixels) ** 0.5)))


def export_steps_animation(
    steps: Any,
    path: str | Path,
    *,
    fmt: str = "gif",
    cell_px: int | None = DEFAULT_CELL_PX,
    fps: float = 2.0,
    hold_last_s: float = 2.0,
    progress: Callable[[int, int], bool | None] | None = None,
    kernel_scale: Any = 1,
    output_scale: str | None = None,
) -> Path | None:
    """Write one frame per step of `steps` (from `convviz.core.conv_steps` or `pool_steps`).

    `fmt` "gif" or "apng"; `cell_px` pixels per matrix cell (None: the largest
    up to 56 whose frames fit in memory); `fps` frames per
    second (0.1 to 50); the last frame stays `hold_last_s` seconds (at least
    one frame's time) so a looping slide shows the finished output.
    `progress(done, total)` is called after each frame and once more after
    the file is written (total = frames + 1); return False to cancel.
    `kernel_scale` ("1/9") is the factor of steps made with a kernel's whole
    cells; `output_scale` the output's colour scale (default: by kind, as the
    Steps view colours it).
    Returns the path written, or None when cancelled.
    """
    key = fmt.lower() if isinstance(fmt, str) else fmt
    if key not in FORMATS:
        raise ValueError(tr('unknown animation format {fmt!r}; choose "gif" or "apng"').format(fmt=fmt))
    if isinstance(fps, bool) or not isinstance(fps, (int, float)) or not 0.1 <= fps <= 50:
        raise ValueError(tr("fps must be a number from 0.1 to 50 (got {fps!r})").format(fps=fps))
    if isinstance(hold_last_s, bool) or not isinstance(hold_last_s, (int, float)) or not 0 <= hold_last_s <= 60:
        raise ValueError(tr("hold_last_s must be 0 to 60 seconds (got {hold_last_s!r})").format(
                             hold_last_s=hold_last_s))
    count = len(steps)
    if count > MAX_FRAMES:
        raise ValueError(
            tr("{count} steps is too many for an animation (at most {MAX_FRAMES}); use a smaller matrix, a larger "
               "stride or a smaller picture").format(count=count, MAX_FRAMES=MAX_FRAMES)
        )
    frames = fitted_frames(steps, cell_px, kernel_scale=kernel_scale, output_scale=output_scale)
    total = count + 1
    frame_ms = max(20, round(1000 / fps))
    durations = [frame_ms] * count
    durations[-1] = max(frame_ms, round(hold_last_s * 1000))
    pictures = []
    for i in range(count):
        pictures.append(frames.palette_frame(i))
        if progress is not None and progress(i + 1, total) is False:
            return None
    options: dict[str, Any] = {"save_all": True, "append_images": pictures[1:], "duration": durations, "loop": 0}
    if key == "gif":
        options["optimize"] = False
    with atomic_target(path) as temporary:
        pictures[0].save(temporary, format=FORMATS[key], **options)
    if progress is not None:
        progress(total, total)
    return Path(path)
