"""The shared guards: view limits, bounded JSON and regular-file reading (no Qt, no torch)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from convviz import limits, safe_files, safe_json


def test_a_limit_returns_the_value_or_names_the_field():
    assert limits.CONV_STRIDE.check(16, "stride") == 16
    assert 0 not in limits.CONV_STRIDE and 3 in limits.CONV_STRIDE and True not in limits.CONV_STRIDE
    with pytest.raises(ValueError, match=r'^"stride" must be from 1 to 16, not 2,147,483,648$'):
        limits.CONV_STRIDE.check(2**31, "stride")
    with pytest.raises(ValueError, match=r'^"padding" must be a whole number from 0 to 32, not 1.5$'):
        limits.CONV_PADDING.check(1.5, "padding")
    with pytest.raises(ValueError, match=r'"slope" must be a number from 0 to 1, not nan'):
        limits.LEAKY_SLOPE.check(float("nan"), "slope")
    assert limits.LEAKY_SLOPE.check(1, "slope") == 1.0


@given(st.integers(min_value=2**200, max_value=2**20000))
def test_huge_numbers_are_described_by_their_digits_never_converted(value):
    with pytest.raises(ValueError, match=r"not a whole number of about [\d,]+ digits"):
        limits.STEPS_PADDING.check(value, "padding")


def test_the_limits_fit_the_views_defaults():
    # the state models' defaults (stride 1, padding 1, pool 2, pen 22, canvases 96 and 280) are all inside
    assert 1 in limits.CONV_STRIDE and 1 in limits.CONV_PADDING and 2 in limits.POOL_SIZE
    assert 22.0 in limits.PEN_WIDTH and 7.0 in limits.STROKE_WIDTH
    assert 96 in limits.CANVAS_SIDE and 280 in limits.CANVAS_SIDE
    assert limits.STEPS_STEP.high + 1 == (limits.STEPS_MATRIX_SIDE.high + 2 * limits.STEPS_PADDING.high) ** 2


def test_bounded_json_keeps_long_integers_out_of_python_int():
    document = safe_json.loads('{"a": ' + "1" * 5000 + ', "b": -12, "c": ' + "2" * 30 + "}")
    assert isinstance(document["a"], safe_json.HugeInteger) and document["a"].digits == 5000
    assert document["b"] == -12 and document["c"] == int("2" * 30)
    assert repr(document["a"]) == "a whole number of 5,000 digits"


@pytest.mark.timeout(10)
@pytest.mark.parametrize("depth", [65, 497, 1000, 100_000])
def test_bounded_json_refuses_deep_nesting_with_a_sentence(depth):
    with pytest.raises(safe_json.JsonProblem, match="nested"):
        safe_json.loads("[" * depth + "]" * depth)
    assert safe_json.loads("[" * 64 + "]" * 64) == json.loads("[" * 64 + "]" * 64)


def test_bounded_json_leaves_syntax_errors_to_the_caller():
    with pytest.raises(json.JSONDecodeError):
        safe_json.loads('{"a": 1,}')


@pytest.mark.timeout(10)
def test_regular_files_only_and_never_more_than_asked(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_bytes(b"12345")
    assert safe_files.read_regular_file(path, "a note", 5) == b"12345"
    with pytest.raises(ValueError, match=r"notes.txt is 5 bytes: too large to be a note \(the limit is 4 bytes\)"):
        safe_files.read_regular_file(path, "a note", 4)
    os.mkfifo(tmp_path / "pipe")
    with pytest.raises(ValueError, match=r"'pipe' is a named pipe \(FIFO\), not a note"):
        safe_files.read_regular_file(tmp_path / "pipe", "a note", 100)
    with pytest.raises(ValueError, match="is a folder, not a note"):
        safe_files.read_regular_file(tmp_path, "a note", 100)
    with pytest.raises(FileNotFoundError, match="there is no file"):
        safe_files.read_regular_file(tmp_path / "absent", "a note", 100)
    with pytest.raises(ValueError, match="NUL"):
        safe_files.read_regular_file("a\0b", "a note", 100)


def test_the_guards_import_nothing_heavy():
    code = (
        "import sys, convviz.limits, convviz.safe_files, convviz.safe_json\n"
        "print(','.join(sorted(m for m in sys.modules if m.split('.')[0] in "
        "('PySide6', 'pyqtgraph', 'superqt', 'torch', 'numpy', 'PIL'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
