"""The Today board's service: each section for a fixed day — birthdays with their
greeting marks, the coming holiday, follow-ups due and overdue (her latest plan
only), complaints and their call-backs, customers to wake, points and package cards
about to run out — the span's boundaries, the caps with true counts, and an empty shop."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from app.models import Calendar, DayKind, FollowUpChannel, OccasionKind
from app.models.enums import ComplaintCategory, ComplaintChannel, ExpiryPolicy, Severity
from app.services import (
    complaints,
    customers,
    greetings,
    holidays,
    insight,
    packages,
    points_rules,
    privacy,
    visits,
)
from app.services import today as board_service
from app.services.complaints import ComplaintData, ResolutionData
from app.services.dto import Birthday, CustomerData, FollowUpData, VisitData, VisitItemData
from app.services.points_rules import RuleData
from app.services.today import Span, board

NOW = datetime(2026, 11, 22, 10, 30)  # a Sunday
TODAY = NOW.date()


def add(name: str, birthday: date | None = None, **extra) -> int:
    if birthday is not None:
        extra["birthday"] = Birthday(Calendar.SOLAR, birthday.month, birthday.day, birthday.year)
    return customers.create_customer(CustomerData(name=name, **extra), "店长", NOW)


def follow_up(cid: int, done_on: date, next_due: date | None, text: str = "问护理效果") -> int:
    data = FollowUpData(done_on, FollowUpChannel.PHONE, text, None, next_due)
    return visits.add_follow_up(cid, data, "店长", NOW)


def visit(cid: int, day: date, fen: int = 10_000) -> int:
    return visits.add_visit(cid, VisitData(day, (VisitItemData("剪发", price_fen=fen),)), "x", NOW)


def complaint(cid: int | None, received: datetime, promised: datetime, text: str = "等太久") -> int:
    data = ComplaintData(
        cid, received, ComplaintChannel.PHONE, ComplaintCategory.SERVICE, Severity.NORMAL,
        text, promised, "小李",
    )  # fmt: skip
    return complaints.record(data, "前台", received)


def test_span_boundaries(db) -> None:
    """The week board would miss Saturday's work, or the month board a whole day."""
    day, week, month = (board(TODAY, span, NOW) for span in Span)
    assert (day.start, day.end, day.greetings_end) == (TODAY, TODAY, date(2026, 11, 28))
    assert (week.start, week.end, week.greetings_end) == (TODAY, date(2026, 11, 28), week.end)
    assert (month.end, month.greetings_end) == (date(2026, 12, 21), date(2026, 12, 21))
    assert day.expiry_end == week.expiry_end == month.expiry_end == date(2026, 12, 21)
    assert board(TODAY, "week", NOW).span == Span.WEEK  # type: ignore[arg-type]


def test_empty_shop_gives_an_empty_board(db) -> None:
    """A new shop's first screen must open, saying there is nothing to do."""
    result = board(TODAY, Span.DAY, NOW)
    assert result.empty
    assert result.occasions.count == result.follow_ups.count == result.waking.count == 0
    assert result.holidays == () and result.next_holiday is not None
    assert result.next_holiday.code == "thanksgiving"


def test_birthdays_of_today_and_the_week_with_greeting_status(db) -> None:
    """The owner would greet somebody twice, or miss a birthday coming on Saturday."""
    wang = add("王芳", date(1990, 11, 22))
    li = add("李娜", date(1985, 11, 28))
    zhao = add("赵敏", date(1992, 11, 29))  # next week: the month board only
    wu = add("吴倩", date(1988, 11, 22))
    privacy.set_archived(wu, True, "店长", NOW)
    married = add("周洁", anniversary=Birthday(Calendar.SOLAR, 11, 23, 2016))
    item = next(i for i in greetings.greeting_list(TODAY, 1) if i.customer_id == wang)
    greetings.mark_sent([item], NOW, "店长")

    day = board(TODAY, Span.DAY, NOW)
    assert [(o.customer_id, o.day, o.sent) for o in day.occasions.items] == [
        (wang, TODAY, True),
        (married, date(2026, 11, 23), False),
        (li, date(2026, 11, 28), False),
    ]
    assert (day.occasions.count, day.occasions_today, day.greeted) == (3, 1, 1)
    assert day.occasions.items[0].occasion.age == 36
    assert day.occasions.items[1].occasion.kind == OccasionKind.ANNIVERSARY
    month = board(TODAY, Span.MONTH, NOW)
    assert month.occasions.count == 4
    assert zhao in {o.customer_id for o in month.occasions.items}


