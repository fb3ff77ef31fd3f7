"""Where the app keeps what it remembers (window geometry, recent files), and the recent-files list.

`app_settings()` returns the QSettings of convviz. Set the environment
variable CONVVIZ_SETTINGS to an .ini path (tests do) to keep everything in
that file and never touch the user's real settings.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings

ORGANISATION = "convviz"
APPLICATION = "convviz"
SETTINGS_ENV = "CONVVIZ_SETTINGS"
MAX_RECENT = 8
RECENT_KEY = "recent_files"


def app_settings() -> QSettings:
    """The app's settings: the .ini file named by $CONVVIZ_SETTINGS, else the user's own."""
    path = os.environ.get(SETTINGS_ENV)
    if path:
        return QSettings(path, QSettings.Format.IniFormat)
    return QSettings(ORGANISATION, APPLICATION)


class RecentFiles:
    """The last pictures opened, newest first, kept in QSettings."""

    def __init__(self, settings: QSettings) -> None:
        self._settings = settings

    def paths(self) -> list[str]:
        value = self._settings.value(RECENT_KEY, [])
        if isinstance(value, str):  # QSettings gives a lone string for one-item lists
            value = [value]
        return [str(p) for p in (value or [])][:MAX_RECENT]

    def add(self, path: str | Path) -> None:
        path = str(Path(path).resolve())
        paths = [path] + [p for p in self.paths() if p != path]
        self._settings.setValue(RECENT_KEY, paths[:MAX_RECENT])

    def remove(self, path: str) -> None:
        self._settings.setValue(RECENT_KEY, [p for p in self.paths() if p != path])

    def clear(self) -> None:
        self._settings.setValue(RECENT_KEY, [])
