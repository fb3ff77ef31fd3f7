"""The language of the command line's own sentences, chosen before any option is checked.

`convviz --language de --image missing.png` must refuse in German, and so must
a wrong option when German is the saved choice or the desktop's language. The
window's `LanguageChooser` comes too late for that (it needs Qt's widgets,
which the platform check runs before), so the command line reads the same
three sources itself - `--language`, the saved choice, the system locale - and
translates with a bare QTranslator (QtCore only: no display, no application).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QLocale, QTranslator

from convviz import i18n

SETTINGS_KEY = "view/language"  # the key LanguageChooser saves the choice under
OPTION = "--language"


def system_language() -> str:
    """The first of the desktop's preferred languages that convviz speaks, else English."""
    for name in QLocale.system().uiLanguages():
        found = i18n.shipped_language(name)
        if found is not None:
            return found
    return "en"


def _known(text: str | None) -> str | None:
    """"system" or a shipped language for what the user typed (any case, - or _), None when it is neither."""
    if not text:
        return None
    name = text.strip().replace("-", "_").lower()
    return next((choice for choice in ("system", *i18n.LANGUAGES) if choice.lower() == name), None)


def language_option(argv: Sequence[str]) -> str | None:
    """The value of --language in `argv` (`--language de` or `--language=de`), before argparse reads it."""
    for i, arg in enumerate(argv):
        if arg == "--":
            break
        if arg == OPTION and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith(OPTION + "="):
            return arg.split("=", 1)[1]
    return None


def chosen_language(argv: Sequence[str]) -> str:
    """--language when it names a language, else the saved choice, else the desktop's language ("en" if unshipped)."""
    from convviz.app.settings import app_settings

    choice = _known(language_option(argv))
    if choice is None:
        choice = _known(str(app_settings().value(SETTINGS_KEY, "system") or "system")) or "system"
    return system_language() if choice == "system" else choice


def speak_for_command_line(argv: Sequence[str]) -> Callable[[], None]:
    """Route `tr` through the chosen language's catalog; returns the function that restores English."""
    from convviz.resources import resource_path

    language = chosen_language(argv)
    if language == "en":
        return lambda: i18n.set_translator(None)
    translator = QTranslator()
    if not translator.load(f"convviz_{language}", str(resource_path("translations"))):
        return lambda: i18n.set_translator(None)

    def translate(context: str, text: str) -> str:
        return translator.translate(context, text) or text

    i18n.set_translator(translate, language)
    return lambda: i18n.set_translator(None)
