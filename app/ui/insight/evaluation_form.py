"""One customer's evaluation form on the screen: each indicator's fact, weight, score and
weighted score, the total, the grade and the recommendation. Before it is kept the form
is a preview with a note to add and Save; a kept one can be printed, deleted from the
list, or lead to her card.

evaluate_customer() is what her card's menu calls; pick_and_evaluate() first asks who.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services import evaluation
from app.services.evaluation import EvaluationForm
from app.services.messages import FieldError, ServiceError, ValidationError
from app.ui import prompts, texts
from app.ui.complaints.customer_picker import CustomerPicker
from app.ui.errors import refusals
from app.ui.insight import evaluation_words as words

Clock = Callable[[], datetime]
ERROR_STYLE = "color: #c62828;"
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _item(text: str, right: bool = False, bold: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled)
    if right:
        item.setTextAlignment(_RIGHT)
    if bold:
        font = item.font()
        font.setBold(True)
        item.setFont(font)
    return item


class FormTable(QTableWidget):
    """The form's table: a row per indicator in use and the total under them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 5, parent)
        self.setObjectName("evaluationScores")
        self.setHorizontalHeaderLabels(
            [self.tr("Indicator"), self.tr("Fact"), self.tr("Weight"), self.tr("Score"),
             self.tr("Weighted")]
        )  # fmt: skip
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)

    def show_form(self, form: EvaluationForm) -> None:
        self.setRowCount(len(form.scores) + 1)
        for row, s in enumerate(form.scores):
            cells = (
                _item(words.name(s.indicator)),
                _item(words.fact(s)),
                _item(str(s.weight), right=True),
                _item(words.score(s.score), right=True),
                _item(words.weighted(s), right=True),
            )
            for column, cell in enumerate(cells):
                self.setItem(row, column, cell)
        last = len(form.scores)
        weights = sum(s.weight for s in form.scores)
        totals = (
            _item(self.tr("Total"), bold=True), _item(""), _item(str(weights), right=True),
            _item(""), _item(words.total(form), right=True, bold=True),
        )  # fmt: skip
        for column, cell in enumerate(totals):
            self.setItem(last, column, cell)
        height = self.horizontalHeader().sizeHint().height() + 4
        height += sum(self.rowHeight(r) for r in range(self.rowCount()))
        self.setMinimumHeight(min(height, 420))


class EvaluationDialog(QDialog):
    """A previewed form (Save keeps it, with the note) or a kept one (Print…, her card)."""

    open_customer = Signal(int)
    saved = Signal(int)  # the kept evaluation's id

    def __init__(
        self,
        form: EvaluationForm,
        parent: QWidget | None = None,
        save: Callable[[str], list[FieldError]] | None = None,
        clock: Clock | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("evaluationDialog")
        self.form = form
        self._save = save
        self._clock = clock or datetime.now
        self.setWindowTitle(
            self.tr("Relationship evaluation — {name}").format(name=form.name or form.member_no)
        )
        self.setMinimumWidth(620)
        heading = QLabel(objectName="evaluationHeading")
        heading.setTextFormat(Qt.TextFormat.PlainText)
        heading.setText(
            self.tr("{name} · member no. {member_no}").format(
                name=form.name, member_no=form.member_no
            )
        )
        bold = QFont(self.font())
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.2)
        heading.setFont(bold)
        when = self.tr("Evaluated on {date} · facts from {start} to {end}").format(
            date=texts.short_date(form.evaluated_on),
            start=texts.short_date(form.period_from),
            end=texts.short_date(form.evaluated_on),
        )
        if form.operator:
            when += " · " + self.tr("by {operator}").format(operator=form.operator)
        self.when = QLabel(when, objectName="evaluationWhen")
        self.table = FormTable(self)
        self.table.show_form(form)
        self.result = QLabel(objectName="evaluationResult")
        self.result.setFont(bold)
        colour = words.GRADE_COLOURS.get(form.grade, "#000000")
        self.result.setStyleSheet(f"color: {QColor(colour).name()};")
        self.result.setText(
            self.tr("Total {total} · grade {grade} · {advice}").format(
                total=words.total(form), grade=form.grade,
                advice=words.recommendation(form.recommendation),
            )
        )  # fmt: skip
        self.note = QPlainTextEdit(form.note, objectName="evaluationNote")
        self.note.setFixedHeight(70)
        self.note.setReadOnly(save is None)
        self.note.setPlaceholderText(self.tr("What to do: e.g. invite her to the new facial"))
        self.error = QLabel(objectName="evaluationError", wordWrap=True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        self.buttons = QDialogButtonBox()
        self._build_buttons()
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.when)
        layout.addWidget(self.table)
        layout.addWidget(self.result)
        if save is not None or form.note:
            layout.addWidget(QLabel(self.tr("Note")))
            layout.addWidget(self.note)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def _build_buttons(self) -> None:
        if self._save is not None:
            keep = self.buttons.addButton(
                self.tr("Save the evaluation"), QDialogButtonBox.ButtonRole.AcceptRole
            )
            keep.setObjectName("evaluationSave")
            keep.setDefault(True)
            self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
            keep.clicked.connect(self.keep)
            self.buttons.rejected.connect(self.reject)
            return
        self.print_button = QPushButton(self.tr("Print…"), objectName="evaluationPrint")
        self.card_button = QPushButton(self.tr("Open her card"), objectName="evaluationCard")
        self.buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.card_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.card_button.clicked.connect(self._open_card)
        self.print_button.clicked.connect(self._print)

    def keep(self) -> bool:
        """Save: the service keeps it dated; a refusal shows here, nothing typed lost."""
        if self._save is None:
            return False
        errors = self._save(self.note.toPlainText())
        if errors:
            self.error.setText("\n".join(texts.message(e.message) for e in errors))
            self.error.show()
            return False
        self.accept()
        return True

    def _open_card(self) -> None:
        self.open_customer.emit(self.form.customer_id)
        self.accept()

    def _print(self) -> None:
        from app.ui.insight.evaluation_print import preview_forms

        if self.form.id is not None:
            preview_forms(self, [self.form.id], self._clock()).exec()


