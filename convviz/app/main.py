"""`convviz` / `python -m convviz`: open the main window, or render one view to a PNG and exit.

    convviz [--image PATH] [--view NAME] [--present] [--lesson N] [--theme NAME]
    convviz --screenshot out.png --view convolution [--image PATH] [--size 1600x1000]
    convviz --screenshot out.png --lesson 16 [--present] [--theme dark] [--size 1600x1000]

`--present` opens in presentation mode (F11), `--lesson N` opens built-in
lesson N (in its own view; --view may be left out), `--theme NAME` shows a
theme for this run only (the saved choice stays), and so does `--language LANG`
for the interface language. They are there for
rehearsals and for slides, so they all work with --screenshot too.

The screenshot mode runs offscreen (no display needed), waits until the view
has shown the result of its first computation (and the lesson is on screen),
saves the window and exits 0; with --present it shows what a projector of
--size shows. A headless run writes nothing but the screenshot: no autosave,
Recent files, window geometry or settings. A wrong option prints a sentence
and exits 2; a failure while rendering exits 1.
"""

from __future__ import annotations

import argparse
import os
import sys
import time

from convviz.app.views import VIEW_MODULES

SCREENSHOT_TIMEOUT_S = 120.0
MIN_SCREENSHOT = (800, 600)  # a small projector's 1024×768 and 1280×720 fit, with room below


def _size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"size must look like 1600x1000, not {text!r}") from None
    if width < MIN_SCREENSHOT[0] or height < MIN_SCREENSHOT[1]:
        raise argparse.ArgumentTypeError(f"screenshots are at least {MIN_SCREENSHOT[0]}x{MIN_SCREENSHOT[1]}")
    return width, height


def _lesson(text: str) -> int:
    try:
        number = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"--lesson takes a lesson number such as 16, not {text!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"lessons are numbered from 1, so there is no lesson {number}")
    return number


def _theme(text: str) -> str:
    from convviz.app.theme import THEME_CHOICES

    name = text.strip().lower()
    if name not in THEME_CHOICES:
        raise argparse.ArgumentTypeError(f"there is no theme {text!r}; choose one of {', '.join(THEME_CHOICES)}")
    return name


def _language(text: str) -> str:
    from convviz.i18n import LANGUAGES

    name = text.strip().replace("-", "_")
    choices = ("system", *LANGUAGES)
    found = next((choice for choice in choices if choice.lower() == name.lower()), None)
    if found is None:
        raise argparse.ArgumentTypeError(f"there is no language {text!r}; choose one of {', '.join(choices)}")
    return found


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="convviz", description="See convolutional neural networks work."
    )
    parser.add_argument("--image", metavar="PATH", help="open this picture at start")
    parser.add_argument("--view", metavar="NAME", help=f"start on this view: {', '.join(VIEW_MODULES)}")
    parser.add_argument("--screenshot", metavar="PATH", help="render --view offscreen to this PNG and exit")
    parser.add_argument("--size", type=_size, default=(1600, 1000), help="screenshot size, e.g. 1600x1000")
    parser.add_argument("--install-desktop-entry", action="store_true",
                        help="add convviz to this user's application menu (Linux) and exit")
    parser.add_argument("--uninstall-desktop-entry", action="store_true",
                        help="remove what --install-desktop-entry added and exit")
    parser.add_argument("--present", action="store_true", help="open in presentation mode (F11)")
    parser.add_argument("--lesson", type=_lesson, metavar="N", help="open built-in lesson N in its view")
    parser.add_argument("--theme", type=_theme, metavar="NAME",
                        help="system, light, dark or high-contrast, for this run only (the saved choice stays)")
    parser.add_argument("--language", type=_language, metavar="LANG",
                        help="system, en, de, es, fr or zh_CN, for this run only (the saved choice stays)")
    parser.add_argument("--exit-after-first-paint", action="store_true", help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    started = time.time()
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if args.install_desktop_entry or args.uninstall_desktop_entry:
        return _desktop_entry(install=args.install_desktop_entry)
    if args.view is not None and args.view not in VIEW_MODULES:
        print(f"convviz: there is no view called {args.view!r}; choose one of {', '.join(VIEW_MODULES)}.",
              file=sys.stderr)
        return 2
    if args.lesson is not None:
        problem = _check_lesson(args)
        if problem:
            print(f"convviz: {problem}", file=sys.stderr)
            return 2
    if args.screenshot and not args.view and args.lesson is None:
        print("convviz: --screenshot needs --view NAME (for example --view convolution) or --lesson N.",
              file=sys.stderr)
        return 2
    if args.screenshot:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from convviz.app.platform_check import check_platform

    problem = check_platform()
    if problem is not None:
        print(problem, file=sys.stderr)
        return 1

    from PySide6.QtWidgets import QApplication

    from convviz.app.main_window import MainWindow, view_available
    from convviz.app.settings import APPLICATION, ORGANISATION

    if args.view is not None and not view_available(args.view):
        print(f"convviz: the {args.view!r} view is not installed in this version.", file=sys.stderr)
        return 2
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "convviz"])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setDesktopFileName("convviz")
    window = MainWindow(start_view=args.view, fast_start=True, leave_no_trace=bool(args.screenshot),
                        theme=args.theme, language=args.language)
    window.when_tools_installed(lambda: _start_classroom(window, args))
    if args.exit_after_first_paint:
        def report() -> None:
            print(f"FIRST_PAINT {time.time():.6f} STARTED {started:.6f} CPU {time.process_time():.6f}", flush=True)
            window.close()
            app.exit(0)

        window.first_painted.connect(report)
    window.first_painted.connect(lambda: _set_icon(app))  # loading the SVG icon engine: not before the paint
    if args.screenshot:
        return _screenshot(app, window, args)
    window.show()
    if args.image:
        window.open_path(args.image)
    return app.exec()


