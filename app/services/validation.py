"""Checks on what a shop owner typed, one message per bad field, before anything is saved."""

from __future__ import annotations

import calendar as solar_calendar
import re
from dataclasses import replace
from datetime import date

from app.models.enums import Calendar
from app.services import lunar, phones
from app.services.dto import Birthday, CustomerData, FamilyMemberData
from app.services.messages import QT_TRANSLATE_NOOP, FieldError, Message

# Longest text each field keeps; a longer paste is refused with a message, never cut.
MAX_LENGTHS: dict[str, int] = {
    "name": 50,
    "member_no": 32,
    "phone": 40,
    "wechat": 64,
    "occupation": 100,
    "employer": 200,
    "position": 100,
    "address": 300,
    "district": 100,
    "income_level": 50,
    "skin_hair_type": 200,
    "source": 100,
    "staff": 50,
    "family": 2000,
    "hobbies": 2000,
    "personality": 2000,
    "preferences": 2000,
    "allergies": 2000,
    "notes": 5000,
    "referrer": 32,
}
MAX_TAGS = 20
MAX_PHOTO_BYTES = 512 * 1024
MAX_TAG_LENGTH = 50
MEMBER_NO_RE = re.compile(r"^[0-9A-Za-z\-_]+$")

TOO_LONG = QT_TRANSLATE_NOOP("Messages", "Too long: at most {limit} characters.")
REQUIRED_NAME = QT_TRANSLATE_NOOP("Messages", "Please enter the customer's name.")
BAD_MEMBER_NO = QT_TRANSLATE_NOOP(
    "Messages", "A member number has only letters, digits, '-' and '_'."
)
BAD_MOBILE = QT_TRANSLATE_NOOP(
    "Messages", "A mobile number has 11 digits and starts with 13–19, e.g. 138 1234 5678."
)
BAD_PHONE = QT_TRANSLATE_NOOP(
    "Messages", "Not a phone number: use e.g. 010-12345678, 400-123-4567 or +44 20 7946 0958."
)
BAD_MONTH = QT_TRANSLATE_NOOP("Messages", "The month must be between 1 and 12.")
BAD_SOLAR_DAY = QT_TRANSLATE_NOOP("Messages", "That day does not exist in this month.")
BAD_LUNAR_DAY = QT_TRANSLATE_NOOP("Messages", "A lunar month has at most 30 days.")
BAD_LUNAR_DATE = QT_TRANSLATE_NOOP(
    "Messages", "That lunar date does not exist in {year}: the month has {days} days."
)
BAD_LEAP = QT_TRANSLATE_NOOP("Messages", "Lunar year {year} has no leap month {month}.")
BAD_LEAP_SOLAR = QT_TRANSLATE_NOOP("Messages", "Only a lunar date can be in a leap month.")
BAD_YEAR = QT_TRANSLATE_NOOP("Messages", "The year must be between {low} and {high}.")
FUTURE_DATE = QT_TRANSLATE_NOOP("Messages", "This date is in the future.")
PHOTO_TOO_BIG = QT_TRANSLATE_NOOP("Messages", "The photo is too large: at most {limit} KB.")
TOO_MANY_TAGS = QT_TRANSLATE_NOOP("Messages", "At most {limit} tags.")
TAG_TOO_LONG = QT_TRANSLATE_NOOP("Messages", "A tag has at most {limit} characters.")
ANNIVERSARY_SOLAR = QT_TRANSLATE_NOOP(
    "Messages", "The wedding anniversary is kept as a solar date."
)
BAD_FAMILY = QT_TRANSLATE_NOOP(
    "Messages", "Family member {index}: please enter a name or a relation."
)


def _msg(text: str, **params: object) -> Message:
    return Message(text, dict(params))


def clean_text(value: str) -> str:
    """Strip spaces and control characters a paste from Excel brings along."""
    if value.isprintable():  # the usual case, and 25% of a 100,000-row import's checks
        return value.strip()
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    value = "".join(ch for ch in value if ch == "\n" or ch == "\t" or ch >= " ")
    return value.strip()


def split_tags(text: str) -> tuple[str, ...]:
    """Tags as typed: separated by , ， 、 ; ；"""
    parts = re.split(r"[,，、;；\n]", text)
    return tuple(dict.fromkeys(p.strip() for p in parts if p.strip()))


def normalise(data: CustomerData) -> CustomerData:
    """Trimmed text, normalised phone numbers, de-duplicated tags."""
    changes: dict[str, object] = {}
    for name in MAX_LENGTHS:
        if name in ("referrer",):
            continue
        value = getattr(data, name)
        if isinstance(value, str):
            changes[name] = clean_text(value)
    changes["name"] = " ".join(clean_text(data.name).split())
    changes["member_no"] = clean_text(data.member_no).upper()
    changes["mobile"] = phones.normalise_mobile(data.mobile)
    changes["phone"] = phones.normalise_phone(data.phone) if data.phone.strip() else ""
    changes["referrer"] = clean_text(data.referrer)
    # Keeping the leap month is a choice only for a birth in a leap month.
    changes["keep_leap_month"] = bool(
        data.keep_leap_month and data.birthday is not None and data.birthday.leap
    )
    # Both birthdays are the same day of birth in two calendars: it takes the year.
    changes["celebrate_both"] = bool(
        data.celebrate_both and data.birthday is not None and data.birthday.year
    )
    changes["tags"] = tuple(dict.fromkeys(clean_text(t) for t in data.tags if clean_text(t)))
    changes["family_members"] = tuple(
        replace(f, relation=clean_text(f.relation), name=clean_text(f.name))
        for f in data.family_members
    )
    return replace(data, **changes)  # type: ignore[arg-type]


