"""Let a tab widget ask only for the room of the page on screen.

A QTabWidget is as large as its largest page, hidden ones included: a tall
page the class is not looking at keeps the window taller than a projector's
screen. `size_to_current_page(tabs)` gives every page but the current one an
"ignored" size policy, so only the page on screen sets the minimum size.
"""

from __future__ import annotations

from PySide6.QtWidgets import QSizePolicy, QTabWidget


def size_to_current_page(tabs: QTabWidget) -> None:
    """From now on, only `tabs`' current page counts for its size (also after pages are added or switched)."""
    tabs.currentChanged.connect(lambda _index: fit_current_page(tabs))
    fit_current_page(tabs)


def fit_current_page(tabs: QTabWidget) -> None:
    """The current page takes part in the layout as usual; the others ask for nothing."""
    ignored = QSizePolicy.Policy.Ignored
    for index in range(tabs.count()):
        page = tabs.widget(index)
        if index == tabs.currentIndex():
            page.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        else:
            page.setSizePolicy(ignored, ignored)
    tabs.updateGeometry()
