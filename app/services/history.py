"""The change history of a card: who changed what, when, old → new."""

from __future__ import annotations

from app.models import ChangeLog
from app.services.dto import ChangeRecord


def changes_of(customer_id: int, limit: int = 500) -> list[ChangeRecord]:
    query = (
        ChangeLog.select()
        .where(ChangeLog.customer == customer_id)
        .order_by(ChangeLog.changed_at.desc(), ChangeLog.id.desc())
        .limit(limit)
    )
    return [
        ChangeRecord(c.changed_at, c.operator, c.action, c.field, c.old_value, c.new_value)
        for c in query
    ]
