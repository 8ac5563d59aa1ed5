"""The check of the three append-only ledgers (points, stored value, package-card
sessions): every cached balance is the sum of its entries, every entry's balance
after it is the running sum and never below zero, every reversal undoes exactly one
other entry of the same customer. A few whole-ledger queries each, read from the
covering indexes (~1 s for 1,000,000 points entries)."""

from __future__ import annotations

from typing import Any

from peewee import JOIN, Window, fn

from app.models import (
    Customer,
    PackageCard,
    PointsEntry,
    PointsKind,
    SessionEntry,
    SessionKind,
    StoredValueEntry,
    StoredValueKind,
)
from app.services.checks import Problem, _rows
from app.services.messages import QT_TRANSLATE_NOOP, Message
from app.services.visits import format_fen

POINTS_BALANCE = QT_TRANSLATE_NOOP(
    "Messages",
    "Member {member_no}: the card shows {card} points, but the points entries add up to {sum}.",
)
POINTS_RUNNING = QT_TRANSLATE_NOOP(
    "Messages",
    "Member {member_no}: points entry #{entry} shows a balance of {shown} after it, but the "
    "entries up to it add up to {sum}.",
)
POINTS_REVERSAL = QT_TRANSLATE_NOOP(
    "Messages",
    "Member {member_no}: points entry #{entry} is a reversal that does not undo exactly one "
    "other entry of hers (#{original}).",
)
VALUE_BALANCE = QT_TRANSLATE_NOOP(
    "Messages",
    "Member {member_no}: the card shows a stored value of {card_principal} + {card_bonus} "
    "bonus, but its entries add up to {principal} + {bonus} bonus.",
)
VALUE_RUNNING = QT_TRANSLATE_NOOP(
    "Messages",
    "Member {member_no}: stored-value entry #{entry} shows a balance after it that is not "
    "the sum of the entries up to it, or below zero.",
)
VALUE_REVERSAL = QT_TRANSLATE_NOOP(
    "Messages",
    "Member {member_no}: stored-value entry #{entry} is a reversal that does not undo exactly "
    "one other entry of hers (#{original}).",
)
CARD_SESSIONS = QT_TRANSLATE_NOOP(
    "Messages",
    "Member {member_no}: package card #{card} shows {card_used} of {sessions} sessions used, "
    "but its entries add up to {used}.",
)
SESSION_RUNNING = QT_TRANSLATE_NOOP(
    "Messages",
    "Member {member_no}: session entry #{entry} of package card #{card} does not follow from "
    "the entries before it, or leaves more sessions used than sold.",
)

# Problem kinds.
LEDGER_BALANCE = "points_balance"
LEDGER_RUNNING = "points_running"
LEDGER_REVERSAL = "points_reversal"
VALUE_LEDGER = "stored_value"
SESSION_LEDGER = "sessions"


