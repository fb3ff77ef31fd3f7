"""The convolution view's group boxes: a bold title over contents in the normal weight, at the window's size."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QComboBox, QGroupBox, QLabel, QPushButton

from convviz.app.views.convolution.view import ConvolutionView
from convviz.app.worker import ComputeWorker


@pytest.fixture
def view(qtbot):
    worker = ComputeWorker()
    view = ConvolutionView(worker)
    qtbot.addWidget(view)
    view.resize(1400, 900)
    view.show()
    yield view
    worker.stop()


def test_group_titles_are_bold_and_their_contents_are_not(qtbot, view):
    groups = view.findChildren(QGroupBox)
    assert {box.title() for box in groups} >= {"1 · Input", "2 · Kernel", "3 · Sliding the window",
                                                "The pinned pixel's arithmetic", "The same in PyTorch"}
    plain = 0
    for box in groups:
        assert box.font().bold()
        for child in [w for kind in (QLabel, QPushButton, QComboBox) for w in box.findChildren(kind)]:
            if child.testAttribute(Qt.WidgetAttribute.WA_SetFont) and child.font().bold():
                continue  # a widget that asked for bold itself (a heading inside the group)
            if "font-weight" in child.styleSheet():
                continue
            assert child.font().weight() == QFont.Weight.Normal, f"{type(child).__name__} {getattr(child, 'text', str)()!r} is bold"
            plain += 1
    assert plain > 10


def test_group_contents_follow_the_window_font_size(qtbot, view):
    box = view.findChildren(QGroupBox)[0]
    label = next(child for child in box.findChildren(QLabel) if not child.testAttribute(Qt.WidgetAttribute.WA_SetFont))
    font = view.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    view.setFont(font)  # what presentation mode does to the window
    assert box.font().pointSizeF() == pytest.approx(font.pointSizeF())
    assert label.font().pointSizeF() == pytest.approx(font.pointSizeF()) and not label.font().bold()
