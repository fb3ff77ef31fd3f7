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
import re
import sys
import time
from pathlib import Path

from convviz.app.views import VIEW_MODULES
from convviz.i18n import tr

SCREENSHOT_TIMEOUT_S = 120.0
MIN_SCREENSHOT = (800, 600)  # a small projector's 1024×768 and 1280×720 fit, with room below


def _size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(tr("size must look like 1600x1000, not {text!r}").format(text=text)) from None
    if width < MIN_SCREENSHOT[0] or height < MIN_SCREENSHOT[1]:
        raise argparse.ArgumentTypeError(tr("screenshots are at least {width}x{height}").format(
            width=MIN_SCREENSHOT[0], height=MIN_SCREENSHOT[1]))
    return width, height


def _lesson(text: str) -> int:
    try:
        number = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(tr("--lesson takes a lesson number such as 16, not {text!r}").format(
            text=text)) from None
    if number < 1:
        raise argparse.ArgumentTypeError(tr("lessons are numbered from 1, so there is no lesson {number}").format(
            number=number))
    return number


def _theme(text: str) -> str:
    from convviz.app.theme import THEME_CHOICES

    name = text.strip().lower()
    if name not in THEME_CHOICES:
        raise argparse.ArgumentTypeError(tr("there is no theme {text!r}; choose one of {choices}").format(
            text=text, choices=", ".join(THEME_CHOICES)))
    return name


def _language(text: str) -> str:
    from convviz.i18n import LANGUAGES

    name = text.strip().replace("-", "_")
    choices = ("system", *LANGUAGES)
    found = next((choice for choice in choices if choice.lower() == name.lower()), None)
    if found is None:
        raise argparse.ArgumentTypeError(tr("there is no language {text!r}; choose one of {choices}").format(
            text=text, choices=", ".join(choices)))
    return found


class _HelpFormatter(argparse.HelpFormatter):
    """argparse's layout with its one English word, "usage:", in the user's language."""

    def add_usage(self, usage, actions, groups, prefix=None):
        return super().add_usage(usage, actions, groups, tr("usage: ") if prefix is None else prefix)


#: argparse's own refusals (English from the standard library), matched and said again through tr
_ARGPARSE_REFUSALS = (
    (re.compile(r"unrecognized arguments: (?P<arguments>.*)", re.S),
     lambda m: tr("unrecognized arguments: {arguments}").format(**m.groupdict())),
    (re.compile(r"argument (?P<option>\S+): expected one argument"),
     lambda m: tr("{option} needs a value after it").format(**m.groupdict())),
    (re.compile(r"argument (?P<option>\S+): ignored explicit argument (?P<value>.*)"),
     lambda m: tr("{option} is a switch and takes no value (got {value})").format(**m.groupdict())),
    (re.compile(r"ambiguous option: (?P<option>\S+) could match (?P<choices>.*)"),
     lambda m: tr("{option} is short for several options ({choices}); write it out").format(**m.groupdict())),
    (re.compile(r"argument (?P<option>\S+): (?P<problem>.*)", re.S),
     lambda m: tr("{option}: {problem}").format(**m.groupdict())),
)


