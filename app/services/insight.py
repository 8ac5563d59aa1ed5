"""Customer insight (客户分析): each customer's rhythm and RFM grade, the customers
going dormant (沉睡客户), and the 80/20 view of the revenue.

A customer is *late* when the days since her last visit exceed her own usual gap —
the median days between her visits, times a factor, never fewer than a minimum — not
one fixed number for everybody; with too few visits the shop's default gap is used.
Her first late day is stored (`late_on`), so the lists are an indexed range query.

The grade (RFM) compares each customer who bought in the period with the shop's
average: recency, frequency and money each above or below it give the eight classic
classes (重要价值 … 一般挽留). Quintile scores 1–5 are kept beside, and the ABC class
by share of revenue (A: the customers who bring the first 80 %, B: the next 15 %).
A grade the shop sets by hand wins over the computed one and survives recomputation.
"""

from __future__ import annotations

import statistics
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from peewee import JOIN, fn

from app.models import (
    ChangeAction,
    ChangeLog,
    Customer,
    CustomerInsight,
    Segment,
    Visit,
    database,
)
from app.services import settings
from app.services.rfm import IMPORTANT, Grade, Purchase, grade

Progress = Callable[[int, int], None]  # done, of
WRITE_CHUNK = 2000

# ---------------------------------------------------------------- the rules


