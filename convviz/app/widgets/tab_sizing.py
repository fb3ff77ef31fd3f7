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
    """The current page takes part in the layout as usual; the others ask for nothing.

    Only pages whose policy changes are touched: setting a size policy asks the
    whole window to lay itself out again, even when the policy was already so.
    """
    current = tabs.currentIndex()
    for index in range(tabs.count()):
        page = tabs.widget(index)
        kind = QSizePolicy.Policy.Preferred if index == current else QSizePolicy.Policy.Ignored
        wanted = QSizePolicy(kind, kind)
        if page.sizePolicy() != wanted:
            page.setSizePolicy(wanted)
    tabs.updateGeometry()
