"""Reading the complaints: the inbox with its filters, the counts for the navigation,
one complaint with its timeline, a customer's complaints and her next follow-up call.

The inbox puts what needs the shop first: open complaints by their promised time
(overdue ones at the top), then resolved ones by the day of their follow-up call,
then the finished ones, newest first. The ids come in that order from one query,
and rows are read a page at a time, so 20,000 complaints open at once.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from typing import Any, cast

from peewee import JOIN, Case, Expression, fn

from app.models import (
    Complaint,
    ComplaintCategory,
    ComplaintChannel,
    ComplaintEvent,
    ComplaintStatus,
    Customer,
    Severity,
)
from app.services.complaints import OPEN

S = ComplaintStatus


class InboxView(StrEnum):
    """Which complaints the inbox shows."""

    ACTIVE = "active"  # needs the shop: open, or waiting for the follow-up call
    OPEN = "open"  # 新建 and 处理中
    OVERDUE = "overdue"  # open past the promised time
    FOLLOW_UP_DUE = "follow_up_due"  # resolved, the follow-up day has come
    NEW = "new"
    IN_PROGRESS = "in_progress"
    RESOLVED = "resolved"
    FOLLOWED_UP = "followed_up"
    CLOSED = "closed"
    ALL = "all"


@dataclass(frozen=True)
class InboxFilter:
    view: InboxView = InboxView.ACTIVE
    category: ComplaintCategory | None = None
    severity: Severity | None = None
    handler: str | None = None
    received_from: date | None = None
    received_to: date | None = None  # inclusive
    customer_id: int | None = None
    text: str = ""  # in what happened, the contact, or her name


@dataclass(frozen=True)
class InboxRow:
    id: int
    received_at: datetime
    customer_id: int | None
    customer_name: str
    member_no: str
    contact: str
    channel: ComplaintChannel
    category: ComplaintCategory
    severity: Severity
    summary: str  # the first line of what happened
    handler: str
    promised_by: datetime
    status: ComplaintStatus
    resolved_at: datetime | None
    follow_up_on: date | None
    satisfaction: int | None


@dataclass(frozen=True)
class InboxCounts:
    open: int
    overdue: int
    follow_up_due: int

    @property
    def needs_attention(self) -> int:
        return self.open + self.follow_up_due


@dataclass(frozen=True)
class ComplaintRecord:
    """Everything about one complaint, for its window."""

    id: int
    customer_id: int | None
    customer_name: str
    member_no: str
    mobile: str
    contact: str
    received_at: datetime
    channel: ComplaintChannel
    category: ComplaintCategory
    severity: Severity
    description: str
    handler: str
    promised_by: datetime
    status: ComplaintStatus
    reply: str
    resolution: str
    comp_service: str
    comp_refund_fen: int
    comp_gift: str
    comp_points: int
    points_entry: int | None
    root_cause: str
    prevention: str
    resolved_at: datetime | None
    follow_up_on: date | None
    followed_up_at: datetime | None
    satisfaction: int | None
    follow_up_note: str
    closed_reason: str
    closed_at: datetime | None
    operator: str
    created_at: datetime


@dataclass(frozen=True)
class TimelineEvent:
    at: datetime
    operator: str
    status_from: ComplaintStatus | None
    status_to: ComplaintStatus | None
    note: str
    points: int | None

    @property
    def is_edit(self) -> bool:
        return self.status_from is not None and self.status_from == self.status_to


_STATUS_OF_VIEW = {
    InboxView.NEW: (S.NEW,),
    InboxView.IN_PROGRESS: (S.IN_PROGRESS,),
    InboxView.RESOLVED: (S.RESOLVED,),
    InboxView.FOLLOWED_UP: (S.FOLLOWED_UP,),
    InboxView.CLOSED: (S.CLOSED,),
    InboxView.OPEN: OPEN,
    InboxView.ACTIVE: (*OPEN, S.RESOLVED),
}


def _as_datetime(value: Any) -> datetime:
    if isinstance(value, datetime):
        return value
    return datetime.fromisoformat(str(value))


def _as_date(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def _conditions(f: InboxFilter, now: datetime) -> list[Expression]:
    where: list[Expression] = []
    if f.view in _STATUS_OF_VIEW:
        where.append(Complaint.status.in_(list(_STATUS_OF_VIEW[f.view])))
    elif f.view == InboxView.OVERDUE:
        where.append(Complaint.status.in_(list(OPEN)) & (Complaint.promised_by < now))
    elif f.view == InboxView.FOLLOW_UP_DUE:
        where.append((Complaint.status == S.RESOLVED) & (Complaint.follow_up_on <= now.date()))
    if f.category is not None:
        where.append(Complaint.category == f.category)
    if f.severity is not None:
        where.append(Complaint.severity == f.severity)
    if f.handler is not None:
        where.append(Complaint.handler == f.handler)
    if f.received_from is not None:
        where.append(Complaint.received_at >= datetime.combine(f.received_from, time()))
    if f.received_to is not None:
        end = datetime.combine(f.received_to + timedelta(days=1), time())
        where.append(Complaint.received_at < end)
    if f.customer_id is not None:
        where.append(Complaint.customer == f.customer_id)
    text = " ".join(f.text.split())
    if text:
        where.append(
            Complaint.description.contains(text)
            | Complaint.contact.contains(text)
            | Complaint.customer.in_(
                Customer.select(Customer.id).where(
                    Customer.name.contains(text) | (Customer.member_no == text.upper())
                )
            )
        )
    return where


def _order() -> list[Any]:
    rank = Case(
        None,
        [(Complaint.status.in_(list(OPEN)), 0), (Complaint.status == S.RESOLVED, 1)],
        2,
    )
    due = Case(
        None,
        [
            (Complaint.status.in_(list(OPEN)), Complaint.promised_by),
            (Complaint.status == S.RESOLVED, Complaint.follow_up_on),
        ],
        None,
    )
    return [rank, due, Complaint.received_at.desc(), Complaint.id.desc()]


def inbox_ids(f: InboxFilter, now: datetime) -> list[int]:
    """The ids of the complaints the filter shows, in the inbox's order."""
    query = Complaint.select(Complaint.id)
    where = _conditions(f, now)
    if where:
        query = query.where(*where)
    rows = cast(Iterable[tuple[int]], query.order_by(*_order()).tuples())
    return [r[0] for r in rows]


