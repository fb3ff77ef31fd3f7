"""Which digits does the model mistake for which: a confusion matrix over a test set.

Rows are the true classes, columns the predicted ones. The result keeps every
prediction so the app can list the test digits behind any cell.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import torch

from convviz.i18n import tr
from convviz.model.discover import device_of, module_of, picture_batch


@dataclass(frozen=True, eq=False)
class ConfusionResult:
    """matrix[true, predicted] counts, with the per-picture predictions and labels behind them."""

    matrix: np.ndarray  # (classes, classes) int64
    predictions: np.ndarray  # (N,) int64
    labels: np.ndarray  # (N,) int64

    @property
    def total(self) -> int:
        return int(self.matrix.sum())

    @property
    def accuracy(self) -> float:
        """Share of pictures on the diagonal (0 for an empty set)."""
        return float(np.trace(self.matrix) / self.total) if self.total else 0.0

    def indices(self, true: int, predicted: int) -> np.ndarray:
        """Positions (into the images given) of the pictures of class `true` predicted as `predicted`."""
        classes = self.matrix.shape[0]
        for name, value in (("true", true), ("predicted", predicted)):
            if not 0 <= int(value) < classes:
                raise ValueError(tr("the {name} class must be between 0 and {last}, got {value}.").format(
                    name=name, last=classes - 1, value=value))
        return np.flatnonzero((self.labels == true) & (self.predictions == predicted))


def confusion_matrix(
    model, images, labels, batch_size: int = 1000, classes: int = 10
) -> ConfusionResult:
    """Predict every picture in batches and count (true, predicted) pairs.

    `images`: (N, 28, 28) uint8 or float in [0, 1]; `labels`: (N,) class numbers.
    """
    if batch_size < 1:
        raise ValueError(tr("the batch size must be at least 1, got {batch_size}.").format(batch_size=batch_size))
    labels = np.asarray(labels)
    if labels.ndim != 1 or not np.issubdtype(labels.dtype, np.integer):
        raise ValueError(tr("labels must be a flat list of whole class numbers."))
    if len(labels) != len(images):
        raise ValueError(tr("there are {images} pictures but {labels} labels; they must match.").format(
            images=len(images), labels=len(labels)))
    if len(labels) and (labels.min() < 0 or labels.max() >= classes):
        raise ValueError(tr("labels must be between 0 and {last}.").format(last=classes - 1))
    module = module_of(model)
    device = device_of(module)
    predictions = np.empty(len(labels), dtype=np.int64)
    with torch.no_grad():
        for start in range(0, len(labels), batch_size):
            batch = picture_batch(images[start : start + batch_size], device)
            logits = module(batch)
            if logits.dim() != 2 or logits.shape[1] != classes:
                raise ValueError(tr("the model must return {classes} class scores per picture.").format(classes=classes))
            predictions[start : start + len(batch)] = logits.argmax(dim=1).cpu().numpy()
    labels = labels.astype(np.int64)
    matrix = np.bincount(labels * classes + predictions, minlength=classes * classes)
    return ConfusionResult(matrix.reshape(classes, classes), predictions, labels)
