"""The customer's points statement (积分对账单) on A4: shop, customer, member number,
the period, every entry with its balance after, and the balance — one layout for the
print preview and for to_pdf() (tests, "Save as PDF…").

    SHOP NAME                                         Points statement
    ───────────────────────────────────────────────────────────────────
    王小丫                                          Member no. 100001
    Entries from 2024-03-01 to 2026-11-22        Balance: 1,280 points
    No. | Date | Kind | Source | Points | Balance | Operator | Note
    …                                                      Page 1 of 2
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPagedPaintDevice, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from app.services import customers, points, print_data
from app.ui import texts
from app.ui.application import register_bundled_font
from app.ui.points import labels
from app.ui.printing.a4 import preview, write_pdf
from app.ui.printing.layout import Typesetter

TITLE = QT_TRANSLATE_NOOP("Printing", "Points statement")
MEMBER_NO = QT_TRANSLATE_NOOP("Printing", "Member no. {member_no}")
PERIOD = QT_TRANSLATE_NOOP("Printing", "Entries from {start} to {end}")
NO_ENTRIES = QT_TRANSLATE_NOOP("Printing", "No points entries yet.")
PRINTED = QT_TRANSLATE_NOOP("Printing", "Printed {when}")
BALANCE = QT_TRANSLATE_NOOP("Printing", "Balance: {points} points")
BALANCE_ON = QT_TRANSLATE_NOOP("Printing", "Balance on {date}: {points} points")
PAGE = QT_TRANSLATE_NOOP("Printing", "Page {page} of {pages}")
CONTINUED = QT_TRANSLATE_NOOP("Printing", "{name} · member no. {member_no} (continued)")
REVERSED = QT_TRANSLATE_NOOP("Printing", "reversed by no. {id}")
COLUMNS = (  # header, width in mm, right-aligned
    (QT_TRANSLATE_NOOP("Printing", "No."), 9.0, True),
    (QT_TRANSLATE_NOOP("Printing", "Date"), 28.0, False),
    (QT_TRANSLATE_NOOP("Printing", "Kind"), 24.0, False),
    (QT_TRANSLATE_NOOP("Printing", "Source"), 40.0, False),
    (QT_TRANSLATE_NOOP("Printing", "Points"), 15.0, True),
    (QT_TRANSLATE_NOOP("Printing", "Balance"), 17.0, True),
    (QT_TRANSLATE_NOOP("Printing", "Operator"), 16.0, False),
    (QT_TRANSLATE_NOOP("Printing", "Note"), 31.0, False),
)
PAGE_W, PAGE_H, M = 210.0, 297.0, 15.0
ROW_H, HEAD_H = 6.0, 7.0
FIRST_TOP, NEXT_TOP, BOTTOM = 50.0, 30.0, PAGE_H - 18.0
INK, GREY, LINE, FILL = QColor("#000000"), QColor("#555555"), QColor("#bbbbbb"), QColor("#eeeeee")
LEFT, RIGHT = Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignRight


def _t(text: str) -> str:
    return texts.t(text, "Printing")


@dataclass(frozen=True)
class StatementPrint:
    """What one printed statement shows, already in the user's language."""

    shop_name: str
    name: str
    member_no: str
    period: str
    printed: str
    balance: int
    balance_on: str
    rows: tuple[tuple[str, ...], ...]
    reversed_rows: frozenset[int] = frozenset()  # printed in grey: undone by a later entry


def statement_print(customer_id: int, now: datetime) -> StatementPrint:
    card = customers.get_card(customer_id)
    entries = points.statement(customer_id)
    visit_names = labels.visit_names(customer_id)
    rows, reversed_rows = [], set()
    for e in entries:
        note = labels.note(e)
        if e.reversed_by_id is not None:
            reversed_by = _t(REVERSED).format(id=e.reversed_by_id)
            if note:
                reversed_by = f"（{reversed_by}）" if texts.is_chinese() else f" ({reversed_by})"
            note += reversed_by
            reversed_rows.add(len(rows))
        rows.append(
            (
                str(e.id),
                texts.date_time(e.posted_at),
                labels.kind(e.kind),
                labels.source(e, visit_names),
                labels.signed(e.points),
                labels.number(e.balance_after),
                e.operator,
                note,
            )
        )
    period = ""
    if entries:
        start, end = texts.short_date(entries[0].posted_at.date()), texts.short_date(now.date())
        period = _t(PERIOD).format(start=start, end=end)
    return StatementPrint(
        print_data.shop_name(),
        card.data.name,
        card.data.member_no,
        period or _t(NO_ENTRIES),
        _t(PRINTED).format(when=texts.date_time(now)),
        points.balance(customer_id),
        texts.short_date(now.date()),
        tuple(rows),
        frozenset(reversed_rows),
    )


