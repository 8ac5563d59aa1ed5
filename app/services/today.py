"""The Today board (看板): what the counter should do today, this week or this month —
whom to greet, whom to call back, which complaint is late, which good customers are
drifting away, whose points and package cards run out.

A board covers a rolling span from today: the day, the next 7 days or the next 30.
Each section holds its first rows (at most `CAP`) and the true count: counted through
the indexes, only the rows shown read whole (a day board at 100,000 customers: ~75 ms).

Decisions the window relies on:
- The day board lists the week's birthdays too (today's first): a greeting is
  prepared ahead, and the owner sees today's at the top.
- Overdue follow-ups are on every board, however late: a plan nobody carried out is
  not forgotten because a week passed. The most recently missed come first.
- Open complaints are on every board (an answer waits, whatever the span).
- Points and package cards expiring are looked at 30 days ahead on every board (the
  month's span): a reminder needs time to bring her in before they are lost.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from peewee import JOIN, Case, fn

from app.models import (
    Complaint,
    ComplaintStatus,
    Customer,
    DayKind,
    FollowUp,
    FollowUpChannel,
    Greeting,
    PackageCard,
    database,
)
from app.services import birthdays, holidays
from app.services.birthdays import Occasion

if TYPE_CHECKING:  # loaded with the first board, after the window has painted
    from app.services.complaint_inbox import InboxRow
    from app.services.insight import LateCustomer
    from app.services.points_expiry import ExpiringPoints

T = TypeVar("T")

CAP = 200  # rows kept per section; the count is always the true count
GREETING_DAYS = 7  # the day board's birthdays: the coming week
EXPIRY_DAYS = 30  # points and package cards: looked at this far ahead
NEXT_HOLIDAY_HORIZON = 400
RUN_DAYS = 10  # the longest run of official days off (春节, 国庆: 8)
NOTE_LENGTH = 60


class Span(StrEnum):
    DAY = "day"  # today
    WEEK = "week"  # today … today + 6
    MONTH = "month"  # today … today + 29


SPAN_DAYS = {Span.DAY: 1, Span.WEEK: 7, Span.MONTH: 30}


@dataclass(frozen=True)
class Section(Generic[T]):
    """The first rows of a section and how many there are in all."""

    items: tuple[T, ...] = ()
    count: int = 0

    @property
    def more(self) -> int:
        """How many are counted but not listed."""
        return max(0, self.count - len(self.items))


@dataclass(frozen=True)
class OccasionItem:
    """A birthday or anniversary to greet, and whether the greeting was marked sent."""

    occasion: Occasion
    sent: bool

    @property
    def customer_id(self) -> int:
        return self.occasion.customer_id

    @property
    def day(self) -> date:
        return self.occasion.day


@dataclass(frozen=True)
class HolidayItem:
    """A festival, marketing day, official holiday or shop date; consecutive days off
    of one holiday are one item (国庆 1–7 October)."""

    day: date
    last_day: date
    kind: DayKind
    code: str = ""  # holidays.NAMES
    name: str = ""  # a shop date's own name
    estimated: bool = False


@dataclass(frozen=True)
class FollowUpItem:
    """A customer's planned follow-up (the next date set by her latest 回访)."""

    follow_up_id: int
    customer_id: int
    member_no: str
    name: str
    mobile: str
    due: date
    last_done_on: date  # when she was last followed up
    channel: FollowUpChannel
    note: str  # the first line of what was said then
    days_late: int  # 0: not overdue

    @property
    def overdue(self) -> bool:
        return self.days_late > 0


@dataclass(frozen=True)
class ComplaintCallItem:
    """The follow-up call (回访) of a resolved complaint."""

    complaint_id: int
    customer_id: int | None
    name: str
    member_no: str
    contact: str
    due: date
    summary: str
    days_late: int

    @property
    def overdue(self) -> bool:
        return self.days_late > 0


@dataclass(frozen=True)
class ComplaintItem:
    """An open complaint (新建/处理中); overdue once its promised time has passed."""

    row: InboxRow
    overdue: bool

    @property
    def complaint_id(self) -> int:
        return self.row.id

    @property
    def customer_id(self) -> int | None:
        return self.row.customer_id


@dataclass(frozen=True)
class CardItem:
    """A package card (次卡) with sessions left that expires soon."""

    card_id: int
    customer_id: int
    member_no: str
    name: str
    mobile: str
    card_name: str
    sessions_left: int
    expires_on: date


