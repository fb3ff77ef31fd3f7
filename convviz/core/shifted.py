"""The shifted-slice engine: a convolution as a sum of shifted copies of the picture.

Output = Σ w[c, i, j] · padded[c, i·dy + r, j·dx + q]: one in-place numpy
operation per non-zero weight over a whole block of rows, instead of one
small dot product per output cell. Blocks are sized to stay in the CPU cache;
weights that share a size are summed first and multiplied once; large
pictures are split into row bands computed on parallel threads (numpy
releases the GIL inside each operation). For one channel and a small kernel
this is several times faster than `F.conv2d` on a CPU (benchmarks/bench_conv.py).
"""

from __future__ import annotations

from typing import Any

import numpy as np

from . import bands as _bands_module
from .bands import run_bands, split_rows

# Output cells per row block (with its buffers this stays in L2/L3 cache).
_BLOCK_CELLS = 1 << 16
# The least work (output cells × terms) worth splitting between threads.
PARALLEL_MIN_WORK = 1 << 24


def _terms(kernel: np.ndarray, dtype: np.dtype) -> list[tuple[int, int, int, Any]]:
    """(channel, row, col, weight) of every non-zero weight, weights in the compute dtype."""
    return [
        (c, i, j, dtype.type(kernel[c, i, j]))
        for c in range(kernel.shape[0])
        for i in range(kernel.shape[1])
        for j in range(kernel.shape[2])
        if kernel[c, i, j] != 0
    ]


Member = tuple[int, int, int, bool]  # (channel, row, col, negative)


def _groups(terms: list[tuple[int, int, int, Any]]) -> list[tuple[Any, list[Member]]]:
    """Terms grouped by |weight|: (multiplier, [(c, i, j, negative), ...]), a ±1 group first.

    Summing the shifted copies that share a weight and multiplying once saves
    passes over the picture: Sobel needs 6 instead of 8, a box blur 10 instead
    of 18. The first member of a group is never negative.
    """
    by_size: dict[Any, list[Member]] = {}
    for c, i, j, w in terms:
        by_size.setdefault(abs(w), []).append((c, i, j, bool(w < 0)))
    groups = []
    for size, members in by_size.items():
        if all(negative for *_, negative in members):
            size = -size
            members = [(c, i, j, False) for c, i, j, _ in members]
        members.sort(key=lambda member: member[3])  # positive sources first
        groups.append((size, members))
    groups.sort(key=lambda group: abs(group[0]) != 1)
    return groups


def _apply_groups(acc: np.ndarray, tmp: np.ndarray, groups, source) -> None:
    """acc = Σ multiplier · (source₀ ± source₁ ± …) over the groups, every step in place."""
    for number, (multiplier, members) in enumerate(groups):
        if number == 0:
            _sum_scaled(acc, members, multiplier, source)
        elif multiplier == 1 or multiplier == -1:
            for c, i, j, negative in members:
                subtract = negative != (multiplier == -1)
                (np.subtract if subtract else np.add)(acc, source(c, i, j), out=acc)
        else:
            _sum_scaled(tmp, members, multiplier, source)
            np.add(acc, tmp, out=acc)


def _sum_scaled(target: np.ndarray, members: list[Member], multiplier, source) -> None:
    """target = multiplier · (source₀ ± source₁ ± …)."""
    c, i, j, _ = members[0]
    if len(members) == 1:
        if multiplier == 1:
            np.copyto(target, source(c, i, j))
        else:
            np.multiply(source(c, i, j), multiplier, out=target)
        return
    c2, i2, j2, negative2 = members[1]
    (np.subtract if negative2 else np.add)(source(c, i, j), source(c2, i2, j2), out=target)
    for c, i, j, negative in members[2:]:
        (np.subtract if negative else np.add)(target, source(c, i, j), out=target)
    if multiplier != 1:
        np.multiply(target, multiplier, out=target)


