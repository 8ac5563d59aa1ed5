"""The complaint inbox (投诉): complaints, their timelines, the standard answers,
and a follow-up's link to the complaint whose 回访 it was."""

from peewee import (
    AutoField,
    CharField,
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

    class Complaint(Base):
        id = AutoField()
        customer = ForeignKeyField(Customer, null=True, on_delete="RESTRICT", backref="+")
        contact = CharField(max_length=100, default="")
        received_at = DateTimeField(index=True)
        channel = CharField(max_length=16)
        category = CharField(max_length=16)
        severity = CharField(max_length=16)
        description = TextField()
        handler = CharField(max_length=50, default="")
        promised_by = DateTimeField()
        status = CharField(max_length=16, default="new")
        reply = TextField(default="")
        resolution = TextField(default="")
        comp_service = CharField(max_length=200, default="")
        comp_refund_fen = IntegerField(default=0)
        comp_gift = CharField(max_length=200, default="")
        comp_points = IntegerField(default=0)
        points_entry = IntegerField(null=True)
        root_cause = TextField(default="")
        prevention = TextField(default="")
        resolved_at = DateTimeField(null=True)
        follow_up_on = DateField(null=True)
        followed_up_at = DateTimeField(null=True)
        satisfaction = IntegerField(null=True)
        follow_up_note = TextField(default="")
        closed_reason = TextField(default="")
        closed_at = DateTimeField(null=True)
        operator = CharField(max_length=50, default="")
        created_at = DateTimeField()
        updated_at = DateTimeField()

        class Meta:
            indexes = (
                (("status", "promised_by"), False),
                (("status", "follow_up_on"), False),
                (("customer", "received_at"), False),
            )

    class ComplaintEvent(Base):
        id = AutoField()
        complaint = ForeignKeyField(Complaint, on_delete="CASCADE", backref="+", index=False)
        at = DateTimeField()
        operator = CharField(max_length=50, default="")
        status_from = CharField(max_length=16, null=True)
        status_to = CharField(max_length=16, null=True)
        note = TextField(default="")
        points = IntegerField(null=True)

        class Meta:
            indexes = ((("complaint", "id"), False),)

    class StandardAnswer(Base):
        id = AutoField()
        category = CharField(max_length=16, index=True)
        title = CharField(max_length=60)
        text = TextField()
        position = IntegerField(default=0)
        created_at = DateTimeField()

    db.create_tables([Complaint, ComplaintEvent, StandardAnswer])
    migrate(migrator.add_column("follow_up", "complaint_id", IntegerField(null=True)))
