"""Hostile session files: every number in range, nothing decoded that is not needed, nothing hangs.

Each case of issue 14 as a test: the refusal is a SessionError sentence naming
the field, raised before anything is computed or decompressed, and reading
writes nothing.
"""

from __future__ import annotations

import base64
import copy
import functools
import io
import json
import os
import struct
import zlib

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_session_format import convolution_state, lenet_state, steps_state

from convviz import limits
from convviz.session import Session, SessionError, encode_array, read_session, session_from_text, session_to_text
from convviz.session import arrays as arrays_module
from convviz.session.arrays import ARRAY_TAG, DecodeBudget
from convviz.session.views import check_convolution, check_lenet, check_steps

CHECKS = {"convolution": check_convolution, "steps": check_steps, "lenet": check_lenet}
STATES = {"convolution": convolution_state, "steps": steps_state, "lenet": lenet_state}


def document(view: str | None = None, state: dict | None = None, **top) -> dict:
    views = {} if view is None else {view: state if state is not None else STATES[view]()}
    return json.loads(session_to_text(Session(views=views))) | top


def compact(doc: dict) -> str:
    return json.dumps(doc, separators=(",", ":"))


def refused(doc: dict | str, *words: str) -> str:
    text = doc if isinstance(doc, str) else compact(doc)
    with pytest.raises(SessionError) as info:
        session_from_text(text)
    message = str(info.value)
    for word in words:
        assert word in message, message
    return message


@functools.cache
def zlib_entry(shape, dtype="float32") -> dict:
    """An embedded array of `shape` whose data is honest zlib of zeros: small whatever it unpacks to."""
    nbytes = int(np.prod(shape)) * np.dtype(dtype).itemsize
    packer, chunk = zlib.compressobj(1), bytes(min(nbytes, 1 << 20))
    data = b"".join(packer.compress(chunk[: min(len(chunk), nbytes - start)])
                    for start in range(0, nbytes, len(chunk))) + packer.flush()
    return {ARRAY_TAG: {"dtype": dtype, "shape": list(shape), "encoding": "zlib",
                        "data": base64.b64encode(data).decode("ascii")}}


def declared(shape, dtype="float32") -> dict:
    """An embedded array that only claims `shape`: its data must never be looked at."""
    return {ARRAY_TAG: {"dtype": dtype, "shape": list(shape), "encoding": "zlib", "data": "AAAA"}}


def png_claiming(width: int, height: int) -> bytes:
    """A grey PNG whose header claims width×height pixels but which holds almost no data (a bomb's shape)."""
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\x00" * 16))
            + chunk(b"IEND", b""))


@pytest.fixture
def decoded(monkeypatch):
    """Records every array payload that is really decompressed (zlib) or decoded (PNG)."""
    calls = []
    raw, png = arrays_module._from_raw, arrays_module._from_png

    def from_raw(payload, dtype, shape, *rest):
        calls.append(("zlib", tuple(shape)))
        return raw(payload, dtype, shape, *rest)

    def from_png(payload, dtype, shape, *rest):
        calls.append(("png", tuple(shape)))
        return png(payload, dtype, shape, *rest)

    monkeypatch.setattr(arrays_module, "_from_raw", from_raw)
    monkeypatch.setattr(arrays_module, "_from_png", from_png)
    return calls


