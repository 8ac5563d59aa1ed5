"""The points card (积分卡): an append-only ledger the shop and the customer can trust.

- Every posting reads the balance and writes the entry and the new balance in one
  transaction that holds the write lock (`backend.posting`), so two counters
  cannot both spend the same points; the balance never goes below zero.
- Entries are never changed: the database refuses it (0004). A wrong entry is
  reversed by a new one that names it, once (a unique index).
- Points are earned by the rule in force on the purchase day (points_rules.py);
  each lot of earned points carries the expiry date of the policy it was earned
  under, so a later policy never re-dates it (expiry: points_expiry.py).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from typing import Any

from peewee import JOIN, PostgresqlDatabase, fn

from app.models import (
    Customer,
    Grade,
    PointsEntry,
    PointsKind,
    Reward,
    Visit,
    VisitItem,
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
from app.services.points_rules import (
    MAX_POINTS,
    RuleData,
    earned_points,
    in_birthday_month,
    rule_on,
)

NOT_ENOUGH = QT_TRANSLATE_NOOP(
    "Messages", "Not enough points: {name} has {balance}, {reward} takes {price}."
)
OUT_OF_STOCK = QT_TRANSLATE_NOOP("Messages", "{reward} is out of stock.")
NOT_OFFERED = QT_TRANSLATE_NOOP("Messages", "{reward} is no longer offered.")
BELOW_ZERO = QT_TRANSLATE_NOOP(
    "Messages", "Points cannot go below zero: {name} has {balance}, this takes {points}."
)
REASON_NEEDED = QT_TRANSLATE_NOOP("Messages", "Give the reason for this change of points.")
ZERO_POINTS = QT_TRANSLATE_NOOP("Messages", "Enter a number of points other than 0.")
TOO_MANY = QT_TRANSLATE_NOOP("Messages", "At most {max} points at a time.")
NEGATIVE_OPENING = QT_TRANSLATE_NOOP("Messages", "An opening balance cannot be negative.")
ALREADY_REVERSED = QT_TRANSLATE_NOOP("Messages", "This entry was already reversed.")
REVERSAL_OF_REVERSAL = QT_TRANSLATE_NOOP(
    "Messages", "A reversal cannot be reversed: post a new entry instead."
)
ENTRY_GONE = QT_TRANSLATE_NOOP("Messages", "This points entry does not exist.")
REWARD_GONE = QT_TRANSLATE_NOOP("Messages", "This reward does not exist.")
CUSTOMER_GONE = QT_TRANSLATE_NOOP("Messages", "This customer no longer exists.")
CUSTOMER_ERASED = QT_TRANSLATE_NOOP("Messages", "This customer's personal data was erased.")

BALANCE_CHUNK = 500  # customer ids per query: under any database's parameter limit


@dataclass(frozen=True)
class EntryRecord:
    """One ledger line as the statement and the ledger page show it."""

    id: int
    customer_id: int
    member_no: str
    name: str
    posted_at: datetime
    kind: PointsKind
    points: int
    balance_after: int
    visit_id: int | None = None
    reward_name: str = ""
    reverses_id: int | None = None
    reversed_by_id: int | None = None
    expires_on: date | None = None
    operator: str = ""
    note: str = ""
    visit_on: date | None = None  # the purchase it comes from
    visit_amount_fen: int | None = None
    expires_lot_id: int | None = None  # for an expiry: the lot it expires


@dataclass(frozen=True)
class LedgerFilter:
    start: date | None = None  # posted on or after
    end: date | None = None  # posted before
    kinds: tuple[PointsKind, ...] = ()
    operator: str = ""
    customer_id: int | None = None


@dataclass(frozen=True)
class DayTotal:
    day: date
    earned: int = 0  # purchases, referrals, openings, apologies
    redeemed: int = 0
    expired: int = 0
    adjusted: int = 0  # adjustments and reversals, signed


# --- earning ---------------------------------------------------------------------------


def post_purchase(visit_id: int, operator: str, now: datetime) -> int | None:
    """The points of a visit, and the referrer's bonus on a first purchase; called in
    the visit's own transaction. Returns the purchase entry's id (None: no points)."""
    visit = Visit.get_by_id(visit_id)
    customer = Customer.get_by_id(visit.customer_id)
    rule = rule_on(visit.visited_on)
    items = [
        (i.name, i.price_fen * i.quantity)
        for i in VisitItem.select().where(VisitItem.visit == visit_id)
    ]
    points = earned_points(
        rule, Grade(customer.grade), in_birthday_month(customer, visit.visited_on), items
    )
    entry_id = None
    with posting():
        if points > 0:
            entry_id = _post(
                customer.id,
                PointsKind.PURCHASE,
                points,
                now,
                operator,
                visit=visit_id,
                expires_on=rule.expires_on(visit.visited_on),
            )
        _referral_bonus(customer, rule, operator, now)
    return entry_id


def _referral_bonus(customer: Customer, rule: RuleData, operator: str, now: datetime) -> None:
    """The referrer earns the bonus when the customer she brought makes her first
    purchase, once (a unique index on the referred customer)."""
    if not customer.referrer_id or rule.referral_points <= 0:
        return
    referrer = Customer.get_or_none(Customer.id == customer.referrer_id)
    if referrer is None or referrer.erased:
        return
    if PointsEntry.select().where(PointsEntry.referred == customer.id).exists():
        return
    _post(
        referrer.id,
        PointsKind.REFERRAL,
        rule.referral_points,
        now,
        operator,
        referred=customer.id,
        expires_on=rule.expires_on(now.date()),
        note=customer.member_no,
    )


# --- posting ---------------------------------------------------------------------------


_LINKS = ("visit", "reward", "referred", "complaint_id", "reverses", "expires_lot", "expires_on")


@cache
def _statements(postgres: bool) -> tuple[str, str, str]:
    """The three statements of a posting, built once from the models: a posting is
    a hot path at the counter (peewee building the queries cost more than running
    them)."""
    p = database.param
    e = PointsEntry._meta
    columns = ["customer", "posted_at", "kind", "points", "balance_after", "operator", "note"]
    names = ", ".join(f'"{e.fields[c].column_name}"' for c in [*columns, *_LINKS])
    marks = ", ".join([p] * (len(columns) + len(_LINKS)))
    insert = f'INSERT INTO "{e.table_name}" ({names}) VALUES ({marks})'
    if postgres:
        insert += ' RETURNING "id"'
    read = f'SELECT "points_balance", "name", "erased" FROM "customer" WHERE "id" = {p}'
    update = f'UPDATE "customer" SET "points_balance" = {p} WHERE "id" = {p}'
    return read, insert, update


def _balance_row(customer_id: int) -> tuple[int, str]:
    """(balance, name) of a customer who may post; refused when gone or erased."""
    lock_customer(customer_id)
    read, _, _ = _statements(_is_postgres())
    row = database.execute_sql(read, (customer_id,)).fetchone()
    if row is None:
        raise ServiceError(Message(CUSTOMER_GONE))
    if row[2]:
        raise ServiceError(Message(CUSTOMER_ERASED))
    return int(row[0]), str(row[1])


def _is_postgres() -> bool:
    return isinstance(database.obj, PostgresqlDatabase)


def _post(
    customer_id: int,
    kind: PointsKind,
    points: int,
    now: datetime,
    operator: str,
    note: str = "",
    balance: int | None = None,
    name: str = "",
    **links: Any,
) -> int:
    """Write one entry and the new balance; inside a `posting()` transaction. The
    balance is read here unless the caller read it in this transaction."""
    if balance is None:
        balance, name = _balance_row(customer_id)
    after = balance + points
    if after < 0:
        params = {"name": name, "balance": balance, "points": -points}
        raise ServiceError(Message(BELOW_ZERO, params))
    _, insert, update = _statements(_is_postgres())
    fields = PointsEntry._meta.fields
    values = [customer_id, fields["posted_at"].db_value(now), kind.value, points, after,
              operator, note]  # fmt: skip
    values += [fields[name_].db_value(links.get(name_)) for name_ in _LINKS]
    cursor = database.execute_sql(insert, values)
    entry_id = (
        cursor.fetchone()[0] if isinstance(database.obj, PostgresqlDatabase) else cursor.lastrowid
    )
    database.execute_sql(update, (after, customer_id))
    return int(entry_id)


def redeem(customer_id: int, reward_id: int, operator: str, now: datetime, note: str = "") -> int:
    """Spend points on a reward; its stock goes down. Refused, changing nothing, when
    the balance is short or the reward is out of stock or no longer offered."""
    with posting():
        balance, name = _balance_row(customer_id)
        reward: Any = (
            Reward.select(Reward.name, Reward.points_price, Reward.stock, Reward.active)
            .where(Reward.id == reward_id)
            .tuples()
            .first()
        )
        if reward is None:
            raise ServiceError(Message(REWARD_GONE))
        reward_name, price, stock, active = reward
        params: dict[str, Any] = {"reward": reward_name, "name": name}
        if not active:
            raise ServiceError(Message(NOT_OFFERED, params))
        if stock is not None and stock <= 0:
            raise ServiceError(Message(OUT_OF_STOCK, params))
        if balance < price:
            params |= {"balance": balance, "price": price}
            raise ServiceError(Message(NOT_ENOUGH, params))
        entry_id = _post(
            customer_id, PointsKind.REDEMPTION, -price, now, operator, note, balance, name,
            reward=reward_id,
        )  # fmt: skip
        if stock is not None:
            Reward.update(stock=Reward.stock - 1).where(Reward.id == reward_id).execute()
        return entry_id


def adjust_errors(
    points: int, reason: str, balance: int | None = None, name: str = ""
) -> list[FieldError]:
    """Why an adjustment would be refused (the dialog checks as one types); with the
    balance, also a change that would take it below zero."""
    errors = []
    if points == 0:
        errors.append(FieldError("points", Message(ZERO_POINTS)))
    elif abs(points) > MAX_POINTS:
        errors.append(FieldError("points", Message(TOO_MANY, {"max": MAX_POINTS})))
    elif balance is not None and balance + points < 0:
        params = {"name": name, "balance": balance, "points": -points}
        errors.append(FieldError("points", Message(BELOW_ZERO, params)))
    if not reason.strip():
        errors.append(FieldError("reason", Message(REASON_NEEDED)))
    return errors


def adjust(customer_id: int, points: int, reason: str, operator: str, now: datetime) -> int:
    """A change by hand; the reason is required and kept with the entry."""
    errors = adjust_errors(points, reason)
    if errors:
        raise ValidationError(errors)
    with posting():
        expires = rule_on(now.date()).expires_on(now.date()) if points > 0 else None
        return _post(
            customer_id, PointsKind.ADJUSTMENT, points, now, operator, reason.strip(),
            expires_on=expires,
        )  # fmt: skip


def post_opening(
    customer_id: int, points: int, operator: str, now: datetime, note: str = ""
) -> int:
    """The balance a customer brings from paper or another program (import)."""
    if points < 0:
        raise ValidationError([FieldError("points", Message(NEGATIVE_OPENING))])
    if points > MAX_POINTS:
        raise ValidationError([FieldError("points", Message(TOO_MANY, {"max": MAX_POINTS}))])
    with posting():
        expires = rule_on(now.date()).expires_on(now.date())
        return _post(
            customer_id, PointsKind.OPENING, points, now, operator, note, expires_on=expires
        )


def post_apology(
    customer_id: int, points: int, complaint_id: int, operator: str, now: datetime, note: str = ""
) -> int:
    """Points given with a complaint's resolution, linked to the complaint."""
    if not 0 < points <= MAX_POINTS:
        raise ValidationError([FieldError("points", Message(ZERO_POINTS))])
    with posting():
        expires = rule_on(now.date()).expires_on(now.date())
        return _post(
            customer_id, PointsKind.COMPLAINT, points, now, operator, note,
            complaint_id=complaint_id, expires_on=expires,
        )  # fmt: skip


