"""The customer's prepaid statement (储值与次卡对账单) on A4: the shop, the customer, her
stored-value entries with the principal and bonus after each, then each package card
with its session history — one layout for the print preview and for to_pdf() (tests,
"Save as PDF…"), as the points statement.

    SHOP NAME                          Stored value and package cards statement
    ─────────────────────────────────────────────────────────────────────────
    王小丫                                                   Member no. 100001
    Stored value                  Balance ¥1,200.00 (principal … + bonus …)
    No. | Date | Kind | From | Principal | Bonus | Principal after | …
    面部护理10次卡 · 面部护理                        8 of 10 left · until …
    Sold 2026-01-05 · ¥1,580.00 · paid with stored value
    No. | Date | Kind | Sessions | Used after | Left | Visit | Operator | Note
    …                                                             Page 1 of 2

Blocks flow down the pages; a table that goes on over a page repeats its header, and
a card's heading never stands alone at the foot of a page.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPagedPaintDevice, QPainter
from PySide6.QtPrintSupport import QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from app.models.enums import PaidWith, SessionKind, StoredValueKind
from app.services import customers, packages, prepaid, print_data, visits
from app.ui import texts
from app.ui.application import register_bundled_font
from app.ui.printing.a4 import preview, write_pdf
from app.ui.printing.layout import Typesetter
from app.ui.printing.statement_print import CONTINUED, MEMBER_NO, PAGE, PRINTED, REVERSED

TITLE = QT_TRANSLATE_NOOP("Printing", "Stored value and package cards")
STORED_VALUE = QT_TRANSLATE_NOOP("Printing", "Stored value")
BALANCE = QT_TRANSLATE_NOOP("Printing", "Balance {total} (principal {principal} + bonus {bonus})")
NO_VALUE = QT_TRANSLATE_NOOP("Printing", "No stored-value entries yet.")
NO_CARDS = QT_TRANSLATE_NOOP("Printing", "No package cards.")
NO_SESSIONS = QT_TRANSLATE_NOOP("Printing", "No sessions used yet.")
CARD_HEADING = QT_TRANSLATE_NOOP("Printing", "{card} · {service}")
CARD_LEFT = QT_TRANSLATE_NOOP("Printing", "{left} of {sessions} left · until {date}")
CARD_EXPIRED = QT_TRANSLATE_NOOP("Printing", "{left} of {sessions} left · expired on {date}")
CARD_SOLD = QT_TRANSLATE_NOOP("Printing", "Sold {date} · {price} · paid with {paid_with}")
CARD_OPENED = QT_TRANSLATE_NOOP("Printing", "Opened {date}")
VISIT_OF = QT_TRANSLATE_NOOP("Printing", "Visit of {date}")
REVERSAL_OF = QT_TRANSLATE_NOOP("Printing", "Reversal of no. {id}")
RETURN_OF = QT_TRANSLATE_NOOP("Printing", "Return of no. {id}")
VALUE_KINDS = {
    StoredValueKind.TOP_UP: QT_TRANSLATE_NOOP("Printing", "Top-up"),
    StoredValueKind.PAYMENT: QT_TRANSLATE_NOOP("Printing", "Payment"),
    StoredValueKind.PACKAGE: QT_TRANSLATE_NOOP("Printing", "Card bought"),
    StoredValueKind.REFUND: QT_TRANSLATE_NOOP("Printing", "Refund"),
    StoredValueKind.OPENING: QT_TRANSLATE_NOOP("Printing", "Opening balance"),
    StoredValueKind.REVERSAL: QT_TRANSLATE_NOOP("Printing", "Reversal"),
}
SESSION_KINDS = {
    SessionKind.USE: QT_TRANSLATE_NOOP("Printing", "Used"),
    SessionKind.RETURN: QT_TRANSLATE_NOOP("Printing", "Returned"),
    SessionKind.OPENING: QT_TRANSLATE_NOOP("Printing", "Used before"),
}
PAID_WITH = {
    PaidWith.CASH: QT_TRANSLATE_NOOP("Printing", "cash"),
    PaidWith.STORED_VALUE: QT_TRANSLATE_NOOP("Printing", "stored value"),
}
Column = tuple[str, float, bool]  # header, width in mm, right-aligned
VALUE_COLUMNS: tuple[Column, ...] = (
    (QT_TRANSLATE_NOOP("Printing", "No."), 9.0, True),
    (QT_TRANSLATE_NOOP("Printing", "Date"), 27.0, False),
    (QT_TRANSLATE_NOOP("Printing", "Kind"), 16.0, False),
    (QT_TRANSLATE_NOOP("Printing", "From"), 27.0, False),
    (QT_TRANSLATE_NOOP("Printing", "Principal"), 17.0, True),
    (QT_TRANSLATE_NOOP("Printing", "Bonus"), 15.0, True),
    (QT_TRANSLATE_NOOP("Printing", "Principal after"), 18.0, True),
    (QT_TRANSLATE_NOOP("Printing", "Bonus after"), 16.0, True),
    (QT_TRANSLATE_NOOP("Printing", "Operator"), 13.0, False),
    (QT_TRANSLATE_NOOP("Printing", "Note"), 22.0, False),
)
SESSION_COLUMNS: tuple[Column, ...] = (
    (QT_TRANSLATE_NOOP("Printing", "No."), 9.0, True),
    (QT_TRANSLATE_NOOP("Printing", "Date"), 27.0, False),
    (QT_TRANSLATE_NOOP("Printing", "Kind"), 18.0, False),
    (QT_TRANSLATE_NOOP("Printing", "Sessions"), 15.0, True),
    (QT_TRANSLATE_NOOP("Printing", "Used after"), 16.0, True),
    (QT_TRANSLATE_NOOP("Printing", "Left"), 12.0, True),
    (QT_TRANSLATE_NOOP("Printing", "From"), 30.0, False),
    (QT_TRANSLATE_NOOP("Printing", "Operator"), 15.0, False),
    (QT_TRANSLATE_NOOP("Printing", "Note"), 38.0, False),
)
PAGE_W, PAGE_H, M = 210.0, 297.0, 15.0
FIRST_TOP, NEXT_TOP, BOTTOM = 40.0, 26.0, PAGE_H - 18.0
HEIGHTS = {"heading": 9.0, "info": 5.5, "header": 7.0, "row": 6.0, "text": 6.0, "gap": 4.0}
INK, GREY, LINE, FILL = QColor("#000000"), QColor("#555555"), QColor("#bbbbbb"), QColor("#eeeeee")
LEFT, RIGHT = Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignRight


def _t(text: str) -> str:
    return texts.t(text, "Printing")


@dataclass(frozen=True)
class Block:
    """One line of the statement: a heading (text, aside), an info or text line, a
    table's header, a table row (cells; grey when reversed), or a gap."""

    kind: str
    cells: tuple[str, ...] = ()
    columns: tuple[Column, ...] = ()
    grey: bool = False

    @property
    def height(self) -> float:
        return HEIGHTS[self.kind]


