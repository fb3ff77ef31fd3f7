"""Train LeNet in its own thread and report to the GUI through Qt signals, a few times a second.

Training takes minutes, so it does not use the shared `ComputeWorker` (the
live views would wait behind it). `TrainingRunner` runs
`convviz.model.train.train_lenet` on a `threading.Thread` and turns its
per-batch callback into `updated(TrainingUpdate)` signals, queued to the GUI
thread and throttled: progress at most every `PROGRESS_S`, conv1's filters and
the prediction for the person's picture at most every `SNAPSHOT_S`, and always
at the end of an epoch (with the test loss and accuracy). The widgets never
see the model; they get copies of numbers.

- pause: the training thread blocks inside the callback on an Event;
- stop: `should_stop` is asked between batches; the weights so far are kept;
- the thread uses one CPU core fewer than the machine has, so the GUI thread
  (and the compute worker) keep one for themselves, and runs at a lower OS
  priority (Linux), so the GUI wins when they compete for a core.
"""

from __future__ import annotations

import os
import sys
import threading
import time
import traceback
from dataclasses import dataclass, replace

from PySide6.QtCore import QObject, Signal

PROGRESS_S = 0.2  # progress bar and curves: at most 5 updates a second (a repaint of the curves is ~10 ms)
SNAPSHOT_S = 0.25  # filters and the picture's prediction: at most 4 a second
EVAL_BATCH = 2000


BACKGROUND_NICE = 10  # the training thread yields the CPU to the GUI when they compete (Linux, per thread)
_warmed = threading.Event()


def warm_up_optimizer() -> None:
    """Import torch's optimizer machinery (torch._dynamo, ~3 s) in the background, once.

    The first optimizer a process builds imports it, and that import holds the
    interpreter for a few hundred milliseconds at a time: done when the panel
    opens, it is over before the person presses Start, instead of freezing the
    first seconds of the run.
    """
    if _warmed.is_set():
        return
    _warmed.set()

    def warm() -> None:
        import torch

        torch.optim.AdamW([torch.zeros(1, requires_grad=True)])

    threading.Thread(target=warm, name="convviz-optimizer-import", daemon=True).start()


def _lower_priority() -> None:
    """Make the calling thread nicer to the others (Linux: per-thread priority); elsewhere nothing happens."""
    if not sys.platform.startswith("linux"):  # elsewhere a thread id is not a valid target for setpriority
        return
    try:
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), BACKGROUND_NICE)
    except OSError:
        pass


def training_threads() -> int:
    """CPU threads torch may use for training: all cores but one (at least one)."""
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


def evaluate(model, images, labels) -> tuple[float, float]:
    """(mean cross-entropy, accuracy) of `model` on pictures and labels, in eval mode, in batches."""
    import numpy as np
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


