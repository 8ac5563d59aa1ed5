"""Adjust a customer's points by hand (调整积分): a number of points up or down and the
reason, which is required and kept with the entry for good.

The dialog checks as one types — the reason, a number other than 0, a balance that
stays at zero or above — and hands (points, reason) to the caller's `save`, which
returns the errors that kept it from posting ([] when posted).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.services import points
from app.services.messages import FieldError
from app.ui import texts
from app.ui.points import labels

ERROR_STYLE = "color: #c62828;"  # the card editor's red


class SignedSpinBox(QSpinBox):
    """Shows +120 for points added and −50 for points taken away."""

    def textFromValue(self, value: int) -> str:  # noqa: N802
        return f"+{value}" if value > 0 else str(value)


def adjust_errors(name: str, balance: int, change: int, reason: str) -> list[FieldError]:
    """What the service would refuse, checked before it is asked."""
    return points.adjust_errors(change, reason, balance, name)


class AdjustDialog(QDialog):
    """Points ± and the reason; the balance after is shown as one types."""

    def __init__(
        self,
        customer_name: str,
        balance: int,
        save: Callable[[int, str], list[FieldError]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("adjustDialog")
        self.setWindowTitle(self.tr("Adjust points — {name}").format(name=customer_name))
        self._name = customer_name
        self._balance = balance
        self._save = save
        self._saved = False
        self.points = SignedSpinBox(objectName="adjustPoints")
        self.points.setRange(-points.MAX_POINTS, points.MAX_POINTS)
        self.points.setSingleStep(10)
        self.points.setAccelerated(True)
        self.reason = QLineEdit(objectName="adjustReason")
        self.reason.setMaxLength(500)
        self.reason.setPlaceholderText(
            self.tr("Why, e.g. points from the old paper card, or a mistake at the till")
        )
        self.after = QLabel(objectName="adjustAfter")
        self.errors = QLabel(objectName="adjustErrors", wordWrap=True)
        self.errors.setStyleSheet(ERROR_STYLE)
        self.errors.hide()
        hint = QLabel(
            self.tr("Use + to add points and − to take points away."),
            wordWrap=True,
            styleSheet="color: #616161;",
        )
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("adjustSave")
        self.save_button.setEnabled(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setObjectName("adjustCancel")
        form = QFormLayout()
        form.addRow(self.tr("Balance now"), QLabel(labels.number(balance)))
        form.addRow(self.tr("Points"), self.points)
        form.addRow("", hint)
        form.addRow(self.tr("Balance after"), self.after)
        form.addRow(self.tr("Reason"), self.reason)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors)
        layout.addWidget(self.buttons)
        self.resize(480, 240)
        self.points.valueChanged.connect(self._edited)
        self.reason.textChanged.connect(self._edited)
        self.buttons.accepted.connect(self.try_save)
        self.buttons.rejected.connect(self.reject)
        self._show_after()
        self.points.setFocus()
        self.points.selectAll()

    def change(self) -> int:
        return self.points.value()

    def _errors(self) -> list[FieldError]:
        return adjust_errors(self._name, self._balance, self.change(), self.reason.text())

    def _show_after(self) -> None:
        self.after.setText(labels.number(self._balance + self.change()))

    def _edited(self, *_args: object) -> None:
        self._show_after()
        errors = self._errors()
        self._show_errors(errors)
        self.save_button.setEnabled(not errors)

    def _show_errors(self, errors: list[FieldError]) -> None:
        lines = dict.fromkeys(texts.message(e.message) for e in errors)
        self.errors.setText("\n".join(lines))
        self.errors.setVisible(bool(lines))

    def try_save(self) -> bool:
        """Post through the caller; stay open and say why when something is wrong."""
        if self._saved:
            return True
        errors = self._errors() or self._save(self.change(), self.reason.text().strip())
        self._show_errors(errors)
        if errors:
            return False
        self._saved = True
        self.accept()
        return True