def reverse(entry_id: int, reason: str, operator: str, now: datetime) -> int:
    """Undo an entry by a new one that names it; once only, and never a reversal.
    A reversed redemption puts the gift back in stock."""
    if not reason.strip():
        raise ValidationError([FieldError("reason", Message(REASON_NEEDED))])
    with posting():
        entry = PointsEntry.get_or_none(PointsEntry.id == entry_id)
        if entry is None:
            raise ServiceError(Message(ENTRY_GONE))
        if entry.kind == PointsKind.REVERSAL:
            raise ServiceError(Message(REVERSAL_OF_REVERSAL))
        if PointsEntry.select().where(PointsEntry.reverses == entry_id).exists():
            raise ServiceError(Message(ALREADY_REVERSED))
        points = -entry.points
        expires = rule_on(now.date()).expires_on(now.date()) if points > 0 else None
        reversal = _post(
            entry.customer_id, PointsKind.REVERSAL, points, now, operator, reason.strip(),
            reverses=entry_id, expires_on=expires, visit=entry.visit_id,
        )  # fmt: skip
        if entry.kind == PointsKind.REDEMPTION and entry.reward_id:
            Reward.update(stock=Reward.stock + 1).where(
                (Reward.id == entry.reward_id) & Reward.stock.is_null(False)
            ).execute()
        return reversal


