"""The birthday and holiday calendar.

- Birthdays and anniversaries are found by month and day: a window of days is
  turned into the solar month-days and the lunar month-days it covers, and the
  customers are read through these indexes (no stored "next birthday" that a
  new lunar year or an edit could leave stale).
- A customer may celebrate her birth in both calendars: the same day of birth in
  the other calendar is kept beside the one she gave.
- The shop's own dates, greeting templates, and the greetings marked sent (one
  per customer, occasion and day).
"""

from peewee import (
    SQL,
    AutoField,
    BooleanField,
    CharField,
    CompositeKey,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)
from playhouse.migrate import migrate


def up(migrator, db):
    class Base(Model):
        class Meta:
            database = db
            legacy_table_names = False

    class Customer(Base):
        id = AutoField()

    class ShopDate(Base):
        id = AutoField()
        name = CharField(max_length=50)
        kind = CharField(max_length=16, default="shop")
        on = DateField(index=True)
        yearly = BooleanField(default=False)
        created_at = DateTimeField()

    class GreetingTemplate(Base):
        key = CharField(max_length=40)
        language = CharField(max_length=8)
        text = TextField()
        promotional = BooleanField(default=False)

        class Meta:
            primary_key = CompositeKey("key", "language")

    class Greeting(Base):
        id = AutoField()
        customer = ForeignKeyField(Customer, on_delete="CASCADE")
        occasion = CharField(max_length=60)
        celebrated_on = DateField()
        sent_at = DateTimeField()
        operator = CharField(max_length=50, default="")
        message = TextField(default="")

        class Meta:
            indexes = (
                (("customer", "occasion", "celebrated_on"), True),
                (("celebrated_on",), False),
            )

    migrate(
        # A default in the schema too, so rows written by other tools stay valid.
        migrator.add_column(
            "customer",
            "celebrate_both",
            BooleanField(default=False, constraints=[SQL("DEFAULT FALSE")]),
        ),
        migrator.add_column("customer", "other_birth_year", IntegerField(null=True)),
        migrator.add_column("customer", "other_birth_month", IntegerField(null=True)),
        migrator.add_column("customer", "other_birth_day", IntegerField(null=True)),
        migrator.add_column(
            "customer",
            "other_birth_leap",
            BooleanField(default=False, constraints=[SQL("DEFAULT FALSE")]),
        ),
        # Seek by month-day; the trailing columns let the month view count a day's
        # birthdays from the index alone.
        migrator.add_index(
            "customer",
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
        ),  # fmt: skip
        migrator.add_index("customer", ("other_birth_month", "other_birth_day"), False),
        migrator.add_index(
            "customer", ("anniversary_month", "anniversary_day", "archived", "erased"), False
        ),
        migrator.add_index(
            "family_member", ("birth_calendar", "birth_month", "birth_day", "birth_leap"), False
        ),
    )
    db.create_tables([ShopDate, GreetingTemplate, Greeting])
