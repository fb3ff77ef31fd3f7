"""The typed contract every tab of the main window keeps, so no caller probes a view.

The window, the tools (sessions, undo, export, lessons, presentation) and the
tests reach a view only through what `View` declares here: the signals, the
one state model (`model`), the device and the shared picture, session
capture / check / restore, what File ▸ Export may offer, and whether work is
still to come. A view that has nothing to offer for one of them inherits the
"nothing" answer written here, never a missing attribute.

Building a view's plots takes a few hundred milliseconds of the GUI thread.
A view made with `sliced=True` (the window does so when its tab is first
shown) builds its parts in slices: `build_step` runs the next one, and the
window runs one per turn of the event loop, so the window keeps reacting
meanwhile; `is_complete` says when all are built (`completed` is emitted
then), and `complete` builds the rest at once. Made without it, a view is
complete when its constructor returns.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from convviz.app.widgets.sliced_build import Slices

if TYPE_CHECKING:
    import numpy as np

    from convviz.app.worker import ComputeWorker


class View(QWidget):
    """One tab: a thin widget over one state model, computing only on the shared worker."""

    #: the `--view` word ("convolution", "steps", "lenet") and the tab text
    name: ClassVar[str] = ""
    title: ClassVar[str] = ""

    #: a new result is on screen (the screenshot mode and the tests wait for it)
    updated = Signal()
    #: a sentence for the status bar (bad settings, fall-backs)
    message = Signal(str)
    #: the device and compute milliseconds of the result just shown
    timing = Signal(str, float)
    #: a picture the view made (a paused camera frame) for the window to share as if it had been opened: (array, name)
    picture_made = Signal(object, str)
    #: a view made in slices has built its last part (see the module docstring)
    completed = Signal()

    def __init__(self, worker: ComputeWorker, parent: QWidget | None = None, *, sliced: bool = False) -> None:
        super().__init__(parent)
        self.worker = worker
        self._sliced = sliced
        self._building: Slices | None = None

    # ------------------------------------------------------------ construction in slices
    def build_in_slices(self, steps: Iterator[None]) -> None:
        """The constructor's remaining work, a generator that yields between slices of a few milliseconds;
        made with `sliced=True` they wait for `build_step`, otherwise they run now."""
        self._building = Slices(steps)
        if not self._sliced:
            self.complete()

    def build_step(self) -> bool:
        """Build the next slice; True once the view is complete."""
        if self._building is None:
            return True
        if not self._building.step():
            return False
        self._building = None
        self.completed.emit()
        return True

    def complete(self) -> None:
        """Build every slice still to come, now."""
        while not self.build_step():
            pass

    def is_complete(self) -> bool:
        """Every part is built (a view made without `sliced`, always)."""
        return self._building is None

    @classmethod
    def warm_up(cls) -> None:
        """Called on the loading thread before the first view is built: pay the first-time costs of the Qt-free
        work its build does on the GUI thread (reading files, torch's first operations), so that its slices stay
        short. Never touches a widget; a failure is left for the build to report."""

    def shown_after_placing(self) -> Sequence[QWidget]:
        """Panels the window may hide while it places the view in its tab and show again a turn later, each in a
        turn of its own (placing lays out, resizes and shows all that is shown in one turn). A panel the view
        itself moves as it is laid out is shown where the view put it; name none the view hides on its own."""
        return ()

    def paint_parts(self) -> Sequence[QWidget]:
        """The panels that paint one per turn after the view's first paint, in this order (`PaintsInTurns`;
        its plots follow, one per turn): the larger a view, the more it gains from naming its panels here."""
        return ()

    # ------------------------------------------------------------ state
    @property
    def model(self) -> Any:
        """The view's state model (what the person chose); None while there is none yet."""
        raise NotImplementedError(f"{type(self).__name__} must say which state model it shows")

    # ------------------------------------------------------------ input from the window
    def set_device(self, name: str) -> None:
        """Compute on "cpu", "cuda" or "mps", falling back to the CPU with a `message`."""
        raise NotImplementedError

    def set_image(self, image: np.ndarray, name: str) -> None:
        """The window's shared picture: (H, W) or (3, H, W) float32 from `convviz.core.load_image`."""
        raise NotImplementedError

    def is_busy(self) -> bool:
        """Work of this view still to come beyond the worker's queue (a pending check, a throttled edit)."""
        return False

    # ------------------------------------------------------------ sessions
    def session_state(self) -> dict[str, Any]:
        """This view's part of a session file (layouts in `convviz.session.views`)."""
        raise NotImplementedError

    def check_session_state(self, state: dict[str, Any]) -> None:
        """Raise `SessionError` if this view cannot show `state` whole; changes nothing."""
        raise NotImplementedError

    def restore_session_state(self, state: dict[str, Any]) -> None:
        """Put back a state that `check_session_state` accepted."""
        raise NotImplementedError

    # ------------------------------------------------------------ what tools may take
    def export_maps(self) -> dict[str, Any]:
        """The arrays on screen File ▸ Export may offer: name -> array or (array, colour scale)."""
        return {}

    def animation_steps(self) -> Any:
        """The steps File ▸ Export ▸ animation plays (the Steps view's), or None."""
        return None

    def step_player(self) -> Any:
        """The play/pause/step controls presentation keys drive (a `StepPlayer`), or None."""
        return None

    def scene(self) -> Any:
        """What is on screen as plain data for File ▸ Export ▸ Python (a `convviz.export.scene` record), or None.

        Raises ValueError with a sentence when what is shown cannot be written as code.
        """
        return None

    # ------------------------------------------------------------ presentation mode
    def set_presenting(self, presenting: bool) -> None:
        """Presentation mode: give the numbers the class reads the room (hide or shrink secondary controls)."""
