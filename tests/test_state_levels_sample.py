"""The colour levels of a big map are read from a gathered sample: the same cells, the same numbers."""

from __future__ import annotations

import numpy as np
import torch
from hypothesis import given, settings
from hypothesis import strategies as st

from convviz.state.convolution_run import display_step, levels_sample, map_image, map_levels


@settings(max_examples=30, deadline=None)
@given(rows=st.integers(1, 2600), cols=st.integers(1, 2600), seed=st.integers(0, 2**16))
def test_levels_sample_holds_the_strided_cells_contiguously(rows, cols, seed):
    values = np.random.default_rng(seed).standard_normal((rows, cols), dtype=np.float32)
    step = display_step(values.shape)
    sample = levels_sample(values, step)
    reference = torch.from_numpy(values)[::step, ::step].numpy()
    assert sample.flags.c_contiguous
    np.testing.assert_array_equal(sample, reference)
    assert map_levels(sample, values.size, True) == map_levels(values[::step, ::step], values.size, True)


def test_levels_sample_of_a_small_map_is_the_map_itself():
    values = np.arange(12, dtype=np.float32).reshape(3, 4)
    assert levels_sample(values, 1) is values


def test_map_image_of_a_big_map_keeps_the_true_range_of_the_cells_read():
    rng = np.random.default_rng(3)
    values = rng.standard_normal((3000, 2100), dtype=np.float32)
    values[6, 9] = 50.0  # on the sampled grid (step 3): the range must show it
    values[7, 9] = -80.0  # off the grid: not read, not shown
    image = map_image(values, "diverging")
    sampled = torch.from_numpy(values)[::3, ::3]
    assert image.sample_step == 3
    assert image.value_range == (float(sampled.min()), float(sampled.max()))
    assert image.value_range[1] == 50.0
    assert image.clipped
