"""Create the temporary file an atomic save writes first, with the permissions the finished file should have.

`tempfile.mkstemp` makes its file 0600 (private), and a rename keeps that
mode: every export and session file ended up unreadable to the user's group
whatever their umask said. Here the temporary file is created as any new
file is (0666 minus the umask, applied by the system), or with the mode of
the file it will replace, so saving over a file keeps its permissions. No Qt.
"""

from __future__ import annotations

import os
import secrets
import stat
from pathlib import Path

from convviz.i18n import tr

ATTEMPTS = 100
_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOFOLLOW", 0)


def create_beside(target: str | Path, suffix: str = ".part") -> tuple[int, str]:
    """A new, empty, hidden file in `target`'s folder: (open descriptor, path). OSError if none can be made."""
    target = Path(target)
    folder = target.parent if str(target.parent) else Path(".")
    mode = _mode_to_keep(target)
    for _ in range(ATTEMPTS):
        candidate = folder / f".{target.name}.{secrets.token_hex(4)}{suffix}"
        try:
            handle = os.open(candidate, _FLAGS, 0o666)  # the umask applies, as to any new file
        except FileExistsError:
            continue
        if mode is not None:
            try:
                os.chmod(candidate, mode)
            except OSError:
                pass  # not ours to change there (some network folders): the usual mode is fine
        return handle, str(candidate)
    raise FileExistsError(tr("no free temporary name beside {file} after {tries} tries").format(
        file=target.name, tries=ATTEMPTS))


def _mode_to_keep(target: Path) -> int | None:
    """The permission bits of the regular file `target` replaces (None when there is none)."""
    try:
        info = os.stat(target)
    except OSError:
        return None
    return stat.S_IMODE(info.st_mode) if stat.S_ISREG(info.st_mode) else None
