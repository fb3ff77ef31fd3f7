"""Saliency, Grad-CAM and occlusion: the input's shape, finite, responsive, and equal to references."""

from __future__ import annotations

import numpy as np
import pytest
import torch
import torch.nn.functional as F
from hypothesis import given, settings
from hypothesis import strategies as st
from model_fixtures import FunctionalCNN, SmallCNN, digit_like, script, seeded
from torch import nn

from convviz.model.explain import EXPLANATIONS, grad_cam, occlusion, predicted_class, saliency
from convviz.model.lenet import LeNet

torch.set_num_threads(1)

EXPLAINERS = list(EXPLANATIONS.values())


def test_the_menu_offers_the_three_explanations():
    assert EXPLANATIONS == {"saliency": saliency, "grad_cam": grad_cam, "occlusion": occlusion}


@pytest.fixture(scope="module")
def lenet() -> LeNet:
    return seeded(LeNet(), seed=3)


@pytest.mark.parametrize("explain", EXPLAINERS, ids=lambda f: f.__name__)
@pytest.mark.parametrize("model_factory", [LeNet, SmallCNN], ids=["lenet", "small-cnn"])
def test_map_has_the_input_shape_and_is_finite(explain, model_factory):
    model = seeded(model_factory(), seed=1)
    for picture in (digit_like(0), (digit_like(1) * 255).astype(np.uint8)):
        heat = explain(model, picture)
        assert heat.shape == (28, 28)
        assert heat.dtype == np.float32
        assert np.isfinite(heat).all()
        assert np.abs(heat).max() > 0, "an explanation of a random net on a blob is not all zero"


@pytest.mark.parametrize("explain", EXPLAINERS, ids=lambda f: f.__name__)
def test_map_responds_to_the_input_and_to_the_class(explain, lenet):
    first, second = digit_like(0), digit_like(5)
    base = explain(lenet, first, target=2)
    assert not np.allclose(base, explain(lenet, second, target=2))
    assert not np.allclose(base, explain(lenet, first, target=7))
    assert np.array_equal(base, explain(lenet, first, target=2)), "same question, same answer"


@pytest.mark.parametrize("explain", EXPLAINERS, ids=lambda f: f.__name__)
def test_default_target_is_the_predicted_class(explain, lenet):
    picture = digit_like(2)
    predicted = predicted_class(lenet, picture)
    assert predicted == int(lenet(torch.from_numpy(picture)[None, None]).argmax())
    assert np.array_equal(explain(lenet, picture), explain(lenet, picture, target=predicted))


@pytest.mark.parametrize("explain", EXPLAINERS, ids=lambda f: f.__name__)
@pytest.mark.parametrize("target", [-1, 10, 2.5, "3"])
def test_a_class_outside_0_to_9_is_refused(explain, lenet, target):
    with pytest.raises(ValueError, match="class to explain"):
        explain(lenet, digit_like(0), target=target)


@pytest.mark.parametrize("explain", EXPLAINERS, ids=lambda f: f.__name__)
def test_a_picture_of_the_wrong_size_is_refused(explain, lenet):
    with pytest.raises(ValueError, match="28×28"):
        explain(lenet, np.zeros((32, 32), dtype=np.float32))
    with pytest.raises(ValueError, match="one picture"):
        explain(lenet, np.zeros((2, 28, 28), dtype=np.float32))


def test_explaining_leaves_the_model_untouched(lenet):
    before = {name: tensor.clone() for name, tensor in lenet.state_dict().items()}
    for explain in EXPLAINERS:
        explain(lenet, digit_like(0))
    assert all(parameter.grad is None for parameter in lenet.parameters())
    assert not lenet._forward_hooks and not lenet.conv2._forward_hooks
    assert all(torch.equal(before[name], tensor) for name, tensor in lenet.state_dict().items())


def test_saliency_of_a_linear_model_is_the_absolute_weight_row():
    model = seeded(nn.Sequential(nn.Flatten(), nn.Linear(784, 10)))
    heat = saliency(model, digit_like(0), target=4)
    expected = model[1].weight[4].detach().abs().reshape(28, 28).numpy()
    np.testing.assert_allclose(heat, expected, rtol=1e-6)


