"""Her grade and rhythm on her card: "重要价值 · A" and "every 20 days · 5 days late"."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP

from app.services import insight
from app.ui.insight import labels


def facts(customer_id: int, today: date) -> list[tuple[str, str]]:
    """(label, text) lines for the card; none until she is graded."""
    row = insight.card_insight(customer_id)
    if row is None:
        return []
    grade = labels.segment(row.segment) + f" · {row.abc}"
    if row.manual:
        grade += labels.t(QT_TRANSLATE_NOOP("Insight", " (set by the shop)"))
    if row.usual_gap_days is None:
        rhythm = labels.t(QT_TRANSLATE_NOOP("Insight", "too few visits to tell"))
    else:
        rhythm = labels.t(QT_TRANSLATE_NOOP("Insight", "every {days} days")).format(
            days=row.usual_gap_days
        )
    if row.late_on is not None and row.late_on <= today:
        late = (today - row.late_on).days
        rhythm += " · " + labels.t(QT_TRANSLATE_NOOP("Insight", "late by {days} days")).format(
            days=late
        )
    return [
        (labels.t(QT_TRANSLATE_NOOP("Insight", "Grade (RFM)")), grade),
        (labels.t(QT_TRANSLATE_NOOP("Insight", "Her rhythm")), rhythm),
    ]
