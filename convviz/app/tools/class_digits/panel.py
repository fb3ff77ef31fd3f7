"""The Class digits panel: draw and label the class's own digits, see how the shown network reads them, fine-tune.

Three parts, top to bottom:
- draw a digit on the canvas, then press its key (0–9) or click its button:
  the drawing goes through the LeNet view's preprocessing and joins the
  collection as the 28×28 picture the network reads; files of several
  machines are merged (exact duplicates kept once) and saved as one;
- the shown network's accuracy on them beside its MNIST test accuracy, their
  confusion matrix, and the misread ones as thumbnails: a click shows one in
  the LeNet view (`digit_requested`);
- fine-tuning on them (a held-out part aside), before and after compared on
  the held-out class digits and on the MNIST test digits.

Reading runs on the shared worker (channel "class-digits"; MNIST in chunks),
fine-tuning in its own thread (`FineTuneRunner`). The panel never sees the
main window: the tool hands it the network (`set_network`) and listens.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import numpy as np
from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QIcon, QImage, QKeyEvent, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from convviz.app.tools.class_digits.fine_tune_runner import FineTuneRunner
from convviz.app.widgets.confusion_grid import ConfusionGrid
from convviz.app.widgets.drawing_canvas import DrawingCanvas
from convviz.app.widgets.file_filters import ALL_FILES, name_filter
from convviz.app.worker import ComputeWorker, JobError, JobResult
from convviz.i18n import tr, tr_noop
from convviz.model.class_digits import (
    SUFFIX,
    ClassDigits,
    drawing_to_digit,
    misread,
    read_digits,
    read_digits_file,
    write_digits,
)
from convviz.model.class_finetune import DEFAULT_LAYERS, EPOCHS, LAYER_CHOICES, FineTuneConfig

THUMB_SCALE = 2  # misread digits at 56 px
MAX_THUMBNAILS = 200
CLASS_DIGITS_FILES = (tr_noop("Class digits"), "*.classdigits")
_DIGIT_KEYS = {getattr(Qt.Key, f"Key_{digit}"): digit for digit in range(10)}


def _percent(value: float | None) -> str:
    return "…" if value is None else tr("{value}%").format(value=f"{100 * value:.1f}")


def _digit_icon(image: np.ndarray) -> QIcon:
    grey = np.ascontiguousarray(image, dtype=np.uint8)
    picture = QImage(grey.data, 28, 28, 28, QImage.Format.Format_Grayscale8)
    side = 28 * THUMB_SCALE
    return QIcon(QPixmap.fromImage(picture.scaled(side, side, Qt.AspectRatioMode.KeepAspectRatio,
                                                  Qt.TransformationMode.FastTransformation)))


def _layers_text(layers: tuple[str, ...]) -> str:
    if layers == LAYER_CHOICES[-1]:
        return tr("every layer (conv1 … fc3)")
    if len(layers) == 1:
        return tr("the last layer ({name})").format(name=layers[0])
    return tr("the last {count} layers ({names})").format(count=len(layers), names=", ".join(layers))


class ClassDigitsGrid(ConfusionGrid):
    """The shared confusion grid, its tooltip speaking of class digits."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumSize(240, 240)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt name
        return QSize(340, 340)

    def cell_tooltip(self, true: int, predicted: int, count: int) -> str:
        if true == predicted:
            text = tr("{count} class digits that are {true}s, read right")
        else:
            text = tr("{count} class digits that are {true}s, read as {predicted} · click to list them")
        return text.format(count=count, true=true, predicted=predicted)


