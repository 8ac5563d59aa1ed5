"""Stored value (储值) and package cards (次卡/疗程卡).

Both ledgers refuse UPDATE and DELETE in the database itself, as the points ledger
does (0004): a wrong entry is reversed by a new one.
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

LEDGERS = ("stored_value_entry", "session_entry")


def _sqlite_triggers(table):
    return [
        f"""CREATE TRIGGER IF NOT EXISTS {table}_no_update BEFORE UPDATE ON {table}
        BEGIN SELECT RAISE(ABORT, 'the {table} ledger is append-only'); END""",
        f"""CREATE TRIGGER IF NOT EXISTS {table}_no_delete BEFORE DELETE ON {table}
        BEGIN SELECT RAISE(ABORT, 'the {table} ledger is append-only'); END""",
    ]


def _postgres_triggers(table):
    return [
        f"""CREATE OR REPLACE FUNCTION {table}_append_only() RETURNS trigger AS $$
        BEGIN RAISE EXCEPTION 'the {table} ledger is append-only'; END $$ LANGUAGE plpgsql""",
        f"""CREATE TRIGGER {table}_no_change BEFORE UPDATE OR DELETE ON {table}
        FOR EACH ROW EXECUTE FUNCTION {table}_append_only()""",
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

    class TopUpBonus(Base):
        id = AutoField()
        min_fen = IntegerField(unique=True)
        bonus_fen = IntegerField()
        active = BooleanField(default=True)

    class PackageProduct(Base):
        id = AutoField()
        name = CharField(max_length=100)
        service = CharField(max_length=100)
        sessions = IntegerField()
        price_fen = IntegerField()
        validity_days = IntegerField()
        active = BooleanField(default=True)
        created_at = DateTimeField()

    class PackageCard(Base):
        id = AutoField()
        customer = ForeignKeyField(Customer, on_delete="RESTRICT", backref="+")
        product = ForeignKeyField(PackageProduct, null=True, on_delete="SET NULL", backref="+")
        name = CharField(max_length=100)
        service = CharField(max_length=100)
        sessions = IntegerField()
        sessions_used = IntegerField(default=0, constraints=[SQL("DEFAULT 0")])
        price_fen = IntegerField()
        paid_with = CharField(max_length=16, default="cash")
        sold_on = DateField()
        expires_on = DateField(index=True)
        operator = CharField(max_length=50, default="")
        created_at = DateTimeField()

    class StoredValueEntry(Base):
        id = AutoField()
        customer = ForeignKeyField(Customer, on_delete="RESTRICT", backref="+", index=False)
        posted_at = DateTimeField()
        kind = CharField(max_length=16)
        principal_fen = IntegerField()
        bonus_fen = IntegerField()
        principal_after = IntegerField()
        bonus_after = IntegerField()
        visit = ForeignKeyField(Visit, null=True, on_delete="RESTRICT", backref="+")
        card = ForeignKeyField(PackageCard, null=True, on_delete="RESTRICT", backref="+")
        reverses = ForeignKeyField(
            "self", null=True, unique=True, on_delete="RESTRICT", backref="+"
        )
        operator = CharField(max_length=50, default="")
        note = TextField(default="")

        class Meta:
            indexes = (
                (
                    (
                        "customer",
                        "id",
                        "principal_fen",
                        "bonus_fen",
                        "principal_after",
                        "bonus_after",
                    ),
                    False,
                ),  # fmt: skip
                (("posted_at",), False),
            )

    class SessionEntry(Base):
        id = AutoField()
        card = ForeignKeyField(PackageCard, on_delete="RESTRICT", backref="+", index=False)
        customer = ForeignKeyField(Customer, on_delete="RESTRICT", backref="+")
        posted_at = DateTimeField()
        kind = CharField(max_length=16)
        sessions = IntegerField()
        used_after = IntegerField()
        visit = ForeignKeyField(Visit, null=True, on_delete="RESTRICT", backref="+")
        reverses = ForeignKeyField(
            "self", null=True, unique=True, on_delete="RESTRICT", backref="+"
        )
        operator = CharField(max_length=50, default="")
        note = TextField(default="")

        class Meta:
            indexes = (
                (("card", "id", "sessions", "used_after"), False),
                (("card", "visit"), True),
            )

    migrate(
        migrator.add_column(
            "customer",
            "stored_principal_fen",
            IntegerField(default=0, constraints=[SQL("DEFAULT 0")]),
        ),
        migrator.add_column(
            "customer", "stored_bonus_fen", IntegerField(default=0, constraints=[SQL("DEFAULT 0")])
        ),
    )
    db.create_tables([TopUpBonus, PackageProduct, PackageCard, StoredValueEntry, SessionEntry])
    for table in LEDGERS:
        statements = (
            _postgres_triggers(table)
            if isinstance(db, PostgresqlDatabase)
            else _sqlite_triggers(table)
        )
        for statement in statements:
            db.execute_sql(statement)
