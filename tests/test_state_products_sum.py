"""The running sum as presentation mode writes it: the products' values, one kernel row a line, the core's total."""

from __future__ import annotations

import numpy as np

from convviz.state.step_text import products_sum_html


def test_products_are_added_row_by_row_with_their_signs_and_the_cores_total():
    products = np.array([[-3.0, 0.0, 1.0], [-1.0, 0.0, 8.0], [-2.0, 0.0, 2.0]])
    html, size = products_sum_html(products, "3×(−1) + … = 5", total_color="#123456")
    lines = html.split("<br>")
    assert lines[:3] == ["−3 + 0 + 1", "− 1 + 0 + 8", "− 2 + 0 + 2"]
    assert lines[3] == "<b style='color:#123456'>= 5</b>"
    assert size == 26


def test_a_sum_with_more_rows_gets_a_smaller_size():
    _, size = products_sum_html(np.ones((5, 5)), "… = 25")
    assert size == 20
