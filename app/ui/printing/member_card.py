"""The member card (会员卡), 85.6 × 54 mm: shop, customer, and the member number as a
Code 128 barcode (the counter's USB scanner types it into the search box) and a QR code.

    ┌──────────────────────────────────────────┐
    │ ▓ logo  SHOP NAME               会员卡 ▓ │   band
    │ Customer name                            │
    │ ║│║║│║│║║│║│║║│             ▄▄▄▄▄      │
    │ ║│║║│║│║║│║│║║│             █ QR █      │
    │     100001                  ▀▀▀▀▀      │
    └──────────────────────────────────────────┘
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath

from app.services.print_data import PrintCard
from app.ui.printing.codes import paint_code128, paint_qr
from app.ui.printing.layout import CARD_H, CARD_W, CardContext, Typesetter, image_rect

BAND = QColor("#8c1d2c")  # a deep red: festive in colour, a dark grey on a laser printer
ON_BAND = QColor("#ffffff")
INK = QColor("#000000")
QUIET_GREY = QColor("#444444")

# Millimetres from the card's top-left corner.
MARGIN = 5.0
BAND_RECT = (3.0, 3.0, CARD_W - 6.0, 12.0)
LOGO_RECT = (5.0, 4.5, 9.0, 9.0)
NAME_RECT = (MARGIN, 17.0, CARD_W - 2 * MARGIN, 10.0)
BARS_RECT = (MARGIN, 30.5, 53.0, 11.0)
QR_BOX = (CARD_W - 23.0, 30.0, 20.0, 20.0)  # with its quiet zone
NAME_PT, NAME_MIN_PT = 16.0, 8.0
SHOP_PT, SHOP_MIN_PT = 11.0, 6.0


def _rect(k: float, origin: QRectF, x: float, y: float, w: float, h: float) -> QRectF:
    return QRectF(origin.left() + x * k, origin.top() + y * k, w * k, h * k)


def card_title() -> str:
    return QCoreApplication.translate("Printing", "Member card")


def paint_member_card(
    painter: QPainter,
    card_rect: QRectF,
    k: float,
    card: PrintCard,
    ctx: CardContext,
    setter: Typesetter,
) -> None:
    """Paint one member card into `card_rect` (device pixels; k pixels per mm)."""

    def at(x: float, y: float, w: float, h: float) -> QRectF:
        return _rect(k, card_rect, x, y, w, h)

    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    band = at(*BAND_RECT)
    path = QPainterPath()
    path.addRoundedRect(band, 2.0 * k, 2.0 * k)
    painter.fillPath(path, BAND)
    text_left = MARGIN + 1.0
    if ctx.logo is not None and not ctx.logo.isNull():
        logo_box = at(*LOGO_RECT)
        backing = QPainterPath()
        backing.addRoundedRect(logo_box, 1.0 * k, 1.0 * k)
        painter.fillPath(backing, ON_BAND)
        inner = logo_box.adjusted(0.6 * k, 0.6 * k, -0.6 * k, -0.6 * k)
        painter.drawImage(image_rect(ctx.logo, inner), ctx.logo)
        text_left = LOGO_RECT[0] + LOGO_RECT[2] + 2.0
    painter.setPen(ON_BAND)
    band_right = BAND_RECT[0] + BAND_RECT[2] - 2.0
    if ctx.shop_name:
        label = at(band_right - 16.0, 4.0, 16.0, 10.0)
        setter.text(painter, card_title(), label, 7.5, 5.0, align=Qt.AlignmentFlag.AlignRight)
        shop = at(text_left, 4.0, band_right - 17.0 - text_left, 10.0)
        setter.text(painter, ctx.shop_name, shop, SHOP_PT, SHOP_MIN_PT, bold=True, max_lines=2)
    else:
        title = at(text_left, 4.0, band_right - text_left, 10.0)
        setter.text(painter, card_title(), title, SHOP_PT, SHOP_MIN_PT, bold=True)
    painter.setPen(INK)
    setter.text(painter, card.name, at(*NAME_RECT), NAME_PT, NAME_MIN_PT, bold=True, max_lines=1)
    # Sharp module edges on printers that rasterise; a PDF stays vector either way.
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    bars = paint_code128(painter, at(*BARS_RECT), card.member_no, k)
    paint_qr(painter, at(*QR_BOX), card.member_no, k)
    painter.setPen(QUIET_GREY)
    width = max(bars.width(), 20 * k)
    number = QRectF(bars.center().x() - width / 2, bars.bottom() + 0.4 * k, width, 4.5 * k)
    setter.text(painter, card.member_no, number, 9.0, 6.0, align=Qt.AlignmentFlag.AlignCenter)
    painter.restore()


__all__ = ["CARD_H", "CARD_W", "paint_member_card"]
