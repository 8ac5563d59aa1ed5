"""A customer's points statement as an Excel workbook: one sheet, oldest entry first,
headers and kinds in the user's language, points as numbers (so the shop can sum
them). Loaded on first use: it brings openpyxl."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP

from app.services import customers, points
from app.services.customer_columns import Kind
from app.services.excel import Sheet, SheetColumn, write_workbook
from app.ui.points import labels

SHEET = QT_TRANSLATE_NOOP("Points", "Points statement")
COLUMNS = (  # header, kind, width
    (QT_TRANSLATE_NOOP("Points", "No."), Kind.INT, 8),
    (QT_TRANSLATE_NOOP("Points", "Date"), Kind.DATE, 18),
    (QT_TRANSLATE_NOOP("Points", "Kind"), Kind.CHOICE, 14),
    (QT_TRANSLATE_NOOP("Points", "Points"), Kind.INT, 10),
    (QT_TRANSLATE_NOOP("Points", "Balance after"), Kind.INT, 12),
    (QT_TRANSLATE_NOOP("Points", "Source"), Kind.TEXT, 30),
    (QT_TRANSLATE_NOOP("Points", "Reversed by no."), Kind.INT, 12),
    (QT_TRANSLATE_NOOP("Points", "Good until"), Kind.DATE, 12),
    (QT_TRANSLATE_NOOP("Points", "Operator"), Kind.TEXT, 12),
    (QT_TRANSLATE_NOOP("Points", "Note"), Kind.TEXT, 30),
)


def statement_rows(customer_id: int) -> list[list[object]]:
    visit_names: dict[int, str] = {}  # each entry carries its visit's date and amount
    return [
        [
            e.id,
            e.posted_at,
            labels.kind(e.kind),
            e.points,
            e.balance_after,
            labels.source(e, visit_names),
            e.reversed_by_id,
            e.expires_on if e.points > 0 else None,
            e.operator,
            labels.note(e),
        ]
        for e in points.statement(customer_id)
    ]


def write_statement(path: Path, customer_id: int) -> Path:
    """Write her statement to `path`; ServiceError (with a message) when it cannot."""
    card = customers.get_card(customer_id)
    columns = [SheetColumn(labels.t(header), kind, width) for header, kind, width in COLUMNS]
    title = f"{card.data.member_no} {labels.t(SHEET)}"
    return write_workbook(path, [Sheet(title, columns, statement_rows(customer_id))])
