"""Two small Qt models beside the ledger: points per day (earned, redeemed, expired,
adjusted) and the points that run out in the coming days, so the shop can remind
the customer before they are gone."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from app.services.points import DayTotal
from app.services.points_expiry import ExpiringPoints
from app.ui import texts
from app.ui.points import labels

Index = QModelIndex | QPersistentModelIndex

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

# Daily totals
COL_DAY = 0
COL_EARNED = 1
COL_REDEEMED = 2
COL_EXPIRED = 3
COL_ADJUSTED = 4
COL_NET = 5
TOTALS_COLUMNS = 6

# Expiring points
COL_EXPIRES = 0
COL_DAYS_LEFT = 1
COL_MEMBER_NO = 2
COL_NAME = 3
COL_EXPIRING = 4
COL_MOBILE = 5
COL_LAST_VISIT = 6
EXPIRING_COLUMNS = 7


def net(total: DayTotal) -> int:
    """How the points the customers hold changed that day."""
    return total.earned - total.redeemed - total.expired + total.adjusted


class DailyTotalsModel(QAbstractTableModel):
    """One row a day with entries, newest first (as the ledger)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[DayTotal] = []

    def set_totals(self, totals: list[DayTotal]) -> None:
        self.beginResetModel()
        self._rows = sorted(totals, key=lambda t: t.day, reverse=True)
        self.endResetModel()

    def day_total(self, row: int) -> DayTotal | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def sum(self) -> DayTotal:
        """The whole period in one total (its day: the first day shown)."""
        rows = self._rows
        return DayTotal(
            rows[-1].day if rows else date.min,
            sum(r.earned for r in rows),
            sum(r.redeemed for r in rows),
            sum(r.expired for r in rows),
            sum(r.adjusted for r in rows),
        )

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else TOTALS_COLUMNS

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < TOTALS_COLUMNS:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                self.tr("Day"),
                self.tr("Earned"),
                self.tr("Redeemed"),
                self.tr("Expired"),
                self.tr("Adjusted"),
                self.tr("Net change"),
            )[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section != COL_DAY:
            return _RIGHT
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.day_total(index.row()) if index.isValid() else None
        if row is None:
            return None
        column = index.column()
        values = (row.day, row.earned, row.redeemed, row.expired, row.adjusted, net(row))
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_DAY:
                return texts.short_date(row.day)
            if column in (COL_ADJUSTED, COL_NET):
                return labels.signed(values[column])
            return labels.number(values[column])
        if role == ROW_ROLE:
            return row
        if role == SORT_ROLE:
            return row.day.isoformat() if column == COL_DAY else values[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column != COL_DAY:
            return _RIGHT
        return None


class ExpiringModel(QAbstractTableModel):
    """Points running out soonest first, one row per customer and day."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ExpiringPoints] = []
        self._today = date.min

    def set_rows(self, rows: list[ExpiringPoints], today: date) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._today = today
        self.endResetModel()

    def expiring(self, row: int) -> ExpiringPoints | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def points_total(self) -> int:
        return sum(r.points for r in self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else EXPIRING_COLUMNS

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < EXPIRING_COLUMNS:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                self.tr("Last day"),
                self.tr("Days left"),
                self.tr("Member no."),
                self.tr("Name"),
                self.tr("Points"),
                self.tr("Mobile"),
                self.tr("Last visit"),
            )[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section in (COL_DAYS_LEFT, COL_EXPIRING):
            return _RIGHT
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.expiring(index.row()) if index.isValid() else None
        if row is None:
            return None
        column = index.column()
        days = (row.expires_on - self._today).days
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                COL_EXPIRES: texts.short_date(row.expires_on),
                COL_DAYS_LEFT: str(days),
                COL_MEMBER_NO: row.member_no,
                COL_NAME: row.name,
                COL_EXPIRING: labels.number(row.points),
                COL_MOBILE: row.mobile,
                COL_LAST_VISIT: texts.short_date(row.last_visit),
            }.get(column)
        if role == ROW_ROLE:
            return row
        if role == SORT_ROLE:
            last = row.last_visit.isoformat() if row.last_visit else ""
            values = (
                row.expires_on.isoformat(), days, row.member_no, row.name, row.points,
                row.mobile, last,
            )  # fmt: skip
            return values[column] if 0 <= column < EXPIRING_COLUMNS else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (COL_DAYS_LEFT, COL_EXPIRING):
            return _RIGHT
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_DAYS_LEFT:
            return labels.t(labels.GOOD_UNTIL).format(date=texts.short_date(row.expires_on))
        return None