_ROW_FIELDS = (
    Complaint.id,
    Complaint.received_at,
    Complaint.customer,
    Customer.name,
    Customer.member_no,
    Complaint.contact,
    Complaint.channel,
    Complaint.category,
    Complaint.severity,
    fn.SUBSTR(Complaint.description, 1, 120),
    Complaint.handler,
    Complaint.promised_by,
    Complaint.status,
    Complaint.resolved_at,
    Complaint.follow_up_on,
    Complaint.satisfaction,
)


def _inbox_row(values: tuple[Any, ...]) -> InboxRow:
    (cid, received, customer, name, member_no, contact, channel, category, severity,
     description, handler, promised, status, resolved, follow_up_on,
     satisfaction) = values  # fmt: skip
    first_line = next((line for line in str(description).splitlines() if line.strip()), "")
    return InboxRow(
        cid, _as_datetime(received), customer, name or "", member_no or "", contact,
        ComplaintChannel(channel), ComplaintCategory(category), Severity(severity),
        first_line.strip(), handler, _as_datetime(promised), ComplaintStatus(status),
        _as_datetime(resolved) if resolved else None, _as_date(follow_up_on), satisfaction,
    )  # fmt: skip


def _select_rows() -> Any:
    return Complaint.select(*_ROW_FIELDS).join(
        Customer, JOIN.LEFT_OUTER, on=(Complaint.customer == Customer.id)
    )


def rows_by_ids(ids: list[int]) -> list[InboxRow]:
    """The inbox rows of these complaints, in the order given."""
    if not ids:
        return []
    query = _select_rows().where(Complaint.id.in_(ids)).tuples()
    by_id = {values[0]: _inbox_row(values) for values in query}
    return [by_id[i] for i in ids if i in by_id]


def customer_complaints(customer_id: int) -> list[InboxRow]:
    """Her complaints, newest first (for her card)."""
    query = (
        _select_rows()
        .where(Complaint.customer == customer_id)
        .order_by(Complaint.received_at.desc(), Complaint.id.desc())
        .tuples()
    )
    return [_inbox_row(values) for values in query]


