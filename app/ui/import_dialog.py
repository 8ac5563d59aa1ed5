"""Import customers from Excel: a preview of the file's rows with each problem beside its
row, and an Import button that stays off until the file is clean.

The owner fixes the file in Excel or WPS, saves it and presses Check again. The
dialog gets `read(path)` and `apply(plan)` from its caller and never touches the
database itself; after a successful import it is accepted with `import_result` set, and the
caller announces the changed customers.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.excel_import import ROW_PROBLEM, Action, ImportPlan, ImportResult, Problem
from app.services.messages import ServiceError
from app.ui import prompts, texts

Index = QModelIndex | QPersistentModelIndex
COL_ROW = 0
COL_PROBLEMS = 1
COL_ACTION = 2
FIXED_COLUMNS = 3
PROBLEM_COLOR = QColor("#c62828")  # the card editor's red
ERROR_STYLE = "color: #c62828;"
MAX_LISTED = 500  # problems listed under the table; every one stays beside its row
ROW_ROLE = Qt.ItemDataRole.UserRole + 1


def problem_line(problem: Problem) -> str:
    """'row 5: 手机: …' in the user's language (SPEC §9)."""
    template = QCoreApplication.translate("Messages", ROW_PROBLEM)
    reason = texts.message(problem.message)
    return template.format(row=problem.row, column=problem.column, reason=reason)


