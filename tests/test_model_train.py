"""The training loop and the convviz-train command: deterministic, stoppable, honest reports."""

from __future__ import annotations

import numpy as np
import pytest
import torch

from convviz.model import load_lenet, load_mnist
from convviz.model.augment import AugmentSettings, augment_batch, augmented_examples, change_thickness
from convviz.model.lenet import LeNet
from convviz.model.train import TrainConfig, TrainProgress, main, train_lenet


@pytest.fixture(autouse=True)
def one_thread():
    """Tiny batches train several times faster on one thread than on a busy shared pool."""
    before = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(before)


@pytest.fixture(scope="module")
def small_data():
    train_images, train_labels = load_mnist("train10k")
    test_images, test_labels = load_mnist("test")
    pick = np.random.default_rng(0).permutation(len(train_images))[:300]
    return train_images[pick], train_labels[pick], test_images[:200], test_labels[:200]


def quick(**changes) -> TrainConfig:
    return TrainConfig(**{"epochs": 1, "batch_size": 50, "lr": 3e-3, "seed": 7, **changes})


@pytest.mark.slow
def test_same_seed_gives_identical_weights(small_data):
    first = train_lenet(quick(), data=small_data).model.state_dict()
    second = train_lenet(quick(), data=small_data).model.state_dict()
    other = train_lenet(quick(seed=8), data=small_data).model.state_dict()
    assert all(torch.equal(first[name], second[name]) for name in first)
    assert not all(torch.equal(first[name], other[name]) for name in first)


def test_progress_reports_every_batch_and_test_accuracy_at_epoch_end(small_data):
    events: list[TrainProgress] = []
    result = train_lenet(quick(epochs=2), data=small_data, on_progress=events.append)
    assert [(e.epoch, e.step) for e in events] == [(epoch, step) for epoch in (1, 2) for step in range(1, 7)]
    assert all(e.steps_per_epoch == 6 and e.epochs == 2 for e in events)
    assert [e.test_acc is not None for e in events] == [e.step == 6 for e in events]
    assert all(np.isfinite(e.loss) and 0 <= e.train_acc <= 1 for e in events)
    assert events[-1].elapsed_s >= events[0].elapsed_s > 0
    assert result.epochs_completed == 2 and not result.stopped
    assert result.test_accuracy == events[-1].test_acc
    assert [h.epoch for h in result.history] == [1, 2]
    assert not result.model.training


def test_learning_happens(small_data):
    result = train_lenet(quick(epochs=5, batch_size=30, lr=1e-2, augment=False), data=small_data)
    assert result.history[-1].loss < result.history[0].loss / 2
    assert result.test_accuracy > 0.6  # 300 digits, 5 epochs: far above the 10 % of guessing


def test_should_stop_ends_between_batches(small_data):
    calls = []

    def stop_after_three() -> bool:
        calls.append(1)
        return len(calls) > 3

    events = []
    result = train_lenet(quick(), data=small_data, should_stop=stop_after_three, on_progress=events.append)
    assert result.stopped and result.epochs_completed == 0
    assert len(events) == 3
    assert 0 <= result.test_accuracy <= 1


def test_training_continues_from_a_given_model(small_data):
    start = train_lenet(quick(), data=small_data).model
    before = {k: v.clone() for k, v in start.state_dict().items()}
    result = train_lenet(quick(seed=1), data=small_data, model=start)
    assert result.model is start
    assert not torch.equal(before["fc3.weight"], start.state_dict()["fc3.weight"])


@pytest.mark.parametrize(
    "changes, words",
    [
        ({"epochs": 0}, "epochs"),
        ({"batch_size": 0}, "batch size"),
        ({"lr": 0.0}, "learning rate"),
        ({"dropout": 1.0}, "dropout"),
        ({"train_limit": 0}, "at least one digit"),
        ({"device": "abacus"}, "unknown device"),
        ({"train_only": ("fc3", "fc9")}, "no learnable layer 'fc9'"),
    ],
)
def test_bad_settings_are_refused_with_a_sentence(small_data, changes, words):
    with pytest.raises(ValueError, match=words):
        train_lenet(quick(**changes), data=small_data)


def test_augmentation_keeps_shapes_range_and_is_seeded():
    images, _ = load_mnist("test")
    batch = torch.from_numpy(images[:16]).float().div(255).unsqueeze(1)
    first = augment_batch(batch, torch.Generator().manual_seed(3))
    again = augment_batch(batch, torch.Generator().manual_seed(3))
    assert first.shape == batch.shape and torch.equal(first, again)
    assert first.min() >= 0 and first.max() <= 1
    assert not torch.equal(first, batch)
    still = AugmentSettings(max_shift=0, max_rotation=0, scale=(1, 1), max_shear=0, thickness_probability=0, elastic=0)
    np.testing.assert_allclose(augment_batch(batch, torch.Generator(), still), batch, atol=1e-5)
    thicker = change_thickness(batch, torch.ones(16))
    thinner = change_thickness(batch, -torch.ones(16))
    assert thicker.sum() > batch.sum() > thinner.sum()


