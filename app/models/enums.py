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
