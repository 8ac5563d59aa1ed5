"""Who celebrates soon: a thin Qt model over the birthday service's occasions, and
the Upcoming tab (the next N days, sorted by date) that shows it.

The same model lists one day's occasions beside the month grid, with the date
columns hidden. Each row shows the customer's points balance, read with the rows
(one query), so a birthday greeting can mention what she can redeem.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, datetime, timedelta
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.models.enums import Calendar
from app.services import birthdays, greetings
from app.services import points as ledger
from app.services.birthdays import Occasion
from app.ui import texts
from app.ui.calendar import labels

Index = QModelIndex | QPersistentModelIndex
SentMarks = dict[tuple[int, str, date], datetime]

# What the owner reads first comes first: the side panel is narrow.
COL_DATE = 0
COL_DAYS = 1
COL_NAME = 2
COL_OCCASION = 3
COL_AGE = 4
COL_SENT = 5
COL_LAST_VISIT = 6
COL_POINTS = 7
COL_MEMBER_NO = 8
COLUMN_COUNT = 9

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

SENT_COLOUR = QBrush(QColor("#188038"))
DEFAULT_DAYS = 7
MAX_DAYS = 90


def occasion_text(occ: Occasion) -> str:
    """农历生日 · 八月十五, 女儿的生日 (小美) — what is celebrated, with the lunar date."""
    text = labels.occasion_label(occ)
    if occ.person:
        text += f"（{occ.person}）" if texts.is_chinese() else f" ({occ.person})"
    if occ.calendar == Calendar.LUNAR:
        text += " · " + labels.lunar_born_text(occ.born)
    return text


class OccasionTableModel(QAbstractTableModel):
    """Rows of occasions in the order given (by date, then member number) until sorted."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Occasion] = []
        self._sent: SentMarks = {}
        self._points: Mapping[int, int] = {}
        self._today = date.min

    def set_occasions(
        self,
        occasions: list[Occasion],
        today: date,
        sent: SentMarks,
        points: Mapping[int, int] | None = None,
    ) -> None:
        """Show these occasions; `points` are the balances by customer id (read here
        when not given)."""
        if points is None:
            points = ledger.balances(o.customer_id for o in occasions)
        self.beginResetModel()
        self._rows = list(occasions)
        self._today = today
        self._sent = sent
        self._points = points
        self.endResetModel()

    def points(self, occ: Occasion) -> int:
        return self._points.get(occ.customer_id, 0)

    def set_sent(self, sent: SentMarks) -> None:
        """New greeting marks: only the sent column changes."""
        self._sent = sent
        if self._rows:
            top, bottom = self.index(0, COL_SENT), self.index(len(self._rows) - 1, COL_SENT)
            self.dataChanged.emit(top, bottom)

    def occasion(self, row: int) -> Occasion | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def is_sent(self, occ: Occasion) -> bool:
        return (occ.customer_id, occ.key, occ.day) in self._sent

    # -- Qt model -----------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = {
            COL_DATE: self.tr("Date"),
            COL_DAYS: self.tr("When"),
            COL_NAME: self.tr("Name"),
            COL_OCCASION: self.tr("Occasion"),
            COL_AGE: self.tr("Age"),
            COL_SENT: self.tr("Greeted"),
            COL_LAST_VISIT: self.tr("Last visit"),
            COL_POINTS: self.tr("Points"),
            COL_MEMBER_NO: self.tr("Member no."),
        }
        return headers.get(section)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        occ = self.occasion(index.row()) if index.isValid() else None
        if occ is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(occ, column)
        if role == ROW_ROLE:
            return occ
        if role == SORT_ROLE:
            return self._sort_value(occ, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_SENT:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_POINTS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_SENT:
            return SENT_COLOUR
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_OCCASION:
            return occasion_text(occ)
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_SENT and self.is_sent(occ):
            sent_at = self._sent[(occ.customer_id, occ.key, occ.day)]
            return self.tr("Greeting sent {time}").format(time=texts.date_time(sent_at))
        return None

    def _display(self, occ: Occasion, column: int) -> str:
        if column == COL_DATE:
            return texts.short_date(occ.day)
        if column == COL_DAYS:
            return labels.days_until(occ.day, self._today)
        if column == COL_NAME:
            return occ.name
        if column == COL_MEMBER_NO:
            return occ.member_no
        if column == COL_OCCASION:
            return occasion_text(occ)
        if column == COL_AGE:
            return labels.age_text(occ)
        if column == COL_LAST_VISIT:
            return texts.short_date(occ.last_visit)
        if column == COL_POINTS:
            return QLocale().toString(self.points(occ))
        if column == COL_SENT:
            return "✓" if self.is_sent(occ) else ""
        return ""

    def _sort_value(self, occ: Occasion, column: int) -> Any:
        values: dict[int, Any] = {
            COL_DATE: occ.day.isoformat(),
            COL_DAYS: (occ.day - self._today).days,
            COL_NAME: occ.name,
            COL_MEMBER_NO: occ.member_no,
            COL_OCCASION: occasion_text(occ),
            COL_AGE: -1 if occ.age is None else occ.age,
            COL_LAST_VISIT: occ.last_visit.isoformat() if occ.last_visit else "",
            COL_POINTS: self.points(occ),
            COL_SENT: int(self.is_sent(occ)),
        }
        return values.get(column)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < COLUMN_COUNT:
            return
        self.layoutAboutToBeChanged.emit()
        # Ties stay in date order: Python's sort is stable.
        self._rows.sort(
            key=lambda o: self._sort_value(o, column),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )
        self.layoutChanged.emit()


def occasion_table(model: OccasionTableModel, name: str) -> QTableView:
    """A read-only table of occasions; double-click or Enter opens the row's customer."""
    table = QTableView(objectName=name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(24)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setStretchLastSection(False)
    header.setResizeContentsPrecision(50)  # fit_columns samples 50 rows: quick at any size
    return table


def fit_columns(table: QTableView) -> None:
    """Widen the columns to their texts (bounded: long lists are sampled)."""
    table.resizeColumnsToContents()
    header = table.horizontalHeader()
    for column in range(header.count()):
        header.resizeSection(column, min(header.sectionSize(column) + 8, 220))


def open_on_activate(table: QTableView, model: OccasionTableModel, open_: Callable) -> None:
    """Double-click, Enter or Return on a row calls open_(customer_id)."""

    def activate(index: QModelIndex) -> None:
        occ = model.occasion(index.row()) if index.isValid() else None
        if occ is not None:
            open_(occ.customer_id)

    table.doubleClicked.connect(activate)
    for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
        QShortcut(
            QKeySequence(key),
            table,
            activated=lambda: activate(table.currentIndex()),
            context=Qt.ShortcutContext.WidgetShortcut,
        )


class UpcomingPanel(QWidget):
    """The Upcoming tab: birthdays and anniversaries of the next N days, today included."""

    open_customer = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("upcomingPanel")
        self._today: date | None = None
        self.days = QSpinBox(objectName="upcomingDays")
        self.days.setRange(1, MAX_DAYS)
        self.days.setValue(DEFAULT_DAYS)
        self.days.setToolTip(self.tr("How many days ahead to list, today included"))
        self.count = QLabel(objectName="upcomingCount")
        self.model = OccasionTableModel(self)
        self.table = occasion_table(self.model, "upcomingTable")
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(COL_DATE, Qt.SortOrder.AscendingOrder)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Days ahead:")))
        bar.addWidget(self.days)
        bar.addStretch(1)
        bar.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self.days.valueChanged.connect(self.reload)
        open_on_activate(self.table, self.model, self.open_customer.emit)

    def set_today(self, today: date) -> None:
        self._today = today
        self.reload()

    def reload(self) -> None:
        if self._today is None:
            return
        days = self.days.value()
        occasions = birthdays.upcoming(self._today, days)
        sent = greetings.sent_marks(self._today, self._today + timedelta(days=days))
        self.model.set_occasions(occasions, self._today, sent)
        header = self.table.horizontalHeader()
        self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        fit_columns(self.table)
        self.count.setText(self.tr("%n occasion(s)", "", len(occasions)))

    def refresh_sent(self) -> None:
        if self._today is not None:
            end = self._today + timedelta(days=self.days.value())
            self.model.set_sent(greetings.sent_marks(self._today, end))
