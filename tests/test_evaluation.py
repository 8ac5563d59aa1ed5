"""The relationship evaluation form (客户关系评估表): the scheme's checks, how each
indicator scores at its edges, the total, grade and recommendation, the facts read in
bulk, the dated snapshot a later scheme change leaves alone, the list, whom to
evaluate, and the Excel export carrying the same numbers."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.models import Customer, CustomerInsight, Evaluation, EvaluationScore, database
from app.models.enums import (
    ComplaintCategory,
    ComplaintChannel,
    FollowUpChannel,
    Grade,
    Recommendation,
    Segment,
    Severity,
)
from app.services import complaints, customers, evaluation, evaluation_exports, settings, visits
from app.services.complaints import ComplaintData
from app.services.dto import CustomerData, FollowUpData, VisitData, VisitItemData
from app.services.evaluation import (
    DEFAULT,
    EvaluationFilter,
    Facts,
    Indicator,
    Scheme,
    Score,
    ValidationError,
)
from app.services.evaluation_facts import period_start, years_between
from app.services.messages import ServiceError

TODAY = date(2026, 11, 22)
NOW = datetime(2026, 11, 22, 10, 30)
I = Indicator  # noqa: E741 - the indicators read as I.SPEND, I.RECENCY, …


def facts(**changes: object) -> Facts:
    base = Facts(
        customer_id=1, period_from=date(2025, 11, 22), spend_fen=0, visits=0,
        days_since_visit=None, years=0.0, referrals=0, complaints=0, satisfaction=None,
        satisfaction_count=0,
    )  # fmt: skip
    return replace(base, **changes)  # type: ignore[arg-type]


def score(indicator: Indicator, **changes: object) -> float:
    return evaluation.score_of(indicator, facts(**changes), DEFAULT).score


def errors_of(scheme: Scheme) -> dict[str, str]:
    return {e.field: e.message.english() for e in evaluation.scheme_errors(scheme)}


def a_customer(name: str, **changes: object) -> int:
    data = CustomerData(name=name, **changes)  # type: ignore[arg-type]
    return customers.create_customer(data, "店长", NOW - timedelta(days=800))


def a_visit(customer_id: int, on: date, fen: int) -> int:
    data = VisitData(on, (VisitItemData("剪发", price_fen=fen),), "小美")
    return visits.add_visit(customer_id, data, "店长", datetime.combine(on, NOW.time()))


def a_follow_up(customer_id: int, on: date, satisfaction: int | None) -> None:
    data = FollowUpData(on, FollowUpChannel.PHONE, "回访", satisfaction)
    visits.add_follow_up(customer_id, data, "店长", datetime.combine(on, NOW.time()))


def a_complaint(customer_id: int, at: datetime) -> int:
    data = ComplaintData(
        customer_id, at, ComplaintChannel.PHONE, ComplaintCategory.SERVICE, Severity.NORMAL,
        "等太久", at + timedelta(days=1),
    )  # fmt: skip
    return complaints.record(data, "店长", at)


# ---------------------------------------------------------------- the scheme


def test_default_scheme_is_sound() -> None:
    """Out of the box the form works: seven indicators whose weights make 100."""
    assert evaluation.scheme_errors(DEFAULT) == []
    assert DEFAULT.in_use() == tuple(Indicator)
    assert DEFAULT.weight_total() == 100


def test_weights_must_add_up_to_exactly_100() -> None:
    """A scheme of 110 or 90 would give totals above or below the 0–100 scale."""
    assert "add up to 110" in errors_of(DEFAULT.with_weights(spend=40))["weights"]
    assert "add up to 90" in errors_of(DEFAULT.with_weights(spend=20))["weights"]
    # Leaving one out (weight 0 unticks it) and giving its share to another is fine.
    fine = DEFAULT.with_weights(referrals=0, spend=40)
    assert evaluation.scheme_errors(fine) == []
    assert I.REFERRALS not in fine.in_use() and fine.weight(I.REFERRALS) == 0


def test_weights_are_whole_numbers_from_1_in_use() -> None:
    """A negative, zero, fractional or missing weight on a ticked indicator is refused."""
    for bad in (-5, 0, 2.5, True, None):
        weightings = tuple(
            replace(w, weight=bad) if w.indicator == I.SPEND else w for w in DEFAULT.weightings
        )
        assert (
            "whole number from 1 to 100"
            in errors_of(replace(DEFAULT, weightings=weightings))["weights"]
        )
    nothing = tuple(replace(w, enabled=False) for w in DEFAULT.weightings)
    assert errors_of(replace(DEFAULT, weightings=nothing))["weights"] == (
        "Tick at least one indicator."
    )


def test_scales_and_grade_bands_are_checked() -> None:
    """Scales that would divide by zero, or bands that do not go down, are refused."""
    found = errors_of(
        replace(
            DEFAULT, period_months=0, spend_full_fen=0, visits_full=0, tenure_full_years=0,
            referrals_full=-1, complaint_penalty=0, satisfaction_neutral=101,
            recency_full_days=90, recency_zero_days=90, grade_a=70, grade_b=70, grade_c=50,
        )
    )  # fmt: skip
    assert set(found) == {
        "period_months", "spend_full_fen", "visits_full", "tenure_full_years", "referrals_full",
        "complaint_penalty", "satisfaction_neutral", "recency_zero_days", "grades",
    }  # fmt: skip
    assert "(now A 70, B 70, C 50)" in found["grades"]
    assert errors_of(replace(DEFAULT, grade_a=101))["grades"]
    assert errors_of(replace(DEFAULT, grade_c=0))["grades"]
    assert evaluation.scheme_errors(replace(DEFAULT, recency_full_days=0)) == []


def test_scheme_is_kept_in_the_settings(db) -> None:
    """Her scheme survives a restart; a bad one is refused and the old one kept."""
    assert evaluation.scheme() == DEFAULT
    mine = replace(DEFAULT.with_weights(spend=40, referrals=0), spend_full_fen=800_000)
    evaluation.save_scheme(mine)
    assert evaluation.scheme() == mine
    with pytest.raises(ValidationError) as caught:
        evaluation.save_scheme(DEFAULT.with_weights(spend=99))
    assert caught.value.errors[0].field == "weights"
    assert evaluation.scheme() == mine
    evaluation.save_scheme(DEFAULT)
    assert settings.get("evaluation_scheme") == {}


def test_a_scheme_spoilt_outside_the_program_gives_way_to_the_default(db) -> None:
    """A setting edited by hand into nonsense never stops the evaluation."""
    settings.set_value("evaluation_scheme", {"weights": {"spend": {"weight": 99}}})
    assert evaluation.scheme() == DEFAULT
    settings.set_value("evaluation_scheme", {"weights": "x", "visits_full": "many"})
    assert evaluation.scheme() == DEFAULT


# ---------------------------------------------------------------- scoring


def test_spend_scores_in_proportion_up_to_full_marks() -> None:
    """¥2,500 of ¥5,000 is half marks; ¥5,000 and more is full marks."""
    assert score(I.SPEND, spend_fen=0) == 0
    assert score(I.SPEND, spend_fen=1) == 0
    assert score(I.SPEND, spend_fen=250_000) == 50
    assert score(I.SPEND, spend_fen=499_999) == 100.0  # 99.9998 rounds to 100.0
    assert score(I.SPEND, spend_fen=123_456) == 24.7
    assert score(I.SPEND, spend_fen=500_000) == 100
    assert score(I.SPEND, spend_fen=2_000_000) == 100
    spend = evaluation.score_of(I.SPEND, facts(spend_fen=123_456), DEFAULT)
    assert spend.value == 1234.56 and spend.weight == 30 and spend.weighted == 7.41


def test_frequency_referrals_and_tenure_score_up_to_full_marks() -> None:
    """Twelve visits, three referrals and three years each earn full marks."""
    assert [score(I.FREQUENCY, visits=n) for n in (0, 1, 6, 11, 12, 40)] == [
        0, 8.3, 50, 91.7, 100, 100,
    ]  # fmt: skip
    assert [score(I.REFERRALS, referrals=n) for n in (0, 1, 2, 3, 9)] == [0, 33.3, 66.7, 100, 100]
    assert [score(I.TENURE, years=y) for y in (0.0, 1.5, 2.9, 3.0, 12.4)] == [
        0, 50, 96.7, 100, 100,
    ]  # fmt: skip


def test_recency_is_full_within_45_days_and_nothing_from_180() -> None:
    """A customer seen last month is fully there; one gone half a year scores nothing."""
    days = (0, 45, 46, 90, 179, 180, 400)
    assert [score(I.RECENCY, days_since_visit=d) for d in days] == [
        100, 100, 99.3, 66.7, 0.7, 0, 0,
    ]  # fmt: skip
    assert score(I.RECENCY, days_since_visit=None) == 0  # she never came


def test_complaints_take_25_points_each() -> None:
    """None: 100; each complaint takes 25 off, never below nothing."""
    assert [score(I.COMPLAINTS, complaints=n) for n in (0, 1, 2, 4, 7)] == [100, 75, 50, 0, 0]


def test_satisfaction_maps_1_to_5_onto_0_to_100_and_none_is_neutral() -> None:
    """Without any follow-up she scores the neutral 60, not zero."""
    assert [score(I.SATISFACTION, satisfaction=s) for s in (1, 2, 3, 4, 4.5, 4.67, 5)] == [
        0, 25, 50, 75, 87.5, 91.8, 100,
    ]  # fmt: skip
    assert score(I.SATISFACTION, satisfaction=None) == 60
    neutral = replace(DEFAULT, satisfaction_neutral=50)
    assert evaluation.score_of(I.SATISFACTION, facts(), neutral).score == 50


def test_total_grade_and_recommendation() -> None:
    """The weighted sum, graded A ≥ 85, B ≥ 70, C ≥ 50, D below; A/B keep, C improve, D end."""

    def total(a: float, b: float) -> float:
        return evaluation.total_of([Score(I.SPEND, None, a, 50), Score(I.FREQUENCY, None, b, 50)])

    assert total(84.9, 85.0) == 85.0  # 84.95, rounded half up as on paper
    assert total(100, 0) == 50.0
    assert [DEFAULT.grade_of(t) for t in (100, 85, 84.9, 70, 69.9, 50, 49.9, 0)] == list("AABBCCDD")
    assert [DEFAULT.advice(g) for g in "ABCD"] == [
        Recommendation.MAINTAIN, Recommendation.MAINTAIN, Recommendation.IMPROVE,
        Recommendation.END,
    ]  # fmt: skip
    strict = replace(DEFAULT, grade_a=90, advice_b=Recommendation.IMPROVE)
    assert strict.grade_of(85) == "B" and strict.advice("B") == Recommendation.IMPROVE


def test_a_perfect_customer_scores_100_and_a_stranger_little() -> None:
    """Every indicator at full marks makes 100; a card with nothing but no complaint and
    no follow-up gets the complaint marks and the neutral satisfaction only."""
    best = facts(
        spend_fen=600_000, visits=15, days_since_visit=10, years=5.0, referrals=4,
        satisfaction=5.0, satisfaction_count=2,
    )  # fmt: skip
    assert evaluation.total_of(evaluation.scores_of(best, DEFAULT)) == 100
    assert evaluation.total_of(evaluation.scores_of(facts(), DEFAULT)) == 5 + 6


def test_period_and_years() -> None:
    """The period is the same day N months back; years count whole anniversaries."""
    assert period_start(TODAY, 12) == date(2025, 11, 22)
    assert period_start(date(2026, 3, 31), 1) == date(2026, 2, 28)
    assert period_start(date(2024, 2, 29), 12) == date(2023, 2, 28)
    assert years_between(date(2023, 11, 22), TODAY) == 3.0
    assert years_between(date(2023, 11, 23), TODAY) == 2.9
    assert years_between(date(2024, 2, 29), date(2025, 2, 28)) == 1.0
    assert years_between(TODAY, TODAY) == 0.0 and years_between(TODAY, date(2026, 1, 1)) == 0.0


# ---------------------------------------------------------------- facts from the shop


@pytest.fixture
def shop(db) -> dict[str, int]:
    """王芳: a regular with a voided visit, one after today, two referrals, a complaint
    in the period and one before, follow-ups; 李娜: a single visit; 赵敏: nothing."""
    wang = a_customer("王芳", first_visit=date(2022, 5, 1), grade=Grade.VIP)
    a_visit(wang, date(2025, 11, 21), 99_900)  # the day before the period
    for month in range(1, 11):
        a_visit(wang, date(2026, month, 10), 30_000)
    voided = a_visit(wang, date(2026, 11, 1), 50_000)
    visits.void_visit(voided, "记错了", "店长", NOW)
    a_visit(wang, date(2026, 11, 2), 12_345)
    member = Customer.get_by_id(wang).member_no
    a_customer("钱多多", referrer=member)
    a_customer("孙小小", referrer=member)
    a_complaint(wang, datetime(2026, 3, 5, 14, 0))
    a_complaint(wang, datetime(2025, 11, 21, 23, 59))  # before the period
    a_follow_up(wang, date(2026, 3, 9), 4)
    a_follow_up(wang, date(2026, 6, 9), 5)
    a_follow_up(wang, date(2026, 7, 9), 5)
    a_follow_up(wang, date(2026, 8, 9), None)
    a_follow_up(wang, date(2025, 10, 1), 1)  # before the period
    li = a_customer("李娜")
    a_visit(li, date(2026, 9, 30), 8_800)
    zhao = a_customer("赵敏")
    late = a_visit(wang, date(2026, 11, 25), 77_700)  # after the day of the evaluation
    assert late
    return {"wang": wang, "li": li, "zhao": zhao}


def test_facts_of_a_regular(shop) -> None:
    """Only the period counts for spend, visits, complaints and satisfaction; a voided
    visit never counts; nothing after the day of the evaluation counts."""
    found = evaluation.facts_of([shop["wang"]], TODAY)[shop["wang"]]
    assert found == Facts(
        customer_id=shop["wang"], period_from=date(2025, 11, 22), spend_fen=10 * 30_000 + 12_345,
        visits=11, days_since_visit=20, years=4.5, referrals=2, complaints=1,
        satisfaction=4.67, satisfaction_count=3,
    )  # fmt: skip


def test_facts_of_newcomers(shop) -> None:
    """Tenure counts from the card's first visit, her first visit recorded or the day the
    card was made, whichever came first."""
    found = evaluation.facts_of([shop["li"], shop["zhao"]], TODAY)
    assert found[shop["li"]].years == 2.1 and found[shop["li"]].days_since_visit == 53
    zhao = found[shop["zhao"]]
    assert (zhao.spend_fen, zhao.visits, zhao.days_since_visit) == (0, 0, None)
    assert zhao.years == 2.1  # the card was made 800 days ago
    moved = customers.create_customer(CustomerData(name="周洁"), "店长", NOW)  # from paper
    a_visit(moved, date(2025, 1, 10), 5_000)  # her old visit typed in
    assert evaluation.facts_of([moved], TODAY)[moved].years == 1.8
    assert zhao.satisfaction is None and zhao.satisfaction_count == 0


def test_bulk_facts_equal_each_customer_s_facts_in_a_few_queries(shop, db, monkeypatch) -> None:
    """The quarterly run over many customers finds what her card alone would show, in five
    queries for the lot, not five per customer."""
    extra = [a_customer(f"客户{n}") for n in range(12)]
    for n, cid in enumerate(extra):
        for k in range(n % 4):
            a_visit(cid, TODAY - timedelta(days=20 * k + n), 1_000 * (n + 1))
        if n % 3 == 0:
            a_follow_up(cid, TODAY - timedelta(days=n), 1 + n % 5)
    ids = [*shop.values(), *extra]
    one_by_one = {cid: evaluation.facts_of([cid], TODAY)[cid] for cid in ids}
    executed: list[str] = []
    real = db.execute_sql

    def counting(sql: str, *args: object, **kwargs: object) -> object:
        executed.append(sql)
        return real(sql, *args, **kwargs)

    monkeypatch.setattr(db, "execute_sql", counting)
    assert evaluation.facts_of(ids, TODAY, DEFAULT) == one_by_one
    assert len(executed) == 5


def test_more_customers_than_a_chunk(db) -> None:
    """A selection longer than one query's chunk is read whole."""
    rows = [
        {"member_no": f"9{n:05d}", "name": f"客户{n}", "created_at": NOW, "updated_at": NOW}
        for n in range(620)
    ]
    with database.atomic():
        Customer.insert_many(rows).execute()
    ids = [c.id for c in Customer.select(Customer.id)]
    forms = evaluation.preview(ids, TODAY)
    assert len(forms) == 620 and [f.customer_id for f in forms] == ids
    assert len(evaluation.evaluate(ids, TODAY, "店长", NOW)) == 620
    assert EvaluationScore.select().count() == 620 * 7