class TrainingRunner(QObject):
    """One training run at a time in a background thread; signals arrive on the GUI thread."""

    started = Signal()
    updated = Signal(object)  # TrainingUpdate
    paused_changed = Signal(bool)
    finished = Signal(object)  # convviz.model.train.TrainResult (history with test accuracy per epoch)
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread: threading.Thread | None = None
        self._active = threading.Event()  # set from start until just before finished/failed is emitted
        self._stop = threading.Event()
        self._resume = threading.Event()
        self._resume.set()
        self._probe_lock = threading.Lock()
        self._probe = None  # (28, 28) float32 picture, or None
        self._probe_version = 0

    # ------------------------------------------------------------------ control (GUI thread)
    def start(self, config, data=None) -> None:
        """Train with `config` (a TrainConfig); `data` = (train images, labels, test images, labels) or the shipped digits."""
        if self.is_running():
            raise ValueError("a training run is already going; stop it first.")
        config.check()
        self._stop.clear()
        self._resume.set()
        self._active.set()
        self._thread = threading.Thread(
            target=self._run, args=(config, data), name="convviz-training", daemon=True
        )
        self._thread.start()
        self.started.emit()

    def pause(self) -> None:
        if self.is_running() and self._resume.is_set():
            self._resume.clear()
            self.paused_changed.emit(True)

    def resume(self) -> None:
        if not self._resume.is_set():
            self._resume.set()
            self.paused_changed.emit(False)

    def stop(self) -> None:
        """Stop after the current batch (a paused run stops at once); the weights so far are kept."""
        self._stop.set()
        self.resume()

    def is_running(self) -> bool:
        """From `start` until the run's `finished` or `failed` signal."""
        return self._active.is_set()

    def is_paused(self) -> bool:
        return self.is_running() and not self._resume.is_set()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the thread ends (closing the app, tests); True if it has ended."""
        if self._thread is not None:
            self._thread.join(timeout)
        return self._thread is None or not self._thread.is_alive()

    def set_probe(self, picture) -> None:
        """The picture whose prediction is followed while training ((28, 28) in [0, 1], or None)."""
        with self._probe_lock:
            self._probe = None if picture is None else picture.copy()
            self._probe_version += 1

    # ------------------------------------------------------------------ training thread
    def _run(self, config, data) -> None:
        _lower_priority()
        try:
            import torch

            previous_threads = torch.get_num_threads()
            threads = min(previous_threads, training_threads())
            torch.set_num_threads(threads)
            try:
                result = self._train(config, data)
                result.threads = threads  # for the model card
            finally:
                torch.set_num_threads(previous_threads)
        except ValueError as error:
            self._active.clear()
            self._emit(self.failed, str(error))
            return
        except Exception as error:  # noqa: BLE001 - a failed run is a message, not a crash
            traceback.print_exc()
            self._active.clear()
            self._emit(self.failed, f"Training failed: {error or type(error).__name__}")
            return
        self._active.clear()
        self._emit(self.finished, result)

    def _train(self, config, data):
        import numpy as np
        import torch

        from convviz.model.lenet import LeNet
        from convviz.model.mnist import load_mnist
        from convviz.model.train import train_lenet

        if data is None:
            data = (*load_mnist("train10k"), *load_mnist("test"))
        train_images, train_labels, test_images, test_labels = data
        train_count = len(train_images) if config.train_limit is None else min(config.train_limit, len(train_images))
        steps_per_epoch = -(-train_count // config.batch_size)
        total_steps = config.epochs * steps_per_epoch
        torch.manual_seed(config.seed)  # the same first weights as `convviz-train` with this seed
        model = LeNet(dropout=config.dropout)
        tracker = _Tracker(config.batch_size, train_count)
        clock = _Clock()
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
            if epoch_done or snapshot_due or now - last["progress"] >= PROGRESS_S:
                loss, accuracy = tracker.recent(progress)
                steps_done = (progress.epoch - 1) * progress.steps_per_epoch + progress.step
                running = clock.running(now)
                left = running / steps_done * (total_steps - steps_done) if steps_done else None
                filters = probabilities = logits = None
                if snapshot_due:
                    filters = model.conv1.weight.detach().cpu().numpy()[:, 0].copy()
                    probabilities, logits = self._probe_prediction(model)
                    last["snapshot"] = now
                update = TrainingUpdate(
                    epoch=progress.epoch,
                    epochs=progress.epochs,
                    steps_done=steps_done,
                    total_steps=total_steps,
                    epoch_position=(progress.epoch - 1) + progress.step / progress.steps_per_epoch,
                    loss=loss,
                    train_acc=accuracy,
                    test_loss=test_loss,
                    test_acc=test_acc,
                    epoch_loss=progress.loss,
                    epoch_train_acc=progress.train_acc,
                    running_s=running,
                    seconds_left=left,
                    filters=filters,
                    probe_probabilities=probabilities,
                    probe_logits=logits,
                )
                last["progress"] = now
                self._emit(self.updated, update)
            self._wait_while_paused(clock)

        result = train_lenet(
            replace(config, evaluate_each_epoch=False),
            on_progress=on_progress,
            should_stop=self._stop.is_set,
            model=model,
            data=(np.asarray(train_images), np.asarray(train_labels), np.asarray(test_images), np.asarray(test_labels)),
        )
        result.config = config
        result.history = [
            replace(p, test_acc=test_results[p.epoch][1]) if p.epoch in test_results else p for p in result.history
        ]
        result.elapsed_s = clock.running(time.perf_counter())  # pauses are not training time
        return result

    def _probe_prediction(self, model):
        """Softmax and logits of the in-training model for the person's picture (None without one)."""
        import torch

        with self._probe_lock:
            picture = self._probe
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

    def _wait_while_paused(self, clock: "_Clock") -> None:
        if self._resume.is_set():
            return
        paused_at = time.perf_counter()
        while not self._resume.wait(0.05):
            if self._stop.is_set():
                break
        clock.add_pause(time.perf_counter() - paused_at)

    def _emit(self, signal, value) -> None:
        try:
            signal.emit(value)
        except RuntimeError:  # the runner was deleted while the thread finished
            pass


class _Clock:
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


class _Tracker:
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
