"""What the customer card shows and offers of her prepaid money and sessions: the
stored value and each package card with its sessions left in the facts (the answer
to "我还剩多少次?" at a glance), the Prepaid tab, and the More-menu actions.

It only asks (signals carrying the customer's id); the page's prepaid actions call
the services.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QToolButton, QWidget

from app.services import packages, prepaid
from app.services.dto import CustomerCard
from app.ui.prepaid import labels
from app.ui.prepaid.tab import PrepaidTab

EXPIRED_STYLE = "color: #9e9e9e;"
# Expired cards with sessions left stay in the facts this long after they expire.
EXPIRED_SHOWN_DAYS = 90
CARDS_SHOWN = 3


class PrepaidOnCard(QObject):
    """Owned by the card view; its requests carry the id of the customer shown."""

    top_up_requested = Signal(int)
    refund_requested = Signal(int)
    sell_requested = Signal(int)
    use_requested = Signal(int)
    reverse_requested = Signal(int, int)  # customer, stored-value entry
    return_requested = Signal(int, int)  # customer, session entry

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._customer_id: int | None = None
        self.value_line = QWidget(objectName="cardValueLine")
        self.balance = QLabel(objectName="cardValueBalance")
        self.balance.setStyleSheet("font-weight: bold;")
        self.balance.setWordWrap(True)
        self.balance.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # A small button: the balance and its bonus keep one line in the narrow card.
        self.top_up_button = QToolButton(objectName="cardTopUp")
        self.top_up_button.setText(self.tr("Top up…"))
        self.top_up_button.setToolTip(self.tr("Money paid in, with the bonus of the top-up rule"))
        row = QHBoxLayout(self.value_line)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.balance, 1)  # all the room there is: it wraps only when it must
        row.addWidget(self.top_up_button)
        self.card_labels: list[QLabel] = []  # on the card's facts, one row a card
        self.tab = PrepaidTab()
        self.top_up_action = QAction(self.tr("Top up stored value…"), self)
        self.top_up_action.setObjectName("cardTopUpAction")
        self.refund_action = QAction(self.tr("Refund stored value…"), self)
        self.refund_action.setObjectName("cardRefund")
        self.sell_action = QAction(self.tr("Sell a package card…"), self)
        self.sell_action.setObjectName("cardSellPackage")
        self.use_action = QAction(self.tr("Use a package session…"), self)
        self.use_action.setObjectName("cardUseSession")

        def asking(signal: Signal) -> object:  # type: ignore[type-arg]
            return lambda *_args: self._emit(signal)

        for source, signal in (
            (self.top_up_button.clicked, self.top_up_requested),
            (self.top_up_action.triggered, self.top_up_requested),
            (self.tab.top_up_requested, self.top_up_requested),
            (self.refund_action.triggered, self.refund_requested),
            (self.tab.refund_requested, self.refund_requested),
            (self.sell_action.triggered, self.sell_requested),
            (self.tab.sell_requested, self.sell_requested),
            (self.use_action.triggered, self.use_requested),
            (self.tab.use_requested, self.use_requested),
        ):
            source.connect(asking(signal))
        self.tab.reverse_requested.connect(self._reverse)
        self.tab.return_requested.connect(self._return)

    def _emit(self, signal: Signal) -> None:  # type: ignore[type-arg]
        if self._customer_id is not None:
            signal.emit(self._customer_id)

    def _reverse(self, entry_id: int) -> None:
        if self._customer_id is not None:
            self.reverse_requested.emit(self._customer_id, entry_id)

    def _return(self, entry_id: int) -> None:
        if self._customer_id is not None:
            self.return_requested.emit(self._customer_id, entry_id)

    def add_actions(self, menu: QMenu) -> None:
        menu.addActions([self.top_up_action, self.refund_action])
        menu.addActions([self.sell_action, self.use_action])

    def show(self, card: CustomerCard | None, today: date) -> list[tuple[QLabel, QLabel]]:
        """Her balance and the tab; returns a facts row (name, sessions left and expiry)
        for each card with sessions left, the usable first, expired ones grey."""
        self._customer_id = card.id if card is not None else None
        enabled = card is not None and not card.erased
        held = prepaid.balance(card.id) if card is not None else prepaid.Balance()
        self.balance.setText(labels.balance(held))
        rows = []
        records = packages.sessions_left(card.id, today) if card is not None else []
        # Cards that ran out long ago stay in the Prepaid tab, not in the facts, and
        # the facts list at most a few (usable first): the card must stay readable.
        recent = [r for r in records if (today - r.expires_on).days <= EXPIRED_SHOWN_DAYS]
        shown = recent[:CARDS_SHOWN]
        for record in shown:
            name = QLabel(record.name, objectName="cardPackageName")
            line = QLabel(labels.sessions_left(record, today), objectName="cardPackage")
            line.setWordWrap(True)
            line.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            style = EXPIRED_STYLE if record.expired(today) else "font-weight: bold;"
            line.setStyleSheet(style)
            name.setStyleSheet(EXPIRED_STYLE if record.expired(today) else "")
            rows.append((name, line))
        if hidden := len(records) - len(shown):
            more = QLabel(
                self.tr("%n more card(s) in the Prepaid tab", "", hidden),
                objectName="cardPackagesOlder",
            )
            more.setStyleSheet(EXPIRED_STYLE)
            rows.append((QLabel(""), more))
        self.card_labels = [line for _, line in rows]
        self.tab.load(self._customer_id, today, enabled)
        for control in (self.top_up_button, self.top_up_action, self.sell_action):
            control.setEnabled(enabled)
        refundable = enabled and held.total_fen > 0
        usable = enabled and self._any_usable(today)
        for control in (self.refund_action, self.tab.refund_action):
            control.setEnabled(refundable)
        for control in (self.use_action, self.tab.use_action):
            control.setEnabled(usable)
        return rows

    def _any_usable(self, today: date) -> bool:
        model = self.tab.cards_model
        cards = (model.card(row) for row in range(model.rowCount()))
        return any(card is not None and card.usable(today) for card in cards)