# ---------------------------------------------------------------- keeping evaluations


def test_evaluation_is_kept_dated_with_its_scores(shop) -> None:
    """What she saw in the preview is what is kept, with the day, period, note and who."""
    [seen] = evaluation.preview([shop["wang"]], TODAY)
    [kept_id] = evaluation.evaluate([shop["wang"]], TODAY, "店长", NOW, note="  季度评估 ")
    kept = evaluation.form(kept_id)
    assert replace(kept, id=None, note="", operator="", created_at=None) == seen
    assert (kept.note, kept.operator, kept.created_at) == ("季度评估", "店长", NOW)
    assert kept.evaluated_on == TODAY and kept.period_from == date(2025, 11, 22)
    # 312,345 fen of 500,000: 62.5; 11 visits: 91.7; 20 days: 100; 4.5 years: 100;
    # 2 referrals: 66.7; 1 complaint: 75; satisfaction 4.67: 91.8.
    assert [(s.indicator, s.score) for s in kept.scores] == [
        (I.SPEND, 62.5), (I.FREQUENCY, 91.7), (I.RECENCY, 100.0), (I.TENURE, 100.0),
        (I.REFERRALS, 66.7), (I.COMPLAINTS, 75.0), (I.SATISFACTION, 91.8),
    ]  # fmt: skip
    # 18.75 + 18.34 + 15 + 10 + 6.67 + 3.75 + 9.18 = 81.69
    assert kept.total == 81.7 and kept.grade == "B"
    assert kept.recommendation == Recommendation.MAINTAIN
    assert sum(s.weighted for s in kept.scores) == pytest.approx(81.69)