def birthday_errors(field: str, value: Birthday | None, today: date) -> list[FieldError]:
    """Whether a birthday or anniversary exists: solar with Feb 29 only in leap years
    (or with the year unknown), lunar with its leap month and month length."""
    if value is None:
        return []
    if not 1 <= value.month <= 12:
        return [FieldError(field, _msg(BAD_MONTH))]
    if value.year is not None and not lunar.MIN_YEAR <= value.year <= today.year:
        return [FieldError(field, _msg(BAD_YEAR, low=lunar.MIN_YEAR, high=today.year))]
    if value.calendar == Calendar.SOLAR:
        if value.leap:
            return [FieldError(field, _msg(BAD_LEAP_SOLAR))]
        year = value.year if value.year is not None else 2000  # 2000 has 29 February
        if not 1 <= value.day <= solar_calendar.monthrange(year, value.month)[1]:
            return [FieldError(field, _msg(BAD_SOLAR_DAY))]
        if value.year is not None and date(value.year, value.month, value.day) > today:
            return [FieldError(field, _msg(FUTURE_DATE))]
        return []
    if not 1 <= value.day <= 30:
        return [FieldError(field, _msg(BAD_LUNAR_DAY))]
    if value.year is None:
        return []
    if value.leap and lunar.leap_month_of(value.year) != value.month:
        return [FieldError(field, _msg(BAD_LEAP, year=value.year, month=value.month))]
    days = lunar.days_in_month(value.year, value.month, value.leap)
    if value.day > days:
        return [FieldError(field, _msg(BAD_LUNAR_DATE, year=value.year, days=days))]
    if lunar.to_solar(value.year, value.month, value.day, value.leap) > today:
        return [FieldError(field, _msg(FUTURE_DATE))]
    return []


def customer_errors(data: CustomerData, today: date) -> list[FieldError]:
    """Every problem with a normalised card that can be seen without the database."""
    errors: list[FieldError] = []
    if not data.name:
        errors.append(FieldError("name", _msg(REQUIRED_NAME)))
    for name, limit in MAX_LENGTHS.items():
        value = getattr(data, name)
        if isinstance(value, str) and len(value) > limit:
            errors.append(FieldError(name, _msg(TOO_LONG, limit=limit)))
    if data.member_no and not MEMBER_NO_RE.match(data.member_no):
        errors.append(FieldError("member_no", _msg(BAD_MEMBER_NO)))
    if data.mobile and not phones.is_mobile(data.mobile):
        errors.append(FieldError("mobile", _msg(BAD_MOBILE)))
    if data.phone and not (phones.is_phone(data.phone) or phones.is_mobile(data.phone)):
        errors.append(FieldError("phone", _msg(BAD_PHONE)))
    errors.extend(birthday_errors("birthday", data.birthday, today))
    if data.anniversary is not None and data.anniversary.calendar != Calendar.SOLAR:
        errors.append(FieldError("anniversary", _msg(ANNIVERSARY_SOLAR)))
    else:
        errors.extend(birthday_errors("anniversary", data.anniversary, today))
    if data.first_visit is not None and data.first_visit > today:
        errors.append(FieldError("first_visit", _msg(FUTURE_DATE)))
    if len(data.tags) > MAX_TAGS:
        errors.append(FieldError("tags", _msg(TOO_MANY_TAGS, limit=MAX_TAGS)))
    elif any(len(t) > MAX_TAG_LENGTH for t in data.tags):
        errors.append(FieldError("tags", _msg(TAG_TOO_LONG, limit=MAX_TAG_LENGTH)))
    if data.photo is not None and len(data.photo) > MAX_PHOTO_BYTES:
        errors.append(FieldError("photo", _msg(PHOTO_TOO_BIG, limit=MAX_PHOTO_BYTES // 1024)))
    for index, member in enumerate(data.family_members, start=1):
        if not member.name and not member.relation:
            errors.append(FieldError("family_members", _msg(BAD_FAMILY, index=index)))
        errors.extend(
            FieldError("family_members", e.message)
            for e in birthday_errors("family_members", member.birthday, today)
        )
        if len(member.name) > 50 or len(member.relation) > 50:
            errors.append(FieldError("family_members", _msg(TOO_LONG, limit=50)))
    return errors


def family_member_is_empty(member: FamilyMemberData) -> bool:
    return not member.name and not member.relation and member.birthday is None
