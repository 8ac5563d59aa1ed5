"""Stored value (储值): prepaid money, with the points ledger's guarantees (package
cards, prepaid sessions, are in packages.py).

- Every posting reads and writes in one transaction that holds the write lock from
  its first read (`backend.posting`); balances never go below zero and a card's
  sessions used stay within 0 … sessions sold.
- Entries are never changed (the database refuses it, 0005); a mistake is reversed
  by a new entry that names it, once.
- Stored value keeps principal and bonus apart (充1000送200: 1,000 principal, 200
  bonus). A payment takes from both in proportion; a refund pays back the principal
  left and the bonus lapses.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import cache
from typing import Any

from peewee import JOIN, PostgresqlDatabase

from app.models import (
    Customer,
    SessionEntry,
    StoredValueEntry,
    StoredValueKind,
    TopUpBonus,
    database,
)
from app.models.backend import lock_customer, posting
from app.services.messages import (
    QT_TRANSLATE_NOOP,
    FieldError,
    Message,
    ServiceError,
    ValidationError,
)

AMOUNT_RANGE = QT_TRANSLATE_NOOP("Messages", "An amount of ¥0.01 to ¥1,000,000.")
NOT_ENOUGH_VALUE = QT_TRANSLATE_NOOP(
    "Messages", "Not enough stored value: {name} has {balance}, this takes {amount}."
)
NOTHING_TO_REFUND = QT_TRANSLATE_NOOP("Messages", "{name} has no stored value to refund.")
REASON_NEEDED = QT_TRANSLATE_NOOP("Messages", "Give the reason.")
ALREADY_REVERSED = QT_TRANSLATE_NOOP("Messages", "This entry was already reversed.")
REVERSAL_OF_REVERSAL = QT_TRANSLATE_NOOP(
    "Messages", "A reversal cannot be reversed: post a new entry instead."
)
ENTRY_GONE = QT_TRANSLATE_NOOP("Messages", "This entry does not exist.")
BELOW_ZERO_VALUE = QT_TRANSLATE_NOOP(
    "Messages", "This would take {name}'s stored value below zero: it was spent already."
)
CUSTOMER_GONE = QT_TRANSLATE_NOOP("Messages", "This customer no longer exists.")
CUSTOMER_ERASED = QT_TRANSLATE_NOOP("Messages", "This customer's personal data was erased.")

MAX_FEN = 100_000_000  # ¥1,000,000


def _yuan(fen: int) -> str:
    from app.services.visits import format_fen

    return "¥" + format_fen(fen)


@dataclass(frozen=True)
class Balance:
    principal_fen: int = 0
    bonus_fen: int = 0

    @property
    def total_fen(self) -> int:
        return self.principal_fen + self.bonus_fen


@dataclass(frozen=True)
class ValueRecord:
    id: int
    posted_at: datetime
    kind: StoredValueKind
    principal_fen: int
    bonus_fen: int
    principal_after: int
    bonus_after: int
    visit_id: int | None
    card_id: int | None
    reverses_id: int | None
    reversed_by_id: int | None
    operator: str
    note: str


# --- stored value -------------------------------------------------------------------


@dataclass(frozen=True)
class _Holder:
    """What a posting needs of the customer, read in one narrow query."""

    id: int
    name: str
    stored_principal_fen: int
    stored_bonus_fen: int


# A posting is a hot path at the counter: its statements are built once from the
# models (peewee building a query cost more than SQLite running it).
@cache
def _insert_sql(table: str, columns: tuple[str, ...], postgres: bool) -> str:
    model = {"stored_value_entry": StoredValueEntry, "session_entry": SessionEntry}[table]
    names = ", ".join(f'"{model._meta.fields[c].column_name}"' for c in columns)
    marks = ", ".join([database.param] * len(columns))
    returning = ' RETURNING "id"' if postgres else ""
    return f'INSERT INTO "{table}" ({names}) VALUES ({marks}){returning}'


def _insert(model: Any, values: dict[str, Any]) -> int:
    postgres = isinstance(database.obj, PostgresqlDatabase)
    fields = model._meta.fields
    columns = tuple(values)
    sql = _insert_sql(model._meta.table_name, columns, postgres)
    cursor = database.execute_sql(sql, [fields[c].db_value(values[c]) for c in columns])
    return int(cursor.fetchone()[0] if postgres else cursor.lastrowid)


def _locked(customer_id: int) -> _Holder:
    lock_customer(customer_id)
    p = database.param
    row = database.execute_sql(
        'SELECT "name", "stored_principal_fen", "stored_bonus_fen", "erased" FROM "customer" '
        f'WHERE "id" = {p}',
        (customer_id,),
    ).fetchone()
    if row is None:
        raise ServiceError(Message(CUSTOMER_GONE))
    if row[3]:
        raise ServiceError(Message(CUSTOMER_ERASED))
    return _Holder(customer_id, row[0], row[1], row[2])


def amount_errors(amount_fen: int) -> list[FieldError]:
    """Why an amount cannot be topped up or paid (dialogs check as one types)."""
    if not 1 <= amount_fen <= MAX_FEN:
        return [FieldError("amount", Message(AMOUNT_RANGE))]
    return []


_amount_errors = amount_errors


def balance(customer_id: int) -> Balance:
    row: Any = (
        Customer.select(Customer.stored_principal_fen, Customer.stored_bonus_fen)
        .where(Customer.id == customer_id)
        .tuples()
        .first()
    )
    return Balance(*row) if row else Balance()


def bonus_tiers() -> list[tuple[int, int]]:
    """(min top-up, bonus) of the active tiers, smallest first."""
    query: Any = (
        TopUpBonus.select(TopUpBonus.min_fen, TopUpBonus.bonus_fen)
        .where(TopUpBonus.active == True)  # noqa: E712
        .order_by(TopUpBonus.min_fen)
        .tuples()
    )
    return list(query)


def save_bonus_tiers(tiers: list[tuple[int, int]]) -> None:
    """Replace the top-up bonus rule (充1000送200, 充2000送500, …)."""
    for min_fen, bonus_fen in tiers:
        if not 1 <= min_fen <= MAX_FEN or not 0 <= bonus_fen <= MAX_FEN:
            raise ValidationError([FieldError("tiers", Message(AMOUNT_RANGE))])
    with posting():
        TopUpBonus.delete().execute()
        for min_fen, bonus_fen in sorted(set(tiers)):
            TopUpBonus.create(min_fen=min_fen, bonus_fen=bonus_fen)


def bonus_for(amount_fen: int) -> int:
    """The bonus of the highest tier a top-up reaches (0 below the lowest)."""
    p = database.param
    row = database.execute_sql(
        f'SELECT "bonus_fen" FROM "top_up_bonus" WHERE "active" = {p} AND "min_fen" <= {p} '
        'ORDER BY "min_fen" DESC LIMIT 1',
        (True, amount_fen),
    ).fetchone()
    return int(row[0]) if row else 0


def _post_value(
    customer: _Holder,
    kind: StoredValueKind,
    principal: int,
    bonus: int,
    now: datetime,
    operator: str,
    note: str = "",
    **links: Any,
) -> int:
    principal_after = customer.stored_principal_fen + principal
    bonus_after = customer.stored_bonus_fen + bonus
    if principal_after < 0 or bonus_after < 0:
        raise ServiceError(Message(BELOW_ZERO_VALUE, {"name": customer.name}))
    entry_id = _insert(
        StoredValueEntry,
        {
            "customer": customer.id,
            "posted_at": now,
            "kind": kind.value,
            "principal_fen": principal,
            "bonus_fen": bonus,
            "principal_after": principal_after,
            "bonus_after": bonus_after,
            "operator": operator,
            "note": note,
            **links,
        },
    )
    p = database.param
    database.execute_sql(
        f'UPDATE "customer" SET "stored_principal_fen" = {p}, "stored_bonus_fen" = {p} '
        f'WHERE "id" = {p}',
        (principal_after, bonus_after, customer.id),
    )
    return entry_id


def top_up(customer_id: int, amount_fen: int, operator: str, now: datetime, note: str = "") -> int:
    """Money paid in, with the bonus of the tier it reaches, kept apart."""
    errors = _amount_errors(amount_fen)
    if errors:
        raise ValidationError(errors)
    with posting():
        customer = _locked(customer_id)
        return _post_value(
            customer, StoredValueKind.TOP_UP, amount_fen, bonus_for(amount_fen), now, operator,
            note,
        )  # fmt: skip


def split(amount_fen: int, held: Balance) -> tuple[int, int]:
    """(principal, bonus) a payment takes: in proportion to what she holds, the
    principal share rounded half up, the bonus the rest."""
    if held.total_fen <= 0:
        return amount_fen, 0
    principal = (amount_fen * held.principal_fen * 2 + held.total_fen) // (2 * held.total_fen)
    principal = min(principal, held.principal_fen)
    bonus = amount_fen - principal
    if bonus > held.bonus_fen:
        principal, bonus = amount_fen - held.bonus_fen, held.bonus_fen
    return principal, bonus


def _pay(
    customer: _Holder,
    amount_fen: int,
    kind: StoredValueKind,
    now: datetime,
    operator: str,
    note: str,
    **links: Any,
) -> int:
    held = Balance(customer.stored_principal_fen, customer.stored_bonus_fen)
    if held.total_fen < amount_fen:
        params = {
            "name": customer.name,
            "balance": _yuan(held.total_fen),
            "amount": _yuan(amount_fen),
        }
        raise ServiceError(Message(NOT_ENOUGH_VALUE, params))
    principal, bonus = split(amount_fen, held)
    return _post_value(customer, kind, -principal, -bonus, now, operator, note, **links)


def pay(
    customer_id: int,
    amount_fen: int,
    operator: str,
    now: datetime,
    visit_id: int | None = None,
    note: str = "",
) -> int:
    """Pay (a visit) from the stored value; refused, changing nothing, when short."""
    errors = _amount_errors(amount_fen)
    if errors:
        raise ValidationError(errors)
    with posting():
        customer = _locked(customer_id)
        return _pay(
            customer, amount_fen, StoredValueKind.PAYMENT, now, operator, note, visit=visit_id
        )


def refund(customer_id: int, reason: str, operator: str, now: datetime) -> int:
    """Pay back the principal left; the bonus lapses with it. Returns the entry id;
    the principal refunded is the entry's −principal_fen."""
    if not reason.strip():
        raise ValidationError([FieldError("reason", Message(REASON_NEEDED))])
    with posting():
        customer = _locked(customer_id)
        if customer.stored_principal_fen <= 0 and customer.stored_bonus_fen <= 0:
            raise ServiceError(Message(NOTHING_TO_REFUND, {"name": customer.name}))
        return _post_value(
            customer, StoredValueKind.REFUND, -customer.stored_principal_fen,
            -customer.stored_bonus_fen, now, operator, reason.strip(),
        )  # fmt: skip


