"""The class digits collection, its file, merging, the held-out split and how a network reads the digits.

Reading is checked against LeNet rebuilt from its state_dict with torch.nn.functional alone.
"""

from __future__ import annotations

import base64
import json
import os
import zlib

import numpy as np
import pytest
import torch
from hypothesis import given, settings
from hypothesis import strategies as st
from model_fixtures import functional_lenet_predictions

from convviz.model import class_digits as cd
from convviz.model.class_digits import ClassDigits
from convviz.model.lenet import LeNet
from convviz.model.preprocess import preprocess_drawing


def _collection(count: int, seed: int = 0) -> ClassDigits:
    rng = np.random.default_rng(seed)
    images = rng.integers(0, 256, size=(count, 28, 28), dtype=np.uint8)
    labels = rng.integers(0, 10, size=count)
    return ClassDigits(images, labels)


def _document(digits: ClassDigits) -> dict:
    return json.loads(cd.digits_to_text(digits))


def _bytes(document) -> bytes:
    return json.dumps(document).encode("utf-8")


# ------------------------------------------------------------------ the collection
def test_adding_removing_and_counting_digits():
    digits = ClassDigits.empty()
    seven = np.full((28, 28), 7, np.uint8)
    digits = digits.with_digit(seven, 7).with_digit(np.zeros((28, 28), np.uint8), 1).with_digit(seven, 7)
    assert len(digits) == 3
    assert digits.counts().tolist() == [0, 1, 0, 0, 0, 0, 0, 2, 0, 0]
    fewer = digits.without(1)
    assert fewer.labels.tolist() == [7, 7] and len(digits) == 3  # the original is unchanged
    assert not digits.images.flags.writeable
    with pytest.raises(ValueError, match="0 to 9"):
        digits.with_digit(seven, 10)
    with pytest.raises(ValueError, match="28×28"):
        digits.with_digit(np.zeros((27, 28), np.uint8), 3)
    with pytest.raises(ValueError, match="no class digit number 5"):
        digits.without(5)


def test_a_drawing_becomes_the_digit_the_lenet_view_reads():
    drawing = np.zeros((280, 280), np.uint8)
    drawing[60:220, 130:150] = 255  # a "1"
    digit = cd.drawing_to_digit(drawing)
    assert digit.dtype == np.uint8 and digit.shape == (28, 28)
    np.testing.assert_array_equal(digit, np.rint(preprocess_drawing(drawing) * 255).astype(np.uint8))
    with pytest.raises(ValueError, match="blank"):
        cd.drawing_to_digit(np.zeros((280, 280), np.uint8))


# ------------------------------------------------------------------ the file
def test_file_round_trip_keeps_every_pixel_and_label(tmp_path):
    digits = _collection(37)
    path = tmp_path / "room-12.classdigits"
    written = cd.write_digits(path, digits)
    assert written == path.stat().st_size
    document = json.loads(path.read_text("utf-8"))
    assert document["format"] == "convviz-class-digits" and document["version"] == 1
    assert document["labels"] == digits.labels.tolist()  # readable without convviz
    back = cd.read_digits_file(path)
    np.testing.assert_array_equal(back.images, digits.images)
    np.testing.assert_array_equal(back.labels, digits.labels)
    assert [p.name for p in tmp_path.iterdir()] == [path.name]  # no temporary file left


@settings(max_examples=25, deadline=None)
@given(count=st.integers(0, 12), seed=st.integers(0, 2**16))
def test_any_collection_survives_the_file(count, seed):
    digits = _collection(count, seed)
    back = cd.digits_from_bytes(cd.digits_to_text(digits).encode())
    np.testing.assert_array_equal(back.images, digits.images)
    np.testing.assert_array_equal(back.labels, digits.labels)


def _with(document: dict, **changes) -> dict:
    document = json.loads(json.dumps(document))
    document.update(changes)
    return document


