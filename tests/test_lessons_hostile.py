"""Hostile lesson files: refused by size and kind before reading, every number within what its view shows."""

from __future__ import annotations

import copy
import json
import os

import pytest

from convviz import limits
from convviz.lessons import lesson_from_dict, lessons_folder, load_lesson


def _good(name="06-vertical-edge-6x6.json") -> dict:
    return json.loads((lessons_folder() / name).read_text(encoding="utf-8"))


def _refused(tmp_path, data, name="mine.json") -> str:
    path = tmp_path / name
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    with pytest.raises(ValueError) as info:
        load_lesson(path)
    message = str(info.value)
    assert f"'{name}'" in message, message
    return message


# --------------------------------------------------------------------------- files
@pytest.mark.timeout(10)
def test_a_huge_sparse_file_is_refused_by_its_size_before_reading(tmp_path):
    path = tmp_path / "huge.json"
    with open(path, "wb") as handle:
        handle.write(b'{"schema": 1, ')
        handle.truncate(4 * 1024**3)  # 4 GiB, sparse: reading it would take 8 GB and seconds
    with pytest.raises(ValueError, match=r"huge.json is 4.3 GB: too large to be a lesson file \(the limit is 1.0 MB\)"):
        load_lesson(path)


@pytest.mark.timeout(10)
def test_a_named_pipe_is_refused_without_hanging(tmp_path):
    fifo = tmp_path / "lesson.json"
    os.mkfifo(fifo)  # reading it would wait for a writer for ever
    with pytest.raises(ValueError, match=r"'lesson.json' is a named pipe \(FIFO\), not a lesson file"):
        load_lesson(fifo)


@pytest.mark.timeout(10)
def test_a_device_is_refused():
    with pytest.raises(ValueError, match="'zero' is a device, not a lesson file"):
        load_lesson("/dev/zero")


@pytest.mark.timeout(10)
@pytest.mark.parametrize("depth", [100, 497, 100_000])
def test_deep_nesting_gets_a_sentence_not_a_recursion_error(tmp_path, depth):
    text = json.dumps(_good()).replace('"source":', '"deep": ' + "[" * depth + "]" * depth + ', "source":', 1)
    message = _refused(tmp_path, text)
    assert "nested" in message and message.startswith("The lesson file 'mine.json' cannot be used")


@pytest.mark.timeout(10)
def test_a_five_thousand_digit_integer_gets_a_sentence(tmp_path):
    text = json.dumps(_good()).replace('"number": 6', '"number": ' + "6" * 5000)
    assert "6" * 5000 in text
    message = _refused(tmp_path, text)
    assert '"number" must be a whole number, not a whole number of 5,000 digits' in message


# --------------------------------------------------------------------------- numbers out of range
@pytest.mark.parametrize(
    "change, words",
    [
        (lambda d: d.update(settings={"stride": 2**31}), '"settings.stride" must be at most 16'),
        (lambda d: d.update(settings={"stride": [1, 10**12]}), '"settings.stride[1]" must be at most 16'),
        (lambda d: d.update(settings={"padding": 20000}), '"settings.padding" must be at most 32'),
        (lambda d: d.update(settings={"dilation": 10**12}), '"settings.dilation" must be at most 8'),
        (lambda d: d.update(number=10**12), '"number" must be at most 9,999'),
        (lambda d: d["kernels"][0].update(matrix=[[1] * 12] * 12), '"kernels[0]" is 12×12; a kernel has 1 to 11'),
        (lambda d: d.update(kernels=[{"matrix": [[1]]}] * 17),
         '"kernels" holds 17 kernels; a lesson offers at most 16'),
        (lambda d: d["input"].update(matrix=[[1] * 5000] * 2), '"input.matrix" has 10,000 cells'),
    ],
)
def test_a_number_beyond_what_the_views_show_is_refused(tmp_path, change, words):
    data = copy.deepcopy(_good())
    change(data)
    assert words in _refused(tmp_path, data)


@pytest.mark.parametrize(
    "settings, words",
    [
        ({"mode": "max", "pool_size": 10**12}, '"settings.pool_size" must be at most 8'),
        ({"mode": "max", "pool_size": 8}, '"settings.pool_size" is 8; the Steps view takes 1 to 7'),
        ({"padding": 8}, '"settings.padding" is 8; the Steps view takes 0 to 7'),
        ({"dilation": 8}, '"settings.dilation" is 8; the Steps view takes 1 to 7'),
    ],
)
def test_a_steps_lesson_must_fit_the_steps_panel(tmp_path, settings, words):
    data = _good()
    data.pop("expected", None)
    data.pop("slide_cells", None)
    data.pop("slide_note", None)
    data["settings"] = settings
    if settings.get("mode") == "max":
        data["kernels"] = []
    assert words in _refused(tmp_path, data)


def test_a_steps_lesson_with_a_big_kernel_or_matrix_is_refused(tmp_path):
    data = _good()
    for key in ("expected", "slide_cells", "slide_note"):
        data.pop(key, None)
    data["kernels"] = [{"matrix": [[1] * 8] * 8}]
    assert '"kernels[0]" is 8×8; the Steps view takes kernels of 1 to 7' in _refused(tmp_path, data)
    data["kernels"] = [{"matrix": [[1] * 7] * 7}]
    data["settings"] = {"padding": "same", "dilation": 3}  # "same" pads 9 cells a side
    assert "\"settings.padding\" 'same' adds 9 cells; the Steps view takes 0 to 7" in _refused(tmp_path, data)
    data["settings"] = {}
    data["input"] = {"matrix": [[1] * 17] * 17}
    assert '"input.matrix" is 17×17; the Steps view shows at most 16×16' in _refused(tmp_path, data)


def test_activation_options_stay_in_the_controls_range(tmp_path):
    for key, value, words in (("slope", 50.0, '"settings.slope" must be from 0 to 1, as the view allows'),
                              ("slope", -0.5, '"settings.slope" must be from 0 to 1'),
                              ("alpha", 1e300, '"settings.alpha" must be from 0.05 to 5')):
        data = _good("27-activation-leaky-relu.json" if key == "slope" else "30-activation-elu.json")
        data["settings"][key] = value
        data.pop("expected", None)
        assert words in _refused(tmp_path, data)


def test_parameter_tables_are_bounded(tmp_path):
    data = _good("40-lenet-parameter-table.json")
    big = copy.deepcopy(data)
    big["tables"][0]["input_shape"] = [3, 10**13, 10**13]
    assert '"tables[0].input_shape[1]" must be at most 1,000,000,000,000' in _refused(tmp_path, big)
    layers = data["tables"][0]["layers"]
    data["tables"][0]["layers"] = layers * 10
    assert f"holds {len(layers) * 10} layers; a table shows at most 64" in _refused(tmp_path, data)


def test_every_shipped_lesson_fits_the_limits():
    for path in sorted(lessons_folder().glob("*.json")):
        lesson = lesson_from_dict(json.loads(path.read_text(encoding="utf-8")), path.name)
        assert lesson.number in limits.LESSON_NUMBER
        assert len(lesson.kernels) in limits.LESSON_FILTERS
