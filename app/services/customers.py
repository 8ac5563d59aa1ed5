"""Customer cards: create, change, archive and erase them, with every change recorded."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from typing import Any

from peewee import fn

from app.models import (
    ChangeLog,
    Customer,
    CustomerPhoto,
    CustomerTag,
    FamilyMember,
    SearchKey,
    Setting,
    Tag,
    database,
)
from app.models.enums import Calendar, ChangeAction, Gender
from app.services import birthdays, phones
from app.services.dto import (
    Birthday,
    CustomerCard,
    CustomerData,
    FamilyMemberData,
)
from app.services.messages import (
    QT_TRANSLATE_NOOP,
    FieldError,
    Message,
    ServiceError,
    ValidationError,
)
from app.services.validation import customer_errors, family_member_is_empty, normalise

MEMBER_NO_TAKEN = QT_TRANSLATE_NOOP("Messages", "Member number {member_no} belongs to {name}.")
REFERRER_UNKNOWN = QT_TRANSLATE_NOOP(
    "Messages", "No customer has the member number or mobile {value}."
)
REFERRER_SELF = QT_TRANSLATE_NOOP("Messages", "A customer cannot refer herself.")
NOT_FOUND = QT_TRANSLATE_NOOP("Messages", "This customer no longer exists.")
ERASED = QT_TRANSLATE_NOOP("Messages", "This customer's personal data was erased.")

FIRST_MEMBER_NO = 100001
NEXT_MEMBER_NO_KEY = "next_member_no"

# Card fields recorded in the change history, in the order the history lists them.
TRACKED_FIELDS = (
    "member_no",
    "name",
    "gender",
    "mobile",
    "phone",
    "wechat",
    "birthday",
    "keep_leap_month",
    "celebrate_both",
    "anniversary",
    "occupation",
    "employer",
    "position",
    "address",
    "district",
    "income_level",
    "family",
    "hobbies",
    "personality",
    "preferences",
    "skin_hair_type",
    "allergies",
    "grade",
    "tags",
    "source",
    "referrer",
    "staff",
    "first_visit",
    "notes",
    "marketing_consent",
    "family_members",
    "photo",
)
_PLAIN_FIELDS = (
    "member_no",
    "name",
    "gender",
    "phone",
    "wechat",
    "keep_leap_month",
    "celebrate_both",
    "occupation",
    "employer",
    "position",
    "address",
    "district",
    "income_level",
    "family",
    "hobbies",
    "personality",
    "preferences",
    "skin_hair_type",
    "allergies",
    "grade",
    "source",
    "staff",
    "first_visit",
    "notes",
    "marketing_consent",
)


def get_customer_row(customer_id: int) -> Customer:
    """The customer's row; ServiceError when she no longer exists."""
    customer = Customer.get_or_none(Customer.id == customer_id)
    if customer is None:
        raise ServiceError(Message(NOT_FOUND))
    return customer


def _birthday_of(row: Any) -> Birthday | None:
    if row.birth_month is None or row.birth_day is None:
        return None
    return Birthday(
        Calendar(row.birth_calendar),
        row.birth_month,
        row.birth_day,
        row.birth_year,
        bool(row.birth_leap),
    )


def _anniversary_of(row: Customer) -> Birthday | None:
    if row.anniversary_month is None or row.anniversary_day is None:
        return None
    return Birthday(
        Calendar.SOLAR, row.anniversary_month, row.anniversary_day, row.anniversary_year
    )


def _tags_of(customer_id: int) -> tuple[str, ...]:
    query = (
        Tag.select(Tag.name)
        .join(CustomerTag)
        .where(CustomerTag.customer == customer_id)
        .order_by(Tag.name)
    )
    return tuple(t.name for t in query)


def _family_of(customer_id: int) -> tuple[FamilyMemberData, ...]:
    query = (
        FamilyMember.select().where(FamilyMember.customer == customer_id).order_by(FamilyMember.id)
    )
    return tuple(FamilyMemberData(f.relation, f.name, _birthday_of(f)) for f in query)


def _referrer_label(customer: Customer | None) -> str:
    return customer.member_no if customer is not None else ""


