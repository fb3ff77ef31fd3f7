"""The computing half's refusals reach the user in the user's language (issue 16).

A fake translator wraps every translated text in <<...>>: a refusal that went
through `tr` starts with "<<", and a field noun glued into it (stride, image)
is marked too. The static test keeps the rule: no `raise` in convviz.core,
convviz.lessons or convviz.export may carry a plain or f-string message.
"""

from __future__ import annotations

import json

import numpy as np
import pytest

from convviz import i18n, i18n_ts
from convviz.core import conv2d, kernel_preset, load_image, output_size, pool2d, resolve_device
from convviz.core.kernel_scale import parse_scale
from convviz.export.animation import export_steps_animation
from convviz.export.map_png import export_map_png
from convviz.export.matrix_csv import export_matrix_csv
from convviz.lessons.loader import lesson_by_id, lesson_from_dict, load_lesson


def refusal(call) -> str:
    with pytest.raises((ValueError, IndexError, TypeError)) as caught:
        call()
    return str(caught.value)


@pytest.mark.parametrize("call", [
    lambda: conv2d(np.zeros((4, 4)), np.ones((3, 3)), stride=0),
    lambda: conv2d(np.zeros((2, 2)), np.ones((5, 5))),
    lambda: pool2d(np.zeros((4, 4)), 2, padding=3),
    lambda: output_size(5, 3, stride="two"),
    lambda: kernel_preset("no such preset"),
    lambda: resolve_device("abacus"),
    lambda: parse_scale("1/0x"),
], ids=["stride", "kernel-too-big", "pool-padding", "stride-text", "preset", "device", "scale"])
def test_core_refusals_are_translated(marked, call):
    assert refusal(call).startswith("<<")


def test_a_glued_field_noun_is_translated_too(marked):
    message = refusal(lambda: conv2d(np.zeros((4, 4)), np.ones((3, 3)), stride=0))
    assert "<<stride>>" in message


def test_bad_picture_files_are_refused_in_the_users_language(marked, tmp_path):
    empty = tmp_path / "empty.png"
    empty.write_bytes(b"")
    text = tmp_path / "notes.png"
    text.write_text("not a picture at all", encoding="utf-8")
    pdf = tmp_path / "slides.png"
    pdf.write_bytes(b"%PDF-1.7 and more")
    for path in (empty, text, pdf):
        assert refusal(lambda: load_image(path)).startswith("<<")
    assert "<<a PDF document>>" in refusal(lambda: load_image(pdf))


def test_lesson_refusals_are_translated(marked, tmp_path):
    broken = tmp_path / "broken.json"
    broken.write_text("{ not json", encoding="utf-8")
    assert refusal(lambda: load_lesson(broken)).startswith("<<")
    assert refusal(lambda: load_lesson(tmp_path / "missing.json")).startswith("<<")
    assert refusal(lambda: lesson_by_id("no-such-lesson")).startswith("<<")
    message = refusal(lambda: lesson_from_dict({"schema": "one"}))
    assert message.startswith("<<In lesson file")
    assert "<<the text 'one'>>" in message  # the described value is words, translated as well


def test_lesson_file_field_refusal_is_translated(marked, tmp_path):
    path = tmp_path / "lesson.json"
    path.write_text(json.dumps({"schema": 1, "id": "Bad Id"}), encoding="utf-8")
    assert refusal(lambda: load_lesson(path)).startswith("<<")


def test_export_refusals_are_translated(marked, tmp_path):
    grid = np.arange(9.0).reshape(3, 3)
    missing = tmp_path / "no-folder" / "map.png"
    assert refusal(lambda: export_map_png(grid, missing)).startswith("<<")
    assert refusal(lambda: export_map_png(grid, tmp_path / "m.png", colormap="rainbowish")).startswith("<<")
    assert refusal(lambda: export_matrix_csv(np.zeros((0,)), tmp_path / "m.csv")).startswith("<<")
    assert refusal(lambda: export_steps_animation([], tmp_path / "a.gif")).startswith("<<")
    assert not missing.parent.exists()


def test_without_a_translator_the_sentences_stay_english():
    message = refusal(lambda: conv2d(np.zeros((4, 4)), np.ones((3, 3)), stride=0))
    assert "<<" not in message and "stride" in message


# --- labels drawn into exported animations -------------------------------------------------------


@pytest.fixture
def speaking():
    """Install a language for the test (a fake translator, or a shipped catalog); English again afterwards."""
    from convviz.export import fonts

    def speak(language: str, translate=None) -> None:
        if translate is None:
            i18n_ts.install(language)
        else:
            i18n.set_translator(translate, language)

    yield speak
    i18n.set_translator(None)
    fonts._font.cache_clear()


def test_animation_labels_speak_the_interfaces_language(speaking):
    """The frames' title and grid names go through tr: a German frame is not the English one."""
    import numpy as np

    from convviz.core import conv_steps
    from convviz.export import StepFrames
    from convviz.export.fonts import font

    steps = conv_steps(np.arange(16, dtype=np.float32).reshape(4, 4), np.ones((3, 3), np.float32), padding=1)
    english = np.asarray(StepFrames(steps, cell_px=32).frame(0))
    speaking("de", lambda context, text: "<<" + text + ">>")
    assert font(20).say("kernel") == "<<kernel>>"
    german = np.asarray(StepFrames(steps, cell_px=32).frame(0))
    assert german.shape == english.shape and (german != english).any()


def test_without_a_chinese_font_the_labels_stay_english_rather_than_empty_boxes(speaking, monkeypatch):
    from convviz.export import fonts

    speaking("zh_CN")
    monkeypatch.setattr(fonts, "_CJK_CANDIDATES", ("no-such-font-anywhere.ttc",))
    fonts._font.cache_clear()
    assert fonts.font(20).speaks == "en"
    assert fonts.font(20).say("kernel") == "kernel"
    speaking("de")
    assert fonts.font(20).say("kernel") == "Kernel"  # Latin letters: any export font draws them
