"""Birthdays and anniversaries by DOMAIN.md's conventions, for one rule and for a window
read from the database."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta

import pytest

from app.models import Calendar, OccasionKind
from app.services import birthdays, customers, lunar, privacy
from app.services.birthdays import BirthRule, celebrations_between, next_celebration
from app.services.dto import Birthday, CustomerData, FamilyMemberData

NOW = datetime(2026, 11, 22, 10, 0)
SOLAR, LUNAR = Calendar.SOLAR, Calendar.LUNAR


def add(name: str, birthday: Birthday | None = None, **extra) -> int:
    data = CustomerData(name=name, birthday=birthday, **extra)
    return customers.create_customer(data, "test", NOW)


def days_of(occasions, customer_id: int, kind=OccasionKind.BIRTHDAY) -> list[date]:
    return [o.day for o in occasions if o.customer_id == customer_id and o.kind == kind]


# --- one rule ---------------------------------------------------------------------


def test_29_february_in_common_leap_and_2100() -> None:
    """A leap-day baby would get no greeting three years in four."""
    rule = BirthRule(SOLAR, 2, 29, 2000)
    assert next_celebration(rule, date(2027, 1, 10)) == date(2027, 2, 28)
    assert next_celebration(rule, date(2028, 1, 10)) == date(2028, 2, 29)
    assert next_celebration(rule, date(2100, 1, 10)) == date(2100, 2, 28)  # not a leap year
    assert next_celebration(rule, date(2027, 3, 1)) == date(2028, 2, 29)
    assert birthdays.age_on(rule, date(2027, 2, 28)) == 27


def test_birthday_today_counts() -> None:
    """A customer in the shop on her birthday would be wished well a year late."""
    assert next_celebration(BirthRule(SOLAR, 11, 22), date(2026, 11, 22)) == date(2026, 11, 22)
    lunar_today = lunar.from_solar(date(2026, 11, 22))
    rule = BirthRule(LUNAR, lunar_today[1], lunar_today[2])
    assert next_celebration(rule, date(2026, 11, 22)) == date(2026, 11, 22)


def test_31_december_seen_from_1_january() -> None:
    """A birthday just missed would not show, or one just ahead would show a year late."""
    rule = BirthRule(SOLAR, 12, 31, 1990)
    assert next_celebration(rule, date(2027, 1, 1)) == date(2027, 12, 31)
    assert celebrations_between(rule, date(2026, 12, 28), date(2027, 1, 4)) == [date(2026, 12, 31)]
    assert birthdays.age_on(rule, date(2026, 12, 31)) == 36


def test_lunar_months_11_and_12_between_1_january_and_spring_festival() -> None:
    """Between New Year and 春节 a 腊月 birthday is still ahead; it would be skipped a year."""
    # 2025-01-05 is in lunar 2024's 腊月 (春节 2025 is on 29 January).
    today = date(2025, 1, 5)
    rule = BirthRule(LUNAR, 12, 15, 1980)
    day = next_celebration(rule, today)
    assert day == lunar.to_solar(2024, 12, 15, False) == date(2025, 1, 14)
    assert birthdays.age_on(rule, day) == 2024 - 1980  # lunar years, not 2025 - 1980
    # 冬月十五 of lunar 2024 is before that day: the next one is in lunar 2025.
    assert next_celebration(BirthRule(LUNAR, 11, 15), today) == lunar.to_solar(2025, 11, 15, False)


def test_lunar_birthday_twice_or_never_in_one_gregorian_year() -> None:
    """A year's calendar would show a lunar birthday once when it falls twice, or invent one."""
    year = (date(2024, 1, 1), date(2025, 1, 1))
    assert celebrations_between(BirthRule(LUNAR, 12, 1), *year) == [
        date(2024, 1, 11),
        date(2024, 12, 31),
    ]
    assert celebrations_between(BirthRule(LUNAR, 11, 15), date(2025, 1, 1), date(2026, 1, 1)) == []
    assert celebrations_between(BirthRule(LUNAR, 11, 15), *year) == [date(2024, 12, 15)]


def _years_with_leap(month: int, start: int, stop: int, leap: bool) -> list[int]:
    return [y for y in range(start, stop) if (lunar.leap_month_of(y) == month) == leap]


def test_leap_month_birth_in_years_with_and_without_that_leap_month() -> None:
    """A 闰月 baby would get a greeting only once in decades (the strict reading)."""
    with_leap = _years_with_leap(6, 2020, 2100, True)[0]  # 2025 has a 闰六月
    without = _years_with_leap(6, 2020, 2100, False)[0]
    default = BirthRule(LUNAR, 6, 12, 1987, leap=True)
    keeps = BirthRule(LUNAR, 6, 12, 1987, leap=True, keep_leap=True)
    start = date(with_leap, 1, 1)
    # Default: the ordinary month of that number, every year.
    assert next_celebration(default, start) == lunar.to_solar(with_leap, 6, 12, False)
    assert next_celebration(default, date(without, 1, 1)) == lunar.to_solar(without, 6, 12, False)
    # Keeping the leap month: the leap month when the year has it, else the ordinary one.
    assert next_celebration(keeps, start) == lunar.to_solar(with_leap, 6, 12, True)
    assert next_celebration(keeps, date(without, 1, 1)) == lunar.to_solar(without, 6, 12, False)
    # Born in an ordinary month: never greeted in the leap month of the same number.
    ordinary = BirthRule(LUNAR, 6, 12)
    found = celebrations_between(ordinary, date(with_leap, 1, 1), date(with_leap + 1, 1, 1))
    assert found == [lunar.to_solar(with_leap, 6, 12, False)]