def test_smoothgrad_averages_gradients_of_noisy_copies(lenet):
    picture = digit_like(3)
    smooth = saliency(lenet, picture, target=1, smooth_samples=8, noise=0.2, seed=4)
    generator = torch.Generator().manual_seed(4)
    noisy = torch.from_numpy(picture)[None, None] + torch.randn((8, 1, 28, 28), generator=generator) * 0.2
    noisy.requires_grad_(True)
    lenet(noisy)[:, 1].sum().backward()
    expected = noisy.grad.abs().amax(dim=1).mean(dim=0).numpy()
    np.testing.assert_allclose(smooth, expected, rtol=1e-5, atol=1e-9)
    assert not np.allclose(smooth, saliency(lenet, picture, target=1))


class GlobalAveragePoolNet(nn.Module):
    """conv → global average pool → linear: Grad-CAM here equals the original CAM."""

    def __init__(self) -> None:
        super().__init__()
        self.conv = nn.Conv2d(1, 5, 5, padding=2, stride=2)
        self.fc = nn.Linear(5, 10)

    def forward(self, x):
        return self.fc(self.conv(x).mean(dim=(2, 3)))


def test_grad_cam_equals_class_activation_mapping_on_a_global_pool_net():
    model = seeded(GlobalAveragePoolNet())
    picture = digit_like(1)
    heat = grad_cam(model, picture, target=6)
    maps = model.conv(torch.from_numpy(picture)[None, None]).detach()  # (1, 5, 14, 14)
    cam = F.relu(torch.einsum("k,bkhw->bhw", model.fc.weight[6].detach(), maps))[:, None]
    cam = F.interpolate(cam, size=(28, 28), mode="bilinear", align_corners=False)[0, 0]
    np.testing.assert_allclose(heat, (cam / cam.max()).numpy(), rtol=1e-5, atol=1e-6)
    assert heat.min() >= 0 and heat.max() == pytest.approx(1.0)


def test_grad_cam_of_a_scripted_model_matches_the_plain_one():
    plain = seeded(SmallCNN(), seed=2)
    scripted = script(plain)
    picture = digit_like(4)
    for target in (0, 5, None):
        np.testing.assert_allclose(
            grad_cam(scripted, picture, target=target), grad_cam(plain, picture, target=target), atol=1e-6
        )


def test_grad_cam_names_the_layer_it_looks_at(lenet):
    picture = digit_like(0)
    assert np.array_equal(grad_cam(lenet, picture, target=3), grad_cam(lenet, picture, target=3, layer="conv2"))
    assert not np.allclose(grad_cam(lenet, picture, target=3, layer="conv1"), grad_cam(lenet, picture, target=3))
    with pytest.raises(ValueError, match="is a Linear"):
        grad_cam(lenet, picture, layer="fc1")
    with pytest.raises(ValueError, match="no layer called"):
        grad_cam(lenet, picture, layer="conv9")
    with pytest.raises(ValueError, match="no convolution layer"):
        grad_cam(seeded(nn.Sequential(nn.Flatten(), nn.Linear(784, 10))), picture)


def test_grad_cam_of_a_scripted_model_that_is_no_chain_is_refused_clearly():
    scripted = script(seeded(FunctionalCNN()))
    with pytest.raises(ValueError, match="does more than run its layers"):
        grad_cam(scripted, digit_like(0))
    assert saliency(scripted, digit_like(0)).shape == (28, 28)  # whole-model explanations still work


def _occlusion_one_patch_at_a_time(model, picture, target, patch, stride, fill):
    """Plain-loop reference: one forward per patch position."""
    x = torch.from_numpy(picture)[None, None]
    with torch.no_grad():
        base = F.softmax(model(x), dim=1)[0, target]
        starts = list(range(0, 28 - patch + 1, stride))
        if starts[-1] != 28 - patch:
            starts.append(28 - patch)
        total = torch.zeros(28, 28)
        count = torch.zeros(28, 28)
        for top in starts:
            for left in starts:
                hidden = x.clone()
                hidden[..., top : top + patch, left : left + patch] = fill
                total[top : top + patch, left : left + patch] += base - F.softmax(model(hidden), dim=1)[0, target]
                count[top : top + patch, left : left + patch] += 1
    return (total / count).numpy()


