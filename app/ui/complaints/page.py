"""The Complaints page (投诉): the inbox with its filters, and the analysis.

What needs the shop comes first: open complaints by their promised time (overdue
ones red, with how late), then resolved ones waiting for their follow-up call,
then the finished ones. Built only when first opened (the main window makes it
lazily); the analysis, with its chart library, only when its tab is opened.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.models.enums import ComplaintCategory, ComplaintStatus, Severity
from app.services import complaint_inbox, complaints
from app.services.complaint_inbox import InboxFilter, InboxView
from app.services.complaints import ComplaintData
from app.services.messages import FieldError
from app.ui.complaints import labels
from app.ui.complaints.inbox_model import COL_SUMMARY, InboxModel
from app.ui.errors import refusals
from app.ui.points.views import date_edit, points_table
from app.ui.signals import app_signals

if TYPE_CHECKING:
    from app.ui.complaints.analysis import ComplaintAnalysis
    from app.ui.complaints.complaint_dialog import ComplaintDialog
    from app.ui.complaints.record_dialog import RecordDialog

Clock = Callable[[], datetime]
TAB_INBOX, TAB_ANALYSIS = range(2)
PERIOD_ANY, PERIOD_TODAY, PERIOD_7, PERIOD_30, PERIOD_MONTH, PERIOD_YEAR, PERIOD_RANGE = range(7)


class ComplaintsPage(QWidget):
    """Emits `open_customer(id)` to show a customer's card."""

    open_customer = Signal(int)

    def __init__(
        self, clock: Clock, operator: Callable[[], str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("complaintsPage")
        self._clock = clock
        self._operator = operator
        self._stale = False
        self._fitted = False
        self.analysis: ComplaintAnalysis | None = None
        self.record_button = QPushButton(
            self.tr("Record a complaint…"), objectName="recordComplaint"
        )
        self.view = QComboBox(objectName="inboxView")
        for view, text in (
            (InboxView.ACTIVE, self.tr("Needs attention")),
            (InboxView.OPEN, self.tr("Open (new and in progress)")),
            (InboxView.OVERDUE, self.tr("Overdue")),
            (InboxView.FOLLOW_UP_DUE, self.tr("Follow-up call due")),
            (InboxView.NEW, labels.status(ComplaintStatus.NEW)),
            (InboxView.IN_PROGRESS, labels.status(ComplaintStatus.IN_PROGRESS)),
            (InboxView.RESOLVED, labels.status(ComplaintStatus.RESOLVED)),
            (InboxView.FOLLOWED_UP, labels.status(ComplaintStatus.FOLLOWED_UP)),
            (InboxView.CLOSED, labels.status(ComplaintStatus.CLOSED)),
            (InboxView.ALL, self.tr("All complaints")),
        ):
            self.view.addItem(text, view.value)
        self.category = QComboBox(objectName="inboxCategory")
        self.category.addItem(self.tr("All categories"), "")
        for category in ComplaintCategory:
            self.category.addItem(labels.category(category), category.value)
        self.severity = QComboBox(objectName="inboxSeverity")
        self.severity.addItem(self.tr("All severities"), "")
        for severity in Severity:
            self.severity.addItem(labels.severity(severity), severity.value)
        self.handler = QComboBox(objectName="inboxHandler")
        self.handler.setMinimumContentsLength(6)
        self.period = QComboBox(objectName="inboxPeriod")
        self.period.addItems(
            [
                self.tr("Any time"),
                self.tr("Today"),
                self.tr("Last 7 days"),
                self.tr("Last 30 days"),
                self.tr("This month"),
                self.tr("This year"),
                self.tr("From … to …"),
            ]
        )
        today = clock().date()
        self.start_date = date_edit("inboxFrom", today - timedelta(days=30))
        self.end_date = date_edit("inboxTo", today)
        self.text = QLineEdit(objectName="inboxText")
        self.text.setPlaceholderText(self.tr("Search what happened or her name"))
        self.text.setClearButtonEnabled(True)
        self.export_button = QPushButton(self.tr("Export…"), objectName="inboxExport")
        self.answers_button = QPushButton(self.tr("Standard answers…"), objectName="inboxAnswers")
        self.count = QLabel(objectName="inboxCount")
        self.model = InboxModel(self)
        self.table = points_table("inboxTable", self.model)
        self.tabs = QTabWidget(objectName="complaintTabs")
        self._analysis_slot = QWidget()
        self._build_layout()

        self._filter_timer = QTimer(self, singleShot=True, interval=150)
        self._filter_timer.timeout.connect(self.apply_filters)
        self._reload_timer = QTimer(self, singleShot=True, interval=50)
        self._reload_timer.timeout.connect(self.reload)
        # Overdue is a matter of time: repaint the red once a minute while shown.
        self._clock_timer = QTimer(self, interval=60_000)
        self._clock_timer.timeout.connect(self._tick)
        for combo in (self.view, self.category, self.severity, self.handler):
            combo.currentIndexChanged.connect(self._filter_timer.start)
        self.period.currentIndexChanged.connect(self._period_changed)
        self.start_date.dateChanged.connect(self._filter_timer.start)
        self.end_date.dateChanged.connect(self._filter_timer.start)
        self.text.textChanged.connect(lambda _text: self._filter_timer.start())
        self.record_button.clicked.connect(lambda: self.record_complaint())
        self.export_button.clicked.connect(lambda: self.export())
        self.answers_button.clicked.connect(self.open_answers)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.table.doubleClicked.connect(self._activated)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            QShortcut(
                QKeySequence(key), self.table,
                activated=lambda: self._activated(self.table.currentIndex()),
                context=Qt.ShortcutContext.WidgetShortcut,
            )  # fmt: skip
        signals = app_signals()
        signals.complaints_changed.connect(self._data_changed)
        signals.customers_changed.connect(self._data_changed)
        self._period_changed(PERIOD_ANY)
        self.reload()

    def _build_layout(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(self.record_button)
        bar.addSpacing(12)
        for widget in (self.view, self.category, self.severity, self.handler, self.period):
            bar.addWidget(widget)
        bar.addWidget(self.start_date)
        bar.addWidget(self.end_date)
        bar.addWidget(self.text, 1)
        bar.addWidget(self.export_button)
        bar.addWidget(self.answers_button)
        inbox = QWidget()
        column = QVBoxLayout(inbox)
        column.setContentsMargins(8, 8, 8, 8)
        column.addLayout(bar)
        column.addWidget(self.count)
        column.addWidget(self.table, 1)
        self.tabs.addTab(inbox, self.tr("Inbox"))
        self.tabs.addTab(self._analysis_slot, self.tr("Analysis"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs, 1)

    # -- filters -----------------------------------------------------------------
    def _period_changed(self, period: int) -> None:
        custom = period == PERIOD_RANGE
        self.start_date.setVisible(custom)
        self.end_date.setVisible(custom)
        self._filter_timer.start()

    def received_range(self) -> tuple[date | None, date | None]:
        today = self._clock().date()
        period = self.period.currentIndex()
        if period == PERIOD_TODAY:
            return today, today
        if period == PERIOD_7:
            return today - timedelta(days=6), today
        if period == PERIOD_30:
            return today - timedelta(days=29), today
        if period == PERIOD_MONTH:
            return today.replace(day=1), today
        if period == PERIOD_YEAR:
            return today.replace(month=1, day=1), today
        if period == PERIOD_RANGE:
            start: date = self.start_date.date().toPython()  # type: ignore[assignment]
            end: date = self.end_date.date().toPython()  # type: ignore[assignment]
            return min(start, end), max(start, end)
        return None, None

    def inbox_filter(self) -> InboxFilter:
        start, end = self.received_range()
        category = self.category.currentData()
        severity = self.severity.currentData()
        return InboxFilter(
            view=InboxView(self.view.currentData()),
            category=ComplaintCategory(category) if category else None,
            severity=Severity(severity) if severity else None,
            handler=self.handler.currentData() or None,
            received_from=start,
            received_to=end,
            text=self.text.text(),
        )

    def apply_filters(self) -> None:
        self._filter_timer.stop()
        now = self._clock()
        self.model.set_filter(self.inbox_filter(), now)
        counts = complaint_inbox.counts(now)
        shown = self.tr("%n complaint(s) shown", "", self.model.rowCount())
        self.count.setText(
            self.tr(
                "{shown} · open: {open} · overdue: {overdue} · follow-up calls due: {due}"
            ).format(
                shown=shown, open=counts.open, overdue=counts.overdue, due=counts.follow_up_due
            )
        )
        if not self._fitted and self.model.rowCount():
            self.table.resizeColumnsToContents()
            header = self.table.horizontalHeader()
            for column in range(header.count()):
                # What happened is cut (its tooltip has it all), so the promise and the
                # status stay in sight on a small screen.
                widest = 240 if column == COL_SUMMARY else 260
                header.resizeSection(column, min(max(header.sectionSize(column) + 12, 70), widest))
            self._fitted = True

    def _fill_handlers(self) -> None:
        chosen = self.handler.currentData() or ""
        self.handler.blockSignals(True)
        self.handler.clear()
        self.handler.addItem(self.tr("All handlers"), "")
        for name in complaint_inbox.handlers():
            self.handler.addItem(name, name)
        self.handler.setCurrentIndex(max(0, self.handler.findData(chosen)))
        self.handler.blockSignals(False)

    def show_view(self, view: InboxView) -> None:
        """Show one view of the inbox (the navigation's badge opens what it counts)."""
        self.tabs.setCurrentIndex(TAB_INBOX)
        self.view.setCurrentIndex(self.view.findData(view.value))
        self.apply_filters()

    # -- reading ----------------------------------------------------------------
    def reload(self) -> None:
        self._stale = False
        self._fill_handlers()
        self.apply_filters()
        if self.analysis is not None and self.tabs.currentIndex() == TAB_ANALYSIS:
            self.analysis.refresh()

    def _data_changed(self) -> None:
        if self.isVisible():
            self._reload_timer.start()
        else:
            self._stale = True

    def _tick(self) -> None:
        if self.isVisible() and self.tabs.currentIndex() == TAB_INBOX:
            self.apply_filters()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        if self._stale:
            self.reload()
        else:
            self.apply_filters()  # the clock moved on: overdue may have changed
        self._clock_timer.start()
        super().showEvent(event)

    def _tab_changed(self, tab: int) -> None:
        if tab == TAB_ANALYSIS:
            self.analysis_page().refresh()

    def analysis_page(self) -> ComplaintAnalysis:
        if self.analysis is None:
            from app.ui.complaints.analysis import ComplaintAnalysis

            analysis = ComplaintAnalysis(self._clock)
            analysis.open_customer.connect(self.open_customer)
            self.tabs.blockSignals(True)
            self.tabs.removeTab(TAB_ANALYSIS)
            self.tabs.insertTab(TAB_ANALYSIS, analysis, self.tr("Analysis"))
            self.tabs.setCurrentIndex(TAB_ANALYSIS)
            self.tabs.blockSignals(False)
            self._analysis_slot.deleteLater()
            self.analysis = analysis
        return self.analysis

    # -- actions ----------------------------------------------------------------
    def _activated(self, index: QModelIndex) -> None:
        row = self.model.row_of(index.row()) if index.isValid() else None
        if row is not None:
            self.open_complaint(row.id)

    def open_complaint(self, complaint_id: int) -> ComplaintDialog:
        from app.ui.complaints.complaint_dialog import ComplaintDialog

        dialog = ComplaintDialog(complaint_id, self._clock, self._operator, self)
        dialog.open_customer.connect(self.open_customer)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def record_complaint(self, customer_id: int | None = None) -> RecordDialog:
        return record_complaint(self, self._clock, self._operator, customer_id, self._recorded)

    def _recorded(self, complaint_id: int) -> None:
        self.show_view(InboxView.ACTIVE)
        row = self.model.row_for_id(complaint_id)
        if row >= 0:
            self.table.selectRow(row)

    def open_answers(self) -> QDialog:
        from app.ui.complaints.answers_dialog import open_answers

        return open_answers(self, self._clock)

    def export(self, path: str = "") -> Path | None:
        """The complaints shown, in the inbox's order, with their timelines."""
        from app.ui.complaints.export import export_complaints

        return export_complaints(self, list(self.model.ids), self._clock, path)

    # -- remembered layout ---------------------------------------------------------
    def save_layout(self, settings: QSettings) -> None:
        settings.setValue("complaints/inbox_header", self.table.horizontalHeader().saveState())

    def restore_layout(self, settings: QSettings) -> None:
        state = settings.value("complaints/inbox_header")
        if state is not None:
            self._fitted = self.table.horizontalHeader().restoreState(state)


def record_complaint(
    parent: QWidget,
    clock: Clock,
    operator: Callable[[], str],
    customer_id: int | None = None,
    recorded: Callable[[int], None] | None = None,
) -> RecordDialog:
    """Open the dialog that takes a complaint down (from the inbox or from her card)."""
    from app.ui.complaints.record_dialog import RecordDialog

    saved: list[int] = []

    def save(data: ComplaintData) -> list[FieldError]:
        return refusals(lambda: saved.append(complaints.record(data, operator(), clock())))

    def done() -> None:
        app_signals().complaints_changed.emit()
        if data_customer := dialog.picker.customer_id():
            app_signals().customer_changed.emit(data_customer)
        if recorded is not None and saved:
            recorded(saved[0])

    dialog = RecordDialog(clock(), operator(), save, parent, customer_id=customer_id)
    dialog.accepted.connect(done)
    dialog.open()
    return dialog


__all__ = ["ComplaintsPage", "record_complaint"]
