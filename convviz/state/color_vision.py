"""How the colour maps look to people with colour-vision deficiencies, and how far apart two colours are.

A teacher's class has, on average, one or two students with red–green
colour-vision deficiency (about 8% of men). The maps of convviz must not
depend on telling red from green, so the tests simulate the three
dichromacies on the colour tables of `convviz.state.colors` and measure how
far apart the colours that carry meaning stay.

Sources:

- Simulation: G. M. Machado, M. M. Oliveira and L. A. F. Fernandes, "A
  Physiologically-based Model for Simulation of Color Vision Deficiency",
  IEEE Transactions on Visualization and Computer Graphics 15(6), 2009,
  pp. 1291–1298. `MACHADO_2009` holds the severity-1.0 matrices of the
  paper's supplementary table (protanopia, deuteranopia, tritanopia); they act
  on *linear* RGB, so sRGB is linearised first (IEC 61966-2-1).
- Colour difference: CIEDE2000 (CIE 142:2001), written as in G. Sharma,
  W. Wu and E. N. Dalal, "The CIEDE2000 Color-Difference Formula:
  Implementation Notes, Supplementary Test Data, and Mathematical
  Observations", Color Research & Application 30(1), 2005 (its test pairs
  check `ciede2000` in the tests). CIELAB from sRGB with the D65 white.
"""

from __future__ import annotations

import numpy as np

from convviz.i18n import tr

DEFICIENCIES = ("protanopia", "deuteranopia", "tritanopia")

#: Machado et al. (2009), severity 1.0: linear RGB in, linear RGB out (rows sum to 1: grey stays grey).
MACHADO_2009: dict[str, np.ndarray] = {
    "protanopia": np.array([
        [0.152286, 1.052583, -0.204868],
        [0.114503, 0.786281, 0.099216],
        [-0.003882, -0.048116, 1.051998],
    ]),
    "deuteranopia": np.array([
        [0.367322, 0.860646, -0.227968],
        [0.280085, 0.672501, 0.047413],
        [-0.011820, 0.042940, 0.968881],
    ]),
    "tritanopia": np.array([
        [1.255528, -0.076749, -0.178779],
        [-0.078411, 0.930809, 0.147602],
        [0.004733, 0.691367, 0.303900],
    ]),
}

# sRGB (linear) to CIE XYZ, D65 white (IEC 61966-2-1)
_SRGB_TO_XYZ = np.array([
    [0.4124564, 0.3575761, 0.1804375],
    [0.2126729, 0.7151522, 0.0721750],
    [0.0193339, 0.1191920, 0.9503041],
])
_D65_WHITE = _SRGB_TO_XYZ.sum(axis=1)


def srgb_to_linear(rgb) -> np.ndarray:
    """sRGB 0…255 (any shape ending in 3) → linear light 0…1."""
    c = np.asarray(rgb, dtype=float) / 255.0
    return np.where(c <= 0.04045, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)


def linear_to_srgb(linear) -> np.ndarray:
    """Linear light 0…1 → sRGB 0…255 (clipped to the screen's range, as a display would)."""
    c = np.clip(np.asarray(linear, dtype=float), 0.0, 1.0)
    return 255.0 * np.where(c <= 0.0031308, 12.92 * c, 1.055 * c ** (1 / 2.4) - 0.055)


def simulate(rgb, deficiency: str) -> np.ndarray:
    """How sRGB colours (0…255, shape (..., 3)) look with `deficiency` (one of `DEFICIENCIES`), as sRGB 0…255."""
    if deficiency not in MACHADO_2009:
        raise ValueError(tr("unknown colour-vision deficiency {name}; use one of {known}.").format(
            name=repr(deficiency), known=", ".join(DEFICIENCIES)))
    return linear_to_srgb(srgb_to_linear(rgb) @ MACHADO_2009[deficiency].T)


def srgb_to_lab(rgb) -> np.ndarray:
    """sRGB 0…255 (shape (..., 3)) → CIELAB (L*, a*, b*) under D65."""
    xyz = (srgb_to_linear(rgb) @ _SRGB_TO_XYZ.T) / _D65_WHITE
    epsilon, kappa = 216 / 24389, 24389 / 27
    f = np.where(xyz > epsilon, np.cbrt(xyz), (kappa * xyz + 16) / 116)
    return np.stack([116 * f[..., 1] - 16, 500 * (f[..., 0] - f[..., 1]), 200 * (f[..., 1] - f[..., 2])], axis=-1)


def lightness(rgb) -> np.ndarray:
    """CIELAB L* (0 black … 100 white) of sRGB colours 0…255."""
    return srgb_to_lab(rgb)[..., 0]


def ciede2000(lab1, lab2) -> np.ndarray:
    """The CIEDE2000 difference of CIELAB colours (kL = kC = kH = 1); about 1 is just noticeable side by side."""
    lab1, lab2 = np.asarray(lab1, dtype=float), np.asarray(lab2, dtype=float)
    l1, a1, b1 = lab1[..., 0], lab1[..., 1], lab1[..., 2]
    l2, a2, b2 = lab2[..., 0], lab2[..., 1], lab2[..., 2]
    c_mean = (np.hypot(a1, b1) + np.hypot(a2, b2)) / 2
    g = 0.5 * (1 - np.sqrt(c_mean**7 / (c_mean**7 + 25.0**7)))
    a1p, a2p = (1 + g) * a1, (1 + g) * a2
    c1p, c2p = np.hypot(a1p, b1), np.hypot(a2p, b2)
    h1p = np.degrees(np.arctan2(b1, a1p)) % 360
    h2p = np.degrees(np.arctan2(b2, a2p)) % 360
    chroma_zero = (c1p * c2p) == 0

    dl = l2 - l1
    dc = c2p - c1p
    dh = h2p - h1p
    dh = np.where(dh > 180, dh - 360, np.where(dh < -180, dh + 360, dh))
    dh = np.where(chroma_zero, 0.0, dh)
    dh_big = 2 * np.sqrt(c1p * c2p) * np.sin(np.radians(dh / 2))

    l_mean = (l1 + l2) / 2
    cp_mean = (c1p + c2p) / 2
    h_sum = h1p + h2p
    h_mean = np.where(
        np.abs(h1p - h2p) <= 180, h_sum / 2, np.where(h_sum < 360, (h_sum + 360) / 2, (h_sum - 360) / 2)
    )
    h_mean = np.where(chroma_zero, h_sum, h_mean)
    t = (1 - 0.17 * np.cos(np.radians(h_mean - 30)) + 0.24 * np.cos(np.radians(2 * h_mean))
         + 0.32 * np.cos(np.radians(3 * h_mean + 6)) - 0.20 * np.cos(np.radians(4 * h_mean - 63)))
    d_theta = 30 * np.exp(-(((h_mean - 275) / 25) ** 2))
    r_c = 2 * np.sqrt(cp_mean**7 / (cp_mean**7 + 25.0**7))
    s_l = 1 + 0.015 * (l_mean - 50) ** 2 / np.sqrt(20 + (l_mean - 50) ** 2)
    s_c = 1 + 0.045 * cp_mean
    s_h = 1 + 0.015 * cp_mean * t
    r_t = -np.sin(np.radians(2 * d_theta)) * r_c
    return np.sqrt(
        (dl / s_l) ** 2 + (dc / s_c) ** 2 + (dh_big / s_h) ** 2 + r_t * (dc / s_c) * (dh_big / s_h)
    )


def difference(rgb1, rgb2) -> np.ndarray:
    """CIEDE2000 between sRGB colours 0…255."""
    return ciede2000(srgb_to_lab(rgb1), srgb_to_lab(rgb2))
