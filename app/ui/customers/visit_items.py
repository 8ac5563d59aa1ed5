"""The items grid of a visit: item, spec, quantity, unit price, and the amount worked out.

Typed like a till roll: Enter moves on to the next cell, and at the end of a
row to a new row, so Enter in the grid never saves a half-typed visit. Prices
are text parsed to fen by the service's `parse_money`, never through a float.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QHeaderView,
    QLineEdit,
    QSpinBox,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from app.services import visits
from app.services.dto import VisitItemData
from app.services.messages import FieldError, Message
from app.ui import texts

COL_ITEM, COL_SPEC, COL_QUANTITY, COL_PRICE, COL_AMOUNT = range(5)
ERROR_BRUSH = QBrush(QColor("#fde2e2"))
COMPUTED_BRUSH = QBrush(QColor("#f3f3f3"))  # grey: worked out, not typed
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
# The cell a message about an item points at.
ERROR_COLUMNS = {
    visits.ITEM_NAME: COL_ITEM,
    visits.ITEM_QUANTITY: COL_QUANTITY,
    visits.ITEM_PRICE: COL_PRICE,
    visits.BAD_MONEY: COL_PRICE,
}
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class _ItemDelegate(QStyledItemDelegate):
    """Editors with the service's limits: a 1–9999 spin box for quantity, capped text."""

    def createEditor(self, parent, option, index):
        if index.column() == COL_QUANTITY:
            spin = QSpinBox(parent, minimum=1, maximum=9999, frame=False)
            spin.setAlignment(RIGHT)
            return spin
        return QLineEdit(parent, frame=False, maxLength=20 if index.column() == COL_PRICE else 100)

    def eventFilter(self, editor, event):
        """Enter in a cell commits it and moves on, like Tab."""
        if (
            event.type() == QEvent.Type.KeyPress
            and event.key() in ENTER_KEYS
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            self.commitData.emit(editor)
            self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.EditNextItem)
            return True
        return super().eventFilter(editor, event)


def _quantity(value: object) -> int:
    try:
        return int(str(value).strip())
    except ValueError:
        return 0  # not a number: the service's quantity message says what is wanted


class VisitItemsTable(QTableWidget):
    """Rows of items; one empty row to start, so typing can begin at once."""

    changed = Signal()  # a cell was typed in, or a row added or removed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 5, parent, objectName="visitItems")
        self.setHorizontalHeaderLabels(
            [
                self.tr("Item"),
                self.tr("Spec / size / colour"),
                self.tr("Quantity"),
                self.tr("Unit price (¥)"),
                self.tr("Amount"),
            ]
        )
        self.setItemDelegate(_ItemDelegate(self))
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        for column in range(header.count()):
            stretch = column in (COL_ITEM, COL_SPEC)
            header.setSectionResizeMode(
                column,
                QHeaderView.ResizeMode.Stretch
                if stretch
                else QHeaderView.ResizeMode.ResizeToContents,
            )
        self._append_row()
        self.setCurrentCell(0, COL_ITEM)
        self.itemChanged.connect(self.changed)

    def _append_row(self) -> int:
        row = self.rowCount()
        with QSignalBlocker(self):
            self.insertRow(row)
            for column in (COL_ITEM, COL_SPEC, COL_PRICE):
                self.setItem(row, column, QTableWidgetItem(""))
            quantity = QTableWidgetItem()
            quantity.setData(Qt.ItemDataRole.EditRole, 1)
            self.setItem(row, COL_QUANTITY, quantity)
            amount = QTableWidgetItem("")
            amount.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            amount.setBackground(COMPUTED_BRUSH)
            self.setItem(row, COL_AMOUNT, amount)
            for column in (COL_QUANTITY, COL_PRICE, COL_AMOUNT):
                self.item(row, column).setTextAlignment(RIGHT)
        return row

    def add_item(self) -> None:
        """A new empty row at the end, ready for typing."""
        row = self._append_row()
        self.setCurrentCell(row, COL_ITEM)
        self.setFocus()
        self.changed.emit()

    def remove_item(self) -> None:
        """Remove the current row; the only row is emptied instead, so typing can go on."""
        row = self.currentRow()
        if row < 0:
            return
        self.removeRow(row)
        if self.rowCount() == 0:
            self._append_row()
        self.setCurrentCell(min(row, self.rowCount() - 1), COL_ITEM)
        self.changed.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter edits the current cell; on the amount it goes to the next (or a new) row."""
        editing = self.state() == QTableWidget.State.EditingState
        if event.key() not in ENTER_KEYS or self.currentRow() < 0 or editing:
            super().keyPressEvent(event)
            return
        row, column = self.currentRow(), self.currentColumn()
        if column != COL_AMOUNT:
            self.editItem(self.item(row, column))
        elif row == self.rowCount() - 1:
            self.add_item()
        else:
            self.setCurrentCell(row + 1, COL_ITEM)

    def commit_editing(self) -> None:
        """An open cell editor hands over what it holds when it loses focus."""
        if self.state() == QTableWidget.State.EditingState:
            self.setFocus()

    def _text(self, row: int, column: int) -> str:
        return self.item(row, column).text().strip()

    def read(self) -> tuple[list[VisitItemData], list[int], list[FieldError]]:
        """The items (completely empty rows skipped), the row of each, and bad price text.

        A price that is not money counts as ¥0 in the item and is reported at its row.
        """
        items: list[VisitItemData] = []
        rows: list[int] = []
        bad_prices: list[FieldError] = []
        for row in range(self.rowCount()):
            name, spec, price_text = (self._text(row, c) for c in (COL_ITEM, COL_SPEC, COL_PRICE))
            if not (name or spec or price_text):
                continue
            price = 0
            if price_text:
                try:
                    price = visits.parse_money(price_text)
                except ValueError:
                    message = Message(visits.BAD_MONEY, {"index": row + 1})
                    bad_prices.append(FieldError("items", message))
            quantity = _quantity(self.item(row, COL_QUANTITY).data(Qt.ItemDataRole.EditRole))
            items.append(VisitItemData(name, spec, quantity, price))
            rows.append(row)
        return items, rows, bad_prices

    def show_amounts(self, amounts: dict[int, int], errors: list[FieldError]) -> None:
        """Each row's amount in fen, and a red cell where a message (index = row + 1) points."""
        bad_cells = {
            (e.message.params["index"] - 1, ERROR_COLUMNS[e.message.text])
            for e in errors
            if e.message.text in ERROR_COLUMNS and "index" in e.message.params
        }
        with QSignalBlocker(self):
            for row in range(self.rowCount()):
                amount = amounts.get(row)
                price_ok = (row, COL_PRICE) not in bad_cells
                shown = texts.money(amount) if amount is not None and price_ok else ""
                self.item(row, COL_AMOUNT).setText(shown)
                for column in (COL_ITEM, COL_QUANTITY, COL_PRICE):
                    brush = ERROR_BRUSH if (row, column) in bad_cells else QBrush()
                    self.item(row, column).setBackground(brush)
        self.viewport().update()
