"""Take a complaint down at the counter, in under a minute: who, how it came in, what
about, how bad, what happened, who handles it, and by when she gets an answer.

The promised-by time follows the severity (紧急 the same day, 严重 2 days, 一般 3 —
the shop's settings) until the owner sets it herself. The dialog checks what is
typed as it is typed and hands a `ComplaintData` to the caller's `save`; nothing
typed is lost when something is wrong.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.models.enums import ComplaintCategory, ComplaintChannel, Severity
from app.services import complaint_inbox, complaints
from app.services.complaint_inbox import ComplaintRecord
from app.services.complaints import ComplaintData
from app.services.messages import FieldError
from app.ui import prompts, texts
from app.ui.complaints import labels
from app.ui.complaints.customer_picker import CustomerPicker

ERROR_STYLE = "color: #c62828;"
Save = Callable[[ComplaintData], list[FieldError]]


def date_time_edit(name: str, value: datetime) -> QDateTimeEdit:
    edit = QDateTimeEdit(objectName=name, calendarPopup=True)
    edit.setDisplayFormat("yyyy-MM-dd HH:mm" if texts.is_chinese() else "d MMM yyyy HH:mm")
    edit.setDateTime(QDateTime(value.replace(second=0, microsecond=0)))
    return edit


def py_datetime(edit: QDateTimeEdit) -> datetime:
    value: datetime = edit.dateTime().toPython()  # type: ignore[assignment]
    return value.replace(second=0, microsecond=0)


class RecordDialog(QDialog):
    """A new complaint (or the details of an open one, when `record` is given)."""

    def __init__(
        self,
        now: datetime,
        operator: str,
        save: Save,
        parent: QWidget | None = None,
        *,
        customer_id: int | None = None,
        record: ComplaintRecord | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("complaintRecordDialog")
        self._now = now
        self._save = save
        self._saved = False
        self._promise_set_by_hand = record is not None
        self.setWindowTitle(
            self.tr("Complaint no. {id}").format(id=record.id)
            if record
            else self.tr("Record a complaint")
        )
        self.picker = CustomerPicker()
        self.received = date_time_edit("complaintReceived", record.received_at if record else now)
        self.channel = QComboBox(objectName="complaintChannel")
        for channel in ComplaintChannel:
            self.channel.addItem(labels.channel(channel), channel.value)
        self.category = QComboBox(objectName="complaintCategory")
        for category in ComplaintCategory:
            self.category.addItem(labels.category(category), category.value)
        self.severity = QComboBox(objectName="complaintSeverity")
        for severity in Severity:
            self.severity.addItem(labels.severity(severity), severity.value)
        self.description = QPlainTextEdit(objectName="complaintDescription")
        self.description.setPlaceholderText(
            self.tr("What happened, in her words: what, when, who served her, what she wants")
        )
        self.description.setTabChangesFocus(True)
        self.handler = QComboBox(objectName="complaintHandler", editable=True)
        self.handler.addItems(complaint_inbox.handlers())
        self.handler.lineEdit().setMaxLength(50)
        self.handler.setCurrentText(record.handler if record else operator)
        self.promised = date_time_edit("complaintPromised", now)
        self.promise_hint = QLabel(objectName="complaintPromiseHint")
        self.errors = QLabel(objectName="complaintErrors", wordWrap=True)
        self.errors.setStyleSheet(ERROR_STYLE)
        self.errors.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setObjectName("complaintSave")

        form = QFormLayout()
        form.addRow(self.tr("Customer"), self.picker)
        form.addRow(self.tr("Received"), self.received)
        form.addRow(self.tr("Channel"), self.channel)
        form.addRow(self.tr("Category"), self.category)
        form.addRow(self.tr("Severity"), self.severity)
        form.addRow(self.tr("What happened"), self.description)
        form.addRow(self.tr("Handler"), self.handler)
        form.addRow(self.tr("Answer promised by"), self.promised)
        form.addRow("", self.promise_hint)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors)
        layout.addWidget(buttons)
        self.resize(600, 520)

        if record is not None:
            self.picker.set_customer(record.customer_id, record.contact)
            self.channel.setCurrentIndex(self.channel.findData(record.channel.value))
            self.category.setCurrentIndex(self.category.findData(record.category.value))
            self.severity.setCurrentIndex(self.severity.findData(record.severity.value))
            self.description.setPlainText(record.description)
            self.promised.setDateTime(QDateTime(record.promised_by))
        else:
            self.channel.setCurrentIndex(self.channel.findData(ComplaintChannel.PHONE.value))
            self.severity.setCurrentIndex(self.severity.findData(Severity.NORMAL.value))
            if customer_id is not None:
                self.picker.set_customer(customer_id)
            self._follow_severity()
        self._show_hint()

        self.severity.currentIndexChanged.connect(self._follow_severity)
        self.received.dateTimeChanged.connect(self._follow_severity)
        self.promised.dateTimeChanged.connect(self._promise_edited)
        for signal in (
            self.picker.changed,
            self.channel.currentIndexChanged,
            self.category.currentIndexChanged,
            self.description.textChanged,
            self.handler.currentTextChanged,
        ):
            signal.connect(self._edited)
        self.picker.changed.connect(self._customer_chosen)
        buttons.accepted.connect(self.try_save)
        buttons.rejected.connect(self.reject)
        if customer_id is not None or record is not None:
            self.description.setFocus()
        else:
            self.picker.search.setFocus()

    def _customer_chosen(self) -> None:
        if self.picker.customer_id() is not None:
            self.description.setFocus()  # she is found: on to what happened

    # -- the promise ---------------------------------------------------------------
    def _follow_severity(self, *_args: object) -> None:
        if self._promise_set_by_hand:
            self._edited()
            return
        promise = complaints.default_promise(py_datetime(self.received), self.chosen_severity())
        self.promised.blockSignals(True)
        self.promised.setDateTime(QDateTime(promise))
        self.promised.blockSignals(False)
        self._show_hint()
        self._edited()

    def _promise_edited(self, *_args: object) -> None:
        self._promise_set_by_hand = True
        self._show_hint()
        self._edited()

    def _show_hint(self) -> None:
        if self._promise_set_by_hand:
            self.promise_hint.setText(self.tr("Set by hand."))
            return
        days = complaints.promise_days(self.chosen_severity())
        self.promise_hint.setText(
            self.tr("Same day for this severity (see Settings).")
            if days == 0
            else self.tr("%n day(s) for this severity (see Settings).", "", days)
        )

    def chosen_severity(self) -> Severity:
        return Severity(self.severity.currentData())

    # -- saving --------------------------------------------------------------------
    def data(self) -> ComplaintData:
        return ComplaintData(
            customer_id=self.picker.customer_id(),
            received_at=py_datetime(self.received),
            channel=ComplaintChannel(self.channel.currentData()),
            category=ComplaintCategory(self.category.currentData()),
            severity=self.chosen_severity(),
            description=self.description.toPlainText(),
            promised_by=py_datetime(self.promised),
            handler=self.handler.currentText(),
            contact=self.picker.contact_text(),
        )

    def _problems(self) -> list[str]:
        lines = [
            texts.message(e.message) for e in complaints.complaint_errors(self.data(), self._now)
        ]
        if not self.picker.is_complete():
            lines.insert(0, self.tr("Choose the customer, or tick “No card”."))
        return lines

    def _edited(self, *_args: object) -> None:
        if self.errors.isVisible():  # once shown, the list follows the typing
            self._show(self._problems())

    def _show(self, lines: list[str]) -> None:
        unique = list(dict.fromkeys(lines))
        self.errors.setText("\n".join(unique))
        self.errors.setVisible(bool(unique))

    def try_save(self) -> bool:
        if self._saved:
            return True
        lines = self._problems()
        if not lines:
            lines = [texts.message(e.message) for e in self._save(self.data())]
        self._show(lines)
        if lines:
            return False
        self._saved = True
        self.accept()
        return True

    def reject(self) -> None:
        """Cancel and Esc ask before a typed complaint is lost."""
        typed = bool(self.description.toPlainText().strip())
        if (
            not self._saved
            and typed
            and not prompts.confirm(
                self,
                self.tr("Discard this complaint?"),
                self.tr("What you typed has not been saved. Close and lose it?"),
                destructive=True,
            )
        ):
            return
        super().reject()