# --------------------------------------------------------------------------- settings out of range
@pytest.mark.parametrize(
    "view, change, field",
    [
        ("convolution", lambda s: s["settings"].update(stride=[2**31, 1]), '"stride[0]" must be from 1 to 16'),
        ("convolution", lambda s: s["settings"].update(padding=[1, 20000]), '"padding[1]" must be from 0 to 32'),
        ("convolution", lambda s: s["settings"].update(dilation=[2**40, 1]), '"dilation[0]" must be from 1 to 8'),
        ("convolution", lambda s: s["settings"].update(pool_size=2**31), '"pool_size" must be from 1 to 8'),
        ("convolution", lambda s: s["settings"].update(pool_stride=9), '"pool_stride" must be from 1 to 8'),
        ("convolution", lambda s: s["settings"].update(pinned=[0, 10**9]), '"pinned[1]" must be from 0 to'),
        ("convolution", lambda s: s["settings"].update(slope=1e300), '"slope" must be from 0 to 1'),
        ("convolution", lambda s: s["settings"].update(kernels=[[[1.0] * 12] * 12] * 3),
         '"kernels[0]" is 12×12; the kernel editor shows 1 to 11'),
        ("convolution", lambda s: s["settings"].update(preset="p" * 10_000), '"preset" is 10,000 characters'),
        ("steps", lambda s: s["settings"].update(padding=1000), '"padding" must be from 0 to 7'),
        ("steps", lambda s: s["settings"].update(stride=17), '"stride" must be from 1 to 16'),
        ("steps", lambda s: s["settings"].update(dilation=8), '"dilation" must be from 1 to 7'),
        ("steps", lambda s: s["settings"].update(pool_size=100), '"pool_size" must be from 1 to 7'),
        ("steps", lambda s: s["settings"].update(image=[[1.0] * 17] * 3),
         '"image" is 3×17; the Steps view shows 1 to 16 cells a side'),
        ("steps", lambda s: s["settings"].update(kernel=[[1.0]] * 8),
         '"kernel" is 8×1; the Steps view shows 1 to 7 cells a side'),
        ("steps", lambda s: s.update(step=10**6), '"step" must be from 0 to 899'),
        ("lenet", lambda s: s.update(pen_width=1000.0), '"pen_width" must be from 6 to 48'),
        ("lenet", lambda s: s["editing"].update(filter=10**12), '"editing.filter" must be from 0 to 255'),
        ("lenet", lambda s: s["input"].update(label=10), '"input.label" must be from 0 to 9'),
        ("lenet", lambda s: s["input"].update(name="n" * 1_000_000), '"input.name" is 1,000,000 characters'),
        ("lenet", lambda s: s["edits"]["conv1"][0].update(channel=-1), '"edits.conv1[0].channel" must be from 0'),
    ],
)
def test_a_number_the_view_cannot_hold_is_refused_naming_the_field(view, change, field):
    state = STATES[view]()
    change(state)
    refused(document(view, state), f"in the {view} view, ", field)


@pytest.mark.timeout(10)
def test_a_five_thousand_digit_integer_gets_a_sentence():
    text = compact(document("steps")).replace('"stride":2', '"stride":' + "9" * 5000)
    assert "9" * 5000 in text
    refused(text, '"stride" must be a whole number from 1 to 16, not a whole number of 5,000 digits')
    text = compact(document()).replace('"version":1', '"version":' + "7" * 5000)
    assert "7" * 5000 in text
    refused(text, "no valid format version (found a whole number of 5,000 digits)")


@pytest.mark.timeout(10)
@pytest.mark.parametrize("depth", [497, 5000, 200_000])
def test_deep_nesting_gets_a_sentence_not_a_recursion_error(depth):
    text = compact(document()).replace('"views":{}', '"views":{"x":' + "[" * depth + "]" * depth + "}")
    assert "[" * depth in text
    refused(text, "This file is not a convviz session", "nested")


def test_the_open_lesson_is_range_checked():
    lesson = {"id": "stride-2", "number": 6, "builtin": True, "path": None, "filter": 10**12}
    refused(document(lesson=lesson), '"lesson.filter" must be from 0 to 15, not 1,000,000,000,000')
    refused(document(lesson=lesson | {"filter": 0, "number": 10**12}), '"lesson.number" must be from 1 to 9,999')
    refused(document(lesson=lesson | {"filter": 0, "path": "/" * 100_000}), '"lesson.path" is 100,000 characters')


@pytest.mark.timeout(10)
def test_a_million_character_picture_name_is_refused_cheaply():
    doc = json.loads(session_to_text(Session(picture=np.zeros((2, 2), np.float32), picture_name="x")))
    doc["picture"]["name"] = "n" * 1_000_000
    refused(doc, '"picture.name" is 1,000,000 characters long; at most 1,000')
    state = convolution_state()
    state["picture"]["name"] = "n" * 1_000_000
    refused(document("convolution", state), '"picture.name" is 1,000,000 characters')


