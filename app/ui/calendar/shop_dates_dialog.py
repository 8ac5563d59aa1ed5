"""The shop's own dates on the calendar: its anniversary, a promotion day, and —
until the program is updated — a year's official days off and adjusted working
days (调休) that the State Council published after this version was made.

The list dialog adds, edits and removes through the holidays service; the
editor (shop_date_editor.py) hands it a `ShopDateData`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services import holidays
from app.services.holidays import ShopDateData
from app.services.messages import FieldError, ValidationError
from app.ui import prompts, texts
from app.ui.calendar import labels
from app.ui.calendar.shop_date_editor import HINT_STYLE, ShopDateEditor
from app.ui.signals import app_signals

Index = QModelIndex | QPersistentModelIndex

COL_NAME = 0
COL_DATE = 1
COL_KIND = 2
COL_REPEATS = 3
COLUMN_COUNT = 4
ROW_ROLE = Qt.ItemDataRole.UserRole + 1


class ShopDatesModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ShopDateData] = []

    def set_rows(self, rows: list[ShopDateData]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_data(self, row: int) -> ShopDateData:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = [self.tr("Name of the day"), self.tr("Date"), self.tr("Kind"), self.tr("Repeats")]
        return titles[section] if 0 <= section < COLUMN_COUNT else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == ROW_ROLE:
            return row
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == COL_NAME:
            return row.name
        if column == COL_DATE:
            return texts.short_date(row.on)
        if column == COL_KIND:
            return labels.kind_name(row.kind)
        if column == COL_REPEATS:
            return self.tr("Every year") if row.yearly else self.tr("Once")
        return None


class ShopDatesDialog(QDialog):
    def __init__(
        self, parent: QWidget | None = None, clock: Callable[[], datetime] = datetime.now
    ) -> None:
        super().__init__(parent)
        self.setObjectName("shopDatesDialog")
        self.setWindowTitle(self.tr("Shop dates"))
        self._clock = clock
        self._saved_id: int | None = None
        self.model = ShopDatesModel(self)
        self.table = QTableView(objectName="shopDatesTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        for column, width in ((COL_DATE, 110), (COL_KIND, 150), (COL_REPEATS, 90)):
            header.resizeSection(column, width)
        self.empty = QLabel(
            self.tr("No shop dates yet. Add the shop's anniversary or a members' day."),
            objectName="shopDatesEmpty",
        )
        self.empty.setStyleSheet(HINT_STYLE)
        self.hint = QLabel(objectName="shopDatesEstimated", wordWrap=True)
        self.hint.setStyleSheet("color: #a15c00;")
        self.add_button = QPushButton(self.tr("Add…"), objectName="shopDateAdd")
        self.edit_button = QPushButton(self.tr("Edit…"), objectName="shopDateEdit")
        self.remove_button = QPushButton(self.tr("Remove"), objectName="shopDateRemove")
        close = QPushButton(self.tr("Close"), objectName="shopDatesClose")
        row = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            row.addWidget(button)
        row.addStretch()
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(row)
        self.resize(600, 400)

        self.add_button.clicked.connect(lambda: self.add())
        self.edit_button.clicked.connect(lambda: self.edit())
        self.remove_button.clicked.connect(self.remove)
        close.clicked.connect(self.accept)
        self.table.doubleClicked.connect(lambda _: self.edit())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._show_estimated_hint()
        self.reload()

    def _show_estimated_hint(self) -> None:
        this_year = self._clock().year
        years = [y for y in (this_year, this_year + 1) if holidays.is_estimated(y)]
        if years:
            self.hint.setText(
                self.tr(
                    "The official holidays of {year} are not in this version of the program, "
                    "so the calendar shows them as estimated. Once the State Council publishes "
                    "them, add its days off and adjusted working days here, one date each."
                ).format(year=years[0])
            )
        self.hint.setVisible(bool(years))

    def reload(self, select_id: int | None = None) -> None:
        rows = holidays.shop_dates()
        self.model.set_rows(rows)
        self.empty.setVisible(not rows)
        for n, data in enumerate(rows):
            if data.id == select_id:
                self.table.selectRow(n)
        self._update_buttons()

    def selected(self) -> ShopDateData | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_data(rows[0].row()) if rows else None

    def _update_buttons(self, *_args: object) -> None:
        chosen = self.selected() is not None
        self.edit_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def _save(self, data: ShopDateData) -> list[FieldError]:
        try:
            saved = holidays.save_shop_date(data, self._clock())
        except ValidationError as exc:
            return exc.errors
        self._saved_id = saved
        return []

    def add(self) -> ShopDateEditor:
        return self._open_editor(None)

    def edit(self) -> ShopDateEditor | None:
        data = self.selected()
        return self._open_editor(data) if data else None

    def _open_editor(self, data: ShopDateData | None) -> ShopDateEditor:
        """Open the editor (window-modal); the list reloads when it is saved."""
        editor = ShopDateEditor(data, self._clock().date(), self._save, self)
        editor.accepted.connect(self._editor_saved)
        editor.open()
        return editor

    def _editor_saved(self) -> None:
        self.reload(self._saved_id)
        app_signals().calendar_changed.emit()

    def remove(self) -> None:
        data = self.selected()
        if data is None:
            return
        when = texts.short_date(data.on)
        if not prompts.confirm(
            self,
            self.tr("Remove a shop date"),
            self.tr("Remove “{name}” ({date}) from the calendar?").format(
                name=data.name, date=when
            ),
            destructive=True,
        ):
            return
        if data.id is not None:
            holidays.remove_shop_date(data.id)
        self.reload()
        app_signals().calendar_changed.emit()
