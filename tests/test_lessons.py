"""Every shipped lesson loads, shows true numbers (core and torch agree), and broken files are refused clearly."""

from __future__ import annotations

import copy
import json
import re

import numpy as np
import pytest
import torch
import torch.nn.functional as F

from convviz.core import KERNEL_PRESETS
from convviz.lessons import (
    SCHEMA_VERSION,
    builtin_lessons,
    check_expected,
    compute_lesson,
    lesson_by_id,
    lesson_from_dict,
    lesson_input_array,
    lesson_kernel_bank,
    lessons_folder,
    load_lesson,
    table_total,
)

LESSONS = builtin_lessons()
IDS = [lesson.id for lesson in LESSONS]


def _torch_reference(lesson) -> np.ndarray:
    """The lesson's output computed by torch alone (float64), independent of convviz.core."""
    x = torch.tensor(lesson_input_array(lesson), dtype=torch.float64)
    x4 = x.reshape((1, 1) + x.shape) if x.ndim == 2 else x[None]
    s = lesson.settings
    if s.mode == "conv" and lesson.kernels:
        w = torch.tensor(lesson_kernel_bank(lesson), dtype=torch.float64)
        if s.flip:
            w = torch.flip(w, dims=(-2, -1))
        padding = s.padding if isinstance(s.padding, str) else s.padding
        if s.groups > 1:  # depthwise: the one kernel's slice c filters channel c alone
            w = w[0][:, None]
        y = F.conv2d(x4, w, stride=s.effective_stride, padding=padding, dilation=s.dilation, groups=s.groups)[0]
    elif s.mode == "transposed" and lesson.kernels:
        w = torch.tensor(lesson_kernel_bank(lesson), dtype=torch.float64)  # (1, 1, kh, kw): C_in, C_out
        y = F.conv_transpose2d(x4, w, stride=s.effective_stride, padding=s.padding,
                               output_padding=s.output_padding, dilation=s.dilation)[0]
    elif s.mode == "max":
        y = F.max_pool2d(x4, s.pool_size, stride=s.effective_stride, padding=s.padding)[0]
    elif s.mode == "avg":
        y = F.avg_pool2d(x4, s.pool_size, stride=s.effective_stride, padding=s.padding)[0]
    else:
        y = x4[0]
    if s.activation == "maxout":
        y = y.amax(dim=0, keepdim=True)
    elif s.activation == "relu":
        y = F.relu(y)
    elif s.activation == "leaky_relu":
        y = F.leaky_relu(y, s.activation_kwargs["slope"])
    elif s.activation == "sigmoid":
        y = torch.sigmoid(y)
    elif s.activation == "tanh":
        y = torch.tanh(y)
    elif s.activation == "elu":
        y = F.elu(y, s.activation_kwargs.get("alpha", 1.0))
    elif s.activation == "softmax":
        y = torch.softmax(y.reshape(-1), 0).reshape(y.shape)
    return (y[0] if y.shape[0] == 1 else y).numpy()


def _torch_parameter_count(table) -> int:
    """Build the table's layers as real torch modules (on the meta device: no memory) and count.

    A table naming a famous network is counted on that network rebuilt by hand
    from torch.nn modules (tests/torch_reference_networks.py).
    """
    if table.network is not None:
        from torch_reference_networks import REFERENCES, total_parameters

        return total_parameters(REFERENCES[table.network]())
    shape = table.input_shape
    total = 0
    for layer in table.layers:
        if layer.kind == "conv":
            module = torch.nn.Conv2d(shape[0], layer.size, layer.kernel, stride=layer.stride,
                                     padding=layer.padding, bias=layer.bias, device="meta")
            total += sum(p.numel() for p in module.parameters())
            out = module(torch.empty((1,) + tuple(shape), device="meta"))
            shape = tuple(out.shape[1:])
        elif layer.kind == "pool":
            shape = tuple(F.max_pool2d(torch.empty((1,) + tuple(shape), device="meta"), layer.kernel,
                                       stride=layer.stride, padding=layer.padding).shape[1:])
        elif layer.kind == "fc":
            module = torch.nn.Linear(int(np.prod(shape)), layer.size, bias=layer.bias, device="meta")
            total += sum(p.numel() for p in module.parameters())
            shape = (layer.size,)
    return total


