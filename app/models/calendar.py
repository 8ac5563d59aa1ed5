"""The calendar's own records: the shop's dates, greeting templates, greetings sent."""

from __future__ import annotations

from peewee import (
    AutoField,
    BooleanField,
    CharField,
    CompositeKey,
    DateField,
    DateTimeField,
    ForeignKeyField,
    TextField,
)
from playhouse.fields import EnumField

from app.models.base import BaseModel
from app.models.customer import Customer
from app.models.enums import DayKind


class ShopDate(BaseModel):
    """A date the shop keeps: its anniversary, a promotion day, or an official day
    off / adjusted working day the owner enters for a year the package does not
    know yet."""

    id = AutoField()
    name = CharField(max_length=50)
    kind = EnumField(DayKind, max_length=16, default=DayKind.SHOP)
    on = DateField(index=True)
    yearly = BooleanField(default=False)  # the same month and day every year
    created_at = DateTimeField()


class GreetingTemplate(BaseModel):
    """The owner's wording for one kind of occasion or one festival, per language.
    Without a row the program's default wording is used."""

    key = CharField(max_length=40)  # "birthday", "anniversary", "festival:<code>", …
    language = CharField(max_length=8)
    text = TextField()
    promotional = BooleanField(default=False)

    class Meta:
        primary_key = CompositeKey("key", "language")


class Greeting(BaseModel):
    """A greeting marked sent: one per customer, occasion and day, so nobody is
    greeted twice for the same occasion."""

    id = AutoField()
    customer = ForeignKeyField(Customer, on_delete="CASCADE", backref="greetings")
    occasion = CharField(max_length=60)  # OccasionKey.text: "birthday:lunar", "festival:qixi", …
    celebrated_on = DateField()
    sent_at = DateTimeField()
    operator = CharField(max_length=50, default="")
    message = TextField(default="")

    class Meta:
        indexes = (
            (("customer", "occasion", "celebrated_on"), True),
            (("celebrated_on",), False),
        )
