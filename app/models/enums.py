"""Closed choices stored by value (never loose strings)."""

from __future__ import annotations

from enum import StrEnum


class Gender(StrEnum):
    UNKNOWN = "U"
    FEMALE = "F"
    MALE = "M"


class Calendar(StrEnum):
    SOLAR = "solar"
    LUNAR = "lunar"


class Grade(StrEnum):
    VIP = "vip"
    IMPORTANT = "important"
    REGULAR = "regular"


class FollowUpChannel(StrEnum):
    PHONE = "phone"
    WECHAT = "wechat"
    IN_STORE = "in_store"
    HOME = "home"


class ChangeAction(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    ARCHIVE = "archive"
    RESTORE = "restore"
    ERASE = "erase"
    VISIT = "visit"
    FOLLOW_UP = "follow_up"


class OccasionKind(StrEnum):
    """What a customer celebrates: her birthday, her wedding day, a relative's birthday."""

    BIRTHDAY = "birthday"
    ANNIVERSARY = "anniversary"
    FAMILY_BIRTHDAY = "family_birthday"


class DayKind(StrEnum):
    """What a day of the year is: §9 `holidays --json` kinds."""

    HOLIDAY = "holiday"  # an official day off
    WORKDAY = "workday"  # an official adjusted working day (调休上班)
    FESTIVAL = "festival"  # a traditional festival
    MARKETING = "marketing"  # a day shops run promotions on
    SHOP = "shop"  # the shop's own date
