"""The points card: an append-only ledger, the rewards catalogue, the earning rules.

`PointsEntry` rows are never updated or deleted: triggers made by migration 0004
refuse it in the database itself, so no code path can break the ledger. The
customer's `points_balance` is a cache kept in the same transaction as each entry;
`check` proves it equals the sum of the entries.
"""

from __future__ import annotations

from peewee import (
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
from app.models.enums import ExpiryPolicy, PointsKind, RewardKind


class Reward(BaseModel):
    """A gift or a discount in the rewards catalogue, with its points price."""

    id = AutoField()
    name = CharField(max_length=100)
    kind = EnumField(RewardKind, max_length=16, default=RewardKind.GIFT)
    points_price = IntegerField()
    discount_fen = IntegerField(default=0)  # for a discount: its value
    stock = IntegerField(null=True)  # None: not counted
    active = BooleanField(default=True)
    created_at = DateTimeField()


class PointsRule(BaseModel):
    """One version of the shop's earning rule, in force from `effective_from` until
    the next version; entries keep what they were given (never recomputed)."""

    id = AutoField()
    effective_from = DateField(unique=True)
    fen_per_point = IntegerField(default=100)  # ¥1 a point, rounded down
    vip_pct = IntegerField(default=150)
    important_pct = IntegerField(default=120)
    regular_pct = IntegerField(default=100)
    birthday_pct = IntegerField(default=200)  # in her birthday month
    excluded_items = TextField(default="")  # item names that earn nothing, one a line
    referral_points = IntegerField(default=100)
    expiry_policy = EnumField(ExpiryPolicy, max_length=20, default=ExpiryPolicy.NEVER)
    expiry_months = IntegerField(default=24)
    operator = CharField(max_length=50, default="")
    created_at = DateTimeField()


class PointsEntry(BaseModel):
    id = AutoField()
    customer = ForeignKeyField(
        Customer, on_delete="RESTRICT", backref="points_entries", index=False
    )
    posted_at = DateTimeField()
    kind = EnumField(PointsKind, max_length=16)
    points = IntegerField()
    balance_after = IntegerField()
    visit = ForeignKeyField(Visit, null=True, on_delete="RESTRICT", backref="+")
    reward = ForeignKeyField(Reward, null=True, on_delete="RESTRICT", backref="+")
    # A referral entry names the referred customer: one bonus per referred customer.
    referred = ForeignKeyField(Customer, null=True, unique=True, on_delete="RESTRICT", backref="+")
    complaint_id = IntegerField(null=True)
    # A reversal names the entry it undoes: each entry is reversed at most once.
    reverses = ForeignKeyField("self", null=True, unique=True, on_delete="RESTRICT", backref="+")
    # An expiry entry names the lot whose rest it expires: each lot expires once.
    expires_lot = ForeignKeyField("self", null=True, unique=True, on_delete="RESTRICT", backref="+")
    expires_on = DateField(null=True)  # for points earned: when they expire
    operator = CharField(max_length=50, default="")
    note = TextField(default="")

    customer_id: int
    visit_id: int | None
    reward_id: int | None
    reverses_id: int | None
    expires_lot_id: int | None

    class Meta:
        indexes = (
            # A customer's entries in order, with what the check sums: read from
            # the index alone (the check: 1.1 s → 0.1 s at 1,000,000 entries).
            (("customer", "id", "points", "balance_after"), False),
            (("posted_at",), False),
            (("expires_on",), False),
            (("operator",), False),  # the ledger page lists who posted (0.1 s → 1 ms)
        )
