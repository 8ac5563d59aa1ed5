"""Record a follow-up visit (回访): how she was reached, what was said, how happy she is.

The dialog checks what is typed as it is typed and hands a `FollowUpData` to
the caller's `save` callback; it never touches the database itself. The next
follow-up date it may set is what brings her back onto the Today board.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.models.enums import FollowUpChannel
from app.services import visits
from app.services.dto import FollowUpData
from app.services.messages import FieldError
from app.ui import prompts, texts

ERROR_STYLE = "color: #c62828;"  # the card editor's red
NEXT_FOLLOW_UP_DAYS = 30


def stars(satisfaction: int) -> str:
    """★★★☆☆ 3 — the stars for a glance, the number for certainty."""
    return "★" * satisfaction + "☆" * (5 - satisfaction) + f"  {satisfaction}"


class FollowUpDialog(QDialog):
    """One follow-up: date, channel, what was said, satisfaction, when to call again."""

    def __init__(
        self,
        customer_name: str,
        today: date,
        save: Callable[[FollowUpData], list[FieldError]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("followUpDialog")
        self._today = today
        self._save = save
        self._saved = False
        self.setWindowTitle(self.tr("Record a follow-up — {name}").format(name=customer_name))

        self._date = QDateEdit(today, calendarPopup=True, objectName="followUpDate")
        self._date.setDisplayFormat("yyyy-MM-dd")
        self._date.setDateRange(visits.EARLIEST, today)
        self._channel = QComboBox(objectName="followUpChannel")
        for channel in FollowUpChannel:
            self._channel.addItem(texts.channel(channel), channel.value)
        self._content = QPlainTextEdit(objectName="followUpContent")
        self._content.setPlaceholderText(
            self.tr("How she is doing, what she liked or disliked, what she asked for")
        )
        self._content.setTabChangesFocus(True)
        self._satisfaction = QComboBox(objectName="followUpSatisfaction")
        self._satisfaction.addItem(self.tr("Not asked"), None)
        for value in range(1, 6):
            self._satisfaction.addItem(stars(value), value)
        self._schedule = QCheckBox(
            self.tr("Schedule the next follow-up"), objectName="followUpScheduleNext"
        )
        self._next_due = QDateEdit(
            today + timedelta(days=NEXT_FOLLOW_UP_DAYS),
            calendarPopup=True,
            objectName="followUpNextDue",
        )
        self._next_due.setDisplayFormat("yyyy-MM-dd")
        self._next_due.setMinimumDate(visits.EARLIEST)
        self._next_due.setEnabled(False)
        self._errors = QLabel(objectName="followUpErrors", wordWrap=True)
        self._errors.setStyleSheet(ERROR_STYLE)
        self._errors.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setObjectName("followUpSave")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setObjectName("followUpCancel")

        next_row = QHBoxLayout()
        next_row.addWidget(self._schedule)
        next_row.addWidget(self._next_due)
        next_row.addStretch()
        form = QFormLayout()
        form.addRow(self.tr("Date"), self._date)
        form.addRow(self.tr("Channel"), self._channel)
        form.addRow(self.tr("What was said"), self._content)
        form.addRow(self.tr("Satisfaction"), self._satisfaction)
        form.addRow(self.tr("Next follow-up"), next_row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self._errors)
        layout.addWidget(buttons)
        self.resize(520, 360)
        self._content.setFocus()

        self._date.dateChanged.connect(self._edited)
        self._channel.currentIndexChanged.connect(self._edited)
        self._content.textChanged.connect(self._edited)
        self._satisfaction.currentIndexChanged.connect(self._edited)
        self._schedule.toggled.connect(self._next_due.setEnabled)
        self._schedule.toggled.connect(self._edited)
        self._next_due.dateChanged.connect(self._edited)
        buttons.accepted.connect(self.try_save)
        buttons.rejected.connect(self.reject)

    def data(self) -> FollowUpData:
        return FollowUpData(
            done_on=self._date.date().toPython(),
            channel=FollowUpChannel(self._channel.currentData()),
            content=self._content.toPlainText().strip(),
            satisfaction=self._satisfaction.currentData(),
            next_due=self._next_due.date().toPython() if self._schedule.isChecked() else None,
        )

    def _edited(self, *_args: object) -> None:
        self._show_errors(visits.follow_up_errors(self.data(), self._today))

    def _show_errors(self, errors: list[FieldError]) -> None:
        lines = dict.fromkeys(texts.message(e.message) for e in errors)
        self._errors.setText("\n".join(lines))
        self._errors.setVisible(bool(lines))

    def try_save(self) -> bool:
        """Save through the caller; stay open and show why when something is wrong."""
        if self._saved:
            return True
        errors = visits.follow_up_errors(self.data(), self._today)
        if not errors:
            errors = self._save(self.data())
        self._show_errors(errors)
        if errors:
            return False
        self._saved = True
        self.accept()
        return True

    def reject(self) -> None:
        """Cancel, Esc and the window's close button all ask before typed notes are lost."""
        data = self.data()
        typed = bool(data.content) or data.satisfaction is not None
        if (
            not self._saved
            and typed
            and not prompts.confirm(
                self,
                self.tr("Discard this follow-up?"),
                self.tr("What you typed has not been saved. Close and lose it?"),
                destructive=True,
            )
        ):
            return
        super().reject()