@dataclass(frozen=True)
class PrepaidPrint:
    """What one printed statement shows, already in the user's language."""

    shop_name: str
    name: str
    member_no: str
    printed: str
    blocks: tuple[Block, ...]


def signed_money(fen: int) -> str:
    """+¥1,000.00 or −¥185.63 (a true minus: it lines up with the plus); 0 as ¥0.00."""
    return ("+" if fen > 0 else "−" if fen < 0 else "") + texts.money(abs(fen))


def _signed(number: int) -> str:
    return ("+" if number > 0 else "−" if number < 0 else "") + str(abs(number))


def _note(note: str, reversed_by: int | None) -> str:
    if reversed_by is None:
        return note
    said = _t(REVERSED).format(id=reversed_by)
    if not note:
        return said
    return f"{note}（{said}）" if texts.is_chinese() else f"{note} ({said})"


def _value_blocks(customer_id: int, visit_days: dict[int, date]) -> list[Block]:
    held = prepaid.balance(customer_id)
    balance = _t(BALANCE).format(
        total=texts.money(held.total_fen),
        principal=texts.money(held.principal_fen),
        bonus=texts.money(held.bonus_fen),
    )
    blocks = [Block("heading", (_t(STORED_VALUE), balance))]
    entries = prepaid.value_statement(customer_id)
    if not entries:
        return [*blocks, Block("text", (_t(NO_VALUE),))]
    card_names = {c.id: c.name for c in packages.cards(customer_id)}
    blocks.append(Block("header", columns=VALUE_COLUMNS))
    for e in entries:
        if e.kind == StoredValueKind.REVERSAL and e.reverses_id is not None:
            source = _t(REVERSAL_OF).format(id=e.reverses_id)
        elif e.card_id is not None:
            source = card_names.get(e.card_id, "")
        elif e.visit_id is not None and e.visit_id in visit_days:
            source = _t(VISIT_OF).format(date=texts.short_date(visit_days[e.visit_id]))
        else:
            source = ""
        note = "" if e.kind == StoredValueKind.PACKAGE and e.note == source else e.note
        cells = (
            str(e.id), texts.date_time(e.posted_at), _t(VALUE_KINDS[e.kind]), source,
            signed_money(e.principal_fen), signed_money(e.bonus_fen),
            texts.money(e.principal_after), texts.money(e.bonus_after), e.operator,
            _note(note, e.reversed_by_id),
        )  # fmt: skip
        blocks.append(Block("row", cells, VALUE_COLUMNS, e.reversed_by_id is not None))
    return blocks


