"""The Steps view in "transposed" mode: each input cell stamps its scaled kernel into the output.

Kept apart from view.py (which slides a window): here the steps walk the
input, the products panel shows the stamp value × kernel, the output grows
stamp by stamp with overlapping cells summed, and the cells reached by more
than one stamp so far are written out as sums. Everything shown comes from
the core's `transposed_steps`.
"""

from __future__ import annotations

import html

import numpy as np

from convviz.app.widgets.announce import announce
from convviz.app.widgets.status_colors import set_status_style
from convviz.core import format_number
from convviz.state.colors import SCALE_MEANINGS, scale_for
from convviz.state.conventions import COUNTING_NOTE, cell_name
from convviz.state.step_speech import spoken_stamp
from convviz.state.steps import BuiltSteps

MAX_SUM_LINES = 4  # overlap sums written out under the stamp (the rest are in the output grid)


def show_matrices(view, built: BuiltSteps) -> None:
    """Input (no padding ring: padding cuts the output instead), kernel, and the output's frame."""
    settings = built.settings
    view._offset = (0, 0)
    view.input_grid.set_matrix(settings.image)
    view.input_grid.set_padding_mask(None)
    source = f" of “{view._picture_source}”" if view._picture_source else ""
    view.input_grid.set_title(f"Input {settings.image.shape[0]}×{settings.image.shape[1]}{source}")
    view._stretch_columns(built)
    view.kernel_grid.setVisible(True)
    view.pool_label.setVisible(False)
    factor = settings.scale_text
    view.scale_label.setText(f"× {factor}" if factor else "")
    view.scale_label.setVisible(bool(factor))
    view.times_sign.setText("∗ᵀ")
    view.times_sign.setToolTip("transposed convolution: every input cell stamps the kernel, scaled, into the output")
    view.kernel_grid.set_matrix(settings.kernel)
    view.kernel_grid.set_title(f"Kernel {settings.kernel.shape[0]}×{settings.kernel.shape[1]}")
    if built.steps is None:
        view.output_grid.set_matrix(np.zeros((0, 0)))
        view.output_grid.set_title("No output")
        view.output_grid.set_placeholder_text(built.problem or "")
    else:
        rows, cols = built.output_shape
        cut = f", {settings.padding} cut from each side" if settings.padding else ""
        view.output_grid.set_matrix(built.values.reshape(rows, cols))
        view.output_grid.set_color_scale(settings.output_scale)
        view.output_grid.set_title(f"Output {rows}×{cols}{cut}")
    view.window_grid.set_title("The stamp: input cell × kernel")
    view.legend_label.setText(
        f"Colours: {SCALE_MEANINGS[settings.output_scale]} · orange: this stamp · {COUNTING_NOTE}"
    )


def show_step(view, built: BuiltSteps, index: int) -> None:
    """Stamp `index`: its input cell, value × kernel, where it lands and the sums it makes."""
    steps = built.steps
    step = steps[index]
    settings = built.settings
    rows, cols = built.output_shape
    view.window_grid.setVisible(True)
    view.input_grid.set_subscripts({})
    view.input_grid.clear_highlight("winner")
    view.input_grid.set_highlight([(step.in_row, step.in_col)], "window")
    partial = built.output_until(index)
    view.output_grid.set_matrix(np.where(np.isnan(partial), 0.0, partial))
    view.output_grid.set_hidden(
        [(r, c) for r in range(rows) for c in range(cols) if step.coverage[r, c] == 0], view._pending_marker
    )
    landed = [(r, c) for a, r in enumerate(step.rows) for b, c in enumerate(step.cols) if step.inside[a, b]]
    view.output_grid.clear_highlight("current")
    view.output_grid.set_highlight(landed, "window")
    view.window_grid.set_matrix(step.stamp)
    view.window_grid.set_padding_mask(None if step.inside.all() else ~step.inside, "cut")
    view.window_grid.set_color_scale(scale_for("products"))
    view.window_grid.clear_highlight("winner")
    lines = [html.escape(_stamp_sentence(step, landed))]
    overlaps = [cell for cell in landed if step.coverage[cell] > 1]
    for r, c in overlaps[:MAX_SUM_LINES]:
        lines.append(f"{html.escape(cell_name(r, c))}: {html.escape(steps.cell_expression(r, c, until=index))}")
    if len(overlaps) > MAX_SUM_LINES:
        lines.append(f"… and {len(overlaps) - MAX_SUM_LINES} more overlapping cell(s)")
    set_status_style(view.expression_label, None, "font-size: 18px;")
    view.expression_label.setText("<br>".join(lines))
    view.step_label.setText(
        f"Step {index + 1} of {built.count} · input {cell_name(step.in_row, step.in_col)} stamps "
        f"{len(landed)} output cell(s)"
    )
    view.formula_label.setText(built.formula)
    announce(view.expression_label, spoken_stamp(step, index, built.count))
    scale = f", then × {settings.scale_text}" if settings.scale_text else ""
    view.note_label.setText(
        "Multiply the whole kernel by this input cell and add the stamp into the output; where stamps overlap "
        f"the output holds their sum{scale}."
    )
    view.updated.emit()


def _stamp_sentence(step, landed: list[tuple[int, int]]) -> str:
    """ "2 × kernel → output rows 1 to 3, columns 3 to 5", counted from 1 like every grid here."""
    head = f"{format_number(step.value)} × kernel"
    cut = step.inside.size - len(landed)
    cut_text = f" ({cut} of its cells fall in the cut-off padding)" if cut else ""
    if not landed:
        return f"{head}: the whole stamp falls in the cut-off padding"
    rows = sorted({r for r, _ in landed})
    cols = sorted({c for _, c in landed})

    def span(values: list[int]) -> str:
        return str(values[0] + 1) if len(values) == 1 else f"{values[0] + 1} to {values[-1] + 1}"

    return f"{head} → output rows {span(rows)}, columns {span(cols)}{cut_text}"
