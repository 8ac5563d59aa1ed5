"""Translated names of the program's choices and fields, and formatting for the language."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QDateTime, QLocale, QTime

from app.models.enums import Calendar, ChangeAction, FollowUpChannel, Gender, Grade
from app.services import lunar
from app.services.dto import Birthday
from app.services.messages import Message

GENDERS = {
    Gender.UNKNOWN: QT_TRANSLATE_NOOP("Texts", "Not given"),
    Gender.FEMALE: QT_TRANSLATE_NOOP("Texts", "Female"),
    Gender.MALE: QT_TRANSLATE_NOOP("Texts", "Male"),
}
GRADES = {
    Grade.VIP: QT_TRANSLATE_NOOP("Texts", "VIP"),
    Grade.IMPORTANT: QT_TRANSLATE_NOOP("Texts", "Important"),
    Grade.REGULAR: QT_TRANSLATE_NOOP("Texts", "Regular"),
}
CALENDARS = {
    Calendar.SOLAR: QT_TRANSLATE_NOOP("Texts", "Solar"),
    Calendar.LUNAR: QT_TRANSLATE_NOOP("Texts", "Lunar"),
}
CHANNELS = {
    FollowUpChannel.PHONE: QT_TRANSLATE_NOOP("Texts", "Phone"),
    FollowUpChannel.WECHAT: QT_TRANSLATE_NOOP("Texts", "WeChat"),
    FollowUpChannel.IN_STORE: QT_TRANSLATE_NOOP("Texts", "In the shop"),
    FollowUpChannel.HOME: QT_TRANSLATE_NOOP("Texts", "Home visit"),
}
ACTIONS = {
    ChangeAction.CREATE: QT_TRANSLATE_NOOP("Texts", "Card created"),
    ChangeAction.UPDATE: QT_TRANSLATE_NOOP("Texts", "Changed"),
    ChangeAction.ARCHIVE: QT_TRANSLATE_NOOP("Texts", "Archived"),
    ChangeAction.RESTORE: QT_TRANSLATE_NOOP("Texts", "Brought back from the archive"),
    ChangeAction.ERASE: QT_TRANSLATE_NOOP("Texts", "Personal data erased"),
    ChangeAction.VISIT: QT_TRANSLATE_NOOP("Texts", "Visit recorded"),
    ChangeAction.FOLLOW_UP: QT_TRANSLATE_NOOP("Texts", "Follow-up recorded"),
}
# Where a salon's customers come from (来源), offered in the card editor.
USUAL_SOURCES = (
    QT_TRANSLATE_NOOP("Texts", "Walked in"),
    QT_TRANSLATE_NOOP("Texts", "Referred by a customer"),
    QT_TRANSLATE_NOOP("Texts", "Friend or family"),
    QT_TRANSLATE_NOOP("Texts", "Dianping"),
    QT_TRANSLATE_NOOP("Texts", "Meituan"),
    QT_TRANSLATE_NOOP("Texts", "Douyin"),
    QT_TRANSLATE_NOOP("Texts", "Xiaohongshu"),
    QT_TRANSLATE_NOOP("Texts", "WeChat"),
    QT_TRANSLATE_NOOP("Texts", "Flyer or event"),
)

MONTH = QT_TRANSLATE_NOOP("Texts", "month {month}")
LEAP_MONTH = QT_TRANSLATE_NOOP("Texts", "leap month {month}")
DAY = QT_TRANSLATE_NOOP("Texts", "day {day}")
LUNAR_DATE = QT_TRANSLATE_NOOP("Texts", "Lunar {month}, {day}")

FIELDS = {
    "member_no": QT_TRANSLATE_NOOP("Texts", "Member no."),
    "name": QT_TRANSLATE_NOOP("Texts", "Name"),
    "gender": QT_TRANSLATE_NOOP("Texts", "Gender"),
    "mobile": QT_TRANSLATE_NOOP("Texts", "Mobile"),
    "phone": QT_TRANSLATE_NOOP("Texts", "Other phone"),
    "wechat": QT_TRANSLATE_NOOP("Texts", "WeChat ID"),
    "birthday": QT_TRANSLATE_NOOP("Texts", "Birthday"),
    "keep_leap_month": QT_TRANSLATE_NOOP("Texts", "Celebrate in the leap month"),
    "celebrate_both": QT_TRANSLATE_NOOP("Texts", "Also celebrate in the other calendar"),
    "anniversary": QT_TRANSLATE_NOOP("Texts", "Wedding anniversary"),
    "occupation": QT_TRANSLATE_NOOP("Texts", "Occupation"),
    "employer": QT_TRANSLATE_NOOP("Texts", "Work unit"),
    "position": QT_TRANSLATE_NOOP("Texts", "Position"),
    "address": QT_TRANSLATE_NOOP("Texts", "Address"),
    "district": QT_TRANSLATE_NOOP("Texts", "District"),
    "income_level": QT_TRANSLATE_NOOP("Texts", "Income level"),
    "family": QT_TRANSLATE_NOOP("Texts", "Family"),
    "hobbies": QT_TRANSLATE_NOOP("Texts", "Hobbies"),
    "personality": QT_TRANSLATE_NOOP("Texts", "Personality"),
    "preferences": QT_TRANSLATE_NOOP("Texts", "Preferences"),
    "skin_hair_type": QT_TRANSLATE_NOOP("Texts", "Skin / hair type"),
    "allergies": QT_TRANSLATE_NOOP("Texts", "Allergies and contraindications"),
    "grade": QT_TRANSLATE_NOOP("Texts", "Grade"),
    "tags": QT_TRANSLATE_NOOP("Texts", "Tags"),
    "source": QT_TRANSLATE_NOOP("Texts", "Source"),
    "referrer": QT_TRANSLATE_NOOP("Texts", "Referred by"),
    "staff": QT_TRANSLATE_NOOP("Texts", "Personal adviser"),
    "first_visit": QT_TRANSLATE_NOOP("Texts", "First visit"),
    "notes": QT_TRANSLATE_NOOP("Texts", "Notes"),
    "marketing_consent": QT_TRANSLATE_NOOP("Texts", "Agrees to marketing messages"),
    "family_members": QT_TRANSLATE_NOOP("Texts", "Family birthdays"),
    "photo": QT_TRANSLATE_NOOP("Texts", "Photo"),
    "visit": QT_TRANSLATE_NOOP("Texts", "Visit"),
    "follow_up": QT_TRANSLATE_NOOP("Texts", "Follow-up"),
}


def t(text: str, context: str = "Texts") -> str:
    return QCoreApplication.translate(context, text)


def gender(value: Gender) -> str:
    return t(GENDERS[value])


def grade(value: Grade) -> str:
    return t(GRADES[value])


def channel(value: FollowUpChannel) -> str:
    return t(CHANNELS[value])


def action(value: ChangeAction) -> str:
    return t(ACTIONS[value])


def field(name: str) -> str:
    return t(FIELDS[name]) if name in FIELDS else name


def message(value: Message) -> str:
    """A service's message in the user's language, parameters filled in."""
    return QCoreApplication.translate(value.context, value.text).format(**value.params)


def is_chinese() -> bool:
    return QLocale().language() == QLocale.Language.Chinese


def money(fen: int) -> str:
    """¥1,280.00 — in fen, never through a float."""
    sign = "-" if fen < 0 else ""
    fen = abs(fen)
    whole = QLocale().toString(fen // 100)
    return f"{sign}¥{whole}.{fen % 100:02d}"


def short_date(value: date | None) -> str:
    if value is None:
        return ""
    if is_chinese():
        return value.strftime("%Y-%m-%d")
    return QLocale().toString(QDate(value.year, value.month, value.day), "d MMM yyyy")


def date_time(value: datetime | None) -> str:
    if value is None:
        return ""
    if is_chinese():
        return value.strftime("%Y-%m-%d %H:%M")
    qdt = QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute))
    return QLocale().toString(qdt, "d MMM yyyy HH:mm")


def lunar_month_name(month: int, leap: bool = False) -> str:
    if is_chinese():
        return lunar.month_name(month, leap)
    text = LEAP_MONTH if leap else MONTH
    return t(text).format(month=month)


def lunar_day_name(day: int) -> str:
    return lunar.day_name(day) if is_chinese() else t(DAY).format(day=day)


def birthday(value: Birthday | None) -> str:
    """1990-08-15, 08-15, 农历1990年八月十五, Lunar 1990, leap month 4, day 10."""
    if value is None:
        return ""
    if value.calendar == Calendar.SOLAR:
        if value.year:
            return short_date(date(value.year, value.month, value.day))
        if is_chinese():
            return f"{value.month}月{value.day}日"
        return QLocale().toString(QDate(2000, value.month, value.day), "d MMM")
    if is_chinese():
        return lunar.chinese_text(value.month, value.day, value.leap, value.year)
    month = lunar_month_name(value.month, value.leap)
    text = t(LUNAR_DATE).format(month=month, day=lunar_day_name(value.day))
    return f"{text} ({value.year})" if value.year else text
