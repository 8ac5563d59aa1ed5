"""One complaint's window: what happened, the promise, the reply, the resolution and
the follow-up, its timeline, and the steps its status allows — only those.

Every step goes through the services (which refuse a step the status no longer
allows, e.g. when another counter moved it meanwhile) and then repaints the window
and tells the inbox and her card.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.models.enums import Gender
from app.services import complaint_inbox, complaints, customers, phones, settings
from app.services.complaint_inbox import ComplaintRecord, TimelineEvent
from app.services.complaints import Action, ComplaintData, FollowUpOutcome, ResolutionData
from app.services.messages import FieldError
from app.ui import prompts, texts
from app.ui.complaints import labels
from app.ui.customers.follow_up_dialog import stars
from app.ui.errors import refusals
from app.ui.signals import app_signals

Clock = Callable[[], datetime]
LATE_STYLE = "color: #c62828; font-weight: bold;"


class ComplaintDialog(QDialog):
    open_customer = Signal(int)

    def __init__(
        self,
        complaint_id: int,
        clock: Clock,
        operator: Callable[[], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("complaintDialog")
        self._id = complaint_id
        self._clock = clock
        self._operator = operator
        self.record: ComplaintRecord | None = None
        self.heading = QLabel(objectName="complaintHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.customer = QLabel(objectName="complaintCustomer")
        self.customer.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_card = QPushButton(self.tr("Open her card"), objectName="complaintOpenCard")
        self.facts = QLabel(objectName="complaintFacts", wordWrap=True)
        self.promise = QLabel(objectName="complaintPromise")
        self.description = QLabel(objectName="complaintText", wordWrap=True)
        self.description.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reply = QPlainTextEdit(objectName="complaintReply")
        self.reply.setPlaceholderText(self.tr("What the shop answers her"))
        self.reply.setTabChangesFocus(True)
        self.reply.setMaximumHeight(110)
        self.insert_answer = QPushButton(
            self.tr("Insert a standard answer…"), objectName="complaintInsertAnswer"
        )
        self.save_reply = QPushButton(self.tr("Save the reply"), objectName="complaintSaveReply")
        self.outcome = QLabel(objectName="complaintOutcome", wordWrap=True)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.outcome_box = QGroupBox(self.tr("Resolution and follow-up"))
        QVBoxLayout(self.outcome_box).addWidget(self.outcome)
        self.timeline = QListWidget(objectName="complaintTimeline")
        self.timeline.setWordWrap(True)
        self.timeline.setMinimumHeight(120)
        self.step_buttons: dict[Action, QPushButton] = {
            Action.START: QPushButton(self.tr("Start handling"), objectName="stepStart"),
            Action.RESOLVE: QPushButton(self.tr("Resolve…"), objectName="stepResolve"),
            Action.FOLLOW_UP: QPushButton(
                self.tr("Record the follow-up call…"), objectName="stepFollowUp"
            ),
            Action.CLOSE: QPushButton(self.tr("Close…"), objectName="stepClose"),
            Action.REOPEN: QPushButton(self.tr("Reopen…"), objectName="stepReopen"),
        }
        self.edit_button = QPushButton(self.tr("Edit details…"), objectName="complaintEdit")
        self.note_button = QPushButton(self.tr("Add a note…"), objectName="complaintNote")
        self._build_layout()

        self.open_card.clicked.connect(self._open_card)
        self.insert_answer.clicked.connect(self._insert_answer)
        self.save_reply.clicked.connect(self._save_reply)
        self.step_buttons[Action.START].clicked.connect(self.start)
        self.step_buttons[Action.RESOLVE].clicked.connect(self.resolve)
        self.step_buttons[Action.FOLLOW_UP].clicked.connect(self.follow_up)
        self.step_buttons[Action.CLOSE].clicked.connect(self.close_complaint)
        self.step_buttons[Action.REOPEN].clicked.connect(self.reopen)
        self.edit_button.clicked.connect(self.edit)
        self.note_button.clicked.connect(self.add_note)
        self.resize(760, 720)
        self.refresh()

    def _build_layout(self) -> None:
        who = QHBoxLayout()
        who.addWidget(self.customer, 1)
        who.addWidget(self.open_card)
        what = QGroupBox(self.tr("What happened"))
        column = QVBoxLayout(what)
        column.addWidget(self.facts)
        column.addWidget(self.promise)
        column.addWidget(self.description)
        reply = QGroupBox(self.tr("Reply"))
        reply_row = QHBoxLayout(reply)
        reply_row.addWidget(self.reply, 1)
        reply_buttons = QVBoxLayout()
        reply_buttons.addWidget(self.insert_answer)
        reply_buttons.addWidget(self.save_reply)
        reply_buttons.addStretch(1)
        reply_row.addLayout(reply_buttons)
        history = QGroupBox(self.tr("Timeline"))
        QVBoxLayout(history).addWidget(self.timeline)
        steps = QHBoxLayout()
        for button in self.step_buttons.values():
            steps.addWidget(button)
        steps.addStretch(1)
        steps.addWidget(self.edit_button)
        steps.addWidget(self.note_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(who)
        layout.addWidget(what)
        layout.addWidget(reply)
        layout.addWidget(self.outcome_box)
        layout.addWidget(history, 1)
        layout.addLayout(steps)
        layout.addWidget(close)

    # -- painting -----------------------------------------------------------------
    def refresh(self) -> None:
        record = complaint_inbox.complaint(self._id)
        self.record = record
        if record is None:
            self.heading.setText(self.tr("This complaint does not exist."))
            for widget in (*self.step_buttons.values(), self.edit_button, self.note_button):
                widget.hide()
            return
        now = self._clock()
        self.setWindowTitle(self.tr("Complaint no. {id}").format(id=record.id))
        self.heading.setText(
            self.tr("Complaint no. {id} · {status}").format(
                id=record.id, status=labels.status(record.status)
            )
        )
        self.customer.setText(
            labels.who(
                record.customer_id,
                record.customer_name,
                record.member_no,
                record.contact,
                phones.mask_mobile(record.mobile) if record.mobile else "",
            )  # fmt: skip
        )
        self.open_card.setVisible(record.customer_id is not None)
        self.facts.setText(
            self.tr(
                "Received {received} by {channel} · {category} · {severity} · handler: {handler}"
            ).format(
                received=texts.date_time(record.received_at),
                channel=labels.channel(record.channel),
                category=labels.category(record.category),
                severity=labels.severity(record.severity),
                handler=record.handler or "—",
            )
        )
        late = complaints.overdue_by(record.promised_by, record.status, now)
        promise = self.tr("Answer promised by {time}").format(
            time=texts.date_time(record.promised_by)
        )
        if late is not None:
            self.promise.setText(f"{promise} · {labels.lateness(late)}")
            self.promise.setStyleSheet(LATE_STYLE)
        else:
            self.promise.setText(promise)
            self.promise.setStyleSheet("")
        self.description.setText(record.description)
        if not self.reply.document().isModified():
            self.reply.setPlainText(record.reply)
            self.reply.document().setModified(False)
        self._paint_outcome(record)
        self._paint_timeline(complaint_inbox.timeline(self._id))
        allowed = complaints.allowed_actions(record.status)
        for action, button in self.step_buttons.items():
            button.setVisible(action in allowed)
        self.edit_button.setVisible(record.status in complaints.OPEN)

    def _paint_outcome(self, record: ComplaintRecord) -> None:
        lines: list[str] = []
        if record.resolved_at is not None:
            lines.append(
                self.tr("Resolved {time}: {text}").format(
                    time=texts.date_time(record.resolved_at), text=record.resolution
                )
            )
            given = []
            if record.comp_service:
                given.append(self.tr("free service: {what}").format(what=record.comp_service))
            if record.comp_refund_fen:
                given.append(
                    self.tr("refund {amount}").format(amount=texts.money(record.comp_refund_fen))
                )
            if record.comp_gift:
                given.append(self.tr("gift: {what}").format(what=record.comp_gift))
            if record.comp_points:
                given.append(self.tr("%n apology point(s)", "", record.comp_points))
            if given:
                separator = self.tr("; ", "between the kinds of compensation")
                lines.append(self.tr("Compensation: {list}").format(list=separator.join(given)))
            if record.root_cause:
                lines.append(self.tr("Root cause: {text}").format(text=record.root_cause))
            if record.prevention:
                lines.append(self.tr("Prevention: {text}").format(text=record.prevention))
        if record.follow_up_on is not None and record.followed_up_at is None:
            lines.append(
                self.tr("Follow-up call on {date}").format(
                    date=texts.short_date(record.follow_up_on)
                )
            )
        if record.followed_up_at is not None and record.satisfaction is not None:
            lines.append(
                self.tr("Followed up {time}: {stars} — {note}").format(
                    time=texts.date_time(record.followed_up_at),
                    stars=stars(record.satisfaction),
                    note=record.follow_up_note,
                )
            )
        if record.closed_at is not None:
            lines.append(
                self.tr("Closed {time}: {reason}").format(
                    time=texts.date_time(record.closed_at), reason=record.closed_reason
                )
            )
        self.outcome.setText("\n".join(lines))
        self.outcome_box.setVisible(bool(lines))

    def _paint_timeline(self, events: list[TimelineEvent]) -> None:
        self.timeline.clear()
        for event in events:
            if event.is_edit:
                what = self.tr("Details corrected")
            elif event.status_to is None:
                what = self.tr("Note")
            elif event.status_from is None:
                what = self.tr("Recorded")
            else:
                what = f"{labels.status(event.status_from)} → {labels.status(event.status_to)}"
            parts = [texts.date_time(event.at), event.operator or "—", what]
            if event.points:
                parts.append(
                    self.tr("%n point(s) given", "", event.points)
                    if event.points > 0
                    else self.tr("%n point(s) taken back", "", -event.points)
                )
            line = " · ".join(parts)
            if event.note:
                line = f"{line}\n{event.note}"
            QListWidgetItem(line, self.timeline)
        self.timeline.scrollToBottom()

    # -- steps --------------------------------------------------------------------
    def _changed(self) -> None:
        self.refresh()
        app_signals().complaints_changed.emit()
        if self.record is not None and self.record.customer_id is not None:
            app_signals().customer_changed.emit(self.record.customer_id)

    def _step(self, call: Callable[[], object], title: str) -> bool:
        """A step without a dialog of its own (Start): a refusal is said in a box."""
        problems = refusals(call)
        if problems:
            prompts.warn(self, title, "\n".join(texts.message(p.message) for p in problems))
            self.refresh()
            return False
        self._changed()
        return True

    def start(self) -> bool:
        return self._step(
            lambda: complaints.start(self._id, self._operator(), self._clock()),
            self.tr("Start handling"),
        )

    def resolve(self) -> QDialog | None:
        from app.ui.complaints.step_dialogs import ResolveDialog

        if self.record is None:
            return None

        def save(data: ResolutionData) -> list[FieldError]:
            return refusals(
                lambda: complaints.resolve(self._id, data, self._operator(), self._clock())
            )

        # The reply typed here and not saved yet goes on in the resolution.
        record = replace(self.record, reply=self.reply.toPlainText())
        dialog = ResolveDialog(record, self._clock().date(), save, self._pick_answer, self)
        dialog.accepted.connect(self._resolved)
        dialog.open()
        return dialog

    def _resolved(self) -> None:
        self.reply.document().setModified(False)  # saved with the resolution
        self._changed()

    def follow_up(self) -> QDialog | None:
        from app.ui.complaints.step_dialogs import OutcomeDialog

        if self.record is None:
            return None

        def save(outcome: FollowUpOutcome) -> list[FieldError]:
            return refusals(
                lambda: complaints.record_follow_up(
                    self._id, outcome, self._operator(), self._clock()
                )
            )

        dialog = OutcomeDialog(self.record, save, self)
        dialog.accepted.connect(self._changed)
        dialog.open()
        return dialog

    def close_complaint(self) -> QDialog:
        from app.ui.complaints.step_dialogs import ReasonDialog

        def save(reason: str) -> list[FieldError]:
            return refusals(
                lambda: complaints.close(self._id, reason, self._operator(), self._clock())
            )

        dialog = ReasonDialog(
            self.tr("Close complaint no. {id}").format(id=self._id),
            self.tr(
                "Close it without a follow-up call, e.g. she withdrew it or cannot be reached. Why?"
            ),
            save,
            self,
        )
        dialog.accepted.connect(self._changed)
        dialog.open()
        return dialog

    def reopen(self) -> QDialog:
        from app.ui.complaints.step_dialogs import ReasonDialog

        def save(reason: str) -> list[FieldError]:
            return refusals(
                lambda: complaints.reopen(self._id, reason, self._operator(), self._clock())
            )

        explanation = self.tr("It goes back to In progress. Why is it reopened?")
        if self.record is not None and self.record.points_entry is not None:
            explanation += "\n" + self.tr(
                "The %n apology point(s) given are taken back; they are given again when it "
                "is resolved.",
                "",
                self.record.comp_points,
            )
        dialog = ReasonDialog(
            self.tr("Reopen complaint no. {id}").format(id=self._id), explanation, save, self
        )
        dialog.accepted.connect(self._changed)
        dialog.open()
        return dialog

    def add_note(self) -> QDialog:
        from app.ui.complaints.step_dialogs import ReasonDialog

        def save(note: str) -> list[FieldError]:
            return refusals(
                lambda: complaints.add_note(self._id, note, self._operator(), self._clock())
            )

        dialog = ReasonDialog(
            self.tr("Add a note"),
            self.tr("A line in the timeline: a call made, a promise kept, what she said."),
            save,
            self,
        )
        dialog.reason.setPlaceholderText(self.tr("The note"))
        dialog.accepted.connect(self._changed)
        dialog.open()
        return dialog

    def edit(self) -> QDialog | None:
        from app.ui.complaints.record_dialog import RecordDialog

        if self.record is None:
            return None

        def save(data: ComplaintData) -> list[FieldError]:
            return refusals(
                lambda: complaints.update(self._id, data, self._operator(), self._clock())
            )

        dialog = RecordDialog(self._clock(), self._operator(), save, self, record=self.record)
        dialog.accepted.connect(self._changed)
        dialog.open()
        return dialog

    # -- the reply -------------------------------------------------------------------
    def _pick_answer(self) -> str | None:
        from app.ui.complaints.answer_picker import pick_answer

        if self.record is None:
            return None
        gender = Gender.UNKNOWN
        if self.record.customer_id is not None:
            gender = customers.get_card(self.record.customer_id).data.gender
        return pick_answer(
            self,
            self.record.category,
            self.record.customer_name,
            gender,
            str(settings.get("shop_name") or ""),
            self._clock,
        )

    def _insert_answer(self) -> None:
        text = self._pick_answer()
        if text:
            self.reply.insertPlainText(text)
            self.reply.setFocus()

    def _save_reply(self) -> None:
        text = self.reply.toPlainText()
        problems = refusals(
            lambda: complaints.save_reply(self._id, text, self._operator(), self._clock())
        )
        if problems:
            prompts.warn(
                self, self.tr("Reply"), "\n".join(texts.message(p.message) for p in problems)
            )
            return
        self.reply.document().setModified(False)
        self._changed()

    def _open_card(self) -> None:
        if self.record is not None and self.record.customer_id is not None:
            self.open_customer.emit(self.record.customer_id)
            self.accept()

    def reject(self) -> None:
        if self.reply.document().isModified() and not prompts.confirm(
            self,
            self.tr("Reply"),
            self.tr("The reply has changed and is not saved. Close and lose it?"),
            destructive=True,
        ):
            return
        super().reject()


__all__ = ["ComplaintDialog"]
