"""One training run as the app's panel follows it: throttled updates of copies of numbers, pause and stop.

`train_with_updates` wraps `convviz.model.train.train_lenet` for a watcher
(the training panel, through `convviz.model.train_process`): its per-batch
callback becomes a `TrainingUpdate` at most every `PROGRESS_S` (progress and
curves), with conv1's filters and the prediction for the person's picture at
most every `SNAPSHOT_S`, and always at the end of an epoch (with the test loss
and accuracy). A `RunControl` says when to stop, holds the run while it is
paused and hands over the person's newest picture. Qt-free: it runs in the
training process, where nothing else competes with it for the interpreter.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, replace
from typing import Protocol

import numpy as np

PROGRESS_S = 0.2  # progress bar and curves: at most 5 updates a second (a repaint of the curves is ~10 ms)
SNAPSHOT_S = 0.25  # filters and the picture's prediction: at most 4 a second
EVAL_BATCH = 2000


def training_threads() -> int:
    """CPU threads torch may use for training: all cores but one (at least one), so the window keeps one."""
    return max(1, (os.cpu_count() or 2) - 1)


@dataclass(frozen=True)
class TrainingUpdate:
    """What the panel shows after some batches (copies of numbers, never the model)."""

    epoch: int
    epochs: int
    steps_done: int  # batches since the start, over all epochs
    total_steps: int
    epoch_position: float  # epochs done as a fraction: 2.5 = halfway through epoch 3
    loss: float  # mean training loss over the batches since the previous update
    train_acc: float  # training accuracy over those batches (augmented digits)
    test_loss: float | None  # at an epoch's end: loss over the test digits
    test_acc: float | None  # at an epoch's end: accuracy over the test digits
    epoch_loss: float  # mean training loss over this epoch so far
    epoch_train_acc: float
    running_s: float  # training time so far, pauses left out
    seconds_left: float | None
    filters: object | None = None  # conv1's kernels (6, 5, 5) float32 when due
    probe_probabilities: object | None = None  # (10,) for the person's picture when due
    probe_logits: object | None = None

    @property
    def fraction(self) -> float:
        return self.steps_done / self.total_steps if self.total_steps else 0.0

    @property
    def epoch_done(self) -> bool:
        return self.test_acc is not None


class RunControl(Protocol):
    """What the run asks its owner between batches."""

    def should_stop(self) -> bool: ...

    def hold_while_paused(self, steps_done: int) -> float:
        """Block while the run is paused; the seconds it was held (0 when not paused)."""

    def probe(self) -> np.ndarray | None:
        """The person's newest (28, 28) picture in [0, 1], or None."""


def evaluate(model, images, labels) -> tuple[float, float]:
    """(mean cross-entropy, accuracy) of `model` on pictures and labels, in eval mode, in batches."""
    import torch
    import torch.nn.functional as F

    from convviz.model.inference import images_to_tensor

    was_training = model.training
    model.eval()
    device = next(model.parameters()).device
    loss_sum, correct = 0.0, 0
    try:
        with torch.inference_mode():
            for start in range(0, len(labels), EVAL_BATCH):
                batch = images_to_tensor(images[start : start + EVAL_BATCH], device)
                target = torch.from_numpy(np.asarray(labels[start : start + EVAL_BATCH], dtype=np.int64)).to(device)
                logits = model(batch)
                loss_sum += float(F.cross_entropy(logits, target, reduction="sum"))
                correct += int((logits.argmax(1) == target).sum())
    finally:
        model.train(was_training)
    count = max(1, len(labels))
    return loss_sum / count, correct / count


def probe_prediction(model, picture) -> tuple[np.ndarray | None, np.ndarray | None]:
    """Softmax and logits of the in-training model for the person's picture (None without one)."""
    import torch

    if picture is None:
        return None, None
    from convviz.model.inference import images_to_tensor

    was_training = model.training
    model.eval()
    try:
        with torch.inference_mode():
            logits = model(images_to_tensor(picture, next(model.parameters()).device))[0]
    finally:
        model.train(was_training)
    return torch.softmax(logits, 0).cpu().numpy(), logits.cpu().numpy()