def card_data(customer: Customer) -> CustomerData:
    referrer = customer.referrer if customer.referrer_id else None
    return CustomerData(
        name=customer.name,
        member_no=customer.member_no,
        gender=Gender(customer.gender),
        mobile=customer.mobile or "",
        phone=customer.phone,
        wechat=customer.wechat,
        birthday=_birthday_of(customer),
        keep_leap_month=bool(customer.keep_leap_month),
        celebrate_both=bool(customer.celebrate_both),
        anniversary=_anniversary_of(customer),
        occupation=customer.occupation,
        employer=customer.employer,
        position=customer.position,
        address=customer.address,
        district=customer.district,
        income_level=customer.income_level,
        family=customer.family,
        hobbies=customer.hobbies,
        personality=customer.personality,
        preferences=customer.preferences,
        skin_hair_type=customer.skin_hair_type,
        allergies=customer.allergies,
        grade=customer.grade,
        tags=_tags_of(customer.id),
        source=customer.source,
        referrer=_referrer_label(referrer),
        staff=customer.staff,
        first_visit=customer.first_visit,
        notes=customer.notes,
        marketing_consent=bool(customer.marketing_consent),
        family_members=_family_of(customer.id),
        photo=photo(customer.id),
    )


def get_card(customer_id: int) -> CustomerCard:
    customer = get_customer_row(customer_id)
    referrer = customer.referrer if customer.referrer_id else None
    return CustomerCard(
        id=customer.id,
        data=card_data(customer),
        referrer_id=customer.referrer_id,
        referrer_name=referrer.name if referrer is not None else "",
        archived=bool(customer.archived),
        erased=bool(customer.erased),
        created_at=customer.created_at,
        updated_at=customer.updated_at,
        last_visit=customer.last_visit,
        visit_count=customer.visit_count,
        total_spent_fen=customer.total_spent_fen,
        has_photo=CustomerPhoto.select().where(CustomerPhoto.customer == customer.id).exists(),
    )


def find_by_member_no(member_no: str) -> int | None:
    row = Customer.get_or_none(Customer.member_no == member_no.strip().upper())
    return row.id if row is not None else None


def resolve_referrer(text: str) -> Customer | None:
    """The customer a referrer field names: a member number, else a mobile."""
    text = text.strip()
    if not text:
        return None
    found = Customer.get_or_none(Customer.member_no == text.upper())
    if found is None:
        mobile = phones.normalise_mobile(text)
        if phones.is_mobile(mobile):
            found = (
                Customer.select()
                .where(Customer.mobile == mobile, Customer.erased == False)  # noqa: E712
                .order_by(Customer.id)
                .first()
            )
    return found


def describe_referrer(text: str) -> str | None:
    """'曾小贤 · 100001' for the customer a referrer field names, None when nobody."""
    found = resolve_referrer(text)
    if found is None or found.erased:
        return None
    return f"{found.name} · {found.member_no}"


def others_with_mobile(mobile: str, customer_id: int | None = None) -> list[str]:
    """'张三 · 100002' for every other card with this mobile (a family may share one; a
    second card for the same person is usually a mistake)."""
    mobile = phones.normalise_mobile(mobile)
    if not phones.is_mobile(mobile):
        return []
    query = Customer.select(Customer.name, Customer.member_no).where(
        (Customer.mobile == mobile) & (Customer.erased == False)  # noqa: E712
    )
    if customer_id is not None:
        query = query.where(Customer.id != customer_id)
    return [f"{c.name} · {c.member_no}" for c in query.limit(5)]


def _database_errors(
    data: CustomerData, customer_id: int | None
) -> tuple[list[FieldError], Customer | None]:
    errors: list[FieldError] = []
    if data.member_no:
        owner = Customer.get_or_none(Customer.member_no == data.member_no)
        if owner is not None and owner.id != customer_id:
            errors.append(
                FieldError(
                    "member_no",
                    Message(MEMBER_NO_TAKEN, {"member_no": data.member_no, "name": owner.name}),
                )
            )
    referrer = resolve_referrer(data.referrer) if data.referrer else None
    if data.referrer and referrer is None:
        errors.append(FieldError("referrer", Message(REFERRER_UNKNOWN, {"value": data.referrer})))
    elif referrer is not None and customer_id is not None and referrer.id == customer_id:
        errors.append(FieldError("referrer", Message(REFERRER_SELF)))
    return errors, referrer


