"""A lesson in the reader's language: its words swapped, its numbers untouched.

Lesson files carry their own translations ("translations": {"de": {...}}, see
resources/lessons/README.md), so a teacher's lesson travels with its languages
and no catalogue has to be kept in step with the lesson files.

    lesson = translated(lesson, "de")  # German words where the file has them, English elsewhere
"""

from __future__ import annotations

from dataclasses import replace

from .schema import Lesson, LessonText

#: The languages convviz ships for its interface and its built-in lessons, besides English.
SHIPPED_LANGUAGES = ("de", "es", "fr", "zh_CN")


def lesson_text(lesson: Lesson, language: str) -> LessonText | None:
    """The lesson's words in `language` ("de", "zh_CN"; "zh" finds "zh_CN"), or None when it has none."""
    texts = dict(lesson.translations)
    if language in texts:
        return texts[language]
    base = language.split("_")[0]
    for code, text in lesson.translations:
        if code == base or code.split("_")[0] == base:
            return text
    return None


def translated(lesson: Lesson, language: str) -> Lesson:
    """`lesson` with its title, explanation, source, slide note and captions in `language` where the file has
    them (English elsewhere); the same lesson for English or a language it lacks."""
    text = lesson_text(lesson, language) if language and not language.startswith("en") else None
    if text is None:
        return lesson
    changes: dict = {}
    for field in ("title", "explanation", "source", "slide_note"):
        value = getattr(text, field)
        if value is not None and getattr(lesson, field) is not None:
            changes[field] = value
    if text.input_label is not None and lesson.input is not None and lesson.input.label is not None:
        changes["input"] = replace(lesson.input, label=text.input_label)
    if text.kernel_labels:
        changes["kernels"] = tuple(
            replace(kernel, label=label) if kernel.label is not None and label else kernel
            for kernel, label in zip(lesson.kernels, text.kernel_labels, strict=True)
        )
    if text.table_titles:
        changes["tables"] = tuple(
            replace(table, title=title) for table, title in zip(lesson.tables, text.table_titles, strict=True)
        )
    return replace(lesson, **changes)


def missing_words(lesson: Lesson, language: str) -> list[str]:
    """The English texts of `lesson` that have no `language` version (empty when it is fully translated)."""
    text = lesson_text(lesson, language)
    wanted = [field for field in ("title", "explanation", "source", "slide_note") if getattr(lesson, field)]
    if lesson.input is not None and lesson.input.label:
        wanted.append("input_label")
    if any(kernel.label for kernel in lesson.kernels):
        wanted.append("kernel_labels")
    if lesson.tables:
        wanted.append("table_titles")
    if text is None:
        return wanted
    return [field for field in wanted if not getattr(text, field)]