@dataclass(frozen=True)
class Board:
    today: date
    span: Span
    start: date
    end: date  # the span's last day (inclusive)
    greetings_end: date  # the birthdays' last day (the week's on the day board)
    occasions: Section[OccasionItem]
    occasions_today: int
    greeted: int  # occasions of [start, greetings_end] marked sent
    holidays: tuple[HolidayItem, ...]  # in the span
    next_holiday: HolidayItem | None  # the first after the span
    follow_ups: Section[FollowUpItem]  # due in the span
    follow_ups_overdue: Section[FollowUpItem]  # due before today, most recent first
    complaint_calls: Section[ComplaintCallItem]  # due by the span's end, overdue first
    complaint_calls_overdue: int
    complaints: Section[ComplaintItem]  # open, by promised time (overdue first)
    complaints_overdue: int
    waking: Section[LateCustomer]
    points_expiring: Section[ExpiringPoints]
    cards_expiring: Section[CardItem]
    expiry_end: date  # the last day of the expiry window (inclusive)

    @property
    def empty(self) -> bool:
        """Nothing to do and nothing to celebrate."""
        sections: list[Section[Any]] = [
            self.occasions, self.follow_ups, self.follow_ups_overdue, self.complaint_calls,
            self.complaints, self.waking, self.points_expiring, self.cards_expiring,
        ]  # fmt: skip
        return not self.holidays and all(s.count == 0 for s in sections)


# --- helpers ---------------------------------------------------------------------------


def span_end(today: date, span: Span) -> date:
    """The span's last day (inclusive)."""
    return _plus(today, SPAN_DAYS[span] - 1)


def _plus(day: date, days: int) -> date:
    try:
        return day + timedelta(days=days)
    except OverflowError:
        return date.max if days > 0 else date.min


def _as_date(value: Any) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def _first_line(text: str | None, length: int = NOTE_LENGTH) -> str:
    line = next((x.strip() for x in (text or "").splitlines() if x.strip()), "")
    return line if len(line) <= length else line[: length - 1] + "…"


def _archived() -> Any:
    """The archived customers (erasing archives too), left out as NOT IN: a join on
    `customer` leads SQLite to walk 100,000 customers, not the section's own index."""
    return Customer.select(Customer.id).where(Customer.archived == True)  # noqa: E712


# --- birthdays and anniversaries ----------------------------------------------------------


def greetings_due(start: date, end: date, cap: int = CAP) -> tuple[Section[OccasionItem], int, int]:
    """The birthdays and anniversaries of [start, end] (inclusive) with their greeting
    status; how many fall on `start`; and how many were marked greeted. Counted from
    the month-day indexes: only the first days' occasions, enough for `cap` rows, are
    read whole (a week at 100,000 customers holds ~2,600)."""
    stop = _plus(end, 1)
    if start > birthdays.LAST_DAY or stop <= birthdays.FIRST_DAY:
        return Section(), 0, 0  # beyond the lunar calendar (a clock set wrongly)
    counts = birthdays.occasion_counts(start, stop)
    total = 0
    fetch_until = stop
    for day in sorted(counts):
        total += sum(counts[day].values())
        if total >= cap and fetch_until == stop:
            fetch_until = _plus(day, 1)
    if not total:
        return Section(), 0, 0
    occasions = birthdays.occasions_between(start, fetch_until)[:cap]
    g = Greeting
    marks: Any = g.select(g.customer, g.occasion, g.celebrated_on)
    marks = marks.where(_greeted_between(start, fetch_until)).tuples()
    sent = {(cid, occasion, _as_date(day)) for cid, occasion, day in marks}
    items = tuple(OccasionItem(o, (o.customer_id, o.key, o.day) in sent) for o in occasions)
    greeted: Any = g.select(fn.COUNT(g.id)).where(_greeted_between(start, stop))
    first_day = sum(counts.get(start, {}).values())
    return Section(items, total), first_day, min(total, int(greeted.scalar() or 0))


def _greeted_between(start: date, stop: date) -> Any:
    """Greetings marked sent for a birthday or anniversary in [start, stop), to
    customers on the books (festival greetings are not the board's)."""
    g = Greeting
    return (
        (g.celebrated_on >= start)
        & (g.celebrated_on < stop)
        & ~g.occasion.startswith("festival:")
        & g.customer.not_in(_archived())
    )


# --- holidays -------------------------------------------------------------------------


def _merged(marks: Iterable[holidays.DayMark]) -> list[HolidayItem]:
    """Marks as items, a run of consecutive days of one holiday as one item."""
    items: list[HolidayItem] = []
    for m in marks:
        last = items[-1] if items else None
        if (
            last is not None
            and (last.kind, last.code, last.name) == (m.kind, m.code, m.name)
            and _plus(last.last_day, 1) == m.day
        ):
            items[-1] = HolidayItem(last.day, m.day, m.kind, m.code, m.name, last.estimated)
            continue
        items.append(HolidayItem(m.day, m.day, m.kind, m.code, m.name, m.estimated))
    return items