def train_with_updates(config, data, emit, control: RunControl):
    """Train as `config` says on `data` (or the shipped digits), calling `emit(TrainingUpdate)`; the TrainResult."""
    from convviz.model.mnist import load_mnist
    from convviz.model.train import initial_model, train_lenet

    if data is None:
        data = (*load_mnist("train10k"), *load_mnist("test"))
    train_images, train_labels, test_images, test_labels = (np.asarray(part) for part in data)
    train_count = len(train_images) if config.train_limit is None else min(config.train_limit, len(train_images))
    steps_per_epoch = -(-train_count // config.batch_size)
    total_steps = config.epochs * steps_per_epoch
    model = initial_model(config)
    tracker = Tracker(config.batch_size, train_count)
    clock = Clock()
    last = {"progress": -1.0, "snapshot": -1.0}
    test_results: dict[int, tuple[float, float]] = {}

    def on_progress(progress) -> None:
        now = time.perf_counter()
        clock.tick(now)
        epoch_done = progress.epoch_done
        test_loss = test_acc = None
        if epoch_done:
            test_loss, test_acc = evaluate(model, test_images, test_labels)
            test_results[progress.epoch] = (test_loss, test_acc)
        first = last["snapshot"] < 0
        snapshot_due = first or epoch_done or now - last["snapshot"] >= SNAPSHOT_S
        steps_done = (progress.epoch - 1) * progress.steps_per_epoch + progress.step
        if epoch_done or snapshot_due or now - last["progress"] >= PROGRESS_S:
            loss, accuracy = tracker.recent(progress)
            running = clock.running(now)
            left = running / steps_done * (total_steps - steps_done) if steps_done else None
            filters = probabilities = logits = None
            if snapshot_due:
                filters = model.conv1.weight.detach().cpu().numpy()[:, 0].copy()
                probabilities, logits = probe_prediction(model, control.probe())
                last["snapshot"] = now
            emit(TrainingUpdate(
                epoch=progress.epoch, epochs=progress.epochs, steps_done=steps_done, total_steps=total_steps,
                epoch_position=(progress.epoch - 1) + progress.step / progress.steps_per_epoch,
                loss=loss, train_acc=accuracy, test_loss=test_loss, test_acc=test_acc,
                epoch_loss=progress.loss, epoch_train_acc=progress.train_acc,
                running_s=running, seconds_left=left, filters=filters,
                probe_probabilities=probabilities, probe_logits=logits,
            ))  # fmt: skip
            last["progress"] = now
        clock.add_pause(control.hold_while_paused(steps_done))

    result = train_lenet(
        replace(config, evaluate_each_epoch=False),
        on_progress=on_progress,
        should_stop=control.should_stop,
        model=model,
        data=(train_images, train_labels, test_images, test_labels),
    )
    result.config = config
    result.history = [
        replace(p, test_acc=test_results[p.epoch][1]) if p.epoch in test_results else p for p in result.history
    ]
    result.elapsed_s = clock.running(time.perf_counter())  # pauses are not training time
    return result


class Clock:
    """Training time without the pauses, from the first batch on."""

    def __init__(self) -> None:
        self._started: float | None = None
        self._paused = 0.0

    def tick(self, now: float) -> None:
        if self._started is None:
            self._started = now

    def add_pause(self, seconds: float) -> None:
        self._paused += seconds

    def running(self, now: float) -> float:
        return 0.0 if self._started is None else max(0.0, now - self._started - self._paused)


class Tracker:
    """Mean loss and accuracy over the batches since the previous report, from the epoch's running means."""

    def __init__(self, batch_size: int, train_count: int) -> None:
        self._batch = batch_size
        self._count = train_count
        self._epoch = 0
        self._seen = 0
        self._loss_sum = 0.0
        self._correct = 0.0

    def recent(self, progress) -> tuple[float, float]:
        seen = min(progress.step * self._batch, self._count)
        loss_sum, correct = progress.loss * seen, progress.train_acc * seen
        if progress.epoch != self._epoch:
            self._epoch, self._seen, self._loss_sum, self._correct = progress.epoch, 0, 0.0, 0.0
        new = seen - self._seen
        if new <= 0:
            return progress.loss, progress.train_acc
        loss = (loss_sum - self._loss_sum) / new
        accuracy = (correct - self._correct) / new
        self._seen, self._loss_sum, self._correct = seen, loss_sum, correct
        return loss, min(1.0, max(0.0, accuracy))
