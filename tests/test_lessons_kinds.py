"""Lesson files for transposed and grouped convolution: settings that cannot work are refused with a reason."""

from __future__ import annotations

import copy

import pytest

from convviz.lessons import lesson_from_dict

TRANSPOSED = {
    "schema": 1, "id": "t", "number": 900, "title": "t", "view": "steps", "explanation": "e",
    "input": {"matrix": [[1, 2], [3, 4]]}, "kernels": [{"matrix": [[1, 1], [1, 1]]}],
    "settings": {"mode": "transposed", "stride": 2},
}
DEPTHWISE = {
    "schema": 1, "id": "d", "number": 901, "title": "d", "view": "convolution", "explanation": "e",
    "input": {"rgb": [[[1, 2], [3, 4]]] * 3}, "kernels": [{"channels": [[[1]], [[2]], [[3]]]}],
    "settings": {"groups": 3},
}


def _refusal(data) -> str:
    with pytest.raises(ValueError) as error:
        lesson_from_dict(data, "kinds.json")
    return str(error.value)


def test_good_files_load():
    assert lesson_from_dict(copy.deepcopy(TRANSPOSED), "t.json").settings.mode == "transposed"
    assert lesson_from_dict(copy.deepcopy(DEPTHWISE), "d.json").settings.groups == 3


@pytest.mark.parametrize(
    "base, change, words",
    [
        (TRANSPOSED, {"flip": True}, "never turned"),
        (TRANSPOSED, {"padding": "same"}, "number of cells cut from each side"),
        (TRANSPOSED, {"mode": "conv", "output_padding": 1}, "only applies to a transposed convolution"),
        (TRANSPOSED, {"mode": "max", "groups": 1}, "only applies to a convolution"),
        (DEPTHWISE, {"groups": 2}, "are 1 (every filter sees all channels) or the input's 3"),
        (DEPTHWISE, {"groups": 4}, '"settings.groups"'),
    ],
)
def test_settings_that_cannot_work_are_refused(base, change, words):
    data = copy.deepcopy(base)
    data["settings"].update(change)
    if data["settings"].get("mode") == "max":
        data["kernels"] = []
    assert words in _refusal(data)


def test_a_depthwise_lesson_has_one_kernel():
    data = copy.deepcopy(DEPTHWISE)
    data["kernels"] = data["kernels"] * 2
    assert "one kernel with one slice per channel" in _refusal(data)
