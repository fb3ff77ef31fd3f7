"""Sessions and undo in the main window: File ▸ Open / Save session, Edit ▸ Undo / Redo, autosave.

`install_sessions(window)` is the one hook the main window calls. It adds:

- **File ▸ Open session…** (Ctrl+Alt+O), **Save session** (Ctrl+S), **Save
  session as…** (Ctrl+Shift+S), **Restore last session** and the option
  **Reopen last session on start**. Sessions go into File ▸ Recent files too.
  A session is read and checked on the shared worker; a file that is broken,
  truncated, from a newer convviz or not a session at all is refused with a
  dialog and a status-bar message, and nothing open changes (every view's
  state is checked against the built views before any is touched).
- **Edit ▸ Undo / Redo** with the platform's keys (`QKeySequence.Undo` /
  `Redo`) over one `UndoRecorder` for every view (see `convviz.app.tools.sessions.undo`).
- **Autosave on quit**: closing the window writes `last-session.convviz` to
  the data folder, once anything was done (an edit, a picture, a session):
  opening convviz and closing it again keeps the previous one. The window
  only captures the state (references to its arrays, milliseconds); encoding
  and writing it (seconds for a 4096² photo) happen on a thread of their own,
  which Python finishes before the process ends, so closing never waits for
  the disk and the file is always complete (written atomically).
  Reopening it at start is an option, **off by default**: a
  class should start from the same clean state every time, and yesterday's
  work is one click away in File ▸ Restore last session.

The data folder is `$CONVVIZ_DATA` if set, else a `convviz-data` folder beside
an explicit .ini settings file (tests and portable installs: nothing leaks
into the user's folders), else Qt's `AppDataLocation`.
"""

from __future__ import annotations

import os
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QSettings, QStandardPaths, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractSpinBox, QFileDialog, QMenu, QMessageBox

from convviz.app.tools.sessions.undo import UndoRecorder
from convviz.app.widgets.file_filters import ALL_FILES, FileKind, name_filter
from convviz.i18n import tr, tr_noop

if TYPE_CHECKING:  # numpy and the session package load with the first session, after the first paint
    from convviz.session import LessonRef, Session

DATA_ENV = "CONVVIZ_DATA"
AUTOSAVE_NAME = "last-session.convviz"
REOPEN_KEY = "session/reopen_last"
REOPEN_DEFAULT = False  # see the module docstring
FOLDER_KEY = "session/folder"
_AUTOSAVE_LOCK = threading.Lock()  # two windows closing at once write one after the other
SESSION_SUFFIX = ".convviz"  # also in convviz.session (not imported here: it loads numpy)
SESSIONS: FileKind = (tr_noop("convviz sessions"), "*.convviz")


def data_folder(settings: QSettings) -> Path:
    """Where the autosave lives (see the module docstring)."""
    chosen = os.environ.get(DATA_ENV)
    if chosen:
        return Path(chosen)
    if settings.format() == QSettings.Format.IniFormat and settings.fileName():
        return Path(settings.fileName()).resolve().parent / "convviz-data"
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(location) if location else Path.home() / ".convviz"


def is_session_path(path: str | Path) -> bool:
    return str(path).lower().endswith(SESSION_SUFFIX)


