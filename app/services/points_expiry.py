"""Points expiry: lots of earned points, spent oldest first; each lot's rest posted
as expired once it runs out, once (a unique index), so running it twice changes
nothing; and the points about to expire, to remind the customer."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from peewee import fn

from app.models import Customer, PointsEntry, PointsKind, database
from app.models.backend import posting
from app.services.points import BALANCE_CHUNK, _as_date, _post
from app.services.points_rules import EARLIEST_RULE


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
