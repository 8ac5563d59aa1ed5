"""Closed choices stored by value (never loose strings)."""

from __future__ import annotations

from enum import Enum


class Gender(str, Enum):
    UNKNOWN = "U"
    FEMALE = "F"
    MALE = "M"


class Calendar(str, Enum):
    SOLAR = "solar"
    LUNAR = "lunar"


class Grade(str, Enum):
    VIP = "vip"
    IMPORTANT = "important"
    REGULAR = "regular"


class FollowUpChannel(str, Enum):
    PHONE = "phone"
    WECHAT = "wechat"
    IN_STORE = "in_store"
    HOME = "home"


class ChangeAction(str, Enum):
    CREATE = "create"
    UPDATE = "update"
    ARCHIVE = "archive"
    RESTORE = "restore"
    ERASE = "erase"
    VISIT = "visit"
    FOLLOW_UP = "follow_up"
