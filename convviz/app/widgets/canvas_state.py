"""A drawing canvas's part of a session or an undo step: checked against the canvas, put back quietly."""

from __future__ import annotations

from superqt.utils import signals_blocked

from convviz.session import SessionError


def check_canvas(canvas, drawing: dict | None, what: str) -> None:
    """SessionError if a saved drawing does not fit `canvas` (another resolution)."""
    if drawing is None:
        return
    side = canvas.resolution()
    if drawing["background"].shape != (side, side):
        h, w = drawing["background"].shape
        raise SessionError(f"{what} is {h}×{w} pixels; this canvas is {side}×{side}")


def restore_canvas_quietly(canvas, drawing: dict) -> None:
    """The drawing back without announcing it (the caller decides who hears of it)."""
    with signals_blocked(canvas):
        canvas.restore_drawing(drawing)
