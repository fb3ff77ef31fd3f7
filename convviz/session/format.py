"""The `.convviz` session file: versioned JSON holding the picture, every view's state and the lesson.

    {"format": "convviz-session", "version": 1, "app_version": "0.4.0",
     "current_view": "steps", "picture": {"name": "camera", "array": {"$array": {...}}},
     "views": {"convolution": {...}, "steps": {...}, "lenet": {...}},
     "lesson": {"id": "stride-2", "number": 6, "builtin": true, "path": null, "filter": 0}}

Reading checks everything before anything is used: `read_session` returns a
`Session` whose views are already validated (`convviz.session.views`), or
raises `SessionError` with one sentence for the dialog. A file from a newer
convviz, a truncated or damaged file, or any other JSON is refused the same
way. Every number, text and embedded array is checked against
`convviz.limits` before anything is decoded or computed, so what this
returns is whole and fits the views. Writing goes to a temporary file that
replaces the target only once complete, so a crash never leaves half a
session behind. No Qt here.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from convviz import limits, safe_json
from convviz.i18n import tr, tr_noop
from convviz.limits import describe
from convviz.new_files import create_beside
from convviz.safe_files import read_regular_file
from convviz.session import fields
from convviz.session.arrays import DecodeBudget, to_json_value
from convviz.session.errors import SessionError
from convviz.session.views import VIEW_CHECKS

SESSION_FORMAT = "convviz-session"
SESSION_VERSION = 1
SESSION_SUFFIX = ".convviz"
SESSION_FILTER = tr_noop("convviz sessions (*.convviz);;All files (*)")  # a file dialog shows tr(SESSION_FILTER)
MAX_FILE_BYTES = limits.SESSION_FILE_BYTES


@dataclass
class LessonRef:
    """Which lesson was open: a built-in one (by id, number as a fallback) or a teacher's file."""

    id: str
    number: int
    builtin: bool
    path: str | None = None
    filter: int = 0


@dataclass
class Session:
    """Everything a session file holds, checked. View states are plain dicts (see `views`)."""

    views: dict[str, dict[str, Any]] = field(default_factory=dict)
    current_view: str | None = None
    picture: np.ndarray | None = None
    picture_name: str = ""
    lesson: LessonRef | None = None
    app_version: str = ""
    skipped_views: tuple[str, ...] = ()  # views this convviz does not know (named in the status bar)


def session_to_text(session: Session) -> str:
    """The session as JSON text (arrays embedded losslessly)."""
    from convviz import __version__

    document: dict[str, Any] = {
        "format": SESSION_FORMAT,
        "version": SESSION_VERSION,
        "app_version": session.app_version or __version__,
        "current_view": session.current_view,
        "picture": None
        if session.picture is None
        else {"name": session.picture_name, "array": np.asarray(session.picture)},
        "views": session.views,
        "lesson": None if session.lesson is None else vars(session.lesson).copy(),
    }
    return json.dumps(to_json_value(document), allow_nan=False, separators=(",", ":"))


def session_from_text(text: str) -> Session:
    """Parse and check a session; SessionError with a sentence if anything is wrong."""
    if len(text) > MAX_FILE_BYTES:
        raise SessionError(
            tr("This file is not a convviz session: it is {length:,.0f} million characters long "
               "(the limit is {limit:,.0f} million).").format(length=len(text) / 1e6, limit=MAX_FILE_BYTES / 1e6)
        )
    try:
        document = safe_json.loads(text)
    except json.JSONDecodeError as exc:
        stripped = text.strip()
        cut = stripped.startswith("{") and (not stripped.endswith("}") or exc.pos >= len(stripped))
        ending = " " + tr("It looks cut short (truncated).") if cut else ""
        raise SessionError(
            tr("This file is not a convviz session: it is not valid JSON (line {line}, "
               "column {column}: {reason}).").format(line=exc.lineno, column=exc.colno, reason=exc.msg) + ending
        ) from None
    except safe_json.JsonProblem as exc:
        raise SessionError(tr("This file is not a convviz session: {reason}.").format(reason=exc)) from None
    if not isinstance(document, dict) or document.get("format") != SESSION_FORMAT:
        raise SessionError(
            tr('This file is not a convviz session: it does not start with "format": "{format}".').format(
                format=SESSION_FORMAT)
        )
    version = document.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise SessionError(tr("This session file has no valid format version (found {found}).").format(
            found=describe(version)))
    if version > SESSION_VERSION:
        app = document.get("app_version")
        by = f" (convviz {app})" if isinstance(app, str) and app and len(app) <= limits.WORD_CHARS else ""
        raise SessionError(
            tr("This session was saved by a newer convviz{by} in session format {found}; this "
               "convviz reads format {version} and older. Update convviz to open it.").format(
                by=by, found=describe(version), version=SESSION_VERSION)
        )
    try:
        return _session(document)
    except SessionError as exc:
        raise SessionError(tr("This session file is damaged: {reason}.").format(reason=exc)) from None