def pages_of(rows: int) -> list[range]:
    """The rows each page holds: fewer on the first, under the customer's block."""
    first = int((BOTTOM - FIRST_TOP - HEAD_H) // ROW_H)
    later = int((BOTTOM - NEXT_TOP - HEAD_H) // ROW_H)
    pages, start = [range(0, min(rows, first))], min(rows, first)
    while start < rows:
        pages.append(range(start, min(rows, start + later)))
        start += later
    return pages


def paint_statement(device: QPagedPaintDevice, data: StatementPrint) -> int:
    """Paint the statement on `device`, an A4 page at a time; returns the pages."""
    register_bundled_font()
    k = device.logicalDpiX() / 25.4
    page = device.pageLayout().fullRectPixels(device.logicalDpiX())
    scale = min(1.0, page.width() / (PAGE_W * k), page.height() / (PAGE_H * k))
    pages = pages_of(len(data.rows))
    painter = QPainter()
    if not painter.begin(device):
        raise OSError(QCoreApplication.translate("Printing", "The printer or file cannot be used."))
    try:
        setter = Typesetter(device)
        for number, rows in enumerate(pages, start=1):
            if number > 1:
                device.newPage()
            painter.resetTransform()
            painter.scale(scale, scale)
            top = (
                _head(painter, setter, k, data)
                if number == 1
                else _continued(painter, setter, k, data)
            )
            y = _table(painter, setter, k, top, data, rows)
            if number == len(pages):
                text = _t(BALANCE_ON).format(
                    date=data.balance_on, points=labels.number(data.balance)
                )
                box = QRectF(M * k, (y + 3) * k, (PAGE_W - 2 * M) * k, 7 * k)
                setter.text(painter, text, box, 11, 8, bold=True, align=RIGHT)
            painter.setPen(GREY)
            footer = QRectF(M * k, (PAGE_H - 13) * k, (PAGE_W - 2 * M) * k, 5 * k)
            page_text = _t(PAGE).format(page=number, pages=len(pages))
            setter.text(painter, page_text, footer, 8, 6, align=RIGHT)
            setter.text(painter, data.printed, footer, 8, 6)
    finally:
        painter.end()
    return len(pages)


def _box(k: float, x: float, y: float, w: float, h: float) -> QRectF:
    return QRectF(x * k, y * k, w * k, h * k)


def _head(painter: QPainter, setter: Typesetter, k: float, data: StatementPrint) -> float:
    """The first page's heading and customer block; returns where the table starts."""
    width = PAGE_W - 2 * M
    painter.setPen(INK)
    setter.text(painter, _t(TITLE), _box(k, M + width - 60, M, 60, 9), 13, 9, align=RIGHT)
    setter.text(painter, data.shop_name, _box(k, M, M, width - 62, 9), 15, 9, bold=True)
    painter.setPen(LINE)
    painter.drawLine(QPointF(M * k, 26 * k), QPointF((PAGE_W - M) * k, 26 * k))
    painter.setPen(INK)
    member = _t(MEMBER_NO).format(member_no=data.member_no)
    setter.text(painter, member, _box(k, M + width - 60, 29, 60, 7), 11, 8, align=RIGHT)
    setter.text(painter, data.name, _box(k, M, 29, width - 62, 7), 13, 9, bold=True)
    balance = _t(BALANCE).format(points=labels.number(data.balance))
    setter.text(painter, balance, _box(k, M + width - 70, 37, 70, 7), 11, 8, bold=True, align=RIGHT)
    painter.setPen(GREY)
    setter.text(painter, data.period, _box(k, M, 37, width - 72, 7), 9.5, 7)
    return FIRST_TOP


def _continued(painter: QPainter, setter: Typesetter, k: float, data: StatementPrint) -> float:
    painter.setPen(GREY)
    text = _t(CONTINUED).format(name=data.name, member_no=data.member_no)
    setter.text(painter, text, _box(k, M, M, PAGE_W - 2 * M, 7), 9.5, 7)
    return NEXT_TOP


def _table(
    painter: QPainter, setter: Typesetter, k: float, top: float, data: StatementPrint, rows: range
) -> float:
    """The column headings on grey and the rows under them; returns the bottom (mm)."""
    width = PAGE_W - 2 * M
    painter.fillRect(_box(k, M, top, width, HEAD_H), FILL)
    painter.setPen(INK)
    x = M
    for header, w, right in COLUMNS:
        box = _box(k, x + 1, top, w - 2, HEAD_H)
        setter.text(painter, _t(header), box, 8.5, 6.5, bold=True, align=RIGHT if right else LEFT)
        x += w
    y = top + HEAD_H
    for row in rows:
        painter.setPen(GREY if row in data.reversed_rows else INK)
        x = M
        for (_, w, right), value in zip(COLUMNS, data.rows[row], strict=True):
            box = _box(k, x + 1, y, w - 2, ROW_H)
            setter.text(painter, value, box, 8.5, 6.5, align=RIGHT if right else LEFT, max_lines=1)
            x += w
        y += ROW_H
        painter.setPen(LINE)
        painter.drawLine(QPointF(M * k, y * k), QPointF((PAGE_W - M) * k, y * k))
    painter.setPen(INK)
    return y


def _a4() -> QPageLayout:
    size = QPageSize(QPageSize.PageSizeId.A4)
    return QPageLayout(size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0))


def to_pdf(path: str | Path, customer_id: int, now: datetime) -> Path:
    """The statement as a PDF at `path`."""
    data = statement_print(customer_id, now)
    return write_pdf(
        path, f"{_t(TITLE)} — {data.name}", lambda device: paint_statement(device, data)
    )


def preview_dialog(parent: QWidget | None, customer_id: int, now: datetime) -> QPrintPreviewDialog:
    """The print preview of her statement (print from there), not shown."""
    data = statement_print(customer_id, now)
    title = f"{_t(TITLE)} — {data.name}"
    return preview(parent, title, "statementPreview", lambda device: paint_statement(device, data))
