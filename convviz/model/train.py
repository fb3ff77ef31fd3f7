"""Train LeNet on the shipped MNIST digits: a reusable loop and the `convviz-train` command.

`train_lenet` serves both the command line and the app's training panel: it
reports progress through a callback after every batch (a caller can pause by
blocking in it) and asks `should_stop()` between batches. For a given seed it
gives the same weights on the CPU every run.
"""

from __future__ import annotations

import argparse
import platform
import shlex
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np
import torch
import torch.nn.functional as F

from convviz.core.devices import resolve_device
from convviz.i18n import tr
from convviz.model.augment import AugmentSettings, augment_batch
from convviz.model.inference import predict
from convviz.model.lenet import LEARNABLE_LAYERS, LeNet
from convviz.model.mnist import load_mnist
from convviz.model.weights import default_weights_path, save_weights

SHIPPED_EPOCHS = 100  #: epochs of the shipped weights (the command's default)
SHIPPED_ELASTIC = 1.2  #: elastic wobble of the shipped weights, pixels (the command's default)


@dataclass(frozen=True)
class TrainConfig:
    """Everything that decides a training run (and goes into the model card)."""

    epochs: int = 60
    batch_size: int = 128
    lr: float = 3e-3  # peak learning rate of the one-cycle schedule
    weight_decay: float = 1e-4
    dropout: float = 0.1
    seed: int = 0
    device: str = "cpu"
    augment: bool = True
    augmentation: AugmentSettings = AugmentSettings()
    train_limit: int | None = None  # use only the first N shuffled training digits (quick runs, tests)
    evaluate_each_epoch: bool = True
    #: fine-tuning: only these layers learn (names from LEARNABLE_LAYERS); empty: every layer learns
    train_only: tuple[str, ...] = ()
    #: transfer learning: start from the shipped trained weights instead of random ones
    from_shipped: bool = False

    def check(self) -> None:
        """ValueError with a clear sentence for settings that cannot train."""
        if self.epochs < 1:
            raise ValueError(tr("epochs must be at least 1."))
        if self.batch_size < 1:
            raise ValueError(tr("the batch size must be at least 1."))
        if not self.lr > 0:
            raise ValueError(tr("the learning rate must be greater than 0."))
        if self.weight_decay < 0:
            raise ValueError(tr("weight decay cannot be negative."))
        if not 0 <= self.dropout < 1:
            raise ValueError(tr("dropout must be at least 0 and below 1."))
        if self.augmentation.elastic < 0:
            raise ValueError(tr("the elastic wobble cannot be negative."))
        if self.train_limit is not None and self.train_limit < 1:
            raise ValueError(tr("the training subset must hold at least one digit."))
        unknown = [name for name in self.train_only if name not in LEARNABLE_LAYERS]
        if unknown:
            raise ValueError(tr("LeNet has no learnable layer '{name}'; choose among {names}.").format(
                name=unknown[0], names=", ".join(LEARNABLE_LAYERS)))


def initial_model(config: TrainConfig) -> LeNet:
    """The network a run starts from: random weights from the seed, or the shipped trained ones."""
    torch.manual_seed(config.seed)  # the same first weights (and dropout masks) as `convviz-train` with this seed
    if config.from_shipped:
        from convviz.model.weights import load_lenet

        model = load_lenet("cpu")
        model.dropout.p = config.dropout
        return model
    return LeNet(dropout=config.dropout)


def freeze_layers(model: LeNet, train_only: tuple[str, ...]) -> list[torch.nn.Parameter]:
    """Let only the layers named in `train_only` learn (all when empty); the parameters that still learn."""
    for name in LEARNABLE_LAYERS:
        learns = not train_only or name in train_only
        for parameter in getattr(model, name).parameters():
            parameter.requires_grad_(learns)
    return [parameter for parameter in model.parameters() if parameter.requires_grad]


@dataclass(frozen=True)
class TrainProgress:
    """One progress report: after every batch; `test_acc` is set when an epoch ends."""

    epoch: int  # 1-based
    epochs: int
    step: int  # 1-based batch number within the epoch
    steps_per_epoch: int
    loss: float  # mean loss over this epoch so far
    train_acc: float  # accuracy on this epoch's (augmented) batches so far
    test_acc: float | None
    elapsed_s: float

    @property
    def epoch_done(self) -> bool:
        return self.step == self.steps_per_epoch