def test_day_30_in_a_29_day_month_falls_on_the_29th() -> None:
    """A 三十 birthday would vanish in years when its month is short."""
    rule = BirthRule(LUNAR, 8, 30, 1970)
    for year in range(2020, 2040):
        length = lunar.days_in_month(year, 8, False)
        expected = lunar.to_solar(year, 8, min(30, length), False)
        assert birthdays.lunar_celebration(rule, year) == expected
    short = next(y for y in range(2020, 2040) if lunar.days_in_month(y, 8, False) == 29)
    assert birthdays.lunar_celebration(rule, short) == lunar.to_solar(short, 8, 29, False)


def test_unknown_year_has_no_age_and_ages_count_in_their_calendar() -> None:
    """A wrong age in a greeting ("30岁") is worse than none."""
    assert birthdays.age_on(BirthRule(SOLAR, 3, 1), date(2026, 3, 1)) is None
    assert birthdays.age_on(BirthRule(SOLAR, 3, 1, 1990), date(2026, 3, 1)) == 36
    day = next_celebration(BirthRule(LUNAR, 1, 5, 1990), date(2026, 1, 1))
    assert day == lunar.to_solar(2026, 1, 5, False)
    assert birthdays.age_on(BirthRule(LUNAR, 1, 5, 1990), day) == 36


# --- a window from the database ------------------------------------------------------


def test_window_lists_solar_lunar_anniversary_and_family(db) -> None:
    """The owner would miss birthdays of some kinds in the coming week."""
    solar_id = add("张丽", Birthday(SOLAR, 11, 24, 1996))
    tenth = lunar.from_solar(date(2026, 11, 25))
    lunar_id = add("李芳", Birthday(LUNAR, tenth[1], tenth[2], 1980))
    wed_id = add("王强", anniversary=Birthday(SOLAR, 11, 26, 2016))
    family_id = add(
        "赵敏",
        family_members=(FamilyMemberData("女儿", "小雨", Birthday(SOLAR, 11, 27, 2018)),),
    )
    add("孙悦", Birthday(SOLAR, 12, 10))
    found = birthdays.upcoming(date(2026, 11, 22), 7)
    assert [(o.day, o.customer_id, o.kind, o.calendar, o.age) for o in found] == [
        (date(2026, 11, 24), solar_id, OccasionKind.BIRTHDAY, SOLAR, 30),
        (date(2026, 11, 25), lunar_id, OccasionKind.BIRTHDAY, LUNAR, tenth[0] - 1980),
        (date(2026, 11, 26), wed_id, OccasionKind.ANNIVERSARY, SOLAR, 10),
        (date(2026, 11, 27), family_id, OccasionKind.FAMILY_BIRTHDAY, SOLAR, 8),
    ]
    assert found[3].relation == "女儿" and found[3].person == "小雨"
    assert birthdays.upcoming(date(2026, 11, 22), 7, family=False)[-1].kind == (
        OccasionKind.ANNIVERSARY
    )


def test_archived_and_erased_customers_are_not_greeted(db) -> None:
    """A customer who left, or asked to be forgotten, would still be sent wishes."""
    gone = add("钱红", Birthday(SOLAR, 11, 23, 1990))
    erased = add("周敏", Birthday(SOLAR, 11, 23, 1991))
    kept = add("吴婷", Birthday(SOLAR, 11, 23, 1992))
    privacy.set_archived(gone, True, "test", NOW)
    privacy.erase_customer(erased, "test", NOW)
    assert [o.customer_id for o in birthdays.upcoming(date(2026, 11, 22))] == [kept]


def test_both_calendars_greeted_on_both_days(db) -> None:
    """A customer who keeps her 农历 and her ID-card birthday would be wished on only one."""
    both = add("郑洁", Birthday(SOLAR, 3, 15, 1990), celebrate_both=True)
    one = add("冯静", Birthday(SOLAR, 3, 15, 1990))
    no_year = add("陈晨", Birthday(SOLAR, 3, 15), celebrate_both=True)  # cannot be converted
    born_lunar = lunar.from_solar(date(1990, 3, 15))
    lunar_day = lunar.to_solar(2027, born_lunar[1], born_lunar[2], False)
    found = birthdays.occasions_between(date(2027, 1, 1), date(2028, 1, 1))
    assert days_of(found, both) == sorted([date(2027, 3, 15), lunar_day])
    assert days_of(found, one) == [date(2027, 3, 15)]
    assert days_of(found, no_year) == [date(2027, 3, 15)]
    lunar_one = next(o for o in found if o.customer_id == both and o.calendar == LUNAR)
    assert lunar_one.age == 2027 - 1990 and lunar_one.key == "birthday:lunar"


