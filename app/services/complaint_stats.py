"""The complaint analysis (投诉分析): what customers complain about, month by month;
how fast the shop resolves and whether it keeps its promised time; who complains
again and again.

A complaint counts in the month it was received. Counting is done by the database
(grouped by month and category), so a period of 20,000 complaints reads a few
dozen rows. The month of a complaint is text 'YYYY-MM', made by each backend's
own function.

"Resolved" means resolved now: a reopened complaint has lost its `resolved_at`
until it is resolved again, and a complaint closed without a resolution (withdrawn,
a misunderstanding) was never resolved. The promise is judged on every complaint
whose answer is due: the resolved ones (on time when resolved no later than
promised) and the ones still open past their promised time (late already).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any, cast

from peewee import JOIN, Case, Expression, PostgresqlDatabase, fn

from app.models import Complaint, ComplaintCategory, Customer, database
from app.services.complaint_inbox import _as_datetime
from app.services.complaints import OPEN


@dataclass(frozen=True)
class Period:
    """From `start` to `end`, both days included."""

    start: date
    end: date

    @classmethod
    def this_month(cls, today: date) -> Period:
        return cls(today.replace(day=1), today)

    @classmethod
    def last_months(cls, today: date, months: int) -> Period:
        """This month and the months before it: `months` whole months on a chart."""
        index = today.year * 12 + today.month - 1 - (months - 1)
        return cls(date(index // 12, index % 12 + 1, 1), today)

    @classmethod
    def this_year(cls, today: date) -> Period:
        return cls(date(today.year, 1, 1), today)

    def months(self) -> list[date]:
        """The first day of every month the period touches, oldest first."""
        found: list[date] = []
        month = self.start.replace(day=1)
        while month <= self.end:
            found.append(month)
            month = (month + timedelta(days=32)).replace(day=1)
        return found

    def _where(self) -> Expression:
        start = datetime.combine(self.start, time())
        after = datetime.combine(self.end + timedelta(days=1), time())
        return (Complaint.received_at >= start) & (Complaint.received_at < after)


@dataclass(frozen=True)
class MonthCount:
    """How many complaints of one category were received in one month."""

    month: date  # its first day
    category: ComplaintCategory
    count: int


@dataclass(frozen=True)
class CategoryTotal:
    category: ComplaintCategory
    count: int
    share: float  # of the period's complaints, 0–1


@dataclass(frozen=True)
class Resolution:
    """How the complaints received in one month (or the whole period) were answered."""

    month: date | None  # None: the whole period
    received: int
    resolved: int
    resolve_hours: float  # all the resolved ones' hours from received to resolved
    due: int  # the answer is due: resolved, or still open past the promised time
    on_time: int  # resolved no later than promised
    still_open: int  # 新建 or 处理中 (reopened ones too)

    @property
    def average_hours(self) -> float | None:
        return self.resolve_hours / self.resolved if self.resolved else None

    @property
    def on_time_share(self) -> float | None:
        return self.on_time / self.due if self.due else None


@dataclass(frozen=True)
class ResolutionTimes:
    months: tuple[Resolution, ...]  # every month of the period, oldest first
    total: Resolution


@dataclass(frozen=True)
class RepeatComplainer:
    customer_id: int
    name: str
    member_no: str
    count: int
    last_received: datetime
    categories: tuple[ComplaintCategory, ...]  # what she complained about, most first


@dataclass(frozen=True)
class Analysis:
    """Everything the analysis page shows for one period."""

    period: Period
    months: tuple[date, ...]
    counts: tuple[MonthCount, ...]  # only the (month, category) pairs with complaints
    categories: tuple[CategoryTotal, ...]  # every category, most complained about first
    resolution: ResolutionTimes
    repeat: tuple[RepeatComplainer, ...]

    @property
    def total(self) -> int:
        return sum(c.count for c in self.categories)

    def count(self, month: date, category: ComplaintCategory) -> int:
        return next(
            (c.count for c in self.counts if c.month == month and c.category == category), 0
        )

    def month_total(self, month: date) -> int:
        return sum(c.count for c in self.counts if c.month == month)

    def top_categories(self) -> tuple[ComplaintCategory, ...]:
        """The most complained-about category (several when tied); none without complaints."""
        most = max((c.count for c in self.categories), default=0)
        return tuple(c.category for c in self.categories if most and c.count == most)


# -- what differs between SQLite and PostgreSQL -------------------------------------------------
def _postgres() -> bool:
    return isinstance(database.obj, PostgresqlDatabase)


def _month() -> Any:
    """'YYYY-MM' of the day the complaint was received."""
    if _postgres():
        return fn.to_char(Complaint.received_at, "YYYY-MM")
    return fn.strftime("%Y-%m", Complaint.received_at)


def _resolve_seconds() -> Any:
    if _postgres():
        return fn.date_part("epoch", Complaint.resolved_at - Complaint.received_at)
    return (fn.julianday(Complaint.resolved_at) - fn.julianday(Complaint.received_at)) * 86400.0


def _first_day(month: str) -> date:
    year, number = month.split("-")
    return date(int(year), int(number), 1)


def _count_if(condition: Expression) -> Any:
    return fn.COUNT(Case(None, [(condition, 1)], None))


# -- queries -------------------------------------------------------------------------------
def by_category_month(period: Period) -> list[MonthCount]:
    """Complaints per month and category; pairs without complaints are left out."""
    month = _month()
    query = (
        Complaint.select(month, Complaint.category, fn.COUNT(Complaint.id))
        .where(period._where())
        .group_by(month, Complaint.category)
        .order_by(month, Complaint.category)
        .tuples()
    )
    rows = cast(Iterable[tuple[str, str, int]], query)
    return [MonthCount(_first_day(m), ComplaintCategory(c), int(n)) for m, c, n in rows]


def category_totals(counts: Iterable[MonthCount]) -> list[CategoryTotal]:
    """Every category with its complaints in the period, most first (ties in the
    categories' usual order)."""
    totals = dict.fromkeys(ComplaintCategory, 0)
    for c in counts:
        totals[c.category] += c.count
    everything = sum(totals.values())
    order = list(ComplaintCategory)
    ranked = sorted(totals.items(), key=lambda item: (-item[1], order.index(item[0])))
    return [CategoryTotal(cat, n, n / everything if everything else 0.0) for cat, n in ranked]


def top_categories(period: Period) -> list[CategoryTotal]:
    return category_totals(by_category_month(period))


def resolution_times(period: Period, now: datetime) -> ResolutionTimes:
    """Per month of receipt: resolved, average time to resolve, promises kept; and the
    period's totals. `now` decides which open complaints are already late."""
    month = _month()
    resolved = Complaint.resolved_at.is_null(False)
    open_now = Complaint.status.in_(list(OPEN))
    query = (
        Complaint.select(
            month,
            fn.COUNT(Complaint.id),
            _count_if(resolved),
            fn.SUM(Case(None, [(resolved, _resolve_seconds())], 0)),
            _count_if(resolved | (open_now & (Complaint.promised_by < now))),
            _count_if(resolved & (Complaint.resolved_at <= Complaint.promised_by)),
            _count_if(open_now),
        )
        .where(period._where())
        .group_by(month)
        .tuples()
    )
    found: dict[date, Resolution] = {}
    for m, received, done, seconds, due, on_time, still_open in cast(
        Iterable[tuple[Any, ...]], query
    ):
        first = _first_day(m)
        hours = float(seconds or 0) / 3600
        found[first] = Resolution(
            first, int(received), int(done), hours, int(due), int(on_time), int(still_open)
        )
    months = tuple(found.get(m) or Resolution(m, 0, 0, 0.0, 0, 0, 0) for m in period.months())
    total = Resolution(
        None,
        sum(r.received for r in months),
        sum(r.resolved for r in months),
        sum(r.resolve_hours for r in months),
        sum(r.due for r in months),
        sum(r.on_time for r in months),
        sum(r.still_open for r in months),
    )
    return ResolutionTimes(months, total)


def repeat_complainers(period: Period, min_count: int = 2) -> list[RepeatComplainer]:
    """Customers with a card who complained at least `min_count` times in the period:
    most complaints first, then the latest. Anonymous complaints are not counted."""
    in_period = period._where() & Complaint.customer.is_null(False)
    count = fn.COUNT(Complaint.id)
    query = (
        Complaint.select(
            Complaint.customer,
            Customer.name,
            Customer.member_no,
            count,
            fn.MAX(Complaint.received_at),
        )
        .join(Customer, JOIN.INNER, on=(Complaint.customer == Customer.id))
        .where(in_period)
        .group_by(Complaint.customer, Customer.name, Customer.member_no)
        .having(count >= min_count)
    )
    # Raw cursors: a year of a busy shop gives thousands of rows, and peewee's
    # conversion of each cost more than the query.
    rows = list(cast(Iterable[tuple[int, str, str, int, Any]], database.execute(query)))
    if not rows:
        return []
    repeaters = (
        Complaint.select(Complaint.customer)
        .where(in_period)
        .group_by(Complaint.customer)
        .having(fn.COUNT(Complaint.id) >= min_count)
    )
    per_category = (
        Complaint.select(Complaint.customer, Complaint.category, fn.COUNT(Complaint.id))
        .where(in_period & Complaint.customer.in_(repeaters))
        .group_by(Complaint.customer, Complaint.category)
    )
    order = list(ComplaintCategory)
    tallies: dict[int, list[tuple[int, int, ComplaintCategory]]] = {}
    for customer_id, category, n in cast(
        Iterable[tuple[int, str, int]], database.execute(per_category)
    ):
        cat = ComplaintCategory(category)
        tallies.setdefault(customer_id, []).append((-int(n), order.index(cat), cat))
    found = [
        RepeatComplainer(
            int(customer_id),
            name or "",
            member_no or "",
            int(n),
            _as_datetime(last),
            tuple(cat for _, _, cat in sorted(tallies.get(customer_id, []))),
        )
        for customer_id, name, member_no, n, last in rows
    ]
    found.sort(key=lambda r: (-r.count, -r.last_received.timestamp(), r.name, r.customer_id))
    return found


def analyse(period: Period, now: datetime, min_count: int = 2) -> Analysis:
    """The whole analysis of a period: counts, resolution and repeat complainers."""
    counts = by_category_month(period)
    return Analysis(
        period,
        tuple(period.months()),
        tuple(counts),
        tuple(category_totals(counts)),
        resolution_times(period, now),
        tuple(repeat_complainers(period, min_count)),
    )


__all__ = [
    "Analysis",
    "CategoryTotal",
    "MonthCount",
    "Period",
    "RepeatComplainer",
    "Resolution",
    "ResolutionTimes",
    "analyse",
    "by_category_month",
    "category_totals",
    "repeat_complainers",
    "resolution_times",
    "top_categories",
]
