"""The kept evaluations as a thin Qt model: newest first, one row each (date, member
number, name, total, grade, recommendation, note), the grade in its colour, a sort role
with raw values and a row role returning the row."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from app.services.evaluation import EvaluationRow
from app.ui import texts
from app.ui.insight import evaluation_words as words

Index = QModelIndex | QPersistentModelIndex

COL_DATE = 0
COL_MEMBER = 1
COL_NAME = 2
COL_TOTAL = 3
COL_GRADE = 4
COL_ADVICE = 5
COL_NOTE = 6  # last: it takes the room left
COLUMN_COUNT = 7
SORT_ROLE = Qt.ItemDataRole.UserRole
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_CENTRE = int(Qt.AlignmentFlag.AlignCenter)


class EvaluationListModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[EvaluationRow] = []

    def set_rows(self, rows: Sequence[EvaluationRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[EvaluationRow]:
        return list(self._rows)

    def row_of(self, row: int) -> EvaluationRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_for_id(self, evaluation_id: int) -> int:
        return next((n for n, r in enumerate(self._rows) if r.id == evaluation_id), -1)

    # -- Qt model -----------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < COLUMN_COUNT:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                self.tr("Evaluated on"),
                self.tr("Member no."),
                self.tr("Name"),
                self.tr("Total"),
                self.tr("Grade"),
                self.tr("Recommendation"),
                self.tr("Note"),
            )[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_of(index.row()) if index.isValid() else None
        if row is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == SORT_ROLE:
            return self._sort(row, column)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ForegroundRole and column in (COL_GRADE, COL_ADVICE):
            return QBrush(QColor(words.GRADE_COLOURS.get(row.grade, "#000000")))
        if role == Qt.ItemDataRole.FontRole and column == COL_GRADE:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column == COL_TOTAL:
                return _RIGHT
            if column == COL_GRADE:
                return _CENTRE
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_NOTE and row.note:
            return row.note
        return None

    def _display(self, row: EvaluationRow, column: int) -> str:
        if column == COL_DATE:
            return texts.short_date(row.evaluated_on)
        if column == COL_MEMBER:
            return row.member_no
        if column == COL_NAME:
            return row.name
        if column == COL_TOTAL:
            return words.score(row.total)
        if column == COL_GRADE:
            return row.grade
        if column == COL_ADVICE:
            return words.recommendation(row.recommendation)
        if column == COL_NOTE:
            return " ".join(row.note.split())
        return ""

    def _sort(self, row: EvaluationRow, column: int) -> Any:
        if column == COL_DATE:
            return f"{row.evaluated_on.isoformat()} {row.id:012d}"
        if column == COL_TOTAL:
            return row.total
        if column == COL_ADVICE:
            return row.recommendation.value
        return self._display(row, column)


__all__ = ["COLUMN_COUNT", "ROW_ROLE", "SORT_ROLE", "EvaluationListModel"]
