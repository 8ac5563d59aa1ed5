"""Birthdays and anniversaries: when each is celebrated, and who celebrates in a
window of days. The conventions are DOMAIN.md's, everywhere:

- a solar 29 February is celebrated on 28 February in common years;
- a lunar birthday is celebrated in the lunar year of the day: the ordinary month
  of its number (a leap-month birth too, unless the customer keeps the leap month
  and that year has it), on its day or, when the month is shorter, on day 29;
- age is the celebration year minus the birth year (lunar years for lunar births)
  and only when the birth year is known.

A window is searched the other way round: its days are turned into the solar and
lunar month-days they stand for (a few conversions per window, not one per
customer), and the customers are read through the month-day indexes of 0003. So
nothing is converted per customer, nothing stored can go stale when a card changes
or the lunar year turns, and a window over a year lists a lunar birthday twice or
not at all, as the calendar has it.
"""

from __future__ import annotations

import calendar as solar_calendar
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from peewee import Expression, Field

from app.models import Calendar, Customer, FamilyMember, Gender, OccasionKind
from app.services import lunar
from app.services.dto import Birthday

MAX_WINDOW_DAYS = 3 * 366
# The days the calendar works on: the lunar library covers lunar years 1900-2100.
FIRST_DAY = date(1901, 1, 1)
LAST_DAY = date(2099, 12, 31)


@dataclass(frozen=True)
class BirthRule:
    """How one person's birthday (or wedding day) is celebrated."""

    calendar: Calendar
    month: int
    day: int
    year: int | None = None
    leap: bool = False
    keep_leap: bool = False

    @classmethod
    def of(cls, birthday: Birthday, keep_leap: bool = False) -> BirthRule:
        return cls(
            birthday.calendar, birthday.month, birthday.day, birthday.year, birthday.leap, keep_leap
        )

    def birthday(self) -> Birthday:
        return Birthday(self.calendar, self.month, self.day, self.year, self.leap)


@dataclass(frozen=True)
class Occasion:
    """One celebration on one day: a customer's birthday or wedding anniversary, or
    the birthday of someone in her family."""

    day: date
    customer_id: int
    member_no: str
    name: str
    gender: Gender
    kind: OccasionKind
    calendar: Calendar
    born: Birthday
    age: int | None
    last_visit: date | None = None
    marketing_consent: bool = False
    mobile: str = ""
    wechat: str = ""
    relation: str = ""  # family birthdays: who she is to the customer (女儿)
    person: str = ""  # family birthdays: her name
    family_member_id: int | None = None

    @property
    def key(self) -> str:
        """Names the occasion for the greetings sent: one greeting per key and day."""
        if self.kind == OccasionKind.BIRTHDAY:
            return f"birthday:{self.calendar.value}"
        if self.kind == OccasionKind.FAMILY_BIRTHDAY:
            return f"family:{self.family_member_id}"
        return self.kind.value

    def days_from(self, today: date) -> int:
        return (self.day - today).days


# --- one rule, forwards ---------------------------------------------------------


def solar_celebration(month: int, day: int, year: int) -> date:
    """The solar birthday in a year; 29 February falls on 28 February in common years."""
    if month == 2 and day == 29 and not solar_calendar.isleap(year):
        return date(year, 2, 28)
    return date(year, month, day)


def lunar_celebration(rule: BirthRule, lunar_year: int) -> date:
    """The lunar birthday in a lunar year, as a solar date."""
    in_leap = rule.leap and rule.keep_leap and lunar.leap_month_of(lunar_year) == rule.month
    length = lunar.days_in_month(lunar_year, rule.month, in_leap)
    return lunar.to_solar(lunar_year, rule.month, min(rule.day, length), in_leap)


def celebration_year(rule: BirthRule, day: date) -> int:
    """The year (lunar for lunar rules) of the celebration that falls on `day`."""
    return lunar.from_solar(day)[0] if rule.calendar == Calendar.LUNAR else day.year


def age_on(rule: BirthRule, day: date) -> int | None:
    """Age at the celebration on `day` (周岁), when the birth year is known."""
    if rule.year is None:
        return None
    return celebration_year(rule, day) - rule.year


def celebrations_between(rule: BirthRule, start: date, end: date) -> list[date]:
    """Every celebration in [start, end), in order: a lunar birthday can fall twice
    in one Gregorian year, or not at all."""
    if rule.calendar == Calendar.SOLAR:
        years: Iterable[int] = range(start.year, end.year + 1)
        found = [solar_celebration(rule.month, rule.day, y) for y in years]
    else:
        first = max(lunar.MIN_YEAR, lunar.from_solar(start)[0] - 1)
        last = min(lunar.MAX_YEAR - 1, lunar.from_solar(end - timedelta(days=1))[0])
        found = [lunar_celebration(rule, y) for y in range(first, last + 1)]
    return sorted(d for d in found if start <= d < end)


