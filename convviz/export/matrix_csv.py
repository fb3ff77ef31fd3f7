"""Matrices as CSV that spreadsheets open and `np.loadtxt(path, delimiter=",")` reads back exactly.

A 2-D matrix is one row per line. A 3-D stack (channels or feature maps) is
written as blocks, each preceded by a "# channel k of C" comment line (and a
blank line between blocks); `np.loadtxt` skips both, so the stack reads back
as (C·H, W) and `.reshape(C, H, W)` restores it. Numbers are written with
Python's shortest round-trip form, so nothing is lost.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from convviz.i18n import tr, tr_noop

from .files import as_array, atomic_target


def _cell(value: Any) -> str:
    number = float(value)
    if number.is_integer() and abs(number) < 2**53:
        return str(int(number))
    return repr(number)


def export_matrix_csv(matrix: Any, path: str | Path, *, channel_names: Sequence[str] | None = None) -> Path:
    """Write a 1-D, 2-D or 3-D array as CSV; returns the path written.

    `channel_names` (3-D only) label the blocks, e.g. ("red", "green", "blue").
    """
    array = as_array(matrix, tr_noop("matrix"))
    if array.ndim == 1:
        array = array[None, :]
    if array.ndim not in (2, 3) or array.size == 0:
        raise ValueError(tr("CSV export takes a non-empty 1-D, 2-D or 3-D array (got shape {shape})").format(
                             shape=tuple(array.shape)))
    if channel_names is not None and (array.ndim != 3 or len(channel_names) != array.shape[0]):
        raise ValueError(tr("channel_names needs a 3-D array and one name per channel"))
    with atomic_target(path) as temporary:
        with open(temporary, "w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle, lineterminator="\n")
            if array.ndim == 2:
                writer.writerows([_cell(v) for v in row] for row in array)
            else:
                channels = array.shape[0]
                for k, block in enumerate(array):
                    if k:
                        handle.write("\n")
                    name = f" ({channel_names[k]})" if channel_names is not None else ""
                    handle.write(f"# channel {k + 1} of {channels}{name}: {block.shape[0]} rows x {block.shape[1]} columns\n")
                    writer.writerows([_cell(v) for v in row] for row in block)
    return Path(path)
