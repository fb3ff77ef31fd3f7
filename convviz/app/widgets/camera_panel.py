"""What the camera is doing, in a line, and the button that pauses it (or starts it again).

The frame rate is the one a class sees (frames shown a second) beside the one
the camera gives: when the display is slower, the difference is the frames
skipped so that the picture on screen is always the newest.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from convviz.i18n import tr


class CameraPanel(QWidget):
    """A status sentence and a Pause / Resume button; the view decides what they do."""

    pause_requested = Signal()
    resume_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.pause_button = QPushButton(tr("Pause"))
        self.pause_button.setToolTip(tr("Keep the frame on screen as an ordinary picture: pin a pixel, "
                                        "step through it, export it"))
        self.pause_button.clicked.connect(self._on_button)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.status, 1)
        layout.addWidget(self.pause_button)
        self._live = False

    def is_live(self) -> bool:
        """True while the button pauses (the camera is on); False while it resumes."""
        return self._live

    def show_opening(self, source: str) -> None:
        self._set_live(True)
        self.status.setText(tr("Opening {source}…").format(source=source))

    def show_rate(self, shown: float, captured: float, size: tuple[int, int]) -> None:
        """Frames a second on screen and from the camera, and the frame's size (height, width)."""
        self._set_live(True)
        self.status.setText(
            tr("{shown:.1f} frames a second shown ({captured:.1f} from the camera) · {width}×{height}").format(
                shown=shown, captured=captured, width=size[1], height=size[0]
            )
        )

    def show_paused(self, text: str) -> None:
        self._set_live(False)
        self.status.setText(text)

    def show_problem(self, text: str) -> None:
        """The camera could not start or stopped: the sentence, and a button to try again."""
        self._set_live(False)
        self.status.setText(text)

    def _set_live(self, live: bool) -> None:
        self._live = live
        self.pause_button.setText(tr("Pause") if live else tr("Resume"))

    def _on_button(self) -> None:
        (self.pause_requested if self._live else self.resume_requested).emit()
