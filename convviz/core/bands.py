"""Row bands on worker threads: how the engines share a big picture between CPU cores.

numpy and OpenCV release the GIL inside each operation, so plain Python
threads working on disjoint row bands of the output run in parallel.
"""

from __future__ import annotations

import os
import threading
from typing import Callable

# Threads for big pictures (the engines read this at call time, so tests can change it).
THREADS = max(1, min(4, os.cpu_count() or 1))

_EXECUTOR = None
_EXECUTOR_LOCK = threading.Lock()


def split_rows(rows: int, threads: int) -> list[tuple[int, int]]:
    """`rows` split into at most `threads` contiguous, non-empty (start, stop) bands."""
    threads = max(1, min(threads, rows))
    edges = [rows * k // threads for k in range(threads + 1)]
    return [(edges[k], edges[k + 1]) for k in range(threads) if edges[k + 1] > edges[k]]


def run_bands(job: Callable[[int, int], None], bands: list[tuple[int, int]]) -> None:
    """job(start, stop) for every band: inline for one band, else on the shared threads."""
    if len(bands) == 1:
        job(*bands[0])
        return
    futures = [_pool().submit(job, start, stop) for start, stop in bands]
    for future in futures:
        future.result()


def _pool():
    """The shared worker threads, started on first use."""
    global _EXECUTOR
    with _EXECUTOR_LOCK:
        if _EXECUTOR is None:
            from concurrent.futures import ThreadPoolExecutor

            _EXECUTOR = ThreadPoolExecutor(max_workers=max(THREADS, 4), thread_name_prefix="convviz-bands")
        return _EXECUTOR