def test_birthday_list_is_capped_but_counted(db) -> None:
    """A big shop's list stays short, yet the title must say how many there are."""
    ids = [add(f"顾客{n}", date(1990, 11, 23 + n % 2)) for n in range(5)]
    section, first_day, greeted = board_service.greetings_due(TODAY, TODAY + timedelta(6), cap=2)
    assert (len(section.items), section.count, section.more, first_day, greeted) == (2, 5, 3, 0, 0)
    assert {o.customer_id for o in section.items} <= set(ids)
    assert all(o.day == date(2026, 11, 23) for o in section.items)


def test_todays_holiday_and_the_next_one(db) -> None:
    """The owner would plan no greeting or promotion for the coming festival."""
    thanksgiving = date(2026, 11, 26)
    result = board(thanksgiving, Span.DAY, datetime.combine(thanksgiving, NOW.time()))
    assert [(h.code, h.kind) for h in result.holidays] == [("thanksgiving", DayKind.MARKETING)]
    assert result.next_holiday is not None
    assert (result.next_holiday.code, result.next_holiday.day) == (
        "double_twelve",
        date(2026, 12, 12),
    )
    assert not result.empty  # a festival is something to do


def test_a_run_of_days_off_is_one_item_and_shop_dates_count(db) -> None:
    """国庆 would fill the strip seven times; the shop's anniversary would be missed."""
    holidays.save_shop_date(
        holidays.ShopDateData(None, "店庆", DayKind.SHOP, date(2020, 10, 3), True), NOW
    )
    start = date(2026, 9, 28)
    items, _ = board_service.holidays_around(start, start + timedelta(6))
    national = [h for h in items if h.code == "national_day" and h.kind == DayKind.HOLIDAY]
    assert len(national) == 1
    assert national[0].day == date(2026, 10, 1) and national[0].last_day >= date(2026, 10, 7)
    assert any(h.name == "店庆" and h.day == date(2026, 10, 3) for h in items)


def test_follow_ups_due_and_overdue_by_her_latest_plan(db) -> None:
    """A call would be forgotten, or made twice because an older plan still showed."""
    due_today = add("王芳")
    follow_up(due_today, date(2026, 11, 1), TODAY, "问烫发后卷度")
    late = add("李娜")
    follow_up(late, date(2026, 10, 1), date(2026, 11, 15))
    replanned = add("赵敏")  # an old overdue plan, replaced by a later follow-up
    follow_up(replanned, date(2026, 10, 1), date(2026, 11, 10))
    follow_up(replanned, date(2026, 11, 12), date(2026, 12, 15))
    done = add("孙丽")  # her latest follow-up set no next date
    follow_up(done, date(2026, 10, 1), date(2026, 11, 1))
    follow_up(done, date(2026, 11, 2), None)
    same_day = add("钱红")  # two on one day: the later entry is her plan
    follow_up(same_day, date(2026, 11, 5), date(2026, 11, 20))
    follow_up(same_day, date(2026, 11, 5), date(2026, 11, 25))
    gone = add("吴倩")
    follow_up(gone, date(2026, 10, 1), date(2026, 11, 1))
    privacy.set_archived(gone, True, "店长", NOW)

    day = board(TODAY, Span.DAY, NOW)
    assert [(f.customer_id, f.due, f.overdue) for f in day.follow_ups.items] == [
        (due_today, TODAY, False)
    ]
    assert day.follow_ups.items[0].note == "问烫发后卷度"
    assert [(f.customer_id, f.days_late) for f in day.follow_ups_overdue.items] == [(late, 7)]
    week = board(TODAY, Span.WEEK, NOW)
    assert [f.customer_id for f in week.follow_ups.items] == [due_today, same_day]
    month = board(TODAY, Span.MONTH, NOW)
    assert month.follow_ups.count == 3 and month.follow_ups_overdue.count == 1
    # The same plans as her card shows, one by one.
    listed = {f.customer_id: f.due for f in month.follow_ups.items + month.follow_ups_overdue.items}
    for cid in (due_today, late, replanned, done, same_day):
        planned = visits.next_follow_up_due(cid)
        assert listed.get(cid) == (planned if planned and planned <= month.end else None)


def test_overdue_follow_ups_most_recently_missed_first_capped(db) -> None:
    """Last week's missed call would sink under plans missed two years ago."""
    ids = [add(f"顾客{n}") for n in range(3)]
    for n, cid in enumerate(ids):
        follow_up(cid, date(2026, 9, 1), date(2026, 10, 1 + n))
    due, overdue = board_service.follow_ups_due(TODAY, TODAY, cap=2)
    assert due.count == 0
    assert [f.customer_id for f in overdue.items] == [ids[2], ids[1]]
    assert overdue.count == 3 and overdue.more == 1