# --- the shipped lessons ------------------------------------------------------------------------


def test_every_lesson_file_loads_and_numbers_are_unique():
    files = sorted(lessons_folder().glob("*.json"))
    assert len(LESSONS) == len(files) >= 40
    assert [lesson.number for lesson in LESSONS] == list(range(1, len(LESSONS) + 1))
    assert len(set(IDS)) == len(IDS)
    for lesson in LESSONS:
        assert lesson.path and lesson.path.endswith(f"{lesson.number:02d}-{lesson.id}.json")


@pytest.mark.parametrize("lesson", LESSONS, ids=IDS)
def test_lesson_expected_values_are_true_by_core_and_torch(lesson):
    assert check_expected(lesson) == []
    expected = lesson.expected
    if expected is None or (expected.output is None and expected.output_size is None):
        return
    ours = compute_lesson(lesson)
    reference = _torch_reference(lesson)
    np.testing.assert_allclose(ours, reference, rtol=1e-5, atol=1e-5)
    if expected.output is not None:
        np.testing.assert_allclose(expected.output_array(), reference, rtol=1e-5, atol=1e-5)
    if expected.output_size is not None:
        assert tuple(reference.shape[-2:]) == expected.output_size


@pytest.mark.parametrize("lesson", [l for l in LESSONS if l.tables], ids=[l.id for l in LESSONS if l.tables])
def test_parameter_tables_match_real_torch_layers(lesson):
    for table in lesson.tables:
        assert table.total is not None
        assert table_total(table) == table.total == _torch_parameter_count(table)
        if table.slide_total is not None:
            assert table.slide_total != table.total
            assert lesson.slide_note and f"{table.total:,}" in lesson.slide_note


@pytest.mark.parametrize("lesson", LESSONS, ids=IDS)
def test_lesson_texts_are_short_and_own_words(lesson):
    sentences = [s for s in re.split(r"(?<=[.!?])\s+", lesson.explanation) if s.strip()]
    assert 2 <= len(sentences) <= 6, f"{lesson.id}: {len(sentences)} sentences"
    assert lesson.source, "every shipped lesson says where in the decks it comes from"
    for kernel in lesson.kernels:
        assert kernel.preset is None or kernel.preset in KERNEL_PRESETS


@pytest.mark.parametrize("lesson", [l for l in LESSONS if l.slide_cells], ids=[l.id for l in LESSONS if l.slide_cells])
def test_slide_cells_really_differ_from_the_truth(lesson):
    truth = lesson.expected.output_array()
    for cell in lesson.slide_cells:
        assert round(float(truth[cell.index]), 2) != cell.printed
        assert f"{cell.printed:g}" in lesson.slide_note


def test_the_known_slide_slips_are_corrected():
    """The numbers a teacher will be asked about, checked against hand arithmetic of the windows."""
    edge = lesson_by_id("vertical-edge-6x6").expected.output_array()
    assert edge[1, 2] == (3 + 1 + 7) - (8 + 2 + 3) == -2
    deck4 = lesson_by_id("matrix-6x6-no-padding").expected.output_array()
    assert deck4[1, 0] == pytest.approx(0.2 + 0 + 0.9 + 0.3 + 0.7)
    assert lesson_by_id("lenet-parameter-table").tables[0].total == 62_006
    assert lesson_by_id("parameters-200x200-rgb").tables[1].total == 300 * (3 * 3 * 3 + 1)
    assert lesson_by_id("tensor-shapes").input.array().shape == (2, 2, 3)
    x = lesson_by_id("x-pattern-diagonal").expected.output_array()
    assert x[0, 0] == pytest.approx(7 / 9, abs=1e-6)


