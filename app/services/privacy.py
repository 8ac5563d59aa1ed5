"""Archive a customer (off the counter list, kept in history and reports) or erase her
personal data for a privacy request, with the shop's totals left right."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from app.models import (
    ChangeLog,
    Complaint,
    ComplaintEvent,
    Customer,
    CustomerPhoto,
    CustomerTag,
    Evaluation,
    FamilyMember,
    FollowUp,
    SearchKey,
    Visit,
    database,
)
from app.models.enums import ChangeAction, Gender
from app.services.customers import ERASED, get_customer_row
from app.services.messages import Message, ServiceError


def set_archived(customer_id: int, archived: bool, operator: str, now: datetime) -> None:
    """Archive (hide from the counter list, keep in history and reports) or bring back."""
    with database.atomic():
        customer = get_customer_row(customer_id)
        if customer.erased and not archived:
            raise ServiceError(Message(ERASED))
        if bool(customer.archived) == archived:
            return
        Customer.update(archived=archived, updated_at=now).where(
            Customer.id == customer_id
        ).execute()
        ChangeLog.create(
            customer=customer_id,
            action=ChangeAction.ARCHIVE if archived else ChangeAction.RESTORE,
            operator=operator,
            changed_at=now,
        )


def erase_customer(customer_id: int, operator: str, now: datetime) -> None:
    """Remove a customer's personal data for a privacy request.

    Visits and their amounts stay (with their notes removed) so the shop's
    totals remain right; the history keeps who changed what and when, but no
    longer the values. Her complaints stay counted, their texts blanked."""
    with database.atomic():
        customer = get_customer_row(customer_id)
        blank: dict[str, Any] = {
            name: ""
            for name in (
                "name",
                "name_pinyin",
                "phone",
                "wechat",
                "occupation",
                "employer",
                "position",
                "address",
                "district",
                "income_level",
                "family",
                "hobbies",
                "personality",
                "preferences",
                "skin_hair_type",
                "allergies",
                "source",
                "staff",
                "notes",
            )
        }
        blank.update(
            mobile=None,
            mobile_tail=None,
            gender=Gender.UNKNOWN,
            birth_year=None,
            birth_month=None,
            birth_day=None,
            birth_leap=False,
            keep_leap_month=False,
            celebrate_both=False,
            other_birth_year=None,
            other_birth_month=None,
            other_birth_day=None,
            other_birth_leap=False,
            anniversary_year=None,
            anniversary_month=None,
            anniversary_day=None,
            referrer=None,
            marketing_consent=False,
            archived=True,
            erased=True,
            updated_at=now,
        )
        Customer.update(**blank).where(Customer.id == customer.id).execute()
        for model in (SearchKey, CustomerTag, FamilyMember, CustomerPhoto):
            model.delete().where(model.customer == customer.id).execute()
        Visit.update(note="").where(Visit.customer == customer.id).execute()
        FollowUp.update(content="").where(FollowUp.customer == customer.id).execute()
        # Her complaints stay for the shop's figures; what she said and was told goes.
        Complaint.update(
            contact="", description="", reply="", resolution="", follow_up_note="",
            closed_reason="",
        ).where(Complaint.customer == customer.id).execute()  # fmt: skip
        ComplaintEvent.update(note="").where(
            ComplaintEvent.complaint.in_(
                Complaint.select(Complaint.id).where(Complaint.customer == customer.id)
            )
        ).execute()
        # Her evaluations keep their scores; a note about her goes.
        Evaluation.update(note="").where(Evaluation.customer == customer.id).execute()
        ChangeLog.update(old_value="", new_value="").where(
            ChangeLog.customer == customer.id
        ).execute()
        ChangeLog.create(
            customer=customer.id, action=ChangeAction.ERASE, operator=operator, changed_at=now
        )
