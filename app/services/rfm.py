"""RFM grading (客户分级): recency, frequency and money of each customer who bought in
the period, each compared with the shop's average, give the eight classic classes
(重要价值 … 一般挽留); quintile scores 1–5 are kept beside, and the ABC class by share
of revenue. Pure functions over the facts; `insight` reads and stores them."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from app.models import Segment

A_SHARE, B_SHARE = 0.80, 0.95  # cumulative revenue shares that end the A and B classes

# (recency high, frequency high, money high) → the grade.
_SEGMENTS: dict[tuple[bool, bool, bool], Segment] = {
    (True, True, True): Segment.IMPORTANT_VALUE,
    (True, False, True): Segment.IMPORTANT_GROW,
    (False, True, True): Segment.IMPORTANT_KEEP,
    (False, False, True): Segment.IMPORTANT_WIN_BACK,
    (True, True, False): Segment.GENERAL_VALUE,
    (True, False, False): Segment.GENERAL_GROW,
    (False, True, False): Segment.GENERAL_KEEP,
    (False, False, False): Segment.GENERAL_WIN_BACK,
}
IMPORTANT = frozenset(s for key, s in _SEGMENTS.items() if key[2])
# For exports: the grade's words in Chinese and English.
SEGMENT_WORDS: dict[Segment, tuple[str, str]] = {
    Segment.IMPORTANT_VALUE: ("重要价值客户", "important value"),
    Segment.IMPORTANT_GROW: ("重要发展客户", "important to develop"),
    Segment.IMPORTANT_KEEP: ("重要保持客户", "important to keep"),
    Segment.IMPORTANT_WIN_BACK: ("重要挽留客户", "important to win back"),
    Segment.GENERAL_VALUE: ("一般价值客户", "general value"),
    Segment.GENERAL_GROW: ("一般发展客户", "general to develop"),
    Segment.GENERAL_KEEP: ("一般保持客户", "general to keep"),
    Segment.GENERAL_WIN_BACK: ("一般挽留客户", "general to win back"),
    Segment.NO_PURCHASE: ("无消费", "no purchase"),
}


@dataclass(frozen=True)
class Purchase:
    """One customer's facts in the period."""

    customer_id: int
    recency_days: int
    frequency: int
    monetary_fen: int


@dataclass(frozen=True)
class Grade:
    r: int
    f: int
    m: int
    segment: Segment
    abc: str


def _scores(values: list[int], higher_is_better: bool) -> Callable[[int], int]:
    """Quintile scores 1–5 by rank; equal values share a score."""
    ordered = sorted(values)
    n = len(ordered)

    def score(value: int) -> int:
        worse = (
            bisect_left(ordered, value) if higher_is_better else n - bisect_right(ordered, value)
        )
        return 1 + min(4, worse * 5 // n)

    return score


def grade(purchases: Sequence[Purchase]) -> dict[int, Grade]:
    """The grade of every customer who bought in the period: each of recency (fewer
    days is better), frequency and money is 'high' when at least as good as the
    average of all who bought."""
    if not purchases:
        return {}
    n = len(purchases)
    mean_r = sum(p.recency_days for p in purchases) / n
    mean_f = sum(p.frequency for p in purchases) / n
    mean_m = sum(p.monetary_fen for p in purchases) / n
    r_score = _scores([p.recency_days for p in purchases], higher_is_better=False)
    f_score = _scores([p.frequency for p in purchases], higher_is_better=True)
    m_score = _scores([p.monetary_fen for p in purchases], higher_is_better=True)
    abc = abc_classes({p.customer_id: p.monetary_fen for p in purchases})
    return {
        p.customer_id: Grade(
            r_score(p.recency_days),
            f_score(p.frequency),
            m_score(p.monetary_fen),
            _SEGMENTS[(p.recency_days <= mean_r, p.frequency >= mean_f, p.monetary_fen >= mean_m)],
            abc[p.customer_id],
        )
        for p in purchases
    }


def abc_classes(spent: dict[int, int]) -> dict[int, str]:
    """A for the customers who bring the first 80 % of the revenue, biggest first; B
    for the next 15 %; C for the rest and for those who spent nothing."""
    total = sum(v for v in spent.values() if v > 0)
    result: dict[int, str] = {}
    running = 0
    for customer_id, value in sorted(spent.items(), key=lambda kv: (-kv[1], kv[0])):
        if value <= 0 or total == 0:
            result[customer_id] = "C"
            continue
        before = running / total
        result[customer_id] = "A" if before < A_SHARE else "B" if before < B_SHARE else "C"
        running += value
    return result
