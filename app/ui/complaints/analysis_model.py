"""The report tables of the complaint analysis: rows of texts with the values they
sort by, numbers right-aligned, a colour swatch for a category, totals in bold."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QTableView

Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def fit_to_numbers(table: QTableView) -> None:
    """Columns as wide as their texts, with a little air: a year of months fits the page."""
    table.resizeColumnsToContents()
    header = table.horizontalHeader()
    for column in range(header.count()):
        header.resizeSection(column, header.sectionSize(column) + 12)


@dataclass(frozen=True)
class ReportRow:
    """One row of a report table: its texts, the values it sorts by, what it stands for."""

    cells: tuple[str, ...]
    sort: tuple[Any, ...]
    item: Any = None
    colour: QColor | None = None  # a swatch before the first cell
    total: bool = False  # a totals row, in bold


class ReportModel(QAbstractTableModel):
    """A read-only table of report rows; numbers right-aligned, totals in bold."""

    def __init__(self, right: Iterable[int] = (), parent: Any = None) -> None:
        super().__init__(parent)
        self._headers: list[str] = []
        self._rows: list[ReportRow] = []
        self._right = set(right)
        self._bold = QFont()
        self._bold.setBold(True)

    def set_rows(
        self, headers: list[str], rows: list[ReportRow], right: Iterable[int] | None = None
    ) -> None:
        self.beginResetModel()
        self._headers = headers
        self._rows = rows
        if right is not None:
            self._right = set(right)
        self.endResetModel()

    def row(self, row: int) -> ReportRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._headers)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._headers):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section in self._right:
            return _RIGHT
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row(index.row()) if index.isValid() else None
        if row is None or not 0 <= index.column() < len(row.cells):
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return row.cells[column]
        if role == SORT_ROLE:
            return row.sort[column] if column < len(row.sort) else None
        if role == ROW_ROLE:
            return row.item
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self._right:
            return _RIGHT
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            return row.colour
        if role == Qt.ItemDataRole.FontRole and row.total:
            return self._bold
        return None
