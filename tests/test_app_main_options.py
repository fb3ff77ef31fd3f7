"""`convviz --present --lesson N --theme NAME`: rehearsal and slide options, with --screenshot too.

The screenshot runs call `main()` in this process (the same code path as the
command line, without paying for a second Python); `_save` is wrapped to
look at the window at the moment it is photographed. The application must
not quit when that window closes (`in_process` fixture): a Qt application
that has quit exposes no window again, and later tests in this process need
theirs. `main()` itself ends the screenshot with `app.exit`, not by quitting.
"""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image
from PySide6.QtCore import QSettings

import convviz.app.main as cli
from convviz.app.main_window import MainWindow


@pytest.fixture
def ini(tmp_path, monkeypatch):
    """A settings file with a saved theme and a Recent file, as a teacher's would have."""
    path = tmp_path / "settings.ini"
    settings = QSettings(str(path), QSettings.Format.IniFormat)
    settings.setValue("view/theme", "light")
    settings.setValue("recent_files", ["/earlier/picture.png"])
    settings.sync()
    monkeypatch.setenv("CONVVIZ_SETTINGS", str(path))
    monkeypatch.setenv("CONVVIZ_DATA", str(tmp_path / "data"))
    return path


def settings_dict(path) -> dict:
    settings = QSettings(str(path), QSettings.Format.IniFormat)
    return {key: settings.value(key) for key in settings.allKeys()}


@pytest.fixture
def in_process(qapp):
    """Run `main()` inside the test process without the app quitting for good when its window closes."""
    quits = qapp.quitOnLastWindowClosed()
    qapp.setQuitOnLastWindowClosed(False)
    yield
    qapp.setQuitOnLastWindowClosed(quits)


@pytest.fixture
def photographed(monkeypatch, in_process):
    """What the window showed when `_save` took the screenshot."""
    seen: dict = {}
    save = cli._save

    def looking(window, path, *rest):
        loader = window.lessons.loader if window.lessons is not None else None
        seen.update(
            lesson=None if loader is None or loader.current is None else loader.current.lesson.number,
            view=window.current_view_name(),
            views_visible=window.lessons.views_visible() if window.lessons is not None else None,
            presenting=window.presentation is not None and window.presentation.is_active(),
            zoom=window.presentation.zoom.factor() if window.presentation is not None else None,
            theme=window.theme.current(),
            size=(window.width(), window.height()),
            panel_title=window.lessons.panel().title_label.text() if loader and loader.current else "",
        )
        if seen["view"] in window.views:
            seen["settled"] = window.view_is_settled(seen["view"])
        return save(window, path, *rest)

    monkeypatch.setattr(cli, "_save", looking)
    return seen


def mean_lightness(path) -> float:
    with Image.open(path) as picture:
        return float(np.asarray(picture.convert("L"), dtype=np.float64).mean())


def test_a_lesson_screenshot_presenting_in_a_theme_for_this_run_only(qtbot, tmp_path, ini, photographed):
    before = settings_dict(ini)
    out = tmp_path / "lesson16.png"
    code = cli.main(["--screenshot", str(out), "--lesson", "16", "--present", "--theme", "dark",
                     "--size", "1280x800"])
    assert code == 0
    assert photographed["lesson"] == 16 and photographed["view"] == "steps" and photographed["settled"]
    assert photographed["presenting"] and photographed["zoom"] > 1.0
    assert photographed["theme"] == "dark"
    assert photographed["size"] == (1280, 800), "presenting headless shows a projector of --size"
    with Image.open(out) as picture:
        assert picture.size == (1280, 800)
    assert mean_lightness(out) < 110, "the dark theme is not what was photographed"
    assert settings_dict(ini) == before, "a headless run with --theme/--lesson/--present wrote settings"
    assert not (tmp_path / "data").exists() or not any((tmp_path / "data").iterdir())


def test_a_concept_lesson_screenshot_needs_no_view(qtbot, tmp_path, ini, photographed):
    before = settings_dict(ini)
    out = tmp_path / "lesson3.png"
    assert cli.main(["--screenshot", str(out), "--lesson", "3"]) == 0
    assert photographed["lesson"] == 3 and photographed["views_visible"] is False
    assert photographed["panel_title"] and not photographed["presenting"]
    assert photographed["theme"] == "light"  # the saved choice, when --theme is not given
    assert out.is_file()
    assert settings_dict(ini) == before


@pytest.mark.parametrize(
    "argv, words",
    [
        (["--lesson", "0"], "numbered from 1"),
        (["--lesson", "x"], "lesson number such as 16"),
        (["--lesson", "999"], "there is no lesson 999"),
        (["--lesson", "16", "--view", "lenet"], "shown in the steps view, not the lenet view"),
        (["--lesson", "3", "--view", "steps"], "concept lesson"),
        (["--lesson", "16", "--image", "x.png"], "both choose the picture"),
        (["--theme", "sepia"], "there is no theme 'sepia'"),
    ],
)
def test_wrong_options_are_a_sentence_and_status_2(tmp_path, ini, capsys, argv, words):
    out = tmp_path / "x.png"
    try:
        code = cli.main(["--screenshot", str(out), *argv])
    except SystemExit as exit_:  # argparse's own refusal
        code = exit_.code
    assert code == 2
    assert words in capsys.readouterr().err
    assert not out.exists()


def test_a_theme_for_this_run_is_shown_and_ticked_but_not_saved(qtbot, worker, tmp_path):
    path = tmp_path / "s.ini"
    settings = QSettings(str(path), QSettings.Format.IniFormat)
    settings.setValue("view/theme", "light")
    window = MainWindow(worker=worker, settings=settings, theme="high-contrast")
    qtbot.addWidget(window)
    assert window.theme.current() == "high-contrast" and window.theme.actions["high-contrast"].isChecked()
    window.close()
    settings.sync()
    assert QSettings(str(path), QSettings.Format.IniFormat).value("view/theme") == "light"
