"""A closed window leaves no Python objects behind: the ways its views kept them for good.

- PySide6 6.11 keeps the bound method of a `QTimer.singleShot(0, context, method)` still pending when
  `context` is deleted: it held the products panel (or the Steps view), the panel its view, the view the
  window - a closed convolution window's whole Python side (some 3,800 objects and its pictures) stayed.
- psygnal keeps an evented object's signals in a class-wide table until the object is freed: a slot that
  reaches the object again (the undo document's) kept the settings, the document and its widgets.
"""

from __future__ import annotations

import gc
import weakref

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from convviz.app.views.convolution.products_panel import ProductsPanel


def test_a_panel_deleted_with_its_fitting_to_come_is_freed(qtbot):
    window = QWidget()
    panel = ProductsPanel()
    QVBoxLayout(window).addWidget(panel)
    window.resize(600, 400)
    window.show()
    qtbot.waitExposed(window)
    window.resize(640, 420)  # the window's resize: the panel fits its text again, from the event loop
    QApplication.sendPostedEvents()
    freed = weakref.ref(panel), weakref.ref(window)
    window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # deleted before the fitting ran
    del window, panel
    QApplication.processEvents()
    gc.collect()
    assert [ref() for ref in freed] == [None, None]


def test_a_deleted_convolution_view_with_an_undo_document_frees_its_settings(qtbot, worker):
    """psygnal keeps the settings' signals in a class-wide table until the settings are freed; the undo
    document's slot reaches the settings, so while connected it kept them (and the document) for good."""
    from convviz.app.tools.sessions.undo import UndoRecorder
    from convviz.app.tools.sessions.undo_documents import convolution_document
    from convviz.app.views.convolution.view import ConvolutionView

    recorder = UndoRecorder()
    view = ConvolutionView(worker)
    convolution_document(view, recorder)
    QApplication.processEvents()  # its first turn: it asks for its first picture
    view.settings.set_cell(0, 0, 3.0)  # the document hears the change
    freed = weakref.ref(view.settings)
    view.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    del view
    worker.stop()
    QApplication.processEvents()
    gc.collect()
    assert freed() is None


def test_a_steps_view_deleted_with_its_sum_to_fit_is_freed(qtbot, worker):
    from convviz.app.views.steps.view import StepsView

    view = StepsView(worker)
    view.resize(1200, 800)
    view.show()
    qtbot.waitExposed(view)
    view.resize(1000, 700)  # its sum is fitted again once the layout settles
    QApplication.sendPostedEvents()
    freed = weakref.ref(view)
    view.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # deleted before the fitting ran
    del view
    QApplication.processEvents()
    gc.collect()
    assert freed() is None