def _points_problems() -> list[Problem]:
    """The points ledger: every cached balance is the sum of its entries, every entry's
    balance-after is the running sum (never below zero), every reversal undoes
    exactly one non-reversal entry of the same customer (the unique index makes it
    once). Three queries over the whole ledger (~1 s at 1,000,000 entries)."""
    problems: list[Problem] = []
    sums = (
        PointsEntry.select(PointsEntry.customer, fn.SUM(PointsEntry.points).alias("total"))
        .group_by(PointsEntry.customer)
        .alias("sums")
    )
    total = fn.COALESCE(sums.c.total, 0)
    cards = _rows(
        Customer.select(Customer.id, Customer.member_no, Customer.points_balance, total)
        .join(sums, JOIN.LEFT_OUTER, on=(sums.c.customer_id == Customer.id))
        .where(Customer.points_balance != total)
        .order_by(Customer.member_no)
    )
    for cid, member_no, card, total in cards:
        if card != total:
            params = {"member_no": member_no, "card": card, "sum": total}
            problems.append(
                Problem(LEDGER_BALANCE, cid, member_no, Message(POINTS_BALANCE, params))
            )
    running = fn.SUM(PointsEntry.points).over(
        partition_by=[PointsEntry.customer],
        order_by=[PointsEntry.id],
        frame_type=Window.ROWS,
        start=Window.preceding(),
        end=Window.CURRENT_ROW,
    )
    inner = PointsEntry.select(
        PointsEntry.id, PointsEntry.customer, PointsEntry.balance_after, running.alias("running")
    )
    wrong = (
        PointsEntry.select(inner.c.id, inner.c.customer_id, inner.c.balance_after, inner.c.running)
        .from_(inner)
        .where((inner.c.running != inner.c.balance_after) | (inner.c.balance_after < 0))
        .order_by(inner.c.id)
    )
    for entry_id, cid, shown, total in _rows(wrong):
        member_no = Customer.get_by_id(cid).member_no
        params = {"member_no": member_no, "entry": entry_id, "shown": shown, "sum": total}
        problems.append(Problem(LEDGER_RUNNING, cid, member_no, Message(POINTS_RUNNING, params)))
    original = PointsEntry.alias("original")
    bad = (
        PointsEntry.select(PointsEntry.id, PointsEntry.customer, PointsEntry.reverses)
        .join(original, JOIN.LEFT_OUTER, on=(PointsEntry.reverses == original.id))
        .where(
            ((PointsEntry.kind == PointsKind.REVERSAL) | PointsEntry.reverses.is_null(False))
            & (
                (PointsEntry.kind != PointsKind.REVERSAL)
                | original.id.is_null()
                | (original.kind == PointsKind.REVERSAL)
                | (original.customer != PointsEntry.customer)
                | ((original.points + PointsEntry.points) != 0)
            )
        )
        .order_by(PointsEntry.id)
    )
    for entry_id, cid, reverses in _rows(bad):
        member_no = Customer.get_by_id(cid).member_no
        params = {"member_no": member_no, "entry": entry_id, "original": reverses or "-"}
        problems.append(Problem(LEDGER_REVERSAL, cid, member_no, Message(POINTS_REVERSAL, params)))
    return problems


def _member_no(customer_id: int) -> str:
    return str(Customer.get_by_id(customer_id).member_no)


def _value_problems() -> list[Problem]:
    """The stored-value ledger: cached balances, running balances, reversals."""
    e = StoredValueEntry
    problems: list[Problem] = []
    sums = (
        e.select(
            e.customer,
            fn.SUM(e.principal_fen).alias("principal"),
            fn.SUM(e.bonus_fen).alias("bonus"),
        )
        .group_by(e.customer)
        .alias("sums")
    )
    principal, bonus = fn.COALESCE(sums.c.principal, 0), fn.COALESCE(sums.c.bonus, 0)
    query = (
        Customer.select(
            Customer.id,
            Customer.member_no,
            Customer.stored_principal_fen,
            Customer.stored_bonus_fen,
            principal,
            bonus,
        )  # fmt: skip
        .join(sums, JOIN.LEFT_OUTER, on=(sums.c.customer_id == Customer.id))
        .where((Customer.stored_principal_fen != principal) | (Customer.stored_bonus_fen != bonus))
        .order_by(Customer.member_no)
    )
    for cid, member_no, card_principal, card_bonus, total_principal, total_bonus in _rows(query):
        params = {
            "member_no": member_no,
            "card_principal": format_fen(card_principal),
            "card_bonus": format_fen(card_bonus),
            "principal": format_fen(total_principal),
            "bonus": format_fen(total_bonus),
        }
        problems.append(Problem(VALUE_LEDGER, cid, member_no, Message(VALUE_BALANCE, params)))
    window: dict[str, Any] = {
        "partition_by": [e.customer],
        "order_by": [e.id],
        "frame_type": Window.ROWS,
        "start": Window.preceding(),
        "end": Window.CURRENT_ROW,
    }
    inner = e.select(
        e.id, e.customer, e.principal_after, e.bonus_after,
        fn.SUM(e.principal_fen).over(**window).alias("principal"),
        fn.SUM(e.bonus_fen).over(**window).alias("bonus"),
    )  # fmt: skip
    wrong = (
        e.select(inner.c.id, inner.c.customer_id)
        .from_(inner)
        .where(
            (inner.c.principal != inner.c.principal_after)
            | (inner.c.bonus != inner.c.bonus_after)
            | (inner.c.principal_after < 0)
            | (inner.c.bonus_after < 0)
        )
        .order_by(inner.c.id)
    )
    for entry_id, cid in _rows(wrong):
        member_no = _member_no(cid)
        params = {"member_no": member_no, "entry": entry_id}
        problems.append(Problem(VALUE_LEDGER, cid, member_no, Message(VALUE_RUNNING, params)))
    original = e.alias("original")
    bad = (
        e.select(e.id, e.customer, e.reverses)
        .join(original, JOIN.LEFT_OUTER, on=(e.reverses == original.id))
        .where(
            ((e.kind == StoredValueKind.REVERSAL) | e.reverses.is_null(False))
            & (
                (e.kind != StoredValueKind.REVERSAL)
                | original.id.is_null()
                | (original.kind == StoredValueKind.REVERSAL)
                | (original.customer != e.customer)
                | ((original.principal_fen + e.principal_fen) != 0)
                | ((original.bonus_fen + e.bonus_fen) != 0)
            )
        )
        .order_by(e.id)
    )
    for entry_id, cid, reverses in _rows(bad):
        member_no = _member_no(cid)
        params = {"member_no": member_no, "entry": entry_id, "original": reverses or "-"}
        problems.append(Problem(VALUE_LEDGER, cid, member_no, Message(VALUE_REVERSAL, params)))
    return problems