def _card_blocks(customer_id: int, today: date, visit_days: dict[int, date]) -> list[Block]:
    cards = packages.cards(customer_id)
    if not cards:
        return [Block("gap"), Block("heading", (_t(NO_CARDS), ""))]
    blocks: list[Block] = []
    for card in cards:
        left = _t(CARD_EXPIRED if card.expired(today) else CARD_LEFT).format(
            left=card.left, sessions=card.sessions, date=texts.short_date(card.expires_on)
        )
        sold = _t(CARD_SOLD).format(
            date=texts.short_date(card.sold_on),
            price=texts.money(card.price_fen),
            paid_with=_t(PAID_WITH[card.paid_with]),
        )
        if not card.price_fen:  # brought in from paper, or given: no sale to speak of
            sold = _t(CARD_OPENED).format(date=texts.short_date(card.sold_on))
        heading = _t(CARD_HEADING).format(card=card.name, service=card.service)
        blocks += [Block("gap"), Block("heading", (heading, left)), Block("info", (sold,))]
        sessions = packages.card_sessions(card.id)
        if not sessions:
            blocks.append(Block("text", (_t(NO_SESSIONS),)))
            continue
        blocks.append(Block("header", columns=SESSION_COLUMNS))
        for s in sessions:
            if s.kind == SessionKind.RETURN and s.reverses_id is not None:
                source = _t(RETURN_OF).format(id=s.reverses_id)
            elif s.visit_id is not None and s.visit_id in visit_days:
                source = _t(VISIT_OF).format(date=texts.short_date(visit_days[s.visit_id]))
            else:
                source = ""
            cells = (
                str(s.id), texts.date_time(s.posted_at), _t(SESSION_KINDS[s.kind]),
                _signed(s.sessions), str(s.used_after), str(card.sessions - s.used_after),
                source, s.operator, _note(s.note, s.reversed_by_id),
            )  # fmt: skip
            blocks.append(Block("row", cells, SESSION_COLUMNS, s.reversed_by_id is not None))
    return blocks


def prepaid_print(customer_id: int, now: datetime) -> PrepaidPrint:
    """Her statement: the stored-value entries, then each card with its sessions."""
    card = customers.get_card(customer_id)
    visit_days = {v.id: v.visited_on for v in visits.visits_of(customer_id)}
    blocks = [
        *_value_blocks(customer_id, visit_days),
        *_card_blocks(customer_id, now.date(), visit_days),
    ]
    return PrepaidPrint(
        print_data.shop_name(),
        card.data.name,
        card.data.member_no,
        _t(PRINTED).format(when=texts.date_time(now)),
        tuple(blocks),
    )


def pages_of(blocks: tuple[Block, ...]) -> list[list[tuple[float, Block]]]:
    """Where each block goes: (top in mm, block) per page. A table that goes on over a
    page gets its header again; a heading keeps its next three lines with it."""
    pages: list[list[tuple[float, Block]]] = [[]]
    y, header = FIRST_TOP, None
    for index, block in enumerate(blocks):
        if block.kind == "header":
            header = block
        elif block.kind == "heading":
            header = None
        need = block.height
        if block.kind == "heading":
            need += sum(b.height for b in blocks[index + 1 : index + 4])
        if y + need > BOTTOM and pages[-1]:
            pages.append([])
            y = NEXT_TOP
            if block.kind == "gap":
                continue  # no gap at the top of a page
            if block.kind == "row" and header is not None:
                pages[-1].append((y, header))
                y += header.height
        pages[-1].append((y, block))
        y += block.height
    return pages


def _box(k: float, x: float, y: float, w: float, h: float) -> QRectF:
    return QRectF(x * k, y * k, w * k, h * k)