def test_a_later_scheme_change_leaves_kept_evaluations_alone(shop) -> None:
    """Last quarter's form reads the same after she changes the weights."""
    [kept_id] = evaluation.evaluate([shop["wang"]], TODAY, "店长", NOW)
    before = evaluation.form(kept_id)
    evaluation.save_scheme(replace(DEFAULT.with_weights(spend=60, frequency=0, recency=5),
                                   grade_b=90, grade_a=95))  # fmt: skip
    a_visit(shop["wang"], TODAY, 500_000)
    assert evaluation.form(kept_id) == before
    [now_seen] = evaluation.preview([shop["wang"]], TODAY)
    assert now_seen.total != before.total and len(now_seen.scores) == 6
    assert now_seen.score_of(I.FREQUENCY) is None


def test_an_erased_or_missing_customer_stops_the_whole_run(shop) -> None:
    """One evaluation refused keeps the others from being half kept."""
    Customer.update(erased=True).where(Customer.id == shop["zhao"]).execute()
    with pytest.raises(ServiceError, match="was erased"):
        evaluation.evaluate([shop["wang"], shop["zhao"]], TODAY, "店长", NOW)
    with pytest.raises(ServiceError, match="no longer exists"):
        evaluation.evaluate([shop["wang"], 9999], TODAY, "店长", NOW)
    with pytest.raises(ServiceError, match="at least one customer"):
        evaluation.evaluate([], TODAY, "店长", NOW)
    with pytest.raises(ValidationError):
        evaluation.evaluate([shop["wang"]], TODAY, "店长", NOW, note="长" * 2001)
    assert Evaluation.select().count() == 0 and EvaluationScore.select().count() == 0


