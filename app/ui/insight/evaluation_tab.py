"""客户关系评估表, a tab of the insight page: the kept evaluations, newest first, with
filters, and what the owner does with them — evaluate a customer or her top customers,
set the scheme, print, export, delete. Double-click opens the form; from there, her card.

Once a quarter: Evaluate top customers…, Save, then Print… the forms of the day.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.models.enums import Recommendation
from app.services import evaluation
from app.services.evaluation import GRADES, EvaluationFilter, EvaluationRow
from app.services.messages import ServiceError
from app.ui import prompts, texts
from app.ui.insight import evaluation_words as words
from app.ui.insight.evaluation_form import EvaluationDialog
from app.ui.insight.evaluation_model import ROW_ROLE, SORT_ROLE, EvaluationListModel
from app.ui.points.views import date_edit, fit_columns, points_table

Clock = Callable[[], datetime]
ANY_TIME, THIS_QUARTER, LAST_QUARTER, THIS_YEAR, LAST_12_MONTHS, CUSTOM = range(6)


def quarter_start(day: date) -> date:
    return date(day.year, (day.month - 1) // 3 * 3 + 1, 1)


class EvaluationTab(QWidget):
    """Emits `open_customer(id)` to show a customer's card."""

    open_customer = Signal(int)

    def __init__(
        self, clock: Clock, operator: Callable[[], str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("evaluationTab")
        self._clock = clock
        self._operator = operator
        self._fitted = False
        self.evaluate_button = QPushButton(
            self.tr("Evaluate a customer…"), objectName="evaluateCustomer"
        )
        self.top_button = QPushButton(
            self.tr("Evaluate top customers…"), objectName="evaluateTopCustomers"
        )
        self.scheme_button = QPushButton(self.tr("Scheme…"), objectName="evaluationScheme")
        self.print_button = QPushButton(self.tr("Print…"), objectName="evaluationPrintList")
        self.export_button = QPushButton(self.tr("Export…"), objectName="evaluationExport")
        self.delete_button = QPushButton(self.tr("Delete…"), objectName="evaluationDelete")
        self.period = QComboBox(objectName="evaluationPeriod")
        self.period.addItems(
            [
                self.tr("Any time"),
                self.tr("This quarter"),
                self.tr("Last quarter"),
                self.tr("This year"),
                self.tr("Last 12 months"),
                self.tr("From … to …"),
            ]
        )
        today = clock().date()
        self.start_date = date_edit("evaluationFrom", quarter_start(today))
        self.end_date = date_edit("evaluationTo", today)
        self.grade = QComboBox(objectName="evaluationGrade")
        self.grade.addItem(self.tr("All grades"), "")
        for grade in GRADES:
            self.grade.addItem(self.tr("Grade {grade}").format(grade=grade), grade)
        self.advice = QComboBox(objectName="evaluationAdvice")
        self.advice.addItem(self.tr("All recommendations"), "")
        for value in (Recommendation.MAINTAIN, Recommendation.IMPROVE, Recommendation.END):
            self.advice.addItem(words.recommendation(value), value.value)
        self.text = QLineEdit(objectName="evaluationText")
        self.text.setPlaceholderText(self.tr("Name or member no."))
        self.text.setClearButtonEnabled(True)
        self.count = QLabel(objectName="evaluationCount")
        self.model = EvaluationListModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = points_table("evaluationTable", self.proxy)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicatorShown(True)
        self._build_layout()

        self._filter_timer = QTimer(self, singleShot=True, interval=150)
        self._filter_timer.timeout.connect(self.reload)
        for combo in (self.grade, self.advice):
            combo.currentIndexChanged.connect(self._filter_timer.start)
        self.period.currentIndexChanged.connect(self._period_changed)
        self.start_date.dateChanged.connect(self._filter_timer.start)
        self.end_date.dateChanged.connect(self._filter_timer.start)
        self.text.textChanged.connect(lambda _text: self._filter_timer.start())
        self.evaluate_button.clicked.connect(lambda: self.evaluate_one())
        self.top_button.clicked.connect(lambda: self.evaluate_top())
        self.scheme_button.clicked.connect(lambda: self.edit_scheme())
        self.print_button.clicked.connect(lambda: self.print_chosen())
        self.export_button.clicked.connect(lambda: self.export())
        self.delete_button.clicked.connect(lambda: self.delete_chosen())
        self.table.doubleClicked.connect(self._activated)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            QShortcut(
                QKeySequence(key), self.table,
                activated=lambda: self._activated(self.table.currentIndex()),
                context=Qt.ShortcutContext.WidgetShortcut,
            )  # fmt: skip
        QShortcut(
            QKeySequence(QKeySequence.StandardKey.Delete), self.table,
            activated=lambda: self.delete_chosen(),
            context=Qt.ShortcutContext.WidgetShortcut,
        )  # fmt: skip
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self._period_changed(ANY_TIME)
        self.reload()

    def _build_layout(self) -> None:
        actions = QHBoxLayout()
        for button in (self.evaluate_button, self.top_button, self.scheme_button):
            actions.addWidget(button)
        actions.addStretch(1)
        for button in (self.print_button, self.export_button, self.delete_button):
            actions.addWidget(button)
        filters = QHBoxLayout()
        for widget in (self.period, self.start_date, self.end_date, self.grade, self.advice):
            filters.addWidget(widget)
        filters.addWidget(self.text, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(actions)
        layout.addLayout(filters)
        layout.addWidget(self.count)
        layout.addWidget(self.table, 1)

    # -- the list ---------------------------------------------------------------------
    def _period_changed(self, period: int) -> None:
        custom = period == CUSTOM
        self.start_date.setVisible(custom)
        self.end_date.setVisible(custom)
        self._filter_timer.start()

    def date_range(self) -> tuple[date | None, date | None]:
        today = self._clock().date()
        period = self.period.currentIndex()
        if period == THIS_QUARTER:
            return quarter_start(today), today
        if period == LAST_QUARTER:
            end = quarter_start(today) - timedelta(days=1)
            return quarter_start(end), end
        if period == THIS_YEAR:
            return today.replace(month=1, day=1), today
        if period == LAST_12_MONTHS:
            return evaluation.period_start(today, 12), today
        if period == CUSTOM:
            start: date = self.start_date.date().toPython()  # type: ignore[assignment]
            end = self.end_date.date().toPython()  # type: ignore[assignment]
            return min(start, end), max(start, end)
        return None, None

    def list_filter(self) -> EvaluationFilter:
        start, end = self.date_range()
        advice = self.advice.currentData()
        return EvaluationFilter(
            date_from=start,
            date_to=end,
            grade=self.grade.currentData() or None,
            recommendation=Recommendation(advice) if advice else None,
            text=self.text.text(),
        )

    def reload(self) -> None:
        """Read the kept evaluations the filters let through."""
        self._filter_timer.stop()
        chosen = set(self.chosen_ids())
        self.model.set_rows(evaluation.evaluations(self.list_filter()))
        self.count.setText(words.words().count(self.model.rowCount()))
        if not self._fitted and self.model.rowCount():
            fit_columns(self.table)
            self._fitted = True
        if chosen:
            self.select_ids(chosen)
        self._selection_changed()

    def refresh(self) -> None:
        """What the insight page calls when the tab is shown after a change."""
        self.reload()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        # Evaluations are also kept from her card: the list is read again when shown.
        self.reload()
        super().showEvent(event)

    def rows(self) -> list[EvaluationRow]:
        """The rows in the order shown."""
        found = []
        for row in range(self.proxy.rowCount()):
            value = self.proxy.index(row, 0).data(ROW_ROLE)
            if isinstance(value, EvaluationRow):
                found.append(value)
        return found

    def chosen_ids(self) -> list[int]:
        """The selected evaluations, in the order shown."""
        rows = sorted(i.row() for i in self.table.selectionModel().selectedRows())
        return [
            value.id
            for row in rows
            if isinstance(value := self.proxy.index(row, 0).data(ROW_ROLE), EvaluationRow)
        ]

    def select_ids(self, ids: set[int]) -> None:
        self.table.clearSelection()
        selection = self.table.selectionModel()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        first = None
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            value = index.data(ROW_ROLE)
            if isinstance(value, EvaluationRow) and value.id in ids:
                selection.select(index, flags)
                first = first or index
        if first is not None:
            self.table.scrollTo(first)

    def _selection_changed(self) -> None:
        self.delete_button.setEnabled(len(self.chosen_ids()) == 1)

    def _ids_to_use(self) -> list[int]:
        """The selected evaluations when several are, else all those listed."""
        chosen = self.chosen_ids()
        return chosen if len(chosen) > 1 else [r.id for r in self.rows()]

    # -- actions ----------------------------------------------------------------------
    def _activated(self, index: QModelIndex) -> None:
        value = index.data(ROW_ROLE) if index.isValid() else None
        if isinstance(value, EvaluationRow):
            self.open_evaluation(value.id)

    def open_evaluation(self, evaluation_id: int) -> EvaluationDialog | None:
        try:
            form = evaluation.form(evaluation_id)
        except ServiceError as exc:
            prompts.warn(self, texts.t(words.TITLE, words.CONTEXT), texts.message(exc.message))
            self.reload()
            return None
        dialog = EvaluationDialog(form, self, clock=self._clock)
        dialog.open_customer.connect(self.open_customer)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _kept(self, ids: list[int]) -> None:
        """After saving: show the day's evaluations with the new ones chosen."""
        self.period.setCurrentIndex(ANY_TIME)
        self.grade.setCurrentIndex(0)
        self.advice.setCurrentIndex(0)
        self.text.clear()
        self.reload()
        self.select_ids(set(ids))

    def evaluate_one(self, customer_id: int | None = None) -> QWidget | None:
        """Ask who (unless given), then show her form to save."""
        from app.ui.insight.evaluation_form import evaluate_customer, pick_and_evaluate

        def saved(evaluation_id: int) -> None:
            self._kept([evaluation_id])

        if customer_id is not None:
            return evaluate_customer(self, customer_id, self._clock, self._operator, saved)
        return pick_and_evaluate(self, self._clock, self._operator, saved)

    def evaluate_top(self) -> QWidget:
        from app.ui.insight.evaluation_batch import evaluate_top_customers

        return evaluate_top_customers(self, self._clock, self._operator, self._kept)

    def edit_scheme(self) -> QWidget:
        from app.ui.insight.evaluation_scheme_dialog import edit_scheme

        return edit_scheme(self)

    def print_chosen(self) -> None:
        from app.ui.insight.evaluation_actions import print_evaluations

        print_evaluations(self, self._ids_to_use(), self._clock)

    def export(self, path: str = "") -> object:
        from app.ui.insight.evaluation_actions import export_evaluations

        return export_evaluations(self, self._ids_to_use(), self._clock, path)

    def delete_chosen(self) -> bool:
        """Delete the one selected evaluation, after asking."""
        chosen = self.chosen_ids()
        if len(chosen) != 1:
            return False
        row = next(r for r in self.rows() if r.id == chosen[0])
        title = self.tr("Delete the evaluation")
        question = self.tr(
            "Delete the evaluation of {name} ({member_no}) of {date}? Its scores go with it."
        ).format(name=row.name, member_no=row.member_no, date=texts.short_date(row.evaluated_on))
        if not prompts.confirm(self, title, question, destructive=True):
            return False
        try:
            evaluation.delete_evaluation(row.id)
        except ServiceError as exc:
            prompts.warn(self, title, texts.message(exc.message))
        self.reload()
        return True


__all__ = ["EvaluationTab", "quarter_start"]
