"""The table views and date fields of the Points page: read-only rows chosen whole,
columns fitted to their texts, and a row that opens its customer's card."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QDateEdit, QHeaderView, QTableView

from app.ui import texts


def date_edit(name: str, value: date) -> QDateEdit:
    """A date field with a calendar to pick from, in the language's date order."""
    edit = QDateEdit(objectName=name, calendarPopup=True)
    edit.setDisplayFormat("yyyy-MM-dd" if texts.is_chinese() else "d MMM yyyy")
    edit.setDate(QDate(value.year, value.month, value.day))
    return edit


def points_table(name: str, model: object, stretch_last: bool = True) -> QTableView:
    """A read-only table whose rows are chosen whole."""
    table = QTableView(objectName=name)
    table.setModel(model)  # type: ignore[arg-type]
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(24)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.horizontalHeader().setHighlightSections(False)
    table.horizontalHeader().setStretchLastSection(stretch_last)
    table.horizontalHeader().setResizeContentsPrecision(50)  # sample rows: quick at any size
    return table


def fit_columns(table: QTableView) -> None:
    """Widen the columns to their texts, with air (long lists are sampled)."""
    table.resizeColumnsToContents()
    header = table.horizontalHeader()
    for column in range(header.count()):
        header.resizeSection(column, min(max(header.sectionSize(column) + 16, 90), 240))


def open_on_activate(
    table: QTableView, row_of: Callable[[int], Any], open_customer: Callable[[int], None]
) -> None:
    """Double-click, Enter or Return on a row calls open_customer(its customer_id)."""

    def activate(index: QModelIndex) -> None:
        row = row_of(index.row()) if index.isValid() else None
        if row is not None:
            open_customer(row.customer_id)

    table.doubleClicked.connect(activate)
    for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
        QShortcut(
            QKeySequence(key),
            table,
            activated=lambda: activate(table.currentIndex()),
            context=Qt.ShortcutContext.WidgetShortcut,
        )
