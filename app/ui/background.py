"""Slow work (export, import) off the UI thread, with a busy dialog, so the window stays
responsive; the work never touches widgets, and its result or error comes back here."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QEventLoop, QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from app.services.storage import close_thread_connection

T = TypeVar("T")


class _Worker(QObject):
    done = Signal(object, object)  # result, error

    def __init__(self, work: Callable[[], Any]) -> None:
        super().__init__()
        self._work = work

    def run(self) -> None:
        try:
            result, error = self._work(), None
        except Exception as exc:  # handed back to the UI thread, which decides
            result, error = None, exc
        finally:
            close_thread_connection()  # the connection peewee opened for this thread
        self.done.emit(result, error)


def run_busy(parent: QWidget | None, label: str, work: Callable[[], T]) -> T:
    """Run `work` in a thread while a modal busy dialog shows `label`; return its result
    or raise its exception here."""
    dialog = QProgressDialog(label, "", 0, 0, parent)
    dialog.setCancelButton(None)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    thread = QThread()
    worker = _Worker(work)
    worker.moveToThread(thread)
    outcome: dict[str, Any] = {}
    loop = QEventLoop()

    def finished(result: object, error: object) -> None:
        outcome["result"], outcome["error"] = result, error
        loop.quit()

    worker.done.connect(finished, Qt.ConnectionType.QueuedConnection)
    thread.started.connect(worker.run)
    thread.start()
    dialog.setValue(0)
    loop.exec()
    thread.quit()
    thread.wait()
    dialog.reset()
    dialog.deleteLater()
    if outcome["error"] is not None:
        raise outcome["error"]
    return outcome["result"]  # type: ignore[no-any-return]
