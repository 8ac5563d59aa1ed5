"""The dialogs of a complaint's steps: resolve it (what was done, the reply, the
compensation, the root cause, the follow-up day), record the follow-up call, and
give the reason for closing or reopening it.

Each dialog checks what is typed and hands its data to the caller's `save`, which
returns the problems to show; the dialog stays open with everything typed.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.models.enums import FollowUpChannel
from app.services import complaints, points, visits
from app.services.complaint_inbox import ComplaintRecord
from app.services.complaints import FollowUpOutcome, ResolutionData
from app.services.messages import FieldError
from app.ui import prompts, texts
from app.ui.customers.follow_up_dialog import stars

ERROR_STYLE = "color: #c62828;"


def _text_box(name: str, placeholder: str, height: int = 70) -> QPlainTextEdit:
    box = QPlainTextEdit(objectName=name)
    box.setPlaceholderText(placeholder)
    box.setTabChangesFocus(True)
    box.setMinimumHeight(height)
    return box


class _StepDialog(QDialog):
    """Shows the problems under the form; Save goes through the caller: `submit` hands
    what was typed to the caller's save and returns its refusals."""

    def __init__(self, submit: Callable[[], list[FieldError]], parent: QWidget | None) -> None:
        super().__init__(parent)
        self._submit = submit
        self._saved = False
        self.errors = QLabel(wordWrap=True, objectName="stepErrors")
        self.errors.setStyleSheet(ERROR_STYLE)
        self.errors.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("stepSave")
        self.buttons.accepted.connect(self.try_save)
        self.buttons.rejected.connect(self.reject)

    def show_errors(self, errors: list[FieldError] | list[str]) -> None:
        lines = [e if isinstance(e, str) else texts.message(e.message) for e in errors]
        unique = list(dict.fromkeys(lines))
        self.errors.setText("\n".join(unique))
        self.errors.setVisible(bool(unique))

    def check(self) -> list[FieldError] | list[str]:
        return []

    def typed(self) -> bool:
        """Whether closing would lose something typed."""
        return False

    def reject(self) -> None:
        """Cancel, Esc and the close button ask before typed text is lost."""
        if (
            not self._saved
            and self.typed()
            and not prompts.confirm(
                self,
                self.tr("Discard?"),
                self.tr("What you typed has not been saved. Close and lose it?"),
                destructive=True,
            )
        ):
            return
        super().reject()

    def try_save(self) -> bool:
        if self._saved:
            return True
        problems: list[Any] = list(self.check())
        if not problems:
            problems = self._submit()
        self.show_errors(problems)
        if problems:
            return False
        self._saved = True
        self.accept()
        return True