def purchase_entry(visit_id: int) -> int | None:
    """The points a visit earned, when they are not reversed yet."""
    reversed_ids = PointsEntry.select(PointsEntry.reverses).where(
        PointsEntry.reverses.is_null(False)
    )
    row = (
        PointsEntry.select(PointsEntry.id)
        .where(
            (PointsEntry.visit == visit_id)
            & (PointsEntry.kind == PointsKind.PURCHASE)
            & PointsEntry.id.not_in(reversed_ids)
        )
        .first()
    )
    return int(row.id) if row else None


def _as_date(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


# --- reading ---------------------------------------------------------------------------


def balances(ids: Iterable[int]) -> dict[int, int]:
    """The balance of each of these customers who has points (absent: 0)."""
    wanted = sorted(set(ids))
    found: dict[int, int] = {}
    for start in range(0, len(wanted), BALANCE_CHUNK):
        chunk = wanted[start : start + BALANCE_CHUNK]
        query: Any = (
            Customer.select(Customer.id, Customer.points_balance)
            .where(Customer.id.in_(chunk) & (Customer.points_balance != 0))
            .tuples()
        )
        found.update(query)
    return found


def in_use() -> bool:
    """Whether the shop keeps points: any entry in the ledger."""
    return bool(PointsEntry.select(PointsEntry.id).limit(1).exists())


def balance(customer_id: int) -> int:
    row = Customer.select(Customer.points_balance).where(Customer.id == customer_id).first()
    return int(row.points_balance) if row else 0


def _records(query: Any) -> list[EntryRecord]:
    return [
        EntryRecord(
            id=r[0],
            customer_id=r[1],
            member_no=r[2],
            name=r[3],
            posted_at=r[4],
            kind=PointsKind(r[5]),
            points=r[6],
            balance_after=r[7],
            visit_id=r[8],
            reward_name=r[9] or "",
            reverses_id=r[10],
            reversed_by_id=r[11],
            expires_on=r[12],
            operator=r[13],
            note=r[14],
            visit_on=_as_date(r[15]),
            visit_amount_fen=r[16],
            expires_lot_id=r[17],
        )  # fmt: skip
        for r in query.tuples()
    ]


def _ledger_query(where: Any) -> Any:
    reversal = PointsEntry.alias("reversal")
    e = PointsEntry
    return (
        e.select(
            e.id,
            e.customer,
            Customer.member_no,
            Customer.name,
            e.posted_at,
            e.kind,
            e.points,
            e.balance_after,
            e.visit,
            Reward.name,
            e.reverses,
            reversal.id,
            e.expires_on,
            e.operator,
            e.note,
            Visit.visited_on,
            Visit.amount_fen,
            e.expires_lot,
        )  # fmt: skip
        .join(Customer, on=(e.customer == Customer.id))
        .switch(e)
        .join(Visit, JOIN.LEFT_OUTER, on=(e.visit == Visit.id))
        .switch(e)
        .join(Reward, JOIN.LEFT_OUTER, on=(e.reward == Reward.id))
        .switch(e)
        .join(reversal, JOIN.LEFT_OUTER, on=(reversal.reverses == e.id))
        .where(where)
    )


def statement(customer_id: int) -> list[EntryRecord]:
    """A customer's entries, oldest first, each with the balance after it."""
    query = _ledger_query(PointsEntry.customer == customer_id).order_by(PointsEntry.id)
    return _records(query)


def _filter_condition(f: LedgerFilter) -> Any:
    condition: Any = PointsEntry.id > 0
    if f.start is not None:
        condition &= PointsEntry.posted_at >= datetime.combine(f.start, datetime.min.time())
    if f.end is not None:
        condition &= PointsEntry.posted_at < datetime.combine(f.end, datetime.min.time())
    if f.kinds:
        condition &= PointsEntry.kind.in_([k.value for k in f.kinds])
    if f.operator:
        condition &= PointsEntry.operator == f.operator
    if f.customer_id is not None:
        condition &= PointsEntry.customer == f.customer_id
    return condition


def ledger(
    f: LedgerFilter, offset: int = 0, limit: int = 500, before_id: int | None = None
) -> list[EntryRecord]:
    """The ledger across customers, newest first, a page at a time: the next page is
    the entries before the last one shown (`before_id`), which stays quick deep in a
    million entries and never repeats a row when entries are posted meanwhile."""
    condition = _filter_condition(f)
    if before_id is not None:
        condition &= PointsEntry.id < before_id
    query = _ledger_query(condition).order_by(PointsEntry.id.desc()).offset(offset).limit(limit)
    return _records(query)


def ledger_count(f: LedgerFilter) -> int:
    return int(PointsEntry.select().where(_filter_condition(f)).count())


def operators() -> list[str]:
    query: Any = PointsEntry.select(fn.DISTINCT(PointsEntry.operator)).tuples()
    return sorted(r[0] for r in query if r[0])


def daily_totals(
    start: date, end: date, kinds: tuple[PointsKind, ...] = (), operator: str = ""
) -> list[DayTotal]:
    """Points earned, redeemed, expired and adjusted per day of [start, end), for the
    same kinds and operator as the ledger shows when given."""
    day = fn.DATE(PointsEntry.posted_at)
    condition = _filter_condition(LedgerFilter(start, end, kinds, operator))
    query: Any = (
        PointsEntry.select(day, PointsEntry.kind, fn.SUM(PointsEntry.points))
        .where(condition)
        .group_by(day, PointsEntry.kind)
        .tuples()
    )
    totals: dict[date, dict[str, int]] = {}
    for when, kind, points in query:
        when = date.fromisoformat(str(when)[:10])
        per_day = totals.setdefault(when, {"earned": 0, "redeemed": 0, "expired": 0, "adjusted": 0})
        kind = PointsKind(kind)
        if kind == PointsKind.REDEMPTION:
            per_day["redeemed"] += -points
        elif kind == PointsKind.EXPIRY:
            per_day["expired"] += -points
        elif kind in (PointsKind.ADJUSTMENT, PointsKind.REVERSAL):
            per_day["adjusted"] += points
        else:
            per_day["earned"] += points
    return [DayTotal(d, **v) for d, v in sorted(totals.items())]
