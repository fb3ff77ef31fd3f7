"""Save what the layout tests check as pictures, and list each one's faults: look at them before a lecture.

    QT_QPA_PLATFORM=offscreen python3 tests/layout_shots.py OUT_FOLDER [1024x768 1280x720 ...]

One picture per screen size, view and mode (plain, presenting, with the
view's lesson and the exercise panel), named like convolution-1024x768-present.png.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path[:0] = [str(Path(__file__).resolve().parent), str(Path(__file__).resolve().parents[1])]

from layout_check import layout_problems  # noqa: E402
from layout_harness import Classroom  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

VIEWS = ("convolution", "steps", "lenet")
LESSONS = {"convolution": 9, "steps": 6, "lenet": 39}
SIZES = ("1024x768", "1280x720")


def shoot(folder: Path, size: str, views=VIEWS, modes=("plain", "present", "lesson", "lesson-present")) -> int:
    room = tuple(int(n) for n in size.split("x"))
    classroom = Classroom(room)
    faults = 0
    try:
        for name in views:
            for mode in modes:
                classroom.close_side_panels()
                classroom.present(False)
                classroom.show_view(name)
                if "lesson" in mode:
                    classroom.open_lesson(LESSONS[name])
                    classroom.open_exercises()
                classroom.present("present" in mode)
                picture = folder / f"{name}-{size}-{mode}.png"
                classroom.grab(picture)
                problems = layout_problems(classroom.window, classroom.room)
                faults += len(problems)
                zoom = classroom.window.presentation.zoom.factor()
                print(f"{picture.name}: {len(problems)} problem(s), text zoom {zoom:g}")
                for problem in problems:
                    print("   ", problem)
    finally:
        classroom.close()
    return faults


def main(argv: list[str]) -> int:
    folder = Path(argv[0]) if argv else Path("layout-shots")
    folder.mkdir(parents=True, exist_ok=True)
    sizes = argv[1:] or SIZES
    app = QApplication.instance() or QApplication([])  # noqa: F841 - the widgets need it
    views = [v for v in VIEWS if os.environ.get("VIEWS", "") in ("", v) or v in os.environ.get("VIEWS", "").split(",")]
    total = sum(shoot(folder, size, views) for size in sizes)
    print(f"{total} problem(s) in all")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
