"""Train LeNet in the app and watch it learn: curves, conv1's filters and your digit's prediction, live.

The panel holds the settings a person chooses (epochs, batch size, learning
rate, augmentation, device), starts, pauses and stops a `TrainingRunner`
(its own process: the explorer keeps working meanwhile), and pours each
`TrainingUpdate` into widgets built once. When a run ends the weights can be
saved (state_dict + model card) and explored; the table at the bottom
compares the test accuracy of every network on offer.
"""

from __future__ import annotations

import importlib
import shlex
import threading
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from convviz.app.tools.model.curve_plot import TEST_COLOR, TRAIN_COLOR, CurvePlot
from convviz.app.tools.model.training_runner import TrainingRunner, TrainingUpdate
from convviz.app.widgets.file_filters import name_filter
from convviz.app.widgets.map_colors import PANEL_BACKGROUND, style_panel_axis
from convviz.app.widgets.map_grid import MapGrid
from convviz.app.widgets.probability_bars import OTHERS, WINNER
from convviz.app.widgets.sliced_build import Slices
from convviz.i18n import tr, tr_noop
from convviz.model.lenet import LEARNABLE_LAYERS
from convviz.state.lenet_run import shown_name
from convviz.state.model_choice import ModelChoices

DEVICE_NAMES = {"cpu": "CPU", "cuda": "CUDA GPU", "mps": "Apple GPU (MPS)"}
#: the recipe of benchmarks/bench_train_scratch.py: 98% on the test digits after about 6 epochs (well under a minute)
DEFAULTS = {"epochs": 10, "batch_size": 64, "lr": 3e-3, "augment": False}
ALL_DIGITS = 10_000  # the "digits" control's top: every training digit there is
PREVIEW_DIGITS = 8
PREPARE_DELAY_MS = 400  # digits shown as stored and as augmentation changes them
TRAINING_MODULE = "convviz.model.train"  # what `config()` imports: loaded ahead, off the GUI thread (see `_prepare`)


def _clock(seconds: float | None) -> str:
    if seconds is None:
        return "–:––"
    seconds = max(0, round(seconds))
    return f"{seconds // 60}:{seconds % 60:02d}"


def _answer(digit: int, probability: float) -> str:
    """What the network in training reads in the person's picture: "7 · 98%"."""
    return f"{digit} · {probability:.0%}"


def train_command(config) -> str:
    """The `convviz-train` command that repeats a run (for the model card)."""
    parts = ["convviz-train", "--epochs", str(config.epochs), "--batch-size", str(config.batch_size),
             "--lr", f"{config.lr:g}", "--dropout", f"{config.dropout:g}", "--seed", str(config.seed)]
    if config.augment:
        parts += ["--elastic", f"{config.augmentation.elastic:g}"]
    else:
        parts.append("--no-augment")
    if config.train_limit is not None:
        parts += ["--train-limit", str(config.train_limit)]
    if config.train_only:
        parts += ["--train-only", *config.train_only]
    if config.from_shipped:
        parts.append("--from-shipped")
    return " ".join(shlex.quote(part) for part in parts)


