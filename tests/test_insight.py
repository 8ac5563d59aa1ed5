"""Customer insight with fixed visits and an injected today: each customer's own rhythm
decides when she is late, the RFM classes at their boundaries, ABC by share of revenue,
the shop's own grade surviving a recomputation, and the 80/20 view."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from app.models import CustomerInsight, Segment
from app.services import customers, grades, insight, settings, visits
from app.services.dto import CustomerData, VisitData, VisitItemData
from app.services.insight import DormantFilter, Rhythm, period_start
from app.services.rfm import Purchase, abc_classes, grade

TODAY = date(2026, 11, 23)
NOW = datetime(2026, 11, 23, 10, 0)


def a_customer(name: str) -> int:
    return customers.create_customer(CustomerData(name=name), "x", NOW)


def visit(customer_id: int, day: date, fen: int = 10_000) -> int:
    data = VisitData(day, (VisitItemData("面部护理", price_fen=fen),))
    return visits.add_visit(customer_id, data, "x", datetime.combine(day, datetime.min.time()))


def visits_every(customer_id: int, gap: int, last: date, count: int, fen: int = 10_000) -> None:
    for i in reversed(range(count)):
        visit(customer_id, last - timedelta(days=gap * i), fen)


def test_her_own_rhythm_decides_when_she_is_late(db):
    weekly = a_customer("每周来")  # every 20 days: late after 2 × 20 = 40 days
    monthly = a_customer("每两月")  # every 60 days: late after 120 days
    rare = a_customer("来过两次")  # too few visits: the shop's default 90 days
    visits_every(weekly, 20, TODAY - timedelta(days=45), 5)
    visits_every(monthly, 60, TODAY - timedelta(days=45), 5)
    visits_every(rare, 30, TODAY - timedelta(days=100), 2)
    insight.recompute_all(TODAY)
    late = {c.name: c for c in insight.dormant(TODAY)}
    assert set(late) == {"每周来", "来过两次"}
    assert late["每周来"].usual_gap_days == 20 and late["每周来"].late_after_days == 40
    assert late["每周来"].days_since == 45 and late["每周来"].days_late == 4
    assert late["来过两次"].usual_gap_days is None and late["来过两次"].late_after_days == 90
    row = insight.card_insight(monthly)
    assert row is not None and row.usual_gap_days == 60 and row.late_after_days == 120
    assert row.late_on == TODAY - timedelta(days=45) + timedelta(days=121)


def test_the_minimum_and_the_factor_are_the_shops(db):
    rhythm = Rhythm(factor_pct=150, min_days=30, default_days=60, min_visits=3)
    assert rhythm.late_after(10) == 30  # 15 days, but never sooner than 30
    assert rhythm.late_after(30) == 45
    assert rhythm.late_after(None) == 60
    d = [date(2026, 1, 1), date(2026, 1, 11), date(2026, 2, 10)]
    assert rhythm.usual_gap(d) == 20  # median of 10 and 30
    assert rhythm.usual_gap(d[:2]) is None
    settings.set_value("dormant_factor_pct", 300)
    settings.set_value("dormant_min_days", 10)
    assert Rhythm.from_settings().late_after(7) == 21


def test_a_new_visit_moves_her_late_day_at_once(db):
    cid = a_customer("回来了")
    visits_every(cid, 20, TODAY - timedelta(days=60), 4)
    insight.recompute_all(TODAY)
    assert [c.customer_id for c in insight.dormant(TODAY)] == [cid]
    visit(cid, TODAY)
    assert insight.dormant(TODAY) == []
    assert insight.card_insight(cid).late_on == TODAY + timedelta(days=41)  # type: ignore[union-attr]


def test_waking_lists_the_recently_late_most_valuable_first(db):
    big, small, long_gone = a_customer("大客户"), a_customer("小客户"), a_customer("早就不来")
    visits_every(big, 20, TODAY - timedelta(days=50), 4, fen=90_000)
    visits_every(small, 20, TODAY - timedelta(days=45), 4, fen=5_000)
    visits_every(long_gone, 20, TODAY - timedelta(days=200), 4)
    insight.recompute_all(TODAY)
    assert [c.name for c in insight.waking(TODAY)] == ["大客户", "小客户"]
    assert insight.waking_count(TODAY) == 2
    # Within the week ahead: one more becomes late.
    soon = a_customer("下周到期")
    visits_every(soon, 20, TODAY - timedelta(days=38), 4)
    insight.recompute_all(TODAY)
    assert insight.waking_count(TODAY) == 2
    assert insight.waking_count(TODAY, until=TODAY + timedelta(days=6)) == 3
    assert len(insight.dormant(TODAY)) == 3
    assert [c.name for c in insight.dormant(TODAY, DormantFilter(min_days_late=60))] == ["早就不来"]


def purchases(*rows: tuple[int, int, int]) -> list[Purchase]:
    return [Purchase(i, r, f, m) for i, (r, f, m) in enumerate(rows, start=1)]


def test_rfm_classes_at_the_average():
    # Averages: recency 20 days, frequency 4, money 400.
    result = grade(purchases((10, 6, 600), (30, 2, 200), (20, 4, 400), (20, 4, 399)))
    assert result[1].segment is Segment.IMPORTANT_VALUE
    assert result[2].segment is Segment.GENERAL_WIN_BACK
    assert result[3].segment is Segment.IMPORTANT_VALUE  # exactly average counts as high
    assert result[4].segment is Segment.GENERAL_VALUE  # a fen below the average money
    mixed = grade(purchases((5, 1, 900), (50, 9, 900), (50, 1, 900), (5, 9, 10), (5, 1, 10)))
    assert [mixed[i].segment for i in range(1, 6)] == [
        Segment.IMPORTANT_GROW,
        Segment.IMPORTANT_KEEP,
        Segment.IMPORTANT_WIN_BACK,
        Segment.GENERAL_VALUE,
        Segment.GENERAL_GROW,
    ]


def test_quintile_scores_share_ties_and_span_one_to_five():
    result = grade(purchases(*[(d, d, d * 100) for d in range(1, 11)]))
    assert [result[i].m for i in range(1, 11)] == [1, 1, 2, 2, 3, 3, 4, 4, 5, 5]
    assert [result[i].r for i in range(1, 11)] == [5, 5, 4, 4, 3, 3, 2, 2, 1, 1]
    tied = grade(purchases((5, 2, 100), (5, 2, 100), (5, 2, 100)))
    assert {(g.r, g.f, g.m) for g in tied.values()} == {(1, 1, 1)}


def test_abc_by_share_of_revenue():
    classes = abc_classes({1: 7000, 2: 1000, 3: 1000, 4: 600, 5: 400, 6: 0})
    # Before each: 0 %, 70 %, 80 %, 90 %, 96 %.
    assert classes == {1: "A", 2: "A", 3: "B", 4: "B", 5: "C", 6: "C"}
    assert abc_classes({}) == {}


def test_recomputation_keeps_the_shops_own_grade(db):
    a, b = a_customer("甲"), a_customer("乙")
    visits_every(a, 10, TODAY - timedelta(days=2), 6, fen=50_000)
    visits_every(b, 30, TODAY - timedelta(days=80), 2, fen=5_000)
    nobody = a_customer("没来过")
    insight.recompute_all(TODAY)
    assert insight.card_insight(a).segment is Segment.IMPORTANT_VALUE  # type: ignore[union-attr]
    assert insight.card_insight(nobody).segment is Segment.NO_PURCHASE  # type: ignore[union-attr]
    insight.set_manual_segment(b, Segment.IMPORTANT_KEEP, "店长", NOW)
    insight.recompute_all(TODAY + timedelta(days=1))
    card = insight.card_insight(b)
    assert card is not None and card.manual and card.segment is Segment.IMPORTANT_KEEP
    assert CustomerInsight.get_by_id(b).segment is Segment.GENERAL_WIN_BACK
    totals = {t.segment: t for t in grades.segment_totals()}
    assert totals[Segment.IMPORTANT_KEEP].customers == 1
    assert sum(t.customers for t in totals.values()) == 3
    assert sum(t.revenue_fen for t in totals.values()) == 6 * 50_000 + 2 * 5_000
    insight.set_manual_segment(b, None, "店长", NOW)
    assert insight.card_insight(b).manual is False  # type: ignore[union-attr]
    assert not insight.needs_recompute(TODAY + timedelta(days=1))
    assert insight.needs_recompute(TODAY + timedelta(days=2))


def test_the_grading_period_is_the_shops(db):
    cid = a_customer("去年的客人")
    visit(cid, TODAY - timedelta(days=400), 30_000)
    visit(cid, TODAY - timedelta(days=100), 20_000)
    insight.recompute_all(TODAY)
    row = CustomerInsight.get_by_id(cid)
    assert (row.frequency, row.monetary_fen, row.recency_days) == (1, 20_000, 100)
    settings.set_value("rfm_months", 24)
    insight.recompute_all(TODAY)
    assert CustomerInsight.get_by_id(cid).monetary_fen == 50_000


@pytest.mark.parametrize(
    ("today", "months", "start"),
    [
        (date(2026, 11, 23), 12, date(2025, 11, 23)),
        (date(2026, 3, 31), 1, date(2026, 2, 28)),
        (date(2024, 2, 29), 12, date(2023, 2, 28)),
        (date(2026, 1, 15), 3, date(2025, 10, 15)),
    ],
)
def test_the_period_starts_months_back(today, months, start):
    assert period_start(today, months) == start


def test_eighty_twenty(db):
    for i in range(10):
        cid = a_customer(f"客{i}")
        visit(cid, TODAY - timedelta(days=5), 80_000 if i < 2 else 5_000)
    insight.recompute_all(TODAY)
    view = grades.pareto()
    assert (view.buyers, view.top_count) == (10, 2)
    assert view.revenue_fen == 2 * 80_000 + 8 * 5_000
    assert view.top_share == pytest.approx(160_000 / 200_000)
    assert view.customers_for_80 == 2
    assert view.curve[0] == (0.0, 0.0) and view.curve[-1] == (1.0, 1.0)
    assert grades.pareto().curve == view.curve  # same numbers each time


def test_an_empty_shop_grades_nothing(db):
    result = insight.recompute_all(TODAY)
    assert (result.customers, result.graded) == (0, 0)
    assert insight.dormant(TODAY) == [] and insight.waking(TODAY) == []
    assert grades.pareto().buyers == 0


def test_erasing_her_data_blanks_her_evaluation_note(db):
    from app.models import Evaluation
    from app.services import evaluation, privacy

    cid = a_customer("要删除的")
    visit(cid, TODAY - timedelta(days=3))
    [kept] = evaluation.evaluate([cid], TODAY, "店长", NOW, note="她说住在幸福路 8 号")
    privacy.erase_customer(cid, "店长", NOW)
    row = Evaluation.get_by_id(kept)
    assert row.note == "" and row.total > 0  # the scores stay for the shop's figures