def next_celebration(rule: BirthRule, today: date) -> date:
    """The first celebration on or after today (a birthday today counts)."""
    if rule.calendar == Calendar.SOLAR:
        this_year = solar_celebration(rule.month, rule.day, today.year)
        return (
            this_year
            if this_year >= today
            else solar_celebration(rule.month, rule.day, today.year + 1)
        )
    year = lunar.from_solar(today)[0]
    this_year = lunar_celebration(rule, year)
    return this_year if this_year >= today else lunar_celebration(rule, year + 1)


# --- a window, backwards ---------------------------------------------------------


@dataclass(frozen=True)
class _LunarDay:
    day: date
    year: int
    month: int
    mday: int
    leap: bool
    length: int  # days in this lunar month
    year_leap_month: int


def _lunar_days(start: date, end: date) -> list[_LunarDay]:
    days: list[_LunarDay] = []
    current = start
    while current < end:
        year, month, mday, leap = lunar.from_solar(current)
        length = lunar.days_in_month(year, month, leap)
        leap_month = lunar.leap_month_of(year)
        # The rest of this lunar month needs no conversion.
        while current < end and mday <= length:
            days.append(_LunarDay(current, year, month, mday, leap, length, leap_month))
            current += timedelta(days=1)
            mday += 1
    return days


def lunar_rule_falls_on(rule: BirthRule, info: _LunarDay) -> bool:
    if rule.month != info.month:
        return False
    in_leap = rule.leap and rule.keep_leap and info.year_leap_month == rule.month
    if info.leap != in_leap:
        return False
    return rule.day == info.mday or (info.mday == info.length and rule.day > info.length)


def solar_rule_falls_on(rule: BirthRule, day: date) -> bool:
    if (rule.month, rule.day) == (day.month, day.day):
        return True
    return (
        (rule.month, rule.day) == (2, 29)
        and (day.month, day.day) == (2, 28)
        and not solar_calendar.isleap(day.year)
    )


class _Window:
    """A window of days as the month-days a birthday must have to fall in it."""

    def __init__(self, start: date, end: date) -> None:
        self.start, self.end = start, end
        self.solar_days = [start + timedelta(days=i) for i in range((end - start).days)]
        self.lunar_days = _lunar_days(start, end)
        solar_keys = [(d.month, d.day) for d in self.solar_days]
        # 28 February of a common year is also the day of those born on the 29th.
        solar_keys += [
            (2, 29)
            for d in self.solar_days
            if (d.month, d.day) == (2, 28) and not solar_calendar.isleap(d.year)
        ]
        self.solar_keys = _month_days(solar_keys)
        lunar_keys: list[tuple[int, int]] = []
        for info in self.lunar_days:
            lunar_keys.append((info.month, info.mday))
            if info.mday == info.length:
                lunar_keys.extend((info.month, d) for d in range(info.length + 1, 31))
        self.lunar_keys = _month_days(lunar_keys)

    def days_of(self, rule: BirthRule) -> list[tuple[date, int | None]]:
        """The days of the window the rule is celebrated on, with the age."""
        found: list[tuple[date, int | None]] = []
        if rule.calendar == Calendar.SOLAR:
            for day in self.solar_days:
                if solar_rule_falls_on(rule, day):
                    found.append((day, day.year - rule.year if rule.year else None))
        else:
            for info in self.lunar_days:
                if lunar_rule_falls_on(rule, info):
                    found.append((info.day, info.year - rule.year if rule.year else None))
        return found

    def keys(self, calendar: Calendar) -> dict[int, list[int]]:
        return self.solar_keys if calendar == Calendar.SOLAR else self.lunar_keys


def _month_days(pairs: Iterable[tuple[int, int]]) -> dict[int, list[int]]:
    by_month: dict[int, set[int]] = {}
    for month, day in pairs:
        by_month.setdefault(month, set()).add(day)
    return {m: sorted(days) for m, days in sorted(by_month.items())}


def _md_condition(month: Field, day: Field, keys: dict[int, list[int]]) -> Expression | None:
    """(month = 1 AND day IN (30, 31)) OR (month = 2 AND day IN (1, 2)): one index
    seek per month of the window."""
    condition: Expression | None = None
    for m, days in keys.items():
        term = (month == m) & (day.in_(days))
        condition = term if condition is None else (condition | term)
    return condition


