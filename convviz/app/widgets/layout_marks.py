"""Say, on a widget, what the layout checks (tests/layout_check.py) may allow it.

Two things look like layout faults and are meant:

- an **overlay** laid over its siblings on purpose (a cover over an answer,
  the pointer circle, a note over a map);
- a **scrolling** column whose content may be taller than the room (a
  settings column, a long lesson text): it may scroll up and down, never
  sideways. Anything else with a scroll bar hides part of what it reads out.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

OVERLAY = "convvizOverlay"
MAY_SCROLL = "convvizMayScroll"


def mark_overlay(widget: QWidget) -> QWidget:
    """`widget` lies over its siblings on purpose."""
    widget.setProperty(OVERLAY, True)
    return widget


def allow_scrolling(area: QWidget) -> QWidget:
    """`area` (a scroll area) may scroll up and down when its content is taller than the room."""
    area.setProperty(MAY_SCROLL, True)
    return area


def is_overlay(widget: QWidget) -> bool:
    return bool(widget.property(OVERLAY))


def may_scroll(widget: QWidget) -> bool:
    return bool(widget.property(MAY_SCROLL))
