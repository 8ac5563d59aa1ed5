"""Stored value (储值) and package cards (次卡/疗程卡).

Both ledgers are append-only like the points ledger: triggers made by migration
0005 refuse UPDATE and DELETE on `stored_value_entry` and `session_entry`. The
customer's stored-value balances and a card's sessions used are caches kept in the
same transaction as each entry; `check` proves them.
"""

from __future__ import annotations

from peewee import (
    SQL,
    AutoField,
    BooleanField,
    CharField,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    TextField,
)
from playhouse.fields import EnumField

from app.models.base import BaseModel
from app.models.customer import Customer, Visit
from app.models.enums import PaidWith, SessionKind, StoredValueKind


class TopUpBonus(BaseModel):
    """充1000送200: a top-up of at least `min_fen` gets `bonus_fen` (the highest
    threshold reached applies)."""

    id = AutoField()
    min_fen = IntegerField(unique=True)
    bonus_fen = IntegerField()
    active = BooleanField(default=True)


class PackageProduct(BaseModel):
    """A package the shop sells: N sessions of a service, a price, a validity."""

    id = AutoField()
    name = CharField(max_length=100)
    service = CharField(max_length=100)  # the visit item a session pays for
    sessions = IntegerField()
    price_fen = IntegerField()
    validity_days = IntegerField()
    active = BooleanField(default=True)
    created_at = DateTimeField()


class PackageCard(BaseModel):
    """A package sold to a customer. `sessions_used` is the cache of its session
    ledger; the sale itself is never edited."""

    id = AutoField()
    customer = ForeignKeyField(Customer, on_delete="RESTRICT", backref="package_cards")
    product = ForeignKeyField(PackageProduct, null=True, on_delete="SET NULL", backref="+")
    name = CharField(max_length=100)
    service = CharField(max_length=100)
    sessions = IntegerField()
    sessions_used = IntegerField(default=0, constraints=[SQL("DEFAULT 0")])
    price_fen = IntegerField()
    paid_with = EnumField(PaidWith, max_length=16, default=PaidWith.CASH)
    sold_on = DateField()
    expires_on = DateField(index=True)
    operator = CharField(max_length=50, default="")
    created_at = DateTimeField()

    customer_id: int


class StoredValueEntry(BaseModel):
    id = AutoField()
    customer = ForeignKeyField(Customer, on_delete="RESTRICT", backref="+", index=False)
    posted_at = DateTimeField()
    kind = EnumField(StoredValueKind, max_length=16)
    principal_fen = IntegerField()  # + paid in, − spent or refunded
    bonus_fen = IntegerField()
    principal_after = IntegerField()
    bonus_after = IntegerField()
    visit = ForeignKeyField(Visit, null=True, on_delete="RESTRICT", backref="+")
    card = ForeignKeyField(PackageCard, null=True, on_delete="RESTRICT", backref="+")
    reverses = ForeignKeyField("self", null=True, unique=True, on_delete="RESTRICT", backref="+")
    operator = CharField(max_length=50, default="")
    note = TextField(default="")

    customer_id: int
    reverses_id: int | None

    class Meta:
        indexes = (
            (
                ("customer", "id", "principal_fen", "bonus_fen", "principal_after", "bonus_after"),
                False,
            ),
            (("posted_at",), False),
        )


class SessionEntry(BaseModel):
    id = AutoField()
    card = ForeignKeyField(PackageCard, on_delete="RESTRICT", backref="+", index=False)
    customer = ForeignKeyField(Customer, on_delete="RESTRICT", backref="+")
    posted_at = DateTimeField()
    kind = EnumField(SessionKind, max_length=16)
    sessions = IntegerField()  # −1 a use, +1 a return; opening: −N already used
    used_after = IntegerField()
    visit = ForeignKeyField(Visit, null=True, on_delete="RESTRICT", backref="+")
    reverses = ForeignKeyField("self", null=True, unique=True, on_delete="RESTRICT", backref="+")
    operator = CharField(max_length=50, default="")
    note = TextField(default="")

    card_id: int
    customer_id: int
    visit_id: int | None

    class Meta:
        indexes = (
            (("card", "id", "sessions", "used_after"), False),
            # A card is used at most once for one visit.
            (("card", "visit"), True),
        )
