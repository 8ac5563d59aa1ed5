"""The points card (积分卡): an append-only ledger the shop and the customer can trust.

- Every posting reads the balance and writes the entry and the new balance in one
  transaction that holds the write lock (`backend.posting`), so two counters
  cannot both spend the same points; the balance never goes below zero.
- Entries are never changed: the database refuses it (0004). A wrong entry is
  reversed by a new one that names it, once (a unique index).
- Points are earned by the rule in force on the purchase day; each lot of earned
  points carries the expiry date of the policy it was earned under, so a later
  policy never re-dates it. Spending takes the oldest lots first; expiry posts the
  rest of each lot that has run out, once (a unique index), so running it twice
  changes nothing.
"""

from __future__ import annotations

import calendar as solar_calendar
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cache
from typing import Any

from peewee import JOIN, PostgresqlDatabase, fn

from app.models import (
    Calendar,
    Customer,
    ExpiryPolicy,
    Grade,
    PointsEntry,
    PointsKind,
    PointsRule,
    Reward,
    RewardKind,
    Visit,
    VisitItem,
    database,
)
from app.models.backend import lock_customer, posting
from app.services import birthdays, lunar
from app.services.messages import (
    QT_TRANSLATE_NOOP,
    FieldError,
    Message,
    ServiceError,
    ValidationError,
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
NAME_NEEDED = QT_TRANSLATE_NOOP("Messages", "Give the reward a name.")
NAME_TOO_LONG = QT_TRANSLATE_NOOP("Messages", "The name is too long (at most {max} characters).")
PRICE_RANGE = QT_TRANSLATE_NOOP("Messages", "The points price is 1 to {max}.")
STOCK_RANGE = QT_TRANSLATE_NOOP("Messages", "The stock is 0 to {max}, or not counted.")
DISCOUNT_RANGE = QT_TRANSLATE_NOOP("Messages", "A discount is worth ¥0.01 to ¥100,000.")
RULE_PAST = QT_TRANSLATE_NOOP(
    "Messages",
    "A rule starts today or later: points already earned keep the rule they were earned by.",
)
RULE_RATE = QT_TRANSLATE_NOOP("Messages", "One point for ¥0.01 to ¥10,000.")
RULE_PERCENT = QT_TRANSLATE_NOOP("Messages", "A multiplier is 0% to 1000%.")
RULE_REFERRAL = QT_TRANSLATE_NOOP("Messages", "The referral bonus is 0 to {max} points.")
RULE_MONTHS = QT_TRANSLATE_NOOP("Messages", "Points last 1 to 120 months.")

MAX_POINTS = 10_000_000
BALANCE_CHUNK = 500  # customer ids per query: under any database's parameter limit
MAX_NAME = 100
EARLIEST_RULE = date(1990, 1, 1)


@dataclass(frozen=True)
class RuleData:
    """The earning rule: one point per `fen_per_point` fen spent (rounded down),
    times the grade's percentage, times the birthday-month percentage."""

    effective_from: date = EARLIEST_RULE
    fen_per_point: int = 100
    vip_pct: int = 150
    important_pct: int = 120
    regular_pct: int = 100
    birthday_pct: int = 200
    excluded_items: tuple[str, ...] = ()
    referral_points: int = 100
    expiry_policy: ExpiryPolicy = ExpiryPolicy.NEVER
    expiry_months: int = 24

    def grade_pct(self, grade: Grade) -> int:
        return {
            Grade.VIP: self.vip_pct,
            Grade.IMPORTANT: self.important_pct,
            Grade.REGULAR: self.regular_pct,
        }[grade]

    def expires_on(self, earned: date) -> date | None:
        """When points earned on a day expire (they are good through that day)."""
        if self.expiry_policy == ExpiryPolicy.END_OF_NEXT_YEAR:
            return date(earned.year + 1, 12, 31)
        if self.expiry_policy == ExpiryPolicy.MONTHS:
            months = earned.month - 1 + self.expiry_months
            year, month = earned.year + months // 12, months % 12 + 1
            day = min(earned.day, solar_calendar.monthrange(year, month)[1])
            return date(year, month, day)
        return None


@dataclass(frozen=True)
class RewardData:
    id: int | None
    name: str
    points_price: int
    kind: RewardKind = RewardKind.GIFT
    discount_fen: int = 0
    stock: int | None = None
    active: bool = True


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


@dataclass(frozen=True)
class ExpiringPoints:
    customer_id: int
    member_no: str
    name: str
    points: int
    expires_on: date
    mobile: str = ""
    last_visit: date | None = None


@dataclass
class _Lot:
    entry_id: int
    remaining: int
    expires_on: date | None


# --- rules ----------------------------------------------------------------------------


def _rule_of(row: PointsRule) -> RuleData:
    return RuleData(
        effective_from=row.effective_from,
        fen_per_point=row.fen_per_point,
        vip_pct=row.vip_pct,
        important_pct=row.important_pct,
        regular_pct=row.regular_pct,
        birthday_pct=row.birthday_pct,
        excluded_items=tuple(n for n in row.excluded_items.splitlines() if n.strip()),
        referral_points=row.referral_points,
        expiry_policy=ExpiryPolicy(row.expiry_policy),
        expiry_months=row.expiry_months,
    )


def rule_on(day: date) -> RuleData:
    """The rule in force on a day (the program's default before the shop set one)."""
    row = (
        PointsRule.select()
        .where(PointsRule.effective_from <= day)
        .order_by(PointsRule.effective_from.desc())
        .first()
    )
    return _rule_of(row) if row else RuleData()


def rules() -> list[RuleData]:
    """Every version of the rule, oldest first."""
    return [_rule_of(r) for r in PointsRule.select().order_by(PointsRule.effective_from)]


def rule_errors(data: RuleData, today: date) -> list[FieldError]:
    errors = []
    if data.effective_from < today:
        errors.append(FieldError("effective_from", Message(RULE_PAST)))
    if not 1 <= data.fen_per_point <= 1_000_000:
        errors.append(FieldError("fen_per_point", Message(RULE_RATE)))
    for name in ("vip_pct", "important_pct", "regular_pct", "birthday_pct"):
        if not 0 <= getattr(data, name) <= 1000:
            errors.append(FieldError(name, Message(RULE_PERCENT)))
    if not 0 <= data.referral_points <= 100_000:
        errors.append(FieldError("referral_points", Message(RULE_REFERRAL, {"max": 100_000})))
    if data.expiry_policy == ExpiryPolicy.MONTHS and not 1 <= data.expiry_months <= 120:
        errors.append(FieldError("expiry_months", Message(RULE_MONTHS)))
    return errors


def save_rule(data: RuleData, operator: str, now: datetime) -> None:
    """A new version of the rule from its effective date; one not yet in force may
    be replaced. Entries already posted are never recomputed."""
    errors = rule_errors(data, now.date())
    if errors:
        raise ValidationError(errors)
    fields = {
        "fen_per_point": data.fen_per_point,
        "vip_pct": data.vip_pct,
        "important_pct": data.important_pct,
        "regular_pct": data.regular_pct,
        "birthday_pct": data.birthday_pct,
        "excluded_items": "\n".join(n.strip() for n in data.excluded_items if n.strip()),
        "referral_points": data.referral_points,
        "expiry_policy": data.expiry_policy,
        "expiry_months": data.expiry_months,
        "operator": operator,
        "created_at": now,
    }
    with database.atomic():
        PointsRule.delete().where(PointsRule.effective_from == data.effective_from).execute()
        PointsRule.create(effective_from=data.effective_from, **fields)


# --- earning ---------------------------------------------------------------------------


def earned_points(
    rule: RuleData, grade: Grade, birthday_month: bool, items: list[tuple[str, int]]
) -> int:
    """Points for a purchase of (item name, amount in fen) lines, rounded down once."""
    excluded = set(rule.excluded_items)
    eligible = sum(amount for name, amount in items if name not in excluded)
    pct = rule.grade_pct(grade) * (rule.birthday_pct if birthday_month else 100)
    return max(0, eligible * pct // (rule.fen_per_point * 100 * 100))


def in_birthday_month(customer: Customer, day: date) -> bool:
    """Whether a day is in the month she celebrates her birthday in: the solar month,
    or the lunar month of this lunar year's celebration (both, if she keeps both)."""
    found = []
    if customer.birth_month and customer.birth_day:
        cal = Calendar(customer.birth_calendar)
        found.append((cal, customer.birth_month, customer.birth_day, customer.birth_leap))
        if customer.celebrate_both and customer.other_birth_month and customer.other_birth_day:
            other = Calendar.SOLAR if cal == Calendar.LUNAR else Calendar.LUNAR
            found.append(
                (other, customer.other_birth_month, customer.other_birth_day,
                 customer.other_birth_leap)
            )  # fmt: skip
    for cal, month, mday, leap in found:
        if cal == Calendar.SOLAR:
            if day.month == month:
                return True
            continue
        year, day_month, _, day_leap = lunar.from_solar(day)
        rule = birthdays.BirthRule(cal, month, mday, None, bool(leap), customer.keep_leap_month)
        celebration = birthdays.lunar_celebration(rule, year)
        _, c_month, _, c_leap = lunar.from_solar(celebration)
        if (day_month, day_leap) == (c_month, c_leap):
            return True
    return False


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


# --- lots and expiry -------------------------------------------------------------------


def _replay(rows: Iterable[tuple[Any, ...]]) -> list[_Lot]:
    """What is left of each lot after a customer's entries (id order): spending takes
    the oldest first; an expiry takes its lot's rest; a reversal of earned points
    takes from its own lot first."""
    lots: dict[int, _Lot] = {}
    for entry_id, points, expires_on, expires_lot, reverses in rows:
        if points > 0:
            lots[entry_id] = _Lot(entry_id, points, _as_date(expires_on))
            continue
        need = -points
        first = expires_lot or reverses
        if first in lots:
            taken = min(need, lots[first].remaining)
            lots[first].remaining -= taken
            need -= taken
        for lot in lots.values():
            if need <= 0:
                break
            taken = min(need, lot.remaining)
            lot.remaining -= taken
            need -= taken
    return [lot for lot in lots.values() if lot.remaining > 0]


def _as_date(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def _lots_of(customer_ids: list[int]) -> dict[int, list[_Lot]]:
    """The open lots of many customers: their entries in one query per 500 customers."""
    e = PointsEntry
    found: dict[int, list[_Lot]] = {}
    for start in range(0, len(customer_ids), BALANCE_CHUNK):
        chunk = customer_ids[start : start + BALANCE_CHUNK]
        query = (
            e.select(e.customer, e.id, e.points, e.expires_on, e.expires_lot, e.reverses)
            .where(e.customer.in_(chunk))
            .order_by(e.customer, e.id)
        )
        rows: dict[int, list[tuple[Any, ...]]] = {}
        for row in database.execute(query):
            rows.setdefault(row[0], []).append(row[1:])
        found.update((cid, _replay(entries)) for cid, entries in rows.items())
    return found


def _lots(customer_id: int) -> list[_Lot]:
    return _lots_of([customer_id]).get(customer_id, [])


def _lot_customers(*conditions: Any) -> list[int]:
    """Customers with a lot that meets one of the conditions and has not expired yet
    (one query per condition: each reads a range of an index, an OR would not)."""
    expired = PointsEntry.select(PointsEntry.expires_lot).where(
        PointsEntry.expires_lot.is_null(False)
    )
    found: set[int] = set()
    for condition in conditions:
        query: Any = (
            PointsEntry.select(fn.DISTINCT(PointsEntry.customer))
            .where(condition & (PointsEntry.points > 0) & PointsEntry.id.not_in(expired))
            .tuples()
        )
        found.update(row[0] for row in query)
    return sorted(found)


def expire_due(today: date, operator: str, now: datetime) -> int:
    """Post the expiry of every lot whose last day is before today; returns how many
    entries were posted. Running it again posts nothing.

    A run remembers the day it covered and the last entry it saw: lots that ran out
    before that day were expired (or spent) then, so the next run reads only the
    days since and the entries posted since (a backdated lot among them)."""
    from app.services import settings

    through = settings.get("points_expired_through")
    seen = int(settings.get("points_expiry_seen_id") or 0)
    since = date.fromisoformat(through) if through else EARLIEST_RULE
    due = (PointsEntry.expires_on >= since) & (PointsEntry.expires_on < today)
    # Lots posted since the last run may be backdated: they are read by id.
    backdated = (PointsEntry.id > seen) & (PointsEntry.expires_on < since)
    last_id = PointsEntry.select(fn.MAX(PointsEntry.id)).scalar() or 0
    posted = 0
    # The first run reads every lot from the earliest day: nothing is backdated yet.
    customers = _lot_customers(due, backdated) if through else _lot_customers(due)
    for start in range(0, len(customers), BALANCE_CHUNK):
        chunk = customers[start : start + BALANCE_CHUNK]
        with posting():
            for customer_id, lots in _lots_of(chunk).items():
                for lot in lots:
                    if lot.expires_on is not None and lot.expires_on < today:
                        _post(
                            customer_id, PointsKind.EXPIRY, -lot.remaining, now, operator,
                            expires_lot=lot.entry_id,
                        )  # fmt: skip
                        posted += 1
    if not through or date.fromisoformat(through) < today:
        settings.set_value("points_expired_through", today.isoformat())
    settings.set_value("points_expiry_seen_id", max(seen, last_id))
    return posted


def expiring_soon(today: date, days: int = 30) -> list[ExpiringPoints]:
    """Points that expire in the coming days, soonest first: remind the customer."""
    end = today + timedelta(days=days)
    condition = (PointsEntry.expires_on >= today) & (PointsEntry.expires_on < end)
    candidates = _lot_customers(condition)
    people: dict[int, tuple[Any, ...]] = {}
    for start in range(0, len(candidates), BALANCE_CHUNK):
        chunk = candidates[start : start + BALANCE_CHUNK]
        query = Customer.select(
            Customer.id, Customer.member_no, Customer.name, Customer.mobile, Customer.last_visit
        ).where(
            Customer.id.in_(chunk) & (Customer.archived == False) & (Customer.erased == False)  # noqa: E712
        )
        people.update((row[0], row[1:]) for row in database.execute(query))
    found = []
    for customer_id, lots in _lots_of(sorted(people)).items():
        member_no, name, mobile, last_visit = people[customer_id]
        by_day: dict[date, int] = {}
        for lot in lots:
            if lot.expires_on is not None and today <= lot.expires_on < end:
                by_day[lot.expires_on] = by_day.get(lot.expires_on, 0) + lot.remaining
        found += [
            ExpiringPoints(
                customer_id, member_no, name, points, day, mobile or "", _as_date(last_visit)
            )
            for day, points in by_day.items()
        ]
    return sorted(found, key=lambda e: (e.expires_on, e.member_no))


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


# --- rewards ----------------------------------------------------------------------------


def rewards(active_only: bool = False) -> list[RewardData]:
    query = Reward.select().order_by(Reward.points_price, Reward.name)
    if active_only:
        query = query.where(Reward.active == True)  # noqa: E712
    return [
        RewardData(
            r.id,
            r.name,
            r.points_price,
            RewardKind(r.kind),
            r.discount_fen,
            r.stock,
            bool(r.active),
        )  # fmt: skip
        for r in query
    ]


def reward_errors(data: RewardData) -> list[FieldError]:
    errors = []
    if not data.name.strip():
        errors.append(FieldError("name", Message(NAME_NEEDED)))
    elif len(data.name.strip()) > MAX_NAME:
        errors.append(FieldError("name", Message(NAME_TOO_LONG, {"max": MAX_NAME})))
    if not 1 <= data.points_price <= MAX_POINTS:
        errors.append(FieldError("points_price", Message(PRICE_RANGE, {"max": MAX_POINTS})))
    if data.stock is not None and not 0 <= data.stock <= 1_000_000:
        errors.append(FieldError("stock", Message(STOCK_RANGE, {"max": 1_000_000})))
    if data.kind == RewardKind.DISCOUNT and not 1 <= data.discount_fen <= 10_000_000:
        errors.append(FieldError("discount_fen", Message(DISCOUNT_RANGE)))
    return errors


def save_reward(data: RewardData, now: datetime) -> int:
    errors = reward_errors(data)
    if errors:
        raise ValidationError(errors)
    fields = {
        "name": data.name.strip(),
        "points_price": data.points_price,
        "kind": data.kind,
        "discount_fen": data.discount_fen if data.kind == RewardKind.DISCOUNT else 0,
        "stock": data.stock,
        "active": data.active,
    }
    if data.id is None:
        return int(Reward.create(created_at=now, **fields).id)
    Reward.update(**fields).where(Reward.id == data.id).execute()
    return data.id
