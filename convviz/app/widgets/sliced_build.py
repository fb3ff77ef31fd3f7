"""Build a widget a slice at a time, so that making many plots never freezes the window in one go.

A widget's constructor that would hold the GUI thread for a hundred
milliseconds or more (a view's plots, the training panel) keeps its work in a
generator that yields between parts of a few milliseconds each. `Slices`
steps it; `build_in_turns` runs one step per turn of the event loop, each due
a millisecond after the last one ended, so the timers due meanwhile
(animations, a heartbeat) and the paints come between two slices. (A zero
timer is due from when it fired: it came before the timers due during the
slice, and two slices ran back to back.) `finish` builds the rest at once
for a caller that needs the whole widget now.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from PySide6.QtCore import QObject, QTimer

TURN_MS = 1  # the next slice is due this long after the last one ended


class Slices:
    """A construction generator, stepped a slice at a time or finished at once."""

    def __init__(self, steps: Iterator[None]) -> None:
        self._steps: Iterator[None] | None = steps

    def step(self) -> bool:
        """Build the next slice; True once all are built."""
        if self._steps is None:
            return True
        try:
            next(self._steps)
        except StopIteration:
            self._steps = None
            return True
        return False

    def finish(self) -> None:
        """Build every slice still to come, now."""
        while not self.step():
            pass

    def is_done(self) -> bool:
        return self._steps is None


def parts(steps: Iterator[None], *, sliced: bool) -> Iterator[None]:
    """A part's construction generator, for its owner to step (`sliced`) or already run to its end (not):
    a view building in slices steps it with `yield from`; built at once, there is nothing left to step."""
    if not sliced:
        for _ in steps:
            pass
    return steps


def build_in_turns(slices: Slices, parent: QObject, then: Callable[[], None]) -> None:
    """Step `slices` one slice per turn of the event loop, then call `then` (once; also when the rest
    was finished meanwhile). Nothing more happens once `parent` is deleted."""
    timer = QTimer(parent, singleShot=True, interval=TURN_MS)

    def step() -> None:
        if slices.step():
            timer.deleteLater()
            then()
        else:
            timer.start()

    timer.timeout.connect(step)
    timer.start()
