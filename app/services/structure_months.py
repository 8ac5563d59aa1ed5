"""New and returning customers (新客与回头客) month by month, for the customer structure.

New customer: her first visit ever falls in the month (in the month's part inside the
period) — her first recorded visit not voided, unless her card says she came earlier
(the first visit written on it, for a customer brought over from paper). Returning: she
came in the month and had come before. The period's row counts each customer once:
new when she was new in one of its months, so its new customers are the months' sum
and its returning ones the others.

The months are told apart in SQL by a CASE over their first days (no date function:
the same SQL on SQLite and PostgreSQL): 12 months of the 100,000-customer bench take
about a second.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from peewee import SQL, Case, fn

from app.models import Customer, Visit
from app.services.structure import (
    Period,
    checked,
    counted_visits,
    fetch_rows,
    percent,
    period_totals,
)


@dataclass(frozen=True)
class MonthCustomers:
    period: Period  # the part of the month inside the analysed period
    customers: int
    new: int
    visits: int
    revenue_fen: int

    @property
    def month(self) -> date:
        return self.period.start.replace(day=1)

    @property
    def returning(self) -> int:
        return self.customers - self.new

    @property
    def new_share(self) -> Decimal | None:
        """New customers of all the customers, percent."""
        return percent(self.new, self.customers) if self.customers else None


@dataclass(frozen=True)
class NewAndReturning:
    period: Period
    months: tuple[MonthCustomers, ...]
    customers: int  # each customer of the period once
    new: int  # the months' new customers
    visits: int
    revenue_fen: int

    @property
    def returning(self) -> int:
        return self.customers - self.new

    @property
    def new_share(self) -> Decimal | None:
        """New customers of all the customers, percent."""
        return percent(self.new, self.customers) if self.customers else None


# -- counting --------------------------------------------------------------
def _month_of(day: Any, firsts: Sequence[date]) -> Any:
    """The index of the month `day` falls in, as a CASE halving the months (a long period's
    hundred months take seven comparisons a visit); `firsts` are the 2nd… months' first
    days."""
    bounds = [d.isoformat() for d in firsts]

    def part(low: int, high: int) -> Any:
        if low == high:
            return SQL(str(low))
        middle = (low + high + 1) // 2
        return Case(None, [(day < bounds[middle - 1], part(low, middle - 1))], part(middle, high))

    return part(0, len(bounds))


def new_and_returning(period: Period, today: date) -> NewAndReturning:
    """Per month of the period: her customers, the new ones among them, visits, revenue."""
    period = checked(period, today)
    months = period.months()
    where, day = counted_visits(period)
    visits = (
        Visit.select(
            Visit.customer.alias("cid"),
            _month_of(day, [m.start for m in months[1:]]).alias("m"),
            Visit.amount_fen.alias("amount"),
        )
        .where(where)
        .alias("v")
    )
    # Grouped by the inner query's name, never by an expression with parameters, which
    # PostgreSQL would not match with the selected one.
    per_month = visits.select_from(
        visits.c.m,
        fn.COUNT(visits.c.cid.distinct()),
        fn.COUNT(SQL("*")),
        fn.SUM(visits.c.amount),
    ).group_by(visits.c.m)
    counts = {int(m): (c, int(n or 0), int(a or 0)) for m, c, n, a in fetch_rows(per_month)}
    new = _new_per_month(period, months)
    rows = []
    for index, part in enumerate(months):
        customers, count, amount = counts.get(index, (0, 0, 0))
        rows.append(MonthCustomers(part, customers, new[index], count, amount))
    total = period_totals(period)
    return NewAndReturning(
        period, tuple(rows), total.customers, sum(new), total.visits, total.revenue_fen
    )


def _new_per_month(period: Period, months: Sequence[Period]) -> list[int]:
    """The customers whose first visit ever falls in each month's part of the period: her
    first recorded visit (when it is in the period), unless her card says she came before."""
    first = fn.MIN(Visit.visited_on)
    firsts = (
        Visit.select(Visit.customer.alias("cid"), first.alias("first"))
        .where(Visit.voided_at.is_null() & (Visit.visited_on <= period.end))
        .group_by(Visit.customer)
        .having(first >= period.start)
        .alias("f")
    )
    # Counted per pair of days: the card's first visit is mostly her first recorded one, so
    # a year's new customers come back as a few hundred rows.
    query = (
        Customer.select(firsts.c.first, Customer.first_visit, fn.COUNT(SQL("*")))
        .join(firsts, on=(firsts.c.cid == Customer.id))
        .group_by(firsts.c.first, Customer.first_visit)
    )
    starts = [m.start for m in months]
    new = [0] * len(months)
    for recorded, on_card, count in fetch_rows(query):
        day = recorded if isinstance(recorded, date) else date.fromisoformat(recorded)
        month = bisect_right(starts, day) - 1
        if on_card is None or on_card >= starts[month]:
            new[month] += count
    return new
