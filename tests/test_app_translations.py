"""The interface in every shipped language: the catalog is complete, and no view shows a sentence left in English.

Two halves. The catalog: every `tr("...")` sentence in the code has a finished
translation with the same `{placeholders}` in each .ts, and each shipped .qm is
what its .ts compiles to (`convviz.i18n_catalog`). The windows: each view is
built in each language with every translation wrapped in invisible marks;
then every text a person can read (labels, buttons, titles, tabs, menus, combo
items, table headers, plot labels) must consist of marked parts only, so a
sentence that never went through `tr` (or that the catalog lacks) fails the test.
"""

from __future__ import annotations

import ast
import re

import pytest

from convviz import i18n
from convviz import i18n_catalog as catalog
from convviz.app.tools.language.chooser import LANGUAGE_NAMES

SHIPPED = [language for language in i18n.LANGUAGES if language != "en"]
VIEWS = ("convolution", "steps", "lenet")
OPEN, CLOSE = "\u2063", "\u2064"  # invisible separator / invisible plus: marks around each translation
# a translation, or the start of one a widget cut short ("Step back (Left)" -> the button's "Step back")
MARKED = re.compile(f"{OPEN}[^{OPEN}{CLOSE}]*(?:{CLOSE}|$)")
#: what reads the same in every language: names of programs, libraries, networks and layers, units, symbols
SAME_EVERYWHERE = {"convviz", "PyTorch", "LeNet", "CPU", "GPU", "CUDA", "MPS", "ReLU", "ms", "px", "conv", "pool",
                   "fc", "F.conv2d", "MNIST", "tanh", "PNG", "CSV", "GIF", "APNG", "max", "avg", "sigmoid",
                   "softmax",
                   *LANGUAGE_NAMES.values()}  # View ▸ Language names each language in itself
WORD = re.compile(r"[^\W\d_]{2,}")


@pytest.fixture(scope="module")
def messages():
    return catalog.collect()


@pytest.mark.parametrize("language", SHIPPED)
def test_every_sentence_is_translated_with_the_same_placeholders(language, messages):
    assert len(messages) > 100  # the collector found the interface, not a handful of strings
    problems = catalog.problems(language, messages)
    assert problems == [], f"{len(problems)} problems in {language}:\n" + "\n".join(problems[:40])


@pytest.mark.parametrize("language", SHIPPED)
def test_the_shipped_qm_is_compiled_from_the_ts(language):
    assert catalog.qm_is_current(language), f"run python3 -m convviz.i18n_catalog to compile {language}"


def test_tr_is_given_literal_sentences_not_f_strings():
    """An f-string inside tr() cannot be in the catalog: tr("... {x} ...").format(x=...) instead."""
    wrong = []
    for path in sorted(catalog.PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in catalog.MARKERS
                    and node.args and isinstance(node.args[0], (ast.JoinedStr, ast.BinOp))):
                wrong.append(f"{path.relative_to(catalog.PACKAGE.parent)}:{node.lineno}")
    assert wrong == []


def test_the_extractor_reads_tr_and_tr_noop_and_placeholders():
    code = 'x = tr("row {row}").format(row=1)\ny = tr_noop("Kernel")\nz = other("no")\nw = tr(name)\n'
    assert catalog.literals_in(code) == ["row {row}", "Kernel"]
    assert catalog.placeholders("{b} and {a:.2f}, {{not}}") == ["a", "b"]


def test_a_locale_picks_its_shipped_language():
    from convviz.i18n import shipped_language

    assert shipped_language("de_AT") == "de"
    assert shipped_language("zh-Hans-CN") == "zh_CN"
    assert shipped_language("zh_TW") is None
    assert shipped_language("pt_BR") is None
    assert shipped_language("fr") == "fr"


def test_the_language_menu_saves_the_choice_for_the_next_start(make_window, tmp_path):
    window = make_window(start_view=None, language=None)  # the saved choice: none yet, so the system's
    assert window.language.choice() == "system"
    window.language.choose("de", ask=False)
    assert window.settings.value("view/language") == "de"
    assert window.language.actions["de"].isChecked()
    window.close()
    again = make_window(start_view=None, language=None)
    assert again.language.language == "de"
    assert i18n.tr("&Language") == "&Sprache"
    assert again.language.actions["de"].isChecked()
    again.close()
    assert i18n.tr("&Language") == "&Language"  # English again once the window is gone


