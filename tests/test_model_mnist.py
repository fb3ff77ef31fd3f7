"""The IDX reader: the shipped MNIST files load; damaged or foreign files are refused."""

from __future__ import annotations

import gzip

import numpy as np
import pytest

from convviz.model import load_mnist, read_idx
from convviz.model.mnist import read_split


def idx_bytes(array: np.ndarray, magic: int | None = None) -> bytes:
    magic = magic if magic is not None else (2051 if array.ndim == 3 else 2049)
    header = magic.to_bytes(4, "big") + b"".join(n.to_bytes(4, "big") for n in array.shape)
    return header + array.astype(np.uint8).tobytes()


@pytest.fixture
def images() -> np.ndarray:
    return np.random.default_rng(0).integers(0, 256, size=(5, 28, 28), dtype=np.uint8)


def test_shipped_test_set_is_the_official_t10k():
    images, labels = load_mnist("test")
    assert images.shape == (10_000, 28, 28) and images.dtype == np.uint8
    assert labels.shape == (10_000,) and labels.dtype == np.uint8
    assert labels[:10].tolist() == [7, 2, 1, 0, 4, 1, 4, 9, 5, 9]  # the famous first ten
    assert np.bincount(labels, minlength=10).tolist() == [980, 1135, 1032, 1010, 982, 892, 958, 1028, 974, 1009]


def test_shipped_training_subset_has_every_digit():
    images, labels = load_mnist("train10k")
    assert images.shape == (10_000, 28, 28)
    assert np.bincount(labels, minlength=10).min() > 800


def test_unknown_split_is_refused():
    with pytest.raises(ValueError, match="unknown MNIST split"):
        load_mnist("train60k")


@pytest.mark.parametrize("compress", [False, True])
def test_reads_raw_and_gzipped_files(tmp_path, images, compress):
    data = idx_bytes(images)
    path = tmp_path / "images.idx"
    path.write_bytes(gzip.compress(data) if compress else data)
    np.testing.assert_array_equal(read_idx(path), images)
    labels = np.array([3, 1, 4, 1, 5], dtype=np.uint8)
    (tmp_path / "labels.idx").write_bytes(idx_bytes(labels))
    got_images, got_labels = read_split(path, tmp_path / "labels.idx")
    np.testing.assert_array_equal(got_labels, labels)
    assert got_images.flags.writeable


@pytest.mark.parametrize(
    "make, words",
    [
        (lambda a: idx_bytes(a, magic=2052), "magic number is 2052"),
        (lambda a: idx_bytes(a)[:-1], "truncated"),
        (lambda a: idx_bytes(a) + b"\x00", "holds 3921"),
        (lambda a: idx_bytes(a)[:6], "too short|header"),
        (lambda a: idx_bytes(a)[:10], "header"),
        (lambda a: b"", "too short"),
        (lambda a: b"\x1f\x8b" + b"not really gzip", "damaged"),
        (lambda a: b"\x89PNG\r\n\x1a\n" + bytes(40), "not an MNIST IDX file"),
        (lambda a: idx_bytes(np.zeros((2, 0, 28), np.uint8)), "0×28 pixels"),
    ],
)
def test_broken_files_are_refused_with_a_reason(tmp_path, images, make, words):
    path = tmp_path / "broken.idx"
    path.write_bytes(make(images))
    with pytest.raises(ValueError, match=words):
        read_idx(path)


def test_missing_file_is_a_value_error(tmp_path):
    with pytest.raises(ValueError, match="cannot read"):
        read_idx(tmp_path / "nope.idx")


def test_images_and_labels_must_belong_together(tmp_path, images):
    (tmp_path / "images").write_bytes(idx_bytes(images))
    (tmp_path / "labels").write_bytes(idx_bytes(np.arange(4, dtype=np.uint8)))
    (tmp_path / "big").write_bytes(idx_bytes(np.array([1, 2, 3, 4, 12], np.uint8)))
    with pytest.raises(ValueError, match="5 images but 4 labels"):
        read_split(tmp_path / "images", tmp_path / "labels")
    with pytest.raises(ValueError, match="label 12"):
        read_split(tmp_path / "images", tmp_path / "big")
    with pytest.raises(ValueError, match="holds labels, not images"):
        read_split(tmp_path / "labels", tmp_path / "labels")