class LivePrediction(QWidget):
    """The person's picture, small, and what the network in training says about it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.picture = MapGrid("", scale="grey", colorbar=False, hint="")
        self.picture.set_clickable(False)
        self.picture.setFixedSize(84, 84)
        self.picture.set_maps(np.zeros((28, 28), dtype=np.float32), levels=(0.0, 1.0))
        self.answer = QLabel("–")
        font = self.answer.font()
        font.setPointSizeF(font.pointSizeF() * 2.6)
        font.setBold(True)
        self.answer.setFont(font)
        self.answer.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._keep_answer_width()
        self.caption = QLabel(tr("your picture"))
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption.setWordWrap(True)
        self.plot = pg.PlotWidget(enableMenu=False)
        self.plot.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a picture: its numbers are in the labels beside it
        self.plot.setAccessibleName(tr("what the network in training reads in your picture"))
        self.plot.setBackground(PANEL_BACKGROUND)
        self.plot.setMouseEnabled(False, False)
        self.plot.hideButtons()
        item = self.plot.getPlotItem()
        for side in ("bottom", "left"):
            style_panel_axis(item.getAxis(side), 10)
        item.getAxis("bottom").setTicks([[(d, str(d)) for d in range(10)]])
        item.getAxis("left").setTicks([[(v, f"{v:.0%}") for v in (0, 0.5, 1.0)]])
        item.getAxis("left").setWidth(44)
        self.plot.setYRange(0, 1.05, padding=0)
        self.plot.setXRange(-0.6, 9.6, padding=0)
        self.bars = pg.BarGraphItem(x=np.arange(10), height=np.zeros(10), width=0.72, brush=OTHERS, pen=None)
        self.plot.addItem(self.bars)
        self._probabilities = np.zeros(10, dtype=np.float32)
        column = QVBoxLayout()
        column.addWidget(self.picture, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addWidget(self.answer)
        column.addWidget(self.caption)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(column)
        layout.addWidget(self.plot, 1)

    def _keep_answer_width(self) -> None:
        """Room for the widest answer from the start: the first update ("–" becoming "8 · 100%") widened
        the column and moved the chart beside it, and the whole panel was laid out and painted again."""
        self.answer.setMinimumWidth(self.answer.fontMetrics().horizontalAdvance(_answer(8, 1.0)) + 4)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt name
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # presentation zoom: the answer takes other room
            self._keep_answer_width()

    def set_picture(self, picture: np.ndarray | None, name: str = "") -> None:
        shown = np.zeros((28, 28), dtype=np.float32) if picture is None else picture
        self.picture.set_maps(shown, levels=(0.0, 1.0))
        self.caption.setText(shown_name(name) if name else tr("draw a digit in the explorer"))

    def set_probabilities(self, probabilities: np.ndarray) -> None:
        self._probabilities = np.asarray(probabilities, dtype=np.float32).reshape(10)
        winner = int(np.argmax(self._probabilities))
        brushes = [OTHERS] * 10
        brushes[winner] = WINNER
        self.bars.setOpts(height=self._probabilities, brushes=brushes)
        self.answer.setText(_answer(winner, float(self._probabilities[winner])))

    def probabilities(self) -> np.ndarray:
        return self._probabilities.copy()

    def clear(self) -> None:
        self._probabilities = np.zeros(10, dtype=np.float32)
        self.bars.setOpts(height=self._probabilities, brushes=[OTHERS] * 10)
        self.answer.setText("–")


class AccuracyTable(QTableWidget):
    """Network | test accuracy, one row per network on offer; "measuring…" until known."""

    def __init__(self, choices: ModelChoices, parent: QWidget | None = None) -> None:
        super().__init__(0, 2, parent)
        self._choices = choices
        self.setHorizontalHeaderLabels([tr("Network"), tr("Test accuracy (10,000 digits)")])
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        self.setAccessibleName(tr("test accuracy of each network"))
        self.setTabKeyNavigation(False)  # Tab leaves the table (a table would keep it, cell after cell)
        self.setAccessibleDescription(tr("One row a network: its accuracy on the 10,000 MNIST test digits"))
        self.setMaximumHeight(130)
        choices.changed.connect(self.refresh)
        choices.current_changed.connect(lambda _key: self.refresh())
        self.refresh()

    def refresh(self) -> None:
        rows = self._choices.choices()
        current = self._choices.current()
        self.setRowCount(len(rows))
        for row, choice in enumerate(rows):
            accuracy = self._choices.accuracy(choice.key)
            name = choice.label + ("  ◀ " + tr("in the explorer") if current is choice else "")
            cells = (name, tr("measuring…") if accuracy is None else f"{100 * accuracy:.2f}%")
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(choice.detail)
                if column == 1:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.setItem(row, column, item)

    def rows(self) -> list[tuple[str, str]]:
        return [(self.item(r, 0).text(), self.item(r, 1).text()) for r in range(self.rowCount())]


class TrainingPanel(QWidget):
    """Settings, start / pause / stop, progress, live curves, filters and prediction, save and compare."""

    message = Signal(str)
    trained = Signal(object)  # TrainResult of a finished (or stopped) run
    explore_requested = Signal()  # "Explore these weights"
    running_changed = Signal(bool)

    def __init__(self, choices: ModelChoices | None = None, parent: QWidget | None = None, *, data=None,
                 sliced: bool = False) -> None:
        """`sliced`: the widgets are built as `building` is stepped (the Model menu does, a slice per turn of the
        event loop: they take ~100 ms of the GUI thread together), otherwise now."""
        super().__init__(parent)
        self.data = data  # (train images, labels, test images, labels); None: the shipped digits
        self.train_limit: int | None = None  # tests train on a few hundred digits
        self.seed = 0
        self.choices = choices if choices is not None else ModelChoices()
        self.runner = TrainingRunner(self)
        self.runner.updated.connect(self._on_update)
        self.runner.finished.connect(self._on_finished)
        self.runner.failed.connect(self._on_failed)
        self.runner.paused_changed.connect(self._on_paused)
        self._result = None
        self._probe: np.ndarray | None = None
        self.updates = 0  # updates shown since the start of the run (tests wait on it)
        self.building = Slices(self._build())
        if not sliced:
            self.building.finish()

    # ------------------------------------------------------------------ layout
    def _build(self) -> Iterator[None]:
        """The widgets, a slice of a few milliseconds between yields (see convviz.app.widgets.sliced_build)."""
        from convviz.core import available_devices

        self.epochs = QSpinBox(minimum=1, maximum=200, value=DEFAULTS["epochs"])
        self.batch_size = QSpinBox(minimum=8, maximum=2048, singleStep=16, value=DEFAULTS["batch_size"])
        self.epochs.setAccessibleName(tr("epochs"))
        self.epochs.setToolTip(tr("How many times the training goes through all 10,000 training digits it ships"))
        self.batch_size.setAccessibleName(tr("batch size"))
        self.batch_size.setToolTip(tr("How many digits each step of training learns from at once"))
        self.learning_rate = QDoubleSpinBox(decimals=4, minimum=0.0001, maximum=0.1, singleStep=0.0005)
        self.learning_rate.setValue(DEFAULTS["lr"])
        self.learning_rate.setAccessibleName(tr("learning rate"))
        self.learning_rate.setToolTip(tr("Peak learning rate: it rises for the first fifth of the run, then falls (one-cycle)"))
        self.augment = QCheckBox(tr("augment digits"))
        self.augment.setChecked(DEFAULTS["augment"])
        self.augment.setToolTip(
            tr("Every batch gets randomly shifted, rotated, scaled, sheared and thickened digits: slower to learn, "
               "but the network then reads hand-drawn digits better")
        )
        self.device = QComboBox()
        self.device.setAccessibleName(tr("training device"))
        self.device.setToolTip(tr("Where the training runs: the CPU, or a GPU when one is present"))
        for name in available_devices():
            self.device.addItem(DEVICE_NAMES.get(name, name), name)
        self.dropout = QDoubleSpinBox(decimals=2, minimum=0.0, maximum=0.9, singleStep=0.1, value=0.0)
        self.dropout.setToolTip(tr(
            "While training, each activation entering fc2 and fc3 is switched off with this probability "
            "(the others are scaled up to keep the sum); when the network reads a digit, dropout is off"
        ))
        self.digits = QSpinBox(minimum=0, maximum=ALL_DIGITS, singleStep=100, value=0)
        self.digits.setSpecialValueText(tr("all"))  # 0: every training digit
        self.dropout.setAccessibleName(tr("dropout"))
        self.digits.setAccessibleName(tr("training digits"))
        self.digits.setToolTip(tr("How many training digits one epoch goes through (a few: fine-tuning on little data)"))
        self.from_shipped = QCheckBox(tr("start from the shipped weights"))
        self.from_shipped.setToolTip(tr(
            "Transfer learning: begin with the trained network instead of random weights, then go on training"
        ))
        self.layer_boxes: dict[str, QCheckBox] = {}
        layers = QHBoxLayout()
        layers.addWidget(QLabel(tr("Layers that learn:")))
        for name in LEARNABLE_LAYERS:
            box = QCheckBox(name)
            box.setChecked(True)
            box.setToolTip(tr("Unticked: the layer is frozen, its weights stay as they start"))
            self.layer_boxes[name] = box
            layers.addWidget(box)
        layers.addSpacing(12)
        layers.addWidget(self.from_shipped)
        layers.addStretch(1)
        settings = QGridLayout()
        for column, (text, widget) in enumerate(
            ((tr("Epochs"), self.epochs), (tr("Batch"), self.batch_size), (tr("Learning rate"), self.learning_rate))
        ):
            settings.addWidget(QLabel(text), 0, column)
            settings.addWidget(widget, 1, column)
        settings.addWidget(QLabel(tr("Device")), 0, 3)
        settings.addWidget(self.device, 1, 3)
        settings.addWidget(QLabel(tr("Dropout")), 0, 4)
        settings.addWidget(self.dropout, 1, 4)
        settings.addWidget(QLabel(tr("Digits")), 0, 5)
        settings.addWidget(self.digits, 1, 5)
        settings.addWidget(self.augment, 1, 6)
        yield

        self.augmented = MapGrid(tr("Augmentation: digits as stored (top) and as one batch sees them (bottom)"),
                                 columns=PREVIEW_DIGITS, scale="grey", colorbar=False, tile_name=tr("digit"),
                                 hint=tr("every batch draws new shifts, turns, scalings, shears and thicknesses"))
        self.augmented.set_clickable(False)
        self.augmented.setFixedHeight(150)
        self.redraw_button = QPushButton(tr("Draw again"))
        self.redraw_button.setAccessibleDescription(tr("Show eight digits changed again, as a new batch would see them"))
        self.redraw_button.clicked.connect(lambda: self.show_augmented(self._preview_seed + 1))
        preview = QHBoxLayout()
        preview.addWidget(self.augmented, 1)
        preview.addWidget(self.redraw_button, 0, Qt.AlignmentFlag.AlignBottom)
        self.preview_row = QWidget()
        self.preview_row.setLayout(preview)
        self.preview_row.setVisible(False)
        self._preview_seed = 0
        self.augment.toggled.connect(self._on_augment_toggled)
        yield

        self.start_button = QPushButton("▶ " + tr("Start"))
        self.start_button.clicked.connect(self.start)
        self.start_button.setToolTip(tr("Start training with these settings"))
        self.pause_button = QPushButton(tr("Pause"))
        self.pause_button.clicked.connect(self.toggle_pause)
        self.pause_button.setToolTip(tr("Pause the training, or go on"))
        self.stop_button = QPushButton("■ " + tr("Stop"))
        self.stop_button.clicked.connect(self.stop)
        self.stop_button.setToolTip(tr("Stop the training; the weights learnt so far stay"))
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setValue(0)
        self.progress.setFormat(tr("ready"))
        self.progress.setTextVisible(True)
        self.progress.setMinimumWidth(220)
        controls = QHBoxLayout()
        for button in (self.start_button, self.pause_button, self.stop_button):
            controls.addWidget(button)
        controls.addWidget(self.progress, 1)

        self.loss_plot = CurvePlot(tr("Loss (cross-entropy)"), y_label=tr("loss"))
        self.loss_plot.add_series("train", TRAIN_COLOR, label=tr("train"))
        self.loss_plot.add_series("test", TEST_COLOR, symbol="o", label=tr("test"))
        yield
        self.accuracy_plot = CurvePlot(tr("Accuracy"), y_label="%", legend_corner="bottom-right", y_range=(0, 100))
        self.accuracy_plot.add_series("train", TRAIN_COLOR, label=tr("train"))
        self.accuracy_plot.add_series("test", TEST_COLOR, symbol="o", label=tr("test"))
        # The x axis spans the chosen epochs before Start, so starting repaints no axis (~70 ms of text, measured).
        self.epochs.valueChanged.connect(self._show_epoch_range)
        self._show_epoch_range(self.epochs.value())
        curves = QHBoxLayout()
        curves.addWidget(self.loss_plot)
        curves.addWidget(self.accuracy_plot)
        yield

        self.filters = MapGrid(tr("conv1's 6 filters, live"), columns=6, tile_name="filter",
                               hint=tr("from random noise to edge and stroke detectors"))
        self.filters.set_clickable(False)
        self.filters.setFixedHeight(150)
        yield
        self.prediction = LivePrediction()
        self.prediction.setFixedHeight(150)
        yield
        live = QHBoxLayout()
        live.addWidget(self.filters, 1)
        live.addWidget(self.prediction, 1)

        self.result_label = QLabel(tr("Start a run: the curves, the filters and the prediction follow it."))
        self.result_label.setWordWrap(True)
        self.save_button = QPushButton(tr("Save weights…"))
        self.save_button.setToolTip(tr("A state_dict file (weights only) with a model card beside it"))
        self.save_button.clicked.connect(self._save_dialog)
        self.explore_button = QPushButton(tr("Explore these weights"))
        self.explore_button.clicked.connect(self.explore_requested)
        self.explore_button.setToolTip(tr("Show the network just trained in the LeNet view"))
        result_row = QHBoxLayout()
        result_row.addWidget(self.result_label, 1)
        result_row.addWidget(self.save_button)
        result_row.addWidget(self.explore_button)
        self.comparison = AccuracyTable(self.choices)

        layout = QVBoxLayout(self)
        layout.addLayout(settings)
        layout.addLayout(layers)
        layout.addWidget(self.preview_row)
        layout.addLayout(controls)
        layout.addLayout(curves, 1)
        layout.addLayout(live)
        layout.addLayout(result_row)
        layout.addWidget(self.comparison)
        self._set_running(False)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt name
        # The training process imports torch for seconds: start it once the panel is on screen (not while it
        # is built and first painted), so it is ready before Start is pressed.
        QTimer.singleShot(PREPARE_DELAY_MS, self._prepare)
        super().showEvent(event)

    def _prepare(self) -> None:
        if self.isVisible() and not self.runner.is_running():
            self.runner.prepare()
            # What Start reads the settings into (`TrainConfig`): its module's first import took 10-12 ms of the
            # first Start's 12-15; imported now, on a thread of its own, Start finds it loaded.
            threading.Thread(target=importlib.import_module, args=(TRAINING_MODULE,), name="convviz-imports",
                             daemon=True).start()

    # ------------------------------------------------------------------ control
    def config(self):
        """The TrainConfig the settings describe."""
        from convviz.model.train import TrainConfig

        learning = tuple(name for name, box in self.layer_boxes.items() if box.isChecked())
        if not learning:
            raise ValueError(tr("tick at least one layer that learns: with every layer frozen nothing is trained."))
        digits = self.digits.value() or None
        return TrainConfig(
            epochs=self.epochs.value(),
            batch_size=self.batch_size.value(),
            lr=self.learning_rate.value(),
            dropout=self.dropout.value(),
            seed=self.seed,
            device=self.device.currentData() or "cpu",
            augment=self.augment.isChecked(),
            train_limit=self.train_limit if self.train_limit is not None else digits,
            train_only=() if len(learning) == len(LEARNABLE_LAYERS) else learning,
            from_shipped=self.from_shipped.isChecked(),
        )

    def set_config(self, config) -> bool:
        """Put a TrainConfig's choices into the controls (a lesson's settings); False while a run is going."""
        if self.runner.is_running():
            self.message.emit(tr("A training run is going: stop it first to use other settings."))
            return False
        self.epochs.setValue(config.epochs)
        self.batch_size.setValue(config.batch_size)
        self.learning_rate.setValue(config.lr)
        self.dropout.setValue(config.dropout)
        self.augment.setChecked(config.augment)
        limit = config.train_limit
        self.digits.setValue(0 if limit is None else limit)
        for name, box in self.layer_boxes.items():
            box.setChecked(not config.train_only or name in config.train_only)
        self.from_shipped.setChecked(config.from_shipped)
        return True

    def show_augmented(self, seed: int = 0) -> None:
        """Show the first training digits as stored and as one random augmentation (`seed`) changes them."""
        from convviz.model.augment import augmented_examples
        from convviz.model.mnist import load_mnist

        images = self.data[0] if self.data is not None else load_mnist("train10k")[0]
        self._preview_seed = seed
        pair = augmented_examples(np.asarray(images[:PREVIEW_DIGITS]), seed)
        self.augmented.set_maps(pair.reshape(-1, *pair.shape[2:]), levels=(0.0, 1.0))

    def _show_epoch_range(self, epochs: int) -> None:
        if not self.runner.is_running():
            for plot in (self.loss_plot, self.accuracy_plot):
                plot.set_x_range(0, epochs)

    def _on_augment_toggled(self, on: bool) -> None:
        self.preview_row.setVisible(on)
        if on:
            self.show_augmented(self._preview_seed)

    def start(self) -> None:
        if self.runner.is_running():
            return
        try:
            config = self.config()
            self.runner.set_probe(self._probe)
            self.runner.start(config, self.data)
        except ValueError as error:
            self.message.emit(tr("Cannot train: {problem}").format(problem=error))
            return
        for plot in (self.loss_plot, self.accuracy_plot):
            plot.clear()
            plot.set_x_range(0, config.epochs)  # the curves grow left to right
        self.updates = 0
        self._result = None
        self.progress.setValue(0)
        self.progress.setFormat(tr("starting the training process…"))
        self.result_label.setText(tr("Training: {epochs} epochs of batches of {batch}…").format(
            epochs=config.epochs, batch=config.batch_size))
        self._set_running(True)

    def toggle_pause(self) -> None:
        if self.runner.is_paused():
            self.runner.resume()
        else:
            self.runner.pause()

    def stop(self) -> None:
        if self.runner.is_running():
            self.runner.stop()
            self.progress.setFormat(tr("stopping after this batch…"))

    def is_running(self) -> bool:
        return self.runner.is_running()

    def set_probe(self, picture: np.ndarray | None, name: str = "") -> None:
        """The explorer's current 28×28 input: its prediction is followed while training."""
        self._probe = None if picture is None else np.asarray(picture, dtype=np.float32)
        self.runner.set_probe(self._probe)
        self.prediction.set_picture(self._probe, name)

    def result(self):
        """The last finished run (TrainResult), or None."""
        return self._result

    def shutdown(self, timeout: float = 2.0) -> None:
        """Stop a run, and end its process if it has not stopped within `timeout` seconds (closing the window)."""
        self.runner.close(timeout)

    # ------------------------------------------------------------------ updates
    def _on_update(self, update: TrainingUpdate) -> None:
        self.updates += 1
        x = update.epoch_position
        self.loss_plot.append("train", x, update.loss)
        self.accuracy_plot.append("train", x, 100 * update.train_acc)
        if update.test_acc is not None:
            self.loss_plot.append("test", x, update.test_loss)
            self.accuracy_plot.append("test", x, 100 * update.test_acc)
        if update.filters is not None:
            self.filters.set_maps(update.filters)
        if update.probe_probabilities is not None:
            self.prediction.set_probabilities(update.probe_probabilities)
        paused = " · " + tr("paused") if self.runner.is_paused() else ""
        self.progress.setUpdatesEnabled(False)  # setValue repaints at once, a paint of its own: one with the rest
        self.progress.setValue(round(1000 * update.fraction))
        self.progress.setFormat(
            tr("epoch {epoch}/{epochs} · {percent}% · {time} left").format(
                epoch=update.epoch, epochs=update.epochs, percent=f"{100 * update.fraction:.0f}",
                time=_clock(update.seconds_left)) + paused
        )
        self.progress.setUpdatesEnabled(True)  # (and asks for that one paint)

    def _on_paused(self, paused: bool) -> None:
        self.pause_button.setText(tr("Resume") if paused else tr("Pause"))
        text = self.progress.format().replace(" · " + tr("paused"), "")
        self.progress.setFormat(text + (" · " + tr("paused") if paused else ""))

    def _on_finished(self, result) -> None:
        self._result = result
        self._set_running(False)
        self._prepare()  # the next run's process
        self.progress.setValue(1000 if not result.stopped else self.progress.value())
        how = tr("stopped") if result.stopped else tr("done")
        self.progress.setFormat(f"{how} · {_clock(result.elapsed_s)}")
        self.result_label.setText(
            (tr("Stopped after {done} of {epochs} epochs in {time}: test accuracy {accuracy}.") if result.stopped
             else tr("Done after {done} of {epochs} epochs in {time}: test accuracy {accuracy}.")).format(
                done=result.epochs_completed, epochs=result.config.epochs, time=_clock(result.elapsed_s),
                accuracy=f"<b>{100 * result.test_accuracy:.2f}%</b>")
        )
        if result.device_message:
            self.message.emit(result.device_message)
        self.trained.emit(result)

    def _on_failed(self, text: str) -> None:
        self._set_running(False)
        self._prepare()
        self.progress.setFormat(tr("failed"))
        self.result_label.setText(text)
        self.message.emit(text)

    def _set_running(self, running: bool) -> None:
        for widget in (self.epochs, self.batch_size, self.learning_rate, self.augment, self.device, self.dropout,
                       self.digits, self.from_shipped, *self.layer_boxes.values(), self.start_button):
            widget.setEnabled(not running)
        self.pause_button.setEnabled(running)
        self.stop_button.setEnabled(running)
        self.pause_button.setText(tr("Pause"))
        has_result = self._result is not None and not running
        self.save_button.setEnabled(has_result)
        self.explore_button.setEnabled(has_result)
        self.running_changed.emit(running)

    # ------------------------------------------------------------------ save
    def _save_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, tr("Save the trained weights"), "lenet_trained.pt",
                                              name_filter((tr_noop("PyTorch weights"), "*.pt *.pth")))
        if path:
            self.save(path)

    def save(self, path: str | Path) -> tuple[Path, Path] | None:
        """Write the weights (state_dict) and a model card beside them (same name, .md)."""
        from convviz.model.weights import save_weights

        if self._result is None:
            self.message.emit(tr("Nothing to save yet: train first."))
            return None
        try:
            weights = save_weights(self._result.model, path)
            card = weights.with_suffix(".md")
            card.write_text(self._card(weights), encoding="utf-8")
        except OSError as error:
            self.message.emit(tr("Could not save to {path}: {problem}").format(path=path, problem=error.strerror or error))
            return None
        self.message.emit(tr("Saved {weights} and its model card {card}.").format(weights=weights.name, card=card.name))
        return weights, card

    def _card(self, weights: Path) -> str:
        """The model card, naming the CPU threads the run really trained with (the card asks torch)."""
        import torch

        from convviz.model.train import model_card

        now = torch.get_num_threads()
        torch.set_num_threads(getattr(self._result, "threads", now))
        try:
            return model_card(self._result, train_command(self._result.config), weights)
        finally:
            torch.set_num_threads(now)