@pytest.mark.parametrize(
    ("change", "sentence"),
    [
        (lambda d: [1, 2, 3], "not a class digits file"),
        (lambda d: _with(d, format="convviz-session"), "not a class digits file"),
        (lambda d: _with(d, version=2), "newer convviz"),
        (lambda d: _with(d, version="1"), "not a version number"),
        (lambda d: _with(d, count=-1), '"count" must be a whole number'),
        (lambda d: _with(d, count=10**40), '"count" must be a whole number'),
        (lambda d: _with(d, count=True), '"count" must be a whole number'),
        (lambda d: _with(d, labels=d["labels"][:-1]), 'list of 4 digits'),
        (lambda d: _with(d, labels=[1, 2, 10, 3]), "label number 3 is 10"),
        (lambda d: _with(d, labels=[1, 2, True, 3]), "label number 3"),
        (lambda d: _with(d, labels=[1, 2, 3.0, 3]), "label number 3"),
        (lambda d: _with(d, images=None), 'no "images" array'),
        (lambda d: _with(d, images={"$array": {**d["images"]["$array"], "dtype": "float32"}}), "need 4×28×28 uint8"),
        (lambda d: _with(d, images={"$array": {**d["images"]["$array"], "shape": [4, 28, 27]}}), "need 4×28×28"),
        (lambda d: _with(d, images={"$array": {**d["images"]["$array"], "data": "!!not base64"}}), "damaged"),
        (lambda d: _with(d, images={"$array": {**d["images"]["$array"], "data": base64.b64encode(
            zlib.compress(b"\0" * 100)).decode()}}), "images"),
    ],
)
def test_a_damaged_or_foreign_file_is_refused_with_a_sentence(change, sentence):
    document = change(_document(_collection(4)))
    with pytest.raises(ValueError, match=sentence) as caught:
        cd.digits_from_bytes(_bytes(document))
    assert str(caught.value).endswith(".")


def test_a_huge_claim_is_refused_before_anything_is_unpacked():
    count = cd.MAX_DIGITS
    document = {"format": cd.FORMAT, "version": 1, "count": count, "labels": [0] * count,
                "images": {"$array": {"dtype": "uint8", "shape": [count, 28, 28], "encoding": "zlib",
                                      "data": base64.b64encode(zlib.compress(b"\0" * 64)).decode()}}}
    with pytest.raises(ValueError, match="images"):
        cd.digits_from_bytes(_bytes(document))  # a zlib "bomb" would need the full size: not decompressed
    deep = "[" * 5000 + "]" * 5000
    with pytest.raises(ValueError, match="nested"):
        cd.digits_from_bytes(deep.encode())
    with pytest.raises(ValueError, match="not text"):
        cd.digits_from_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(ValueError, match="broken JSON at line 1"):
        cd.digits_from_bytes(b'{"format": ')


def test_files_that_are_not_ordinary_or_too_large_are_refused(tmp_path, monkeypatch):
    with pytest.raises(ValueError, match="folder"):
        cd.read_digits_file(tmp_path)
    if hasattr(os, "mkfifo"):
        fifo = tmp_path / "pipe.classdigits"
        os.mkfifo(fifo)
        with pytest.raises(ValueError, match="named pipe"):
            cd.read_digits_file(fifo)  # would block for ever if it were opened for reading
    big = tmp_path / "big.classdigits"
    cd.write_digits(big, _collection(30))
    monkeypatch.setattr(cd, "MAX_FILE_BYTES", 1000)
    with pytest.raises(ValueError, match="too large"):
        cd.read_digits_file(big)
    with pytest.raises(FileNotFoundError):
        cd.read_digits_file(tmp_path / "missing.classdigits")


def test_a_refusal_names_the_file(tmp_path):
    path = tmp_path / "notes.classdigits"
    path.write_text("hello")
    with pytest.raises(ValueError, match=r"^notes\.classdigits: it is not a class digits file"):
        cd.read_digits_file(path)


