"""What the evaluation form looks at, read for a whole selection of customers at once:
what she spent and how often she came in the period, the days since her last visit,
her years as a customer, the customers she brought, her complaints and her
satisfaction at the follow-ups — and whom to evaluate (the biggest spenders).

Five grouped queries a chunk of customers (visits, customers, referrals, complaints,
follow-ups), never one customer at a time: the quarterly evaluation of 1,000
customers takes a moment. Only what happened up to `today` counts, and a voided visit
never counts.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import ROUND_FLOOR, ROUND_HALF_UP, Decimal
from typing import Any

from peewee import Case, fn

from app.models import Complaint, Customer, CustomerInsight, FollowUp, Grade, Segment, Visit
from app.services.evaluation_scheme import Scheme, scheme

CHUNK = 500  # customers per query: well under SQLite's 999 parameters


@dataclass(frozen=True)
class Facts:
    """One customer's facts over [period_from, today]."""

    customer_id: int
    period_from: date
    spend_fen: int  # paid in the period
    visits: int  # visits in the period
    days_since_visit: int | None  # since her last visit ever (up to today); None: never came
    years: float  # as a customer, one decimal
    referrals: int  # customers who name her as their referrer
    complaints: int  # received in the period
    satisfaction: float | None  # average 1–5 at her follow-ups in the period, two decimals
    satisfaction_count: int


@dataclass(frozen=True)
class Person:
    member_no: str
    name: str
    erased: bool


def period_start(today: date, months: int) -> date:
    """The same day `months` months before `today` (the month's last day when shorter);
    the period is [period_start, today], as the RFM grading counts it."""
    index = today.year * 12 + today.month - 1 - months
    year, month = divmod(index, 12)
    for day in (today.day, 30, 29, 28):
        try:
            return date(year, month + 1, day)
        except ValueError:
            continue
    raise AssertionError("unreachable")


def round_half_up(value: Decimal | float | int, places: int) -> float:
    """Rounded as on paper (84.95 → 85.0), not to the nearest even digit."""
    exact = value if isinstance(value, Decimal) else Decimal(str(value))
    return float(exact.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP))


def years_between(start: date, end: date) -> float:
    """Whole years by anniversaries plus the part of the next, cut to one decimal (3.0
    only from the third anniversary on)."""
    if end <= start:
        return 0.0
    years = end.year - start.year - ((end.month, end.day) < (start.month, start.day))

    def anniversary(n: int) -> date:
        try:
            return start.replace(year=start.year + n)
        except ValueError:  # 29 February in a common year
            return start.replace(year=start.year + n, day=28)

    last, following = anniversary(years), anniversary(years + 1)
    part = Decimal((end - last).days) / Decimal((following - last).days)
    return float((years + part).quantize(Decimal("0.1"), rounding=ROUND_FLOOR))


def chunks(ids: Sequence[int]) -> Iterator[list[int]]:
    for start in range(0, len(ids), CHUNK):
        yield list(ids[start : start + CHUNK])


def unique(ids: Iterable[int]) -> list[int]:
    """The ids once each, in their first order."""
    return list(dict.fromkeys(int(i) for i in ids))


def as_date(value: Any) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def _tuples(query: Any) -> list[tuple[Any, ...]]:
    return list(query.tuples())


def _visits(chunk: list[int], start: date, today: date) -> dict[int, tuple[Any, ...]]:
    """customer → (spent in the period, visits in the period, last visit, first visit)."""
    in_period = Visit.visited_on >= start
    query = (
        Visit.select(
            Visit.customer,
            fn.SUM(Case(None, [(in_period, Visit.amount_fen)], 0)),
            fn.SUM(Case(None, [(in_period, 1)], 0)),
            fn.MAX(Visit.visited_on),
            fn.MIN(Visit.visited_on),
        )
        .where(Visit.customer.in_(chunk), Visit.voided_at.is_null(), Visit.visited_on <= today)
        .group_by(Visit.customer)
    )
    return {
        cid: (int(spent or 0), int(count or 0), as_date(last), as_date(first))
        for cid, spent, count, last, first in _tuples(query)
    }


def _counts(query: Any) -> dict[int, int]:
    return {key: int(count) for key, count in _tuples(query)}


