"""Opening stored value (储值) and package cards (次卡) in a customer import (SPEC §3.2,
§6): the columns 储值本金, 储值赠送, 次卡名称, 次卡项目, 次卡总次数, 次卡已用, 次卡到期.

A shop moving from paper or another program brings what each customer still holds.
`row_openings` reads a row's cells (each bad one reported at its column, as the
card's own cells are); `Existing` and `for_existing` keep an existing customer's
ledgers as they are; `post` writes the entries `prepaid.post_opening_value` and
`packages.post_opening_card` would post, in bulk, in the import's one transaction.

Decisions:
- Money is read as the counter reads it (¥, commas, 元, at most two decimals, never
  through a float). Principal and bonus are kept apart; both zero posts nothing.
- A card needs its name, its sessions and its expiry; the service a session pays for
  is the name unless 次卡项目 says otherwise; 次卡已用 is 0 when empty. An expired
  card imports too (the card shows it expired). A row of only 次卡已用 = 0 is no card.
- An existing customer who has stored-value entries keeps them: another amount in the
  file is a problem of the row, the same amount nothing to do. Likewise a card of
  the same name: the same sessions, used and expiry are nothing to do.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

from peewee import PostgresqlDatabase

from app.models import (
    Customer,
    PackageCard,
    SessionEntry,
    StoredValueEntry,
    database,
)
from app.models.enums import PaidWith, SessionKind, StoredValueKind
from app.services import customer_columns as cc
from app.services import import_parsing as parse
from app.services import packages, prepaid
from app.services.messages import QT_TRANSLATE_NOOP, Message
from app.services.points import NEGATIVE_OPENING
from app.services.points_rules import NAME_TOO_LONG
from app.services.validation import clean_text
from app.services.visits import format_fen, parse_money

if TYPE_CHECKING:
    from app.services.import_writing import Opening

BAD_MONEY = QT_TRANSLATE_NOOP(
    "Messages", "“{value}” is not an amount of money: write e.g. 1000, 1,280.50 or ¥800."
)
MONEY_DECIMALS = QT_TRANSLATE_NOOP(
    "Messages", "An amount has at most two decimals (fen): {value} has more."
)
VALUE_TOO_LARGE = QT_TRANSLATE_NOOP("Messages", "An opening stored value is at most ¥1,000,000.")
BAD_SESSIONS = QT_TRANSLATE_NOOP(
    "Messages", "“{value}” is not a number of sessions: write a whole number, e.g. 10."
)
FRACTION_SESSIONS = QT_TRANSLATE_NOOP(
    "Messages", "Sessions are whole numbers: {value} has a fraction."
)
EXPIRY_NEEDED = QT_TRANSLATE_NOOP(
    "Messages", "Give the day the package card expires, e.g. 2027-06-30."
)
HAS_STORED_VALUE = QT_TRANSLATE_NOOP(
    "Messages",
    "This customer already has stored value ({balance}): top up or refund on her card instead.",
)
HAS_CARD = QT_TRANSLATE_NOOP(
    "Messages",
    "This customer already has the package card {card} ({left} of {sessions} sessions left): "
    "sell a card or use sessions on her card instead.",
)

MAX_NAME = 100  # the card's name and service columns
_VALUE_COLUMNS = (
    "customer", "posted_at", "kind", "principal_fen", "bonus_fen", "principal_after",
    "bonus_after", "operator", "note",
)  # fmt: skip
_CARD_COLUMNS = (
    "id", "customer", "name", "service", "sessions", "sessions_used", "price_fen", "paid_with",
    "sold_on", "expires_on", "operator", "created_at",
)  # fmt: skip
_SESSION_COLUMNS = (
    "card", "customer", "posted_at", "kind", "sessions", "used_after", "operator", "note",
)  # fmt: skip

Report = Callable[[str, Message], None]  # (column key, message)


@dataclass(frozen=True)
class OpeningCard:
    """A package card as the file gives it."""

    name: str
    service: str
    sessions: int
    used: int
    expires_on: date

    def same_as(self, held: tuple[int, int, date]) -> bool:
        return (self.sessions, self.used, self.expires_on) == held


@dataclass(frozen=True)
class Openings:
    """What one row opens: stored value (principal, bonus) in fen, a package card."""

    value: tuple[int, int] | None = None
    card: OpeningCard | None = None
    value_column: str = "stored_value"  # where a problem with the value is reported

    def __bool__(self) -> bool:
        return self.value is not None or self.card is not None


NOTHING = Openings()


def money_of(value: object) -> int:
    """An amount ≥ 0 in fen: a number cell or text as shops type it (1000, 1,280.50,
    ¥800, 800元, full-width digits), never through a float."""
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        shown = str(value).upper() if isinstance(value, bool) else parse.text_of(value).strip()
        raise parse.CellError(Message(BAD_MONEY, {"value": shown}))
    if isinstance(value, str):
        text = "".join(unicodedata.normalize("NFKC", value).split())
        negative = text.startswith("-") or text.startswith("−")
        try:
            fen = parse_money(text.lstrip("-−+"))
        except ValueError:
            decimals = text.rpartition(".")[2] if "." in text else ""
            if decimals.isdigit() and len(decimals) > 2:
                raise parse.CellError(Message(MONEY_DECIMALS, {"value": value.strip()})) from None
            raise parse.CellError(Message(BAD_MONEY, {"value": value.strip()})) from None
    else:
        if isinstance(value, float) and (value != value or value in (float("inf"), -float("inf"))):
            raise parse.CellError(Message(BAD_MONEY, {"value": parse.text_of(value)}))
        try:
            # repr: the shortest text that reads back as the cell's number (1280.5, not
            # 1280.4999…), so the Decimal is the number the owner typed.
            amount = Decimal(repr(value) if isinstance(value, float) else value)
        except InvalidOperation:
            raise parse.CellError(Message(BAD_MONEY, {"value": parse.text_of(value)})) from None
        negative = amount < 0
        if abs(amount) * 100 > prepaid.MAX_FEN:
            raise parse.CellError(Message(NEGATIVE_OPENING if negative else VALUE_TOO_LARGE))
        if amount != amount.quantize(Decimal("0.01")):
            raise parse.CellError(Message(MONEY_DECIMALS, {"value": parse.text_of(value)}))
        fen = int(abs(amount) * 100)
    if negative and fen:
        raise parse.CellError(Message(NEGATIVE_OPENING))
    if fen > prepaid.MAX_FEN:
        raise parse.CellError(Message(VALUE_TOO_LARGE))
    return fen


def sessions_of(value: object) -> int:
    """A number of sessions as typed: 10, 10.0, 10次, full-width digits (sign kept)."""
    return parse.whole_number_of(value, BAD_SESSIONS, FRACTION_SESSIONS, ("次",))


def _read(
    found: dict[str, object], key: str, convert: Callable[[object], int], report: Report
) -> int | None:
    """The converted cell (0 when empty; None when bad, and reported)."""
    if key not in found:
        return 0
    try:
        return convert(found[key])
    except parse.CellError as exc:
        report(key, exc.message)
        return None


def _value(found: dict[str, object], report: Report) -> tuple[int, int] | None:
    principal = _read(found, "stored_value", money_of, report)
    bonus = _read(found, "stored_bonus", money_of, report)
    if principal is None or bonus is None or not (principal or bonus):
        return None
    return principal, bonus


def _name(found: dict[str, object], key: str, report: Report) -> str:
    text = clean_text(parse.text_of(found.get(key)))
    if len(text) > MAX_NAME:
        report(key, Message(NAME_TOO_LONG, {"max": MAX_NAME}))
    return text


def _card(found: dict[str, object], report: Report) -> OpeningCard | None:
    used = _read(found, "package_used", sessions_of, report)
    if not any(k in found for k in cc.PACKAGE_KEYS if k != "package_used"):
        if used:  # a number of sessions used, of no card
            report("package", Message(packages.NAME_NEEDED))
        return None  # a 次卡已用 column of zeros is no card
    problems: list[tuple[str, Message]] = []

    def problem(key: str, message: Message) -> None:
        problems.append((key, message))
        report(key, message)

    name = _name(found, "package", problem)
    service = _name(found, "package_service", problem) or name
    if not name:
        problem("package", Message(packages.NAME_NEEDED))
    sessions = _read(found, "package_sessions", sessions_of, problem)
    if sessions is not None and not 1 <= sessions <= 1000:
        problem("package_sessions", Message(packages.SESSIONS_RANGE))
    elif used is not None and sessions is not None and not 0 <= used <= sessions:
        problem("package_used", Message(packages.USED_RANGE))
    expires: date | None = None
    if "package_expires" not in found:
        problem("package_expires", Message(EXPIRY_NEEDED))
    else:
        try:
            expires = parse.full_date(found["package_expires"])
        except parse.CellError as exc:
            problem("package_expires", exc.message)
    if problems or used is None or sessions is None or expires is None:
        return None
    return OpeningCard(name, service, sessions, used, expires)


def row_openings(found: dict[str, object], report: Report) -> Openings:
    """The stored value and the package card a row opens; each bad cell reported."""
    value = _value(found, report) if any(k in found for k in cc.STORED_VALUE_KEYS) else None
    card = _card(found, report) if any(k in found for k in cc.PACKAGE_KEYS) else None
    if value is None and card is None:
        return NOTHING
    column = "stored_value" if "stored_value" in found else "stored_bonus"
    return Openings(value, card, column)


# -- what existing customers already hold ---------------------------------------------------


@dataclass
class Existing:
    """Of some customers: the stored value of those with any stored-value entry, and the
    cards each holds by name, as (sessions, used, expires on)."""

    values: dict[int, tuple[int, int]] = field(default_factory=dict)
    cards: dict[int, dict[str, list[tuple[int, int, date]]]] = field(default_factory=dict)

    def has_card(self, customer_id: int, name: str) -> bool:
        return name in self.cards.get(customer_id, {})


def existing(ids: Sequence[int]) -> Existing:
    found = Existing()
    ids = sorted(set(ids))
    customer, entry = Customer._meta.table_name, StoredValueEntry._meta.table_name
    column = StoredValueEntry.customer.column_name
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ", ".join([database.param] * len(chunk))
        rows = database.execute_sql(
            f'SELECT id, stored_principal_fen, stored_bonus_fen FROM "{customer}" '
            f'WHERE id IN ({marks}) AND EXISTS (SELECT 1 FROM "{entry}" '
            f'WHERE "{column}" = "{customer}".id)',
            chunk,
        )
        found.values.update((cid, (principal, bonus)) for cid, principal, bonus in rows)
        cards: Any = (
            PackageCard.select(
                PackageCard.customer,
                PackageCard.name,
                PackageCard.sessions,
                PackageCard.sessions_used,
                PackageCard.expires_on,
            )  # fmt: skip
            .where(PackageCard.customer.in_(chunk))
            .tuples()
        )
        for cid, name, sessions, used, expires in cards:
            found.cards.setdefault(cid, {}).setdefault(name, []).append((sessions, used, expires))
    return found


def for_existing(customer_id: int, openings: Openings, held: Existing, report: Report) -> Openings:
    """What to post for an existing customer: nothing over a ledger she already has (a
    different amount or card is reported; the same is nothing to do)."""
    value, card = openings.value, openings.card
    if value is not None and customer_id in held.values:
        balance = held.values[customer_id]
        if balance != value:
            shown = "¥" + format_fen(sum(balance))
            report(openings.value_column, Message(HAS_STORED_VALUE, {"balance": shown}))
        value = None
    if card is not None and held.has_card(customer_id, card.name):
        cards = held.cards[customer_id][card.name]
        if not any(card.same_as(c) for c in cards):
            sessions, used, _ = cards[0]
            params = {"card": card.name, "left": sessions - used, "sessions": sessions}
            report("package", Message(HAS_CARD, params))
        card = None
    return Openings(value, card, openings.value_column) if value or card else NOTHING


def taken(values: Sequence[tuple[int, object]], cards: Sequence[tuple[int, OpeningCard]]) -> bool:
    """Whether any of these existing customers got stored value, or a card of that name,
    since the file was checked (another counter meanwhile)."""
    held = existing([cid for cid, _ in values] + [cid for cid, _ in cards])
    return any(cid in held.values for cid, _ in values) or any(
        held.has_card(cid, card.name) for cid, card in cards
    )


# -- writing ---------------------------------------------------------------------------------


def _insert_sql(model: type, columns: tuple[str, ...]) -> str:
    meta = model._meta  # type: ignore[attr-defined]
    quoted = ", ".join(f'"{meta.fields[c].column_name}"' for c in columns)
    marks = ", ".join([database.param] * len(columns))
    return f'INSERT INTO "{meta.table_name}" ({quoted}) VALUES ({marks})'


def post(
    values: Sequence[tuple[int, tuple[int, int]]],
    cards: Sequence[tuple[int, OpeningCard]],
    opening: Opening,
    update_balances: bool,
) -> None:
    """Write opening entries: (customer id, (principal, bonus)) each as one `opening`
    stored-value entry, and (customer id, card) each as a card with, when sessions were
    used, one `opening` session entry. `update_balances`: the customers exist and their
    ledgers are empty (a new customer's balance is in her own insert)."""
    cursor = database.cursor()
    now, operator, note = opening.now, opening.operator, opening.note
    if values:
        kind = StoredValueKind.OPENING.value
        cursor.executemany(
            _insert_sql(StoredValueEntry, _VALUE_COLUMNS),
            [(c, now, kind, p, b, p, b, operator, note) for c, (p, b) in values],
        )
        if update_balances:
            p = database.param
            cursor.executemany(
                f'UPDATE "{Customer._meta.table_name}" SET "stored_principal_fen" = {p}, '
                f'"stored_bonus_fen" = {p} WHERE id = {p}',
                [(principal, bonus, c) for c, (principal, bonus) in values],
            )
    if not cards:
        return
    last = database.execute_sql(f'SELECT MAX(id) FROM "{PackageCard._meta.table_name}"')
    first_id = (last.fetchone()[0] or 0) + 1
    cash, used_kind = PaidWith.CASH.value, SessionKind.OPENING.value
    card_rows, session_rows = [], []
    for offset, (cid, card) in enumerate(cards):
        card_id = first_id + offset
        card_rows.append((
            card_id, cid, card.name, card.service, card.sessions, card.used, 0, cash,
            now.date(), card.expires_on, operator, now,
        ))  # fmt: skip
        if card.used:
            session_rows.append(
                (card_id, cid, now, used_kind, -card.used, card.used, operator, note)
            )
    cursor.executemany(_insert_sql(PackageCard, _CARD_COLUMNS), card_rows)
    if session_rows:
        cursor.executemany(_insert_sql(SessionEntry, _SESSION_COLUMNS), session_rows)
    if isinstance(database.obj, PostgresqlDatabase):
        # Explicit ids do not move PostgreSQL's sequence.
        table = PackageCard._meta.table_name
        database.execute_sql(
            f"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'id'), "
            f'(SELECT MAX(id) FROM "{table}"))'
        )
