"""Open a lesson: prepare it on the worker, then load its input, kernels and settings into its view.

`LessonLoader` belongs to the main window. The built-in catalogue and every
lesson are read and prepared on the shared `ComputeWorker` (the first read
imports torch), never in a GUI slot. Once a `PreparedLesson` is back, the
loader builds the lesson's view if needed, switches to it and hands it the
lesson through the view's public API:

- Steps: `StepsView.load_example(...)` with the lesson's matrix, kernel and settings;
- Convolution: the picture through `set_image`, kernels and settings through
  the view's evented `settings` (activation as the lesson says, no pooling);
- LeNet: the view as it is (the lesson explains what to draw);
- concept lessons stay in the lesson panel.

A file that fails validation, or a lesson the view cannot show, emits
`failed` with a sentence and changes nothing that is open.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from convviz.app.worker import JobError, JobResult
from convviz.i18n import language, tr

if TYPE_CHECKING:  # numpy, torch and the lessons load on the worker, after the first paint
    from convviz.state.lesson_prepare import PreparedLesson



def _catalogue():
    from convviz.lessons import builtin_lessons

    return tuple(in_current_language(lesson) for lesson in builtin_lessons())


def in_current_language(lesson):
    """The lesson's words in the interface language (as written where its file has none).

    The one place lessons meet the language: the catalogue (menus, panel) and lesson files both pass here.
    """
    from convviz.lessons.translations import translated  # here: the lessons package brings numpy, not wanted at start

    return translated(lesson, language())


def _prepared(lesson) -> PreparedLesson:
    from convviz.state.lesson_prepare import prepare_lesson

    return prepare_lesson(lesson)


def _from_file(path: str) -> PreparedLesson:
    from convviz.lessons import load_lesson

    return _prepared(in_current_language(load_lesson(path)))


class LessonLoader(QObject):
    """The window's open lesson, and the way in: built-in number, lesson object or file."""

    catalogue_ready = Signal(object)  # tuple[Lesson, ...]
    opened = Signal(object)  # PreparedLesson, once its view shows it
    failed = Signal(str)  # a sentence for a dialog; nothing open changed
    filter_changed = Signal(int)

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.worker = window.worker
        self.lessons: tuple = ()
        self.current: PreparedLesson | None = None
        self.filter_index = 0
        self._catalogue_requested = False
        self._source = ""  # what the pending lesson job reads, for the failure sentence
        self._applying = False
        self._catalogue_channel = self.worker.new_channel("lessons-catalogue")
        self._lesson_channel = self.worker.new_channel("lesson")

    # ------------------------------------------------------------------ catalogue
    def load_catalogue(self) -> None:
        """Read the built-in lessons on the worker (once)."""
        if not self._catalogue_requested:
            self._catalogue_requested = True
            self.worker.submit(self._catalogue_channel, _catalogue, self._on_catalogue, self._on_catalogue_failed)

    def lesson_numbered(self, number: int):
        return next((lesson for lesson in self.lessons if lesson.number == number), None)

    # ------------------------------------------------------------------ opening
    def open_lesson(self, lesson) -> None:
        """Prepare `lesson` on the worker; `opened` follows (or `failed`)."""
        self._source = f"lesson {lesson.number}"
        self._submit_lesson(lambda: _prepared(lesson))

    def open_number(self, number: int) -> bool:
        """Open built-in lesson `number`; False (and a message) if there is none."""
        lesson = self.lesson_numbered(number)
        if lesson is None:
            if self.lessons:
                self.window.show_message(tr("There is no lesson {number}; the lessons run from 1 to {last}.").format(
                    number=number, last=self.lessons[-1].number))
            else:
                self.load_catalogue()
                self.window.show_message(tr("The lessons are still loading; try again in a moment."))
            return False
        self.open_lesson(lesson)
        return True

    def open_file(self, path: str | Path) -> None:
        """Read and check a teacher's lesson file on the worker; a broken one emits `failed`."""
        path = str(path)
        self._source = Path(path).name
        self.window.show_message(tr("Opening the lesson file {file}…").format(file=Path(path).name))
        self._submit_lesson(lambda: _from_file(path))

    def step(self, offset: int) -> bool:
        """Open the lesson `offset` places after (or before) the current one in the catalogue."""
        if not self.lessons:
            return False
        numbers = [lesson.number for lesson in self.lessons]
        if self.current is None or self.current.lesson.number not in numbers:
            index = 0 if offset > 0 else len(numbers) - 1
        else:
            index = numbers.index(self.current.lesson.number) + offset
        if not 0 <= index < len(numbers):
            return False
        self.open_lesson(self.lessons[index])
        return True

    def choose_filter(self, index: int) -> None:
        """Load filter `index` of the current convolution lesson into the convolution view."""
        prepared = self.current
        if prepared is None or prepared.lesson.view != "convolution" or not 0 <= index < prepared.filter_count:
            return
        view = self.window.views.get("convolution")
        if view is None:
            return
        try:
            apply_to_convolution(view, prepared, index, with_picture=False)
        except ValueError as exc:
            self.failed.emit(f"Filter {index + 1} of lesson {prepared.lesson.number} cannot be shown: {exc}")
            return
        self.filter_index = index
        self.filter_changed.emit(index)

    # ------------------------------------------------------------------ worker results
    def _submit_lesson(self, job) -> None:
        self.worker.submit(
            self._lesson_channel, job, lambda result: self._apply(result.value),
            lambda error: self.failed.emit(f"Could not open {self._source}: {error.message}"),
        )

    def _on_catalogue(self, result: JobResult) -> None:
        self.lessons = tuple(sorted(result.value, key=lambda lesson: lesson.number))
        self.catalogue_ready.emit(self.lessons)

    def _on_catalogue_failed(self, error: JobError) -> None:
        self._catalogue_requested = False
        self.failed.emit(f"The built-in lessons could not be read: {error.message}")

    def is_applying(self) -> bool:
        """True while a prepared lesson is being loaded into its view (tabs switch meanwhile)."""
        return self._applying

    def _apply(self, prepared: PreparedLesson) -> None:
        self._applying = True
        try:
            self._load_into_view(prepared)
        finally:
            self._applying = False

    def _load_into_view(self, prepared: PreparedLesson) -> None:
        lesson = prepared.lesson
        if lesson.view in ("steps", "convolution", "lenet"):
            view = self.window.views.get(lesson.view) or self.window.build_view(lesson.view)
            if view is None:
                self.failed.emit(f"Lesson {lesson.number} needs the {lesson.view} view, which could not start.")
                return
            if lesson.view == "steps":
                s = prepared.steps
                view.load_example(s.image, s.kernel, stride=s.stride, padding=s.padding, dilation=s.dilation,
                                  flip=s.flip, mode=s.mode, pool_size=s.pool_size, kernel_scale=s.kernel_scale,
                                  bias=s.bias, filter_index=s.filter_index, output_padding=s.output_padding)
                if not view.state.settings.same_as(s):
                    self.failed.emit(f"The Steps view refused lesson {lesson.number}; the example on screen stays.")
                    return
                view.set_second_kernel(prepared.second_kernel)  # None: one layer, as most lessons step
            elif lesson.view == "convolution":
                try:
                    apply_to_convolution(view, prepared, 0)
                except ValueError as exc:
                    self.failed.emit(f"The convolution view refused lesson {lesson.number} ({str(exc).rstrip('.')}); "
                                     "what is on screen stays.")
                    return
            self.window.show_view(lesson.view)
        self.current = prepared
        self.filter_index = 0
        self.window.show_message(tr("Lesson {number}: {title}").format(number=lesson.number, title=lesson.title))
        self.opened.emit(prepared)


