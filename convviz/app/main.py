"""`convviz` / `python -m convviz`: open the main window, or render one view to a PNG and exit.

    convviz [--image PATH] [--view NAME]
    convviz --screenshot out.png --view convolution [--image PATH] [--size 1600x1000]

The screenshot mode runs offscreen (no display needed), waits until the view
has shown the result of its first computation, saves the window and exits 0;
an unknown view or any failure prints a sentence and exits non-zero.
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


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="convviz", description="See convolutional neural networks work."
    )
    parser.add_argument("--image", metavar="PATH", help="open this picture at start")
    parser.add_argument("--view", metavar="NAME", help=f"start on this view: {', '.join(VIEW_MODULES)}")
    parser.add_argument("--screenshot", metavar="PATH", help="render --view offscreen to this PNG and exit")
    parser.add_argument("--size", type=_size, default=(1600, 1000), help="screenshot size, e.g. 1600x1000")
    parser.add_argument("--exit-after-first-paint", action="store_true", help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    started = time.time()
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if args.view is not None and args.view not in VIEW_MODULES:
        print(f"convviz: there is no view called {args.view!r}; choose one of {', '.join(VIEW_MODULES)}.",
              file=sys.stderr)
        return 2
    if args.screenshot and not args.view:
        print("convviz: --screenshot needs --view NAME (for example --view convolution).", file=sys.stderr)
        return 2
    if args.screenshot:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtWidgets import QApplication

    from convviz.app.main_window import MainWindow, view_available
    from convviz.app.settings import APPLICATION, ORGANISATION

    if args.view is not None and not view_available(args.view):
        print(f"convviz: the {args.view!r} view is not installed in this version.", file=sys.stderr)
        return 2
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "convviz"])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    window = MainWindow(start_view=args.view, fast_start=True, leave_no_trace=bool(args.screenshot))
    if args.exit_after_first_paint:
        def report() -> None:
            print(f"FIRST_PAINT {time.time():.6f} STARTED {started:.6f}", flush=True)
            window.close()
            app.exit(0)

        window.first_painted.connect(report)
    if args.screenshot:
        return _screenshot(app, window, args)
    window.show()
    if args.image:
        window.open_path(args.image)
    return app.exec()


def _screenshot(app, window, args) -> int:
    """Show the window offscreen, wait for the view to settle, save it, and quit."""
    from PySide6.QtCore import QTimer

    window.resize(*args.size)
    window.show()
    deadline = time.monotonic() + SCREENSHOT_TIMEOUT_S
    outcome = {"code": 1, "settled": 0}

    def refuse(reason: str) -> None:
        print(f"convviz: could not open {args.image}: {reason}", file=sys.stderr)
        timer.stop()
        window.close()
        app.exit(1)

    if args.image:
        window.image_failed.connect(refuse)
        window.open_path(args.image)

    def poll() -> None:
        if not window.isVisible():
            return
        if window.view_is_settled(args.view):
            outcome["settled"] += 1
        else:
            outcome["settled"] = 0
        if outcome["settled"] >= 3:  # idle for three polls in a row: nothing queued either
            timer.stop()
            outcome["code"] = _save(window, args.screenshot, args.size)
            window.close()
            app.exit(outcome["code"])
        elif time.monotonic() > deadline:
            timer.stop()
            print(f"convviz: the {args.view} view did not finish within {SCREENSHOT_TIMEOUT_S:.0f} s.",
                  file=sys.stderr)
            window.close()
            app.exit(1)

    timer = QTimer(interval=100, timeout=poll)
    timer.start()
    code = app.exec()
    return code if code else outcome["code"]


def _save(window, path: str, size: tuple[int, int]) -> int:
    image = window.grab().toImage()
    if (image.width(), image.height()) != tuple(size):
        need = window.minimumSizeHint()
        print(f"convviz: the {size[0]}x{size[1]} window could not hold this view: its layout needs "
              f"{need.width()}x{need.height()}, so the picture is {image.width()}x{image.height()}.", file=sys.stderr)
    if not image.save(path):
        print(f"convviz: could not write the screenshot to {path}.", file=sys.stderr)
        return 1
    print(f"convviz: saved {image.width()}x{image.height()} screenshot of the window to {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
