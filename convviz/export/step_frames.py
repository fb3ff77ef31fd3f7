"""Draw one sliding-window step as a picture, like the decks' step-by-step slides and the Steps view.

Left: the padded input (padding cells grey, the window outlined in orange,
each window cell with the kernel weight as a small subscript), then "∗", the
kernel (with its factor written apart, "× 1/9"), "=" and the output, filled up
to this step, the current cell outlined. Below: the arithmetic
"3×(−1) + 0×0 + … = 5" (then "× 1/9 = 0.556"). Max pooling marks the winning
cell in green. Kernel and output cells have the colours the Steps view gives
them, from the one colour table (`convviz.state.colors`, by kind of quantity,
levels from the whole matrix); highlights are Okabe–Ito (colour-blind safe)
on white, for slides.
"""

from __future__ import annotations

import math
from fractions import Fraction
from functools import lru_cache
from typing import Any

import numpy as np
from PIL import Image, ImageDraw

from convviz.core import format_number
from convviz.core.kernel_scale import ONE, apply_scale, parse_scale, scale_text
from convviz.i18n import tr, tr_noop
from convviz.state.colors import (
    SCALES,
    colourise,
    ink_for,
    levels_for,
    scale_for,
    sliding_output_scale,
)

from .fonts import Font, font

BACKGROUND = (255, 255, 255)
TEXT = (26, 26, 26)
GRID = (150, 150, 150)
PADDING_FILL = (222, 222, 222)
PADDING_TEXT = (120, 120, 120)
WINDOW_FILL = (255, 227, 179)
WINDOW_EDGE = (230, 159, 0)  # Okabe–Ito orange
WEIGHT_TEXT = (166, 84, 0)
WINNER_FILL = (159, 217, 195)
WINNER_EDGE = (0, 158, 115)  # Okabe–Ito bluish green
CURRENT_EDGE = (0, 114, 178)  # Okabe–Ito blue: the output cell being computed, as in the Steps view
TOTAL_TEXT = (0, 114, 178)  # Okabe–Ito blue, as the steps view writes the sum
LIGHT_INK, DARK_INK = (255, 255, 255), (17, 17, 17)  # numbers on coloured cells (`colors.ink_for`)

_FILLS = (BACKGROUND, PADDING_FILL, WINDOW_FILL, WINNER_FILL)
_INKS = (TEXT, PADDING_TEXT, WEIGHT_TEXT, GRID, WINDOW_EDGE, WINNER_EDGE, TOTAL_TEXT)
_BLENDS = 4  # anti-aliasing steps from a fill to an ink kept exactly in the palette
PALETTE_SIZE = 256  # a GIF's limit

MAX_GRID_SIDE = 40  # cells per side: beyond this the numbers are unreadable in a slide


def _blends(fills, inks, steps: int) -> list[tuple[int, int, int]]:
    colours: list[tuple[int, int, int]] = []
    for fill in fills:
        for ink in inks:
            for step in range(steps + 1):
                colour = tuple(round(a + (b - a) * step / steps) for a, b in zip(fill, ink))
                if colour not in colours:
                    colours.append(colour)
    return colours


@lru_cache(maxsize=1)
def _base_colours() -> tuple[tuple[int, int, int], ...]:
    return tuple(_blends(_FILLS, _INKS + (CURRENT_EDGE,), _BLENDS))


def frame_palette(cell_colours=()) -> Image.Image:
    """A "P" image whose palette holds every colour a frame uses, with anti-aliasing blends.

    The white-ground fills blended towards each ink, then the exact colour of
    every coloured cell (kernel and output, as many as fit; the rest find the
    nearest). Quantising every frame to this one palette keeps colours
    identical from frame to frame (no GIF flicker) and lets an APNG share a
    single palette.
    """
    colours = list(_base_colours())
    for extra in (LIGHT_INK, DARK_INK):
        if extra not in colours:
            colours.append(extra)
    cells = list(dict.fromkeys(tuple(int(v) for v in colour) for colour in cell_colours))
    cells = [colour for colour in cells if colour not in colours]
    room = PALETTE_SIZE - len(colours)
    if len(cells) > room:  # evenly spread over the cells' colours, sorted by brightness
        cells.sort(key=lambda c: (sum(c), c))
        cells = [cells[round(k * (len(cells) - 1) / max(room - 1, 1))] for k in range(room)]
    colours.extend(cells)
    palette = Image.new("P", (1, 1))
    palette.putpalette([value for colour in colours for value in colour])
    return palette


