"""Lunar dates as the shop writes them: validation and Chinese month/day names.

The lunar calendar comes from borax (MIT, pure Python, correct 1930–2050 against
the Hong Kong Observatory tables; see DOMAIN.md for the comparison).
"""

from __future__ import annotations

from datetime import date

from borax.calendars.lunardate import LCalendars, LunarDate

MONTH_NAMES = ("正", "二", "三", "四", "五", "六", "七", "八", "九", "十", "冬", "腊")
_DIGITS = "〇一二三四五六七八九十"

MIN_YEAR = 1900
MAX_YEAR = 2100


def month_name(month: int, leap: bool = False) -> str:
    """正月, 闰四月, 腊月."""
    return ("闰" if leap else "") + MONTH_NAMES[month - 1] + "月"


def day_name(day: int) -> str:
    """初一 … 初十, 十一 … 二十, 廿一 … 三十."""
    if day <= 10:
        return "初" + ("十" if day == 10 else _DIGITS[day])
    if day < 20:
        return "十" + _DIGITS[day - 10]
    if day == 20:
        return "二十"
    if day < 30:
        return "廿" + _DIGITS[day - 20]
    return "三十"


def chinese_text(month: int, day: int, leap: bool = False, year: int | None = None) -> str:
    """农历1990年八月十五 / 农历闰四月初十."""
    prefix = f"农历{year}年" if year else "农历"
    return prefix + month_name(month, leap) + day_name(day)


def leap_month_of(year: int) -> int:
    """The leap month of a lunar year, 0 if it has none."""
    return int(LCalendars.leap_month(year))


def days_in_month(year: int, month: int, leap: bool) -> int:
    return int(LCalendars.ndays(year, month, int(leap)))


def is_valid(year: int | None, month: int, day: int, leap: bool) -> bool:
    """Whether the lunar date exists (any year when the year is unknown)."""
    if not 1 <= month <= 12 or not 1 <= day <= 30:
        return False
    if year is None:
        return True
    if not MIN_YEAR <= year <= MAX_YEAR:
        return False
    if leap and leap_month_of(year) != month:
        return False
    return day <= days_in_month(year, month, leap)


def to_solar(year: int, month: int, day: int, leap: bool) -> date:
    return LunarDate(year, month, day, int(leap)).to_solar_date()


def from_solar(day: date) -> tuple[int, int, int, bool]:
    ld = LunarDate.from_solar(day)
    return ld.year, ld.month, ld.day, bool(ld.leap)
