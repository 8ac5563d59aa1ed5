"""Evaluate top customers (评估重点客户): the top N by spending in the period, or every
customer of a grade, previewed — each one's spending, total, grade and recommendation —
before anything is kept. Untick a row to leave her out; Save keeps the ticked ones,
dated today, in one go. Once a quarter the owner runs this, then prints the forms.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.models.enums import Grade, Segment
from app.services import evaluation
from app.services.evaluation import EvaluationForm
from app.services.messages import FieldError, ServiceError, ValidationError
from app.ui import texts
from app.ui.errors import refusals
from app.ui.insight import evaluation_words as words
from app.ui.insight import labels

Clock = Callable[[], datetime]
ERROR_STYLE = "color: #c62828;"
COL_MEMBER, COL_NAME, COL_SPENT, COL_TOTAL, COL_GRADE, COL_ADVICE = range(6)


def _cell(text: str, right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


class TopCustomersDialog(QDialog):
    """`kept` holds the new evaluations' ids once saved."""

    def __init__(
        self, clock: Clock, operator: Callable[[], str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("evaluationBatch")
        self.setWindowTitle(self.tr("Evaluate top customers"))
        self.resize(760, 620)
        self._clock = clock
        self._operator = operator
        self._today: date = clock().date()
        self._scheme = evaluation.scheme()
        self.forms: list[EvaluationForm] = []
        self.kept: list[int] = []
        self.top = QRadioButton(self.tr("The top"), objectName="batchTop")
        self.top.setChecked(True)
        self.count = QSpinBox(objectName="batchCount", minimum=1, maximum=10_000, value=20)
        months = self._scheme.period_months
        self.top_text = QLabel(self.tr("customers by spending in the last %n month(s)", "", months))
        self.everyone = QRadioButton(self.tr("Every customer"), objectName="batchEveryone")
        self.grade = QComboBox(objectName="batchGrade")
        self.grade.addItem(self.tr("of any grade"), "")
        for grade in Grade:
            self.grade.addItem(texts.grade(grade), grade.value)
        self.segment = QComboBox(objectName="batchSegment")
        self.segment.addItem(self.tr("any RFM grade"), "")
        for segment in Segment:
            self.segment.addItem(labels.segment(segment), segment.value)
        self.table = QTableWidget(0, 6, objectName="batchPreview")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Member no."), self.tr("Name"), self.tr("Spent in the period"),
             self.tr("Total"), self.tr("Grade"), self.tr("Recommendation")]
        )  # fmt: skip
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.summary = QLabel(objectName="batchSummary", wordWrap=True)
        self.note = QLineEdit(objectName="batchNote")
        self.note.setPlaceholderText(self.tr("A note for each of them, e.g. Q4 review"))
        self.error = QLabel(objectName="batchError", wordWrap=True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.addButton(
            self.tr("Save the evaluations"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setObjectName("batchSave")
        self._build_layout()
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.top.toggled.connect(lambda _on: self.refresh())
        self.count.valueChanged.connect(lambda _n: self.refresh())
        self.grade.currentIndexChanged.connect(lambda _n: self.refresh())
        self.segment.currentIndexChanged.connect(lambda _n: self.refresh())
        self.table.itemChanged.connect(lambda _item: self._summarise())
        self.refresh()

    def _build_layout(self) -> None:
        first = QHBoxLayout()
        for widget in (self.top, self.count, self.top_text):
            first.addWidget(widget)
        first.addStretch(1)
        second = QHBoxLayout()
        for widget in (self.everyone, self.grade, self.segment):
            second.addWidget(widget)
        second.addStretch(1)
        explained = QLabel(
            self.tr("Untick a customer to leave her out. The evaluations are kept dated {date}.")
            .format(date=texts.short_date(self._today))
        )  # fmt: skip
        explained.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(first)
        layout.addLayout(second)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(explained)
        layout.addWidget(self.note)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def _choice(self) -> tuple[int | None, Grade | None, Segment | None]:
        grade, segment = self.grade.currentData(), self.segment.currentData()
        return (
            self.count.value() if self.top.isChecked() else None,
            Grade(grade) if grade else None,
            Segment(segment) if segment else None,
        )

    def refresh(self) -> None:
        """Find the customers chosen and preview their forms."""
        limit, grade, segment = self._choice()
        found = evaluation.candidates(self._today, limit, grade, segment, self._scheme)
        spent = dict(found)
        try:
            self.forms = (
                evaluation.preview([cid for cid, _ in found], self._today, self._scheme)
                if found
                else []
            )
        except (ServiceError, ValidationError) as exc:  # e.g. erased at another counter
            self.forms = []
            problems = exc.errors if isinstance(exc, ValidationError) else [
                FieldError("", exc.message)
            ]  # fmt: skip
            self._show_error(problems)
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.forms))
        for row, form in enumerate(self.forms):
            member = _cell(form.member_no)
            member.setFlags(member.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            member.setCheckState(Qt.CheckState.Checked)
            member.setData(Qt.ItemDataRole.UserRole, form.customer_id)
            colour = QColor(words.GRADE_COLOURS.get(form.grade, "#000000"))
            cells = (
                member, _cell(form.name), _cell(words.money(spent.get(form.customer_id, 0)), True),
                _cell(words.total(form), True), _cell(form.grade),
                _cell(words.recommendation(form.recommendation)),
            )  # fmt: skip
            for column, cell in enumerate(cells):
                if column in (COL_GRADE, COL_ADVICE):
                    cell.setForeground(colour)
                self.table.setItem(row, column, cell)
        self.table.blockSignals(False)
        self._summarise()

    def chosen_ids(self) -> list[int]:
        return [
            int(item.data(Qt.ItemDataRole.UserRole))
            for row in range(self.table.rowCount())
            if (item := self.table.item(row, COL_MEMBER)) is not None
            and item.checkState() == Qt.CheckState.Checked
        ]

    def _summarise(self) -> None:
        chosen = set(self.chosen_ids())
        kept = [f for f in self.forms if f.customer_id in chosen]
        by_grade = {g: sum(1 for f in kept if f.grade == g) for g in "ABCD"}
        grades = " · ".join(f"{g} {QLocale().toString(n)}" for g, n in by_grade.items())
        count = len(kept)
        text = self.tr("%n customer(s) to evaluate", "", count)
        self.summary.setText(f"{text}: {grades}" if kept else text)
        self.save_button.setEnabled(bool(kept))

    def _show_error(self, errors: list[FieldError]) -> None:
        self.error.setText("\n".join(texts.message(e.message) for e in errors))
        self.error.setVisible(bool(errors))

    def accept(self) -> None:
        """Keep the ticked customers' evaluations; a refusal shows here, the choice kept."""
        ids = self.chosen_ids()
        if not ids:
            return
        note = self.note.text()
        errors = refusals(
            lambda: self.kept.extend(
                evaluation.evaluate(
                    ids, self._today, self._operator(), self._clock(), note, self._scheme
                )
            )
        )
        if errors:
            self._show_error(errors)
            return
        super().accept()


def evaluate_top_customers(
    parent: QWidget | None,
    clock: Clock,
    operator: Callable[[], str],
    saved: Callable[[list[int]], None] | None = None,
) -> TopCustomersDialog:
    """Open the dialog (not waited for); `saved` gets the new evaluations' ids."""
    dialog = TopCustomersDialog(clock, operator, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if saved is not None:
        dialog.accepted.connect(lambda: saved(list(dialog.kept)))
    dialog.open()
    return dialog


__all__ = ["TopCustomersDialog", "evaluate_top_customers"]