_CUSTOMER_FIELDS = (
    Customer.id,
    Customer.member_no,
    Customer.name,
    Customer.gender,
    Customer.last_visit,
    Customer.marketing_consent,
    Customer.mobile,
    Customer.wechat,
)


def _active() -> Expression:
    return (Customer.archived == False) & (Customer.erased == False)  # noqa: E712


def _occasion(
    row: Any, day: date, age: int | None, kind: OccasionKind, rule: BirthRule, **extra: Any
) -> Occasion:
    cid, member_no, name, gender, last_visit, consent, mobile, wechat = row[:8]
    return Occasion(
        day=day,
        customer_id=cid,
        member_no=member_no,
        name=name,
        gender=Gender(gender),
        kind=kind,
        calendar=rule.calendar,
        born=rule.birthday(),
        age=age,
        last_visit=last_visit,
        marketing_consent=bool(consent),
        mobile=mobile or "",
        wechat=wechat or "",
        **extra,
    )


def _birthdays(window: _Window) -> list[Occasion]:
    found: list[Occasion] = []
    for calendar in (Calendar.SOLAR, Calendar.LUNAR):
        condition = _md_condition(Customer.birth_month, Customer.birth_day, window.keys(calendar))
        if condition is None:
            continue
        query: Any = (
            Customer.select(
                *_CUSTOMER_FIELDS,
                Customer.birth_year,
                Customer.birth_month,
                Customer.birth_day,
                Customer.birth_leap,
                Customer.keep_leap_month,
            )
            .where((Customer.birth_calendar == calendar.value) & condition & _active())
            .tuples()
        )
        for row in query:
            year, month, mday, leap, keep = row[8:]
            rule = BirthRule(calendar, month, mday, year, bool(leap), bool(keep))
            for day, age in window.days_of(rule):
                found.append(_occasion(row, day, age, OccasionKind.BIRTHDAY, rule))
    # The same birth in the other calendar, for customers who celebrate both.
    for calendar in (Calendar.SOLAR, Calendar.LUNAR):
        condition = _md_condition(
            Customer.other_birth_month, Customer.other_birth_day, window.keys(calendar)
        )
        if condition is None:
            continue
        primary = Calendar.LUNAR if calendar == Calendar.SOLAR else Calendar.SOLAR
        query = (
            Customer.select(
                *_CUSTOMER_FIELDS,
                Customer.other_birth_year,
                Customer.other_birth_month,
                Customer.other_birth_day,
                Customer.other_birth_leap,
                Customer.keep_leap_month,
            )
            .where(
                (Customer.celebrate_both == True)  # noqa: E712
                & (Customer.birth_calendar == primary.value)
                & condition
                & _active()
            )
            .tuples()
        )
        for row in query:
            year, month, mday, leap, keep = row[8:]
            rule = BirthRule(calendar, month, mday, year, bool(leap), bool(keep))
            for day, age in window.days_of(rule):
                found.append(_occasion(row, day, age, OccasionKind.BIRTHDAY, rule))
    return found


def _anniversaries(window: _Window) -> list[Occasion]:
    condition = _md_condition(
        Customer.anniversary_month, Customer.anniversary_day, window.solar_keys
    )
    if condition is None:
        return []
    found: list[Occasion] = []
    query: Any = (
        Customer.select(
            *_CUSTOMER_FIELDS,
            Customer.anniversary_year,
            Customer.anniversary_month,
            Customer.anniversary_day,
        )
        .where(condition & _active())
        .tuples()
    )
    for row in query:
        year, month, mday = row[8:]
        rule = BirthRule(Calendar.SOLAR, month, mday, year)
        for day, age in window.days_of(rule):
            found.append(_occasion(row, day, age, OccasionKind.ANNIVERSARY, rule))
    return found


def _family_birthdays(window: _Window) -> list[Occasion]:
    found: list[Occasion] = []
    for calendar in (Calendar.SOLAR, Calendar.LUNAR):
        condition = _md_condition(
            FamilyMember.birth_month, FamilyMember.birth_day, window.keys(calendar)
        )
        if condition is None:
            continue
        query: Any = (
            FamilyMember.select(
                *_CUSTOMER_FIELDS,
                FamilyMember.birth_year,
                FamilyMember.birth_month,
                FamilyMember.birth_day,
                FamilyMember.birth_leap,
                FamilyMember.id,
                FamilyMember.relation,
                FamilyMember.name,
            )
            .join(Customer)
            .where((FamilyMember.birth_calendar == calendar.value) & condition & _active())
            .tuples()
        )
        for row in query:
            year, month, mday, leap, member_id, relation, person = row[8:]
            rule = BirthRule(calendar, month, mday, year, bool(leap))
            for day, age in window.days_of(rule):
                found.append(
                    _occasion(
                        row,
                        day,
                        age,
                        OccasionKind.FAMILY_BIRTHDAY,
                        rule,
                        relation=relation,
                        person=person,
                        family_member_id=member_id,
                    )
                )
    return found


