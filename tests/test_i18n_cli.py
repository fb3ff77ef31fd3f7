"""The command line speaks the user's language from its first sentence (issue 16).

The language is decided before argparse checks anything: --language, else the
saved choice, else the desktop's. A fake catalog (every sentence comes back as
<<sentence>>) shows which sentences went through it; the real German catalog
shows that a bare QTranslator, without any QApplication, really translates.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from convviz import i18n
from convviz.app.tools.language import command_line
from convviz.app.tools.language.command_line import (
    SETTINGS_KEY,
    chosen_language,
    language_option,
    speak_for_command_line,
)


class WrappingCatalog:
    """Stands in for QTranslator: only convviz_de loads, and it wraps every sentence in <<...>>."""

    def load(self, name: str, folder: str) -> bool:
        return name == "convviz_de"

    def translate(self, context: str, text: str) -> str:
        return "<<" + text + ">>"


@pytest.fixture
def wrapping_german(monkeypatch):
    monkeypatch.setattr(command_line, "QTranslator", WrappingCatalog)
    monkeypatch.setattr(command_line, "system_language", lambda: "en")


def save_language(tmp_path, choice: str) -> None:
    """The choice View ▸ Language saved, in the settings file run_cli points convviz at."""
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue(SETTINGS_KEY, choice)
    settings.sync()


def test_the_language_option_is_read_in_both_spellings():
    assert language_option(["--image", "a.png", "--language", "de"]) == "de"
    assert language_option(["--language=fr", "--view", "steps"]) == "fr"
    assert language_option(["--view", "steps"]) is None
    assert language_option(["--", "--language", "de"]) is None


def test_the_option_beats_the_saved_choice_which_beats_the_desktop(tmp_path, monkeypatch):
    monkeypatch.setenv("CONVVIZ_SETTINGS", str(tmp_path / "settings.ini"))
    monkeypatch.setattr(command_line, "system_language", lambda: "es")
    assert chosen_language([]) == "es"
    save_language(tmp_path, "fr")
    assert chosen_language([]) == "fr"
    assert chosen_language(["--language", "DE"]) == "de"
    assert chosen_language(["--language", "klingon"]) == "fr"  # argparse refuses it, in French
    assert chosen_language(["--language", "system"]) == "es"


def test_the_real_german_catalog_translates_without_an_application():
    english_again = speak_for_command_line(["--language", "de"])
    try:
        assert i18n.language() == "de"
        assert i18n.tr("&Language") == "&Sprache"
    finally:
        english_again()
    assert i18n.language() == "en" and i18n.tr("&Language") == "&Language"


def test_a_missing_image_is_refused_in_the_chosen_language(tmp_path, run_cli, wrapping_german):
    code, out, err = run_cli("--language", "de", "--image", tmp_path / "missing.png")
    assert code == 1
    assert err.startswith("<<convviz: there is no file ") and "missing.png; check the name" in err
    assert i18n.language() == "en"  # English again once the command is done


def test_a_folder_given_as_image_is_refused(tmp_path, run_cli):
    code, _, err = run_cli("--image", tmp_path)
    assert code == 1 and "is a folder" in err


def test_argparse_refusals_speak_the_option_language(tmp_path, run_cli, wrapping_german):
    code, _, err = run_cli("--language", "de", "--theme", "sepia")
    assert code == 2
    assert err.startswith("<<usage: >>convviz") and "<<convviz: error: <<--theme: <<there is no theme 'sepia'" in err
    code, _, err = run_cli("--language", "de", "--no-such-switch")
    assert code == 2 and "<<unrecognized arguments: --no-such-switch>>" in err
    code, _, err = run_cli("--language", "de", "--image")
    assert code == 2 and "<<--image needs a value after it>>" in err


def test_the_saved_choice_speaks_when_no_option_is_given(tmp_path, run_cli, wrapping_german):
    save_language(tmp_path, "de")
    code, _, err = run_cli("--screenshot", tmp_path / "x.png", "--lesson", "999")
    assert code == 2
    assert "<<convviz: <<there is no lesson 999;" in err
    assert not (tmp_path / "x.png").exists()


def test_help_is_translated(run_cli, wrapping_german):
    code, out, _ = run_cli("--language", "de", "--help")
    assert code == 0
    assert "<<show this help and exit>>" in out and "<<open this picture at start>>" in out
    assert "<<options>>" in out


def test_english_stays_english(tmp_path, run_cli, monkeypatch):
    monkeypatch.setattr(command_line, "system_language", lambda: "en")
    code, _, err = run_cli("--image", tmp_path / "missing.png")
    assert code == 1
    assert err.startswith("convviz: there is no file") and "<<" not in err
    code, _, err = run_cli("--theme", "sepia")
    assert code == 2 and "convviz: error: --theme: there is no theme 'sepia'" in err