class SessionActions(QObject):
    """Everything `install_sessions` adds to a main window."""

    opened = Signal(str)  # the file, once every view shows the session ("" for none)
    failed = Signal(str)  # the sentence shown in the dialog; nothing open changed
    saved = Signal(str)  # the file written

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.settings: QSettings = window.settings
        self.recorder = UndoRecorder(self)
        self.path: Path | None = None  # the session file open (Save writes here)
        self.error_box: QMessageBox | None = None
        self._waiting: set[_Once] = set()  # one-shot connections still waiting for their signal
        self._touched = False  # anything done worth an autosave (an edit, a picture, a session)
        self._autosave_thread: threading.Thread | None = None
        self._base_title = window.windowTitle()
        self._build_file_menu()
        self._build_edit_menu()
        self.recorder.stack.cleanChanged.connect(self._show_title)
        self.recorder.stack.indexChanged.connect(self._touch)
        window.image_changed.connect(self._touch)
        window.view_built.connect(self._track)
        for name in list(window.views):
            self._track(name)
        self._open_channel = window.worker.new_channel("session-open")
        window.libraries_loaded.connect(self._reopen_on_start)
        window.installEventFilter(self)

    # ------------------------------------------------------------------ menus
    def _build_file_menu(self) -> None:
        menu: QMenu = self.window.file_menu
        actions = menu.actions()
        recent = self.window.recent_menu.menuAction()
        index = actions.index(recent) + 1 if recent in actions else len(actions)
        after = actions[index] if index < len(actions) else None  # the section goes right after Recent files

        def add(text: str, slot, keys=None) -> QAction:
            action = QAction(text, menu)
            action.triggered.connect(slot)
            if keys is not None:
                action.setShortcuts(keys) if isinstance(keys, QKeySequence.StandardKey) else action.setShortcut(QKeySequence(keys))
            menu.insertAction(after, action)
            return action

        menu.insertSeparator(after)
        self.open_action = add(tr("Open &session…"), self.open_dialog, "Ctrl+Alt+O")  # Ctrl+Shift+O: Model ▸ Open model
        self.save_action = add(tr("&Save session"), self.save, QKeySequence.StandardKey.Save)
        self.save_as_action = add(tr("Save session &as…"), self.save_as, "Ctrl+Shift+S")
        self.restore_action = add(tr("Restore &last session"), self.restore_last)
        self.restore_action.setToolTip(tr("The session convviz saved when it was last closed"))
        self.reopen_action = add(tr("Reopen last session on start"), self._set_reopen)
        self.reopen_action.setCheckable(True)
        self.reopen_action.setChecked(self.reopen_on_start())
        self.reopen_action.setToolTip(tr("Open the session saved at the last quit when convviz starts"))
        menu.insertSeparator(after)
        menu.aboutToShow.connect(lambda: self.restore_action.setEnabled(self.autosave_path().is_file()))

    def _build_edit_menu(self) -> None:
        bar = self.window.menuBar()
        self.edit_menu = QMenu(tr("&Edit"), self.window)
        bar.insertMenu(self.window.view_menu.menuAction(), self.edit_menu)
        stack = self.recorder.stack
        self.undo_action = self.edit_menu.addAction(tr("&Undo"), self.recorder.undo)
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.redo_action = self.edit_menu.addAction(tr("&Redo"), self.recorder.redo)
        self.redo_action.setShortcuts(QKeySequence.StandardKey.Redo)
        self.undo_action.setEnabled(False)
        self.redo_action.setEnabled(False)
        stack.canUndoChanged.connect(lambda on: _alive(self.undo_action) and self.undo_action.setEnabled(on))
        stack.canRedoChanged.connect(lambda on: _alive(self.redo_action) and self.redo_action.setEnabled(on))
        stack.undoTextChanged.connect(lambda text: _alive(self.undo_action) and self.undo_action.setText(
            tr("&Undo {action}").format(action=text).rstrip()))
        stack.redoTextChanged.connect(lambda text: _alive(self.redo_action) and self.redo_action.setText(
            tr("&Redo {action}").format(action=text).rstrip()))

    def _track(self, name: str) -> None:
        from convviz.app.tools.sessions.undo_documents import track_view

        view = self.window.views.get(name)
        if view is not None:
            track_view(self.recorder, name, view)
            for spin in view.findChildren(QAbstractSpinBox):
                spin.installEventFilter(self)  # Ctrl+Z in a spin box is Edit ▸ Undo, not "undo my typing"

    # ------------------------------------------------------------------ saving
    def capture(self) -> Session:
        """The window's picture, every built view's state, the current view and the open lesson."""
        from convviz.session import Session

        window = self.window
        picture = window.picture()
        views: dict[str, dict[str, Any]] = {}
        for name, view in window.views.items():
            state = view.session_state()
            if state:
                views[name] = state
        own = views.get("convolution", {}).get("picture")
        if own is not None and picture is not None and own["array"] is picture:
            views["convolution"]["picture"] = {"source": "window"}  # the same picture: embedded once
        return Session(
            views=views,
            current_view=window.current_view_name(),
            picture=picture,
            picture_name=window.picture_name() if picture is not None else "",
            lesson=self._lesson_ref(),
        )

    def save(self) -> bool:
        """Ctrl+S: write the open session file, or ask for one."""
        if self.path is None:
            return self.save_as()
        return self.save_to(self.path)

    def save_as(self) -> bool:
        start = str(self.path or Path(self.settings.value(FOLDER_KEY, "") or "") / "class.convviz")
        path, _ = QFileDialog.getSaveFileName(self.window, tr("Save the session"), start,
                                              name_filter(SESSIONS, ALL_FILES))
        if not path:
            return False
        if not is_session_path(path):
            path += SESSION_SUFFIX
        return self.save_to(path)

    def save_to(self, path: str | Path) -> bool:
        """Write the session to `path`; a dialog says why if it cannot be written."""
        from convviz.session import write_session

        path = Path(path)
        self.recorder.flush()
        try:
            size = write_session(path, self.capture())
        except (OSError, ValueError, TypeError) as exc:
            reason = getattr(exc, "strerror", None) or str(exc)
            self._refuse(tr("The session was not saved"),
                         tr("Could not save the session to {file}: {problem}.").format(file=path.name, problem=reason))
            return False
        self.path = path
        self.settings.setValue(FOLDER_KEY, str(path.parent))
        self.window.recent.add(path)
        self.recorder.stack.setClean()
        self._show_title()
        self.window.show_message(tr("Session saved to {file} ({size} KB).").format(file=path.name,
                                                                                    size=f"{size / 1024:,.0f}"))
        self.saved.emit(str(path))
        return True

    def autosave_path(self) -> Path:
        return data_folder(self.settings) / AUTOSAVE_NAME

    def _touch(self, *_args) -> None:
        self._touched = True

    def autosave(self) -> Path | None:
        """Capture the last session and write it to the data folder on a thread (on quit); the path it goes to.

        Only after something happened: opening convviz and closing it again (or a
        --screenshot run) keeps the previous last session. Never stops the window
        closing, nor makes it wait: see the module docstring.
        """
        if not self._touched or not self.window.views or self.window.leave_no_trace:
            return None
        try:
            from convviz.session import write_session

            self.recorder.flush()
            path = self.autosave_path()
            session = self.capture()
        except Exception as exc:  # noqa: BLE001 - closing must go on whatever happens
            print(f"convviz: could not autosave the session: {exc}", file=sys.stderr)
            return None
        self.wait_for_autosave()  # an earlier one (a second close): one writer at a time, newest last
        thread = threading.Thread(target=_write_autosave, args=(write_session, path, session),
                                  name="convviz-autosave", daemon=False)  # the interpreter waits for it at exit
        self._autosave_thread = thread
        thread.start()
        return path

    def wait_for_autosave(self, timeout: float | None = None) -> bool:
        """Block until the autosave being written (if any) is on disk; False if `timeout` passed first."""
        thread = self._autosave_thread
        if thread is None:
            return True
        thread.join(timeout)
        return not thread.is_alive()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt name
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.autosave()
        elif event.type() == QEvent.Type.ShortcutOverride and isinstance(watched, QAbstractSpinBox):
            # a spin box would keep Ctrl+Z for its text; its value is a setting, so the Edit menu takes it
            return event.matches(QKeySequence.StandardKey.Undo) or event.matches(QKeySequence.StandardKey.Redo)
        return False

    # ------------------------------------------------------------------ opening
    def open_dialog(self) -> None:
        start = str(self.settings.value(FOLDER_KEY, "") or "")
        path, _ = QFileDialog.getOpenFileName(self.window, tr("Open a session"), start,
                                              name_filter(SESSIONS, ALL_FILES))
        if path:
            self.open_session(path)

    def open_session(self, path: str | Path, *, autosaved: bool = False) -> None:
        """Read and check the file on the worker; `opened` or `failed` follows."""
        from convviz.session import read_session

        path = str(path)
        self.window.show_message(tr("Opening the session {file}…").format(file=Path(path).name))
        self.window.worker.submit(
            self._open_channel, lambda: (read_session(path), path, autosaved), self._on_finished, self._on_failed
        )

    def restore_last(self) -> None:
        """File ▸ Restore last session: the autosave written when convviz was last closed."""
        path = self.autosave_path()
        if not path.is_file():
            self.window.show_message(tr("There is no last session yet: convviz saves one when it closes."))
            return
        self.open_session(path, autosaved=True)

    def reopen_on_start(self) -> bool:
        value = self.settings.value(REOPEN_KEY, REOPEN_DEFAULT)
        return value in (True, "true", "1", 1)

    def _set_reopen(self, on: bool) -> None:
        self.settings.setValue(REOPEN_KEY, bool(on))

    def _reopen_on_start(self) -> None:
        if self.reopen_on_start() and self.autosave_path().is_file() and not self.window.leave_no_trace:
            self.open_session(self.autosave_path(), autosaved=True)

    def _on_finished(self, result) -> None:
        session, path, autosaved = result.value
        self.apply(session, None if autosaved else path, name=Path(path).name)

    def _on_failed(self, error) -> None:
        self._refuse(tr("This session cannot be opened"), error.message)

    def apply(self, session: Session, path: str | Path | None = None, *, name: str = "") -> bool:
        """Show `session` in the window: build its views, check every state, then restore them all."""
        from convviz.session import SessionError

        window = self.window
        views, skipped = {}, list(session.skipped_views)
        for view_name in session.views:
            view = window.views.get(view_name) or (window.build_view(view_name) if self._installed(view_name) else None)
            if view is None:
                skipped.append(view_name)
            else:
                views[view_name] = view
        states = {}
        try:
            for view_name, view in views.items():
                state = self._with_window_picture(session.views[view_name], session)
                view.check_session_state(state)
                states[view_name] = state
        except SessionError as exc:
            self._refuse(tr("This session cannot be opened"), f"{name or tr('This session')}: {exc}.")
            return False
        try:
            self._restore(session, views, states, all_or_nothing=True)
        except Exception as exc:  # noqa: BLE001 - a check missed something: everything was put back as it was
            reason = str(exc).strip().rstrip(".") or type(exc).__name__
            self._refuse(tr("This session cannot be opened"), f"{name or tr('This session')}: {reason}.")
            return False
        self.path = Path(path) if path is not None else None
        self._touched = True
        if path is not None:
            window.recent.add(path)
        self._show_title()
        note = tr(" (left out: {views} — not in this convviz)").format(views=", ".join(skipped)) if skipped else ""
        window.show_message(tr("Session {name} opened{note}.").format(name=name, note=note).replace("  ", " "))
        self._reopen_lesson(session, views, states)
        self.opened.emit(str(path or ""))
        return True

    def _restore(self, session: Session, views: dict, states: dict, *, all_or_nothing: bool = False) -> None:
        """Every view back to its checked state; with `all_or_nothing`, a failure puts back what was there."""
        window = self.window
        before = self._as_it_is(views) if all_or_nothing else None
        with self.recorder.suspended():
            try:
                if session.picture is not None:
                    window.adopt_picture(session.picture, session.picture_name)
                for view_name, view in views.items():
                    view.restore_session_state(states[view_name])
            except Exception:
                if before is not None:
                    self._put_back(before)
                raise
            for view_name, view in views.items():
                if view_name == "lenet" and view.result() is None:
                    self._restore_after_first_result(view, states[view_name])
            if session.current_view is not None and self._installed(session.current_view):
                window.show_view(session.current_view)
        self.recorder.reset()

    def _as_it_is(self, views: dict) -> tuple:
        """The window's picture and the given views' states, to put back if a restore fails half-way."""
        window = self.window
        return window.picture(), window.picture_name(), {name: view.session_state() for name, view in views.items()}

    def _put_back(self, before: tuple) -> None:
        picture, picture_name, states = before
        self.window.adopt_picture(picture, picture_name)
        for view_name, state in states.items():
            if state:
                try:
                    self.window.views[view_name].restore_session_state(state)
                except Exception as exc:  # noqa: BLE001 - put back what can be put back, and say what could not
                    print(f"convviz: the {view_name} view could not be put back: {exc}", file=sys.stderr)

    def _restore_after_first_result(self, view, state: dict) -> None:
        """A LeNet view still loading its first digit would cover the restored one: restore again then."""

        def again() -> None:
            with self.recorder.suspended():
                view.restore_session_state(state)
            document = self.recorder.document("lenet")
            if document is not None:
                self.recorder.rebaseline(document)

        self._once(view.updated, again)

    def _once(self, signal, slot) -> _Once:
        once = _Once(signal, slot, self._waiting)
        self._waiting.add(once)
        return once

    def _with_window_picture(self, state: dict, session: Session) -> dict:
        picture = state.get("picture")
        if isinstance(picture, dict) and picture.get("source") == "window":
            if session.picture is None:
                return state  # check_state refuses it
            state = dict(state)
            state["picture"] = {"source": "own", "name": session.picture_name, "array": session.picture}
        return state

    def _installed(self, view_name: str) -> bool:
        action = self.window.view_actions.get(view_name)
        return action is not None and action.isEnabled()

    # ------------------------------------------------------------------ lessons
    def _lesson_ref(self) -> LessonRef | None:
        from convviz.session import LessonRef

        tools = self.window.lessons
        loader = None if tools is None else tools.loader
        prepared = None if loader is None else loader.current
        if prepared is None or tools.panel_dock().isHidden():
            return None
        from convviz.lessons import lessons_folder

        lesson = prepared.lesson
        builtin = lesson.path is None or Path(lesson.path).resolve().parent == Path(lessons_folder()).resolve()
        return LessonRef(id=lesson.id, number=lesson.number, builtin=builtin,
                         path=None if builtin else str(lesson.path), filter=int(loader.filter_index))

    def _reopen_lesson(self, session: Session, views: dict, states: dict) -> None:
        """Open the session's lesson again, then put the views back as they were saved (on top of it)."""
        ref = session.lesson
        tools = self.window.lessons
        if ref is None or tools is None:
            return
        loader = tools.loader

        def opened(_prepared) -> None:
            on_failure.cancel()
            self._restore(session, views, states)
            loader.filter_index = ref.filter
            loader.filter_changed.emit(ref.filter)

        on_open = self._once(loader.opened, opened)
        on_failure = self._once(loader.failed, lambda _text: on_open.cancel())  # the loader's dialog says why

        def give_up(text: str) -> None:
            on_open.cancel()
            on_failure.cancel()
            self.window.show_message(text)

        def open_builtin(*_args) -> None:
            lesson = next((item for item in loader.lessons if item.id == ref.id), None)
            lesson = lesson or loader.lesson_numbered(ref.number)
            if lesson is None:
                give_up(tr("The session's lesson {number} is not in this convviz.").format(number=ref.number))
            else:
                loader.open_lesson(lesson)

        if not ref.builtin:
            if ref.path and Path(ref.path).is_file():
                loader.open_file(ref.path)
            else:
                give_up(tr("The session's lesson file {path} is no longer there.").format(path=ref.path))
        elif loader.lessons:
            open_builtin()
        else:
            self._once(loader.catalogue_ready, open_builtin)
            loader.load_catalogue()

    # ------------------------------------------------------------------ feedback
    def _refuse(self, title: str, text: str) -> None:
        """A dialog (not modal: the class goes on) and the status bar say why; nothing changed."""
        if self.error_box is not None:
            self.error_box.close()
        box = QMessageBox(QMessageBox.Icon.Warning, title, f"{text}\n\n" + tr("Nothing that was open has changed."),
                          QMessageBox.StandardButton.Ok, self.window)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.destroyed.connect(lambda: setattr(self, "error_box", None))
        self.error_box = box
        self.window.show_message(text)
        box.open()
        self.failed.emit(text)

    def _show_title(self, *_args) -> None:
        if self.path is None:
            self.window.setWindowTitle(self._base_title)
            return
        self.window.setWindowTitle(f"{self.path.name}[*] — {self._base_title}")
        self.window.setWindowModified(not self.recorder.stack.isClean())


class _Once:
    """`slot` connected to `signal` for one emission; `cancel()` takes it back if it has not fired."""

    def __init__(self, signal, slot, keeper: set) -> None:
        self._signal, self._slot, self._keeper = signal, slot, keeper
        self._live = True
        signal.connect(self._fire)

    def _fire(self, *args) -> None:
        if self._live:
            self.cancel()
            self._slot(*args)

    def cancel(self) -> None:
        if self._live:
            self._live = False
            self._signal.disconnect(self._fire)
            self._keeper.discard(self)


def _write_autosave(write_session, path: Path, session) -> None:
    """On the autosave thread: encode and write the captured session (atomically), or say why not."""
    try:
        with _AUTOSAVE_LOCK:
            write_session(path, session)
    except Exception as exc:  # noqa: BLE001 - nobody is left to show a dialog to
        print(f"convviz: could not autosave the session: {exc}", file=sys.stderr)


def _alive(obj: QObject) -> bool:
    """False once Qt deleted the object (the stack still speaks while the window is torn down)."""
    from shiboken6 import isValid

    return isValid(obj)


def install_sessions(window) -> SessionActions:
    """Add the session actions, the Edit menu's undo / redo, autosave and reopen to `window`."""
    return SessionActions(window)