def _session_problems() -> list[Problem]:
    """Package cards: sessions used == the entries, each step follows, never more than
    sold, returns undo exactly one use (the unique indexes make it once and never
    twice for one visit)."""
    e = SessionEntry
    problems: list[Problem] = []
    sums = e.select(e.card, fn.SUM(e.sessions).alias("total")).group_by(e.card).alias("sums")
    used = 0 - fn.COALESCE(sums.c.total, 0)
    query = (
        PackageCard.select(
            PackageCard.id,
            PackageCard.customer,
            PackageCard.sessions,
            PackageCard.sessions_used,
            used,
        )  # fmt: skip
        .join(sums, JOIN.LEFT_OUTER, on=(sums.c.card_id == PackageCard.id))
        .where(
            (PackageCard.sessions_used != used)
            | (PackageCard.sessions_used > PackageCard.sessions)
            | (PackageCard.sessions_used < 0)
        )
        .order_by(PackageCard.id)
    )
    for card_id, cid, sessions, card_used, total in _rows(query):
        member_no = _member_no(cid)
        params = {
            "member_no": member_no,
            "card": card_id,
            "card_used": card_used,
            "sessions": sessions,
            "used": total,
        }
        problems.append(Problem(SESSION_LEDGER, cid, member_no, Message(CARD_SESSIONS, params)))
    running = fn.SUM(e.sessions).over(
        partition_by=[e.card],
        order_by=[e.id],
        frame_type=Window.ROWS,
        start=Window.preceding(),
        end=Window.CURRENT_ROW,
    )
    inner = e.select(
        e.id,
        e.card,
        e.customer,
        e.used_after,
        running.alias("running"),
        PackageCard.sessions.alias("sold"),
    ).join(PackageCard, on=(e.card == PackageCard.id))  # fmt: skip
    original = e.alias("original")
    wrong = (
        e.select(inner.c.id, inner.c.card_id, inner.c.customer_id)
        .from_(inner)
        .where(
            ((0 - inner.c.running) != inner.c.used_after)
            | (inner.c.used_after < 0)
            | (inner.c.used_after > inner.c.sold)
        )
    )
    bad_returns = (
        e.select(e.id, e.card, e.customer)
        .join(original, JOIN.LEFT_OUTER, on=(e.reverses == original.id))
        .where(
            ((e.kind == SessionKind.RETURN) | e.reverses.is_null(False))
            & (
                (e.kind != SessionKind.RETURN)
                | original.id.is_null()
                | (original.kind != SessionKind.USE)
                | (original.card != e.card)
                | ((original.sessions + e.sessions) != 0)
            )
        )
    )
    found = sorted(set(_rows(wrong)) | set(_rows(bad_returns)))
    for entry_id, card_id, cid in found:
        member_no = _member_no(cid)
        params = {"member_no": member_no, "entry": entry_id, "card": card_id}
        problems.append(Problem(SESSION_LEDGER, cid, member_no, Message(SESSION_RUNNING, params)))
    return problems


def ledger_problems() -> list[Problem]:
    return _points_problems() + _value_problems() + _session_problems()
