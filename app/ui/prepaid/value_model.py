"""A customer's stored-value statement (储值明细) as a table: every entry, newest first,
with principal and bonus apart and the balance after it; reversed entries greyed
and struck through."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QWidget

from app.models.enums import StoredValueKind
from app.services import prepaid
from app.services.prepaid import Balance, ValueRecord
from app.ui import texts
from app.ui.points import labels as points_labels
from app.ui.prepaid import labels

(
    COL_NO,
    COL_DATE,
    COL_KIND,
    COL_PRINCIPAL,
    COL_BONUS,
    COL_BALANCE,
    COL_SOURCE,
    COL_OPERATOR,
    COL_NOTE,
) = range(9)
SORT_ROLE = Qt.ItemDataRole.UserRole
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
IN, OUT, STRUCK = QColor("#2e7d32"), QColor("#c62828"), QColor("#9e9e9e")
MONEY_COLUMNS = (COL_NO, COL_PRINCIPAL, COL_BONUS, COL_BALANCE)

Index = QModelIndex | QPersistentModelIndex


def can_reverse(entry: ValueRecord | None) -> bool:
    """A reversal is never reversed, and an entry is reversed once."""
    return (
        entry is not None
        and entry.kind != StoredValueKind.REVERSAL
        and entry.reversed_by_id is None
    )


class ValueStatementModel(QAbstractTableModel):
    """Her stored-value entries, the latest posting on top."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._entries: list[ValueRecord] = []
        self._visits: dict[int, str] = {}

    def load(self, customer_id: int | None) -> None:
        self.beginResetModel()
        self._entries = [] if customer_id is None else prepaid.value_statement(customer_id)
        self._entries.reverse()
        with_visit = customer_id is not None and any(e.visit_id for e in self._entries)
        self._visits = points_labels.visit_names(customer_id) if with_visit else {}
        self.endResetModel()

    def entry(self, row: int) -> ValueRecord | None:
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def row_of(self, entry_id: int) -> int:
        return next((r for r, e in enumerate(self._entries) if e.id == entry_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else COL_NOTE + 1

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section <= COL_NOTE:
            return None
        return (
            self.tr("No."),
            self.tr("Date"),
            self.tr("Kind"),
            self.tr("Principal"),
            self.tr("Bonus"),
            self.tr("Balance"),
            self.tr("Source"),
            self.tr("Operator"),
            self.tr("Note"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        entry = self.entry(index.row()) if index.isValid() else None
        if entry is None:
            return None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(entry, col)
        if role == SORT_ROLE:
            raw = (
                entry.id,
                entry.posted_at,
                entry.kind.value,
                entry.principal_fen,
                entry.bonus_fen,
                entry.principal_after + entry.bonus_after,
            )  # fmt: skip
            return raw[col] if col < len(raw) else self._text(entry, col)
        if role == ENTRY_ROLE:
            return entry
        if role == Qt.ItemDataRole.TextAlignmentRole and col in MONEY_COLUMNS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if entry.reversed_by_id is not None:
                return QBrush(STRUCK)
            amount = {COL_PRINCIPAL: entry.principal_fen, COL_BONUS: entry.bonus_fen}.get(col)
            if amount:
                return QBrush(IN if amount > 0 else OUT)
        if role == Qt.ItemDataRole.FontRole and entry.reversed_by_id is not None:
            font = QFont()
            font.setStrikeOut(col in (COL_PRINCIPAL, COL_BONUS))
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tip(entry, col)
        return None

    def _text(self, entry: ValueRecord, col: int) -> str:
        if col == COL_NO:
            return str(entry.id)
        if col == COL_DATE:
            return texts.date_time(entry.posted_at)
        if col == COL_KIND:
            return labels.value_kind(entry.kind)
        if col == COL_PRINCIPAL:
            return labels.signed_money(entry.principal_fen)
        if col == COL_BONUS:
            return labels.signed_money(entry.bonus_fen)
        if col == COL_BALANCE:
            return texts.money(entry.principal_after + entry.bonus_after)
        if col == COL_SOURCE:
            return self._source(entry)
        if col == COL_OPERATOR:
            return entry.operator
        return "" if entry.kind == StoredValueKind.PACKAGE else entry.note

    def _source(self, entry: ValueRecord) -> str:
        if entry.reverses_id is not None:
            return points_labels.t(points_labels.REVERSES).format(id=entry.reverses_id)
        if entry.kind == StoredValueKind.PACKAGE:
            return entry.note  # the package's name
        if entry.visit_id is not None:
            return self._visits.get(entry.visit_id) or points_labels.t(
                points_labels.VISIT_GONE
            ).format(id=entry.visit_id)
        return ""

    def _tip(self, entry: ValueRecord, col: int) -> str | None:
        lines = []
        if entry.reversed_by_id is not None:
            lines.append(points_labels.t(points_labels.REVERSED_BY).format(id=entry.reversed_by_id))
        if col == COL_BALANCE:
            lines.append(labels.split(Balance(entry.principal_after, entry.bonus_after)))
        if col in (COL_SOURCE, COL_NOTE):
            text = self._text(entry, col)
            if len(text) > 20:
                lines.append(text)
        return "\n".join(lines) or None