def test_list_filters_history_and_delete(shop) -> None:
    """The list is newest first and filters by day, grade, advice, customer and name."""
    q1 = evaluation.evaluate([shop["wang"], shop["li"]], date(2026, 3, 31), "店长", NOW)
    q4 = evaluation.evaluate([shop["wang"], shop["li"], shop["zhao"]], TODAY, "店长", NOW)
    rows = evaluation.evaluations()
    assert [r.id for r in rows] == [q4[2], q4[1], q4[0], q1[1], q1[0]]
    quarter = EvaluationFilter(date_from=date(2026, 10, 1), date_to=TODAY)
    assert len(evaluation.evaluations(quarter)) == 3
    ended = evaluation.evaluations(EvaluationFilter(recommendation=Recommendation.END))
    assert {r.customer_id for r in ended} == {shop["li"], shop["zhao"]}
    assert all(r.grade == "D" for r in evaluation.evaluations(EvaluationFilter(grade="D")))
    assert [r.id for r in evaluation.history_of(shop["wang"])] == [q4[0], q1[0]]
    assert [r.id for r in evaluation.evaluations(EvaluationFilter(text="李"))] == [q4[1], q1[1]]
    member = Customer.get_by_id(shop["wang"]).member_no
    assert len(evaluation.evaluations(EvaluationFilter(text=member))) == 2
    evaluation.delete_evaluation(q1[0])
    assert [r.id for r in evaluation.history_of(shop["wang"])] == [q4[0]]
    assert not EvaluationScore.select().where(EvaluationScore.evaluation == q1[0]).exists()
    with pytest.raises(ServiceError, match="no longer exists"):
        evaluation.delete_evaluation(q1[0])
    assert [f.id for f in evaluation.forms([q4[2], q1[0], q4[0]])] == [q4[2], q4[0]]


