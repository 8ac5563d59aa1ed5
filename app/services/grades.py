"""The grading's views (客户分级): the graded customers, customers and revenue per grade,
and the 80/20 view of the revenue — over the period of the last grading."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from peewee import fn

from app.models import Customer, CustomerInsight, Segment
from app.services import settings
from app.services.insight import effective_segment
from app.services.rfm import A_SHARE

TOP_SHARE = 0.20  # "the top 20 %" of the 80/20 view


@dataclass(frozen=True)
class GradedCustomer:
    customer_id: int
    member_no: str
    name: str
    segment: Segment  # in force
    computed: Segment
    manual: bool
    abc: str
    recency_days: int | None
    frequency: int
    monetary_fen: int
    r: int
    f: int
    m: int


def graded(segments: Iterable[Segment] = ()) -> list[GradedCustomer]:
    """Every graded customer (not archived or erased), the biggest spenders first."""
    query: Any = (
        CustomerInsight.select(
            Customer.id, Customer.member_no, Customer.name, effective_segment(),
            CustomerInsight.segment, CustomerInsight.manual_segment, CustomerInsight.abc,
            CustomerInsight.recency_days, CustomerInsight.frequency,
            CustomerInsight.monetary_fen, CustomerInsight.r_score, CustomerInsight.f_score,
            CustomerInsight.m_score,
        )
        .join(Customer, on=CustomerInsight.customer == Customer.id)
        .where(~Customer.archived & ~Customer.erased)
        .order_by(CustomerInsight.monetary_fen.desc(), Customer.id)
    )  # fmt: skip
    wanted = [s.value for s in segments]
    if wanted:
        query = query.where(effective_segment().in_(wanted))
    return [
        GradedCustomer(
            cid, no, name, Segment(seg), Segment(computed), manual is not None, abc,
            recency, freq, spent, r, f, m,
        )
        for cid, no, name, seg, computed, manual, abc, recency, freq, spent, r, f, m
        in query.tuples()
    ]  # fmt: skip


@dataclass(frozen=True)
class SegmentTotal:
    segment: Segment
    customers: int
    revenue_fen: int


def segment_totals() -> list[SegmentTotal]:
    """Customers and revenue (in the grading's period) per grade in force, in the
    grades' order; grades without customers are listed with zeros."""
    seg = effective_segment()
    query: Any = (
        CustomerInsight.select(
            seg,
            fn.COUNT(CustomerInsight.customer),
            fn.COALESCE(fn.SUM(CustomerInsight.monetary_fen), 0),
        )
        .join(Customer, on=CustomerInsight.customer == Customer.id)
        .where(~Customer.archived & ~Customer.erased)
        .group_by(seg)
        .tuples()
    )
    rows = {s: (int(n), int(v)) for s, n, v in query}
    return [SegmentTotal(s, *rows.get(s.value, (0, 0))) for s in Segment]


@dataclass(frozen=True)
class Pareto:
    """The 80/20 view over the grading's period."""

    buyers: int
    revenue_fen: int
    top_count: int  # the top 20 % of the buyers
    top_revenue_fen: int
    customers_for_80: int  # how few customers bring 80 % of the revenue
    curve: tuple[tuple[float, float], ...]  # (share of buyers, share of revenue), 0–1

    @property
    def top_share(self) -> float:
        return self.top_revenue_fen / self.revenue_fen if self.revenue_fen else 0.0


def pareto(points: int = 100) -> Pareto:
    query: Any = (
        CustomerInsight.select(CustomerInsight.monetary_fen)
        .join(Customer, on=CustomerInsight.customer == Customer.id)
        .where((CustomerInsight.monetary_fen > 0) & ~Customer.archived & ~Customer.erased)
        .order_by(CustomerInsight.monetary_fen.desc())
        .tuples()
    )
    spent = [int(v) for (v,) in query]
    total, n = sum(spent), len(spent)
    if not n:
        return Pareto(0, 0, 0, 0, 0, ((0.0, 0.0), (1.0, 1.0)))
    top = max(1, round(n * TOP_SHARE))
    running, cumulative = 0, []
    for value in spent:
        running += value
        cumulative.append(running)
    for_80 = bisect_left(cumulative, total * A_SHARE) + 1
    curve = [(0.0, 0.0)] + [
        (i / points, cumulative[max(0, round(n * i / points) - 1)] / total)
        for i in range(1, points + 1)
    ]
    return Pareto(n, total, top, cumulative[top - 1], min(for_80, n), tuple(curve))


def computed_on() -> date | None:
    text = str(settings.get("insight_computed_on"))
    return date.fromisoformat(text) if text else None
