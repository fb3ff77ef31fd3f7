"""File-dialog name filters: the words translated, the patterns untouched (issue 16).

Every dialog's filter is built by `name_filter` from (words, patterns) pairs;
a static walk refuses a literal such as "Pictures (*.png)" anywhere in the
app, where a translator would see the patterns and the words would stay English.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

from PySide6.QtWidgets import QFileDialog

import convviz.app
from convviz import i18n
from convviz.app.main_window import image_filter
from convviz.app.widgets.file_filters import ALL_FILES, name_filter
from convviz.i18n import tr_noop

#: words followed by "(*" - a name filter written as one literal
FILTER_LITERAL = re.compile(r"\w\s*\(\*")




def test_the_words_are_translated_and_the_patterns_kept(marked):
    assert name_filter((tr_noop("Lesson files"), "*.json"), ALL_FILES) == "<<Lesson files>> (*.json);;<<All files>> (*)"
    assert image_filter().startswith("<<Pictures>> (*.png *.jpg *.jpeg ")
    assert image_filter().endswith(";;<<All files>> (*)")


def test_english_filters_read_as_before():
    assert image_filter() == "Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.tif *.tiff *.webp *.pgm *.ppm);;All files (*)"


def test_no_name_filter_is_written_as_one_literal():
    root = Path(convviz.app.__file__).parent
    found = []
    for path in sorted(root.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docstrings = {id(node.value) for node in ast.walk(tree) if isinstance(node, ast.Expr)}
        for node in ast.walk(tree):
            if id(node) in docstrings:
                continue
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and FILTER_LITERAL.search(node.value):
                found.append(f"{path.relative_to(root)}:{node.lineno}: {node.value!r}")
    assert found == []


def test_the_export_dialog_offers_translated_words(qtbot, make_window, worker, monkeypatch):
    window = make_window("settings.ini", worker=worker, start_view="steps")
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window._libraries_ready, timeout=30000)  # its start-up thread is done before it closes
    window.build_view("steps")
    window.show_view("steps")
    asked = []

    def fake(parent, caption="", directory="", file_filter=""):
        asked.append(file_filter)
        return "", file_filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(fake))
    i18n.set_translator(lambda context, text: "<<" + text + ">>", "de")  # after the window installed its own
    try:
        assert window.exports.export_view_png() is None  # the dialog was cancelled
        window.open_dialog()
    finally:
        i18n.set_translator(None)
    assert asked[0] == "<<PNG picture>> (*.png)"
    assert asked[1].startswith("<<Pictures>> (*.png") and asked[1].endswith("<<All files>> (*)")