def shifted_sum(
    padded: np.ndarray,
    kernel: np.ndarray,
    stride: tuple[int, int],
    dilation: tuple[int, int],
    bias: float = 0.0,
    *,
    out: np.ndarray | None = None,
) -> np.ndarray:
    """Σ_c,i,j kernel[c,i,j] · padded[c, i·dy + sy·r, j·dx + sx·q] + bias, in cache-sized row blocks.

    padded (C, Hp, Wp), kernel (C, kh, kw) → (Ho, Wo); any stride. Zero
    weights are skipped.
    """
    (sy, sx), (dy, dx) = stride, dilation
    kh, kw = kernel.shape[-2:]
    ho = (padded.shape[1] - dy * (kh - 1) - 1) // sy + 1
    wo = (padded.shape[2] - dx * (kw - 1) - 1) // sx + 1
    dtype = padded.dtype
    if out is None:
        out = np.empty((ho, wo), dtype=dtype)
    terms = _terms(kernel, dtype)
    bias = dtype.type(bias)
    if not terms:
        out.fill(bias)
        return out
    groups = _groups(terms)
    rows_per_block = max(1, _BLOCK_CELLS // max(wo, 1))
    scratch = np.empty((min(rows_per_block, ho), wo), dtype=dtype)
    col_stop = (wo - 1) * sx + 1
    for r0 in range(0, ho, rows_per_block):
        r1 = min(ho, r0 + rows_per_block)
        y0, row_stop = r0 * sy, (r1 - r0 - 1) * sy + 1

        def window(c: int, i: int, j: int, y0: int = y0, row_stop: int = row_stop) -> np.ndarray:
            return padded[c, y0 + i * dy : y0 + i * dy + row_stop : sy, j * dx : j * dx + col_stop : sx]

        block = out[r0:r1]
        _apply_groups(block, scratch[: r1 - r0], groups, window)
        if bias != 0:
            np.add(block, bias, out=block)
    return out


def flat_shifted_sum(
    image3: np.ndarray,
    padded: np.ndarray | None,
    kernel: np.ndarray,
    pads: tuple[int, int, int, int],
    dilation: tuple[int, int],
    bias: float,
    out: np.ndarray,
) -> None:
    """Stride-1 shifted sum on flattened rows: every term is one contiguous 1-D operation.

    Over a block of output rows, output cell (r, c) sits at r·Wp + c of the
    flattened padded rows, and kernel weight (i, j) reads the same run shifted
    by i·dy·Wp + j·dx; the kw−1 extra cells per row are computed and dropped.
    Zero padding is written block by block into a small buffer that stays in
    the CPU cache (no padded copy of the whole picture); other modes read
    `padded`. Big pictures are split into row bands run on parallel threads
    (numpy releases the GIL inside each operation).
    """
    ho, wo = out.shape
    terms = _terms(kernel, image3.dtype)
    bias = image3.dtype.type(bias)
    if not terms:
        out.fill(bias)
        return
    groups = _groups(terms)
    separable = _separable_groups(kernel, image3.dtype, groups)
    setting = (pads, dilation, kernel.shape[-2], groups, separable, bias)
    threads = _bands_module.threads() if ho * wo * len(terms) >= PARALLEL_MIN_WORK else 1
    run_bands(lambda r0, r1: _flat_band(image3, padded, setting, out, r0, r1), split_rows(ho, threads))


def _separable_groups(kernel: np.ndarray, dtype: np.dtype, whole: list):
    """(row-pass groups, column-pass groups) when a 1-channel kernel is an outer product u·vᵀ.

    Sobel, Prewitt, box and Gaussian blurs are: a horizontal pass with v then
    a vertical pass with u needs fewer operations than the kh·kw terms.
    None when the kernel is not rank one or splitting saves no pass over
    the block (`whole` are the groups of the unsplit kernel).
    """
    if kernel.shape[0] != 1 or min(kernel.shape[1:]) < 2:
        return None
    grid = kernel[0].astype(np.float64)
    pivot = np.unravel_index(int(np.argmax(np.abs(grid))), grid.shape)
    column = grid[:, pivot[1]] / grid[pivot]
    row = grid[pivot[0], :]
    if not np.allclose(np.outer(column, row), grid, rtol=1e-6, atol=1e-7 * float(np.abs(grid).max())):
        return None
    best = None
    for scale in sorted({abs(float(value)) for value in row if value != 0}):
        # Moving a factor from the row to the column can turn weights into ±1 (plain adds).
        rows = _groups(_terms((row / scale).astype(dtype)[None, None, :], dtype))
        columns = _groups(_terms((column * scale).astype(dtype)[None, :, None], dtype))
        cost = _operations(rows) + _operations(columns)
        if best is None or cost < best[0]:
            best = (cost, rows, columns)
    if best is None or best[0] >= _operations(whole):
        return None
    return best[1], best[2]


def _operations(groups) -> int:
    """How many passes over the block `_apply_groups` makes for these groups."""
    count = 0
    for number, (multiplier, members) in enumerate(groups):
        unit = multiplier in (1, -1)
        if number > 0 and unit:
            count += len(members)
            continue
        count += 1 if len(members) == 1 else len(members) - 1 + (multiplier != 1)
        count += number > 0  # the add into the accumulator
    return count


def _flat_band(image3, padded, setting, out: np.ndarray, band_start: int, band_stop: int) -> None:
    """Output rows band_start … band_stop−1 of `flat_shifted_sum`, in cache-sized blocks."""
    pads, (dy, dx), kh, groups, separable, bias = setting
    dtype = image3.dtype
    channels, height, width = image3.shape
    top, _, left, right = pads
    wo = out.shape[1]
    wp = width + left + right
    halo = dy * (kh - 1)
    source = padded
    if source is None and not any(pads):
        source = image3
    rows_per_block = max(1, min(band_stop - band_start, _BLOCK_CELLS // wp))
    scratch = np.empty(rows_per_block * wp, dtype=dtype)
    tmp = np.empty((rows_per_block + halo) * wp, dtype=dtype)
    middle = None if separable is None else np.empty((rows_per_block + halo) * wp, dtype=dtype)
    buffer = None if source is not None else np.zeros((channels, rows_per_block + halo, wp), dtype=dtype)
    for r0 in range(band_start, band_stop, rows_per_block):
        rows = min(band_stop, r0 + rows_per_block) - r0
        needed = rows + halo
        if buffer is not None:
            # Buffer row k is padded row r0 + k, i.e. image row r0 + k − top when that exists.
            s0, s1 = max(r0 - top, 0), min(r0 + needed - top, height)
            d0, d1 = s0 + top - r0, s1 + top - r0
            buffer[:, :d0] = 0
            buffer[:, max(d1, d0) : needed] = 0
            if s1 > s0:
                buffer[:, d0:d1, left : left + width] = image3[:, s0:s1]
            block = buffer
        else:
            block = source[:, r0 : r0 + needed]
        length = (rows - 1) * wp + wo
        flat = [block[c, :needed].reshape(-1) for c in range(channels)]
        acc = scratch[:length]
        if separable is None:

            def run(c: int, i: int, j: int, flat=flat, length=length) -> np.ndarray:
                offset = i * dy * wp + j * dx
                return flat[c][offset : offset + length]

            _apply_groups(acc, tmp[:length], groups, run)
        else:
            # Row pass over all `needed` rows, then the column pass reads it shifted by whole rows.
            wide = (needed - 1) * wp + wo
            row_pass = middle[:wide]

            def along_row(c: int, i: int, j: int, flat=flat[0], wide=wide) -> np.ndarray:
                return flat[j * dx : j * dx + wide]

            def along_column(c: int, i: int, j: int, row_pass=row_pass, length=length) -> np.ndarray:
                return row_pass[i * dy * wp : i * dy * wp + length]

            _apply_groups(row_pass, tmp[:wide], separable[0], along_row)
            _apply_groups(acc, tmp[:length], separable[1], along_column)
        if bias != 0:
            np.add(acc, bias, out=acc)
        out[r0 : r0 + rows] = scratch[: rows * wp].reshape(rows, wp)[:, :wo]
