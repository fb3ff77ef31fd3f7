"""The lessons that open the training panel: their settings, and every number they state, against torch.

Each number a lesson's text states is recomputed here with plain torch
(autograd, DataLoader, fresh nn modules, nn.Dropout), never with the code
that trains in the app, and must appear in the text as written.
"""

from __future__ import annotations

import json
import math

import numpy as np
import pytest
import torch
import torch.nn.functional as F
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

from convviz.lessons import lesson_from_dict
from convviz.lessons.loader import builtin_lessons
from convviz.model.augment import AugmentSettings, random_affine_matrices
from convviz.model.lenet import LeNet
from convviz.model.mnist import load_mnist
from convviz.state.lesson_prepare import lesson_group

BY_NUMBER = {lesson.number: lesson for lesson in builtin_lessons()}
TRAINING_LESSONS = (56, 57, 58, 59, 60, 61)
TRAIN_DIGITS = 10_000


def batches(count: int, batch_size: int) -> tuple[int, int]:
    """(batches per epoch, digits in the last batch), as torch's DataLoader makes them."""
    loader = DataLoader(TensorDataset(torch.arange(count)), batch_size=batch_size)
    return len(loader), len(list(loader)[-1][0])


def text(number: int) -> str:
    return BY_NUMBER[number].explanation


def test_the_training_lessons_open_the_lenet_view_with_training_settings():
    for number in TRAINING_LESSONS:
        lesson = BY_NUMBER[number]
        assert lesson.view == "lenet" and lesson.training is not None
        assert lesson_group(lesson) == "Training the network"
        config = lesson.training.train_config()
        config.check()  # every lesson's settings can train
        assert (config.epochs, config.batch_size, config.lr) == (
            lesson.training.epochs, lesson.training.batch_size, lesson.training.learning_rate)


def test_the_shipped_training_set_holds_the_digits_the_lessons_count():
    images, labels = load_mnist("train10k")
    assert len(images) == len(labels) == TRAIN_DIGITS


def test_cost_and_gradient_descent_numbers():
    lesson = BY_NUMBER[56]
    w = torch.zeros((), requires_grad=True)
    steps = []
    for _ in range(3):
        cost = (w - 3) ** 2
        (gradient,) = torch.autograd.grad(cost, w)
        w = (w - 0.1 * gradient).detach()
        steps.append((float(gradient), float(w)))
        w.requires_grad_(True)
    assert steps[0][0] == pytest.approx(-6.0)
    assert [round(after, 3) for _, after in steps] == [0.6, 1.08, 1.464]
    gaps = [3 - 0.0] + [3 - after for _, after in steps]
    assert all(later / earlier == pytest.approx(0.8) for earlier, later in zip(gaps, gaps[1:]))  # "a fifth of the gap"
    for words in ("−6", "0.6", "1.08", "1.464", "a fifth of the gap", "η = 0.1"):
        assert words in text(56)
    uniform = float(F.cross_entropy(torch.zeros(1, 10), torch.tensor([3])))
    assert f"{uniform:.3f}" == "2.303" and "ln 10 ≈ 2.303" in text(56)
    assert "AdamW" in text(56) and "0.003" in text(56)
    settings = lesson.training
    assert (settings.epochs, settings.batch_size, settings.learning_rate) == (10, 64, 0.003)


def test_epoch_numbers():
    per_epoch, last = batches(TRAIN_DIGITS, 64)
    assert (per_epoch, last) == (157, 16)
    assert "⌈10,000 / 64⌉ = 157" in text(57) and "a last one of 16 digits" in text(57)
    assert "156 full batches" in text(57) and per_epoch - 1 == 156
    assert f"10 epochs take {10 * per_epoch:,}" in text(57)
    assert (BY_NUMBER[57].training.epochs, BY_NUMBER[57].training.batch_size) == (10, 64)


def test_batch_size_numbers():
    assert batches(TRAIN_DIGITS, 16) == (625, 16)
    assert batches(TRAIN_DIGITS, 64)[0] == 157
    assert batches(TRAIN_DIGITS, 256) == (40, 16)
    for words in ("625 steps in batches of 16", "157 in batches of 64", "40 in batches of 256",
                  "39 full batches and a last one of 16 digits"):
        assert words in text(58)
    assert (BY_NUMBER[58].training.batch_size, BY_NUMBER[58].training.epochs) == (256, 5)


def test_transfer_learning_numbers():
    """Parameters counted on fresh torch layers of LeNet's sizes, not on the app's LeNet."""
    layers = {"conv1": nn.Conv2d(1, 6, 5, padding=2), "conv2": nn.Conv2d(6, 16, 5), "fc1": nn.Linear(400, 120),
              "fc2": nn.Linear(120, 84), "fc3": nn.Linear(84, 10)}
    count = {name: sum(p.numel() for p in layer.parameters()) for name, layer in layers.items()}
    assert (count["fc2"], count["fc3"]) == (10_164, 850)
    assert sum(count.values()) == 61_706 == sum(p.numel() for p in LeNet().parameters())
    assert "10,164 + 850 = 11,014 of LeNet's 61,706 parameters" in text(59)
    assert count["fc2"] + count["fc3"] == 11_014
    settings = BY_NUMBER[59].training
    assert settings.train_only == ("fc2", "fc3") and settings.from_shipped
    assert (settings.digits, settings.batch_size, settings.epochs, settings.learning_rate) == (200, 32, 5, 0.001)
    assert batches(settings.digits, settings.batch_size)[0] == 7 and "an epoch is 7 steps" in text(59)
    assert "200 digits for 5 epochs in batches of 32" in text(59) and "(0.001)" in text(59)


