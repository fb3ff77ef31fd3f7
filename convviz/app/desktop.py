"""Living on a desktop: the application icon, and a per-user menu entry on Linux (freedesktop).

`install_desktop_entry()` writes `convviz.desktop` to the user's applications
folder and the icon to the user's hicolor theme (`$XDG_DATA_HOME`, by default
`~/.local/share`); `uninstall_desktop_entry()` removes exactly those two
files again. Nothing is written anywhere else, and nothing system-wide.
"""

from __future__ import annotations

import os
import shlex
import shutil
import sys
from pathlib import Path

from convviz.resources import resource_path

APP_ID = "convviz"
ICON_PARTS = ("icons", "convviz.svg")


def app_icon():
    """The window and task-bar icon (an SVG: sharp at every size and pixel ratio)."""
    from PySide6.QtGui import QIcon

    return QIcon(str(resource_path(*ICON_PARTS)))


def data_home(environ: dict[str, str] | None = None) -> Path:
    env = os.environ if environ is None else environ
    chosen = env.get("XDG_DATA_HOME", "")
    return Path(chosen) if chosen and Path(chosen).is_absolute() else Path.home() / ".local" / "share"


def entry_paths(environ: dict[str, str] | None = None) -> tuple[Path, Path]:
    """Where the desktop entry and its icon go: (applications/convviz.desktop, icons/.../convviz.svg)."""
    home = data_home(environ)
    return (home / "applications" / f"{APP_ID}.desktop",
            home / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg")


def desktop_entry(python: str = sys.executable) -> str:
    """The text of convviz.desktop: starts this Python's convviz (a virtual environment's too)."""
    command = " ".join(shlex.quote(part) for part in (python, "-m", "convviz"))
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        "Version=1.5\n"
        "Name=convviz\n"
        "GenericName=CNN visualiser\n"
        "Comment=See convolutional neural networks work: kernels, the sliding window, LeNet layer by layer\n"
        f"Exec={command} %f\n"
        f"Icon={APP_ID}\n"
        "Terminal=false\n"
        "Categories=Education;Science;Graphics;\n"
        "Keywords=convolution;CNN;neural network;kernel;LeNet;MNIST;teaching;\n"
        "MimeType=image/png;image/jpeg;\n"
        "StartupWMClass=convviz\n"
    )


def install_desktop_entry(environ: dict[str, str] | None = None) -> tuple[Path, Path]:
    """Write the entry and the icon for this user; returns their paths."""
    entry, icon = entry_paths(environ)
    entry.parent.mkdir(parents=True, exist_ok=True)
    icon.parent.mkdir(parents=True, exist_ok=True)
    entry.write_text(desktop_entry(), encoding="utf-8")
    shutil.copyfile(resource_path(*ICON_PARTS), icon)
    return entry, icon


def uninstall_desktop_entry(environ: dict[str, str] | None = None) -> list[Path]:
    """Remove what install_desktop_entry wrote (and nothing else); returns what was removed."""
    removed = []
    for path in entry_paths(environ):
        if path.is_file():
            path.unlink()
            removed.append(path)
    return removed