def _plane_stack(array: np.ndarray) -> np.ndarray:
    return array[None] if array.ndim == 2 else array


class StepFrames:
    """Frames of a `ConvSteps` or `PoolSteps` sequence; `frame(i)` draws step i.

    Frames share one size. Output cells are filled from the steps themselves
    (each sum × `kernel_scale`, the kernel's factor written apart when the
    steps were made with its whole cells), so the animation shows exactly
    what the core computed, in the colours of the Steps view: `output_scale`
    (default: by kind, `colors.sliding_output_scale`) for the output, the
    weights' scale for the kernel.
    """

    def __init__(
        self, steps: Any, *, cell_px: int = 56, kernel_scale: Fraction | str | float = ONE,
        output_scale: str | None = None,
    ) -> None:
        for attribute in ("padded", "pads", "output_shape", "input_shape"):
            if not hasattr(steps, attribute):
                raise ValueError(tr("export_steps_animation needs the steps of convviz.core.conv_steps or pool_steps"))
        if isinstance(cell_px, bool) or not isinstance(cell_px, (int, np.integer)) or not 16 <= cell_px <= 200:
            raise ValueError(tr("cell_px must be a whole number from 16 to 200 (got {cell_px!r})").format(
                                 cell_px=cell_px))
        self.steps = steps
        self.count = len(steps)
        if self.count == 0:
            raise ValueError(tr("there are no steps to animate"))
        self.is_pool = hasattr(steps, "mode") and not hasattr(steps, "kernel")
        self.factor = ONE if self.is_pool else parse_scale(kernel_scale)
        scale = output_scale or sliding_output_scale(getattr(steps, "mode", "max") if self.is_pool else "conv")
        if scale not in SCALES:
            raise ValueError(tr("unknown colour scale {scale!r}; use one of {choices}").format(
                                 scale=scale, choices=', '.join(SCALES)))
        self.output_scale = scale
        self.planes = _plane_stack(np.asarray(steps.padded, dtype=np.float64))
        self.pads = tuple(int(p) for p in steps.pads)
        self.input_hw = tuple(int(n) for n in steps.input_shape)
        self.out_hw = tuple(int(n) for n in steps.output_shape)
        padded_hw = self.planes.shape[-2:]
        if max(padded_hw + self.out_hw) > MAX_GRID_SIDE:
            raise ValueError(
                tr("the padded input is {height}×{width} cells; an animation shows every number, so use a matrix of "
                   "at most {most}×{most} (downscale the picture first)").format(
                    height=padded_hw[0], width=padded_hw[1], most=MAX_GRID_SIDE)
            )
        self.out_planes = self.planes.shape[0] if self.is_pool else 1
        self.kernels = None if self.is_pool else _plane_stack(np.asarray(steps.kernel, dtype=np.float64))
        self.final = self._all_outputs()
        self.output_colours = np.stack([colourise(plane, scale, levels_for(scale, plane)) for plane in self.final])
        self.kernel_colours = None
        if self.kernels is not None:  # the kernel as the Steps view colours it: weights, levels from its cells
            weights = scale_for("weights")
            self.kernel_colours = np.stack([colourise(k, weights, levels_for(weights, k)) for k in self.kernels])
        self.outputs = np.full((self.out_planes,) + self.out_hw, np.nan)
        self._filled = 0
        self._canvas: Image.Image | None = None
        self._canvas_done = 0
        self.cell = int(cell_px)
        self.number_font = font(round(self.cell * 0.36))
        self.weight_font = font(round(self.cell * 0.26))
        self.label_font = font(round(self.cell * 0.34))
        self.expression_font = font(round(self.cell * 0.32))
        self.operator_font = font(round(self.cell * 0.6))
        self._layout()
        self.palette = frame_palette(np.concatenate([c.reshape(-1, 3) for c in (self.output_colours, self.kernel_colours)
                                                     if c is not None]))

    def _all_outputs(self) -> np.ndarray:
        """Every output value (factor applied), for colour levels taken from the whole output, as the view does."""
        outputs = np.full((self.out_planes,) + self.out_hw, np.nan)
        for step in self.steps:
            value = step.value if self.is_pool else step.total
            outputs[:, step.out_row, step.out_col] = np.asarray(value, dtype=np.float64).reshape(-1)
        return outputs if self.is_pool else apply_scale(outputs, self.factor)

    # --- layout -------------------------------------------------------------------------------

    def _layout(self) -> None:
        c = self.cell
        self.margin = max(12, c // 3)
        self.gap = max(12, c // 2)
        ph, pw = self.planes.shape[-2:]
        oh, ow = self.out_hw
        in_w = self.planes.shape[0] * pw * c + (self.planes.shape[0] - 1) * self.gap
        out_w = self.out_planes * ow * c + (self.out_planes - 1) * self.gap
        self.arrow_w = max(2 * self.gap, round(self.label_font.width("max") + self.gap))
        kh = kw = 0
        kernel_w = 0
        if self.kernels is not None:
            planes, kh, kw = self.kernels.shape
            kernel_w = planes * kw * c + (planes - 1) * self.gap
            if self.factor != ONE:
                kernel_w = max(kernel_w, round(self.label_font.width(f"× {scale_text(self.factor)}")))
            kernel_w += self.arrow_w
        grids_w = in_w + self.arrow_w + kernel_w + out_w
        self.title_h = round(self.label_font.size * 1.6)
        self.label_h = round(self.label_font.size * 1.5)
        self.grids_top = self.margin + self.title_h + self.label_h
        self.factor_h = self.label_h if self.kernels is not None and self.factor != ONE else 0
        self.grids_h = max(ph * c, oh * c, kh * c + self.factor_h)
        self.width = max(grids_w + 2 * self.margin, 12 * c)
        self.line_h = round(self.expression_font.size * 1.45)
        longest = max(len(self._expression_lines(i)) for i in range(self.count))
        self.expression_lines = min(longest, 16)
        self.height = self.grids_top + self.grids_h + self.gap + self.expression_lines * self.line_h + self.margin
        left = self.margin + (self.width - 2 * self.margin - grids_w) // 2
        self.input_x = [left + k * (pw * c + self.gap) for k in range(self.planes.shape[0])]
        kernel_left = left + in_w + self.arrow_w
        self.kernel_x = [] if self.kernels is None else [
            kernel_left + k * (kw * c + self.gap) for k in range(self.kernels.shape[0])
        ]
        self.kernel_w = kernel_w - self.arrow_w if self.kernels is not None else 0
        out_left = kernel_left + kernel_w
        self.output_x = [out_left + k * (ow * c + self.gap) for k in range(self.out_planes)]

    def _expression_lines(self, i: int) -> list[str]:
        """The step's arithmetic as the steps view lays it out: one kernel row per line, then "= total".

        Pooling reads "max(2, 1, 8, 9)" on one line. Lines too wide for the
        frame are wrapped at " + ".
        """
        width = self.width - 2 * self.margin
        left, _, total = self.steps[i].expression.rpartition(" = ")
        if not left:
            return self._wrap(self.steps[i].expression, width)
        if self.is_pool:
            return self._wrap(left, width) + [f"= {total}"]
        terms = left.split(" + ")
        per_line = int(np.shape(self.steps.kernel)[-1])
        lines: list[str] = []
        for start in range(0, len(terms), per_line):
            row = " + ".join(terms[start : start + per_line])
            lines.extend(self._wrap(row if start == 0 else "+ " + row, width))
        if self.factor != ONE:  # the decks' "±1, then /9": the whole sum first, then the factor
            value = float(self.final[(0, self.steps[i].out_row, self.steps[i].out_col)])
            return lines + [f"= {total} × {scale_text(self.factor)} = {format_number(value)}"]
        return lines + [f"= {total}"]

    def _wrap(self, text: str, width: int) -> list[str]:
        """Break the sum at " + " so every line fits `width` pixels."""
        terms = text.split(" + ")
        lines: list[str] = []
        current = ""
        for k, term in enumerate(terms):
            piece = term if k == 0 else " + " + term
            if current and self.expression_font.width(current + piece) > width:
                lines.append(current)
                current = "+ " + term
            else:
                current += piece
        lines.append(current)
        return lines

    # --- drawing ------------------------------------------------------------------------------

    def _fill_outputs(self, upto: int) -> None:
        while self._filled <= upto:
            step = self.steps[self._filled]
            self.outputs[:, step.out_row, step.out_col] = self.final[:, step.out_row, step.out_col]
            self._filled += 1

    def _text(self, draw: ImageDraw.ImageDraw, xy: tuple[float, float], text: str, f: Font, fill, anchor="mm") -> None:
        draw.text(xy, f.text(text), font=f.font, fill=fill, anchor=anchor)

    def _fitted(self, text: str, width: float) -> Font:
        f = self.number_font
        while f.size > 8 and f.width(text) > width:
            f = font(f.size - 1)
        return f

    def _is_padding(self, r: int, col: int) -> bool:
        top, _, left, _ = self.pads
        height, width = self.input_hw
        return r < top or r >= top + height or col < left or col >= left + width

    def _box(self, x0: int, r: int, col: int, top: int | None = None) -> tuple[int, int, int, int]:
        c = self.cell
        y0 = self.grids_top if top is None else top
        return (x0 + col * c, y0 + r * c, x0 + (col + 1) * c, y0 + (r + 1) * c)

    def output_box(self, plane: int, r: int, col: int) -> tuple[int, int, int, int]:
        """Where output cell (r, col) of `plane` is drawn (x0, y0, x1, y1), e.g. to read its colour."""
        return self._box(self.output_x[plane], r, col)

    def kernel_box(self, plane: int, r: int, col: int) -> tuple[int, int, int, int]:
        """Where kernel cell (r, col) of `plane` is drawn (x0, y0, x1, y1)."""
        return self._box(self.kernel_x[plane], r, col, self._kernel_top())

    def _kernel_top(self) -> int:
        kh = self.kernels.shape[1]
        return self.grids_top + (self.grids_h - kh * self.cell - self.factor_h) // 2

    def _coloured_cell(self, draw, box, value: float, rgb) -> None:
        """A number on its heat colour, in the ink the Steps view would write it in."""
        fill = tuple(int(v) for v in rgb)
        self._number_cell(draw, box, value, fill, LIGHT_INK if ink_for(fill) == (255, 255, 255) else DARK_INK)

    def _number_cell(self, draw, box, value: float, fill, colour) -> None:
        draw.rectangle(box, fill=fill, outline=GRID, width=1)
        text = "" if not math.isfinite(value) else format_number(value, 2)
        self._text(draw, ((box[0] + box[2]) / 2, (box[1] + box[3]) / 2), text, self._fitted(text, self.cell * 0.9), colour)

    def _base(self) -> Image.Image:
        """Everything that stays the same in every frame: labels, the input numbers, the empty output."""
        c = self.cell
        picture = Image.new("RGB", (self.width, self.height), BACKGROUND)
        draw = ImageDraw.Draw(picture)
        label_y = self.grids_top - self.label_h // 2
        for k, plane in enumerate(self.planes):
            x0 = self.input_x[k]
            say = self.label_font.say
            name = (say(tr_noop("channel {number}")).format(number=k + 1) if len(self.planes) > 1
                    else say(tr_noop("input (padded)")) if any(self.pads) else say(tr_noop("input")))
            self._text(draw, (x0 + plane.shape[1] * c / 2, label_y), name, self.label_font, TEXT)
            for r in range(plane.shape[0]):
                for col in range(plane.shape[1]):
                    padding = self._is_padding(r, col)
                    self._number_cell(draw, self._box(x0, r, col), plane[r, col],
                                      PADDING_FILL if padding else BACKGROUND, PADDING_TEXT if padding else TEXT)
        middle = self.grids_top + self.grids_h / 2
        arrow_x = self.input_x[-1] + self.planes.shape[-1] * c + self.arrow_w / 2
        if self.is_pool:
            self._text(draw, (arrow_x, middle), getattr(self.steps, "mode", "max"), self.label_font, TEXT)
        else:
            self._text(draw, (arrow_x, middle), "∗", self.operator_font, TEXT)
            self._draw_kernel(draw, label_y)
            equals_x = self.kernel_x[0] + self.kernel_w + self.arrow_w / 2
            self._text(draw, (equals_x, middle), "=", self.operator_font, TEXT)
        oh, ow = self.out_hw
        for k in range(self.out_planes):
            x0 = self.output_x[k]
            name = (self.label_font.say(tr_noop("output")) if self.out_planes == 1
                    else self.label_font.say(tr_noop("output {number}")).format(number=k + 1))
            self._text(draw, (x0 + ow * c / 2, label_y), name, self.label_font, TEXT)
            for r in range(oh):
                for col in range(ow):
                    draw.rectangle(self._box(x0, r, col), fill=BACKGROUND, outline=GRID, width=1)
        return picture

    def _draw_kernel(self, draw: ImageDraw.ImageDraw, label_y: float) -> None:
        """The kernel as the steps apply it, coloured as weights, its factor written apart below."""
        c = self.cell
        planes, kh, kw = self.kernels.shape
        top = self._kernel_top()
        name = self.label_font.say(tr_noop("kernel"))
        centre = self.kernel_x[0] + self.kernel_w / 2
        self._text(draw, (centre, label_y), name, self.label_font, TEXT)
        for k in range(planes):
            for r in range(kh):
                for col in range(kw):
                    box = self._box(self.kernel_x[k], r, col, top)
                    self._coloured_cell(draw, box, self.kernels[k, r, col], self.kernel_colours[k, r, col])
        if self.factor != ONE:
            y = top + kh * c + self.label_h / 2
            self._text(draw, (centre, y), f"× {scale_text(self.factor)}", self.label_font, TEXT)

    def _canvas_upto(self, i: int) -> Image.Image:
        """The base with output cells 0 … i−1 filled in (kept between calls: frames usually come in order)."""
        if self._canvas is None or self._canvas_done > i:
            self._canvas = self._base()
            self._canvas_done = 0
        self._fill_outputs(i)
        draw = ImageDraw.Draw(self._canvas)
        ow = self.out_hw[1]
        while self._canvas_done < i:
            r, col = divmod(self._canvas_done, ow)
            for k in range(self.out_planes):
                self._coloured_cell(draw, self._box(self.output_x[k], r, col), self.outputs[k, r, col],
                                    self.output_colours[k, r, col])
            self._canvas_done += 1
        return self._canvas

    def palette_frame(self, i: int) -> Image.Image:
        """Step `i` as a "P" image on the shared `frame_palette()` (what the animations store)."""
        return self.frame(i).quantize(palette=self.palette, dither=Image.Dither.NONE)

    def frame(self, i: int) -> Image.Image:
        """The picture of step `i` (0-based) as an RGB image."""
        if not 0 <= i < self.count:
            raise IndexError(tr("step {i} is out of range; there are {count} steps").format(i=i, count=self.count))
        step = self.steps[i]
        picture = self._canvas_upto(i).copy()
        draw = ImageDraw.Draw(picture)
        c = self.cell
        edge = max(2, c // 14)
        title = self.label_font.say(tr_noop("Step {step} of {count}: output row {row}, column {column}")).format(
            step=i + 1, count=self.count, row=step.out_row + 1, column=step.out_col + 1)
        self._text(draw, (self.margin, self.margin), title, self.label_font, TEXT, anchor="lt")
        winner = None
        if self.is_pool and step.winner is not None:
            winner = (step.rows[0] + step.winner[0], step.cols[0] + step.winner[1])
        weights = None if self.is_pool else _plane_stack(np.asarray(step.weights, dtype=np.float64))
        for k, plane in enumerate(self.planes):
            x0 = self.input_x[k]
            for wr, r in enumerate(step.rows):
                for wc, col in enumerate(step.cols):
                    box = self._box(x0, r, col)
                    padding = self._is_padding(r, col)
                    colour = PADDING_TEXT if padding else TEXT
                    fill = WINNER_FILL if (r, col) == winner else WINDOW_FILL
                    if weights is None:
                        self._number_cell(draw, box, plane[r, col], fill, colour)
                        continue
                    draw.rectangle(box, fill=fill, outline=GRID, width=1)
                    value = plane[r, col]
                    text = "" if not math.isfinite(value) else format_number(value, 2)
                    self._text(draw, (box[0] + c * 0.42, box[1] + c * 0.42), text, self._fitted(text, c * 0.7), colour)
                    self._text(draw, (box[2] - c * 0.08, box[3] - c * 0.06), format_number(weights[k][wr, wc], 2),
                               self.weight_font, WEIGHT_TEXT, anchor="rd")
            first, last = self._box(x0, min(step.rows), min(step.cols)), self._box(x0, max(step.rows), max(step.cols))
            draw.rectangle((first[0], first[1], last[2], last[3]), outline=WINDOW_EDGE, width=edge)
            if winner is not None:
                draw.rectangle(self._box(x0, *winner), outline=WINNER_EDGE, width=edge)
        for k in range(self.out_planes):
            box = self._box(self.output_x[k], step.out_row, step.out_col)
            self._coloured_cell(draw, box, self.outputs[k, step.out_row, step.out_col],
                                self.output_colours[k, step.out_row, step.out_col])
            draw.rectangle(box, outline=CURRENT_EDGE, width=edge)
        y = self.grids_top + self.grids_h + self.gap
        lines = self._expression_lines(i)[: self.expression_lines]
        for number, line in enumerate(lines):
            colour = TOTAL_TEXT if number == len(lines) - 1 else TEXT
            self._text(draw, (self.margin, y), line, self.expression_font, colour, anchor="lt")
            y += self.line_h
        return picture
