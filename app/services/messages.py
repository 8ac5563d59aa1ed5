"""User-facing messages from the services, translatable without Qt.

Services never show text themselves: they return or raise `Message`s whose
English templates are marked with `QT_TRANSLATE_NOOP`, a marker that Qt's
`lupdate` finds by name. The window (or the command line) translates the
template in the message's context and fills in the parameters.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - lupdate looks for this name
    """Mark `text` for translation in `context`; returns it unchanged."""
    return text


@dataclass(frozen=True)
class Message:
    """A translatable template with named parameters, e.g. ("at most {limit} characters")."""

    text: str
    params: dict[str, Any] = field(default_factory=dict)
    context: str = "Messages"

    def english(self) -> str:
        return self.text.format(**self.params)


@dataclass(frozen=True)
class FieldError:
    """A problem with one field of a form or one column of an imported row."""

    field: str
    message: Message


class ValidationError(Exception):
    """Input that cannot be saved; carries one message per bad field."""

    def __init__(self, errors: list[FieldError]) -> None:
        super().__init__("; ".join(f"{e.field}: {e.message.english()}" for e in errors))
        self.errors = errors


class ServiceError(Exception):
    """An action the shop asked for that cannot be done (not a bug, not storage)."""

    def __init__(self, message: Message) -> None:
        super().__init__(message.english())
        self.message = message


def msg(text: str, **params: Any) -> Message:
    return Message(text, params)
