"""Fine-tune LeNet on the class's own digits, and measure what it gained and what it forgot.

A few epochs of Adam from the shown network's weights, on the class digits
not held out (`class_digits.split_held_out`), training only the last layers by
default: the filters stay those the class has looked at, and a hundred
drawings cannot retrain 60,000 weights. Before and after, the network reads
the held-out class digits *and* the 10,000 MNIST test digits, so a class sees
both whether it learnt their handwriting and whether it forgot MNIST.

Small data: seconds on a CPU. `fine_tune` reports after every epoch and asks
`should_stop()` between batches; the app runs it off the GUI thread. For a
given seed it gives the same weights on the CPU every run. No Qt here.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass

import numpy as np
import torch
import torch.nn.functional as F

from convviz import limits
from convviz.i18n import tr
from convviz.model.augment import AugmentSettings, augment_batch
from convviz.model.class_digits import HELD_OUT, ClassDigits, Split, read_digits, split_held_out
from convviz.model.confusion import ConfusionResult, confusion_matrix
from convviz.model.lenet import LEARNABLE_LAYERS, LeNet

#: the layers that may learn, from the last one only to the whole network (the panel offers these)
LAYER_CHOICES: tuple[tuple[str, ...], ...] = (("fc3",), ("fc2", "fc3"), ("fc1", "fc2", "fc3"), LEARNABLE_LAYERS)
DEFAULT_LAYERS = ("fc2", "fc3")
EPOCHS = limits.Limit(1, 500)
#: gentler than training from scratch: the digits are few, and the network already reads digits
GENTLE_AUGMENT = AugmentSettings(max_shift=1.5, max_rotation=10.0, scale=(0.9, 1.1), max_shear=0.15,
                                 thickness=(-0.4, 0.5))


@dataclass(frozen=True)
class FineTuneConfig:
    """Everything that decides a fine-tuning run."""

    epochs: int = 20
    lr: float = 3e-3
    batch_size: int = 32
    layers: tuple[str, ...] = DEFAULT_LAYERS  # the others are frozen
    held_out: float = HELD_OUT
    augment: bool = True
    seed: int = 0

    def check(self) -> None:
        """ValueError with a sentence for settings that cannot fine-tune."""
        EPOCHS.check(self.epochs, tr("epochs"))
        if not (isinstance(self.lr, (int, float)) and 0 < self.lr <= 1):
            raise ValueError(tr("the learning rate must be above 0 and at most 1."))
        if self.batch_size < 1:
            raise ValueError(tr("the batch size must be at least 1."))
        unknown = [name for name in self.layers if name not in LEARNABLE_LAYERS]
        if unknown or not self.layers:
            raise ValueError(tr("the layers to fine-tune are among {names}, not {given}.").format(
                names=", ".join(LEARNABLE_LAYERS), given=", ".join(self.layers) or tr("none")))
        if not 0 < self.held_out < 1:
            raise ValueError(tr("the held-out share must be above 0 and below 1."))


@dataclass(frozen=True)
class Scores:
    """How one network reads the held-out class digits and the MNIST test digits."""

    held_out: ConfusionResult
    mnist_accuracy: float

    @property
    def class_accuracy(self) -> float:
        return self.held_out.accuracy


@dataclass(frozen=True)
class FineTuneProgress:
    epoch: int  # 1-based
    epochs: int
    loss: float  # mean loss over this epoch's batches
    train_accuracy: float  # on this epoch's (augmented) training digits


@dataclass(frozen=True)
class FineTuneResult:
    weights: dict[str, torch.Tensor]  # the fine-tuned LeNet state_dict (CPU tensors)
    before: Scores
    after: Scores
    split: Split
    config: FineTuneConfig
    epochs_completed: int
    stopped: bool
    elapsed_s: float
    history: tuple[FineTuneProgress, ...]


def _scores(model: torch.nn.Module, held_out: ClassDigits, mnist: tuple[np.ndarray, np.ndarray]) -> Scores:
    model.eval()
    return Scores(held_out=read_digits(model, held_out),
                  mnist_accuracy=confusion_matrix(model, mnist[0], mnist[1]).accuracy)


def fine_tune(
    weights: Mapping[str, torch.Tensor],
    digits: ClassDigits,
    config: FineTuneConfig = FineTuneConfig(),
    *,
    mnist: tuple[np.ndarray, np.ndarray] | None = None,
    on_progress: Callable[[FineTuneProgress], None] | None = None,
    should_stop: Callable[[], bool] | None = None,
) -> FineTuneResult:
    """Fine-tune a LeNet with `weights` on `digits` (held-out part aside); `mnist` = test (images, labels)."""
    config.check()
    started = time.perf_counter()
    split = split_held_out(digits, config.held_out)
    if len(split.train) == 0 or len(split.held_out) == 0:
        raise ValueError(tr("fine-tuning needs digits to learn from and digits kept aside to measure on: draw at "
                            "least two of a digit (the collection holds {count}).").format(count=len(digits)))
    if mnist is None:
        from convviz.model.mnist import load_mnist

        mnist = load_mnist("test")
    model = LeNet()
    model.load_state_dict({name: tensor.detach().cpu() for name, tensor in weights.items()})
    held_out = digits.subset(split.held_out)
    before = _scores(model, held_out, mnist)

    for name, parameter in model.named_parameters():
        parameter.requires_grad_(name.split(".")[0] in config.layers)
    learning = [parameter for parameter in model.parameters() if parameter.requires_grad]
    optimiser = torch.optim.Adam(learning, lr=config.lr)
    generator = torch.Generator().manual_seed(config.seed)
    train = digits.subset(split.train)
    images = torch.from_numpy(train.images.astype(np.float32) / 255.0).unsqueeze(1)
    labels = torch.from_numpy(train.labels.copy())

    history: list[FineTuneProgress] = []
    stopped = False
    for epoch in range(1, config.epochs + 1):
        model.train()
        order = torch.randperm(len(images), generator=generator)
        loss_sum, correct, seen = 0.0, 0, 0
        for start in range(0, len(order), config.batch_size):
            if should_stop is not None and should_stop():
                stopped = True
                break
            index = order[start : start + config.batch_size]
            batch, target = images[index], labels[index]
            if config.augment:
                batch = augment_batch(batch, generator, GENTLE_AUGMENT)
            logits = model(batch)
            loss = F.cross_entropy(logits, target)
            optimiser.zero_grad(set_to_none=True)
            loss.backward()
            optimiser.step()
            loss_sum += loss.item() * len(target)
            correct += int((logits.argmax(1) == target).sum())
            seen += len(target)
        if stopped:
            break
        progress = FineTuneProgress(epoch, config.epochs, loss_sum / seen, correct / seen)
        history.append(progress)
        if on_progress is not None:
            on_progress(progress)

    after = _scores(model, held_out, mnist)
    return FineTuneResult(
        weights={name: tensor.detach().cpu().clone() for name, tensor in model.state_dict().items()},
        before=before, after=after, split=split, config=config, epochs_completed=len(history),
        stopped=stopped, elapsed_s=time.perf_counter() - started, history=tuple(history),
    )
