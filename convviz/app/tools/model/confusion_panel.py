"""Which digits does the network mistake for which? The confusion matrix over the 10,000 test digits.

The pass runs on the shared worker in chunks (`TestPass`, channel
"confusion"), so the explorer stays live meanwhile. Clicking a cell lists
those test digits as thumbnails; double-clicking one (or "Open in explorer")
emits `digit_requested(index)`, and the explorer reads that digit.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from convviz.app.widgets.confusion_grid import ConfusionGrid
from convviz.app.worker import ComputeWorker, JobError, JobResult
from convviz.i18n import tr
from convviz.state.evaluation import TestPass

THUMB_SCALE = 3  # 28 px digits shown at 84 px
MAX_THUMBNAILS = 300  # a diagonal cell holds ~1,000 digits: the first 300 are plenty to browse


def digit_icon(image: np.ndarray) -> QIcon:
    """A 28×28 uint8 digit as an icon, enlarged with whole pixels (no blur)."""
    grey = np.ascontiguousarray(image, dtype=np.uint8)
    picture = QImage(grey.data, grey.shape[1], grey.shape[0], grey.shape[1], QImage.Format.Format_Grayscale8)
    side = grey.shape[0] * THUMB_SCALE
    return QIcon(QPixmap.fromImage(picture.scaled(side, side, Qt.AspectRatioMode.KeepAspectRatio,
                                                  Qt.TransformationMode.FastTransformation)))


class ConfusionPanel(QWidget):
    """Heading, progress, the clickable matrix, and the digits behind the chosen cell."""

    digit_requested = Signal(int)  # a test digit's index, to open in the explorer
    message = Signal(str)
    updated = Signal()  # a finished matrix is on screen
    failed = Signal(str)  # a pass that could not finish (the message says why)

    def __init__(self, worker: ComputeWorker, parent: QWidget | None = None, *, data=None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._data = data  # (images, labels) for tests; None: the shipped test set
        self._pass: TestPass | None = None
        self._result = None
        self._images: np.ndarray | None = None
        self._listed: np.ndarray = np.zeros(0, dtype=np.int64)

        self.heading = QLabel("The confusion matrix appears here once the network has read every test digit.")
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.hide()
        self.grid = ConfusionGrid()
        self.grid.cell_clicked.connect(self.show_cell)
        self.cell_label = QLabel("Click a cell to see its digits.")
        self.cell_label.setWordWrap(True)
        self.thumbnails = QListWidget()
        self.thumbnails.setAccessibleName(tr("test digits of the chosen cell"))
        self.thumbnails.setAccessibleDescription(tr("Arrow keys choose a digit; “Open in explorer” shows it in the LeNet view"))
        self.thumbnails.setViewMode(QListView.ViewMode.IconMode)
        self.thumbnails.setIconSize(QSize(28 * THUMB_SCALE, 28 * THUMB_SCALE))
        self.thumbnails.setResizeMode(QListView.ResizeMode.Adjust)
        self.thumbnails.setMovement(QListView.Movement.Static)
        self.thumbnails.setUniformItemSizes(True)
        self.thumbnails.setSpacing(4)
        self.thumbnails.setMinimumHeight(130)
        self.thumbnails.itemDoubleClicked.connect(self._open_item)
        self.open_button = QPushButton("Open in explorer")
        self.open_button.setEnabled(False)
        self.open_button.setToolTip(tr("Show the chosen test digit in the LeNet view"))
        self.open_button.clicked.connect(lambda: self._open_item(self.thumbnails.currentItem()))
        self.thumbnails.currentItemChanged.connect(lambda item, _old: self.open_button.setEnabled(item is not None))
        cell_row = QHBoxLayout()
        cell_row.addWidget(self.cell_label, 1)
        cell_row.addWidget(self.open_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.progress)
        layout.addWidget(self.grid, 3)
        layout.addLayout(cell_row)
        layout.addWidget(self.thumbnails, 2)
        self._channel = worker.new_channel("confusion")

    # ------------------------------------------------------------------ compute
    def compute(self, make_model: Callable[[], object], name: str) -> None:
        """Start a pass of the network `make_model()` builds (on the worker) over the test digits."""
        self._pass = TestPass(make_model, name, data=self._data)
        self.progress.setValue(0)
        self.progress.show()
        self.heading.setText(f"Reading the 10,000 test digits with {name}…")
        self._submit_chunk(self._pass)

    def _submit_chunk(self, test_pass) -> None:
        self._worker.submit(self._channel, test_pass.run_chunk, self._on_finished, self._on_failed)

    def is_busy(self) -> bool:
        return self._pass is not None and not self._pass.done

    def result(self):
        """The ConfusionResult on screen, or None."""
        return self._result

    def _on_finished(self, job: JobResult) -> None:
        if job.value is not self._pass:
            return  # a chunk of a pass that a newer one replaced
        finished = job.value
        self.progress.setValue(round(100 * finished.fraction))
        if not finished.done:
            self._submit_chunk(finished)
            return
        self.progress.hide()
        self._images = finished.images
        self._show(finished.result(), finished.name)

    def _on_failed(self, error: JobError) -> None:
        self._pass = None
        self.progress.hide()
        self.heading.setText(f"No confusion matrix: {error.message}")
        self.message.emit(error.message)
        self.failed.emit(error.message)

    def _show(self, result, name: str) -> None:
        self._result = result
        self.grid.set_matrix(result.matrix)
        wrong = result.total - int(np.trace(result.matrix))
        self.heading.setText(
            f"<b>{name}</b> over {result.total:,} test digits: <b>{100 * result.accuracy:.2f}%</b> right, "
            f"{wrong} mistakes. Rows: the true digit · columns: what the network read."
        )
        selected = self.grid.selected()
        if selected is not None:
            self.show_cell(*selected)
        else:
            self.thumbnails.clear()
            self._listed = np.zeros(0, dtype=np.int64)
        self.updated.emit()

    # ------------------------------------------------------------------ browse
    def show_cell(self, true: int, predicted: int) -> None:
        """List the test digits of class `true` that the network read as `predicted`."""
        if self._result is None:
            return
        self.grid.set_selected((true, predicted))
        indices = self._result.indices(true, predicted)
        self._listed = indices
        shown = indices[:MAX_THUMBNAILS]
        self.thumbnails.setUpdatesEnabled(False)
        self.thumbnails.clear()
        for index in shown:
            item = QListWidgetItem(digit_icon(self._images[index]), f"#{index}")
            item.setData(Qt.ItemDataRole.UserRole, int(index))
            item.setToolTip(f"test digit #{index}: a {true}, read as {predicted} · double-click to open it")
            self.thumbnails.addItem(item)
        self.thumbnails.setUpdatesEnabled(True)
        what = "read right" if true == predicted else f"read as {predicted}"
        more = f" (the first {MAX_THUMBNAILS} shown)" if len(indices) > MAX_THUMBNAILS else ""
        self.cell_label.setText(
            f"<b>{len(indices)}</b> test digit{'s' if len(indices) != 1 else ''} that are {true}s {what}{more}"
            + (" · double-click one to open it in the explorer" if len(indices) else "")
        )

    def listed_indices(self) -> np.ndarray:
        """The test-set positions of the digits behind the selected cell (all of them, not only those shown)."""
        return self._listed.copy()

    def shown_indices(self) -> list[int]:
        return [self.thumbnails.item(row).data(Qt.ItemDataRole.UserRole) for row in range(self.thumbnails.count())]

    def _open_item(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.digit_requested.emit(int(item.data(Qt.ItemDataRole.UserRole)))
