"""Grading every customer (RFM, ABC and her rhythm) off the UI thread, with progress.

It runs on the first start of each day, a moment after the window shows, and when the
owner asks for it on the grading tab. One run at a time: asking while one runs does
nothing. The whole grading is one transaction, so a run cut short when the program
closes leaves yesterday's grades in place; the next start does it again.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMainWindow, QProgressBar

from app.services import storage
from app.services.storage import close_thread_connection
from app.ui import errors, prompts

Clock = Callable[[], datetime]
CLOSE_WAIT_S = 2.0


class Regrading(QObject):
    """`start()` grades everyone; `progress(done, of)` while it runs, then `graded(result)`
    or the error shown; `stop()` waits for a running one (or lets it go at exit)."""

    progress = Signal(int, int)
    graded = Signal(object)  # insight.Recomputed
    _done = Signal(object, object)  # from the worker: result, error

    def __init__(self, clock: Clock, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._clock = clock
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        self._abandoned = False
        self._done.connect(self._finish, Qt.ConnectionType.QueuedConnection)
        self.bar = QProgressBar(objectName="gradingProgress", maximumWidth=160, textVisible=False)
        self.bar.hide()
        window.statusBar().addPermanentWidget(self.bar)
        self.progress.connect(self._show_progress, Qt.ConnectionType.QueuedConnection)

    @property
    def running(self) -> bool:
        return self._thread is not None

    def start_if_due(self) -> bool:
        """Grade once a day: on the first start, or when the day changed since."""
        from app.services import insight

        if self._abandoned or self.running or not insight.needs_recompute(self._clock().date()):
            return False
        return self.start()

    def start(self) -> bool:
        if self._abandoned or self.running:
            return False
        today = self._clock().date()
        self.bar.setRange(0, 0)
        self.bar.show()
        self._window.statusBar().showMessage(self.tr("Grading the customers…"))
        self._thread = threading.Thread(
            target=self._run, args=(today,), name="grading", daemon=True
        )
        self._thread.start()
        return True

    def _run(self, today: Any) -> None:
        """On the worker thread: the services only, never a widget."""
        result: Any = None
        error: Exception | None = None
        try:
            from app.services import insight

            result = insight.recompute_all(today, self._report)
        except Exception as exc:  # handed to the UI thread, which shows it
            error = exc
        finally:
            close_thread_connection()
        with self._lock:
            if not self._abandoned:
                self._done.emit(result, error)

    def _report(self, done: int, of: int) -> None:
        with self._lock:
            if not self._abandoned:
                self.progress.emit(done, of)

    def _show_progress(self, done: int, of: int) -> None:
        if self.running:
            self.bar.setRange(0, max(1, of))
            self.bar.setValue(done)

    def _finish(self, result: object, error: object) -> None:
        if self._abandoned:
            return
        self._thread = None
        self.bar.hide()
        self._window.statusBar().clearMessage()
        if error is None:
            self._window.statusBar().showMessage(
                self.tr("%n customer(s) graded.", "", result.customers),  # type: ignore[attr-defined]
                10000,
            )
            self.graded.emit(result)
        elif storage.storage_failure(error) is None:  # type: ignore[arg-type]
            sys.excepthook(type(error), error, error.__traceback__)  # type: ignore[arg-type]
        else:
            prompts.error(self._window, *errors.message_for(error, ""))  # type: ignore[arg-type]

    def stop(self, timeout: float | None = CLOSE_WAIT_S) -> None:
        """Wait for a running grading (at most `timeout` seconds; None: until it ends,
        before the database file is replaced). Nothing is reported after."""
        if self._thread is not None:
            self._thread.join(timeout)
        with self._lock:
            self._abandoned = True
