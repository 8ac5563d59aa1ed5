"""Official days off and 调休 working days, festivals by their rules, the shop's dates."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from app.models import DayKind
from app.services import holidays, lunar
from app.services.holidays import ShopDateData
from app.services.messages import ValidationError

NOW = datetime(2026, 11, 22, 10, 0)


def _span(first: str, last: str) -> list[str]:
    start, end = date.fromisoformat(first), date.fromisoformat(last)
    return [(start + timedelta(days=i)).isoformat() for i in range((end - start).days + 1)]


# Typed from the State Council notices (国办发明电〔2023〕7号, 〔2024〕12号, 〔2025〕7号),
# not from the package, so a wrong package release fails here.
NOTICES = {
    2024: (
        ["2024-01-01"]
        + _span("2024-02-10", "2024-02-17")
        + _span("2024-04-04", "2024-04-06")
        + _span("2024-05-01", "2024-05-05")
        + ["2024-06-10"]
        + _span("2024-09-15", "2024-09-17")
        + _span("2024-10-01", "2024-10-07"),
        ["2024-02-04", "2024-02-18", "2024-04-07", "2024-04-28", "2024-05-11", "2024-09-14",
         "2024-09-29", "2024-10-12"],
    ),
    2025: (
        ["2025-01-01"]
        + _span("2025-01-28", "2025-02-04")
        + _span("2025-04-04", "2025-04-06")
        + _span("2025-05-01", "2025-05-05")
        + _span("2025-05-31", "2025-06-02")
        + _span("2025-10-01", "2025-10-08"),
        ["2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11"],
    ),
    2026: (
        _span("2026-01-01", "2026-01-03")
        + _span("2026-02-15", "2026-02-23")
        + _span("2026-04-04", "2026-04-06")
        + _span("2026-05-01", "2026-05-05")
        + _span("2026-06-19", "2026-06-21")
        + _span("2026-09-25", "2026-09-27")
        + _span("2026-10-01", "2026-10-07"),
        ["2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"],
    ),
}  # fmt: skip


def _days(year: int, kind: DayKind) -> list[str]:
    return sorted(m.day.isoformat() for m in holidays.year_marks(year, []) if m.kind == kind)


@pytest.mark.parametrize("year", sorted(NOTICES))
def test_official_days_match_the_state_council_notices(year: int) -> None:
    """Staff would come in on a day off, or stay home on a 调休 Saturday."""
    days_off, workdays = NOTICES[year]
    assert _days(year, DayKind.HOLIDAY) == sorted(days_off)
    assert _days(year, DayKind.WORKDAY) == sorted(workdays)
    assert not any(m.estimated for m in holidays.year_marks(year, []))


def test_unpublished_year_is_estimated_by_the_2025_rules() -> None:
    """A year not yet announced would show no days off at all, or guesses as facts."""
    year = holidays.published_years().stop
    marks = [m for m in holidays.year_marks(year, []) if m.kind == DayKind.HOLIDAY]
    assert marks and all(m.estimated for m in marks)
    assert holidays.is_estimated(year) and not holidays.is_estimated(2026)
    spring = [m.day for m in marks if m.code == "spring_festival"]
    eve = lunar.to_solar(year, 1, 1, False) - timedelta(days=1)
    assert spring == [eve + timedelta(days=i) for i in range(4)]  # from 除夕, four days
    assert [m.day for m in marks if m.code == "labour_day"] == [date(year, 5, 1), date(year, 5, 2)]
    assert [m.day.day for m in marks if m.code == "national_day"] == [1, 2, 3]
    assert not [m for m in holidays.year_marks(year, []) if m.kind == DayKind.WORKDAY]


def _festival(year: int, code: str) -> list[date]:
    return [m.day for m in holidays.year_marks(year, []) if m.code == code and not m.estimated
            and m.kind in (DayKind.FESTIVAL, DayKind.MARKETING)]  # fmt: skip


def test_festivals_by_their_rules() -> None:
    """A greeting or a promotion planned for the wrong day."""
    assert _festival(2026, "spring_festival") == [date(2026, 2, 17)]
    assert _festival(2026, "new_years_eve") == [date(2026, 2, 16)]
    assert _festival(2026, "lantern_festival") == [date(2026, 3, 3)]
    assert _festival(2026, "dragon_head") == [date(2026, 3, 20)]
    assert _festival(2026, "dragon_boat_festival") == [date(2026, 6, 19)]
    assert _festival(2026, "qixi") == [date(2026, 8, 19)]
    assert _festival(2026, "mid_autumn_festival") == [date(2026, 9, 25)]
    assert _festival(2026, "double_ninth") == [date(2026, 10, 18)]
    assert _festival(2026, "mothers_day") == [date(2026, 5, 10)]  # 2nd Sunday of May
    assert _festival(2026, "fathers_day") == [date(2026, 6, 21)]  # 3rd Sunday of June
    assert _festival(2026, "thanksgiving") == [date(2026, 11, 26)]  # 4th Thursday
    assert _festival(2026, "womens_day") == [date(2026, 3, 8)]
    # Solar terms from the astronomical table, not a fixed day.
    assert _festival(2026, "tomb_sweeping_day") == [date(2026, 4, 5)]
    assert _festival(2025, "tomb_sweeping_day") == [date(2025, 4, 4)]
    assert _festival(2026, "winter_solstice") == [date(2026, 12, 22)]
    assert _festival(2025, "winter_solstice") == [date(2025, 12, 21)]


def test_laba_and_new_years_eve_across_gregorian_years() -> None:
    """A lunar festival near the year end would be lost or shown twice wrongly."""
    assert _festival(2025, "laba") == [date(2025, 1, 7)]
    assert _festival(2024, "laba") == [date(2024, 1, 18)]
    assert _festival(2025, "new_years_eve") == [date(2025, 1, 28)]
    for year in range(2000, 2060):
        assert len(_festival(year, "new_years_eve")) in (0, 1, 2)
        assert all(lunar.from_solar(d)[1:3] == (12, 8) for d in _festival(year, "laba"))


def test_father_day_and_618_share_one_entry_per_kind_in_the_year_list() -> None:
    """Two marketing days on one date are both shown (2023: 父亲节 and 618)."""
    codes = {m.code for m in holidays.year_marks(2023, []) if m.day == date(2023, 6, 18)}
    assert {"fathers_day", "day_618"} <= codes


def test_shop_dates_add_change_remove(db) -> None:
    """The shop's anniversary would not be on the calendar, or could not be fixed."""
    anniversary = holidays.save_shop_date(
        ShopDateData(None, "店庆", DayKind.SHOP, date(2020, 2, 29), True), NOW
    )
    promo = holidays.save_shop_date(
        ShopDateData(None, "会员日", DayKind.SHOP, date(2026, 12, 5), False), NOW
    )
    marks = holidays.marks_between(date(2026, 1, 1), date(2027, 1, 1))
    shop = [(m.day, m.name) for m in marks if m.kind == DayKind.SHOP]
    assert shop == [(date(2026, 2, 28), "店庆"), (date(2026, 12, 5), "会员日")]
    assert [m.day for m in holidays.year_marks(2028) if m.kind == DayKind.SHOP] == [
        date(2028, 2, 29)
    ]
    assert not [m for m in holidays.year_marks(2019) if m.kind == DayKind.SHOP]
    holidays.save_shop_date(
        ShopDateData(promo, "会员日", DayKind.SHOP, date(2026, 12, 6), False), NOW
    )
    holidays.remove_shop_date(anniversary)
    assert [(d.name, d.on) for d in holidays.shop_dates()] == [("会员日", date(2026, 12, 6))]