@pytest.mark.parametrize(("patch", "stride", "fill"), [(6, 2, 0.0), (5, 3, 0.5), (28, 1, 0.0), (1, 1, 1.0)])
def test_batched_occlusion_matches_a_patch_by_patch_loop(lenet, patch, stride, fill):
    picture = digit_like(6)
    np.testing.assert_allclose(
        occlusion(lenet, picture, target=8, patch=patch, stride=stride, fill=fill),
        _occlusion_one_patch_at_a_time(lenet, picture, 8, patch, stride, fill),
        atol=1e-6,
    )


def test_occlusion_outside_what_the_class_reads_changes_nothing():
    """A linear model whose class 3 reads only the top-left 10×10: hiding elsewhere costs nothing for it."""
    model = nn.Sequential(nn.Flatten(), nn.Linear(784, 10))
    with torch.no_grad():
        model[1].weight.zero_()
        model[1].bias.zero_()
        model[1].weight[3].view(28, 28)[:10, :10] = 0.01  # class 3 gets logit 1: far from saturation
    heat = occlusion(model.eval(), np.ones((28, 28), dtype=np.float32), target=3, patch=4, stride=4)
    assert (heat[:10, :10] > 0).all()
    assert np.abs(heat[14:, 14:]).max() == 0


@settings(max_examples=15, deadline=None)
@given(patch=st.integers(1, 28), stride=st.integers(1, 28))
def test_occlusion_covers_every_pixel_for_any_patch_and_stride(patch, stride):
    model = seeded(LeNet(), seed=0)
    if stride > patch:
        with pytest.raises(ValueError, match="never be hidden"):
            occlusion(model, digit_like(0), target=0, patch=patch, stride=stride)
        return
    heat = occlusion(model, digit_like(0), target=0, patch=patch, stride=stride)
    assert heat.shape == (28, 28) and np.isfinite(heat).all()


@pytest.mark.parametrize(("keyword", "value", "message"), [
    ("patch", 0, "patch must be"),
    ("patch", 29, "patch must be"),
    ("stride", 0, "stride must be at least 1"),
    ("fill", float("nan"), "fill value"),
])
def test_occlusion_settings_are_checked(lenet, keyword, value, message):
    with pytest.raises(ValueError, match=message):
        occlusion(lenet, digit_like(0), **{keyword: value})


# --- Grad-CAM lands where the evidence is -------------------------------------


def _dot(y: int, x: int) -> np.ndarray:
    picture = np.zeros((28, 28), dtype=np.float32)
    picture[y - 1 : y + 2, x - 1 : x + 2] = 1.0
    return picture


def _bright_centroid(heat: np.ndarray) -> np.ndarray:
    weight = np.where(heat > 0.9, heat, 0.0)
    rows, cols = np.indices(heat.shape)
    return np.array([(weight * rows).sum(), (weight * cols).sum()]) / weight.sum()


def _blob_detector_chain() -> nn.Sequential:
    """Box filters then a global average: class 0's score is the total response, so Grad-CAM ∝ conv2's map."""
    model = nn.Sequential(
        nn.Conv2d(1, 1, 5, bias=False), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(1, 1, 3, bias=False), nn.ReLU(),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(1, 10),
    )  # fmt: skip
    with torch.no_grad():
        model[0].weight.fill_(1 / 25)
        model[3].weight.fill_(1 / 9)
        model[7].weight.zero_()
        model[7].weight[0] = 1.0
        model[7].bias.zero_()
    return model.eval()


def _blob_detector_lenet() -> LeNet:
    """LeNet whose every conv2 map is the same box-filter response and whose class 0 sums them."""
    model = LeNet()
    with torch.no_grad():
        for parameter in model.parameters():
            parameter.zero_()
        model.conv1.weight.fill_(1 / 25)
        model.conv2.weight.fill_(1 / 150)
        model.fc1.weight[0] = 1.0
        model.fc2.weight[0, 0] = 1.0
        model.fc3.weight[0, 0] = 1.0
    return model.eval()


