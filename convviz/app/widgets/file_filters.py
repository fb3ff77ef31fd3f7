"""File-dialog name filters: the words in the user's language, the patterns exactly as Qt matches them.

A filter such as "Pictures (*.png *.jpg)" mixes a phrase to translate with
patterns a translator must never touch, so each kind of file is a pair
(words marked with tr_noop, patterns) and the filter string is built when the
dialog opens, after the translator is installed.
"""

from __future__ import annotations

from convviz.i18n import tr, tr_noop

#: (words, patterns): one kind of file in a dialog's type list
FileKind = tuple[str, str]
ALL_FILES: FileKind = (tr_noop("All files"), "*")


def name_filter(*kinds: FileKind) -> str:
    """QFileDialog's "Words (patterns);;Words (patterns)" with each kind's words translated."""
    return ";;".join(f"{tr(words)} ({patterns})" for words, patterns in kinds)
