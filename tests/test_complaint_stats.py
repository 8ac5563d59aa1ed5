"""The complaint analysis: complaints per month and category, the time to resolve, the
promises kept and the repeat complainers — counted by the month a complaint was
received, with injected times."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from app.models import ComplaintCategory, ComplaintChannel, Severity
from app.services import complaint_stats as stats
from app.services import complaints, customers
from app.services.complaint_stats import Period
from app.services.complaints import ComplaintData, ResolutionData
from app.services.dto import CustomerData

C = ComplaintCategory
NOW = datetime(2026, 11, 22, 10, 30)


def complain(
    received: datetime,
    category: ComplaintCategory = C.SERVICE,
    customer: int | None = None,
    promise: timedelta = timedelta(days=1),
) -> int:
    data = ComplaintData(
        customer_id=customer,
        received_at=received,
        channel=ComplaintChannel.PHONE,
        category=category,
        severity=Severity.NORMAL,
        description="烫发后头发干枯",
        promised_by=received + promise,
    )
    return complaints.record(data, "前台", received)


def resolve(complaint_id: int, at: datetime) -> None:
    complaints.resolve(complaint_id, ResolutionData("免费护理一次", at.date()), "店长", at)


@pytest.fixture
def shop(db) -> dict[str, int]:
    def customer(name: str, mobile: str) -> int:
        return customers.create_customer(CustomerData(name=name, mobile=mobile), "前台", NOW)

    return {"wang": customer("王芳", "13800001234"), "li": customer("李娜", "13800005678")}


def test_period_choices_cover_whole_months():
    """'Last 12 months' shows twelve whole bars, across the year's end."""
    today = date(2026, 2, 10)
    assert Period.this_month(today) == Period(date(2026, 2, 1), today)
    assert Period.this_year(today) == Period(date(2026, 1, 1), today)
    last3 = Period.last_months(today, 3)
    assert last3 == Period(date(2025, 12, 1), today)
    assert last3.months() == [date(2025, 12, 1), date(2026, 1, 1), date(2026, 2, 1)]
    year = Period.last_months(today, 12)
    assert year.start == date(2025, 3, 1)
    assert len(year.months()) == 12
    assert Period(date(2026, 1, 31), date(2026, 3, 1)).months() == [
        date(2026, 1, 1),
        date(2026, 2, 1),
        date(2026, 3, 1),
    ]


def test_counts_per_month_and_category_with_inclusive_bounds(db):
    """The month's report counts exactly the complaints received from its first to its last day."""
    complain(datetime(2026, 9, 30, 23, 59))  # the day before: not counted
    complain(datetime(2026, 10, 1, 0, 0))  # the first day, at midnight
    complain(datetime(2026, 10, 15, 12, 0), C.PRICE)
    complain(datetime(2026, 10, 31, 23, 59), C.PRICE)
    complain(datetime(2026, 11, 20, 23, 59, 59), C.RESULT)  # the last day, at its very end
    complain(datetime(2026, 11, 21, 0, 0))  # the day after: not counted
    period = Period(date(2026, 10, 1), date(2026, 11, 20))
    assert stats.by_category_month(period) == [
        stats.MonthCount(date(2026, 10, 1), C.PRICE, 2),
        stats.MonthCount(date(2026, 10, 1), C.SERVICE, 1),
        stats.MonthCount(date(2026, 11, 1), C.RESULT, 1),
    ]
    totals = stats.top_categories(period)
    assert [(t.category, t.count) for t in totals[:3]] == [
        (C.PRICE, 2),
        (C.SERVICE, 1),
        (C.RESULT, 1),
    ]
    assert totals[0].share == pytest.approx(0.5)
    assert {t.category for t in totals} == set(C)  # every category, also without complaints
    assert sum(t.count for t in totals) == 4


def test_a_complaint_counts_in_the_month_it_was_received(db):
    """Resolving in December does not move October's complaint out of October."""
    cid = complain(datetime(2026, 10, 31, 18, 0))
    resolve(cid, datetime(2026, 11, 2, 18, 0))
    times = stats.resolution_times(Period(date(2026, 10, 1), date(2026, 11, 22)), NOW)
    october, november = times.months
    assert (october.month, october.received, october.resolved) == (date(2026, 10, 1), 1, 1)
    assert october.average_hours == pytest.approx(48.0)
    assert (november.received, november.resolved, november.average_hours) == (0, 0, None)


def test_average_time_to_resolve_per_month_and_for_the_period(db):
    """The owner sees how long her customers wait for an answer."""
    a = complain(datetime(2026, 10, 5, 10, 0))
    b = complain(datetime(2026, 10, 6, 10, 0))
    c = complain(datetime(2026, 11, 3, 9, 0))
    complain(datetime(2026, 11, 4, 9, 0))  # still open: no time to resolve yet
    resolve(a, datetime(2026, 10, 5, 12, 0))  # 2 hours
    resolve(b, datetime(2026, 10, 6, 20, 0))  # 10 hours
    resolve(c, datetime(2026, 11, 6, 9, 0))  # 72 hours
    times = stats.resolution_times(Period(date(2026, 10, 1), date(2026, 11, 30)), NOW)
    october, november = times.months
    assert october.average_hours == pytest.approx(6.0)
    assert november.average_hours == pytest.approx(72.0)
    assert (november.received, november.resolved, november.still_open) == (2, 1, 1)
    assert times.total.average_hours == pytest.approx((2 + 10 + 72) / 3)
    assert (times.total.received, times.total.resolved) == (4, 3)


