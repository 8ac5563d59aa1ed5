"""Package cards with sessions left that expire within 30 days, across customers:
call her before her sessions are lost. Double-click opens her card."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTableView, QVBoxLayout, QWidget

from app.services import packages
from app.services.packages import CardRecord
from app.ui import texts

Index = QModelIndex | QPersistentModelIndex
COL_EXPIRES, COL_DAYS, COL_MEMBER_NO, COL_NAME, COL_CARD, COL_LEFT = range(6)
COLUMNS = 6
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
DAYS = 30


class ExpiringCardsModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[CardRecord] = []
        self._today = date.min

    def load(self, today: date) -> None:
        self.beginResetModel()
        self._today = today
        self._rows = packages.expiring_cards(today, DAYS)
        self.endResetModel()

    def card(self, row: int) -> CardRecord | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else COLUMNS

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < COLUMNS:
            return None
        return (
            self.tr("Expires"),
            self.tr("Days left"),
            self.tr("Member no."),
            self.tr("Name"),
            self.tr("Card"),
            self.tr("Sessions left"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        card = self.card(index.row()) if index.isValid() else None
        if card is None:
            return None
        if role == ROW_ROLE:
            return card
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            COL_EXPIRES: texts.short_date(card.expires_on),
            COL_DAYS: str((card.expires_on - self._today).days),
            COL_MEMBER_NO: card.member_no,
            COL_NAME: card.customer_name,
            COL_CARD: card.name,
            COL_LEFT: str(card.left),
        }.get(index.column())


class ExpiringCardsDialog(QDialog):
    """The list; `open_customer` carries the customer to open."""

    open_customer = Signal(int)

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("expiringCardsDialog")
        self.setWindowTitle(self.tr("Package cards expiring soon"))
        self.model = ExpiringCardsModel(self)
        self.model.load(today)
        self.table = QTableView(objectName="expiringCardsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(self._open)
        count = self.model.rowCount()
        note = QLabel(
            self.tr("%n card(s) with sessions left expire within 30 days: remind her.", "", count)
            if count
            else self.tr("No package card with sessions left expires within 30 days.")
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(720, 460)

    def _open(self, index: QModelIndex) -> None:
        card = self.model.card(index.row())
        if card is not None:
            self.open_customer.emit(card.customer_id)
            self.accept()


def show_expiring(parent: QWidget, today: date, open_customer: Callable[[int], None]) -> QDialog:
    dialog = ExpiringCardsDialog(today, parent)
    dialog.open_customer.connect(open_customer)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
