"""The frozen dataclasses the services hand to the window and take back from it."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from app.models.enums import Calendar, ChangeAction, FollowUpChannel, Gender, Grade


@dataclass(frozen=True)
class Birthday:
    """A birthday or anniversary; the year is optional, lunar dates may be in a leap month."""

    calendar: Calendar
    month: int
    day: int
    year: int | None = None
    leap: bool = False

    def canonical(self) -> str:
        """Language-neutral text for the change history: 'lunar 1990-04-10 leap'."""
        year = f"{self.year:04d}" if self.year else "????"
        leap = " leap" if self.leap else ""
        return f"{self.calendar.value} {year}-{self.month:02d}-{self.day:02d}{leap}"

    @classmethod
    def from_canonical(cls, text: str) -> Birthday | None:
        parts = text.split()
        if len(parts) < 2:
            return None
        try:
            cal = Calendar(parts[0])
            y, m, d = parts[1].split("-")
            return cls(cal, int(m), int(d), None if y == "????" else int(y), "leap" in parts[2:])
        except ValueError:
            return None


@dataclass(frozen=True)
class FamilyMemberData:
    relation: str = ""
    name: str = ""
    birthday: Birthday | None = None


@dataclass(frozen=True)
class CustomerData:
    """Everything a shop owner edits on a card."""

    name: str
    member_no: str = ""
    gender: Gender = Gender.UNKNOWN
    mobile: str = ""
    phone: str = ""
    wechat: str = ""
    birthday: Birthday | None = None
    keep_leap_month: bool = False
    celebrate_both: bool = False  # greet on the same birth in the other calendar too
    anniversary: Birthday | None = None
    occupation: str = ""
    employer: str = ""
    position: str = ""
    address: str = ""
    district: str = ""
    income_level: str = ""
    family: str = ""
    hobbies: str = ""
    personality: str = ""
    preferences: str = ""
    skin_hair_type: str = ""
    allergies: str = ""
    grade: Grade = Grade.REGULAR
    tags: tuple[str, ...] = ()
    source: str = ""
    referrer: str = ""  # the referrer's member number or mobile, as typed
    staff: str = ""
    first_visit: date | None = None
    notes: str = ""
    marketing_consent: bool = False
    family_members: tuple[FamilyMemberData, ...] = ()
    photo: bytes | None = field(default=None, repr=False)  # a small JPEG or PNG


@dataclass(frozen=True)
class CustomerRow:
    """One line of the customer list."""

    id: int
    member_no: str
    name: str
    gender: Gender
    mobile: str
    grade: Grade
    birthday: Birthday | None
    last_visit: date | None
    visit_count: int
    total_spent_fen: int
    has_allergies: bool
    archived: bool
    erased: bool


@dataclass(frozen=True)
class CustomerCard:
    """A whole card as the window shows it."""

    id: int
    data: CustomerData
    referrer_id: int | None
    referrer_name: str
    archived: bool
    erased: bool
    created_at: datetime
    updated_at: datetime
    last_visit: date | None
    visit_count: int
    total_spent_fen: int
    has_photo: bool


@dataclass(frozen=True)
class VisitItemData:
    name: str
    spec: str = ""
    quantity: int = 1
    price_fen: int = 0

    @property
    def amount_fen(self) -> int:
        return self.quantity * self.price_fen


@dataclass(frozen=True)
class VisitData:
    visited_on: date
    items: tuple[VisitItemData, ...]
    staff: str = ""
    note: str = ""


@dataclass(frozen=True)
class VisitRecord:
    id: int
    visited_on: date
    amount_fen: int
    staff: str
    note: str
    operator: str
    items: tuple[VisitItemData, ...] = field(default_factory=tuple)
    voided_at: datetime | None = None  # a purchase entered by mistake, voided
    void_reason: str = ""


@dataclass(frozen=True)
class FollowUpData:
    done_on: date
    channel: FollowUpChannel
    content: str
    satisfaction: int | None = None
    next_due: date | None = None


@dataclass(frozen=True)
class FollowUpRecord:
    id: int
    done_on: date
    channel: FollowUpChannel
    content: str
    satisfaction: int | None
    next_due: date | None
    operator: str


@dataclass(frozen=True)
class ChangeRecord:
    changed_at: datetime
    operator: str
    action: ChangeAction
    field: str
    old_value: str
    new_value: str
