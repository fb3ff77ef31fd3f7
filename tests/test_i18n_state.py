"""The computing half's refusals speak the interface language (issue 16): session, state, limits, safe files.

A fake translator wraps every sentence in << >>: a refusal that starts with
"<<" went through `tr`, and its numbers were put in after translating (the
placeholders survived). The static test keeps the rule: no `raise` in these
modules hands an exception an untranslated literal or f-string.
"""

from __future__ import annotations

import json

import numpy as np
import pytest

from convviz import limits, resources, safe_files, safe_json, samples
from convviz.i18n_catalog import collect
from convviz.lessons.compute import lesson_input_array, lesson_kernel_bank
from convviz.lessons.loader import lesson_by_id
from convviz.session.arrays import decode_array
from convviz.session.format import read_session, session_from_text
from convviz.session.views import check_steps
from convviz.state import color_vision, lesson_prepare, map_mosaic
from convviz.state.convolution import check_settings, checked_kernel
from convviz.state.steps import StepsSettings


def _message(call) -> str:
    with pytest.raises((ValueError, TypeError, FileExistsError)) as caught:
        call()
    return str(caught.value)


def test_limit_refusals_and_their_pieces_are_translated(marked):
    message = _message(lambda: limits.CONV_STRIDE.check(0, "stride"))
    assert message.startswith('<<"stride" must be from <<1 to 16>>, not 0>>')
    assert _message(lambda: limits.CONV_STRIDE.check("x", "stride")).endswith("not <<the text 'x'>>>>")
    assert limits.describe([1, 2]) == "<<a list of 2 item(s)>>"
    assert limits.describe({}) == "<<an object>>"
    assert limits.describe(10**200).startswith("<<a whole number of about 201 digits")


def test_session_refusals_are_translated(marked, tmp_path):
    assert _message(lambda: session_from_text("{not json")).startswith("<<This file is not a convviz session")
    assert _message(lambda: session_from_text(json.dumps({"format": "other"}))).startswith("<<This file is not")
    newer = json.dumps({"format": "convviz-session", "version": 99})
    assert _message(lambda: session_from_text(newer)).startswith("<<This session was saved by a newer convviz")
    damaged = json.dumps({"format": "convviz-session", "version": 1, "views": {"steps": {"settings": {}}}})
    message = _message(lambda: session_from_text(damaged))
    assert message.startswith("<<This session file is damaged: <<in the steps view, <<")

    folder = tmp_path / "a folder.convviz"
    folder.mkdir()
    message = _message(lambda: read_session(folder))
    assert message.startswith("<<") and "<<a convviz session>>" in message  # the glued piece too
    empty = tmp_path / "empty.convviz"
    empty.write_text("")
    assert _message(lambda: read_session(empty)).startswith("<<empty.convviz is empty")


def test_session_field_and_array_refusals_are_translated(marked):
    assert _message(lambda: decode_array("x")) == "<<<<an embedded array>> is not described as an object>>"
    entry = {"dtype": "float32", "shape": [2, 2], "encoding": "zlib", "data": "!!"}
    assert _message(lambda: decode_array(entry, what="k")) == "<<k's data is damaged (not valid base64)>>"
    steps = {"settings": {"image": [[1.0, float("nan")]], "kernel": [[1.0]], "stride": 1, "padding": 0,
                          "dilation": 1, "flip": False, "mode": "conv", "pool_size": 2}, "step": 0}
    assert _message(lambda: check_steps(steps)) == '<<"image" holds NaN or infinite values>>'
    steps["settings"]["image"] = [[0.0] * 20]
    message = _message(lambda: check_steps(steps))
    assert message.startswith('<<"image" is 1×20; <<<<the Steps view>> shows <<1 to 16>> cells a side>>')


def test_state_refusals_are_translated(marked):
    assert _message(lambda: check_settings({"nope": 1})).startswith("<<the convolution view has no setting")
    assert _message(lambda: checked_kernel("text")) == "<<A kernel must be a grid of numbers.>>"
    message = _message(lambda: StepsSettings(image=np.zeros((2, 2)), kernel=[[np.inf]]))
    assert message == "<<<<the kernel>> contains NaN or infinity; every cell must be a finite number>>"
    message = _message(lambda: StepsSettings(image=np.zeros((2, 2)), kernel=[[1.0]], padding="wide"))
    assert message.startswith("<<padding <<the text 'wide'>> is unknown")
    assert _message(lambda: color_vision.simulate(np.zeros((1, 3)), "x")).startswith("<<unknown colour-vision")
    assert _message(lambda: map_mosaic.as_stack(np.zeros((2, 2, 2, 2)))).startswith("<<a map grid shows")


def test_lesson_refusals_are_translated(marked):
    lesson = lesson_by_id("max-pooling-4x4")
    message = _message(lambda: lesson_prepare.check_convolution(
        lesson, lesson_input_array(lesson), lesson_kernel_bank(lesson)))
    assert message.startswith("<<<<Lesson ") and "is a pooling lesson" in message


def test_file_and_resource_refusals_are_translated(marked, tmp_path):
    assert _message(lambda: safe_files.read_regular_file(tmp_path, "a picture", 100)).startswith("<<")
    assert _message(lambda: safe_files.as_path("")) == "<<no file was chosen>>"
    with pytest.raises(FileNotFoundError) as missing:
        safe_files.read_regular_file(tmp_path / "none.png", "a picture", 100)
    assert str(missing.value).startswith("<<there is no file")
    assert _message(lambda: safe_json.loads("[" * 50 + "]" * 50, max_depth=10)).startswith("<<its JSON is nested")
    assert _message(lambda: samples.load_sample("no such sample")).startswith("<<There is no sample called")
    assert _message(lambda: resources.resource_path("no", "such")).startswith("<<The resource")


def test_english_stays_english_without_a_translator():
    assert _message(lambda: limits.CONV_STRIDE.check(0, "stride")) == '"stride" must be from 1 to 16, not 0'


def test_the_marked_sentences_reach_the_catalog():
    sources = {message.source for message in collect()}
    for sentence in ('"{field}" must be from {range}, not {value}', "{what} has no valid shape",
                     "This session file is damaged: {reason}.", "the Steps view",
                     "{what} contains NaN or infinity; every cell must be a finite number",
                     "{file} is {kind}, not {what}; convviz reads only ordinary files"):
        assert sentence in sources
