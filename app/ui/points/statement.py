"""The customer's points statement (积分明细) on her card: every entry, newest first,
with the balance after it and where it comes from; from here an entry is reversed,
and the statement is printed or exported.

The tab only asks (signals); the page's points actions call the services.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QMenu,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.models.enums import PointsKind
from app.services import points
from app.services.points import EntryRecord
from app.ui import texts
from app.ui.points import labels

COL_NO, COL_DATE, COL_KIND, COL_POINTS, COL_BALANCE, COL_SOURCE, COL_OPERATOR, COL_NOTE = range(8)
SORT_ROLE = Qt.ItemDataRole.UserRole
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
EARNED, SPENT, STRUCK = QColor("#2e7d32"), QColor("#c62828"), QColor("#9e9e9e")

Index = QModelIndex | QPersistentModelIndex


class StatementModel(QAbstractTableModel):
    """A customer's entries, newest first (the latest posting on top)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._entries: list[EntryRecord] = []
        self._visits: dict[int, str] = {}

    def load(self, customer_id: int | None) -> None:
        self.beginResetModel()
        if customer_id is None:
            self._entries, self._visits = [], {}
        else:
            self._entries = list(reversed(points.statement(customer_id)))
            self._visits = {}  # each entry carries its visit's date and amount
        self.endResetModel()

    def entry(self, row: int) -> EntryRecord | None:
        return self._entries[row] if 0 <= row < len(self._entries) else None

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
            self.tr("Points"),
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
            raw = (entry.id, entry.posted_at, entry.kind.value, entry.points, entry.balance_after)
            return raw[col] if col < len(raw) else self._text(entry, col)
        if role == ENTRY_ROLE:
            return entry
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (COL_NO, COL_POINTS, COL_BALANCE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if entry.reversed_by_id is not None:
                return QBrush(STRUCK)
            if col == COL_POINTS:
                return QBrush(EARNED if entry.points > 0 else SPENT)
        if role == Qt.ItemDataRole.FontRole and entry.reversed_by_id is not None:
            font = QFont()
            font.setStrikeOut(col == COL_POINTS)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tip(entry, col)
        return None

    def _text(self, entry: EntryRecord, col: int) -> str:
        if col == COL_NO:
            return str(entry.id)
        if col == COL_DATE:
            return texts.date_time(entry.posted_at)
        if col == COL_KIND:
            return labels.kind(entry.kind)
        if col == COL_POINTS:
            return labels.signed(entry.points)
        if col == COL_BALANCE:
            return labels.number(entry.balance_after)
        if col == COL_SOURCE:
            return labels.source(entry, self._visits)
        if col == COL_OPERATOR:
            return entry.operator
        return labels.note(entry)

    def _tip(self, entry: EntryRecord, col: int) -> str | None:
        lines = []
        if entry.reversed_by_id is not None:
            lines.append(labels.t(labels.REVERSED_BY).format(id=entry.reversed_by_id))
        if col == COL_POINTS and entry.expires_on is not None and entry.points > 0:
            lines.append(
                labels.t(labels.GOOD_UNTIL).format(date=texts.short_date(entry.expires_on))
            )
        if col in (COL_SOURCE, COL_NOTE):
            text = self._text(entry, col)
            if len(text) > 20:
                lines.append(text)
        return "\n".join(lines) or None


def can_reverse(entry: EntryRecord | None) -> bool:
    """A reversal is never reversed, and an entry is reversed once."""
    return entry is not None and entry.kind != PointsKind.REVERSAL and entry.reversed_by_id is None


class StatementTab(QWidget):
    """The card's Points tab: the statement and what can be done with it."""

    adjust_requested = Signal()
    reverse_requested = Signal(int)  # entry id
    print_requested = Signal()
    pdf_requested = Signal()
    export_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cardPoints")
        self.model = StatementModel(self)
        self.table = QTableView(objectName="pointsStatement")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.adjust_button = QPushButton(self.tr("Adjust points…"), objectName="pointsAdjust")
        self.reverse_button = QPushButton(
            self.tr("Reverse this entry…"), objectName="pointsReverse"
        )
        self.reverse_button.setToolTip(
            self.tr("Undo a wrong entry by a new one that names it; the wrong one stays listed.")
        )
        self.reverse_action = QAction(self.tr("Reverse this entry…"), self)
        self.reverse_action.setObjectName("pointsReverseAction")
        self.print_button = QToolButton(objectName="pointsPrint")
        self.print_button.setText(self.tr("Print statement"))
        self.print_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.print_button)
        menu.addAction(self.tr("Preview and print…"), self.print_requested.emit)
        menu.addAction(self.tr("Save as PDF…"), self.pdf_requested.emit)
        menu.addAction(self.tr("Export to Excel…"), self.export_requested.emit)
        self.print_button.setMenu(menu)
        bar = QHBoxLayout()
        bar.addWidget(self.adjust_button)
        bar.addWidget(self.reverse_button)
        bar.addStretch(1)
        bar.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.table.addAction(self.reverse_action)
        self.adjust_button.clicked.connect(self.adjust_requested.emit)
        self.reverse_button.clicked.connect(self._reverse_current)
        self.reverse_action.triggered.connect(self._reverse_current)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self._current_changed()

    def load(self, customer_id: int | None, enabled: bool = True) -> None:
        self.model.load(customer_id)
        # Widths from the newest rows: measuring a long statement's every cell took
        # most of the time a card opens in.
        self.table.horizontalHeader().setResizeContentsPrecision(40)
        self.table.resizeColumnsToContents()
        for button in (self.adjust_button, self.print_button):
            button.setEnabled(enabled)
        self._current_changed()

    def current_entry(self) -> EntryRecord | None:
        return self.model.entry(self.table.currentIndex().row())

    def select_entry(self, entry_id: int) -> None:
        for row in range(self.model.rowCount()):
            entry = self.model.entry(row)
            if entry is not None and entry.id == entry_id:
                self.table.selectRow(row)
                return

    def _current_changed(self, *_args: object) -> None:
        possible = can_reverse(self.current_entry()) and self.adjust_button.isEnabled()
        self.reverse_button.setEnabled(possible)
        self.reverse_action.setEnabled(possible)

    def _reverse_current(self) -> None:
        entry = self.current_entry()
        if can_reverse(entry) and entry is not None:
            self.reverse_requested.emit(entry.id)
