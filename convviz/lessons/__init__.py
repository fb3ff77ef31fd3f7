"""Lessons from the course decks: one validated JSON file each, Qt-free.

A lesson names the view it opens in ("convolution", "steps", "lenet" or
"concept"), explains in a few sentences what to look at, and carries the
input, kernels and settings that view needs, plus the true expected values
(computed by `convviz.core`) and a note where a slide printed something else.
The file format is described in `resources/lessons/README.md`.

    lessons = builtin_lessons()            # ordered by lesson.number
    lesson = load_lesson("my_lesson.json")  # a teacher's own file, strictly checked
    x = lesson_input_array(lesson)          # (H, W) or (C, H, W) float64
    bank = lesson_kernel_bank(lesson)       # (N, C, kh, kw) float64, factors applied
    cells, factors = lesson_kernel_cells(lesson)  # as written: whole cells and "× 1/9" apart
    y = compute_lesson(lesson)              # what the view should show
    lesson = translated(lesson, "de")       # its words in German where the file has them
"""

from .compute import (
    check_expected,
    compute_lesson,
    lesson_input_array,
    lesson_kernel_bank,
    lesson_kernel_cells,
    table_parameters,
    table_total,
)
from .loader import ACTIVATIONS as LESSON_ACTIVATIONS
from .loader import builtin_lessons, lesson_by_id, lesson_from_dict, lessons_folder, load_lesson
from .schema import (
    SCHEMA_VERSION,
    VIEWS,
    Expected,
    KernelSpec,
    LayerSpec,
    Lesson,
    LessonInput,
    LessonText,
    Settings,
    SlideCell,
    TableSpec,
)
from .translations import SHIPPED_LANGUAGES, translated

__all__ = [
    "LESSON_ACTIVATIONS",
    "SCHEMA_VERSION",
    "VIEWS",
    "Expected",
    "KernelSpec",
    "LayerSpec",
    "Lesson",
    "LessonInput",
    "LessonText",
    "SHIPPED_LANGUAGES",
    "Settings",
    "SlideCell",
    "TableSpec",
    "builtin_lessons",
    "check_expected",
    "compute_lesson",
    "lesson_by_id",
    "lesson_from_dict",
    "lesson_input_array",
    "lesson_kernel_bank",
    "lesson_kernel_cells",
    "lessons_folder",
    "load_lesson",
    "table_parameters",
    "table_total",
    "translated",
]
