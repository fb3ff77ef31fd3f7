"""Translations read straight from the shipped .ts catalogs, without Qt.

The app translates with Qt's QTranslator and the compiled .qm files. A process
that has no Qt - the own-model sandbox, which must not load Qt and may open no
file once it is locked down - still owes the student sentences in their
language. It reads the .ts source of the same catalog (XML, read with the
standard library) once at start and installs it as `convviz.i18n`'s
translator. Only finished translations are used: an unfinished or vanished
entry, or a sentence the catalog does not know, stays English, as with Qt.
"""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

from convviz.i18n import CONTEXT, LANGUAGES, set_translator, shipped_language
from convviz.resources import resources_root


def ts_file(language: str, folder: Path | None = None) -> Path:
    """The shipped catalog of `language` (resources/translations/convviz_<language>.ts), or one in `folder`."""
    return (folder if folder is not None else resources_root() / "translations") / f"convviz_{language}.ts"


def read_translations(path: Path) -> dict[str, str]:
    """{English source: translation} of the finished messages of the "convviz" context in one .ts file.

    A missing or unreadable file gives {} (English everywhere): translation must never stop the program.
    """
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError):
        return {}
    found: dict[str, str] = {}
    for context in root.iter("context"):
        if (context.findtext("name") or "") != CONTEXT:
            continue
        for message in context.iter("message"):
            source = message.findtext("source")
            element = message.find("translation")
            if source is None or element is None or element.get("type") or not element.text:
                continue  # unfinished, vanished or obsolete, or empty: English
            found[source] = element.text
    return found


def translator_for(language: str, folder: Path | None = None) -> Callable[[str, str], str] | None:
    """A `set_translator` function for a shipped language, or None for English or a language not shipped."""
    if language == "en" or language not in LANGUAGES:
        return None
    table = read_translations(ts_file(language, folder))
    if not table:
        return None

    def translate(context: str, text: str) -> str:
        return table.get(text, text) if context == CONTEXT else text

    return translate


def install(language: str, folder: Path | None = None) -> str:
    """Make `tr` speak `language` from its .ts file; the language installed ("en" when none could be)."""
    translate = translator_for(language, folder)
    set_translator(translate, language)
    return language if translate is not None else "en"


def environment_language(environ: dict[str, str] | None = None) -> str:
    """The shipped language a command-line tool without Qt should speak: POSIX's LANGUAGE list, then
    LC_ALL, LC_MESSAGES and LANG (the order gettext reads them), else English."""
    env = os.environ if environ is None else environ
    names = env.get("LANGUAGE", "").split(":") + [env.get(key, "") for key in ("LC_ALL", "LC_MESSAGES", "LANG")]
    for name in names:
        name = name.split(".")[0].split("@")[0]
        if name in ("", "C", "POSIX"):
            continue
        found = shipped_language(name)
        if found is not None:
            return found
    return "en"