def cell_text(value: object) -> str:
    """A cell as the sheet shows it: 100001 not 100001.0, dates without midnight."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if not value.time() else value.isoformat(" ", "minutes")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


class ImportRowsModel(QAbstractTableModel):
    """The file's customer rows: spreadsheet row number, problems, what will happen, cells."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._plan: ImportPlan | None = None
        self._problems: dict[int, list[Problem]] = {}

    def set_plan(self, plan: ImportPlan | None) -> None:
        self.beginResetModel()
        self._plan = plan
        self._problems = {}
        for problem in plan.problems if plan is not None else ():
            self._problems.setdefault(problem.row, []).append(problem)
        self.endResetModel()

    def row_of(self, sheet_row: int) -> int | None:
        """The model row showing a spreadsheet row, None for the header row."""
        rows = self._plan.rows if self._plan is not None else []
        return next((i for i, r in enumerate(rows) if r.row == sheet_row), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        if parent.isValid() or self._plan is None:
            return 0
        return len(self._plan.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        if parent.isValid():
            return 0
        return FIXED_COLUMNS + (len(self._plan.columns) if self._plan is not None else 0)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._plan is None:
            return None
        planned = self._plan.rows[index.row()]
        column = index.column()
        problems = self._problems.get(planned.row, [])
        if role == ROW_ROLE:
            return planned
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_PROBLEMS and problems:
            return PROBLEM_COLOR
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_PROBLEMS and problems:
            return "\n".join(problem_line(p) for p in problems)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == COL_ROW:
            return str(planned.row)
        if column == COL_PROBLEMS:
            return "; ".join(f"{p.column}: {texts.message(p.message)}" for p in problems)
        if column == COL_ACTION:
            return self._action_text(planned.action)
        position = column - FIXED_COLUMNS
        return cell_text(planned.cells[position]) if position < len(planned.cells) else ""

    def _action_text(self, action: Action) -> str:
        if action == Action.CREATE:
            return self.tr("New")
        if action == Action.UPDATE:
            return self.tr("Update")
        return self.tr("Unchanged")

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if section == COL_ROW:
            return self.tr("Row")
        if section == COL_PROBLEMS:
            return self.tr("Problems")
        if section == COL_ACTION:
            return self.tr("Will be")
        if self._plan is not None and 0 <= section - FIXED_COLUMNS < len(self._plan.columns):
            return self._plan.columns[section - FIXED_COLUMNS]
        return None


class ImportDialog(QDialog):
    """Preview, check again, import. `import_result` holds the ImportResult once imported."""

    def __init__(
        self,
        path: Path,
        read: Callable[[Path], ImportPlan],
        apply: Callable[[ImportPlan], ImportResult],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import customers — {file}").format(file=Path(path).name))
        self._path = Path(path)
        self._read = read
        self._apply = apply
        self.plan: ImportPlan | None = None
        self.import_result: ImportResult | None = None

        self._summary = QLabel(objectName="importSummary", wordWrap=True)
        self._ignored = QLabel(objectName="importIgnored", wordWrap=True)
        self._model = ImportRowsModel(self)
        self._table = QTableView(objectName="importTable")
        self._table.setModel(self._model)
        self._table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._table.verticalHeader().hide()
        self._table.horizontalHeader().setStretchLastSection(False)
        self._problems = QListWidget(objectName="importProblems")
        self._problems.setMaximumHeight(140)
        self._problems.setStyleSheet(ERROR_STYLE)
        self._recheck = QPushButton(self.tr("Check again"), objectName="recheckButton")
        self._import = QPushButton(self.tr("Import"), objectName="importButton")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setObjectName("importClose")
        buttons.addButton(self._recheck, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self._import, QDialogButtonBox.ButtonRole.AcceptRole)

        layout = QVBoxLayout(self)
        layout.addWidget(self._summary)
        layout.addWidget(self._ignored)
        layout.addWidget(self._table, 1)
        layout.addWidget(self._problems)
        layout.addWidget(buttons)
        self.resize(900, 560)

        self._recheck.clicked.connect(self.recheck)
        self._import.clicked.connect(self.import_now)
        buttons.rejected.connect(self.reject)
        self._problems.itemActivated.connect(self._show_row)
        self._problems.itemClicked.connect(self._show_row)
        self.recheck()

    def recheck(self) -> None:
        """Read the file again (the owner fixed it meanwhile) and show what it holds now."""
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            plan: ImportPlan | None = self._read(self._path)
            failure = None
        except ServiceError as exc:
            plan, failure = None, texts.message(exc.message)
        finally:
            QApplication.restoreOverrideCursor()
        self._show(plan, failure)

    def _show(self, plan: ImportPlan | None, failure: str | None) -> None:
        self.plan = plan
        self._model.set_plan(plan)
        self._table.resizeColumnsToContents()
        self._problems.clear()
        self._ignored.hide()
        if plan is None:
            self._summary.setText(failure or "")
            self._summary.setStyleSheet(ERROR_STYLE)
            self._problems.hide()
            self._import.setEnabled(False)
            return
        counts = self.tr("{created} new, {updated} updated, {unchanged} unchanged.").format(
            created=plan.count(Action.CREATE),
            updated=plan.count(Action.UPDATE),
            unchanged=plan.count(Action.UNCHANGED),
        )
        if plan.problems:
            advice = self.tr(
                "Problems to fix: {count}. Nothing is imported until the file is clean: fix it "
                "in Excel or WPS, save it, then press Check again."
            ).format(count=len(plan.problems))
            self._summary.setStyleSheet(ERROR_STYLE)
        else:
            advice = self.tr("The file is clean. Nothing is written until you press Import.")
            self._summary.setStyleSheet("")
        self._summary.setText(f"{counts}\n{advice}")
        if plan.ignored_columns:
            columns = (
                "、".join(plan.ignored_columns)
                if texts.is_chinese()
                else ", ".join(plan.ignored_columns)
            )
            self._ignored.setText(
                self.tr("Columns not imported: {columns}").format(columns=columns)
            )
            self._ignored.show()
        for problem in plan.problems[:MAX_LISTED]:
            item = QListWidgetItem(problem_line(problem))
            item.setData(ROW_ROLE, problem.row)
            self._problems.addItem(item)
        if len(plan.problems) > MAX_LISTED:
            more = len(plan.problems) - MAX_LISTED
            self._problems.addItem(self.tr("… and {count} more").format(count=more))
        self._problems.setVisible(bool(plan.problems))
        self._import.setEnabled(not plan.problems and bool(plan.rows))

    def _show_row(self, item: QListWidgetItem) -> None:
        row = self._model.row_of(item.data(ROW_ROLE)) if item.data(ROW_ROLE) else None
        if row is not None:
            self._table.selectRow(row)
            self._table.scrollTo(self._model.index(row, COL_PROBLEMS))

    def import_now(self) -> None:
        """Write the checked file through the caller; on a refusal, say why and stay open."""
        if self.plan is None or self.plan.problems:
            return
        self._import.setEnabled(False)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = self._apply(self.plan)
        except ServiceError as exc:
            # E.g. the customers changed meanwhile: Check again reads the file afresh.
            self._summary.setText(texts.message(exc.message))
            self._summary.setStyleSheet(ERROR_STYLE)
            return
        finally:
            QApplication.restoreOverrideCursor()
        self.import_result = result
        text = self.tr("Imported: {created} new, {updated} updated, {unchanged} unchanged.").format(
            created=result.created, updated=result.updated, unchanged=result.unchanged
        )
        if count := result.opening_balances:
            text += "\n" + self.tr("Opening points posted for %n customer(s).", "", count)
        if count := result.opening_values:
            text += "\n" + self.tr("Opening stored value posted for %n customer(s).", "", count)
        if count := result.opening_cards:
            text += "\n" + self.tr("Package cards brought over: %n.", "", count)
        prompts.info(self, self.tr("Import customers"), text)
        self.accept()