def test_window_matches_each_rule_forwards(db) -> None:
    """Reading a window through month-day indexes must give exactly the days the rules
    give one by one: any gap is a customer nobody greets."""
    rng = random.Random(20261122)
    rules: dict[int, BirthRule] = {}
    for i in range(260):
        year = None if rng.random() < 0.2 else rng.randint(1940, 2010)
        if rng.random() < 0.5:
            month = rng.randint(1, 12)
            day = rng.randint(1, 29 if month == 2 and year and year % 4 == 0 else 28)
            if rng.random() < 0.1:
                month, day, year = 2, 29, rng.choice([1988, 1992, 2000, None])
            elif rng.random() < 0.15:
                day = 31 if month in (1, 3, 5, 7, 8, 10, 12) else 30 if month != 2 else day
            rule = BirthRule(SOLAR, month, day, year)
        else:
            leap_years = [y for y in range(1940, 2010) if lunar.leap_month_of(y)]
            if rng.random() < 0.15:
                year = rng.choice(leap_years)
                month = lunar.leap_month_of(year)
                day = rng.randint(1, lunar.days_in_month(year, month, True))
                rule = BirthRule(LUNAR, month, day, year, True, rng.random() < 0.5)
            else:
                month = rng.randint(1, 12)
                day = 30 if rng.random() < 0.2 else rng.randint(1, 29)
                if year and day > lunar.days_in_month(year, month, False):
                    year = None
                rule = BirthRule(LUNAR, month, day, year)
        cid = add(f"客{i}", rule.birthday(), keep_leap_month=rule.keep_leap)
        rules[cid] = rule
    windows = [(date(2026, 11, 22), 7), (date(2025, 1, 1), 365), (date(2024, 1, 1), 366)]
    windows += [
        (date(2023, 1, 1) + timedelta(days=rng.randint(0, 2000)), rng.randint(1, 60))
        for _ in range(25)
    ]
    for start, length in windows:
        end = start + timedelta(days=length)
        found = birthdays.occasions_between(start, end)
        for cid, rule in rules.items():
            assert days_of(found, cid) == celebrations_between(rule, start, end), (rule, start)
        for o in found:
            assert o.age == birthdays.age_on(rules[o.customer_id], o.day)


def test_next_occasions_of_a_card(db) -> None:
    """The card would not say when her next birthday is."""
    cid = add("何静", Birthday(SOLAR, 1, 3, 1985), anniversary=Birthday(SOLAR, 12, 1, 2010))
    found = birthdays.next_occasions(cid, date(2026, 11, 22))
    assert [(o.kind, o.day, o.age) for o in found] == [
        (OccasionKind.ANNIVERSARY, date(2026, 12, 1), 16),
        (OccasionKind.BIRTHDAY, date(2027, 1, 3), 42),
    ]


@pytest.mark.parametrize(
    ("born", "other"),
    [
        (Birthday(SOLAR, 3, 15, 1990), Birthday(LUNAR, 2, 19, 1990)),
        (Birthday(SOLAR, 1, 20, 1990), Birthday(LUNAR, 12, 24, 1989)),
        (Birthday(LUNAR, 6, 12, 1987, leap=True), Birthday(SOLAR, 8, 6, 1987)),
    ],
)
def test_other_calendar_birth(born: Birthday, other: Birthday) -> None:
    """The second birthday of a customer who keeps both would be on a wrong day."""
    assert birthdays.other_calendar_birth(born) == other
    assert birthdays.other_calendar_birth(Birthday(SOLAR, 3, 15)) is None


def test_counts_equal_the_occasions(db) -> None:
    """A month view of a large shop counts each day's occasions: they must be the list's."""
    rng = random.Random(7)
    for i in range(150):
        if rng.random() < 0.5:
            born = Birthday(SOLAR, rng.randint(1, 12), rng.randint(1, 28), rng.randint(1950, 2005))
        else:
            born = Birthday(LUNAR, rng.randint(1, 12), rng.randint(1, 30))
        both = rng.random() < 0.2 and born.calendar == SOLAR
        family = (FamilyMemberData("儿子", "小明", Birthday(SOLAR, rng.randint(1, 12), 15)),)
        wedding = Birthday(SOLAR, rng.randint(1, 12), 10) if i % 3 == 0 else None
        add(
            f"客{i}",
            born,
            celebrate_both=both,
            family_members=family if i % 5 == 0 else (),
            anniversary=wedding,
        )
    start, end = date(2026, 1, 1), date(2027, 1, 1)
    expected: dict[date, dict[OccasionKind, int]] = {}
    for o in birthdays.occasions_between(start, end):
        per_day = expected.setdefault(o.day, {})
        per_day[o.kind] = per_day.get(o.kind, 0) + 1
    assert birthdays.occasion_counts(start, end) == expected
