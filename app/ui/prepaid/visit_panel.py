"""The prepaid part of the visit dialog: pay from her stored value (the amount follows
the visit's total until typed over) and use a package session (the earliest-expiring
usable card of one of the visit's items chosen). Shown only when she has stored
value or a usable card.

It checks as one types — an amount that is money, within her balance — and gives
the visit dialog its errors; `choice()` says what to post once the visit is stored.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from app.services import packages, prepaid, visits
from app.services.messages import FieldError, Message
from app.services.packages import CardRecord
from app.services.prepaid import Balance
from app.ui import texts
from app.ui.prepaid import labels
from app.ui.prepaid.use_dialog import fill_cards, pickable, preferred_card


class VisitPrepaidPanel(QGroupBox):
    """Pay from stored value (amount, balance) and use a session (card), each optional."""

    changed = Signal()

    def __init__(
        self,
        held: Balance,
        cards: list[CardRecord],
        today: date,
        customer_name: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("visitPrepaid")
        self.setTitle(self.tr("Stored value and package cards"))
        self._held = held
        self._cards = cards
        self._today = today
        self._name = customer_name
        self._total = 0
        self._items: tuple[str, ...] = ()
        self._amount_typed = False
        self._card_picked = False
        self.pay = QCheckBox(self.tr("Pay from stored value"), objectName="visitPayFromValue")
        self.amount = QLineEdit(objectName="visitPayAmount")
        self.amount.setMaxLength(20)
        self.amount.setPlaceholderText(self.tr("Amount"))
        self.amount.setMaximumWidth(140)
        self.balance = QLabel(
            self.tr("Balance {balance}").format(balance=labels.balance(held)),
            objectName="visitValueBalance",
        )
        self.balance.setStyleSheet("color: #616161;")
        self.use = QCheckBox(self.tr("Use a package session"), objectName="visitUseSession")
        self.card = QComboBox(objectName="visitCard")
        fill_cards(self.card, cards, today, {})
        grid = QGridLayout(self)
        grid.addWidget(self.pay, 0, 0)
        grid.addWidget(self.amount, 0, 1)
        grid.addWidget(self.balance, 0, 2)
        grid.addWidget(self.use, 1, 0)
        grid.addWidget(self.card, 1, 1, 1, 2)
        grid.setColumnStretch(2, 1)
        can_pay = held.total_fen > 0
        can_use = any(c.usable(today) for c in cards)
        for widget in (self.pay, self.amount, self.balance):
            widget.setVisible(can_pay)
        for widget in (self.use, self.card):
            widget.setVisible(can_use)
        self.pay.toggled.connect(self._toggled)
        self.use.toggled.connect(self._toggled)
        self.amount.textEdited.connect(self._amount_edited)
        self.card.activated.connect(self._card_activated)
        self._toggled()

    def set_visit(self, total_fen: int, item_names: Sequence[str]) -> None:
        """The visit as typed: the amount follows its total, the card its items (until
        the owner types an amount or picks a card herself)."""
        self._total = total_fen
        if not self._amount_typed:
            self.amount.setText(visits.format_fen(total_fen).replace(",", "") if total_fen else "")
        names = tuple(item_names)
        if names != self._items and not self._card_picked:
            preferred = preferred_card(self._cards, names, self._today, set())
            self.card.setCurrentIndex(self.card.findData(preferred.id) if preferred else -1)
        self._items = names

    def _toggled(self, *_args: object) -> None:
        self.amount.setEnabled(self.pay.isChecked())
        self.card.setEnabled(self.use.isChecked())
        self.changed.emit()

    def _amount_edited(self, *_args: object) -> None:
        self._amount_typed = True
        self.changed.emit()

    def _card_activated(self, *_args: object) -> None:
        self._card_picked = True
        self.changed.emit()

    def _pay_fen(self) -> int | None:
        try:
            return visits.parse_money(self.amount.text())
        except ValueError:
            return None

    def errors(self) -> list[FieldError]:
        """What the service would refuse, before the visit is stored."""
        errors = []
        if self.pay.isChecked():
            fen = self._pay_fen()
            if fen is None:
                errors.append(FieldError("pay", Message(visits.BAD_MONEY)))
            elif not 1 <= fen <= prepaid.MAX_FEN:
                errors.append(FieldError("pay", Message(prepaid.AMOUNT_RANGE)))
            elif fen > self._held.total_fen:
                params = {
                    "name": self._name,
                    "balance": texts.money(self._held.total_fen),
                    "amount": texts.money(fen),
                }
                errors.append(FieldError("pay", Message(prepaid.NOT_ENOUGH_VALUE, params)))
        if self.use.isChecked() and not pickable(self.card):
            errors.append(
                FieldError("card", Message(packages.NO_USABLE_CARD, {"name": self._name}))
            )
        return errors

    def choice(self) -> tuple[int | None, int | None]:
        """(amount to pay from stored value, card to use a session of) — None for each
        not chosen."""
        pay = self._pay_fen() if self.pay.isChecked() else None
        card = self.card.currentData() if self.use.isChecked() and pickable(self.card) else None
        return pay, card
