"""Marking visible text for translation, on both sides of the Qt line.

Every sentence a user can see goes through `tr`. The
computing half cannot import Qt, so the translation function is a hook: plain
English until the app installs Qt's translator (`QCoreApplication.translate`,
fed by the shipped .qm files) with `set_translator`. One context, "convviz",
for the whole program: the same sentence is translated once wherever it appears.

Write `tr("output row {row}").format(row=r)`, never an f-string inside `tr`, so
that the extractor can read the sentence and translators can move the number.
A table built when a module is imported (before the translator is installed)
marks its sentences with `tr_noop("...")` and translates them where they are
shown, `tr(entry)`. `convviz.i18n_catalog` collects both into the .ts files.
"""

from __future__ import annotations

from collections.abc import Callable

CONTEXT = "convviz"
#: the languages the interface speaks: English (the source) and the shipped catalogs
LANGUAGES: tuple[str, ...] = ("en", "de", "es", "fr", "zh_CN")



def _english(context: str, text: str) -> str:
    return text


_translate: Callable[[str, str], str] = _english
_language = "en"


def set_translator(translate: Callable[[str, str], str] | None, language: str = "en") -> None:
    """Install the function that turns (context, English text) into `language` (None: English again)."""
    global _translate, _language
    _translate = translate if translate is not None else _english
    _language = language if translate is not None else "en"


def language() -> str:
    """The language `tr` speaks now: "en", or a shipped one such as "de" or "zh_CN"."""
    return _language


def shipped_language(locale_name: str) -> str | None:
    """The shipped language for a locale name such as "de_AT", "zh-Hans-CN" or "fr" (None if none fits)."""
    name = locale_name.replace("-", "_")
    if name.lower().startswith("zh"):
        traditional = any(part in name for part in ("Hant", "_TW", "_HK", "_MO"))
        return None if traditional else "zh_CN"
    base = name.split("_")[0].lower()
    return base if base in LANGUAGES else None


def tr(text: str) -> str:
    """The user's-language form of `text` (English when no translation is installed)."""
    return _translate(CONTEXT, text)


def tr_noop(text: str) -> str:
    """Mark `text` for the catalog without translating it yet (Qt's QT_TR_NOOP): `tr` it where it is shown."""
    return text