@dataclass(frozen=True)
class Rhythm:
    """How the shop tells that a customer is late (settings dormant_*)."""

    factor_pct: int = 200  # late after this share of her usual gap
    min_days: int = 30  # never late sooner than this
    default_days: int = 90  # the gap for a customer with too few visits
    min_visits: int = 3  # visits (on different days) needed for her own rhythm

    @classmethod
    def from_settings(cls) -> Rhythm:
        return cls(
            int(settings.get("dormant_factor_pct")),
            int(settings.get("dormant_min_days")),
            int(settings.get("dormant_default_days")),
            int(settings.get("dormant_min_visits")),
        )

    def usual_gap(self, days: Sequence[date]) -> int | None:
        """The median days between her visits (distinct days, in order); None with
        fewer than `min_visits` of them."""
        if len(days) < max(2, self.min_visits):
            return None
        gaps = [(b - a).days for a, b in zip(days, days[1:], strict=False)]
        return round(statistics.median(gaps))

    def late_after(self, usual_gap: int | None) -> int:
        """Days without a visit after which she is late."""
        if usual_gap is None:
            return max(self.min_days, self.default_days)
        return max(self.min_days, -(-usual_gap * self.factor_pct // 100))


def period_start(today: date, months: int) -> date:
    """The same day `months` months before `today` (the month's last day when shorter)."""
    index = today.year * 12 + today.month - 1 - months
    year, month = divmod(index, 12)
    month += 1
    for day in (today.day, 30, 29, 28):
        try:
            return date(year, month, day)
        except ValueError:
            continue
    raise AssertionError("unreachable")


def _as_date(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


# ---------------------------------------------------------------- grading


def _purchases(start: date, today: date) -> list[Purchase]:
    query: Any = (
        Visit.select(
            Visit.customer,
            fn.MAX(Visit.visited_on),
            fn.COUNT(Visit.id),
            fn.COALESCE(fn.SUM(Visit.amount_fen), 0),
        )
        .where(
            Visit.voided_at.is_null() & (Visit.visited_on >= start) & (Visit.visited_on <= today)
        )
        .group_by(Visit.customer)
        .tuples()
    )
    return [
        Purchase(int(cid), (today - _as_date(last)).days, int(count), int(spent))
        for cid, last, count, spent in query
    ]


def _visit_days(customer_ids: Iterable[int] | None = None) -> dict[int, list[date]]:
    """Every customer's distinct visit days (not voided), in order."""
    query = Visit.select(Visit.customer, Visit.visited_on).where(Visit.voided_at.is_null())
    if customer_ids is not None:
        query = query.where(Visit.customer.in_(list(customer_ids)))
    cursor = database.execute(query.distinct().order_by(Visit.customer, Visit.visited_on))
    days: dict[int, list[date]] = {}
    for cid, day in cursor:
        days.setdefault(cid, []).append(_as_date(day))
    return days


@dataclass(frozen=True)
class Recomputed:
    customers: int
    graded: int  # bought in the period
    period_from: date
    today: date


_COMPUTED = (
    CustomerInsight.computed_on,
    CustomerInsight.period_from,
    CustomerInsight.recency_days,
    CustomerInsight.frequency,
    CustomerInsight.monetary_fen,
    CustomerInsight.r_score,
    CustomerInsight.f_score,
    CustomerInsight.m_score,
    CustomerInsight.segment,
    CustomerInsight.abc,
    CustomerInsight.usual_gap_days,
    CustomerInsight.late_after_days,
    CustomerInsight.late_on,
)


def _row(
    customer_id: int,
    today: date,
    start: date,
    purchase: Purchase | None,
    graded: Grade | None,
    days: list[date],
    rhythm: Rhythm,
) -> dict[str, Any]:
    usual = rhythm.usual_gap(days)
    late_after = rhythm.late_after(usual)
    return {
        "customer": customer_id,
        "computed_on": today,
        "period_from": start,
        "recency_days": purchase.recency_days if purchase else None,
        "frequency": purchase.frequency if purchase else 0,
        "monetary_fen": purchase.monetary_fen if purchase else 0,
        "r_score": graded.r if graded else 0,
        "f_score": graded.f if graded else 0,
        "m_score": graded.m if graded else 0,
        "segment": graded.segment if graded else Segment.NO_PURCHASE,
        "abc": graded.abc if graded else "C",
        "usual_gap_days": usual,
        "late_after_days": late_after,
        "late_on": days[-1] + timedelta(days=late_after + 1) if days else None,
    }


_COLUMNS = ("customer", *(f.name for f in _COMPUTED))


def _upsert_sql() -> str:
    """INSERT … ON CONFLICT DO UPDATE of the computed columns (SQLite ≥ 3.24 and
    PostgreSQL spell it alike); peewee builds it once, not once per row, which for
    100,000 customers is ten times faster."""
    fields = CustomerInsight._meta.fields
    names = [fields[c].column_name for c in _COLUMNS]
    quoted = ", ".join(f'"{n}"' for n in names)
    marks = ", ".join([database.param] * len(names))
    updates = ", ".join(f'"{n}" = excluded."{n}"' for n in names[1:])
    table = CustomerInsight._meta.table_name
    return (
        f'INSERT INTO "{table}" ({quoted}) VALUES ({marks}) '
        f'ON CONFLICT ("{names[0]}") DO UPDATE SET {updates}'
    )


def _plain(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    return value.value if isinstance(value, Segment) else value


def _write(rows: list[dict[str, Any]]) -> None:
    database.cursor().executemany(
        _upsert_sql(), [tuple(_plain(row[c]) for c in _COLUMNS) for row in rows]
    )


def recompute_all(today: date, progress: Progress | None = None) -> Recomputed:
    """Grade every customer over the period ending `today` and work out her rhythm;
    the shop's manual grades stay. Runs in about a second per 30,000 customers."""
    report = progress or (lambda done, of: None)
    rhythm = Rhythm.from_settings()
    start = period_start(today, int(settings.get("rfm_months")))
    ids: Any = Customer.select(Customer.id).tuples()
    customer_ids = [cid for (cid,) in ids]
    total = len(customer_ids) + 2
    report(0, total)
    purchases = {p.customer_id: p for p in _purchases(start, today)}
    graded = grade(list(purchases.values()))
    report(1, total)
    days = _visit_days()
    report(2, total)
    with database.atomic():
        for at in range(0, len(customer_ids), WRITE_CHUNK):
            chunk = customer_ids[at : at + WRITE_CHUNK]
            _write(
                [
                    _row(cid, today, start, purchases.get(cid), graded.get(cid),
                         days.get(cid, []), rhythm)
                    for cid in chunk
                ]
            )  # fmt: skip
            report(2 + at + len(chunk), total)
        settings.set_value("insight_computed_on", today.isoformat())
    return Recomputed(len(customer_ids), len(graded), start, today)


def needs_recompute(today: date) -> bool:
    """True once a day: the grading is redone on the first start of each day."""
    return str(settings.get("insight_computed_on")) < today.isoformat()


def refresh_customer(customer_id: int, today: date) -> None:
    """Bring one customer's rhythm and period facts up to date after a visit was
    recorded or voided; her grade is compared with the others at the next grading."""
    rhythm = Rhythm.from_settings()
    start = period_start(today, int(settings.get("rfm_months")))
    days = _visit_days([customer_id]).get(customer_id, [])
    in_period: Any = (
        Visit.select(fn.COUNT(Visit.id), fn.COALESCE(fn.SUM(Visit.amount_fen), 0))
        .where(
            (Visit.customer == customer_id)
            & Visit.voided_at.is_null()
            & (Visit.visited_on >= start)
            & (Visit.visited_on <= today)
        )
        .tuples()
        .get()
    )
    count, spent = int(in_period[0]), int(in_period[1])
    last_in_period = [d for d in days if start <= d <= today]
    purchase = (
        Purchase(customer_id, (today - last_in_period[-1]).days, count, spent) if count else None
    )
    row = _row(customer_id, today, start, purchase, None, days, rhythm)
    old = CustomerInsight.get_or_none(CustomerInsight.customer == customer_id)
    if old is not None:  # keep her grade and scores until the next grading
        for key in ("r_score", "f_score", "m_score", "segment", "abc"):
            row[key] = getattr(old, key)
        row["computed_on"] = old.computed_on
    _write([row])


# ---------------------------------------------------------------- the shop's own grade


def effective_segment() -> Any:
    """SQL: the grade in force, the shop's own when set."""
    return fn.COALESCE(CustomerInsight.manual_segment, CustomerInsight.segment)


def set_manual_segment(
    customer_id: int, segment: Segment | None, operator: str, now: datetime
) -> None:
    """Keep a grade of the shop's own for her (None: back to the computed one)."""
    with database.atomic():
        old = CustomerInsight.get_or_none(CustomerInsight.customer == customer_id)
        if old is None:
            refresh_customer(customer_id, now.date())
            old = CustomerInsight.get(CustomerInsight.customer == customer_id)
        before = old.manual_segment
        if before == segment:
            return
        CustomerInsight.update(manual_segment=segment).where(
            CustomerInsight.customer == customer_id
        ).execute()
        ChangeLog.create(
            customer=customer_id,
            action=ChangeAction.UPDATE,
            field="segment",
            old_value=before.value if before else "",
            new_value=segment.value if segment else "",
            operator=operator,
            changed_at=now,
        )


# ---------------------------------------------------------------- lists


@dataclass(frozen=True)
class LateCustomer:
    customer_id: int
    member_no: str
    name: str
    mobile: str | None
    last_visit: date
    usual_gap_days: int | None  # None: too few visits, the shop's default applies
    late_after_days: int
    late_on: date
    days_since: int
    days_late: int
    monetary_fen: int  # spent in the grading period
    visit_count: int
    segment: Segment


def _late_query(today: date) -> Any:
    return (
        CustomerInsight.select(
            Customer.id,
            Customer.member_no,
            Customer.name,
            Customer.mobile,
            Customer.last_visit,
            CustomerInsight.usual_gap_days,
            CustomerInsight.late_after_days,
            CustomerInsight.late_on,
            CustomerInsight.monetary_fen,
            Customer.visit_count,
            effective_segment(),
        )
        .join(Customer, on=CustomerInsight.customer == Customer.id)
        .where(
            CustomerInsight.late_on.is_null(False)
            & (CustomerInsight.late_on <= today)
            & ~Customer.archived
            & ~Customer.erased
        )
    )


def _late(rows: Iterable[tuple[Any, ...]], today: date) -> list[LateCustomer]:
    result = []
    for cid, no, name, mobile, last, usual, after, late_on, spent, visits, seg in rows:
        last_day, late_day = _as_date(last), _as_date(late_on)
        result.append(
            LateCustomer(
                cid, no, name, mobile, last_day, usual, after, late_day,
                (today - last_day).days, (today - late_day).days, spent, visits, Segment(seg),
            )
        )  # fmt: skip
    return result


def _by_value(query: Any) -> Any:
    return query.order_by(CustomerInsight.monetary_fen.desc(), CustomerInsight.late_on, Customer.id)


def waking(today: date, until: date | None = None, limit: int | None = None) -> list[LateCustomer]:
    """The customers to wake: late for at most `dormant_wake_days` (or becoming late by
    `until`), the most valuable first."""
    wake_days = int(settings.get("dormant_wake_days"))
    query = _late_query(until or today).where(
        CustomerInsight.late_on >= today - timedelta(days=wake_days)
    )
    query = _by_value(query)
    if limit is not None:
        query = query.limit(limit)
    return _late(query.tuples(), today)


def waking_count(today: date, until: date | None = None) -> int:
    wake_days = int(settings.get("dormant_wake_days"))
    query = _late_query(until or today).where(
        CustomerInsight.late_on >= today - timedelta(days=wake_days)
    )
    return int(query.count())


@dataclass(frozen=True)
class DormantFilter:
    """The dormant list's choices: at least / at most this many days late, grades."""

    min_days_late: int = 0
    max_days_late: int | None = None
    segments: frozenset[Segment] = frozenset()
    important_only: bool = False


def dormant(today: date, choice: DormantFilter = DormantFilter()) -> list[LateCustomer]:
    """Every customer late past her rhythm, the most valuable first, then the longest late."""
    query = _late_query(today).where(
        CustomerInsight.late_on <= today - timedelta(days=choice.min_days_late)
    )
    if choice.max_days_late is not None:
        query = query.where(CustomerInsight.late_on >= today - timedelta(days=choice.max_days_late))
    wanted = set(choice.segments)
    if choice.important_only:
        wanted |= IMPORTANT
    if wanted:
        query = query.where(effective_segment().in_([s.value for s in wanted]))
    return _late(_by_value(query).tuples(), today)


@dataclass(frozen=True)
class CardInsight:
    """What her card says of her grade and rhythm."""

    segment: Segment  # in force
    manual: bool
    abc: str
    usual_gap_days: int | None
    late_after_days: int
    late_on: date | None
    computed_on: date


def card_insight(customer_id: int) -> CardInsight | None:
    """Her grade and rhythm (None until she is graded)."""
    row = CustomerInsight.get_or_none(CustomerInsight.customer == customer_id)
    if row is None:
        return None
    return CardInsight(
        row.manual_segment or row.segment,
        row.manual_segment is not None,
        row.abc,
        row.usual_gap_days,
        row.late_after_days,
        row.late_on,
        row.computed_on,
    )


def ungraded_customers() -> int:
    return int(
        Customer.select()
        .join(CustomerInsight, JOIN.LEFT_OUTER, on=CustomerInsight.customer == Customer.id)
        .where(CustomerInsight.customer.is_null())
        .count()
    )