@pytest.mark.parametrize("build", [_blob_detector_chain, _blob_detector_lenet], ids=["chain", "lenet"])
@pytest.mark.parametrize("where", [(8, 19), (19, 12), (18, 7)])
def test_grad_cam_puts_the_evidence_where_the_dot_is(build, where):
    """Mapping conv2's cells to their windows' centres, not stretching the map edge to edge (2–3 px off)."""
    heat = grad_cam(build(), _dot(*where), target=0)
    assert np.abs(_bright_centroid(heat) - np.array(where)).max() <= 1.0


def test_grad_cam_of_a_scripted_chain_puts_the_evidence_where_the_dot_is():
    heat = grad_cam(script(_blob_detector_chain()), _dot(8, 19), target=0)
    assert np.abs(_bright_centroid(heat) - np.array([8, 19])).max() <= 1.0


def _lenet_conv2_cam_reference(lenet: LeNet, picture: np.ndarray, target: int, rectified: bool) -> np.ndarray:
    """Grad-CAM written out by hand for LeNet's conv2, placed with grid_sample (cell i ↔ pixel 2i + 4.5)."""
    x = torch.from_numpy(picture)[None, None]
    maps = lenet.conv2(F.max_pool2d(F.relu(lenet.conv1(x)), 2)).detach()
    maps = (F.relu(maps) if rectified else maps).requires_grad_(True)
    rest = F.max_pool2d(F.relu(maps), 2).flatten(1)
    logits = lenet.fc3(F.relu(lenet.fc2(F.relu(lenet.fc1(rest)))))
    (gradient,) = torch.autograd.grad(logits[0, target], maps)
    cells = F.relu((gradient.mean(dim=(2, 3), keepdim=True) * maps.detach()).sum(dim=1, keepdim=True))
    position = (torch.arange(28, dtype=torch.float32) - 4.5) / 2  # in cells
    normalised = 2 * position / 9 - 1  # grid_sample with align_corners=True: -1 … 1 spans cells 0 … 9
    grid = torch.stack(torch.meshgrid(normalised, normalised, indexing="ij")[::-1], dim=-1)[None]
    heat = F.grid_sample(cells, grid, mode="bilinear", padding_mode="border", align_corners=True)[0, 0]
    return (heat / heat.max()).numpy()


def test_grad_cam_of_lenet_matches_a_hand_written_reference_on_rectified_maps(lenet):
    """Weighing conv2's raw maps lets negative × negative light up empty background; after the ReLU it cannot."""
    picture = digit_like(3)
    heat = grad_cam(lenet, picture, target=4)
    np.testing.assert_allclose(heat, _lenet_conv2_cam_reference(lenet, picture, 4, rectified=True), atol=1e-5)
    assert not np.allclose(heat, _lenet_conv2_cam_reference(lenet, picture, 4, rectified=False), atol=1e-3)


# --- with the shipped trained weights: the evidence is on the strokes ------------


def _near_ink(picture: np.ndarray, reach: int = 2) -> np.ndarray:
    ink = np.pad(picture > 64, reach)
    near = np.zeros((28, 28), dtype=bool)
    for dy in range(2 * reach + 1):
        for dx in range(2 * reach + 1):
            near |= ink[dy : dy + 28, dx : dx + 28]
    return near


def test_trained_lenet_finds_its_evidence_on_and_around_the_strokes():
    from convviz.model import load_lenet, load_mnist

    model = load_lenet()
    images, labels = load_mnist("test")
    for picture, label in zip(images[:20], labels[:20]):
        near = _near_ink(picture)
        occluded = occlusion(model, picture, target=int(label))
        gradient = saliency(model, picture, target=int(label))
        assert occluded[near].mean() > 3 * max(occluded[~near].mean(), 1e-4)
        assert gradient[near].mean() > 1.5 * gradient[~near].mean()