class _Parser(argparse.ArgumentParser):
    """An ArgumentParser whose usage, help and refusals speak the user's language (exit status 2 as ever)."""

    def error(self, message: str):
        for pattern, say in _ARGPARSE_REFUSALS:
            match = pattern.fullmatch(message)
            if match:
                message = say(match)
                break
        self.print_usage(sys.stderr)
        self.exit(2, tr("{program}: error: {message}").format(program=self.prog, message=message) + "\n")


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = _Parser(prog="convviz", description=tr("See convolutional neural networks work."),
                     formatter_class=_HelpFormatter, add_help=False)
    parser._optionals.title = tr("options")
    parser.add_argument("-h", "--help", action="help", help=tr("show this help and exit"))
    parser.add_argument("--image", metavar=tr("PATH"), help=tr("open this picture at start"))
    parser.add_argument("--view", metavar=tr("NAME"),
                        help=tr("start on this view: {views}").format(views=", ".join(VIEW_MODULES)))
    parser.add_argument("--screenshot", metavar=tr("PATH"), help=tr("render --view offscreen to this PNG and exit"))
    parser.add_argument("--size", type=_size, default=(1600, 1000), help=tr("screenshot size, e.g. 1600x1000"))
    parser.add_argument("--install-desktop-entry", action="store_true",
                        help=tr("add convviz to this user's application menu (Linux) and exit"))
    parser.add_argument("--uninstall-desktop-entry", action="store_true",
                        help=tr("remove what --install-desktop-entry added and exit"))
    parser.add_argument("--present", action="store_true", help=tr("open in presentation mode (F11)"))
    parser.add_argument("--lesson", type=_lesson, metavar="N", help=tr("open built-in lesson N in its view"))
    parser.add_argument("--theme", type=_theme, metavar=tr("NAME"),
                        help=tr("system, light, dark or high-contrast, for this run only (the saved choice stays)"))
    parser.add_argument("--language", type=_language, metavar=tr("LANG"),
                        help=tr("system, en, de, es, fr or zh_CN, for this run only (the saved choice stays)"))
    parser.add_argument("--exit-after-first-paint", action="store_true", help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Run convviz; every sentence it prints is in the language chosen before the options are checked."""
    from convviz.app.tools.language.command_line import speak_for_command_line

    argv = sys.argv[1:] if argv is None else argv
    english_again = speak_for_command_line(argv)
    try:
        return _run(argv)
    finally:
        english_again()


def _run(argv: list[str]) -> int:
    started = time.time()
    args = parse_args(argv)
    if args.install_desktop_entry or args.uninstall_desktop_entry:
        return _desktop_entry(install=args.install_desktop_entry)
    if args.view is not None and args.view not in VIEW_MODULES:
        print(tr("convviz: there is no view called {view!r}; choose one of {choices}.").format(
            view=args.view, choices=", ".join(VIEW_MODULES)), file=sys.stderr)
        return 2
    if args.lesson is not None:
        problem = _check_lesson(args)
        if problem:
            print(tr("convviz: {problem}").format(problem=problem), file=sys.stderr)
            return 2
    if args.screenshot and not args.view and args.lesson is None:
        print(tr("convviz: --screenshot needs --view NAME (for example --view convolution) or --lesson N."),
              file=sys.stderr)
        return 2
    if args.image:
        problem = _check_image(args.image)
        if problem:
            print(problem, file=sys.stderr)
            return 1
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
        print(tr("convviz: the {view!r} view is not installed in this version.").format(view=args.view),
              file=sys.stderr)
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
    try:
        if args.screenshot:
            return _screenshot(app, window, args)
        window.show()
        if args.image:
            window.open_path(args.image)
        return app.exec()
    finally:
        _delete_while_python_runs(window)


def _delete_while_python_runs(window) -> None:
    """Delete the window's widgets now. Left to PySide's clean-up at interpreter exit, the plots' scenes are
    destroyed after Python has begun to finalize, and their destructors still call pyqtgraph's Python
    overrides (a geometry change per item): a segmentation fault after a presenting screenshot."""
    from shiboken6 import isValid

    if isValid(window):
        window.delete_now()


def _set_icon(app) -> None:
    from convviz.app.desktop import app_icon

    app.setWindowIcon(app_icon())


def _desktop_entry(*, install: bool) -> int:
    """--install-desktop-entry / --uninstall-desktop-entry: per user, reversible, Linux only."""
    from convviz.app.desktop import install_desktop_entry, uninstall_desktop_entry

    if not sys.platform.startswith("linux"):
        print(tr("convviz: desktop entries are a Linux (freedesktop) feature; on this system, start convviz from "
                 "a terminal or make a shortcut to it."), file=sys.stderr)
        return 2
    try:
        if install:
            entry, icon = install_desktop_entry()
            print(tr("convviz: added {entry} and its icon {icon}; remove them with --uninstall-desktop-entry.").format(
                entry=entry, icon=icon))
        else:
            removed = uninstall_desktop_entry()
            if removed:
                print(tr("convviz: removed {files}").format(files=", ".join(map(str, removed))))
            else:
                print(tr("convviz: removed nothing (no entry was there)."))
    except OSError as exc:
        print(tr("convviz: could not change the desktop entry: {reason}.").format(reason=exc.strerror or exc),
              file=sys.stderr)
        return 1
    return 0


def _check_lesson(args: argparse.Namespace) -> str | None:
    """Why --lesson cannot be honoured (a sentence), or None; sets args.view to the lesson's view."""
    from convviz.lessons import builtin_lessons

    lessons = {lesson.number: lesson for lesson in builtin_lessons()}
    lesson = lessons.get(args.lesson)
    if lesson is None:
        return tr("there is no lesson {number}; the built-in lessons are numbered {first} to {last}.").format(
            number=args.lesson, first=min(lessons), last=max(lessons))
    if args.image:
        return tr("--image and --lesson both choose the picture; lesson {number} brings its own, so give one.").format(
            number=lesson.number)
    view = lesson.view if lesson.view in VIEW_MODULES else None  # a concept lesson is shown in its panel only
    if args.view is not None and args.view != view:
        if view:
            return tr("lesson {number} is shown in the {view} view, not the {asked} view; leave out --view.").format(
                number=lesson.number, view=view, asked=args.view)
        return tr("lesson {number} is shown in the lesson panel (it is a concept lesson), not the {asked} view; "
                  "leave out --view.").format(number=lesson.number, asked=args.view)
    args.view = view
    return None


def _check_image(path: str) -> str | None:
    """Why the --image file cannot be opened at all (a sentence), or None; its content is the window's to judge."""
    file = Path(path)
    if not file.exists():
        return tr("convviz: there is no file {path}; check the name and the folder.").format(path=path)
    if file.is_dir():
        return tr("convviz: {path} is a folder; --image needs a picture file.").format(path=path)
    if not os.access(file, os.R_OK):
        return tr("convviz: {path} cannot be read (no permission to read it).").format(path=path)
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
        print(tr("convviz: {problem}").format(problem=sentence), file=sys.stderr)
        timer.stop()
        window.close()
        app.exit(1)

    if args.image:
        window.image_failed.connect(lambda reason: give_up(tr("could not open {path}: {reason}").format(
            path=args.image, reason=reason)))
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
            if args.lesson is not None:
                late = tr("convviz: lesson {number} did not finish within {seconds:.0f} s.").format(
                    number=args.lesson, seconds=SCREENSHOT_TIMEOUT_S)
            else:
                late = tr("convviz: the {view} view did not finish within {seconds:.0f} s.").format(
                    view=args.view, seconds=SCREENSHOT_TIMEOUT_S)
            print(late, file=sys.stderr)
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
        print(tr("convviz: the {width}x{height} window could not hold this view: its layout needs "
                 "{need_width}x{need_height}, so the picture is {got_width}x{got_height}.").format(
            width=size[0], height=size[1], need_width=need.width(), need_height=need.height(),
            got_width=window.width(), got_height=window.height()), file=sys.stderr)


def _save(window, path: str) -> int:
    image = window.grab().toImage()
    if not image.save(path):
        print(tr("convviz: could not write the screenshot to {path}.").format(path=path), file=sys.stderr)
        return 1
    print(tr("convviz: saved {width}x{height} screenshot of the window to {path}").format(
        width=image.width(), height=image.height(), path=path))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
