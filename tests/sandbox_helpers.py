"""What the hostile-model tests check after every refusal: no sandbox left running, nothing written."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest


def sandbox_processes() -> list[str]:
    """'pid state' of every child of this process that is a sandbox or a zombie (not reaped)."""
    if not sys.platform.startswith("linux"):
        pytest.skip("listing child processes reads /proc (Linux)")
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            command = (entry / "cmdline").read_bytes()
        except OSError:
            continue  # it ended while we looked
        state, parent = fields[0], int(fields[1])
        if parent == os.getpid() and (b"convviz.model.sandbox_worker" in command or state == "Z"):
            found.append(f"{entry.name} {state}")
    return found


def folder_listing(folder: Path) -> dict[str, object]:
    """Every file under `folder` with its content (size and time for big ones): compare before and after."""
    listing: dict[str, object] = {}
    for path in sorted(folder.rglob("*")):
        info = path.lstat()
        small = path.is_file() and info.st_size <= 16 * 1024 * 1024
        listing[str(path.relative_to(folder))] = path.read_bytes() if small else (info.st_mode, info.st_size, info.st_mtime_ns)
    return listing