def evaluate_customer(
    parent: QWidget | None,
    customer_id: int,
    clock: Clock,
    operator: Callable[[], str],
    saved: Callable[[int], None] | None = None,
) -> EvaluationDialog | None:
    """Show her form as it stands today, with a note to add; Save keeps it dated.
    Returns the dialog (opened, not waited for), or None when she cannot be evaluated."""
    today: date = clock().date()
    title = texts.t(words.TITLE, words.CONTEXT)
    try:
        [form] = evaluation.preview([customer_id], today)
    except (ServiceError, ValidationError) as exc:
        problems = exc.errors if isinstance(exc, ValidationError) else [FieldError("", exc.message)]
        prompts.warn(parent, title, "\n".join(texts.message(e.message) for e in problems))
        return None
    kept: list[int] = []

    def save(note: str) -> list[FieldError]:
        return refusals(
            lambda: kept.extend(
                evaluation.evaluate([customer_id], today, operator(), clock(), note)
            )
        )

    dialog = EvaluationDialog(form, parent, save, clock)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def done() -> None:
        if kept:
            dialog.saved.emit(kept[0])
            if saved is not None:
                saved(kept[0])

    dialog.accepted.connect(done)
    dialog.open()
    return dialog


class _Picker(CustomerPicker):
    """The counter's customer search, for a customer with a card only."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.anonymous.setChecked(False)
        self.anonymous.hide()
        self.changed.connect(self.anonymous.hide)

    def _find(self) -> None:
        super()._find()
        if self.none_found.isVisible():
            self.none_found.setText(self.tr("Nobody found."))


class PickCustomerDialog(QDialog):
    """Whom to evaluate: found as at the counter; choosing her goes on at once."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("evaluationPick")
        self.setWindowTitle(self.tr("Evaluate a customer"))
        self.setMinimumWidth(460)
        self.picker = _Picker(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Customer")), 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.picker, 1)
        layout.addLayout(row)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.picker.changed.connect(self._chosen)

    def customer_id(self) -> int | None:
        return self.picker.customer_id()

    def _chosen(self) -> None:
        if self.picker.customer_id() is not None:
            self.accept()


def pick_and_evaluate(
    parent: QWidget | None,
    clock: Clock,
    operator: Callable[[], str],
    saved: Callable[[int], None] | None = None,
) -> PickCustomerDialog:
    """Ask who, then show her form (opened, not waited for)."""
    dialog = PickCustomerDialog(parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def chosen() -> None:
        customer_id = dialog.customer_id()
        if customer_id is not None:
            evaluate_customer(parent, customer_id, clock, operator, saved)

    dialog.accepted.connect(chosen)
    dialog.open()
    return dialog


__all__ = [
    "EvaluationDialog",
    "FormTable",
    "PickCustomerDialog",
    "evaluate_customer",
    "pick_and_evaluate",
]
