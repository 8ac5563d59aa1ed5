"""The points ledger across customers as a thin Qt model that reads a page at a time.

The ledger holds up to a million entries: the model asks the service for the count
and the newest 500, and for the next 500 only when the view scrolls to them
(canFetchMore/fetchMore), so a page opens in milliseconds at any size.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from app.services import points
from app.services.points import EntryRecord, LedgerFilter
from app.ui import texts
from app.ui.points import labels

Index = QModelIndex | QPersistentModelIndex

COL_NO = 0
COL_TIME = 1
COL_MEMBER_NO = 2
COL_NAME = 3
COL_KIND = 4
COL_POINTS = 5
COL_BALANCE = 6
COL_SOURCE = 7
COL_OPERATOR = 8
COL_NOTE = 9
COLUMN_COUNT = 10

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

PAGE_SIZE = 500
EARNED, SPENT, STRUCK = QColor("#2e7d32"), QColor("#c62828"), QColor("#9e9e9e")
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class LedgerModel(QAbstractTableModel):
    """Entries matching a filter, newest first; `total` is how many match in all."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._filter = LedgerFilter()
        self._rows: list[EntryRecord] = []
        self._total = 0
        self._offset = 0  # how far the service's list has been read

    @property
    def total(self) -> int:
        return self._total

    @property
    def ledger_filter(self) -> LedgerFilter:
        return self._filter

    def set_filter(self, ledger_filter: LedgerFilter) -> None:
        """Count the matching entries and read the newest page."""
        self.beginResetModel()
        self._filter = ledger_filter
        self._total = points.ledger_count(ledger_filter)
        self._rows = points.ledger(ledger_filter, 0, PAGE_SIZE) if self._total else []
        self._offset = len(self._rows)
        self.endResetModel()

    def refresh(self) -> None:
        self.set_filter(self._filter)

    def entry(self, row: int) -> EntryRecord | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    # -- paging -------------------------------------------------------------
    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008, N802
        if not self.canFetchMore(parent):
            return
        # The next page is read from below the last entry shown: quick deep in the
        # ledger, and entries posted meanwhile never push a row onto the page twice.
        last = self._rows[-1].id if self._rows else None
        fresh = points.ledger(self._filter, 0, PAGE_SIZE, before_id=last)
        if not fresh:
            self._total = len(self._rows)  # fewer match now than when counted
            return
        self._offset += len(fresh)
        fresh = fresh[: self._total - len(self._rows)]
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
        self._rows.extend(fresh)
        self.endInsertRows()

    # -- Qt model -----------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < COLUMN_COUNT:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                self.tr("No."),
                self.tr("Time"),
                self.tr("Member no."),
                self.tr("Name"),
                self.tr("Kind"),
                self.tr("Points"),
                self.tr("Balance"),
                self.tr("From"),
                self.tr("Operator"),
                self.tr("Note"),
            )[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section in (COL_POINTS, COL_BALANCE):
            return _RIGHT
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        entry = self.entry(index.row()) if index.isValid() else None
        if entry is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(entry, column)
        if role == ROW_ROLE:
            return entry
        if role == SORT_ROLE:
            return self._sort_value(entry, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            COL_NO,
            COL_POINTS,
            COL_BALANCE,
        ):
            return _RIGHT
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._colour(entry, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(entry, column)
        return None

    def _display(self, entry: EntryRecord, column: int) -> str:
        if column == COL_NO:
            return str(entry.id)
        if column == COL_TIME:
            return texts.date_time(entry.posted_at)
        if column == COL_MEMBER_NO:
            return entry.member_no
        if column == COL_NAME:
            return entry.name
        if column == COL_KIND:
            return labels.kind(entry.kind)
        if column == COL_POINTS:
            return labels.signed(entry.points)
        if column == COL_BALANCE:
            return labels.number(entry.balance_after)
        if column == COL_SOURCE:
            return labels.source(entry, {})
        if column == COL_OPERATOR:
            return entry.operator
        if column == COL_NOTE:
            return labels.note(entry)
        return ""

    @staticmethod
    def _colour(entry: EntryRecord, column: int) -> QBrush | None:
        if entry.reversed_by_id is not None:
            return QBrush(STRUCK)  # undone by a later entry: shown, but greyed
        if column == COL_POINTS:
            return QBrush(EARNED if entry.points > 0 else SPENT)
        return None

    @staticmethod
    def _tooltip(entry: EntryRecord, column: int) -> str | None:
        if entry.reversed_by_id is not None:
            return labels.t(labels.REVERSED_BY).format(id=entry.reversed_by_id)
        if column == COL_POINTS and entry.expires_on is not None:
            return labels.t(labels.GOOD_UNTIL).format(date=texts.short_date(entry.expires_on))
        if column == COL_NOTE and entry.note:
            return labels.note(entry) or None
        return None

    @staticmethod
    def _sort_value(entry: EntryRecord, column: int) -> Any:
        values = {
            COL_NO: entry.id,
            COL_TIME: entry.posted_at.isoformat(),
            COL_MEMBER_NO: entry.member_no,
            COL_NAME: entry.name,
            COL_KIND: entry.kind.value,
            COL_POINTS: entry.points,
            COL_BALANCE: entry.balance_after,
            COL_SOURCE: labels.source(entry, {}),
            COL_OPERATOR: entry.operator,
            COL_NOTE: entry.note,
        }
        return values.get(column)