def holidays_around(start: date, end: date) -> tuple[tuple[HolidayItem, ...], HolidayItem | None]:
    """The festivals, marketing days, days off, working days and shop dates of
    [start, end], and the first one after `end` that is not a working day."""
    stop = _plus(end, 1)
    # Read on past the end, so a run of days off that begins in the span ends on its day.
    marks = holidays.marks_between(start, _plus(stop, RUN_DAYS))
    # Sorted by kind, then day: a multi-day holiday is one run whatever falls between.
    order = list(DayKind)
    marks.sort(key=lambda m: (order.index(m.kind), m.code, m.name, m.day))
    runs = [i for i in _merged(marks) if i.day <= end]
    items = sorted(runs, key=lambda i: (i.day, order.index(i.kind), i.code, i.name))
    upcoming = holidays.marks_between(stop, _plus(stop, NEXT_HOLIDAY_HORIZON))
    first = next((m for m in upcoming if m.kind != DayKind.WORKDAY), None)
    if first is None:
        return tuple(items), None
    run = [m for m in upcoming if (m.kind, m.code, m.name) == (first.kind, first.code, first.name)]
    return tuple(items), _merged(run)[0]


# --- follow-ups -------------------------------------------------------------------------


def _latest_plans(today: date, end: date) -> list[tuple[int, bool]]:
    """(follow-up id, overdue) of every customer's latest follow-up — latest by the
    day it was done, then by id, as `visits.next_follow_up_due` — whose next date is on
    or before `end`, for the customers on the books; by due date. (Overdue is told by
    SQL: ~11,000 rows at 100,000 customers are not worth a date object each.)"""
    f = FollowUp
    later = FollowUp.alias("later")
    newer: Any = later.select(later.id).where(
        (later.customer == f.customer)
        & (later.done_on >= f.done_on)
        & ((later.done_on > f.done_on) | (later.id > f.id))
    )
    query: Any = (
        f.select(f.id, f.next_due < today)
        .where((f.next_due <= end) & f.customer.not_in(_archived()) & ~fn.EXISTS(newer))
        .order_by(f.next_due, f.id)
    )
    return [(fid, bool(late)) for fid, late in database.execute(query)]


def _follow_up_items(ids: list[int], today: date) -> dict[int, FollowUpItem]:
    if not ids:
        return {}
    f, c = FollowUp, Customer
    fields = (f.id, f.customer, c.member_no, c.name, c.mobile, f.next_due, f.done_on,
              f.channel, fn.SUBSTR(f.content, 1, 200))  # fmt: skip
    query: Any = f.select(*fields).join(c, on=(f.customer == c.id)).where(f.id.in_(ids))
    found = {}
    for fid, cid, member_no, name, mobile, due, done_on, channel, content in query.tuples():
        due = _as_date(due)
        found[fid] = FollowUpItem(
            fid, cid, member_no, name, mobile or "", due, _as_date(done_on),
            FollowUpChannel(channel), _first_line(content), max(0, (today - due).days),
        )  # fmt: skip
    return found


def follow_ups_due(
    today: date, end: date, cap: int = CAP
) -> tuple[Section[FollowUpItem], Section[FollowUpItem]]:
    """(Due in [today, end], by date; overdue, the most recently missed first.)"""
    plans = _latest_plans(today, end)
    due = [fid for fid, late in plans if not late]
    overdue = [fid for fid, late in reversed(plans) if late]
    shown = _follow_up_items(due[:cap] + overdue[:cap], today)
    return (
        Section(tuple(shown[i] for i in due[:cap] if i in shown), len(due)),
        Section(tuple(shown[i] for i in overdue[:cap] if i in shown), len(overdue)),
    )


