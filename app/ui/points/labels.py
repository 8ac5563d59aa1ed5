"""Words for the points card in the user's language: the kinds of entry, the kinds of
reward, where an entry comes from, and signed points — shared by the card's Points
tab, the redeem dialog, the printed statement and its Excel export."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale

from app.models.enums import PointsKind, RewardKind
from app.services import visits
from app.services.points import EntryRecord
from app.services.points_rules import RewardData
from app.ui import texts

CONTEXT = "Points"

KINDS = {
    PointsKind.PURCHASE: QT_TRANSLATE_NOOP("Points", "Purchase"),
    PointsKind.REDEMPTION: QT_TRANSLATE_NOOP("Points", "Redemption"),
    PointsKind.REFERRAL: QT_TRANSLATE_NOOP("Points", "Referral"),
    PointsKind.ADJUSTMENT: QT_TRANSLATE_NOOP("Points", "Adjustment"),
    PointsKind.OPENING: QT_TRANSLATE_NOOP("Points", "Opening balance"),
    PointsKind.EXPIRY: QT_TRANSLATE_NOOP("Points", "Expiry"),
    PointsKind.REVERSAL: QT_TRANSLATE_NOOP("Points", "Reversal"),
    PointsKind.COMPLAINT: QT_TRANSLATE_NOOP("Points", "Apology"),
}
REWARD_KINDS = {
    RewardKind.GIFT: QT_TRANSLATE_NOOP("Points", "Gift"),
    RewardKind.DISCOUNT: QT_TRANSLATE_NOOP("Points", "Discount voucher"),
}
VISIT = QT_TRANSLATE_NOOP("Points", "Visit of {date}, {amount}")
VISIT_GONE = QT_TRANSLATE_NOOP("Points", "Visit no. {id}")
REVERSES = QT_TRANSLATE_NOOP("Points", "Reversal of no. {id}")
REFERRED = QT_TRANSLATE_NOOP("Points", "Brought member {member_no}")
BY_HAND = QT_TRANSLATE_NOOP("Points", "By hand")
EXPIRED = QT_TRANSLATE_NOOP("Points", "Points past their date")
COMPLAINT = QT_TRANSLATE_NOOP("Points", "With a complaint's resolution")
REVERSED_BY = QT_TRANSLATE_NOOP("Points", "Reversed by no. {id}")
GOOD_UNTIL = QT_TRANSLATE_NOOP("Points", "Good until {date}")
DISCOUNT_OFF = QT_TRANSLATE_NOOP("Points", "{amount} off")
NOT_COUNTED = QT_TRANSLATE_NOOP("Points", "Not counted")
OUT_OF_STOCK = QT_TRANSLATE_NOOP("Points", "Out of stock")
NEEDS_MORE = QT_TRANSLATE_NOOP("Points", "Needs {points} more points")
NOT_OFFERED = QT_TRANSLATE_NOOP("Points", "Not offered")


def t(text: str) -> str:
    return texts.t(text, CONTEXT)


def kind(value: PointsKind) -> str:
    return t(KINDS[value])


def reward_kind(value: RewardKind) -> str:
    return t(REWARD_KINDS[value])


def number(value: int) -> str:
    """1,280 — grouped as the language groups digits."""
    return QLocale().toString(value)


def signed(points: int) -> str:
    """+120 or −200 (a true minus sign: it lines up with the plus)."""
    return ("+" if points > 0 else "−" if points < 0 else "") + number(abs(points))


def reward_value(reward: RewardData) -> str:
    """What the reward is worth: '¥50.00 off' for a discount; nothing for a gift."""
    if reward.kind == RewardKind.DISCOUNT:
        return t(DISCOUNT_OFF).format(amount=texts.money(reward.discount_fen))
    return ""


def stock(reward: RewardData) -> str:
    return t(NOT_COUNTED) if reward.stock is None else number(reward.stock)


def visit_names(customer_id: int) -> dict[int, str]:
    """'Visit of 2026-11-20, ¥368.00' for each of the customer's visits."""
    return {
        v.id: t(VISIT).format(date=texts.short_date(v.visited_on), amount=texts.money(v.amount_fen))
        for v in visits.visits_of(customer_id)
    }


def source(entry: EntryRecord, visit_names: dict[int, str]) -> str:
    """What an entry comes from: the visit, the reward, the referred customer, the
    entry it reverses."""
    if entry.kind == PointsKind.REVERSAL and entry.reverses_id is not None:
        return t(REVERSES).format(id=entry.reverses_id)
    if entry.kind == PointsKind.REDEMPTION:
        return entry.reward_name
    if entry.kind == PointsKind.REFERRAL:
        return t(REFERRED).format(member_no=entry.note)
    if entry.kind == PointsKind.ADJUSTMENT:
        return t(BY_HAND)
    if entry.kind == PointsKind.EXPIRY:
        return t(EXPIRED)
    if entry.kind == PointsKind.COMPLAINT:
        return t(COMPLAINT)
    if entry.visit_id is not None:
        if entry.visit_on is not None and entry.visit_amount_fen is not None:
            return t(VISIT).format(
                date=texts.short_date(entry.visit_on), amount=texts.money(entry.visit_amount_fen)
            )
        return visit_names.get(entry.visit_id) or t(VISIT_GONE).format(id=entry.visit_id)
    return ""


def note(entry: EntryRecord) -> str:
    """The entry's note; a referral's note is the member number its source names."""
    return "" if entry.kind == PointsKind.REFERRAL else entry.note