def paint_statement(device: QPagedPaintDevice, data: PrepaidPrint) -> int:
    """Paint the statement on `device`, an A4 page at a time; returns the pages."""
    register_bundled_font()
    k = device.logicalDpiX() / 25.4
    page = device.pageLayout().fullRectPixels(device.logicalDpiX())
    scale = min(1.0, page.width() / (PAGE_W * k), page.height() / (PAGE_H * k))
    pages = pages_of(data.blocks)
    painter = QPainter()
    if not painter.begin(device):
        raise OSError(QCoreApplication.translate("Printing", "The printer or file cannot be used."))
    try:
        setter = Typesetter(device)
        for number, placed in enumerate(pages, start=1):
            if number > 1:
                device.newPage()
            painter.resetTransform()
            painter.scale(scale, scale)
            if number == 1:
                _head(painter, setter, k, data)
            else:
                _continued(painter, setter, k, data)
            for y, block in placed:
                _block(painter, setter, k, y, block)
            painter.setPen(GREY)
            footer = _box(k, M, PAGE_H - 13, PAGE_W - 2 * M, 5)
            page_text = _t(PAGE).format(page=number, pages=len(pages))
            setter.text(painter, page_text, footer, 8, 6, align=RIGHT)
            setter.text(painter, data.printed, footer, 8, 6)
    finally:
        painter.end()
    return len(pages)


def _head(painter: QPainter, setter: Typesetter, k: float, data: PrepaidPrint) -> None:
    """The first page's heading and the customer."""
    width = PAGE_W - 2 * M
    painter.setPen(INK)
    setter.text(painter, _t(TITLE), _box(k, M + width - 80, M, 80, 9), 13, 9, align=RIGHT)
    setter.text(painter, data.shop_name, _box(k, M, M, width - 82, 9), 15, 9, bold=True)
    painter.setPen(LINE)
    painter.drawLine(QPointF(M * k, 26 * k), QPointF((PAGE_W - M) * k, 26 * k))
    painter.setPen(INK)
    member = _t(MEMBER_NO).format(member_no=data.member_no)
    setter.text(painter, member, _box(k, M + width - 60, 29, 60, 7), 11, 8, align=RIGHT)
    setter.text(painter, data.name, _box(k, M, 29, width - 62, 7), 13, 9, bold=True)


def _continued(painter: QPainter, setter: Typesetter, k: float, data: PrepaidPrint) -> None:
    painter.setPen(GREY)
    text = _t(CONTINUED).format(name=data.name, member_no=data.member_no)
    setter.text(painter, text, _box(k, M, M, PAGE_W - 2 * M, 7), 9.5, 7)


def _block(painter: QPainter, setter: Typesetter, k: float, y: float, block: Block) -> None:
    width = PAGE_W - 2 * M
    h = block.height
    if block.kind == "heading":
        painter.setPen(INK)
        title, aside = block.cells
        setter.text(painter, title, _box(k, M, y + 1, width * 0.55, h - 1), 11.5, 8, bold=True)
        box = _box(k, M + width * 0.55, y + 1, width * 0.45, h - 1)
        setter.text(painter, aside, box, 10, 7, bold=True, align=RIGHT)
    elif block.kind in ("info", "text"):
        painter.setPen(GREY)
        setter.text(painter, block.cells[0], _box(k, M, y, width, h), 9, 7)
    elif block.kind == "header":
        painter.fillRect(_box(k, M, y, width, h), FILL)
        painter.setPen(INK)
        x = M
        for header, w, right in block.columns:
            box = _box(k, x + 1, y, w - 2, h)
            setter.text(painter, _t(header), box, 8, 6, bold=True, align=RIGHT if right else LEFT)
            x += w
    elif block.kind == "row":
        painter.setPen(GREY if block.grey else INK)
        x = M
        for (_, w, right), value in zip(block.columns, block.cells, strict=True):
            box = _box(k, x + 1, y, w - 2, h)
            setter.text(painter, value, box, 8, 6, align=RIGHT if right else LEFT, max_lines=1)
            x += w
        painter.setPen(LINE)
        painter.drawLine(QPointF(M * k, (y + h) * k), QPointF((PAGE_W - M) * k, (y + h) * k))


def to_pdf(path: str | Path, customer_id: int, now: datetime) -> Path:
    """The statement as a PDF at `path`."""
    data = prepaid_print(customer_id, now)
    return write_pdf(
        path, f"{_t(TITLE)} — {data.name}", lambda device: paint_statement(device, data)
    )


def preview_dialog(parent: QWidget | None, customer_id: int, now: datetime) -> QPrintPreviewDialog:
    """The print preview of her statement (print from there), not shown."""
    data = prepaid_print(customer_id, now)
    title = f"{_t(TITLE)} — {data.name}"
    return preview(parent, title, "prepaidPreview", lambda device: paint_statement(device, data))
