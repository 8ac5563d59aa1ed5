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
import operator
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import reduce
from typing import Any, NamedTuple

from peewee import Expression, Field, SqliteDatabase, Value, fn

from app.models import Calendar, Customer, FamilyMember, Gender, OccasionKind, database
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


class Occasion(NamedTuple):
    """One celebration on one day: a customer's birthday or wedding anniversary, or
    the birthday of someone in her family. (A named tuple: a week at 100,000
    customers holds ~2,600 of them, and a frozen dataclass costs 4× as much to make.)"""

    day: date
    customer_id: int
    member_no: str
    name: str
    gender: Gender
    kind: OccasionKind
    calendar: Calendar
    born_month: int
    born_day: int
    born_year: int | None
    born_leap: bool
    age: int | None
    last_visit: date | None = None
    marketing_consent: bool = False
    mobile: str = ""
    wechat: str = ""
    relation: str = ""  # family birthdays: who she is to the customer (女儿)
    person: str = ""  # family birthdays: her name
    family_member_id: int | None = None

    @property
    def born(self) -> Birthday:
        """The date as kept on the card (lunar month and day for a lunar birthday)."""
        return Birthday(self.calendar, self.born_month, self.born_day, self.born_year,
                        self.born_leap)  # fmt: skip

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

# (solar day, age reference year) for each key a birthday may have.
_Hits = dict[tuple[int, int], list[tuple[date, int]]]
_LunarHits = dict[tuple[int, int, bool], list[tuple[date, int, int]]]


class _Window:
    """A window of days as the month-days a birthday must have to fall in it, each
    with the days it falls on: a birthday is then placed by one dictionary lookup."""

    def __init__(self, start: date, end: date) -> None:
        self.solar: _Hits = {}
        self.lunar: _LunarHits = {}
        day = start
        while day < end:
            self.solar.setdefault((day.month, day.day), []).append((day, day.year))
            if (day.month, day.day) == (2, 28) and not solar_calendar.isleap(day.year):
                # 28 February of a common year is also the day of those born on the 29th.
                self.solar.setdefault((2, 29), []).append((day, day.year))
            day += timedelta(days=1)
        day = start
        while day < end:
            # One conversion per lunar month of the window; its days follow on.
            year, month, mday, leap = lunar.from_solar(day)
            length = lunar.days_in_month(year, month, leap)
            leap_month = lunar.leap_month_of(year)
            while day < end and mday <= length:
                hit = (day, year, leap_month)
                self.lunar.setdefault((month, mday, leap), []).append(hit)
                if mday == length:  # day 30 falls on 29 in a short month
                    for later in range(length + 1, 31):
                        self.lunar.setdefault((month, later, leap), []).append(hit)
                day += timedelta(days=1)
                mday += 1

    def days_of(self, rule: BirthRule) -> list[tuple[date, int | None]]:
        """The days of the window the rule is celebrated on, with the age."""
        if rule.calendar == Calendar.SOLAR:
            born = rule.year
            return [
                (d, y - born if born else None)
                for d, y in self.solar.get((rule.month, rule.day), ())
            ]
        return self.lunar_days_of(rule.month, rule.day, rule.year, rule.leap, rule.keep_leap)

    def lunar_days_of(
        self, month: int, day: int, born: int | None, leap: bool, keep_leap: bool
    ) -> list[tuple[date, int | None]]:
        hits = self.lunar.get((month, day, False))
        keeps = leap and keep_leap
        found = [
            (d, y - born if born else None)
            for d, y, leap_month in hits or ()
            # A leap-month birth that keeps the leap month skips the ordinary month
            # in years that have its leap month.
            if not (keeps and leap_month == month)
        ]
        if keeps:
            found += [
                (d, y - born if born else None)
                for d, y, _ in self.lunar.get((month, day, True), ())
            ]
            found.sort()
        return found

    def keys(self, calendar: Calendar) -> dict[int, list[int]]:
        """{month: [days]} a birthday of the calendar must have to fall in the window."""
        pairs = self.solar if calendar == Calendar.SOLAR else {k[:2] for k in self.lunar}
        by_month: dict[int, set[int]] = {}
        for month, day in pairs:
            by_month.setdefault(month, set()).add(day)
        return {m: sorted(days) for m, days in sorted(by_month.items())}


def lunar_rule_falls_on(rule: BirthRule, day: date) -> bool:
    """Whether a lunar rule is celebrated on a solar day (one conversion)."""
    return any(d == day for d, _ in _Window(day, day + timedelta(days=1)).days_of(rule))


def _md_terms(
    calendar_field: Field | None, calendar: Calendar, month: Field, day: Field, window: _Window
) -> list[Expression]:
    """(calendar = 'lunar' AND month = 1 AND day IN (29, 30)) OR …: each term seeks the
    (calendar, month, day) index, which SQLite's OR optimisation unions."""
    terms = []
    for m, days in window.keys(calendar).items():
        term = (month == m) & day.in_(days)
        if calendar_field is not None:
            term = (calendar_field == calendar.value) & term
        terms.append(term)
    return terms


