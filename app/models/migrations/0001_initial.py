"""The first schema: customer cards, visits, follow-ups, history, settings.

The models below are a frozen copy of the schema as it was released in 0.1.0;
they are deliberately independent of app.models so that later changes to the
application's models never change what this step creates.
"""

from peewee import (
    AutoField,
    BlobField,
    BooleanField,
    CharField,
    CompositeKey,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    Model,
    SqliteDatabase,
    TextField,
)

APPLICATION_ID = 0x48544B43  # "HTKC": marks a SQLite file as one of ours


def up(migrator, db):
    class Base(Model):
        class Meta:
            database = db
            legacy_table_names = False

    class Customer(Base):
        id = AutoField()
        member_no = CharField(max_length=32, unique=True)
        name = CharField(max_length=50)
        name_pinyin = CharField(max_length=200, default="", index=True)
        gender = CharField(max_length=1, default="U")
        mobile = CharField(max_length=11, null=True, index=True)
        mobile_tail = CharField(max_length=4, null=True, index=True)
        phone = CharField(max_length=40, default="")
        wechat = CharField(max_length=64, default="")
        birth_calendar = CharField(max_length=5, default="solar")
        birth_year = IntegerField(null=True)
        birth_month = IntegerField(null=True)
        birth_day = IntegerField(null=True)
        birth_leap = BooleanField(default=False)
        keep_leap_month = BooleanField(default=False)
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
        grade = CharField(max_length=16, default="regular", index=True)
        source = CharField(max_length=100, default="")
        referrer = ForeignKeyField("self", null=True, on_delete="SET NULL")
        staff = CharField(max_length=50, default="")
        first_visit = DateField(null=True)
        notes = TextField(default="")
        marketing_consent = BooleanField(default=False)
        archived = BooleanField(default=False, index=True)
        erased = BooleanField(default=False)
        created_at = DateTimeField()
        updated_at = DateTimeField()
        last_visit = DateField(null=True, index=True)
        visit_count = IntegerField(default=0)
        total_spent_fen = IntegerField(default=0)

    class SearchKey(Base):
        customer = ForeignKeyField(Customer, on_delete="CASCADE")
        key = CharField(max_length=200, index=True)

    class CustomerPhoto(Base):
        customer = ForeignKeyField(Customer, primary_key=True, on_delete="CASCADE")
        data = BlobField()

    class Tag(Base):
        id = AutoField()
        name = CharField(max_length=50, unique=True)

    class CustomerTag(Base):
        customer = ForeignKeyField(Customer, on_delete="CASCADE")
        tag = ForeignKeyField(Tag, on_delete="CASCADE")

        class Meta:
            primary_key = CompositeKey("customer", "tag")

    class FamilyMember(Base):
        id = AutoField()
        customer = ForeignKeyField(Customer, on_delete="CASCADE")
        relation = CharField(max_length=50, default="")
        name = CharField(max_length=50, default="")
        birth_calendar = CharField(max_length=5, default="solar")
        birth_year = IntegerField(null=True)
        birth_month = IntegerField(null=True)
        birth_day = IntegerField(null=True)
        birth_leap = BooleanField(default=False)

    class Visit(Base):
        id = AutoField()
        customer = ForeignKeyField(Customer, on_delete="RESTRICT")
        visited_on = DateField(index=True)
        amount_fen = IntegerField(default=0)
        staff = CharField(max_length=50, default="")
        note = TextField(default="")
        operator = CharField(max_length=50, default="")
        created_at = DateTimeField()

        class Meta:
            indexes = ((("customer", "visited_on"), False),)

    class VisitItem(Base):
        id = AutoField()
        visit = ForeignKeyField(Visit, on_delete="CASCADE")
        name = CharField(max_length=100)
        spec = CharField(max_length=100, default="")
        quantity = IntegerField(default=1)
        price_fen = IntegerField(default=0)

    class FollowUp(Base):
        id = AutoField()
        customer = ForeignKeyField(Customer, on_delete="CASCADE")
        done_on = DateField()
        channel = CharField(max_length=16, default="phone")
        content = TextField(default="")
        satisfaction = IntegerField(null=True)
        next_due = DateField(null=True, index=True)
        operator = CharField(max_length=50, default="")
        created_at = DateTimeField()

        class Meta:
            indexes = ((("customer", "done_on"), False),)

    class ChangeLog(Base):
        id = AutoField()
        customer = ForeignKeyField(Customer, null=True, on_delete="CASCADE")
        action = CharField(max_length=16)
        field = CharField(max_length=50, default="")
        old_value = TextField(default="")
        new_value = TextField(default="")
        operator = CharField(max_length=50, default="")
        changed_at = DateTimeField()

        class Meta:
            indexes = ((("customer", "changed_at"), False),)

    class Setting(Base):
        key = CharField(max_length=64, primary_key=True)
        value = TextField()

    db.create_tables(
        [
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
    )
    db.execute_sql(
        'CREATE INDEX IF NOT EXISTS "search_key_key_customer" '
        'ON "search_key" ("key", "customer_id")'
    )
    if isinstance(db, SqliteDatabase):
        db.execute_sql(f"PRAGMA application_id = {APPLICATION_ID}")
