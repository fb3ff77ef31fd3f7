"""Batched data augmentation on tensors: the lever when only 10,000 training digits exist.

Each digit gets its own random stroke thickness (blend towards a 3×3 dilation
or erosion), random affine warp (shift, rotation, scale, shear) and, if asked,
a smooth elastic wobble, all drawn
from one torch.Generator so a seed gives the same batches every run.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import torch
import torch.nn.functional as F


@dataclass(frozen=True)
class AugmentSettings:
    """Ranges of the random changes (uniform in each range)."""

    max_shift: float = 2.5  # pixels
    max_rotation: float = 15.0  # degrees
    scale: tuple[float, float] = (0.8, 1.2)
    max_shear: float = 0.25  # horizontal shear factor
    thickness: tuple[float, float] = (-0.6, 0.8)  # <0 erodes, >0 dilates, as a blend amount
    thickness_probability: float = 0.5
    elastic: float = 0.0  # largest elastic displacement, pixels (0: none)
    elastic_grid: int = 5  # coarse random grid the smooth displacement field is interpolated from


def change_thickness(images: torch.Tensor, amounts: torch.Tensor) -> torch.Tensor:
    """Blend each (N, 1, H, W) picture towards its dilation (amount > 0) or erosion (< 0)."""
    dilated = F.max_pool2d(images, 3, stride=1, padding=1)
    eroded = -F.max_pool2d(-images, 3, stride=1, padding=1)
    amounts = amounts.view(-1, 1, 1, 1)
    target = torch.where(amounts >= 0, dilated, eroded)
    return images + amounts.abs() * (target - images)


def random_affine_matrices(
    count: int, size: int, settings: AugmentSettings, generator: torch.Generator
) -> torch.Tensor:
    """(count, 2, 3) matrices for `F.affine_grid`: where each output pixel samples the input."""

    def uniform(low: float, high: float) -> torch.Tensor:
        return low + (high - low) * torch.rand(count, generator=generator)

    angle = uniform(-settings.max_rotation, settings.max_rotation) * (math.pi / 180)
    scale = uniform(*settings.scale)
    shear = uniform(-settings.max_shear, settings.max_shear)
    shift = uniform(-settings.max_shift, settings.max_shift), uniform(-settings.max_shift, settings.max_shift)
    cos, sin = torch.cos(angle), torch.sin(angle)
    # forward warp = rotation · shear · scale (in normalised [-1, 1] coordinates)
    rotation = torch.stack((torch.stack((cos, -sin), 1), torch.stack((sin, cos), 1)), 1)
    shearing = torch.eye(2).repeat(count, 1, 1)
    shearing[:, 0, 1] = shear
    forward = rotation @ shearing * scale.view(-1, 1, 1)
    translation = torch.stack(shift, 1) * (2.0 / size)
    inverse = torch.linalg.inv(forward)
    offset = -(inverse @ translation.unsqueeze(2))
    return torch.cat((inverse, offset), dim=2)


def elastic_field(
    count: int, shape: tuple[int, int], settings: AugmentSettings, generator: torch.Generator
) -> torch.Tensor:
    """(count, H, W, 2) smooth random displacements in grid units: a hand's wobble (Simard et al. 2003).

    Random offsets on a coarse grid, interpolated smoothly (bicubic) to the full picture.
    """
    coarse = torch.rand(count, 2, settings.elastic_grid, settings.elastic_grid, generator=generator) * 2 - 1
    field = F.interpolate(coarse, size=shape, mode="bicubic", align_corners=True)
    scale = torch.tensor([2.0 / shape[1], 2.0 / shape[0]]).view(1, 2, 1, 1)  # pixels -> grid units
    return (field * settings.elastic * scale).permute(0, 2, 3, 1)


def augment_batch(
    images: torch.Tensor, generator: torch.Generator, settings: AugmentSettings = AugmentSettings()
) -> torch.Tensor:
    """A randomly thickened/thinned and warped copy of an (N, 1, H, W) batch in [0, 1]."""
    count, _, height, width = images.shape
    amounts = torch.zeros(count)
    chosen = torch.rand(count, generator=generator) < settings.thickness_probability
    low, high = settings.thickness
    amounts = torch.where(chosen, low + (high - low) * torch.rand(count, generator=generator), amounts)
    images = change_thickness(images, amounts.to(images.device))
    theta = random_affine_matrices(count, max(height, width), settings, generator).to(images.device)
    grid = F.affine_grid(theta, list(images.shape), align_corners=False)
    if settings.elastic > 0:
        grid = grid + elastic_field(count, (height, width), settings, generator).to(images.device)
    warped = F.grid_sample(images, grid, mode="bilinear", padding_mode="zeros", align_corners=False)
    return warped.clamp_(0.0, 1.0)


def augmented_examples(
    images, seed: int, settings: AugmentSettings = AugmentSettings()
):
    """What augmentation does to some digits: a (2, N, H, W) float32 array in [0, 1], as stored and as trained.

    `images` are (N, H, W) digits in 0..255 (MNIST's bytes); the second row is
    one random draw of `augment_batch` for them, from `seed`, as a batch of
    the training loop would see them.
    """
    import numpy as np

    originals = torch.from_numpy(np.asarray(images, dtype=np.float32) / 255.0).unsqueeze(1)
    warped = augment_batch(originals, torch.Generator().manual_seed(seed), settings)
    return torch.stack((originals[:, 0], warped[:, 0])).numpy()
