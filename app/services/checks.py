"""The database check (数据检查): is the file sound, and do the cards agree with
what they are made of?

Every consistency check is one query over the whole table (grouped where it
needs aggregates), so the check stays quick at 100,000 cards and 800,000 visits.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

import peewee
from peewee import JOIN, fn

from app.models import (
    Calendar,
    Customer,
    SearchKey,
    Visit,
    VisitItem,
    database,
)
from app.services.messages import QT_TRANSLATE_NOOP, Message
from app.services.visits import format_fen

DAMAGED = QT_TRANSLATE_NOOP("Messages", "The database file is damaged: {detail}")
BROKEN_LINK = QT_TRANSLATE_NOOP(
    "Messages", "Row {row} of table {table} refers to a missing row of table {parent}."
)
TOTALS = QT_TRANSLATE_NOOP(
    "Messages",
    "Member {member_no}: the card shows {card_count} visits, ¥{card_spent}, last on "
    "{card_last}, but the visits add up to {count} visits, ¥{spent}, last on {last}.",
)
VISIT_AMOUNT = QT_TRANSLATE_NOOP(
    "Messages",
    "Member {member_no}: the visit on {visited_on} is recorded as ¥{amount}, "
    "but its items add up to ¥{items}.",
)
NO_SEARCH_KEYS = QT_TRANSLATE_NOOP(
    "Messages", "Member {member_no}: the name cannot be found by pinyin search."
)
MOBILE_TAIL = QT_TRANSLATE_NOOP(
    "Messages",
    "Member {member_no}: the last four digits kept for the counter search do not match the mobile.",
)
ERASED_DATA = QT_TRANSLATE_NOOP(
    "Messages", "Member {member_no}: the card was erased but still holds personal data."
)
SECOND_BIRTHDAY = QT_TRANSLATE_NOOP(
    "Messages",
    "Member {member_no}: the second birthday kept for greetings is not the same day of "
    "birth as the birthday on the card. Open the card and save it again.",
)

# Problem kinds.
INTEGRITY = "integrity"
FOREIGN_KEY = "foreign_key"
CARD_TOTALS = "totals"
AMOUNT = "visit_amount"
SEARCH_KEYS = "search_keys"
TAIL = "mobile_tail"
ERASED = "erased_data"
OTHER_BIRTHDAY = "second_birthday"

# Text fields an erased card must hold empty (erase_customer blanks them).
_PERSONAL_TEXT = (
    "name",
    "name_pinyin",
    "phone",
    "wechat",
    "occupation",
    "employer",
    "position",
    "address",
    "family",
    "hobbies",
    "personality",
    "preferences",
    "skin_hair_type",
    "allergies",
    "notes",
)


@dataclass(frozen=True)
class Problem:
    """One thing the check found wrong; `member_no` names the card when there is one."""

    kind: str
    customer_id: int | None
    member_no: str
    message: Message


def _rows(query: Any) -> list[tuple[Any, ...]]:
    """The rows of a query as plain tuples (peewee's stubs type them as models)."""
    return [tuple(row) for row in query.tuples()]


def _day(value: Any) -> str:
    if value is None:
        return "-"
    return value.isoformat() if isinstance(value, date) else str(value)


def _file_problems(db: peewee.Database) -> list[Problem]:
    problems = [
        Problem(INTEGRITY, None, "", Message(DAMAGED, {"detail": row[0]}))
        for row in db.execute_sql("PRAGMA integrity_check").fetchall()
        if row[0] != "ok"
    ]
    for table, rowid, parent, _ in db.execute_sql("PRAGMA foreign_key_check").fetchall():
        problems.append(
            Problem(
                FOREIGN_KEY,
                None,
                "",
                Message(BROKEN_LINK, {"table": table, "row": rowid, "parent": parent}),
            )
        )
    return problems


def _totals_problems() -> list[Problem]:
    per_customer = (
        Visit.select(
            Visit.customer.alias("cid"),
            fn.COUNT(Visit.id).alias("n"),
            fn.SUM(Visit.amount_fen).alias("spent"),
            fn.MAX(Visit.visited_on).alias("last"),
        )
        .where(Visit.voided_at.is_null())  # a voided purchase left the card's totals
        .group_by(Visit.customer)
        .alias("per_customer")
    )
    count = fn.COALESCE(per_customer.c.n, 0)
    spent = fn.COALESCE(per_customer.c.spent, 0)
    last = per_customer.c.last
    query = (
        Customer.select(
            Customer.id,
            Customer.member_no,
            Customer.visit_count,
            Customer.total_spent_fen,
            Customer.last_visit,
            count,
            spent,
            last,
        )
        .join(per_customer, JOIN.LEFT_OUTER, on=(per_customer.c.cid == Customer.id))
        .where(
            (Customer.visit_count != count)
            | (Customer.total_spent_fen != spent)
            | (Customer.last_visit != last)
            | (Customer.last_visit.is_null() != last.is_null())
        )
        .order_by(Customer.member_no)
    )
    return [
        Problem(
            CARD_TOTALS,
            cid,
            member_no,
            Message(
                TOTALS,
                {
                    "member_no": member_no,
                    "card_count": card_count,
                    "card_spent": format_fen(card_spent),
                    "card_last": _day(card_last),
                    "count": n,
                    "spent": format_fen(total),
                    "last": _day(last_day),
                },
            ),
        )
        for cid, member_no, card_count, card_spent, card_last, n, total, last_day in _rows(query)
    ]


def _amount_problems() -> list[Problem]:
    items = fn.COALESCE(fn.SUM(VisitItem.quantity * VisitItem.price_fen), 0)
    query = (
        Visit.select(
            Visit.id, Visit.visited_on, Visit.amount_fen, Customer.id, Customer.member_no, items
        )
        .join_from(Visit, Customer)
        .join_from(Visit, VisitItem, JOIN.LEFT_OUTER)
        .group_by(Visit.id, Customer.id)
        .having(Visit.amount_fen != items)
        .order_by(Customer.member_no, Visit.visited_on, Visit.id)
    )
    return [
        Problem(
            AMOUNT,
            cid,
            member_no,
            Message(
                VISIT_AMOUNT,
                {
                    "member_no": member_no,
                    "visited_on": _day(visited_on),
                    "amount": format_fen(amount),
                    "items": format_fen(item_total),
                },
            ),
        )
        for _, visited_on, amount, cid, member_no, item_total in _rows(query)
    ]


def _search_key_problems() -> list[Problem]:
    from app.services.pinyin import name_keys

    has_keys = SearchKey.select(SearchKey.key).where(SearchKey.customer == Customer.id)
    query = (
        Customer.select(Customer.id, Customer.member_no, Customer.name)
        .where(
            (Customer.erased == False)  # noqa: E712
            & (Customer.name != "")
            & ~fn.EXISTS(has_keys)
        )
        .order_by(Customer.member_no)
    )
    # A name of digits or symbols only has no pinyin keys, and needs none.
    return [
        Problem(SEARCH_KEYS, cid, member_no, Message(NO_SEARCH_KEYS, {"member_no": member_no}))
        for cid, member_no, name in _rows(query)
        if name_keys(name).keys
    ]


def _card_field_problems() -> list[Problem]:
    tail = fn.SUBSTR(Customer.mobile, fn.LENGTH(Customer.mobile) - 3)
    wrong_tail = (Customer.mobile.is_null() & Customer.mobile_tail.is_null(False)) | (
        Customer.mobile.is_null(False)
        & (Customer.mobile_tail.is_null() | (Customer.mobile_tail != tail))
    )
    personal = Customer.mobile.is_null(False) | Customer.birth_month.is_null(False)
    for name in _PERSONAL_TEXT:
        personal = personal | (getattr(Customer, name) != "")
    query = (
        Customer.select(
            Customer.id,
            Customer.member_no,
            wrong_tail.alias("wrong_tail"),
            ((Customer.erased == True) & personal).alias("kept"),  # noqa: E712
        )
        .where(wrong_tail | ((Customer.erased == True) & personal))  # noqa: E712
        .order_by(Customer.member_no)
    )
    problems: list[Problem] = []
    for cid, member_no, is_wrong_tail, kept in _rows(query):
        if is_wrong_tail:
            problems.append(
                Problem(TAIL, cid, member_no, Message(MOBILE_TAIL, {"member_no": member_no}))
            )
        if kept:
            problems.append(
                Problem(ERASED, cid, member_no, Message(ERASED_DATA, {"member_no": member_no}))
            )
    return problems


def _second_birthday_problems() -> list[Problem]:
    """The other calendar's birthday is converted when a card is saved: it must still
    be the same day of birth (few cards keep both, so each is converted here)."""
    from app.services.birthdays import other_calendar_birth
    from app.services.dto import Birthday

    c = Customer
    query = (
        c.select(
            c.id,
            c.member_no,
            c.celebrate_both,
            c.birth_calendar,
            c.birth_year,
            c.birth_month,
            c.birth_day,
            c.birth_leap,
            c.other_birth_year,
            c.other_birth_month,
            c.other_birth_day,
            c.other_birth_leap,
        )  # fmt: skip
        .where((c.celebrate_both == True) | c.other_birth_month.is_null(False))  # noqa: E712
        .order_by(c.member_no)
    )
    problems: list[Problem] = []
    for cid, member_no, both, cal, year, month, day, leap, o_year, o_month, o_day, o_leap in _rows(
        query
    ):
        expected = None
        if both and month and day:
            expected = other_calendar_birth(Birthday(Calendar(cal), month, day, year, bool(leap)))
        kept = (o_year, o_month, o_day, bool(o_leap)) if o_month else None
        wanted = (expected.year, expected.month, expected.day, expected.leap) if expected else None
        if kept != wanted:
            message = Message(SECOND_BIRTHDAY, {"member_no": member_no})
            problems.append(Problem(OTHER_BIRTHDAY, cid, member_no, message))
    return problems


def check_database() -> list[Problem]:
    """Everything wrong with the open database; an empty list means all is well."""
    from app.services.checks_complaints import complaint_problems  # they build on Problem
    from app.services.checks_ledgers import ledger_problems

    db = database.obj
    problems: list[Problem] = []
    if isinstance(db, peewee.SqliteDatabase):
        problems += _file_problems(db)
        if any(p.kind == INTEGRITY for p in problems):
            # The queries below may fail or mislead on a damaged file.
            return problems
    problems += _totals_problems()
    problems += _amount_problems()
    problems += _search_key_problems()
    problems += _card_field_problems()
    problems += _second_birthday_problems()
    problems += ledger_problems()
    problems += complaint_problems()
    return problems
