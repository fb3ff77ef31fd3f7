"""The session file format, without Qt: lossless arrays, checked views, clear refusals."""

from __future__ import annotations

import json
import subprocess
import sys

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from convviz.session import (
    SESSION_FORMAT,
    SESSION_VERSION,
    LessonRef,
    Session,
    SessionError,
    decode_array,
    encode_array,
    read_session,
    session_from_text,
    session_to_text,
    write_session,
)
from convviz.session.views import check_convolution, check_lenet, check_steps


def bits(array):
    return array.dtype.name, array.shape, array.tobytes()


# --------------------------------------------------------------------------- arrays
def test_an_8_bit_picture_is_embedded_as_png_and_comes_back_bit_exact():
    rng = np.random.default_rng(0)
    picture = rng.integers(0, 256, (40, 30)).astype(np.float32) / np.float32(255.0)
    entry = encode_array(picture)
    assert entry["encoding"] == "png8"
    assert bits(decode_array(entry)) == bits(picture)
    colour = rng.integers(0, 256, (3, 20, 25)).astype(np.float32) / np.float32(255.0)
    entry = encode_array(colour)
    assert entry["encoding"] == "png8"
    assert bits(decode_array(entry)) == bits(colour)


def test_a_16_bit_picture_uses_16_bit_png():
    picture = np.arange(0, 65536, 257 * 3, dtype=np.float32)[:60].reshape(6, 10) / np.float32(65535.0)
    picture[0, 0] = np.float32(1) / np.float32(65535.0)  # not a multiple of 1/255
    entry = encode_array(picture)
    assert entry["encoding"] == "png16"
    assert bits(decode_array(entry)) == bits(picture)


def test_values_png_would_change_are_kept_as_raw_bytes():
    weights = np.random.default_rng(1).normal(size=(6, 1, 5, 5)).astype(np.float32)
    almost = np.full((4, 4), 0.5, dtype=np.float32)  # 0.5 is not k/255 nor k/65535
    for array in (weights, almost, np.array([[-0.0, 1.0]], dtype=np.float32)):
        entry = encode_array(array)
        assert entry["encoding"] == "zlib"
        assert bits(decode_array(entry)) == bits(array)


@settings(max_examples=60, deadline=None)
@given(arrays(st.sampled_from([np.uint8, np.float32, np.float64, np.int64]),
              st.tuples(st.integers(1, 6), st.integers(1, 6), st.integers(1, 4)).map(lambda s: s[: 2 + (s[2] > 2)]),
              elements=st.integers(0, 255)))
def test_any_array_round_trips_exactly(array):
    assert bits(decode_array(encode_array(array))) == bits(array)


