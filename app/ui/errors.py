"""What the window does with an exception nobody caught: storage failures get their plain
message, anything else (a bug) a dialog that points to the log. Either way the program
keeps running and the dialog that was open keeps what was typed. And `refusals`: a
service's refusal of what was typed, as the messages a dialog shows."""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QCoreApplication

from app.services import storage
from app.services.messages import FieldError, ServiceError, ValidationError
from app.ui import prompts, texts

log = logging.getLogger("huitouke")


def refusals(call: Callable[[], object]) -> list[FieldError]:
    """Run a service call; its refusals as a dialog's errors ([] when it went through)."""
    try:
        call()
    except ValidationError as exc:
        return exc.errors
    except ServiceError as exc:
        return [FieldError("", exc.message)]
    return []


def message_for(value: BaseException, log_path: str) -> tuple[str, str]:
    """The title and text the owner sees for an exception."""
    failure = storage.storage_failure(value)
    if failure is not None:
        template = storage.STORAGE_MESSAGES.get(failure.kind, storage.STORAGE_MESSAGES["failed"])
        title = QCoreApplication.translate("Errors", "The data could not be saved")
        return title, texts.t(template, "Messages")
    title = QCoreApplication.translate("Errors", "Unexpected error")
    text = QCoreApplication.translate(
        "Errors",
        "Something went wrong. Your data is safe; the details are in the log:\n{path}\n\n{error}",
    )
    return title, text.format(path=log_path, error=value)


def install_excepthook(log_path: str) -> None:
    logging.basicConfig(
        filename=log_path, level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s"
    )

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        log.error("Unexpected error\n%s", "".join(traceback.format_exception(kind, value, tb)))
        title, text = message_for(value, log_path)
        prompts.error(None, title, text)

    sys.excepthook = hook
