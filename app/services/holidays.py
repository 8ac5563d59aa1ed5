"""What each day of the year is: official days off and adjusted working days,
traditional festivals, marketing days, solar terms, and the shop's own dates.

- Official days off and 调休 working days cannot be computed: the State Council
  publishes them each year. They come from `chinesecalendar` (MIT; the official
  arrangement 2004–2026, updated after each notice) and are imported only here,
  when a calendar is asked for. A later year shows the statutory days of the
  2025 rules (春节 from 除夕, four days; 劳动节 two; 国庆 three; one each for 元旦,
  清明, 端午, 中秋) marked estimated; the owner may enter the published days
  herself as shop dates of kind holiday/workday until the program is updated.
- Festivals follow their rules: lunar dates (through borax), the last day of the
  twelfth lunar month (除夕), nth weekdays (母亲节), and solar terms (清明, 冬至
  from chinesecalendar's astronomical table, never a fixed day).
"""

from __future__ import annotations

import calendar as solar_calendar
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cache

from app.models import DayKind, ShopDate, database
from app.services import lunar
from app.services.messages import QT_TRANSLATE_NOOP, FieldError, Message, ValidationError

# The names, by code: translated in the window and on the command line.
NAMES: dict[str, str] = {
    "new_years_day": QT_TRANSLATE_NOOP("Holidays", "New Year's Day"),
    "laba": QT_TRANSLATE_NOOP("Holidays", "Laba Festival"),
    "new_years_eve": QT_TRANSLATE_NOOP("Holidays", "Chinese New Year's Eve"),
    "spring_festival": QT_TRANSLATE_NOOP("Holidays", "Spring Festival"),
    "lantern_festival": QT_TRANSLATE_NOOP("Holidays", "Lantern Festival"),
    "dragon_head": QT_TRANSLATE_NOOP("Holidays", "Dragon Raises Its Head"),
    "valentines_day": QT_TRANSLATE_NOOP("Holidays", "Valentine's Day"),
    "womens_day": QT_TRANSLATE_NOOP("Holidays", "Women's Day"),
    "tomb_sweeping_day": QT_TRANSLATE_NOOP("Holidays", "Qingming Festival"),
    "labour_day": QT_TRANSLATE_NOOP("Holidays", "Labour Day"),
    "mothers_day": QT_TRANSLATE_NOOP("Holidays", "Mother's Day"),
    "day_520": QT_TRANSLATE_NOOP("Holidays", "520 Day"),
    "childrens_day": QT_TRANSLATE_NOOP("Holidays", "Children's Day"),
    "dragon_boat_festival": QT_TRANSLATE_NOOP("Holidays", "Dragon Boat Festival"),
    "day_618": QT_TRANSLATE_NOOP("Holidays", "618 Shopping Festival"),
    "fathers_day": QT_TRANSLATE_NOOP("Holidays", "Father's Day"),
    "qixi": QT_TRANSLATE_NOOP("Holidays", "Qixi Festival"),
    "teachers_day": QT_TRANSLATE_NOOP("Holidays", "Teachers' Day"),
    "mid_autumn_festival": QT_TRANSLATE_NOOP("Holidays", "Mid-Autumn Festival"),
    "national_day": QT_TRANSLATE_NOOP("Holidays", "National Day"),
    "double_ninth": QT_TRANSLATE_NOOP("Holidays", "Double Ninth Festival"),
    "singles_day": QT_TRANSLATE_NOOP("Holidays", "Double Eleven"),
    "thanksgiving": QT_TRANSLATE_NOOP("Holidays", "Thanksgiving"),
    "double_twelve": QT_TRANSLATE_NOOP("Holidays", "Double Twelve"),
    "winter_solstice": QT_TRANSLATE_NOOP("Holidays", "Winter Solstice"),
    "christmas_eve": QT_TRANSLATE_NOOP("Holidays", "Christmas Eve"),
    "christmas": QT_TRANSLATE_NOOP("Holidays", "Christmas"),
    "victory_70th": QT_TRANSLATE_NOOP("Holidays", "70th Anniversary of the Victory"),
}

# chinesecalendar's holiday names → our codes.
_OFFICIAL = {
    "New Year's Day": "new_years_day",
    "Spring Festival": "spring_festival",
    "Tomb-sweeping Day": "tomb_sweeping_day",
    "Labour Day": "labour_day",
    "Dragon Boat Festival": "dragon_boat_festival",
    "National Day": "national_day",
    "Mid-autumn Festival": "mid_autumn_festival",
    "Anti-Fascist 70th Day": "victory_70th",
}