_KIND_ORDER = {
    OccasionKind.BIRTHDAY: 0,
    OccasionKind.ANNIVERSARY: 1,
    OccasionKind.FAMILY_BIRTHDAY: 2,
}


def occasions_between(start: date, end: date, *, family: bool = True) -> list[Occasion]:
    """Every birthday and anniversary celebrated in [start, end) by the customers
    on the books (archived and erased cards left out), sorted by day, member
    number, then kind. A customer whose solar and lunar birthdays fall on the same
    day is listed once."""
    start = max(start, FIRST_DAY)
    end = min(end, start + timedelta(days=MAX_WINDOW_DAYS), LAST_DAY + timedelta(days=1))
    if end <= start:
        return []
    window = _Window(start, end)
    found = _birthdays(window) + _anniversaries(window)
    if family:
        found += _family_birthdays(window)
    seen: set[tuple[int, OccasionKind, int | None, date]] = set()
    unique: list[Occasion] = []
    found.sort(
        key=lambda o: (
            o.day,
            o.member_no,
            _KIND_ORDER[o.kind],
            o.family_member_id or 0,
            o.calendar != Calendar.SOLAR,
        )
    )
    for item in found:
        mark = (item.customer_id, item.kind, item.family_member_id, item.day)
        if mark not in seen:
            seen.add(mark)
            unique.append(item)
    return unique


def upcoming(today: date, days: int = 7, *, family: bool = True) -> list[Occasion]:
    """The occasions of the next `days` days, today included."""
    return occasions_between(today, today + timedelta(days=days), family=family)


# --- one customer ----------------------------------------------------------------


def rules_of(customer_id: int) -> list[tuple[OccasionKind, BirthRule]]:
    """The birthdays (one per calendar she celebrates) and anniversary of a card."""
    c = Customer.get_by_id(customer_id)
    rules: list[tuple[OccasionKind, BirthRule]] = []
    if c.birth_month and c.birth_day:
        calendar = Calendar(c.birth_calendar)
        rules.append(
            (
                OccasionKind.BIRTHDAY,
                BirthRule(
                    calendar,
                    c.birth_month,
                    c.birth_day,
                    c.birth_year,
                    c.birth_leap,
                    c.keep_leap_month,
                ),
            )
        )
        if c.celebrate_both and c.other_birth_month and c.other_birth_day:
            other = Calendar.SOLAR if calendar == Calendar.LUNAR else Calendar.LUNAR
            rules.append(
                (
                    OccasionKind.BIRTHDAY,
                    BirthRule(
                        other,
                        c.other_birth_month,
                        c.other_birth_day,
                        c.other_birth_year,
                        c.other_birth_leap,
                        c.keep_leap_month,
                    ),
                )
            )
    if c.anniversary_month and c.anniversary_day:
        rules.append(
            (
                OccasionKind.ANNIVERSARY,
                BirthRule(
                    Calendar.SOLAR, c.anniversary_month, c.anniversary_day, c.anniversary_year
                ),
            )
        )
    return rules


@dataclass(frozen=True)
class NextOccasion:
    kind: OccasionKind
    calendar: Calendar
    day: date
    age: int | None


def next_occasions(customer_id: int, today: date) -> list[NextOccasion]:
    """A card's next birthday(s) and anniversary, soonest first."""
    found = []
    for kind, rule in rules_of(customer_id):
        day = next_celebration(rule, today)
        found.append(NextOccasion(kind, rule.calendar, day, age_on(rule, day)))
    return sorted(found, key=lambda o: o.day)


def other_calendar_birth(birthday: Birthday) -> Birthday | None:
    """The same day of birth in the other calendar; needs the birth year."""
    if birthday.year is None:
        return None
    try:
        if birthday.calendar == Calendar.SOLAR:
            born = date(birthday.year, birthday.month, birthday.day)
            y, m, d, leap = lunar.from_solar(born)
            return Birthday(Calendar.LUNAR, m, d, y, leap)
        solar = lunar.to_solar(birthday.year, birthday.month, birthday.day, birthday.leap)
    except ValueError:
        return None
    return Birthday(Calendar.SOLAR, solar.month, solar.day, solar.year)