def apply_to_convolution(view, prepared: PreparedLesson, index: int, *, with_picture: bool = True) -> None:
    """Put the lesson's picture (unless `with_picture` is False), filter `index` and settings into a ConvolutionView."""
    import numpy as np

    from convviz.core import KERNEL_PRESETS
    from convviz.samples import SAMPLES
    from convviz.state.convolution import kernel_from_values

    lesson, s = prepared.lesson, prepared.lesson.settings
    picture = np.asarray(prepared.input, dtype=np.float32)
    kernel = prepared.cells[index]  # (C, kh, kw) as written; the factor stays apart ("× 1/9")
    factor = prepared.filter_factor(index)
    colour = picture.ndim == 3
    values: dict = {"pinned": None, "mode": "rgb" if colour else "gray", "edit_channel": 0}
    if colour:
        values["link_channels"] = all(np.array_equal(kernel[0], k) for k in kernel)
        values["kernels"] = tuple(kernel_from_values(k) for k in kernel)
    else:
        values["kernels"] = (kernel_from_values(kernel[0]),) * 3
    values["kernel_scale"] = factor  # set with the cells, as one change
    spec = lesson.kernels[index]
    same_as_preset = spec.preset is not None and factor == KERNEL_PRESETS[spec.preset].scale
    values["preset"] = spec.preset if same_as_preset else ""
    values["flip"] = bool(s.flip)
    values["stride"] = _pair(s.effective_stride)
    values["dilation"] = _pair(s.dilation)
    if isinstance(s.padding, str):
        values["padding_kind"] = s.padding
    else:
        values["padding_kind"] = "custom"
        values["padding"] = _pair(s.padding)
    values["padding_mode"] = "zeros"
    values["activation"] = s.activation or "none"
    options = s.activation_kwargs
    if "slope" in options:
        values["slope"] = float(options["slope"])
    if "alpha" in options:
        values["alpha"] = float(options["alpha"])
    values["pool_mode"] = "none"
    values["groups"] = int(s.groups)
    view.settings.update(values)  # every value checked first: a refused lesson changes nothing
    if not with_picture:
        return
    source = lesson.input
    name = Path(source.sample).stem if source.kind == "sample" else (source.label or f"lesson {lesson.number}")
    view.set_image(picture, name if name in SAMPLES or source.kind != "sample" else source.sample)


def _pair(value) -> tuple[int, int]:
    return (int(value[0]), int(value[1])) if isinstance(value, tuple) else (int(value), int(value))
