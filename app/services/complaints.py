"""The complaint workflow (投诉处理): record, start, resolve, follow up, close, reopen.

新建 → 处理中 → 已解决 → 已回访, or 已关闭 with a reason; a resolved, followed-up
or closed complaint can be reopened. Every step adds a timeline event, and a step
the complaint's status does not allow is refused. Apology points are posted to the
points ledger with the resolution (one entry, linked to the complaint) and reversed
if the complaint is reopened. Resolving schedules the follow-up call (回访); its
outcome is recorded on the complaint and, for a customer with a card, in her
follow-up history.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum

from app.models import (
    Complaint,
    ComplaintCategory,
    ComplaintChannel,
    ComplaintEvent,
    ComplaintStatus,
    Customer,
    FollowUp,
    FollowUpChannel,
    Severity,
)
from app.models.backend import lock_row, posting
from app.services import points, settings
from app.services.messages import (
    QT_TRANSLATE_NOOP,
    FieldError,
    Message,
    ServiceError,
    ValidationError,
)
from app.services.validation import clean_text

NEED_DESCRIPTION = QT_TRANSLATE_NOOP("Messages", "Please write what happened.")
TOO_LONG = QT_TRANSLATE_NOOP("Messages", "Too long: at most {limit} characters.")
FUTURE_RECEIVED = QT_TRANSLATE_NOOP("Messages", "The complaint cannot be received in the future.")
PROMISE_BEFORE = QT_TRANSLATE_NOOP(
    "Messages", "The promised time must be after the complaint was received."
)
CUSTOMER_GONE = QT_TRANSLATE_NOOP("Messages", "This customer no longer exists.")
CUSTOMER_ERASED = QT_TRANSLATE_NOOP("Messages", "This customer's personal data was erased.")
COMPLAINT_GONE = QT_TRANSLATE_NOOP("Messages", "This complaint does not exist.")
NOT_NOW = QT_TRANSLATE_NOOP(
    "Messages", "This complaint has changed meanwhile: that step is no longer possible."
)
NEED_RESOLUTION = QT_TRANSLATE_NOOP("Messages", "Please write what was done.")
NEED_REASON = QT_TRANSLATE_NOOP("Messages", "Please give the reason.")
NEED_NOTE = QT_TRANSLATE_NOOP("Messages", "Please write what she said.")
NEED_FOLLOW_UP_DATE = QT_TRANSLATE_NOOP("Messages", "Choose the day of the follow-up call.")
FOLLOW_UP_PAST = QT_TRANSLATE_NOOP("Messages", "The follow-up cannot be before today.")
SATISFACTION = QT_TRANSLATE_NOOP("Messages", "Satisfaction is 1 to 5.")
REFUND_RANGE = QT_TRANSLATE_NOOP("Messages", "The refund must be between ¥0 and ¥1,000,000.")
POINTS_RANGE = QT_TRANSLATE_NOOP("Messages", "Apology points must be 0 to {max}.")
POINTS_ANONYMOUS = QT_TRANSLATE_NOOP(
    "Messages", "Points can only be given to a customer with a card."
)
REVERSE_REASON = QT_TRANSLATE_NOOP("Messages", "Complaint #{id} reopened")

MAX_TEXT = 2000
MAX_REFUND_FEN = 100_000_000
# A promise falls at the end of the working day, and never sooner than an hour away.
PROMISE_TIME = time(20, 0)
PROMISE_AT_LEAST = timedelta(hours=1)
SEVERITY_SETTING = {
    Severity.NORMAL: "complaint_days_normal",
    Severity.SERIOUS: "complaint_days_serious",
    Severity.URGENT: "complaint_days_urgent",
}

S = ComplaintStatus


class Action(StrEnum):
    """A step of the workflow; `allowed_actions` says which a status offers."""

    START = "start"
    RESOLVE = "resolve"
    FOLLOW_UP = "follow_up"
    CLOSE = "close"
    REOPEN = "reopen"


TRANSITIONS: dict[ComplaintStatus, dict[Action, ComplaintStatus]] = {
    S.NEW: {Action.START: S.IN_PROGRESS, Action.RESOLVE: S.RESOLVED, Action.CLOSE: S.CLOSED},
    S.IN_PROGRESS: {Action.RESOLVE: S.RESOLVED, Action.CLOSE: S.CLOSED},
    S.RESOLVED: {
        Action.FOLLOW_UP: S.FOLLOWED_UP,
        Action.CLOSE: S.CLOSED,
        Action.REOPEN: S.IN_PROGRESS,
    },
    S.FOLLOWED_UP: {Action.REOPEN: S.IN_PROGRESS},
    S.CLOSED: {Action.REOPEN: S.IN_PROGRESS},
}
OPEN = (S.NEW, S.IN_PROGRESS)  # waiting for the shop's answer: may be overdue
DONE = (S.FOLLOWED_UP, S.CLOSED)  # nothing left to do


def allowed_actions(status: ComplaintStatus) -> tuple[Action, ...]:
    return tuple(TRANSITIONS[status])


def can(status: ComplaintStatus, action: Action) -> bool:
    return action in TRANSITIONS[status]


@dataclass(frozen=True)
class ComplaintData:
    """What is taken down when a complaint comes in (and edited while it is open)."""

    customer_id: int | None  # None: anonymous
    received_at: datetime
    channel: ComplaintChannel
    category: ComplaintCategory
    severity: Severity
    description: str
    promised_by: datetime
    handler: str = ""
    contact: str = ""  # a name or number when she has no card


@dataclass(frozen=True)
class ResolutionData:
    resolution: str
    follow_up_on: date
    reply: str = ""
    comp_service: str = ""
    comp_refund_fen: int = 0
    comp_gift: str = ""
    comp_points: int = 0
    root_cause: str = ""
    prevention: str = ""


@dataclass(frozen=True)
class FollowUpOutcome:
    satisfaction: int
    note: str
    channel: FollowUpChannel = FollowUpChannel.PHONE


# -- defaults -------------------------------------------------------------------------------
def promise_days(severity: Severity) -> int:
    value = settings.get(SEVERITY_SETTING[severity])
    return max(0, min(30, int(value))) if isinstance(value, int) else 0


def default_promise(received_at: datetime, severity: Severity) -> datetime:
    """紧急 the same day, 严重 in 2 days, 一般 in 3 (the shop's settings), by the evening."""
    day = received_at.date() + timedelta(days=promise_days(severity))
    soonest = (received_at + PROMISE_AT_LEAST).replace(second=0, microsecond=0)
    return max(datetime.combine(day, PROMISE_TIME), soonest)


def default_follow_up(resolved_on: date) -> date:
    value = settings.get("complaint_follow_up_days")
    days = max(0, min(90, int(value))) if isinstance(value, int) else 3
    return resolved_on + timedelta(days=days)


def overdue_by(promised_by: datetime, status: ComplaintStatus, now: datetime) -> timedelta | None:
    """How late the shop's answer is: only a complaint still open can be overdue."""
    if status in OPEN and now > promised_by:
        return now - promised_by
    return None


def follow_up_due(follow_up_on: date | None, status: ComplaintStatus, today: date) -> bool:
    return status == S.RESOLVED and follow_up_on is not None and follow_up_on <= today


# -- validation -----------------------------------------------------------------------------
def _text_errors(field: str, text: str, limit: int, needed: str | None = None) -> list[FieldError]:
    if needed is not None and not clean_text(text):
        return [FieldError(field, Message(needed))]
    if len(text) > limit:
        return [FieldError(field, Message(TOO_LONG, {"limit": limit}))]
    return []


def complaint_errors(data: ComplaintData, now: datetime) -> list[FieldError]:
    errors = _text_errors("description", data.description, MAX_TEXT, NEED_DESCRIPTION)
    errors += _text_errors("contact", data.contact, 100)
    errors += _text_errors("handler", data.handler, 50)
    if data.received_at > now + timedelta(minutes=5):
        errors.append(FieldError("received_at", Message(FUTURE_RECEIVED)))
    if data.promised_by <= data.received_at:
        errors.append(FieldError("promised_by", Message(PROMISE_BEFORE)))
    return errors


def resolution_errors(data: ResolutionData, has_customer: bool, today: date) -> list[FieldError]:
    errors = _text_errors("resolution", data.resolution, MAX_TEXT, NEED_RESOLUTION)
    for field in ("reply", "root_cause", "prevention"):
        errors += _text_errors(field, getattr(data, field), MAX_TEXT)
    errors += _text_errors("comp_service", data.comp_service, 200)
    errors += _text_errors("comp_gift", data.comp_gift, 200)
    if not 0 <= data.comp_refund_fen <= MAX_REFUND_FEN:
        errors.append(FieldError("comp_refund_fen", Message(REFUND_RANGE)))
    if not 0 <= data.comp_points <= points.MAX_POINTS:
        errors.append(FieldError("comp_points", Message(POINTS_RANGE, {"max": points.MAX_POINTS})))
    elif data.comp_points and not has_customer:
        errors.append(FieldError("comp_points", Message(POINTS_ANONYMOUS)))
    if data.follow_up_on < today:
        errors.append(FieldError("follow_up_on", Message(FOLLOW_UP_PAST)))
    return errors


def outcome_errors(outcome: FollowUpOutcome) -> list[FieldError]:
    errors = _text_errors("note", outcome.note, MAX_TEXT, NEED_NOTE)
    if not 1 <= outcome.satisfaction <= 5:
        errors.append(FieldError("satisfaction", Message(SATISFACTION)))
    return errors


def _customer_check(customer_id: int | None) -> None:
    if customer_id is None:
        return
    customer = Customer.get_or_none(Customer.id == customer_id)
    if customer is None:
        raise ServiceError(Message(CUSTOMER_GONE))
    if customer.erased:
        raise ServiceError(Message(CUSTOMER_ERASED))


# -- steps ---------------------------------------------------------------------------------
def _event(
    complaint_id: int,
    now: datetime,
    operator: str,
    before: ComplaintStatus | None = None,
    after: ComplaintStatus | None = None,
    note: str = "",
    points_change: int | None = None,
) -> None:
    ComplaintEvent.create(
        complaint=complaint_id, at=now, operator=operator, status_from=before,
        status_to=after, note=note, points=points_change,
    )  # fmt: skip


def _locked(complaint_id: int, action: Action | None = None) -> Complaint:
    """The complaint, held for this transaction; refused when `action` is not allowed."""
    lock_row("complaint", complaint_id)
    row = Complaint.get_or_none(Complaint.id == complaint_id)
    if row is None:
        raise ServiceError(Message(COMPLAINT_GONE))
    if action is not None and not can(row.status, action):
        raise ServiceError(Message(NOT_NOW))
    return row


def _details(data: ComplaintData) -> dict[str, object]:
    """What was taken down, cleaned, as the complaint's columns."""
    return {
        "customer": data.customer_id,
        "contact": clean_text(data.contact),
        "received_at": data.received_at.replace(microsecond=0),
        "channel": data.channel,
        "category": data.category,
        "severity": data.severity,
        "description": data.description.strip(),
        "handler": clean_text(data.handler),
        "promised_by": data.promised_by.replace(microsecond=0),
    }


def record(data: ComplaintData, operator: str, now: datetime) -> int:
    """Take a complaint down: status 新建, with the first line of its timeline."""
    errors = complaint_errors(data, now)
    if errors:
        raise ValidationError(errors)
    with posting():
        _customer_check(data.customer_id)
        row = Complaint.create(
            **_details(data), status=S.NEW, operator=operator, created_at=now, updated_at=now
        )
        _event(row.id, now, operator, None, S.NEW)
        return int(row.id)


def update(complaint_id: int, data: ComplaintData, operator: str, now: datetime) -> None:
    """Correct what was taken down, while the complaint is still open."""
    errors = complaint_errors(data, now)
    if errors:
        raise ValidationError(errors)
    with posting():
        row = _locked(complaint_id)
        if row.status not in OPEN:
            raise ServiceError(Message(NOT_NOW))
        if data.customer_id != row.customer_id:
            _customer_check(data.customer_id)
        Complaint.update(**_details(data), updated_at=now).where(
            Complaint.id == complaint_id
        ).execute()
        # An edit is a step from a status to itself: the timeline says "details corrected".
        _event(complaint_id, now, operator, row.status, row.status)


def add_note(complaint_id: int, note: str, operator: str, now: datetime) -> None:
    """A line in the timeline without a change of status (a call made, a promise kept)."""
    errors = _text_errors("note", note, MAX_TEXT, NEED_NOTE)
    if errors:
        raise ValidationError(errors)
    with posting():
        _locked(complaint_id)
        _event(complaint_id, now, operator, note=note.strip())
        Complaint.update(updated_at=now).where(Complaint.id == complaint_id).execute()


def save_reply(complaint_id: int, reply: str, operator: str, now: datetime) -> None:
    """Keep the answer given to her (a standard answer, adapted)."""
    errors = _text_errors("reply", reply, MAX_TEXT)
    if errors:
        raise ValidationError(errors)
    with posting():
        _locked(complaint_id)
        Complaint.update(reply=reply.strip(), updated_at=now).where(
            Complaint.id == complaint_id
        ).execute()


def start(complaint_id: int, operator: str, now: datetime, note: str = "") -> None:
    """新建 → 处理中: somebody is on it."""
    errors = _text_errors("note", note, MAX_TEXT)
    if errors:
        raise ValidationError(errors)
    with posting():
        row = _locked(complaint_id, Action.START)
        handler = row.handler or operator
        Complaint.update(status=S.IN_PROGRESS, handler=handler, updated_at=now).where(
            Complaint.id == complaint_id
        ).execute()
        _event(complaint_id, now, operator, row.status, S.IN_PROGRESS, note.strip())


def resolve(complaint_id: int, data: ResolutionData, operator: str, now: datetime) -> None:
    """→ 已解决: what was done, the compensation, the root cause, and the follow-up day.
    Apology points are posted here, once, linked to the complaint."""
    if not data.follow_up_on:
        raise ValidationError([FieldError("follow_up_on", Message(NEED_FOLLOW_UP_DATE))])
    with posting():
        row = _locked(complaint_id, Action.RESOLVE)
        errors = resolution_errors(data, row.customer_id is not None, now.date())
        if errors:
            raise ValidationError(errors)
        entry = None
        if data.comp_points:
            _customer_check(row.customer_id)
            assert row.customer_id is not None
            entry = points.post_apology(
                row.customer_id, data.comp_points, complaint_id, operator, now,
                clean_text(data.resolution)[:200],
            )  # fmt: skip
        Complaint.update(
            status=S.RESOLVED,
            resolution=data.resolution.strip(),
            reply=data.reply.strip(),
            comp_service=clean_text(data.comp_service),
            comp_refund_fen=data.comp_refund_fen,
            comp_gift=clean_text(data.comp_gift),
            comp_points=data.comp_points,
            points_entry=entry,
            root_cause=data.root_cause.strip(),
            prevention=data.prevention.strip(),
            resolved_at=now,
            follow_up_on=data.follow_up_on,
            closed_at=None,
            closed_reason="",
            updated_at=now,
        ).where(Complaint.id == complaint_id).execute()
        _event(
            complaint_id, now, operator, row.status, S.RESOLVED, data.resolution.strip(),
            data.comp_points or None,
        )  # fmt: skip


def record_follow_up(
    complaint_id: int, outcome: FollowUpOutcome, operator: str, now: datetime
) -> None:
    """已解决 → 已回访: her satisfaction after, on the complaint and on her card."""
    errors = outcome_errors(outcome)
    if errors:
        raise ValidationError(errors)
    with posting():
        row = _locked(complaint_id, Action.FOLLOW_UP)
        note = outcome.note.strip()
        customer = Customer.get_or_none(Customer.id == row.customer_id) if row.customer_id else None
        if customer is not None and not customer.erased:
            FollowUp.create(
                customer=customer.id, done_on=now.date(), channel=outcome.channel,
                content=note, satisfaction=outcome.satisfaction, operator=operator,
                created_at=now, complaint_id=complaint_id,
            )  # fmt: skip
        Complaint.update(
            status=S.FOLLOWED_UP,
            followed_up_at=now,
            satisfaction=outcome.satisfaction,
            follow_up_note=note,
            updated_at=now,
        ).where(Complaint.id == complaint_id).execute()
        _event(complaint_id, now, operator, row.status, S.FOLLOWED_UP, note)


def close(complaint_id: int, reason: str, operator: str, now: datetime) -> None:
    """→ 已关闭 without a follow-up; the reason is kept."""
    errors = _text_errors("reason", reason, MAX_TEXT, NEED_REASON)
    if errors:
        raise ValidationError(errors)
    with posting():
        row = _locked(complaint_id, Action.CLOSE)
        Complaint.update(
            status=S.CLOSED, closed_reason=reason.strip(), closed_at=now, updated_at=now
        ).where(Complaint.id == complaint_id).execute()
        _event(complaint_id, now, operator, row.status, S.CLOSED, reason.strip())


def reopen(complaint_id: int, reason: str, operator: str, now: datetime) -> None:
    """→ 处理中 again: she is not satisfied after all. Apology points given with the
    resolution are reversed; resolving again gives them anew."""
    errors = _text_errors("reason", reason, MAX_TEXT, NEED_REASON)
    if errors:
        raise ValidationError(errors)
    with posting():
        row = _locked(complaint_id, Action.REOPEN)
        reversed_points = None
        if row.points_entry is not None:
            note = Message(REVERSE_REASON, {"id": complaint_id}).english()
            points.reverse(row.points_entry, note, operator, now)
            reversed_points = -row.comp_points
        Complaint.update(
            status=S.IN_PROGRESS,
            points_entry=None,
            resolved_at=None,
            follow_up_on=None,
            followed_up_at=None,
            satisfaction=None,
            closed_at=None,
            closed_reason="",
            updated_at=now,
        ).where(Complaint.id == complaint_id).execute()
        _event(
            complaint_id, now, operator, row.status, S.IN_PROGRESS, reason.strip(),
            reversed_points,
        )  # fmt: skip


__all__ = [
    "Action",
    "ComplaintData",
    "FollowUpOutcome",
    "ResolutionData",
    "add_note",
    "allowed_actions",
    "can",
    "close",
    "default_follow_up",
    "default_promise",
    "follow_up_due",
    "overdue_by",
    "record",
    "record_follow_up",
    "reopen",
    "resolve",
    "save_reply",
    "start",
    "update",
]