def read_session(path: str | Path) -> Session:
    """Read and check a session file; SessionError (naming the file) if it cannot be used.

    Only a regular file of at most `MAX_FILE_BYTES` is read: a pipe, a
    device or a huge file is refused before anything is read from it.
    """
    path = Path(path)
    try:
        raw = read_regular_file(path, tr("a convviz session"), MAX_FILE_BYTES)
    except FileNotFoundError:
        raise SessionError(tr("Could not read {file}: there is no such file.").format(file=path.name)) from None
    except ValueError as exc:
        raise SessionError(tr("{reason}.").format(reason=exc)) from None
    except OSError as exc:
        raise SessionError(tr("Could not read {file}: {reason}.").format(file=path.name, reason=exc.strerror or exc)) from None
    if not raw.strip():
        raise SessionError(tr("{file} is empty: it is not a convviz session (or it was cut short).").format(file=path.name))
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise SessionError(tr("{file} is not a convviz session: it is not text (JSON).").format(file=path.name)) from None
    try:
        return session_from_text(text)
    except SessionError as exc:
        raise SessionError(tr("{file}: {reason}").format(file=path.name, reason=exc)) from None


def write_session(path: str | Path, session: Session) -> int:
    """Write the session atomically (temporary file, then replace); returns the bytes written."""
    path = Path(path)
    data = session_to_text(session).encode("utf-8")
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = create_beside(path, ".tmp")  # the user's usual permissions, not mkstemp's 0600
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return len(data)


# --------------------------------------------------------------------------- checking
def _session(document: dict[str, Any]) -> Session:
    """Every part checked (arrays decoded within one budget) before the Session is made."""
    budget = DecodeBudget()
    views_in = document.get("views", {})
    if not isinstance(views_in, dict):
        raise SessionError(tr('"views" is not an object'))
    if len(views_in) > limits.VIEWS.high:
        raise SessionError(tr('"views" names {count:,} views; a session holds at most {most}').format(
            count=len(views_in), most=limits.VIEWS.high))
    views: dict[str, dict[str, Any]] = {}
    skipped = []
    for name, state in views_in.items():
        check = VIEW_CHECKS.get(name)
        if check is None:  # a view of a newer convviz: named, never decoded
            skipped.append(name if len(name) <= limits.WORD_CHARS else name[: limits.WORD_CHARS] + "…")
            continue
        if not isinstance(state, dict):
            raise SessionError(tr("the {view} view's state is not an object").format(view=name))
        try:
            views[name] = check(state, budget=budget)
        except SessionError as exc:
            raise SessionError(tr("in the {view} view, {reason}").format(view=name, reason=exc)) from None

    current = document.get("current_view")
    if current is not None:
        current = fields.text(current, "current_view")

    picture, picture_name = None, ""
    entry = document.get("picture")
    if entry is not None:
        if not isinstance(entry, dict):
            raise SessionError(tr('"picture" is not an object'))
        picture_name = fields.text(entry.get("name", ""), "picture.name", limits.NAME_CHARS)
        picture = fields.picture_array(entry.get("array"), "picture.array", budget)

    app_version = document.get("app_version", "")
    return Session(
        views=views,
        current_view=current,
        picture=picture,
        picture_name=picture_name,
        lesson=_lesson(document.get("lesson")),
        app_version=app_version if isinstance(app_version, str) and len(app_version) <= limits.WORD_CHARS else "",
        skipped_views=tuple(skipped),
    )


def _lesson(entry: Any) -> LessonRef | None:
    if entry is None:
        return None
    if not isinstance(entry, dict):
        raise SessionError(tr('"lesson" is not an object'))
    lesson_id = fields.text(entry.get("id"), "lesson.id", limits.WORD_CHARS)
    number = fields.whole_number(entry.get("number"), "lesson.number", limits.LESSON_NUMBER)
    builtin = entry.get("builtin")
    if not isinstance(builtin, bool):
        raise SessionError(tr('"lesson.builtin" must be true or false, not {value}').format(value=describe(builtin)))
    path = entry.get("path")
    if path is not None:
        path = fields.text(path, "lesson.path", limits.PATH_CHARS)
    index = fields.whole_number(entry.get("filter", 0), "lesson.filter", limits.LESSON_FILTER_INDEX)
    return LessonRef(id=lesson_id, number=number, builtin=builtin, path=path, filter=index)