def _any(terms: list[Expression]) -> Expression:
    return reduce(operator.or_, terms)


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
    if isinstance(database.obj, SqliteDatabase):
        # "+ 0" keeps SQLite from reading the whole (archived, last_visit, id) index
        # for archived = 0 instead of seeking the month-day index (120 ms, not 2 ms).
        return ((Customer.archived + 0) == 0) & ((Customer.erased + 0) == 0)
    return (Customer.archived == False) & (Customer.erased == False)  # noqa: E712


def _as_date(value: Any) -> date | None:
    """A date from a raw row: text from SQLite, a date from PostgreSQL."""
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def _rows(query: Any) -> list[tuple[Any, ...]]:
    """Raw rows: peewee's per-row conversion costs more than the query here."""
    return list(database.execute(query).fetchall())


_GENDERS = {g.value: g for g in Gender}
_CALENDARS = {c.value: c for c in Calendar}
_OTHER = {Calendar.SOLAR.value: Calendar.LUNAR, Calendar.LUNAR.value: Calendar.SOLAR}


def _occasions(
    rows: list[tuple[Any, ...]], window: _Window, kind: OccasionKind, other: bool = False
) -> list[Occasion]:
    """Occasions from rows of (the customer's 8 fields, calendar, year, month, day,
    leap, keep-leap, relation, person, family member id); `other` reads the calendar
    as the one the customer did not give (her second birthday)."""
    found = []
    solar_hits = window.solar
    for row in rows:
        cid, member_no, name, gender, last_visit, consent, mobile, wechat = row[:8]
        calendar_value, year, month, day, leap, keep, relation, person, member_id = row[8:]
        calendar = _OTHER[calendar_value] if other else _CALENDARS[calendar_value]
        if calendar == Calendar.SOLAR:
            hits = [(d, y - year if year else None) for d, y in solar_hits.get((month, day), ())]
        else:
            hits = window.lunar_days_of(month, day, year, bool(leap), bool(keep))
        for when, age in hits:
            found.append(
                Occasion(
                    when, cid, member_no, name, _GENDERS[gender], kind, calendar, month, day,
                    year, bool(leap), age, _as_date(last_visit), bool(consent), mobile or "",
                    wechat or "", relation or "", person or "", member_id,
                )
            )  # fmt: skip
    return found


_NO_FAMILY = (Value(None), Value(None), Value(None))


def _birthdays(window: _Window) -> list[Occasion]:
    c = Customer
    terms = _md_terms(c.birth_calendar, Calendar.SOLAR, c.birth_month, c.birth_day, window)
    terms += _md_terms(c.birth_calendar, Calendar.LUNAR, c.birth_month, c.birth_day, window)
    query = c.select(
        *_CUSTOMER_FIELDS, c.birth_calendar, c.birth_year, c.birth_month, c.birth_day,
        c.birth_leap, c.keep_leap_month, *_NO_FAMILY,
    ).where(_any(terms) & _active())  # fmt: skip
    found = _occasions(_rows(query), window, OccasionKind.BIRTHDAY)
    # The same birth in the other calendar, for customers who celebrate both: few
    # rows, so one query over both calendars' month-days, the calendar told per row.
    terms = _md_terms(None, Calendar.SOLAR, c.other_birth_month, c.other_birth_day, window)
    terms += _md_terms(None, Calendar.LUNAR, c.other_birth_month, c.other_birth_day, window)
    query = c.select(
        *_CUSTOMER_FIELDS, c.birth_calendar, c.other_birth_year, c.other_birth_month,
        c.other_birth_day, c.other_birth_leap, c.keep_leap_month, *_NO_FAMILY,
    ).where(_any(terms) & (c.celebrate_both == True) & _active())  # noqa: E712  # fmt: skip
    return found + _occasions(_rows(query), window, OccasionKind.BIRTHDAY, other=True)


def _anniversaries(window: _Window) -> list[Occasion]:
    c = Customer
    terms = _md_terms(None, Calendar.SOLAR, c.anniversary_month, c.anniversary_day, window)
    query = c.select(
        *_CUSTOMER_FIELDS, Value(Calendar.SOLAR.value), c.anniversary_year, c.anniversary_month,
        c.anniversary_day, Value(False), Value(False), *_NO_FAMILY,
    ).where(_any(terms) & _active())  # fmt: skip
    return _occasions(_rows(query), window, OccasionKind.ANNIVERSARY)


