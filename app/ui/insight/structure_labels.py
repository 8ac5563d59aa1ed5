"""Words of the customer structure in the user's language: what each view is called, and
each group's name in the tables and on the chart."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from app.models.enums import Grade, Segment
from app.services.structure import Dimension, Row, RowKind
from app.ui import texts
from app.ui.insight import labels

CONTEXT = "StructureTab"
MONTHS = "months"  # the view of new and returning customers per month

# What the dimension chooser offers, in its order.
VIEWS: tuple[tuple[str, str], ...] = (
    (Dimension.SEGMENT.value, QT_TRANSLATE_NOOP("StructureTab", "By RFM grade")),
    (Dimension.ABC.value, QT_TRANSLATE_NOOP("StructureTab", "By ABC class")),
    (Dimension.MEMBERSHIP.value, QT_TRANSLATE_NOOP("StructureTab", "By membership level")),
    (Dimension.CATEGORY.value, QT_TRANSLATE_NOOP("StructureTab", "By category")),
    (Dimension.ITEM.value, QT_TRANSLATE_NOOP("StructureTab", "By item")),
    (Dimension.DISTRICT.value, QT_TRANSLATE_NOOP("StructureTab", "By district")),
    (MONTHS, QT_TRANSLATE_NOOP("StructureTab", "New and returning customers")),
    (Dimension.FREQUENCY.value, QT_TRANSLATE_NOOP("StructureTab", "Repeat purchases")),
)
# The table's first column, by dimension.
GROUP_HEADERS = {
    Dimension.SEGMENT: QT_TRANSLATE_NOOP("StructureTab", "RFM grade"),
    Dimension.ABC: QT_TRANSLATE_NOOP("StructureTab", "ABC class"),
    Dimension.MEMBERSHIP: QT_TRANSLATE_NOOP("StructureTab", "Membership level"),
    Dimension.CATEGORY: QT_TRANSLATE_NOOP("StructureTab", "Category"),
    Dimension.ITEM: QT_TRANSLATE_NOOP("StructureTab", "Item"),
    Dimension.DISTRICT: QT_TRANSLATE_NOOP("StructureTab", "District"),
    Dimension.FREQUENCY: QT_TRANSLATE_NOOP("StructureTab", "Visits in the period"),
}
# The row of the customers (items) without a group.
NONE_NAMES = {
    Dimension.SEGMENT: QT_TRANSLATE_NOOP("StructureTab", "Not graded yet"),
    Dimension.ABC: QT_TRANSLATE_NOOP("StructureTab", "Not graded yet"),
    Dimension.CATEGORY: QT_TRANSLATE_NOOP("StructureTab", "Uncategorised"),
    Dimension.ITEM: QT_TRANSLATE_NOOP("StructureTab", "Unnamed"),
    Dimension.DISTRICT: QT_TRANSLATE_NOOP("StructureTab", "Not given"),
}
NOT_IN_ITEMS = QT_TRANSLATE_NOOP("StructureTab", "Not in the items")
ABC_CLASS = QT_TRANSLATE_NOOP("StructureTab", "Class {name}")
FREQUENCIES = {
    "1": QT_TRANSLATE_NOOP("StructureTab", "1 visit"),
    "2": QT_TRANSLATE_NOOP("StructureTab", "2 visits"),
    "3": QT_TRANSLATE_NOOP("StructureTab", "3 visits"),
    "4": QT_TRANSLATE_NOOP("StructureTab", "4 visits"),
    "5-9": QT_TRANSLATE_NOOP("StructureTab", "5–9 visits"),
    "10+": QT_TRANSLATE_NOOP("StructureTab", "10 visits or more"),
}
OTHERS = QT_TRANSLATE_NOOP("StructureTab", "Others")


def t(text: str) -> str:
    return texts.t(text, CONTEXT)


def group_name(dimension: Dimension, row: Row) -> str:
    """The row's group as the window names it."""
    if row.kind == RowKind.NOT_IN_ITEMS:
        return t(NOT_IN_ITEMS)
    if row.kind == RowKind.NONE:
        return t(NONE_NAMES.get(dimension, NONE_NAMES[Dimension.DISTRICT]))
    if dimension == Dimension.SEGMENT:
        return labels.segment(Segment(row.key))
    if dimension == Dimension.MEMBERSHIP:
        return texts.grade(Grade(row.key))
    if dimension == Dimension.ABC:
        return t(ABC_CLASS).format(name=row.key)
    if dimension == Dimension.FREQUENCY:
        return t(FREQUENCIES[row.key])
    return row.key
