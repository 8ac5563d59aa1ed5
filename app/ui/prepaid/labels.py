"""Words for prepaid money and sessions in the user's language: the kinds of entry,
how a card was paid, signed amounts, and the one line that answers "我还剩多少次?"
— shared by the card's facts, its Prepaid tab, the visit dialog and the pickers."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject

from app.models.enums import PaidWith, SessionKind, StoredValueKind
from app.services.packages import CardRecord
from app.services.prepaid import Balance
from app.ui import texts

CONTEXT = "Prepaid"

VALUE_KINDS = {
    StoredValueKind.TOP_UP: QT_TRANSLATE_NOOP("Prepaid", "Top-up"),
    StoredValueKind.PAYMENT: QT_TRANSLATE_NOOP("Prepaid", "Payment"),
    StoredValueKind.PACKAGE: QT_TRANSLATE_NOOP("Prepaid", "Package bought"),
    StoredValueKind.REFUND: QT_TRANSLATE_NOOP("Prepaid", "Refund"),
    StoredValueKind.OPENING: QT_TRANSLATE_NOOP("Prepaid", "Opening stored value"),
    StoredValueKind.REVERSAL: QT_TRANSLATE_NOOP("Prepaid", "Reversal"),
}
SESSION_KINDS = {
    SessionKind.USE: QT_TRANSLATE_NOOP("Prepaid", "Session used"),
    SessionKind.RETURN: QT_TRANSLATE_NOOP("Prepaid", "Session returned"),
    SessionKind.OPENING: QT_TRANSLATE_NOOP("Prepaid", "Used before (opening)"),
}
PAID_WITH = {
    PaidWith.CASH: QT_TRANSLATE_NOOP("Prepaid", "Cash"),
    PaidWith.STORED_VALUE: QT_TRANSLATE_NOOP("Prepaid", "Stored value"),
}
WITH_BONUS = QT_TRANSLATE_NOOP("Prepaid", "{total} (incl. bonus {bonus})")
SPLIT = QT_TRANSLATE_NOOP("Prepaid", "Principal {principal} · bonus {bonus}")
USED_UP = QT_TRANSLATE_NOOP("Prepaid", "used up")
WITH_REASON = QT_TRANSLATE_NOOP("Prepaid", "{card} ({reason})")


def t(text: str) -> str:
    return texts.t(text, CONTEXT)


def value_kind(kind: StoredValueKind) -> str:
    return t(VALUE_KINDS[kind])


def session_kind(kind: SessionKind) -> str:
    return t(SESSION_KINDS[kind])


def paid_with(value: PaidWith) -> str:
    return t(PAID_WITH[value])


def signed_money(fen: int) -> str:
    """+¥1,000.00 or −¥200.00 (a true minus sign, lined up with the plus); '' for 0."""
    if not fen:
        return ""
    return ("+" if fen > 0 else "−") + texts.money(abs(fen))


def balance(held: Balance) -> str:
    """¥1,200.00 (incl. bonus ¥200.00) — the bonus named only when there is one."""
    total = texts.money(held.total_fen)
    if not held.bonus_fen:
        return total
    return t(WITH_BONUS).format(total=total, bonus=texts.money(held.bonus_fen))


def split(held: Balance) -> str:
    return t(SPLIT).format(
        principal=texts.money(held.principal_fen), bonus=texts.money(held.bonus_fen)
    )


class PrepaidWords(QObject):
    """The lines with a count in them (translated with their plural forms)."""

    def left(self, card: CardRecord, today: date) -> str:
        """剩余 8 次，到期 2027-11-22 — or when it expired."""
        day = texts.short_date(card.expires_on)
        if card.expired(today):
            text = self.tr("%n session(s) left, expired on {date}", "", card.left)
        else:
            text = self.tr("%n session(s) left, expires {date}", "", card.left)
        return text.format(date=day)

    def named(self, card: CardRecord, today: date) -> str:
        """面部护理10次卡：剩余 8 次，到期 2027-11-22."""
        return self.tr("{card}: {left}").format(card=card.name, left=self.left(card, today))

    def sessions(self, count: int) -> str:
        return self.tr("%n session(s)", "", count)

    def days(self, count: int) -> str:
        return self.tr("%n day(s)", "", count)


def sessions_left(card: CardRecord, today: date) -> str:
    """剩余 8 次，到期 2027-11-22 (the card's name said apart)."""
    return PrepaidWords().left(card, today)


def card_line(card: CardRecord, today: date) -> str:
    """面部护理10次卡：剩余 8 次，到期 2027-11-22."""
    return PrepaidWords().named(card, today)


def sessions(count: int) -> str:
    return PrepaidWords().sessions(count)


def days(count: int) -> str:
    return PrepaidWords().days(count)


def card_choice(card: CardRecord, today: date, reason: str = "") -> str:
    """A card in a picker: its sessions left and expiry (or that it is used up), and
    why it cannot be picked when there is a reason."""
    if card.left <= 0:
        reason = reason or t(USED_UP)
        return t(WITH_REASON).format(card=card.name, reason=reason)
    line = card_line(card, today)
    return t(WITH_REASON).format(card=line, reason=reason) if reason else line
