"""How a step's arithmetic is laid out: one kernel row per line, the sum last."""

from __future__ import annotations

import numpy as np

from convviz.core import conv_steps, pool_steps
from convviz.state.step_text import expression_html, expression_lines


def test_a_3x3_step_reads_as_three_lines_like_the_window():
    image = [[3, 0, 1, 2], [1, 5, 8, 9], [2, 7, 2, 5], [0, 1, 3, 1]]
    step = conv_steps(image, [[-1, 0, 1]] * 3)[0]
    lines, total = expression_lines(step.expression, 3)
    assert lines == ["3×(−1) + 0×0 + 1×1", "1×(−1) + 5×0 + 8×1", "2×(−1) + 7×0 + 2×1"]
    assert total == "5"
    text, size = expression_html(step.expression, 3)
    assert text.count("<br>") == 3 and "= 5</b>" in text and size == 26


def test_bias_and_big_kernels_shrink_the_text():
    step = conv_steps(np.ones((5, 5)), np.ones((5, 5)), bias=2.0)[0]
    lines, total = expression_lines(step.expression, 5)
    assert len(lines) == 6 and lines[-1] == "2 (bias)" and total == "27"
    assert expression_html(step.expression, 5)[1] < 26


def test_pooling_stays_on_one_line_and_html_is_escaped():
    step = pool_steps([[1, 3], [3, 6]], 2)[0]
    text, _ = expression_html(step.expression)
    assert text.startswith("max(1, 3, 3, 6)<br>") and text.endswith("= 6</b>")
    assert expression_html("a<b = 1")[0].startswith("a&lt;b")
