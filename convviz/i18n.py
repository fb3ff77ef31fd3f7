"""Marking visible text for translation, on both sides of the Qt line.

Every sentence a user can see goes through `tr`. The
computing half cannot import Qt, so the translation function is a hook: plain
English until the app installs Qt's translator (`QCoreApplication.translate`,
fed by the shipped .qm files) with `set_translator`. One context, "convviz",
for the whole program: the same sentence is translated once wherever it appears.

Write `tr("output row {row}").format(row=r)`, never an f-string inside `tr`, so
that the extractor can read the sentence and translators can move the number.
"""

from __future__ import annotations

from collections.abc import Callable

CONTEXT = "convviz"



def _untranslated(context: str, text: str) -> str:
    return text


_translate: Callable[[str, str], str] = _untranslated


def set_translator(translate: Callable[[str, str], str] | None) -> None:
    """Install the function that turns (context, English text) into the user's language."""
    global _translate
    _translate = translate if translate is not None else _untranslated


def tr(text: str) -> str:
    """The user's-language form of `text` (English when no translation is installed)."""
    return _translate(CONTEXT, text)