def test_open_and_overdue_complaints_and_their_calls(db) -> None:
    """A complaint past its promise, or a promised call-back, would go unnoticed."""
    wang, li = add("王芳"), add("李娜")
    late = complaint(wang, NOW - timedelta(days=2), NOW - timedelta(hours=3))
    fresh = complaint(None, NOW - timedelta(hours=1), NOW + timedelta(days=1), "电话投诉")
    called = complaint(li, datetime(2026, 11, 10, 9), datetime(2026, 11, 12, 20))
    complaints.resolve(
        called, ResolutionData("道歉并免费护理", date(2026, 11, 20)), "店长", datetime(2026, 11, 11)
    )
    soon = complaint(li, datetime(2026, 11, 18, 9), datetime(2026, 11, 19, 20))
    complaints.resolve(soon, ResolutionData("退款", date(2026, 11, 25)), "店长", NOW)
    closed = complaint(wang, datetime(2026, 11, 1, 9), datetime(2026, 11, 2, 9))
    complaints.close(closed, "顾客不再追究", "店长", datetime(2026, 11, 1, 12))

    day = board(TODAY, Span.DAY, NOW)
    assert [(c.complaint_id, c.overdue) for c in day.complaints.items] == [
        (late, True),
        (fresh, False),
    ]
    assert (day.complaints.count, day.complaints_overdue) == (2, 1)
    assert day.complaints.items[0].customer_id == wang
    assert [(c.complaint_id, c.days_late) for c in day.complaint_calls.items] == [(called, 2)]
    assert day.complaint_calls_overdue == 1
    week = board(TODAY, Span.WEEK, NOW)
    assert [c.complaint_id for c in week.complaint_calls.items] == [called, soon]
    assert (
        week.complaint_calls.items[1].customer_id == li
        and not week.complaint_calls.items[1].overdue
    )


def test_customers_to_wake_by_their_own_rhythm(db) -> None:
    """A good customer drifting away would be noticed only when she is gone."""
    drifting = add("王芳")  # every 30 days, last 80 days ago: late since 20 days
    for days_ago in (170, 140, 110, 80):
        visit(drifting, TODAY - timedelta(days=days_ago))
    soon = add("李娜")  # every 30 days, last 57 days ago: late in 3 days
    for days_ago in (147, 117, 87, 57):
        visit(soon, TODAY - timedelta(days=days_ago))
    regular = add("赵敏")
    for days_ago in (70, 40, 10):
        visit(regular, TODAY - timedelta(days=days_ago))
    insight.recompute_all(TODAY)

    day = board(TODAY, Span.DAY, NOW)
    assert [(c.customer_id, c.days_since) for c in day.waking.items] == [(drifting, 80)]
    assert day.waking.count == 1
    week = board(TODAY, Span.WEEK, NOW)
    assert {c.customer_id for c in week.waking.items} == {drifting, soon}
    assert week.waking.count == 2


def test_points_and_package_cards_about_to_expire(db) -> None:
    """Her points or sessions would run out without a reminder."""
    points_rules.save_rule(
        RuleData(
            effective_from=date(2026, 1, 1), expiry_policy=ExpiryPolicy.MONTHS, expiry_months=1
        ),
        "店长",
        datetime(2026, 1, 1, 9),
    )
    wang, li = add("王芳"), add("李娜")
    visit(wang, date(2026, 11, 1), 12_800)  # 128 points, good through 1 December
    visit(li, date(2026, 10, 1))  # expired on 1 November: not a reminder any more
    card = packages.post_opening_card(
        li, "美甲5次卡", "美甲", 5, 2, TODAY + timedelta(10), "x", NOW
    )
    packages.post_opening_card(li, "洗吹5次卡", "洗吹", 5, 5, TODAY + timedelta(5), "x", NOW)
    packages.post_opening_card(wang, "护理10次卡", "护理", 10, 0, TODAY + timedelta(45), "x", NOW)
    packages.post_opening_card(wang, "旧卡", "护理", 10, 1, TODAY - timedelta(1), "x", NOW)

    result = board(TODAY, Span.DAY, NOW)
    assert [(p.customer_id, p.points, p.expires_on) for p in result.points_expiring.items] == [
        (wang, 128, date(2026, 12, 1))
    ]
    assert [(c.card_id, c.customer_id, c.sessions_left) for c in result.cards_expiring.items] == [
        (card, li, 3)
    ]
    assert result.cards_expiring.items[0].card_name == "美甲5次卡"
    assert result.cards_expiring.count == 1


@pytest.mark.parametrize("span", list(Span))
def test_far_dates_do_not_fail(db, span: Span) -> None:
    """A clock set wrongly (year 9999 or 1900) must still open the first screen."""
    for day in (date(9999, 12, 30), date(1900, 1, 1)):
        result = board(day, span, datetime.combine(day, NOW.time()))
        assert result.occasions.count == 0 and result.end >= day
