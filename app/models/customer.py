"""Customer cards and everything kept on them: visits, follow-ups, family, history."""

from __future__ import annotations

from peewee import (
    SQL,
    AutoField,
    BlobField,
    BooleanField,
    CharField,
    CompositeKey,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    TextField,
)
from playhouse.fields import EnumField

from app.models.base import BaseModel
from app.models.enums import Calendar, ChangeAction, FollowUpChannel, Gender, Grade


class Customer(BaseModel):
    id = AutoField()
    member_no = CharField(max_length=32, unique=True)
    name = CharField(max_length=50)
    # Primary full pinyin of the name: the sort key of the name column.
    name_pinyin = CharField(max_length=200, default="")
    gender = EnumField(Gender, max_length=1, default=Gender.UNKNOWN)
    mobile = CharField(max_length=11, null=True, index=True)
    mobile_tail = CharField(max_length=4, null=True, index=True)
    phone = CharField(max_length=40, default="")
    wechat = CharField(max_length=64, default="")
    birth_calendar = EnumField(Calendar, max_length=5, default=Calendar.SOLAR)
    birth_year = IntegerField(null=True)
    birth_month = IntegerField(null=True)
    birth_day = IntegerField(null=True)
    birth_leap = BooleanField(default=False)
    keep_leap_month = BooleanField(default=False)
    # A customer who celebrates her birth in both calendars: the same day of
    # birth in the other calendar, converted when the card is saved (0003).
    celebrate_both = BooleanField(default=False, constraints=[SQL("DEFAULT FALSE")])
    other_birth_year = IntegerField(null=True)
    other_birth_month = IntegerField(null=True)
    other_birth_day = IntegerField(null=True)
    other_birth_leap = BooleanField(default=False, constraints=[SQL("DEFAULT FALSE")])
    anniversary_year = IntegerField(null=True)
    anniversary_month = IntegerField(null=True)
    anniversary_day = IntegerField(null=True)
    occupation = CharField(max_length=100, default="")
    employer = CharField(max_length=200, default="")
    position = CharField(max_length=100, default="")
    address = CharField(max_length=300, default="")
    district = CharField(max_length=100, default="", index=True)
    income_level = CharField(max_length=50, default="")
    family = TextField(default="")
    hobbies = TextField(default="")
    personality = TextField(default="")
    preferences = TextField(default="")
    skin_hair_type = CharField(max_length=200, default="")
    allergies = TextField(default="")
    grade = EnumField(Grade, max_length=16, default=Grade.REGULAR, index=True)
    source = CharField(max_length=100, default="")
    referrer = ForeignKeyField("self", null=True, on_delete="SET NULL", backref="referrals")
    staff = CharField(max_length=50, default="")
    first_visit = DateField(null=True)
    notes = TextField(default="")
    marketing_consent = BooleanField(default=False)
    archived = BooleanField(default=False)
    erased = BooleanField(default=False)
    created_at = DateTimeField()
    updated_at = DateTimeField()
    # Kept by the visit service in the same transaction as the visit; `check`
    # proves they equal the visits.
    last_visit = DateField(null=True)
    visit_count = IntegerField(default=0)
    total_spent_fen = IntegerField(default=0)
    # The points ledger's balance, kept with each entry; `check` proves it (0004).
    points_balance = IntegerField(default=0, constraints=[SQL("DEFAULT 0")])
    # Stored value (储值), principal and bonus apart, kept with each entry (0005).
    stored_principal_fen = IntegerField(default=0, constraints=[SQL("DEFAULT 0")])
    stored_bonus_fen = IntegerField(default=0, constraints=[SQL("DEFAULT 0")])

    referrer_id: int | None  # set by peewee for the foreign key

    class Meta:
        # The counter list reads every customer in one of these orders (0002).
        indexes = (
            (("archived", "last_visit", "id"), False),
            (("archived", "name_pinyin", "id"), False),
            (("name", "archived", "last_visit"), False),
            # The calendar finds a window's birthdays by month and day (0003).
            (
                (
                    "birth_calendar",
                    "birth_month",
                    "birth_day",
                    "birth_leap",
                    "keep_leap_month",
                    "archived",
                    "erased",
                ),
                False,
            ),
            (("other_birth_month", "other_birth_day"), False),
            (("anniversary_month", "anniversary_day", "archived", "erased"), False),
        )