def _family_birthdays(window: _Window) -> list[Occasion]:
    fm = FamilyMember
    terms = _md_terms(fm.birth_calendar, Calendar.SOLAR, fm.birth_month, fm.birth_day, window)
    terms += _md_terms(fm.birth_calendar, Calendar.LUNAR, fm.birth_month, fm.birth_day, window)
    query = (
        fm.select(
            *_CUSTOMER_FIELDS,
            fm.birth_calendar,
            fm.birth_year,
            fm.birth_month,
            fm.birth_day,
            fm.birth_leap,
            Value(False),
            fm.relation,
            fm.name,
            fm.id,
        )  # fmt: skip
        .join(Customer)
        .where(_any(terms) & _active())
    )
    return _occasions(_rows(query), window, OccasionKind.FAMILY_BIRTHDAY)


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
    found.sort(
        key=lambda o: (
            o.day, o.member_no, _KIND_ORDER[o.kind], o.family_member_id or 0,
            o.calendar != Calendar.SOLAR,
        )
    )  # fmt: skip
    unique: list[Occasion] = []
    seen: set[tuple[int, OccasionKind, int | None, date]] = set()
    for item in found:
        mark = (item.customer_id, item.kind, item.family_member_id, item.day)
        if mark not in seen:
            seen.add(mark)
            unique.append(item)
    return unique


def _count_into(
    counts: dict[date, dict[OccasionKind, int]],
    rows: list[tuple[Any, ...]],
    window: _Window,
    kind: OccasionKind,
    other: bool = False,
) -> None:
    for calendar_value, month, day, leap, keep, number in rows:
        calendar = _OTHER[calendar_value] if other else _CALENDARS[calendar_value]
        if calendar == Calendar.SOLAR:
            days = [d for d, _ in window.solar.get((month, day), ())]
        else:
            days = [d for d, _ in window.lunar_days_of(month, day, None, bool(leap), bool(keep))]
        for d in days:
            per_day = counts.setdefault(d, {})
            per_day[kind] = per_day.get(kind, 0) + number


def occasion_counts(start: date, end: date) -> dict[date, dict[OccasionKind, int]]:
    """How many birthdays, anniversaries and family birthdays each day of [start, end)
    has: what a month view of a large shop shows, counted from the month-day
    indexes alone (a 42-day month grid at 100,000 customers in a few ms)."""
    start = max(start, FIRST_DAY)
    end = min(end, start + timedelta(days=MAX_WINDOW_DAYS), LAST_DAY + timedelta(days=1))
    counts: dict[date, dict[OccasionKind, int]] = {}
    if end <= start:
        return counts
    window = _Window(start, end)
    c, fm = Customer, FamilyMember
    group: tuple[Any, ...] = (
        c.birth_calendar, c.birth_month, c.birth_day, c.birth_leap, c.keep_leap_month,
    )  # fmt: skip
    terms = _md_terms(c.birth_calendar, Calendar.SOLAR, c.birth_month, c.birth_day, window)
    terms += _md_terms(c.birth_calendar, Calendar.LUNAR, c.birth_month, c.birth_day, window)
    query: Any = c.select(*group, fn.COUNT(c.id)).where(_any(terms) & _active()).group_by(*group)
    _count_into(counts, _rows(query), window, OccasionKind.BIRTHDAY)
    # Second birthdays, one by one (few): a day that is also her first birthday's
    # counts once, as the list shows her once.
    terms = _md_terms(None, Calendar.SOLAR, c.other_birth_month, c.other_birth_day, window)
    terms += _md_terms(None, Calendar.LUNAR, c.other_birth_month, c.other_birth_day, window)
    query = c.select(
        c.birth_calendar, c.birth_month, c.birth_day, c.birth_leap, c.keep_leap_month,
        c.other_birth_month, c.other_birth_day, c.other_birth_leap,
    ).where(_any(terms) & (c.celebrate_both == True) & _active())  # noqa: E712  # fmt: skip
    for calendar_value, month, day, leap, keep, o_month, o_day, o_leap in _rows(query):
        first = BirthRule(_CALENDARS[calendar_value], month, day, None, bool(leap), bool(keep))
        second = BirthRule(_OTHER[calendar_value], o_month, o_day, None, bool(o_leap), bool(keep))
        taken = {d for d, _ in window.days_of(first)}
        for d, _ in window.days_of(second):
            if d not in taken:
                per_day = counts.setdefault(d, {})
                per_day[OccasionKind.BIRTHDAY] = per_day.get(OccasionKind.BIRTHDAY, 0) + 1
    terms = _md_terms(None, Calendar.SOLAR, c.anniversary_month, c.anniversary_day, window)
    query = (
        c.select(
            Value("solar"),
            c.anniversary_month,
            c.anniversary_day,
            Value(False),
            Value(False),
            fn.COUNT(c.id),
        )  # fmt: skip
        .where(_any(terms) & _active())
        .group_by(c.anniversary_month, c.anniversary_day)
    )
    _count_into(counts, _rows(query), window, OccasionKind.ANNIVERSARY)
    group = (fm.birth_calendar, fm.birth_month, fm.birth_day, fm.birth_leap)
    terms = _md_terms(fm.birth_calendar, Calendar.SOLAR, fm.birth_month, fm.birth_day, window)
    terms += _md_terms(fm.birth_calendar, Calendar.LUNAR, fm.birth_month, fm.birth_day, window)
    query = (
        fm.select(*group, Value(False), fn.COUNT(fm.id))
        .join(Customer)
        .where(_any(terms) & _active())
        .group_by(*group)
    )
    _count_into(counts, _rows(query), window, OccasionKind.FAMILY_BIRTHDAY)
    return counts


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
