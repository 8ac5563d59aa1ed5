"""Points that ran out are expired once each time the program starts.

It runs off the UI thread, a moment after the window shows: on a ledger of a
million entries a run takes seconds even when nothing is due, and the counter
must be usable at once. Expiry is idempotent and posts customer by customer, each
in its own transaction, so a run that overlaps the owner's own "Run expiry now"
posts nothing twice, and a run cut short when the program closes loses nothing
(the next start carries on). The outcome shows in the window: the count in the
status bar, a storage failure as its message, a bug in the error dialog (never
dropped).
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QMainWindow

from app.services import storage
from app.services.storage import close_thread_connection
from app.ui import errors, prompts
from app.ui.signals import app_signals

Clock = Callable[[], datetime]
CLOSE_WAIT_S = 2.0  # closing the window waits this long for a run, then leaves it


class ExpiryAtStart(QObject):
    """Schedule one run with `schedule(delay_ms)`; `posted(count)` or `failed(error)`
    follows on the UI thread. `stop()` cancels a pending run or waits for a running one."""

    posted = Signal(int)
    failed = Signal(object)
    _done = Signal(object, object)  # from the worker: entries posted, error

    def __init__(self, clock: Clock, operator: Callable[[], str], window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._clock = clock
        self._operator = operator
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self._start)
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        self._abandoned = False
        self.finished = False
        self._done.connect(self._finish, Qt.ConnectionType.QueuedConnection)
        self.posted.connect(self._report)
        self.failed.connect(self._fail)

    def schedule(self, delay_ms: int) -> None:
        if not (self.finished or self._abandoned) and self._thread is None:
            self._timer.start(delay_ms)

    def _start(self) -> None:
        # Read here: the settings and the clock belong to the UI thread.
        now, operator = self._clock(), self._operator()
        # A daemon thread: a run cut short at exit is safe (one transaction a customer).
        self._thread = threading.Thread(
            target=self._run, args=(now, operator), name="points-expiry", daemon=True
        )
        self._thread.start()

    def _run(self, now: datetime, operator: str) -> None:
        """On the worker thread: the services only, never a widget."""
        result: Any = None
        error: Exception | None = None
        try:
            from app.services import points_expiry

            result = points_expiry.expire_due(now.date(), operator, now)
        except Exception as exc:  # handed to the UI thread, which shows it
            error = exc
        finally:
            close_thread_connection()
        with self._lock:
            if not self._abandoned:
                self._done.emit(result, error)

    def _finish(self, result: object, error: object) -> None:
        if self._abandoned:
            return
        self._thread = None
        self.finished = True
        if error is not None:
            self.failed.emit(error)
        else:
            self.posted.emit(int(result))  # type: ignore[call-overload]

    def _report(self, posted: int) -> None:
        if posted:
            app_signals().customers_changed.emit()  # balances changed
            self._window.statusBar().showMessage(
                self.tr("Points past their last day expired: %n entry(s) posted.", "", posted),
                15000,
            )

    def _fail(self, error: Exception) -> None:
        if storage.storage_failure(error) is None:
            sys.excepthook(type(error), error, error.__traceback__)  # a bug: dialog and log
            return
        prompts.error(self._window, *errors.message_for(error, ""))

    def stop(self, timeout: float | None = CLOSE_WAIT_S) -> None:
        """Cancel a pending run; wait for a running one (at most `timeout` seconds, None:
        until it ends — before the database file is replaced). Nothing is reported after."""
        self._timer.stop()
        if self._thread is not None:
            self._thread.join(timeout)
        with self._lock:
            self._abandoned = True
