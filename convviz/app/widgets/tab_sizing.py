"""Let a tab widget ask only for the room of the page on screen, and repaint only what changed on it.

A QTabWidget is as large as its largest page, hidden ones included: a tall
page the class is not looking at keeps the window taller than a projector's
screen. `size_to_current_page(tabs)` gives every page but the current one an
"ignored" size policy, so only the page on screen sets the minimum size.

A QTabWidget also repaints itself whole, page included, whenever anything
on its page asks to be laid out again, and a label whose text changes does
(QLabel.setText). In the main window a LeNet pen stroke changes a few labels
(the readout, the answer's caption), so every update repainted the whole
window a second time: a third of the GUI thread's time per update.
`steady_tab_layout(tabs)` lets such a request through only when it can move
the tab bar or the page.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QSizePolicy, QTabWidget

_CORNERS = (Qt.Corner.TopLeftCorner, Qt.Corner.TopRightCorner, Qt.Corner.BottomLeftCorner, Qt.Corner.BottomRightCorner)


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


class _SteadyTabLayout(QObject):
    """Passes a tab widget's layout request on only when what places its tab bar and page has changed.

    QTabWidget places them from its own size, its tab bar's and corner widgets' size hints and its
    tab position; with all of those as they were at the last layout, laying out again moves nothing,
    and only its full repaint would follow. The window still hears of the page's new size hints.
    """

    def __init__(self, tabs: QTabWidget) -> None:
        super().__init__(tabs)
        self._tabs = tabs
        self._laid_out_for: tuple | None = None
        tabs.installEventFilter(self)

    def _placement_inputs(self) -> tuple:
        tabs = self._tabs
        bar = tabs.tabBar()
        corners = tuple(
            None if widget is None else (widget.isVisibleTo(tabs), widget.sizeHint(), widget.minimumSizeHint())
            for widget in (tabs.cornerWidget(corner) for corner in _CORNERS)
        )
        return (tabs.size(), tabs.count(), tabs.tabPosition(), tabs.documentMode(), bar.isVisibleTo(tabs),
                bar.sizeHint(), bar.minimumSizeHint(), corners)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt name
        if watched is self._tabs and event.type() == QEvent.Type.LayoutRequest:
            inputs = self._placement_inputs()
            if inputs == self._laid_out_for:
                self._tabs.updateGeometry()  # what QTabWidget's own layout ends with
                return True
            self._laid_out_for = inputs
        return False


def steady_tab_layout(tabs: QTabWidget) -> None:
    """`tabs` lays itself out (and repaints itself whole) only when its tab bar or page can move."""
    _SteadyTabLayout(tabs)