class ResolveDialog(_StepDialog):
    """已解决: what was done, what she was told, the compensation, why it happened and
    what stops it happening again, and the day to call her back."""

    def __init__(
        self,
        record: ComplaintRecord,
        today: date,
        save: Callable[[ResolutionData], list[FieldError]],
        insert_answer: Callable[[], str | None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(lambda: save(self.data()), parent)
        self.setObjectName("resolveDialog")
        self.setWindowTitle(self.tr("Resolve complaint no. {id}").format(id=record.id))
        self._record = record
        self._today = today
        self._insert_answer = insert_answer
        self.resolution = _text_box("resolveResolution", self.tr("What was done for her"), 60)
        self.resolution.setPlainText(record.resolution)
        self.reply = _text_box("resolveReply", self.tr("What she was told (her reply)"), 80)
        self.reply.setPlainText(record.reply)
        self.answer_button = QPushButton(
            self.tr("Insert a standard answer…"), objectName="resolveInsertAnswer"
        )
        self.answer_button.setVisible(insert_answer is not None)
        self.service = QLineEdit(record.comp_service, objectName="resolveService")
        self.service.setMaxLength(200)
        self.service.setPlaceholderText(self.tr("e.g. a free hair treatment"))
        self.refund = QLineEdit(
            visits.format_fen(record.comp_refund_fen) if record.comp_refund_fen else "",
            objectName="resolveRefund",
        )
        self.refund.setPlaceholderText("0.00")
        self.gift = QLineEdit(record.comp_gift, objectName="resolveGift")
        self.gift.setMaxLength(200)
        self.points = QSpinBox(objectName="resolvePoints")
        self.points.setRange(0, points.MAX_POINTS)
        self.points.setSingleStep(50)
        self.points.setValue(record.comp_points)
        self.points.setEnabled(record.customer_id is not None)
        if record.customer_id is None:
            self.points.setToolTip(self.tr("Points can only be given to a customer with a card."))
        self.root_cause = _text_box("resolveRootCause", self.tr("Why it happened"), 50)
        self.root_cause.setPlainText(record.root_cause)
        self.prevention = _text_box(
            "resolvePrevention", self.tr("What the shop changes so it does not happen again"), 50
        )
        self.prevention.setPlainText(record.prevention)
        follow_up = complaints.default_follow_up(today)
        self.follow_up = QDateEdit(objectName="resolveFollowUp", calendarPopup=True)
        self.follow_up.setDisplayFormat("yyyy-MM-dd" if texts.is_chinese() else "d MMM yyyy")
        self.follow_up.setMinimumDate(QDate(today.year, today.month, today.day))
        self.follow_up.setDate(QDate(follow_up.year, follow_up.month, follow_up.day))

        reply_row = QHBoxLayout()
        reply_row.addWidget(self.reply, 1)
        reply_row.addWidget(self.answer_button)
        compensation = QGroupBox(self.tr("Compensation (any, or none)"))
        comp_form = QFormLayout(compensation)
        comp_form.addRow(self.tr("Free service"), self.service)
        comp_form.addRow(self.tr("Refund (¥)"), self.refund)
        comp_form.addRow(self.tr("Gift"), self.gift)
        comp_form.addRow(self.tr("Apology points"), self.points)
        form = QFormLayout()
        form.addRow(self.tr("What was done"), self.resolution)
        form.addRow(self.tr("Reply"), reply_row)
        form.addRow(compensation)
        form.addRow(self.tr("Root cause"), self.root_cause)
        form.addRow(self.tr("Prevention"), self.prevention)
        form.addRow(self.tr("Call her back on"), self.follow_up)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors)
        layout.addWidget(self.buttons)
        self.resize(640, 640)
        self.answer_button.clicked.connect(self._insert)
        self.resolution.setFocus()

    def _insert(self) -> None:
        if self._insert_answer is None:
            return
        text = self._insert_answer()
        if text:
            self.reply.insertPlainText(text)
            self.reply.setFocus()

    def refund_fen(self) -> int | None:
        text = self.refund.text().strip()
        if not text:
            return 0
        try:
            return visits.parse_money(text)
        except ValueError:
            return None

    def data(self) -> ResolutionData:
        follow_up: date = self.follow_up.date().toPython()  # type: ignore[assignment]
        return ResolutionData(
            resolution=self.resolution.toPlainText(),
            follow_up_on=follow_up,
            reply=self.reply.toPlainText(),
            comp_service=self.service.text(),
            comp_refund_fen=self.refund_fen() or 0,
            comp_gift=self.gift.text(),
            comp_points=self.points.value(),
            root_cause=self.root_cause.toPlainText(),
            prevention=self.prevention.toPlainText(),
        )

    def check(self) -> list[FieldError] | list[str]:
        if self.refund_fen() is None:
            return [self.tr("The refund is an amount such as 50 or 128.50.")]
        return complaints.resolution_errors(
            self.data(), self._record.customer_id is not None, self._today
        )

    def typed(self) -> bool:
        return self.resolution.toPlainText().strip() != self._record.resolution.strip()


class OutcomeDialog(_StepDialog):
    """已回访: how satisfied she is now, and what she said."""

    def __init__(
        self,
        record: ComplaintRecord,
        save: Callable[[FollowUpOutcome], list[FieldError]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(lambda: save(self.data()), parent)
        self.setObjectName("outcomeDialog")
        self.setWindowTitle(self.tr("Follow-up call — complaint no. {id}").format(id=record.id))
        self.channel = QComboBox(objectName="outcomeChannel")
        for channel in FollowUpChannel:
            self.channel.addItem(texts.channel(channel), channel.value)
        self.satisfaction = QComboBox(objectName="outcomeSatisfaction")
        self.satisfaction.addItem(self.tr("Choose…"), None)
        for value in range(5, 0, -1):
            self.satisfaction.addItem(stars(value), value)
        self.note = _text_box("outcomeNote", self.tr("What she said: is she satisfied again?"))
        hint = QLabel(
            self.tr("If she is still unhappy, reopen the complaint after saving."), wordWrap=True
        )
        form = QFormLayout()
        form.addRow(self.tr("Channel"), self.channel)
        form.addRow(self.tr("Satisfaction"), self.satisfaction)
        form.addRow(self.tr("What she said"), self.note)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.errors)
        layout.addWidget(self.buttons)
        self.resize(480, 320)
        self.satisfaction.setFocus()

    def data(self) -> FollowUpOutcome:
        return FollowUpOutcome(
            satisfaction=self.satisfaction.currentData() or 0,
            note=self.note.toPlainText(),
            channel=FollowUpChannel(self.channel.currentData()),
        )

    def check(self) -> list[FieldError] | list[str]:
        return complaints.outcome_errors(self.data())

    def typed(self) -> bool:
        return bool(self.note.toPlainText().strip())


class ReasonDialog(_StepDialog):
    """Close or reopen: the reason is required and kept in the timeline."""

    def __init__(
        self,
        title: str,
        explanation: str,
        save: Callable[[str], list[FieldError]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(lambda: save(self.reason.toPlainText()), parent)
        self.setObjectName("reasonDialog")
        self.setWindowTitle(title)
        self.reason = _text_box("stepReason", self.tr("The reason"))
        text = QLabel(explanation, wordWrap=True)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.reason)
        layout.addWidget(self.errors)
        layout.addWidget(self.buttons)
        self.resize(440, 260)
        self.reason.setFocus()

    def check(self) -> list[FieldError] | list[str]:
        if not self.reason.toPlainText().strip():
            return [self.tr("Please give the reason.")]
        return []

    def typed(self) -> bool:
        return bool(self.reason.toPlainText().strip())
