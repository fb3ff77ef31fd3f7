"""The colour bar's numbers (`convviz.state.colors.bar_labels`): nice steps, the right ends, never overlapping."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from convviz.state.colors import (
    BAR_LABEL_NEAREST,
    BAR_LABEL_PITCH,
    bar_labels,
    bar_step,
    bar_step_text,
)

LINE = 14.0


def reads(text: str) -> float:
    return float(text.replace("\u2212", "-"))


def test_a_tall_bar_gets_a_number_at_every_nice_step():
    labels = bar_labels(-3.0, 3.0, 200.0, LINE)
    assert [label.text for label in labels] == ["\u22123", "\u22122", "\u22121", "0", "1", "2", "3"]
    assert [label.value for label in labels] == [-3.0, -2.0, -1.0, 0.0, 1.0, 2.0, 3.0]
    assert labels[3].offset == pytest.approx(100.0)  # centred on its value: 0 halfway up
    assert labels[0].offset == pytest.approx(LINE / 2)  # the end numbers pulled in to stay on the bar
    assert labels[-1].offset == pytest.approx(200.0 - LINE / 2)


def test_a_short_bar_gets_a_coarser_step():
    assert [label.text for label in bar_labels(-3.0, 3.0, 60.0, LINE)] == ["\u22122", "0", "2"]
    assert bar_labels(0.0, 1.0, 30.0, LINE) == [bar_labels(0.0, 1.0, 30.0, LINE)[0]]  # one number only
    assert bar_labels(0.0, 1.0, 5.0, LINE) == []  # not even one line's room


def test_the_step_is_the_finest_nice_one_that_keeps_the_pitch():
    assert bar_step(0.0, 2.0, 100.0, LINE) == pytest.approx(0.5)  # 1.4 lines = 0.39 → 0.5
    assert bar_step(0.0, 1.0, 100.0, LINE) == pytest.approx(0.2)  # 0.196 → 0.2
    assert bar_step(0.0, 10.0, 100.0, LINE) == pytest.approx(2.0)
    assert bar_step(0.0, 10.0, 40.0, LINE) == pytest.approx(5.0)
    assert bar_step(0.0, 100.0, 100.0, LINE) == pytest.approx(20.0)
    assert bar_step(0.0, 1.0, 50.0, LINE) == pytest.approx(0.5)  # 0.39 → 0.5, not 0.25 < 0.39
    assert bar_step(1.0, 1.0, 100.0, LINE) == math.inf


def test_pulled_in_ends_make_the_step_coarser_rather_than_touch():
    # 0.2 would put "0.2" 13 px from the pulled-in "0.0": the next nice step, 0.25, stands apart
    labels = bar_labels(0.0, 1.0, 100.0, LINE)
    assert [label.text for label in labels] == ["0.00", "0.25", "0.50", "0.75", "1.00"]


def test_step_texts_have_as_many_decimals_as_the_step():
    assert [bar_step_text(v, 0.5) for v in (0.0, 0.5, 1.0)] == ["0.0", "0.5", "1.0"]
    assert [bar_step_text(v, 2.5) for v in (-2.5, 0.0, 5.0)] == ["\u22122.5", "0.0", "5.0"]
    assert bar_step_text(0.75, 0.25) == "0.75"
    assert bar_step_text(-0.0, 1.0) == "0" and bar_step_text(-1e-17, 0.1) == "0.0"
    assert bar_step_text(20000.0, 5000.0) == "20000"
    assert bar_step_text(3e-8, 1e-8) == "3e\u221208"


def test_ends_only_names_both_ends_and_zero_where_it_stands_apart():
    labels = bar_labels(-15.0, 15.0, 35.0, 13.0, ends=True, overhang=10.0)
    assert [(label.value, label.text) for label in labels] == [(-15.0, "\u221215"), (15.0, "15")]
    labels = bar_labels(-15.0, 15.0, 60.0, 13.0, ends=True, overhang=10.0)
    assert [label.text for label in labels] == ["\u221215", "0", "15"]
    labels = bar_labels(-0.17, 0.2, 200.0, 13.0, ends=True)
    assert [label.text for label in labels] == ["\u22120.17", "0", "0.2"]
    # 0 next to the low end: left out rather than on top of it
    assert [label.text for label in bar_labels(-0.5, 20.0, 60.0, 13.0, ends=True)] == ["\u22120.5", "20"]


def test_ends_too_close_keep_the_top_one():
    labels = bar_labels(-1.0, 1.0, 14.0, 13.0, ends=True)
    assert [label.text for label in labels] == ["1"]


def test_fixed_labels_keep_their_ends_first():
    fixed = [(0.0, "\u2212max"), (0.5, "0"), (1.0, "+max")]
    assert [label.text for label in bar_labels(0.0, 1.0, 100.0, LINE, fixed=fixed)] == ["\u2212max", "0", "+max"]
    assert [label.text for label in bar_labels(0.0, 1.0, 35.0, LINE, fixed=fixed)] == ["\u2212max", "+max"]


@pytest.mark.parametrize("levels", [(math.nan, 1.0), (0.0, math.inf), (2.0, 2.0), (3.0, 1.0)])
def test_no_range_no_numbers(levels):
    assert bar_labels(*levels, 100.0, LINE) == []
    assert bar_labels(*levels, 100.0, LINE, ends=True) == []


finite = st.floats(-1e6, 1e6, allow_nan=False, allow_infinity=False)


@given(low=finite, width=st.floats(1e-6, 2e6), length=st.floats(0.0, 2000.0), line=st.floats(6.0, 40.0),
       overhang=st.floats(0.0, 20.0), ends=st.booleans())
def test_labels_never_overlap_and_stay_on_the_bar(low, width, length, line, overhang, ends):
    high = low + width
    labels = bar_labels(low, high, length, line, ends=ends, overhang=overhang)
    offsets = [label.offset for label in labels]
    assert offsets == sorted(offsets)
    assert all(b - a >= BAR_LABEL_NEAREST * line * (1 - 1e-9) for a, b in zip(offsets, offsets[1:]))
    assert all(line / 2 - overhang - 1e-6 <= offset <= length - line / 2 + overhang + 1e-6 for offset in offsets)
    values = [label.value for label in labels]
    step = values[1] - values[0] if len(values) >= 2 else bar_step(low, high, length, line)
    slack = 1e-9 * max(width, step)  # a step's multiple within 1e-9 steps outside the ends counts as the end
    assert all(low - slack <= label.value <= high + slack for label in labels)
    if ends and labels:
        assert high in {label.value for label in labels}  # the top end always, when any number fits


@given(low=finite, width=st.floats(1e-3, 2e6), length=st.floats(20.0, 2000.0), line=st.floats(6.0, 40.0))
def test_step_labels_read_their_values_at_a_nice_step(low, width, length, line):
    high = low + width
    labels = bar_labels(low, high, length, line)
    step = bar_step(low, high, length, line)
    for label in labels:
        assert reads(label.text) == pytest.approx(label.value, rel=5e-3, abs=step * 1e-6)
        exact = (label.value - low) / (high - low) * length
        if line / 2 <= exact <= length - line / 2:  # not pulled in: centred on its value
            assert label.offset == pytest.approx(exact)
    values = [label.value for label in labels]
    if len(values) >= 2 and labels != bar_labels(low, high, length, line, ends=True):  # step labels, not the ends
        used = values[1] - values[0]
        magnitude = 10 ** math.floor(math.log10(used) + 1e-9)
        mantissa = used / magnitude
        rounding = 64 * math.ulp(max(abs(value) for value in values))  # far from 0 the values carry it
        assert min(abs(mantissa - nice) for nice in (1.0, 2.0, 2.5, 5.0, 10.0)) < 1e-5 + rounding / magnitude
        assert used + rounding >= step * (1 - 1e-6)
        assert (used + rounding) * length / width >= BAR_LABEL_PITCH * line * (1 - 1e-6)  # the pitch, in pixels


def test_a_bar_too_short_for_two_step_labels_shows_its_ends_not_a_lone_number():
    """A ReLU map's bar beside a lesson while presenting read only "0.0": its top end tells more of the range."""
    high = 2.3
    for length in (20.0, 30.0, 35.0):  # room for one number: the top end
        assert [(label.value, label.text) for label in bar_labels(0.0, high, length, 18.0)] == [(high, "2.3")]
    assert [label.value for label in bar_labels(0.0, high, 40.0, 18.0)] == [0.0, 2.0]  # two steps fit: as before
