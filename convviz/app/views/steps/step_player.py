"""Play / pause / step / scrub / speed over a numbered sequence of steps.

`StepPlayer` owns the position (0 … count−1) and the playback timer, and
says where it is with `position_changed`; it knows nothing about what a
step means. The buttons take focus only by Tab, so a click leaves the
keyboard with the view (Space, arrows, Home/End, +/−).
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSlider,
    QStyle,
    QToolButton,
    QWidget,
)
from superqt.utils import signals_blocked

SPEEDS = (0.25, 0.5, 1.0, 2.0, 4.0, 8.0, 16.0)  # steps per second
DEFAULT_SPEED = 1.0


def _speed_text(speed: float) -> str:
    return f"{speed:g} step/s" if speed <= 1 else f"{speed:g} steps/s"


class StepPlayer(QWidget):
    """Transport controls for stepping through `count` steps."""

    position_changed = Signal(int)
    playing_changed = Signal(bool)
    speed_changed = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._count = 0
        self._autoplay = True  # False with View ▸ Reduce motion: steps come only when asked
        self._timer = QTimer(self, timeout=self._advance)
        icons = QStyle.StandardPixmap
        self._play_icon = self.style().standardIcon(icons.SP_MediaPlay)
        self._pause_icon = self.style().standardIcon(icons.SP_MediaPause)
        self.first_button = self._button(icons.SP_MediaSkipBackward, "First step (Home)", self.first)
        self.back_button = self._button(icons.SP_MediaSeekBackward, "Step back (Left)", self.step_back)
        self.play_button = self._button(icons.SP_MediaPlay, "Play / pause (Space)", self.toggle)
        self.forward_button = self._button(icons.SP_MediaSeekForward, "Step forward (Right)", self.step_forward)
        self.last_button = self._button(icons.SP_MediaSkipForward, "Last step (End)", self.last)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setAccessibleName("scrub through steps")
        self.slider.setToolTip("Drag to any step")
        self.slider.setPageStep(4)
        self.slider.valueChanged.connect(self._slider_moved)
        self.counter = QLabel()
        self.counter.setMinimumWidth(150)
        self.counter.setStyleSheet("font-size: 16px;")
        self.counter.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.speed_box = QComboBox()
        self.speed_box.setAccessibleName("playback speed")
        self.speed_box.setToolTip("Playback speed (+ / −)")
        self.speed_box.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        for speed in SPEEDS:
            self.speed_box.addItem(_speed_text(speed), speed)
        self.speed_box.currentIndexChanged.connect(self._speed_chosen)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.first_button, self.back_button, self.play_button, self.forward_button, self.last_button):
            layout.addWidget(widget)
        layout.addWidget(self.slider, 1)
        layout.addWidget(self.counter)
        layout.addWidget(self.speed_box)
        self.speed_box.setCurrentIndex(SPEEDS.index(DEFAULT_SPEED))
        self._speed_chosen(self.speed_box.currentIndex())
        self.set_count(0)

    def _button(self, icon: QStyle.StandardPixmap, tip: str, slot) -> QToolButton:
        button = QToolButton()
        button.setIcon(self.style().standardIcon(icon))
        button.setIconSize(QSize(24, 24))
        button.setText(tip.split(" (")[0])
        button.setToolTip(tip)
        button.setAccessibleName(tip.split(" (")[0])
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        button.setMinimumSize(44, 36)
        button.clicked.connect(slot)
        return button

    # ---------------------------------------------------------------- state
    def count(self) -> int:
        return self._count

    def position(self) -> int:
        return self.slider.value() if self._count else 0

    def speed(self) -> float:
        return float(self.speed_box.currentData())

    def is_playing(self) -> bool:
        return self._timer.isActive()

    def set_count(self, count: int, position: int | None = None) -> None:
        """A new sequence of `count` steps; keeps the position where it can."""
        self._count = max(0, int(count))
        keep = self.position() if position is None else position
        with signals_blocked(self.slider):
            self.slider.setRange(0, max(self._count - 1, 0))
            self.slider.setValue(min(max(keep, 0), max(self._count - 1, 0)))
        enabled = self._count > 0
        for widget in (self.first_button, self.back_button, self.play_button, self.forward_button,
                       self.last_button, self.slider):
            widget.setEnabled(enabled)
        self.play_button.setEnabled(enabled and self._autoplay)
        if not enabled:
            self.pause()
        self._refresh_counter()

    def set_position(self, position: int) -> None:
        """Go to a step (clamped); emits `position_changed` when it moves."""
        if self._count:
            self.slider.setValue(min(max(int(position), 0), self._count - 1))

    # ---------------------------------------------------------------- actions
    def set_autoplay_allowed(self, allowed: bool) -> None:
        """Reduced motion: no playing by itself (it stops now); stepping, scrubbing and the keys still work."""
        self._autoplay = bool(allowed)
        if not self._autoplay:
            self.pause()
        self.play_button.setEnabled(self._autoplay and self._count > 0)

    def autoplay_allowed(self) -> bool:
        return self._autoplay

    def play(self) -> None:
        if not self._count or self.is_playing() or not self._autoplay:
            return
        if self.position() >= self._count - 1:
            self.set_position(0)  # play from the start again
        self._timer.start()
        self.play_button.setIcon(self._pause_icon)
        self.play_button.setText("Pause")
        self.playing_changed.emit(True)

    def pause(self) -> None:
        if self._timer.isActive():
            self._timer.stop()
            self.play_button.setIcon(self._play_icon)
            self.play_button.setText("Play")
            self.playing_changed.emit(False)

    def toggle(self) -> None:
        self.pause() if self.is_playing() else self.play()

    def step_forward(self) -> None:
        self.pause()
        self.set_position(self.position() + 1)

    def step_back(self) -> None:
        self.pause()
        self.set_position(self.position() - 1)

    def first(self) -> None:
        self.pause()
        self.set_position(0)

    def last(self) -> None:
        self.pause()
        self.set_position(self._count - 1)

    def faster(self) -> None:
        self.speed_box.setCurrentIndex(min(self.speed_box.currentIndex() + 1, len(SPEEDS) - 1))

    def slower(self) -> None:
        self.speed_box.setCurrentIndex(max(self.speed_box.currentIndex() - 1, 0))

    def set_speed(self, steps_per_second: float) -> None:
        nearest = min(range(len(SPEEDS)), key=lambda i: abs(SPEEDS[i] - steps_per_second))
        self.speed_box.setCurrentIndex(nearest)

    # ---------------------------------------------------------------- internals
    def _advance(self) -> None:
        if self.position() >= self._count - 1:
            self.pause()
        else:
            self.set_position(self.position() + 1)
            if self.position() >= self._count - 1:
                self.pause()

    def _slider_moved(self, value: int) -> None:
        self._refresh_counter()
        self.position_changed.emit(value)

    def _speed_chosen(self, index: int) -> None:
        speed = SPEEDS[index]
        self._timer.setInterval(int(1000 / speed))
        self.speed_changed.emit(speed)

    def _refresh_counter(self) -> None:
        text = f"step {self.position() + 1} of {self._count}" if self._count else "no steps"
        self.counter.setText(text)
        self.counter.setAccessibleName(text)
