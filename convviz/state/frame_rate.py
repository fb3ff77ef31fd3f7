"""Frames a second, as a person reads it: counted over the last couple of seconds (no Qt).

A rate over a sliding window, not from the last gap alone, so the number on
screen is steady enough to read aloud yet follows a change within the window.
The clock is injectable so that tests do not wait.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable

from convviz.i18n import tr

WINDOW_S = 2.0  # the rate counts the frames of the last two seconds


class FrameRateMeter:
    """Counts events (frames shown, frames captured) and says how many came per second lately."""

    def __init__(self, window_s: float = WINDOW_S, clock: Callable[[], float] = time.monotonic) -> None:
        if not window_s > 0:
            raise ValueError(tr("the frame-rate window must be longer than zero seconds."))
        self._window = float(window_s)
        self._clock = clock
        self._times: deque[float] = deque()

    def tick(self) -> None:
        """One more frame, now."""
        now = self._clock()
        self._times.append(now)
        self._forget_before(now - self._window)

    def reset(self) -> None:
        self._times.clear()

    def rate(self) -> float:
        """Frames a second over the window (0 with fewer than two frames in it)."""
        now = self._clock()
        self._forget_before(now - self._window)
        if len(self._times) < 2:
            return 0.0
        span = self._times[-1] - self._times[0]
        return (len(self._times) - 1) / span if span > 0 else 0.0

    def _forget_before(self, moment: float) -> None:
        while self._times and self._times[0] < moment:
            self._times.popleft()
