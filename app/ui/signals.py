"""One application-wide announcer of what changed, so every screen can reload."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class AppSignals(QObject):
    customers_changed = Signal()
    customer_changed = Signal(int)
    settings_changed = Signal()
    # The shop's dates or greeting templates changed (the calendar repaints).
    calendar_changed = Signal()
    # Greetings were marked sent or unsent.
    greetings_changed = Signal()
    # A complaint was recorded or moved a step (the inbox and its counts reload).
    complaints_changed = Signal()


_signals: AppSignals | None = None


def app_signals() -> AppSignals:
    global _signals
    if _signals is None:
        _signals = AppSignals()
    return _signals
