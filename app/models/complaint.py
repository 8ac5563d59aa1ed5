"""The complaint inbox (投诉): complaints, their timelines, and the standard answers.

A complaint is never deleted: it is closed, and every change of its status adds a
timeline event. Compensation in points is an entry in the points ledger that names
the complaint (`points_entry.complaint_id`); `points_entry` here is the one in force.
"""

from __future__ import annotations

from peewee import (
    AutoField,
    CharField,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    TextField,
)
from playhouse.fields import EnumField

from app.models.base import BaseModel
from app.models.customer import Customer
from app.models.enums import ComplaintCategory, ComplaintChannel, ComplaintStatus, Severity


class Complaint(BaseModel):
    id = AutoField()
    customer = ForeignKeyField(Customer, null=True, on_delete="RESTRICT", backref="complaints")
    contact = CharField(max_length=100, default="")  # who called, when she has no card
    received_at = DateTimeField(index=True)
    channel = EnumField(ComplaintChannel, max_length=16)
    category = EnumField(ComplaintCategory, max_length=16)
    severity = EnumField(Severity, max_length=16)
    description = TextField()
    handler = CharField(max_length=50, default="")
    promised_by = DateTimeField()
    status = EnumField(ComplaintStatus, max_length=16, default=ComplaintStatus.NEW)
    reply = TextField(default="")  # what the shop answers her (standard answers go here)
    resolution = TextField(default="")  # what was done
    comp_service = CharField(max_length=200, default="")  # a free service
    comp_refund_fen = IntegerField(default=0)
    comp_gift = CharField(max_length=200, default="")
    comp_points = IntegerField(default=0)
    points_entry = IntegerField(null=True)  # the ledger entry of comp_points, while in force
    root_cause = TextField(default="")
    prevention = TextField(default="")
    resolved_at = DateTimeField(null=True)
    follow_up_on = DateField(null=True)  # the 回访 scheduled when resolved
    followed_up_at = DateTimeField(null=True)
    satisfaction = IntegerField(null=True)  # 1–5, from the follow-up
    follow_up_note = TextField(default="")
    closed_reason = TextField(default="")
    closed_at = DateTimeField(null=True)
    operator = CharField(max_length=50, default="")
    created_at = DateTimeField()
    updated_at = DateTimeField()

    customer_id: int | None  # set by peewee for the foreign key

    class Meta:
        indexes = (
            (("status", "promised_by"), False),
            (("status", "follow_up_on"), False),
            (("customer", "received_at"), False),
        )


class ComplaintEvent(BaseModel):
    """One line of a complaint's timeline: who did what, when, with a note."""

    id = AutoField()
    complaint = ForeignKeyField(Complaint, on_delete="CASCADE", backref="events", index=False)
    at = DateTimeField()
    operator = CharField(max_length=50, default="")
    status_from = EnumField(ComplaintStatus, max_length=16, null=True)
    status_to = EnumField(ComplaintStatus, max_length=16, null=True)
    note = TextField(default="")
    points = IntegerField(null=True)  # apology points posted (+) or reversed (−) with this step

    complaint_id: int

    class Meta:
        indexes = ((("complaint", "id"), False),)


class StandardAnswer(BaseModel):
    """A standard answer (标准问答) for a category: staff say the same thing."""

    id = AutoField()
    category = EnumField(ComplaintCategory, max_length=16, index=True)
    title = CharField(max_length=60)
    text = TextField()
    position = IntegerField(default=0)
    created_at = DateTimeField()
