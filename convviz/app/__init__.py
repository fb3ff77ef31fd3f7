"""The Qt half: main window, compute worker, views and widgets.

Importing it also makes PySide6's per-import check cheaper. After PySide6 is
loaded, its import hook asks of every module imported later whether the
module's source mentions "PySide6" (for its `__feature__` switches), and asks
with `inspect.getsource`: linecache, line splitting, a source-file search.
Reading the file's bytes and searching them gives the same answer for every
module with a .py file, at a third of the cost: 3-5 ms before the first paint,
about 0.1 s of CPU over the 1,200 modules torch & co. bring in. Anything else
(no file, an unreadable one) is still asked PySide6's own way.
"""

import sys


def _search_the_file_for_pyside(ask_pyside):
    def uses_pyside(module) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return ask_pyside(module)
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return ask_pyside(module)

    uses_pyside.asks_pyside = ask_pyside
    return uses_pyside


def _quicker_imports_after_pyside() -> None:
    import shiboken6  # noqa: F401 - loads shibokensupport, where the hook lives

    feature = sys.modules.get("shibokensupport.feature")
    ask_pyside = getattr(feature, "_mod_uses_pyside", None)
    if callable(ask_pyside) and not hasattr(ask_pyside, "asks_pyside"):
        feature._mod_uses_pyside = _search_the_file_for_pyside(ask_pyside)


_quicker_imports_after_pyside()