def _set_icon(app) -> None:
    from convviz.app.desktop import app_icon

    app.setWindowIcon(app_icon())


def _desktop_entry(*, install: bool) -> int:
    """--install-desktop-entry / --uninstall-desktop-entry: per user, reversible, Linux only."""
    from convviz.app.desktop import install_desktop_entry, uninstall_desktop_entry

    if not sys.platform.startswith("linux"):
        print("convviz: desktop entries are a Linux (freedesktop) feature; on this system, start convviz from "
              "a terminal or make a shortcut to it.", file=sys.stderr)
        return 2
    try:
        if install:
            entry, icon = install_desktop_entry()
            print(f"convviz: added {entry} and its icon {icon}; remove them with --uninstall-desktop-entry.")
        else:
            removed = uninstall_desktop_entry()
            print("convviz: removed " + (", ".join(map(str, removed)) if removed else "nothing (no entry was there)."))
    except OSError as exc:
        print(f"convviz: could not change the desktop entry: {exc.strerror or exc}.", file=sys.stderr)
        return 1
    return 0


def _check_lesson(args: argparse.Namespace) -> str | None:
    """Why --lesson cannot be honoured (a sentence), or None; sets args.view to the lesson's view."""
    from convviz.lessons import builtin_lessons

    lessons = {lesson.number: lesson for lesson in builtin_lessons()}
    lesson = lessons.get(args.lesson)
    if lesson is None:
        return f"there is no lesson {args.lesson}; the built-in lessons are numbered {min(lessons)} to {max(lessons)}."
    if args.image:
        return f"--image and --lesson both choose the picture; lesson {lesson.number} brings its own, so give one."
    view = lesson.view if lesson.view in VIEW_MODULES else None  # a concept lesson is shown in its panel only
    if args.view is not None and args.view != view:
        where = f"the {view} view" if view else "the lesson panel (it is a concept lesson)"
        return f"lesson {lesson.number} is shown in {where}, not the {args.view} view; leave out --view."
    args.view = view
    return None


def _start_classroom(window, args: argparse.Namespace) -> None:
    """--present and --lesson, once the presentation and lesson tools are on the window."""
    if args.present:
        if args.screenshot:
            from PySide6.QtCore import QSize

            window.presentation.present_at(QSize(*args.size))  # the projector the screenshot shows
        window.presentation.set_active(True)
    if args.lesson is not None:
        window.lessons.open_when_ready(args.lesson)


def _screenshot(app, window, args) -> int:
    """Show the window offscreen, wait for the view to settle, save it, and quit."""
    from PySide6.QtCore import QTimer

    window.resize(*args.size)
    window.show()
    deadline = time.monotonic() + SCREENSHOT_TIMEOUT_S
    outcome = {"code": 1, "settled": 0, "lesson": args.lesson is None}

    def give_up(sentence: str) -> None:
        print(f"convviz: {sentence}", file=sys.stderr)
        timer.stop()
        window.close()
        app.exit(1)

    if args.image:
        window.image_failed.connect(lambda reason: give_up(f"could not open {args.image}: {reason}"))
        window.open_path(args.image)
    if args.lesson is not None:
        def follow_lesson() -> None:
            window.lessons.loader.opened.connect(lambda _prepared: outcome.__setitem__("lesson", True))
            window.lessons.loader.failed.connect(give_up)

        window.when_tools_installed(follow_lesson)  # connected before _start_classroom opens it

    def ready() -> bool:
        if not outcome["lesson"] or (args.present and not (window.presentation and window.presentation.is_active())):
            return False
        if args.view is None:  # a concept lesson: its panel is the picture
            return window.worker.is_idle()
        return window.view_is_settled(args.view)

    def poll() -> None:
        if not window.isVisible() and time.monotonic() <= deadline:
            return
        if window.isVisible() and ready():
            outcome["settled"] += 1
        else:
            outcome["settled"] = 0
        if outcome["settled"] >= 3:  # idle for three polls in a row: nothing queued either
            timer.stop()
            _say_if_larger(window, args.size)
            outcome["code"] = _save(window, args.screenshot)
            window.close()
            app.exit(outcome["code"])
        elif time.monotonic() > deadline:
            timer.stop()
            what = f"lesson {args.lesson}" if args.lesson is not None else f"the {args.view} view"
            print(f"convviz: {what} did not finish within {SCREENSHOT_TIMEOUT_S:.0f} s.", file=sys.stderr)
            window.close()
            app.exit(1)

    timer = QTimer(interval=100, timeout=poll)
    timer.start()
    code = app.exec()
    return code if code else outcome["code"]


def _say_if_larger(window, size: tuple[int, int]) -> None:
    """A view that needs more room than --size grows the window: say so (the picture is larger than asked)."""
    if (window.width(), window.height()) != tuple(size):
        need = window.minimumSizeHint()
        print(f"convviz: the {size[0]}x{size[1]} window could not hold this view: its layout needs "
              f"{need.width()}x{need.height()}, so the picture is {window.width()}x{window.height()}.", file=sys.stderr)


def _save(window, path: str) -> int:
    image = window.grab().toImage()
    if not image.save(path):
        print(f"convviz: could not write the screenshot to {path}.", file=sys.stderr)
        return 1
    print(f"convviz: saved {image.width()}x{image.height()} screenshot of the window to {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
