"""Top up a customer's stored value (充值): the amount paid in, the bonus it earns by
the shop's rule (充1000送200, the service's `bonus_for`) shown as one types, the
balance after, and a note (e.g. how she paid).

The dialog checks the amount as it is typed and hands (amount in fen, note) to the
caller's `save`, which returns the errors that kept it from posting ([] when posted).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.services import prepaid, visits
from app.services.messages import FieldError, Message
from app.services.prepaid import Balance
from app.ui import texts
from app.ui.prepaid import labels

ERROR_STYLE = "color: #c62828;"  # the card editor's red
HINT_STYLE = "color: #616161;"


class TopUpDialog(QDialog):
    """Amount, the bonus it gets, the balance after, a note."""

    def __init__(
        self,
        customer_name: str,
        held: Balance,
        tiers: list[tuple[int, int]],
        bonus_for: Callable[[int], int],
        save: Callable[[int, str], list[FieldError]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("topUpDialog")
        self.setWindowTitle(self.tr("Top up — {name}").format(name=customer_name))
        self._held = held
        self._tiers = tiers
        self._bonus_for = bonus_for
        self._save = save
        self._saved = False
        self.amount = QLineEdit(objectName="topUpAmount")
        self.amount.setPlaceholderText(self.tr("Amount paid in, e.g. 1000"))
        self.amount.setMaxLength(20)
        self.bonus = QLabel(objectName="topUpBonus")
        self.bonus.setStyleSheet("font-weight: bold;")
        self.after = QLabel(objectName="topUpAfter")
        rule = QLabel(self._rule_text(), objectName="topUpRule", wordWrap=True)
        rule.setStyleSheet(HINT_STYLE)
        self.note = QLineEdit(objectName="topUpNote")
        self.note.setMaxLength(200)
        self.note.setPlaceholderText(self.tr("Note (optional), e.g. paid by WeChat"))
        self.errors = QLabel(objectName="topUpErrors", wordWrap=True, styleSheet=ERROR_STYLE)
        self.errors.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.addButton(
            self.tr("Top up"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setObjectName("topUpSave")
        self.save_button.setEnabled(False)
        self.save_button.setDefault(True)
        form = QFormLayout()
        form.addRow(self.tr("Stored value now"), QLabel(labels.balance(held)))
        form.addRow(self.tr("Amount paid in"), self.amount)
        form.addRow(self.tr("Bonus"), self.bonus)
        form.addRow("", rule)
        form.addRow(self.tr("Stored value after"), self.after)
        form.addRow(self.tr("Note"), self.note)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.resize(460, 260)
        self.amount.textChanged.connect(self._edited)
        buttons.accepted.connect(self.try_save)
        buttons.rejected.connect(self.reject)
        self._show_figures(0)
        self.amount.setFocus()

    def _rule_text(self) -> str:
        if not self._tiers:
            return self.tr("No top-up bonus is set (Settings › Top-up bonus…).")
        rule = "  ·  ".join(
            self.tr("top up {amount}, get {bonus}").format(
                amount=texts.money(least), bonus=texts.money(bonus)
            )
            for least, bonus in self._tiers
        )
        return self.tr("Bonus rule: {rule}").format(rule=rule)

    def amount_fen(self) -> int | None:
        """The amount typed in fen; None when it is not an amount of money."""
        try:
            return visits.parse_money(self.amount.text())
        except ValueError:
            return None

    def _errors(self) -> list[FieldError]:
        fen = self.amount_fen()
        if fen is None:
            if not self.amount.text().strip():
                return [FieldError("amount", Message(prepaid.AMOUNT_RANGE))]
            return [FieldError("amount", Message(visits.BAD_MONEY))]
        if not 1 <= fen <= prepaid.MAX_FEN:
            return [FieldError("amount", Message(prepaid.AMOUNT_RANGE))]
        return []

    def _show_figures(self, fen: int) -> None:
        bonus = self._bonus_for(fen) if fen else 0
        self.bonus.setText(texts.money(bonus) if bonus else self.tr("None for this amount"))
        after = Balance(self._held.principal_fen + fen, self._held.bonus_fen + bonus)
        self.after.setText(labels.balance(after))

    def _edited(self, *_args: object) -> None:
        errors = self._errors()
        self._show_figures(0 if errors else self.amount_fen() or 0)
        self._show_errors(errors if self.amount.text().strip() else [])
        self.save_button.setEnabled(not errors)

    def _show_errors(self, errors: list[FieldError]) -> None:
        lines = dict.fromkeys(texts.message(e.message) for e in errors)
        self.errors.setText("\n".join(lines))
        self.errors.setVisible(bool(lines))

    def try_save(self) -> bool:
        """Post through the caller; stay open and say why when it cannot be done."""
        if self._saved:
            return True
        errors = self._errors()
        fen = self.amount_fen()
        if not errors and fen is not None:
            errors = self._save(fen, self.note.text().strip())
        self._show_errors(errors)
        if errors:
            return False
        self._saved = True
        self.accept()
        return True
