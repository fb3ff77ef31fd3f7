"""Session files (`.convviz`): the whole classroom state in one versioned JSON file, no Qt.

`read_session` / `write_session` are the way in and out; `Session` is what a
file holds; `SessionError` is the one error, a sentence for a dialog. The
per-view state layouts and their checks live in `convviz.session.views`, the
lossless array embedding in `convviz.session.arrays`.
"""

from convviz.session.arrays import decode_array, encode_array, from_json_value, to_json_value
from convviz.session.errors import SessionError
from convviz.session.format import (
    SESSION_FILTER,
    SESSION_FORMAT,
    SESSION_SUFFIX,
    SESSION_VERSION,
    LessonRef,
    Session,
    read_session,
    session_from_text,
    session_to_text,
    write_session,
)
from convviz.session.views import VIEW_CHECKS, check_drawing

__all__ = [
    "SESSION_FILTER",
    "SESSION_FORMAT",
    "SESSION_SUFFIX",
    "SESSION_VERSION",
    "VIEW_CHECKS",
    "LessonRef",
    "Session",
    "SessionError",
    "check_drawing",
    "decode_array",
    "encode_array",
    "from_json_value",
    "read_session",
    "session_from_text",
    "session_to_text",
    "to_json_value",
    "write_session",
]