SOLAR_TERMS: dict[str, str] = {
    "小寒": QT_TRANSLATE_NOOP("Holidays", "Minor Cold"),
    "大寒": QT_TRANSLATE_NOOP("Holidays", "Major Cold"),
    "立春": QT_TRANSLATE_NOOP("Holidays", "Start of Spring"),
    "雨水": QT_TRANSLATE_NOOP("Holidays", "Rain Water"),
    "惊蛰": QT_TRANSLATE_NOOP("Holidays", "Awakening of Insects"),
    "春分": QT_TRANSLATE_NOOP("Holidays", "Spring Equinox"),
    "清明": QT_TRANSLATE_NOOP("Holidays", "Pure Brightness"),
    "谷雨": QT_TRANSLATE_NOOP("Holidays", "Grain Rain"),
    "立夏": QT_TRANSLATE_NOOP("Holidays", "Start of Summer"),
    "小满": QT_TRANSLATE_NOOP("Holidays", "Grain Buds"),
    "芒种": QT_TRANSLATE_NOOP("Holidays", "Grain in Ear"),
    "夏至": QT_TRANSLATE_NOOP("Holidays", "Summer Solstice"),
    "小暑": QT_TRANSLATE_NOOP("Holidays", "Minor Heat"),
    "大暑": QT_TRANSLATE_NOOP("Holidays", "Major Heat"),
    "立秋": QT_TRANSLATE_NOOP("Holidays", "Start of Autumn"),
    "处暑": QT_TRANSLATE_NOOP("Holidays", "End of Heat"),
    "白露": QT_TRANSLATE_NOOP("Holidays", "White Dew"),
    "秋分": QT_TRANSLATE_NOOP("Holidays", "Autumn Equinox"),
    "寒露": QT_TRANSLATE_NOOP("Holidays", "Cold Dew"),
    "霜降": QT_TRANSLATE_NOOP("Holidays", "Frost's Descent"),
    "立冬": QT_TRANSLATE_NOOP("Holidays", "Start of Winter"),
    "小雪": QT_TRANSLATE_NOOP("Holidays", "Minor Snow"),
    "大雪": QT_TRANSLATE_NOOP("Holidays", "Major Snow"),
    "冬至": QT_TRANSLATE_NOOP("Holidays", "Winter Solstice"),
}

NAME_REQUIRED = QT_TRANSLATE_NOOP("Messages", "Give the date a name.")
NAME_TOO_LONG = QT_TRANSLATE_NOOP("Messages", "The name is too long (at most {max} characters).")
KIND_NOT_ALLOWED = QT_TRANSLATE_NOOP(
    "Messages", "A shop date is the shop's own, an official day off or an adjusted working day."
)
YEARLY_OFFICIAL = QT_TRANSLATE_NOOP(
    "Messages",
    "Official days off and adjusted working days change every year: enter them "
    "for one date, not every year.",
)


@dataclass(frozen=True)
class DayMark:
    """One thing a day is. `code` names festivals and official days (see NAMES);
    the shop's dates carry the owner's `name` instead."""

    day: date
    kind: DayKind
    code: str = ""
    name: str = ""
    estimated: bool = False
    shop_date_id: int | None = None


@dataclass(frozen=True)
class ShopDateData:
    id: int | None
    name: str
    kind: DayKind
    on: date
    yearly: bool


# --- festivals and marketing days -------------------------------------------------

Rule = Callable[[int], list[date]]


def _fixed(month: int, day: int) -> Rule:
    return lambda year: [date(year, month, day)]


def _nth_weekday(month: int, weekday: int, nth: int) -> Rule:
    def rule(year: int) -> list[date]:
        first = date(year, month, 1)
        offset = (weekday - first.weekday()) % 7
        return [first + timedelta(days=offset + 7 * (nth - 1))]

    return rule


def _lunar(month: int, day: int) -> Rule:
    """A lunar date in a Gregorian year: taken from both lunar years the year
    touches, so 腊八 can fall in January and again in December, or not at all."""

    def rule(year: int) -> list[date]:
        found = []
        for lunar_year in (year - 1, year):
            if lunar.MIN_YEAR <= lunar_year < lunar.MAX_YEAR:
                solar = lunar.to_solar(lunar_year, month, day, False)
                if solar.year == year:
                    found.append(solar)
        return found

    return rule


