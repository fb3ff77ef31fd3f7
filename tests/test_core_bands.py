"""Row bands: how many threads an engine may share a big picture between, per calling thread."""

from __future__ import annotations

import threading

import numpy as np
import pytest

import convviz.core.bands as bands_module
import convviz.core.opencv_engine as opencv_module
from convviz.core import conv2d


@pytest.fixture
def four_threads(monkeypatch):
    monkeypatch.setattr(bands_module, "THREADS", 4)


def test_a_limit_holds_on_its_own_thread_only_and_ends_with_its_block(four_threads):
    seen_elsewhere = []
    assert bands_module.threads() == 4
    with bands_module.at_most_threads(2):
        assert bands_module.threads() == 2
        other = threading.Thread(target=lambda: seen_elsewhere.append(bands_module.threads()))
        other.start()
        other.join()
        with bands_module.at_most_threads(1):
            assert bands_module.threads() == 1
        assert bands_module.threads() == 2
        with bands_module.at_most_threads(9):  # never more than THREADS
            assert bands_module.threads() == 4
    assert bands_module.threads() == 4 and seen_elsewhere == [4]
    with bands_module.at_most_threads(0):  # at least one
        assert bands_module.threads() == 1


def test_a_limit_holds_opencvs_own_pool_too_and_gives_it_back():
    cv2 = pytest.importorskip("cv2")
    before = cv2.getNumThreads()
    cv2.setNumThreads(3)
    try:
        with bands_module.at_most_threads(1):
            assert cv2.getNumThreads() == 1
        assert cv2.getNumThreads() == 3
        with bands_module.at_most_threads(5):  # a limit above the pool's size leaves it as it is
            assert cv2.getNumThreads() == 3
    finally:
        cv2.setNumThreads(before)


def test_the_opencv_engine_keeps_to_the_limit_with_the_same_numbers(monkeypatch, four_threads):
    pytest.importorskip("cv2")
    monkeypatch.setattr(opencv_module, "PARALLEL_MIN_WORK", 1)
    monkeypatch.setattr(opencv_module, "DIRECT_MAX_CELLS", 0)
    splits = []
    run_bands = opencv_module.run_bands
    monkeypatch.setattr(opencv_module, "run_bands", lambda job, split: splits.append(len(split)) or run_bands(job, split))
    image = np.random.default_rng(3).normal(size=(64, 80)).astype(np.float32)
    kernel = np.random.default_rng(4).normal(size=(3, 3)).astype(np.float32)
    everywhere = conv2d(image, kernel, padding=1, engine="opencv")
    with bands_module.at_most_threads(1):
        limited = conv2d(image, kernel, padding=1, engine="opencv")
    assert splits == [4, 1]
    np.testing.assert_array_equal(limited, everywhere)


def test_big_activation_maps_keep_to_the_limit_with_the_same_numbers(monkeypatch, four_threads):
    import convviz.core.activations as activations_module
    from convviz.core import activation

    splits = []
    run_bands = activations_module.run_bands
    monkeypatch.setattr(activations_module, "run_bands", lambda job, split: splits.append(len(split)) or run_bands(job, split))
    side = int(np.sqrt(activations_module.PARALLEL_MIN_CELLS)) + 1
    x = np.random.default_rng(5).normal(size=(side, side)).astype(np.float32)
    everywhere = activation(x, "tanh")
    with bands_module.at_most_threads(1):
        limited = activation(x, "tanh")
    assert splits == [4, 1]
    np.testing.assert_array_equal(limited, everywhere)