def test_share_resolved_within_the_promised_time(db):
    """Promises kept count the late answers, and the complaints still open past their promise."""
    received = datetime(2026, 11, 10, 10, 0)
    on_time = complain(received, promise=timedelta(hours=4))
    resolve(on_time, received + timedelta(hours=4))  # exactly at the promised time: kept
    late = complain(received, promise=timedelta(hours=4))
    resolve(late, received + timedelta(hours=5))
    complain(received, promise=timedelta(days=2))  # open, past its promise on the 22nd: late
    complain(NOW - timedelta(hours=1), promise=timedelta(days=3))  # open, not yet due
    withdrawn = complain(received)
    complaints.close(withdrawn, "顾客撤回", "店长", received + timedelta(hours=1))  # never due
    total = stats.resolution_times(Period.this_month(NOW.date()), NOW).total
    assert (total.received, total.resolved, total.due, total.on_time) == (5, 2, 3, 1)
    assert total.on_time_share == pytest.approx(1 / 3)
    assert total.still_open == 2
    # Earlier, before the third one's promise had come, two answers were due.
    earlier = stats.resolution_times(Period.this_month(NOW.date()), datetime(2026, 11, 11))
    assert (earlier.total.due, earlier.total.on_time) == (2, 1)


def test_a_reopened_complaint_is_not_resolved_until_resolved_again(db):
    """She was not satisfied after all: the first answer no longer counts as the resolution."""
    received = datetime(2026, 11, 1, 10, 0)
    cid = complain(received, promise=timedelta(days=2))
    resolve(cid, received + timedelta(hours=3))
    complaints.reopen(cid, "效果还是不好", "店长", received + timedelta(days=1))
    period = Period.this_month(NOW.date())
    total = stats.resolution_times(period, NOW).total
    assert (total.resolved, total.still_open, total.due, total.on_time) == (0, 1, 1, 0)
    resolve(cid, received + timedelta(days=4))
    total = stats.resolution_times(period, NOW).total
    assert total.resolved == 1
    assert total.average_hours == pytest.approx(96.0)
    assert (total.due, total.on_time) == (1, 0)  # finally resolved, after the promise


def test_repeat_complainers(shop):
    """The customers who keep complaining, most first, with what they complain about."""
    wang, li = shop["wang"], shop["li"]
    for day, category in ((2, C.PRICE), (5, C.SERVICE), (9, C.SERVICE)):
        complain(datetime(2026, 11, day, 10, 0), category, wang)
    complain(datetime(2026, 11, 3, 10, 0), C.RESULT, li)
    complain(datetime(2026, 11, 12, 15, 0), C.PRODUCT, li)
    complain(datetime(2026, 10, 20, 10, 0), C.PRODUCT, li)  # before the period
    for day in (4, 6, 8):
        complain(datetime(2026, 11, day, 10, 0))  # anonymous: nobody to call back
    period = Period.this_month(NOW.date())
    found = stats.repeat_complainers(period)
    assert found == [
        stats.RepeatComplainer(
            wang, "王芳", found[0].member_no, 3, datetime(2026, 11, 9, 10, 0), (C.SERVICE, C.PRICE)
        ),
        stats.RepeatComplainer(
            li, "李娜", found[1].member_no, 2, datetime(2026, 11, 12, 15, 0), (C.PRODUCT, C.RESULT)
        ),
    ]
    assert found[0].member_no and found[0].member_no != found[1].member_no
    assert [r.customer_id for r in stats.repeat_complainers(period, min_count=3)] == [wang]
    year = Period(date(2026, 10, 1), NOW.date())
    assert [(r.customer_id, r.count) for r in stats.repeat_complainers(year)] == [
        (li, 3),  # three, the latest later than 王芳's
        (wang, 3),
    ]


def test_the_whole_analysis_and_its_most_complained_about_category(shop):
    """The month's report names what customers complain about most (several when tied)."""
    wang = shop["wang"]
    complain(datetime(2026, 11, 2, 10, 0), C.PRICE, wang)
    complain(datetime(2026, 11, 3, 10, 0), C.SERVICE, wang)
    complain(datetime(2026, 10, 3, 10, 0), C.SERVICE)
    analysis = stats.analyse(Period.last_months(NOW.date(), 2), NOW)
    assert analysis.months == (date(2026, 10, 1), date(2026, 11, 1))
    assert analysis.total == 3
    assert analysis.top_categories() == (C.SERVICE,)
    assert analysis.count(date(2026, 11, 1), C.PRICE) == 1
    assert analysis.count(date(2026, 10, 1), C.PRICE) == 0
    assert analysis.month_total(date(2026, 11, 1)) == 2
    assert [r.customer_id for r in analysis.repeat] == [wang]
    november = stats.analyse(Period.this_month(NOW.date()), NOW)
    assert november.top_categories() == (C.SERVICE, C.PRICE)  # tied: in the usual order


def test_an_empty_period(db):
    """A quiet month shows zero everywhere and no most complained-about category."""
    complain(datetime(2026, 10, 3, 10, 0))
    analysis = stats.analyse(Period.this_month(NOW.date()), NOW)
    assert analysis.total == 0
    assert analysis.counts == ()
    assert analysis.top_categories() == ()
    assert analysis.repeat == ()
    (november,) = analysis.resolution.months
    assert (november.received, november.average_hours, november.on_time_share) == (0, None, None)
    assert analysis.resolution.total.received == 0