def counts(now: datetime) -> InboxCounts:
    """Open, overdue and follow-up-due complaints: the navigation's badge."""
    open_status = list(OPEN)
    row = Complaint.select(
        fn.COUNT(Case(None, [(Complaint.status.in_(open_status), 1)], None)),
        fn.COUNT(
            Case(
                None,
                [(Complaint.status.in_(open_status) & (Complaint.promised_by < now), 1)],
                None,
            )
        ),
        fn.COUNT(
            Case(
                None,
                [((Complaint.status == S.RESOLVED) & (Complaint.follow_up_on <= now.date()), 1)],
                None,
            )
        ),
    ).where(Complaint.status.in_([*open_status, S.RESOLVED]))
    open_count, overdue, due = cast(tuple[int, int, int], row.tuples().get())
    return InboxCounts(int(open_count or 0), int(overdue or 0), int(due or 0))


def handlers() -> list[str]:
    """Everyone who has handled a complaint, for the filter."""
    query = cast(
        Iterable[tuple[str]],
        Complaint.select(Complaint.handler)
        .where(Complaint.handler != "")
        .distinct()
        .order_by(Complaint.handler)
        .tuples(),
    )
    return [r[0] for r in query]


def complaint(complaint_id: int) -> ComplaintRecord | None:
    row = (
        Complaint.select(Complaint, Customer.name, Customer.member_no, Customer.mobile)
        .join(Customer, JOIN.LEFT_OUTER, on=(Complaint.customer == Customer.id))
        .where(Complaint.id == complaint_id)
        .objects()
        .first()
    )
    if row is None:
        return None
    return ComplaintRecord(
        row.id, row.customer_id, row.name or "", row.member_no or "", row.mobile or "",
        row.contact, _as_datetime(row.received_at), row.channel, row.category, row.severity,
        row.description, row.handler, _as_datetime(row.promised_by), row.status, row.reply,
        row.resolution, row.comp_service, row.comp_refund_fen, row.comp_gift, row.comp_points,
        row.points_entry, row.root_cause, row.prevention,
        _as_datetime(row.resolved_at) if row.resolved_at else None, _as_date(row.follow_up_on),
        _as_datetime(row.followed_up_at) if row.followed_up_at else None, row.satisfaction,
        row.follow_up_note, row.closed_reason,
        _as_datetime(row.closed_at) if row.closed_at else None, row.operator,
        _as_datetime(row.created_at),
    )  # fmt: skip


def timeline(complaint_id: int) -> list[TimelineEvent]:
    query = (
        ComplaintEvent.select()
        .where(ComplaintEvent.complaint == complaint_id)
        .order_by(ComplaintEvent.id)
    )
    return [
        TimelineEvent(_as_datetime(e.at), e.operator, e.status_from, e.status_to, e.note, e.points)
        for e in query
    ]


def next_follow_up(customer_id: int) -> tuple[date, int] | None:
    """Her earliest follow-up call still to make for a resolved complaint: (day, complaint)."""
    row = (
        Complaint.select(Complaint.follow_up_on, Complaint.id)
        .where(
            (Complaint.customer == customer_id)
            & (Complaint.status == S.RESOLVED)
            & Complaint.follow_up_on.is_null(False)
        )
        .order_by(Complaint.follow_up_on, Complaint.id)
        .tuples()
        .first()
    )
    if row is None:
        return None
    day = _as_date(row[0])
    assert day is not None
    return day, int(row[1])


def open_count_of(customer_id: int) -> int:
    return int(
        Complaint.select()
        .where((Complaint.customer == customer_id) & Complaint.status.in_([*OPEN, S.RESOLVED]))
        .count()
    )


__all__ = [
    "ComplaintRecord",
    "InboxCounts",
    "InboxFilter",
    "InboxRow",
    "InboxView",
    "TimelineEvent",
    "complaint",
    "counts",
    "customer_complaints",
    "handlers",
    "inbox_ids",
    "next_follow_up",
    "open_count_of",
    "rows_by_ids",
    "timeline",
]