def complaint_calls(
    today: date, end: date, cap: int = CAP
) -> tuple[Section[ComplaintCallItem], int]:
    """Follow-up calls of resolved complaints due by `end`, the longest waiting first,
    and how many of them are overdue (the inbox's 'follow-up call due' is those up to
    today)."""
    cm, c = Complaint, Customer
    where = (cm.status == ComplaintStatus.RESOLVED) & (cm.follow_up_on <= end)
    late = Case(None, [(cm.follow_up_on < today, 1)], 0)
    totals: Any = cm.select(fn.COUNT(cm.id), fn.SUM(late)).where(where).tuples()
    count, overdue = totals.get()
    fields = (cm.id, cm.customer, c.name, c.member_no, cm.contact, cm.follow_up_on,
              fn.SUBSTR(cm.description, 1, 200))  # fmt: skip
    query: Any = (
        cm.select(*fields)
        .join(c, JOIN.LEFT_OUTER, on=(cm.customer == c.id))
        .where(where)
        .order_by(cm.follow_up_on, cm.id)
        .limit(cap)
        .tuples()
    )
    items = [
        ComplaintCallItem(cid, customer, name or "", member_no or "", contact, _as_date(due),
                          _first_line(text), max(0, (today - _as_date(due)).days))
        for cid, customer, name, member_no, contact, due, text in query
    ]  # fmt: skip
    return Section(tuple(items), int(count or 0)), int(overdue or 0)


# --- complaints, customers to wake, expiry --------------------------------------------------


def open_complaints(now: datetime, cap: int = CAP) -> tuple[Section[ComplaintItem], int]:
    """The open complaints in the inbox's order (by promised time: the overdue first),
    and how many are overdue."""
    from app.services import complaint_inbox
    from app.services.complaint_inbox import InboxFilter, InboxView

    counts = complaint_inbox.counts(now)
    ids = complaint_inbox.inbox_ids(InboxFilter(view=InboxView.OPEN), now)
    rows = complaint_inbox.rows_by_ids(ids[:cap])
    items = tuple(ComplaintItem(r, r.promised_by < now) for r in rows)
    return Section(items, len(ids)), counts.overdue


def customers_to_wake(today: date, end: date, cap: int = CAP) -> Section[LateCustomer]:
    """Customers late by their own rhythm by the span's end (the insight service)."""
    from app.services import insight

    late = insight.waking(today, until=end, limit=cap)
    return Section(tuple(late), insight.waking_count(today, until=end))


def points_expiring(today: date, end: date, cap: int = CAP) -> Section[ExpiringPoints]:
    """Points that run out in [today, end], soonest first."""
    from app.services import points_expiry

    days = min((end - today).days + 1, (date.max - today).days)
    found = points_expiry.expiring_soon(today, days)
    return Section(tuple(found[:cap]), len(found))


def cards_expiring(today: date, end: date, cap: int = CAP) -> Section[CardItem]:
    """Package cards with sessions left that expire in [today, end], soonest first."""
    p, c = PackageCard, Customer
    where = (
        (p.expires_on >= today)
        & (p.expires_on <= end)
        & (p.sessions_used < p.sessions)
        & p.customer.not_in(_archived())
    )
    count = p.select(fn.COUNT(p.id)).where(where).scalar() or 0
    fields = (p.id, p.customer, c.member_no, c.name, c.mobile, p.name,
              p.sessions - p.sessions_used, p.expires_on)  # fmt: skip
    query: Any = (
        p.select(*fields)
        .join(c, on=(p.customer == c.id))
        .where(where)
        .order_by(p.expires_on, c.member_no, p.id)
        .limit(cap)
        .tuples()
    )
    items = tuple(
        CardItem(cid, customer, member_no, name, mobile or "", card, int(left), _as_date(day))
        for cid, customer, member_no, name, mobile, card, left, day in query
    )
    return Section(items, int(count))


# --- the board ---------------------------------------------------------------------------


def board(today: date, span: Span, now: datetime) -> Board:
    """Everything the Today board shows for a span starting today."""
    span = Span(span)
    end = span_end(today, span)
    greetings_end = max(end, _plus(today, GREETING_DAYS - 1))
    occasions, occasions_today, greeted = greetings_due(today, greetings_end)
    days, next_day = holidays_around(today, end)
    due, overdue = follow_ups_due(today, end)
    calls, calls_overdue = complaint_calls(today, end)
    complaints, complaints_overdue = open_complaints(now)
    expiry_end = max(end, _plus(today, EXPIRY_DAYS - 1))
    return Board(
        today=today,
        span=span,
        start=today,
        end=end,
        greetings_end=greetings_end,
        occasions=occasions,
        occasions_today=occasions_today,
        greeted=greeted,
        holidays=days,
        next_holiday=next_day,
        follow_ups=due,
        follow_ups_overdue=overdue,
        complaint_calls=calls,
        complaint_calls_overdue=calls_overdue,
        complaints=complaints,
        complaints_overdue=complaints_overdue,
        waking=customers_to_wake(today, end),
        points_expiring=points_expiring(today, expiry_end),
        cards_expiring=cards_expiring(today, expiry_end),
        expiry_end=expiry_end,
    )