def gather(
    customer_ids: Sequence[int], today: date, rules: Scheme
) -> tuple[dict[int, Facts], dict[int, Person]]:
    """The facts of these customers (those that exist), and who each one is."""
    start = period_start(today, rules.period_months)
    first_moment = datetime.combine(start, time.min)
    after = datetime.combine(today + timedelta(days=1), time.min)
    facts: dict[int, Facts] = {}
    people: dict[int, Person] = {}
    for chunk in chunks(unique(customer_ids)):
        visits = _visits(chunk, start, today)
        referred = _counts(
            Customer.select(Customer.referrer, fn.COUNT(Customer.id))
            .where(Customer.referrer.in_(chunk), Customer.created_at < after)
            .group_by(Customer.referrer)
        )
        complained = _counts(
            Complaint.select(Complaint.customer, fn.COUNT(Complaint.id))
            .where(
                Complaint.customer.in_(chunk),
                Complaint.received_at >= first_moment,
                Complaint.received_at < after,
            )
            .group_by(Complaint.customer)
        )
        satisfied = {
            cid: (int(total), int(count))
            for cid, total, count in _tuples(
                FollowUp.select(
                    FollowUp.customer,
                    fn.SUM(FollowUp.satisfaction),
                    fn.COUNT(FollowUp.satisfaction),
                )
                .where(
                    FollowUp.customer.in_(chunk),
                    FollowUp.satisfaction.is_null(False),
                    FollowUp.done_on >= start,
                    FollowUp.done_on <= today,
                )
                .group_by(FollowUp.customer)
            )
        }
        cards = Customer.select(
            Customer.id, Customer.member_no, Customer.name, Customer.erased,
            Customer.first_visit, Customer.created_at,
        ).where(Customer.id.in_(chunk))  # fmt: skip
        for cid, member_no, name, erased, first_visit, created_at in _tuples(cards):
            people[cid] = Person(member_no, name, bool(erased))
            spent, count, last, first = visits.get(cid, (0, 0, None, None))
            # She has been a customer since the earliest of the card's first visit, her
            # first visit recorded and the day the card was made (cards brought over from
            # paper are made late, but carry the first visit).
            known = [d for d in (as_date(first_visit), first, as_date(created_at)) if d]
            since = min(known) if known else None
            total, answers = satisfied.get(cid, (0, 0))
            facts[cid] = Facts(
                customer_id=cid,
                period_from=start,
                spend_fen=spent,
                visits=count,
                days_since_visit=(today - last).days if last is not None else None,
                years=years_between(since, today) if since is not None else 0.0,
                referrals=referred.get(cid, 0),
                complaints=complained.get(cid, 0),
                satisfaction=round_half_up(Decimal(total) / answers, 2) if answers else None,
                satisfaction_count=answers,
            )
    return facts, people


def facts_of(
    customer_ids: Sequence[int], today: date, rules: Scheme | None = None
) -> dict[int, Facts]:
    """Each existing customer's facts over the scheme's period up to `today`, by id."""
    return gather(customer_ids, today, rules or scheme())[0]


def candidates(
    today: date,
    limit: int | None = None,
    grade: Grade | None = None,
    segment: Segment | None = None,
    rules: Scheme | None = None,
) -> list[tuple[int, int]]:
    """(customer id, spent in the period in fen) of the customers to evaluate, the
    biggest spenders first: with `limit`, the top that many who spent anything in the
    period; without, every current customer. Either way only those of the grade
    (客户等级) and the RFM grade asked for (the shop's own RFM grade winning over the
    computed one). Archived and erased cards are left out."""
    rules = rules or scheme()
    start = period_start(today, rules.period_months)
    query = Customer.select(Customer.id).where(~Customer.archived, ~Customer.erased)
    if grade is not None:
        query = query.where(Customer.grade == grade)
    if segment is not None:
        chosen = fn.COALESCE(CustomerInsight.manual_segment, CustomerInsight.segment)
        in_segment = CustomerInsight.select(CustomerInsight.customer).where(chosen == segment.value)
        query = query.where(Customer.id.in_(in_segment))
    spent = _counts(
        Visit.select(Visit.customer, fn.SUM(Visit.amount_fen))
        .where(Visit.voided_at.is_null(), Visit.visited_on >= start, Visit.visited_on <= today)
        .group_by(Visit.customer)
    )
    found = [(cid, spent.get(cid, 0)) for (cid,) in _tuples(query)]
    if limit is not None:
        found = [f for f in found if f[1] > 0]
    found.sort(key=lambda f: (-f[1], f[0]))
    return found[:limit] if limit is not None else found


__all__ = [
    "Facts",
    "Person",
    "as_date",
    "candidates",
    "chunks",
    "facts_of",
    "gather",
    "period_start",
    "round_half_up",
    "unique",
    "years_between",
]