# ------------------------------------------------------------------ merging
def test_merging_keeps_each_exact_duplicate_once_in_first_come_order():
    a = _collection(10, seed=1)
    b = _collection(6, seed=2)
    relabelled = ClassDigits(a.images[:2], (a.labels[:2] + 1) % 10)  # same pixels, other label: not a duplicate
    merged, dropped = a.merged(b, a, relabelled)
    assert dropped == 10
    assert len(merged) == 18
    np.testing.assert_array_equal(merged.images[:10], a.images)
    np.testing.assert_array_equal(merged.images[10:16], b.images)
    itself, none = a.merged(a)
    assert none == 10 and len(itself) == 10
    # merging the other way round holds the same digits
    other, _ = b.merged(relabelled, a)
    assert {cd.digit_key(i, l) for i, l in zip(other.images, other.labels)} == {
        cd.digit_key(i, l) for i, l in zip(merged.images, merged.labels)}


def test_a_merge_beyond_the_limit_is_refused(monkeypatch):
    monkeypatch.setattr(cd, "MAX_DIGITS", 12)
    with pytest.raises(ValueError, match="at most 12"):
        _collection(8, 1).merged(_collection(8, 2))


# ------------------------------------------------------------------ the held-out split
def test_split_depends_on_the_pictures_only():
    digits = _collection(200, seed=3)
    split = cd.split_held_out(digits)
    assert set(split.train).isdisjoint(split.held_out)
    assert sorted([*split.train, *split.held_out]) == list(range(200))
    for digit in range(10):
        members = np.flatnonzero(digits.labels == digit)
        held = np.intersect1d(members, split.held_out)
        assert len(held) == max(1, round(0.25 * len(members)))
    order = np.random.default_rng(9).permutation(200)
    shuffled = digits.subset(order)
    again = cd.split_held_out(shuffled)
    key = lambda d, idx: {cd.digit_key(d.images[i], d.labels[i]) for i in idx}  # noqa: E731
    assert key(shuffled, again.held_out) == key(digits, split.held_out)
    assert np.array_equal(cd.split_held_out(digits).held_out, split.held_out)


def test_a_lone_drawing_of_a_digit_is_learnt_from_not_held_out():
    digits = ClassDigits(_collection(3).images, np.array([4, 5, 5]))
    split = cd.split_held_out(digits)
    assert 0 in split.train and len(split.held_out) == 1
    with pytest.raises(ValueError, match="held-out share"):
        cd.split_held_out(digits, 1.0)


# ------------------------------------------------------------------ reading by a network


def test_accuracy_and_confusion_match_an_independent_torch_computation():
    from convviz.model.mnist import load_mnist
    from convviz.model.weights import default_weights_path

    model = LeNet()
    model.load_state_dict(torch.load(default_weights_path(), weights_only=True))
    images, labels = load_mnist("test")
    turned = np.concatenate([images[:100], np.rot90(images[100:150], axes=(1, 2))])  # some read wrong
    digits = ClassDigits(turned, labels[:150])
    result = cd.read_digits(model.eval(), digits)
    assert 0 < len(cd.misread(result)) < 150
    predicted = functional_lenet_predictions(model.state_dict(), digits.images)
    expected = torch.zeros(10, 10, dtype=torch.int64)
    expected.index_put_((torch.tensor(digits.labels), predicted), torch.ones(150, dtype=torch.int64),
                        accumulate=True)
    np.testing.assert_array_equal(result.matrix, expected.numpy())
    assert result.accuracy == pytest.approx(float((predicted.numpy() == digits.labels).mean()))
    np.testing.assert_array_equal(cd.misread(result), np.flatnonzero(predicted.numpy() != digits.labels))


def test_the_documented_recipe_reads_a_file_without_convviz(tmp_path):
    """docs/class-digits.md: base64, zlib and the shape are enough, whatever the count (3 is no picture)."""
    for count in (0, 3, 4, 11):
        digits = _collection(count, seed=count)
        path = tmp_path / f"{count}.classdigits"
        cd.write_digits(path, digits)
        document = json.loads(path.read_text("utf-8"))
        entry = document["images"]["$array"]
        images = np.frombuffer(zlib.decompress(base64.b64decode(entry["data"])), np.uint8).reshape(entry["shape"])
        np.testing.assert_array_equal(images, digits.images)
        assert document["labels"] == digits.labels.tolist()