def _new_years_eve(year: int) -> list[date]:
    found = []
    for lunar_year in (year, year + 1):
        if lunar.MIN_YEAR < lunar_year <= lunar.MAX_YEAR:
            eve = lunar.to_solar(lunar_year, 1, 1, False) - timedelta(days=1)
            if eve.year == year:
                found.append(eve)
    return found


def _term(name: str) -> Rule:
    def rule(year: int) -> list[date]:
        return [d for d, term in solar_terms(year) if term == name]

    return rule


FESTIVALS: dict[str, Rule] = {
    "laba": _lunar(12, 8),
    "new_years_eve": _new_years_eve,
    "spring_festival": _lunar(1, 1),
    "lantern_festival": _lunar(1, 15),
    "dragon_head": _lunar(2, 2),
    "tomb_sweeping_day": _term("清明"),
    "dragon_boat_festival": _lunar(5, 5),
    "qixi": _lunar(7, 7),
    "mid_autumn_festival": _lunar(8, 15),
    "double_ninth": _lunar(9, 9),
    "winter_solstice": _term("冬至"),
}

MARKETING_DAYS: dict[str, Rule] = {
    "new_years_day": _fixed(1, 1),
    "valentines_day": _fixed(2, 14),
    "womens_day": _fixed(3, 8),
    "labour_day": _fixed(5, 1),
    "mothers_day": _nth_weekday(5, solar_calendar.SUNDAY, 2),
    "day_520": _fixed(5, 20),
    "childrens_day": _fixed(6, 1),
    "day_618": _fixed(6, 18),
    "fathers_day": _nth_weekday(6, solar_calendar.SUNDAY, 3),
    "teachers_day": _fixed(9, 10),
    "national_day": _fixed(10, 1),
    "singles_day": _fixed(11, 11),
    "thanksgiving": _nth_weekday(11, solar_calendar.THURSDAY, 4),
    "double_twelve": _fixed(12, 12),
    "christmas_eve": _fixed(12, 24),
    "christmas": _fixed(12, 25),
}

GREETING_FESTIVALS = tuple(FESTIVALS) + tuple(MARKETING_DAYS)


@cache
def solar_terms(year: int) -> tuple[tuple[date, str], ...]:
    """The 24 solar terms of a year, by their Chinese names."""
    import chinese_calendar  # ~3 ms, and only when a calendar is shown

    terms = chinese_calendar.get_solar_terms(date(year, 1, 1), date(year, 12, 31))
    return tuple((d, str(name)) for d, name in terms)


# --- official days -------------------------------------------------------------------


@cache
def _official_table() -> tuple[dict[date, str], dict[date, str]]:
    import chinese_calendar

    holidays = {d: _OFFICIAL.get(str(n), "") for d, n in chinese_calendar.holidays.items()}
    workdays = {d: _OFFICIAL.get(str(n), "") for d, n in chinese_calendar.workdays.items()}
    return holidays, workdays


def published_years() -> range:
    """The years whose official arrangement the program carries."""
    holidays, _ = _official_table()
    return range(min(holidays).year, max(holidays).year + 1)


def _estimated_days_off(year: int) -> list[tuple[date, str]]:
    """The statutory days of the 2025 rules, for a year not yet published."""
    days: list[tuple[date, str]] = [(date(year, 1, 1), "new_years_day")]
    for eve in _new_years_eve(year - 1) + _new_years_eve(year):
        days += [(eve + timedelta(days=i), "spring_festival") for i in range(4)]
    days += [(d, "tomb_sweeping_day") for d in FESTIVALS["tomb_sweeping_day"](year)]
    days += [(date(year, 5, d), "labour_day") for d in (1, 2)]
    days += [(d, "dragon_boat_festival") for d in FESTIVALS["dragon_boat_festival"](year)]
    days += [(d, "mid_autumn_festival") for d in FESTIVALS["mid_autumn_festival"](year)]
    days += [(date(year, 10, d), "national_day") for d in (1, 2, 3)]
    return [(d, code) for d, code in days if d.year == year]


def official_days(year: int) -> list[DayMark]:
    """Official days off and adjusted working days of a year; estimated days off
    for a year after the last published one; nothing for years before."""
    years = published_years()
    if year in years:
        holidays, workdays = _official_table()
        marks = [DayMark(d, DayKind.HOLIDAY, c) for d, c in holidays.items() if d.year == year]
        marks += [DayMark(d, DayKind.WORKDAY, c) for d, c in workdays.items() if d.year == year]
        return marks
    if year > years.stop - 1:
        return [
            DayMark(d, DayKind.HOLIDAY, code, estimated=True)
            for d, code in _estimated_days_off(year)
        ]
    return []


