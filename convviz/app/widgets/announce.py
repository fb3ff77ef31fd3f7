"""Say something to a screen reader: the widget's accessible name becomes the sentence, and it is announced.

Qt widgets have no "live region" as web pages do; since Qt 6.8 an
announcement event asks the screen reader (Orca, NVDA, VoiceOver) to read a
sentence without moving the focus. The sentence also stays the widget's
accessible name, so a person who moves to the widget later hears it again.
"""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QWidget


def announce(widget: QWidget, text: str) -> None:
    """Make `text` the accessible name of `widget` and, while it is on screen, ask screen readers to read it.

    Polite: a screen reader finishes what it is saying first, so stepping quickly does not cut words off
    mid-sentence (the newest step is read after the current one).
    """
    if not text or widget.accessibleName() == text:
        return
    widget.setAccessibleName(text)  # Qt posts the NameChanged event itself
    if widget.isVisible():
        event = QAccessibleAnnouncementEvent(widget, text)
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Polite)
        QAccessible.updateAccessibility(event)