def validate(
    data: CustomerData, today: date, customer_id: int | None = None
) -> tuple[CustomerData, list[FieldError]]:
    """The normalised card and every problem with it (empty when it can be saved)."""
    data = normalise(data)
    data = replace(
        data, family_members=tuple(f for f in data.family_members if not family_member_is_empty(f))
    )
    errors = customer_errors(data, today)
    db_errors, _ = _database_errors(data, customer_id)
    return data, errors + db_errors


def next_member_no() -> str:
    """The next free numeric member number (six digits and more: never 4 or 11,
    which the counter search reads as a phone tail or a mobile)."""
    row = Setting.get_or_none(Setting.key == NEXT_MEMBER_NO_KEY)
    number = int(row.value) if row is not None else FIRST_MEMBER_NO
    while Customer.select().where(Customer.member_no == str(number)).exists():
        number += 1
    Setting.insert(key=NEXT_MEMBER_NO_KEY, value=str(number + 1)).on_conflict(
        conflict_target=[Setting.key], update={Setting.value: str(number + 1)}
    ).execute()
    return str(number)


def _history_values(data: CustomerData) -> dict[str, str]:
    """Language-neutral text of each tracked field, for the change history."""
    values: dict[str, str] = {}
    for name in _PLAIN_FIELDS:
        value = getattr(data, name)
        if isinstance(value, bool):
            values[name] = "1" if value else "0"
        elif isinstance(value, date):
            values[name] = value.isoformat()
        elif value is None:
            values[name] = ""
        elif hasattr(value, "value"):
            values[name] = str(value.value)
        else:
            values[name] = str(value)
    values["mobile"] = data.mobile
    values["birthday"] = data.birthday.canonical() if data.birthday else ""
    values["anniversary"] = data.anniversary.canonical() if data.anniversary else ""
    values["tags"] = ", ".join(sorted(data.tags))
    values["referrer"] = data.referrer
    # The picture itself is not copied into the history, only that it changed.
    values["photo"] = f"{len(data.photo)} bytes" if data.photo else ""
    values["family_members"] = "; ".join(
        " ".join(p for p in (f.relation, f.name, f.birthday.canonical() if f.birthday else "") if p)
        for f in data.family_members
    )
    return values


def _row_fields(data: CustomerData, referrer: Customer | None) -> dict[str, Any]:
    from app.services.pinyin import name_keys

    fields: dict[str, Any] = {name: getattr(data, name) for name in _PLAIN_FIELDS}
    fields["name_pinyin"] = name_keys(data.name).sort_key
    fields["mobile"] = data.mobile or None
    fields["mobile_tail"] = data.mobile[-4:] if data.mobile else None
    bday = data.birthday
    fields["birth_calendar"] = bday.calendar if bday else Calendar.SOLAR
    fields["birth_year"] = bday.year if bday else None
    fields["birth_month"] = bday.month if bday else None
    fields["birth_day"] = bday.day if bday else None
    fields["birth_leap"] = bday.leap if bday else False
    other = birthdays.other_calendar_birth(bday) if bday and data.celebrate_both else None
    fields["celebrate_both"] = other is not None
    fields["other_birth_year"] = other.year if other else None
    fields["other_birth_month"] = other.month if other else None
    fields["other_birth_day"] = other.day if other else None
    fields["other_birth_leap"] = other.leap if other else False
    anniv = data.anniversary
    fields["anniversary_year"] = anniv.year if anniv else None
    fields["anniversary_month"] = anniv.month if anniv else None
    fields["anniversary_day"] = anniv.day if anniv else None
    fields["referrer"] = referrer.id if referrer is not None else None
    return fields