def test_every_view_and_input_kind_is_used():
    assert {lesson.view for lesson in LESSONS} == {"convolution", "steps", "lenet", "concept"}
    assert {lesson.input.kind for lesson in LESSONS if lesson.input} == {"matrix", "rgb", "channels", "sample"}


# --- broken lesson files ------------------------------------------------------------------------


def _good() -> dict:
    return json.loads((lessons_folder() / "06-vertical-edge-6x6.json").read_text(encoding="utf-8"))


def _write(tmp_path, data, name="mine.json"):
    path = tmp_path / name
    path.write_text(json.dumps(data) if not isinstance(data, str) else data, encoding="utf-8")
    return path


def _refused(tmp_path, data) -> str:
    with pytest.raises(ValueError) as info:
        load_lesson(_write(tmp_path, data))
    message = str(info.value)
    assert "'mine.json'" in message, message
    return message


def test_a_teachers_own_file_loads(tmp_path):
    lesson = load_lesson(_write(tmp_path, _good()))
    assert lesson.id == "vertical-edge-6x6" and lesson.path == str(tmp_path / "mine.json")


def test_missing_field_is_named(tmp_path):
    data = _good()
    del data["title"]
    assert '"title" is missing' in _refused(tmp_path, data)


def test_unknown_key_is_refused(tmp_path):
    data = _good()
    data["settings"] = {"strdie": 2}
    message = _refused(tmp_path, data)
    assert "'strdie'" in message and '"settings"' in message


def test_ragged_matrix_is_refused(tmp_path):
    data = _good()
    data["input"]["matrix"][2] = [1, 2, 3]
    message = _refused(tmp_path, data)
    assert '"input.matrix"' in message and "row 3 has 3 numbers but row 1 has 6" in message


@pytest.mark.parametrize("bad", ["7", None, True, [1]])
def test_non_numbers_in_a_matrix_are_refused(tmp_path, bad):
    data = _good()
    data["kernels"][0]["matrix"][1][1] = bad
    assert '"kernels[0].matrix[1][1]"' in _refused(tmp_path, data)


def test_non_finite_numbers_are_refused(tmp_path):
    text = json.dumps(_good()).replace('"matrix": [[3, 0, 1', '"matrix": [[NaN, 0, 1')
    assert "finite" in _refused(tmp_path, text)


def test_unknown_preset_is_refused(tmp_path):
    data = _good()
    data["kernels"] = [{"preset": "sobel_diagonal"}]
    message = _refused(tmp_path, data)
    assert "'sobel_diagonal'" in message and "sobel_x" in message


@pytest.mark.parametrize("version, words", [(2, "newer"), (0, "reads lesson schema 1"), ("1", "whole number")])
def test_wrong_schema_version_is_refused(tmp_path, version, words):
    data = _good()
    data["schema"] = version
    assert words in _refused(tmp_path, data)


def test_wrong_expected_value_is_refused(tmp_path):
    data = _good()
    data["expected"]["output"][1][2] = 2  # the slide's slip, typed in as if it were true
    message = _refused(tmp_path, data)
    assert "expected.output[1][2] is 2 but convviz computes -2" in message


def test_kernel_channels_must_match_input(tmp_path):
    data = json.loads((lessons_folder() / "21-rgb-3x3x3.json").read_text(encoding="utf-8"))
    data["kernels"] = [{"matrix": [[1, 0, -1]] * 3}]
    assert "the input has 3" in _refused(tmp_path, data)


@pytest.mark.parametrize(
    "change, words",
    [
        (lambda d: d.update(view="slides"), "\"view\" must be one of"),
        (lambda d: d.update(number=0), "at least 1"),
        (lambda d: d.update(id="Vertical Edge"), "lower-case words"),
        (lambda d: d["settings"].update(mode="min") if "settings" in d else d.update(settings={"mode": "min"}), "mode"),
        (lambda d: d.update(settings={"stride": 0}), "at least 1"),
        (lambda d: d.update(settings={"padding": "full"}), "\"settings.padding\""),
        (lambda d: d.update(kernels=[]), "at least one kernel"),
        (lambda d: d["input"].update(sample="camera.png"), "exactly one of"),
        (lambda d: d.update(input={"sample": "../secret.png"}), "not a path"),
        (lambda d: d.update(input={"sample": "nope.png"}), "not a shipped sample"),
        (lambda d: d.update(slide_cells=[{"cell": [9, 9], "printed": 1}]), "outside the 4×4 output"),
    ],
)
def test_other_mistakes_get_a_sentence(tmp_path, change, words):
    data = copy.deepcopy(_good())
    change(data)
    assert words in _refused(tmp_path, data)


