"""Confusion matrix: counts every picture once, agrees with the predictions, lists a cell's digits."""

from __future__ import annotations

import numpy as np
import pytest
import torch
from model_fixtures import SmallCNN, save_torchscript, seeded

from convviz.model.confusion import ConfusionResult, confusion_matrix
from convviz.model.custom import load_user_model
from convviz.model.inference import predict
from convviz.model.lenet import LeNet
from convviz.model.mnist import load_mnist

torch.set_num_threads(1)


# Opening own models is what these tests are about, not the sandbox's own start (warm, pooled processes).
pytestmark = pytest.mark.usefixtures("lent_sandboxes")


@pytest.fixture(scope="module")
def test_set():
    return load_mnist("test")


@pytest.fixture(scope="module")
def lenet():
    return seeded(LeNet(), seed=5)


def test_the_whole_test_set_totals_10000_and_matches_predict(test_set, lenet):
    images, labels = test_set
    result = confusion_matrix(lenet, images, labels)
    assert isinstance(result, ConfusionResult)
    assert result.matrix.shape == (10, 10) and np.issubdtype(result.matrix.dtype, np.integer)
    assert result.total == len(images) == 10_000
    np.testing.assert_array_equal(result.matrix.sum(axis=1), np.bincount(labels, minlength=10))
    expected = predict(lenet, images).argmax(axis=1)
    np.testing.assert_array_equal(result.predictions, expected)
    assert result.accuracy == pytest.approx(np.mean(expected == labels))
    np.testing.assert_array_equal(result.matrix.sum(axis=0), np.bincount(expected, minlength=10))


def test_every_cell_lists_exactly_its_digits(test_set, lenet):
    images, labels = test_set[0][:600], test_set[1][:600]
    result = confusion_matrix(lenet, images, labels, batch_size=128)
    seen = []
    for true in range(10):
        for predicted in range(10):
            cell = result.indices(true, predicted)
            assert len(cell) == result.matrix[true, predicted]
            assert (labels[cell] == true).all() and (result.predictions[cell] == predicted).all()
            seen.extend(cell.tolist())
    assert sorted(seen) == list(range(len(images)))


def test_batch_size_and_float_pictures_do_not_change_the_result(test_set, lenet):
    images, labels = test_set[0][:250], test_set[1][:250]
    whole = confusion_matrix(lenet, images, labels)
    np.testing.assert_array_equal(confusion_matrix(lenet, images, labels, batch_size=7).matrix, whole.matrix)
    as_float = images.astype(np.float32) / 255.0
    np.testing.assert_array_equal(confusion_matrix(lenet, as_float, labels).predictions, whole.predictions)


def test_a_torchscript_user_model_gets_a_confusion_matrix(tmp_path, test_set):
    images, labels = test_set[0][:300], test_set[1][:300]
    plain = seeded(SmallCNN(), seed=1)
    save_torchscript(plain, tmp_path / "small.pt")
    user = load_user_model(tmp_path / "small.pt")
    result = confusion_matrix(user, images, labels, batch_size=100)
    np.testing.assert_array_equal(result.matrix, confusion_matrix(plain, images, labels).matrix)


def test_a_hand_made_case_lands_in_the_right_cells():
    """A 'model' that reads the class from the picture's brightest row: predictions are known."""

    class BrightestRow(torch.nn.Module):
        def forward(self, x):
            return x[:, 0, :10, :].sum(dim=2)

    pictures = np.zeros((5, 28, 28), dtype=np.float32)
    for index, row in enumerate([3, 3, 7, 0, 9]):
        pictures[index, row] = 1.0
    result = confusion_matrix(BrightestRow(), pictures, np.array([3, 5, 7, 0, 2]))
    expected = np.zeros((10, 10), dtype=int)
    for true, predicted in [(3, 3), (5, 3), (7, 7), (0, 0), (2, 9)]:
        expected[true, predicted] += 1
    np.testing.assert_array_equal(result.matrix, expected)
    assert result.accuracy == pytest.approx(3 / 5)
    np.testing.assert_array_equal(result.indices(5, 3), [1])


def test_an_empty_set_gives_an_empty_matrix(lenet):
    result = confusion_matrix(lenet, np.zeros((0, 28, 28), dtype=np.uint8), np.zeros(0, dtype=np.int64))
    assert result.total == 0 and result.accuracy == 0.0


@pytest.mark.parametrize(
    ("images", "labels", "keyword", "message"),
    [
        (np.zeros((3, 28, 28), np.uint8), np.zeros(2, np.int64), {}, "must match"),
        (np.zeros((2, 28, 28), np.uint8), np.array([0, 10]), {}, "between 0 and 9"),
        (np.zeros((2, 28, 28), np.uint8), np.array([0.5, 1.0]), {}, "whole class numbers"),
        (np.zeros((2, 28, 28), np.uint8), np.array([0, 1]), {"batch_size": 0}, "at least 1"),
        (np.zeros((2, 32, 32), np.uint8), np.array([0, 1]), {}, "28×28"),
    ],
    ids=["lengths", "label-range", "float-labels", "batch-size", "picture-size"],
)
def test_bad_input_is_refused_with_a_sentence(lenet, images, labels, keyword, message):
    with pytest.raises(ValueError, match=message):
        confusion_matrix(lenet, images, labels, **keyword)


def test_asking_for_a_cell_outside_the_matrix_is_refused(lenet):
    result = confusion_matrix(lenet, np.zeros((1, 28, 28), np.uint8), np.array([1]))
    with pytest.raises(ValueError, match="predicted class must be between 0 and 9"):
        result.indices(1, 10)
