"""Row bands on worker threads: how the engines share a big picture between CPU cores.

numpy and OpenCV release the GIL inside each operation, so plain Python
threads working on disjoint row bands of the output run in parallel.
"""

from __future__ import annotations

import os
import sys
import threading
from contextlib import contextmanager
from typing import Callable, Iterator

# Threads for big pictures (the engines read this at call time, so tests can change it).
THREADS = max(1, min(4, os.cpu_count() or 1))

_EXECUTOR = None
_EXECUTOR_LOCK = threading.Lock()
_LIMIT = threading.local()  # .threads: the most threads the calling thread's engines may use (see at_most_threads)


def threads() -> int:
    """How many threads the calling thread's engines share a big picture between: THREADS, or fewer inside
    `at_most_threads`."""
    return max(1, min(THREADS, getattr(_LIMIT, "threads", THREADS)))


@contextmanager
def at_most_threads(count: int) -> Iterator[None]:
    """Within: the engines called from this thread split big pictures between at most `count` threads (≥ 1),
    and OpenCV's own thread pool, when OpenCV is loaded, has at most `count` threads too.

    The app's worker uses it to leave a core to the GUI thread while requests keep coming. Other threads'
    bands are not limited; OpenCV's pool is the process's (in the app only the worker runs OpenCV's
    parallel filters). Without the pool's limit each band's filter2D call put a second thread to work, on
    the core the limit leaves free (a 4096² burst's longest stalls 12-15 ms instead of 11-12).
    """
    count = max(1, count)
    before = getattr(_LIMIT, "threads", None)
    opencv = sys.modules.get("cv2")
    opencv_before = opencv.getNumThreads() if opencv is not None else 0
    _LIMIT.threads = count
    if count < opencv_before:
        opencv.setNumThreads(count)
    try:
        yield
    finally:
        if before is None:
            del _LIMIT.threads
        else:
            _LIMIT.threads = before
        if count < opencv_before:
            opencv.setNumThreads(opencv_before)


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