@pytest.mark.parametrize(
    "damage, words",
    [
        (lambda e: e.update(data="@@not base64@@"), "base64"),
        (lambda e: e.update(data=e["data"][: len(e["data"]) // 2]), "damaged"),
        (lambda e: e.update(shape=[9999, 9999, 9999]), "values"),
        (lambda e: e.update(dtype="complex128"), "number type"),
        (lambda e: e.update(encoding="jpeg"), "encoding"),
        (lambda e: e.update(shape=[4, 4]), "picture"),
    ],
)
def test_damaged_arrays_are_refused_with_a_reason(damage, words):
    entry = encode_array(np.zeros((8, 8), dtype=np.float32) + np.float32(1.0))
    damage(entry)
    with pytest.raises(SessionError, match=words):
        decode_array(entry)


# --------------------------------------------------------------------------- whole sessions
def drawing(side=8):
    background = np.zeros((side, side), dtype=np.uint8)
    image = background.copy()
    image[2:4, 2:6] = 255
    return {"background": background, "image": image, "strokes": [[3.5, [[2.0, 2.5], [5.25, 3.0]]]], "blank": False}


def convolution_state():
    kernel = ((1.0, 0.0, -1.0), (2.0, 0.0, -2.0), (1.0, 0.0, -1.0))
    return {
        "settings": {
            "mode": "rgb", "kernels": [kernel, kernel, kernel], "link_channels": False, "edit_channel": 2,
            "preset": "", "flip": True, "stride": [2, 1], "padding_kind": "custom", "padding": [1, 2],
            "padding_mode": "reflect", "dilation": [1, 2], "activation": "leaky_relu", "slope": 0.15,
            "alpha": 1.0, "pool_mode": "avg", "pool_size": 3, "pool_stride": 2, "pinned": [4, 5],
        },
        "picture": {"source": "own", "name": "noise", "array": np.random.default_rng(2).random((3, 9, 7)).astype(np.float32)},
        "drawing": drawing(),
    }


def steps_state():
    return {
        "settings": {"image": np.arange(36.0).reshape(6, 6) / 7, "kernel": [[1, 0, -1]] * 3, "stride": 2,
                     "padding": 1, "dilation": 1, "flip": False, "mode": "conv", "pool_size": 2},
        "step": 5,
    }


def lenet_state():
    weights = np.random.default_rng(3).normal(size=(5, 5)).astype(np.float32)
    return {
        "edits": {"conv1": [{"filter": 2, "channel": 0, "weights": weights}], "conv2": []},
        "input": {"kind": "digit", "name": "MNIST test #4", "label": 4,
                  "digit": np.random.default_rng(4).integers(0, 256, (28, 28)).astype(np.uint8)},
        "drawing": drawing(28),
        "editing": {"layer": "conv2", "filter": 3, "channel": 1},
        "pen_width": 18.0,
    }


def full_session():
    return Session(
        views={"convolution": convolution_state(), "steps": steps_state(), "lenet": lenet_state()},
        current_view="steps",
        picture=np.random.default_rng(5).integers(0, 256, (3, 12, 10)).astype(np.float32) / np.float32(255),
        picture_name="square.png",
        lesson=LessonRef(id="stride-2", number=6, builtin=True, path=None, filter=1),
    )


def assert_same(a, b):
    if isinstance(a, np.ndarray) or isinstance(b, np.ndarray):
        assert bits(np.asarray(a)) == bits(np.asarray(b))
    elif isinstance(a, dict):
        assert a.keys() == b.keys()
        for key in a:
            assert_same(a[key], b[key])
    elif isinstance(a, (list, tuple)):
        assert len(a) == len(b)
        for x, y in zip(a, b):
            assert_same(x, y)
    else:
        assert a == b and type(a) is type(b)


def test_a_session_round_trips_through_a_file(tmp_path):
    session = full_session()
    path = tmp_path / "class.convviz"
    size = write_session(path, session)
    assert size == path.stat().st_size and not list(tmp_path.glob(".*.tmp"))
    document = json.loads(path.read_text())
    assert document["format"] == SESSION_FORMAT and document["version"] == SESSION_VERSION
    back = read_session(path)
    assert back.current_view == "steps" and back.picture_name == "square.png"
    assert bits(back.picture) == bits(session.picture)
    assert back.lesson == session.lesson
    assert_same(back.views["convolution"], check_convolution(convolution_state()))
    assert_same(back.views["steps"], check_steps(steps_state()))
    assert_same(back.views["lenet"], check_lenet(lenet_state()))
    # a checked state saved again reads back the same
    write_session(path, back)
    again = read_session(path)
    for view in back.views:
        assert_same(again.views[view], back.views[view])


def test_unknown_views_are_skipped_and_named():
    document = json.loads(session_to_text(Session(views={"steps": steps_state()})))
    document["views"]["heatmap"] = {"anything": 1}
    session = session_from_text(json.dumps(document))
    assert set(session.views) == {"steps"} and session.skipped_views == ("heatmap",)


@pytest.mark.parametrize(
    "text, words",
    [
        ("this is not json", "not valid JSON"),
        ('{"format": "convviz-session", "version": 1, "views": {"st', "truncated"),
        ("[1, 2, 3]", "not a convviz session"),
        ('{"format": "something-else", "version": 1}', "not a convviz session"),
        ('{"format": "convviz-session", "version": 2, "app_version": "9.0"}', "newer convviz \\(convviz 9.0\\)"),
        ('{"format": "convviz-session", "version": "one"}', "no valid format version"),
        ('{"format": "convviz-session", "version": 1, "views": []}', "damaged"),
        ('{"format": "convviz-session", "version": 1, "lesson": {"id": 3}}', "lesson"),
    ],
)
def test_bad_files_are_refused_with_a_sentence(text, words):
    with pytest.raises(SessionError, match=words):
        session_from_text(text)


@pytest.mark.parametrize(
    "view, breaks, words",
    [
        ("convolution", lambda s: s["settings"].update(stride=[0, 1]), "stride"),
        ("convolution", lambda s: s["settings"].update(mode="cmyk"), "mode"),
        ("convolution", lambda s: s["settings"].update(kernels=[[[1, 2]], [[1]], [[1]]]), "one size"),
        ("convolution", lambda s: s["settings"].pop("pinned"), "pinned"),
        ("steps", lambda s: s["settings"].update(kernel=[[1, "x"]]), "grid of numbers"),
        ("steps", lambda s: s.update(step=-1), "step"),
        ("lenet", lambda s: s["edits"].update(fc1=[]), "edits"),
        ("lenet", lambda s: s["input"].update(kind="photo"), "input.kind"),
        ("lenet", lambda s: s["drawing"].update(strokes=[[0, []]]), "stroke"),
    ],
)
def test_a_view_state_that_is_not_whole_is_refused(view, breaks, words):
    states = {"convolution": convolution_state, "steps": steps_state, "lenet": lenet_state}
    state = states[view]()
    breaks(state)
    text = session_to_text(Session(views={view: state}))
    with pytest.raises(SessionError, match=f"damaged: in the {view} view, .*{words}"):
        session_from_text(text)


def test_truncated_and_empty_files_name_the_file(tmp_path):
    path = tmp_path / "cut.convviz"
    text = session_to_text(full_session())
    path.write_text(text[: len(text) // 3])
    with pytest.raises(SessionError, match="cut.convviz.*truncated"):
        read_session(path)
    path.write_bytes(b"")
    with pytest.raises(SessionError, match="empty"):
        read_session(path)
    path.write_bytes(b"\xff\xfe\x00binary")
    with pytest.raises(SessionError, match="not text"):
        read_session(path)
    with pytest.raises(SessionError, match="Could not read"):
        read_session(tmp_path / "missing.convviz")


def test_a_failed_write_leaves_the_old_file_whole(tmp_path):
    path = tmp_path / "keep.convviz"
    write_session(path, Session(views={"steps": steps_state()}))
    before = path.read_bytes()
    with pytest.raises(TypeError):
        write_session(path, Session(views={"steps": {"settings": object()}}))
    assert path.read_bytes() == before and not list(tmp_path.glob(".*.tmp"))


def test_the_session_package_imports_no_qt():
    code = (
        "import sys, convviz.session\n"
        "print(','.join(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'pyqtgraph', 'superqt', 'torch'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
