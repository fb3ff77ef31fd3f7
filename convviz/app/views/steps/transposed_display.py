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
from convviz.i18n import tr
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
    source = tr(" of “{picture}”").format(picture=view._picture_source) if view._picture_source else ""
    view.input_grid.set_title(tr("Input {rows}×{cols}").format(rows=settings.image.shape[0], cols=settings.image.shape[1])
                              + source)
    view._stretch_columns(built)
    view.kernel_grid.setVisible(True)
    view.pool_label.setVisible(False)
    factor = settings.scale_text
    view.scale_label.setText(f"× {factor}" if factor else "")
    view.scale_label.setVisible(bool(factor))
    view.times_sign.setText("∗ᵀ")
    view.times_sign.setToolTip(tr("transposed convolution: every input cell stamps the kernel, scaled, into the output"))
    view.kernel_grid.set_matrix(settings.kernel)
    view.kernel_grid.set_title(tr("Kernel {rows}×{cols}").format(rows=settings.kernel.shape[0], cols=settings.kernel.shape[1]))
    if built.steps is None:
        view.output_grid.set_matrix(np.zeros((0, 0)))
        view.output_grid.set_title(tr("No output"))
        view.output_grid.set_placeholder_text(built.problem or "")
    else:
        rows, cols = built.output_shape
        cut = tr(", {padding} cut from each side").format(padding=settings.padding) if settings.padding else ""
        view.output_grid.set_matrix(built.values.reshape(rows, cols))
        view.output_grid.set_color_scale(settings.output_scale)
        view.output_grid.set_title(tr("Output {rows}×{cols}").format(rows=rows, cols=cols) + cut)
    view.window_grid.set_title(tr("The stamp: input cell × kernel"))
    view.legend_label.setText(
        tr("Colours: {meaning}").format(meaning=tr(SCALE_MEANINGS[settings.output_scale]))
        + f" · {tr('orange: this stamp')} · {tr(COUNTING_NOTE)}"
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
        lines.append(tr("… and {count} more overlapping cell(s)").format(count=len(overlaps) - MAX_SUM_LINES))
    set_status_style(view.expression_label, None, "font-size: 18px;")
    view.expression_label.setText("<br>".join(lines))
    view.step_label.setText(
        tr("Step {step} of {count} · input {cell} stamps {landed} output cell(s)").format(
            step=index + 1, count=built.count, cell=cell_name(step.in_row, step.in_col), landed=len(landed))
    )
    view.formula_label.setText(built.formula)
    announce(view.expression_label, spoken_stamp(step, index, built.count))
    scale = tr(", then × {factor}").format(factor=settings.scale_text) if settings.scale_text else ""
    view.note_label.setText(
        tr("Multiply the whole kernel by this input cell and add the stamp into the output; where stamps overlap "
           "the output holds their sum{then}.").format(then=scale)
    )
    view.updated.emit()


def _stamp_sentence(step, landed: list[tuple[int, int]]) -> str:
    """ "2 × kernel → output rows 1 to 3, columns 3 to 5", counted from 1 like every grid here."""
    head = tr("{value} × kernel").format(value=format_number(step.value))
    cut = step.inside.size - len(landed)
    cut_text = tr(" ({cut} of its cells fall in the cut-off padding)").format(cut=cut) if cut else ""
    if not landed:
        return tr("{stamp}: the whole stamp falls in the cut-off padding").format(stamp=head)
    rows = sorted({r for r, _ in landed})
    cols = sorted({c for _, c in landed})

    def span(values: list[int]) -> str:
        return str(values[0] + 1) if len(values) == 1 else tr("{first} to {last}").format(first=values[0] + 1,
                                                                                         last=values[-1] + 1)

    return tr("{stamp} → output rows {rows}, columns {cols}").format(stamp=head, rows=span(rows), cols=span(cols)) + cut_text
