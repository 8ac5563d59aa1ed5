"""The relationship card (客户关系卡) for the shop's card box: who she is, what she must
not be given (boxed, bold, first), her recent visits and follow-ups, and ruled rows
for handwritten notes.

Drawn in a 210 × 148.5 mm frame scaled to the card (A5, half an A4, A6 share the
shape); fonts and the number of rows follow the paper, so A6 stays legible.

    ┌ logo SHOP NAME / Customer relationship card ──────── Member no. 100001 ┐
    │                                                          Points 1,280 │
    │ ⚠ Allergies and contraindications: …                                   │
    │ Name | Gender          │ Recent visits   date | items | amount | staff │
    │ Mobile | Grade …       │ Follow-ups      date | channel | said | next  │
    │ Stored value | ¥1,200  │ Package cards | 面部护理10次卡 剩余 8 次 到期 … │
    │ Notes ________________________________________________________________│

The stored value and package cards row is there only when she holds any.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLocale,
    QObject,
    QPointF,
    QRectF,
    Qt,
)
from PySide6.QtGui import QColor, QPainter, QPen

from app.models.enums import Gender
from app.services.print_data import PrintCard
from app.ui import texts
from app.ui.printing.layout import CardContext, Paper, Typesetter, image_rect

REF_W = 210.0
M = 7.0  # margin
COL_W = 96.0
RIGHT_X = REF_W - M - COL_W
LINE, FILL, GREY = QColor("#555555"), QColor("#eeeeee"), QColor("#444444")
INK = QColor("#000000")
ALERT = QColor("#c62828")
LEFT, RIGHT = Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignRight

TITLE = QT_TRANSLATE_NOOP("Printing", "Customer relationship card")
MEMBER_NO = QT_TRANSLATE_NOOP("Printing", "Member no. {member_no}")
POINTS = QT_TRANSLATE_NOOP("Printing", "Points {points}")
RECENT = QT_TRANSLATE_NOOP("Printing", "Recent visits")
TOTALS = QT_TRANSLATE_NOOP("Printing", "Visits: {count} · {amount} in all")
FOLLOW_UPS = QT_TRANSLATE_NOOP("Printing", "Follow-ups")
NEXT = QT_TRANSLATE_NOOP("Printing", "Next follow-up: {date}")
VISIT_COLUMNS = (
    (QT_TRANSLATE_NOOP("Printing", "Date"), 19.0),
    (QT_TRANSLATE_NOOP("Printing", "Items"), 0.0),  # takes the rest
    (QT_TRANSLATE_NOOP("Printing", "Amount"), 18.0),
    (QT_TRANSLATE_NOOP("Printing", "Staff"), 13.0),
)
FOLLOW_UP_COLUMNS = (
    (QT_TRANSLATE_NOOP("Printing", "Date"), 19.0),
    (QT_TRANSLATE_NOOP("Printing", "Channel"), 13.0),
    (QT_TRANSLATE_NOOP("Printing", "What was said"), 0.0),
    (QT_TRANSLATE_NOOP("Printing", "Next due"), 19.0),
)
NOTES = QT_TRANSLATE_NOOP("Printing", "Notes")
NOTES_HINT = QT_TRANSLATE_NOOP("Printing", "written by hand: follow-ups, wishes, what to remember")
LAST_VISIT = QT_TRANSLATE_NOOP("Printing", "Last visit")
ADVISER = QT_TRANSLATE_NOOP("Printing", "Adviser")
STORED_VALUE = QT_TRANSLATE_NOOP("Printing", "Stored value")
STORED_SPLIT = QT_TRANSLATE_NOOP("Printing", "{total} (principal {principal} + bonus {bonus})")
PACKAGES = QT_TRANSLATE_NOOP("Printing", "Package cards")
PACKAGE_LEFT = QT_TRANSLATE_NOOP("Printing", "{card} · {left} left · until {date}")
PACKAGE_EXPIRED = QT_TRANSLATE_NOOP("Printing", "{card} · {left} left · expired on {date}")


class Printing(QObject):
    """Plural words need tr() on an object: lupdate marks only those as plural."""

    def more_cards(self, count: int) -> str:
        return self.tr("and %n more card(s)", "", count)


@dataclass(frozen=True)
class Style:
    """Font sizes (pt) and row counts for one paper."""

    base_pt: float
    min_pt: float
    title_pt: float
    visits: int
    follow_ups: int
    packages: int  # package card lines


STYLES = {
    Paper.A5: Style(8.0, 6.0, 13.0, 5, 3, 3),
    Paper.A4_TWO: Style(8.0, 6.0, 13.0, 5, 3, 3),
    Paper.A6: Style(6.5, 5.0, 10.0, 3, 2, 3),
}
PACKAGE_LINE = 4.5  # frame mm a package card line takes


def _t(text: str) -> str:
    return texts.t(text, "Printing")


def _items(card: PrintCard, index: int) -> str:
    """What was bought or done: 染发 补染发根、美甲 ×2."""
    sep = "、" if texts.is_chinese() else ", "
    parts = []
    for item in card.visits[index].items:
        spec = f" {item.spec}" if item.spec else ""
        quantity = f" ×{item.quantity}" if item.quantity != 1 else ""
        parts.append(f"{item.name}{spec}{quantity}")
    return sep.join(parts)


def _joined(*parts: str) -> str:
    return ("；" if texts.is_chinese() else "; ").join(p for p in parts if p)


class _Card:
    """One card being painted: converts the 210 mm frame to device pixels."""

    def __init__(
        self, painter: QPainter, rect: QRectF, k: float, setter: Typesetter, style: Style
    ) -> None:
        self.p, self.origin, self.setter, self.style = painter, rect.topLeft(), setter, style
        self.f = rect.width() / REF_W  # pixels per frame millimetre
        self.height = rect.height() / self.f
        self.real_mm = k / self.f  # one paper millimetre in frame millimetres

    def r(self, x: float, y: float, w: float, h: float) -> QRectF:
        o, f = self.origin, self.f
        return QRectF(o.x() + x * f, o.y() + y * f, w * f, h * f)

    def pen(self, color: QColor, width_mm: float) -> None:
        self.p.setPen(QPen(color, width_mm * self.f))

    def text(
        self,
        text: str,
        x: float,
        y: float,
        w: float,
        h: float,
        pt: float | None = None,
        bold: bool = False,
        align: Qt.AlignmentFlag = LEFT,
        lines: int = 1,
        color: QColor = Qt.GlobalColor.black,
    ) -> None:
        """Text in a frame box with 1 mm padding each side."""
        size = pt or self.style.base_pt
        self.p.setPen(color)
        box = self.r(x + 1.0, y, w - 2.0, h)
        self.setter.text(self.p, text, box, size, min(size, self.style.min_pt), bold, align, lines)

    def cell(self, x: float, y: float, w: float, h: float, fill: bool = False) -> None:
        if fill:
            self.p.fillRect(self.r(x, y, w, h), FILL)
        self.pen(LINE, 0.2)
        self.p.drawRect(self.r(x, y, w, h))

    def hline(self, x0: float, x1: float, y: float, width: float = 0.2) -> None:
        self.pen(LINE, width)
        self.p.drawLine(self.point(x0, y), self.point(x1, y))

    def point(self, x: float, y: float) -> QPointF:
        return QPointF(self.origin.x() + x * self.f, self.origin.y() + y * self.f)


def _header(c: _Card, card: PrintCard, ctx: CardContext) -> None:
    x = M
    if ctx.logo is not None and not ctx.logo.isNull():
        c.p.drawImage(image_rect(ctx.logo, c.r(M, 6.0, 12.0, 12.0)), ctx.logo)
        x = M + 14.0
    title = _t(TITLE)
    if ctx.shop_name:
        c.text(ctx.shop_name, x - 1, 5.5, 120 - x, 7.5, c.style.title_pt, bold=True)
        c.text(title, x - 1, 12.5, 120 - x, 5.5, c.style.base_pt + 1, color=GREY)
    else:
        c.text(title, x - 1, 6.0, 120 - x, 12.0, c.style.title_pt, bold=True)
    number = _t(MEMBER_NO).format(member_no=card.member_no)
    right_w = REF_W - M - 121.0
    if card.points is None:
        c.text(number, 122.0, 6.0, right_w, 12.0, c.style.base_pt + 3, True, RIGHT)
    else:
        # Under the number, as the title under the shop's name: asked at the counter.
        c.text(number, 122.0, 5.5, right_w, 7.5, c.style.base_pt + 3, True, RIGHT)
        points = _t(POINTS).format(points=QLocale().toString(card.points))
        c.text(points, 122.0, 12.5, right_w, 5.5, c.style.base_pt + 1, True, RIGHT, color=GREY)
    c.hline(M, REF_W - M, 19.5, 0.5)


def _allergies(c: _Card, card: PrintCard) -> None:
    box = (M, 21.5, REF_W - 2 * M, 8.0)
    c.pen(ALERT, 0.6)
    c.p.drawRect(c.r(*box))
    label = "⚠ " + texts.field("allergies")
    size = c.style.base_pt + 1
    _, metrics = c.setter.font(size, True)
    label_w = min(90.0, metrics.horizontalAdvance(label + " ") / c.f + 2.0)
    c.text(label, M + 1.0, 21.5, label_w, 8.0, size, bold=True, color=ALERT)
    rest = REF_W - 2 * M - label_w - 2.0
    if card.allergies:
        c.text(card.allergies, M + 1.0 + label_w, 21.5, rest, 8.0, size + 1, bold=True, lines=2)
    else:  # an empty box reads as "forgotten": say nobody recorded any, so staff ask
        none = QCoreApplication.translate("Printing", "None recorded: ask before treating")
        c.text(none, M + 1.0 + label_w, 21.5, rest, 8.0, size, bold=False)


def _profile(c: _Card, card: PrintCard) -> float:
    """The field grid of the left column; returns where it ends."""
    label_w, label2_w, value2_w = 19.0, 15.0, 21.0
    value_w = COL_W - label_w - label2_w - value2_w
    f, date = texts.field, texts.short_date
    mobile = " / ".join(p for p in (card.mobile, card.phone) if p)
    # "Not given" would be printed; a blank can be filled in by hand.
    gender = texts.gender(card.gender) if card.gender != Gender.UNKNOWN else ""
    rows = [  # label, value, second label, second value, height
        (f("name"), card.name, f("gender"), gender, 6.0),
        (f("mobile"), mobile, f("grade"), texts.grade(card.grade), 6.0),
        (f("birthday"), texts.birthday(card.birthday), _t(ADVISER), card.staff, 6.0),
        (f("address"), card.address or card.district, "", "", 9.0),
        (f("employer"), card.employer, f("position"), card.position or card.occupation, 6.0),
        (f("first_visit"), date(card.first_visit), _t(LAST_VISIT), date(card.last_visit), 6.0),
        (f("hobbies"), card.hobbies, "", "", 9.0),
        (f("preferences"), _joined(card.preferences, card.skin_hair_type), "", "", 9.0),
    ]
    y = 31.5
    for index, (label, value, label2, value2, h) in enumerate(rows):
        c.cell(M, y, label_w, h, fill=True)
        c.text(label, M, y, label_w, h, lines=2, color=GREY)
        width = COL_W - label_w
        if label2:
            width = value_w
            c.cell(M + label_w + value_w, y, label2_w, h, fill=True)
            c.text(label2, M + label_w + value_w, y, label2_w, h, lines=2, color=GREY)
            c.cell(M + COL_W - value2_w, y, value2_w, h)
            c.text(value2, M + COL_W - value2_w, y, value2_w, h)
        c.cell(M + label_w, y, width, h)
        c.text(value, M + label_w, y, width, h, bold=index == 0, lines=2 if h > 6 else 1)
        y += h
    return y


Row = list[str]


def _table(
    c: _Card, y: float, title: str, aside: str, columns: tuple, rows: list[Row], count: int
) -> float:
    """A captioned table of `count` rows (blank ones to write in); returns where it ends."""
    c.text(title, RIGHT_X - 1, y, 40.0, 5.5, c.style.base_pt + 1, bold=True)
    c.text(
        aside, RIGHT_X + 38.0, y, COL_W - 38.0, 5.5, c.style.base_pt - 0.5, align=RIGHT, color=GREY
    )
    y += 5.5
    fixed = sum(w for _, w in columns)
    widths = [w or COL_W - fixed for _, w in columns]
    x = RIGHT_X
    for (label, _), w in zip(columns, widths, strict=True):
        c.cell(x, y, w, 4.5, fill=True)
        c.text(_t(label), x, y, w, 4.5, c.style.base_pt - 1, color=GREY)
        x += w
    y += 4.5
    for index in range(count):
        values = rows[index] if index < len(rows) else [""] * len(columns)
        x = RIGHT_X
        for value, w in zip(values, widths, strict=True):
            c.cell(x, y, w, 5.0)
            c.text(value, x, y, w, 5.0)
            x += w
        y += 5.0
    return y


def _history(c: _Card, card: PrintCard) -> float:
    visits = [
        [texts.short_date(v.visited_on), _items(card, i), texts.money(v.amount_fen), v.staff]
        for i, v in enumerate(card.visits[: c.style.visits])
    ]
    totals = _t(TOTALS).format(count=card.visit_count, amount=texts.money(card.total_spent_fen))
    y = _table(c, 30.5, _t(RECENT), totals, VISIT_COLUMNS, visits, c.style.visits)
    follow_ups = [
        [
            texts.short_date(f.done_on),
            texts.channel(f.channel),
            f.content,
            texts.short_date(f.next_due),
        ]
        for f in card.follow_ups[: c.style.follow_ups]
    ]
    due = _t(NEXT).format(date=texts.short_date(card.next_follow_up)) if card.next_follow_up else ""
    return _table(
        c, y + 1.5, _t(FOLLOW_UPS), due, FOLLOW_UP_COLUMNS, follow_ups, c.style.follow_ups
    )


def _package_lines(card: PrintCard, room: int) -> list[tuple[str, bool]]:
    """(text, expired) of each line: her cards, and what did not fit counted on the last."""
    shown = card.packages if len(card.packages) <= room else card.packages[: room - 1]
    lines = [
        (
            _t(PACKAGE_EXPIRED if p.expired else PACKAGE_LEFT).format(
                card=p.name, left=p.left, date=texts.short_date(p.expires_on)
            ),
            p.expired,
        )
        for p in shown
    ]
    if len(shown) < len(card.packages):
        more = Printing().more_cards(len(card.packages) - len(shown))
        lines.append((more, False))
    return lines


def _prepaid(c: _Card, card: PrintCard, top: float) -> float:
    """Her stored value (left column) and package cards with sessions left (right), in
    one row under the columns; returns where it ends (`top` when she holds neither)."""
    if card.stored_value is None and not card.packages:
        return top
    lines = _package_lines(card, c.style.packages)
    h = max(6.0, PACKAGE_LINE * len(lines) + 1.0)
    label_w = 19.0
    c.cell(M, top, label_w, h, fill=True)
    c.text(_t(STORED_VALUE), M, top, label_w, h, lines=2, color=GREY)
    c.cell(M + label_w, top, COL_W - label_w, h)
    if card.stored_value is not None:
        principal, bonus = card.stored_value
        total = texts.money(principal + bonus)
        text = total
        if bonus:
            text = _t(STORED_SPLIT).format(
                total=total, principal=texts.money(principal), bonus=texts.money(bonus)
            )
        c.text(text, M + label_w, top, COL_W - label_w, h, bold=True, lines=2)
    label2_w = 19.0
    c.cell(RIGHT_X, top, label2_w, h, fill=True)
    c.text(_t(PACKAGES), RIGHT_X, top, label2_w, h, lines=2, color=GREY)
    c.cell(RIGHT_X + label2_w, top, COL_W - label2_w, h)
    y = top + (h - PACKAGE_LINE * len(lines)) / 2
    for text, expired in lines:
        color = GREY if expired else INK
        c.text(text, RIGHT_X + label2_w, y, COL_W - label2_w, PACKAGE_LINE, color=color)
        y += PACKAGE_LINE
    return top + h


def _notes(c: _Card, top: float) -> None:
    """Ruled rows for handwriting, to the bottom of the card."""
    c.text(_t(NOTES), M - 1, top, 30.0, 5.5, c.style.base_pt + 1, bold=True)
    c.text(
        _t(NOTES_HINT), M + 29.0, top, REF_W - 2 * M - 30.0, 5.5, c.style.base_pt - 0.5, color=GREY
    )
    # 7 mm of paper a row, whatever the card's size: room for a handwritten line.
    y, pitch, bottom = top + 5.5, 7.0 * c.real_mm, c.height - M
    while y + pitch <= bottom + 0.01:
        y += pitch
        c.hline(M, REF_W - M, y)
    c.pen(LINE, 0.2)
    c.p.drawLine(c.point(M + 22.0, top + 5.5), c.point(M + 22.0, y))  # the date column
    c.hline(M, REF_W - M, top + 5.5)


def paint_relationship_card(
    painter: QPainter,
    card_rect: QRectF,
    k: float,
    card: PrintCard,
    ctx: CardContext,
    setter: Typesetter,
) -> None:
    """Paint one relationship card into `card_rect` (device pixels; k pixels per mm)."""
    painter.save()
    c = _Card(painter, card_rect, k, setter, STYLES.get(ctx.paper, STYLES[Paper.A5]))
    _header(c, card, ctx)
    _allergies(c, card)
    bottom = max(_profile(c, card), _history(c, card))
    bottom = _prepaid(c, card, bottom + 1.5) if card.stored_value or card.packages else bottom
    _notes(c, bottom + 2.5)
    painter.restore()


__all__ = ["STYLES", "paint_relationship_card"]