def _write_children(customer_id: int, data: CustomerData) -> None:
    from app.services.pinyin import name_keys

    SearchKey.delete().where(SearchKey.customer == customer_id).execute()
    keys = name_keys(data.name).keys
    if keys:
        SearchKey.insert_many(
            [(customer_id, k) for k in sorted(keys)], fields=[SearchKey.customer, SearchKey.key]
        ).execute()
    CustomerTag.delete().where(CustomerTag.customer == customer_id).execute()
    for tag_name in data.tags:
        tag, _ = Tag.get_or_create(name=tag_name)
        CustomerTag.insert(customer=customer_id, tag=tag.id).on_conflict_ignore().execute()
    CustomerPhoto.delete().where(CustomerPhoto.customer == customer_id).execute()
    if data.photo:
        CustomerPhoto.create(customer=customer_id, data=data.photo)
    FamilyMember.delete().where(FamilyMember.customer == customer_id).execute()
    for member in data.family_members:
        b = member.birthday
        FamilyMember.create(
            customer=customer_id,
            relation=member.relation,
            name=member.name,
            birth_calendar=b.calendar if b else Calendar.SOLAR,
            birth_year=b.year if b else None,
            birth_month=b.month if b else None,
            birth_day=b.day if b else None,
            birth_leap=b.leap if b else False,
        )


def create_customer(data: CustomerData, operator: str, now: datetime) -> int:
    """Save a new card; raises ValidationError and saves nothing when any field is bad."""
    with database.atomic():
        data, errors = validate(data, now.date())
        if errors:
            raise ValidationError(errors)
        _, referrer = _database_errors(data, None)
        if not data.member_no:
            data = replace(data, member_no=next_member_no())
        fields = _row_fields(data, referrer)
        customer = Customer.create(created_at=now, updated_at=now, **fields)
        _write_children(customer.id, data)
        ChangeLog.create(
            customer=customer.id,
            action=ChangeAction.CREATE,
            operator=operator,
            changed_at=now,
            new_value=data.name,
        )
        return int(customer.id)


def update_customer(customer_id: int, data: CustomerData, operator: str, now: datetime) -> bool:
    """Save changes to a card and record each changed field (who, when, old → new).

    Returns False when nothing changed."""
    with database.atomic():
        customer = get_customer_row(customer_id)
        if customer.erased:
            raise ServiceError(Message(ERASED))
        data, errors = validate(data, now.date(), customer_id)
        if errors:
            raise ValidationError(errors)
        if not data.member_no:
            data = replace(data, member_no=customer.member_no)
        old_values = _history_values(card_data(customer))
        new_values = _history_values(data)
        changed = [f for f in TRACKED_FIELDS if old_values[f] != new_values[f]]
        if not changed:
            return False
        _, referrer = _database_errors(data, customer_id)
        fields = _row_fields(data, referrer)
        Customer.update(updated_at=now, **fields).where(Customer.id == customer_id).execute()
        _write_children(customer_id, data)
        ChangeLog.insert_many(
            [
                {
                    "customer": customer_id,
                    "action": ChangeAction.UPDATE,
                    "field": f,
                    "old_value": old_values[f],
                    "new_value": new_values[f],
                    "operator": operator,
                    "changed_at": now,
                }
                for f in changed
            ]
        ).execute()
        return True


def photo(customer_id: int) -> bytes | None:
    row = CustomerPhoto.get_or_none(CustomerPhoto.customer == customer_id)
    return bytes(row.data) if row is not None else None


def customer_count(include_archived: bool = False) -> int:
    query = Customer.select(fn.COUNT(Customer.id))
    if not include_archived:
        query = query.where(Customer.archived == False)  # noqa: E712
    return int(query.scalar() or 0)


def known_values(field: str, limit: int = 50) -> list[str]:
    """The values a text field already holds, most used first (for suggestions)."""
    column = getattr(Customer, field)
    query = (
        Customer.select(column, fn.COUNT(Customer.id).alias("n"))
        .where(column != "")
        .group_by(column)
        .order_by(fn.COUNT(Customer.id).desc())
        .limit(limit)
    )
    return [getattr(row, field) for row in query]


def all_tags() -> list[str]:
    return [t.name for t in Tag.select(Tag.name).order_by(Tag.name)]
