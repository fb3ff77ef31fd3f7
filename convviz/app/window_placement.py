"""Where the main window opens: inside the screen it is on, whatever size was saved or is the default.

A window restored from a bigger screen (a 1920×1080 desk monitor, then the
1024×768 projector), or the default size on a small screen, would open with
its title bar and buttons off-screen. `fit_into` shrinks and moves a window
rectangle into the screen's available area (without the taskbar), keeping
room for the title bar and frame the system adds around it. Plain tuples
(x, y, width, height), so it is tested without a screen.
"""

from __future__ import annotations

Rect = tuple[int, int, int, int]  # x, y, width, height

# what a window manager usually adds around the window's own area: left, top (title bar), right, bottom
FRAME_ALLOWANCE = (8, 36, 8, 8)


def fit_into(rect: Rect, available: Rect, frame: tuple[int, int, int, int] = FRAME_ALLOWANCE) -> Rect:
    """`rect` (the window without its frame) moved and shrunk so that it and its frame lie inside `available`.

    A rectangle that already fits is returned unchanged; one that is too big
    keeps as much of its size as the screen allows; one that sticks out is
    moved in, never further than needed.
    """
    x, y, width, height = rect
    ax, ay, aw, ah = available
    left, top, right, bottom = frame
    room_w, room_h = max(1, aw - left - right), max(1, ah - top - bottom)
    width, height = max(1, min(width, room_w)), max(1, min(height, room_h))
    x = min(max(x, ax + left), ax + left + room_w - width)
    y = min(max(y, ay + top), ay + top + room_h - height)
    return x, y, width, height


def centred_in(size: tuple[int, int], available: Rect, frame: tuple[int, int, int, int] = FRAME_ALLOWANCE) -> Rect:
    """A window of at most `size`, centred in `available` with its frame inside (a first start)."""
    ax, ay, aw, ah = available
    left, top, right, bottom = frame
    width = min(size[0], max(1, aw - left - right))
    height = min(size[1], max(1, ah - top - bottom))
    x = ax + left + (aw - left - right - width) // 2
    y = ay + top + (ah - top - bottom - height) // 2
    return x, y, width, height