def is_estimated(year: int) -> bool:
    return year > published_years().stop - 1


# --- the shop's dates -------------------------------------------------------------


def shop_dates() -> list[ShopDateData]:
    return [
        ShopDateData(s.id, s.name, DayKind(s.kind), s.on, s.yearly)
        for s in ShopDate.select().order_by(ShopDate.on, ShopDate.id)
    ]


def shop_date_errors(data: ShopDateData) -> list[FieldError]:
    """What is wrong with a shop date, field by field (the dialog checks as one types)."""
    errors = []
    name = data.name.strip()
    if not name:
        errors.append(FieldError("name", Message(NAME_REQUIRED)))
    elif len(name) > 50:
        errors.append(FieldError("name", Message(NAME_TOO_LONG, {"max": 50})))
    if data.kind not in (DayKind.SHOP, DayKind.HOLIDAY, DayKind.WORKDAY):
        errors.append(FieldError("kind", Message(KIND_NOT_ALLOWED)))
    elif data.yearly and data.kind != DayKind.SHOP:
        errors.append(FieldError("yearly", Message(YEARLY_OFFICIAL)))
    return errors


def save_shop_date(data: ShopDateData, now: datetime) -> int:
    """Add or change one of the shop's dates; returns its id."""
    errors = shop_date_errors(data)
    if errors:
        raise ValidationError(errors)
    fields = {
        "name": data.name.strip(),
        "kind": data.kind,
        "on": data.on,
        "yearly": data.yearly,
    }
    with database.atomic():
        if data.id is None:
            return int(ShopDate.create(created_at=now, **fields).id)
        ShopDate.update(**fields).where(ShopDate.id == data.id).execute()
        return data.id


def remove_shop_date(shop_date_id: int) -> None:
    ShopDate.delete().where(ShopDate.id == shop_date_id).execute()


def _shop_marks(year: int, dates: list[ShopDateData]) -> list[DayMark]:
    marks = []
    for s in dates:
        if s.yearly:
            if s.on.year > year:
                continue
            day = (
                date(year, 2, 28)
                if (s.on.month, s.on.day) == (2, 29) and not solar_calendar.isleap(year)
                else date(year, s.on.month, s.on.day)
            )
        elif s.on.year == year:
            day = s.on
        else:
            continue
        marks.append(DayMark(day, s.kind, name=s.name, shop_date_id=s.id))
    return marks


# --- a year, a window ---------------------------------------------------------------


def year_marks(year: int, dates: list[ShopDateData] | None = None) -> list[DayMark]:
    """Everything the year's days are, sorted by day and kind (§9 `holidays`)."""
    if not lunar.MIN_YEAR < year < lunar.MAX_YEAR:
        return []
    marks = official_days(year)
    for kind, rules in ((DayKind.FESTIVAL, FESTIVALS), (DayKind.MARKETING, MARKETING_DAYS)):
        for code, rule in rules.items():
            marks += [DayMark(d, kind, code) for d in rule(year)]
    marks += _shop_marks(year, shop_dates() if dates is None else dates)
    order = list(DayKind)
    return sorted(marks, key=lambda m: (m.day, order.index(m.kind), m.code, m.name))


def marks_between(start: date, end: date) -> list[DayMark]:
    """The marks of the days in [start, end)."""
    dates = shop_dates()
    found: list[DayMark] = []
    for year in range(start.year, end.year + 1):
        found += [m for m in year_marks(year, dates) if start <= m.day < end]
    return found


def terms_between(start: date, end: date) -> list[tuple[date, str]]:
    found: list[tuple[date, str]] = []
    for year in range(start.year, end.year + 1):
        if lunar.MIN_YEAR < year < lunar.MAX_YEAR:
            found += [(d, n) for d, n in solar_terms(year) if start <= d < end]
    return found


def next_day_off(today: date, horizon_days: int = 400) -> DayMark | None:
    """The first official day off on or after today (the Today board's 'next holiday')."""
    end = today + timedelta(days=horizon_days)
    for mark in marks_between(today, end):
        if mark.kind == DayKind.HOLIDAY:
            return mark
    return None