# ------------------------------------------------------------------ what the windows show
def visible_texts(window) -> list[tuple[str, str]]:
    """(where, text) for every text a person can read in the shown window and its menus."""
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractSpinBox,
        QComboBox,
        QDockWidget,
        QGraphicsTextItem,
        QGraphicsView,
        QGroupBox,
        QLabel,
        QLineEdit,
        QMenu,
        QTableWidget,
        QTabWidget,
        QWidget,
    )

    found: list[tuple[str, str]] = []

    def add(where: str, text: str | None) -> None:
        if text:
            found.append((where, text))

    for widget in [window, *window.findChildren(QWidget)]:
        if not (widget is window or widget.isVisibleTo(window)):
            continue
        name = type(widget).__name__
        add(f"{name} tooltip", widget.toolTip())
        if isinstance(widget, QLabel):
            add(name, _plain(widget.text()))
        elif isinstance(widget, QAbstractButton):
            add(name, widget.text())
        elif isinstance(widget, QGroupBox):
            add(name, widget.title())
        elif isinstance(widget, QDockWidget):
            add(name, widget.windowTitle())
        elif isinstance(widget, QLineEdit):
            add(name, widget.placeholderText())
        elif isinstance(widget, QAbstractSpinBox):
            add(f"{name} prefix", getattr(widget, "prefix", lambda: "")())
            add(f"{name} suffix", getattr(widget, "suffix", lambda: "")())
        elif isinstance(widget, QComboBox):
            for i in range(widget.count()):
                add(f"{name} item", widget.itemText(i))
        elif isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                add(f"{name} tab", widget.tabText(i))
        elif isinstance(widget, QTableWidget):
            for i in range(widget.columnCount()):
                item = widget.horizontalHeaderItem(i)
                add(f"{name} header", item.text() if item else "")
        elif isinstance(widget, QGraphicsView) and widget.scene() is not None:
            for item in widget.scene().items():
                if isinstance(item, QGraphicsTextItem) and item.isVisible():
                    add(f"{name} plot text", _plain(item.toPlainText()))

    def walk(menu: QMenu, where: str) -> None:
        for action in menu.actions():
            add(f"menu {where}", action.text())
            add(f"menu {where} tooltip", action.toolTip() if action.toolTip() != action.text().replace("&", "") else "")
            if action.menu() is not None:
                walk(action.menu(), action.text())

    for action in window.menuBar().actions():
        add("menu bar", action.text())
        if action.menu() is not None:
            walk(action.menu(), action.text())
    return found


def _plain(text: str) -> str:
    return re.sub(r"<[^>]+>", " ", text).replace("&nbsp;", " ")


def lesson_texts(language: str = "en") -> list[str]:
    """The built-in lessons' own words (titles, explanations, slide notes), in English and in `language`:
    the lesson files carry their translations (`convviz.lessons.translated`), the catalog does not."""
    from convviz.lessons import builtin_lessons, translated

    lessons = [shown for lesson in builtin_lessons() for shown in (lesson, translated(lesson, language))]
    texts = [text for lesson in lessons for text in (lesson.title, lesson.explanation, lesson.slide_note,
                                                     lesson.source) if text]
    return sorted(texts, key=len, reverse=True)  # the longest first, so no part of one hides a longer one


def untranslated(text: str, skipped: list[str] = ()) -> list[str]:
    """The words of `text` outside every translation mark (names the same in every language, `skipped` aside)."""
    for lesson_text in skipped:
        text = text.replace(lesson_text, " ")
    rest, before = text, None
    while rest != before:  # a translation may hold another one ("Input: {picture}"): innermost first
        before, rest = rest, MARKED.sub(" ", rest)
    rest = re.sub(r"\S+\.(png|jpg|jpeg|convviz|pt|json)\b", " ", rest)  # file names
    rest = re.sub(r"\(\w+\+\w\)", " ", rest)  # shortcuts such as (Umschalt+R): Qt's own catalog names the keys
    return [word for word in WORD.findall(rest) if word not in SAME_EVERYWHERE]


@pytest.fixture
def marked_translations(monkeypatch):
    """Wrap every translation in invisible marks, and collect sentences the installed catalog lacks."""
    missing: list[str] = []
    install = i18n.set_translator

    def marking(translate, language="en"):
        if translate is None:
            return install(None)
        finished = {s for s, e in catalog.read_ts(catalog.ts_path(language)).items() if e.finished}

        def marked(context, text):
            if text not in finished and OPEN not in text:  # (a text that went through tr already is left as it is)
                missing.append(text)
            return OPEN + translate(context, text) + CLOSE

        return install(marked, language)

    monkeypatch.setattr(i18n, "set_translator", marking)
    yield missing
    install(None)


def test_the_marks_find_an_english_sentence():
    assert untranslated(f"{OPEN}Zeile 3{CLOSE} of 5") == ["of"]
    assert untranslated(f"{OPEN}Zeile{CLOSE} 3 · {OPEN}Spalte{CLOSE} · ReLU · camera.png") == []
    assert untranslated(f"{OPEN}Eingabe: {OPEN}Kamera{CLOSE} (grau){CLOSE}") == []


