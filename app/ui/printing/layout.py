"""Paper and card geometry, cut marks, and text that always stays inside its box.

Geometry is in millimetres; painting is in the device's pixels (k pixels per mm),
so fonts keep their point sizes on the PDF writer, the printer and the preview alike.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPageLayout,
    QPageSize,
    QPaintDevice,
    QPainter,
    QPen,
    QTextLayout,
    QTextOption,
)

from app.ui.application import BUNDLED_FAMILY


class CardKind(StrEnum):
    RELATIONSHIP = "relationship"  # 客户关系卡, for the card box
    MEMBER = "member"  # 会员卡, 85.6 × 54 mm


class Paper(StrEnum):
    A5 = "a5"
    A6 = "a6"
    A4_TWO = "a4x2"
    CARD = "card"  # CR80 card stock, one card a page
    A4_TEN = "a4x10"


PAPERS = {
    CardKind.RELATIONSHIP: (Paper.A5, Paper.A6, Paper.A4_TWO),
    CardKind.MEMBER: (Paper.CARD, Paper.A4_TEN),
}
PAPER_NAMES = {
    Paper.A5: QT_TRANSLATE_NOOP("Printing", "A5, one card a sheet"),
    Paper.A6: QT_TRANSLATE_NOOP("Printing", "A6, one card a sheet"),
    Paper.A4_TWO: QT_TRANSLATE_NOOP("Printing", "A4, two cards a sheet"),
    Paper.CARD: QT_TRANSLATE_NOOP("Printing", "Card stock 85.6 × 54 mm, one card a page"),
    Paper.A4_TEN: QT_TRANSLATE_NOOP("Printing", "A4, ten cards a sheet with cut marks"),
}
KIND_NAMES = {
    CardKind.RELATIONSHIP: QT_TRANSLATE_NOOP("Printing", "Relationship card"),
    CardKind.MEMBER: QT_TRANSLATE_NOOP("Printing", "Member card"),
}

CARD_W, CARD_H = 85.6, 54.0  # ISO/IEC 7810 ID-1 (CR80)
MARK_GAP, MARK_LEN = 2.0, 5.0  # cut marks stand off the cards, so a cut never shows one
INK = QColor("#000000")
RULE = QColor("#555555")


@dataclass(frozen=True)
class Sheet:
    """A page of cards: its paper, where each card goes (mm), and how to cut them apart."""

    page_size: QPageSize
    orientation: QPageLayout.Orientation
    width: float
    height: float
    slots: tuple[QRectF, ...]
    cut_marks: bool = False  # marks at every cut line outside the cards
    fold_line: bool = False  # a dashed line between two cards

    def page_layout(self) -> QPageLayout:
        # No page margins: the layouts keep their own.
        return QPageLayout(self.page_size, self.orientation, QMarginsF(0, 0, 0, 0))


def _grid(
    cols: int, rows: int, w: float, h: float, page_w: float, page_h: float
) -> tuple[QRectF, ...]:
    x0, y0 = (page_w - cols * w) / 2, (page_h - rows * h) / 2
    return tuple(QRectF(x0 + c * w, y0 + r * h, w, h) for r in range(rows) for c in range(cols))


def sheet_for(paper: Paper) -> Sheet:
    landscape, portrait = QPageLayout.Orientation.Landscape, QPageLayout.Orientation.Portrait
    # The relationship card is landscape, like the index cards of a card box; A5, A6 and
    # half an A4 share the shape, so one layout serves them all.
    if paper in (Paper.A5, Paper.A6):
        w, h = (210.0, 148.0) if paper == Paper.A5 else (148.0, 105.0)
        size = QPageSize(QPageSize.PageSizeId.A5 if paper == Paper.A5 else QPageSize.PageSizeId.A6)
        return Sheet(size, landscape, w, h, _grid(1, 1, w, h, w, h))
    if paper == Paper.A4_TWO:
        slots = _grid(1, 2, 210, 148.5, 210, 297)
        return Sheet(QPageSize(QPageSize.PageSizeId.A4), portrait, 210, 297, slots, fold_line=True)
    if paper == Paper.CARD:
        size = QPageSize(
            QSizeF(CARD_W, CARD_H),
            QPageSize.Unit.Millimeter,
            "CR80 85.6 x 54 mm",
            QPageSize.SizeMatchPolicy.ExactMatch,
        )
        return Sheet(size, portrait, CARD_W, CARD_H, _grid(1, 1, CARD_W, CARD_H, CARD_W, CARD_H))
    slots = _grid(2, 5, CARD_W, CARD_H, 210, 297)
    return Sheet(QPageSize(QPageSize.PageSizeId.A4), portrait, 210, 297, slots, cut_marks=True)


def draw_cuts(painter: QPainter, sheet: Sheet, k: float) -> None:
    """Cut marks outside a grid of cards, or a dashed line between two cards."""
    painter.save()
    if sheet.fold_line:
        pen = QPen(RULE, 0.2 * k, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        for slot in sheet.slots[1:]:
            painter.drawLine(QPointF(0, slot.top() * k), QPointF(sheet.width * k, slot.top() * k))
    if sheet.cut_marks:
        painter.setPen(QPen(INK, 0.15 * k))
        left = min(s.left() for s in sheet.slots)
        right = max(s.right() for s in sheet.slots)
        top = min(s.top() for s in sheet.slots)
        bottom = max(s.bottom() for s in sheet.slots)
        xs = sorted({round(s.left(), 3) for s in sheet.slots} | {round(right, 3)})
        ys = sorted({round(s.top(), 3) for s in sheet.slots} | {round(bottom, 3)})
        near, far = MARK_GAP, MARK_GAP + MARK_LEN
        for x in xs:
            for y0, y1 in ((top - near, top - far), (bottom + near, bottom + far)):
                painter.drawLine(QPointF(x * k, y0 * k), QPointF(x * k, y1 * k))
        for y in ys:
            for x0, x1 in ((left - near, left - far), (right + near, right + far)):
                painter.drawLine(QPointF(x0 * k, y * k), QPointF(x1 * k, y * k))
    painter.restore()


@dataclass(frozen=True)
class CardContext:
    """What every card of one print run shares."""

    shop_name: str
    logo: QImage | None
    paper: Paper


@dataclass(frozen=True)
class Fitted:
    """Text set in a box: the font chosen, the lines, and the pitch between them (pixels)."""

    font: QFont
    point_size: float
    lines: tuple[str, ...]
    line_height: float
    ascent: float

    @property
    def height(self) -> float:
        return len(self.lines) * self.line_height


class Typesetter:
    """Fits text into boxes on one paint device: shrink to a minimum size, then wrap,
    then elide — never past the box's edges."""

    STEP = 0.5

    def __init__(self, device: QPaintDevice) -> None:
        self.device = device
        self._fonts: dict[tuple[float, bool], tuple[QFont, QFontMetricsF]] = {}

    def font(self, pt: float, bold: bool = False) -> tuple[QFont, QFontMetricsF]:
        key = (pt, bold)
        if key not in self._fonts:
            font = QFont(BUNDLED_FAMILY)
            font.setPointSizeF(pt)
            font.setBold(bold)
            # Shaped runs of Latin text get glyphs that Qt's PDF writer cannot map back
            # to characters: digits would vanish from the PDF's text (search, copy).
            # Chinese and Latin need no shaping.
            font.setStyleStrategy(QFont.StyleStrategy.PreferNoShaping)
            self._fonts[key] = (font, QFontMetricsF(font, self.device))
        return self._fonts[key]

    def _sizes(self, max_pt: float, min_pt: float) -> list[float]:
        sizes, pt = [], max_pt
        while pt > min_pt:
            sizes.append(pt)
            pt -= self.STEP
        return [*sizes, min_pt]

    def _fitted(self, pt: float, bold: bool, lines: list[str]) -> Fitted:
        font, metrics = self.font(pt, bold)
        return Fitted(font, pt, tuple(lines), metrics.height(), metrics.ascent())

    def _wrap(self, text: str, pt: float, bold: bool, width: float) -> list[tuple[int, str]]:
        """(start offset, line) of each line of `text` broken to `width`."""
        font, _ = self.font(pt, bold)
        layout = QTextLayout(text, font, self.device)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(option)
        layout.beginLayout()
        lines = []
        while (line := layout.createLine()).isValid():
            line.setLineWidth(width)
            start = line.textStart()
            lines.append((start, text[start : start + line.textLength()].strip()))
        layout.endLayout()
        return [(start, line) for start, line in lines if line]

    def fit(
        self,
        text: str,
        width: float,
        height: float,
        max_pt: float,
        min_pt: float,
        bold: bool = False,
        max_lines: int | None = None,
    ) -> Fitted:
        """Shrink, then wrap, then elide: `text` on one line down to a little below
        max_pt; then the largest size down to min_pt at which it fits on one line or on
        as many lines as the box (and max_lines) allow; at min_pt the last line is
        elided."""
        text = " ".join(text.split())
        sizes = self._sizes(max_pt, min_pt)
        first = [pt for pt in sizes if pt >= max(min_pt, max_pt * 0.85)]
        for pt in sizes:
            _, metrics = self.font(pt, bold)
            if metrics.horizontalAdvance(text) <= width and metrics.height() <= height:
                return self._fitted(pt, bold, [text])
            if pt in first:
                continue  # a little smaller on one line reads better than two lines
            room = int(height // metrics.height())
            if max_lines is not None:
                room = min(room, max_lines)
            if room < 2:
                continue
            wrapped = self._wrap(text, pt, bold, width)
            if len(wrapped) <= room:
                return self._fitted(pt, bold, [line for _, line in wrapped])
        _, metrics = self.font(min_pt, bold)
        room = max(1, min(max_lines or 99, int(height // metrics.height())))
        wrapped = self._wrap(text, min_pt, bold, width) or [(0, "")]
        lines = [line for _, line in wrapped[:room]]
        if len(wrapped) > room:
            lines[-1] = text[wrapped[room - 1][0] :]  # the rest, elided below
        lines[-1] = metrics.elidedText(lines[-1], Qt.TextElideMode.ElideRight, width)
        return self._fitted(min_pt, bold, lines)

    def draw(
        self,
        painter: QPainter,
        fitted: Fitted,
        box: QRectF,
        align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
        top: bool = False,
    ) -> None:
        """Draw fitted text in `box`, centred vertically unless `top`."""
        painter.setFont(fitted.font)
        _, metrics = self.font(fitted.point_size, fitted.font.bold())
        y = box.top() if top else box.top() + (box.height() - fitted.height) / 2
        for line in fitted.lines:
            x = box.left()
            if align != Qt.AlignmentFlag.AlignLeft:
                spare = box.width() - metrics.horizontalAdvance(line)
                x += spare if align == Qt.AlignmentFlag.AlignRight else spare / 2
            painter.drawText(QPointF(x, y + fitted.ascent), line)
            y += fitted.line_height

    def text(
        self,
        painter: QPainter,
        text: str,
        box: QRectF,
        max_pt: float,
        min_pt: float,
        bold: bool = False,
        align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
        max_lines: int | None = None,
    ) -> Fitted:
        """Fit and draw in one call."""
        fitted = self.fit(text, box.width(), box.height(), max_pt, min_pt, bold, max_lines)
        self.draw(painter, fitted, box, align)
        return fitted


def image_rect(image: QImage, box: QRectF) -> QRectF:
    """The largest rectangle of the image's shape centred in `box`."""
    if image.isNull() or image.width() == 0 or image.height() == 0:
        return QRectF()
    scale = min(box.width() / image.width(), box.height() / image.height())
    w, h = image.width() * scale, image.height() * scale
    return QRectF(box.center().x() - w / 2, box.center().y() - h / 2, w, h)
