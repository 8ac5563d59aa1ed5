"""Words for customer insight in the user's language: the RFM grades (客户分级), the
evaluation's recommendations, and the colours shared by the insight screens."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from app.models.enums import Recommendation, Segment
from app.ui import texts

CONTEXT = "Insight"
LATE = "#c62828"  # late past her rhythm
IMPORTANT = "#1565c0"  # the four important grades

SEGMENTS = {
    Segment.IMPORTANT_VALUE: QT_TRANSLATE_NOOP("Insight", "Important value"),
    Segment.IMPORTANT_GROW: QT_TRANSLATE_NOOP("Insight", "Important to develop"),
    Segment.IMPORTANT_KEEP: QT_TRANSLATE_NOOP("Insight", "Important to keep"),
    Segment.IMPORTANT_WIN_BACK: QT_TRANSLATE_NOOP("Insight", "Important to win back"),
    Segment.GENERAL_VALUE: QT_TRANSLATE_NOOP("Insight", "General value"),
    Segment.GENERAL_GROW: QT_TRANSLATE_NOOP("Insight", "General to develop"),
    Segment.GENERAL_KEEP: QT_TRANSLATE_NOOP("Insight", "General to keep"),
    Segment.GENERAL_WIN_BACK: QT_TRANSLATE_NOOP("Insight", "General to win back"),
    Segment.NO_PURCHASE: QT_TRANSLATE_NOOP("Insight", "No purchase"),
}
RECOMMENDATIONS = {
    Recommendation.IMPROVE: QT_TRANSLATE_NOOP("Insight", "Improve"),
    Recommendation.MAINTAIN: QT_TRANSLATE_NOOP("Insight", "Maintain"),
    Recommendation.END: QT_TRANSLATE_NOOP("Insight", "End the relationship"),
}


def t(text: str) -> str:
    return texts.t(text, CONTEXT)


def segment(value: Segment) -> str:
    return t(SEGMENTS[value])


def recommendation(value: Recommendation) -> str:
    return t(RECOMMENDATIONS[value])