class SearchKey(BaseModel):
    """Pinyin keys of a name (initials and full readings) for prefix search."""

    customer = ForeignKeyField(Customer, on_delete="CASCADE", backref="search_keys")
    key = CharField(max_length=200, index=True)


class CustomerPhoto(BaseModel):
    customer = ForeignKeyField(Customer, primary_key=True, on_delete="CASCADE")
    data = BlobField()


class Tag(BaseModel):
    id = AutoField()
    name = CharField(max_length=50, unique=True)


class CustomerTag(BaseModel):
    customer = ForeignKeyField(Customer, on_delete="CASCADE", backref="tag_links")
    tag = ForeignKeyField(Tag, on_delete="CASCADE", backref="customer_links")

    class Meta:
        primary_key = CompositeKey("customer", "tag")


class FamilyMember(BaseModel):
    id = AutoField()
    customer = ForeignKeyField(Customer, on_delete="CASCADE", backref="family_members")
    relation = CharField(max_length=50, default="")
    name = CharField(max_length=50, default="")
    birth_calendar = EnumField(Calendar, max_length=5, default=Calendar.SOLAR)
    birth_year = IntegerField(null=True)
    birth_month = IntegerField(null=True)
    birth_day = IntegerField(null=True)
    birth_leap = BooleanField(default=False)

    class Meta:
        indexes = ((("birth_calendar", "birth_month", "birth_day", "birth_leap"), False),)


class Visit(BaseModel):
    id = AutoField()
    customer = ForeignKeyField(Customer, on_delete="RESTRICT", backref="visits")
    visited_on = DateField(index=True)
    amount_fen = IntegerField(default=0)
    staff = CharField(max_length=50, default="")
    note = TextField(default="")
    operator = CharField(max_length=50, default="")
    created_at = DateTimeField()
    # A purchase entered by mistake is voided, never deleted: it leaves the card's
    # totals and its points are reversed (0004).
    voided_at = DateTimeField(null=True)
    void_reason = TextField(default="", constraints=[SQL("DEFAULT ''")])

    customer_id: int  # set by peewee for the foreign key

    class Meta:
        indexes = ((("customer", "visited_on"), False),)


class VisitItem(BaseModel):
    id = AutoField()
    visit = ForeignKeyField(Visit, on_delete="CASCADE", backref="items")
    name = CharField(max_length=100)
    spec = CharField(max_length=100, default="")
    quantity = IntegerField(default=1)
    price_fen = IntegerField(default=0)

    visit_id: int  # set by peewee for the foreign key


class FollowUp(BaseModel):
    id = AutoField()
    customer = ForeignKeyField(Customer, on_delete="CASCADE", backref="follow_ups")
    done_on = DateField()
    channel = EnumField(FollowUpChannel, max_length=16, default=FollowUpChannel.PHONE)
    content = TextField(default="")
    satisfaction = IntegerField(null=True)
    next_due = DateField(null=True, index=True)
    operator = CharField(max_length=50, default="")
    created_at = DateTimeField()
    # The complaint whose 回访 this was (0006), so its outcome shows on the card too.
    complaint_id = IntegerField(null=True)

    class Meta:
        indexes = ((("customer", "done_on"), False),)


class ChangeLog(BaseModel):
    """Who changed what on a card, when, old → new. Written by the services."""

    id = AutoField()
    customer = ForeignKeyField(Customer, null=True, on_delete="CASCADE", backref="changes")
    action = EnumField(ChangeAction, max_length=16)
    field = CharField(max_length=50, default="")
    old_value = TextField(default="")
    new_value = TextField(default="")
    operator = CharField(max_length=50, default="")
    changed_at = DateTimeField()

    class Meta:
        indexes = ((("customer", "changed_at"), False),)


class Setting(BaseModel):
    key = CharField(max_length=64, primary_key=True)
    value = TextField()


ALL_MODELS = [
    Customer,
    SearchKey,
    CustomerPhoto,
    Tag,
    CustomerTag,
    FamilyMember,
    Visit,
    VisitItem,
    FollowUp,
    ChangeLog,
    Setting,
]
