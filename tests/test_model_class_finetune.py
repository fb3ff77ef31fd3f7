"""Fine-tuning LeNet on class digits: it learns their handwriting, only the chosen layers move, and the
before/after scores are what an independent torch computation gives."""

from __future__ import annotations

import numpy as np
import pytest
import torch
from model_fixtures import functional_lenet_predictions

from convviz.model.class_digits import ClassDigits
from convviz.model.class_finetune import FineTuneConfig, fine_tune
from convviz.model.mnist import load_mnist


@pytest.fixture(scope="module")
def shifted_class():
    """A class that writes every digit as MNIST writes the next one: the shipped network reads none right."""
    images, labels = load_mnist("train10k")  # sorted by digit: a random 80 of them
    chosen = np.random.default_rng(0).choice(len(labels), 80, replace=False)
    return ClassDigits(images[chosen], (labels[chosen] + 1) % 10)


def _accuracy(state: dict, images: np.ndarray, labels: np.ndarray) -> float:
    return float((functional_lenet_predictions(state, images).numpy() == labels).mean())


def test_fine_tuning_learns_the_class_handwriting_and_shows_what_mnist_lost(shipped, mnist_part, shifted_class):
    seen = []
    result = fine_tune(shipped, shifted_class, FineTuneConfig(epochs=15, lr=1e-2, layers=("fc2", "fc3")),
                       mnist=mnist_part, on_progress=seen.append)
    held = shifted_class.subset(result.split.held_out)
    assert len(held) + len(result.split.train) == 80 and 15 <= len(held) <= 25
    # before and after, as an independent computation reads them
    assert result.before.class_accuracy == pytest.approx(_accuracy(shipped, held.images, held.labels))
    assert result.after.class_accuracy == pytest.approx(_accuracy(result.weights, held.images, held.labels))
    assert result.before.mnist_accuracy == pytest.approx(_accuracy(shipped, *mnist_part))
    assert result.after.mnist_accuracy == pytest.approx(_accuracy(result.weights, *mnist_part))
    assert result.before.class_accuracy < 0.2 < 0.8 < result.after.class_accuracy  # learnt their handwriting
    assert result.after.mnist_accuracy < result.before.mnist_accuracy - 0.1  # and forgot MNIST's: visible
    assert [p.epoch for p in seen] == list(range(1, 16)) and result.epochs_completed == 15
    assert not result.stopped
    # only the chosen layers moved
    for name, tensor in shipped.items():
        moved = not torch.equal(tensor, result.weights[name])
        assert moved == (name.split(".")[0] in ("fc2", "fc3")), name


def test_the_same_seed_gives_the_same_weights(shipped, mnist_part, shifted_class):
    config = FineTuneConfig(epochs=2, layers=("fc3",), seed=4)
    first = fine_tune(shipped, shifted_class, config, mnist=mnist_part)
    second = fine_tune(shipped, shifted_class, config, mnist=mnist_part)
    assert all(torch.equal(first.weights[k], second.weights[k]) for k in first.weights)
    other = fine_tune(shipped, shifted_class, FineTuneConfig(epochs=2, layers=("fc3",), seed=5), mnist=mnist_part)
    assert not torch.equal(first.weights["fc3.weight"], other.weights["fc3.weight"])


def test_stopping_keeps_the_weights_and_still_compares(shipped, mnist_part, shifted_class):
    result = fine_tune(shipped, shifted_class, FineTuneConfig(epochs=50), mnist=mnist_part, should_stop=lambda: True)
    assert result.stopped and result.epochs_completed == 0
    assert all(torch.equal(shipped[k], result.weights[k]) for k in shipped)
    assert result.after.mnist_accuracy == result.before.mnist_accuracy


def test_too_few_digits_or_bad_settings_are_refused_with_a_sentence(shipped, mnist_part, shifted_class):
    lonely = ClassDigits(shifted_class.images[:3], np.array([1, 2, 3]))
    with pytest.raises(ValueError, match="draw at least two of a digit"):
        fine_tune(shipped, lonely, mnist=mnist_part)
    for config, sentence in [(FineTuneConfig(epochs=0), "epochs"), (FineTuneConfig(lr=0), "learning rate"),
                             (FineTuneConfig(layers=("fc9",)), "fc9"), (FineTuneConfig(layers=()), "none"),
                             (FineTuneConfig(batch_size=0), "batch size")]:
        with pytest.raises(ValueError, match=sentence):
            fine_tune(shipped, shifted_class, config, mnist=mnist_part)