def test_augmentation_numbers_are_the_ranges_the_training_draws_from():
    """The stated ranges are AugmentSettings' and hold for 4,096 drawn warps, decomposed here with torch."""
    settings = AugmentSettings()
    assert (settings.max_shift, settings.max_rotation, settings.scale, settings.max_shear,
            settings.thickness_probability) == (2.5, 15.0, (0.8, 1.2), 0.25, 0.5)
    for words in ("shift of up to 2.5 pixels", "rotation of up to 15°", "scale between 0.8 and 1.2",
                  "shear of up to 0.25", "half of the digits get a thicker or thinner stroke", "8 training digits"):
        assert words in text(60)
    theta = random_affine_matrices(4096, 28, settings, torch.Generator().manual_seed(1)).double()
    forward = torch.linalg.inv(theta[:, :, :2])  # output -> input sampling, inverted: the warp itself
    shift_px = (-(forward @ theta[:, :, 2:])[:, :, 0]) * 28 / 2
    angle = torch.rad2deg(torch.atan2(forward[:, 1, 0], forward[:, 0, 0]))
    scale = torch.hypot(forward[:, 0, 0], forward[:, 1, 0])
    assert 2.4 < float(shift_px.abs().max()) <= 2.5 + 1e-6
    assert 14.5 < float(angle.abs().max()) <= 15 + 1e-6
    assert 0.8 - 1e-6 <= float(scale.min()) < 0.82 and 1.18 < float(scale.max()) <= 1.2 + 1e-6
    assert BY_NUMBER[60].training.augment


def test_dropout_numbers_with_torch_dropout():
    torch.manual_seed(0)
    dropout = nn.Dropout(0.5)
    x = torch.full((100_000,), 0.8)
    out = dropout.train()(x)
    kept = out[out != 0]
    assert torch.allclose(kept, torch.tensor(1.6)) and abs(float((out == 0).float().mean()) - 0.5) < 0.01
    assert abs(float(out.mean()) - 0.8) < 0.01  # the expected sum stays the same
    assert torch.equal(dropout.eval()(x), x)  # reading a digit: every activation passes unchanged
    assert "1/(1 − p)" in text(61) and "a kept activation of 0.8 becomes 1.6" in text(61)
    assert BY_NUMBER[61].training.dropout == 0.5 and "dropout 0.5" in text(61)


def test_lenet_drops_only_what_enters_fc2_and_fc3_and_only_in_training():
    torch.manual_seed(0)
    model = LeNet(dropout=0.5)
    x = torch.rand(64, 1, 28, 28)
    calls = []
    model.dropout.register_forward_hook(lambda module, args, out: calls.append((args[0].detach(), out.detach())))
    model.train()
    model(x)
    assert [tuple(entering.shape) for entering, _ in calls] == [(64, 120), (64, 84)]  # fc2's and fc3's inputs
    for entering, passed in calls:
        active = entering != 0
        kept = passed != 0
        assert torch.allclose(passed[kept], 2 * entering[kept])  # kept ones scaled by 1/(1 - 0.5)
        assert 0.4 < float((active & ~kept).sum() / active.sum()) < 0.6  # about half switched off
    calls.clear()
    model.eval()
    with torch.no_grad():
        first, second = model(x), model(x)
    assert torch.equal(first, second)
    assert all(torch.equal(entering, passed) for entering, passed in calls)  # off when reading a digit
    assert "entering fc2 and fc3" in text(61)


def lesson_dict(**changes) -> dict:
    data = json.loads(json.dumps({"schema": 1, "id": "mine", "number": 90, "title": "t", "view": "lenet",
                                  "explanation": "e", "training": {"epochs": 3}}))
    data.update(changes)
    return data


def test_a_training_section_is_checked_strictly():
    lesson = lesson_from_dict(lesson_dict())
    assert lesson.training.epochs == 3 and lesson.training.train_only == () and lesson.training.digits is None
    for training, words in (
        ({"epochs": 0}, "training.epochs"),
        ({"dropout": 0.95}, "training.dropout"),
        ({"learning_rate": 1.5}, "training.learning_rate"),
        ({"train_only": ["conv9"]}, "training.train_only[0]"),
        ({"train_only": []}, "training.train_only"),
        ({"digits": 0}, "training.digits"),
        ({"epcohs": 3}, "unknown key 'epcohs'"),
        ({"from_shipped": "yes"}, "training.from_shipped"),
    ):
        with pytest.raises(ValueError, match=words.replace("[", r"\[").replace("]", r"\]")):
            lesson_from_dict(lesson_dict(training=training))
    with pytest.raises(ValueError, match="belongs to the LeNet view"):
        lesson_from_dict(lesson_dict(view="concept"))


def test_train_config_carries_every_setting():
    settings = BY_NUMBER[59].training
    config = settings.train_config(seed=4)
    assert (config.train_only, config.from_shipped, config.train_limit, config.seed, config.dropout) == (
        ("fc2", "fc3"), True, 200, 4, 0.0)
    assert math.isclose(config.lr, 0.001)
    assert not np.isnan(config.weight_decay)
