"""One pass of a network over the 10,000 test digits, in chunks, for the shared compute worker.

A whole pass takes a second or two on the CPU; as one job it would hold the
worker, and the live explorer, for that long. `TestPass.run_chunk` does one
chunk per job; the caller submits the next chunk when one finishes, so the
explorer's jobs slip in between. Plain Python (no Qt); `run_chunk` runs on the
worker thread only.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from convviz.i18n import tr
from convviz.model.confusion import ConfusionResult, confusion_matrix

CHUNK = 1000


class TestPass:
    """Predicts the test digits chunk by chunk; `result()` is the confusion matrix once `done`."""

    __test__ = False  # not a pytest test class, despite its name

    def __init__(self, make_model: Callable[[], object], name: str = "", *, data=None, chunk: int = CHUNK) -> None:
        if chunk < 1:
            raise ValueError(tr("a chunk holds at least one digit, not {chunk}.").format(chunk=chunk))
        self._make_model = make_model  # called once, on the worker: a LeNet or a UserModel
        self.name = name
        self._data = data  # (images, labels); None: the shipped MNIST test set
        self._chunk = chunk
        self._model = None
        self._start = 0
        self._parts: list[ConfusionResult] = []
        self.done = False

    @property
    def images(self) -> np.ndarray:
        return self._loaded()[0]

    @property
    def labels(self) -> np.ndarray:
        return self._loaded()[1]

    @property
    def fraction(self) -> float:
        total = len(self.labels) if self._data is not None else 10_000
        return min(1.0, self._start / total) if total else 1.0

    def _loaded(self) -> tuple[np.ndarray, np.ndarray]:
        if self._data is None:
            from convviz.state.lenet_run import test_digits

            self._data = test_digits()
        return self._data

    def run_chunk(self) -> "TestPass":
        """Predict the next chunk (worker thread); returns itself so the caller knows which pass finished."""
        images, labels = self._loaded()
        if self._model is None:
            self._model = self._make_model()
        stop = min(len(labels), self._start + self._chunk)
        self._parts.append(confusion_matrix(self._model, images[self._start : stop], labels[self._start : stop]))
        self._start = stop
        self.done = stop >= len(labels)
        return self

    def result(self) -> ConfusionResult:
        """The confusion matrix over every digit predicted so far (all of them once `done`)."""
        if not self._parts:
            return ConfusionResult(np.zeros((10, 10), np.int64), np.zeros(0, np.int64), np.zeros(0, np.int64))
        matrix = sum(part.matrix for part in self._parts)
        predictions = np.concatenate([part.predictions for part in self._parts])
        labels = np.concatenate([part.labels for part in self._parts])
        return ConfusionResult(matrix, predictions, labels)