# --------------------------------------------------------------------------- drawings
def test_strokes_are_bounded_in_count_points_and_coordinates():
    doc = document("lenet")
    drawing = doc["views"]["lenet"]["drawing"]
    drawing["strokes"] = [[10.0, [[1.0, 1.0]]]] * (int(limits.STROKES.high) + 1)
    refused(doc, '"drawing.strokes" holds 5,001 strokes; at most 5,000')
    state = lenet_state()  # the points are counted before any is read: checked directly, no JSON to build
    state["drawing"]["strokes"] = [[10.0, [[1.0, 1.0]] * 130_000]] * 2
    with pytest.raises(SessionError, match='"drawing.strokes" hold more than 250,000 points in all'):
        check_lenet(state)
    drawing["strokes"] = [[10.0, [[1.0, 1.0], [1e9, 2.0]]]]
    refused(doc, '"drawing.strokes[0] point x" must be from -16,384 to 16,384, not 1e+09')
    drawing["strokes"] = [[1000.0, [[1.0, 1.0]]]]
    refused(doc, '"drawing.strokes[0] width" must be from 1 to 48')


def test_a_canvas_larger_than_any_view_is_refused_before_decoding(decoded):
    doc = document("lenet")
    doc["views"]["lenet"]["drawing"]["background"] = declared((5000, 5000), "uint8")
    decoded.clear()
    refused(doc, '"drawing.background" is 5000×5000; each side must be 1 to 1,024 cells')
    assert ("zlib", (5000, 5000)) not in decoded  # the filters and digit before it were decoded


# --------------------------------------------------------------------------- arrays and budgets
@pytest.mark.timeout(10)
def test_arrays_under_unknown_keys_are_never_decoded(decoded):
    bomb = zlib_entry((4096, 4096))  # 64 MB once unpacked, 0.4 MB here
    doc = document("steps")
    doc["extra"] = [bomb] * 4
    doc["views"]["steps"]["unknown"] = bomb
    doc["views"]["steps"]["settings"]["also_unknown"] = bomb
    doc["views"]["heatmap"] = {"maps": [bomb] * 4}
    session = session_from_text(json.dumps(doc))
    assert set(session.views) == {"steps"} and session.skipped_views == ("heatmap",)
    assert all(shape != (4096, 4096) for _, shape in decoded)


def test_declared_sizes_are_charged_to_a_budget_before_decompressing(decoded):
    state = convolution_state()
    state["picture"]["array"] = zlib_entry((3, 100, 100))  # 120 kB unpacked
    with pytest.raises(SessionError, match=r'"picture.array" would unpack to 0.1 MB, more than the 0 MB'):
        check_convolution(copy.deepcopy(state), budget=DecodeBudget(100_000))
    assert decoded == []
    check_convolution(state, budget=DecodeBudget(200_000))
    assert decoded == [("zlib", (3, 100, 100))]


def test_all_arrays_of_a_session_share_one_budget(decoded, monkeypatch):
    monkeypatch.setattr(limits, "SESSION_DECODED_BYTES", 200_000)
    doc = json.loads(session_to_text(Session(picture=np.zeros((2, 2), np.float32))))
    doc["picture"]["array"] = zlib_entry((3, 100, 100))  # 120 kB: within the budget alone
    state = convolution_state()
    state["picture"]["array"] = zlib_entry((3, 100, 100))  # another 120 kB: over it together
    doc["views"] = json.loads(session_to_text(Session(views={"convolution": state})))["views"]
    refused(doc, '"picture.array" would unpack to 0.1 MB, more than the 0 MB all arrays of a session may take')
    assert decoded.count(("zlib", (3, 100, 100))) == 1  # the second was refused before it was unpacked


def test_a_picture_larger_than_the_app_loads_is_refused_before_decoding(decoded):
    doc = document("convolution")
    decoded.clear()
    doc["views"]["convolution"]["picture"]["array"] = declared((3, 5000, 5000))
    refused(doc, '"picture.array" is 3×5000×5000; each side must be 1 to 4,096')
    doc["views"]["convolution"]["picture"]["array"] = declared((4, 10, 10))
    refused(doc, '"picture.array" has the shape 4×10×10')
    doc["views"]["convolution"]["picture"]["array"] = declared((3, 10, 10), "uint8")
    refused(doc, '"picture.array" must be a float array, not uint8')
    assert decoded == []


