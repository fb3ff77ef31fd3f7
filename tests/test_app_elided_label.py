"""ElidedLabel: what it paints and its tooltip follow its text, its width and its font (sheet or setFont)."""

from __future__ import annotations

from PySide6.QtGui import QFont

from convviz.app.widgets.elided_label import ElidedLabel

SENTENCE = "The output of conv1 after ReLU, channel 3 of 6"


def shown(qtbot, text: str, width: int) -> ElidedLabel:
    label = ElidedLabel(text)
    qtbot.addWidget(label)
    label.resize(width, 30)
    label.show()
    qtbot.waitExposed(label)
    return label


def test_a_narrow_label_shortens_its_text_and_shows_all_of_it_in_the_tooltip(qtbot):
    label = shown(qtbot, SENTENCE, 120)
    assert label.is_elided() and label.elided_text().endswith("…")
    assert SENTENCE.startswith(label.elided_text()[:-1]) and label.toolTip() == SENTENCE
    label.resize(label.sizeHint().width() + 10, 30)
    assert not label.is_elided() and label.elided_text() == SENTENCE and label.toolTip() == ""
    label.setText("conv2")  # a new text at the same width is measured anew
    assert label.elided_text() == "conv2"


def test_a_larger_font_or_a_style_sheet_font_makes_the_same_text_elided(qtbot):
    label = shown(qtbot, "conv1 · 6 channels", 400)
    label.resize(label.sizeHint().width() + 2, 30)
    assert not label.is_elided()
    fits = label.width()
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * 2)
    label.setFont(font)
    assert label.width() == fits and label.is_elided() and label.toolTip() == "conv1 · 6 channels"
    label.setFont(QFont())  # back to the application font: it fits again
    label.resize(fits, 30)
    assert not label.is_elided() and label.toolTip() == ""
    label.setStyleSheet("font-size: 40px;")  # a sheet's font arrives as a style change
    assert label.is_elided() and label.toolTip() == "conv1 · 6 channels"
    label.setStyleSheet("")
    assert not label.is_elided()
