"""Edit ▸ Undo / Redo: commands that snapshot the views' state models before and after each edit.

Every view that can be undone is an `UndoDocument`: a few named parts (the
convolution settings, a drawing canvas, the LeNet filters, ...), each captured
as an immutable value and restored from one. When a model says it changed,
`UndoRecorder.changed(document)` schedules a commit for the end of the current
event, so one user action that sets several fields (a preset sets the kernel
and its name) is one step. The commit captures every part, compares it with the
last committed values and pushes one `SnapshotCommand` holding the before and
after values of the parts that changed; a part a view changed quietly (signals
blocked) is caught the same way.

Undo restores `before` exactly, redo `after`. While restoring, the recorder
ignores the models' events, so restoring never pushes a command. Bursts of the
same kind (a spin box held down, a slider drag: the document names them with a
merge key) within `MERGE_SECONDS` merge into one command, and a burst that ends
where it began leaves no command at all.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QUndoCommand, QUndoStack

MERGE_SECONDS = 1.0  # changes of one kind closer than this are one undo step
UNDO_LIMIT = 200
MERGE_ID = 0x5EED  # every mergeable SnapshotCommand shares it; mergeWith checks the rest

Describe = Callable[[dict[str, Any], dict[str, Any]], tuple[str, str | None]]


def same(a: Any, b: Any) -> bool:
    """Value equality for snapshots: arrays by shape, type and values, containers item by item."""
    if a is b:
        return True
    if hasattr(a, "same_as"):
        return type(a) is type(b) and a.same_as(b)
    if hasattr(a, "dtype") and hasattr(a, "shape"):
        import numpy as np

        return hasattr(b, "dtype") and a.dtype == b.dtype and a.shape == b.shape and bool(np.array_equal(a, b))
    if isinstance(a, dict):
        return isinstance(b, dict) and a.keys() == b.keys() and all(same(a[k], b[k]) for k in a)
    if isinstance(a, (tuple, list)):
        return type(a) is type(b) and len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
    return type(a) is type(b) and a == b


@dataclass
class Part:
    """One piece of a view's state: how to read it as a value and how to put a value back."""

    name: str
    capture: Callable[[], Any]
    restore: Callable[[Any], None]


@dataclass(eq=False)
class UndoDocument:
    """A view's undoable state: parts restored in the order given, described for the Edit menu."""

    name: str
    parts: list[Part]
    describe: Describe
    busy: Callable[[], bool] = lambda: False  # e.g. a stroke being drawn: commit when it ends
    committed: dict[str, Any] | None = field(default=None, repr=False)  # None until the baseline

    def capture(self) -> dict[str, Any]:
        return {part.name: part.capture() for part in self.parts}


class SnapshotCommand(QUndoCommand):
    """Before and after values of the parts one edit changed."""

    def __init__(self, recorder: UndoRecorder, document: UndoDocument, before: dict, after: dict,
                 text: str, merge_key: str | None, when: float) -> None:
        super().__init__(text)
        self.recorder, self.document = recorder, document
        self.before, self.after = before, after
        self.merge_key, self.when = merge_key, when
        self._just_pushed = True  # QUndoStack.push calls redo(): the edit is already on screen

    def id(self) -> int:
        return MERGE_ID if self.merge_key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt name
        if not (
            isinstance(other, SnapshotCommand)
            and other.document is self.document
            and other.merge_key == self.merge_key
            and other.when - self.when <= MERGE_SECONDS
        ):
            return False
        for name, value in other.before.items():
            self.before.setdefault(name, value)
        self.after.update(other.after)
        self.when = other.when
        self.setText(other.text())
        if all(same(self.before[name], self.after[name]) for name in self.before):
            self.setObsolete(True)  # the burst came back to where it started: nothing to undo
        return True

    def undo(self) -> None:
        self.recorder.restore(self.document, self.before)

    def redo(self) -> None:
        if self._just_pushed:
            self._just_pushed = False
            return
        self.recorder.restore(self.document, self.after)


class UndoRecorder(QObject):
    """Turns model changes into undo steps on one `QUndoStack` shared by every view of a window."""

    def __init__(self, parent: QObject | None = None, *, clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(parent)
        self.stack = QUndoStack(self)
        self.stack.setUndoLimit(UNDO_LIMIT)
        self._clock = clock
        self._documents: list[UndoDocument] = []
        self._pending: list[UndoDocument] = []
        self._restoring = 0
        self._timer = QTimer(self, singleShot=True, interval=0, timeout=self.flush)

    # ------------------------------------------------------------------ documents
    def add(self, document: UndoDocument, *, start: bool = True) -> UndoDocument:
        """Track `document`; with start=False its baseline waits for `start()` (a view still loading)."""
        self._documents.append(document)
        if start:
            self.start(document)
        return document

    def start(self, document: UndoDocument) -> None:
        """Take the document's current state as the baseline (nothing before it is undoable)."""
        if document.committed is None:
            document.committed = document.capture()

    def documents(self) -> list[UndoDocument]:
        return list(self._documents)

    def document(self, name: str) -> UndoDocument | None:
        return next((d for d in self._documents if d.name == name), None)

    # ------------------------------------------------------------------ recording
    def changed(self, document: UndoDocument, *_args: Any) -> None:
        """A model of `document` changed: commit once the current event is over."""
        if self._restoring or document.committed is None:
            return
        if document not in self._pending:
            self._pending.append(document)
        self._timer.start()

    def flush(self) -> None:
        """Commit every pending change now (done before undo, redo and saving)."""
        self._timer.stop()
        pending, self._pending = self._pending, []
        for document in pending:
            if document.busy():
                continue  # mid-stroke: the end of the stroke commits it
            self._commit(document)

    def _commit(self, document: UndoDocument) -> None:
        now = document.capture()
        committed = document.committed or {}
        changed = [name for name in now if not same(now[name], committed.get(name))]
        if not changed:
            return
        before = {name: committed.get(name) for name in changed}
        after = {name: now[name] for name in changed}
        text, merge_key = document.describe(before, after)
        document.committed = now
        self.stack.push(SnapshotCommand(self, document, before, after, text, merge_key, self._clock()))

    # ------------------------------------------------------------------ restoring
    @contextmanager
    def suspended(self) -> Iterator[None]:
        """Model changes inside the block are not recorded (restoring, opening a session)."""
        self._restoring += 1
        try:
            yield
        finally:
            self._restoring -= 1

    def is_restoring(self) -> bool:
        return self._restoring > 0

    def restore(self, document: UndoDocument, values: dict[str, Any]) -> None:
        """Put `values` back into the document's models, in the parts' order, unrecorded."""
        with self.suspended():
            for part in document.parts:
                if part.name in values:
                    part.restore(values[part.name])
        document.committed = document.capture()

    def undo(self) -> None:
        self.flush()
        self.stack.undo()

    def redo(self) -> None:
        self.flush()
        self.stack.redo()

    def rebaseline(self, document: UndoDocument) -> None:
        """Take the document's current state as committed, without an undo step (a late restore)."""
        if document in self._pending:
            self._pending.remove(document)
        document.committed = document.capture()

    def reset(self) -> None:
        """Forget every step and take the current states as the new baselines (a session was opened)."""
        self._timer.stop()
        self._pending.clear()
        self.stack.clear()
        for document in self._documents:
            if document.committed is not None:
                document.committed = document.capture()
