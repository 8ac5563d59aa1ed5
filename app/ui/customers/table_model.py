"""The customer list as a thin, windowed Qt model over the search service.

The search returns the matching ids in sort order (cheap even at 100,000
customers); rows are fetched a page at a time when the view asks for them,
so no more than a few pages of rows are ever in memory.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from app.services.dto import CustomerRow
from app.services.search import (
    QueryKind,
    SearchQuery,
    SearchResult,
    SortKey,
    rows_by_ids,
    search,
    search_head,
)
from app.ui import texts

Index = QModelIndex | QPersistentModelIndex

COL_ALLERGY = 0
COL_MEMBER_NO = 1
COL_NAME = 2
COL_GENDER = 3
COL_MOBILE = 4
COL_GRADE = 5
COL_BIRTHDAY = 6
COL_LAST_VISIT = 7
COL_VISITS = 8
COL_SPENT = 9
COLUMN_COUNT = 10

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

_SORT_KEYS = {
    COL_ALLERGY: None,
    COL_MEMBER_NO: SortKey.MEMBER_NO,
    COL_NAME: SortKey.NAME,
    COL_GENDER: SortKey.GENDER,
    COL_MOBILE: SortKey.MOBILE,
    COL_GRADE: SortKey.GRADE,
    COL_BIRTHDAY: SortKey.BIRTHDAY,
    COL_LAST_VISIT: SortKey.LAST_VISIT,
    COL_VISITS: SortKey.VISITS,
    COL_SPENT: SortKey.SPENT,
}

PAGE_SIZE = 200
MAX_PAGES = 20
_ALLERGY_COLOR = QColor("#c62828")


class CustomerTableModel(QAbstractTableModel):
    """Rows of the counter list; `set_query` runs a search, `sort` re-runs it in another order."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._query = SearchQuery()
        self._result = SearchResult([], QueryKind.ALL, None)
        self._total = 0
        self._pages: OrderedDict[int, list[CustomerRow]] = OrderedDict()
        self._bold = QFont()
        self._bold.setBold(True)

    # -- what the page uses -------------------------------------------------
    @property
    def query(self) -> SearchQuery:
        return self._query

    @property
    def result(self) -> SearchResult:
        return self._result

    def set_query(self, query: SearchQuery) -> SearchResult:
        """Run a search. The whole list shows its first page and its size at once and
        reads the rest of its ids when a row beyond that page is first asked for."""
        self.beginResetModel()
        self._query = query
        self._result, self._total = search_head(query, PAGE_SIZE)
        self._pages.clear()
        self.endResetModel()
        return self._result

    def _complete(self) -> None:
        """Read all ids of the list (~25 ms at 100,000 customers)."""
        if len(self._result.ids) >= self._total:
            return
        full = search(self._query)
        head = self._result.ids
        if len(full.ids) == self._total and full.ids[: len(head)] == head:
            self._result = full
            return
        self.beginResetModel()  # the data changed in between: start again from the full list
        self._result, self._total = full, len(full.ids)
        self._pages.clear()
        self.endResetModel()

    def all_ids(self) -> list[int]:
        """Every id of the list in its order (reads the rest of a whole list first)."""
        self._complete()
        return list(self._result.ids)

    @property
    def total(self) -> int:
        return self._total

    def refresh(self) -> None:
        self.set_query(self._query)

    def row_of(self, customer_id: int) -> int:
        self._complete()
        try:
            return self._result.ids.index(customer_id)
        except ValueError:
            return -1

    def customer_id(self, row: int) -> int | None:
        if len(self._result.ids) <= row < self._total:
            self._complete()
        if 0 <= row < len(self._result.ids):
            return self._result.ids[row]
        return None

    def customer_row(self, row: int) -> CustomerRow | None:
        if len(self._result.ids) <= row < self._total:
            self._complete()
        if not 0 <= row < len(self._result.ids):
            return None
        page = row // PAGE_SIZE
        rows = self._pages.get(page)
        if rows is None:
            ids = self._result.ids[page * PAGE_SIZE : (page + 1) * PAGE_SIZE]
            rows = rows_by_ids(ids)
            self._pages[page] = rows
            if len(self._pages) > MAX_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page)
        offset = row - page * PAGE_SIZE
        return rows[offset] if offset < len(rows) else None

    # -- Qt model -----------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self._total

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers()[section] if 0 <= section < COLUMN_COUNT else None
        if role == Qt.ItemDataRole.ToolTipRole and section == COL_ALLERGY:
            return self.tr("Allergies or contraindications")
        return None

    def _headers(self) -> list[str]:
        return [
            "⚠",
            self.tr("Member no."),
            self.tr("Name"),
            self.tr("Gender"),
            self.tr("Mobile"),
            self.tr("Grade"),
            self.tr("Birthday"),
            self.tr("Last visit"),
            self.tr("Visits"),
            self.tr("Total spent"),
        ]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.customer_row(index.row())
        if row is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == ROW_ROLE:
            return row
        if role == SORT_ROLE:
            return self._sort_value(row, column)
        if role == Qt.ItemDataRole.ForegroundRole and (
            column == COL_ALLERGY or (column == COL_NAME and row.has_allergies)
        ):
            return QBrush(_ALLERGY_COLOR) if row.has_allergies else None
        if role == Qt.ItemDataRole.FontRole and column == COL_ALLERGY and row.has_allergies:
            return self._bold
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_ALLERGY and row.has_allergies:
            return self.tr("Has allergies or contraindications: open the card before serving.")
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (COL_VISITS, COL_SPENT):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_ALLERGY:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _display(self, row: CustomerRow, column: int) -> str:
        if column == COL_ALLERGY:
            return "⚠" if row.has_allergies else ""
        if column == COL_MEMBER_NO:
            return row.member_no
        if column == COL_NAME:
            if row.erased:
                return self.tr("(erased)")
            return row.name + (self.tr(" (archived)") if row.archived else "")
        if column == COL_GENDER:
            return texts.gender(row.gender) if row.gender.value != "U" else ""
        if column == COL_MOBILE:
            return row.mobile
        if column == COL_GRADE:
            return texts.grade(row.grade)
        if column == COL_BIRTHDAY:
            return texts.birthday(row.birthday)
        if column == COL_LAST_VISIT:
            return texts.short_date(row.last_visit)
        if column == COL_VISITS:
            return str(row.visit_count)
        if column == COL_SPENT:
            return texts.money(row.total_spent_fen)
        return ""

    @staticmethod
    def _sort_value(row: CustomerRow, column: int) -> Any:
        values = {
            COL_ALLERGY: int(row.has_allergies),
            COL_MEMBER_NO: row.member_no,
            COL_NAME: row.name,
            COL_GENDER: row.gender.value,
            COL_MOBILE: row.mobile,
            COL_GRADE: row.grade.value,
            COL_BIRTHDAY: (row.birthday.month, row.birthday.day) if row.birthday else (0, 0),
            COL_LAST_VISIT: row.last_visit.isoformat() if row.last_visit else "",
            COL_VISITS: row.visit_count,
            COL_SPENT: row.total_spent_fen,
        }
        return values.get(column)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = _SORT_KEYS.get(column)
        if key is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if key == self._query.sort and descending == self._query.descending:
            return
        self.set_query(SearchQuery(self._query.text, self._query.include_archived, key, descending))