def test_not_json_and_missing_files(tmp_path):
    message = _refused(tmp_path, '{"schema": 1, "id": "x",}')
    assert "not valid JSON" in message and "line 1" in message
    with pytest.raises(ValueError, match="does not exist"):
        load_lesson(tmp_path / "absent.json")
    with pytest.raises(ValueError, match="folder"):
        load_lesson(tmp_path)


def test_lesson_from_dict_is_strict_about_the_top_level():
    with pytest.raises(ValueError, match="must be an object"):
        lesson_from_dict([1, 2, 3], "list.json")
    assert lesson_from_dict(_good(), "x").settings.effective_stride == 1
    assert SCHEMA_VERSION == 1


def test_the_format_guide_example_is_a_valid_lesson():
    guide = (lessons_folder() / "README.md").read_text(encoding="utf-8")
    example = re.search(r"```json\n(.*?)```", guide, re.S).group(1)
    lesson = lesson_from_dict(json.loads(example), "README.md")
    assert check_expected(lesson) == []


def _table_lesson(table: dict) -> dict:
    return {"schema": 1, "id": "t", "number": 1, "title": "t", "view": "concept", "explanation": "e. f.",
            "tables": [table]}


@pytest.mark.parametrize(
    "table, words",
    [
        ({"title": "t", "network": "lenet7"}, "unknown network 'lenet7'"),
        ({"title": "t", "network": "vgg16", "layers": []}, "does not go with \"network\""),
        ({"title": "t", "input_shape": [3, 8, 8]}, "\"tables[0].layers\" is missing"),
        ({"title": "t", "input_shape": [3, 8, 8], "layers": [{"name": "s", "kind": "add"}]}, "\"tables[0].layers[0].source\" is missing"),
        ({"title": "t", "input_shape": [3, 8, 8], "layers": [{"name": "s", "kind": "add", "source": "later"}]},
         "not an earlier layer"),
        ({"title": "t", "input_shape": [3, 8, 8], "layers": [{"name": "r", "kind": "relu", "source": "x"}]},
         "does not apply to a 'relu' layer"),
    ],
)
def test_table_mistakes_get_a_sentence(tmp_path, table, words):
    assert words in _refused(tmp_path, _table_lesson(table))


def test_a_teachers_table_can_name_a_network_or_build_a_shortcut(tmp_path):
    named = load_lesson(_write(tmp_path, _table_lesson({"title": "mine", "network": "alexnet", "total": 61_100_840})))
    assert named.tables[0].input_shape == (3, 224, 224) and table_total(named.tables[0]) == 61_100_840
    residual = {"title": "block", "input_shape": [4, 6, 6], "total": 4 * 4 * 9 + 2 * 4, "layers": [
        {"name": "in", "kind": "input"},
        {"name": "conv", "kind": "conv", "size": 4, "kernel": 3, "padding": 1, "bias": False},
        {"name": "bn", "kind": "bn"},
        {"name": "sum", "kind": "add", "source": "in"},
        {"name": "relu", "kind": "relu"},
    ]}
    lesson = load_lesson(_write(tmp_path, _table_lesson(residual), "block.json"))
    module = torch.nn.Sequential(torch.nn.Conv2d(4, 4, 3, padding=1, bias=False), torch.nn.BatchNorm2d(4))
    assert table_total(lesson.tables[0]) == sum(p.numel() for p in module.parameters())
    wrong = dict(residual, total=1)
    assert "the layers add up to 152" in _refused(tmp_path, _table_lesson(wrong))
