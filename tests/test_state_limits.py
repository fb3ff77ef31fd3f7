"""The state models hold only what the views can show (issue 14): every limit of `convviz.limits`, enforced.

A value outside a limit raises ValueError with a sentence naming the field,
emits nothing and leaves the settings as they were; inside the limits the Steps
view's worst case is a few hundred steps, not the millions that froze the app.
"""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from convviz import limits
from convviz.state.convolution import ConvolutionSettings, check_settings, resolve
from convviz.state.snapshots import CONVOLUTION_FIELDS
from convviz.state.steps import StepsSettings, StepsState, build_steps

CONVOLUTION_LIMITS = {
    "stride": limits.CONV_STRIDE, "padding": limits.CONV_PADDING, "dilation": limits.CONV_DILATION,
    "pool_size": limits.POOL_SIZE, "pool_stride": limits.POOL_STRIDE, "edit_channel": limits.EDIT_CHANNEL,
    "slope": limits.LEAKY_SLOPE, "alpha": limits.ELU_ALPHA, "pinned": limits.PINNED,
}
PAIRS = {"stride", "padding", "dilation", "pinned"}


def snapshot(settings: ConvolutionSettings) -> dict:
    return {name: getattr(settings, name) for name in CONVOLUTION_FIELDS}


def outside(limit: limits.Limit):
    """Numbers just and far outside a limit, the issue's 2**31 and a 5000-digit one among them."""
    high, low = limit.high, limit.low
    if limit.whole:
        return st.one_of(st.integers(int(high) + 1, 2**64), st.integers(-(2**64), int(low) - 1),
                         st.sampled_from([2**31, 2**31 - 1 + int(high > 2**31), 10**5000, 20_000]))
    return st.one_of(st.floats(high, 1e308, exclude_min=True), st.floats(-1e308, low, exclude_max=True),
                     st.sampled_from([float("nan"), float("inf"), -float("inf")]))


@hypothesis_settings(max_examples=200, deadline=None)
@given(st.data())
def test_a_number_outside_its_limit_is_refused_naming_the_field_and_nothing_changes(data):
    name = data.draw(st.sampled_from(sorted(CONVOLUTION_LIMITS)))
    limit = CONVOLUTION_LIMITS[name]
    bad = data.draw(outside(limit))
    value = (bad, 1) if name in PAIRS else bad
    settings = ConvolutionSettings()
    heard = []
    settings.events.connect(heard.append)
    before = snapshot(settings)
    with pytest.raises(ValueError, match=f'"{name}"'):
        setattr(settings, name, value)
    assert snapshot(settings) == before and heard == []


@hypothesis_settings(max_examples=100, deadline=None)
@given(st.data())
def test_every_number_inside_its_limit_is_taken(data):
    name = data.draw(st.sampled_from(sorted(CONVOLUTION_LIMITS)))
    limit = CONVOLUTION_LIMITS[name]
    if limit.whole:
        good = data.draw(st.integers(int(limit.low), int(limit.high)))
    else:
        good = data.draw(st.floats(limit.low, limit.high))
    settings = ConvolutionSettings()
    setattr(settings, name, (good, good) if name in PAIRS else good)
    assert getattr(settings, name) == ((good, good) if name in PAIRS else good)


def test_convolution_padding_20000_is_refused_before_anything_is_computed():
    settings = ConvolutionSettings(padding_kind="custom")
    with pytest.raises(ValueError, match='"padding" must be from 0 to 32, not 20,000'):
        settings.padding = (20_000, 20_000)
    request = resolve(settings, np.zeros((64, 64), dtype=np.float32))
    assert request.output_size == (64, 64)  # still the 1-cell padding it had


@pytest.mark.parametrize(
    ("values", "says"),
    [
        ({"kernels": ((1.0,),) * 3}, "grid"),  # a row that is a number, not a list
        ({"kernels": [[[1.0] * 12] * 3] * 3}, "1 to 11 cells"),
        ({"kernels": [[[1.0]]] * 2}, "three kernels"),
        ({"kernels": [[[1.0]], [[1.0, 2.0]], [[1.0]]]}, "one size"),
        ({"kernels": [[[float("nan")]]] * 3}, "kernel cell"),
        ({"mode": "hsv"}, '"mode"'),
        ({"activation": "softmax!"}, '"activation"'),
        ({"padding_kind": "lots"}, '"padding_kind"'),
        ({"flip": "yes"}, '"flip"'),
        ({"stride": (1, 2, 3)}, '"stride"'),
        ({"nonsense": 1}, "no setting called"),
    ],
)
def test_other_fields_are_refused_with_a_sentence(values, says):
    settings = ConvolutionSettings()
    before = snapshot(settings)
    with pytest.raises(ValueError, match=says):
        settings.update(values)
    assert snapshot(settings) == before


def test_update_sets_all_fields_or_none():
    settings = ConvolutionSettings()
    heard = []
    settings.events.connect(heard.append)
    before = snapshot(settings)
    with pytest.raises(ValueError, match='"dilation"'):
        settings.update({"stride": (2, 2), "padding": (3, 3), "dilation": (2**31, 2**31)})
    assert snapshot(settings) == before and heard == []
    settings.update({"stride": (2, 2), "padding": (3, 3)})
    assert (settings.stride, settings.padding) == ((2, 2), (3, 3))
    assert check_settings({"stride": [3, 4]}) == {"stride": (3, 4)}


def test_kernel_edits_are_checked_too():
    settings = ConvolutionSettings()
    before = settings.kernels
    with pytest.raises(ValueError, match="kernel cell"):
        settings.set_cell(0, 0, 1e300)
    with pytest.raises(ValueError, match="1 to 11 cells"):
        settings.resize_kernel(12, 3)
    assert settings.kernels == before


# --------------------------------------------------------------------------- the Steps view
@pytest.mark.parametrize(
    ("field", "value", "says"),
    [
        ("padding", 100, '"padding" must be from 0 to 7, not 100'),
        ("padding", 1000, '"padding" must be from 0 to 7, not 1000'),
        ("stride", 2**31, '"stride" must be from 1 to 16'),
        ("dilation", 8, '"dilation" must be from 1 to 7'),
        ("pool_size", 0, '"pool_size" must be from 1 to 7'),
        ("stride", 1.5, '"stride" must be a whole number'),
        ("flip", 2, '"flip" must be true or false'),
    ],
)
def test_steps_settings_refuse_what_would_freeze_the_view(field, value, says):
    state = StepsState(seed=0)
    before = state.settings
    heard = []
    state.changed.connect(heard.append)
    with pytest.raises(ValueError, match=says):
        state.update(**{field: value})
    assert state.settings is before and heard == []


def test_a_huge_steps_matrix_is_refused_before_it_is_copied():
    huge = np.lib.stride_tricks.as_strided(np.zeros(1), shape=(100_000, 100_000), strides=(0, 0))
    with pytest.raises(ValueError, match="at most 16×16"):
        StepsSettings(image=huge)


def test_the_largest_steps_example_the_limits_allow_is_a_few_hundred_steps():
    """16×16 input, padding 7, 1×1 kernel, stride 1: (16 + 14)² = 900 steps, the most there can be."""
    settings = StepsSettings(image=np.ones((16, 16)), kernel=np.ones((1, 1)), padding=int(limits.STEPS_PADDING.high))
    built = build_steps(settings)
    assert built.count == (16 + 2 * 7) ** 2 == limits.STEPS_STEP.high + 1