def test_data_far_longer_than_the_shape_needs_is_refused_before_base64():
    entry = encode_array(np.zeros((4, 4), np.float32) + np.float32(0.5))
    entry["data"] += "A" * 100_000
    with pytest.raises(SessionError, match="holds far more data than its 4×4 shape needs"):
        arrays_module.decode_array(entry)


@pytest.mark.timeout(10)
@pytest.mark.parametrize("side, words", [(13_000, "is a 13000×13000 L picture, not the 3×2×2"),
                                         (30_000, "is a picture far too large to decode safely")])
def test_an_embedded_png_is_checked_before_its_pixels_are_decoded(side, words):
    entry = {"dtype": "float32", "shape": [3, 2, 2], "encoding": "png8",
             "data": base64.b64encode(png_claiming(side, side)).decode("ascii")}
    doc = json.loads(session_to_text(Session(picture=np.zeros((2, 2), np.float32))))
    doc["picture"]["array"] = {ARRAY_TAG: entry}
    refused(doc, '"picture.array" ' + words)


def test_a_png_of_another_kind_than_declared_is_refused():
    grey = io.BytesIO()
    from PIL import Image

    Image.fromarray(np.zeros((2, 2), np.uint8)).save(grey, format="PNG")
    entry = {"dtype": "float32", "shape": [3, 2, 2], "encoding": "png8",
             "data": base64.b64encode(grey.getvalue()).decode("ascii")}
    with pytest.raises(SessionError, match=r"is a 2×2 L picture, not the 3×2×2"):
        arrays_module.decode_array(entry)


def test_shapes_too_large_for_int64_do_not_overflow():
    entry = encode_array(np.zeros((2, 2), np.float32) + np.float32(0.5))
    entry["shape"] = [2**62, 4]
    with pytest.raises(SessionError, match="claims 18,446,744,073,709,551,616 values"):
        arrays_module.decode_array(entry)


# --------------------------------------------------------------------------- files
@pytest.mark.timeout(10)
def test_a_named_pipe_is_refused_at_once(tmp_path):
    fifo = tmp_path / "class.convviz"
    os.mkfifo(fifo)
    with pytest.raises(SessionError, match=r"'class.convviz' is a named pipe \(FIFO\), not a convviz session"):
        read_session(fifo)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["class.convviz"]


@pytest.mark.timeout(10)
def test_a_device_and_a_huge_file_are_refused_before_reading(tmp_path):
    with pytest.raises(SessionError, match="'zero' is a device"):
        read_session("/dev/zero")
    huge = tmp_path / "huge.convviz"
    with open(huge, "wb") as handle:
        handle.truncate(4 * 1024**3)  # sparse
    with pytest.raises(SessionError, match=r"huge.convviz is 4.3 GB: too large to be a convviz session"):
        read_session(huge)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["huge.convviz"]


def test_a_refused_file_leaves_the_folder_as_it_was(tmp_path):
    doc = document("steps")
    doc["views"]["steps"]["settings"]["padding"] = 10**6
    path = tmp_path / "bad.convviz"
    path.write_text(json.dumps(doc))
    before = {p.name: p.stat().st_mtime_ns for p in tmp_path.iterdir()}
    with pytest.raises(SessionError, match=r'bad.convviz: .*"padding" must be from 0 to 7'):
        read_session(path)
    assert {p.name: p.stat().st_mtime_ns for p in tmp_path.iterdir()} == before


# --------------------------------------------------------------------------- every field, any value
def _set(path):
    def change(state, value):
        target = state
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value
    return change