# ---------------------------------------------------------------- whom to evaluate


def test_top_customers_by_spend_in_the_period(shop) -> None:
    """The top N who spent in the period, biggest first; archived, erased and those who
    spent nothing are left out of a top list."""
    assert evaluation.candidates(TODAY, limit=10) == [
        (shop["wang"], 312_345), (shop["li"], 8_800),
    ]  # fmt: skip
    assert evaluation.candidates(TODAY, limit=1) == [(shop["wang"], 312_345)]
    assert evaluation.candidates(TODAY, grade=Grade.VIP) == [(shop["wang"], 312_345)]
    everyone = [cid for cid, _ in evaluation.candidates(TODAY)]
    assert everyone[:2] == [shop["wang"], shop["li"]] and shop["zhao"] in everyone
    Customer.update(archived=True).where(Customer.id == shop["wang"]).execute()
    assert evaluation.candidates(TODAY, limit=10) == [(shop["li"], 8_800)]


def test_candidates_of_an_rfm_grade(shop) -> None:
    """The shop's own RFM grade wins over the computed one."""
    CustomerInsight.delete().execute()  # graded here by hand, not by the visits
    for cid, computed, manual in (
        (shop["wang"], Segment.IMPORTANT_VALUE, None),
        (shop["li"], Segment.GENERAL_GROW, Segment.IMPORTANT_VALUE),
        (shop["zhao"], Segment.IMPORTANT_VALUE, Segment.GENERAL_KEEP),
    ):
        CustomerInsight.create(
            customer=cid, computed_on=TODAY, period_from=TODAY, segment=computed,
            manual_segment=manual,
        )  # fmt: skip
    found = evaluation.candidates(TODAY, segment=Segment.IMPORTANT_VALUE)
    assert [cid for cid, _ in found] == [shop["wang"], shop["li"]]