class ClassDigitsPanel(QWidget):
    """Collect, measure and fine-tune on the class's own digits (see the module docstring)."""

    digit_requested = Signal(object, int, str)  # a 28×28 uint8 digit, its true label, a name: show it in the explorer
    fine_tuned = Signal(object)  # a FineTuneResult
    show_tuned_requested = Signal()  # "Show it in the explorer"
    message = Signal(str)
    measured = Signal()  # the accuracy on the class digits is on screen
    collection_changed = Signal()

    def __init__(self, worker: ComputeWorker, parent: QWidget | None = None, *, mnist=None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._mnist = mnist  # (images, labels) for tests; None: the shipped MNIST test set
        self.setProperty("convviz_takes_digit_keys", True)  # 0-9 label a drawing here, even while presenting
        self._digits = ClassDigits.empty()
        self._saved = True
        self._network = None
        self._network_name = ""
        self._mnist_accuracy: float | None = None
        self._mnist_pass = None
        self._result = None  # ConfusionResult of the network on screen over the collection
        self._result_of: tuple[object, ClassDigits] | None = None
        self._selected_cell: tuple[int, int] | None = None
        self._tuned = None
        self._running = False
        self.runner = FineTuneRunner(self)
        self.runner.progress.connect(self._on_fine_tune_progress)
        self.runner.finished.connect(self._on_fine_tuned)
        self.runner.failed.connect(self._on_fine_tune_failed)
        self._channel = worker.new_channel("class-digits")
        self._mnist_channel = worker.new_channel("class-digits-mnist")
        self._files_channel = worker.new_channel("class-digits-files")

        content = QWidget()
        layout = QVBoxLayout(content)
        intro = QLabel(tr("Does the network read <b>your class's</b> handwriting? Draw a digit, then press its key "
                          "(0–9). Save the collection; a teacher merges the files of every machine."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(self._build_drawing())
        layout.addWidget(self._build_reading(), 1)
        layout.addWidget(self._build_fine_tune())
        self._content = content
        self._scroll = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # the panel is as wide as needed
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._show_collection()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt name
        """As wide as the content (nothing cut off at the right); as short as a few rows (it scrolls)."""
        width = self._content.minimumSizeHint().width() + self._scroll.verticalScrollBar().sizeHint().width() + 4
        return QSize(width, 240)

    def reveal(self, widget: QWidget) -> None:
        """Scroll so that `widget` (a part of this panel, perhaps just shown) is on screen."""
        self._scroll.ensureWidgetVisible(widget)
        # a part just shown has its place, and the scroll range its height, only after the layout has run
        QTimer.singleShot(0, self, lambda: self._scroll.ensureWidgetVisible(widget))

    # ------------------------------------------------------------------ building
    def _build_drawing(self) -> QGroupBox:
        box = QGroupBox(tr("Draw and label"))
        self.canvas = DrawingCanvas()
        self.canvas.setToolTip(tr("Draw one digit, then press its key (0–9) or click its button"))
        self.canvas.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # keys pressed after drawing reach the panel
        self.canvas.setMinimumSize(180, 180)
        self.canvas.setMaximumSize(230, 230)
        self.label_buttons: list[QPushButton] = []
        buttons = QGridLayout()
        for digit in range(10):
            button = QPushButton(str(digit))
            button.setToolTip(tr("This drawing is a {digit} (key {digit})").format(digit=digit))
            button.setMinimumWidth(34)
            button.clicked.connect(lambda _=False, d=digit: self.add_drawing(d))
            buttons.addWidget(button, digit // 5, digit % 5)
            self.label_buttons.append(button)
        self.undo_stroke_button = QPushButton(tr("Undo stroke"))
        self.undo_stroke_button.clicked.connect(self.canvas.undo)
        self.clear_canvas_button = QPushButton(tr("Clear"))
        self.clear_canvas_button.clicked.connect(self.canvas.clear)
        self.remove_last_button = QPushButton(tr("Remove last digit"))
        self.remove_last_button.setToolTip(tr("Take back the digit added last (labelled by mistake)"))
        self.remove_last_button.clicked.connect(self.remove_last)
        self.count_label = QLabel()
        self.count_label.setWordWrap(True)
        self.last_label = QLabel()
        self.last_label.setWordWrap(True)
        self.merge_button = QPushButton(tr("Add from files…"))
        self.merge_button.setToolTip(tr("Merge class digits files (from several machines): a digit in two files "
                                        "is kept once"))
        self.merge_button.clicked.connect(self._merge_dialog)
        self.save_button = QPushButton(tr("Save as…"))
        self.save_button.clicked.connect(self.save_dialog)
        self.new_button = QPushButton(tr("Start over"))
        self.new_button.setToolTip(tr("Empty the collection (the files saved stay as they are)"))
        self.new_button.clicked.connect(self._start_over)

        side = QVBoxLayout()
        side.addWidget(QLabel(tr("Then press its key, or click:")))
        side.addLayout(buttons)
        pen = QHBoxLayout()
        pen.addWidget(self.undo_stroke_button)
        pen.addWidget(self.clear_canvas_button)
        side.addLayout(pen)
        side.addWidget(self.last_label)
        side.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.canvas, 1)
        top.addLayout(side, 1)
        files = QGridLayout()
        files.addWidget(self.merge_button, 0, 0)
        files.addWidget(self.save_button, 0, 1)
        files.addWidget(self.remove_last_button, 1, 0)
        files.addWidget(self.new_button, 1, 1)
        layout = QVBoxLayout(box)
        layout.addLayout(top)
        layout.addWidget(self.count_label)
        layout.addLayout(files)
        return box

    def _build_reading(self) -> QGroupBox:
        box = QGroupBox(tr("How the network reads them"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.grid = ClassDigitsGrid()
        self.grid.cell_clicked.connect(self.show_cell)
        self.misread_label = QLabel()
        self.misread_label.setWordWrap(True)
        self.misread_list = QListWidget()
        self.misread_list.setViewMode(QListView.ViewMode.IconMode)
        self.misread_list.setIconSize(QSize(28 * THUMB_SCALE, 28 * THUMB_SCALE))
        self.misread_list.setResizeMode(QListView.ResizeMode.Adjust)
        self.misread_list.setMovement(QListView.Movement.Static)
        self.misread_list.setSpacing(3)
        self.misread_list.setMinimumHeight(100)
        self.misread_list.setMaximumHeight(170)
        self.misread_list.itemClicked.connect(self._open_item)
        layout = QVBoxLayout(box)
        layout.addWidget(self.summary)
        layout.addWidget(self.grid, 1)
        layout.addWidget(self.misread_label)
        layout.addWidget(self.misread_list)
        return box

    def _build_fine_tune(self) -> QGroupBox:
        self.fine_tune_box = box = QGroupBox(tr("Fine-tune on the class digits"))
        self.layers_choice = QComboBox()
        for layers in LAYER_CHOICES:
            self.layers_choice.addItem(_layers_text(layers), layers)
        self.layers_choice.setCurrentIndex(LAYER_CHOICES.index(DEFAULT_LAYERS))
        self.layers_choice.setToolTip(tr("Only these layers learn; the others keep the weights you see"))
        self.epochs = QSpinBox()
        self.epochs.setRange(int(EPOCHS.low), int(EPOCHS.high))
        self.epochs.setValue(FineTuneConfig().epochs)
        self.epochs.setSuffix(tr(" epochs"))
        self.fine_tune_button = QPushButton(tr("Fine-tune"))
        self.fine_tune_button.setToolTip(tr("A quarter of each digit's drawings is kept aside to measure on; "
                                            "the network learns from the rest"))
        self.fine_tune_button.clicked.connect(self.start_fine_tune)
        self.stop_button = QPushButton(tr("Stop"))
        self.stop_button.setEnabled(False)
        self.stop_button.clicked.connect(self.runner.stop)
        self.fine_tune_progress = QProgressBar()
        self.fine_tune_progress.hide()
        self.fine_tune_status = QLabel(tr("Learns from the class digits, starting from the weights shown."))
        self.fine_tune_status.setWordWrap(True)
        self.comparison = QGridLayout()
        headers = (tr("read right"), tr("before"), tr("after"), tr("change"))
        for column, text in enumerate(headers):
            header = QLabel(f"<b>{text}</b>")
            header.setAlignment(Qt.AlignmentFlag.AlignLeft if column == 0 else Qt.AlignmentFlag.AlignRight)
            self.comparison.addWidget(header, 0, column)
        self.comparison_cells: dict[tuple[str, str], QLabel] = {}
        for row, key in enumerate(("class", "mnist"), start=1):
            for column, part in enumerate(("name", "before", "after", "change")):
                label = QLabel("")
                label.setAlignment(Qt.AlignmentFlag.AlignLeft if part == "name" else Qt.AlignmentFlag.AlignRight)
                self.comparison.addWidget(label, row, column)
                self.comparison_cells[key, part] = label
        self.comparison_frame = QWidget()
        self.comparison_frame.setLayout(self.comparison)
        self.comparison_frame.hide()
        self.show_tuned_button = QPushButton(tr("Show the fine-tuned network in the explorer"))
        self.show_tuned_button.hide()
        self.show_tuned_button.clicked.connect(self.show_tuned_requested)
        controls = QHBoxLayout()
        controls.addWidget(self.layers_choice, 1)
        controls.addWidget(self.epochs)
        controls.addWidget(self.fine_tune_button)
        controls.addWidget(self.stop_button)
        layout = QVBoxLayout(box)
        layout.addLayout(controls)
        layout.addWidget(self.fine_tune_progress)
        layout.addWidget(self.fine_tune_status)
        layout.addWidget(self.comparison_frame)
        layout.addWidget(self.show_tuned_button)
        return box

    # ------------------------------------------------------------------ the collection
    def digits(self) -> ClassDigits:
        return self._digits

    def is_saved(self) -> bool:
        """False while digits were added or merged since the collection was last saved."""
        return self._saved

    def set_digits(self, digits: ClassDigits, *, saved: bool = False) -> None:
        self._digits = digits
        self._saved = saved
        self._show_collection()
        self.collection_changed.emit()
        self._measure()

    def add_drawing(self, label: int) -> bool:
        """The canvas's drawing joins the collection as a `label`; the canvas is cleared for the next one."""
        if self.canvas.is_blank():
            self.message.emit(tr("Draw a digit first, then press its key."))
            return False
        try:
            digit = drawing_to_digit(self.canvas.picture())
            digits = self._digits.with_digit(digit, label)
        except ValueError as error:
            self.message.emit(str(error))
            return False
        self.canvas.clear()
        self.set_digits(digits)
        self.last_label.setText(tr("Added a {digit}: {count} class digits.").format(digit=label, count=len(digits)))
        return True

    def remove_last(self) -> None:
        if len(self._digits):
            self.set_digits(self._digits.without(len(self._digits) - 1))
            self.last_label.setText(tr("Took back the last digit: {count} class digits.").format(
                count=len(self._digits)))

    def _start_over(self) -> None:
        if not len(self._digits):
            return
        if not self._saved:
            answer = QMessageBox.question(
                self, tr("Start over?"),
                tr("The {count} class digits are not saved. Empty the collection anyway?").format(
                    count=len(self._digits)))
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.set_digits(ClassDigits.empty(), saved=True)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt name
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        digit = _DIGIT_KEYS.get(event.key())
        if digit is not None and modifiers == Qt.KeyboardModifier.NoModifier:
            self.add_drawing(digit)
            event.accept()
            return
        super().keyPressEvent(event)

    def _show_collection(self) -> None:
        counts = self._digits.counts()
        if not len(self._digits):
            self.count_label.setText(tr("No class digits yet."))
        else:
            each = " · ".join(tr("{digit}: {count}").format(digit=d, count=int(c)) for d, c in enumerate(counts))
            self.count_label.setText(tr("<b>{count}</b> class digits · {each}").format(count=len(self._digits),
                                                                                      each=each))
        self.save_button.setEnabled(bool(len(self._digits)))
        self.remove_last_button.setEnabled(bool(len(self._digits)))
        self.new_button.setEnabled(bool(len(self._digits)))
        self._update_fine_tune_button()

    # ------------------------------------------------------------------ files
    def _merge_dialog(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, tr("Add class digits files"), "",
                                                name_filter(CLASS_DIGITS_FILES, ALL_FILES))
        if paths:
            self.merge_files(paths)

    def merge_files(self, paths) -> None:
        """Read the files on the worker and merge them in; a file that is refused is named, the others still join."""
        paths = [Path(path) for path in paths]

        def read():
            found = []
            for path in paths:
                try:
                    found.append((path.name, read_digits_file(path), None))
                except (ValueError, OSError) as error:
                    found.append((path.name, None, str(error)))
            return found

        self._worker.submit(self._files_channel, read, self._on_files_read,
                            lambda error: self.message.emit(error.message))

    def _on_files_read(self, job: JobResult) -> None:
        read = [digits for _, digits, _ in job.value if digits is not None]
        problems = [problem for _, _, problem in job.value if problem is not None]
        added = 0
        if read:
            try:
                merged, dropped = self._digits.merged(*read)
            except ValueError as error:
                problems.append(str(error))
            else:
                added = len(merged) - len(self._digits)
                self.set_digits(merged, saved=self._saved and added == 0)
                self.last_label.setText(
                    tr("Added {added} digits from {files} files ({dropped} already there): {count} class digits.")
                    .format(added=added, files=len(read), dropped=dropped, count=len(merged)))
        if problems:
            self.message.emit(" ".join(problems))
            box = QMessageBox(QMessageBox.Icon.Warning, tr("Some files were not added"), "\n\n".join(problems),
                              QMessageBox.StandardButton.Ok, self)
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()
            self.last_refusal = box
        else:
            self.message.emit(tr("Added {added} class digits.").format(added=added))

    def save_dialog(self) -> bool:
        """Ask where, and save; True when saved."""
        path, _ = QFileDialog.getSaveFileName(self, tr("Save the class digits"), tr("class-digits") + SUFFIX,
                                              name_filter(CLASS_DIGITS_FILES, ALL_FILES))
        return bool(path) and self.save_to(path if Path(path).suffix else path + SUFFIX)

    def save_to(self, path) -> bool:
        try:
            size = write_digits(path, self._digits)
        except (OSError, ValueError) as error:
            self.message.emit(tr("The class digits were not saved: {error}").format(error=error))
            return False
        self._saved = True
        self.message.emit(tr("Saved {count} class digits to {name} ({size} kB).").format(
            count=len(self._digits), name=Path(path).name, size=max(1, round(size / 1000))))
        return True

    # ------------------------------------------------------------------ reading by the network
    def set_network(self, network, name: str, mnist_accuracy: float | None = None) -> None:
        """The network the explorer shows: a LeNet state_dict (Mapping) or a student's `UserModel`."""
        if network is self._network:
            if mnist_accuracy is not None and self._mnist_accuracy is None:
                self._mnist_accuracy = mnist_accuracy
                self._show_summary()
            return
        self._network, self._network_name = network, name
        self._mnist_accuracy = mnist_accuracy
        self._mnist_pass = None
        self._result = None
        self._update_fine_tune_button()
        if mnist_accuracy is None:
            self._measure_mnist()
        self._measure()

    def network_name(self) -> str:
        return self._network_name

    def mnist_accuracy(self) -> float | None:
        return self._mnist_accuracy

    def reads_shipped_mnist(self) -> bool:
        """True when MNIST accuracies are over the shipped 10,000 test digits (not a test's own few)."""
        return self._mnist is None

    def result(self):
        """The ConfusionResult of the shown network over the collection (None until measured)."""
        return self._result

    def _model(self, network):
        from convviz.state.model_choice import network_module

        return network_module(network)

    def _measure(self) -> None:
        network, digits = self._network, self._digits
        if network is None:
            self._show_summary()
            return
        if not len(digits):
            self._result, self._result_of = None, (network, digits)
            self._show_summary()
            self.measured.emit()
            return
        self._worker.submit(self._channel, lambda: (network, digits, read_digits(self._model(network), digits)),
                            self._on_measured, self._on_failed)

    def _on_measured(self, job: JobResult) -> None:
        network, digits, result = job.value
        if network is not self._network or digits is not self._digits:
            return  # a newer network or collection is on its way
        self._result, self._result_of = result, (network, digits)
        self.grid.set_matrix(result.matrix)
        self._show_summary()
        if self._selected_cell is not None:
            self.show_cell(*self._selected_cell)
        else:
            self._list(misread(result), tr("Misread digits (click one to see it in the LeNet explorer):"))
        self.measured.emit()

    def _on_failed(self, error: JobError) -> None:
        self.summary.setText(tr("The class digits could not be read: {error}").format(error=error.message))
        self.message.emit(error.message)

    def _measure_mnist(self) -> None:
        from convviz.state.evaluation import TestPass

        network = self._network
        self._mnist_pass = TestPass(lambda: self._model(network), self._network_name, data=self._mnist)
        self._submit_mnist_chunk(self._mnist_pass)

    def _submit_mnist_chunk(self, test_pass) -> None:
        self._worker.submit(self._mnist_channel, test_pass.run_chunk, self._on_mnist_chunk, self._on_failed)

    def _on_mnist_chunk(self, job: JobResult) -> None:
        if job.value is not self._mnist_pass:
            return
        if not job.value.done:
            self._submit_mnist_chunk(job.value)
            return
        self._mnist_accuracy = job.value.result().accuracy
        self._show_summary()

    def _show_summary(self) -> None:
        if self._network is None:
            self.summary.setText(tr("Open the LeNet explorer: the network it shows reads the class digits."))
            return
        name = self._network_name
        mnist = _percent(self._mnist_accuracy)
        if not len(self._digits):
            self.summary.setText(tr("<b>{name}</b> reads {mnist} of the MNIST test digits right. Draw class digits "
                                    "to compare.").format(name=name, mnist=mnist))
            self.grid.set_matrix(np.zeros((10, 10), np.int64))
            self._list(np.zeros(0, np.int64), "")
            return
        if self._result is None or self._result_of != (self._network, self._digits):
            self.summary.setText(tr("<b>{name}</b> is reading the class digits…").format(name=name))
            return
        result = self._result
        right = int(np.trace(result.matrix))
        self.summary.setText(tr(
            "<b>{name}</b> reads <b>{class_accuracy}</b> of the {count} class digits right ({right}), and "
            "<b>{mnist}</b> of the 10,000 MNIST test digits.").format(
            name=name, class_accuracy=_percent(result.accuracy), count=result.total, right=right, mnist=mnist))

    # ------------------------------------------------------------------ misread digits
    def show_cell(self, true: int, predicted: int) -> None:
        """List the class digits of class `true` read as `predicted` (a click on the grid)."""
        if self._result is None:
            return
        self._selected_cell = (true, predicted)
        self.grid.set_selected((true, predicted))
        what = tr("{true}s read right:") if true == predicted else tr("{true}s read as {predicted}:")
        self._list(self._result.indices(true, predicted), what.format(true=true, predicted=predicted))

    def show_misread(self) -> None:
        """Back to the list of every misread digit."""
        self._selected_cell = None
        self.grid.set_selected(None)
        if self._result is not None:
            self._list(misread(self._result), tr("Misread digits (click one to see it in the LeNet explorer):"))

    def _list(self, indices: np.ndarray, heading: str) -> None:
        self.misread_list.setUpdatesEnabled(False)
        self.misread_list.clear()
        result = self._result
        for index in indices[:MAX_THUMBNAILS]:
            label = int(self._digits.labels[index])
            read_as = int(result.predictions[index])
            item = QListWidgetItem(_digit_icon(self._digits.images[index]), f"{label}→{read_as}")
            item.setData(Qt.ItemDataRole.UserRole, int(index))
            item.setToolTip(tr("class digit {number}: a {label}, read as {read_as} · click to see it in the LeNet "
                               "explorer").format(number=int(index) + 1, label=label, read_as=read_as))
            self.misread_list.addItem(item)
        self.misread_list.setUpdatesEnabled(True)
        if result is not None and not len(indices) and self._selected_cell is None:
            heading = tr("No class digit is misread.")
        self.misread_label.setText(heading)

    def listed_indices(self) -> list[int]:
        return [self.misread_list.item(row).data(Qt.ItemDataRole.UserRole) for row in range(self.misread_list.count())]

    def _open_item(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        index = int(item.data(Qt.ItemDataRole.UserRole))
        label = int(self._digits.labels[index])
        self.digit_requested.emit(self._digits.images[index].copy(), label,
                                  tr("class digit {number} (a {label})").format(number=index + 1, label=label))

    # ------------------------------------------------------------------ fine-tuning
    def _update_fine_tune_button(self) -> None:
        lenet = isinstance(self._network, Mapping)
        enough = len(self._digits) >= 2 and bool((self._digits.counts() >= 2).any())
        running = self._running  # (the thread may still be ending when it has reported)
        self.fine_tune_button.setEnabled(lenet and enough and not running)
        if not lenet and self._network is not None:
            self.fine_tune_button.setToolTip(tr("Fine-tuning works on LeNet networks; your own model runs sealed "
                                                "in a sandbox"))
        elif not enough:
            self.fine_tune_button.setToolTip(tr("Draw at least two of a digit: one is kept aside to measure on"))
        else:
            self.fine_tune_button.setToolTip(tr("A quarter of each digit's drawings is kept aside to measure on; "
                                                "the network learns from the rest"))

    def config(self) -> FineTuneConfig:
        return FineTuneConfig(epochs=self.epochs.value(), layers=tuple(self.layers_choice.currentData()))

    def start_fine_tune(self) -> None:
        if self._running or not isinstance(self._network, Mapping):
            return
        self.runner.wait()  # a run that has reported is ending: its thread is a moment from done
        config = self.config()
        self.fine_tune_progress.setRange(0, config.epochs)
        self.fine_tune_progress.setValue(0)
        self.fine_tune_progress.show()
        self.fine_tune_status.setText(tr("Fine-tuning {layers} of {name}…").format(
            layers=_layers_text(config.layers), name=self._network_name))
        self._running = True
        self.runner.start(dict(self._network), self._digits, config, self._mnist)
        self.fine_tune_button.setEnabled(False)
        self.stop_button.setEnabled(True)

    def _on_fine_tune_progress(self, progress) -> None:
        self.fine_tune_progress.setValue(progress.epoch)
        self.fine_tune_status.setText(tr("Epoch {epoch} of {epochs}: loss {loss}, {accuracy} of the training "
                                         "class digits right").format(
            epoch=progress.epoch, epochs=progress.epochs, loss=f"{progress.loss:.3f}",
            accuracy=_percent(progress.train_accuracy)))

    def _on_fine_tune_failed(self, reason: str) -> None:
        self._end_run()
        self.fine_tune_status.setText(reason)
        self.message.emit(reason)

    def _end_run(self) -> None:
        self._running = False
        self.fine_tune_progress.hide()
        self.stop_button.setEnabled(False)
        self._update_fine_tune_button()

    def _on_fine_tuned(self, result) -> None:
        self._end_run()
        self._tuned = result
        held, learnt = len(result.split.held_out), len(result.split.train)
        how = tr("Stopped after {done} of {epochs} epochs") if result.stopped else tr("{done} epochs")
        self.fine_tune_status.setText(tr("{how} on {learnt} class digits ({layers}); {held} held out to measure on, "
                                         "in {seconds} s.").format(
            how=how.format(done=result.epochs_completed, epochs=result.config.epochs), learnt=learnt,
            layers=_layers_text(result.config.layers), held=held, seconds=f"{result.elapsed_s:.1f}"))
        mnist_count = len(self._mnist[1]) if self._mnist is not None else 10_000
        rows = {
            "class": (tr("held-out class digits ({count})").format(count=held),
                      result.before.class_accuracy, result.after.class_accuracy),
            "mnist": (tr("MNIST test digits ({count})").format(count=f"{mnist_count:,}"),
                      result.before.mnist_accuracy, result.after.mnist_accuracy),
        }
        for key, (name, before, after) in rows.items():
            self.comparison_cells[key, "name"].setText(name)
            self.comparison_cells[key, "before"].setText(_percent(before))
            self.comparison_cells[key, "after"].setText(_percent(after))
            if key == "class":  # a handful of digits: one more or less right moves the percentage a lot
                for part, scores in (("before", result.before), ("after", result.after)):
                    right = int(np.trace(scores.held_out.matrix))
                    self.comparison_cells[key, part].setToolTip(tr("{right} of {count} right").format(
                        right=right, count=scores.held_out.total))
                    self.comparison_cells[key, part].setText(tr("{percent} ({right} of {count})").format(
                        percent=_percent(scores.class_accuracy), right=right, count=scores.held_out.total))
            change = 100 * (after - before)
            colour = "#009E73" if change > 0.05 else "#D55E00" if change < -0.05 else ""
            text = tr("{sign}{points} points").format(sign="+" if change > 0 else "−" if change < 0 else "±",
                                                      points=f"{abs(change):.1f}")
            self.comparison_cells[key, "change"].setText(f'<span style="color:{colour}">{text}</span>'
                                                         if colour else text)
        self.comparison_frame.show()
        self.show_tuned_button.show()
        self.reveal(self.show_tuned_button)
        self.fine_tuned.emit(result)

    def tuned(self):
        """The last FineTuneResult (None before the first run)."""
        return self._tuned

    def shutdown(self) -> None:
        """The window closes: stop a run and wait for its thread."""
        self.runner.stop()
        self.runner.wait(10)