def test_owner_enters_next_years_official_days(db) -> None:
    """Until the program is updated, the owner can put the announced days in herself."""
    year = holidays.published_years().stop
    holidays.save_shop_date(
        ShopDateData(None, "春节调休", DayKind.WORKDAY, date(year, 2, 20), False), NOW
    )
    marks = holidays.year_marks(year)
    assert [(m.kind, m.name) for m in marks if m.day == date(year, 2, 20)][0] == (
        DayKind.WORKDAY,
        "春节调休",
    )


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (ShopDateData(None, "  ", DayKind.SHOP, date(2026, 1, 1), False), "name"),
        (ShopDateData(None, "x" * 51, DayKind.SHOP, date(2026, 1, 1), False), "name"),
        (ShopDateData(None, "休", DayKind.HOLIDAY, date(2026, 1, 1), True), "yearly"),
        (ShopDateData(None, "节", DayKind.FESTIVAL, date(2026, 1, 1), False), "kind"),
    ],
)
def test_bad_shop_date_is_refused_with_its_field(db, data: ShopDateData, field: str) -> None:
    """A nameless or impossible shop date would clutter the calendar."""
    with pytest.raises(ValidationError) as caught:
        holidays.save_shop_date(data, NOW)
    assert [e.field for e in caught.value.errors] == [field]
    assert holidays.shop_dates() == []


def test_next_day_off() -> None:
    """The Today board would name the wrong coming holiday."""
    mark = holidays.next_day_off(date(2026, 11, 22))
    assert mark is not None and (mark.day, mark.code) == (date(2027, 1, 1), "new_years_day")
