"""The default colour maps stay readable with protanopia, deuteranopia and tritanopia (Machado et al. 2009).

Distinguishable means a CIEDE2000 difference of at least `DISTINCT`: about
1 is just noticeable side by side, and 20 is a plainly different colour at a
glance even in one small grid cell (a stated, deliberately strict margin).
"""

from __future__ import annotations

import numpy as np
import pytest

from convviz.state.color_vision import (
    DEFICIENCIES,
    MACHADO_2009,
    ciede2000,
    difference,
    lightness,
    simulate,
    srgb_to_lab,
)
from convviz.state.colors import DIVERGING_ANCHORS, lookup_table, viridis_positions

DISTINCT = 20.0  # CIEDE2000 between colours that must mean different things
ROUNDING = 0.1  # L*: what rounding the table to 8 bits may take back (one 8-bit step moves L* by up to 0.4)
VISIONS = (None, *DEFICIENCIES)  # normal vision, then the three simulations


def seen(rgb, vision):
    return np.asarray(rgb, dtype=float) if vision is None else simulate(rgb, vision)


# Sharma, Wu & Dalal (2005), table 1: pairs 1, 7, 17, 25, 33 and their CIEDE2000
SHARMA_PAIRS = [
    ((50.0, 2.6772, -79.7751), (50.0, 0.0, -82.7485), 2.0425),
    ((50.0, 0.0, 0.0), (50.0, -1.0, 2.0), 2.3669),
    ((50.0, 2.5, 0.0), (73.0, 25.0, -18.0), 27.1492),
    ((60.2574, -34.0099, 36.2677), (60.4626, -34.1751, 39.4387), 1.2644),
    ((2.0776, 0.0795, -1.1350), (0.9033, -0.0636, -0.5514), 0.9082),
]


@pytest.mark.parametrize(("lab1", "lab2", "expected"), SHARMA_PAIRS)
def test_ciede2000_matches_the_published_test_pairs(lab1, lab2, expected):
    assert ciede2000(lab1, lab2) == pytest.approx(expected, abs=1e-4)
    assert ciede2000(lab2, lab1) == pytest.approx(expected, abs=1e-4)  # symmetric


def test_lab_of_white_black_and_srgb_red():
    assert srgb_to_lab([255, 255, 255]) == pytest.approx([100.0, 0.0, 0.0], abs=1e-3)
    assert srgb_to_lab([0, 0, 0]) == pytest.approx([0.0, 0.0, 0.0], abs=1e-6)
    assert srgb_to_lab([255, 0, 0]) == pytest.approx([53.24, 80.09, 67.20], abs=0.02)


@pytest.mark.parametrize("deficiency", DEFICIENCIES)
def test_simulation_keeps_greys_and_loses_what_it_should(deficiency):
    greys = np.array([[g, g, g] for g in (0, 64, 128, 200, 255)], dtype=float)
    assert simulate(greys, deficiency) == pytest.approx(greys, abs=0.05)  # rows of each matrix sum to 1
    assert MACHADO_2009[deficiency].sum(axis=1) == pytest.approx(1.0, abs=1e-5)
    red, green, blue, yellow = [255, 0, 0], [0, 160, 0], [0, 0, 255], [255, 230, 0]
    if deficiency == "tritanopia":  # blue–yellow confusion: blue and green draw together
        assert difference(simulate(blue, deficiency), simulate(green, deficiency)) < difference(blue, green) / 2
    else:  # red–green confusion: the classic pair almost merges
        assert difference(simulate(red, deficiency), simulate(green, deficiency)) < difference(red, green) / 3
    assert difference(simulate(blue, deficiency), simulate(yellow, deficiency)) > DISTINCT


def test_unknown_deficiency_is_a_sentence():
    with pytest.raises(ValueError, match="protanopia, deuteranopia, tritanopia"):
        simulate([0, 0, 0], "monochromacy")


@pytest.mark.parametrize("vision", VISIONS)
def test_diverging_negative_zero_positive_stay_distinct(vision):
    table = seen(lookup_table("diverging"), vision)
    negative, zero, positive = table[0], table[128], table[255]
    assert difference(negative, zero) > DISTINCT
    assert difference(zero, positive) > DISTINCT
    assert difference(negative, positive) > DISTINCT
    # half-way values of opposite sign (±half the colour bar) differ too, not only the ends
    assert difference(table[64], table[192]) > DISTINCT


@pytest.mark.parametrize("vision", VISIONS)
def test_diverging_lightness_rises_to_white_at_zero_and_falls_after(vision):
    """Each half is monotonic in lightness, so larger magnitudes always look darker, whatever the hue."""
    lightness_of = lightness(seen(lookup_table("diverging"), vision))
    assert np.all(np.diff(lightness_of[:129]) > -ROUNDING)
    assert np.all(np.diff(lightness_of[128:]) < ROUNDING)
    anchors = lightness(seen(DIVERGING_ANCHORS, vision))
    assert anchors[1] - anchors[0] > DISTINCT and anchors[1] - anchors[2] > DISTINCT


@pytest.mark.parametrize("vision", VISIONS)
def test_sequential_map_is_monotonic_in_lightness(vision):
    exact = lightness(seen(viridis_positions() * 255.0, vision))
    assert np.all(np.diff(exact) > 0), "viridis itself must grow lighter at every step"
    shipped = lightness(seen(lookup_table("sequential"), vision))
    assert np.all(np.diff(shipped) > -ROUNDING), "only 8-bit rounding may take back a hair of lightness"
    tenths = shipped[np.linspace(0, 255, 11).astype(int)]
    assert np.all(np.diff(tenths) > 5.0), "each tenth of the colour bar is visibly lighter than the one before"
    assert difference(seen(lookup_table("sequential")[0], vision), seen(lookup_table("sequential")[255], vision)) > 3 * DISTINCT