def test_command_writes_weights_and_model_card(tmp_path, capsys):
    output = tmp_path / "out" / "lenet.pt"
    code = main(["--epochs", "1", "--train-limit", "200", "--batch-size", "100", "--seed", "3",
                 "--output", str(output), "--no-progress"])  # fmt: skip
    assert code == 0
    model = load_lenet(path=output)
    assert sum(p.numel() for p in model.parameters()) == 61_706
    card = (output.parent / "MODEL_CARD.md").read_text(encoding="utf-8")
    assert "convviz-train --epochs 1 --train-limit 200" in card
    assert "CC BY-SA 3.0" in card and "seed 3" in card
    assert "test accuracy" in capsys.readouterr().out


def test_command_reports_bad_arguments_without_a_traceback(tmp_path, capsys):
    assert main(["--epochs", "0", "--output", str(tmp_path / "w.pt"), "--no-progress"]) == 2
    assert "epochs must be at least 1" in capsys.readouterr().err
    assert not (tmp_path / "w.pt").exists()


def test_elastic_wobble_is_smooth_small_and_seeded():
    from convviz.model.augment import elastic_field

    settings = AugmentSettings(elastic=1.5)
    field = elastic_field(8, (28, 28), settings, torch.Generator().manual_seed(0))
    again = elastic_field(8, (28, 28), settings, torch.Generator().manual_seed(0))
    assert field.shape == (8, 28, 28, 2) and torch.equal(field, again)
    pixels = field * 14  # grid units -> pixels on a 28-pixel side
    assert 0.5 < pixels.abs().max() <= 1.5 * 1.3  # bicubic may overshoot its grid values a little
    # neighbours move together (independent noise of this size would differ by up to 3 px)
    assert (pixels[:, 1:] - pixels[:, :-1]).abs().max() < 0.75


def test_fine_tuning_changes_only_the_layers_that_learn(small_data):
    """Start from the shipped weights, train fc2 and fc3 only: the rest stays exactly as shipped."""
    shipped = load_lenet().state_dict()
    result = train_lenet(quick(train_only=("fc2", "fc3"), from_shipped=True, augment=False), data=small_data)
    trained = result.model.state_dict()
    for name in shipped:
        layer = name.split(".")[0]
        if layer in ("fc2", "fc3"):
            assert not torch.equal(trained[name], shipped[name]), f"{name} should have learned"
        else:
            assert torch.equal(trained[name], shipped[name]), f"{name} is frozen and must not change"
    assert result.test_accuracy > 0.9  # the shipped features still read the digits


def test_from_random_weights_every_layer_learns_unless_frozen(small_data):
    torch.manual_seed(7)
    start = LeNet().state_dict()  # the seed's first weights, as train_lenet makes them
    everything = train_lenet(quick(augment=False), data=small_data).model.state_dict()
    frozen = train_lenet(quick(augment=False, train_only=("fc3",)), data=small_data).model.state_dict()
    assert all(not torch.equal(everything[name], start[name]) for name in start)
    assert all(torch.equal(frozen[name], start[name]) == (not name.startswith("fc3")) for name in start)


def test_dropout_changes_what_is_trained_and_is_off_once_trained(small_data):
    without = train_lenet(quick(augment=False, dropout=0.0), data=small_data).model
    with_dropout = train_lenet(quick(augment=False, dropout=0.5), data=small_data).model
    assert with_dropout.dropout.p == 0.5 and not with_dropout.training
    assert not torch.equal(without.fc1.weight, with_dropout.fc1.weight)  # the dropped activations changed the steps
    x = torch.from_numpy(small_data[2][:16].astype(np.float32) / 255).unsqueeze(1)
    with torch.no_grad():
        assert torch.equal(with_dropout(x), with_dropout(x))  # evaluating: no dropout, the same answer
        with_dropout.train()
        assert not torch.equal(with_dropout(x), with_dropout(x))  # training: a new mask every pass


def test_augmented_examples_show_the_stored_digits_and_one_batch_of_their_changes(small_data):
    digits = small_data[0][:8]
    pair = augmented_examples(digits, seed=3)
    assert pair.shape == (2, 8, 28, 28) and pair.dtype == np.float32
    np.testing.assert_allclose(pair[0], digits / 255.0, atol=1e-6)
    batch = torch.from_numpy(digits.astype(np.float32) / 255.0).unsqueeze(1)
    expected = augment_batch(batch, torch.Generator().manual_seed(3))[:, 0].numpy()
    np.testing.assert_array_equal(pair[1], expected)  # exactly what the training loop's draw gives
    assert not np.allclose(pair[1], pair[0]) and 0 <= pair.min() and pair.max() <= 1
    assert not np.array_equal(augmented_examples(digits, seed=4)[1], pair[1])
