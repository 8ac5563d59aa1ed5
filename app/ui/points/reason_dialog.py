"""Ask for the reason of an undo at the counter — reversing a points entry (冲正) or
voiding a purchase (撤销消费) — and say plainly what will happen first.

The reason is required (checked as one types) and kept with the record for good.
`save(reason)` is the caller's: it returns the errors that kept it from being done
([] when done).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.services.messages import FieldError, Message
from app.ui import texts

ERROR_STYLE = "color: #c62828;"  # the card editor's red


class ReasonDialog(QDialog):
    """What will happen, a required reason, and a button that says what it does."""

    def __init__(
        self,
        title: str,
        explanation: str,
        action: str,
        reason_needed: Message,
        save: Callable[[str], list[FieldError]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reasonDialog")
        self.setWindowTitle(title)
        self._needed = reason_needed
        self._save = save
        self._done = False
        self.explanation = QLabel(explanation, objectName="reasonExplanation", wordWrap=True)
        self.reason = QLineEdit(objectName="reasonText")
        self.reason.setMaxLength(500)
        self.reason.setPlaceholderText(self.tr("Reason (required)"))
        self.errors = QLabel(objectName="reasonErrors", wordWrap=True)
        self.errors.setStyleSheet(ERROR_STYLE)
        self.errors.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.addButton(action, QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName("reasonOk")
        self.ok_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(self.reason)
        layout.addWidget(self.errors)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.resize(480, 200)
        self.reason.setFocus()
        self.reason.textChanged.connect(self._edited)
        buttons.accepted.connect(self.try_save)
        buttons.rejected.connect(self.reject)

    def _errors(self) -> list[FieldError]:
        return [] if self.reason.text().strip() else [FieldError("reason", self._needed)]

    def _edited(self, *_args: object) -> None:
        errors = self._errors()
        self._show_errors(errors)
        self.ok_button.setEnabled(not errors)

    def _show_errors(self, errors: list[FieldError]) -> None:
        lines = dict.fromkeys(texts.message(e.message) for e in errors)
        self.errors.setText("\n".join(lines))
        self.errors.setVisible(bool(lines))

    def try_save(self) -> bool:
        """Do it through the caller; stay open and say why when it cannot be done."""
        if self._done:
            return True
        errors = self._errors() or self._save(self.reason.text().strip())
        self._show_errors(errors)
        if errors:
            return False
        self._done = True
        self.accept()
        return True
