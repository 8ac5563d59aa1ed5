"""Her complaints on her card: a tab listing them (double-click opens one), a button
to take a new one down, and a line among the card's facts for the follow-up call
still to make — so the reminder is on the card she is looking at.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.ui import texts
from app.ui.complaints import labels

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class ComplaintsOnCard(QObject):
    """Emits `open_requested(complaint_id)` and `record_requested()`."""

    open_requested = Signal(int)
    record_requested = Signal()

    def __init__(self, clock: Callable[[], datetime], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self.tab = QWidget(objectName="cardComplaints")
        self.table = QTableWidget(0, 5, objectName="cardComplaintsTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Received"),
                self.tr("Category"),
                self.tr("What happened"),
                self.tr("Status"),
                self.tr("Promised by / follow-up"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.summary = QLabel(objectName="cardComplaintsSummary")
        self.record_button = QPushButton(
            self.tr("Record a complaint…"), objectName="cardRecordComplaint"
        )
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.record_button)
        layout = QVBoxLayout(self.tab)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self.table.cellDoubleClicked.connect(self._double_clicked)
        self.record_button.clicked.connect(self.record_requested.emit)

    def load(self, customer_id: int, enabled: bool = True) -> None:
        from app.services import complaint_inbox, complaints  # when a card is first shown

        now = self._clock()
        rows = complaint_inbox.customer_complaints(customer_id)
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            late = complaints.overdue_by(row.promised_by, row.status, now)
            if late is not None:
                due = f"{texts.date_time(row.promised_by)} · {labels.lateness(late)}"
            elif row.status in complaints.OPEN:
                due = texts.date_time(row.promised_by)
            elif row.follow_up_on is not None and row.status == complaints.S.RESOLVED:
                due = self.tr("Call back {date}").format(date=texts.short_date(row.follow_up_on))
            else:
                due = ""
            values = [
                texts.short_date(row.received_at.date()),
                labels.category(row.category),
                row.summary,
                labels.status(row.status),
                due,
            ]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(ID_ROLE, row.id)
                if late is not None:
                    item.setForeground(QBrush(QColor(labels.OVERDUE)))
                elif row.status in (complaints.S.FOLLOWED_UP, complaints.S.CLOSED):
                    item.setForeground(QBrush(QColor(labels.DONE)))
                self.table.setItem(r, column, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        still_open = sum(1 for r in rows if r.status not in complaints.DONE)
        if rows:
            count = len(rows)
            total = self.tr("%n complaint(s)", "", count)
            unfinished = self.tr("%n not finished", "", still_open)
            self.summary.setText(f"{total} · {unfinished}")
        else:
            self.summary.setText(self.tr("No complaints."))
        self.record_button.setEnabled(enabled)

    def facts(self, customer_id: int, now: datetime) -> list[tuple[str, str]]:
        """Lines for the card's facts: her complaints still open (and how late the
        answer is), and the follow-up call still to make — seen as she walks in."""
        from app.services import complaint_inbox, complaints

        rows: list[tuple[str, str]] = []
        waiting = [
            r for r in complaint_inbox.customer_complaints(customer_id)
            if r.status in complaints.OPEN
        ]  # fmt: skip
        if waiting:
            text = self.tr("%n open complaint(s)", "", len(waiting))
            late = [complaints.overdue_by(r.promised_by, r.status, now) for r in waiting]
            worst = max((d for d in late if d is not None), default=None)
            if worst is not None:
                text = f"{text} · {labels.lateness(worst)}"
            rows.append((self.tr("Complaints"), text))
        scheduled = complaint_inbox.next_follow_up(customer_id)
        if scheduled is not None:
            day, complaint_id = scheduled
            text = self.tr("{date} · complaint no. {id}").format(
                date=texts.short_date(day), id=complaint_id
            )
            if day <= now.date():
                text = self.tr("{text} · due").format(text=text)
            rows.append((self.tr("Complaint follow-up"), text))
        return rows

    def _double_clicked(self, row: int, _column: int) -> None:
        item = self.table.item(row, 0)
        if item is not None:
            self.open_requested.emit(int(item.data(ID_ROLE)))
