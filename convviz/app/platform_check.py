"""Before Qt starts on a Linux desktop: are the system libraries of its xcb platform there?

Without them Qt aborts with "Could not load the Qt platform plugin xcb", and
names a library that is often not the one missing. convviz asks the dynamic
loader for each library the bundled xcb plugin links to (the list was read
off PySide6's libqxcb.so and libQt6XcbQpa.so.6) and, if any is absent, says
which packages to install, for Debian/Ubuntu and for Fedora.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable

from convviz.i18n import tr

#: soname -> (Debian/Ubuntu package, Fedora package)
XCB_LIBRARIES: dict[str, tuple[str, str]] = {
    "libxcb.so.1": ("libxcb1", "libxcb"),
    "libX11.so.6": ("libx11-6", "libX11"),
    "libX11-xcb.so.1": ("libx11-xcb1", "libX11-xcb"),
    "libxcb-cursor.so.0": ("libxcb-cursor0", "xcb-util-cursor"),
    "libxcb-icccm.so.4": ("libxcb-icccm4", "xcb-util-wm"),
    "libxcb-image.so.0": ("libxcb-image0", "xcb-util-image"),
    "libxcb-keysyms.so.1": ("libxcb-keysyms1", "xcb-util-keysyms"),
    "libxcb-randr.so.0": ("libxcb-randr0", "libxcb"),
    "libxcb-render.so.0": ("libxcb-render0", "libxcb"),
    "libxcb-render-util.so.0": ("libxcb-render-util0", "xcb-util-renderutil"),
    "libxcb-shape.so.0": ("libxcb-shape0", "libxcb"),
    "libxcb-shm.so.0": ("libxcb-shm0", "libxcb"),
    "libxcb-sync.so.1": ("libxcb-sync1", "libxcb"),
    "libxcb-util.so.1": ("libxcb-util1", "xcb-util"),
    "libxcb-xfixes.so.0": ("libxcb-xfixes0", "libxcb"),
    "libxcb-xkb.so.1": ("libxcb-xkb1", "libxcb"),
    "libxkbcommon.so.0": ("libxkbcommon0", "libxkbcommon"),
    "libxkbcommon-x11.so.0": ("libxkbcommon-x11-0", "libxkbcommon-x11"),
    "libGL.so.1": ("libgl1", "libglvnd-glx"),
    "libEGL.so.1": ("libegl1", "libglvnd-egl"),
    "libfontconfig.so.1": ("libfontconfig1", "fontconfig"),
    "libdbus-1.so.3": ("libdbus-1-3", "dbus-libs"),
    "libglib-2.0.so.0": ("libglib2.0-0", "glib2"),
}


def _loads(soname: str) -> bool:
    import ctypes  # here: only an X11 start asks, and a start on Wayland or offscreen need not load it

    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def uses_xcb(environ: dict[str, str] | None = None, platform: str = sys.platform) -> bool:
    """True when Qt is about to start its xcb (X11) platform on Linux."""
    env = os.environ if environ is None else environ
    if not platform.startswith("linux"):
        return False
    chosen = env.get("QT_QPA_PLATFORM", "")
    if chosen:
        return chosen.split(":")[0].split(";")[0] == "xcb"
    return not env.get("WAYLAND_DISPLAY")  # Qt picks wayland itself when a Wayland session is there


def missing_libraries(loads: Callable[[str], bool] = _loads) -> list[str]:
    """The sonames of XCB_LIBRARIES the dynamic loader cannot find."""
    return [soname for soname in XCB_LIBRARIES if not loads(soname)]


def install_advice(missing: list[str]) -> str:
    """A sentence and the two install commands for the missing libraries."""
    debian = sorted({XCB_LIBRARIES[name][0] for name in missing})
    fedora = sorted({XCB_LIBRARIES[name][1] for name in missing})
    return "\n".join((
        tr("convviz: Qt cannot open a window here: the system lacks {libraries}.").format(libraries=", ".join(missing)),
        tr("Install them, then start convviz again:"),
        f"  Debian/Ubuntu:  sudo apt-get install {' '.join(debian)}",
        f"  Fedora:         sudo dnf install {' '.join(fedora)}",
        tr("(Without a desktop, QT_QPA_PLATFORM=offscreen runs convviz's screenshots and tests.)"),
    ))


def check_platform(environ: dict[str, str] | None = None, loads: Callable[[str], bool] = _loads) -> str | None:
    """None when Qt can start; else the message to print before exiting."""
    if not uses_xcb(environ):
        return None
    missing = missing_libraries(loads)
    return install_advice(missing) if missing else None
