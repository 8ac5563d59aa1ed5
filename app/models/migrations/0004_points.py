"""The points card: an append-only ledger, rewards, earning rules; voided visits.

The ledger refuses UPDATE and DELETE in the database itself (a trigger on SQLite,
a trigger function on PostgreSQL): a wrong entry is reversed by a new one.
"""

from peewee import (
    SQL,
    AutoField,
    BooleanField,
    CharField,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    Model,
    PostgresqlDatabase,
    TextField,
)
from playhouse.migrate import migrate

SQLITE_TRIGGERS = [
    """CREATE TRIGGER IF NOT EXISTS points_entry_no_update BEFORE UPDATE ON points_entry
    BEGIN SELECT RAISE(ABORT, 'the points ledger is append-only'); END""",
    """CREATE TRIGGER IF NOT EXISTS points_entry_no_delete BEFORE DELETE ON points_entry
    BEGIN SELECT RAISE(ABORT, 'the points ledger is append-only'); END""",
]
POSTGRES_TRIGGERS = [
    """CREATE OR REPLACE FUNCTION points_entry_append_only() RETURNS trigger AS $$
    BEGIN RAISE EXCEPTION 'the points ledger is append-only'; END $$ LANGUAGE plpgsql""",
    """CREATE TRIGGER points_entry_no_change BEFORE UPDATE OR DELETE ON points_entry
    FOR EACH ROW EXECUTE FUNCTION points_entry_append_only()""",
]


def up(migrator, db):
    class Base(Model):
        class Meta:
            database = db
            legacy_table_names = False

    class Customer(Base):
        id = AutoField()

    class Visit(Base):
        id = AutoField()

    class Reward(Base):
        id = AutoField()
        name = CharField(max_length=100)
        kind = CharField(max_length=16, default="gift")
        points_price = IntegerField()
        discount_fen = IntegerField(default=0)
        stock = IntegerField(null=True)
        active = BooleanField(default=True)
        created_at = DateTimeField()

    class PointsRule(Base):
        id = AutoField()
        effective_from = DateField(unique=True)
        fen_per_point = IntegerField(default=100)
        vip_pct = IntegerField(default=150)
        important_pct = IntegerField(default=120)
        regular_pct = IntegerField(default=100)
        birthday_pct = IntegerField(default=200)
        excluded_items = TextField(default="")
        referral_points = IntegerField(default=100)
        expiry_policy = CharField(max_length=20, default="never")
        expiry_months = IntegerField(default=24)
        operator = CharField(max_length=50, default="")
        created_at = DateTimeField()

    class PointsEntry(Base):
        id = AutoField()
        customer = ForeignKeyField(Customer, on_delete="RESTRICT", backref="+", index=False)
        posted_at = DateTimeField()
        kind = CharField(max_length=16)
        points = IntegerField()
        balance_after = IntegerField()
        visit = ForeignKeyField(Visit, null=True, on_delete="RESTRICT", backref="+")
        reward = ForeignKeyField(Reward, null=True, on_delete="RESTRICT", backref="+")
        referred = ForeignKeyField(
            Customer, null=True, unique=True, on_delete="RESTRICT", backref="+"
        )
        complaint_id = IntegerField(null=True)
        reverses = ForeignKeyField(
            "self", null=True, unique=True, on_delete="RESTRICT", backref="+"
        )
        expires_lot = ForeignKeyField(
            "self", null=True, unique=True, on_delete="RESTRICT", backref="+"
        )
        expires_on = DateField(null=True)
        operator = CharField(max_length=50, default="")
        note = TextField(default="")

        class Meta:
            indexes = (
                # A customer's entries in order, with what the check sums: read from
                # the index alone (the check: 1.1 s → 0.1 s at 1,000,000 entries).
                (("customer", "id", "points", "balance_after"), False),
                (("posted_at",), False),
                (("expires_on",), False),
                (("operator",), False),
            )

    migrate(
        migrator.add_column(
            "customer", "points_balance", IntegerField(default=0, constraints=[SQL("DEFAULT 0")])
        ),
        migrator.add_column("visit", "voided_at", DateTimeField(null=True)),
        migrator.add_column(
            "visit", "void_reason", TextField(default="", constraints=[SQL("DEFAULT ''")])
        ),
    )
    db.create_tables([Reward, PointsRule, PointsEntry])
    triggers = POSTGRES_TRIGGERS if isinstance(db, PostgresqlDatabase) else SQLITE_TRIGGERS
    for statement in triggers:
        db.execute_sql(statement)
