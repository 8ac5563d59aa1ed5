"""How the calendar names things in the user's language: festivals and official
days, occasions (生日, 农历生日, 结婚纪念日, 女儿的生日), ages and lunar days."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale

from app.models.enums import Calendar, DayKind, OccasionKind
from app.services import holidays, lunar
from app.services.birthdays import Occasion
from app.services.dto import Birthday
from app.ui import texts

if TYPE_CHECKING:  # greetings writes Excel: openpyxl is not loaded at start
    from app.services.greetings import GreetingItem

BIRTHDAY = QT_TRANSLATE_NOOP("Calendar", "birthday")
LUNAR_BIRTHDAY = QT_TRANSLATE_NOOP("Calendar", "lunar birthday")
ANNIVERSARY = QT_TRANSLATE_NOOP("Calendar", "wedding anniversary")
FAMILY_BIRTHDAY = QT_TRANSLATE_NOOP("Calendar", "{relation}'s birthday")
FAMILY_BIRTHDAY_NO_RELATION = QT_TRANSLATE_NOOP("Calendar", "family birthday")
AGE_BIRTHDAY = QT_TRANSLATE_NOOP("Calendar", "turns {age}")
AGE_ANNIVERSARY = QT_TRANSLATE_NOOP("Calendar", "{age}-year anniversary")
WORKDAY = QT_TRANSLATE_NOOP("Calendar", "{holiday}: working day")
ESTIMATED = QT_TRANSLATE_NOOP("Calendar", "{name} (estimated)")
DAY_OFF = QT_TRANSLATE_NOOP("Calendar", "Day off")
WORK = QT_TRANSLATE_NOOP("Calendar", "Work")
TODAY = QT_TRANSLATE_NOOP("Calendar", "today")
TOMORROW = QT_TRANSLATE_NOOP("Calendar", "tomorrow")
IN_DAYS = QT_TRANSLATE_NOOP("Calendar", "in {days} days")

KINDS = {
    DayKind.HOLIDAY: QT_TRANSLATE_NOOP("Calendar", "Official day off"),
    DayKind.WORKDAY: QT_TRANSLATE_NOOP("Calendar", "Adjusted working day"),
    DayKind.FESTIVAL: QT_TRANSLATE_NOOP("Calendar", "Traditional festival"),
    DayKind.MARKETING: QT_TRANSLATE_NOOP("Calendar", "Marketing day"),
    DayKind.SHOP: QT_TRANSLATE_NOOP("Calendar", "Shop date"),
}


def _t(text: str) -> str:
    return QCoreApplication.translate("Calendar", text)


def festival_name(code: str) -> str:
    """春节, Spring Festival."""
    source = holidays.NAMES.get(code, code)
    return QCoreApplication.translate("Holidays", source)


def term_name(chinese: str) -> str:
    """A solar term: its Chinese name in Chinese, its English name otherwise."""
    if texts.is_chinese():
        return chinese
    return QCoreApplication.translate("Holidays", holidays.SOLAR_TERMS.get(chinese, chinese))


def mark_name(mark: holidays.DayMark) -> str:
    """What to call a day mark: the shop's own name, or the festival's, with
    'working day' for an adjusted working day and 'estimated' for a guessed day off."""
    name = mark.name or festival_name(mark.code)
    if mark.kind == DayKind.WORKDAY:
        name = _t(WORKDAY).format(holiday=name)
    if mark.estimated:
        name = _t(ESTIMATED).format(name=name)
    return name


def kind_name(kind: DayKind) -> str:
    return _t(KINDS[kind])


def occasion_label(item: Occasion | GreetingItem) -> str:
    """生日, 农历生日, 结婚纪念日, 女儿的生日, 中秋节 — the {occasion} of a greeting."""
    festival = getattr(item, "festival", "")
    if festival:
        return festival_name(festival)
    if item.kind == OccasionKind.ANNIVERSARY:
        return _t(ANNIVERSARY)
    if item.kind == OccasionKind.FAMILY_BIRTHDAY:
        if item.relation:
            return _t(FAMILY_BIRTHDAY).format(relation=item.relation)
        return _t(FAMILY_BIRTHDAY_NO_RELATION)
    return _t(LUNAR_BIRTHDAY if item.calendar == Calendar.LUNAR else BIRTHDAY)


def age_text(item: Occasion | GreetingItem) -> str:
    """30岁生日 / turns 30, 10周年 / 10-year anniversary; empty when the year is unknown."""
    if item.age is None or item.age < 0:
        return ""
    if item.kind == OccasionKind.ANNIVERSARY:
        return _t(AGE_ANNIVERSARY).format(age=item.age)
    return _t(AGE_BIRTHDAY).format(age=item.age)


def days_until(day: date, today: date) -> str:
    days = (day - today).days
    if days == 0:
        return _t(TODAY)
    if days == 1:
        return _t(TOMORROW)
    return _t(IN_DAYS).format(days=days)


def lunar_day_text(day: date) -> str:
    """The small lunar line of a calendar cell: the month's name on its first day
    (冬月, 闰四月), else the day (初八, 廿三)."""
    _, month, mday, leap = lunar.from_solar(day)
    if mday == 1:
        return texts.lunar_month_name(month, leap)
    return texts.lunar_day_name(mday)


# --- added for the month view and its side panels --------------------------------


def month_title(year: int, month: int) -> str:
    """2026年11月 / November 2026."""
    if texts.is_chinese():
        return f"{year}年{month}月"
    return QLocale().toString(QDate(year, month, 1), "MMMM yyyy")


def day_title(day: date) -> str:
    """2026年11月24日 星期二 / Tuesday, 24 November 2026."""
    qdate = QDate(day.year, day.month, day.day)
    if texts.is_chinese():
        return f"{day.year}年{day.month}月{day.day}日 " + QLocale().dayName(qdate.dayOfWeek())
    return QLocale().toString(qdate, "dddd, d MMMM yyyy")


def lunar_date_text(day: date) -> str:
    """The lunar date a solar day falls on: 农历十月十六 / Lunar month 10, day 16."""
    _, month, mday, leap = lunar.from_solar(day)
    if texts.is_chinese():
        return lunar.chinese_text(month, mday, leap)
    return texts.t(texts.LUNAR_DATE).format(
        month=texts.lunar_month_name(month, leap), day=texts.lunar_day_name(mday)
    )


def lunar_born_text(born: Birthday) -> str:
    """A lunar birth month and day without its year: 八月十五 / month 8, day 15."""
    if texts.is_chinese():
        return lunar.month_name(born.month, born.leap) + lunar.day_name(born.day)
    return f"{texts.lunar_month_name(born.month, born.leap)}, {texts.lunar_day_name(born.day)}"
