"""Lessons carry their words per language; numbers stay the lesson's own (Qt-free)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from convviz.lessons import lesson_from_dict, lessons_folder, translated
from convviz.lessons.translations import lesson_text, missing_words


def lesson_data(name: str = "22-rgb-quiz-filters.json") -> dict:
    return json.loads((Path(lessons_folder()) / name).read_text(encoding="utf-8"))


def test_a_translation_swaps_the_words_and_keeps_every_number():
    data = lesson_data()
    data["translations"] = {"de": {
        "title": "Quiz: Welcher Filter sieht welche Kante?",
        "explanation": "Drei Filter, drei Karten.",
        "input_label": "6×6×3-Bild",
        "kernel_labels": ["Filter 1: senkrechte Kanten in Rot", "Filter 2", "Filter 3"],
    }}
    lesson = lesson_from_dict(data)
    german = translated(lesson, "de_DE")  # a regional code finds the language
    assert german.title == "Quiz: Welcher Filter sieht welche Kante?"
    assert german.explanation == "Drei Filter, drei Karten."
    assert german.input.label == "6×6×3-Bild"
    assert [k.label for k in german.kernels] == ["Filter 1: senkrechte Kanten in Rot", "Filter 2", "Filter 3"]
    assert german.source == lesson.source  # not translated: English stays
    assert (german.input.values, german.kernels[0].values, german.settings, german.expected) == (
        lesson.input.values, lesson.kernels[0].values, lesson.settings, lesson.expected)
    assert translated(lesson, "en") is lesson and translated(lesson, "fr") is lesson
    assert missing_words(lesson, "de") == ["source", "slide_note"]
    assert lesson_text(lesson, "zh_CN") is None


@pytest.mark.parametrize(("translations", "message"), [
    ([], "must be an object of languages"),
    ({"deutsch": {"title": "x"}}, "write a code like"),
    ({"de": {"titel": "x"}}, "titel"),
    ({"de": {"title": 5}}, "translations.de.title"),
    ({"de": {"kernel_labels": ["one"]}}, "must be a list of 3 texts, one for each kernel"),
    ({"de": {"explanation": "x" * 3001}}, "translations.de.explanation"),
    ({f"l{i:02d}"[:3]: {} for i in range(41)} | {"aa": {}}, "at most 40"),
])
def test_a_broken_translation_is_refused_with_a_sentence_naming_the_field(translations, message):
    data = lesson_data()
    data["translations"] = translations
    with pytest.raises(ValueError, match=message):
        lesson_from_dict(data, "quiz.json")


def test_every_built_in_lesson_speaks_every_shipped_language():
    from convviz.lessons import SHIPPED_LANGUAGES, builtin_lessons

    missing = {(lesson.number, language): missing_words(lesson, language)
               for lesson in builtin_lessons() for language in SHIPPED_LANGUAGES if missing_words(lesson, language)}
    assert not missing, f"lessons without all their words translated: {missing}"
    same_title = []
    for lesson in builtin_lessons():
        for language in SHIPPED_LANGUAGES:
            words = translated(lesson, language)
            if words.title == lesson.title:
                same_title.append((lesson.number, language))
            assert [k.values for k in words.kernels] == [k.values for k in lesson.kernels]
            assert (words.expected, words.settings, words.tables and [t.layers for t in words.tables]) == (
                lesson.expected, lesson.settings, lesson.tables and [t.layers for t in lesson.tables])
            if lesson.input is not None:
                assert words.input.values == lesson.input.values
    assert not same_title, f"titles left in English: {same_title}"