def post_opening_value(
    customer_id: int, principal_fen: int, bonus_fen: int, operator: str, now: datetime,
    note: str = "",
) -> int:  # fmt: skip
    """The stored value a customer brings from paper or another program."""
    if not 0 <= principal_fen <= MAX_FEN or not 0 <= bonus_fen <= MAX_FEN:
        raise ValidationError([FieldError("amount", Message(AMOUNT_RANGE))])
    with posting():
        customer = _locked(customer_id)
        return _post_value(
            customer, StoredValueKind.OPENING, principal_fen, bonus_fen, now, operator, note
        )


def reverse_value(entry_id: int, reason: str, operator: str, now: datetime) -> int:
    """Undo a stored-value entry by a new one that names it; once, never a reversal."""
    if not reason.strip():
        raise ValidationError([FieldError("reason", Message(REASON_NEEDED))])
    with posting():
        entry = StoredValueEntry.get_or_none(StoredValueEntry.id == entry_id)
        if entry is None:
            raise ServiceError(Message(ENTRY_GONE))
        if entry.kind == StoredValueKind.REVERSAL:
            raise ServiceError(Message(REVERSAL_OF_REVERSAL))
        if StoredValueEntry.select().where(StoredValueEntry.reverses == entry_id).exists():
            raise ServiceError(Message(ALREADY_REVERSED))
        customer = _locked(entry.customer_id)
        return _post_value(
            customer, StoredValueKind.REVERSAL, -entry.principal_fen, -entry.bonus_fen, now,
            operator, reason.strip(), reverses=entry_id,
        )  # fmt: skip


def value_statement(customer_id: int) -> list[ValueRecord]:
    """A customer's stored-value entries, oldest first."""
    e, reversal = StoredValueEntry, StoredValueEntry.alias("reversal")
    query: Any = (
        e.select(
            e.id,
            e.posted_at,
            e.kind,
            e.principal_fen,
            e.bonus_fen,
            e.principal_after,
            e.bonus_after,
            e.visit,
            e.card,
            e.reverses,
            reversal.id,
            e.operator,
            e.note,
        )  # fmt: skip
        .join(reversal, JOIN.LEFT_OUTER, on=(reversal.reverses == e.id))
        .where(e.customer == customer_id)
        .order_by(e.id)
        .tuples()
    )
    return [
        ValueRecord(
            r[0],
            r[1],
            StoredValueKind(r[2]),
            r[3],
            r[4],
            r[5],
            r[6],
            r[7],
            r[8],
            r[9],
            r[10],
            r[11],
            r[12],
        )  # fmt: skip
        for r in query
    ]