@dataclass
class TrainResult:
    """The trained model and what happened."""

    model: LeNet
    config: TrainConfig
    test_accuracy: float
    epochs_completed: int
    stopped: bool
    elapsed_s: float
    device: str
    device_message: str | None = None
    history: list[TrainProgress] = field(default_factory=list)  # one entry per finished epoch


def accuracy(model: torch.nn.Module, images: np.ndarray, labels: np.ndarray) -> float:
    """Fraction of `images` the model classifies as `labels` (one batched forward pass)."""
    was_training = model.training
    model.eval()
    try:
        return float((predict(model, images).argmax(axis=1) == labels).mean())
    finally:
        model.train(was_training)


def train_lenet(
    config: TrainConfig = TrainConfig(),
    *,
    on_progress: Callable[[TrainProgress], None] | None = None,
    should_stop: Callable[[], bool] | None = None,
    model: LeNet | None = None,
    data: tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray] | None = None,
) -> TrainResult:
    """Train (a fresh or the given) LeNet; `data` = (train images, labels, test images, labels)."""
    config.check()
    started = time.perf_counter()
    device, device_message = resolve_device(config.device)
    torch.manual_seed(config.seed)  # initial weights and dropout
    generator = torch.Generator().manual_seed(config.seed)  # shuffling and augmentation
    if data is None:
        train_images, train_labels = load_mnist("train10k")
        test_images, test_labels = load_mnist("test")
    else:
        train_images, train_labels, test_images, test_labels = data
    if config.train_limit is not None:
        keep = torch.randperm(len(train_images), generator=generator)[: config.train_limit].numpy()
        train_images, train_labels = train_images[keep], train_labels[keep]

    images = torch.from_numpy(np.asarray(train_images, dtype=np.float32) / 255.0).unsqueeze(1)
    labels = torch.from_numpy(np.asarray(train_labels, dtype=np.int64))
    model = model if model is not None else initial_model(config)
    model.dropout.p = config.dropout
    model.to(device).train()
    learning = freeze_layers(model, config.train_only)  # frozen layers get no gradient and no weight decay

    steps_per_epoch = -(-len(images) // config.batch_size)
    optimiser = torch.optim.AdamW(learning, lr=config.lr, weight_decay=config.weight_decay)
    schedule = torch.optim.lr_scheduler.OneCycleLR(
        optimiser, max_lr=config.lr, total_steps=config.epochs * steps_per_epoch, pct_start=0.2
    )
    settings = config.augmentation
    history: list[TrainProgress] = []
    stopped = False
    epochs_completed = 0
    for epoch in range(1, config.epochs + 1):
        order = torch.randperm(len(images), generator=generator)
        loss_sum, correct, seen = 0.0, 0, 0
        for step in range(1, steps_per_epoch + 1):
            if should_stop is not None and should_stop():
                stopped = True
                break
            batch_index = order[(step - 1) * config.batch_size : step * config.batch_size]
            batch, target = images[batch_index], labels[batch_index]
            if config.augment:
                batch = augment_batch(batch, generator, settings)
            batch, target = batch.to(device), target.to(device)
            logits = model(batch)
            loss = F.cross_entropy(logits, target)
            optimiser.zero_grad(set_to_none=True)
            loss.backward()
            optimiser.step()
            schedule.step()

            loss_sum += loss.item() * len(target)
            correct += int((logits.argmax(1) == target).sum())
            seen += len(target)
            epoch_done = step == steps_per_epoch
            test_acc = None
            if epoch_done and (config.evaluate_each_epoch or epoch == config.epochs):
                test_acc = accuracy(model, test_images, test_labels)
            progress = TrainProgress(
                epoch, config.epochs, step, steps_per_epoch, loss_sum / seen, correct / seen,
                test_acc, time.perf_counter() - started,
            )  # fmt: skip
            if epoch_done:
                history.append(progress)
            if on_progress is not None:
                on_progress(progress)
        if stopped:
            break
        epochs_completed = epoch

    model.eval()
    final = history[-1].test_acc if history and not stopped and history[-1].test_acc is not None else None
    test_accuracy = final if final is not None else accuracy(model, test_images, test_labels)
    return TrainResult(
        model=model,
        config=config,
        test_accuracy=test_accuracy,
        epochs_completed=epochs_completed,
        stopped=stopped,
        elapsed_s=time.perf_counter() - started,
        device=str(device),
        device_message=device_message,
        history=history,
    )


def _describe(a: AugmentSettings) -> str:
    """The augmentation settings in words, for the model card."""
    parts = [
        f"random stroke thickness for {100 * a.thickness_probability:.0f}% of the digits (blend "
        f"{a.thickness[0]:+g} to {a.thickness[1]:+g} towards a 3×3 erosion/dilation)",
        f"shift ±{a.max_shift:g} px",
        f"rotation ±{a.max_rotation:g}°",
        f"scale {a.scale[0]:g}–{a.scale[1]:g}",
        f"shear ±{a.max_shear:g}",
    ]
    if a.elastic > 0:
        parts.append(f"smooth elastic wobble up to {a.elastic:g} px (from a {a.elastic_grid}×{a.elastic_grid} grid)")
    return ", ".join(parts)


def model_card(result: TrainResult, command: str, weights: Path) -> str:
    """The MODEL_CARD.md text: what the weights are, how well they do, how to make them again."""
    config = result.config
    curve = "\n".join(
        f"| {p.epoch} | {p.loss:.4f} | {100 * p.train_acc:.2f}% | "
        + (f"{100 * p.test_acc:.2f}% |" if p.test_acc is not None else "– |")
        for p in result.history
    )
    return f"""# LeNet-5 for MNIST: model card

`{weights.name}` holds the weights of `convviz.model.LeNet` as a plain PyTorch
state_dict ({weights.stat().st_size:,} bytes, float32). Load it with
`convviz.model.load_lenet()`, which reads it with `torch.load(..., weights_only=True)`:
no code is ever unpickled.

## Result

- **Accuracy on the whole official MNIST test set (t10k, 10,000 digits): {100 * result.test_accuracy:.2f}%**
- Epochs: {result.epochs_completed}{" (stopped early)" if result.stopped else ""}; seed {config.seed}
- Training time: {result.elapsed_s / 60:.1f} min on {result.device} ({platform.processor() or platform.machine()}, {torch.get_num_threads()} CPU thread(s), torch {torch.__version__})
- Parameters: {sum(p.numel() for p in result.model.parameters()):,}

The test set was only measured, never used to choose weights or settings during the
run: the weights are those after the last epoch.

## Network

Input 1×28×28 in [0, 1] (white digit on black, not normalised) → conv1 6×5×5
(padding 2) → ReLU → 2×2 max pool → conv2 16×5×5 → ReLU → 2×2 max pool →
fc1 400→120 → ReLU → fc2 120→84 → ReLU → fc3 84→10 logits (softmax for
probabilities). Dropout {config.dropout} before fc2 and fc3 while training only.

## Training

Re-create these weights (deterministic on the CPU for a given seed and thread count):

```
{command}
```

- Data: `resources/mnist/train10k-*` — 10,000 digits of the official MNIST
  training set (about 1,000 per class), shuffled every epoch{f"; only {config.train_limit} used" if config.train_limit else ""}.
- Augmentation{"" if config.augment else " (switched OFF for this run)"}, drawn anew for every digit of every batch:
  {_describe(config.augmentation)}.
- Start: {"the shipped trained weights (transfer learning)" if config.from_shipped else f"random weights from seed {config.seed}"}; layers that learned: {", ".join(config.train_only) if config.train_only else "all"}.
- AdamW (weight decay {config.weight_decay}), batch {config.batch_size}, one-cycle
  learning rate peaking at {config.lr}, cross-entropy loss.

| epoch | loss | train accuracy (augmented) | test accuracy |
|---|---|---|---|
{curve}

## Data provenance and licence

MNIST by Yann LeCun, Corinna Cortes and Christopher J.C. Burges, CC BY-SA 3.0;
the files and their md5 sums are described in `resources/mnist/README.md`.
The test set is the canonical `t10k` (byte-identical to the published files);
the training digits are a 10,000-digit subset of the official training set,
none of them in `t10k`.
"""


def _parse(argv: list[str] | None) -> argparse.Namespace:
    defaults = TrainConfig()
    parser = argparse.ArgumentParser(
        prog="convviz-train",
        description=tr("Train LeNet-5 on the shipped MNIST digits and write weights plus a model card."),
    )
    # The command's defaults are the recipe of the shipped weights (see resources/weights/MODEL_CARD.md).
    parser.add_argument("--epochs", type=int, default=SHIPPED_EPOCHS)
    parser.add_argument("--batch-size", type=int, default=defaults.batch_size)
    parser.add_argument("--lr", type=float, default=defaults.lr, help=tr("peak learning rate (one-cycle)"))
    parser.add_argument("--weight-decay", type=float, default=defaults.weight_decay)
    parser.add_argument("--dropout", type=float, default=defaults.dropout)
    parser.add_argument("--seed", type=int, default=defaults.seed)
    parser.add_argument("--device", default=defaults.device, help=tr("cpu, cuda, mps or auto"))
    parser.add_argument("--no-augment", action="store_true", help=tr("train on the digits as they are"))
    parser.add_argument(
        "--elastic", type=float, default=SHIPPED_ELASTIC, help=tr("largest elastic wobble, pixels (0: none)")
    )
    parser.add_argument("--train-limit", type=int, default=None, help=tr("train on this many digits only"))
    parser.add_argument("--train-only", nargs="+", default=[], metavar="LAYER",
                        help=tr("fine-tune: only these layers learn ({names})").format(names=", ".join(LEARNABLE_LAYERS)))
    parser.add_argument("--from-shipped", action="store_true", help=tr("start from the shipped trained weights"))
    parser.add_argument("--threads", type=int, default=None, help=tr("CPU threads torch may use"))
    parser.add_argument(
        "--output", type=Path, default=default_weights_path(), help=tr("weights file (MODEL_CARD.md goes beside it)")
    )
    parser.add_argument("--no-progress", action="store_true", help=tr("no progress bar"))
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """The `convviz-train` command, in the desktop's language (LANGUAGE / LC_ALL / LC_MESSAGES / LANG)."""
    from convviz import i18n, i18n_ts

    i18n_ts.install(i18n_ts.environment_language())
    try:
        return _command(argv)
    finally:
        i18n.set_translator(None)


def _command(argv: list[str] | None) -> int:
    from tqdm import tqdm

    args = _parse(argv)
    defaults = TrainConfig()
    config = TrainConfig(
        epochs=args.epochs,
        batch_size=args.batch_size,
        lr=args.lr,
        weight_decay=args.weight_decay,
        dropout=args.dropout,
        seed=args.seed,
        device=args.device,
        augment=not args.no_augment,
        augmentation=replace(defaults.augmentation, elastic=args.elastic),
        train_limit=args.train_limit,
        train_only=tuple(args.train_only),
        from_shipped=args.from_shipped,
    )
    try:
        config.check()
        if args.threads is not None:
            if args.threads < 1:
                raise ValueError(tr("threads must be at least 1."))
            torch.set_num_threads(args.threads)
        bar = tqdm(unit="batch", disable=args.no_progress, dynamic_ncols=True)

        def show(progress: TrainProgress) -> None:
            bar.total = progress.epochs * progress.steps_per_epoch
            bar.n = (progress.epoch - 1) * progress.steps_per_epoch + progress.step
            text = {"loss": f"{progress.loss:.4f}", "train": f"{100 * progress.train_acc:.2f}%"}
            if progress.test_acc is not None:
                text["test"] = f"{100 * progress.test_acc:.2f}%"
                bar.write(tr("epoch {epoch}: loss {loss:.4f}, train {train:.2f}%, test {test:.2f}%").format(
                    epoch=progress.epoch, loss=progress.loss, train=100 * progress.train_acc, test=100 * progress.test_acc))
            bar.set_postfix(text, refresh=False)
            bar.refresh()

        result = train_lenet(config, on_progress=show)
        bar.close()
    except ValueError as error:
        print(f"convviz-train: {error}", file=sys.stderr)
        return 2
    if result.device_message:
        print(result.device_message, file=sys.stderr)
    weights = save_weights(result.model, args.output)
    command = "convviz-train " + " ".join(shlex.quote(a) for a in (argv if argv is not None else sys.argv[1:]))
    card = weights.parent / "MODEL_CARD.md"
    card.write_text(model_card(result, command, weights), encoding="utf-8")
    print(tr("test accuracy {accuracy:.2f}% after {epochs} epochs in {seconds:.0f} s; wrote {weights} and {card}").format(
        accuracy=100 * result.test_accuracy, epochs=result.epochs_completed, seconds=result.elapsed_s, weights=weights,
        card=card))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