@pytest.mark.parametrize("language", SHIPPED)
@pytest.mark.parametrize("view_name", VIEWS)
def test_no_view_shows_a_sentence_left_in_english(make_window, marked_translations, qtbot, language, view_name):
    from PySide6.QtWidgets import QTabWidget

    window = make_window(start_view=view_name, language=language, size=(1440, 900))
    window._install_classroom_tools()
    view = window.build_view(view_name)
    assert view is not None, window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: window.view_is_settled(view_name), timeout=30_000)
    lessons = lesson_texts(language)
    seen = visible_texts(window)
    for tabs in view.findChildren(QTabWidget):  # the pages a click away (LeNet: inspect, filters, parameters)
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            seen += visible_texts(window)
    left = sorted({f"{where}: {text!r} -> {words}" for where, text in seen if (words := untranslated(text, lessons))})
    assert left == [], f"{len(left)} texts not translated in {language}:\n" + "\n".join(left[:60])
    assert sorted(set(marked_translations)) == []


@pytest.mark.parametrize("language", SHIPPED)
def test_the_panels_beside_the_views_show_no_sentence_left_in_english(make_window, marked_translations, qtbot,
                                                                     language, monkeypatch):
    """A lesson with its panel, the exercise panel, and the Model panels (train, why this digit?, units, confusion).

    The panels' passes over the test digits go over the first 1,000 of them: the same sentences as over all
    10,000 (the numbers in them differ), in a tenth of the time.
    """
    from convviz.state import lenet_run

    images, labels = lenet_run.test_digits()
    monkeypatch.setattr(lenet_run, "test_digits", lambda: (images[:1000], labels[:1000]))
    window = make_window(start_view="steps", language=language, size=(1440, 900))
    window._install_classroom_tools()
    loader = window.lessons.loader
    loader.load_catalogue()
    qtbot.waitUntil(lambda: bool(loader.lessons), timeout=30_000)
    assert loader.open_number(6)
    qtbot.waitUntil(lambda: loader.current is not None and loader.current.lesson.number == 6, timeout=30_000)
    window.lessons.exercise_dock().show()
    window.lessons.exercises().start_cells()
    lessons = lesson_texts(language)
    seen = visible_texts(window)
    window.show_view("lenet")
    assert window.build_view("lenet") is not None
    qtbot.waitUntil(lambda: window.view_is_settled("lenet"), timeout=30_000)
    tools = window.model_tools
    for show in (tools.show_training, tools.show_explain, tools.show_units, tools.show_confusion):
        show()
    qtbot.waitUntil(lambda: window.worker.is_idle(), timeout=60_000)
    seen += visible_texts(window)
    left = sorted({f"{where}: {text!r} -> {words}" for where, text in seen if (words := untranslated(text, lessons))})
    assert left == [], f"{len(left)} texts not translated in {language}:\n" + "\n".join(left[:60])
    assert sorted(set(marked_translations)) == []


def test_the_command_line_takes_a_language_for_this_run():
    from convviz.app.main import parse_args

    assert parse_args(["--language", "de"]).language == "de"
    assert parse_args(["--language", "zh-CN"]).language == "zh_CN"
    assert parse_args([]).language is None
    with pytest.raises(SystemExit) as refused:
        parse_args(["--language", "klingon"])
    assert refused.value.code == 2


def test_a_run_language_is_not_saved(make_window):
    window = make_window(start_view=None, language="fr", show=False)
    assert window.language.language == "fr" and i18n.language() == "fr"
    assert window.settings.value("view/language") is None
    assert window.language.actions["fr"].isChecked()


def test_the_core_sentences_a_view_shows_speak_the_language(make_window):
    """The no-output reasons the views show come from the computing half, through the same hook."""
    from convviz.core import output_size
    from convviz.state.conventions import size_formulas

    make_window(start_view=None, language="de", show=False)
    deck, dilated = size_formulas(3, 3, dilation=2)
    assert "keine Ausgabe" in deck and "mit f = 2·(3 − 1) + 1 = 5" in deck
    assert "Ausgabe" not in dilated  # the deck's line says it once; the dilated form is cut before the note
    with pytest.raises(ValueError, match="größer als die aufgefüllte Eingabe"):
        output_size(3, 5)


@pytest.mark.parametrize("language", SHIPPED)
def test_a_lesson_opens_in_the_interface_language(make_window, qtbot, language):
    """The lesson's words come from its file's translations; its numbers stay the lesson's own."""
    from convviz.lessons import builtin_lessons, translated

    window = make_window(start_view="steps", language=language, size=(1440, 900))
    window._install_classroom_tools()
    loader = window.lessons.loader
    loader.load_catalogue()
    qtbot.waitUntil(lambda: bool(loader.lessons), timeout=30_000)
    english = next(lesson for lesson in builtin_lessons() if lesson.number == 11)
    assert [lesson.title for lesson in loader.lessons if lesson.number == 11] == [translated(english, language).title]
    assert loader.open_number(11)
    qtbot.waitUntil(lambda: loader.current is not None and loader.current.lesson.number == 11, timeout=30_000)
    shown = loader.current.lesson
    assert shown.title == translated(english, language).title != english.title
    assert shown.explanation != english.explanation
    assert (shown.input, shown.kernels, shown.expected) == (english.input, english.kernels, english.expected)
