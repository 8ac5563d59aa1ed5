"""The inbox as a thin Qt model: the ids of every complaint the filter shows, in the
inbox's order, and their rows read 200 at a time as the view paints them.

20,000 complaints open at once: one query for the ids, one for the first page. An
open complaint past its promised time is painted red with how late it is; a resolved
one whose follow-up day has come says so.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from app.models.enums import ComplaintStatus, Severity
from app.services import complaint_inbox as inbox
from app.services import complaints
from app.services.complaint_inbox import InboxFilter, InboxRow
from app.ui import texts
from app.ui.complaints import labels

Index = QModelIndex | QPersistentModelIndex

COL_NO = 0
COL_RECEIVED = 1
COL_CUSTOMER = 2
COL_CATEGORY = 3
COL_SEVERITY = 4
COL_STATUS = 5
COL_HANDLER = 6
COL_DUE = 7
COL_SUMMARY = 8  # last: it takes the room left, and is cut first on a small screen
COLUMN_COUNT = 9

PAGE = 200
OVERDUE = QColor(labels.OVERDUE)
DUE = QColor(labels.DUE)
DONE = QColor(labels.DONE)
OVERDUE_BACKGROUND = QColor(labels.OVERDUE_BACKGROUND)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class InboxModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._filter = InboxFilter()
        self._ids: list[int] = []
        self._rows: dict[int, InboxRow] = {}
        self._now = datetime.now()

    @property
    def inbox_filter(self) -> InboxFilter:
        return self._filter

    @property
    def ids(self) -> list[int]:
        return self._ids

    def set_filter(self, inbox_filter: InboxFilter, now: datetime) -> None:
        """Read the ids the filter shows, and the first page of rows."""
        self.beginResetModel()
        self._filter = inbox_filter
        self._now = now
        self._ids = inbox.inbox_ids(inbox_filter, now)
        self._rows = {}
        self._load(0)
        self.endResetModel()

    def row_of(self, row: int) -> InboxRow | None:
        if not 0 <= row < len(self._ids):
            return None
        complaint_id = self._ids[row]
        if complaint_id not in self._rows:
            self._load(row - row % PAGE)
        return self._rows.get(complaint_id)

    def row_for_id(self, complaint_id: int) -> int:
        try:
            return self._ids.index(complaint_id)
        except ValueError:
            return -1

    def _load(self, first: int) -> None:
        for row in inbox.rows_by_ids(self._ids[first : first + PAGE]):
            self._rows[row.id] = row

    # -- Qt model -----------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._ids)

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
                self.tr("Received"),
                self.tr("Customer"),
                self.tr("Category"),
                self.tr("Severity"),
                self.tr("Status"),
                self.tr("Handler"),
                self.tr("Promised by / follow-up"),
                self.tr("What happened"),
            )[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_of(index.row()) if index.isValid() else None
        if row is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._colour(row, column)
        if role == Qt.ItemDataRole.BackgroundRole and self._late(row) is not None:
            return QBrush(OVERDUE_BACKGROUND)
        if role == Qt.ItemDataRole.FontRole and (
            (column == COL_DUE and self._late(row) is not None)
            or (column == COL_SEVERITY and row.severity == Severity.URGENT)
        ):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_NO:
            return _RIGHT
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_SUMMARY:
            return row.summary
        return None

    def _late(self, row: InboxRow) -> Any:
        return complaints.overdue_by(row.promised_by, row.status, self._now)

    def _display(self, row: InboxRow, column: int) -> str:
        if column == COL_NO:
            return str(row.id)
        if column == COL_RECEIVED:
            return texts.date_time(row.received_at)
        if column == COL_CUSTOMER:
            return labels.who(row.customer_id, row.customer_name, row.member_no, row.contact)
        if column == COL_CATEGORY:
            return labels.category(row.category)
        if column == COL_SEVERITY:
            return labels.severity(row.severity)
        if column == COL_SUMMARY:
            return row.summary
        if column == COL_HANDLER:
            return row.handler
        if column == COL_DUE:
            return self._due(row)
        if column == COL_STATUS:
            return labels.status(row.status)
        return ""

    def _due(self, row: InboxRow) -> str:
        late = self._late(row)
        if late is not None:
            return f"{texts.date_time(row.promised_by)} · {labels.lateness(late)}"
        if row.status in complaints.OPEN:
            return texts.date_time(row.promised_by)
        if row.status == ComplaintStatus.RESOLVED and row.follow_up_on is not None:
            text = self.tr("Call back {date}").format(date=texts.short_date(row.follow_up_on))
            if complaints.follow_up_due(row.follow_up_on, row.status, self._now.date()):
                return self.tr("{text} · due").format(text=text)
            return text
        if row.status == ComplaintStatus.FOLLOWED_UP and row.satisfaction is not None:
            return self.tr("Satisfaction {score}/5").format(score=row.satisfaction)
        return ""

    def _colour(self, row: InboxRow, column: int) -> QBrush | None:
        if self._late(row) is not None:
            return QBrush(OVERDUE)
        if column == COL_DUE and complaints.follow_up_due(
            row.follow_up_on, row.status, self._now.date()
        ):
            return QBrush(DUE)
        if row.status in (ComplaintStatus.FOLLOWED_UP, ComplaintStatus.CLOSED):
            return QBrush(DONE)
        return None