NUMBER_FIELDS = [
    ("convolution", ("settings", "stride", 0), "stride[0]", limits.CONV_STRIDE),
    ("convolution", ("settings", "padding", 1), "padding[1]", limits.CONV_PADDING),
    ("convolution", ("settings", "dilation", 0), "dilation[0]", limits.CONV_DILATION),
    ("convolution", ("settings", "pool_size"), "pool_size", limits.POOL_SIZE),
    ("convolution", ("settings", "pool_stride"), "pool_stride", limits.POOL_STRIDE),
    ("convolution", ("settings", "edit_channel"), "edit_channel", limits.EDIT_CHANNEL),
    ("convolution", ("settings", "pinned", 0), "pinned[0]", limits.PINNED),
    ("convolution", ("settings", "slope"), "slope", limits.LEAKY_SLOPE),
    ("convolution", ("settings", "alpha"), "alpha", limits.ELU_ALPHA),
    ("steps", ("settings", "stride"), "stride", limits.STEPS_STRIDE),
    ("steps", ("settings", "padding"), "padding", limits.STEPS_PADDING),
    ("steps", ("settings", "dilation"), "dilation", limits.STEPS_DILATION),
    ("steps", ("settings", "pool_size"), "pool_size", limits.STEPS_POOL_SIZE),
    ("steps", ("step",), "step", limits.STEPS_STEP),
    ("lenet", ("pen_width",), "pen_width", limits.PEN_WIDTH),
    ("lenet", ("editing", "filter"), "editing.filter", limits.LENET_INDEX),
    ("lenet", ("editing", "channel"), "editing.channel", limits.LENET_INDEX),
    ("lenet", ("input", "label"), "input.label", limits.DIGIT_LABEL),
    ("lenet", ("edits", "conv1", 0, "filter"), "edits.conv1[0].filter", limits.LENET_INDEX),
    ("lenet", ("drawing", "strokes", 0, 0), "drawing.strokes[0] width", limits.STROKE_WIDTH),
    ("lenet", ("drawing", "strokes", 0, 1, 0, 1), "drawing.strokes[0] point y", limits.STROKE_COORDINATE),
]


def _as_lists(state):
    """The state with the pairs and points as lists, so one item can be replaced."""
    state = copy.deepcopy(state)
    s = state.get("settings", {})
    for key in ("stride", "padding", "dilation", "pinned"):
        if isinstance(s.get(key), (list, tuple)):
            s[key] = list(s[key])
    if "drawing" in state:
        state["drawing"]["strokes"] = [[w, [list(p) for p in points]] for w, points in state["drawing"]["strokes"]]
    return state


def _outside(limit):
    if limit.whole:
        low = st.integers(max_value=int(limit.low) - 1) | st.integers(max_value=-(2**200))
        high = st.integers(min_value=int(limit.high) + 1) | st.integers(min_value=2**200)
        return low | high
    return (st.floats(max_value=limit.low, exclude_max=True, allow_nan=False)
            | st.floats(min_value=limit.high, exclude_min=True, allow_nan=False)
            | st.just(float("nan")))


def _inside(limit):
    if limit.whole:
        return st.integers(int(limit.low), int(limit.high))
    return st.floats(limit.low, limit.high)


@pytest.mark.parametrize("view, path, field, limit", NUMBER_FIELDS, ids=[f[2] for f in NUMBER_FIELDS])
@settings(max_examples=25, deadline=None)
@given(data=st.data())
def test_any_value_out_of_range_is_refused_and_any_in_range_accepted(view, path, field, limit, data):
    state = _as_lists(STATES[view]())
    value = data.draw(_outside(limit), label="outside")
    _set(path)(state, value)
    with pytest.raises(SessionError) as info:
        CHECKS[view](state)
    assert str(info.value).startswith(f'"{field}" must be ')
    value = data.draw(_inside(limit), label="inside")
    _set(path)(state, value)
    checked = CHECKS[view](state)
    got = checked
    for key in path:
        got = got[key]
    assert got == value


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(NUMBER_FIELDS), st.integers(min_value=31, max_value=6000))
def test_integers_too_long_to_convert_are_refused_through_the_whole_reader(entry, digits):
    view, path, field, _limit = entry
    state = _as_lists(STATES[view]())
    _set(path)(state, 123456789)  # a marker to replace by a long integer in the text
    text = session_to_text(Session(views={view: state})).replace("123456789", "9" * digits, 1)
    with pytest.raises(SessionError) as info:
        session_from_text(text)
    assert f'in the {view} view, "{field}" must be ' in str(info.value)
    assert f"a whole number of {digits:,} digits" in str(info.value)
