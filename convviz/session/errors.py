"""The one error a session file can raise: a sentence a teacher understands."""

from __future__ import annotations


class SessionError(ValueError):
    """The session file cannot be read; the message says why (nothing open was changed)."""