# ---------------------------------------------------------------- export


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_export_has_the_same_numbers(shop, tmp_path: Path, language: str) -> None:
    """The workbook carries each indicator's fact, score and weight, the total, grade
    and recommendation exactly as kept; an indicator not used leaves its cells empty."""
    first = evaluation.evaluate([shop["wang"]], TODAY, "店长", NOW, note="=季度")
    evaluation.save_scheme(DEFAULT.with_weights(referrals=0, spend=40))
    second = evaluation.evaluate([shop["zhao"]], TODAY, "店长", NOW)
    ids = [second[0], first[0]]
    path = evaluation_exports.export_evaluations(tmp_path / "e.xlsx", language, ids)
    sheet = load_workbook(path).active
    values = [list(r) for r in sheet.iter_rows(values_only=True)]
    header, zhao, wang = values
    zh = language == "zh_CN"
    assert sheet.title == ("客户关系评估" if zh else "evaluations")
    assert header[:7] == (
        ["评估日期", "会员号", "姓名", "统计起始日", "消费金额（元）", "消费金额得分",
         "消费金额权重"]
        if zh
        else ["evaluated_on", "member_no", "name", "period_from", "spend (yuan)", "spend score",
              "spend weight"]
    )  # fmt: skip
    col = {name: n for n, name in enumerate(header)}
    kept = evaluation.form(first[0])
    assert wang[0] == datetime(2026, 11, 22) and wang[2] == "王芳"
    assert Decimal(str(wang[4])) == Decimal("3123.45")
    assert sheet.cell(3, 5).number_format == "¥#,##0.00"
    by_indicator = {s.indicator: s for s in kept.scores}
    for n, indicator in enumerate(Indicator):
        value, scored, weight = wang[4 + 3 * n : 7 + 3 * n]
        expected = by_indicator[indicator]
        assert (scored, weight) == (expected.score, expected.weight)
        if indicator != I.SPEND:
            assert value == expected.value
    grade_col = col["等级" if zh else "grade"]
    assert wang[grade_col - 1 : grade_col + 4] == [
        kept.total, "B", "维持" if zh else "maintain", "=季度", "店长",
    ]  # fmt: skip
    referrals = 4 + 3 * list(Indicator).index(I.REFERRALS)
    assert zhao[referrals : referrals + 3] == [None, None, None]
    assert zhao[4:7] == [0, 0, 40]  # nothing spent: ¥0.00, no marks, the new weight
    assert zhao[col["recency score" if not zh else "最近到店得分"]] == 0
